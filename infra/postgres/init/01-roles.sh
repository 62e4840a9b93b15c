#!/usr/bin/env bash
# Creates the platform roles and database. Mounted into /docker-entrypoint-initdb.d of the
# official postgres image, so it runs ONCE, on the first start with an empty data directory
# (as the superuser, against a server that only listens on the Unix socket).
# It is idempotent and can also be re-run by hand (e.g. to rotate passwords):
#
#   docker compose exec postgres bash /docker-entrypoint-initdb.d/01-roles.sh
#
#   dsg_owner  LOGIN, NOSUPERUSER, NOBYPASSRLS; owns database dsg, schema public and every
#              table; runs the migrations. Because the tables use FORCE ROW LEVEL SECURITY it is
#              subject to the policies too (same attributes as tools/scripts/db-bootstrap.mjs
#              gives it in development, so migrations behave here exactly as tested).
#   dsg_app    LOGIN, NOSUPERUSER, NOBYPASSRLS, owns nothing: used by gateway and worker and
#              fully subject to row-level security. Table privileges come from the migrations.
#
# Passwords come from the environment (DSG_OWNER_PASSWORD, DSG_APP_PASSWORD), never from the repo.
# They are handed to psql as variables and quoted by psql (:'var'), so any character is safe here
# (the DATABASE_URLs in docker-compose.yml are another matter: see infra/env.example).
#
# The entrypoint *sources* non-executable *.sh files; the body therefore runs in a subshell so
# its shell options cannot leak into the entrypoint. A failure still aborts the initialisation.
(
  set -Eeuo pipefail

  : "${DSG_OWNER_PASSWORD:?DSG_OWNER_PASSWORD must be set for the postgres container}"
  : "${DSG_APP_PASSWORD:?DSG_APP_PASSWORD must be set for the postgres container}"
  if [ "${#DSG_OWNER_PASSWORD}" -lt 16 ] || [ "${#DSG_APP_PASSWORD}" -lt 16 ]; then
    echo "01-roles.sh: DSG_OWNER_PASSWORD and DSG_APP_PASSWORD must be at least 16 characters" >&2
    exit 1
  fi

  psql_su=(psql -X -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --no-password)

  # --- roles and database (connected to the maintenance database) ----------------------------
  "${psql_su[@]}" --dbname "${POSTGRES_DB:-postgres}" \
    --set=owner_pw="$DSG_OWNER_PASSWORD" --set=app_pw="$DSG_APP_PASSWORD" <<'EOSQL'
SELECT 'CREATE ROLE dsg_owner' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dsg_owner')
\gexec
ALTER ROLE dsg_owner WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'owner_pw';

SELECT 'CREATE ROLE dsg_app' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dsg_app')
\gexec
ALTER ROLE dsg_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'app_pw';
-- Safety net against leaked transactions holding locks / pinning old row versions.
ALTER ROLE dsg_app SET idle_in_transaction_session_timeout = '5min';

SELECT 'CREATE DATABASE dsg OWNER dsg_owner ENCODING ''UTF8'''
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'dsg')
\gexec
ALTER DATABASE dsg OWNER TO dsg_owner;

-- Only the two platform roles may connect to dsg (the owner implicitly). No TEMPORARY for the
-- app role; a migration may grant it if a feature ever needs temporary tables.
REVOKE ALL ON DATABASE dsg FROM PUBLIC;
GRANT CONNECT ON DATABASE dsg TO dsg_app;
EOSQL

  # --- inside database dsg ------------------------------------------------------------------
  "${psql_su[@]}" --dbname dsg <<'EOSQL'
-- dsg_owner owns schema public; nobody else creates objects in it (CREATE is already revoked
-- from PUBLIC by default since PostgreSQL 15; stated explicitly).
ALTER SCHEMA public OWNER TO dsg_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO dsg_app;

-- No table privileges and no default privileges here: every grant to the app role is made by
-- the migrations (e.g. audit_log is SELECT/INSERT only).
EOSQL

  echo "01-roles.sh: roles dsg_owner, dsg_app and database dsg are ready"
)
