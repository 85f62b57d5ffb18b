#!/bin/sh
# Run once by the postgres image when its data directory is new (docker-entrypoint-initdb.d):
# the subgraph's runtime role, which logs in and is granted its rows by `migrate`; the owner
# (POSTGRES_USER) owns the tables and runs the migrations.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v role="$RUNTIME_ROLE" -v password="$RUNTIME_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
SQL
