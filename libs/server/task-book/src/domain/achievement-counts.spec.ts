import { describe, expect, it } from 'vitest';
import {
  AchievementError,
  countAchievements,
  countFor,
  formatCount,
  formatYearCounts,
  type AchievementItem,
} from './achievement-counts.js';

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AchievementError);
    return (e as AchievementError).code;
  }
  return undefined;
}

/**
 * Seed 003 (重庆工程职院): "2021年较2020年新增国家级标志性成果7项51个、省部级标志性成果16项44个".
 * The totals are the seed's; the split over categories uses the figures the article names
 * (全国教学能力比赛一等奖2个, 学生技能大赛全国一等奖4项, 创新创业大赛全国银奖2项, 国家示范职教集团培育单位 and
 * 虚拟仿真实训基地, 国家级样板支部, 市级教学能力比赛 3+2+4) and fills the rest illustratively.
 */
const NATIONAL_2021: AchievementItem[] = [
  { level: 'NATIONAL', category: '教学能力比赛', date: '2021-10-20', quantity: 2 },
  ...Array.from({ length: 4 }, (_, i): AchievementItem => ({ level: 'NATIONAL', category: '技能大赛', date: `2021-0${i + 5}-15` })),
  { level: 'NATIONAL', category: '创新创业大赛', date: '2021-10-15', quantity: 2 },
  { level: 'NATIONAL', category: '平台/基地', date: '2021-07-01' }, // 国家示范职业教育集团培育单位
  { level: 'NATIONAL', category: '平台/基地', date: '2021-08-01' }, // 示范性虚拟仿真实训基地
  { level: 'NATIONAL', category: '荣誉', date: '2021-06-30' }, // 国家级样板支部
  { level: 'NATIONAL', category: '专利', date: '2021-12-31', quantity: 30 },
  { level: 'NATIONAL', category: '规划教材', date: '2021-01-01', quantity: 10 },
];

const PROVINCIAL_CATEGORIES = [
  '纵向科研项目', '科技进步奖', '精品课程', '规划教材', '技能大赛', '教学成果奖', '团队', '荣誉',
  '平台/基地', '标准', '创新创业大赛', '工作室', '党建', '社会服务', '国际合作',
];
const PROVINCIAL_2021: AchievementItem[] = [
  { level: 'PROVINCIAL', category: '教学能力比赛', date: '2021-09-01', quantity: 3 }, // 一等奖
  { level: 'PROVINCIAL', category: '教学能力比赛', date: '2021-09-01', quantity: 2 }, // 二等奖
  { level: 'PROVINCIAL', category: '教学能力比赛', date: '2021-09-01', quantity: 4 }, // 三等奖
  ...PROVINCIAL_CATEGORIES.map((category, i): AchievementItem => ({ level: 'PROVINCIAL', category, date: '2021-11-11', quantity: i < 5 ? 3 : 2 })),
];

const OTHER: AchievementItem[] = [
  { level: 'NATIONAL', category: '技能大赛', date: '2020-12-31' }, // previous year
  { level: 'NATIONAL', category: '教学成果奖', date: '2022-01-01', quantity: 3 }, // next year
  { level: 'SCHOOL', category: '荣誉', date: '2021-03-08', quantity: 5 },
];

const ALL = [...OTHER, ...PROVINCIAL_2021, ...NATIONAL_2021];

