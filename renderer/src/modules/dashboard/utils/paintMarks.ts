/** User Timing names the benchmark reads: a filter changed, and every chart has drawn the current data. */
export const FILTER_MARK = 'salesdesk:dashboard-filter';
export const PAINTED_MARK = 'salesdesk:dashboard-painted';
/** Every chart has drawn from the store's rows (the first paint may be the last snapshot's). */
export const LIVE_MARK = 'salesdesk:dashboard-live';
export const RERENDER_MEASURE = 'salesdesk:dashboard-rerender';
/** When the 看板 first saw every follow-up in memory, and when its index over them was built. */
export const ROWS_MARK = 'salesdesk:dashboard-rows';
export const INDEX_MARK = 'salesdesk:dashboard-index';

export const markFilterChange = (): void => {
  performance.mark(FILTER_MARK);
};

/** Every chart shows `key`: mark it, and measure from the filter change that led here (if any). */
export const markPainted = (key: string): void => {
  performance.mark(PAINTED_MARK, { detail: key });
  if (key.startsWith('live') && performance.getEntriesByName(LIVE_MARK).length === 0) performance.mark(LIVE_MARK, { detail: key });
  if (performance.getEntriesByName(FILTER_MARK).length > 0) performance.measure(RERENDER_MEASURE, FILTER_MARK, PAINTED_MARK);
};
