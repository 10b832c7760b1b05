import { isExpression, type Kysely, type RawBuilder, sql } from 'kysely';

/**
 * A row to insert, built by the module that owns its table (an audit row, a consent, an outbox
 * message) and written by whoever holds the statement. Values are bound as parameters; an SQL
 * expression (a `sql` fragment) is written as it is.
 */
export interface PlannedRow {
  table: string;
  values: Readonly<Record<string, unknown>>;
}

function sqlValue(value: unknown): RawBuilder<unknown> {
  if (isExpression(value)) return value as RawBuilder<unknown>;
  return sql`${value === undefined ? null : value}`;
}

function columnsOf(row: PlannedRow) {
  const columns = Object.keys(row.values);
  return {
    names: sql.join(columns.map((column) => sql.id(column))),
    values: sql.join(columns.map((column) => sqlValue(row.values[column]))),
  };
}

/**
 * The rows as common-table-expression items `name AS (INSERT … SELECT … FROM guard)`, to follow the
 * guard's own item in one WITH: each row is written only if the guard (an INSERT … RETURNING) wrote
 * its row, all in one statement — one round trip, one transaction.
 */
export function insertsGuardedBy(guard: string, rows: readonly PlannedRow[]): RawBuilder<unknown>[] {
  return rows.map((row, i) => {
    const { names, values } = columnsOf(row);
    return sql`${sql.id(`${guard}_${i}`)} AS (INSERT INTO ${sql.table(row.table)} (${names}) SELECT ${values} FROM ${sql.table(guard)})`;
  });
}

/** Inserts the rows, whatever their tables, in one statement. */
// biome-ignore lint/suspicious/noExplicitAny: any handle; the rows name their own tables
export async function insertPlannedRows(db: Kysely<any>, rows: readonly PlannedRow[]): Promise<void> {
  const items = rows.map((row, i) => {
    const { names, values } = columnsOf(row);
    return sql`${sql.id(`row_${i}`)} AS (INSERT INTO ${sql.table(row.table)} (${names}) VALUES (${values}))`;
  });
  if (items.length === 0) return;
  await sql`WITH ${sql.join(items)} SELECT 1`.execute(db);
}
