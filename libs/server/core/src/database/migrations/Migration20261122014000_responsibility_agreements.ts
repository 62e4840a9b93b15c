import { Migration } from '@mikro-orm/migrations';

/** Responsibility agreements (目标责任书), tenant-owned with FORCEd RLS. */
export class Migration20261122014000_responsibility_agreements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "responsibility_agreement" ("id" uuid not null, "tenant_id" uuid not null, "title" varchar(300) not null, "head_user_id" uuid not null, "responsible_user_id" uuid not null, "task_ids" text[] not null, "indicator_ids" text[] not null, "signed_on" date null, "status" varchar(20) not null default 'DRAFT', "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "responsibility_agreement_tenant_id_index" on "responsibility_agreement" ("tenant_id")`);
    this.addSql(`create index "responsibility_agreement_responsible_user_id_index" on "responsibility_agreement" ("responsible_user_id")`);
    this.addSql(`alter table "responsibility_agreement" add constraint "responsibility_agreement_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "responsibility_agreement" enable row level security`);
    this.addSql(`alter table "responsibility_agreement" force row level security`);
    this.addSql(`create policy "responsibility_agreement_tenant" on "responsibility_agreement" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "responsibility_agreement_oversight" on "responsibility_agreement" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "responsibility_agreement_platform" on "responsibility_agreement" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`grant select, insert, update, delete on "responsibility_agreement" to dsg_app`);
  }
}
