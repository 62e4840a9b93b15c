import type { TaskBookDocument } from '@dsg/server-task-book';

/** One reported indicator actual (填报值). */
export interface DemoActual {
  indicatorCode: string;
  /** Period code: '2021-Q3' (quarter), '2021' (year), '2022-M06' (month) — see periods.ts. */
  period: string;
  /** Quantitative indicators: the figure. Qualitative: null, with `text`. */
  value: number | null;
  text?: string;
}

/** Money arrived (到位) and spent (执行) for one task, source and period, in 万元. */
export interface DemoFundMovement {
  taskCode: string;
  source: string;
  period: string;
  arrived: number;
  spent: number;
}

/** A task's progress now (status and percent). */
export interface DemoProgress {
  taskCode: string;
  status: string;
  progress: number;
}

/** One demo task book: an enrolment of demo-data.ts, its plan and what has been reported against it. */
export interface DemoTaskBook {
  institutionCode: string; // from demo-data.ts
  programmeCode: string; // the enrolment's programme
  track: 'SCHOOL' | 'SPECIALTY_GROUP';
  specialtyGroup: string | null; // must match the enrolment in demo-data.ts exactly
  approved: boolean; // true: the demo loads it as approved version 1
  document: TaskBookDocument; // years = the programme's startYear..endYear
  /**
   * Flow indicators (流量型: period values add up, aggregation SUM — training person-times, income,
   * new achievements per year). Every other quantitative indicator is a stock (存量型, aggregation
   * LATEST: the latest reported value counts). The seed writes this list into the document's
   * `aggregation` before loading it; for a flow indicator the final target is the sum of its yearly targets.
   */
  flowIndicatorCodes: string[];
  /** Reported actuals: indicator code → period code → value (quarterly codes like '2021-Q3' or annual '2021'); text for qualitative. */
  actuals: DemoActual[];
  /** Money arrived and spent per task code, source and period, in 万元. */
  fundMovements: DemoFundMovement[];
  /** Task progress now: status and percent, per task code. */
  progress: DemoProgress[];
}
