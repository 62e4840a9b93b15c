/**
 * Pure domain rules of the task book: no database, no framework, no I/O — so they can be tested
 * exhaustively and reused by services, resolvers, exports and jobs alike.
 */
export * from './task-book-document.js';
export * from './task-tree.js';
export * from './attainment.js';
export * from './fund-rates.js';
export * from './achievement-counts.js';
export * from './document-diff.js';
