import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Database } from './client.ts';

const migrationsDir = join(import.meta.dirname, 'migrations');

export function listMigrations(): { name: string; script: string }[] {
  return readdirSync(migrationsDir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, script: readFileSync(join(migrationsDir, name), 'utf8') }));
}

/** Applies every migration not yet applied, each in its own transaction. Returns the names applied. */
export async function migrate(database: Database): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(database.db);
  const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(database.db);
  const applied = new Set(done.rows.map((row) => row.name));
  const pending = listMigrations().filter((migration) => !applied.has(migration.name));
  for (const migration of pending) {
    const record = `INSERT INTO schema_migrations (name) VALUES ('${migration.name.replaceAll("'", "''")}');`;
    await database.runScript(`${migration.script}\n${record}`);
  }
  return pending.map((migration) => migration.name);
}
