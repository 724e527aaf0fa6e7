import {
  CARRIED_OVER,
  classifyInPeriod,
  EARLY,
  LATE,
  NOT_IN_PERIOD,
  ON_TIME,
  OUTCOME_MASK,
  OVERDUE,
  PAUSED,
  PENDING_NO_DEADLINE,
  RESOLVED_NO_DEADLINE,
  WITHIN_DEADLINE,
} from './classify.ts';
import type { Period } from './period.ts';
import { onTimeRate, progressRate766, progressScore766, ratio, satisfactionScore766 } from './rates.ts';
import { type DossierTable, STATUS, toTableTime } from './table.ts';

/** The counts and rates of one group over one period (reference §3–§4). Rates are fractions or null. */
export interface Metrics {
  received: number;
  carriedOver: number;
  new: number;
  newOnline: number;
  newDirect: number;
  newPostal: number;
  newUnknownChannel: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  withdrawn: number;
  pending: number;
  paused: number;
  overdue: number;
  withinDeadline: number;
  noDeadline: number;
  resolvedNoDeadline: number;
  pendingNoDeadline: number;
  onTimeRate: number | null;
  progressRate766: number | null;
  progressScore766: number | null;
  onlineRate: number | null;
  rated: number;
  satisfied: number;
  satisfactionRate: number | null;
  ratings: RatingDistribution;
  dissatisfiedNotLate: number;
  satisfactionScore766: number;
  lateWithApology: number;
  lateWithoutApology: number;
  overdueWithApology: number;
  overdueWithoutApology: number;
}

export interface RatingDistribution {
  verySatisfied: number;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  veryDissatisfied: number;
}

/** Counter slots, one block of COUNTERS per group. */
const C_CARRIED = 0;
const C_NEW = 1;
const C_NEW_CHANNEL = 2; // 4 slots, in CHANNELS order: online, direct, postal, unknown
const C_OUTCOME = 6; // 9 slots, indexed by outcome (0 unused)
const C_WITHDRAWN = 15;
const C_RATING = 16; // 6 slots, by rating code (0 = not rated)
const C_DISSATISFIED_NOT_LATE = 22;
const C_LATE_APOLOGY = 23;
const C_OVERDUE_APOLOGY = 24;
export const COUNTERS = 25;

const RATING_DISSATISFIED = 4;

/** How rows fall into groups: by the value of one column, mapped through `groupOf`. */
export interface Grouping {
  /** Column whose value picks the group; null puts every row in group 0. */
  column: Uint16Array | Uint8Array | null;
  /** Group index per column value; -1 leaves the row out. Null: the value is the group index. */
  groupOf: Int32Array | null;
  groupCount: number;
}

/** Keeps a row when `allowed[column[row]]` is 1. */
export interface RowFilter {
  column: Uint16Array | Uint8Array;
  allowed: Uint8Array;
}

export const TOTAL: Grouping = { column: null, groupOf: null, groupCount: 1 };

/**
 * One pass over the table: counts of every group for the period. The hot loop of the product —
 * re-run on every filter change — so it works on typed arrays only and allocates nothing per row.
 */
export function aggregateCounts(
  table: DossierTable,
  period: Period,
  grouping: Grouping,
  filters: readonly RowFilter[] = [],
): Int32Array {
  const counts = new Int32Array(grouping.groupCount * COUNTERS);
  const start = toTableTime(period.from);
  const end = toTableTime(period.to);
  const { receivedAt, dueAt, finishedAt, resolution, status, channel, rating, hasApology } = table;
  const { column, groupOf } = grouping;
  const nFilters = filters.length;
  for (let i = 0; i < table.length; i++) {
    const outcome = classifyInPeriod(
      receivedAt[i]!,
      dueAt[i]!,
      finishedAt[i]!,
      resolution[i]!,
      status[i]!,
      start,
      end,
    );
    if (outcome === NOT_IN_PERIOD) continue;
    if (nFilters > 0 && !passes(filters, i)) continue;
    let group = 0;
    if (column !== null) {
      const value = column[i]!;
      group = groupOf === null ? value : groupOf[value]!;
      if (group < 0) continue;
    }
    const base = group * COUNTERS;
    const kind = outcome & OUTCOME_MASK;
    if (outcome & CARRIED_OVER) counts[base + C_CARRIED]!++;
    else {
      counts[base + C_NEW]!++;
      counts[base + C_NEW_CHANNEL + channel[i]!]!++;
    }
    counts[base + C_OUTCOME + kind]!++;
    if (kind <= RESOLVED_NO_DEADLINE) {
      if (status[i] === STATUS.withdrawn) counts[base + C_WITHDRAWN]!++;
      const r = rating[i]!;
      counts[base + C_RATING + r]!++;
      if (r >= RATING_DISSATISFIED && kind !== LATE) counts[base + C_DISSATISFIED_NOT_LATE]!++;
      if (kind === LATE && hasApology[i] === 1) counts[base + C_LATE_APOLOGY]!++;
    } else if (kind === OVERDUE && hasApology[i] === 1) counts[base + C_OVERDUE_APOLOGY]!++;
  }
  return counts;
}

