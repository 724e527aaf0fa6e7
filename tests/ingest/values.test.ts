import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY, wallTime } from '../../src/domain/time.ts';
import {
  cellText,
  isEmptyCell,
  numberText,
  parseChannel,
  parseDateTime,
  parseRating,
  parseStatus,
  parseVnNumber,
  parseWallTime,
  parseYesNo,
  uniqueCellText,
} from '../../src/ingest/values.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function expectDate(cell: string | number, t: number, dateOnly: boolean) {
  expect(parseDateTime(cell)).toEqual({ kind: 'date', t, dateOnly });
}

function expectUnparsable(cell: string | number) {
  expect(parseDateTime(cell)).toEqual({ kind: 'unparsable', raw: String(cell).trim() });
  expect(parseWallTime(cell)).toBeNaN();
}

/** A valid calendar date-time 1900–2100, built with Date.UTC as an oracle independent of the parser. */
const validDateTime = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
  })
  .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);

describe('parseDateTime: day-first forms', () => {
  const t = wallTime(2024, 3, 15);
  it('reads dd/MM/yyyy, d/M/yyyy and the - and . separators as date-only', () => {
    expectDate('15/03/2024', t, true);
    expectDate('5/3/2024', wallTime(2024, 3, 5), true);
    expectDate('15-03-2024', t, true);
    expectDate('15.03.2024', t, true);
    expectDate('  15/03/2024\u00a0', t, true);
  });

  it('reads a time after the date', () => {
    expectDate('15/03/2024 08:30', wallTime(2024, 3, 15, 8, 30), false);
    expectDate('15/03/2024 8:30', wallTime(2024, 3, 15, 8, 30), false);
    expectDate('15-03-2024 08:30:15', wallTime(2024, 3, 15, 8, 30, 15), false);
    expectDate('15/03/2024 23:59:59.500', wallTime(2024, 3, 15, 23, 59, 59) + 500, false);
    expectDate('15/03/2024 00:00', t, false);
  });

  it('reads a time before the date', () => {
    expectDate('08:30 15/03/2024', wallTime(2024, 3, 15, 8, 30), false);
    expectDate('08:30:05 15/03/2024', wallTime(2024, 3, 15, 8, 30, 5), false);
    expectDate('8:30 5-3-2024', wallTime(2024, 3, 5, 8, 30), false);
  });

  it('validates ranges and leap years', () => {
    expectDate('29/02/2024', wallTime(2024, 2, 29), true);
    expectDate('29/02/2000', wallTime(2000, 2, 29), true);
    expectUnparsable('29/02/2023');
    expectUnparsable('29/02/1900');
    expectUnparsable('31/02/2024');
    expectUnparsable('31/04/2024');
    expectUnparsable('32/01/2024');
    expectUnparsable('00/01/2024');
    expectUnparsable('15/13/2024');
    expectUnparsable('15/00/2024');
    expectUnparsable('15/03/2024 24:00');
    expectUnparsable('15/03/2024 08:60');
    expectUnparsable('15/03/2024 08:30:60');
    expectUnparsable('15/03/1899');
  });

  it('rejects two-digit years, mixed separators, AM/PM and trailing text', () => {
    expectUnparsable('15/03/24');
    expectUnparsable('15/03/02024');
    expectUnparsable('15/03-2024');
    expectUnparsable('15/03/2024 8:30 AM');
    expectUnparsable('15/03/2024 08:30 SA');
    expectUnparsable('15/03/2024 xx');
    expectUnparsable('15/03/2024T08:30');
    expectUnparsable('08:30 15/03/2024 09:00');
    expectUnparsable('ngày 15/03/2024');
    expectUnparsable('abc');
    expectUnparsable('115/03/2024');
  });
});

