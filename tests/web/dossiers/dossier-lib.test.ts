import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_SORTS } from '../../../src/api/dossiers.ts';
import { LIST_KINDS } from '../../../src/domain/lists.ts';
import { isoDateTime, wallTime } from '../../../src/domain/time.ts';
import { PAGE_SIZE, pagesOf } from '../../../src/web/features/dossiers/api/dossier-pages.ts';
import { nextSort } from '../../../src/web/features/dossiers/components/columns.tsx';
import { dossiersExportTable } from '../../../src/web/features/dossiers/lib/dossiers-csv.ts';
import { collectList } from '../../../src/web/features/dossiers/lib/export-list.ts';
import {
  CSV_FIELDS,
  deadlineStanding,
  deadlineWordingKey,
  dossierCsvCells,
  formatWallClock,
} from '../../../src/web/features/dossiers/lib/format-row.ts';
import {
  dossierListHref,
  parseDueWithin,
  parseKind,
  parseSort,
} from '../../../src/web/features/dossiers/lib/list-url.ts';
import { formatDateTime } from '../../../src/web/lib/format.ts';
import { toCsv } from '../../../src/web/lib/table-export.ts';
import { listedDossier } from './fixtures.ts';

describe('formatWallClock', () => {
  it('writes the API wall-clock digits as dd/MM/yyyy HH:mm, whatever the reader’s time zone', () => {
    expect(formatWallClock('2025-03-18T14:05:00+07:00')).toBe('18/03/2025 14:05');
    expect(formatWallClock('2025-12-31T23:59:59+07:00')).toBe('31/12/2025 23:59');
    expect(formatWallClock('2025-03-18')).toBe('18/03/2025');
    expect(formatWallClock(null)).toBeNull();
  });

  it('agrees with the wall-time formatter on every time the server can write', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (y, mo, d, h, mi) => {
          const t = wallTime(y, mo, d) + (h * 60 + mi) * 60_000;
          expect(formatWallClock(isoDateTime(t))).toBe(formatDateTime(t));
        },
      ),
    );
  });
});

describe('deadline wording', () => {
  it('picks overdue days first, then days left, and words the zero cases apart', () => {
    expect(deadlineWordingKey(deadlineStanding({ daysOverdue: 3, workingDaysLeft: null }))).toEqual({
      key: 'overdue',
      days: 3,
    });
    expect(deadlineWordingKey(deadlineStanding({ daysOverdue: 0, workingDaysLeft: null }))).toEqual({
      key: 'overdueToday',
      days: null,
    });
    expect(deadlineWordingKey(deadlineStanding({ daysOverdue: null, workingDaysLeft: 2 }))).toEqual({
      key: 'left',
      days: 2,
    });
    expect(deadlineWordingKey(deadlineStanding({ daysOverdue: null, workingDaysLeft: 0 }))).toEqual({
      key: 'dueToday',
      days: null,
    });
    expect(deadlineWordingKey(deadlineStanding({ daysOverdue: null, workingDaysLeft: null })).key).toBe(
      'none',
    );
  });
});

