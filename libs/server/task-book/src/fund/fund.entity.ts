import { DecimalType, EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';
import type { FundingSource } from '@dsg/contracts';

const money = () => ({ type: new DecimalType('number'), precision: 16, scale: 2 });

/** 预算: a task's budget from one funding source for one year, in 万元. */
export class FundBudget {
  id!: string;
  tenantId!: string;
  taskId!: string;
  source!: FundingSource;
  year!: number;
  amount!: number;
}

export const FundBudgetSchema = new EntitySchema<FundBudget>({
  class: FundBudget,
  tableName: 'fund_budget',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    taskId: { type: 'uuid', index: true },
    source: { type: 'string', length: 20 },
    year: { type: 'smallint' },
    amount: money(),
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['taskId', 'source', 'year'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('fund_budget'),
});

/** 到位 / 执行: money arrived and spent for a task, source and reporting period, in 万元. */
export class FundMovement {
  id!: string;
  tenantId!: string;
  taskId!: string;
  source!: FundingSource;
  period!: string;
  arrived = 0;
  spent = 0;
  enteredBy!: string;
  enteredAt: Date = new Date();
}

export const FundMovementSchema = new EntitySchema<FundMovement>({
  class: FundMovement,
  tableName: 'fund_movement',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    taskId: { type: 'uuid', index: true },
    source: { type: 'string', length: 20 },
    period: { type: 'string', length: 10 },
    arrived: money(),
    spent: money(),
    enteredBy: { type: 'uuid' },
    enteredAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['taskId', 'source', 'period'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('fund_movement'),
});
