export * from './dependencies.js';
export * from './milestone-dates.js';
export * from './rag.js';
export * from './stage.js';
export * from './templates.js';
export * from './vocabulary.js';
