import { EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';
import type { AchievementLevel } from '@dsg/contracts';

/** 标志性成果: a landmark achievement of the institution (award, competition, patent, platform …). */
export class Achievement {
  id!: string;
  tenantId!: string;
  title!: string;
  level!: AchievementLevel;
  /** 教学成果奖, 技能大赛, 教学能力比赛, 专利, 规划教材, 精品课程, 平台/基地, 团队, 荣誉, 标准 … */
  category!: string;
  awardedOn!: string;
  awardingBody: string | null = null;
  /** Items this record stands for ("一等奖 2 个"). */
  quantity = 1;
  linkedTaskIds: string[] = [];
  /** 典型案例: required for provincial level and above. */
  caseWriteUp: string | null = null;
  createdBy!: string;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const AchievementSchema = new EntitySchema<Achievement>({
  class: Achievement,
  tableName: 'achievement',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    title: { type: 'string', length: 300 },
    level: { type: 'string', length: 20 },
    category: { type: 'string', length: 60 },
    awardedOn: { type: 'date' },
    awardingBody: { type: 'string', length: 200, nullable: true },
    quantity: { type: 'int' },
    linkedTaskIds: { type: 'uuid[]' },
    caseWriteUp: { type: 'text', nullable: true },
    createdBy: { type: 'uuid' },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  uniques: [{ properties: ['tenantId', 'id'] }],
  indexes: [{ properties: ['tenantId', 'awardedOn'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('achievement'),
});