describe('countAchievements', () => {
  it('reproduces seed 003: 2021 national 7 categories 51 items, provincial 16 categories 44 items', () => {
    const y2021 = countAchievements(ALL).find((y) => y.year === 2021)!;
    expect(y2021.levels).toEqual([
      { level: 'NATIONAL', categories: 7, items: 51 },
      { level: 'PROVINCIAL', categories: 16, items: 44 },
      { level: 'SCHOOL', categories: 1, items: 5 },
    ]);
  });

  it('groups by year ascending and levels national → school, omitting empty levels', () => {
    expect(countAchievements(ALL).map((y) => [y.year, y.levels.map((l) => l.level)])).toEqual([
      [2020, ['NATIONAL']],
      [2021, ['NATIONAL', 'PROVINCIAL', 'SCHOOL']],
      [2022, ['NATIONAL']],
    ]);
  });

  it('counts a year by the date’s calendar year, boundaries included', () => {
    expect(countFor(ALL, 2020, 'NATIONAL')).toEqual({ level: 'NATIONAL', categories: 1, items: 1 });
    expect(countFor(ALL, 2022, 'NATIONAL')).toEqual({ level: 'NATIONAL', categories: 1, items: 3 });
  });

  it('counts a category once per level, but separately in each level', () => {
    const items: AchievementItem[] = [
      { level: 'NATIONAL', category: '技能大赛', date: '2023-05-01' },
      { level: 'NATIONAL', category: '技能大赛', date: '2023-06-01', quantity: 2 },
      { level: 'PROVINCIAL', category: '技能大赛', date: '2023-06-01' },
    ];
    expect(countAchievements(items)).toEqual([
      {
        year: 2023,
        levels: [
          { level: 'NATIONAL', categories: 1, items: 3 },
          { level: 'PROVINCIAL', categories: 1, items: 1 },
        ],
      },
    ]);
  });

  it('trims categories so stray spaces do not add a category', () => {
    const items: AchievementItem[] = [
      { level: 'MUNICIPAL', category: '专利', date: '2023-01-01' },
      { level: 'MUNICIPAL', category: ' 专利 ', date: '2023-02-01' },
    ];
    expect(countFor(items, 2023, 'MUNICIPAL')).toEqual({ level: 'MUNICIPAL', categories: 1, items: 2 });
  });

  it('no items: no years; countFor gives zeros', () => {
    expect(countAchievements([])).toEqual([]);
    expect(countFor([], 2021, 'NATIONAL')).toEqual({ level: 'NATIONAL', categories: 0, items: 0 });
    expect(countFor(ALL, 2021, 'MUNICIPAL')).toEqual({ level: 'MUNICIPAL', categories: 0, items: 0 });
  });

  it('refuses invalid dates, quantities and empty categories', () => {
    const base: AchievementItem = { level: 'NATIONAL', category: '专利', date: '2021-01-01' };
    expect(errorCode(() => countAchievements([{ ...base, date: '2021-02-29' }]))).toBe('INVALID_DATE');
    expect(errorCode(() => countAchievements([{ ...base, date: '2021/01/01' }]))).toBe('INVALID_DATE');
    expect(errorCode(() => countAchievements([{ ...base, quantity: 0 }]))).toBe('INVALID_QUANTITY');
    expect(errorCode(() => countAchievements([{ ...base, quantity: -2 }]))).toBe('INVALID_QUANTITY');
    expect(errorCode(() => countAchievements([{ ...base, quantity: 1.5 }]))).toBe('INVALID_QUANTITY');
    expect(errorCode(() => countAchievements([{ ...base, category: '  ' }]))).toBe('INVALID_CATEGORY');
  });
});

describe('formatCount', () => {
  it('formats the seed figures in both languages', () => {
    expect(formatCount(countFor(ALL, 2021, 'NATIONAL'), 'zh-CN')).toBe('国家级 7 项 51 个');
    expect(formatCount(countFor(ALL, 2021, 'NATIONAL'), 'en')).toBe('National: 7 categories, 51 items');
    expect(formatCount(countFor(ALL, 2021, 'PROVINCIAL'), 'zh-CN')).toBe('省部级 16 项 44 个');
    expect(formatCount(countFor(ALL, 2021, 'PROVINCIAL'), 'en')).toBe('Provincial: 16 categories, 44 items');
  });

  it('labels every level and uses the English singular for 1', () => {
    expect(formatCount({ level: 'MUNICIPAL', categories: 1, items: 1 }, 'en')).toBe('Municipal: 1 category, 1 item');
    expect(formatCount({ level: 'SCHOOL', categories: 1, items: 5 }, 'en')).toBe('School: 1 category, 5 items');
    expect(formatCount({ level: 'MUNICIPAL', categories: 0, items: 0 }, 'zh-CN')).toBe('市级 0 项 0 个');
    expect(formatCount({ level: 'SCHOOL', categories: 2, items: 3 }, 'zh-CN')).toBe('校级 2 项 3 个');
    expect(formatCount({ level: 'SCHOOL', categories: 0, items: 0 }, 'en')).toBe('School: 0 categories, 0 items');
  });

  it('formats a whole year', () => {
    const y2021 = countAchievements([...NATIONAL_2021, ...PROVINCIAL_2021])[0]!;
    expect(formatYearCounts(y2021, 'zh-CN')).toBe('国家级 7 项 51 个，省部级 16 项 44 个');
    expect(formatYearCounts(y2021, 'en')).toBe('National: 7 categories, 51 items; Provincial: 16 categories, 44 items');
  });
});
