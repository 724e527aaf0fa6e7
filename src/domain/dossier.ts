import type { WallTime } from './time.ts';

/** How a status counts (reference §2). `null` on a dossier means an unknown status text. */
export type StatusBucket = 'pending' | 'paused' | 'finished' | 'withdrawn' | 'excluded';

export const CHANNELS = ['online', 'direct', 'postal', 'unknown'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Citizen rating, on the 5-level scale; 3-level exports use very_satisfied/satisfied/dissatisfied. */
export const RATINGS = [
  'very_satisfied',
  'satisfied',
  'neutral',
  'dissatisfied',
  'very_dissatisfied',
] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * One dossier after ingestion: canonical, validated, with personal data already dropped.
 * Rejected rows never become a Dossier; excluded-status rows are dropped before this point too.
 */
export interface Dossier {
  /** Dossier code, kept as text (leading zeros matter). The key for de-duplication. */
  code: string;
  /** Resolving unit, as spelled in the file (NFC). Folding into a registry unit happens later. */
  unit: string;
  receivingUnit: string | null;
  sector: string | null;
  procedureCode: string | null;
  procedure: string | null;
  channel: Channel;
  /** Bucket of the status column; null when the status was missing or unknown (counts by its dates). */
  status: Exclude<StatusBucket, 'excluded'> | null;
  receivedAt: WallTime;
  /** Deadline; a date-only value has already been moved to the end of its day. */
  dueAt: WallTime | null;
  /** When processing finished (or the dossier was withdrawn); for finished statuses without it, returnedAt. */
  finishedAt: WallTime | null;
  returnedAt: WallTime | null;
  rating: Rating | null;
  /** Date of the apology letter (phiếu xin lỗi), when the export says. */
  apologyAt: WallTime | null;
  /** True when the export says an apology letter was sent, even without its date. */
  hasApology: boolean;
  /** New appointment date promised in the apology letter. Never replaces dueAt. */
  newDueAt: WallTime | null;
}
