import { BigIntType, EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter } from '@dsg/server-core';

export type ReportDocumentFormat = 'DOCX' | 'PDF' | 'XLSX';

/** A generated file of one report revision (Word, PDF, or the figures workbook). */
export class ReportDocument {
  id!: string;
  tenantId!: string;
  agencyId!: string;
  reportId!: string;
  revision!: number;
  format!: ReportDocumentFormat;
  fileName!: string;
  contentType!: string;
  size!: number;
  sha256!: string;
  storageKey!: string;
  /** Generated from a revision the agency may read (it may then download the file too). */
  agencyVisible = false;
  createdBy!: string;
  createdAt: Date = new Date();
}

export const ReportDocumentSchema = new EntitySchema<ReportDocument>({
  class: ReportDocument,
  tableName: 'report_document',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    agencyId: { type: 'uuid' },
    reportId: { type: 'uuid', index: true },
    revision: { type: 'int' },
    format: { type: 'string', length: 10 },
    fileName: { type: 'string', length: 300 },
    contentType: { type: 'string', length: 100 },
    size: { type: new BigIntType('number') },
    sha256: { type: 'string', length: 64 },
    storageKey: { type: 'string', length: 300 },
    agencyVisible: { type: 'boolean' },
    createdBy: { type: 'uuid' },
    createdAt: { type: 'datetime', length: 6 },
  },
  uniques: [{ properties: ['tenantId', 'id'] }],
  filters: tenantFilter(),
});
