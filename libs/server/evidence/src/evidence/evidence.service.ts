import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import {
  AppError, Db, EvidenceTargets, InputValidator, RequestContext, assertCan, detectEvidenceType, isStorageError, newId, requireUuid, verifyingStream,
  type EvidenceStorage,
} from '@dsg/server-core';
import { EVIDENCE_OBJECT_TYPES, EvidenceFile, type EvidenceObjectType } from './evidence-file.entity.js';

export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

function formatBytes(n: number): string {
  return n >= 1048576 ? `${Math.round((n / 1048576) * 10) / 10} MB` : `${Math.round((n / 1024) * 10) / 10} KB`;
}
export const EVIDENCE_MAX_BYTES = Symbol('EVIDENCE_MAX_BYTES');

export interface UploadRequest {
  objectType: string;
  objectId: string;
  /** The evidence this upload is a new version of. */
  replaces?: string | null;
  fileName: string;
  body: Readable;
}

/** 佐证材料: streamed into storage with its hash, versioned, reviewed, verified on download. */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly db: Db,
    private readonly targets: EvidenceTargets,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
    @Inject(EVIDENCE_MAX_BYTES) private readonly maxBytes: number,
  ) {}

  async upload(req: UploadRequest): Promise<EvidenceFile> {
    const actor = RequestContext.current().requireActor();
    new InputValidator()
      .check('objectType', (EVIDENCE_OBJECT_TYPES as readonly string[]).includes(req.objectType), 'invalidFormat')
      .uuid('objectId', req.objectId)
      .uuid('replaces', req.replaces, false)
      .text('fileName', req.fileName, { required: true, max: 255 })
      .throwIfInvalid();
    if (!actor.tenantId) throw AppError.forbidden();
    assertCan('create', 'Evidence', { tenantId: actor.tenantId });
    // Before a byte is stored: the object exists in this tenant and the actor works on it.
    await this.targets.assertMayAttach(req.objectType, req.objectId);
    const em = this.db.em();
    const previous = req.replaces ? await em.findOne(EvidenceFile, { id: req.replaces }) : null;
    if (req.replaces && (!previous || previous.objectId !== req.objectId)) throw AppError.notFound();
    const seriesId = previous?.seriesId ?? newId();
    const id = newId();
    const key = `${actor.tenantId}/${seriesId}/${id}`;
    let type;
    let stream;
    try {
      ({ type, stream } = await detectEvidenceType(req.fileName, req.body));
    } catch (e) {
      if (isStorageError(e, 'TYPE_NOT_ALLOWED')) throw AppError.field('file', 'fileTypeNotAllowed');
      throw e;
    }
    let stored;
    try {
      stored = await this.storage.put(key, stream, { maxBytes: this.maxBytes, contentType: type.contentType });
    } catch (e) {
      if (isStorageError(e, 'TOO_LARGE')) throw AppError.field('file', 'fileTooLarge', { limit: formatBytes(this.maxBytes) });
      throw e;
    }
    try {
      return await em.transactional(async (tx) => {
        const version = previous ? (await tx.count(EvidenceFile, { seriesId })) + 1 : 1;
        return tx.create(EvidenceFile, {
          id, tenantId: actor.tenantId!, objectType: req.objectType as EvidenceObjectType, objectId: req.objectId, seriesId, version,
          fileName: req.fileName, contentType: type.contentType, size: stored.size, sha256: stored.sha256, storageKey: key, uploadedBy: actor.userId,
        } as EvidenceFile);
      });
    } catch (e) {
      await this.storage.delete(key).catch(() => undefined); // no orphan file without its record
      throw e;
    }
  }

  /** The file of one evidence record, streamed through a SHA-256 check (INTEGRITY error on mismatch). */
  async open(id: string): Promise<{ file: EvidenceFile; stream: Readable }> {
    const file = await this.db.em().findOne(EvidenceFile, { id: requireUuid(id) });
    if (!file) throw AppError.notFound();
    const stream = (await this.storage.get(file.storageKey)).pipe(verifyingStream(file.sha256, { size: file.size, label: file.id }));
    return { file, stream };
  }

  list(objectType: string, objectId: string): Promise<EvidenceFile[]> {
    requireUuid(objectId);
    return this.db.em().find(EvidenceFile, { objectType: objectType as EvidenceObjectType, objectId }, { orderBy: { seriesId: 'asc', version: 'desc' } });
  }

  async review(input: { id: string; approve: boolean; note?: string | null }): Promise<EvidenceFile> {
    const actor = RequestContext.current().requireActor();
    const v = new InputValidator().uuid('id', input.id).text('note', input.note, { max: 2000 });
    if (!input.approve) v.text('note', input.note, { required: true, max: 2000 });
    v.throwIfInvalid();
    const em = this.db.em();
    const file = await em.findOne(EvidenceFile, { id: input.id });
    if (!file) throw AppError.notFound();
    assertCan('update', 'Evidence', file);
    file.reviewStatus = input.approve ? 'APPROVED' : 'RETURNED';
    file.reviewNote = input.note?.trim() || null;
    file.reviewedBy = actor.userId;
    file.reviewedAt = new Date();
    await em.flush();
    return file;
  }
}
