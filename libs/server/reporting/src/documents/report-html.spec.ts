import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { SECTION_TITLES, chongqingReportModel } from './__fixtures__/report-model.js';
import { renderReportHtml } from './report-html.js';

const dom = (html: string) => parseDocument(html);
const texts = (html: string, tag: string): string[] =>
  DomUtils.getElementsByTagName(tag, dom(html)).map((e) => DomUtils.textContent(e));

describe('renderReportHtml', () => {
  it('is one self-contained page: CSP that loads nothing, inline CSS, A4, CJK fonts ending with WenQuanYi Micro Hei', () => {
    const html = renderReportHtml(chongqingReportModel());
    const doc = dom(html);
    const csp = DomUtils.findOne((e) => e.name === 'meta' && e.attribs['http-equiv'] === 'Content-Security-Policy', doc.children)!;
    expect(csp.attribs['content']).toContain("default-src 'none'");
    expect(DomUtils.getElementsByTagName('script', doc)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName('link', doc)).toHaveLength(0);
    expect(html).not.toMatch(/(src|href)=|url\(|@import/);
    const css = texts(html, 'style').join('');
    expect(css).toContain('@page { size: A4 portrait;');
    expect(css).toMatch(/font-family: [^;]*'WenQuanYi Micro Hei', sans-serif;/);
  });

  it('shows the title block, the sections in order, and the tables with header rows in <thead>', () => {
    const html = renderReportHtml(chongqingReportModel());
    expect(texts(html, 'h1')).toEqual(['重庆工业职业技术学院', '2025年第三季度建设进展报告']);
    expect(texts(html, 'h2')).toEqual([
      `一、${SECTION_TITLES.progress}`, `二、${SECTION_TITLES.results}`, `三、${SECTION_TITLES.problems}`, `四、${SECTION_TITLES.nextSteps}`,
      '五、主要建设数据', '六、绩效指标完成情况', '七、标志性成果清单',
    ]);
    expect(texts(html, 'dd')).toContain('2025-10-09 14:30');
    const tables = DomUtils.getElementsByTagName('table', dom(html));
    expect(tables).toHaveLength(7);
    for (const t of tables) expect(DomUtils.getElementsByTagName('thead', t)).toHaveLength(1);
    expect(texts(html, 'td')).toEqual(expect.arrayContaining(['25.0%', '7,500.00', '教师党支部书记“双带头人”比例', '—']));
  });

  it('breaks the page before the figures chapter and before the indicator table, nowhere else', () => {
    const doc = dom(renderReportHtml(chongqingReportModel()));
    const breaking = DomUtils.findAll((e) => (e.attribs['class'] ?? '').split(' ').includes('page-break'), doc.children);
    expect(breaking.map((e) => DomUtils.textContent(DomUtils.getElementsByTagName('h2', e)[0]!))).toEqual(['五、主要建设数据', '六、绩效指标完成情况']);
    expect(texts(renderReportHtml(chongqingReportModel()), 'style').join('')).toMatch(/\.page-break \{ break-before: page;/);
  });

  it('escapes all model text', () => {
    const model = chongqingReportModel();
    model.institutionName = '<script>alert("学院")</script>';
    model.sections[1]!.title = '成效 & "引号" <b>';
    model.figures.indicators.rows[0]!.name = '<img src=x onerror=alert(1)>';
    model.achievements[0]!.title = "O'Brien </td></tr></table>";
    const html = renderReportHtml(model);
    expect(html).toContain('&lt;script&gt;alert(&quot;学院&quot;)&lt;/script&gt;');
    expect(html).toContain('二、成效 &amp; &quot;引号&quot; &lt;b&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('O&#39;Brien &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;');
    expect(html).not.toMatch(/<script|<img/);
    expect(texts(html, 'h1')[0]).toBe('<script>alert("学院")</script>');
  });

  it('sanitises section HTML again on the way in, keeping the allowed formatting', () => {
    const model = chongqingReportModel();
    model.sections[0]!.html =
      '<p onclick="x()">推进<strong>有力</strong><script>alert(1)</script></p><img src="http://tracker.example/p.gif" onerror="alert(2)">'
      + '<a href="javascript:alert(3)">链接</a><style>body{display:none}</style>';
    const html = renderReportHtml(model);
    expect(html).toContain('<div class="rich-text"><p>推进<strong>有力</strong></p>链接</div>');
    expect(html).not.toMatch(/alert|onclick|tracker|javascript:|display:none/);
  });

  it('says so for an empty section and an empty table', () => {
    const model = chongqingReportModel();
    model.sections[3]!.html = '';
    model.achievements = [];
    const html = renderReportHtml(model);
    expect(html).toContain('<h2>四、工作建议和下一步计划</h2><p class="empty">（本部分未填写）</p>');
    expect(html).toContain('<h3 class="table-caption">标志性成果</h3><p class="empty">（无）</p>');
  });
});
