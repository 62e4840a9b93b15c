import { Migration } from '@mikro-orm/migrations';

const TENANT_TABLES = ['review_chain', 'period_report', 'report_revision', 'review_item', 'workflow_transition', 'period_lock', 'report_document'];

/**
 * Reporting workflow (issue 4, ADR 0011): programme periods, the institution's review chain,
 * reports with revisions and snapshots, review items, the transition log, period locks with the
 * trigger that freezes accepted data, in-app notifications and the e-mail outbox.
 */
export class Migration20261122020000_reporting extends Migration {
  override async up(): Promise<void> {
    this.periods();
    this.tables();
    for (const t of TENANT_TABLES) this.tenantRls(t);
    this.agencyPolicies();
    this.notifications();
    this.freezeTriggers();
  }

  private periods(): void {
    this.addSql(`create table "reporting_period" ("id" uuid not null, "programme_id" uuid not null, "agency_id" uuid not null, "code" varchar(10) not null, "starts_on" date not null, "ends_on" date not null, "opens_on" date not null, "due_on" date not null, "status" varchar(20) not null default 'SCHEDULED', "opened_at" timestamptz(6) null, "closed_at" timestamptz(6) null, "created_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`alter table "reporting_period" add constraint "reporting_period_programme_id_code_unique" unique ("programme_id", "code")`);
    this.addSql(`create index "reporting_period_agency_id_index" on "reporting_period" ("agency_id")`);
    this.addSql(`create index "reporting_period_status_due_on_index" on "reporting_period" ("status", "due_on")`);
    this.addSql(`alter table "reporting_period" enable row level security`);
    this.addSql(`alter table "reporting_period" force row level security`);
    this.addSql(`create policy "reporting_period_read" on "reporting_period" for select using (app_user_id() is not null or app_bypass())`);
    this.addSql(`create policy "reporting_period_agency" on "reporting_period" using (agency_id = app_agency_id() or app_bypass()) with check (agency_id = app_agency_id() or app_bypass())`);
    this.addSql(`grant select, insert, update on "reporting_period" to dsg_app`);
  }

  private tables(): void {
    this.addSql(`create table "review_chain" ("id" uuid not null, "tenant_id" uuid not null, "steps" text[] not null, "group_reviewer_ids" text[] not null, "updated_by" uuid null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`alter table "review_chain" add constraint "review_chain_tenant_id_unique" unique ("tenant_id")`);

    this.addSql(`create table "period_report" ("id" uuid not null, "tenant_id" uuid not null, "enrolment_id" uuid not null, "agency_id" uuid not null, "programme_id" uuid not null, "period_id" uuid not null, "period" varchar(10) not null, "due_on" date not null, "state" varchar(30) not null default 'DRAFT', "version" int not null default 1, "current_revision" int not null default 1, "accepted_revision" int null, "submitted_to_agency_at" timestamptz(6) null, "accepted_at" timestamptz(6) null, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`alter table "period_report" add constraint "period_report_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "period_report" add constraint "period_report_enrolment_id_period_id_unique" unique ("enrolment_id", "period_id")`);
    this.addSql(`create index "period_report_tenant_id_index" on "period_report" ("tenant_id")`);
    this.addSql(`create index "period_report_agency_id_state_index" on "period_report" ("agency_id", "state")`);

    this.addSql(`create table "report_revision" ("id" uuid not null, "tenant_id" uuid not null, "report_id" uuid not null, "agency_id" uuid not null, "number" int not null, "kind" varchar(20) not null default 'ORIGINAL', "state" varchar(30) not null default 'DRAFT', "sections" jsonb not null, "corrections" jsonb not null default '[]', "snapshot" jsonb null, "figures" jsonb null, "agency_visible" boolean not null default false, "submitted_to_agency_at" timestamptz(6) null, "accepted_at" timestamptz(6) null, "created_by" uuid not null, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`alter table "report_revision" add constraint "report_revision_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "report_revision" add constraint "report_revision_report_id_number_unique" unique ("report_id", "number")`);
    this.addSql(`create index "report_revision_tenant_id_index" on "report_revision" ("tenant_id")`);

    this.addSql(`create table "review_item" ("id" uuid not null, "tenant_id" uuid not null, "report_id" uuid not null, "revision" int not null, "task_id" uuid not null, "task_code" varchar(20) not null, "task_title" varchar(300) not null, "lead_department_id" uuid null, "responsible_user_ids" text[] not null, "group_reviewer_ids" text[] not null, "state" varchar(20) not null default 'DRAFT', "step" varchar(30) null, "position" varchar(30) not null default 'RESPONSIBLE', "version" int not null default 1, "approved_data" jsonb null, "updated_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`alter table "review_item" add constraint "review_item_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`alter table "review_item" add constraint "review_item_report_id_revision_task_id_unique" unique ("report_id", "revision", "task_id")`);
    this.addSql(`create index "review_item_tenant_id_state_index" on "review_item" ("tenant_id", "state")`);

    this.addSql(`create table "workflow_transition" ("id" uuid not null, "tenant_id" uuid not null, "agency_id" uuid not null, "report_id" uuid not null, "revision" int not null, "object_type" varchar(30) not null, "object_id" uuid not null, "action" varchar(30) not null, "from_state" varchar(40) not null, "to_state" varchar(40) not null, "reason" text null, "actor_id" uuid not null, "actor_name" varchar(100) not null, "agency_visible" boolean not null default false, "created_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "workflow_transition_report_id_created_at_index" on "workflow_transition" ("report_id", "created_at")`);
    this.addSql(`alter table "workflow_transition" add constraint "workflow_transition_tenant_id_id_unique" unique ("tenant_id", "id")`);

    this.addSql(`create table "period_lock" ("id" uuid not null, "tenant_id" uuid not null, "agency_id" uuid not null, "task_book_id" uuid not null, "report_id" uuid not null, "period" varchar(10) not null, "period_end" date not null, "locked_by" uuid not null, "locked_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`alter table "period_lock" add constraint "period_lock_task_book_id_period_unique" unique ("task_book_id", "period")`);
    this.addSql(`alter table "period_lock" add constraint "period_lock_tenant_id_id_unique" unique ("tenant_id", "id")`);
    this.addSql(`create index "period_lock_tenant_id_task_book_id_period_end_index" on "period_lock" ("tenant_id", "task_book_id", "period_end")`);

    this.addSql(`create table "report_document" ("id" uuid not null, "tenant_id" uuid not null, "agency_id" uuid not null, "report_id" uuid not null, "revision" int not null, "format" varchar(10) not null, "file_name" varchar(300) not null, "content_type" varchar(100) not null, "size" bigint not null, "sha256" varchar(64) not null, "storage_key" varchar(300) not null, "agency_visible" boolean not null default false, "created_by" uuid not null, "created_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`create index "report_document_report_id_index" on "report_document" ("report_id")`);
    this.addSql(`alter table "report_document" add constraint "report_document_tenant_id_id_unique" unique ("tenant_id", "id")`);
  }

  private tenantRls(t: string): void {
    this.addSql(`alter table "${t}" enable row level security`);
    this.addSql(`alter table "${t}" force row level security`);
    this.addSql(`create policy "${t}_tenant" on "${t}" using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id())`);
    this.addSql(`create policy "${t}_platform" on "${t}" using (app_bypass()) with check (app_bypass())`);
    this.addSql(`grant select, insert, update, delete on "${t}" to dsg_app`);
  }

  /**
   * What the programme's agency may touch: reports once submitted to it (or accepted earlier),
   * revisions and transitions marked agency-visible, and the decision itself. Drafts, internal
   * review items and the institution's own review steps have no agency policy at all.
   */
  private agencyPolicies(): void {
    this.addSql(`create policy "period_report_agency_read" on "period_report" for select using (agency_id = app_agency_id() and (state in ('SUBMITTED_TO_AGENCY', 'RETURNED_BY_AGENCY', 'ACCEPTED') or accepted_revision is not null))`);
    this.addSql(`create policy "period_report_agency_decide" on "period_report" for update using (agency_id = app_agency_id() and state = 'SUBMITTED_TO_AGENCY') with check (agency_id = app_agency_id() and state in ('RETURNED_BY_AGENCY', 'ACCEPTED'))`);
    this.addSql(`create policy "report_revision_agency_read" on "report_revision" for select using (agency_id = app_agency_id() and agency_visible)`);
    this.addSql(`create policy "report_revision_agency_decide" on "report_revision" for update using (agency_id = app_agency_id() and agency_visible and state = 'SUBMITTED_TO_AGENCY') with check (agency_id = app_agency_id() and agency_visible and state in ('RETURNED_BY_AGENCY', 'ACCEPTED'))`);
    this.addSql(`create policy "workflow_transition_agency_read" on "workflow_transition" for select using (agency_id = app_agency_id() and agency_visible)`);
    this.addSql(`create policy "workflow_transition_agency_write" on "workflow_transition" for insert with check (agency_id = app_agency_id() and agency_visible and actor_id = app_user_id())`);
    this.addSql(`create policy "report_document_agency" on "report_document" using (agency_id = app_agency_id() and agency_visible) with check (agency_id = app_agency_id() and agency_visible and created_by = app_user_id())`);
    this.addSql(`create policy "period_lock_agency" on "period_lock" using (agency_id = app_agency_id()) with check (agency_id = app_agency_id() and locked_by = app_user_id())`);
  }

  private notifications(): void {
    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "tenant_id" uuid null, "agency_id" uuid null, "kind" varchar(40) not null, "title" jsonb not null, "body" jsonb not null, "link" varchar(300) null, "dedupe_key" varchar(200) not null, "read_at" timestamptz(6) null, "created_at" timestamptz(6) not null, primary key ("id"))`);
    this.addSql(`alter table "notification" add constraint "notification_dedupe_key_unique" unique ("dedupe_key")`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at")`);
    this.addSql(`create table "mail_outbox" ("id" uuid not null, "user_id" uuid not null, "to_address" varchar(200) not null, "subject" varchar(300) not null, "body" text not null, "dedupe_key" varchar(200) not null, "status" varchar(20) not null default 'PENDING', "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz(6) not null, "sent_at" timestamptz(6) null, primary key ("id"))`);
    this.addSql(`alter table "mail_outbox" add constraint "mail_outbox_dedupe_key_unique" unique ("dedupe_key")`);
    this.addSql(`create index "mail_outbox_status_index" on "mail_outbox" ("status")`);
    for (const t of ['notification', 'mail_outbox']) {
      this.addSql(`alter table "${t}" enable row level security`);
      this.addSql(`alter table "${t}" force row level security`);
      this.addSql(`create policy "${t}_platform" on "${t}" using (app_bypass()) with check (app_bypass())`);
      // Anyone signed in may notify (the next reviewer, a returned report's authors); nobody but
      // the platform (the sender job) reads the outbox.
      this.addSql(`create policy "${t}_notify" on "${t}" for insert with check (app_user_id() is not null)`);
    }
    this.addSql(`create policy "notification_own" on "notification" for select using (user_id = app_user_id())`);
    this.addSql(`create policy "notification_own_read" on "notification" for update using (user_id = app_user_id()) with check (user_id = app_user_id())`);
    this.addSql(`grant select, insert, update on "notification", "mail_outbox" to dsg_app`);
    // Who to notify in an organisation the session may address (its own, one it oversees, or an
    // agency overseeing it): active members by role / department / id, with their e-mail. The
    // membership and user tables' RLS would hide the other side's people, so this one narrow
    // look-up runs with the bypass switched on for its own query only.
    this.addSql(`create or replace function org_recipients(p_tenant uuid, p_agency uuid, p_roles text[], p_department uuid, p_users uuid[])
      returns table(user_id uuid, email text) language plpgsql volatile as $$
      declare prev text := coalesce(current_setting('app.bypass', true), '');
      begin
        if not (app_bypass()
          or (p_tenant is not null and (p_tenant = app_tenant_id() or p_tenant in (select app_readable_tenant_ids())))
          or (p_agency is not null and (p_agency = app_agency_id() or p_agency in (select e.agency_id from enrolment e where e.tenant_id = app_tenant_id() and e.status = 'ACTIVE')))) then
          raise exception 'org_recipients: organisation not addressable' using errcode = '42501';
        end if;
        perform set_config('app.bypass', 'on', true);
        return query select m.user_id, u.email::text from membership m join user_account u on u.id = m.user_id
          where m.active and u.status = 'ACTIVE'
            and ((p_tenant is not null and m.tenant_id = p_tenant) or (p_agency is not null and m.agency_id = p_agency))
            and (p_roles is null or m.role = any(p_roles))
            and (p_department is null or m.department_id = p_department)
            and (p_users is null or m.user_id = any(p_users));
        perform set_config('app.bypass', prev, true);
      end $$`);
    // Inserts notices and their e-mails once per dedupe key. INSERT … ON CONFLICT must also pass
    // the table's SELECT policy, which shows users their own rows only; so the de-duplicating
    // insert runs here, for its own statement, past the policies (the insert policy's own rule,
    // a signed-in session, is checked first).
    this.addSql(`create or replace function enqueue_notices(p_notifications jsonb, p_mails jsonb) returns int language plpgsql volatile as $$
      declare prev text := coalesce(current_setting('app.bypass', true), ''); inserted int;
      begin
        if not (app_bypass() or app_user_id() is not null) then
          raise exception 'enqueue_notices: not signed in' using errcode = '42501';
        end if;
        perform set_config('app.bypass', 'on', true);
        insert into notification (id, user_id, tenant_id, agency_id, kind, title, body, link, dedupe_key, created_at)
          select id, user_id, tenant_id, agency_id, kind, title, body, link, dedupe_key, now()
            from jsonb_to_recordset(p_notifications) as x(id uuid, user_id uuid, tenant_id uuid, agency_id uuid, kind text, title jsonb, body jsonb, link text, dedupe_key text)
          on conflict (dedupe_key) do nothing;
        get diagnostics inserted = row_count;
        insert into mail_outbox (id, user_id, to_address, subject, body, dedupe_key, status, attempts, created_at)
          select id, user_id, to_address, subject, body, dedupe_key, 'PENDING', 0, now()
            from jsonb_to_recordset(p_mails) as x(id uuid, user_id uuid, to_address text, subject text, body text, dedupe_key text)
          on conflict (dedupe_key) do nothing;
        perform set_config('app.bypass', prev, true);
        return inserted;
      end $$`);
  }

  /**
   * The database half of freezing (ADR 0011): writes to actuals and fund movements of a period
   * ending no later than an accepted period, and to targets of its year or earlier, are refused
   * with SQLSTATE DSG01 whatever code path tries them. Only the acceptance of a correction sets
   * the transaction-local `app.correction` to write its accepted values.
   */
  private freezeTriggers(): void {
    this.addSql(`create or replace function period_end(code text) returns date language plpgsql immutable as $$
      declare y int := substr(code, 1, 4)::int;
      begin
        if code ~ '^\\d{4}$' then return make_date(y, 12, 31); end if;
        if code ~ '^\\d{4}-H[12]$' then return (make_date(y, substr(code, 7, 1)::int * 6, 1) + interval '1 month' - interval '1 day')::date; end if;
        if code ~ '^\\d{4}-Q[1-4]$' then return (make_date(y, substr(code, 7, 1)::int * 3, 1) + interval '1 month' - interval '1 day')::date; end if;
        if code ~ '^\\d{4}-M(0[1-9]|1[0-2])$' then return (make_date(y, substr(code, 7, 2)::int, 1) + interval '1 month' - interval '1 day')::date; end if;
        raise exception 'invalid period code %', code;
      end $$`);
    this.addSql(`create or replace function assert_period_open(p_tenant uuid, p_book uuid, p_end date) returns void language plpgsql stable as $$
      declare frozen text;
      begin
        if coalesce(current_setting('app.correction', true), '') = 'on' then return; end if;
        select l.period into frozen from period_lock l
          where l.tenant_id = p_tenant and l.task_book_id = p_book and l.period_end >= p_end
          order by l.period_end limit 1;
        if frozen is not null then raise exception 'PERIOD_FROZEN:%', frozen using errcode = 'DSG01'; end if;
      end $$`);
    this.addSql(`create or replace function refuse_frozen_actual() returns trigger language plpgsql as $$
      begin
        if TG_OP <> 'INSERT' then perform assert_period_open(OLD.tenant_id, (select task_book_id from performance_indicator where id = OLD.indicator_id), period_end(OLD.period)); end if;
        if TG_OP <> 'DELETE' then perform assert_period_open(NEW.tenant_id, (select task_book_id from performance_indicator where id = NEW.indicator_id), period_end(NEW.period)); end if;
        return coalesce(NEW, OLD);
      end $$`);
    this.addSql(`create or replace function refuse_frozen_target() returns trigger language plpgsql as $$
      begin
        if TG_OP <> 'INSERT' then perform assert_period_open(OLD.tenant_id, (select task_book_id from performance_indicator where id = OLD.indicator_id), make_date(OLD.year, 1, 1)); end if;
        if TG_OP <> 'DELETE' then perform assert_period_open(NEW.tenant_id, (select task_book_id from performance_indicator where id = NEW.indicator_id), make_date(NEW.year, 1, 1)); end if;
        return coalesce(NEW, OLD);
      end $$`);
    this.addSql(`create or replace function refuse_frozen_movement() returns trigger language plpgsql as $$
      begin
        if TG_OP <> 'INSERT' then perform assert_period_open(OLD.tenant_id, (select task_book_id from construction_task where id = OLD.task_id), period_end(OLD.period)); end if;
        if TG_OP <> 'DELETE' then perform assert_period_open(NEW.tenant_id, (select task_book_id from construction_task where id = NEW.task_id), period_end(NEW.period)); end if;
        return coalesce(NEW, OLD);
      end $$`);
    this.addSql(`create or replace function refuse_accepted_revision() returns trigger language plpgsql as $$
      begin
        if OLD.accepted_at is not null then raise exception 'PERIOD_FROZEN:%', (select period from period_report where id = OLD.report_id) using errcode = 'DSG01'; end if;
        return coalesce(NEW, OLD);
      end $$`);
    this.addSql(`create trigger "indicator_actual_frozen" before insert or update or delete on "indicator_actual" for each row execute function refuse_frozen_actual()`);
    this.addSql(`create trigger "indicator_target_frozen" before insert or update or delete on "indicator_target" for each row execute function refuse_frozen_target()`);
    this.addSql(`create trigger "fund_movement_frozen" before insert or update or delete on "fund_movement" for each row execute function refuse_frozen_movement()`);
    this.addSql(`create trigger "report_revision_frozen" before update or delete on "report_revision" for each row execute function refuse_accepted_revision()`);
  }
}
