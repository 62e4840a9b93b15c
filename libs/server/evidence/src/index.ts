import { EvidenceFileSchema } from './evidence/evidence-file.entity.js';

export * from './storage/evidence-storage.js';
export * from './storage/local-disk.storage.js';
export * from './storage/s3.storage.js';
export * from './storage/verifying-stream.js';
export * from './storage/file-types.js';
export * from './storage/storage-config.js';
export * from './evidence/evidence-file.entity.js';
export * from './evidence/evidence.service.js';
export * from './evidence.module.js';

export const evidenceEntities = [EvidenceFileSchema];
