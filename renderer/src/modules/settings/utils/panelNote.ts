/** The line under a settings panel after an action: what was done, or why it was not. */
export type PanelNote = { error: boolean; text: string };
