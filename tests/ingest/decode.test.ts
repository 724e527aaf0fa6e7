import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBytes,
  decodeStream,
  detectFileKind,
  ENCODING_SNIFF_BYTES,
  isLegacyBinaryXls,
  sniffEncoding,
  type TextEncodingName,
} from '../../src/ingest/decode.ts';
import { IngestCancelledError, type ReadProgress } from '../../src/ingest/types.ts';
import { byteChunks, collectText, encodeWindows1258, utf8 } from './helpers.ts';

const HEADER = 'Mã hồ sơ;Đơn vị xử lý;Ngày tiếp nhận;Trạng thái\n';
const ROW = 'H01.38.12-240315-0007;UBND xã Mỹ Hòa Hưng;15/03/2024 08:30;Đã trả kết quả\n';

async function decodeAll(bytes: Uint8Array, cuts: number | number[]) {
  let encoding: TextEncodingName | null = null;
  const text = await collectText(
    decodeStream(byteChunks(bytes, cuts), {
      onEncoding: (e) => {
        encoding = e;
      },
    }),
  );
  return { text, encoding: encoding as TextEncodingName | null };
}

describe('decodeBytes', () => {
  it('drops a UTF-8 BOM and keeps the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Mã hồ sơ')]);
    expect(decodeBytes(bytes)).toBe('Mã hồ sơ');
  });

  it('reads hand-written Windows-1258 bytes as Vietnamese once normalized', () => {
    // H, ô, combining grave, space, s, ơ  →  "Hồ sơ"
    const bytes = new Uint8Array([0x48, 0xf4, 0xcc, 0x20, 0x73, 0xf5]);
    expect(decodeBytes(bytes).normalize('NFC')).toBe('Hồ sơ');
  });
});

describe('sniffEncoding', () => {
  it('does not hold a multi-byte sequence cut at the end of an unfinished sample against UTF-8', () => {
    const cut = utf8('Hồ sơ').subarray(0, 3); // "H" and the first 2 of the 3 bytes of "ồ"
    expect(sniffEncoding(cut, false)).toBe('utf-8');
    expect(sniffEncoding(cut, true)).toBe('windows-1258');
  });

  it('takes invalid UTF-8 for Windows-1258 and honours UTF-16 BOMs only at the file start', () => {
    expect(sniffEncoding(encodeWindows1258('Hồ sơ đất đai'), true)).toBe('windows-1258');
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), true)).toBe('utf-16le');
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0x00, 0x41]), true)).toBe('utf-16be');
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), true, false)).toBe('windows-1258');
  });
});

