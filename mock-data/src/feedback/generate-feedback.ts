import { createCalendar, type WorkCalendar } from '../../../src/domain/calendar.ts';
import type { FeedbackRating } from '../../../src/domain/feedback.ts';
import { endOfDay, parseIsoDate, type WallTime } from '../../../src/domain/time.ts';
import { eraOf, isActiveIn } from '../catalog/eras.ts';
import { type MockUnit, UNITS } from '../catalog/units.ts';
import { misspellUnitName } from '../messy.ts';
import { createRandom, pickWeighted, type Random, WeightedPicker } from '../random.ts';
import { allocateReceipts, officeTimeBetween, receiptTime, workingDaysIn, yyMMdd } from '../schedule.ts';

export interface FeedbackGenerateOptions {
  seed: number;
  /** Feedback items, bad rows included. */
  rows: number;
  /** First and last day of receipt, yyyy-MM-dd. */
  from: string;
  to: string;
  /** The day the export was taken (default `to`): items not answered by then are pending. */
  asOf?: string;
  /** Deliberately bad rows (missing code, impossible date, answered before received). Default true. */
  flaws?: boolean;
  calendar?: WorkCalendar;
}

/** What a row says, as the export prints it; dates as wall times or, for a bad row, literal text. */
export interface MockFeedbackRow {
  rowNumber: number;
  code: string;
  unit: string;
  receivedAt: WallTime | string;
  /** Date-only deadline (start of its day), as exports print it. */
  dueAt: WallTime;
  handledAt: WallTime | null;
  category: string;
  rating: string;
  truth: { unitKey: string; rating: FeedbackRating | null; late: boolean; flaw: FeedbackFlaw | null };
}

export type FeedbackFlaw = 'missing-code' | 'impossible-date' | 'handled-before-received';

/** Working days a unit has to answer (Quy chế vận hành Cổng DVC quốc gia: about ten). */
const ANSWER_DAYS = 10;
const CATEGORIES: readonly (readonly [string, number])[] = [
  ['Giải quyết thủ tục hành chính', 5],
  ['Quy định hành chính', 2],
  ['Hành vi cán bộ, công chức', 1],
  ['Dịch vụ công trực tuyến', 2],
];
const MESSY_SHARE = 0.05;
const FLAW_EVERY = 60;

/**
 * Units that never get feedback in the mock data: every third commune and one department in four,
 * by their position in the catalogue, so that "no feedback = full marks" shows up in every file.
 */
export function isQuietUnit(unit: MockUnit): boolean {
  const index = UNITS.indexOf(unit);
  if (unit.group === 'commune') return index % 3 === 0;
  if (unit.group === 'department') return index % 4 === 0;
  return false;
}

function parseDay(text: string, name: string): WallTime {
  const t = parseIsoDate(text);
  if (t === null) throw new RangeError(`${name} must be yyyy-MM-dd, got "${text}"`);
  return t;
}

/** Feedback rows in receipt order, for units of the same catalogue as the dossier exports. */
export function* generateFeedback(options: FeedbackGenerateOptions): Generator<MockFeedbackRow> {
  const from = parseDay(options.from, 'from');
  const to = parseDay(options.to, 'to');
  if (to < from) throw new RangeError(`"to" (${options.to}) is before "from" (${options.from})`);
  const asOfEnd = endOfDay(options.asOf === undefined ? to : parseDay(options.asOf, 'asOf')) + 1;
  const calendar = options.calendar ?? createCalendar();
  const random = createRandom(options.seed);
  const days = workingDaysIn(from, to, calendar);
  if (days.length === 0 && options.rows > 0) throw new RangeError('no working day in the range');
  const perDay = allocateReceipts(days, options.rows, random);
  const pickers = new Map<number, WeightedPicker<MockUnit>>();
  const pickerFor = (t: WallTime) => {
    const era = eraOf(t);
    let picker = pickers.get(era);
    if (!picker) {
      const units = UNITS.filter(
        (u) => isActiveIn(u, era) && u.group !== 'service-centre' && !isQuietUnit(u),
      );
      picker = new WeightedPicker(
        units,
        units.map((u) => Math.sqrt(u.weight)),
      );
      pickers.set(era, picker);
    }
    return picker;
  };
  let rowNumber = 0;
  for (let d = 0; d < days.length; d++) {
    const times: WallTime[] = [];
    for (let i = 0; i < perDay[d]!; i++) times.push(receiptTime(days[d]!, random));
    times.sort((a, b) => a - b);
    let sequence = 0;
    for (const receivedAt of times) {
      rowNumber++;
      sequence++;
      const row = build(receivedAt, pickerFor(receivedAt).pick(random), random, calendar, asOfEnd);
      row.rowNumber = rowNumber;
      row.code = `PA-${yyMMdd(receivedAt)}-${String(sequence).padStart(4, '0')}`;
      if (options.flaws !== false && rowNumber % FLAW_EVERY === 0) applyFlaw(row, rowNumber / FLAW_EVERY);
      yield row;
    }
  }
}

function build(
  receivedAt: WallTime,
  unit: MockUnit,
  random: Random,
  calendar: WorkCalendar,
  asOfEnd: WallTime,
): MockFeedbackRow {
  const dueDay = calendar.addWorkingDays(receivedAt, ANSWER_DAYS);
  const dueAt = dueDay - (dueDay % 86_400_000);
  const lateShare = unit.lateShare !== undefined ? 0.25 : 0.06;
  const late = random.chance(lateShare);
  const answerDay = late
    ? calendar.addWorkingDays(dueAt, 1 + random.int(8))
    : calendar.addWorkingDays(receivedAt, random.int(ANSWER_DAYS) + (random.chance(0.5) ? 0 : 1));
  let handledAt = officeTimeBetween(answerDay, random) ?? answerDay;
  if (handledAt < receivedAt) handledAt = receivedAt + 3_600_000;
  if (!late && handledAt > endOfDay(dueAt)) handledAt = endOfDay(dueAt) - 3_600_000;
  const answered = handledAt < asOfEnd;
  let rating: FeedbackRating | null = null;
  let ratingText = '';
  if (answered && random.chance(0.6)) {
    const dislikeShare = late ? 0.45 : 0.07;
    rating = pickWeighted(random, [
      ['satisfied', 1 - dislikeShare - 0.05],
      ['neutral', 0.05],
      ['dissatisfied', dislikeShare],
    ] as const);
    ratingText =
      rating === 'satisfied' ? 'Hài lòng' : rating === 'neutral' ? 'Bình thường' : 'Không hài lòng';
  } else if (answered && random.chance(0.1)) ratingText = 'Chưa đánh giá';
  const name = random.chance(MESSY_SHARE) ? misspellUnitName(unit.name, random).text : unit.name;
  return {
    rowNumber: 0,
    code: '',
    unit: name,
    receivedAt,
    dueAt,
    handledAt: answered ? handledAt : null,
    category: pickWeighted(random, CATEGORIES),
    rating: ratingText,
    truth: { unitKey: unit.key, rating, late: answered ? late : false, flaw: null },
  };
}

const FLAWS: readonly FeedbackFlaw[] = ['missing-code', 'impossible-date', 'handled-before-received'];

function applyFlaw(row: MockFeedbackRow, n: number): void {
  const flaw = FLAWS[n % FLAWS.length]!;
  row.truth.flaw = flaw;
  if (flaw === 'missing-code') row.code = '';
  else if (flaw === 'impossible-date') row.receivedAt = '31/02/2026';
  else if (typeof row.receivedAt === 'number') row.handledAt = row.receivedAt - 2 * 86_400_000;
}
