import { nextTask } from './nextTask.ts';

/**
 * Resolves when the browser is idle (no input, no frame to draw), or after `timeoutMs` at the latest:
 * background work done a slice at a time never costs the user a keystroke or a scroll frame.
 */
export const nextIdle = (timeoutMs = 1000): Promise<void> =>
  typeof requestIdleCallback === 'function' ? new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: timeoutMs })) : nextTask();
