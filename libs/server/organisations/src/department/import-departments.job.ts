import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JOB_NAMES, type ImportDepartmentsPayload } from '@dsg/contracts';
import { JobRegistry, JobRejected, newId, type JobContext } from '@dsg/server-core';
import { Department } from './department.entity.js';
import { parseDepartmentsCsv } from './department-csv.js';

const CHUNK = 200;

/**
 * Worker job: imports departments from CSV into the job's tenant. Every row is checked first; any
 * problem rejects the whole file (nothing written) with a row/column/message report.
 */
@Injectable()
export class ImportDepartmentsJob implements OnModuleInit {
  constructor(private readonly registry: JobRegistry) {}

  onModuleInit(): void {
    this.registry.register<ImportDepartmentsPayload>(JOB_NAMES.importDepartments, (ctx) => this.run(ctx));
  }

  async run({ envelope, payload, em, progress }: JobContext<ImportDepartmentsPayload>): Promise<{ imported: number }> {
    const tenantId = envelope.tenantId;
    if (!tenantId) throw new JobRejected('departments import needs an institution', { problems: [] });
    const existing = await em.find(Department, {}, { fields: ['code'] });
    const { rows, problems } = parseDepartmentsCsv(payload.csv, new Set(existing.map((d) => d.code)));
    await progress(30);
    if (problems.length) throw new JobRejected(`${problems.length} problem(s) in the file; nothing was imported`, { problems });
    await em.transactional(async (tx) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        for (const r of rows.slice(i, i + CHUNK)) {
          tx.create(Department, { id: newId(), tenantId, code: r.code, name: r.name, nameEn: r.nameEn, kind: r.kind } as Department);
        }
        await tx.flush();
      }
    });
    await progress(100);
    return { imported: rows.length };
  }
}
