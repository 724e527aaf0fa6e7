import type { WorkCalendar } from './calendar.ts';
import {
  classifyInPeriod,
  LATE,
  NOT_IN_PERIOD,
  OUTCOME_MASK,
  OVERDUE,
  PAUSED,
  WITHIN_DEADLINE,
} from './classify.ts';
import type { Dossier } from './dossier.ts';
import type { RowFilter } from './metrics.ts';
import type { Period } from './period.ts';
import { type DossierTable, dossierAt, fromTableTime, toTableTime } from './table.ts';

/**
 * Dossier lists for follow-up. State lists (overdue, due soon, paused) describe the dossiers at the
 * period's end; `lateResolved` lists those resolved late within the period. All use classifyInPeriod,
 * so a list always agrees with the counts.
 */
export const LIST_KINDS = [
  'overdue',
  'dueSoon',
  'paused',
  'lateResolved',
  'lateWithoutApology',
  'overdueWithoutApology',
] as const;
export type DossierListKind = (typeof LIST_KINDS)[number];

export interface ListQuery {
  kind: DossierListKind;
  period: Period;
  /** For dueSoon: pending dossiers due within this many working days of the period's end. */
  dueWithinWorkingDays?: number;
  filters?: readonly RowFilter[];
}

export const DEFAULT_DUE_SOON_WORKING_DAYS = 2;

export interface ListedDossier extends Dossier {
  /** Slot in the table, for paging and look-ups. */
  index: number;
  /** Working days past the deadline at the period's end (overdue and late dossiers), else null. */
  daysOverdue: number | null;
  /** Working days left before the deadline at the period's end (pending, not overdue), else null. */
  workingDaysLeft: number | null;
}

/** Table slots of the dossiers in the list, most urgent (earliest deadline) first. */
export function selectDossiers(table: DossierTable, query: ListQuery, calendar: WorkCalendar): Int32Array {
  const start = toTableTime(query.period.from);
  const end = toTableTime(query.period.to);
  const asOf = lastMomentOf(query.period);
  const dueWithin = query.dueWithinWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS;
  const filters = query.filters ?? [];
  const picked: number[] = [];
  for (let i = 0; i < table.length; i++) {
    const outcome = classifyInPeriod(
      table.receivedAt[i]!,
      table.dueAt[i]!,
      table.finishedAt[i]!,
      table.resolution[i]!,
      table.status[i]!,
      start,
      end,
    );
    if (outcome === NOT_IN_PERIOD) continue;
    if (!matches(query.kind, outcome & OUTCOME_MASK, table, i, asOf, dueWithin, calendar)) continue;
    if (filters.some((f) => f.allowed[f.column[i]!] !== 1)) continue;
    picked.push(i);
  }
  const due = table.dueAt;
  picked.sort((a, b) => due[a]! - due[b]! || a - b);
  return Int32Array.from(picked);
}

function matches(
  kind: DossierListKind,
  outcome: number,
  table: DossierTable,
  i: number,
  asOf: number,
  dueWithin: number,
  calendar: WorkCalendar,
): boolean {
  switch (kind) {
    case 'overdue':
      return outcome === OVERDUE;
    case 'paused':
      return outcome === PAUSED;
    case 'lateResolved':
      return outcome === LATE;
    case 'lateWithoutApology':
      return outcome === LATE && table.hasApology[i] !== 1;
    case 'overdueWithoutApology':
      return outcome === OVERDUE && table.hasApology[i] !== 1;
    case 'dueSoon':
      return (
        outcome === WITHIN_DEADLINE &&
        calendar.workingDaysBetween(asOf, fromTableTime(table.dueAt[i]!)!) <= dueWithin
      );
  }
}

/**
 * A period's state lists are taken at its end E, which is exclusive: working days are counted to
 * the last moment before it, so "as of 18/03" does not already count 19/03.
 */
function lastMomentOf(period: Period): number {
  return period.to - 1;
}

/** Materialises one page of a list, with working-day distances to the deadline. */
export function listDossiers(
  table: DossierTable,
  slots: Int32Array,
  period: Period,
  calendar: WorkCalendar,
  page: { offset: number; limit: number } = { offset: 0, limit: 100 },
): ListedDossier[] {
  const out: ListedDossier[] = [];
  const asOf = lastMomentOf(period);
  for (let k = page.offset; k < Math.min(slots.length, page.offset + page.limit); k++) {
    const index = slots[k]!;
    const d = dossierAt(table, index);
    out.push({ ...d, index, ...deadlineDistance(d, asOf, calendar) });
  }
  return out;
}

/** Working days overdue (finished late, or still open past the deadline) or left, seen at `asOf`. */
export function deadlineDistance(
  d: Pick<Dossier, 'dueAt' | 'finishedAt' | 'status'>,
  asOf: number,
  calendar: WorkCalendar,
): { daysOverdue: number | null; workingDaysLeft: number | null } {
  if (d.dueAt === null) return { daysOverdue: null, workingDaysLeft: null };
  const finished = d.finishedAt !== null && d.finishedAt <= asOf;
  const reference = finished ? d.finishedAt! : asOf;
  if (reference > d.dueAt)
    return { daysOverdue: calendar.workingDaysBetween(d.dueAt, reference), workingDaysLeft: null };
  if (finished || d.status === 'paused') return { daysOverdue: null, workingDaysLeft: null };
  return { daysOverdue: null, workingDaysLeft: calendar.workingDaysBetween(asOf, d.dueAt) };
}
