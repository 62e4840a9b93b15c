/**
 * The report as one self-contained, print-ready HTML page (inline CSS, no script, nothing to load),
 * printed to PDF by `report-pdf.ts`. Layout: title block and the four sections from page 1, then
 * the figures chapter on a new page, then the indicator table on a new page followed by the
 * achievements list. Model text is escaped; section HTML is sanitised again here even though it
 * was stored sanitised (a stored value may predate a tightened allow-list).
 */
import {
  EMPTY_SECTION_TEXT, NO_ROWS_TEXT, achievementTable, chapterTitles, coverLines, figureTables, indicatorTable, reportTitle,
  type ReportTable,
} from './report-content.js';
import type { ReportDocumentModel } from './report-document-model.js';
import { REPORT_CSS } from './report-html-style.js';
import { sanitizeRichText } from './rich-text.js';

/** Nothing may load or run, even if markup slipped through: no scripts, no fetches, inline styles only. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export function renderReportHtml(model: ReportDocumentModel): string {
  const titles = chapterTitles(model);
  const title = `${model.institutionName} ${reportTitle(model)}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head><body>',
    cover(model),
    ...model.sections.map((section, i) => chapter(titles.sections[i]!, richText(section.html))),
    chapter(titles.figures, figureTables(model).map(table).join(''), { newPage: true }),
    chapter(titles.indicators, table(indicatorTable(model)), { newPage: true }),
    chapter(titles.achievements, table(achievementTable(model))),
    '</body></html>',
  ].join('\n');
}

function cover(model: ReportDocumentModel): string {
  const lines = coverLines(model).map((l) => `<dt>${escapeHtml(l.label)}</dt><dd>${escapeHtml(l.value)}</dd>`).join('');
  return `<header class="cover"><h1>${escapeHtml(model.institutionName)}</h1><h1>${escapeHtml(reportTitle(model))}</h1><dl>${lines}</dl></header>`;
}

function chapter(title: string, body: string, options: { newPage?: boolean } = {}): string {
  return `<section class="chapter${options.newPage ? ' page-break' : ''}"><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function richText(html: string): string {
  const clean = sanitizeRichText(html).trim();
  return clean === '' ? `<p class="empty">${EMPTY_SECTION_TEXT}</p>` : `<div class="rich-text">${clean}</div>`;
}

/** A caption and a table whose header row repeats on every printed page (`<thead>`). */
function table(t: ReportTable): string {
  const caption = `<h3 class="table-caption">${escapeHtml(t.caption)}</h3>`;
  if (t.rows.length === 0) return `${caption}<p class="empty">${NO_ROWS_TEXT}</p>`;
  const total = t.columns.reduce((sum, c) => sum + c.weight, 0);
  const cols = t.columns.map((c) => `<col style="width:${((100 * c.weight) / total).toFixed(2)}%">`).join('');
  const head = t.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const row = (cells: string[], cls = ''): string =>
    `<tr${cls ? ` class="${cls}"` : ''}>${cells.map((text, i) => `<td class="${t.columns[i]?.align ?? 'left'}">${escapeHtml(text)}</td>`).join('')}</tr>`;
  const body = t.rows.map((cells) => row(cells)).join('') + (t.total ? row(t.total, 'total') : '');
  return `${caption}<table class="report"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
