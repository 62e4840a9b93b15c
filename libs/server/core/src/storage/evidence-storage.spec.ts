import { describe, expect, it } from 'vitest';
import { assertValidKey, isStorageError, isValidKey, MAX_KEY_LENGTH, StorageError } from './evidence-storage.js';

describe('storage keys', () => {
  it('accepts /-separated segments of [A-Za-z0-9_.-]', () => {
    for (const key of ['a', 'report.pdf', 'tenant-7/evidence/0f9c_1/v3/file.name.PDF', 'A-Z_a-z.0-9', 'x'.repeat(MAX_KEY_LENGTH), 'a/b..c', 'a/b.']) {
      expect(isValidKey(key), key).toBe(true);
    }
  });

  it('refuses empty, absolute, dotted, traversing, hidden and foreign-character keys', () => {
    for (const key of ['', '/a', 'a/', '//a', 'a//b', '.', '..', '../a', 'a/..', 'a/../b', './a', 'a/./b', '.hidden', 'a/.tmp/b', 'C:\\x', 'a\\b', 'a b', 'a+b', '报告.pdf', 'a%2F..', 'x'.repeat(MAX_KEY_LENGTH + 1)]) {
      expect(isValidKey(key), key).toBe(false);
      expect(() => assertValidKey(key), key).toThrow(StorageError);
    }
    expect(isValidKey(undefined as unknown as string)).toBe(false);
  });

  it('raises BAD_KEY StorageErrors that are recognisable by code', () => {
    try {
      assertValidKey('../etc/passwd');
      expect.unreachable();
    } catch (error) {
      expect(isStorageError(error)).toBe(true);
      expect(isStorageError(error, 'BAD_KEY')).toBe(true);
      expect(isStorageError(error, 'NOT_FOUND')).toBe(false);
      expect((error as StorageError).name).toBe('StorageError');
      expect((error as StorageError).message).toContain('../etc/passwd');
    }
    expect(isStorageError(new Error('x'))).toBe(false);
  });
});
