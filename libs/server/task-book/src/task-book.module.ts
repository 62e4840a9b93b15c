import { Module, type DynamicModule } from '@nestjs/common';
import { storageFromEnv, type EvidenceStorage } from '@dsg/server-core';
import { WORKBOOK_STORAGE, WorkbookService } from './workbook/workbook.service.js';
import { ImportWorkbookJob } from './workbook/import-workbook.job.js';
import { WorkbookController } from './workbook/workbook.controller.js';
import { TaskBookService } from './task-book/task-book.service.js';
import { TaskBookResolver } from './task-book/task-book.resolver.js';
import { TaskService } from './task/task.service.js';
import { TaskResolver } from './task/task.resolver.js';
import { IndicatorService } from './indicator/indicator.service.js';
import { ActualService } from './indicator/actual.service.js';
import { IndicatorResolver, TaskIndicatorsResolver } from './indicator/indicator.resolver.js';
import { FundService } from './fund/fund.service.js';
import { AchievementService } from './achievement/achievement.service.js';
import { AgreementService } from './agreement/agreement.service.js';
import { AgreementResolver } from './agreement/agreement.resolver.js';
import { AchievementResolver } from './achievement/achievement.resolver.js';
import { TaskAttainmentResolver, TaskBookAttainmentResolver } from './indicator/attainment.resolver.js';
import { MilestoneService } from './milestone/milestone.service.js';
import { VersionService } from './version/version.service.js';
import { TaskBookVersionsResolver, VersionResolver } from './version/version.resolver.js';
import { MilestoneResolver, TaskMilestonesResolver } from './milestone/milestone.resolver.js';
import { TaskBookFundsResolver, TaskFundsResolver } from './fund/fund.resolver.js';
import { TaskHistoryService } from './history/task-history.service.js';
import { TaskBookEvidenceTargets } from './evidence/task-book-evidence-targets.js';
import { TaskBookPeriodData } from './reporting/task-book-period-data.js';
import { TaskHistoryResolver } from './history/task-history.resolver.js';

/** Resolver classes, also used to print the committed schema without a running app. */
export const taskBookResolvers = [TaskBookResolver, TaskResolver, IndicatorResolver, TaskIndicatorsResolver, TaskBookFundsResolver, TaskFundsResolver, MilestoneResolver, TaskMilestonesResolver, VersionResolver, TaskBookVersionsResolver, TaskBookAttainmentResolver, TaskAttainmentResolver, AchievementResolver, AgreementResolver, TaskHistoryResolver];

/** 任务书: tasks, milestones, indicators, actuals, funds (issue 3; grows feature by feature). */
@Module({})
export class TaskBookModule {
  static forRoot(opts: { graphql: boolean; storage?: EvidenceStorage }): DynamicModule {
    return {
      module: TaskBookModule,
      controllers: opts.graphql ? [WorkbookController] : [],
      providers: [
        { provide: WORKBOOK_STORAGE, useFactory: () => opts.storage ?? storageFromEnv() },
        WorkbookService,
        ImportWorkbookJob,
        TaskBookService, TaskService, IndicatorService, ActualService, FundService, MilestoneService, VersionService, AchievementService, AgreementService, TaskHistoryService, TaskBookEvidenceTargets, TaskBookPeriodData, ...(opts.graphql ? taskBookResolvers : [])],
      exports: [TaskBookService, TaskService, IndicatorService, ActualService, FundService, MilestoneService, VersionService, AchievementService, AgreementService],
    };
  }
}
