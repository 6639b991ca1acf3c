export type * from './types.js';
export * from './question-types.js';
export { americanSpelling } from './spelling.js';
