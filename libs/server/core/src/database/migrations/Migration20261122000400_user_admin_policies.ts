import { Migration } from '@mikro-orm/migrations';

/**
 * Institution admins create and manage accounts of their own institution; memberships may only
 * name a department of the same institution (composite foreign key on tenant_id + department_id).
 */
export class Migration20261122000400_user_admin_policies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create policy "user_account_insert" on "user_account" for insert with check (app_tenant_id() is not null)`);
    this.addSql(`create policy "user_account_tenant_admin" on "user_account" for update
      using (app_tenant_id() is not null and id in (select app_visible_user_ids()))
      with check (app_tenant_id() is not null and id in (select app_visible_user_ids()))`);
    this.addSql(`alter table "membership" drop constraint "membership_department_id_fk"`);
    this.addSql(`alter table "membership" add constraint "membership_department_fk"
      foreign key ("tenant_id", "department_id") references "department" ("tenant_id", "id")`);
  }
}
