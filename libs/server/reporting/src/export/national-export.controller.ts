import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AppErrorHttpFilter, RequestContext } from '@dsg/server-core';
import { NationalExportService } from './national-export.service.js';
import { renderNationalExportXlsx } from './national-export.js';

/**
 * GET /report-exports/:reportId/national.json  the exchange format (docs/national-export.md)
 * GET /report-exports/:reportId/national.xlsx  the same content as a workbook
 */
@Controller('report-exports')
@UseFilters(AppErrorHttpFilter)
export class NationalExportController {
  constructor(private readonly service: NationalExportService) {}

  @Get(':reportId/national.json')
  async json(@Param('reportId') reportId: string, @Res() res: Response): Promise<void> {
    RequestContext.current().requireActor();
    const data = await this.service.build(reportId);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${data.institution.code}-${data.period.code}-national.json`)}`);
    res.json(data);
  }

  @Get(':reportId/national.xlsx')
  async xlsx(@Param('reportId') reportId: string, @Res() res: Response): Promise<void> {
    RequestContext.current().requireActor();
    const data = await this.service.build(reportId);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${data.institution.code}-${data.period.code}-national.xlsx`)}`);
    res.send(await renderNationalExportXlsx(data));
  }
}
