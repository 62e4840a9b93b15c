import type { TaskBookVersionRowFragment, TaskBookVersionStatus } from '@dsg/admin-data-access';

// Versions of a task book (ADR 0008): version 1 is submitted by the 双高办 and decided by the
// agency; after approval, changes come as change requests (任务书调整申请): an imported workbook
// drafts one (DRAFT), the institution submits it with a reason (SUBMITTED), the agency approves
// (APPROVED, the previous one SUPERSEDED) or returns it (REJECTED).

const STATUS_TAGS: Record<TaskBookVersionStatus, 'info' | 'warning' | 'success' | 'danger' | 'primary'> = {
  DRAFT: 'primary',
  SUBMITTED: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  SUPERSEDED: 'info',
};
export const versionStatusTag = (status: TaskBookVersionStatus) => STATUS_TAGS[status];

/** Newest first, for the timeline. */
export function newestFirst(versions: readonly TaskBookVersionRowFragment[]): TaskBookVersionRowFragment[] {
  return [...versions].sort((a, b) => b.number - a.number);
}

export interface VersionState {
  /** The change request being drafted (approved books only). */
  draft: TaskBookVersionRowFragment | null;
  /** The version awaiting the agency's decision. */
  pending: TaskBookVersionRowFragment | null;
}

export function versionState(versions: readonly TaskBookVersionRowFragment[]): VersionState {
  return {
    draft: versions.find((version) => version.status === 'DRAFT') ?? null,
    pending: versions.find((version) => version.status === 'SUBMITTED') ?? null,
  };
}
