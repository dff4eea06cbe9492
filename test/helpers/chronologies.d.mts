import type { Chronology } from '../../src/model/types.js';
export const tracks: Chronology;
export const parity: Chronology;
export const eras: Chronology;
export const forty: Chronology;
export const sides: Chronology;
