import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PgliteDialect } from './pglite-dialect.ts';
import { PreparingClient } from './prepared-statements.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** One open database: the typed query builder plus what migrations and the job queue need. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  /** Runs a multi-statement SQL script (a migration) in one transaction. */
  runScript(script: string): Promise<void>;
  /** The embedded engine, when there is one (pg-boss runs on it through its own adapter). */
  readonly pglite?: PGlite;
  /** The server's connection string, when there is one. */
  readonly url?: string;
  close(): Promise<void>;
}

// The same JavaScript values on both engines: int8 as number, date as 'YYYY-MM-DD', time as text.
const INT8 = 20;
const DATE = 1082;
pg.types.setTypeParser(INT8, (value) => Number(value));
pg.types.setTypeParser(DATE, (value) => value);
const pgliteParsers = { [INT8]: (value: string) => Number(value), [DATE]: (value: string) => value };

// One office's server needs little buffer space; PostgreSQL's 128 MB default would be most of the
// process's memory (docs/perf.md).
const pgliteConf = ['shared_buffers=16MB', 'wal_buffers=1MB'];

export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  const onDisk = dataDir && !dataDir.startsWith('memory://');
  if (onDisk && !existsSync(join(dataDir, 'PG_VERSION'))) {
    // initdb's memory stays with the instance that ran it (hundreds of MB): run it in a worker
    // thread that exits, then open the new cluster here.
    mkdirSync(dataDir, { recursive: true });
    const worker = new Worker(new URL('./pglite-initdb.ts', import.meta.url), {
      workerData: { dataDir, conf: pgliteConf },
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`initdb exited with ${code}`)),
      );
    });
  }
  const pglite = await PGlite.create(dataDir, {
    parsers: pgliteParsers,
    loadDataDir,
    postgresqlconf: pgliteConf,
  });
  const db = new Kysely<DB>({ dialect: new PgliteDialect(pglite) });
  return {
    kind: 'pglite',
    db,
    pglite,
    runScript: (script) => pglite.transaction(async (tx) => void (await tx.exec(script))),
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/**
 * PostgreSQL keeps a prepared statement's generic plan for the life of the connection, even after
 * ANALYZE (decision 0003); connections are replaced after this long so plans follow the data.
 */
const CONNECTION_LIFETIME_SECONDS = 30 * 60;

export function openPostgres(url: string, maxConnections = 10): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS,
    Client: PreparingClient,
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    url,
    runScript: async (script) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

export function openDatabase(options: {
  url?: string;
  dataDir: string;
  poolSize?: number;
}): Promise<Database> {
  return options.url
    ? Promise.resolve(openPostgres(options.url, options.poolSize))
    : openPglite(options.dataDir);
}
