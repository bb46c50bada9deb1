/** User Timing names the benchmark reads: a filter changed, and every chart has drawn the current data. */
export const FILTER_MARK = 'salesdesk:dashboard-filter';
export const PAINTED_MARK = 'salesdesk:dashboard-painted';
export const RERENDER_MEASURE = 'salesdesk:dashboard-rerender';

export const markFilterChange = (): void => {
  performance.mark(FILTER_MARK);
};

/** Every chart shows `key`: mark it, and measure from the filter change that led here (if any). */
export const markPainted = (key: string): void => {
  performance.mark(PAINTED_MARK, { detail: key });
  if (performance.getEntriesByName(FILTER_MARK).length > 0) performance.measure(RERENDER_MEASURE, FILTER_MARK, PAINTED_MARK);
};
