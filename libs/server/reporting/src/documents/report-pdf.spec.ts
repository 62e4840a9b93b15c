import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_TITLES, buildLargeModel, chongqingReportModel } from './__fixtures__/report-model.js';
import { renderReportHtml } from './report-html.js';
import { launchPrintBrowser, printPdf } from './report-pdf.js';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The text of each page, items joined as they come (pdfjs splits runs at font and position changes). */
async function pdfPages(buffer: Buffer): Promise<string[]> {
  return (await readPdf(buffer)).map((p) => p.text);
}

async function readPdf(buffer: Buffer): Promise<{ text: string; size: number[] }[]> {
  const task = getDocument({
    data: new Uint8Array(buffer),
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: { text: string; size: number[] }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ text: content.items.map((item) => ('str' in item ? item.str : '')).join(''), size: page.view.slice(2).map(Math.round) });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Chromium processes this test process started (the shared browser included). */
function chromiumChildren(): number {
  const out = execFileSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out.split('\n').filter((name) => /chrom/i.test(name)).length;
}

describe('printPdf', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchPrintBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints the small report on 3 A4 pages: title and sections, figures, indicators and achievements', async () => {
    // The fixture's sections are short enough for page 1; the figures chapter fits one page; the
    // 10 indicators and 5 achievements fit one page. The two forced breaks give exactly 3 pages.
    const pdf = await readPdf(await printPdf(renderReportHtml(chongqingReportModel()), { browser }));
    expect(pdf).toHaveLength(3);
    // A4 portrait in points (210 × 297 mm).
    for (const page of pdf) expect(page.size).toEqual([596, 843]);
    const pages = pdf.map((p) => p.text);

    expect(pages[0]).toMatch(/^重庆工业职业技术学院2025年第三季度建设进展报告/);
    for (const title of Object.values(SECTION_TITLES)) expect(pages[0]).toContain(title);
    expect(pages[0]).toContain('召开建设推进会 3 次');
    expect(pages[1]).toMatch(/^五、主要建设数据/);
    expect(pages[1]).toContain('任务完成率 25.0%');
    expect(pages[1]).toContain('合计 7,500.00 5,820.00 4,434.56');
    expect(pages[2]).toMatch(/^六、绩效指标完成情况/);
    expect(pages[2]).toContain('教师党支部书记“双带头人”比例');
    expect(pages[2]).toContain('七、标志性成果清单');
    expect(pages[2]).toContain('重庆市高校党建工作标杆院系');
    pages.forEach((text, i) => expect(text).toContain(`第 ${i + 1} 页 / 共 3 页`));
  });

  it('runs a long indicator table over several pages, repeating its header row on each', async () => {
    const small = await pdfPages(await printPdf(renderReportHtml(chongqingReportModel()), { browser }));
    const pages = await pdfPages(await printPdf(renderReportHtml(buildLargeModel(200)), { browser }));
    expect(pages.length).toBeGreaterThan(small.length);

    const figures = pages.findIndex((p) => p.startsWith('五、主要建设数据'));
    const indicators = pages.findIndex((p) => p.startsWith('六、绩效指标完成情况'));
    const achievements = pages.findIndex((p) => p.includes('七、标志性成果清单'));
    expect(figures).toBeGreaterThan(0);
    expect(indicators).toBe(figures + 1);
    expect(achievements).toBeGreaterThan(indicators + 1);
    for (let i = indicators; i <= achievements; i++) expect(pages[i], `page ${i + 1}`).toContain('任务编号指标编号');
    expect(pages.join('')).toContain('（第 200 项）');
  });

  it('loads nothing from the network, whatever the page asks for', async () => {
    let requests = 0;
    const server: Server = createServer((_req, res) => {
      requests++;
      res.end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="${origin}/a.css">`
        + `<style>@import url("${origin}/b.css"); body { background: url("${origin}/c.png"); }</style></head>`
        + `<body><p>离线</p><img src="${origin}/d.png"><iframe src="${origin}/e.html"></iframe></body></html>`;
      const pdf = await printPdf(html, { browser });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await pdfPages(pdf))[0]).toContain('离线');
      expect(requests).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('leaves a passed browser open and closes the one it launched itself', async () => {
    await printPdf('<p>共享</p>', { browser });
    expect(browser.isConnected()).toBe(true);
    expect(browser.contexts()).toHaveLength(0);

    const before = chromiumChildren();
    expect(before).toBeGreaterThan(0);
    const pdf = await printPdf('<p>自启</p>');
    expect((await pdfPages(pdf))[0]).toContain('自启');
    expect(chromiumChildren()).toBe(before);
  });

  it('fails, rather than hangs, when Chromium is not where it is told to be', async () => {
    await expect(printPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' })).rejects.toThrow();
  });
});
