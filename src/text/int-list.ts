/**
 * A reusable list of integers for per-scan bookkeeping. Clearing keeps its storage: an array's
 * `length = 0` gives its storage up, so the next push allocates again, once per comment.
 */
export class IntList {
  private items: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.items = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  at(k: number): number {
    return this.items[k]!;
  }

  clear(): void {
    this.length = 0;
  }

  toArray(): number[] {
    return Array.from(this.items.subarray(0, this.length));
  }
}