describe('parseDateTime: compact, ISO and Excel forms', () => {
  it('reads yyyyMMdd and yyyyMMddHHmmss as text and as numbers', () => {
    expectDate('20240315', wallTime(2024, 3, 15), true);
    expectDate('20240315083005', wallTime(2024, 3, 15, 8, 30, 5), false);
    expectDate(20240315, wallTime(2024, 3, 15), true);
    expectDate(20240315083005, wallTime(2024, 3, 15, 8, 30, 5), false);
    expectUnparsable('20241315');
    expectUnparsable('20240315250000');
    expectUnparsable('202403150830');
  });

  it('reads ISO dates and date-times, converting offsets to the Vietnam wall clock', () => {
    expectDate('2024-03-15', wallTime(2024, 3, 15), true);
    expectDate('2024/03/15', wallTime(2024, 3, 15), true);
    expectDate('2024-03-15T08:30', wallTime(2024, 3, 15, 8, 30), false);
    expectDate('2024-03-15 08:30:15', wallTime(2024, 3, 15, 8, 30, 15), false);
    expectDate('2024-03-15T08:30:15.123', wallTime(2024, 3, 15, 8, 30, 15) + 123, false);
    expectDate('2024-03-15T08:30:15.1234567', wallTime(2024, 3, 15, 8, 30, 15) + 123, false);
    expectDate('2024-03-15T08:30:00+07:00', wallTime(2024, 3, 15, 8, 30), false);
    expectDate('2024-03-15T01:30:00Z', wallTime(2024, 3, 15, 8, 30), false);
    expectDate('2024-03-15T20:00:00Z', wallTime(2024, 3, 16, 3, 0), false);
    expectDate('2024-03-15T08:30:00+09:00', wallTime(2024, 3, 15, 6, 30), false);
    expectDate('2024-03-15T08:30:00-0500', wallTime(2024, 3, 15, 20, 30), false);
    expectDate('2024-03-15T08:30:00+0700', wallTime(2024, 3, 15, 8, 30), false);
    expectDate('2024-03-15T08:30:00+07', wallTime(2024, 3, 15, 8, 30), false);
    expectUnparsable('2024-03-15T08:30+25:00');
    expectUnparsable('2024-03-15T08:30+7');
    expectUnparsable('2024-02-30');
    expectUnparsable('2024-03-15T');
    expectUnparsable('2024-03-15Q08:30');
  });

  it('reads Excel serials with the 1900 leap-year bug', () => {
    expectDate(45366, wallTime(2024, 3, 15), true);
    expectDate('45366', wallTime(2024, 3, 15), true);
    expectDate(45366.5, wallTime(2024, 3, 15, 12), false);
    expectDate('45366,75', wallTime(2024, 3, 15, 18), false);
    expectDate(45366 + 13 / 24, wallTime(2024, 3, 15, 13), false); // float noise rounds to the second
    expectDate(1, wallTime(1900, 1, 1), true);
    expectDate(59, wallTime(1900, 2, 28), true);
    expectDate(61, wallTime(1900, 3, 1), true);
    expectDate(2958465, wallTime(9999, 12, 31), true);
    expectUnparsable(60);
    expectUnparsable(0);
    expectUnparsable(-3);
    expectUnparsable(0.5);
    expectUnparsable(2958466);
    expectUnparsable(Number.POSITIVE_INFINITY);
  });

  it('treats blank cells, dash placeholders and .NET "no date" as empty', () => {
    for (const cell of [
      '',
      '   ',
      '-',
      '--',
      '—',
      '–',
      '01/01/0001',
      '01/01/0001 00:00:00',
      '0001-01-01T00:00:00',
    ]) {
      expect(parseDateTime(cell)).toEqual({ kind: 'empty' });
      expect(parseWallTime(cell)).toBeNull();
    }
    expectUnparsable('01/01/0001 08:00');
  });
});

