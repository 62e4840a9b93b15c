export * from './roles.js';
export * from './permissions.js';
export * from './errors.js';
export * from './jobs.js';
export * from './task-book.js';
export * from './periods.js';
