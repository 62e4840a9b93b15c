import { Field, ID, InputType, Int, ObjectType, registerEnumType, Float } from '@nestjs/graphql';
import { connectionOf } from '@dsg/server-core';
import { REPORT_ACTIONS, REPORT_STATES, type ReportAction, type ReportState } from '../domain/report-workflow.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const ReportStateEnum = enumOf(REPORT_STATES);
registerEnumType(ReportStateEnum, { name: 'ReportState', description: '期报告状态: 草稿 → 报双高办 → 退回 | 通过 → 报主管部门 → 退回 | 受理' });
export const ReportActionEnum = enumOf(REPORT_ACTIONS);
registerEnumType(ReportActionEnum, { name: 'ReportAction' });

@ObjectType('ReportSections', { description: '报告正文: four rich-text sections (sanitised HTML).' })
export class ReportSectionsType {
  @Field(() => String, { description: '工作推进基本情况' }) progress!: string;
  @Field(() => String, { description: '阶段性建设成效' }) results!: string;
  @Field(() => String, { description: '存在问题和原因分析' }) problems!: string;
  @Field(() => String, { description: '工作建议 / 下一步计划' }) nextSteps!: string;
}

@InputType('ReportSectionsInput')
export class ReportSectionsInput {
  @Field(() => String, { nullable: true }) progress?: string | null;
  @Field(() => String, { nullable: true }) results?: string | null;
  @Field(() => String, { nullable: true }) problems?: string | null;
  @Field(() => String, { nullable: true }) nextSteps?: string | null;
}

@ObjectType('ActualCorrection', { description: '更正: a proposed actual value of a correction revision.' })
export class ActualCorrectionType {
  @Field(() => ID) indicatorId!: string;
  @Field(() => String) period!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@ObjectType('ReportRevision', { description: '报告版本: sections, and once submitted to the agency, frozen figures.' })
export class ReportRevisionType {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => String, { description: 'ORIGINAL or CORRECTION' }) kind!: string;
  @Field(() => ReportStateEnum) state!: ReportState;
  @Field(() => ReportSectionsType) sections!: ReportSectionsType;
  @Field(() => [ActualCorrectionType]) corrections!: ActualCorrectionType[];
  @Field(() => Date, { nullable: true }) submittedToAgencyAt!: Date | null;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  // figures and diff are resolved fields (report.resolver.ts)
  reportId!: string;
}

@ObjectType('WorkflowTransition', { description: '流转记录: one step of the timeline.' })
export class WorkflowTransitionType {
  @Field(() => ID) id!: string;
  @Field(() => Int) revision!: number;
  @Field(() => String, { description: 'PeriodReport or ReviewItem' }) objectType!: string;
  @Field(() => ID) objectId!: string;
  @Field(() => String) action!: string;
  @Field(() => String) fromState!: string;
  @Field(() => String) toState!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String) actorName!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PeriodReport', { description: '期报告: one institution\'s report for one period of one enrolment.' })
export class PeriodReportType {
  @Field(() => ID) id!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => ID) periodId!: string;
  @Field(() => String) period!: string;
  @Field(() => String) dueOn!: string;
  @Field(() => ReportStateEnum) state!: ReportState;
  @Field(() => Int, { description: 'Pass back as expectedVersion: a decision on a stale version is refused (CONFLICT).' }) version!: number;
  @Field(() => Int) currentRevision!: number;
  @Field(() => Int, { nullable: true }) acceptedRevision!: number | null;
  @Field(() => Date, { nullable: true }) submittedToAgencyAt!: Date | null;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
  agencyId!: string;
}

export const PeriodReportConnection = connectionOf(PeriodReportType, 'PeriodReport');

@InputType('TransitionReportInput')
export class TransitionReportInput {
  @Field(() => ID) reportId!: string;
  @Field(() => ReportActionEnum) action!: ReportAction;
  @Field(() => String, { nullable: true, description: 'Required to return a report.' }) reason?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

@InputType('SaveReportSectionsInput')
export class SaveReportSectionsInput {
  @Field(() => ID) reportId!: string;
  @Field(() => ReportSectionsInput) sections!: ReportSectionsInput;
}

@InputType('ActualCorrectionInput')
export class ActualCorrectionInput {
  @Field(() => ID) indicatorId!: string;
  @Field(() => String) period!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@InputType('StartCorrectionInput')
export class StartCorrectionInput {
  @Field(() => ID) reportId!: string;
  @Field(() => [ActualCorrectionInput]) corrections!: ActualCorrectionInput[];
}

