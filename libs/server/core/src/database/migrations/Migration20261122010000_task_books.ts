import { Migration } from '@mikro-orm/migrations';

/**
 * Task books (issue 3): plan tables (tasks, milestones, indicators, targets, budgets), progress
 * tables (actuals, fund movements) and versions, each tenant-owned with FORCEd row-level security.
 */
export class Migration20261122010000_task_books extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "construction_task" ("id" uuid not null, "tenant_id" uuid not null, "task_book_id" uuid not null, "parent_id" uuid null, "position" int not null default 0, "code" varchar(20) not null, "level" smallint not null, "title" varchar(300) not null, "description" text null, "lead_department_id" uuid null, "cooperating_department_ids" text[] not null, "leader_user_id" uuid null, "project_leader_user_id" uuid null, "member_user_ids" text[] not null, "start_date" date null, "end_date" date null, "status" varchar(20) not null default 'NOT_STARTED', "progress" smallint not null default 0, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "construction_task_tenant_id_index" on "construction_task" ("tenant_id")`);
    this.addSql(`create index "construction_task_task_book_id_index" on "construction_task" ("task_book_id")`);
    this.addSql(`create index "construction_task_parent_id_index" on "construction_task" ("parent_id")`);
    this.addSql(`alter table "construction_task" add constraint "construction_task_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`create table "fund_budget" ("id" uuid not null, "tenant_id" uuid not null, "task_id" uuid not null, "source" varchar(20) not null, "year" smallint not null, "amount" numeric(16,2) not null, primary key ("id"))`);
    this.addSql(`create index "fund_budget_tenant_id_index" on "fund_budget" ("tenant_id")`);
    this.addSql(`create index "fund_budget_task_id_index" on "fund_budget" ("task_id")`);
    this.addSql(`alter table "fund_budget" add constraint "fund_budget_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "fund_budget" add constraint "fund_budget_task_id_source_year_unique" unique ("task_id", "source", "year")`);
    this.addSql(`create table "fund_movement" ("id" uuid not null, "tenant_id" uuid not null, "task_id" uuid not null, "source" varchar(20) not null, "period" varchar(10) not null, "arrived" numeric(16,2) not null default 0, "spent" numeric(16,2) not null default 0, "entered_by" uuid not null, "entered_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "fund_movement_tenant_id_index" on "fund_movement" ("tenant_id")`);
    this.addSql(`create index "fund_movement_task_id_index" on "fund_movement" ("task_id")`);
    this.addSql(`alter table "fund_movement" add constraint "fund_movement_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "fund_movement" add constraint "fund_movement_task_id_source_period_unique" unique ("task_id", "source", "period")`);
    this.addSql(`create table "indicator_actual" ("id" uuid not null, "tenant_id" uuid not null, "indicator_id" uuid not null, "period" varchar(10) not null, "value" numeric(18,4) null, "text" text null, "note" text null, "entered_by" uuid not null, "entered_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "indicator_actual_tenant_id_index" on "indicator_actual" ("tenant_id")`);
    this.addSql(`alter table "indicator_actual" add constraint "indicator_actual_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "indicator_actual" add constraint "indicator_actual_indicator_id_period_unique" unique ("indicator_id", "period")`);
    this.addSql(`create table "indicator_target" ("id" uuid not null, "tenant_id" uuid not null, "indicator_id" uuid not null, "year" smallint not null, "value" numeric(18,4) not null, primary key ("id"))`);
    this.addSql(`create index "indicator_target_tenant_id_index" on "indicator_target" ("tenant_id")`);
    this.addSql(`alter table "indicator_target" add constraint "indicator_target_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "indicator_target" add constraint "indicator_target_indicator_id_year_unique" unique ("indicator_id", "year")`);
    this.addSql(`create table "milestone" ("id" uuid not null, "tenant_id" uuid not null, "task_id" uuid not null, "title" varchar(300) not null, "due_date" date not null, "deliverable" text null, "status" varchar(20) not null default 'PENDING', "completed_at" date null, "completion_note" text null, "created_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "milestone_tenant_id_index" on "milestone" ("tenant_id")`);
    this.addSql(`create index "milestone_task_id_index" on "milestone" ("task_id")`);
    this.addSql(`alter table "milestone" add constraint "milestone_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`create table "performance_indicator" ("id" uuid not null, "tenant_id" uuid not null, "task_book_id" uuid not null, "task_id" uuid not null, "code" varchar(40) not null, "name" varchar(300) not null, "category" varchar(30) not null, "kind" varchar(20) not null default 'QUANTITATIVE', "unit" varchar(30) null, "direction" varchar(20) not null default 'HIGHER_BETTER', "aggregation" varchar(10) not null default 'LATEST', "baseline" numeric(18,4) null, "final_target" numeric(18,4) null, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "performance_indicator_tenant_id_index" on "performance_indicator" ("tenant_id")`);
    this.addSql(`create index "performance_indicator_task_book_id_index" on "performance_indicator" ("task_book_id")`);
    this.addSql(`create index "performance_indicator_task_id_index" on "performance_indicator" ("task_id")`);
    this.addSql(`alter table "performance_indicator" add constraint "performance_indicator_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "performance_indicator" add constraint "performance_indicator_task_book_id_code_unique" unique ("task_book_id", "code")`);
    this.addSql(`create table "task_book" ("id" uuid not null, "tenant_id" uuid not null, "enrolment_id" uuid not null, "title" varchar(300) not null, "start_year" int not null, "end_year" int not null, "current_version_id" uuid null, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "task_book_tenant_id_index" on "task_book" ("tenant_id")`);
    this.addSql(`alter table "task_book" add constraint "task_book_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "task_book" add constraint "task_book_tenant_id_enrolment_id_unique" unique ("tenant_id", "enrolment_id")`);
    this.addSql(`create table "task_book_version" ("id" uuid not null, "tenant_id" uuid not null, "task_book_id" uuid not null, "number" int not null, "status" varchar(20) not null default 'DRAFT', "snapshot" jsonb not null, "changes" jsonb null, "reason" text null, "submitted_by" uuid null, "submitted_at" timestamptz(6) null, "decided_by" uuid null, "decided_at" timestamptz(6) null, "decision_note" text null, "created_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "task_book_version_tenant_id_index" on "task_book_version" ("tenant_id")`);
    this.addSql(`create index "task_book_version_task_book_id_index" on "task_book_version" ("task_book_id")`);
    this.addSql(`alter table "task_book_version" add constraint "task_book_version_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "task_book_version" add constraint "task_book_version_task_book_id_number_unique" unique ("task_book_id", "number")`);
    this.addSql(`alter table "construction_task" enable row level security`);
    this.addSql(`alter table "construction_task" force row level security`);
    this.addSql(`create policy "construction_task_tenant" on "construction_task" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "construction_task_oversight" on "construction_task" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "construction_task_platform" on "construction_task" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`alter table "fund_budget" enable row level security`);
    this.addSql(`alter table "fund_budget" force row level security`);
    this.addSql(`create policy "fund_budget_tenant" on "fund_budget" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "fund_budget_oversight" on "fund_budget" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "fund_budget_platform" on "fund_budget" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`alter table "fund_movement" enable row level security`);
    this.addSql(`alter table "fund_movement" force row level security`);
    this.addSql(`create policy "fund_movement_tenant" on "fund_movement" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "fund_movement_oversight" on "fund_movement" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "fund_movement_platform" on "fund_movement" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`alter table "indicator_actual" enable row level security`);
    this.addSql(`alter table "indicator_actual" force row level security`);
    this.addSql(`create policy "indicator_actual_tenant" on "indicator_actual" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "indicator_actual_oversight" on "indicator_actual" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "indicator_actual_platform" on "indicator_actual" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`alter table "indicator_target" enable row level security`);
    this.addSql(`alter table "indicator_target" force row level security`);
    this.addSql(`create policy "indicator_target_tenant" on "indicator_target" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "indicator_target_oversight" on "indicator_target" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "indicator_target_platform" on "indicator_target" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`alter table "milestone" enable row level security`);
    this.addSql(`alter table "milestone" force row level security`);
    this.addSql(`create policy "milestone_tenant" on "milestone" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "milestone_oversight" on "milestone" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "milestone_platform" on "milestone" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`alter table "performance_indicator" enable row level security`);
    this.addSql(`alter table "performance_indicator" force row level security`);
    this.addSql(`create policy "performance_indicator_tenant" on "performance_indicator" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "performance_indicator_oversight" on "performance_indicator" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "performance_indicator_platform" on "performance_indicator" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`alter table "task_book" enable row level security`);
    this.addSql(`alter table "task_book" force row level security`);
    this.addSql(`create policy "task_book_tenant" on "task_book" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "task_book_oversight" on "task_book" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "task_book_platform" on "task_book" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`alter table "task_book_version" enable row level security`);
    this.addSql(`alter table "task_book_version" force row level security`);
    this.addSql(`create policy "task_book_version_tenant" on "task_book_version" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "task_book_version_oversight" on "task_book_version" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "task_book_version_platform" on "task_book_version" using (app_bypass()) with check (app_bypass())`);

    // Foreign keys that keep every reference inside one tenant (tenant_id is part of each key).
    // Deletes never cascade in the database: the service removes dependent rows itself, through the
    // ORM, so every removal is in the audit log; a forgotten dependant fails loudly (restrict).
    const fks: [string, string[], string, string[], string][] = [
      ['task_book', ['tenant_id', 'enrolment_id'], 'enrolment', ['tenant_id', 'id'], 'restrict'],
      ['task_book_version', ['tenant_id', 'task_book_id'], 'task_book', ['tenant_id', 'id'], 'restrict'],
      ['construction_task', ['tenant_id', 'task_book_id'], 'task_book', ['tenant_id', 'id'], 'restrict'],
      ['construction_task', ['tenant_id', 'parent_id'], 'construction_task', ['tenant_id', 'id'], 'restrict'],
      ['construction_task', ['tenant_id', 'lead_department_id'], 'department', ['tenant_id', 'id'], 'restrict'],
      ['milestone', ['tenant_id', 'task_id'], 'construction_task', ['tenant_id', 'id'], 'restrict'],
      ['performance_indicator', ['tenant_id', 'task_id'], 'construction_task', ['tenant_id', 'id'], 'restrict'],
      ['performance_indicator', ['tenant_id', 'task_book_id'], 'task_book', ['tenant_id', 'id'], 'restrict'],
      ['indicator_target', ['tenant_id', 'indicator_id'], 'performance_indicator', ['tenant_id', 'id'], 'restrict'],
      ['indicator_actual', ['tenant_id', 'indicator_id'], 'performance_indicator', ['tenant_id', 'id'], 'restrict'],
      ['fund_budget', ['tenant_id', 'task_id'], 'construction_task', ['tenant_id', 'id'], 'restrict'],
      ['fund_movement', ['tenant_id', 'task_id'], 'construction_task', ['tenant_id', 'id'], 'restrict'],
    ];
    for (const [table, cols, ref, refCols, onDelete] of fks) {
      const name = `${table}_${cols[1]}_fk`;
      this.addSql(`alter table "${table}" add constraint "${name}" foreign key (${cols.map((c) => `"${c}"`).join(', ')}) references "${ref}" (${refCols.map((c) => `"${c}"`).join(', ')}) on delete ${onDelete}`);
    }
    // Codes are renumbered inside one transaction on insert, move and delete: checked at commit.
    this.addSql(`alter table "construction_task" add constraint "construction_task_code_unique" unique ("task_book_id", "code") deferrable initially deferred`);
    this.addSql(`alter table "task_book_version" add constraint "task_book_version_snapshot_check" check (status = 'DRAFT' or snapshot is not null)`);
    this.addSql(`create index "indicator_actual_period_index" on "indicator_actual" ("tenant_id", "period")`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to dsg_app`);
    this.addSql(`revoke update, delete, truncate on audit_log from dsg_app`);
    this.addSql(`revoke all on mikro_orm_migrations from dsg_app`);
  }
}
