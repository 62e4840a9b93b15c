/**
 * Agency scoring of performance evaluations (年度绩效自评 scored by the agency, 中期绩效评价,
 * 终期验收): rubric validation, weighted totals and grades. Pure: no database, no I/O.
 */
export * from './rubric.js';
export * from './score.js';
export * from './national-default.js';
