import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';

// PGlite is one PostgreSQL session. Two transactions must never interleave on it, so a Kysely
// transaction runs inside `pglite.transaction()`, which holds PGlite's own exclusive lock; every
// other statement (ours or pg-boss's) waits for that lock. See docs/decisions/0002-embedded-database.md.
class PgliteConnection implements DatabaseConnection {
  readonly #pg: PGlite;
  #tx: PgliteTransaction | undefined;
  #finish: ((commit: boolean) => void) | undefined;
  #settled: Promise<void> | undefined;

  constructor(pg: PGlite) {
    this.#pg = pg;
  }

  async begin(isolation: string | undefined): Promise<void> {
    const { promise: opened, resolve: open, reject: failOpen } = Promise.withResolvers<PgliteTransaction>();
    this.#settled = this.#pg.transaction(async (tx) => {
      if (isolation) await tx.query(`SET TRANSACTION ISOLATION LEVEL ${isolation}`);
      open(tx);
      const commit = await new Promise<boolean>((resolve) => {
        this.#finish = resolve;
      });
      if (!commit) await tx.rollback();
    });
    this.#settled.catch(failOpen);
    this.#tx = await opened;
  }

  async end(commit: boolean): Promise<void> {
    this.#finish?.(commit);
    const settled = this.#settled;
    this.#tx = undefined;
    this.#finish = undefined;
    this.#settled = undefined;
    await settled;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const target = this.#tx ?? this.#pg;
    const result = await target.query<R>(compiled.sql, compiled.parameters as unknown[]);
    return {
      rows: result.rows,
      numAffectedRows: result.affectedRows === undefined ? undefined : BigInt(result.affectedRows),
    };
  }

  // biome-ignore lint/correctness/useYield: streaming is not supported on the embedded engine
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on PGlite');
  }
}

class PgliteDriver implements Driver {
  readonly #pg: PGlite;
  constructor(pg: PGlite) {
    this.#pg = pg;
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new PgliteConnection(this.#pg);
  }
  async beginTransaction(
    connection: DatabaseConnection,
    settings: { isolationLevel?: string },
  ): Promise<void> {
    await (connection as PgliteConnection).begin(settings.isolationLevel);
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PgliteConnection).end(true);
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PgliteConnection).end(false);
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

export class PgliteDialect implements Dialect {
  readonly #pg: PGlite;
  constructor(pg: PGlite) {
    this.#pg = pg;
  }
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver() {
    return new PgliteDriver(this.#pg);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}
