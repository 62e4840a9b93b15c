/**
 * Rich text of the report sections, one import for callers: the allow-list sanitiser
 * (`rich-text-sanitize.ts`), the block parser the docx renderer lays out (`rich-text-blocks.ts`)
 * and the plain length a section's length limit counts.
 */
import { richTextToBlocks, type InlineRun, type RichTextBlock } from './rich-text-blocks.js';

export { RICH_TEXT_TAGS, sanitizeRichText } from './rich-text-sanitize.js';
export { richTextToBlocks, type InlineRun, type RichTextBlock, type RichTextTableCell, type RichTextTableRow } from './rich-text-blocks.js';

/**
 * Characters of visible text (Unicode code points, whitespace collapsed as a browser shows it, line
 * breaks not counted), so a limit counts what a reader sees and not markup.
 */
export function richTextPlainLength(html: string): number {
  return richTextToBlocks(html).reduce((sum, block) => sum + blockLength(block), 0);
}

function blockLength(block: RichTextBlock): number {
  if (block.kind !== 'table') return runsLength(block.runs);
  return block.rows.reduce((sum, row) => sum + row.cells.reduce((s, cell) => s + runsLength(cell.runs), 0), 0);
}

function runsLength(runs: InlineRun[]): number {
  return runs.reduce((sum, run) => sum + [...run.text.replaceAll('\n', '')].length, 0);
}
