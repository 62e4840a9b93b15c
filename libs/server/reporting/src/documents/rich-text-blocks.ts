/**
 * Sanitised section HTML → a flat list of blocks with inline runs: what the docx renderer lays out
 * (Word has paragraphs with numbering, not nested elements). Parsed with htmlparser2's event API,
 * the tokenizer sanitize-html itself uses; it is resolved from the repository root, where npm
 * hoists it as sanitize-html's dependency.
 */
import { Parser } from 'htmlparser2';
import { sanitizeRichText } from './rich-text-sanitize.js';

export interface InlineRun {
  /** `\n` is a line break inside the block (`<br>`, or a paragraph inside a list item or cell). */
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
}

export type RichTextBlock =
  | { kind: 'paragraph'; quote: boolean; runs: InlineRun[] }
  | { kind: 'heading'; level: 3 | 4; runs: InlineRun[] }
  /** `level` 0 is the outermost list; `listId` tells lists apart so each ordered list restarts at 1. */
  | { kind: 'listItem'; level: number; ordered: boolean; listId: number; runs: InlineRun[] }
  | { kind: 'table'; rows: RichTextTableRow[] };

export interface RichTextTableRow {
  /** In `<thead>`, or made of `<th>` only: repeated on each page. */
  header: boolean;
  cells: RichTextTableCell[];
}

export interface RichTextTableCell {
  header: boolean;
  runs: InlineRun[];
}

type Format = 'bold' | 'italic' | 'underline' | 'strike';
type TextBlock = Exclude<RichTextBlock, { kind: 'table' }>;
type TableBlock = Extract<RichTextBlock, { kind: 'table' }>;

