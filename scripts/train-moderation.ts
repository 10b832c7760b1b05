// npm run train:moderation — trains the learned component of the moderation engine on the
// project's own corpus (src/text/training/*.tsv) and writes src/text/model/moderation-model.json,
// then the engine's compiled tables (src/text/engine-tables.bin), which hold the model's too.
// Deterministic: same corpus, same weights. Never reads the shared dev set.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  featureVector,
  type LearnedModel,
  MODEL_CLASSES,
  MODEL_URL,
  sigmoid,
} from '../src/text/classifier.ts';
import { writeEngineTables } from '../src/text/engine-tables.ts';
import { normalise } from '../src/text/normalise.ts';
import { readTrainingCorpus } from '../src/text/training-corpus.ts';

// Character n-gram lengths, e.g. TRAIN_NGRAM=1-4 (measured: 1–4 held out no better than 1–3).
const NGRAM = (process.env.TRAIN_NGRAM ?? '1-3').split('-').map(Number) as [number, number];
const EPOCHS = Number(process.env.TRAIN_EPOCHS ?? 30);
/** Stochastic gradient descent, the rate decaying per epoch as 1 / (1 + 0.2·epoch). */
const LEARNING_RATE = Number(process.env.TRAIN_RATE ?? 2);
const L2 = 1e-5;
// An n-gram is a feature when seen in this many sentences (TRAIN_MIN_COUNT=3 measured: 31 % fewer
// n-grams, the same held-out score; docs/moderation.md, "Ninth session").
const MIN_COUNT = Number(process.env.TRAIN_MIN_COUNT ?? 2);
/** A class's positive sentences count this many times at most (they are fewer than the rest). */
const POSITIVE_WEIGHT_CAP = Number(process.env.TRAIN_POSITIVE_WEIGHT ?? 6);
const PRUNE = Number(process.env.TRAIN_PRUNE ?? 0.06);
// Which n-grams are features: those found in at least this share of violating sentences. 0 keeps
// every n-gram, so the model also learns what makes a sentence acceptable (闇バイトに気をつけて);
// measured leave-one-writer-out on the corpus, that generalised far better than only the
// n-grams of violations (docs/moderation.md, "Eighth session").
const VIOLATION_SHARE = Number(process.env.TRAIN_VIOLATION_SHARE ?? 0);

const docFreq = new Map<string, number>();
const violationFreq = new Map<string, number>();
/** Each sentence's n-grams and their shared value (the length scale), cut once. */
const raw: Array<{ grams: string[]; value: number; y: Set<number> }> = [];
for (const { file, labels, text } of readTrainingCorpus()) {
  const y = new Set<number>();
  if (labels !== 'ok') {
    for (const l of labels.split(',')) {
      const index = MODEL_CLASSES.indexOf(
        `SNS-DELETE-${l.padStart(2, '0')}` as (typeof MODEL_CLASSES)[number],
      );
      if (index < 0) throw new Error(`${file}: unknown label ${l}`);
      y.add(index);
    }
  }
  const features = featureVector(normalise(text, 'match').text, NGRAM);
  const grams = [...features.keys()];
  for (const g of grams) {
    docFreq.set(g, (docFreq.get(g) ?? 0) + 1);
    if (y.size > 0) violationFreq.set(g, (violationFreq.get(g) ?? 0) + 1);
  }
  raw.push({ grams, value: features.get(grams[0]!) ?? 0, y });
}
const vocabulary = new Map<string, number>();
for (const [g, n] of docFreq)
  if (n >= MIN_COUNT && (violationFreq.get(g) ?? 0) >= VIOLATION_SHARE * n)
    vocabulary.set(g, vocabulary.size);
/** A sentence's features: vocabulary indices, all with the same value. */
const examples = raw.map(({ grams, value, y }) => ({
  index: Int32Array.from(grams.filter((g) => vocabulary.has(g)).map((g) => vocabulary.get(g)!)),
  value,
  y,
}));

const classes = MODEL_CLASSES.length;
const dim = vocabulary.size;
const weights = Array.from({ length: classes }, () => new Float64Array(dim));
const bias = new Float64Array(classes);
const positives = Array.from({ length: classes }, (_, c) => examples.filter((e) => e.y.has(c)).length);

/** A fixed-seed generator, so the same corpus always gives the same weights. */
let seed = 1;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const order = examples.map((_, i) => i);
for (let c = 0; c < classes; c++) {
  const w = weights[c]!;
  const posWeight = Math.min(
    POSITIVE_WEIGHT_CAP,
    (examples.length - positives[c]!) / Math.max(1, positives[c]!),
  );
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = LEARNING_RATE / (1 + epoch * 0.2);
    for (const o of order) {
      const e = examples[o]!;
      let z = bias[c]!;
      for (let k = 0; k < e.index.length; k++) z += w[e.index[k]!]! * e.value;
      const target = e.y.has(c) ? 1 : 0;
      const err = (sigmoid(z) - target) * (target === 1 ? posWeight : 1);
      // The bias moves at a tenth of the rate: it is shared by every sentence, so it would swing with each.
      bias[c]! -= rate * err * 0.1;
      for (let k = 0; k < e.index.length; k++) {
        const q = e.index[k]!;
        w[q]! -= rate * (err * e.value + L2 * w[q]!);
      }
    }
  }
}

const out: LearnedModel = {
  version: `char${NGRAM.join('-')}gram-lr-${examples.length}ex${VIOLATION_SHARE > 0 ? `-violation${Math.round(VIOLATION_SHARE * 100)}` : ''}`,
  ngram: NGRAM,
  classes: MODEL_CLASSES,
  bias: [...bias].map((b) => Math.round(b * 1000) / 1000),
  weights: {},
};
for (const [g, k] of vocabulary) {
  const pairs: Array<[number, number]> = [];
  for (let c = 0; c < classes; c++) {
    const v = weights[c]![k]!;
    if (Math.abs(v) >= PRUNE) pairs.push([c, Math.round(v * 1000) / 1000]);
  }
  if (pairs.length > 0) out.weights[g] = pairs;
}
mkdirSync(new URL('.', MODEL_URL), { recursive: true });
writeFileSync(MODEL_URL, `${JSON.stringify(out)}\n`);
const grams = [...vocabulary.keys()];
let correct = 0;
for (const e of examples) {
  const z = [...bias];
  for (const k of e.index) for (const [c, wv] of out.weights[grams[k]!] ?? []) z[c]! += wv * e.value;
  const predicted = new Set(z.flatMap((v, c) => (sigmoid(v) >= 0.5 ? [c] : [])));
  if (predicted.size === e.y.size && [...e.y].every((c) => predicted.has(c))) correct++;
}
process.stdout.write(
  `trained on ${examples.length} examples, ${dim} n-grams, ${Object.keys(out.weights).length} kept; ` +
    `training exact-match ${((100 * correct) / examples.length).toFixed(1)}%\n`,
);
// The engine reads the model from its compiled tables; they are written again from the new model.
const tableBytes = writeEngineTables();
process.stdout.write(`engine tables written again (${(tableBytes / 1e6).toFixed(1)} MB)\n`);
