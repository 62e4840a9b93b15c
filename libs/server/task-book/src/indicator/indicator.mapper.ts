import type { IndicatorActual, IndicatorTarget, PerformanceIndicator } from './indicator.entity.js';
import type { IndicatorActualType, PerformanceIndicatorType } from './indicator.type.js';

/** Targets grouped by indicator once per batch (a book holds hundreds of indicators). */
const grouped = new WeakMap<IndicatorTarget[], Map<string, IndicatorTarget[]>>();
function targetsOf(targets: IndicatorTarget[], indicatorId: string): IndicatorTarget[] {
  let map = grouped.get(targets);
  if (!map) {
    map = new Map();
    for (const t of targets) map.set(t.indicatorId, [...(map.get(t.indicatorId) ?? []), t]);
    grouped.set(targets, map);
  }
  return map.get(indicatorId) ?? [];
}

export function toIndicatorType(i: PerformanceIndicator, targets: IndicatorTarget[]): PerformanceIndicatorType {
  return {
    id: i.id, taskId: i.taskId, code: i.code, name: i.name, category: i.category, kind: i.kind, unit: i.unit, direction: i.direction,
    aggregation: i.aggregation, baseline: i.baseline, finalTarget: i.finalTarget,
    targets: targetsOf(targets, i.id).map((t) => ({ year: t.year, value: t.value })),
  };
}

export function toActualType(a: IndicatorActual): IndicatorActualType {
  return { id: a.id, period: a.period, value: a.value, text: a.text, note: a.note, enteredBy: a.enteredBy, enteredAt: a.enteredAt };
}
