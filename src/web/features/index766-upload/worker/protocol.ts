import type { Feedback } from '../../../../domain/feedback.ts';
import type { Scorecard } from '../../../../domain/scorecard.ts';
import type { Coverage } from '../../../../domain/scorecard-validate.ts';
import type { FeedbackField } from '../../../../ingest/feedback/fields.ts';
import type { ExplicitFeedbackMapping } from '../../../../ingest/feedback/mapping.ts';
import type { FeedbackProblem } from '../../../../ingest/feedback/problems.ts';
import type { ScorecardRowProblem } from '../../../../ingest/scorecard/problems.ts';
import type { ScorecardFileReport } from '../../../../ingest/scorecard/read.ts';
import type { FileKind } from '../../../../ingest/types.ts';
import type { FeedbackPreview } from '../lib/feedback-preview.ts';
import type { ScorecardPreview } from '../lib/scorecard-preview.ts';

/**
 * The QĐ 766 uploads' messages to the upload page's ingest worker (added to its protocol in
 * src/web/features/upload/worker/protocol.ts). Progress, cancel, "cancelled" and "failed" are the
 * dossier messages; only the start and the result are new.
 */
export type Index766Kind = 'scorecards' | 'feedback';

export interface Index766StartMessage {
  type: 'start-index766';
  jobId: number;
  kind: Index766Kind;
  files: File[];
  /** Scorecards, per file (same order): the period staff typed (yyyy-MM), over what the file says. */
  periods: (string | null)[];
  /** Feedback, per file: columns staff picked (field → column index; null: no such column). */
  mappings: (ExplicitFeedbackMapping | null)[];
}

export interface ScorecardFileSummary {
  file: string;
  sizeBytes: number;
  /** The reader's report (kind, shape, detected period, version, counts). */
  report: ScorecardFileReport;
  /** The period staff typed for this file, when they did. */
  periodOverride: string | null;
  /** How many of the accepted cards carry every group, some groups, or only a total. */
  coverage: Record<Coverage, number>;
  scorecards: Scorecard[];
  problems: ScorecardRowProblem[];
  /** Tables: the unit name on each data row (1-based row number → name), for the problems table. */
  unitByRow: Record<number, string>;
  preview: ScorecardPreview;
}

export interface FeedbackFileSummary {
  file: string;
  sizeBytes: number;
  kind: FileKind | null;
  headers: string[];
  headerRows: number[];
  /** field → column index the file was read with. */
  mapping: Partial<Record<FeedbackField, number>>;
  confidence: Partial<Record<FeedbackField, number>>;
  /** The mapping came from staff (explicit) or from the header texts (suggested). */
  mappingSource: 'explicit' | 'suggested';
  /** Required fields no column was found for: the file was not read; staff must pick them. */
  missing: FeedbackField[];
  rowsRead: number;
  accepted: number;
  rejected: number;
  warned: number;
  items: Feedback[];
  problems: FeedbackProblem[];
}

export type Index766Result =
  | { kind: 'scorecards'; files: ScorecardFileSummary[]; elapsedMs: number }
  | {
      kind: 'feedback';
      files: FeedbackFileSummary[];
      /** Per unit, over the items of every file (a code seen again: the later file's item). */
      preview: FeedbackPreview | null;
      elapsedMs: number;
    };

export type Index766FromWorker = { type: 'index766-done'; jobId: number; result: Index766Result };
