// Benchmark (reporting): the report document renderers on a large report, pure CPU, no database.
//  - docx (renderReportDocx), PDF (renderReportHtml + Chromium print, with a warm browser the
//    worker keeps open and with a cold launch per document), figures workbook (renderFiguresXlsx);
//  - a 500-indicator report (63 tasks, 40 achievements, 4 sections of ~2,000 characters) against a
//    50-indicator baseline in the same run; goal: docx and PDF ≤ 3 s each for the large one.
// Imports the compiled lib, so build it first (the reporting lib is not in the root `tsc -b` yet):
//   bash tools/scripts/with-node.sh node_modules/.bin/tsc -b libs/server/reporting
//   bash tools/scripts/with-node.sh node tools/bench/report-documents.mjs [--runs 5] [--indicators 500] [--baseline 50]
// Needs Chromium at $CHROMIUM_PATH or /usr/bin/chromium.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  launchPrintBrowser, printPdf, renderFiguresXlsx, renderReportDocx, renderReportHtml,
} from '../../libs/server/reporting/dist/documents/index.js';
import { buildLargeModel } from '../../libs/server/reporting/dist/documents/__fixtures__/report-model.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    indicators: { type: 'string', default: '500' },
    baseline: { type: 'string', default: '50' },
  },
});
const RUNS = Number(args.runs);
const SIZES = [Number(args.baseline), Number(args.indicators)];
const GOAL_MS = 3000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One discarded warm-up, then `RUNS` timed runs; returns the times (ms) and the last output. */
async function measure(fn) {
  let output = await fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    output = await fn();
    times.push(performance.now() - start);
  }
  return { times, output };
}

async function pdfPageCount(buffer) {
  const task = getDocument({ data: new Uint8Array(buffer), verbosity: 0 });
  const doc = await task.promise;
  const pages = doc.numPages;
  await task.destroy();
  return pages;
}

const browser = await launchPrintBrowser();
const chromiumVersion = browser.version();
const results = [];
try {
  for (const indicators of SIZES) {
    const model = buildLargeModel(indicators);
    const label = `${indicators} indicators`;
    const cases = [
      ['docx', () => renderReportDocx(model)],
      ['html (string only)', async () => Buffer.from(renderReportHtml(model))],
      ['pdf, warm browser (html + print)', () => printPdf(renderReportHtml(model), { browser })],
      ['pdf, cold launch (html + launch + print + close)', () => printPdf(renderReportHtml(model))],
      ['xlsx', () => renderFiguresXlsx(model)],
    ];
    for (const [name, fn] of cases) {
      const { times, output } = await measure(fn);
      const row = { size: label, name, median: median(times), max: Math.max(...times), bytes: output.length };
      if (name.startsWith('pdf')) row.pages = await pdfPageCount(output);
      results.push(row);
      console.error(`${label.padEnd(16)} ${name.padEnd(48)} median ${row.median.toFixed(0).padStart(5)} ms  max ${row.max.toFixed(0).padStart(5)} ms`);
    }
  }
} finally {
  await browser.close();
}

const [small, large] = SIZES.map((n) => `${n} indicators`);
console.log(`\nNode ${process.version}, Chromium ${chromiumVersion}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${RUNS} runs after 1 warm-up`);
console.log(`Node process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (Chromium not included)\n`);
console.log(`| renderer | ${small} median / max ms | ${large} median / max ms | ratio | ${large} size | PDF pages (${small} / ${large}) | goal |`);
console.log('|---|---|---|---|---|---|---|');
for (const name of new Set(results.map((r) => r.name))) {
  const a = results.find((r) => r.size === small && r.name === name);
  const b = results.find((r) => r.size === large && r.name === name);
  const goal = name === 'docx' || name.startsWith('pdf') ? `≤ ${GOAL_MS} ms: ${b.median <= GOAL_MS ? 'met' : 'missed'}` : '';
  const pages = a.pages ? `${a.pages} / ${b.pages}` : '';
  console.log(`| ${name} | ${a.median.toFixed(0)} / ${a.max.toFixed(0)} | ${b.median.toFixed(0)} / ${b.max.toFixed(0)} | ${(b.median / a.median).toFixed(2)} | ${(b.bytes / 1024).toFixed(0)} KiB | ${pages} | ${goal} |`);
}
