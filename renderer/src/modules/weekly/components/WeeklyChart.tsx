import { useEffect, useRef } from 'react';
import { echarts, type WeeklyChartOption } from '../utils/weeklyEcharts.ts';

type Props = { option: WeeklyChartOption; label: string; testId: string };

/** One ECharts chart that follows its box's size; the option is replaced whole when it changes. */
export const WeeklyChart = ({ option, label, testId }: Props) => {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
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
  return <div ref={box} className="weekly-chart" role="img" aria-label={label} data-testid={testId} />;
};
