export * from './days.js';
export { STATUTORY_YEARS } from './statutory.js';
export * from './working-calendar.js';
