/** Replaces {key} placeholders; an unknown key stays visible so a vocabulary typo shows up in review. */
export const fillTemplate = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
