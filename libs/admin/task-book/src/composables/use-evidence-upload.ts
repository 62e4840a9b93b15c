import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError, type EvidenceFileFieldsFragment } from '@dsg/admin-data-access';
import { notifyError, notifySuccess } from '@dsg/admin-ui';
import {
  EVIDENCE_EXTENSIONS,
  EVIDENCE_MAX_BYTES,
  checkFile,
  evidenceUrl,
  formatBytes,
  type EvidenceObjectType,
  type FileProblem,
} from './evidence';
import { describeTransferError, useFileTransfer, type UploadProgress } from '@dsg/admin-data-access';

export type EvidenceUploadProgress = UploadProgress & { name: string };

/**
 * Uploads evidence files of one object type (POST /evidence, with progress) as new files or new
 * versions of a file, and downloads them. The reason a file was refused (here or by the gateway)
 * is kept in `errorMessage` until the next attempt.
 */
export function useEvidenceUpload(objectType: EvidenceObjectType) {
  const { t } = useI18n();
  const transfer = useFileTransfer();
  const progress = ref<EvidenceUploadProgress | null>(null);
  const errorMessage = ref<string | null>(null);

  function problemText(problem: FileProblem): string {
    switch (problem) {
      case 'typeNotAllowed':
        return t('taskBook.files.typeNotAllowed', { types: EVIDENCE_EXTENSIONS.join(', ') });
      case 'tooLarge':
        return t('taskBook.files.tooLargeLocal', { limit: formatBytes(EVIDENCE_MAX_BYTES) });
      case 'empty':
        return t('taskBook.files.empty');
    }
  }

  /** The server names the refused field (the file: type or size); its message says it best. */
  function uploadError(error: unknown): string {
    if (isApiError(error) && error.code === 'BAD_USER_INPUT' && error.fields.length > 0) return error.fields.map((field) => field.message).join('; ');
    return describeTransferError(error, t);
  }

  /** Clears the last refusal; false (with the reason in `errorMessage`) for a file the gateway would refuse. */
  function check(file: File): boolean {
    const problem = checkFile(file, EVIDENCE_EXTENSIONS, EVIDENCE_MAX_BYTES);
    errorMessage.value = problem ? problemText(problem) : null;
    return problem === null;
  }

  /** Uploads a file of the object (a new version of `replaces` when given); resolves the stored file, or null. */
  async function upload(objectId: string, file: File, replaces: EvidenceFileFieldsFragment | null = null): Promise<EvidenceFileFieldsFragment | null> {
    if (!check(file)) return null;
    const form = new FormData();
    // Fields before the file: the gateway reads them before it streams the file into storage.
    form.append('objectType', objectType);
    form.append('objectId', objectId);
    if (replaces) form.append('replaces', replaces.id);
    form.append('file', file, file.name);
    progress.value = { loaded: 0, total: file.size || null, name: file.name };
    try {
      const saved = await transfer.upload<EvidenceFileFieldsFragment>('/evidence', form, {
        onProgress: (next) => (progress.value = { ...next, total: next.total ?? progress.value?.total ?? null, name: file.name }),
      });
      notifySuccess(t('taskBook.evidence.uploaded', { name: saved.fileName }));
      return saved;
    } catch (error) {
      errorMessage.value = uploadError(error);
      return null;
    } finally {
      progress.value = null;
    }
  }

  async function download(file: EvidenceFileFieldsFragment): Promise<void> {
    try {
      await transfer.download(evidenceUrl(file.id), file.fileName);
    } catch (error) {
      notifyError(describeTransferError(error, t));
    }
  }

  return { progress, errorMessage, check, upload, download };
}
