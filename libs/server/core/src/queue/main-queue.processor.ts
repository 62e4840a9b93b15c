import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { MAIN_QUEUE, type JobEnvelope } from '@dsg/contracts';
import { JobRunner } from './job-runner.js';
import { JobRejected } from './job-rejected.js';

/** Consumer of the main queue; registered only in the worker (`QueueModule.forRoot({ consume: true })`). */
@Processor(MAIN_QUEUE, { concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) })
export class MainQueueProcessor extends WorkerHost {
  constructor(private readonly runner: JobRunner) {
    super();
  }

  async process(job: Job<JobEnvelope>): Promise<unknown> {
    const attempt = job.attemptsMade + 1;
    const final = attempt >= (job.opts.attempts ?? 1);
    try {
      return await this.runner.run(job.data, job.name, attempt, final);
    } catch (e) {
      // Validation rejections are final: tell BullMQ not to retry them.
      if (e instanceof JobRejected) throw new UnrecoverableError(e.message);
      throw e;
    }
  }
}
