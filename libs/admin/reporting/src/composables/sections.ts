// 报告正文: the four sections of a report, in the order the colleges write them (seed 000).

export const SECTION_KEYS = ['progress', 'results', 'problems', 'nextSteps'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type Sections = Record<SectionKey, string>;

export function emptySections(): Sections {
  return { progress: '', results: '', problems: '', nextSteps: '' };
}

export function copySections(sections: Partial<Sections> | null | undefined): Sections {
  const copy = emptySections();
  for (const key of SECTION_KEYS) copy[key] = sections?.[key] ?? '';
  return copy;
}

/** Only the sections whose draft differs from what the server last stored: the save sends these. */
export function changedSections(saved: Sections, draft: Sections): Partial<Sections> {
  const changed: Partial<Sections> = {};
  for (const key of SECTION_KEYS) if (draft[key] !== saved[key]) changed[key] = draft[key];
  return changed;
}