describe('decodeStream', () => {
  it('decodes UTF-8 with a BOM split byte by byte, and reports UTF-8', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(HEADER + ROW)]);
    const { text, encoding } = await decodeAll(bytes, 1);
    expect(text).toBe(HEADER + ROW);
    expect(encoding).toBe('utf-8');
  });

  it('decodes a Windows-1258 CSV to the right words after NFC', async () => {
    const bytes = encodeWindows1258(HEADER + ROW);
    const { text, encoding } = await decodeAll(bytes, 7);
    expect(encoding).toBe('windows-1258');
    expect(text.normalize('NFC')).toBe(HEADER + ROW);
    expect(text.normalize('NFC').split('\n')[1]!.split(';')[1]).toBe('UBND xã Mỹ Hòa Hưng');
  });

  it('waits for the first non-ASCII byte: Windows-1258 text after more than the sniff window of ASCII', async () => {
    const ascii = 'H01.38.12-240315-0007;15/03/2024\n'.repeat(Math.ceil((ENCODING_SNIFF_BYTES * 1.5) / 33));
    const bytes = new Uint8Array([...utf8(ascii), ...encodeWindows1258(ROW)]);
    const { text, encoding } = await decodeAll(bytes, 65_536);
    expect(encoding).toBe('windows-1258');
    expect(text.normalize('NFC')).toBe(ascii + ROW);
  });

  it('keeps UTF-8 when the sniff window ends inside a multi-byte character', async () => {
    const text = 'ồ'.repeat(ENCODING_SNIFF_BYTES); // 3 bytes each
    const bytes = utf8(text);
    const cut = ENCODING_SNIFF_BYTES + 1;
    expect(cut % 3).toBe(2); // the first chunk fills the window and ends 2 bytes into a character
    const { text: decoded, encoding } = await decodeAll(bytes, [cut]);
    expect(encoding).toBe('utf-8');
    expect(decoded).toBe(text);
  });

  it('decodes UTF-16LE with a BOM (Excel "Unicode text")', async () => {
    const body = 'Mã hồ sơ\tĐơn vị\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + 2 * i] = body.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = body.charCodeAt(i) >> 8;
    }
    const { text, encoding } = await decodeAll(bytes, 3);
    expect(encoding).toBe('utf-16le');
    expect(text).toBe(body);
  });

  it('gives the same text for any chunking of any UTF-8 text', async () => {
    const vietnamese = fc.constantFrom(
      ...'aăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐ ;,"\n',
    );
    const content = fc.oneof(fc.string({ unit: vietnamese }), fc.string({ unit: 'binary' }));
    await fc.assert(
      fc.asyncProperty(
        content.filter((s) => !s.startsWith('\uFEFF')),
        fc.array(fc.nat()),
        async (text, cuts) => {
          const bytes = utf8(text);
          const { text: decoded } = await decodeAll(
            bytes,
            cuts.map((c) => c % (bytes.length + 1)),
          );
          expect(decoded).toBe(text);
        },
      ),
    );
  });

  it('reports bytes read up to the total', async () => {
    const bytes = utf8((HEADER + ROW).repeat(50));
    const seen: ReadProgress[] = [];
    await collectText(
      decodeStream(byteChunks(bytes, 100), { totalBytes: bytes.length, onProgress: (p) => seen.push(p) }),
    );
    expect(seen.at(-1)).toEqual({ bytesRead: bytes.length, totalBytes: bytes.length, rowsRead: 0 });
    expect(seen.map((p) => p.bytesRead)).toEqual([...seen.map((p) => p.bytesRead)].sort((a, b) => a - b));
  });

  it('stops with IngestCancelledError once the signal is aborted', async () => {
    const controller = new AbortController();
    const stream = decodeStream(byteChunks(utf8(ROW.repeat(100)), 50), { signal: controller.signal });
    const first = await stream.next();
    expect(first.done).toBe(false);
    controller.abort();
    await expect(stream.next()).rejects.toBeInstanceOf(IngestCancelledError);
  });
});

describe('detectFileKind', () => {
  it('tells xlsx by the zip magic, whatever the name', () => {
    expect(detectFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'export.csv')).toBe('xlsx');
  });

  it('tells HTML tables saved as .xls, after a BOM and whitespace', () => {
    const html = '\uFEFF  \r\n<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table>';
    expect(detectFileKind(utf8(html), 'DanhSach.xls')).toBe('html');
    expect(detectFileKind(utf8('<!DOCTYPE html>\n<HTML><BODY>'))).toBe('html');
    expect(detectFileKind(utf8('<meta charset="utf-8"><TABLE border=1><tr>'))).toBe('html');
  });

  it('uses the name only for markup whose head shows no table yet', () => {
    const longHead = `<head><style>${'td{}'.repeat(100)}</style>`;
    expect(detectFileKind(utf8(longHead), 'BaoCao.xls')).toBe('html');
    expect(detectFileKind(utf8(longHead), 'BaoCao.csv')).toBe('csv');
  });

  it('takes everything else for CSV', () => {
    expect(detectFileKind(utf8(HEADER + ROW), 'export.xls')).toBe('csv');
    expect(detectFileKind(encodeWindows1258(HEADER))).toBe('csv');
    expect(detectFileKind(new Uint8Array())).toBe('csv');
  });

  it('recognises legacy binary .xls', () => {
    expect(isLegacyBinaryXls(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(true);
    expect(isLegacyBinaryXls(utf8('<table>'))).toBe(false);
  });
});
