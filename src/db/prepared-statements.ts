import pg from 'pg';

/** How many distinct statement texts get a name; texts beyond it run unnamed, as before. */
const MAX_NAMED = 500;
const names = new Map<string, string>();

function nameFor(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined || names.size >= MAX_NAMED) return known;
  const name = `k${names.size}`;
  names.set(text, name);
  return name;
}

/**
 * A pg client that sends every parameterised statement as a named prepared statement, so PostgreSQL
 * parses and plans each distinct text once per connection instead of on every call (Kysely sends
 * unnamed ones). Parameterless text (BEGIN, COMMIT, DDL, scripts) runs as before. Names are
 * per-process and stable for a text, so every pooled connection prepares the same text under the
 * same name. Schema changes happen only in migrations, before the pool serves queries.
 */
export class PreparingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() is heavily overloaded; we only add a name.
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) {
      const name = nameFor(config);
      if (name !== undefined) return super.query({ name, text: config, values });
    }
    return super.query(config, values, callback);
  }
}