describe('CSV rows', () => {
  const words = {
    channel: (c: string) => `kênh ${c}`,
    rating: (r: string) => `đánh giá ${r}`,
    yes: 'Có',
  };

  it('gives one cell per CSV field, dates as shown and day counts as numbers', () => {
    const item = listedDossier(4, {
      finishedAt: '2025-03-20T10:00:00+07:00',
      hasApology: true,
      rating: 'satisfied',
    });
    const cells = dossierCsvCells(item, words);
    expect(cells).toHaveLength(CSV_FIELDS.length);
    const at = (f: (typeof CSV_FIELDS)[number]) => cells[CSV_FIELDS.indexOf(f)];
    expect(at('code')).toBe(item.code);
    expect(at('receivedAt')).toBe('05/02/2025 08:15');
    expect(at('finishedAt')).toBe('20/03/2025 10:00');
    expect(at('daysOverdue')).toBe(item.daysOverdue);
    expect(at('apologyAt')).toBe('Có');
    expect(at('rating')).toBe('đánh giá satisfied');
    expect(at('channel')).toBe('kênh online');
  });

  it('writes a CSV with a header row and a formula-looking code made harmless', () => {
    const table = dossiersExportTable([listedDossier(1, { code: '=HYPERLINK("x")' })], {
      ...words,
      headers: CSV_FIELDS.map((f) => f.toUpperCase()),
      sheetName: 'Quá hạn',
    });
    const lines = toCsv(table).split('\r\n');
    expect(lines[0]).toBe(CSV_FIELDS.map((f) => f.toUpperCase()).join(','));
    expect(lines[1]!.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});

describe('paging', () => {
  it('names the pages under a range of rows', () => {
    expect(pagesOf(0, 30)).toEqual([0]);
    expect(pagesOf(490, 520)).toEqual([0, 1]);
    expect(pagesOf(80_000, 80_020)).toEqual([160]);
    expect(pagesOf(5, 4)).toEqual([]);
  });

  it('covers every row of the range, and no page without one', () => {
    fc.assert(
      fc.property(fc.nat(200_000), fc.nat(2_000), (start, length) => {
        const pages = pagesOf(start, start + length);
        expect(pages[0]).toBe(Math.floor(start / PAGE_SIZE));
        expect(pages.at(-1)).toBe(Math.floor((start + length) / PAGE_SIZE));
        expect(pages.every((p, i) => i === 0 || p === pages[i - 1]! + 1)).toBe(true);
      }),
    );
  });
});

describe('collectList (export)', () => {
  const pager = (total: number, pageSize: number) => {
    const asked: number[] = [];
    const fetchPage = async (page: number) => {
      asked.push(page);
      const items = [];
      for (let i = page * pageSize; i < Math.min(total, (page + 1) * pageSize); i++)
        items.push(listedDossier(i));
      return { items, total };
    };
    return { asked, fetchPage };
  };

  it('reads every page in order up to the total, reporting progress', async () => {
    const { asked, fetchPage } = pager(1_234, 500);
    const progress: number[] = [];
    const items = await collectList(fetchPage, {
      total: 1_234,
      pageSize: 500,
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p.done),
    });
    expect(items.map((d) => d.code)).toEqual(Array.from({ length: 1_234 }, (_, i) => listedDossier(i).code));
    expect(asked).toEqual([0, 1, 2]);
    expect(progress).toEqual([500, 1_000, 1_234]);
  });

  it('stops at the cap', async () => {
    const { asked, fetchPage } = pager(5_000, 500);
    const items = await collectList(fetchPage, {
      total: 5_000,
      pageSize: 500,
      cap: 1_200,
      signal: new AbortController().signal,
    });
    expect(items).toHaveLength(1_200);
    expect(asked).toEqual([0, 1, 2]);
  });

  it('stops when cancelled', async () => {
    const { asked, fetchPage } = pager(5_000, 500);
    const abort = new AbortController();
    const run = collectList(fetchPage, {
      total: 5_000,
      pageSize: 500,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done === 1_000) abort.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(asked).toEqual([0, 1]);
  });
});

describe('list URL', () => {
  it('reads kind, sort and dueWithin back, falling back on the defaults', () => {
    for (const kind of LIST_KINDS) expect(parseKind(kind)).toBe(kind);
    expect(parseKind('nonsense')).toBe('overdue');
    expect(parseKind(null)).toBe('overdue');
    for (const sort of DOSSIER_SORTS) expect(parseSort(sort)).toBe(sort);
    expect(parseSort('code')).toBe('dueAt');
    expect(parseDueWithin('5')).toBe(5);
    expect(parseDueWithin('0')).toBe(0);
    expect(parseDueWithin('31')).toBeNull();
    expect(parseDueWithin('-1')).toBeNull();
    expect(parseDueWithin('2.5')).toBeNull();
  });

  it('builds the address of a unit’s list', () => {
    const href = dossierListHref('overdue', { period: '2025-03', filters: { unit: 'so tư pháp' } });
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/ho-so');
    expect(url.searchParams.get('kind')).toBe('overdue');
    expect(url.searchParams.get('unit')).toBe('so tư pháp');
    expect(url.searchParams.get('period')).toBe('2025-03');
    expect(dossierListHref('overdue', { dueWithin: 3 })).not.toContain('dueWithin');
    expect(dossierListHref('dueSoon', { dueWithin: 3 })).toContain('dueWithin=3');
  });

  it('sorts a header ascending first, then descending', () => {
    expect(nextSort('dueAt', 'receivedAt')).toBe('receivedAt');
    expect(nextSort('receivedAt', 'receivedAt')).toBe('-receivedAt');
    expect(nextSort('-receivedAt', 'receivedAt')).toBe('receivedAt');
  });
});
