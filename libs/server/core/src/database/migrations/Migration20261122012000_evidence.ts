import { Migration } from '@mikro-orm/migrations';

/** Evidence files (佐证材料): versioned, hashed, reviewed; tenant-owned with FORCEd RLS. */
export class Migration20261122012000_evidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "evidence_file" ("id" uuid not null, "tenant_id" uuid not null, "object_type" varchar(30) not null, "object_id" uuid not null, "series_id" uuid not null, "version" int not null, "file_name" varchar(255) not null, "content_type" varchar(120) not null, "size" bigint not null, "sha256" varchar(64) not null, "storage_key" varchar(400) not null, "uploaded_by" uuid not null, "uploaded_at" timestamptz(6) not null, "review_status" varchar(20) not null default 'PENDING', "review_note" text null, "reviewed_by" uuid null, "reviewed_at" timestamptz(6) null, primary key ("id"))`);
    this.addSql(`create index "evidence_file_tenant_id_index" on "evidence_file" ("tenant_id")`);
    this.addSql(`create index "evidence_file_series_id_index" on "evidence_file" ("series_id")`);
    this.addSql(`create index "evidence_file_tenant_id_object_type_object_id_index" on "evidence_file" ("tenant_id", "object_type", "object_id")`);
    this.addSql(`alter table "evidence_file" add constraint "evidence_file_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "evidence_file" add constraint "evidence_file_series_id_version_unique" unique ("series_id", "version")`);
    this.addSql(`alter table "evidence_file" add constraint "evidence_file_storage_key_unique" unique ("storage_key")`);
    this.addSql(`alter table "evidence_file" enable row level security`);
    this.addSql(`alter table "evidence_file" force row level security`);
    this.addSql(`create policy "evidence_file_tenant" on "evidence_file" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "evidence_file_oversight" on "evidence_file" for select using (tenant_id in (select app_readable_tenant_ids()))`);
    this.addSql(`create policy "evidence_file_platform" on "evidence_file" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`grant select, insert, update, delete on "evidence_file" to dsg_app`);
  }
}
