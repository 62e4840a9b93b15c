import { useI18n } from 'vue-i18n';
import { parsePeriod } from './periods';

/** "2025-Q3" → "2025 年第 3 季度" / "Q3 2025"; unknown codes are shown as they are. */
export function usePeriodLabel() {
  const { t } = useI18n();
  return (code: string): string => {
    const period = parsePeriod(code);
    if (!period) return code;
    const { year, index } = period;
    switch (period.granularity) {
      case 'YEAR':
        return t('taskBook.periods.year', { year });
      case 'HALF':
        return t('taskBook.periods.half', { year, half: t(`taskBook.periods.halves.${index}`) });
      case 'QUARTER':
        return t('taskBook.periods.quarter', { year, quarter: index });
      case 'MONTH':
        return t('taskBook.periods.month', { year, month: index });
    }
  };
}
