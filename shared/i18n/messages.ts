import type { zhCN } from './zhCN.ts';

/** The shape every locale must fill: the Chinese tree with each text widened to string. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
