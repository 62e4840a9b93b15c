import { describe, expect, it } from 'vitest';
import { yearActual, yearAttainment, type IndicatorSeries } from '@dsg/server-task-book';
import { enrolments } from './demo-data.js';
import { DEMO_REPORTED_UNTIL, demoTaskBooks, findTaskBookProblems, validateDemoTaskBooks, type DemoTaskBook } from './demo-task-books.js';

const bookOf = (institutionCode: string, specialtyGroup: string | null = null): DemoTaskBook => {
  const book = demoTaskBooks.find((b) => b.institutionCode === institutionCode && b.specialtyGroup === specialtyGroup);
  if (!book) throw new Error(`no book for ${institutionCode} ${specialtyGroup ?? ''}`);
  return book;
};

const series = (book: DemoTaskBook, code: string): IndicatorSeries => {
  const i = book.document.indicators.find((x) => x.code === code);
  if (!i) throw new Error(`no indicator ${code}`);
  return {
    direction: i.direction,
    aggregation: book.flowIndicatorCodes.includes(code) ? 'SUM' : 'LATEST',
    yearlyTargets: i.yearlyTargets,
    finalTarget: i.finalTarget,
    actuals: book.actuals.filter((a) => a.indicatorCode === code).map((a) => ({ period: a.period, value: a.value })),
  };
};

const levelOne = (book: DemoTaskBook) => book.document.tasks.filter((t) => !t.code.includes('.'));

