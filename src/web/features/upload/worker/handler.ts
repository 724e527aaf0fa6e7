import { totalMetrics } from '../../../../domain/metrics.ts';
import { dayRangePeriod } from '../../../../domain/period.ts';
import { type DossierTable, dossierAt } from '../../../../domain/table.ts';
import { startOfDay } from '../../../../domain/time.ts';
import { type CanonicalRow, canonicalRowOf } from '../../../../ingest/canonical.ts';
import { detectFileKind } from '../../../../ingest/decode.ts';
import { detectHeader, HEADER_SCAN_ROWS, isBlankRow } from '../../../../ingest/header.ts';
import {
  type ExplicitMapping,
  layoutKey,
  suggestMapping,
  withExplicitMapping,
} from '../../../../ingest/mapping.ts';
import {
  type IngestInput,
  type IngestResult,
  ingestFiles,
  MappingIncompleteError,
} from '../../../../ingest/pipeline.ts';
import { readRows } from '../../../../ingest/read.ts';
import { type FileKind, IngestCancelledError, type RawRow } from '../../../../ingest/types.ts';
import { runIndex766 } from '../../index766-upload/worker/handler.ts';
import { blobSource } from './byte-source.ts';
import type {
  FileSummary,
  FromWorker,
  MappingSource,
  RowsMessage,
  StartMessage,
  ToWorker,
  UploadSummary,
  WorkerProgress,
} from './protocol.ts';

/** Problems kept for the page (counts stay exact); more would only slow the transfer. */
export const MAX_PROBLEMS = 50_000;
/** CSV/HTML heads are read from a slice this big to find the header without reading the whole file. */
const HEAD_SLICE_BYTES = 512 * 1024;
const SAMPLES_PER_COLUMN = 3;
const SAMPLE_MAX_LENGTH = 60;
const PROGRESS_INTERVAL_MS = 100;

interface FileHead {
  kind: FileKind;
  headers: string[];
  layoutKey: string;
  /** Data rows below the header among the first rows read. */
  dataRows: RawRow[];
}

/**
 * The worker's logic, kept apart from the `self` wiring so that tests can run it in-process.
 * One job at a time: a new start aborts the previous one.
 */
export function createIngestHandler(post: (message: FromWorker) => void): (message: ToWorker) => void {
  let current: { jobId: number; controller: AbortController } | null = null;
  /** The table of the last finished read, kept for publishing. */
  let finished: { jobId: number; table: DossierTable } | null = null;

  return (message) => {
    if (message.type === 'cancel') {
      if (current?.jobId === message.jobId) current.controller.abort();
      return;
    }
    if (message.type === 'rows') {
      post(rowsOf(finished, message));
      return;
    }
    current?.controller.abort();
    finished = null;
    const job = { jobId: message.jobId, controller: new AbortController() };
    current = job;
    const running =
      message.type === 'start-index766'
        ? runIndex766(message, job.controller.signal, post)
        : run(message, job.controller.signal, post, (table) => {
            if (current === job) finished = { jobId: job.jobId, table };
          });
    void running.finally(() => {
      if (current === job) current = null;
    });
  };
}

function rowsOf(finished: { jobId: number; table: DossierTable } | null, m: RowsMessage): FromWorker {
  if (!finished || finished.jobId !== m.jobId) {
    return {
      type: 'rows-failed',
      jobId: m.jobId,
      requestId: m.requestId,
      message: 'No finished read to take rows from.',
    };
  }
  const { table } = finished;
  const end = Math.min(table.length, m.offset + m.limit);
  const rows: CanonicalRow[] = [];
  for (let i = Math.max(0, m.offset); i < end; i++) rows.push(canonicalRowOf(dossierAt(table, i)));
  return { type: 'rows', jobId: m.jobId, requestId: m.requestId, rows, total: table.length };
}

async function run(
  message: StartMessage,
  signal: AbortSignal,
  post: (m: FromWorker) => void,
  keep: (table: DossierTable) => void,
): Promise<void> {
  const { jobId, files } = message;
  const started = performance.now();
  let lastProgress = 0;
  const progress = (p: WorkerProgress, force = false) => {
    const now = performance.now();
    if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    post({ type: 'progress', jobId, progress: p });
  };
  let currentFile: string | null = null;
  try {
    const heads: FileHead[] = [];
    const sources: MappingSource[] = [];
    const inputs: IngestInput[] = [];
    for (const [fileIndex, file] of files.entries()) {
      currentFile = file.name;
      progress(
        {
          phase: 'header',
          file: file.name,
          fileIndex,
          fileCount: files.length,
          bytesRead: 0,
          totalBytes: file.size,
          rowsRead: 0,
        },
        true,
      );
      const head = await readHead(file, signal);
      heads.push(head);
      const explicit = message.explicit[fileIndex] ?? null;
      const saved = message.saved[head.layoutKey] ?? null;
      const chosen = explicit ?? (saved && fitsHeaders(saved, head.headers) ? saved : null);
      sources.push(explicit ? 'explicit' : chosen ? 'saved' : 'suggested');
      inputs.push({
        name: file.name,
        source: blobSource(file),
        totalBytes: file.size,
        // withExplicitMapping takes null for "this file has no such column"; IngestInput's type does not say so.
        ...(chosen ? { mapping: chosen } : {}),
      });
    }
    currentFile = null;

    let result: IngestResult;
    try {
      result = await ingestFiles(inputs, {
        signal,
        maxProblems: MAX_PROBLEMS,
        onProgress: (p) => progress({ phase: 'rows', ...p }),
      });
    } catch (e) {
      if (e instanceof MappingIncompleteError) {
        const fileIndex = Math.max(
          0,
          files.findIndex((f) => f.name === e.file),
        );
        const head = heads[fileIndex]!;
        const explicit = inputs[fileIndex]?.mapping as ExplicitMapping | undefined;
        const suggestion = explicit ? safeExplicit(e.headers, explicit) : suggestMapping(e.headers);
        post({
          type: 'mapping-needed',
          jobId,
          needed: {
            fileIndex,
            file: e.file,
            kind: head.kind,
            layoutKey: layoutKey(e.headers),
            headers: e.headers,
            missing: e.missing,
            suggestion,
            samples: samplesOf(head.dataRows, e.headers.length, suggestion.personalColumns),
          },
        });
        return;
      }
      throw e;
    }
    const summary = summarize(result, files, heads, sources, performance.now() - started);
    keep(result.table);
    post({ type: 'done', jobId, summary });
  } catch (e) {
    if (e instanceof IngestCancelledError || signal.aborted) {
      post({ type: 'cancelled', jobId });
      return;
    }
    post({ type: 'failed', jobId, file: currentFile, message: e instanceof Error ? e.message : String(e) });
  }
}

