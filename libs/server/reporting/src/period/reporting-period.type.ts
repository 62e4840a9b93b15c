import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportingPeriod', { description: '填报期: one period of a programme\'s reporting calendar.' })
export class ReportingPeriodType {
  @Field(() => ID) id!: string;
  @Field(() => ID) programmeId!: string;
  @Field(() => String, { description: 'e.g. 2025-Q3, 2025-H1, 2025, 2025-M07' }) code!: string;
  @Field(() => String) startsOn!: string;
  @Field(() => String) endsOn!: string;
  @Field(() => String) opensOn!: string;
  @Field(() => String) dueOn!: string;
  @Field(() => String, { description: 'SCHEDULED, OPEN or CLOSED (past due)' }) status!: string;
}
