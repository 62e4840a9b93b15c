import { Module, type DynamicModule } from '@nestjs/common';
import { EVIDENCE_MAX_BYTES, EVIDENCE_STORAGE, EvidenceService } from './evidence/evidence.service.js';
import { EvidenceController } from './evidence/evidence.controller.js';
import { EvidenceResolver } from './evidence/evidence.resolver.js';
import { evidenceMaxBytesFromEnv, storageFromEnv, type EvidenceStorage } from '@dsg/server-core';

export const evidenceResolvers = [EvidenceResolver];

/** 佐证材料: storage (local disk or S3 from the environment), upload/download endpoints, review. */
@Module({})
export class EvidenceModule {
  static forRoot(opts: { graphql: boolean; storage?: EvidenceStorage; maxBytes?: number }): DynamicModule {
    return {
      module: EvidenceModule,
      controllers: opts.graphql ? [EvidenceController] : [],
      providers: [
        { provide: EVIDENCE_STORAGE, useValue: opts.storage ?? storageFromEnv() },
        { provide: EVIDENCE_MAX_BYTES, useValue: opts.maxBytes ?? evidenceMaxBytesFromEnv() },
        EvidenceService,
        ...(opts.graphql ? evidenceResolvers : []),
      ],
      exports: [EvidenceService],
    };
  }
}
