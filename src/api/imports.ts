import { z } from 'zod';
import { CHANNELS, RATINGS } from '../domain/dossier.ts';
import { endpoint } from './endpoint.ts';
import { MetricsSchema } from './metrics.ts';
import { DayRangeSchema } from './query.ts';

/**
 * Upload-to-publish. The browser reads and validates a file with the core, then:
 *   POST /api/imports                  → an import in status 'uploading'
 *   PUT  /api/imports/:id/chunks/:n    (n = 0, 1, …; resend freely: a chunk already received is acknowledged)
 *   GET  /api/imports/:id              → which chunks arrived (resume after a dropped connection)
 *   POST /api/imports/:id/finish       → 'staged', with the server's validation summary and preview
 *   POST /api/imports/:id/publish      → 'published' (one transaction), or DELETE → 'discarded'
 *                                        (the server discards one left unpublished too long itself)
 *   POST /api/imports/:id/retract      → 'retracted': the data reads as if it had never been published
 */
export const MAX_CHUNK_ROWS = 5000;
export const MAX_CHUNKS = 10_000;
export const MAX_IMPORT_ROWS = 10_000_000;
/** A full chunk of long Vietnamese names stays well under this. */
export const CHUNK_BODY_LIMIT = 16 * 1024 * 1024;
/** Problems kept in a validation summary (counts stay exact). */
export const MAX_SUMMARY_PROBLEMS = 1000;

export const IMPORT_STATUSES = ['uploading', 'staged', 'published', 'retracted', 'discarded'] as const;
export const ImportStatusSchema = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ImportStatusSchema>;

const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => z.string().max(max).nullable();
/**
 * A time as `isoDateTime` writes it: `2025-03-14T08:30:00+07:00`, Vietnam wall clock. Its
 * meaning is checked by the core's date rules, like a cell of the original file.
 */
const timeText = z.string().max(40);

/**
 * One dossier as parsed and validated by the core in the browser (`canonicalRowOf`). Only these
 * fields are kept; anything else (personal data has no place here) is dropped unread. Emptiness,
 * dates and their order are not checked by this schema but row by row by the core's rules, which
 * reject a bad row and keep the rest.
 */
// z.object, not strictObject: with millions of rows, zod's fast path for plain objects matters.
export const CanonicalRowSchema = z.object({
  code: text(200),
  unit: text(300),
  receivingUnit: optionalText(300),
  sector: optionalText(300),
  procedureCode: optionalText(100),
  procedure: optionalText(1000),
  channel: z.enum(CHANNELS),
  status: z.enum(['pending', 'paused', 'finished', 'withdrawn']).nullable(),
  receivedAt: timeText,
  dueAt: timeText.nullable(),
  finishedAt: timeText.nullable(),
  returnedAt: timeText.nullable(),
  apologyAt: timeText.nullable(),
  newDueAt: timeText.nullable(),
  rating: z.enum(RATINGS).nullable(),
  hasApology: z.boolean(),
  sourceRow: z.number().int().positive().nullable(),
});
export type CanonicalRowInput = z.infer<typeof CanonicalRowSchema>;

const CountSchema = z.number().int().min(0);

/** What the browser's own ingest found, kept with the import for the record. */
export const ClientReportSchema = z.strictObject({
  rowsRead: CountSchema,
  accepted: CountSchema,
  rejected: CountSchema,
  excluded: CountSchema,
  warned: CountSchema,
});

export const LayoutSchema = z.strictObject({
  kind: z.enum(['csv', 'xlsx', 'html']).optional(),
  headers: z.array(text(300)).max(500).optional(),
  /** Canonical field → the header text it was read from, to name columns in problems. */
  mapping: z.record(text(40), text(300)).optional(),
});

export const FileNameSchema = z.string().trim().min(1, 'Thiếu tên tệp').max(255);
/** SHA-256 of the original file's bytes, computed by the sender. */
export const FileHashSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'fileHash phải là SHA-256 dạng 64 ký tự hex');

export const CreateImportRequestSchema = z.strictObject({
  fileName: FileNameSchema,
  fileHash: FileHashSchema,
  fileSize: z.number().int().min(0).optional(),
  sourceSystem: z.string().trim().min(1).max(100).optional(),
  /** Canonical rows that will be sent, over all chunks. */
  rowCount: z
    .number()
    .int()
    .min(1, 'Tệp không có dòng hợp lệ nào')
    .max(MAX_IMPORT_ROWS, `Tối đa ${MAX_IMPORT_ROWS} dòng mỗi lần nhập`),
  layout: LayoutSchema.optional(),
  clientReport: ClientReportSchema.optional(),
});
export type CreateImportRequest = z.input<typeof CreateImportRequestSchema>;

export const PROBLEM_CODES = [
  'missing_required',
  'unparsable_date',
  'finished_before_received',
  'finished_without_date',
  'unknown_status',
  'duplicate_code',
] as const;

