/**
 * Print styles of the report page. Sizes follow the Word document (小四 12 pt body, 五号 10.5 pt
 * tables, 三号 16 pt chapters) and the margins match `docx-styles.ts`, so both paginate alike. Font
 * lists name the faces of Windows, macOS and Linux desktops and end with the face the worker's
 * image installs (WenQuanYi Micro Hei), so the server-side PDF never falls back to boxes.
 */

export const BODY_FONTS = `'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', 'WenQuanYi Micro Hei', sans-serif`;
export const HEADING_FONTS = `'SimHei', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif`;

/** Top, right, bottom, left; the bottom margin holds the page-number footer. */
export const PAGE_MARGINS_MM = { top: 25, right: 20, bottom: 25, left: 20 } as const;

const M = PAGE_MARGINS_MM;

export const REPORT_CSS = `
@page { size: A4 portrait; margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${BODY_FONTS}; font-size: 12pt; line-height: 1.5; color: #000; }
h1, h2, h3, h4 { font-family: ${HEADING_FONTS}; font-weight: normal; break-after: avoid; page-break-after: avoid; }
.cover { text-align: center; margin-bottom: 12pt; }
.cover h1 { font-size: 22pt; line-height: 1.4; margin: 0; }
.cover h1 + h1 { margin-bottom: 8pt; }
.cover dl { display: grid; grid-template-columns: auto 1fr auto 1fr; gap: 2pt 8pt; margin: 0 auto; max-width: 160mm; text-align: left; }
.cover dt { font-weight: bold; white-space: nowrap; }
.cover dd { margin: 0; }
.chapter h2 { font-size: 16pt; margin: 14pt 0 6pt; }
.page-break { break-before: page; page-break-before: always; }
.page-break > h2:first-child { margin-top: 0; }
.rich-text p { margin: 0 0 4pt; text-indent: 2em; text-align: justify; }
.rich-text h3 { font-size: 12pt; margin: 8pt 0 4pt; }
.rich-text h4 { font-size: 12pt; font-family: ${BODY_FONTS}; font-weight: bold; margin: 6pt 0 4pt; }
.rich-text ul, .rich-text ol { margin: 0 0 4pt; padding-left: 2em; }
.rich-text blockquote { margin: 0 0 4pt 2em; color: #404040; font-style: italic; }
.rich-text blockquote p { text-indent: 0; }
.rich-text table td, .rich-text table th { text-align: left; }
.empty { color: #595959; }
h3.table-caption { font-size: 14pt; margin: 10pt 0 4pt; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.3; margin-bottom: 4pt; }
/* Fixed layout: column widths from <col>, and Chromium lays out a 500-row table without measuring every cell first. */
table.report { table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
th { background: #e7eef7; font-weight: bold; text-align: center; }
td.left { text-align: left; }
td.center { text-align: center; }
td.right { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; }
`;
