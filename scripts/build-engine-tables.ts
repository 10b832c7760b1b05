// npm run build:engine-tables — compiles the bundled lexicons, rules and model into
// src/text/engine-tables.bin, which an engine reads at load instead of compiling them. The file is
// committed; run this after editing a lexicon (npm run train:moderation runs it after training). A test
// fails until the file is what this writes.
import { fileURLToPath } from 'node:url';
import { ENGINE_TABLES_FILE, writeEngineTables } from '../src/text/engine-tables.ts';

const bytes = writeEngineTables();
process.stdout.write(`${fileURLToPath(ENGINE_TABLES_FILE)}: ${(bytes / 1e6).toFixed(1)} MB\n`);
