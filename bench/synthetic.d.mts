import type { Chronology } from '../src/model/types.js';
export function synthetic(count: number, seed?: number): Chronology;
