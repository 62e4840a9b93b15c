import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The period data a report is built from, as the task book knows it. The reporting feature does
 * not read task-book tables itself: the task-book feature registers a `PeriodDataSource` here
 * (features do not import each other), and reporting asks through this port.
 *
 * A snapshot is plain JSON: it is stored in report revisions and read by agencies long after the
 * live rows have moved on, so its shape is versioned (`schemaVersion`).
 */
export interface PeriodSnapshot {
  schemaVersion: 1;
  taskBookId: string;
  /** Report period code ('2025-Q3'); data of later periods is never included. */
  period: string;
  tasks: SnapshotTask[];
  indicators: SnapshotIndicator[];
  milestones: SnapshotMilestone[];
  /** 万元, as the task book records them. Movements of periods ending no later than `period`. */
  funds: { budgets: SnapshotBudget[]; movements: SnapshotMovement[] };
  /** Achievements awarded from the programme's start to the period's end. */
  achievements: SnapshotAchievement[];
}

export interface SnapshotTask { id: string; parentId: string | null; code: string; title: string; level: number; status: string; progress: number }
export interface SnapshotIndicator {
  id: string; taskId: string; code: string; name: string; unit: string | null; kind: string;
  direction: 'HIGHER_BETTER' | 'LOWER_BETTER'; aggregation: 'LATEST' | 'SUM';
  finalTarget: number | null; yearlyTargets: Record<string, number>;
  /** Actuals of periods ending no later than the report period. */
  actuals: { period: string; value: number | null; text: string | null }[];
}
export interface SnapshotMilestone { id: string; taskId: string; title: string; dueDate: string; status: string; completedAt: string | null }
export interface SnapshotBudget { taskId: string; source: string; year: number; amount: number }
export interface SnapshotMovement { taskId: string; source: string; period: string; arrived: number; spent: number }
export interface SnapshotAchievement {
  id: string; title: string; level: string; category: string; awardedOn: string; linkedTaskIds: string[];
  /** Absent in snapshots taken before these fields were captured. */
  quantity?: number; awardingBody?: string | null; caseWriteUp?: string | null;
}

/** The period's computed figures (rates are fractions, null when the denominator is 0). */
export interface PeriodFigures {
  tasks: { total: number; completed: number; inProgress: number; notStarted: number; overdueMilestones: number; completionRate: number | null };
  indicators: { total: number; reported: number; attained: number; attainmentRate: number | null; rows: PeriodIndicatorFigure[] };
  achievementsByLevel: { level: string; count: number }[];
  funds: { budget: number; arrived: number; spent: number; arrivalRate: number | null; executionRate: number | null; bySource: { source: string; budget: number; arrived: number; spent: number }[] };
}
export interface PeriodIndicatorFigure { indicatorId: string; taskCode: string; code: string; name: string; unit: string | null; target: number | null; actual: number | null; attainment: number | null }

/** A unit of layered review: a top-level construction task and who answers for it. */
export interface ReviewUnit { taskId: string; code: string; title: string; leadDepartmentId: string | null; responsibleUserIds: string[] }

/** One proposed change of a correction revision (更正): a period actual's new value. */
export interface ActualCorrection { indicatorId: string; period: string; value: number | null; text?: string | null }

export interface PeriodDataSource {
  /** The enrolment's task book data up to `period`, read with `em` (the caller's transaction). */
  collect(em: EntityManager, enrolmentId: string, period: string): Promise<PeriodSnapshot>;
  figures(snapshot: PeriodSnapshot): PeriodFigures;
  reviewUnits(em: EntityManager, enrolmentId: string): Promise<ReviewUnit[]>;
  /** Writes accepted corrections to the live rows (the caller has lifted the period lock). */
  applyCorrections(em: EntityManager, tenantId: string, actorId: string, corrections: readonly ActualCorrection[]): Promise<void>;
}

/** Holds the one registered source; asking before registration is a wiring bug, reported loudly. */
@Injectable()
export class PeriodData {
  private source: PeriodDataSource | null = null;

  register(source: PeriodDataSource): void {
    this.source = source;
  }

  get(): PeriodDataSource {
    if (!this.source) throw new Error('No PeriodDataSource registered (is the task-book module loaded?)');
    return this.source;
  }
}
