import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastLine } from '../../../../../shared/customers/forecastDeals.ts';
import { echarts, type ForecastChartOption } from '../utils/forecastEcharts.ts';

const WAN = 10_000;

/** 预测 / 承诺 / 最佳情况 per month as grouped bars (in 万元), following its box's size. */
export const ForecastChart = ({ lines, unscheduled }: { lines: readonly ForecastLine[]; unscheduled: string }) => {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const option = useMemo<ForecastChartOption>(() => {
    const series = (name: string, pick: (l: ForecastLine) => number, color: string) => ({ type: 'bar', name, data: lines.map((l) => Math.round((pick(l) / WAN) * 10) / 10), itemStyle: { color }, barMaxWidth: 22 });
    return {
      animation: false,
      grid: { left: 48, right: 12, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: lines.map((l) => l.key || unscheduled) },
      yAxis: { type: 'value', name: t('forecast.chartUnit') },
      series: [
        series(t('forecast.tiles.forecast'), (l) => l.forecast, '#1a56db'),
        series(t('forecast.tiles.commit'), (l) => l.commit, '#16a34a'),
        series(t('forecast.tiles.bestCase'), (l) => l.bestCase, '#cbd5e1'),
      ],
    };
  }, [lines, unscheduled, t]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={box} className="cd-forecast-chart" role="img" aria-label={t('forecast.chartLabel')} data-testid="forecast-chart" />;
};
