import type { Feedback } from '../../../../domain/feedback.ts';
import { FeedbackMappingError, ingestFeedbackFiles } from '../../../../ingest/feedback/ingest.ts';
import {
  type ExplicitFeedbackMapping,
  type FeedbackMappingResult,
  suggestFeedbackMapping,
} from '../../../../ingest/feedback/mapping.ts';
import { readRows } from '../../../../ingest/read.ts';
import { detectScorecardHeader } from '../../../../ingest/scorecard/columns.ts';
import { readScorecards } from '../../../../ingest/scorecard/read.ts';
import { IngestCancelledError, type RawRow } from '../../../../ingest/types.ts';
import { cellText } from '../../../../ingest/values.ts';
import { blobSource } from '../../upload/worker/byte-source.ts';
import type { FromWorker } from '../../upload/worker/protocol.ts';
import { feedbackPreview, mergeFeedback } from '../lib/feedback-preview.ts';
import { coverageCounts, scorecardPreview } from '../lib/scorecard-preview.ts';
import type { FeedbackFileSummary, Index766StartMessage, ScorecardFileSummary } from './protocol.ts';

/**
 * Reads scorecard or feedback files in the ingest worker, one file at a time so that each keeps its
 * own cards / items (each file is published as its own set). Files are small: progress is per file.
 */
export async function runIndex766(
  message: Index766StartMessage,
  signal: AbortSignal,
  post: (m: FromWorker) => void,
): Promise<void> {
  const { jobId, files } = message;
  const started = performance.now();
  let current: string | null = null;
  let rowsRead = 0;
  const progress = (fileIndex: number, file: File, done: boolean) =>
    post({
      type: 'progress',
      jobId,
      progress: {
        phase: 'rows',
        file: file.name,
        fileIndex,
        fileCount: files.length,
        bytesRead: done ? file.size : 0,
        totalBytes: file.size,
        rowsRead,
      },
    });
  try {
    if (message.kind === 'scorecards') {
      const out: ScorecardFileSummary[] = [];
      for (const [i, file] of files.entries()) {
        current = file.name;
        progress(i, file, false);
        const period = message.periods[i] ?? null;
        const read = await readScorecards(
          [{ name: file.name, source: blobSource(file), totalBytes: file.size }],
          {
            signal,
            ...(period ? { period } : {}),
          },
        );
        const report = read.files[0]!;
        rowsRead += report.rowsRead;
        const units =
          report.kind === 'json' || report.kind === null || read.problems.length === 0
            ? {}
            : await unitNamesByRow(file, signal);
        out.push({
          file: file.name,
          sizeBytes: file.size,
          report,
          periodOverride: period,
          coverage: coverageCounts(read.scorecards),
          scorecards: read.scorecards,
          problems: read.problems,
          unitByRow: units,
          preview: scorecardPreview(read.scorecards),
        });
        progress(i, file, true);
      }
      post({
        type: 'index766-done',
        jobId,
        result: { kind: 'scorecards', files: out, elapsedMs: performance.now() - started },
      });
      return;
    }
    const out: FeedbackFileSummary[] = [];
    for (const [i, file] of files.entries()) {
      current = file.name;
      progress(i, file, false);
      const explicit = message.mappings[i] ?? null;
      out.push(await readFeedbackFile(file, explicit, signal));
      rowsRead += out[out.length - 1]!.rowsRead;
      progress(i, file, true);
    }
    const items: Feedback[] = mergeFeedback(out.map((f) => f.items));
    post({
      type: 'index766-done',
      jobId,
      result: {
        kind: 'feedback',
        files: out,
        preview: feedbackPreview(items),
        elapsedMs: performance.now() - started,
      },
    });
  } catch (e) {
    if (e instanceof IngestCancelledError || signal.aborted) {
      post({ type: 'cancelled', jobId });
      return;
    }
    post({ type: 'failed', jobId, file: current, message: e instanceof Error ? e.message : String(e) });
  }
}

function suggestion(headers: string[], explicit: ExplicitFeedbackMapping | null): FeedbackMappingResult {
  try {
    return suggestFeedbackMapping(headers, explicit ?? {});
  } catch {
    return suggestFeedbackMapping(headers);
  }
}

async function readFeedbackFile(
  file: File,
  explicit: ExplicitFeedbackMapping | null,
  signal: AbortSignal,
): Promise<FeedbackFileSummary> {
  const base = {
    file: file.name,
    sizeBytes: file.size,
    mappingSource: explicit ? ('explicit' as const) : ('suggested' as const),
  };
  try {
    const { items, report } = await ingestFeedbackFiles(
      [
        {
          name: file.name,
          source: blobSource(file),
          totalBytes: file.size,
          ...(explicit ? { mapping: explicit } : {}),
        },
      ],
      { signal },
    );
    const fr = report.files[0]!;
    return {
      ...base,
      kind: fr.kind,
      headers: fr.headers,
      headerRows: fr.headerRows,
      mapping: fr.mapping,
      confidence: suggestion(fr.headers, explicit).confidence,
      missing: [],
      rowsRead: fr.rowsRead,
      accepted: fr.accepted,
      rejected: fr.rejected,
      warned: fr.warned,
      items,
      problems: report.problems,
    };
  } catch (e) {
    if (!(e instanceof FeedbackMappingError) || signal.aborted) throw e;
    const suggested = suggestion(e.headers, explicit);
    return {
      ...base,
      kind: null,
      headers: e.headers,
      headerRows: [],
      mapping: suggested.mapping,
      confidence: suggested.confidence,
      missing: e.missing,
      rowsRead: 0,
      accepted: 0,
      rejected: 0,
      warned: 0,
      items: [],
      problems: [],
    };
  }
}

/**
 * The unit name of each data row of a scorecard table, so the problems table can say which unit a
 * rejected row is (the reader reports row numbers only). Scorecard files are small: read again.
 */
async function unitNamesByRow(file: File, signal: AbortSignal): Promise<Record<number, string>> {
  const stream = readRows(blobSource(file), { fileName: file.name, totalBytes: file.size, signal });
  const rows: RawRow[] = [];
  for await (const batch of stream.rows) rows.push(...batch);
  const header = detectScorecardHeader(rows);
  const column = header?.columns.unitName;
  if (!header || column === undefined) return {};
  const out: Record<number, string> = {};
  for (const raw of rows.slice(header.dataStartIndex)) {
    const name = cellText(raw.cells[column] ?? '');
    if (name !== '') out[raw.row] = name;
  }
  return out;
}
