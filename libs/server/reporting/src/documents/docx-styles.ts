/**
 * Page, fonts and list numbering of the Word report: A4 portrait, 宋体 body and 黑体 headings (the
 * faces every Chinese Word and WPS installation has; Latin text in Times New Roman / Arial).
 */
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/** Twips (1/1440 inch). A4 = 210 × 297 mm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1418, bottom: 1418, left: 1134, right: 1134, header: 709, footer: 709 },
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' } as const;
export const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' } as const;

/** Half-points: 小四 12 pt body, 五号 10.5 pt tables, 三号 16 pt chapters, 二号 22 pt title. */
export const SIZE = { body: 24, table: 21, footer: 18, title: 44, chapter: 32, caption: 28, subheading: 24 } as const;
/** Body paragraphs start two characters in, as Chinese prose does. */
export const FIRST_LINE_INDENT = SIZE.body * 10 * 2;
export const HEADER_FILL = 'E7EEF7';

export const ORDERED_LIST = 'report-ordered';
export const BULLET_LIST = 'report-bullet';

export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: BODY_FONT, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 360, before: 0, after: 0 } },
    },
    title: {
      run: { font: HEADING_FONT, size: SIZE.title, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
    },
    heading1: headingStyle(SIZE.chapter, { before: 360, after: 120 }),
    heading2: headingStyle(SIZE.caption, { before: 240, after: 120 }),
    heading3: headingStyle(SIZE.subheading, { before: 120, after: 60 }),
    heading4: { ...headingStyle(SIZE.body, { before: 120, after: 60 }), run: { font: BODY_FONT, size: SIZE.body, bold: true, color: '000000' } },
  },
  paragraphStyles: [
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: SIZE.table },
      paragraph: { spacing: { line: 276 } },
    },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      run: { italics: true, color: '404040' },
      paragraph: { indent: { left: 480 } },
    },
  ],
};

/** Decimal 1. / (1) / ① down the levels; bullets ● ○ ■. Each ordered list is its own `instance`. */
export const REPORT_NUMBERING: INumberingOptions = {
  config: [
    { reference: ORDERED_LIST, levels: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((level) => listLevel(level, orderedFormat(level))) },
    { reference: BULLET_LIST, levels: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((level) => listLevel(level, { format: LevelFormat.BULLET, text: ['●', '○', '■'][level % 3]! })) },
  ],
};

function headingStyle(size: number, spacing: { before: number; after: number }) {
  return {
    run: { font: HEADING_FONT, size, bold: false, color: '000000' },
    paragraph: { spacing, keepNext: true, keepLines: true },
  };
}

function orderedFormat(level: number): { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string } {
  const n = `%${level + 1}`;
  switch (level % 3) {
    case 0:
      return { format: LevelFormat.DECIMAL, text: `${n}.` };
    case 1:
      return { format: LevelFormat.DECIMAL, text: `(${n})` };
    default:
      return { format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: n };
  }
}

function listLevel(level: number, numberFormat: { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }) {
  return {
    level,
    ...numberFormat,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 480 * (level + 1), hanging: 360 } } },
  };
}
