/**
 * Unit identity: exports spell one agency many ways, and since 1 July 2025 many older names belong
 * to retired units. A unit is identified by its registry entry when there is one, otherwise by the
 * folded spelling of its name. Folding is deliberately conservative: merging two real units would
 * silently corrupt both units' numbers, while a missed variant only shows up as a duplicate row
 * that an admin can fix with a registry alias.
 */

export type UnitGroup = 'department' | 'commune' | 'vertical' | 'other';

export interface RegistryUnit {
  id: string;
  name: string;
  code?: string;
  group: UnitGroup;
  aliases: string[];
  successorId?: string;
  retired?: boolean;
}

export interface UnitRegistry {
  version: number;
  units: RegistryUnit[];
}

export interface ResolvedUnit {
  readonly id: string;
  readonly name: string;
  readonly group: UnitGroup;
  readonly source: 'registry' | 'guess';
}

export interface UnitResolver {
  resolve(rawName: string): ResolvedUnit;
}

// ---------------------------------------------------------------------------------------------
// Tone-mark placement

/** huyền, sắc, ngã, hỏi, nặng as combining marks (NFD). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWELS = 'aăâeêioôơuưy';
const VOWELS_WITH_QUALITY_MARK = 'ăâêôơư';
/** Open two-vowel rhymes whose tone sits on the first vowel in old style, the second in new style. */
const OLD_NEW_STYLE_RHYMES = new Set(['oa', 'oe', 'uy']);

const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch);

/**
 * Index in a toneless lowercase syllable where the tone mark goes (new-style placement), or -1
 * when the word is not a single Vietnamese syllable. Only consistency matters for folding: both
 * "hòa" and "hoà" lose their tone and get it back at the same place.
 */
function toneIndex(syllable: string): number {
  let start = 0;
  while (start < syllable.length && !isVowel(syllable[start])) start++;
  if (start === syllable.length) return -1;
  const onsetGlide =
    start > 0 &&
    ((syllable[start - 1] === 'q' && syllable[start] === 'u') ||
      (syllable[start - 1] === 'g' && syllable[start] === 'i'));
  if (onsetGlide && isVowel(syllable[start + 1])) start++;
  let end = start;
  while (end < syllable.length && isVowel(syllable[end])) end++;
  for (let i = end; i < syllable.length; i++) if (isVowel(syllable[i])) return -1;

  const rhyme = syllable.slice(start, end);
  let marked = -1;
  for (let i = 0; i < rhyme.length; i++) if (VOWELS_WITH_QUALITY_MARK.includes(rhyme[i]!)) marked = i;
  if (marked >= 0) return start + marked;
  if (end < syllable.length) return end - 1;
  if (rhyme.length === 1) return start;
  if (rhyme.length === 2) return OLD_NEW_STYLE_RHYMES.has(rhyme) ? start + 1 : start;
  return start + 1;
}

/** The lowercase word with its tone mark moved to the canonical vowel; other words unchanged. */
function placeToneCanonically(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  if (tones?.length !== 1) return word;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  const at = toneIndex(toneless);
  if (at < 0) return word;
  return (toneless.slice(0, at + 1) + tones[0] + toneless.slice(at + 1)).normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// Folding

/** "U.B.N.D", "T.P": letters joined by dots with no spaces (spaced forms like "X. A Dơi" are names). */
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}])(?:\p{L}\.)+\p{L}(?![\p{L}\p{N}])/gu;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{M}\p{N}]+/gu;

/** Lowercase words with canonical tone marks; "&" reads "và", every punctuation mark separates. */
function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(DOTTED_ACRONYM, (acronym) => acronym.replaceAll('.', ''))
    .replaceAll('&', ' và ')
    .replace(NOT_A_WORD_CHARACTER, ' ')
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => (/^\d+$/.test(w) ? w.replace(/^0+(?=\d)/, '') : placeToneCanonically(w)));
}

interface Rewrite {
  from: string[];
  to: string[];
}

const rewrite = (from: string, to: string): Rewrite => ({ from: words(from), to: words(to) });

/** Safe anywhere in a unit name. Long forms that have a standard acronym fold to the acronym. */
const ANYWHERE: Rewrite[] = [
  rewrite('Ủy ban nhân dân', 'UBND'),
  rewrite('Hội đồng nhân dân', 'HĐND'),
  rewrite('Đại biểu Quốc hội', 'ĐBQH'),
  rewrite('VP', 'Văn phòng'),
  rewrite('HCC', 'Hành chính công'),
  rewrite('BHXH', 'Bảo hiểm xã hội'),
  rewrite('BQL', 'Ban quản lý'),
  rewrite('KCN', 'Khu công nghiệp'),
  rewrite('KKT', 'Khu kinh tế'),
  rewrite('VPĐKĐĐ', 'Văn phòng đăng ký đất đai'),
  rewrite('TPHCM', 'Thành phố Hồ Chí Minh'),
];

