import type { AchievementLevel } from '@dsg/admin-data-access';

/** Highest first, as the colleges count them: 国家级 / 省部级 / 市级 / 校级. */
export const ACHIEVEMENT_LEVELS: readonly AchievementLevel[] = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'SCHOOL'];

/** The server requires a case write-up of this many characters at provincial level and above. */
export const CASE_WRITE_UP_MIN = 1000;

/** The server links an achievement to at most this many construction tasks. */
export const LINKED_TASKS_MAX = 50;

export function needsCaseWriteUp(level: AchievementLevel | '' | null | undefined): boolean {
  return level === 'NATIONAL' || level === 'PROVINCIAL';
}

/** Characters as a reader counts them (code points, so an emoji or rare 汉字 counts once). */
export function characterCount(text: string | null | undefined): number {
  return text ? [...text].length : 0;
}
