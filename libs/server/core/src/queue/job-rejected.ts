/**
 * A job that cannot succeed by retrying (bad input found by validation): it ends FAILED at once,
 * with its report kept as the run's result for the UI.
 */
export class JobRejected extends Error {
  constructor(
    message: string,
    readonly report: unknown,
  ) {
    super(message);
    this.name = 'JobRejected';
  }
}