function safeExplicit(headers: string[], explicit: ExplicitMapping) {
  try {
    return withExplicitMapping(headers, explicit);
  } catch {
    return suggestMapping(headers);
  }
}

/** A saved mapping still names columns this file has (same layout, so it should). */
function fitsHeaders(mapping: ExplicitMapping, headers: string[]): boolean {
  return Object.values(mapping).every(
    (c) => c === null || c === undefined || (typeof c === 'number' ? c >= 0 && c < headers.length : true),
  );
}

/** The header exactly as the pipeline will find it, and the first data rows, without reading the whole file. */
async function readHead(file: File, signal: AbortSignal): Promise<FileHead> {
  const sniff = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const kind = detectFileKind(sniff, file.name);
  // .xlsx needs the whole zip; the text kinds can be read from their first bytes.
  const blob = kind === 'xlsx' || file.size <= HEAD_SLICE_BYTES ? file : file.slice(0, HEAD_SLICE_BYTES);
  const stream = readRows(blobSource(blob), { fileName: file.name, totalBytes: blob.size, signal });
  const rows: RawRow[] = [];
  for await (const batch of stream.rows) {
    rows.push(...batch);
    if (rows.length >= HEADER_SCAN_ROWS + 20) break;
  }
  // A slice may end inside a row: never use its last row.
  if (blob !== file && rows.length > HEADER_SCAN_ROWS) rows.pop();
  const header = detectHeader(rows);
  const headers = header?.headers ?? rows[0]?.cells.map(String) ?? [];
  const dataRows = rows.slice(header?.dataStartIndex ?? 1).filter((r) => !isBlankRow(r.cells));
  return { kind: await stream.kind, headers, layoutKey: layoutKey(headers), dataRows };
}

function samplesOf(rows: RawRow[], width: number, personalColumns: readonly number[]): string[][] {
  const personal = new Set(personalColumns);
  const samples: string[][] = Array.from({ length: width }, () => []);
  for (let column = 0; column < width; column++) {
    if (personal.has(column)) continue;
    const seen = samples[column]!;
    for (const row of rows) {
      const cell = row.cells[column];
      const text = cell === undefined ? '' : String(cell).trim();
      if (text === '' || seen.includes(text)) continue;
      seen.push(text.length > SAMPLE_MAX_LENGTH ? `${text.slice(0, SAMPLE_MAX_LENGTH - 1)}…` : text);
      if (seen.length >= SAMPLES_PER_COLUMN) break;
    }
  }
  return samples;
}

/** What the page needs from the ingest: the report and the preview numbers, never the table. */
export function summarize(
  result: IngestResult,
  files: readonly File[],
  heads: readonly FileHead[],
  sources: readonly MappingSource[],
  elapsedMs: number,
): UploadSummary {
  const { report, table } = result;
  const fileSummaries: FileSummary[] = report.files.map((fr, i) => ({
    file: fr.file,
    kind: fr.kind,
    sizeBytes: files[i]?.size ?? 0,
    layoutKey: layoutKey(fr.headers),
    headers: fr.headers,
    headerRows: fr.headerRows,
    mapping: fr.mapping,
    mappingSource: sources[i] ?? 'suggested',
    personalColumnsDropped: fr.personalColumnsDropped,
    samples: samplesOf(heads[i]?.dataRows ?? [], fr.headers.length, fr.mapping.personalColumns),
    counts: {
      rowsRead: fr.rowsRead,
      accepted: fr.accepted,
      rejected: fr.rejected,
      excluded: fr.excluded,
      warned: fr.warned,
    },
  }));
  let preview: UploadSummary['preview'] = null;
  if (report.dateRange) {
    // The same period `dunghan report` uses without --from/--to: the whole days the files span.
    const firstDay = startOfDay(report.dateRange.from);
    const lastDay = startOfDay(report.dateRange.to);
    preview = { firstDay, lastDay, metrics: totalMetrics(table, dayRangePeriod(firstDay, lastDay)) };
  }
  return {
    files: fileSummaries,
    rowsRead: report.rowsRead,
    accepted: report.accepted,
    rejected: report.rejected,
    excluded: report.excluded,
    warned: report.warned,
    dossiers: report.dossiers,
    unitNames: report.unitNames,
    dateRange: report.dateRange,
    problemCounts: report.problemCounts,
    problems: report.problems,
    problemsTruncated: report.problemsTruncated,
    preview,
    elapsedMs,
  };
}
