import { pickWeighted, type Random } from './random.ts';

/** The ways real exports misspell one unit (reference §6–7); the ingest must fold them together. */
export type Misspelling = 'upper-case' | 'extra-spaces' | 'nfd' | 'long-form' | 'old-tone-placement';

/** Tone on the second vowel ("Hoà", "Thuỷ"): the pre-1980s placement many keyboards still type. */
const OLD_TONE_PLACEMENT: Readonly<Record<string, string>> = {
  òa: 'oà',
  óa: 'oá',
  ỏa: 'oả',
  õa: 'oã',
  ọa: 'oạ',
  òe: 'oè',
  óe: 'oé',
  ọe: 'oẹ',
  ùy: 'uỳ',
  úy: 'uý',
  ủy: 'uỷ',
  ũy: 'uỹ',
  ụy: 'uỵ',
  Ủy: 'Uỷ',
  Úy: 'Uý',
};
const OLD_TONE_PATTERN = new RegExp(Object.keys(OLD_TONE_PLACEMENT).join('|'), 'g');

export function withOldTonePlacement(text: string): string {
  return text.replace(OLD_TONE_PATTERN, (m) => OLD_TONE_PLACEMENT[m] ?? m);
}

function withExtraSpaces(text: string, random: Random): string {
  const words = text.split(' ');
  const gap = random.int(Math.max(1, words.length - 1));
  const spaced = words.map((w, i) => (i === gap ? `${w}  ` : w)).join(' ');
  return random.chance(0.5) ? ` ${spaced} ` : `${spaced} `;
}

export function applyMisspelling(text: string, kind: Misspelling, random: Random): string {
  switch (kind) {
    case 'upper-case':
      return text.toUpperCase();
    case 'extra-spaces':
      return withExtraSpaces(text, random);
    case 'nfd':
      return text.normalize('NFD');
    case 'long-form':
      return text.replace(/^UBND /, random.chance(0.7) ? 'Ủy ban nhân dân ' : 'Uỷ ban nhân dân ');
    case 'old-tone-placement':
      return withOldTonePlacement(text);
  }
}

/** One misspelling that changes `name`, picked by how often each appears in real exports. */
export function misspellUnitName(name: string, random: Random): { text: string; kind: Misspelling } {
  const choices: [Misspelling, number][] = [
    ['upper-case', 2],
    ['extra-spaces', 3],
    ['nfd', 2],
  ];
  if (name.startsWith('UBND ')) choices.push(['long-form', 3]);
  if (withOldTonePlacement(name) !== name) choices.push(['old-tone-placement', 4]);
  const kind = pickWeighted(random, choices);
  let text = applyMisspelling(name, kind, random);
  // Long forms often come fully upper-cased from report templates.
  if (kind === 'long-form' && random.chance(0.2)) text = text.toUpperCase();
  return { text, kind };
}
