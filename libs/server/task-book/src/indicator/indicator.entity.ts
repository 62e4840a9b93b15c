import { DecimalType, EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';
import type { IndicatorAggregation, IndicatorCategory, IndicatorDirection, IndicatorKind } from '@dsg/contracts';

/** How period actuals make up a year: stock indicators keep the latest value, flow indicators add up. */
export type { IndicatorAggregation };

const number = () => ({ type: new DecimalType('number'), precision: 18, scale: 4 });

/** 绩效指标 of a construction task. Attainment is computed from targets and actuals, never stored. */
export class PerformanceIndicator {
  id!: string;
  tenantId!: string;
  taskBookId!: string;
  taskId!: string;
  code!: string;
  name!: string;
  category!: IndicatorCategory;
  kind: IndicatorKind = 'QUANTITATIVE';
  unit: string | null = null;
  direction: IndicatorDirection = 'HIGHER_BETTER';
  aggregation: IndicatorAggregation = 'LATEST';
  baseline: number | null = null;
  finalTarget: number | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const PerformanceIndicatorSchema = new EntitySchema<PerformanceIndicator>({
  class: PerformanceIndicator,
  tableName: 'performance_indicator',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    taskBookId: { type: 'uuid', index: true },
    taskId: { type: 'uuid', index: true },
    code: { type: 'string', length: 40 },
    name: { type: 'string', length: 300 },
    category: { type: 'string', length: 30 },
    kind: { type: 'string', length: 20 },
    unit: { type: 'string', length: 30, nullable: true },
    direction: { type: 'string', length: 20 },
    aggregation: { type: 'string', length: 10 },
    baseline: { ...number(), nullable: true },
    finalTarget: { ...number(), nullable: true },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['taskBookId', 'code'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('performance_indicator'),
});

/** The indicator's target for one year of the programme. */
export class IndicatorTarget {
  id!: string;
  tenantId!: string;
  indicatorId!: string;
  year!: number;
  value!: number;
}

export const IndicatorTargetSchema = new EntitySchema<IndicatorTarget>({
  class: IndicatorTarget,
  tableName: 'indicator_target',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    indicatorId: { type: 'uuid' },
    year: { type: 'smallint' },
    value: number(),
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['indicatorId', 'year'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('indicator_target'),
});

/** 实际完成值 for one reporting period (e.g. 2024-Q3), with who entered it and when. */
export class IndicatorActual {
  id!: string;
  tenantId!: string;
  indicatorId!: string;
  period!: string;
  value: number | null = null;
  /** Qualitative indicators report text instead of a number. */
  text: string | null = null;
  note: string | null = null;
  enteredBy!: string;
  enteredAt: Date = new Date();
}

export const IndicatorActualSchema = new EntitySchema<IndicatorActual>({
  class: IndicatorActual,
  tableName: 'indicator_actual',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    indicatorId: { type: 'uuid' },
    period: { type: 'string', length: 10 },
    value: { ...number(), nullable: true },
    text: { type: 'text', nullable: true },
    note: { type: 'text', nullable: true },
    enteredBy: { type: 'uuid' },
    enteredAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['indicatorId', 'period'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('indicator_actual'),
});
