import { Injectable } from '@nestjs/common';
import { AppError, Db } from '@dsg/server-core';
import { ReportService } from '../report/report.service.js';
import { ReportRevision } from '../report/report.entity.js';
import { buildNationalExport, type NationalExportV1 } from './national-export.js';

/** 国家平台导出: the latest revision submitted to the agency, in the exchange format (v1). */
@Injectable()
export class NationalExportService {
  constructor(
    private readonly db: Db,
    private readonly reports: ReportService,
  ) {}

  async build(reportId: string): Promise<NationalExportV1> {
    const report = await this.reports.get(reportId);
    const em = this.db.em();
    // Only what reached the agency is exported; a draft or an unsubmitted correction never is.
    const revision = await em.findOne(ReportRevision, { reportId: report.id, agencyVisible: true }, { orderBy: { number: 'desc' }, populate: ['snapshot'] });
    if (!revision?.snapshot || !revision.figures) throw AppError.conflict('exportNotSubmitted');
    const [inst] = await em.execute<{ code: string; name: string }[]>('select code, name from institution where id = ?', [report.tenantId]);
    const [programme] = await em.execute<{ code: string; name: string }[]>('select code, name from programme where id = ?', [report.programmeId]);
    return buildNationalExport({
      institution: { id: report.tenantId, code: inst?.code ?? '', name: inst?.name ?? '' },
      programme: { id: report.programmeId, code: programme?.code ?? '', name: programme?.name ?? '' },
      period: { code: report.period, dueOn: report.dueOn },
      report: {
        id: report.id, revision: revision.number, kind: revision.kind, state: revision.state,
        submittedAt: revision.submittedToAgencyAt?.toISOString() ?? null, acceptedAt: revision.acceptedAt?.toISOString() ?? null,
      },
      figures: revision.figures, snapshot: revision.snapshot, generatedAt: new Date(),
    });
  }
}
