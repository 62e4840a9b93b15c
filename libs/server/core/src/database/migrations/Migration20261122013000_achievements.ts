import { Migration } from '@mikro-orm/migrations';

/** Landmark achievements (标志性成果), tenant-owned with FORCEd RLS. */
export class Migration20261122013000_achievements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "achievement" ("id" uuid not null, "tenant_id" uuid not null, "title" varchar(300) not null, "level" varchar(20) not null, "category" varchar(60) not null, "awarded_on" date not null, "awarding_body" varchar(200) null, "quantity" int not null default 1, "linked_task_ids" text[] not null, "case_write_up" text null, "created_by" uuid not null, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "achievement_tenant_id_index" on "achievement" ("tenant_id")`);
    this.addSql(`create index "achievement_tenant_id_awarded_on_index" on "achievement" ("tenant_id", "awarded_on")`);
    this.addSql(`alter table "achievement" add constraint "achievement_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "achievement" enable row level security`);
    this.addSql(`alter table "achievement" force row level security`);
    this.addSql(`create policy "achievement_tenant" on "achievement" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "achievement_oversight" on "achievement" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "achievement_platform" on "achievement" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`grant select, insert, update, delete on "achievement" to dsg_app`);
  }
}
