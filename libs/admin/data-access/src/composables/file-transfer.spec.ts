import { describe, expect, it } from 'vitest';
import { errorFromAnswer, fileNameFromDisposition } from './file-transfer';

describe('file transfer', () => {
  it('reads the file name the gateway sends (RFC 5987) or the plain form', () => {
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent('天津职业大学 任务书.xlsx')}`)).toBe('天津职业大学 任务书.xlsx');
    expect(fileNameFromDisposition('attachment; filename="plan.xlsx"')).toBe('plan.xlsx');
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it('turns the typed error body into an ApiError with its field messages', () => {
    const error = errorFromAnswer(400, {
      errors: [{ message: '提交的数据有误', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: '文件超过 100 MB 上限', i18n: {} }] } }],
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('提交的数据有误');
    expect(error.fields).toEqual([{ field: 'file', message: '文件超过 100 MB 上限' }]);
  });

  it('derives the error from the status when there is no typed body', () => {
    expect(errorFromAnswer(404, undefined).code).toBe('NOT_FOUND');
    expect(errorFromAnswer(413, '<html>').rawCode).toBe('PAYLOAD_TOO_LARGE');
    expect(errorFromAnswer(502, undefined).code).toBe('NETWORK');
    expect(errorFromAnswer(500, { errors: [{ message: 'x', extensions: { code: 'SOMETHING' } }] })).toMatchObject({ code: 'INTERNAL', rawCode: 'SOMETHING' });
  });
});
