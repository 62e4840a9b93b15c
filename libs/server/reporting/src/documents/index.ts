/** Report documents: the model the worker fills in and the pure renderers (docx, print HTML → PDF, figures workbook). */
export type {
  ReportAchievementRow, ReportDocumentModel, ReportFigures, ReportIndicatorRow, ReportSection, ReportSectionKey,
} from './report-document-model.js';
export {
  RICH_TEXT_TAGS, richTextPlainLength, richTextToBlocks, sanitizeRichText,
  type InlineRun, type RichTextBlock, type RichTextTableCell, type RichTextTableRow,
} from './rich-text.js';
export { renderReportDocx } from './report-docx.js';
export { escapeHtml, renderReportHtml } from './report-html.js';
export { CHROMIUM_ARGS, defaultChromiumPath, launchPrintBrowser, printPdf, type PrintPdfOptions } from './report-pdf.js';
export { FIGURES_SHEETS, renderFiguresXlsx, summaryLines, type SummaryLine } from './figures-xlsx.js';
