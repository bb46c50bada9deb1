const listeners = new Set<() => void>();

/** Tells whoever shows or sends pending attachments that the set changed (a file attached, one uploaded). */
export const uploadEvents = {
  notify: (): void => listeners.forEach((l) => l()),
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
