import { addDays, dueDate, periodEnd, periodStart, periodsOf, type Frequency } from '@dsg/contracts';

export type PeriodStatus = 'SCHEDULED' | 'OPEN' | 'CLOSED';

export interface CalendarPeriod {
  code: string;
  startsOn: string;
  endsOn: string;
  /** Reporting opens on the period's first day: data is entered as the work happens. */
  opensOn: string;
  /** `dueDaysAfterPeriodEnd` days after the period's last day. */
  dueOn: string;
}

/** Every reporting period of a programme, in order (programme years × frequency). */
export function programmeCalendar(p: { frequency: Frequency; startYear: number; endYear: number; dueDaysAfterPeriodEnd: number }): CalendarPeriod[] {
  return periodsOf(p.frequency, p.startYear, p.endYear).map((code) => {
    const endsOn = periodEnd(code);
    const startsOn = periodStart(code);
    return { code, startsOn, endsOn, opensOn: startsOn, dueOn: dueDate(code, p.dueDaysAfterPeriodEnd) };
  });
}

/** The status a period should have on `today` (Beijing date): the tick job moves it there. */
export function statusOn(period: Pick<CalendarPeriod, 'opensOn' | 'dueOn'>, today: string): PeriodStatus {
  if (today < period.opensOn) return 'SCHEDULED';
  return today <= period.dueOn ? 'OPEN' : 'CLOSED';
}

/** Reminder kinds a period triggers on `today`: the day before it is due, and the day after. */
export function reminderDue(period: Pick<CalendarPeriod, 'dueOn'>, today: string): 'DUE_SOON' | 'OVERDUE' | null {
  if (addDays(today, 1) === period.dueOn) return 'DUE_SOON';
  if (addDays(period.dueOn, 1) === today) return 'OVERDUE';
  return null;
}
