import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AppErrorHttpFilter, RequestContext } from '@dsg/server-core';
import { ReportDocumentService } from './report-document.service.js';

/** GET /report-documents/:id — a generated report file, for whoever may read its report. */
@Controller('report-documents')
@UseFilters(AppErrorHttpFilter)
export class ReportDocumentController {
  constructor(private readonly service: ReportDocumentService) {}

  @Get(':id')
  async download(@Param('id') id: string, @Res() res: Response): Promise<void> {
    RequestContext.current().requireActor();
    const { doc, stream } = await this.service.open(id);
    res.setHeader('Content-Type', doc.contentType);
    res.setHeader('Content-Length', String(doc.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
