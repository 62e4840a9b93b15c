import { TaskBookSchema, TaskBookVersionSchema } from './task-book/task-book.entity.js';
import { ConstructionTaskSchema } from './task/construction-task.entity.js';
import { IndicatorActualSchema, IndicatorTargetSchema, PerformanceIndicatorSchema } from './indicator/indicator.entity.js';
import { MilestoneSchema } from './milestone/milestone.entity.js';
import { FundBudgetSchema, FundMovementSchema } from './fund/fund.entity.js';
import { AchievementSchema } from './achievement/achievement.entity.js';
import { ResponsibilityAgreementSchema } from './agreement/agreement.entity.js';

export const taskBookEntities = [
  TaskBookSchema, TaskBookVersionSchema, ConstructionTaskSchema, MilestoneSchema,
  PerformanceIndicatorSchema, IndicatorTargetSchema, IndicatorActualSchema, FundBudgetSchema, FundMovementSchema, AchievementSchema, ResponsibilityAgreementSchema,
];