const FORMAT_TAGS: Partial<Record<string, Format>> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike' };
/** Tags that end the current line of text (a new block, or a line break inside a list item or cell). */
const BREAKING_TAGS = new Set(['p', 'h3', 'h4', 'blockquote', 'li', 'ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
/** Inside a list item these only break the line: editors wrap item text in `<p>`, which must not make a second bullet. */
const IN_ITEM_LINE_TAGS = new Set(['p', 'h3', 'h4', 'blockquote']);
const HTML_WHITESPACE = /[ \t\n\f\r]+/g;

/** Sanitises first (defence in depth: a caller may pass stored HTML), then parses into blocks. */
export function richTextToBlocks(html: string): RichTextBlock[] {
  const builder = new BlockBuilder();
  const parser = new Parser({
    onopentag: (name) => builder.open(name),
    onclosetag: (name) => builder.close(name),
    ontext: (text) => builder.text(text),
  });
  parser.end(sanitizeRichText(html));
  builder.endLine();
  return builder.blocks;
}

/** Walks the tag events keeping the open context (formats, lists, quotes, table) on counters and stacks. */
class BlockBuilder {
  readonly blocks: RichTextBlock[] = [];
  private readonly formats: Record<Format, number> = { bold: 0, italic: 0, underline: 0, strike: 0 };
  /** `implicit`: an `<li>` outside any list is read as a one-item bullet list. */
  private readonly lists: { ordered: boolean; id: number; itemOpen: boolean; implicit: boolean }[] = [];
  private nextListId = 0;
  private headingLevel: 3 | 4 | null = null;
  private quoteDepth = 0;
  private table: { block: TableBlock; inHead: boolean; row: RichTextTableRow | null; cell: RichTextTableCell | null } | null = null;
  /** Nested tables are flattened into the outer table's cells. */
  private tableDepth = 0;
  private current: TextBlock | null = null;

  open(name: string): void {
    const format = FORMAT_TAGS[name];
    if (format) {
      this.formats[format]++;
      return;
    }
    if (name === 'br') {
      this.append('\n', true);
      return;
    }
    if (BREAKING_TAGS.has(name)) this.lineBreak(name);
    switch (name) {
      case 'h3':
      case 'h4':
        this.headingLevel = name === 'h3' ? 3 : 4;
        break;
      case 'blockquote':
        this.quoteDepth++;
        break;
      case 'ul':
      case 'ol':
        this.lists.push({ ordered: name === 'ol', id: this.nextListId++, itemOpen: false, implicit: false });
        break;
      case 'li':
        if (this.lists.length === 0) this.lists.push({ ordered: false, id: this.nextListId++, itemOpen: false, implicit: true });
        this.lists[this.lists.length - 1]!.itemOpen = true;
        break;
      case 'table':
        this.openTable();
        break;
      case 'thead':
        if (this.table && this.tableDepth === 1) this.table.inHead = true;
        break;
      case 'tr':
        if (this.tableDepth === 1) this.openRow();
        break;
      case 'th':
      case 'td':
        if (this.tableDepth === 1) this.openCell(name === 'th');
        break;
    }
  }

  close(name: string): void {
    const format = FORMAT_TAGS[name];
    if (format) {
      this.formats[format] = Math.max(0, this.formats[format] - 1);
      return;
    }
    if (BREAKING_TAGS.has(name)) this.lineBreak(name);
    switch (name) {
      case 'h3':
      case 'h4':
        this.headingLevel = null;
        break;
      case 'blockquote':
        this.quoteDepth = Math.max(0, this.quoteDepth - 1);
        break;
      case 'ul':
      case 'ol':
        this.lists.pop();
        break;
      case 'li': {
        const list = this.lists[this.lists.length - 1];
        if (list) list.itemOpen = false;
        if (list?.implicit) this.lists.pop();
        break;
      }
      case 'table':
        this.closeTable();
        break;
      case 'thead':
        if (this.table && this.tableDepth === 1) this.table.inHead = false;
        break;
      case 'tr':
        if (this.table && this.tableDepth === 1) this.table.row = null;
        break;
      case 'th':
      case 'td':
        if (this.table && this.tableDepth === 1) this.table.cell = null;
        break;
    }
  }

  text(raw: string): void {
    this.append(raw.replace(HTML_WHITESPACE, ' '), false);
  }

  /** Ends the current paragraph, heading or list item (a cell's lines stay in the cell). */
  endLine(): void {
    if (this.current) {
      trimRuns(this.current.runs);
      if (this.current.runs.length > 0) this.blocks.push(this.current);
    }
    this.current = null;
  }

  /** A cell keeps all its lines; a list item keeps its paragraphs (but a nested list or table starts a new block). */
  private lineBreak(tag: string): void {
    const inItem = this.current?.kind === 'listItem' && IN_ITEM_LINE_TAGS.has(tag);
    if (!this.table?.cell && !inItem) return this.endLine();
    // `</p><p>` is one line break, not two; an explicit `<br><br>` still gives two.
    const runs = this.table?.cell?.runs ?? this.current?.runs ?? [];
    if (!runs[runs.length - 1]?.text.endsWith('\n')) this.append('\n', true);
  }

  private append(text: string, isBreak: boolean): void {
    const runs = this.targetRuns(isBreak || text.trim() !== '');
    if (!runs) return;
    const last = runs[runs.length - 1];
    const atLineStart = !last || last.text.endsWith('\n') || last.text.endsWith(' ');
    const value = atLineStart && !isBreak ? text.replace(/^ /, '') : text;
    if (value === '' || (isBreak && !last)) return;
    const run: InlineRun = { text: value, ...this.activeFormats() };
    if (last && sameFormat(last, run)) last.text += value;
    else runs.push(run);
  }

  /** The runs text goes to, creating the block it belongs to on the first visible character. */
  private targetRuns(create: boolean): InlineRun[] | null {
    if (this.table && this.tableDepth > 0) return this.table.cell?.runs ?? (create ? this.openCell(false).runs : null);
    if (!this.current && create) this.current = this.newBlock();
    return this.current?.runs ?? null;
  }

  private newBlock(): TextBlock {
    if (this.headingLevel !== null) return { kind: 'heading', level: this.headingLevel, runs: [] };
    const list = this.lists[this.lists.length - 1];
    if (list?.itemOpen) return { kind: 'listItem', level: this.lists.length - 1, ordered: list.ordered, listId: list.id, runs: [] };
    return { kind: 'paragraph', quote: this.quoteDepth > 0, runs: [] };
  }

  private openTable(): void {
    this.tableDepth++;
    if (this.tableDepth > 1) return;
    const block: TableBlock = { kind: 'table', rows: [] };
    this.blocks.push(block);
    this.table = { block, inHead: false, row: null, cell: null };
  }

  private closeTable(): void {
    if (this.tableDepth === 0) return;
    this.tableDepth--;
    if (this.tableDepth > 0 || !this.table) return;
    for (const row of this.table.block.rows) for (const cell of row.cells) trimRuns(cell.runs);
    const block = this.table.block;
    block.rows = block.rows.filter((row) => row.cells.length > 0);
    // A table without cells lays out as nothing (and would give Word a table without columns).
    if (block.rows.length === 0) this.blocks.splice(this.blocks.indexOf(block), 1);
    this.table = null;
  }

  private openRow(): RichTextTableRow {
    const table = this.table!;
    const row: RichTextTableRow = { header: table.inHead, cells: [] };
    table.block.rows.push(row);
    table.row = row;
    table.cell = null;
    return row;
  }

  private openCell(header: boolean): RichTextTableCell {
    const table = this.table!;
    const row = table.row ?? this.openRow();
    const cell: RichTextTableCell = { header, runs: [] };
    row.cells.push(cell);
    // A row of <th> cells outside <thead> is a header row too.
    if (!table.inHead) row.header = row.cells.every((c) => c.header);
    table.cell = cell;
    return cell;
  }

  private activeFormats(): Omit<InlineRun, 'text'> {
    const f = this.formats;
    return { bold: f.bold > 0, italic: f.italic > 0, underline: f.underline > 0, strike: f.strike > 0 };
  }
}

function sameFormat(a: InlineRun, b: InlineRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike;
}

/** Drops leading and trailing spaces and line breaks of a block (editors leave `<p><br></p>` and indentation). */
function trimRuns(runs: InlineRun[]): void {
  while (runs.length > 0) {
    const first = runs[0]!;
    first.text = first.text.replace(/^[ \n]+/, '');
    if (first.text !== '') break;
    runs.shift();
  }
  while (runs.length > 0) {
    const last = runs[runs.length - 1]!;
    last.text = last.text.replace(/[ \n]+$/, '');
    if (last.text !== '') break;
    runs.pop();
  }
}
