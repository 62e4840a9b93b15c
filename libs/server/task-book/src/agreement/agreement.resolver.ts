import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Policy } from '@dsg/server-core';
import { AgreementInput, MyResponsibilitiesType, ResponsibilityAgreementType, UpdateAgreementInput } from './agreement.type.js';
import { AgreementService } from './agreement.service.js';
import type { ResponsibilityAgreement } from './agreement.entity.js';
import { toTaskType } from '../task-book/task-book.mapper.js';
import { toIndicatorType } from '../indicator/indicator.mapper.js';

const toType = (a: ResponsibilityAgreement): ResponsibilityAgreementType => ({
  id: a.id, title: a.title, headUserId: a.headUserId, responsibleUserId: a.responsibleUserId, taskIds: a.taskIds,
  indicatorIds: a.indicatorIds, signedOn: a.signedOn, status: a.status,
});

@Resolver(() => ResponsibilityAgreementType)
export class AgreementResolver {
  constructor(private readonly service: AgreementService) {}

  @Policy('read', 'ResponsibilityAgreement')
  @Query(() => [ResponsibilityAgreementType])
  async responsibilityAgreements(): Promise<ResponsibilityAgreementType[]> {
    return (await this.service.list()).map(toType);
  }

  @Authenticated()
  @Query(() => MyResponsibilitiesType, { description: '人人肩上有指标: my agreements, tasks and indicators.' })
  async myResponsibilities(): Promise<MyResponsibilitiesType> {
    const m = await this.service.mine();
    return { agreements: m.agreements.map(toType), tasks: m.tasks.map(toTaskType), indicators: m.indicators.map((i) => toIndicatorType(i, [])) };
  }

  @Policy('create', 'ResponsibilityAgreement')
  @Mutation(() => ResponsibilityAgreementType)
  async addResponsibilityAgreement(@Args('input') input: AgreementInput): Promise<ResponsibilityAgreementType> {
    return toType(await this.service.create(input));
  }

  @Policy('update', 'ResponsibilityAgreement')
  @Mutation(() => ResponsibilityAgreementType)
  async updateResponsibilityAgreement(@Args('input') input: UpdateAgreementInput): Promise<ResponsibilityAgreementType> {
    return toType(await this.service.update(input));
  }
}
