import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES, buildTemplateWorkbook, readTaskBookWorkbook, writeTaskBookWorkbook, zipUnzippedSize,
  type ReadTaskBookWorkbookContext, type WorkbookProblem,
} from './task-book-workbook.js';
import {
  BUDGET_COLUMNS, FUNDING_SOURCE_LABELS, INDICATOR_CATEGORY_LABELS, INDICATOR_COLUMNS, INDICATOR_DIRECTION_LABELS, INDICATOR_KIND_LABELS,
  MILESTONE_COLUMNS, MILESTONE_STATUS_LABELS, SHEETS, TASK_COLUMNS, TASK_STATUS_LABELS, enumLookup, header, normalizeLabel, yearColumn, type EnumSpec,
} from './workbook-layout.js';
import { MSG } from './workbook-messages.js';
import { TIANJIN_DEPARTMENTS, TIANJIN_USERS, largeTaskBook, tianjinTaskBook } from './__tests__/tianjin-task-book.js';

const ctx = (extra: Partial<ReadTaskBookWorkbookContext> = {}): ReadTaskBookWorkbookContext => ({
  departmentCodes: TIANJIN_DEPARTMENTS,
  usernames: TIANJIN_USERS,
  startYear: 2019,
  endYear: 2023,
  ...extra,
});

/**
 * What "identical" means for two workbooks: the same sheets (name, order, visibility) and, on
 * each, the same cells (address, type, value, number format) and the same drop-down lists. The
 * zip bytes are not compared: exceljs stamps each zip entry with the current time.
 */
async function cellDump(buffer: Buffer): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((ws) => {
    const cells: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
        cells.push(`${cell.address}|${cell.type}|${JSON.stringify(value)}|${cell.numFmt ?? ''}`);
      }),
    );
    return { name: ws.name, state: ws.state, cells, validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model };
  });
}

async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const sheetOf = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => wb.getWorksheet(name)!;

