import { describe, expect, it } from 'vitest';
import { ApiError } from '@dsg/admin-data-access';
import { errorText, fieldMessage, isConflict } from './api-errors';

const t = (key: string) => `t:${key}`;

describe('api errors', () => {
  it('shows the server’s message, else a generic text for the code (PERIOD_FROZEN included)', () => {
    expect(errorText(new ApiError('PERIOD_FROZEN', '2025-Q2 的数据已冻结'), t)).toBe('2025-Q2 的数据已冻结');
    expect(errorText(new ApiError('PERIOD_FROZEN', ''), t)).toBe('t:errors.periodFrozen');
    expect(errorText(new ApiError('NETWORK', ''), t)).toBe('t:errors.network');
  });

  it('tells a conflict and finds the message about one field', () => {
    const refused = new ApiError('BAD_USER_INPUT', '输入有误', [
      { field: 'input.reason', message: '请填写原因' },
      { field: 'sections.progress', message: '不能为空' },
    ]);
    expect(isConflict(new ApiError('CONFLICT', 'x'))).toBe(true);
    expect(isConflict(refused)).toBe(false);
    expect(fieldMessage(refused, 'reason')).toBe('请填写原因');
    expect(fieldMessage(refused, 'state')).toBeNull();
    expect(fieldMessage(new ApiError('CONFLICT', 'x'), 'reason')).toBeNull();
  });
});
