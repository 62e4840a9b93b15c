import { useI18n } from 'vue-i18n';
import type { DiffRow, PlanPart } from './plan-diff';

/** Enum-valued fields per part, with the message tree naming their values. */
const ENUM_FIELDS: Record<PlanPart, Record<string, string>> = {
  tasks: { status: 'taskBook.enums.taskStatus' },
  indicators: {
    category: 'taskBook.enums.indicatorCategory',
    kind: 'taskBook.enums.indicatorKind',
    direction: 'taskBook.enums.indicatorDirection',
    aggregation: 'taskBook.enums.indicatorAggregation',
  },
  milestones: { status: 'taskBook.enums.milestoneStatus' },
  budgets: { source: 'taskBook.enums.fundingSource' },
};

/** Field names and values of a plan diff in the UI language; unknown fields show as they are. */
export function useDiffFormat() {
  const { t, te } = useI18n();

  const fieldLabel = (field: string) => (te(`taskBook.diff.fields.${field}`) ? t(`taskBook.diff.fields.${field}`) : field);

  function formatValue(part: PlanPart, field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return t('common.none');
    const enumKey = ENUM_FIELDS[part][field];
    if (enumKey && typeof value === 'string' && te(`${enumKey}.${value}`)) return t(`${enumKey}.${value}`);
    if (Array.isArray(value)) return value.length ? value.map((item) => formatValue(part, field, item)).join(t('taskBook.diff.separator')) : t('common.none');
    if (typeof value === 'object') {
      // yearlyTargets: { 2025: 3, 2026: 5 } → "2025: 3, 2026: 5"
      const entries = Object.entries(value as Record<string, unknown>);
      return entries.length ? entries.map(([key, item]) => `${key}: ${formatValue(part, field, item)}`).join(t('taskBook.diff.separator')) : t('common.none');
    }
    return String(value);
  }

  /** What identifies the row, and what describes it. */
  function describeRow(part: PlanPart, row: DiffRow): { key: string; label: string } {
    if (part === 'budgets') {
      const { taskCode, source, year, amount } = row.row;
      return {
        key: [taskCode, formatValue(part, 'source', source), year].filter((item) => item !== undefined && item !== null && item !== '').join(' · ') || row.key,
        label: amount === undefined || amount === null ? '' : t('taskBook.diff.amount', { amount: String(amount) }),
      };
    }
    if (part === 'milestones' && row.label) return { key: row.key, label: t('taskBook.diff.due', { date: row.label }) };
    return { key: row.key, label: row.label };
  }

  return { fieldLabel, formatValue, describeRow };
}
