import { type ByteSource, type FileKind, type ReadOptions, throwIfAborted } from './types.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodeOptions extends ReadOptions {
  totalBytes?: number;
  /** Skip sniffing and decode as this encoding. */
  encoding?: TextEncodingName;
  /** Called once, as soon as the encoding is known (before the first non-ASCII text is yielded). */
  onEncoding?: (encoding: TextEncodingName) => void;
}

/** How many bytes, from the first non-ASCII byte on, are checked for valid UTF-8 before deciding. */
export const ENCODING_SNIFF_BYTES = 1 << 20;

const asciiDecoder = new TextDecoder('utf-8');

/**
 * Picks the encoding of text bytes: a BOM decides (only at the start of the file); otherwise bytes
 * that are valid UTF-8 are UTF-8 and anything else is taken for Windows-1258, the code page old
 * Vietnamese tools write. `complete` says whether `bytes` run to the end of the file: when not, a
 * multi-byte sequence cut at the end of `bytes` is not held against UTF-8.
 */
export function sniffEncoding(bytes: Uint8Array, complete: boolean, atFileStart = true): TextEncodingName {
  if (atFileStart) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'windows-1258';
  }
}

/** Decodes a whole file held in memory; a BOM is dropped. */
export function decodeBytes(bytes: Uint8Array): string {
  return new TextDecoder(sniffEncoding(bytes, true)).decode(bytes);
}

/**
 * Decodes a byte stream to text chunks, without ever holding more than the sniffing window.
 * Pure-ASCII bytes read the same in every supported 8-bit encoding, so they are passed on at once and
 * the decision waits for the first non-ASCII byte: a file whose first megabyte is ASCII and whose
 * Windows-1258 text starts later is still decoded right. A UTF-8 BOM is dropped. Text is not
 * NFC-normalized here: a chunk boundary may fall between a letter and its combining mark.
 */
export async function* decodeStream(source: ByteSource, opts: DecodeOptions = {}): AsyncGenerator<string> {
  const totalBytes = opts.totalBytes ?? null;
  let bytesRead = 0;
  let decoder: TextDecoder | null = null;
  let sniffWindow: Uint8Array[] = [];
  let windowBytes = 0;
  let atFileStart = true;

  const choose = (encoding: TextEncodingName): TextDecoder => {
    opts.onEncoding?.(encoding);
    return new TextDecoder(encoding);
  };
  if (opts.encoding) decoder = choose(opts.encoding);

  for await (const chunk of source) {
    throwIfAborted(opts.signal);
    bytesRead += chunk.byteLength;
    opts.onProgress?.({ bytesRead, totalBytes, rowsRead: 0 });
    if (decoder) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
      continue;
    }
    if (windowBytes === 0) {
      const firstNonAscii = indexOfNonAscii(chunk);
      const asciiEnd = firstNonAscii === -1 ? chunk.byteLength : firstNonAscii;
      if (asciiEnd > 0) {
        atFileStart = false;
        yield asciiDecoder.decode(chunk.subarray(0, asciiEnd));
      }
      if (firstNonAscii === -1) continue;
      sniffWindow.push(chunk.subarray(firstNonAscii));
      windowBytes += chunk.byteLength - firstNonAscii;
    } else {
      sniffWindow.push(chunk);
      windowBytes += chunk.byteLength;
    }
    if (windowBytes >= ENCODING_SNIFF_BYTES) {
      const head = concatBytes(sniffWindow, windowBytes);
      sniffWindow = [];
      decoder = choose(sniffEncoding(head, false, atFileStart));
      const text = decoder.decode(head, { stream: true });
      if (text) yield text;
    }
  }
  throwIfAborted(opts.signal);
  if (!decoder) {
    const head = concatBytes(sniffWindow, windowBytes);
    decoder = choose(windowBytes === 0 ? 'utf-8' : sniffEncoding(head, true, atFileStart));
    const text = decoder.decode(head, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * What kind of file the first bytes show. Content decides, not the name: the ".xls" files one-stop
 * systems export are usually HTML tables. The name only settles an HTML file whose head is too long
 * to reach its first <table>.
 */
export function detectFileKind(head: Uint8Array, fileName?: string): FileKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  const text = new TextDecoder(sniffEncoding(head, false)).decode(head).trimStart().toLowerCase();
  if (!text.startsWith('<')) return 'csv';
  if (text.includes('<table') || text.includes('<html')) return 'html';
  return fileName && /\.(xls|html?)$/i.test(fileName) ? 'html' : 'csv';
}

/** Legacy binary .xls (OLE2 compound file), which none of the readers understand. */
export function isLegacyBinaryXls(head: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((byte, i) => head[i] === byte);
}

function indexOfNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! > 0x7f) return i;
  }
  return -1;
}

function concatBytes(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
