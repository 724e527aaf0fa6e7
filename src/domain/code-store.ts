/**
 * Dossier codes kept as bytes in one growing buffer, with an open-addressing hash index over them.
 * A province-year holds ~6 million codes: as JS strings in a Map they would cost ~100 bytes each,
 * here they cost their length plus ~12 bytes, and lookups stay exact (bytes are compared on a hit).
 */
const EMPTY = 0xffffffff;

export class CodeStore {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private offsets = new Uint32Array(1024 + 1);
  private count = 0;
  private slots = new Uint32Array(2048).fill(EMPTY);
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private scratch = new Uint8Array(256);

  get size(): number {
    return this.count;
  }

  /** Bytes of code text stored so far. */
  get textBytes(): number {
    return this.used;
  }

  /** Bytes held, for memory accounting. */
  get byteLength(): number {
    return this.bytes.byteLength + this.offsets.byteLength + this.slots.byteLength;
  }

  /** Index of `code` if stored, else stores it; `added` says which. Indices are dense: 0, 1, 2, … */
  put(code: string): { index: number; added: boolean } {
    const len = this.encode(code);
    const hash = hashBytes(this.scratch, len);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === EMPTY) break;
      if (this.equals(at, len)) return { index: at, added: false };
      slot = (slot + 1) & mask;
    }
    const index = this.append(len);
    this.slots[slot] = index;
    if (this.count * 2 > this.slots.length) this.rehash();
    return { index, added: true };
  }

  get(index: number): string {
    return this.decoder.decode(this.bytes.subarray(this.offsets[index]!, this.offsets[index + 1]!));
  }

  /** Room for `count` codes taking `byteCount` bytes in all (a hint; it grows past it if needed). */
  reserve(count: number, byteCount: number): void {
    if (byteCount > this.bytes.length) {
      const grown = new Uint8Array(byteCount);
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    // Size the hash index once for the expected count instead of rehashing at every doubling.
    let slots = this.slots.length;
    while (count * 2 > slots) slots *= 2;
    if (slots > this.slots.length) this.rehash(slots);
    if (count + 1 > this.offsets.length) {
      const grown = new Uint32Array(count + 1);
      grown.set(this.offsets);
      this.offsets = grown;
    }
  }

  /** Trims spare capacity once loading is done. */
  compact(): void {
    // Copy only when the spare room is worth it; a right-sized reserve leaves little.
    if (this.bytes.length - this.used > this.used * 0.05) this.bytes = this.bytes.slice(0, this.used);
    if (this.offsets.length - this.count - 1 > this.count * 0.05)
      this.offsets = this.offsets.slice(0, this.count + 1);
  }

  private encode(code: string): number {
    // Codes are ASCII almost always; encode by hand and fall back to TextEncoder otherwise.
    const n = code.length;
    if (this.scratch.length < n * 3) this.scratch = new Uint8Array(n * 3);
    for (let i = 0; i < n; i++) {
      const c = code.charCodeAt(i);
      if (c > 0x7f) return this.encoder.encodeInto(code, this.scratch).written;
      this.scratch[i] = c;
    }
    return n;
  }

  private equals(index: number, len: number): boolean {
    const start = this.offsets[index]!;
    if (this.offsets[index + 1]! - start !== len) return false;
    for (let i = 0; i < len; i++) if (this.bytes[start + i] !== this.scratch[i]) return false;
    return true;
  }

  private append(len: number): number {
    if (this.used + len > this.bytes.length) {
      const grown = new Uint8Array(Math.max(Math.ceil(this.bytes.length * 1.5), this.used + len));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(this.scratch.subarray(0, len), this.used);
    this.used += len;
    if (this.count + 2 > this.offsets.length) {
      const grown = new Uint32Array(Math.ceil(this.offsets.length * 1.5));
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const index = this.count++;
    this.offsets[index + 1] = this.used;
    return index;
  }

  private rehash(size = this.slots.length * 2): void {
    const slots = new Uint32Array(size).fill(EMPTY);
    const mask = slots.length - 1;
    for (let index = 0; index < this.count; index++) {
      const start = this.offsets[index]!;
      let slot =
        hashBytes(this.bytes.subarray(start, this.offsets[index + 1]!), this.offsets[index + 1]! - start) &
        mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = index;
    }
    this.slots = slots;
  }
}

/** FNV-1a, 32-bit. */
function hashBytes(bytes: Uint8Array, len: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < len; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
