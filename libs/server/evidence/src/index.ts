import { EvidenceFileSchema } from './evidence/evidence-file.entity.js';

export * from './evidence/evidence-file.entity.js';
export * from './evidence/evidence.service.js';
export * from './evidence.module.js';

export const evidenceEntities = [EvidenceFileSchema];
