/**
 * Prints the report page to PDF with the system Chromium (playwright-core, no bundled browser). The
 * page is self-contained, so it runs offline: every request is aborted and scripts are off. The
 * worker keeps one browser open and passes it in; without one, a browser is launched for the call
 * and always closed.
 */
import { chromium, type Browser, type Route } from 'playwright-core';
import { BODY_FONTS, PAGE_MARGINS_MM } from './report-html-style.js';

/** No GPU, no background traffic (updates, sync, QUIC probes): the worker's container has neither display nor network for it. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
] as const;

export interface PrintPdfOptions {
  /** Default: `$CHROMIUM_PATH`, else `/usr/bin/chromium`. Ignored when `browser` is given. */
  executablePath?: string;
  /** An already launched browser (left open); each call uses its own context. */
  browser?: Browser;
}

/** Chromium draws the footer template at its own default size (near zero) unless the template sets one. */
const FOOTER_TEMPLATE =
  `<div style="width:100%;text-align:center;font-size:9pt;font-family:${BODY_FONTS};color:#000;">`
  + '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>';

export function defaultChromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** A browser launched the way `printPdf` launches its own, for callers that keep one open. */
export function launchPrintBrowser(executablePath: string = defaultChromiumPath()): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

export async function printPdf(html: string, options: PrintPdfOptions = {}): Promise<Buffer> {
  if (options.browser) return printWith(options.browser, html);
  const browser = await launchPrintBrowser(options.executablePath);
  try {
    return await printWith(browser, html);
  } finally {
    await browser.close();
  }
}

async function printWith(browser: Browser, html: string): Promise<Buffer> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route('**/*', blockNetwork);
    await page.setContent(html, { waitUntil: 'load' });
    const m = PAGE_MARGINS_MM;
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER_TEMPLATE,
      margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
    });
  } finally {
    await context.close();
  }
}

/** The report needs nothing from outside; inline `data:` and `about:` documents are all it may load. */
function blockNetwork(route: Route): Promise<void> {
  const url = route.request().url();
  return url.startsWith('data:') || url.startsWith('about:') ? route.continue() : route.abort('blockedbyclient');
}
