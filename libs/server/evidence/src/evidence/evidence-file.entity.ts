import { BigIntType, EntitySchema } from '@mikro-orm/postgresql';
import { tenantFilter, tenantPolicies } from '@dsg/server-core';
import type { EvidenceReviewStatus } from '@dsg/contracts';

/** What a piece of evidence (佐证材料) supports. */
export const EVIDENCE_OBJECT_TYPES = ['IndicatorActual', 'Milestone', 'Achievement', 'ConstructionTask', 'Report'] as const;
export type EvidenceObjectType = (typeof EVIDENCE_OBJECT_TYPES)[number];

/**
 * One uploaded file. Never replaced: a new upload of the same evidence is a new row with the same
 * `seriesId` and the next `version`; the SHA-256 recorded at upload is checked on every download.
 */
export class EvidenceFile {
  id!: string;
  tenantId!: string;
  objectType!: EvidenceObjectType;
  objectId!: string;
  seriesId!: string;
  version!: number;
  fileName!: string;
  contentType!: string;
  size!: number;
  sha256!: string;
  storageKey!: string;
  uploadedBy!: string;
  uploadedAt: Date = new Date();
  reviewStatus: EvidenceReviewStatus = 'PENDING';
  reviewNote: string | null = null;
  reviewedBy: string | null = null;
  reviewedAt: Date | null = null;
}

export const EvidenceFileSchema = new EntitySchema<EvidenceFile>({
  class: EvidenceFile,
  tableName: 'evidence_file',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', index: true },
    objectType: { type: 'string', length: 30 },
    objectId: { type: 'uuid' },
    seriesId: { type: 'uuid', index: true },
    version: { type: 'int' },
    fileName: { type: 'string', length: 255 },
    contentType: { type: 'string', length: 120 },
    size: { type: new BigIntType('number') },
    sha256: { type: 'string', length: 64 },
    storageKey: { type: 'string', length: 400 },
    uploadedBy: { type: 'uuid' },
    uploadedAt: { type: 'datetime', length: 6 },
    reviewStatus: { type: 'string', length: 20 },
    reviewNote: { type: 'text', nullable: true },
    reviewedBy: { type: 'uuid', nullable: true },
    reviewedAt: { type: 'datetime', length: 6, nullable: true },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['seriesId', 'version'] }, { properties: ['storageKey'] }],
  indexes: [{ properties: ['tenantId', 'objectType', 'objectId'] }],
  filters: tenantFilter(),
  rowLevelSecurity: 'force',
  policies: tenantPolicies('evidence_file'),
});
