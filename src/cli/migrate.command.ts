import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { loadConfig } from '../kernel/config.ts';

export async function migrateCommand(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const applied = await migrate(database);
    process.stdout.write(
      applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n',
    );
    return 0;
  } finally {
    await database.close();
  }
}
