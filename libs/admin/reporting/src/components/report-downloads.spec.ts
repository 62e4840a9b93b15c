import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { byTestId, mountFeature, texts } from '../testing/mount-feature';
import ReportDownloads from './report-downloads.vue';

const doc = (id: string, format: string) => ({ id, revision: 1, format, fileName: `报告.${format.toLowerCase()}`, size: 34_000, createdAt: '2025-10-12T02:00:00.000Z', downloadPath: `/report-documents/${id}` });
const job = (status: string, progress: number, error: string | null = null) => ({ id: 'job-1', status, progress, error, result: status === 'SUCCEEDED' ? { documentId: 'd-2' } : null });

async function mountDownloads(handlers: Record<string, unknown>) {
  const mounted = await mountFeature(ReportDownloads, { props: { reportId: 'r-1' }, session: { rules: [] }, handlers: handlers as never });
  await flushPromises();
  return mounted;
}

describe('report downloads', () => {
  it('generates the chosen format as a job, shows its progress, then lists the new file', async () => {
    vi.useFakeTimers();
    try {
      const { gateway } = await mountDownloads({
        ReportDocuments: [{ data: { reportDocuments: [] } }, { data: { reportDocuments: [doc('d-2', 'PDF')] } }],
        GenerateReportDocument: { data: { generateReportDocument: job('RUNNING', 30) } },
        ReportDocumentJobRun: { data: { jobRun: job('SUCCEEDED', 100) } },
      });
      expect(byTestId('report-documents')?.textContent).toContain('尚未生成文件');
      byTestId('report-generate-PDF')!.click();
      await flushPromises();
      expect(gateway.callsOf('GenerateReportDocument')[0]!.variables).toEqual({ reportId: 'r-1', format: 'PDF' });
      expect(byTestId('report-generate-progress')?.textContent).toContain('30%');
      expect(byTestId('report-generate-DOCX')?.hasAttribute('disabled')).toBe(true);
      await vi.advanceTimersByTimeAsync(5_000);
      await flushPromises();
      expect(gateway.callsOf('ReportDocuments')).toHaveLength(2);
      expect(texts('report-document-PDF')).toEqual(['报告.pdf']);
      expect(byTestId('report-generate-progress')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed job shows its error and reloads nothing it did not make', async () => {
    vi.useFakeTimers();
    try {
      await mountDownloads({
        ReportDocuments: { data: { reportDocuments: [] } },
        GenerateReportDocument: { data: { generateReportDocument: job('RUNNING', 10) } },
        ReportDocumentJobRun: { data: { jobRun: job('FAILED', 10, 'Chromium did not start') } },
      });
      byTestId('report-generate-DOCX')!.click();
      await flushPromises();
      await vi.advanceTimersByTimeAsync(5_000);
      await flushPromises();
      expect(byTestId('report-downloads-error')?.textContent).toContain('Chromium did not start');
    } finally {
      vi.useRealTimers();
    }
  });
});
