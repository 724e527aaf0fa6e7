import type { WorkCalendar } from '../../src/domain/calendar.ts';
import type { Rating, StatusBucket } from '../../src/domain/dossier.ts';
import type { WallTime } from '../../src/domain/time.ts';
import type { UnitGroup } from './catalog/units.ts';
import type { Misspelling } from './messy.ts';
import type { Applicant } from './people.ts';

export type MockChannel = 'online' | 'direct' | 'postal';

export const DATE_FIELDS = [
  'receivedAt',
  'dueAt',
  'finishedAt',
  'returnedAt',
  'apologyAt',
  'newDueAt',
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** A deliberate defect, so the ingest's validation can be tested on realistic files. */
export type RowFlaw =
  | { kind: 'missing-code' }
  | { kind: 'unparsable-date'; field: DateField; text: string }
  | { kind: 'finished-before-received' }
  /** The row repeats the code (and content) of the earlier data row `ofRow` (1-based). */
  | { kind: 'duplicate-code'; ofRow: number };
export type RowFlawKind = RowFlaw['kind'];

/**
 * How the dossier stands at the export's as-of time, by reference §3: resolved ones by their
 * finish against the deadline, pending ones by their deadline against as-of.
 */
export type Timeliness =
  | 'early'
  | 'onTime'
  | 'late'
  | 'paused'
  | 'overdue'
  | 'withinDeadline'
  | 'excluded'
  /** Flawed rows whose dates make no sense (finished before received). */
  | 'invalid';

/** The true, canonical dossier behind a row. */
export interface MockDossier {
  code: string;
  unitKey: string;
  /** Canonical unit name (NFC), whatever the row prints. */
  unit: string;
  unitGroup: UnitGroup;
  receivingUnit: string;
  procedureCode: string;
  procedure: string;
  sector: string;
  /** The procedure's deadline in working days. */
  deadlineDays: number;
  channel: MockChannel;
  /** National sync code (reference §2); null for texts without one ("Đã hủy", unknown texts). */
  statusCode: number | null;
  statusBucket: StatusBucket | 'unknown';
  receivedAt: WallTime;
  /** addWorkingDays(receivedAt, deadlineDays); null for excluded rows. */
  dueAt: WallTime | null;
  finishedAt: WallTime | null;
  returnedAt: WallTime | null;
  rating: Rating | null;
  ratingScale: 3 | 5;
  apologyAt: WallTime | null;
  newDueAt: WallTime | null;
  timeliness: Timeliness;
  applicant: Applicant;
}

/** A date as the row prints it: a time to format in the column's format, or literal text. */
export type PrintedTime = WallTime | string | null;

/** The row's cells before date formatting: texts as the export spells them. */
export interface PrintedDossier {
  code: string;
  procedureCode: string;
  procedure: string;
  sector: string;
  unit: string;
  receivingUnit: string;
  channel: string;
  applicantName: string;
  idNumber: string;
  address: string;
  phone: string;
  email: string;
  receivedAt: PrintedTime;
  dueAt: PrintedTime;
  finishedAt: PrintedTime;
  returnedAt: PrintedTime;
  status: string;
  rating: string;
  apologyAt: PrintedTime;
  newDueAt: PrintedTime;
}

export interface MockDossierRow {
  /** 1-based among data rows (title and header rows not counted). */
  rowNumber: number;
  printed: PrintedDossier;
  truth: MockDossier;
  flaw: RowFlaw | null;
  /** Misspellings applied to the printed unit / receiving unit names. */
  misspellings: Misspelling[];
}

export interface GenerateOptions {
  seed: number;
  /** Data rows, duplicates included. */
  rows: number;
  /** First and last day of receipts, `yyyy-MM-dd`. */
  from: string;
  to: string;
  /** Day the export was taken (end of that day); statuses reflect it. Defaults to `to`. */
  asOf?: string;
  /** Share of late finishes province-wide (default 0.01); a few bad units are far worse. */
  lateShare?: number;
  /** Share of rows with a misspelt unit name (default 0.04). */
  messyShare?: number;
  /** Add the deliberately bad rows (default true; none under 100 rows). */
  flaws?: boolean;
  /** Print status and channel as national sync codes (4, 10, 2 …) instead of texts. */
  syncCodes?: boolean;
  calendar?: WorkCalendar;
}
