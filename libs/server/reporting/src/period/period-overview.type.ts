import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReportStateEnum } from '../report/report.type.js';
import type { ReportState } from '../domain/report-workflow.js';

@ObjectType('PeriodOverviewRow', { description: '填报情况: one enrolment\'s report in a period.' })
export class PeriodOverviewRowType {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) institutionId!: string;
  @Field(() => String, { nullable: true }) institutionName!: string | null;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
  @Field(() => ReportStateEnum, { nullable: true, description: 'null: no report visible to the user (an agency: not submitted yet)' }) state!: ReportState | null;
  @Field(() => Date, { nullable: true }) submittedToAgencyAt!: Date | null;
  @Field(() => Boolean, { description: 'Submitted after the due date, or still not submitted past it.' }) late!: boolean;
}
