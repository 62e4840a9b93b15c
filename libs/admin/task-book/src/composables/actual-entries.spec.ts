import { describe, expect, it } from 'vitest';
import { ApiError } from '@dsg/admin-data-access';
import { buildEntries, mapEntryErrors, parseValue } from './actual-entries';

describe('actual entries', () => {
  const rows = [
    { id: 'a', kind: 'QUANTITATIVE' as const },
    { id: 'b', kind: 'QUALITATIVE' as const },
    { id: 'c', kind: 'QUANTITATIVE' as const },
    { id: 'd', kind: 'QUANTITATIVE' as const },
  ];

  it('sends exactly the filled rows: a note alone is not a report', () => {
    const built = buildEntries(
      rows,
      {
        a: { value: ' 12.5 ', note: '' },
        b: { value: '完成了实训基地建设', note: '见佐证' },
        c: { value: '', note: '只有备注' },
      },
      'invalid',
    );
    expect(built).toEqual({
      entries: [
        { indicatorId: 'a', value: 12.5, note: null },
        { indicatorId: 'b', text: '完成了实训基地建设', note: '见佐证' },
      ],
      invalid: {},
    });
  });

  it('refuses values that are not numbers of at least 0 before calling the server', () => {
    const built = buildEntries(rows, { a: { value: '-1', note: '' }, c: { value: '12个', note: '' }, d: { value: '0', note: '' } }, 'bad');
    expect(built.invalid).toEqual({ a: 'bad', c: 'bad' });
    expect(built.entries).toEqual([{ indicatorId: 'd', value: 0, note: null }]);
    expect(parseValue('1e3')).toBe(1000);
    expect(parseValue('.5')).toBe(0.5);
    expect(parseValue('NaN')).toBeNull();
    expect(parseValue('Infinity')).toBeNull();
  });

  it('maps entries.<index>.<field> errors back to the rows that were sent', () => {
    const sent = [
      { indicatorId: 'a', value: 1 },
      { indicatorId: 'c', value: 2 },
    ];
    const error = new ApiError('BAD_USER_INPUT', '提交的数据有误', [
      { field: 'entries.1.value', message: '不能超过 1000000000000' },
      { field: 'input.entries.0.note', message: '备注过长' },
      { field: 'period', message: '填报期不在建设周期内' },
    ]);
    expect(mapEntryErrors(error, sent)).toEqual({
      rows: { c: '不能超过 1000000000000', a: '备注过长' },
      general: ['填报期不在建设周期内'],
    });
    expect(mapEntryErrors(new ApiError('CONFLICT', 'x'), sent)).toEqual({ rows: {}, general: [] });
  });
});