describe('parseDateTime properties', () => {
  it('reads every valid date-time in every supported layout back to the same wall time', () => {
    fc.assert(
      fc.property(validDateTime, fc.integer({ min: 0, max: 8 }), (d, layout) => {
        const date = Date.UTC(d.year, d.month - 1, d.day);
        const time = Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second);
        const dmy = `${pad(d.day)}/${pad(d.month)}/${d.year}`;
        const hms = `${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}`;
        const cases: [string, number, boolean][] = [
          [dmy, date, true],
          [`${d.day}-${d.month}-${d.year}`, date, true],
          [`${dmy} ${hms}`, time, false],
          [`${hms} ${dmy}`, time, false],
          [`${d.year}-${pad(d.month)}-${pad(d.day)}`, date, true],
          [`${d.year}-${pad(d.month)}-${pad(d.day)}T${hms}`, time, false],
          [`${d.year}-${pad(d.month)}-${pad(d.day)}T${hms}Z`, time + 7 * 3_600_000, false],
          [
            `${d.year}${pad(d.month)}${pad(d.day)}${pad(d.hour)}${pad(d.minute)}${pad(d.second)}`,
            time,
            false,
          ],
          [
            `${pad(d.day)}.${pad(d.month)}.${d.year} ${pad(d.hour)}:${pad(d.minute)}`,
            time - d.second * 1000,
            false,
          ],
        ];
        const [text, expected, dateOnly] = cases[layout]!;
        expect(parseDateTime(text)).toEqual({ kind: 'date', t: expected, dateOnly });
      }),
    );
  });

  it('rejects every day past the end of its month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (year, month, beyond) => {
          const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const day = lastDay + beyond;
          if (day > 99) return;
          expect(parseWallTime(`${pad(day)}/${pad(month)}/${year}`)).toBeNaN();
        },
      ),
    );
  });

  it('maps Excel serials from 61 on to days since 1899-12-30', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2958465 }),
        fc.integer({ min: 0, max: 86_399 }),
        (day, second) => {
          const serial = day + second / 86_400;
          expect(parseWallTime(serial)).toBe(Date.UTC(1899, 11, 30) + day * MS_PER_DAY + second * 1000);
        },
      ),
    );
  });

  it('never throws: any text is empty, unparsable or a whole-millisecond wall time', () => {
    const dateLike = fc
      .array(fc.constantFrom(...'0123456789/-.: TZ+,'.split('')), { maxLength: 25 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateLike), (text) => {
        const t = parseWallTime(text);
        expect(t === null || Number.isNaN(t) || Number.isInteger(t)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cellText and friends', () => {
  it('trims and NFC-normalizes text, sharing the answer for repeated cells', () => {
    const nfd = '  UBND xã Tân Lập  '.normalize('NFD');
    expect(cellText(nfd)).toBe('UBND xã Tân Lập');
    expect(cellText(nfd)).toBe('UBND xã Tân Lập');
    expect(cellText('Ủy ban nhân dân'.normalize('NFD'))).toBe('Ủy ban nhân dân'.normalize('NFC'));
    expect(cellText('UBND   xã\tChợ Mới')).toBe('UBND xã Chợ Mới');
    expect(cellText('Sở Tư pháp')).toBe('Sở Tư pháp');
    expect(cellText('   ')).toBe('');
    expect(cellText('')).toBe('');
    expect(uniqueCellText(' H01.38.12-240315-0007 ')).toBe('H01.38.12-240315-0007');
    expect(uniqueCellText('000.00.12.H01-240315-0001')).toBe('000.00.12.H01-240315-0001');
  });

  it('writes number cells as their digits without exponent or decimal artefacts', () => {
    expect(cellText(240315)).toBe('240315');
    expect(uniqueCellText(123456789012345)).toBe('123456789012345');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(2 ** 70)).toBe('1180591620717411303424');
    expect(numberText(1.5)).toBe('1.5');
  });

  it('stays correct across cache clears', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 200 }), (texts) => {
        for (const text of texts)
          expect(cellText(text)).toBe(text.trim().replace(/\s+/g, ' ').normalize('NFC'));
      }),
      { numRuns: 400 },
    );
  });

  it('tells empty cells apart', () => {
    expect(isEmptyCell('')).toBe(true);
    expect(isEmptyCell(' \t\u00a0')).toBe(true);
    expect(isEmptyCell('x')).toBe(false);
    expect(isEmptyCell(0)).toBe(false);
  });
});

describe('parseStatus', () => {
  it('caches statusBucketOf per cell text', () => {
    expect(parseStatus('Đang xử lý')).toBe('pending');
    expect(parseStatus('Đang xử lý')).toBe('pending');
    expect(parseStatus(9)).toBe('finished');
    expect(parseStatus('')).toBeNull();
    expect(parseStatus('Đang chờ ký')).toBe('unknown');
  });
});

