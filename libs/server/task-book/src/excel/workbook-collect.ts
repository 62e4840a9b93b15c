/** Reading an uploaded workbook into raw cells, with the size, row and column caps applied first. */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { MAX_DATA_ROWS_PER_SHEET, SHEET_ORDER, normalizeHeader, type SheetKey } from './workbook-layout.js';

export type Raw = string | number | boolean | Date | { error: string } | null;

export interface RawRow {
  number: number;
  /** Index = column number (1-based). */
  cells: Raw[];
}

export interface RawSheet {
  name: string;
  rows: RawRow[];
  tooManyRows: boolean;
}

export interface Collected {
  sheets: Map<SheetKey, RawSheet>;
  duplicateSheets: string[];
  sheetCount: number;
}

/** Progress once the file is loaded; checking the rows takes the rest. */
/**
 * Loads the file with exceljs's in-memory reader and copies the raw cell values of the sheets it
 * knows. Not the streaming reader (`ExcelJS.stream.xlsx.WorkbookReader`), which exceljs 4.4 gets
 * wrong twice: it decodes each inflated chunk to text on its own, so a Chinese character split
 * across two chunks comes out as "��" (exceljs issues #2063, #2084, #2316; fixes never merged),
 * and on exceljs's own output (workbook.xml last in the zip) it can stop before reading
 * workbook.xml and fail with "Cannot read properties of undefined (reading 'sheets')".
 * `xlsx.load` decodes each zip entry whole. Drop-down lists and other sheet parts the import does
 * not need are skipped (`ignoreNodes`): exceljs would expand a `D2:D1048576` list into a million
 * entries. The file size, unzipped size, rows and columns are capped before or while loading.
 */
export async function collect(buffer: Buffer): Promise<Collected> {
  const wb = new ExcelJS.Workbook();
  // maxRows / maxCols: honoured by exceljs 4.4's worksheet parser, missing from its typings.
  const options = { ignoreNodes: [...IGNORED_NODES], maxRows: MAX_SHEET_ROWS, maxCols: MAX_SHEET_COLUMNS };
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer, options);
  const sheets = new Map<SheetKey, RawSheet>();
  const duplicateSheets: string[] = [];
  for (const worksheet of wb.worksheets) {
    const key = sheetKeyOf(worksheet.name);
    if (!key || key === 'instructions') continue;
    if (sheets.has(key)) {
      duplicateSheets.push(worksheet.name);
      continue;
    }
    const sheet: RawSheet = { name: worksheet.name, rows: [], tooManyRows: false };
    sheets.set(key, sheet);
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const cells = rawCells(row);
      if (!cells) return;
      if (row.number > 1 && sheet.rows.length > MAX_DATA_ROWS_PER_SHEET) sheet.tooManyRows = true;
      else sheet.rows.push({ number: row.number, cells });
    });
  }
  return { sheets, duplicateSheets, sheetCount: wb.worksheets.length };
}

/** Sheet parts exceljs need not parse for an import. */
const IGNORED_NODES = [
  'dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'mergeCells', 'autoFilter', 'rowBreaks',
  'pageMargins', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts',
] as const;

/** Hard limits while parsing (rows in the XML, formatted-only rows included; cells per row). */
const MAX_SHEET_ROWS = 100_000;
const MAX_SHEET_COLUMNS = 1_000;

/** Larger uploads are refused (a 5,000-row task book is about 0.3 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Unzipped size of all entries together: a zip bomb is refused before it is inflated. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** The stream's bytes, or null once they exceed MAX_FILE_BYTES (leaving the loop destroys the stream). */
export async function readAll(stream: Readable): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > MAX_FILE_BYTES) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * Sum of the unzipped sizes in a zip's central directory; null when the buffer is not a zip.
 * ZIP64 entries (sizes ≥ 4 GiB) count as infinitely large.
 */
export function zipUnzippedSize(zip: Buffer): number | null {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const size = zip.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

/** The row's values, or null when every cell is empty (formatting-only rows are skipped). */
function rawCells(row: ExcelJS.Row): Raw[] | null {
  const values = row.values;
  if (!Array.isArray(values)) return null;
  const cells: Raw[] = [];
  let any = false;
  values.forEach((v, i) => {
    const raw = toRaw(v);
    cells[i] = raw;
    if (raw !== null && !(typeof raw === 'string' && raw.trim() === '')) any = true;
  });
  return any ? cells : null;
}

function toRaw(value: ExcelJS.CellValue | undefined): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text ?? '').join('');
    if ('error' in value) return { error: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) return toRaw((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return toRaw((value as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

export function sheetKeyOf(name: string): SheetKey | undefined {
  const n = normalizeHeader(name);
  return SHEET_ORDER.find((s) => [s.name, s.zh, s.en].some((x) => normalizeHeader(x) === n))?.key;
}
