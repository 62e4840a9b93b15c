import { describe, expect, it } from 'vitest';
import type { EvidenceFileFieldsFragment } from '@dsg/admin-data-access';
import { EVIDENCE_ACCEPT, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES, checkFile, evidenceSeries, formatBytes, reviewStatusOf } from './evidence';

const file = (id: string, seriesId: string, version: number): EvidenceFileFieldsFragment => ({
  id,
  objectType: 'IndicatorActual',
  objectId: 'a-1',
  seriesId,
  version,
  fileName: `${id}.pdf`,
  contentType: 'application/pdf',
  size: 1024,
  sha256: 'x',
  uploadedBy: 'u-1',
  uploadedAt: '2026-04-02T08:00:00Z',
  reviewStatus: 'PENDING',
  reviewNote: null,
});

describe('evidence files', () => {
  it('accepts the types the gateway accepts, by extension, up to 100 MB', () => {
    expect(EVIDENCE_ACCEPT).toBe('.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx');
    expect(checkFile({ name: '报告.PDF', size: 10 }, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES)).toBeNull();
    expect(checkFile({ name: 'setup.exe', size: 10 }, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES)).toBe('typeNotAllowed');
    expect(checkFile({ name: 'noextension', size: 10 }, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES)).toBe('typeNotAllowed');
    expect(checkFile({ name: 'a.pdf', size: 0 }, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES)).toBe('empty');
    expect(checkFile({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES }, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES)).toBeNull();
    expect(checkFile({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES + 1 }, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES)).toBe('tooLarge');
  });

  it('groups versions by series, newest first, keeping the order of the series', () => {
    const series = evidenceSeries([file('b2', 's-b', 2), file('a1', 's-a', 1), file('b1', 's-b', 1), file('b3', 's-b', 3)]);
    expect(series.map((item) => [item.seriesId, item.latest.id, item.older.map((older) => older.id)])).toEqual([
      ['s-b', 'b3', ['b2', 'b1']],
      ['s-a', 'a1', []],
    ]);
  });

  it('shows unknown review states as pending and sizes in binary units', () => {
    expect(reviewStatusOf({ reviewStatus: 'RETURNED' })).toBe('RETURNED');
    expect(reviewStatusOf({ reviewStatus: 'SOMETHING_NEW' })).toBe('PENDING');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(100 * 1024 * 1024)).toBe('100 MB');
  });
});
