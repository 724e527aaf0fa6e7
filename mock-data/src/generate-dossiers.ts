import { createCalendar } from '../../src/domain/calendar.ts';
import { endOfDay, parseIsoDate, type WallTime } from '../../src/domain/time.ts';
import { DossierFactory } from './dossier-factory.ts';
import { applyFlaw, planFlaws } from './flaws.ts';
import { createRandom } from './random.ts';
import { allocateReceipts, receiptTime, workingDaysIn } from './schedule.ts';
import type { GenerateOptions, MockDossierRow } from './types.ts';

export const DEFAULT_LATE_SHARE = 0.01;
export const DEFAULT_MESSY_SHARE = 0.04;
/** Rows a duplicate may copy from: recent enough to be plausible, bounded for memory. */
const DUPLICATE_SOURCE_WINDOW = 2048;

function parseDay(text: string, name: string): WallTime {
  const t = parseIsoDate(text);
  if (t === null) throw new RangeError(`${name} must be a yyyy-MM-dd date, got "${text}"`);
  return t;
}

/**
 * Dossier rows of one province's export, in receipt order, lazily: a million rows never sit in
 * memory. The same options give the same rows, whatever the writer.
 */
export function* generateDossiers(options: GenerateOptions): Generator<MockDossierRow> {
  const { seed, rows } = options;
  if (!Number.isInteger(rows) || rows < 0)
    throw new RangeError(`rows must be a whole number ≥ 0, got ${rows}`);
  const from = parseDay(options.from, 'from');
  const to = parseDay(options.to, 'to');
  if (to < from) throw new RangeError(`"to" (${options.to}) is before "from" (${options.from})`);
  const asOfEnd = endOfDay(options.asOf === undefined ? to : parseDay(options.asOf, 'asOf')) + 1;
  const calendar = options.calendar ?? createCalendar();
  const random = createRandom(seed);
  const days = workingDaysIn(from, to, calendar);
  if (days.length === 0 && rows > 0)
    throw new RangeError(`no working day between ${options.from} and ${options.to}`);

  const flaws = options.flaws === false ? new Map() : planFlaws(rows, random);
  let duplicates = 0;
  for (const kind of flaws.values()) if (kind === 'duplicate-code') duplicates++;
  const perDay = allocateReceipts(days, rows - duplicates, random);
  const factory = new DossierFactory({
    random,
    calendar,
    asOfEnd,
    lateShare: options.lateShare ?? DEFAULT_LATE_SHARE,
    messyShare: options.messyShare ?? DEFAULT_MESSY_SHARE,
    syncCodes: options.syncCodes ?? false,
  });

  const recent: MockDossierRow[] = [];
  let index = 0;
  const duplicateOfRecent = (): MockDossierRow => {
    const source = recent.length > 0 ? random.pick(recent) : undefined;
    if (source === undefined) throw new Error('a duplicate row needs an earlier row to copy');
    return {
      ...source,
      rowNumber: index + 1,
      printed: { ...source.printed },
      flaw: { kind: 'duplicate-code', ofRow: source.rowNumber },
    };
  };

  for (let d = 0; d < days.length; d++) {
    const count = perDay[d]!;
    const times: WallTime[] = [];
    for (let i = 0; i < count; i++) times.push(receiptTime(days[d]!, random));
    times.sort((a, b) => a - b);
    for (const receivedAt of times) {
      while (flaws.get(index) === 'duplicate-code') {
        yield duplicateOfRecent();
        index++;
      }
      const flaw = flaws.get(index);
      const row = factory.build(receivedAt, index + 1, flaw !== undefined);
      if (flaw !== undefined && flaw !== 'duplicate-code') applyFlaw(row, flaw, random);
      else if (row.truth.timeliness !== 'excluded') {
        if (recent.length < DUPLICATE_SOURCE_WINDOW) recent.push(row);
        else recent[random.int(DUPLICATE_SOURCE_WINDOW)] = row;
      }
      yield row;
      index++;
    }
  }
  while (index < rows) {
    yield duplicateOfRecent();
    index++;
  }
}
