export * from './chain.js';
export * from './checkpoint.js';
