/**
 * The newest `capacity` items of an endless stream, each known by its sequence number (the count
 * of items pushed before it), so that dropping the oldest never renumbers the rest. Both sides of
 * the merged log view keep their lines in one: memory stays bounded however long the logs run.
 */
export class LogRing<T> {
  private readonly items: Array<T | undefined>;
  private firstSeq = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`a ring holds at least one item, not ${capacity}`);
    }
    this.items = new Array<T | undefined>(capacity);
  }

  /** The sequence number of the oldest item kept; every item before it was dropped. */
  get first(): number {
    return this.firstSeq;
  }

  /** The sequence number the next item gets. */
  get end(): number {
    return this.firstSeq + this.count;
  }

  get size(): number {
    return this.count;
  }

  /** Adds an item (dropping the oldest when full) and answers its sequence number. */
  push(item: T): number {
    const seq = this.end;
    this.items[seq % this.capacity] = item;
    if (this.count === this.capacity) {
      this.firstSeq++;
    } else {
      this.count++;
    }
    return seq;
  }

  /** The item numbered `seq`, or undefined once it was dropped (or before it exists). */
  at(seq: number): T | undefined {
    return seq >= this.firstSeq && seq < this.end ? this.items[seq % this.capacity] : undefined;
  }

  /** Empties the ring so that the next item pushed is numbered `seq` (items before it count as dropped). */
  restartAt(seq: number): void {
    this.items.fill(undefined);
    this.firstSeq = seq;
    this.count = 0;
  }

  /** The items numbered `from` (clamped to the oldest kept) up to the newest, oldest first. */
  *from(from = this.firstSeq): Generator<T> {
    for (let seq = Math.max(from, this.firstSeq); seq < this.end; seq++) {
      yield this.items[seq % this.capacity] as T;
    }
  }
}
