import { Migration } from '@mikro-orm/migrations';

/**
 * - Grants for the app role (never an owner): ordinary DML everywhere, but on `audit_log` only
 *   SELECT and INSERT — it cannot UPDATE, DELETE or TRUNCATE history.
 * - The audit hash chain: a trigger, running as the owner, numbers each entry within its chain
 *   (one chain per tenant, 'platform' for the rest) under an advisory lock and hashes it with the
 *   previous entry's hash. `audit:verify` recomputes the chain (libs/server/core/src/audit/verify-chain.ts).
 * - Foreign keys across features (kept out of entity metadata so features stay independent).
 */
export class Migration20261122000300_grants_audit_chain extends Migration {
  override async up(): Promise<void> {
    this.addSql(`grant usage on schema public to dsg_app`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to dsg_app`);
    this.addSql(`revoke update, delete, truncate on audit_log from dsg_app`);
    this.addSql(`revoke all on mikro_orm_migrations from dsg_app`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to dsg_app`);
    this.addSql(`grant execute on all functions in schema public to dsg_app`);

    this.addSql(`create or replace function audit_log_payload(
        prev_hash text, chain_key text, chain_pos bigint, id uuid, occurred_at timestamptz, actor_id uuid,
        tenant_id uuid, agency_id uuid, request_id text, action text, object_type text, object_id text,
        before jsonb, after jsonb) returns text language sql immutable as $$
      select concat_ws('|', prev_hash, chain_key, chain_pos::text, id::text,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(actor_id::text, ''), coalesce(tenant_id::text, ''), coalesce(agency_id::text, ''),
        coalesce(request_id, ''), action, object_type, coalesce(object_id, ''),
        coalesce(before::text, ''), coalesce(after::text, ''))
    $$`);
    this.addSql(`create or replace function audit_log_chain() returns trigger language plpgsql
      security definer set search_path = public as $$
      declare
        last_pos bigint;
        last_hash text;
      begin
        new.chain_key := coalesce(new.tenant_id::text, 'platform');
        perform pg_advisory_xact_lock(hashtextextended('audit_log:' || new.chain_key, 0));
        select a.chain_pos, a.hash into last_pos, last_hash from audit_log a
          where a.chain_key = new.chain_key order by a.chain_pos desc limit 1;
        new.chain_pos := coalesce(last_pos, 0) + 1;
        new.prev_hash := coalesce(last_hash, repeat('0', 64));
        new.hash := encode(sha256(convert_to(audit_log_payload(new.prev_hash, new.chain_key, new.chain_pos,
          new.id, new.occurred_at, new.actor_id, new.tenant_id, new.agency_id, new.request_id, new.action,
          new.object_type, new.object_id, new.before, new.after), 'UTF8')), 'hex');
        return new;
      end $$`);
    this.addSql(`create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain()`);

    const fks: [string, string, string, string][] = [
      ['department', 'tenant_id', 'institution', 'id'],
      ['enrolment', 'tenant_id', 'institution', 'id'],
      ['enrolment', 'programme_id', 'programme', 'id'],
      ['enrolment', 'agency_id', 'agency', 'id'],
      ['programme', 'agency_id', 'agency', 'id'],
      ['membership', 'user_id', 'user_account', 'id'],
      ['membership', 'tenant_id', 'institution', 'id'],
      ['membership', 'agency_id', 'agency', 'id'],
      ['membership', 'department_id', 'department', 'id'],
      ['refresh_token', 'user_id', 'user_account', 'id'],
      ['refresh_token', 'membership_id', 'membership', 'id'],
      ['external_identity', 'user_id', 'user_account', 'id'],
      ['external_identity', 'provider_id', 'identity_provider', 'id'],
      ['identity_provider', 'agency_id', 'agency', 'id'],
      ['job_run', 'tenant_id', 'institution', 'id'],
    ];
    for (const [table, column, ref, refColumn] of fks) {
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_fk" foreign key ("${column}") references "${ref}" ("${refColumn}")`);
    }
    this.addSql(`alter table membership add constraint membership_org_check check (
      (organisation_kind = 'PLATFORM' and tenant_id is null and agency_id is null) or
      (organisation_kind = 'AGENCY' and tenant_id is null and agency_id is not null) or
      (organisation_kind = 'INSTITUTION' and tenant_id is not null and agency_id is null))`);
    this.addSql(`create unique index membership_active_unique on membership
      (user_id, role, coalesce(tenant_id, agency_id, '00000000-0000-0000-0000-000000000000'::uuid)) where active`);
    this.addSql(`create unique index enrolment_unique on enrolment (tenant_id, programme_id, track, coalesce(specialty_group, '')) where status = 'ACTIVE'`);
    this.addSql(`create index refresh_token_hash_index on refresh_token (token_hash)`);
    this.addSql(`create index audit_log_object_index on audit_log (object_type, object_id)`);
    this.addSql(`create index job_run_actor_index on job_run (actor_id, created_at desc)`);
  }
}
