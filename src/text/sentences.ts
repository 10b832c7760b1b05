// Where a comment's sentences begin, for blockers that only speak for their own sentence: a
// question or a thank-you in one sentence says nothing about a sales pitch in the next. A short
// sentence after another (本当ですか？, ありがとう！) is a tag on it, and speaks for it too.

/** A sentence of at most this many characters, terminators and spaces left out, is a tag. */
const TAG_LENGTH = 8;

/** Ends a sentence; a run of them (？！, 。。) ends one sentence, and belongs to it. */
function isTerminator(c: number): boolean {
  return (
    c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a || c === 0xff0e
  );
}

/** The sentences of one original text, found on first use. */
export class Sentences {
  private readonly text: string;
  /** Start offsets of the second and later sentences, ascending. */
  private starts: number[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** The number of the sentence holding the character at `offset` (0 for the first). */
  at(offset: number): number {
    const starts = this.sentenceStarts();
    let n = 0;
    while (n < starts.length && starts[n]! <= offset) n++;
    return n;
  }

  private sentenceStarts(): number[] {
    this.starts ??= sentenceStarts(this.text);
    return this.starts;
  }

  /** Whether sentence `n` (not the first) is a short tag on the one before it. */
  isTag(n: number): boolean {
    const starts = this.sentenceStarts();
    if (n === 0 || n > starts.length) return false;
    const end = n < starts.length ? starts[n]! : this.text.length;
    let length = 0;
    for (let i = starts[n - 1]!; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (!isTerminator(c) && c !== 0x20 && c !== 0x3000) length++;
    }
    return length <= TAG_LENGTH;
  }
}

function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    while (i + 1 < text.length && isTerminator(text.charCodeAt(i + 1))) i++;
    if (i + 1 < text.length) starts.push(i + 1);
  }
  return starts;
}
