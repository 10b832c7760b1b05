import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';

// Every database test gets a database of its own: a fresh PGlite by default, a fresh PostgreSQL
// database when TEST_DATABASE_URL is set (the CI's second pass). The migrated PGlite is built once per
// worker and copied, because starting the WASM engine and migrating is the slow part.
let template: Promise<Blob> | undefined;

async function pgliteTemplate(): Promise<Blob> {
  const database = await openPglite('memory://');
  await migrate(database);
  const dump = (await database.pglite!.dumpDataDir('none')) as Blob;
  await database.close();
  return dump;
}

export interface TestDatabase extends Database {
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    template ??= pgliteTemplate();
    const database = await openPglite('memory://', await template);
    return { ...database, drop: () => database.close() };
  }
  const name = `madoguchi_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 20);
  await migrate(database);
  return {
    ...database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      // pg's Pool.end() resolves before its sockets close; a FORCE drop would then kill them mid-close
      // and surface as unhandled 57P01 errors. Wait (briefly) until the connections are gone.
      for (let i = 0; i < 40; i++) {
        const open = await cleanup.query(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (open.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
