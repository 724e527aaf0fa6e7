import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createUnitResolver,
  foldUnitName,
  guessUnitGroup,
  type UnitGroup,
  type UnitRegistry,
} from '../../src/domain/units.ts';

describe('foldUnitName: spelling variants of one unit fold together', () => {
  const sameUnit: [string, string][] = [
    ['UBND xã Hòa Bình', 'ubnd  XÃ  hòa   bình'],
    ['UBND xã Hòa Bình', 'UBND xã Hoà Bình'],
    ['UBND xã Hòa Bình', 'UBND xã Hòa Bình'.normalize('NFD')],
    ['UBND xã Hòa Bình', 'Ủy ban nhân dân xã Hòa Bình'],
    ['UBND xã Hòa Bình', 'Uỷ Ban Nhân Dân Xã Hoà Bình'],
    ['UBND xã Hòa Bình', 'U.B.N.D xã Hòa Bình.'],
    ['UBND xã Hòa Bình', 'UBND X. Hòa Bình'],
    ['BHXH tỉnh Khánh Hòa', 'Bảo hiểm xã hội tỉnh Khánh Hoà'],
    ['Sở Nông nghiệp và Môi trường', 'Sở Nông Nghiệp và Môi Trường'],
    ['Chi cục Thủy lợi', 'Chi cục Thuỷ lợi'],
    ['Trạm Khuyến nông Khỏe', 'Trạm khuyến nông khoẻ'],
    ['UBND TP. Long Xuyên', 'Ủy ban nhân dân Thành phố Long Xuyên'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['UBND P. Tân Định', 'UBND phường Tân Định'],
    ['P.05', 'Phường 5'],
    ['UBND TT Phú Mỹ', 'UBND thị trấn Phú Mỹ'],
    ['TT Phục vụ HCC tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh'],
    ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['VP Đoàn ĐBQH và HĐND tỉnh', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh'],
    ['Sở TN&MT', 'Sở TN & MT'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở GD&ĐT', 'Sở Giáo dục & Đào tạo'],
    ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở VH-TT&DL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở TP', 'Sở Tư pháp'],
    ['Chi nhánh VPĐKĐĐ khu vực 2', 'Chi nhánh Văn phòng đăng ký đất đai khu vực 2'],
    ['BQL các KCN', 'Ban Quản lý các khu công nghiệp'],
    ['Sở Y tế;', '  Sở Y tế  '],
    ['Sở\u00a0Y\u200b tế', 'Sở Y tế'],
  ];
  it.each(sameUnit)('%s ≡ %s', (a, b) => {
    expect(foldUnitName(a)).toBe(foldUnitName(b));
  });

  it('reads as lowercase Vietnamese with new-style tone placement', () => {
    expect(foldUnitName('Ủy ban nhân dân xã Hòa Bình')).toBe('ubnd xã hoà bình');
    expect(foldUnitName('Sở TN&MT')).toBe('sở tài nguyên và môi trường');
    expect(foldUnitName('  ')).toBe('');
  });
});

describe('foldUnitName: different units stay apart', () => {
  const differentUnits: [string, string][] = [
    ['UBND xã Hòa Bình', 'UBND xã Hóa Bình'],
    ['UBND xã Hòa Bình', 'UBND xã Hoa Bình'],
    ['UBND xã Hòa Bình', 'UBND phường Hòa Bình'],
    ['UBND xã Hòa Bình', 'Công an xã Hòa Bình'],
    ['UBND xã Hòa Bình', 'Xã Hòa Bình'],
    ['UBND xã Thủy An', 'UBND xã Thúy An'],
    ['UBND xã Tân An', 'UBND xã Tân Ân'],
    ['UBND xã Đông Hòa', 'UBND xã Dông Hòa'],
    ['Sở Y tế', 'Sở Tư pháp'],
    ['Sở Tài chính', 'Sở Tài nguyên và Môi trường'],
    ['Cục Thuế', 'Chi cục Thuế'],
    ['Phường 1', 'Phường 10'],
    ['Phường 1', 'Phường 11'],
    ['UBND huyện Châu Thành', 'UBND thị xã Châu Thành'],
    ['UBND thị xã Tân Châu', 'UBND xã Tân Châu'],
    ['UBND thành phố Long Xuyên', 'UBND thị trấn Long Xuyên'],
    ['P. Tư pháp', 'Phường Tư pháp'], // "P." alone may be "Phòng"
    ['TT Phú Mỹ', 'Trung tâm Phú Mỹ'], // "TT" before a place name was a thị trấn
    ['Phòng TP huyện Phú Tân', 'Phòng Thành phố huyện Phú Tân'], // "Phòng TP" is Phòng Tư pháp
    ['Sở TT&TT', 'Sở Tài chính'],
    ['Bảo hiểm xã hội tỉnh An Giang', 'Bảo hiểm xã hội An Giang tỉnh'],
  ];
  it.each(differentUnits)('%s ≢ %s', (a, b) => {
    expect(foldUnitName(a)).not.toBe(foldUnitName(b));
  });
});

// Words whose tone sits on the first vowel in old style and on the second in new style.
const TONE_PLACEMENT_PAIRS: [string, string][] = [
  ['hòa', 'hoà'],
  ['hóa', 'hoá'],
  ['họa', 'hoạ'],
  ['thủy', 'thuỷ'],
  ['thúy', 'thuý'],
  ['tùy', 'tuỳ'],
  ['lũy', 'luỹ'],
  ['khỏe', 'khoẻ'],
  ['xóa', 'xoá'],
];
const PLAIN_WORDS = [
  'ubnd',
  'xã',
  'phường',
  'đặc',
  'khu',
  'bình',
  'an',
  'tân',
  'mỹ',
  'hưng',
  'sơn',
  'đông',
  'tây',
  'phú',
  'thạnh',
  'long',
  'giang',
  'định',
  'khánh',
  'tiến',
  'yên',
  'lạc',
  'ia',
  'đắk',
  'quảng',
  'ngãi',
  'thuận',
  'lợi',
  'nghĩa',
  'trường',
  'xuyên',
  'quý',
  'giữ',
  'người',
  'ngoài',
  'khuya',
  'mới',
];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** A name as a list of words, each with its old-style and new-style spelling. */
const nameWords = fc.array(
  fc.oneof(
    fc.constantFrom(...TONE_PLACEMENT_PAIRS),
    fc.constantFrom(...PLAIN_WORDS).map((w): [string, string] => [w, w]),
  ),
  { minLength: 1, maxLength: 6 },
);

function withTone(word: string, tone: string): string {
  const toneless = word.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
  const firstVowel = toneless.search(/[aeiouy]/);
  return (toneless.slice(0, firstVowel + 1) + tone + toneless.slice(firstVowel + 1)).normalize('NFC');
}

const toneOf = (word: string) => word.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? '';

describe('foldUnitName properties', () => {
  it('ignores case, spacing, NFC/NFD, trailing punctuation and old/new tone placement', () => {
    const variant = fc.record({
      oldStyle: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      upper: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      gap: fc.constantFrom(' ', '  ', ' \t', '\u00a0'),
      decomposed: fc.boolean(),
      trailing: fc.constantFrom('', '.', ' ;', ',', ' - '),
    });
    fc.assert(
      fc.property(nameWords, variant, (words, v) => {
        const canonical = words.map(([, newStyle]) => newStyle).join(' ');
        let spelled = words
          .map(([old, newStyle], i) => (v.oldStyle[i] ? old : newStyle))
          .map((w, i) => (v.upper[i] ? w.toUpperCase() : w))
          .join(v.gap);
        spelled = `${v.gap}${spelled}${v.trailing}`;
        if (v.decomposed) spelled = spelled.normalize('NFD');
        return foldUnitName(spelled) === foldUnitName(canonical);
      }),
    );
  });

  it('separates names that differ in the tone of one word', () => {
    fc.assert(
      fc.property(nameWords, fc.nat(), fc.constantFrom(...TONES), (words, pick, tone) => {
        const spelled = words.map(([, w]) => w);
        const at = pick % spelled.length;
        fc.pre(toneOf(spelled[at]!) !== tone && spelled[at] !== 'ubnd');
        const changed = spelled.with(at, withTone(spelled[at]!, tone));
        return foldUnitName(changed.join(' ')) !== foldUnitName(spelled.join(' '));
      }),
    );
  });

  it('is idempotent', () => {
    const anyName = fc.oneof(
      nameWords.map((words) => words.map(([old]) => old).join(' ')),
      fc.string({ maxLength: 30 }),
      fc.constantFrom('Sở TN&MT', 'UBND P.5', 'TP.HCM', 'VP UBND tỉnh', 'TT Phục vụ HCC', 'U.B.N.D x. A'),
    );
    fc.assert(fc.property(anyName, (name) => foldUnitName(foldUnitName(name)) === foldUnitName(name)));
  });
});

describe('guessUnitGroup', () => {
  const expected: Record<UnitGroup, string[]> = {
    department: [
      'Sở Y tế',
      'Sở TN&MT',
      'Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai',
      'Sở Nông Nghiệp và Môi Trường - Tỉnh Phú Thọ',
      'SỞ TƯ PHÁP',
      'Ban Quản lý Khu kinh tế - tỉnh Gia Lai',
      'Ban quản lý các khu công nghiệp - Tỉnh Phú Thọ',
      'Ban Dân tộc tỉnh',
      'Văn phòng UBND Tỉnh - Tỉnh Phú Thọ',
      'VP UBND tỉnh',
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'TT Phục vụ HCC tỉnh An Giang',
      'Trung tâm Phục vụ hành chính công An Giang',
      'Thanh tra tỉnh - tỉnh Gia Lai',
      'Chi nhánh Văn phòng đăng ký đất đai khu vực Long Xuyên',
      'Văn phòng đăng ký đất đai tỉnh',
      'Chi cục Thủy lợi',
      'UBND tỉnh An Giang',
    ],
    commune: [
      'UBND xã Mỹ Hòa Hưng',
      'UBND Xã Ia Tôr',
      'UBND phường Tân Hòa',
      'Ủy ban nhân dân phường Long Xuyên',
      'UBND đặc khu Phú Quốc',
      'Xã Vĩnh Hậu',
      'Phường 5',
      'P.5',
      'Đặc khu Côn Đảo',
      'UBND thị trấn Phú Mỹ',
      'Trung tâm Phục vụ hành chính công xã Mỹ Hòa Hưng',
      'Văn phòng HĐND và UBND xã Bình Hòa',
    ],
    vertical: [
      'Công an tỉnh An Giang',
      'Công an xã Mỹ Hòa Hưng',
      'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
      'Cục Thuế',
      'Chi cục Thuế khu vực XIX',
      'Thuế tỉnh An Giang',
      'Thuế cơ sở 1 tỉnh An Giang',
      'Bảo hiểm xã hội tỉnh An Giang',
      'BHXH khu vực Long Xuyên',
      'Kho bạc Nhà nước khu vực XIX',
      'Cục Hải quan',
      'Chi cục Hải quan cửa khẩu Tịnh Biên',
      'Thống kê tỉnh An Giang',
      'Chi cục Thi hành án dân sự',
    ],
    other: [
      'UBND huyện Châu Thành',
      'UBND quận 1',
      'UBND thị xã Tân Châu',
      'UBND TP. Long Xuyên',
      'UBND Thành phố Hà Nội',
      'Trung tâm hành chính công huyện Châu Thành',
      'Thanh tra huyện Châu Thành',
      'Phòng Tư pháp huyện Phú Tân',
      'Bệnh viện Đa khoa tỉnh',
      'Điện lực An Giang',
      '',
    ],
  };
  for (const [group, names] of Object.entries(expected)) {
    it.each(names)(`%s → ${group}`, (name) => {
      expect(guessUnitGroup(name)).toBe(group);
    });
  }

  it('does not depend on case, NFD or tone placement', () => {
    const all = Object.values(expected).flat();
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom('upper', 'lower', 'nfd', 'old'), (name, how) => {
        const variant =
          how === 'upper'
            ? name.toUpperCase()
            : how === 'lower'
              ? name.toLowerCase()
              : how === 'nfd'
                ? name.normalize('NFD')
                : name.replaceAll('oà', 'òa').replaceAll('uỷ', 'ủy');
        return guessUnitGroup(variant) === guessUnitGroup(name);
      }),
    );
  });
});

const REGISTRY: UnitRegistry = {
  version: 1,
  units: [
    { id: 'so-nnmt', name: 'Sở Nông nghiệp và Môi trường', code: 'H01.24', group: 'department', aliases: [] },
    {
      id: 'so-tnmt',
      name: 'Sở Tài nguyên và Môi trường',
      group: 'department',
      aliases: ['STNMT'],
      retired: true,
      successorId: 'so-nnmt',
    },
    { id: 'xa-mhh', name: 'UBND xã Mỹ Hòa Hưng', group: 'commune', aliases: ['Xã Mỹ Hòa Hưng'] },
    {
      id: 'tp-lx',
      name: 'UBND thành phố Long Xuyên',
      group: 'other',
      aliases: [],
      retired: true,
      successorId: 'tp-lx-2',
    },
    {
      id: 'tp-lx-2',
      name: 'UBND phường Long Xuyên (tạm)',
      group: 'commune',
      aliases: [],
      successorId: 'p-lx',
    },
    { id: 'p-lx', name: 'UBND phường Long Xuyên', group: 'commune', aliases: [] },
    { id: 'loop-a', name: 'Đơn vị A', group: 'other', aliases: [], successorId: 'loop-b' },
    { id: 'loop-b', name: 'Đơn vị B', group: 'other', aliases: [], successorId: 'loop-a' },
    { id: 'dangling', name: 'Đơn vị C', group: 'other', aliases: [], successorId: 'nowhere' },
    { id: 'one', name: 'Một cửa 1', group: 'other', aliases: ['Bộ phận một cửa'] },
    { id: 'two', name: 'Một cửa 2', group: 'other', aliases: ['Bộ phận một cửa'] },
  ],
};

describe('createUnitResolver', () => {
  it('finds registry units by folded name, folded alias and code', () => {
    const resolver = createUnitResolver(REGISTRY);
    expect(resolver.resolve('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG')).toEqual({
      id: 'so-nnmt',
      name: 'Sở Nông nghiệp và Môi trường',
      group: 'department',
      source: 'registry',
    });
    expect(resolver.resolve('xã Mỹ Hoà Hưng').id).toBe('xa-mhh');
    expect(resolver.resolve(' h01.24 ').id).toBe('so-nnmt');
  });

  it('follows successors of retired units to the live unit', () => {
    const resolver = createUnitResolver(REGISTRY);
    expect(resolver.resolve('Sở TN&MT')).toMatchObject({
      id: 'so-nnmt',
      group: 'department',
      source: 'registry',
    });
    expect(resolver.resolve('STNMT').id).toBe('so-nnmt');
    expect(resolver.resolve('UBND TP. Long Xuyên')).toMatchObject({ id: 'p-lx', group: 'commune' });
  });

  it('stops on a successor cycle or a dangling successor instead of looping', () => {
    const resolver = createUnitResolver(REGISTRY);
    expect(resolver.resolve('Đơn vị A').id).toBe('loop-a');
    expect(resolver.resolve('Đơn vị B').id).toBe('loop-b');
    expect(resolver.resolve('Đơn vị C').id).toBe('dangling');
  });

  it('ignores an alias two different units claim', () => {
    const resolver = createUnitResolver(REGISTRY);
    expect(resolver.resolve('Bộ phận một cửa').source).toBe('guess');
  });

  it('guesses an unknown unit: folded id, first spelling seen, guessed group', () => {
    const resolver = createUnitResolver(REGISTRY);
    const first = resolver.resolve('  Công an xã  Vĩnh Hòa ');
    expect(first).toEqual({
      id: 'công an xã vĩnh hoà',
      name: 'Công an xã Vĩnh Hòa',
      group: 'vertical',
      source: 'guess',
    });
    expect(resolver.resolve('CÔNG AN XÃ VĨNH HOÀ')).toEqual(first);
    expect(resolver.resolve('Công an xã Vĩnh Hóa').id).not.toBe(first.id);
  });

  it('works without a registry and gives cached, deterministic answers', () => {
    const spellings = ['UBND xã Hoà Bình', 'Ủy ban nhân dân xã Hòa Bình', 'Sở Y tế', 'UBND xã Hòa Bình'];
    const a = createUnitResolver();
    const b = createUnitResolver();
    const fromA = spellings.map((s) => a.resolve(s));
    expect(spellings.map((s) => b.resolve(s))).toEqual(fromA);
    expect(a.resolve('UBND xã Hòa Bình')).toBe(fromA[3]);
    expect(new Set(fromA.map((u) => u.name))).toEqual(new Set(['UBND xã Hoà Bình', 'Sở Y tế']));
  });
});
