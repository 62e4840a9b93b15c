import type { LocalizedText } from '@dsg/contracts';
import { localize } from '@dsg/server-core';
import { DEPARTMENT_KINDS, type DepartmentKind } from './department.entity.js';

export interface DepartmentRow {
  row: number;
  code: string;
  name: string;
  nameEn: string | null;
  kind: DepartmentKind;
}

export interface RowProblem {
  row: number;
  column: string;
  message: LocalizedText;
}

const CODE = /^[A-Za-z0-9_-]{1,40}$/;
const HEADER = ['code', 'name', 'nameen', 'kind'];
/** Chinese kind names accepted as well, as colleges write them. */
const KIND_ALIASES: Record<string, DepartmentKind> = { 行政部门: 'ADMINISTRATIVE', 二级学院: 'ACADEMIC', 院系: 'ACADEMIC', 党群部门: 'PARTY' };

/** Splits one CSV line, honouring double quotes ("a,b" and "" for a quote). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out.map((c) => c.trim());
}

/**
 * Parses and validates every line before anything is written: returns all rows or all problems.
 * `existingCodes` are codes already used in the institution.
 */
export function parseDepartmentsCsv(csv: string, existingCodes: Set<string>): { rows: DepartmentRow[]; problems: RowProblem[] } {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: DepartmentRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, index) => {
    const row = index + 1;
    if (!line.trim()) return;
    const cells = splitCsvLine(line);
    if (row === 1 && cells.map((c) => c.toLowerCase()).join() === HEADER.join()) return;
    const [code = '', name = '', nameEn = '', kindRaw = ''] = cells;
    const problem = (column: string, key: Parameters<typeof localize>[0], params?: Record<string, string | number>) =>
      problems.push({ row, column, message: localize(key, params) });
    if (!CODE.test(code)) problem('code', code ? 'invalidFormat' : 'required');
    else if (existingCodes.has(code)) problem('code', 'duplicate', { what: 'code' });
    else if (seen.has(code)) problem('code', 'duplicate', { what: 'code' });
    if (!name) problem('name', 'required');
    else if (name.length > 200) problem('name', 'tooLong', { max: 200 });
    if (nameEn.length > 200) problem('nameEn', 'tooLong', { max: 200 });
    const kind = (KIND_ALIASES[kindRaw] ?? kindRaw.toUpperCase()) as DepartmentKind;
    if (!DEPARTMENT_KINDS.includes(kind)) problem('kind', 'invalidFormat');
    seen.set(code, row);
    rows.push({ row, code, name, nameEn: nameEn || null, kind });
  });
  return { rows: problems.length ? [] : rows, problems };
}