/** Right after "UBND" a one- or two-letter abbreviation can only be an administrative level. */
const AFTER_UBND: Rewrite[] = [
  rewrite('P', 'Phường'),
  rewrite('X', 'Xã'),
  rewrite('TX', 'Thị xã'),
  rewrite('TT', 'Thị trấn'),
  rewrite('H', 'Huyện'),
  rewrite('Q', 'Quận'),
  rewrite('TP', 'Thành phố'),
];

/** Department acronyms, only right after "Sở" (elsewhere "TT" or "TP" mean other things). */
const AFTER_SO: Rewrite[] = [
  ...['TN&MT', 'TNMT'].map((a) => rewrite(a, 'Tài nguyên và Môi trường')),
  ...['NN&MT', 'NNMT'].map((a) => rewrite(a, 'Nông nghiệp và Môi trường')),
  ...['NN&PTNT', 'NNPTNT'].map((a) => rewrite(a, 'Nông nghiệp và Phát triển nông thôn')),
  ...['GD&ĐT', 'GDĐT'].map((a) => rewrite(a, 'Giáo dục và Đào tạo')),
  ...['KH&ĐT', 'KHĐT'].map((a) => rewrite(a, 'Kế hoạch và Đầu tư')),
  ...['KH&CN', 'KHCN'].map((a) => rewrite(a, 'Khoa học và Công nghệ')),
  ...['LĐ-TB&XH', 'LĐTB&XH', 'LĐTBXH'].map((a) => rewrite(a, 'Lao động Thương binh và Xã hội')),
  ...['VH-TT&DL', 'VHTT&DL', 'VHTTDL'].map((a) => rewrite(a, 'Văn hóa Thể thao và Du lịch')),
  ...['TT&TT', 'TTTT'].map((a) => rewrite(a, 'Thông tin và Truyền thông')),
  ...['DT&TG', 'DTTG'].map((a) => rewrite(a, 'Dân tộc và Tôn giáo')),
  rewrite('GTVT', 'Giao thông vận tải'),
  rewrite('XD', 'Xây dựng'),
  rewrite('TP', 'Tư pháp'),
];

/** "TT" is "Trung tâm" only before a word that starts a centre's name ("TT Phú Mỹ" was a thị trấn). */
const CENTRE_NAME_STARTS = new Set(
  words('phục hành dịch y kiểm quan phát công trợ giám lưu xúc khuyến đăng bảo nước giáo văn'),
);
const TT_AS_CENTRE = rewrite('TT', 'Trung tâm');
const TP_AS_CITY = rewrite('TP', 'Thành phố');
const P_BEFORE_NUMBER = rewrite('P', 'Phường');
const HCM_AFTER_CITY = rewrite('HCM', 'Hồ Chí Minh');

function matchesAt(input: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > input.length) return false;
  return phrase.every((w, i) => input[at + i] === w);
}

function firstMatch(input: readonly string[], at: number, rules: readonly Rewrite[]): Rewrite | undefined {
  return rules.find((r) => matchesAt(input, at, r.from));
}

/** The rule that applies at `at`, given the folded words already written before it. */
function ruleAt(input: readonly string[], at: number, out: readonly string[]): Rewrite | undefined {
  const previous = out.at(-1);
  const word = input[at]!;
  const next = input[at + 1];
  if (previous === 'sở') {
    const departmentAcronym = firstMatch(input, at, AFTER_SO);
    if (departmentAcronym) return departmentAcronym;
  }
  if (previous === 'ubnd') {
    const level = firstMatch(input, at, AFTER_UBND);
    if (level) return level;
  }
  if (word === 'tt' && next !== undefined && CENTRE_NAME_STARTS.has(next)) return TT_AS_CENTRE;
  if (word === 'tp' && previous !== 'phòng') return TP_AS_CITY; // "Phòng TP" is Phòng Tư pháp
  if (word === 'p' && next !== undefined && /^\d+$/.test(next)) return P_BEFORE_NUMBER;
  if (word === 'hcm' && out.at(-2) === 'thành' && previous === 'phố') return HCM_AFTER_CITY;
  return firstMatch(input, at, ANYWHERE);
}

/**
 * A key equal for spelling variants of one unit name: case, spacing, NFC/NFD, old/new tone-mark
 * placement, punctuation, and standard abbreviations. Tone marks themselves are kept ("Hòa" and
 * "Hóa" are different places). The key is readable lowercase Vietnamese, e.g. "ubnd xã hoà bình".
 */
