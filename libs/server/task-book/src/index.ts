export * from './domain/task-book-document.js';
