export * from './contest.js';
export * from './gates.js';
export * from './investor-name.js';
export * from './periods.js';
export * from './regions.js';
export * from './reminders.js';
export * from './stages.js';
