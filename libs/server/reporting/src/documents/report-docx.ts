/**
 * The report as a Word document: title block and the four sections on the first pages, then the
 * figures chapter and the indicator and achievement tables, each of those two starting a new page
 * (the same layout as the print page, so the PDF and the docx paginate alike).
 */
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { plainRuns, reportTableElements, richTextElements } from './docx-blocks.js';
import { PAGE, REPORT_NUMBERING, REPORT_STYLES, SIZE } from './docx-styles.js';
import {
  EMPTY_SECTION_TEXT, achievementTable, chapterTitles, coverLines, figureTables, indicatorTable, reportTitle,
} from './report-content.js';
import type { ReportDocumentModel } from './report-document-model.js';
import { xmlSafe } from './report-format.js';
import { richTextToBlocks } from './rich-text.js';

export async function renderReportDocx(model: ReportDocumentModel): Promise<Buffer> {
  const titles = chapterTitles(model);
  const children: FileChild[] = [
    ...cover(model),
    ...model.sections.flatMap((section, i) => [chapter(titles.sections[i]!), ...sectionBody(section.html)]),
    chapter(titles.figures, { newPage: true }),
    ...figureTables(model).flatMap(reportTableElements),
    chapter(titles.indicators, { newPage: true }),
    ...reportTableElements(indicatorTable(model)),
    chapter(titles.achievements),
    ...reportTableElements(achievementTable(model)),
  ];
  const doc = new Document({
    creator: xmlSafe(model.institutionName),
    title: xmlSafe(`${model.institutionName} ${reportTitle(model)}`),
    description: xmlSafe(`${model.programmeName} ${model.periodCode} 第 ${model.revision} 版`),
    styles: REPORT_STYLES,
    numbering: REPORT_NUMBERING,
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
      footers: { default: pageNumberFooter() },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

function cover(model: ReportDocumentModel): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: plainRuns(model.institutionName) }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: plainRuns(reportTitle(model)) }),
    ...coverLines(model).map((line, i, all) => new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: i === all.length - 1 ? { after: 360 } : undefined,
      children: [...plainRuns(`${line.label}：`, { bold: true }), ...plainRuns(line.value)],
    })),
  ];
}

function chapter(title: string, options: { newPage?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: options.newPage, children: plainRuns(title) });
}

function sectionBody(html: string): FileChild[] {
  const blocks = richTextToBlocks(html);
  if (blocks.length === 0) return [new Paragraph({ children: plainRuns(EMPTY_SECTION_TEXT) })];
  return richTextElements(blocks);
}

/** 第 x 页 / 共 y 页 as Word fields (PAGE, NUMPAGES), so Word and WPS number the pages they lay out. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ size: SIZE.footer, children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
    })],
  });
}
