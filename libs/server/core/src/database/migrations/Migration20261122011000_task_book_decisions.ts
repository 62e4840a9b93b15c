import { Migration } from '@mikro-orm/migrations';

/**
 * The agency decides on a task book's versions: it may update the version rows and the book's
 * current version of institutions it oversees (the service limits which columns and which
 * programme; RLS limits which institutions).
 */
export class Migration20261122011000_task_book_decisions extends Migration {
  override async up(): Promise<void> {
    for (const table of ['task_book_version', 'task_book']) {
      this.addSql(`create policy "${table}_oversight_decide" on "${table}" for update
        using (tenant_id in (select app_readable_tenant_ids())) with check (tenant_id in (select app_readable_tenant_ids()))`);
    }
  }
}
