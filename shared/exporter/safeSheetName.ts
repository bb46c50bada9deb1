/**
 * A tab name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with
 * an apostrophe. Excel refuses the whole file otherwise, so a view named "A/B 客户" must not break it.
 */
export const safeSheetName = (name: string, fallback: string): string => {
  const visible = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const cleaned = [...visible.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '')]
    .slice(0, 31)
    .join('')
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? fallback : cleaned;
};