async function problemsOf(buffer: Buffer, context = ctx()): Promise<WorkbookProblem[]> {
  const result = await readTaskBookWorkbook(buffer, context);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('task-book workbook', () => {
  it('round-trips the Tianjin task book: write → read gives the document; write again gives the same cells', async () => {
    const doc = tianjinTaskBook();
    const first = await writeTaskBookWorkbook(doc);
    const result = await readTaskBookWorkbook(first, ctx());
    expect(result).toEqual({ ok: true, document: doc });
    if (!result.ok) return;

    const second = await writeTaskBookWorkbook(result.document);
    const [a, b] = await Promise.all([cellDump(first), cellDump(second)]);
    expect(b).toEqual(a);
    expect((a as { name: string }[]).map((s) => s.name)).toEqual(['说明 Instructions', '任务 Tasks', '节点目标 Milestones', '绩效指标 Indicators', '预算 Budgets', '_meta']);
  });

  it('writes the documented layout: bilingual headers, year columns, real dates, text codes, hidden version cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeTaskBookWorkbook(tianjinTaskBook())) as unknown as ExcelJS.Buffer);
    const tasks = sheetOf(wb, SHEETS.tasks.name);
    expect(tasks.getRow(1).values).toEqual([undefined, ...TASK_COLUMNS.map(header)]);
    expect(tasks.getCell('A3').value).toBe('1.1');
    expect(tasks.getCell('A3').numFmt).toBe('@');
    expect(tasks.getCell('H3').value).toEqual(new Date(Date.UTC(2019, 7, 26)));
    expect(tasks.getCell('H3').numFmt).toBe('yyyy-mm-dd');
    expect(tasks.getCell('J3').value).toBe('已完成');
    const indicators = sheetOf(wb, SHEETS.indicators.name);
    expect((indicators.getRow(1).values as unknown[]).slice(10)).toEqual(['2019年目标 Target 2019', '2020年目标 Target 2020', '2021年目标 Target 2021', '2022年目标 Target 2022', '2023年目标 Target 2023', '汇总方式 Aggregation']);
    const meta = sheetOf(wb, '_meta');
    expect(meta.state).toBe('hidden');
    expect(meta.getCell('B1').value).toBe('dsg-task-book');
    expect(meta.getCell('B2').value).toBe(1);
    expect(wb.created).toEqual(new Date(Date.UTC(2000, 0, 1)));
  });

  it('reads the template back as an empty, valid document, with the programme years as target columns', async () => {
    const template = await buildTemplateWorkbook({ start: 2025, end: 2029 });
    const result = await readTaskBookWorkbook(template, ctx({ startYear: 2025, endYear: 2029 }));
    expect(result).toEqual({ ok: true, document: { title: '', startYear: 2025, endYear: 2029, tasks: [], milestones: [], indicators: [], budgets: [] } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
    const indicators = sheetOf(wb, SHEETS.indicators.name);
    expect(indicators.rowCount).toBe(1);
    expect(indicators.getCell('N1').value).toBe('2029年目标 Target 2029');
    // The instructions sheet documents every column, including the year columns.
    const instructions: string[] = [];
    sheetOf(wb, SHEETS.instructions.name).eachRow((row) => row.eachCell((c) => void instructions.push(String(c.value))));
    expect(instructions).toContain('2027年目标 Target 2027');
    expect(instructions).toContain('预算金额（万元） Amount (10k CNY)');
    // A 2019–2023 template does not fit a 2025–2029 programme.
    const old = await buildTemplateWorkbook({ start: 2019, end: 2023 });
    const problems = await problemsOf(old, ctx({ startYear: 2025, endYear: 2029 }));
    expect(problems.map((p) => `${p.row}${p.column}`)).toEqual(['1J', '1K', '1L', '1M', '1N']);
    expect(problems[0]!.message.en).toBe('The year 2019 is outside the programme years 2025–2029');
  });

  it('accepts English labels, codes and other spellings of enum values, dates and numbers as text, codes as numbers', async () => {
    const doc = tianjinTaskBook();
    const variants = (spec: EnumSpec<string>) => {
      const lookup = enumLookup(spec);
      let n = 0;
      return (cell: ExcelJS.Cell) => {
        const code = lookup.get(normalizeLabel(String(cell.value)))!;
        const label = spec.labels[code]!;
        const spellings = [label.en, code, `  ${label.en.toUpperCase()} `, label.zh];
        cell.value = spellings[n++ % spellings.length]!;
      };
    };
    const column = (ws: ExcelJS.Worksheet, letter: string, change: (cell: ExcelJS.Cell) => void) =>
      ws.getColumn(letter).eachCell((cell, row) => void (row > 1 && cell.value !== null && change(cell)));
    const buffer = await edit(await writeTaskBookWorkbook(doc), (wb) => {
      const tasks = sheetOf(wb, SHEETS.tasks.name);
      column(tasks, 'J', variants(TASK_STATUS_LABELS as EnumSpec<string>));
      tasks.getCell('A2').value = 1; // task "1" typed as a number
      tasks.getCell('H3').value = '2019/8/26';
      tasks.getCell('I3').value = '2019年12月31日';
      tasks.getCell('E3').value = 'XCB, JGB；JWC';
      const milestones = sheetOf(wb, SHEETS.milestones.name);
      column(milestones, 'E', variants(MILESTONE_STATUS_LABELS as EnumSpec<string>));
      milestones.getCell('C2').value = '2019-09-10';
      const indicators = sheetOf(wb, SHEETS.indicators.name);
      column(indicators, 'D', variants(INDICATOR_CATEGORY_LABELS as EnumSpec<string>));
      column(indicators, 'E', variants(INDICATOR_KIND_LABELS as EnumSpec<string>));
      column(indicators, 'G', variants(INDICATOR_DIRECTION_LABELS as EnumSpec<string>));
      indicators.getCell('D3').value = '产出指标-质量指标';
      indicators.getCell('H3').value = ' 40 ';
      const budgets = sheetOf(wb, SHEETS.budgets.name);
      column(budgets, 'B', variants(FUNDING_SOURCE_LABELS as EnumSpec<string>));
      budgets.getCell('C2').value = '2019年';
      budgets.getCell('D2').value = '50';
    });
    expect(await readTaskBookWorkbook(buffer, ctx())).toEqual({ ok: true, document: doc });
  });

  it('reports every bad row with its sheet, row and column, in both languages, and returns no document', async () => {
    const doc = tianjinTaskBook();
    const taskRow = (code: string) => doc.tasks.findIndex((t) => t.code === code) + 2;
    const t0 = doc.tasks.length + 2;
    const m0 = doc.milestones.length + 2;
    const i0 = doc.indicators.length + 2;
    const b0 = doc.budgets.length + 2;
    const buffer = await edit(await writeTaskBookWorkbook(doc), (wb) => {
      const tasks = sheetOf(wb, SHEETS.tasks.name);
      [
        ['1.2.3.4', '四级任务'],
        ['4', '重复的任务'],
        ['11.1', '上级任务缺失'],
        ['10.2', null],
        ['10.3', '部门和用户有误', null, 'NOPE', 'JWC、GHOST、JWC', 'nobody'],
        ['10.4', '日期有误', null, null, null, null, null, '2021-02-30', '2025-01-01'],
        ['10.5', '状态有误', null, null, null, null, null, null, null, '暂停'],
        [1.1, '编号被 Excel 改成了数字'],
        ['10.6', '结束早于开始', null, null, null, null, null, '2021-05-01', '2021-04-01'],
      ].forEach((values, i) => tasks.getRow(t0 + i).values = values);
      const milestones = sheetOf(wb, SHEETS.milestones.name);
      [
        ['12', '未知任务的节点', '2021-06-30'],
        ['4', '日期不是日期', '下个月'],
        ['4', '缺少日期', null],
        [null, null, null, '只有预期成果'],
      ].forEach((values, i) => milestones.getRow(m0 + i).values = values);
      const indicators = sheetOf(wb, SHEETS.indicators.name);
      indicators.getCell('O1').value = '2024年目标 Target 2024';
      indicators.getCell('P1').value = '备注 Notes';
      [
        ['4', '4-01', '重复编号', '产出-数量', '定量', '个', '越高越好', 0, 2, 2, 2, 2, 2, 2],
        ['4', '4-90', '缺终期目标', '产出-数量', '定量', '个', null, 0, null, 1, 2, 3, 4, 5],
        ['4', '4-91', '缺年度目标', '产出-数量', '定量', '个', null, 0, 5, null, null, null, null, null, 5, '2024 年的目标不算'],
        ['4', '4-92', '文字目标', '产出-数量', '定量', '个', null, 0, 5, 1, '五'],
        ['4', '4-93', '未知类别', '产出-效率', '定量', '个', null, 0, 5, 1],
        ['13', '13-01', '未知任务的指标', '满意度', '定性'],
        ['4', '4-94', '定性指标带年度目标', '效益-社会', '定性', null, null, null, null, 1],
        ['4', '4-95', '方向有误', '产出-数量', '定量', '个', '越多越好', 0, 5, 5],
      ].forEach((values, i) => indicators.getRow(i0 + i).values = values);
      const budgets = sheetOf(wb, SHEETS.budgets.name);
      [
        ['4', '中央财政', 2019 + 4, -10],
        ['4', '中央财政', 2018, 10],
        ['4', '银行贷款', 2020, 10],
        ['4', '地方财政', 2021, '十万'],
        ['4', '中央财政', 2019, 1],
        ['14', '学校自筹', 2020, 5],
        ['4', 'CENTRAL', '二〇二〇', 3],
      ].forEach((values, i) => budgets.getRow(b0 + i).values = values);
    });

    const problems = await problemsOf(buffer);
    const T = SHEETS.tasks.name;
    const M = SHEETS.milestones.name;
    const I = SHEETS.indicators.name;
    const B = SHEETS.budgets.name;
    const col = (columns: readonly { key: string; zh: string; en: string }[], key: string) => columns.find((c) => c.key === key)!;
    const taskCol = (key: string) => col(TASK_COLUMNS, key);
    const status = (spec: EnumSpec<string>, c: { zh: string; en: string }, value: string) =>
      MSG.unknownLabel(c, value, spec.codes.map((x) => spec.labels[x]!.zh).join('、'), spec.codes.map((x) => spec.labels[x]!.en).join(', '));
    const expected: WorkbookProblem[] = [
      { sheet: T, row: t0, column: 'A', message: MSG.badTaskCode('1.2.3.4') },
      { sheet: T, row: t0 + 1, column: 'A', message: MSG.duplicateTask('4', taskRow('4')) },
      { sheet: T, row: t0 + 2, column: 'A', message: MSG.missingParent('11.1', '11') },
      { sheet: T, row: t0 + 3, column: 'B', message: MSG.required(taskCol('title')) },
      { sheet: T, row: t0 + 4, column: 'D', message: MSG.unknownDepartment('NOPE') },
      { sheet: T, row: t0 + 4, column: 'E', message: MSG.unknownDepartment('GHOST') },
      { sheet: T, row: t0 + 4, column: 'E', message: MSG.repeatedDepartment('JWC') },
      { sheet: T, row: t0 + 4, column: 'F', message: MSG.unknownUser('nobody') },
      { sheet: T, row: t0 + 5, column: 'H', message: MSG.notDate(taskCol('startDate'), '2021-02-30') },
      { sheet: T, row: t0 + 5, column: 'I', message: MSG.dateOutside(taskCol('endDate'), '2025-01-01', 2019, 2023) },
      { sheet: T, row: t0 + 6, column: 'J', message: status(TASK_STATUS_LABELS as EnumSpec<string>, taskCol('status'), '暂停') },
      { sheet: T, row: t0 + 7, column: 'A', message: MSG.notText(taskCol('code'), 1.1) },
      { sheet: T, row: t0 + 8, column: 'I', message: MSG.endBeforeStart() },
      { sheet: M, row: m0, column: 'A', message: MSG.unknownTask('12') },
      { sheet: M, row: m0 + 1, column: 'C', message: MSG.notDate(col(MILESTONE_COLUMNS, 'dueDate'), '下个月') },
      { sheet: M, row: m0 + 2, column: 'C', message: MSG.required(col(MILESTONE_COLUMNS, 'dueDate')) },
      { sheet: M, row: m0 + 3, column: 'A', message: MSG.required(col(MILESTONE_COLUMNS, 'taskCode')) },
      { sheet: M, row: m0 + 3, column: 'B', message: MSG.required(col(MILESTONE_COLUMNS, 'title')) },
      { sheet: M, row: m0 + 3, column: 'C', message: MSG.required(col(MILESTONE_COLUMNS, 'dueDate')) },
      { sheet: I, row: 1, column: 'O', message: MSG.yearColumnOutside(2024, 2019, 2023) },
      { sheet: I, row: 1, column: 'P', message: MSG.unknownColumn('备注 Notes') },
      { sheet: I, row: i0, column: 'B', message: MSG.duplicateIndicator('4-01', doc.indicators.findIndex((x) => x.code === '4-01') + 2) },
      { sheet: I, row: i0 + 1, column: 'I', message: MSG.finalTargetRequired() },
      { sheet: I, row: i0 + 2, column: 'J', message: MSG.yearlyTargetsRequired() },
      { sheet: I, row: i0 + 3, column: 'K', message: MSG.notNumber(yearColumn(2020), '五') },
      { sheet: I, row: i0 + 4, column: 'D', message: status(INDICATOR_CATEGORY_LABELS as EnumSpec<string>, col(INDICATOR_COLUMNS, 'category'), '产出-效率') },
      { sheet: I, row: i0 + 5, column: 'A', message: MSG.unknownTask('13') },
      { sheet: I, row: i0 + 6, column: 'J', message: MSG.qualitativeWithTarget() },
      { sheet: I, row: i0 + 7, column: 'G', message: status(INDICATOR_DIRECTION_LABELS as EnumSpec<string>, col(INDICATOR_COLUMNS, 'direction'), '越多越好') },
      { sheet: B, row: b0, column: 'D', message: MSG.negative(col(BUDGET_COLUMNS, 'amount')) },
      { sheet: B, row: b0 + 1, column: 'C', message: MSG.yearOutside(2018, 2019, 2023) },
      { sheet: B, row: b0 + 2, column: 'B', message: status(FUNDING_SOURCE_LABELS as EnumSpec<string>, col(BUDGET_COLUMNS, 'source'), '银行贷款') },
      { sheet: B, row: b0 + 3, column: 'D', message: MSG.notNumber(col(BUDGET_COLUMNS, 'amount'), '十万') },
      { sheet: B, row: b0 + 4, column: 'C', message: MSG.duplicateBudget('4', '中央财政', 'Central government', 2019, 4) },
      { sheet: B, row: b0 + 5, column: 'A', message: MSG.unknownTask('14') },
      { sheet: B, row: b0 + 6, column: 'C', message: MSG.notYear(col(BUDGET_COLUMNS, 'year'), '二〇二〇') },
    ];
    expect(problems).toEqual(expected);

    // The texts themselves, in both languages.
    const byCell = (sheet: string, row: number, column: string) => problems.find((p) => p.sheet === sheet && p.row === row && p.column === column)!.message;
    expect(byCell(T, t0 + 2, 'A')).toEqual({ 'zh-CN': '任务「11.1」的上级任务「11」不在「任务」表中', en: 'The parent "11" of task "11.1" is not on the Tasks sheet' });
    expect(byCell(B, b0 + 3, 'D')).toEqual({ 'zh-CN': '「预算金额（万元）」应为数字，单元格中为「十万」', en: 'Amount (10k CNY) must be a number, the cell holds "十万"' });
    expect(byCell(T, t0 + 6, 'J')).toEqual({
      'zh-CN': '「状态」的值「暂停」无效，可选：未开始、进行中、已完成、滞后、终止',
      en: '"暂停" is not a valid Status; use one of: Not started, In progress, Completed, Lagging, Terminated',
    });
    for (const p of problems) {
      expect(p.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message.en).toMatch(/[A-Za-z]{3,}/);
      expect(p.message.en).not.toEqual(p.message['zh-CN']);
    }
  });

  it('checks usernames only when a set is given', async () => {
    const doc = tianjinTaskBook();
    const buffer = await writeTaskBookWorkbook(doc);
    const problems = await problemsOf(buffer, ctx({ usernames: new Set(['li.hong']) }));
    expect(new Set(problems.map((p) => p.message.en))).toContain('Unknown username "wang.jianguo"');
    expect(await readTaskBookWorkbook(buffer, ctx({ usernames: undefined }))).toEqual({ ok: true, document: doc });
  });

  it('refuses a file that is not a layout-1 workbook with a single clear problem', async () => {
    const other = await edit(await writeTaskBookWorkbook(tianjinTaskBook()), (wb) => void (sheetOf(wb, '_meta').getCell('B2').value = 2));
    expect(await problemsOf(other)).toEqual([{ sheet: '_meta', row: 2, column: 'B', message: MSG.notTaskBook(2) }]);

    const bare = new ExcelJS.Workbook();
    bare.addWorksheet('任务');
    expect(await problemsOf(Buffer.from(await bare.xlsx.writeBuffer()))).toEqual([{ sheet: '_meta', row: 0, column: '', message: MSG.metaMissing() }]);

    const good = await writeTaskBookWorkbook(tianjinTaskBook());
    for (const junk of [Buffer.from('code,title\n1,党建引领\n'), Buffer.alloc(0), good.subarray(0, good.length >> 1)]) {
      expect(await problemsOf(junk)).toEqual([{ sheet: '', row: 0, column: '', message: MSG.unreadable() }]);
    }
    expect(await problemsOf(Buffer.alloc(MAX_FILE_BYTES + 1))).toEqual([{ sheet: '', row: 0, column: '', message: MSG.tooLarge(20) }]);
    expect(zipUnzippedSize(good)).toBeGreaterThan(good.length);
    expect(zipUnzippedSize(Buffer.from('PK'))).toBeNull();

    // A failing upload stream is the caller's error, thrown as is.
    let sent = 0;
    const aborted = new Readable({ read() { if (sent++ < 3) this.push(good.subarray((sent - 1) * 1000, sent * 1000)); else this.destroy(new Error('upload aborted')); } });
    await expect(readTaskBookWorkbook(aborted, ctx())).rejects.toThrow('upload aborted');
  });

  it('reports a missing sheet and a missing required column without flooding the rows', async () => {
    const buffer = await edit(await writeTaskBookWorkbook(tianjinTaskBook()), (wb) => {
      wb.removeWorksheet(sheetOf(wb, SHEETS.milestones.name).id);
      sheetOf(wb, SHEETS.budgets.name).getCell('D1').value = null;
    });
    expect(await problemsOf(buffer)).toEqual([
      { sheet: SHEETS.milestones.name, row: 0, column: '', message: MSG.missingSheet(SHEETS.milestones.name) },
      { sheet: SHEETS.budgets.name, row: 1, column: '', message: MSG.missingColumn('预算金额（万元） Amount (10k CNY)') },
    ]);
  });

  it('imports a 5,000-row workbook from a stream, reporting progress up to 100', async () => {
    const doc = largeTaskBook(100, 4900);
    const t0 = performance.now();
    const buffer = await writeTaskBookWorkbook(doc);
    const writeMs = performance.now() - t0;

    const progress: number[] = [];
    const chunks = Array.from({ length: Math.ceil(buffer.length / 16_384) }, (_, i) => buffer.subarray(i * 16_384, (i + 1) * 16_384));
    globalThis.gc?.();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }, 5);
    const t1 = performance.now();
    const result = await readTaskBookWorkbook(Readable.from(chunks), ctx({ usernames: undefined, onProgress: (p) => progress.push(p) }));
    const readMs = performance.now() - t1;
    clearInterval(sampler);

    expect(result).toEqual({ ok: true, document: doc });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(100);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => i === 0 || p > progress[i - 1]!)).toBe(true);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    console.info(
      `[task-book workbook] 5,000 rows (${doc.tasks.length} tasks, ${doc.indicators.length} indicators × 5 years), ${mb(buffer.length)} xlsx: ` +
        `write ${writeMs.toFixed(0)} ms, read ${readMs.toFixed(0)} ms; heap +${mb(peakHeap - before.heapUsed)} peak, rss +${mb(peakRss - before.rss)} peak`,
    );
    expect(readMs).toBeLessThan(20_000); // a loose guard against pathological slowness, not a benchmark
  });

  it('documents every sheet and column in docs/task-book-workbook.md', () => {
    const doc = readFileSync(new URL('../../../../../docs/task-book-workbook.md', import.meta.url), 'utf8');
    for (const s of Object.values(SHEETS)) expect(doc).toContain(s.name);
    for (const c of [...TASK_COLUMNS, ...MILESTONE_COLUMNS, ...INDICATOR_COLUMNS, ...BUDGET_COLUMNS]) expect(doc).toContain(header(c));
    for (const spec of [TASK_STATUS_LABELS, MILESTONE_STATUS_LABELS, INDICATOR_CATEGORY_LABELS, INDICATOR_KIND_LABELS, INDICATOR_DIRECTION_LABELS, FUNDING_SOURCE_LABELS] as EnumSpec<string>[]) {
      for (const code of spec.codes) expect(doc).toContain(`| ${code} | ${spec.labels[code]!.zh} | ${spec.labels[code]!.en} |`);
    }
  });
});
