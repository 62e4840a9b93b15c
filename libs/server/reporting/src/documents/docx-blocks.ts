/** Word building blocks of the report: rich-text blocks and the shared report tables as docx paragraphs and tables. */
import {
  AlignmentType, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { ColumnAlign, ReportTable } from './report-content.js';
import { NO_ROWS_TEXT } from './report-content.js';
import {
  BULLET_LIST, CONTENT_WIDTH, FIRST_LINE_INDENT, HEADER_FILL, ORDERED_LIST,
} from './docx-styles.js';
import { xmlSafe } from './report-format.js';
import type { InlineRun, RichTextBlock, RichTextTableRow } from './rich-text.js';

type Block = Paragraph | Table;

const ALIGN: Record<ColumnAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
const PLAIN_RUN: Omit<InlineRun, 'text'> = { bold: false, italic: false, underline: false, strike: false };

/** Word runs of inline text; `\n` becomes a line break inside the paragraph. */
export function textRuns(runs: InlineRun[], extra: { bold?: boolean } = {}): TextRun[] {
  return runs.flatMap((run) =>
    xmlSafe(run.text).split('\n').map((line, i) => new TextRun({
      text: line,
      break: i > 0 ? 1 : undefined,
      bold: run.bold || extra.bold || undefined,
      italics: run.italic || undefined,
      underline: run.underline ? {} : undefined,
      strike: run.strike || undefined,
    })),
  );
}

export function plainRuns(text: string, extra: { bold?: boolean } = {}): TextRun[] {
  return textRuns([{ text, ...PLAIN_RUN }], extra);
}

export function richTextElements(blocks: RichTextBlock[]): Block[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return new Paragraph({ heading: block.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4, children: textRuns(block.runs) });
      case 'listItem':
        return new Paragraph({
          numbering: { reference: block.ordered ? ORDERED_LIST : BULLET_LIST, level: Math.min(block.level, 8), instance: block.listId + 1 },
          children: textRuns(block.runs),
        });
      case 'table':
        return richTextTable(block.rows);
      case 'paragraph':
        return block.quote
          ? new Paragraph({ style: 'Quote', children: textRuns(block.runs) })
          : new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, alignment: AlignmentType.JUSTIFIED, children: textRuns(block.runs) });
    }
  });
}

/** A report table under its caption; a table without rows is a caption and "（无）". */
export function reportTableElements(table: ReportTable): Block[] {
  const caption = new Paragraph({ heading: HeadingLevel.HEADING_2, children: plainRuns(table.caption) });
  if (table.rows.length === 0) return [caption, new Paragraph({ children: plainRuns(NO_ROWS_TEXT) })];
  const totalWeight = table.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = table.columns.map((c) => Math.floor((CONTENT_WIDTH * c.weight) / totalWeight));
  const aligns = table.columns.map((c) => c.align);
  const rows = [
    row(table.columns.map((c) => c.header), widths, aligns.map(() => 'center' as const), { header: true }),
    ...table.rows.map((cells) => row(cells, widths, aligns, {})),
    ...(table.total ? [row(table.total, widths, aligns, { bold: true })] : []),
  ];
  return [caption, new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows })];
}

function row(cells: string[], widths: number[], aligns: ColumnAlign[], options: { header?: boolean; bold?: boolean }): TableRow {
  return new TableRow({
    // A header row repeats at the top of every page the table runs onto; no row is split across pages.
    tableHeader: options.header,
    cantSplit: true,
    children: cells.map((text, i) => cell(plainRuns(text, { bold: options.header || options.bold }), widths[i]!, aligns[i]!, options.header === true)),
  });
}

function cell(children: TextRun[], width: number, align: ColumnAlign, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    shading: header ? { fill: HEADER_FILL, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [new Paragraph({ style: 'TableText', alignment: ALIGN[align], children })],
  });
}

/** A table written in a section: columns share the width equally, short rows are padded. */
function richTextTable(rows: RichTextTableRow[]): Table {
  const columnCount = Math.max(...rows.map((r) => r.cells.length));
  const width = Math.floor(CONTENT_WIDTH / columnCount);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columnCount }, () => width),
    rows: rows.map((r) => new TableRow({
      tableHeader: r.header,
      cantSplit: true,
      children: Array.from({ length: columnCount }, (_, i) => {
        const c = r.cells[i];
        return cell(c ? textRuns(c.runs, { bold: c.header }) : [], width, 'left', r.header);
      }),
    })),
  });
}
