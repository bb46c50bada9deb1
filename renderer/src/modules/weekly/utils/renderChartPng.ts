import { echarts, type WeeklyChartOption } from './weeklyEcharts.ts';

/** Sharp enough for print: the picture has twice the pixels of the size it is shown at. */
const PIXEL_RATIO = 2;

/**
 * A chart drawn off screen at a fixed size and returned as PNG bytes, for the Excel export: the same option
 * as on the page, but on a white background and independent of how wide the window happens to be.
 */
export const renderChartPng = (option: WeeklyChartOption, width: number, height: number): Uint8Array => {
  const holder = document.createElement('div');
  const chart = echarts.init(holder, undefined, { renderer: 'canvas', width, height, devicePixelRatio: PIXEL_RATIO });
  try {
    chart.setOption({ ...option, animation: false });
    const url = chart.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: '#ffffff' });
    const binary = atob(url.slice(url.indexOf(',') + 1));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } finally {
    chart.dispose();
  }
};
