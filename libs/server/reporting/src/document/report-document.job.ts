import { Readable } from 'node:stream';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Browser } from 'playwright-core';
import { JobRegistry, JobRejected, PeriodData, newId, type EvidenceStorage, type JobContext } from '@dsg/server-core';
import { launchPrintBrowser, printPdf, renderFiguresXlsx, renderReportDocx, renderReportHtml } from '../documents/index.js';
import { PeriodReport, ReportRevision } from '../report/report.entity.js';
import { toDocumentModel } from './document-model.js';
import { ReportDocument, type ReportDocumentFormat } from './report-document.entity.js';

export const REPORT_DOCUMENT_JOB = 'reporting.document';
export const REPORT_STORAGE = Symbol('REPORT_STORAGE');
export interface ReportDocumentPayload { reportId: string; revision: number; format: ReportDocumentFormat }

const FORMATS: Record<ReportDocumentFormat, { ext: string; contentType: string }> = {
  DOCX: { ext: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  PDF: { ext: 'pdf', contentType: 'application/pdf' },
  XLSX: { ext: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};
const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/**
 * Worker job: renders one revision of a report as Word, PDF (the print HTML in headless
 * Chromium, one browser kept open per process) or the figures workbook, stores it and records it.
 * Runs as the requesting user: an agency officer can only render what it may read.
 */
@Injectable()
export class ReportDocumentJob implements OnModuleInit, OnModuleDestroy {
  private browser: Promise<Browser> | null = null;

  constructor(
    private readonly registry: JobRegistry,
    private readonly data: PeriodData,
    @Inject(REPORT_STORAGE) private readonly storage: EvidenceStorage,
  ) {}

  onModuleInit(): void {
    this.registry.register<ReportDocumentPayload>(REPORT_DOCUMENT_JOB, (ctx) => this.run(ctx));
  }

  async onModuleDestroy(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b).close().catch(() => undefined);
  }

  async run({ payload, em, progress, envelope }: JobContext<ReportDocumentPayload>): Promise<Record<string, unknown>> {
    const report = await em.findOne(PeriodReport, { id: payload.reportId });
    const revision = report && (await em.findOne(ReportRevision, { reportId: report.id, number: payload.revision }, { populate: ['snapshot'] }));
    if (!report || !revision) throw new JobRejected('report not found', {});
    await progress(10);
    const model = await this.model(em, report, revision);
    await progress(30);
    const bytes = await this.render(payload.format, model);
    await progress(80);
    const id = newId();
    const { ext, contentType } = FORMATS[payload.format];
    const stored = await this.storage.put(`${report.tenantId}/reports/${report.id}/${id}.${ext}`, Readable.from(bytes), { maxBytes: MAX_DOCUMENT_BYTES, contentType });
    const fileName = `${model.institutionName}-${model.periodLabel}报告-第${revision.number}版.${ext}`;
    em.create(ReportDocument, {
      id, tenantId: report.tenantId, agencyId: report.agencyId, reportId: report.id, revision: revision.number, format: payload.format, fileName, contentType,
      size: stored.size, sha256: stored.sha256, storageKey: stored.key, agencyVisible: revision.agencyVisible, createdBy: envelope.actorId,
    } as ReportDocument);
    await em.flush();
    await progress(100);
    return { documentId: id, fileName, size: stored.size };
  }

  private async model(em: EntityManager, report: PeriodReport, revision: ReportRevision) {
    const [inst] = await em.execute<{ name: string }[]>('select name from institution where id = ?', [report.tenantId]);
    const [programme] = await em.execute<{ name: string }[]>('select name from programme where id = ?', [report.programmeId]);
    const source = this.data.get();
    const snapshot = revision.snapshot ?? (await source.collect(em, report.enrolmentId, report.period));
    return toDocumentModel({
      institutionName: inst?.name ?? '', programmeName: programme?.name ?? '', period: report.period, revision: revision.number, state: revision.state,
      sections: revision.sections, figures: revision.figures ?? source.figures(snapshot), snapshot, generatedAt: new Date(),
    });
  }

  private async render(format: ReportDocumentFormat, model: ReturnType<typeof toDocumentModel>): Promise<Buffer> {
    if (format === 'DOCX') return renderReportDocx(model);
    if (format === 'XLSX') return renderFiguresXlsx(model);
    this.browser ??= launchPrintBrowser();
    try {
      return await printPdf(renderReportHtml(model), { browser: await this.browser });
    } catch (e) {
      // A crashed browser is relaunched on the next job rather than reused.
      this.browser = null;
      throw e;
    }
  }
}
