import type { ListedDossierItem } from '../../../../api/dossiers.ts';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * An API time ("2025-03-18T14:05:00+07:00", Vietnam wall clock) as "18/03/2025 14:05". The digits
 * are taken as written: converting through Date would shift them by the reader's time zone.
 */
export function formatWallClock(iso: string | null): string | null {
  if (iso === null) return null;
  const m = WALL_CLOCK.exec(iso);
  if (!m) return iso;
  const day = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] === undefined ? day : `${day} ${m[4]}:${m[5]}`;
}

/** The day part alone: "18/03/2025". */
export function formatWallDay(iso: string | null): string | null {
  const text = formatWallClock(iso);
  return text === null ? null : text.slice(0, 10);
}

/** Where a dossier stands against its deadline, in working days (as the API computed them). */
export type DeadlineStanding =
  | { kind: 'overdue'; days: number }
  | { kind: 'left'; days: number }
  | { kind: 'none' };

export function deadlineStanding(
  item: Pick<ListedDossierItem, 'daysOverdue' | 'workingDaysLeft'>,
): DeadlineStanding {
  if (item.daysOverdue !== null) return { kind: 'overdue', days: item.daysOverdue };
  if (item.workingDaysLeft !== null) return { kind: 'left', days: item.workingDaysLeft };
  return { kind: 'none' };
}

/** The catalogue key under `dossiers.cell.` that words a standing, and the number it takes. */
export function deadlineWordingKey(s: DeadlineStanding): {
  key: 'overdue' | 'overdueToday' | 'left' | 'dueToday' | 'none';
  days: number | null;
} {
  switch (s.kind) {
    case 'overdue':
      return s.days === 0 ? { key: 'overdueToday', days: null } : { key: 'overdue', days: s.days };
    case 'left':
      return s.days === 0 ? { key: 'dueToday', days: null } : { key: 'left', days: s.days };
    case 'none':
      return { key: 'none', days: null };
  }
}

/** The texts a CSV row needs that depend on the language. */
export interface CsvWords {
  headers: readonly string[];
  channel: (c: ListedDossierItem['channel']) => string;
  rating: (r: NonNullable<ListedDossierItem['rating']>) => string;
  yes: string;
}

/** CSV column order: every field a reader may sort or filter on in a spreadsheet, one per column. */
export const CSV_FIELDS = [
  'code',
  'unit',
  'receivingUnit',
  'sector',
  'procedureCode',
  'procedure',
  'channel',
  'receivedAt',
  'dueAt',
  'finishedAt',
  'returnedAt',
  'daysOverdue',
  'workingDaysLeft',
  'apologyAt',
  'newDueAt',
  'rating',
] as const;

/** One dossier as CSV cells: dates as dd/MM/yyyy HH:mm, day counts as plain numbers. */
export function dossierCsvCells(
  item: ListedDossierItem,
  words: Pick<CsvWords, 'channel' | 'rating' | 'yes'>,
): (string | number | null)[] {
  return [
    item.code,
    item.unit,
    item.receivingUnit,
    item.sector,
    item.procedureCode,
    item.procedure,
    words.channel(item.channel),
    formatWallClock(item.receivedAt),
    formatWallClock(item.dueAt),
    formatWallClock(item.finishedAt),
    formatWallClock(item.returnedAt),
    item.daysOverdue,
    item.workingDaysLeft,
    item.apologyAt !== null ? formatWallClock(item.apologyAt) : item.hasApology ? words.yes : null,
    formatWallClock(item.newDueAt),
    item.rating === null ? null : words.rating(item.rating),
  ];
}
