import iconv from 'iconv-lite';
import type { RawRow } from '../../src/ingest/types.ts';

/** Yields `bytes` in pieces cut at the given offsets (or every `size` bytes). */
export async function* byteChunks(bytes: Uint8Array, cuts: number | number[]): AsyncGenerator<Uint8Array> {
  for (const [start, end] of pieces(bytes.length, cuts)) yield bytes.subarray(start, end);
}

export async function* textChunks(text: string, cuts: number | number[]): AsyncGenerator<string> {
  for (const [start, end] of pieces(text.length, cuts)) yield text.slice(start, end);
}

function pieces(length: number, cuts: number | number[]): [number, number][] {
  const offsets =
    typeof cuts === 'number'
      ? Array.from({ length: Math.ceil(length / cuts) }, (_, i) => i * cuts).slice(1)
      : [...new Set(cuts.filter((c) => c > 0 && c < length))].sort((a, b) => a - b);
  const bounds = [0, ...offsets, length];
  return bounds.slice(1).map((end, i) => [bounds[i]!, end]);
}

export async function collectRows(batches: AsyncIterable<RawRow[]>): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

export async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Encodes Vietnamese text as old tools wrote Windows-1258: the code page has â, ê, ô, ă, ơ, ư, đ
 * precomposed but the five tone marks only as combining characters, so "ồ" is written as ô + U+0300.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const cp1258Form = [...text.normalize('NFC')]
    .map((ch) => {
      const decomposed = ch.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS)?.join('') ?? '';
      return tones ? decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones : ch;
    })
    .join('');
  const bytes = iconv.encode(cp1258Form, 'windows-1258');
  if (bytes.includes(0x3f) && !cp1258Form.includes('?')) throw new Error(`not encodable: ${text}`);
  return new Uint8Array(bytes);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
