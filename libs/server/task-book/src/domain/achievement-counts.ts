/**
 * Landmark achievements (标志性成果) counted the way the colleges report them: "N 项 M 个" per
 * level and year — N distinct categories (项: kinds of achievement, e.g. 技能大赛, 专利) and M items
 * (个: individual awards, patents …). Seed 003: "2021年新增国家级标志性成果7项51个、省部级16项44个".
 */
import { ACHIEVEMENT_LEVELS, type AchievementLevel } from '@dsg/contracts';
import { isIsoDate } from '@dsg/contracts';

export interface AchievementItem {
  level: AchievementLevel;
  /** e.g. 教学成果奖, 技能大赛; compared after trimming, so stray spaces do not add a category. */
  category: string;
  /** Award/approval date 'YYYY-MM-DD'; its year is the year the achievement counts in. */
  date: string;
  /** Items this entry stands for (one record for "一等奖 2 个"); a positive integer, default 1. */
  quantity?: number;
}

export interface LevelCount {
  level: AchievementLevel;
  /** Distinct categories (项). */
  categories: number;
  /** Sum of quantities (个). */
  items: number;
}

export interface YearAchievementCounts {
  year: number;
  /** Levels with at least one item, national first. */
  levels: LevelCount[];
}

export type CountLocale = 'zh-CN' | 'en';

export const ACHIEVEMENT_LEVEL_LABELS: Readonly<Record<CountLocale, Readonly<Record<AchievementLevel, string>>>> = {
  'zh-CN': { NATIONAL: '国家级', PROVINCIAL: '省部级', MUNICIPAL: '市级', SCHOOL: '校级' },
  en: { NATIONAL: 'National', PROVINCIAL: 'Provincial', MUNICIPAL: 'Municipal', SCHOOL: 'School' },
};

export type AchievementErrorCode = 'INVALID_DATE' | 'INVALID_QUANTITY' | 'INVALID_CATEGORY';

/** An item that cannot be counted; always bad data (the count would silently be wrong). */
export class AchievementError extends Error {
  readonly code: AchievementErrorCode;

  constructor(code: AchievementErrorCode, message: string) {
    super(message);
    this.name = 'AchievementError';
    this.code = code;
  }
}

/** Counts per year (ascending) and level (national → school), only where there are items. */
export function countAchievements(items: readonly AchievementItem[]): YearAchievementCounts[] {
  const byYear = new Map<number, Map<AchievementLevel, { categories: Set<string>; items: number }>>();
  for (const item of items) {
    const { year, category, quantity } = validate(item);
    const levels = byYear.get(year) ?? new Map<AchievementLevel, { categories: Set<string>; items: number }>();
    byYear.set(year, levels);
    const acc = levels.get(item.level) ?? { categories: new Set<string>(), items: 0 };
    levels.set(item.level, acc);
    acc.categories.add(category);
    acc.items += quantity;
  }
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const levels = byYear.get(year)!;
      return {
        year,
        levels: ACHIEVEMENT_LEVELS.filter((l) => levels.has(l)).map((level) => ({
          level,
          categories: levels.get(level)!.categories.size,
          items: levels.get(level)!.items,
        })),
      };
    });
}

/** The count of one level in one year; zeros when there is nothing (for fixed-layout tables). */
export function countFor(items: readonly AchievementItem[], year: number, level: AchievementLevel): LevelCount {
  const found = countAchievements(items)
    .find((y) => y.year === year)
    ?.levels.find((l) => l.level === level);
  return found ?? { level, categories: 0, items: 0 };
}

/** '国家级 7 项 51 个' (zh-CN) or 'National: 7 categories, 51 items' (en). */
export function formatCount(count: LevelCount, locale: CountLocale): string {
  const label = ACHIEVEMENT_LEVEL_LABELS[locale][count.level];
  if (locale === 'zh-CN') return `${label} ${count.categories} 项 ${count.items} 个`;
  return `${label}: ${plural(count.categories, 'category', 'categories')}, ${plural(count.items, 'item', 'items')}`;
}

/** All levels of a year: '国家级 7 项 51 个，省部级 16 项 44 个' / 'National: …; Provincial: …'. */
export function formatYearCounts(counts: YearAchievementCounts, locale: CountLocale): string {
  return counts.levels.map((c) => formatCount(c, locale)).join(locale === 'zh-CN' ? '，' : '; ');
}

function validate(item: AchievementItem): { year: number; category: string; quantity: number } {
  if (!isIsoDate(item.date)) throw new AchievementError('INVALID_DATE', `Invalid achievement date: ${JSON.stringify(item.date)}`);
  const category = item.category.trim();
  if (category === '') throw new AchievementError('INVALID_CATEGORY', 'Achievement category is empty');
  const quantity = item.quantity ?? 1;
  if (!Number.isInteger(quantity) || quantity < 1) {
    throw new AchievementError('INVALID_QUANTITY', `Quantity must be a positive integer, got ${quantity}`);
  }
  return { year: Number(item.date.slice(0, 4)), category, quantity };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
