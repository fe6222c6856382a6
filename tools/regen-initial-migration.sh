#!/usr/bin/env bash
# Development-only helper while no database has been deployed: rebuilds the single initial migration
# from the entities. Once a release is out, add new migrations with `npm run db:migration:generate`.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f apps/api/src/database/migrations/*-initial.ts
cat > apps/api/src/database/migrations/index.ts <<'TS'
// Migrations in the order they run. `npm run db:migration:generate -- <Name>` writes a new file; add it here.
export const MIGRATIONS: (new () => unknown)[] = [];
TS
NX_DAEMON=false npx nx run api:build --skip-nx-cache >/dev/null
DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres} node dist/apps/api/apps/api/src/cli/main.js migration-generate Initial
file=$(ls apps/api/src/database/migrations/*-initial.ts)
stamp=$(basename "$file" | cut -d- -f1)
cat > apps/api/src/database/migrations/index.ts <<TS
import { Initial${stamp} } from './${stamp}-initial';

// Migrations in the order they run. \`npm run db:migration:generate -- <Name>\` writes a new file; add it here.
export const MIGRATIONS: (new () => unknown)[] = [Initial${stamp}];
TS
NX_DAEMON=false npx nx run api:build --skip-nx-cache >/dev/null
DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres} node dist/apps/api/apps/api/src/cli/main.js migrations-check
