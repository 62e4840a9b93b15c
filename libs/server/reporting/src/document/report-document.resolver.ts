import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JobRunType, Policy, toJobRunType } from '@dsg/server-core';
import { ReportDocumentService } from './report-document.service.js';
import { ReportDocumentFormatEnum, ReportDocumentType } from './report-document.type.js';
import type { ReportDocument, ReportDocumentFormat } from './report-document.entity.js';

const toType = (d: ReportDocument): ReportDocumentType => ({
  id: d.id, revision: d.revision, format: d.format, fileName: d.fileName, size: Number(d.size), createdAt: d.createdAt, downloadPath: `/report-documents/${d.id}`,
});

@Resolver(() => ReportDocumentType)
export class ReportDocumentResolver {
  constructor(private readonly documents: ReportDocumentService) {}

  @Policy('read', 'PeriodReport')
  @Mutation(() => JobRunType, { description: 'Generates the visible revision as Word, PDF or the figures workbook (a job with progress; result.documentId).' })
  async generateReportDocument(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('format', { type: () => ReportDocumentFormatEnum }) format: ReportDocumentFormat,
  ): Promise<JobRunType> {
    return toJobRunType(await this.documents.request(reportId, format));
  }

  @Policy('read', 'PeriodReport')
  @Query(() => [ReportDocumentType], { description: 'Generated files of a report, newest first.' })
  async reportDocuments(@Args('reportId', { type: () => ID }) reportId: string): Promise<ReportDocumentType[]> {
    return (await this.documents.list(reportId)).map(toType);
  }
}