describe('parseChannel', () => {
  it('maps the texts and sync codes of each channel', () => {
    for (const text of [
      'Trực tuyến',
      'Online',
      'DVC trực tuyến',
      'Cổng DVC',
      'Mạng',
      'Nộp qua mạng',
      'TRUC TUYEN',
    ]) {
      expect(parseChannel(text)).toBe('online');
    }
    for (const text of ['Trực tiếp', 'Tại quầy', 'Một cửa', 'Nộp trực tiếp'.normalize('NFD')]) {
      expect(parseChannel(text)).toBe('direct');
    }
    for (const text of ['Bưu chính', 'Bưu chính công ích', 'BCCI', 'Qua bưu điện']) {
      expect(parseChannel(text)).toBe('postal');
    }
    expect(parseChannel(1)).toBe('direct');
    expect(parseChannel(2)).toBe('online');
    expect(parseChannel(3)).toBe('postal');
    expect(parseChannel('2')).toBe('online');
    expect(parseChannel('03')).toBe('postal');
  });

  it('takes the channel named first and leaves the rest unknown', () => {
    expect(parseChannel('Nộp trực tiếp, nhận kết quả qua bưu chính')).toBe('direct');
    expect(parseChannel('Trực tuyến, trả qua bưu chính')).toBe('online');
    expect(parseChannel('')).toBe('unknown');
    expect(parseChannel('Khác')).toBe('unknown');
    expect(parseChannel(4)).toBe('unknown');
    expect(parseChannel('Mang đến')).toBe('unknown');
  });
});

describe('parseRating', () => {
  it('reads the five labels in any case and with or without diacritics', () => {
    expect(parseRating('Rất hài lòng')).toBe('very_satisfied');
    expect(parseRating('HÀI LÒNG')).toBe('satisfied');
    expect(parseRating('binh thuong')).toBe('neutral');
    expect(parseRating('Không hài lòng'.normalize('NFD'))).toBe('dissatisfied');
    expect(parseRating('Rất không hài lòng')).toBe('very_dissatisfied');
  });

  it('gives null for no rating, unknown labels and numbers', () => {
    for (const cell of ['', 'Chưa đánh giá', 'Tốt', 5, 1, '3']) expect(parseRating(cell)).toBeNull();
  });
});

describe('parseYesNo', () => {
  it('reads yes, no and nothing', () => {
    for (const cell of ['Có', 'có', 'x', 'X', '1', 'Đã gửi', 'Yes', 'true', 'TRUE', 1])
      expect(parseYesNo(cell)).toBe(true);
    for (const cell of ['Không', 'khong', '0', 'No', 'false', 'Chưa', 0])
      expect(parseYesNo(cell)).toBe(false);
    for (const cell of ['', '  ', 'Có lẽ', 2]) expect(parseYesNo(cell)).toBeNull();
  });
});

describe('parseVnNumber', () => {
  it('reads Vietnamese and plain separators', () => {
    expect(parseVnNumber('1.234')).toBe(1234);
    expect(parseVnNumber('1.234.567')).toBe(1234567);
    expect(parseVnNumber('99,23')).toBe(99.23);
    expect(parseVnNumber('1.234,5')).toBe(1234.5);
    expect(parseVnNumber('1,234.5')).toBe(1234.5);
    expect(parseVnNumber('1,234,567')).toBe(1234567);
    expect(parseVnNumber('1234.5')).toBe(1234.5);
    expect(parseVnNumber('1.5')).toBe(1.5);
    expect(parseVnNumber('1.2345')).toBe(1.2345);
    expect(parseVnNumber('0.125')).toBe(0.125);
    expect(parseVnNumber('1234')).toBe(1234);
    expect(parseVnNumber(' -1.234 ')).toBe(-1234);
    expect(parseVnNumber('99,23 %')).toBe(99.23);
    expect(parseVnNumber('.5')).toBe(0.5);
    expect(parseVnNumber(42.5)).toBe(42.5);
  });

  it('rejects what cannot be a number', () => {
    for (const text of [
      '',
      '  ',
      '-',
      '.',
      ',',
      '1.2.3',
      '12.34.567',
      '1.234.5',
      '1,234,5.6',
      '1,2.3,4',
      'abc',
      '1 234',
      '1e5',
      '0.123.456',
    ]) {
      expect(parseVnNumber(text)).toBeNull();
    }
  });

  it('reads any integer written with dot or comma thousands groups', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('.', ','),
        (n, sep) => {
          const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
          if (sep === ',' && grouped.split(',').length === 2) return; // "1,234" is a decimal in Vietnamese
          expect(parseVnNumber(grouped)).toBe(n);
        },
      ),
    );
  });

  it('reads any decimal written with a comma, with or without dot groups', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
          expect(parseVnNumber(`${grouped},${pad(cents)}`)).toBe(Number(`${whole}.${pad(cents)}`));
        },
      ),
    );
  });
});
