import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import busboy from 'busboy';
import { AppError, AppErrorHttpFilter, RequestContext, logger, toJobRunType } from '@dsg/server-core';
import { WorkbookService } from './workbook.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * GET  /task-books/:id/workbook.xlsx   the book's plan in the documented layout
 * GET  /task-books/:id/template.xlsx   an empty workbook for the book's years
 * POST /task-books/:id/import          multipart `file`: queues the import, answers the job (202)
 */
@Controller('task-books')
@UseFilters(AppErrorHttpFilter)
export class WorkbookController {
  constructor(private readonly service: WorkbookService) {}

  @Get(':id/workbook.xlsx')
  async export(@Param('id') id: string, @Res() res: Response): Promise<void> {
    RequestContext.current().requireActor();
    const { book, data } = await this.service.export(id);
    this.send(res, `${book.title}.xlsx`, data);
  }

  @Get(':id/template.xlsx')
  async template(@Param('id') id: string, @Res() res: Response): Promise<void> {
    RequestContext.current().requireActor();
    this.send(res, '任务书导入模板.xlsx', await this.service.template(id));
  }

  @Post(':id/import')
  async import(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    RequestContext.current().requireActor();
    if (!req.is('multipart/form-data')) throw AppError.field('file', 'required');
    // busboy emits from the request socket's async context, not this request's: re-enter it.
    const ctx = RequestContext.current();
    const run = await new Promise<Awaited<ReturnType<WorkbookService['import']>>>((resolve, reject) => {
      let started = false;
      const bb = busboy({ headers: req.headers, limits: { files: 1 } });
      bb.on('file', (_n, stream) => {
        started = true;
        RequestContext.run(ctx, () => this.service.import(id, stream)).then(resolve, (e: unknown) => {
          if (!(e instanceof AppError)) logger().error({ err: e, taskBookId: id }, 'workbook upload failed');
          stream.resume();
          reject(e);
        });
      });
      bb.on('close', () => started || reject(AppError.field('file', 'required')));
      bb.on('error', () => reject(AppError.field('file', 'invalidFormat')));
      req.pipe(bb);
    });
    res.status(202).json({ data: toJobRunType(run) });
  }

  private send(res: Response, fileName: string, data: Buffer): void {
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    res.send(data);
  }
}
