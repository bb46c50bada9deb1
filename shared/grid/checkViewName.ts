/** Why a saved view's name cannot be used, or null: 1–60 characters, unique (ignoring case and spaces) among the views the user sees. */
export const checkViewName = (name: string, taken: readonly string[]): 'required' | 'taken' | null => {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 60) return 'required';
  const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '');
  return taken.some((n) => key(n) === key(trimmed)) ? 'taken' : null;
};
