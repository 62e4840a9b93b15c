import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import busboy from 'busboy';
import type { Readable } from 'node:stream';
import { AppError, AppErrorHttpFilter, RequestContext, assertCan, logger } from '@dsg/server-core';
import { EvidenceService } from './evidence.service.js';
import { toEvidenceType } from './evidence.type.js';

/**
 * Upload and download of evidence files: plain HTTP (multipart in, bytes out), because files are
 * streamed and never buffered whole. Same bearer token and typed errors as GraphQL.
 *
 * POST /evidence  multipart/form-data: objectType, objectId, [replaces], then `file` (fields first).
 * GET  /evidence/:id  the file, its SHA-256 verified while streaming.
 */
@Controller('evidence')
@UseFilters(AppErrorHttpFilter)
export class EvidenceController {
  constructor(private readonly service: EvidenceService) {}

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    RequestContext.current().requireActor();
    if (!req.is('multipart/form-data')) throw AppError.field('file', 'required');
    const file = await this.receive(req);
    res.status(201).json({ data: toEvidenceType(file) });
  }

  @Get(':id')
  async download(@Param('id') id: string, @Res() res: Response): Promise<void> {
    RequestContext.current().requireActor();
    assertCan('read', 'Evidence', { tenantId: RequestContext.current().actor!.tenantId });
    const { file, stream } = await this.service.open(id);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('X-Content-SHA256', file.sha256);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    stream.on('error', (e) => {
      logger().error({ err: e, evidenceId: file.id }, 'evidence download failed its integrity check');
      res.destroy(e);
    });
    stream.pipe(res);
  }

  /** Parses the multipart body, handing the file stream to the service as it arrives. */
  private receive(req: Request) {
    // busboy emits from the request socket's async context, not this request's: re-enter it.
    const ctx = RequestContext.current();
    return new Promise<Awaited<ReturnType<EvidenceService['upload']>>>((resolve, reject) => {
      const fields: Record<string, string> = {};
      let started = false;
      const bb = busboy({ headers: req.headers, limits: { files: 1, fields: 10, fieldSize: 1000 }, defParamCharset: 'utf8' });
      bb.on('field', (name, value) => (fields[name] = value));
      bb.on('file', (_name, stream: Readable, info) => {
        started = true;
        RequestContext.run(ctx, () =>
          this.service.upload({ objectType: fields.objectType ?? '', objectId: fields.objectId ?? '', replaces: fields.replaces || null, fileName: info.filename ?? '', body: stream }),
        ).then(resolve, (e: unknown) => {
            stream.resume(); // let busboy finish reading the request we are refusing
            reject(e);
          });
      });
      bb.on('close', () => {
        if (!started) reject(AppError.field('file', 'required'));
      });
      bb.on('error', (e) => reject(AppError.field('file', 'invalidFormat') ?? e));
      req.pipe(bb);
    });
  }
}
