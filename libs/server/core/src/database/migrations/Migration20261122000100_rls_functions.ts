import { Migration } from '@mikro-orm/migrations';

/**
 * Session accessors used by every row-level-security policy. An unset or empty setting reads as
 * NULL, and `x = NULL` is never true: a connection without a tenant setting sees no tenant row.
 * The set-returning functions are plpgsql so their bodies are not bound at creation time.
 */
export class Migration20261122000100_rls_functions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function app_user_id() returns uuid language sql stable
      as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$`);
    this.addSql(`create or replace function app_tenant_id() returns uuid language sql stable
      as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$`);
    this.addSql(`create or replace function app_agency_id() returns uuid language sql stable
      as $$ select nullif(current_setting('app.agency_id', true), '')::uuid $$`);
    this.addSql(`create or replace function app_bypass() returns boolean language sql stable
      as $$ select coalesce(current_setting('app.bypass', true), '') = 'on' $$`);
    // Institutions the session's agency oversees: enrolled (active) in one of its programmes.
    this.addSql(`create or replace function app_readable_tenant_ids() returns setof uuid language plpgsql stable as $$
      begin
        if app_agency_id() is null then return; end if;
        return query select distinct e.tenant_id from enrolment e
          where e.agency_id = app_agency_id() and e.status = 'ACTIVE';
      end $$`);
    // Institutions the signed-in user holds an active membership in (organisation switcher).
    this.addSql(`create or replace function app_member_tenant_ids() returns setof uuid language plpgsql stable as $$
      begin
        if app_user_id() is null then return; end if;
        return query select m.tenant_id from membership m
          where m.user_id = app_user_id() and m.active and m.tenant_id is not null;
      end $$`);
    // Users who share an organisation with the session (membership RLS decides which rows are seen).
    this.addSql(`create or replace function app_visible_user_ids() returns setof uuid language plpgsql stable as $$
      begin
        return query select m.user_id from membership m;
      end $$`);
  }

  override async down(): Promise<void> {
    for (const fn of ['app_visible_user_ids', 'app_member_tenant_ids', 'app_readable_tenant_ids', 'app_bypass', 'app_agency_id', 'app_tenant_id', 'app_user_id']) {
      this.addSql(`drop function if exists ${fn}()`);
    }
  }
}
