import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { AppError, Db, QueueService, requireUuid, verifyingStream, type EvidenceStorage, type JobRun } from '@dsg/server-core';
import { ReportService } from '../report/report.service.js';
import { ReportDocument, type ReportDocumentFormat } from './report-document.entity.js';
import { REPORT_DOCUMENT_JOB, REPORT_STORAGE, type ReportDocumentPayload } from './report-document.job.js';

/** 报告下载: queues generation of the revision the user sees, lists and streams the results. */
@Injectable()
export class ReportDocumentService {
  constructor(
    private readonly db: Db,
    private readonly reports: ReportService,
    private readonly queue: QueueService,
    @Inject(REPORT_STORAGE) private readonly storage: EvidenceStorage,
  ) {}

  async request(reportId: string, format: ReportDocumentFormat): Promise<JobRun> {
    const report = await this.reports.get(reportId);
    const revision = await this.reports.visibleRevision(report);
    if (!revision) throw AppError.notFound();
    // One job per revision content and format: a second click returns the same run.
    const key = `report-doc:${report.id}:${revision.number}:${format}:${revision.updatedAt.getTime()}`;
    return this.queue.enqueue<ReportDocumentPayload>({ name: REPORT_DOCUMENT_JOB, payload: { reportId: report.id, revision: revision.number, format }, idempotencyKey: key });
  }

  async list(reportId: string): Promise<ReportDocument[]> {
    const report = await this.reports.get(reportId);
    return this.db.em().find(ReportDocument, { reportId: report.id }, { orderBy: { createdAt: 'desc' } });
  }

  /** The stored file, hash-verified while streaming; another tenant's (or a draft's, for an agency) is not found. */
  async open(id: string): Promise<{ doc: ReportDocument; stream: Readable }> {
    const doc = await this.db.em().findOne(ReportDocument, { id: requireUuid(id) });
    if (!doc) throw AppError.notFound();
    await this.reports.get(doc.reportId);
    const stream = (await this.storage.get(doc.storageKey)).pipe(verifyingStream(doc.sha256, { size: doc.size, label: doc.id }));
    return { doc, stream };
  }
}
