import { DomUtils, parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECTION_TITLES, chongqingReportModel } from './__fixtures__/report-model.js';
import type { ReportDocumentModel } from './report-document-model.js';
import { renderReportDocx } from './report-docx.js';

interface WordParts {
  zip: JSZip;
  document: ReturnType<typeof parseDocument>;
  /** Text of each body paragraph (table cells included), in order. */
  paragraphs: string[];
}

async function readDocx(buffer: Buffer): Promise<WordParts> {
  const zip = await JSZip.loadAsync(buffer);
  const document = parseDocument(await zip.file('word/document.xml')!.async('string'), { xmlMode: true });
  const paragraphs = DomUtils.getElementsByTagName('w:p', document).map((p) =>
    DomUtils.getElementsByTagName('w:t', p).map((t) => DomUtils.textContent(t)).join(''));
  return { zip, document, paragraphs };
}

const paragraphElement = (parts: WordParts, text: string) =>
  DomUtils.getElementsByTagName('w:p', parts.document).find((p) =>
    DomUtils.getElementsByTagName('w:t', p).map((t) => DomUtils.textContent(t)).join('') === text);

describe('renderReportDocx', () => {
  let model: ReportDocumentModel;
  let parts: WordParts;

  beforeAll(async () => {
    model = chongqingReportModel();
    parts = await readDocx(await renderReportDocx(model));
  });

  it('starts with the title block: institution, report title, programme, period, revision, state, generation time', () => {
    expect(parts.paragraphs.slice(0, 8)).toEqual([
      '重庆工业职业技术学院',
      '2025年第三季度建设进展报告',
      '学校：重庆工业职业技术学院',
      '建设项目：中国特色高水平高职学校和专业建设计划',
      '报告期：2025年第三季度（2025-Q3）',
      '版本：第 2 版',
      '状态：已受理',
      '生成时间：2025-10-09 14:30',
    ]);
  });

  it('has the four sections in order as numbered chapter headings, with their rich text', () => {
    const headings = [
      `一、${SECTION_TITLES.progress}`, `二、${SECTION_TITLES.results}`, `三、${SECTION_TITLES.problems}`, `四、${SECTION_TITLES.nextSteps}`,
      '五、主要建设数据', '六、绩效指标完成情况', '七、标志性成果清单',
    ];
    const positions = headings.map((h) => parts.paragraphs.indexOf(h));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const h of headings) expect(styleOf(paragraphElement(parts, h)), h).toBe('Heading1');

    const progress = parts.paragraphs.slice(positions[0]! + 1, positions[1]!);
    expect(progress).toEqual([
      '本季度学校围绕“双高计划”年度建设目标，召开建设推进会 3 次，完成中期绩效自评。',
      '党建引领：完成 2 个校级党建示范点验收。',
      '人才培养：新增 1+X 证书试点 4 个。',
    ]);
  });

  it('keeps the rich text formatting: bold runs and numbered list items', () => {
    const boldRuns = DomUtils.getElementsByTagName('w:r', parts.document)
      .filter((r) => DomUtils.getElementsByTagName('w:b', r).length > 0)
      .map((r) => DomUtils.textContent(r));
    expect(boldRuns).toContain('3 次');
    expect(boldRuns).toContain('国家级');
    const item = paragraphElement(parts, '党建引领：完成 2 个校级党建示范点验收。');
    expect(DomUtils.getElementsByTagName('w:numPr', item!)).toHaveLength(1);
  });

  it('lays out the figures: counts, rates with 1 decimal, money in 万元 with 2 decimals, — for a missing value', () => {
    const rows = tableRows(parts);
    expect(rows).toContainEqual(['建设任务总数（项）', '4', '已完成（项）', '1']);
    expect(rows).toContainEqual(['逾期未完成的节点目标（个）', '2', '任务完成率', '25.0%']);
    expect(rows).toContainEqual(['已达成目标（项）', '4', '指标达成率', '40.0%']);
    expect(rows).toContainEqual(['国家级', '2']);
    expect(rows).toContainEqual(['合计', '5']);
    expect(rows).toContainEqual(['已支出资金（万元）', '4,434.56', '资金到位率', '77.6%']);
    expect(rows).toContainEqual(['资金执行率', '76.2%', '', '']);
    expect(rows).toContainEqual(['中央财政', '3,000.00', '2,400.00', '1,876.54']);
    expect(rows).toContainEqual(['合计', '7,500.00', '5,820.00', '4,434.56']);
  });

  it('lists every indicator and achievement in its table', () => {
    const rows = tableRows(parts);
    expect(rows).toContainEqual(['1', '1-02', '教师党支部书记“双带头人”比例', '%', '100', '100', '100.0%']);
    expect(rows).toContainEqual(['3', '3-01', '技术服务到款额', '万元', '3,000', '2,150.5', '71.7%']);
    expect(rows).toContainEqual(['3', '3-03', '市级以上技术技能创新平台', '个', '6', '—', '—']);
    expect(rows.filter((r) => r.length === 7)).toHaveLength(1 + model.figures.indicators.rows.length);
    expect(rows).toContainEqual(['4', '重庆市职业教育教学成果奖一等奖', '省级', '教学成果', '2025-09-10', '2、4']);
    expect(rows).toContainEqual(['5', '重庆市高校党建工作标杆院系', '省级', '党建思政', '—', '1']);
  });

  it('repeats table header rows on each page and starts the figures and indicator chapters on a new page', () => {
    const headerRows = DomUtils.getElementsByTagName('w:tblHeader', parts.document);
    expect(headerRows.length).toBe(7);
    const breaks = DomUtils.getElementsByTagName('w:pageBreakBefore', parts.document)
      .map((b) => DomUtils.textContent(b.parentNode!.parentNode!));
    expect(breaks).toEqual(['五、主要建设数据', '六、绩效指标完成情况']);
  });

  it('is A4 portrait with 宋体 body, 黑体 headings and a 第 x 页 / 共 y 页 footer of PAGE and NUMPAGES fields', async () => {
    const pageSize = DomUtils.getElementsByTagName('w:pgSz', parts.document)[0]!;
    expect(pageSize.attribs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(pageSize.attribs['w:orient']).not.toBe('landscape');

    const styles = await parts.zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts [^>]*w:eastAsia="宋体"/s);
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:rFonts [^>]*w:eastAsia="黑体"/s);

    const footerName = Object.keys(parts.zip.files).find((f) => /^word\/footer\d*\.xml$/.test(f))!;
    const footer = parseDocument(await parts.zip.file(footerName)!.async('string'), { xmlMode: true });
    expect(DomUtils.getElementsByTagName('w:instrText', footer).map((i) => DomUtils.textContent(i).trim())).toEqual(['PAGE', 'NUMPAGES']);
    expect(DomUtils.textContent(footer)).toContain('第');
    expect(DomUtils.textContent(footer)).toContain('共');
  });

  it('never writes what the sanitiser drops, and survives characters XML cannot hold', async () => {
    const hostile = chongqingReportModel();
    hostile.institutionName = '重庆工业\u0001职业技术学院';
    hostile.sections[0]!.html = '<p>正文<script>alert("x")</script><img src=x onerror="alert(1)"></p>';
    const { paragraphs } = await readDocx(await renderReportDocx(hostile));
    expect(paragraphs[0]).toBe('重庆工业职业技术学院');
    expect(paragraphs[paragraphs.indexOf(`一、${SECTION_TITLES.progress}`) + 1]).toBe('正文');
    expect(paragraphs.join('\n')).not.toContain('alert');
  });

  it('says so when a section is empty and when there are no achievements', async () => {
    const empty = chongqingReportModel();
    empty.sections[2]!.html = '<p><br></p>';
    empty.achievements = [];
    const { paragraphs } = await readDocx(await renderReportDocx(empty));
    expect(paragraphs[paragraphs.indexOf(`三、${SECTION_TITLES.problems}`) + 1]).toBe('（本部分未填写）');
    expect(paragraphs.slice(-2)).toEqual(['标志性成果', '（无）']);
  });
});

function styleOf(paragraph: ReturnType<typeof paragraphElement>): string | undefined {
  return paragraph ? DomUtils.getElementsByTagName('w:pStyle', paragraph)[0]?.attribs['w:val'] : undefined;
}

function tableRows(parts: WordParts): string[][] {
  return DomUtils.getElementsByTagName('w:tr', parts.document).map((tr) =>
    DomUtils.getElementsByTagName('w:tc', tr).map((tc) => DomUtils.textContent(tc)));
}
