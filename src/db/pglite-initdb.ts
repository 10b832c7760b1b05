// Runs in a worker thread: creates a new embedded cluster and exits, taking initdb's memory with it.
import { workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const { dataDir, conf } = workerData as { dataDir: string; conf: string[] };
await (await PGlite.create(dataDir, { postgresqlconf: conf })).close();
