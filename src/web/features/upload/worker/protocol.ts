import type { Metrics } from '../../../../domain/metrics.ts';
import type { CanonicalRow } from '../../../../ingest/canonical.ts';
import type { DossierField } from '../../../../ingest/fields.ts';
import type { ExplicitMapping, MappingResult } from '../../../../ingest/mapping.ts';
import type { FileReport, IngestProgress } from '../../../../ingest/pipeline.ts';
import type { Problem, ProblemCode } from '../../../../ingest/problems.ts';
import type { FileKind } from '../../../../ingest/types.ts';
import type { Index766FromWorker, Index766StartMessage } from '../../index766-upload/worker/protocol.ts';

/**
 * Messages between the upload page and its ingest Web Worker. The worker parses the files, keeps the
 * dossier table to itself and sends back only the report, the mapping and the summary numbers.
 */

/** Column mappings the user saved, by layoutKey(headers): field → column index, or null for "none". */
export type SavedMappings = Record<string, ExplicitMapping>;

export interface StartMessage {
  type: 'start';
  jobId: number;
  files: File[];
  /** Per file (same order): a mapping the user has just chosen, which beats a saved one. */
  explicit: (ExplicitMapping | null)[];
  saved: SavedMappings;
}

export interface CancelMessage {
  type: 'cancel';
  jobId: number;
}

/**
 * Canonical rows of the last finished read, for publishing (src/api/imports.ts sends them in
 * chunks): the table stays in the worker, the page asks for one slice at a time.
 */
export interface RowsMessage {
  type: 'rows';
  jobId: number;
  requestId: number;
  offset: number;
  limit: number;
}

/** QĐ 766 scorecards and feedback (PAKN) are read by the same worker: see index766-upload. */
export type ToWorker = StartMessage | CancelMessage | RowsMessage | Index766StartMessage;

export type MappingSource = 'explicit' | 'saved' | 'suggested';

export interface FileSummary {
  file: string;
  kind: FileKind;
  sizeBytes: number;
  layoutKey: string;
  headers: string[];
  headerRows: number[];
  mapping: MappingResult;
  mappingSource: MappingSource;
  /** Header texts of the personal-data columns dropped unread. */
  personalColumnsDropped: string[];
  /** Up to 3 example values per column from the first rows; empty for personal-data columns. */
  samples: string[][];
  counts: Pick<FileReport, 'rowsRead' | 'accepted' | 'rejected' | 'excluded' | 'warned'>;
}

export interface PreviewSummary {
  /** The files' date range as whole days: [from, to] inclusive, wall times. */
  firstDay: number;
  lastDay: number;
  metrics: Metrics;
}

export interface UploadSummary {
  files: FileSummary[];
  rowsRead: number;
  accepted: number;
  rejected: number;
  excluded: number;
  warned: number;
  dossiers: number;
  unitNames: number;
  dateRange: { from: number; to: number } | null;
  problemCounts: Partial<Record<ProblemCode, number>>;
  problems: Problem[];
  problemsTruncated: boolean;
  preview: PreviewSummary | null;
  elapsedMs: number;
}

export interface WorkerProgress extends IngestProgress {
  phase: 'header' | 'rows';
}

/** The required columns of one file could not be found: the user must map them by hand. */
export interface MappingNeeded {
  fileIndex: number;
  file: string;
  kind: FileKind;
  layoutKey: string;
  headers: string[];
  missing: DossierField[];
  suggestion: MappingResult;
  samples: string[][];
}

export type FromWorker =
  | { type: 'progress'; jobId: number; progress: WorkerProgress }
  | { type: 'done'; jobId: number; summary: UploadSummary }
  | { type: 'mapping-needed'; jobId: number; needed: MappingNeeded }
  | { type: 'cancelled'; jobId: number }
  | { type: 'failed'; jobId: number; file: string | null; message: string }
  | { type: 'rows'; jobId: number; requestId: number; rows: CanonicalRow[]; total: number }
  | { type: 'rows-failed'; jobId: number; requestId: number; message: string }
  | Index766FromWorker;

/** The two ends of a worker as the page sees them (a real Worker, or an in-process one in tests). */
export interface IngestWorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  terminate(): void;
}