describe('demo task books', () => {
  it('are internally consistent and consistent with demo-data.ts and demo-users.ts', () => {
    expect(validateDemoTaskBooks()).toEqual([]);
  });

  it('the validator reports broken references', () => {
    const good = bookOf('TJVI');
    const broken: DemoTaskBook = {
      ...good,
      institutionCode: 'CQCA', // not enrolled in SG-2019; TJVI's departments and users do not exist there
      document: {
        ...good.document,
        tasks: [...good.document.tasks, { ...good.document.tasks[0]!, code: '11.1', title: '孤儿任务' }],
        indicators: [...good.document.indicators, good.document.indicators[0]!],
      },
    };
    const problems = findTaskBookProblems([broken]).join('\n');
    expect(problems).toContain('no such enrolment');
    expect(problems).toContain('task 11.1: parent 11 missing');
    expect(problems).toContain('task 1.1.1: unknown lead department JGB'); // 教工部 exists at TJVI only
    expect(problems).toContain('tjvi.lead is not a demo user of CQCA');
    expect(problems).toContain('indicator 1-01: duplicate code');
  });

  it('cover every enrolment except NBPT’s two specialty groups, one book each', () => {
    const keys = demoTaskBooks.map((b) => `${b.institutionCode}/${b.programmeCode}/${b.track}/${b.specialtyGroup}`);
    const missing = enrolments
      .filter((e) => !keys.includes(`${e.institutionCode}/${e.programmeCode}/${e.track}/${e.specialtyGroup}`))
      .map((e) => `${e.institutionCode}/${e.specialtyGroup}`);
    expect(missing).toEqual(['NBPT/模具设计与制造专业群', 'NBPT/应用化工技术专业群']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('Tianjin: the ten tasks of seed 001 and the 2 national / 5 municipal / 3 school-level groups', () => {
    const tjvi = bookOf('TJVI');
    expect(levelOne(tjvi).map((t) => t.title)).toEqual([
      '坚持高质量党建引领，推进高水平改革发展',
      '落实立德树人根本任务，打造技术技能人才培养高地',
      '创新产教融合机制，打造技术技能创新服务平台',
      '以眼视光和包装为引领，打造高水平专业群',
      '以“四有”为标准，打造高水平双师队伍',
      '提升校企合作水平，构建校企命运共同体',
      '提升服务发展水平，主动支撑国家战略',
      '提升学校治理水平，激发高质量发展活力',
      '提升信息化水平，建设高水平智慧校园',
      '提升国际化水平，创建职教国际品牌',
    ]);
    const finals = ['4-01', '4-02', '4-03'].map((c) => tjvi.document.indicators.find((i) => i.code === c)?.finalTarget);
    expect(finals).toEqual([2, 5, 3]);
    expect(tjvi.document.tasks.some((t) => t.code.split('.').length === 3)).toBe(true);
    const total = tjvi.document.budgets.reduce((s, b) => s + b.amount, 0);
    expect(total).toBeGreaterThan(1000); // 万元: tens of millions of yuan
    expect(total).toBeLessThan(10000);
  });

  it('Chongqing arts college: twelve high-level-school tasks', () => {
    expect(levelOne(bookOf('CQCA'))).toHaveLength(12);
    expect(bookOf('CQCA', '公共文化服务与管理专业群').approved).toBe(true);
  });

  it('Chongqing Engineering: the 2021 figures of seed 003', () => {
    const b = bookOf('CQVIE', '建筑工程技术专业群');
    const in2021 = (code: string) => yearActual(series(b, code), 2021);
    expect(in2021('10-01')).toBe(7);
    expect(in2021('10-02')).toBe(51);
    expect(in2021('10-03')).toBe(16);
    expect(in2021('10-04')).toBe(44);
    expect(in2021('7-01')).toBe(100);
    expect(in2021('7-02')).toBe(41);
    expect(in2021('8.1-01')).toBe(376);
    expect(in2021('8.1-02')).toBe(34397);
    expect(in2021('8.2-01')).toBeCloseTo(889.71, 2);
    expect(b.flowIndicatorCodes).toContain('8.1-02');
  });

  it('Ningbo: the 26 measures of seed 004 with lead and cooperating departments', () => {
    const tasks = bookOf('NBPT').document.tasks;
    const measures = tasks.filter((t) => t.code.startsWith('1.') && t.code.split('.').length === 3);
    expect(measures).toHaveLength(26);
    const m = (code: string) => tasks.find((t) => t.code === code)!;
    expect([m('1.1.6').leadDepartmentCode, m('1.1.6').cooperatingDepartmentCodes]).toEqual(['ZKB', ['ZZB', 'DZB']]);
    expect([m('1.3.3').leadDepartmentCode, m('1.3.3').cooperatingDepartmentCodes]).toEqual(['JWB', ['ZZB', 'JDXY', 'HGXY']]);
    expect(m('1.3.7').leadDepartmentCode).toBe('XGB');
  });

  it('every book with actuals has lagging (< 80 %) and met indicator-years', () => {
    for (const b of demoTaskBooks.filter((x) => x.actuals.length > 0)) {
      const ratios = b.document.indicators
        .filter((i) => i.kind === 'QUANTITATIVE')
        .flatMap((i) => Object.keys(i.yearlyTargets).map((y) => yearAttainment(series(b, i.code), Number(y))))
        .filter((r): r is number => r !== null);
      expect(ratios.some((r) => r < 0.8), `${b.document.title}: lagging`).toBe(true);
      expect(ratios.some((r) => r >= 1), `${b.document.title}: met`).toBe(true);
    }
  });

  it('approved books mix done and overdue milestones, task statuses and lagging execution', () => {
    const statuses = new Set(demoTaskBooks.flatMap((b) => b.progress.map((p) => p.status)));
    expect([...statuses]).toEqual(expect.arrayContaining(['IN_PROGRESS', 'COMPLETED', 'LAGGING']));
    for (const b of demoTaskBooks.filter((x) => x.approved)) {
      expect(b.document.milestones.some((m) => m.status === 'DONE'), b.document.title).toBe(true);
      expect(b.document.milestones.some((m) => m.status === 'PENDING' && m.dueDate < DEMO_REPORTED_UNTIL), b.document.title).toBe(true);
      const executionByTaskYear = new Map<string, { budget: number; spent: number }>();
      for (const x of b.document.budgets) {
        const key = `${x.taskCode}/${x.year}`;
        const e = executionByTaskYear.get(key) ?? { budget: 0, spent: 0 };
        executionByTaskYear.set(key, { ...e, budget: e.budget + x.amount });
      }
      for (const f of b.fundMovements) executionByTaskYear.get(`${f.taskCode}/${f.period.slice(0, 4)}`)!.spent += f.spent;
      const rates = [...executionByTaskYear.values()].map((e) => e.spent / e.budget);
      expect(rates.some((r) => r < 0.8), `${b.document.title}: lagging execution`).toBe(true);
      expect(rates.some((r) => r > 0.95), `${b.document.title}: on-plan execution`).toBe(true);
    }
  });
});
