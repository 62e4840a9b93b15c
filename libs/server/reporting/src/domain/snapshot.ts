import type { ActualCorrection, PeriodFigures, PeriodSnapshot } from '@dsg/server-core';

export type SubtreeData = Pick<PeriodSnapshot, 'tasks' | 'indicators' | 'milestones'>;

/** A top-level task's part of a snapshot: its subtree's tasks, their indicators and milestones. */
export function subtreeOf(s: PeriodSnapshot, rootTaskId: string): SubtreeData {
  const ids = new Set([rootTaskId]);
  // Tasks are sorted by code, so a parent always precedes its children.
  for (const t of s.tasks) if (t.parentId && ids.has(t.parentId)) ids.add(t.id);
  return {
    tasks: s.tasks.filter((t) => ids.has(t.id)),
    indicators: s.indicators.filter((i) => ids.has(i.taskId)),
    milestones: s.milestones.filter((m) => ids.has(m.taskId)),
  };
}

/**
 * What the agency receives: the book's structure, funds and achievements as the 双高办 approved
 * them with the report, and each task's data exactly as approved at the institution's last review
 * step — a value typed after that approval is not in it.
 */
export function mergeApproved(live: PeriodSnapshot, approved: readonly SubtreeData[]): PeriodSnapshot {
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, 'en', { numeric: true });
  return {
    ...live,
    tasks: approved.flatMap((a) => a.tasks).sort(byCode),
    indicators: approved.flatMap((a) => a.indicators).sort(byCode),
    milestones: approved.flatMap((a) => a.milestones),
  };
}

/** The snapshot a correction revision proposes: the accepted one with corrected actuals. */
export function withCorrections(s: PeriodSnapshot, corrections: readonly ActualCorrection[]): PeriodSnapshot {
  return {
    ...s,
    indicators: s.indicators.map((i) => {
      const mine = corrections.filter((c) => c.indicatorId === i.id);
      if (mine.length === 0) return i;
      const actuals = i.actuals.filter((a) => !mine.some((c) => c.period === a.period));
      for (const c of mine) actuals.push({ period: c.period, value: c.value, text: c.text ?? i.actuals.find((a) => a.period === c.period)?.text ?? null });
      actuals.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      return { ...i, actuals };
    }),
  };
}

export interface RevisionContent {
  sections: Record<string, string>;
  figures: PeriodFigures;
  snapshot: PeriodSnapshot;
}

export interface RevisionDiff {
  sections: { key: string; before: string; after: string }[];
  figures: { path: string; before: number | null; after: number | null }[];
  actuals: { indicatorId: string; code: string; name: string; period: string; before: number | null; after: number | null }[];
}

/** What a correction changes against the accepted revision: sections, figures and actuals. */
export function diffRevisions(base: RevisionContent, next: RevisionContent): RevisionDiff {
  const keys = [...new Set([...Object.keys(base.sections), ...Object.keys(next.sections)])];
  const sections = keys
    .filter((k) => (base.sections[k] ?? '') !== (next.sections[k] ?? ''))
    .map((key) => ({ key, before: base.sections[key] ?? '', after: next.sections[key] ?? '' }));
  const before = flattenFigures(base.figures);
  const after = flattenFigures(next.figures);
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  const figures = paths
    .filter((p) => (before.get(p) ?? null) !== (after.get(p) ?? null))
    .map((path) => ({ path, before: before.get(path) ?? null, after: after.get(path) ?? null }));
  return { sections, figures, actuals: diffActuals(base.snapshot, next.snapshot) };
}

function diffActuals(base: PeriodSnapshot, next: PeriodSnapshot): RevisionDiff['actuals'] {
  const old = new Map<string, number | null>(base.indicators.flatMap((i) => i.actuals.map((a): [string, number | null] => [`${i.id}|${a.period}`, a.value])));
  const out: RevisionDiff['actuals'] = [];
  for (const i of next.indicators) {
    for (const a of i.actuals) {
      const key = `${i.id}|${a.period}`;
      const was = old.has(key) ? old.get(key)! : null;
      if (was !== a.value) out.push({ indicatorId: i.id, code: i.code, name: i.name, period: a.period, before: was, after: a.value });
    }
  }
  return out;
}

/** Every figure as `path → number`: totals by name, indicator rows by code, sources and levels by key. */
export function flattenFigures(f: PeriodFigures): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [k, v] of Object.entries(f.tasks)) out.set(`tasks.${k}`, v);
  for (const k of ['total', 'reported', 'attained', 'attainmentRate'] as const) out.set(`indicators.${k}`, f.indicators[k]);
  for (const r of f.indicators.rows) {
    out.set(`indicators.${r.code}.actual`, r.actual);
    out.set(`indicators.${r.code}.attainment`, r.attainment);
  }
  for (const a of f.achievementsByLevel) out.set(`achievements.${a.level}`, a.count);
  for (const k of ['budget', 'arrived', 'spent', 'arrivalRate', 'executionRate'] as const) out.set(`funds.${k}`, f.funds[k]);
  for (const s of f.funds.bySource) {
    out.set(`funds.${s.source}.arrived`, s.arrived);
    out.set(`funds.${s.source}.spent`, s.spent);
  }
  return out;
}
