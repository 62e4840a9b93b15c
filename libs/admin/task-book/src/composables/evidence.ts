import { EVIDENCE_REVIEW_STATUSES, type EvidenceReviewStatus } from '@dsg/contracts';
import type { EvidenceFileFieldsFragment } from '@dsg/admin-data-access';

// 佐证材料 of an indicator's actual, a milestone or a task: what may be uploaded, and how the
// versions of a file are shown. The gateway checks type (by content) and size again; these checks
// only spare a doomed upload.

/** The objects this feature attaches evidence to (the gateway's objectType). */
export type EvidenceObjectType = 'IndicatorActual' | 'Milestone' | 'ConstructionTask';

/** Evidence of an indicator hangs off the actual (one period's value), not the indicator. */
export const EVIDENCE_OBJECT_TYPE: EvidenceObjectType = 'IndicatorActual';
/** Evidence of a milestone's completion (节点目标的完成佐证). */
export const MILESTONE_EVIDENCE_TYPE: EvidenceObjectType = 'Milestone';
/** Evidence of a construction task as a whole (任务佐证材料: plans, summaries, policy documents). */
export const TASK_EVIDENCE_TYPE: EvidenceObjectType = 'ConstructionTask';

/** PDF, images, Word, Excel, PowerPoint: the extensions the gateway accepts. */
export const EVIDENCE_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx'] as const;
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.map((extension) => `.${extension}`).join(',');
/** The gateway's default limit (EVIDENCE_MAX_BYTES, 100 MiB). */
export const EVIDENCE_MAX_BYTES = 100 * 1024 * 1024;

export const evidenceUrl = (id: string) => `/evidence/${encodeURIComponent(id)}`;

export type FileProblem = 'tooLarge' | 'typeNotAllowed' | 'empty';

/** The lower-case extension of a file name ('报告.PDF' → 'pdf'), '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** Why a picked file cannot be uploaded, or null. */
export function checkFile(file: Pick<File, 'name' | 'size'>, extensions: readonly string[], maxBytes: number): FileProblem | null {
  if (!extensions.includes(extensionOf(file.name))) return 'typeNotAllowed';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'tooLarge';
  return null;
}

/** 1536 → "1.5 KB", 5 * 1024 * 1024 → "5 MB". */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Math.round(value * 10) / 10} ${units[unit]}`;
}

const STATUS_TAGS: Record<EvidenceReviewStatus, 'warning' | 'success' | 'danger'> = {
  PENDING: 'warning',
  APPROVED: 'success',
  RETURNED: 'danger',
};

/** The schema types reviewStatus as a string; anything unknown is shown as pending. */
export function reviewStatusOf(file: Pick<EvidenceFileFieldsFragment, 'reviewStatus'>): EvidenceReviewStatus {
  return (EVIDENCE_REVIEW_STATUSES as readonly string[]).includes(file.reviewStatus) ? (file.reviewStatus as EvidenceReviewStatus) : 'PENDING';
}

export const reviewStatusTag = (status: EvidenceReviewStatus) => STATUS_TAGS[status];

export interface EvidenceSeries {
  seriesId: string;
  /** The newest version: the one reviewed and replaced. */
  latest: EvidenceFileFieldsFragment;
  /** Earlier versions, newest first. */
  older: EvidenceFileFieldsFragment[];
}

/** Groups the versions of each file, in the order the series first appear (the API sorts them). */
export function evidenceSeries(files: readonly EvidenceFileFieldsFragment[]): EvidenceSeries[] {
  const bySeries = new Map<string, EvidenceFileFieldsFragment[]>();
  for (const file of files) {
    const list = bySeries.get(file.seriesId);
    if (list) list.push(file);
    else bySeries.set(file.seriesId, [file]);
  }
  return [...bySeries].map(([seriesId, versions]) => {
    const [latest, ...older] = [...versions].sort((a, b) => b.version - a.version);
    return { seriesId, latest: latest!, older };
  });
}
