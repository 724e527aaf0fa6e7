import iconv from 'iconv-lite';

/**
 * Windows-1258 has precomposed letters only for some Vietnamese vowels; the rest are written as a
 * base letter (â, ă, ê, ô, ơ, ư …) followed by one of five combining tone marks. iconv-lite maps
 * code points one to one, so text is first brought into that form, as Windows itself does.
 */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

const ENCODING = 'windows-1258';
const cache = new Map<string, string>();

function isEncodable(text: string): boolean {
  return iconv.decode(iconv.encode(text, ENCODING), ENCODING) === text;
}

/** The Windows-1258 spelling of one NFC character: precomposed if the code page has it. */
function windows1258Form(ch: string): string {
  if (isEncodable(ch)) return ch;
  let base = '';
  let tones = '';
  for (const part of ch.normalize('NFD')) {
    if (TONE_MARKS.has(part)) tones += part;
    else base += part;
  }
  const composed = base.normalize('NFC');
  const form = composed + tones;
  return isEncodable(form) ? form : ch;
}

export function toWindows1258Form(text: string): string {
  let out = '';
  let start = 0;
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    if (nfc.charCodeAt(i) < 0x80) continue;
    const ch = nfc[i]!;
    let form = cache.get(ch);
    if (form === undefined) {
      form = windows1258Form(ch);
      cache.set(ch, form);
    }
    out += nfc.slice(start, i) + form;
    start = i + 1;
  }
  return start === 0 ? nfc : out + nfc.slice(start);
}

/** Bytes of `text` in Windows-1258 (NFD spellings in the input are folded to NFC first). */
export function encodeWindows1258(text: string): Buffer {
  return iconv.encode(toWindows1258Form(text), ENCODING);
}

export function decodeWindows1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), ENCODING);
}