export function foldUnitName(name: string): string {
  const input = words(name);
  const out: string[] = [];
  let at = 0;
  while (at < input.length) {
    const rule = ruleAt(input, at, out);
    if (rule) {
      out.push(...rule.to);
      at += rule.from.length;
    } else {
      out.push(input[at]!);
      at += 1;
    }
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Groups

/** Folded text without any diacritics, so the group patterns can be plain ASCII. */
function bare(folded: string): string {
  return folded.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd');
}

const VERTICAL = [
  /^(cong an|canh sat|phong canh sat|doi canh sat)\b/,
  /^(cuc |chi cuc |doi )?thue\b/,
  /^(cuc |chi cuc )?hai quan\b/,
  /^(cuc |chi cuc )?thong ke\b/,
  /^(cuc |chi cuc |phong )?thi hanh an\b/,
  /^bao hiem xa hoi\b/,
  /^kho bac\b/,
  /^ngan hang nha nuoc\b/,
];

/** Commune tier: xã, phường, đặc khu, and the pre-2025 thị trấn (same tier, since merged away). */
const COMMUNE = [
  /^((van phong )?(hdnd va )?ubnd )?(xa|phuong|dac khu|thi tran)\b/,
  /^trung tam (phuc vu )?hanh chinh cong (xa|phuong|dac khu)\b/,
];

/** "thành phố" is left out on purpose: it is a province today but was a district before 2025. */
const DEPARTMENT = [
  /^so\b/,
  /^ban (quan ly|dan toc|ton giao)\b/,
  /^van phong (hdnd va )?ubnd tinh\b/,
  /^van phong (doan dbqh|hdnd tinh)\b/,
  /^(chi nhanh )?van phong dang ky dat dai\b/,
  /^trung tam (phuc vu )?hanh chinh cong\b(?! (huyen|quan|thi xa|thanh pho)\b)/,
  /^thanh tra\b(?! (huyen|quan|thi xa|thanh pho)\b)/,
  /^chi cuc\b/,
  /^ubnd tinh\b/,
];

/**
 * The ranking group a unit most likely belongs to, from its name alone. Retired district-level
 * units (UBND huyện/quận/thị xã/thành phố and their offices) are 'other': they are neither a
 * department nor a commune, and the registry can map them to a successor.
 */
export function guessUnitGroup(name: string): UnitGroup {
  const text = bare(foldUnitName(name));
  if (VERTICAL.some((p) => p.test(text))) return 'vertical';
  if (COMMUNE.some((p) => p.test(text))) return 'commune';
  if (DEPARTMENT.some((p) => p.test(text))) return 'department';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Resolver

const foldCode = (code: string) => code.trim().toUpperCase();

/** The live unit at the end of `unit`'s successor chain; on a cycle or a dangling id, `unit` itself. */
function liveUnit(unit: RegistryUnit, byId: ReadonlyMap<string, RegistryUnit>): RegistryUnit {
  const visited = new Set<string>([unit.id]);
  let current = unit;
  while (current.successorId !== undefined) {
    const next = byId.get(current.successorId);
    if (next === undefined) return current;
    if (visited.has(next.id)) return unit;
    visited.add(next.id);
    current = next;
  }
  return current;
}

/** Folded key → live unit. A key claimed by two different live units is dropped as ambiguous. */
function indexBy(entries: [string, RegistryUnit][]): Map<string, RegistryUnit | null> {
  const index = new Map<string, RegistryUnit | null>();
  for (const [key, unit] of entries) {
    if (key === '') continue;
    const existing = index.get(key);
    if (existing === undefined) index.set(key, unit);
    else if (existing !== null && existing.id !== unit.id) index.set(key, null);
  }
  return index;
}

function registryLookup(registry: UnitRegistry | undefined): (rawName: string) => RegistryUnit | undefined {
  if (!registry) return () => undefined;
  const byId = new Map(registry.units.map((u) => [u.id, u]));
  const keyed = (key: string, unit: RegistryUnit): [string, RegistryUnit] => [key, liveUnit(unit, byId)];
  const byName = indexBy(registry.units.map((u) => keyed(foldUnitName(u.name), u)));
  const byAlias = indexBy(registry.units.flatMap((u) => u.aliases.map((a) => keyed(foldUnitName(a), u))));
  const byCode = indexBy(registry.units.flatMap((u) => (u.code ? [keyed(foldCode(u.code), u)] : [])));
  return (rawName) => {
    const key = foldUnitName(rawName);
    return byName.get(key) ?? byAlias.get(key) ?? byCode.get(foldCode(rawName)) ?? undefined;
  };
}

/**
 * Resolves raw unit names to units. Registry hits (by folded name, then folded alias, then code)
 * win and follow successor chains to the live unit. Otherwise the unit is identified by its folded
 * name and displayed with the first spelling seen: unlike "the most frequent", that never changes
 * a name already handed out, so results stay deterministic for a given sequence of calls.
 */
export function createUnitResolver(registry?: UnitRegistry): UnitResolver {
  const lookup = registryLookup(registry);
  const byRawName = new Map<string, ResolvedUnit>();
  const guessedByKey = new Map<string, ResolvedUnit>();

  const resolveUncached = (rawName: string): ResolvedUnit => {
    const hit = lookup(rawName);
    if (hit) return { id: hit.id, name: hit.name, group: hit.group, source: 'registry' };
    const key = foldUnitName(rawName);
    const known = guessedByKey.get(key);
    if (known) return known;
    const displayName = rawName.normalize('NFC').replace(/\s+/g, ' ').trim();
    const guessed: ResolvedUnit = {
      id: key,
      name: displayName,
      group: guessUnitGroup(rawName),
      source: 'guess',
    };
    guessedByKey.set(key, guessed);
    return guessed;
  };

  return {
    resolve(rawName) {
      let resolved = byRawName.get(rawName);
      if (!resolved) {
        resolved = resolveUncached(rawName);
        byRawName.set(rawName, resolved);
      }
      return resolved;
    },
  };
}
