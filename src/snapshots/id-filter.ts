/**
 * A Bloom filter of session ids (their JSON text), kept in a partnership snapshot's head so that a cold load can tell
 * that a new session id is not among 100,000 older ones without reading them. `mayHold` false is certain; true means
 * "maybe" (about 1 in 100 to 1 in 2,000 for an id that is not there, by how full it is): the caller then looks at the
 * ids themselves. Immutable: `with` gives a new filter.
 *
 * Sized at BITS_PER_ID bits per id when built; `roomFor` says whether it still holds at least MIN_BITS_PER_ID per id
 * (else it is built again from every id). HASHES positions per id, by double hashing of two 32-bit hashes of the text.
 */
const BITS_PER_ID = 14;
const MIN_BITS_PER_ID = 10;
const HASHES = 7;
const MIN_BITS = 64;

export class IdFilter {
  /** Private (#): not a property, so a deep freeze of a state holding the filter leaves it be (typed arrays cannot be frozen). */
  readonly #bytes: Uint8Array;

  private constructor(
    readonly bits: number,
    readonly hashes: number,
    bytes: Uint8Array,
  ) {
    this.#bytes = bytes;
  }

  /** A filter of these ids' texts, sized for `count` ids (at least as many as given) and BITS_PER_ID bits each. */
  static of(count: number, texts: readonly string[]): IdFilter {
    const bits = Math.max(MIN_BITS, Math.ceil(Math.max(count, texts.length) * BITS_PER_ID / 8) * 8);
    const filter = new IdFilter(bits, HASHES, new Uint8Array(bits / 8));
    for (const text of texts) filter.set(text);
    return filter;
  }

  static fromBase64(bits: number, hashes: number, base64: string): IdFilter {
    const bytes = Buffer.from(base64, 'base64');
    if (!Number.isInteger(bits) || bits < 8 || bits % 8 !== 0 || bytes.length !== bits / 8 || !Number.isInteger(hashes) || hashes < 1) {
      throw new Error(`a session id filter of ${bytes.length} bytes for ${bits} bits and ${hashes} hashes`);
    }
    return new IdFilter(bits, hashes, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  }

  toBase64(): string {
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset, this.#bytes.length).toString('base64');
  }

  /** Whether it still has MIN_BITS_PER_ID bits for each of `count` ids. */
  roomFor(count: number): boolean {
    return this.bits >= count * MIN_BITS_PER_ID;
  }

  /** A new filter holding these ids' texts too. */
  with(texts: readonly string[]): IdFilter {
    const filter = new IdFilter(this.bits, this.hashes, this.#bytes.slice());
    for (const text of texts) filter.set(text);
    return filter;
  }

  /** False: no id of this text was added. True: one may have been. */
  mayHold(text: string): boolean {
    let [h1, h2] = hashesOf(text);
    for (let i = 0; i < this.hashes; i++) {
      const bit = h1 % this.bits;
      if ((this.#bytes[bit >>> 3] & (1 << (bit & 7))) === 0) return false;
      h1 = (h1 + h2) >>> 0;
    }
    return true;
  }

  private set(text: string): void {
    let [h1, h2] = hashesOf(text);
    for (let i = 0; i < this.hashes; i++) {
      const bit = h1 % this.bits;
      this.#bytes[bit >>> 3] |= 1 << (bit & 7);
      h1 = (h1 + h2) >>> 0;
    }
  }
}

/** Two independent 32-bit hashes of a string's UTF-16 code units (FNV-1a and a multiply-rotate one, each finalised). */
function hashesOf(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  }
  return [mix(a) >>> 0, (mix(b) | 1) >>> 0];
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
