// Creates the two database roles and the database, idempotently, as a PostgreSQL superuser.
// dsg_owner owns the schema and runs migrations; dsg_app is what the apps connect as: not an owner,
// NOSUPERUSER, NOBYPASSRLS, so row-level security applies to it.
// Usage: node tools/scripts/db-bootstrap.mjs [database]   (env DATABASE_ADMIN_URL, default local trust auth)
import pg from 'pg';

const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = process.argv[2] ?? process.env.DSG_DATABASE ?? 'dsg';
const ownerPassword = process.env.DSG_OWNER_PASSWORD ?? 'dsg_owner';
const appPassword = process.env.DSG_APP_PASSWORD ?? 'dsg_app';
if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`bad database name ${database}`);

const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const [role, pw] of [['dsg_owner', ownerPassword], ['dsg_app', appPassword]]) {
      const { rowCount } = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
      if (!rowCount) await admin.query(`create role ${role} login password ${lit(pw)}`);
      await admin.query(`alter role ${role} nosuperuser nobypassrls nocreaterole`);
    }
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await admin.query(`create database ${database} owner dsg_owner`);
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${database}`;
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  try {
    await db.query('alter schema public owner to dsg_owner');
    await db.query('revoke create on schema public from public');
    await db.query('grant usage on schema public to dsg_app');
  } finally {
    await db.end();
  }
  console.log(`[db-bootstrap] roles dsg_owner, dsg_app and database ${database} ready`);
}

main().catch((e) => {
  console.error('[db-bootstrap] failed:', e.message);
  process.exit(1);
});