export const ProblemSchema = z.object({
  file: z.string().nullable(),
  /** Row in the original file; null when the sender did not say. */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  code: z.enum(PROBLEM_CODES),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ProblemSchema>;

/** The server's own validation of the rows it received. */
export const ValidationSummarySchema = z.object({
  rowsReceived: CountSchema,
  /** Rows that passed the core's rules. */
  accepted: CountSchema,
  /** Rows left out by a validation error. */
  rejected: CountSchema,
  /** Accepted rows with a warning (unknown status). */
  warned: CountSchema,
  /** Accepted rows whose dossier code came again later in the import (the later row counts). */
  duplicates: CountSchema,
  /** Distinct dossiers the import holds. */
  dossiers: CountSchema,
  problemCounts: z.partialRecord(z.enum(PROBLEM_CODES), CountSchema),
  problems: z.array(ProblemSchema),
  problemsTruncated: z.boolean(),
});
export type ValidationSummary = z.infer<typeof ValidationSummarySchema>;

/** What publishing would do to the numbers of the import's period, computed when staging finished. */
export const PreviewSchema = z.object({
  /** The days the import's dossiers were received in. */
  period: DayRangeSchema,
  computedAt: z.string(),
  /** Total metrics of the period from the data published when the preview was computed. */
  before: MetricsSchema,
  /** The same with this import published. */
  after: MetricsSchema,
  /** Published dossiers this import would replace (same code). */
  supersedes: CountSchema,
  /** Its dossiers not published yet. */
  newDossiers: CountSchema,
});
export type ImportPreview = z.infer<typeof PreviewSchema>;

const at = z.string().nullable();
const by = z.string().nullable();

export const ImportSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  fileHash: z.string(),
  fileSize: z.number().int().nullable(),
  sourceSystem: z.string().nullable(),
  status: ImportStatusSchema,
  rowCount: z.number().int(),
  createdAt: z.string(),
  createdBy: by,
  stagedAt: at,
  publishedAt: at,
  publishedBy: by,
  retractedAt: at,
  retractedBy: by,
  retractReason: z.string().nullable(),
  discardedAt: at,
  /** Null with `discardedAt` set: the server discarded it, left unpublished too long (`import.expire`). */
  discardedBy: by,
  /** Days the import's dossiers were received in (known once staged). */
  period: DayRangeSchema.nullable(),
  /** Its latest dossier event (reception, result or return), ISO +07:00. */
  dataUntil: z.string().nullable(),
  /** Distinct dossiers stored (known once staged). */
  dossiers: z.number().int().nullable(),
  /** Published imports: how many of its dossiers the dashboards show now (the rest were superseded). */
  currentDossiers: z.number().int().nullable(),
  accepted: z.number().int().nullable(),
  rejected: z.number().int().nullable(),
  /** What the browser read from the file (rows read, rejected, excluded); null when it did not say. */
  clientReport: ClientReportSchema.nullable(),
});
export type ImportRecord = z.infer<typeof ImportSchema>;

export const ImportDetailSchema = ImportSchema.extend({
  layout: LayoutSchema.nullable(),
  upload: z.object({
    /** Chunk numbers received so far, ascending. */
    receivedChunks: z.array(z.number().int()),
    rowsReceived: CountSchema,
  }),
  summary: ValidationSummarySchema.nullable(),
  /** Null when staged outside the server (the CLI) or not staged yet. */
  preview: PreviewSchema.nullable(),
});
export type ImportDetail = z.infer<typeof ImportDetailSchema>;

export const ImportIdParamsSchema = z.object({
  id: z.coerce.number().int().positive('Mã lần nhập không hợp lệ'),
});

export const ChunkParamsSchema = z.object({
  id: z.coerce.number().int().positive('Mã lần nhập không hợp lệ'),
  n: z.coerce
    .number()
    .int()
    .min(0, 'Số thứ tự phần từ 0')
    .max(MAX_CHUNKS - 1, `Tối đa ${MAX_CHUNKS} phần`),
});

export const ChunkRequestSchema = z.strictObject({
  rows: z
    .array(CanonicalRowSchema)
    .min(1, 'Phần gửi lên không có dòng nào')
    .max(MAX_CHUNK_ROWS, `Tối đa ${MAX_CHUNK_ROWS} dòng mỗi phần`),
});
export type ChunkRequest = z.input<typeof ChunkRequestSchema>;

export const ChunkReceiptSchema = z.object({
  n: z.number().int(),
  rows: CountSchema,
  accepted: CountSchema,
  rejected: CountSchema,
  warned: CountSchema,
  /** The chunk had already arrived with the same rows: nothing was changed. */
  alreadyReceived: z.boolean(),
  rowsReceived: CountSchema,
  rowCount: CountSchema,
  /** This chunk's problems (capped). */
  problems: z.array(ProblemSchema),
});
export type ChunkReceipt = z.infer<typeof ChunkReceiptSchema>;

export const ImportListQuerySchema = z.object({
  status: ImportStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** Newest first. */
export const ImportListSchema = z.object({
  imports: z.array(ImportSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ImportList = z.infer<typeof ImportListSchema>;

export const RetractRequestSchema = z.strictObject({
  reason: z.string().trim().min(1, 'Nêu lý do thu hồi').max(1000),
});

export const importsApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/imports',
    query: ImportListQuerySchema,
    status: 200,
    response: ImportListSchema,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/imports',
    body: CreateImportRequestSchema,
    status: 201,
    response: ImportDetailSchema,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/imports/:id',
    params: ImportIdParamsSchema,
    status: 200,
    response: ImportDetailSchema,
  }),
  putChunk: endpoint({
    method: 'PUT',
    path: '/api/imports/:id/chunks/:n',
    params: ChunkParamsSchema,
    body: ChunkRequestSchema,
    status: 200,
    response: ChunkReceiptSchema,
  }),
  finish: endpoint({
    method: 'POST',
    path: '/api/imports/:id/finish',
    params: ImportIdParamsSchema,
    status: 200,
    response: ImportDetailSchema,
  }),
  publish: endpoint({
    method: 'POST',
    path: '/api/imports/:id/publish',
    params: ImportIdParamsSchema,
    status: 200,
    response: ImportDetailSchema,
  }),
  retract: endpoint({
    method: 'POST',
    path: '/api/imports/:id/retract',
    params: ImportIdParamsSchema,
    body: RetractRequestSchema,
    status: 200,
    response: ImportDetailSchema,
  }),
  discard: endpoint({
    method: 'DELETE',
    path: '/api/imports/:id',
    params: ImportIdParamsSchema,
    status: 200,
    response: ImportDetailSchema,
  }),
};
