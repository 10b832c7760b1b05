// The bundled lexicons and model, compiled at build time (npm run build:engine-tables) into
// engine-tables.bin: the lexicon's patterns and automaton, the model's weights and automaton, and the
// fast path's automaton, which an engine then reads instead of building them at every start. The file
// carries a hash of its inputs; when they change (a lexicon edited, the model retrained, a Node.js with
// another Unicode version, whose NFKC folds the terms) the engine builds in memory, as without it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AutomatonTables } from './automaton.ts';
import { CompiledModel, loadBundledModel, MODEL_URL, type ModelTables } from './classifier.ts';
import { buildFastPathAutomaton } from './fast-path.ts';
import {
  CompiledLexicon,
  LEXICON_DIR,
  type LexiconFile,
  type LexiconTables,
  loadLexiconFiles,
} from './lexicon.ts';
import { loadRuleFile } from './rules.ts';
import type { ScanAutomaton } from './scan-automaton.ts';
import { type Decoded, decodeTableFile, encodeTableFile, type Sections } from './table-file.ts';

export const ENGINE_TABLES_FILE = new URL('./engine-tables.bin', import.meta.url);

/** The compiled parts of the bundled engine. */
export interface EngineParts {
  lexicon: CompiledLexicon;
  model: CompiledModel | null;
  /** The fast path's automaton (buildFastPathAutomaton). */
  scan: ScanAutomaton;
}

// The fields each part is stored with: a field added to a part's type must be listed here (the type
// checker says so), and a file written without it is not read.
const AUTOMATON: Record<keyof AutomatonTables, true> = {
  classOf: true,
  rootNext: true,
  base: true,
  check: true,
  fail: true,
  output: true,
  dictLink: true,
  nextSame: true,
  lengths: true,
  size: true,
};
const LEXICON: Record<Exclude<keyof LexiconTables, 'automaton'>, true> = {
  texts: true,
  terms: true,
  groupOf: true,
  flags: true,
};
const MODEL: Record<Exclude<keyof ModelTables, 'automaton'>, true> = {
  ngram: true,
  grams: true,
  weights: true,
  bias: true,
  hasClass: true,
};
const SCAN: Record<keyof ScanAutomaton, true> = {
  classOf: true,
  rootNext: true,
  nodes: true,
  gramChain: true,
  gramNext: true,
  gramOf: true,
  signalled: true,
  signalStart: true,
  signals: true,
  lexiconStart: true,
  lexiconIds: true,
  lexiconLengths: true,
};

/** A hash of everything the tables are derived from that is not code (a test checks the code's part). */
export function engineTablesKey(): string {
  const h = createHash('sha256');
  h.update(`engine tables; Unicode ${process.versions.unicode}\n`);
  const input = (name: string, bytes: Buffer | null): void => {
    h.update(`${name} ${bytes?.length ?? 'absent'}\n`);
    if (bytes) h.update(bytes);
  };
  for (const name of readdirSync(LEXICON_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort())
    input(`lexicons/${name}`, readFileSync(new URL(name, LEXICON_DIR)));
  input('model', existsSync(MODEL_URL) ? readFileSync(MODEL_URL) : null);
  return h.digest('hex');
}

/** Compiles the bundled lexicons, rules and model, as an engine does without the file. */
export function compileBundledParts(): EngineParts {
  const lexicon = new CompiledLexicon(loadLexiconFiles());
  const learned = loadBundledModel();
  const model = learned ? new CompiledModel(learned) : null;
  return { lexicon, model, scan: buildFastPathAutomaton(lexicon, loadRuleFile().rules, model) };
}

export function encodeEngineTables(parts: EngineParts, key: string): Buffer {
  const sections: Sections = {};
  const put = (prefix: string, fields: Record<string, true>, from: object): void => {
    for (const name of Object.keys(fields))
      sections[`${prefix}.${name}`] = (from as Record<string, Sections[string]>)[name]!;
  };
  const lexicon = parts.lexicon.tables;
  put('lexicon', LEXICON, lexicon);
  put('lexicon.automaton', AUTOMATON, lexicon.automaton);
  if (parts.model) {
    put('model', MODEL, parts.model.tables);
    put('model.automaton', AUTOMATON, parts.model.tables.automaton);
  }
  put('scan', SCAN, parts.scan);
  return encodeTableFile(key, sections);
}

/** The fields of one part, or null when any is missing. */
function take<T>(decoded: Decoded, prefix: string, fields: Record<string, true>): T | null {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(fields)) {
    const value = decoded.get(`${prefix}.${name}`);
    if (value === undefined) return null;
    out[name] = value;
  }
  return out as T;
}

/**
 * The bundled engine's parts from the file, for the bundled lexicon `files`; null when the file is
 * missing, cannot be read, or was built from other inputs than `key` names.
 */
export function loadEngineTables(files: LexiconFile[], key = engineTablesKey()): EngineParts | null {
  if (!existsSync(ENGINE_TABLES_FILE)) return null;
  const decoded = decodeTableFile(readFileSync(ENGINE_TABLES_FILE), key);
  if (decoded === null) return null;
  const lexicon = take<LexiconTables>(decoded, 'lexicon', LEXICON);
  const lexiconAutomaton = take<AutomatonTables>(decoded, 'lexicon.automaton', AUTOMATON);
  const scan = take<ScanAutomaton>(decoded, 'scan', SCAN);
  if (!lexicon || !lexiconAutomaton || !scan) return null;
  let model: CompiledModel | null = null;
  if (decoded.has('model.grams')) {
    const tables = take<ModelTables>(decoded, 'model', MODEL);
    const automaton = take<AutomatonTables>(decoded, 'model.automaton', AUTOMATON);
    if (!tables || !automaton) return null;
    model = new CompiledModel({ ...tables, automaton });
  }
  return {
    lexicon: new CompiledLexicon(files, { ...lexicon, automaton: lexiconAutomaton }),
    model,
    scan,
  };
}

/** Compiles the bundled sources and writes the file; its size in bytes. */
export function writeEngineTables(): number {
  const file = encodeEngineTables(compileBundledParts(), engineTablesKey());
  writeFileSync(ENGINE_TABLES_FILE, file);
  return file.length;
}