function passes(filters: readonly RowFilter[], i: number): boolean {
  for (let f = 0; f < filters.length; f++) {
    const filter = filters[f]!;
    if (filter.allowed[filter.column[i]!] !== 1) return false;
  }
  return true;
}

/** The named metrics of group `group` from aggregateCounts' result. */
export function metricsOf(counts: Int32Array, group: number): Metrics {
  const at = (slot: number) => counts[group * COUNTERS + slot]!;
  const carriedOver = at(C_CARRIED);
  const fresh = at(C_NEW);
  const early = at(C_OUTCOME + EARLY);
  const onTime = at(C_OUTCOME + ON_TIME);
  const late = at(C_OUTCOME + LATE);
  const resolvedNoDeadline = at(C_OUTCOME + RESOLVED_NO_DEADLINE);
  const paused = at(C_OUTCOME + PAUSED);
  const overdue = at(C_OUTCOME + OVERDUE);
  const withinDeadline = at(C_OUTCOME + WITHIN_DEADLINE);
  const pendingNoDeadline = at(C_OUTCOME + PENDING_NO_DEADLINE);
  const ratings: RatingDistribution = {
    verySatisfied: at(C_RATING + 1),
    satisfied: at(C_RATING + 2),
    neutral: at(C_RATING + 3),
    dissatisfied: at(C_RATING + 4),
    veryDissatisfied: at(C_RATING + 5),
  };
  const rated =
    ratings.verySatisfied +
    ratings.satisfied +
    ratings.neutral +
    ratings.dissatisfied +
    ratings.veryDissatisfied;
  const satisfied = ratings.verySatisfied + ratings.satisfied;
  const received = carriedOver + fresh;
  const newOnline = at(C_NEW_CHANNEL);
  const progress = { early, onTime, late, paused, withinDeadline, overdue };
  const dissatisfiedNotLate = at(C_DISSATISFIED_NOT_LATE);
  const lateWithApology = at(C_LATE_APOLOGY);
  const overdueWithApology = at(C_OVERDUE_APOLOGY);
  return {
    received,
    carriedOver,
    new: fresh,
    newOnline,
    newDirect: at(C_NEW_CHANNEL + 1),
    newPostal: at(C_NEW_CHANNEL + 2),
    newUnknownChannel: at(C_NEW_CHANNEL + 3),
    resolved: early + onTime + late + resolvedNoDeadline,
    early,
    onTime,
    late,
    withdrawn: at(C_WITHDRAWN),
    pending: paused + overdue + withinDeadline + pendingNoDeadline,
    paused,
    overdue,
    withinDeadline,
    noDeadline: resolvedNoDeadline + pendingNoDeadline,
    resolvedNoDeadline,
    pendingNoDeadline,
    onTimeRate: onTimeRate(progress),
    progressRate766: progressRate766(progress),
    progressScore766: progressScore766(progress),
    onlineRate: ratio(newOnline, fresh),
    rated,
    satisfied,
    satisfactionRate: ratio(satisfied, rated),
    ratings,
    dissatisfiedNotLate,
    satisfactionScore766: satisfactionScore766({ received, late, overdue, dissatisfiedNotLate }),
    lateWithApology,
    lateWithoutApology: late - lateWithApology,
    overdueWithApology,
    overdueWithoutApology: overdue - overdueWithApology,
  };
}

/** Metrics of the whole (optionally filtered) table for one period. */
export function totalMetrics(
  table: DossierTable,
  period: Period,
  filters: readonly RowFilter[] = [],
): Metrics {
  return metricsOf(aggregateCounts(table, period, TOTAL, filters), 0);
}
