import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  JSONScalar, ORGANISATION_DIRECTORY, PageArgs, Policy, RequestContext, requestLoader, type Connection, type OrganisationDirectory,
} from '@dsg/server-core';
import { availableActions, type ReportParty } from '../domain/report-workflow.js';
import { ReviewService } from '../review/review.service.js';
import { ReviewItemType } from '../review/review.type.js';
import { toReviewItemType } from '../review/review.mapper.js';
import { ReportService } from './report.service.js';
import {
  PeriodReportConnection, PeriodReportType, ReportActionEnum, ReportRevisionType, ReportStateEnum, SaveReportSectionsInput,
  StartCorrectionInput, TransitionReportInput, WorkflowTransitionType,
} from './report.type.js';
import type { PeriodReport, ReportRevision } from './report.entity.js';

const toRevision = (r: ReportRevision): ReportRevisionType => ({
  id: r.id, reportId: r.reportId, number: r.number, kind: r.kind, state: r.state, sections: { ...r.sections }, corrections: r.corrections.map((c) => ({ ...c })),
  submittedToAgencyAt: r.submittedToAgencyAt, acceptedAt: r.acceptedAt,
});

@Resolver(() => PeriodReportType)
export class PeriodReportResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly reviews: ReviewService,
    @Inject(ORGANISATION_DIRECTORY) private readonly orgs: OrganisationDirectory,
  ) {}

  @Policy('read', 'PeriodReport')
  @Query(() => PeriodReportConnection, { description: 'Reports the user may see: the institution\'s own; for an agency, those submitted to it (收件箱).' })
  periodReports(
    @Args() args: PageArgs,
    @Args('periodCode', { type: () => String, nullable: true }) periodCode?: string | null,
    @Args('state', { type: () => ReportStateEnum, nullable: true }) state?: PeriodReport['state'] | null,
  ): Promise<Connection<PeriodReport>> {
    return this.reports.list({ periodCode, state }, args);
  }

  @Policy('read', 'PeriodReport')
  @Query(() => PeriodReportType)
  periodReport(@Args('id', { type: () => ID }) id: string): Promise<PeriodReport> {
    return this.reports.get(id);
  }

  @Policy('update', 'PeriodReport')
  @Mutation(() => ReportRevisionType, { description: 'Saves the report\'s rich-text sections (draft or returned reports only).' })
  async saveReportSections(@Args('input') input: SaveReportSectionsInput): Promise<ReportRevisionType> {
    return toRevision(await this.reports.saveSections({ reportId: input.reportId, sections: { ...input.sections } as never }));
  }

  @Policy('update', 'PeriodReport')
  @Mutation(() => PeriodReportType, { description: 'Moves the report one step (submit, approve, return with reason, accept); CONFLICT when someone acted first.' })
  transitionReport(@Args('input') input: TransitionReportInput): Promise<PeriodReport> {
    return this.reports.transition(input);
  }

  @Policy('update', 'PeriodReport')
  @Mutation(() => ReportRevisionType, { description: '更正: starts a correction revision of an accepted report with proposed actual values.' })
  async startReportCorrection(@Args('input') input: StartCorrectionInput): Promise<ReportRevisionType> {
    return toRevision(await this.reports.startCorrection({ reportId: input.reportId, corrections: input.corrections.map((c) => ({ ...c })) }));
  }

  @ResolveField(() => String, { nullable: true })
  institutionName(@Parent() report: PeriodReport): Promise<string | null> {
    const loader = requestLoader<string, string | null>('periodReport.institutionName', async (ids) => {
      const names = await this.orgs.names(ids.map((id) => ({ kind: 'INSTITUTION' as const, id })));
      return ids.map((id) => names.get(id)?.name ?? null);
    });
    return loader.load(report.tenantId);
  }

  @ResolveField(() => Boolean, { description: 'Submitted to the agency after the due date (or still not submitted past it).' })
  late(@Parent() report: PeriodReport): boolean {
    const submitted = report.submittedToAgencyAt ? report.submittedToAgencyAt.toISOString().slice(0, 10) : null;
    return submitted ? submitted > report.dueOn : new Date().toISOString().slice(0, 10) > report.dueOn;
  }

  @ResolveField(() => [ReportActionEnum], { description: 'What the signed-in user may do next (the server re-checks).' })
  availableActions(@Parent() report: PeriodReport): string[] {
    const actor = RequestContext.current().requireActor();
    if (actor.organisationKind === 'AGENCY') return availableActions(report.state, 'AGENCY');
    if (actor.role !== 'INSTITUTION_ADMIN') return [];
    const parties: ReportParty[] = ['INSTITUTION', 'OFFICE'];
    return parties.flatMap((p) => availableActions(report.state, p));
  }

  @ResolveField(() => ReportRevisionType, { nullable: true, description: 'The revision the user sees: the current one; for the agency the latest submitted to it.' })
  async revision(@Parent() report: PeriodReport): Promise<ReportRevisionType | null> {
    const r = await this.reports.visibleRevision(report);
    return r && toRevision(r);
  }

  @ResolveField(() => [ReportRevisionType])
  async revisions(@Parent() report: PeriodReport): Promise<ReportRevisionType[]> {
    return (await this.reports.revisions(report)).map(toRevision);
  }

  @ResolveField(() => [ReviewItemType], { description: 'The current revision\'s review items (institution only).' })
  async reviewItems(@Parent() report: PeriodReport): Promise<ReviewItemType[]> {
    if (this.reports.isAgency()) return [];
    return (await this.reviews.itemsOf(report.id, report.currentRevision)).map((i) => toReviewItemType(i, this.reviews.canAct(i), report.period));
  }

  @ResolveField(() => [WorkflowTransitionType], { description: '流转记录, oldest first (the agency sees its own layer only).' })
  async timeline(@Parent() report: PeriodReport): Promise<WorkflowTransitionType[]> {
    return (await this.reports.timeline(report)).map((t) => ({ ...t }));
  }
}

@Resolver(() => ReportRevisionType)
export class ReportRevisionResolver {
  constructor(private readonly reports: ReportService) {}

  @ResolveField(() => JSONScalar, { description: 'The computed figures (PeriodFigures): frozen once submitted to the agency, live before.' })
  async figures(@Parent() revision: ReportRevisionType): Promise<unknown> {
    const { report, entity } = await this.load(revision);
    return this.reports.figures(report, entity);
  }

  @ResolveField(() => JSONScalar, { nullable: true, description: 'A correction\'s changes against the accepted revision: sections, figures, actuals.' })
  async diff(@Parent() revision: ReportRevisionType): Promise<unknown> {
    if (revision.kind !== 'CORRECTION') return null;
    const { report, entity } = await this.load(revision);
    return this.reports.diff(report, entity);
  }

  private async load(revision: ReportRevisionType): Promise<{ report: PeriodReport; entity: ReportRevision }> {
    const report = await this.reports.get(revision.reportId);
    const entity = (await this.reports.revisionEntity(report, revision.number));
    return { report, entity };
  }
}
