import { Migration20261122000100_rls_functions } from './Migration20261122000100_rls_functions.js';
import { Migration20261122000200_foundation_schema } from './Migration20261122000200_foundation_schema.js';
import { Migration20261122000300_grants_audit_chain } from './Migration20261122000300_grants_audit_chain.js';
import { Migration20261122000400_user_admin_policies } from './Migration20261122000400_user_admin_policies.js';
import { Migration20261122010000_task_books } from './Migration20261122010000_task_books.js';
import { Migration20261122011000_task_book_decisions } from './Migration20261122011000_task_book_decisions.js';
import { Migration20261122012000_evidence } from './Migration20261122012000_evidence.js';
import { Migration20261122013000_achievements } from './Migration20261122013000_achievements.js';
import { Migration20261122014000_responsibility_agreements } from './Migration20261122014000_responsibility_agreements.js';
import { Migration20261122020000_reporting } from './Migration20261122020000_reporting.js';

/** Every migration, in order. Listed explicitly so the build needs no file globbing at run time. */
export const migrationsList = [
  { name: 'Migration20261122000100_rls_functions', class: Migration20261122000100_rls_functions },
  { name: 'Migration20261122000200_foundation_schema', class: Migration20261122000200_foundation_schema },
  { name: 'Migration20261122000300_grants_audit_chain', class: Migration20261122000300_grants_audit_chain },
  { name: 'Migration20261122000400_user_admin_policies', class: Migration20261122000400_user_admin_policies },
  { name: 'Migration20261122010000_task_books', class: Migration20261122010000_task_books },
  { name: 'Migration20261122011000_task_book_decisions', class: Migration20261122011000_task_book_decisions },
  { name: 'Migration20261122012000_evidence', class: Migration20261122012000_evidence },
  { name: 'Migration20261122013000_achievements', class: Migration20261122013000_achievements },
  { name: 'Migration20261122014000_responsibility_agreements', class: Migration20261122014000_responsibility_agreements },
  { name: 'Migration20261122020000_reporting', class: Migration20261122020000_reporting },
];
