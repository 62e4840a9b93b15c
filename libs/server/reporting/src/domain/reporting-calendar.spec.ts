import { describe, expect, it } from 'vitest';
import { programmeCalendar, reminderDue, statusOn } from './reporting-calendar.js';

describe('reporting calendar', () => {
  it('generates every quarter of the programme with open and due dates', () => {
    const cal = programmeCalendar({ frequency: 'QUARTERLY', startYear: 2025, endYear: 2026, dueDaysAfterPeriodEnd: 15 });
    expect(cal.map((p) => p.code)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(cal[2]).toEqual({ code: '2025-Q3', startsOn: '2025-07-01', endsOn: '2025-09-30', opensOn: '2025-07-01', dueOn: '2025-10-15' });
    // The year's last period is due in the next year.
    expect(cal[3]!.dueOn).toBe('2026-01-15');
  });

  it('handles monthly, semi-annual and annual calendars, incl. February of a leap year', () => {
    const monthly = programmeCalendar({ frequency: 'MONTHLY', startYear: 2024, endYear: 2024, dueDaysAfterPeriodEnd: 10 });
    expect(monthly).toHaveLength(12);
    expect(monthly[1]).toEqual({ code: '2024-M02', startsOn: '2024-02-01', endsOn: '2024-02-29', opensOn: '2024-02-01', dueOn: '2024-03-10' });
    expect(programmeCalendar({ frequency: 'SEMI_ANNUAL', startYear: 2025, endYear: 2025, dueDaysAfterPeriodEnd: 30 })[0]).toMatchObject({ code: '2025-H1', opensOn: '2025-01-01', dueOn: '2025-07-30' });
    expect(programmeCalendar({ frequency: 'ANNUAL', startYear: 2025, endYear: 2025, dueDaysAfterPeriodEnd: 31 })[0]).toMatchObject({ code: '2025', opensOn: '2025-01-01', dueOn: '2026-01-31' });
  });

  it('opens on the opening day and closes the day after it is due', () => {
    const p = { opensOn: '2025-07-01', dueOn: '2025-10-15' };
    expect(statusOn(p, '2025-06-30')).toBe('SCHEDULED');
    expect(statusOn(p, '2025-07-01')).toBe('OPEN');
    expect(statusOn(p, '2025-10-15')).toBe('OPEN');
    expect(statusOn(p, '2025-10-16')).toBe('CLOSED');
  });

  it('reminds the day before the due date and the day after, and on no other day', () => {
    const p = { dueOn: '2026-01-01' };
    expect(reminderDue(p, '2025-12-31')).toBe('DUE_SOON');
    expect(reminderDue(p, '2026-01-02')).toBe('OVERDUE');
    expect(reminderDue(p, '2026-01-01')).toBeNull();
    expect(reminderDue(p, '2025-12-30')).toBeNull();
  });
});
