import type { Feedback } from '../../domain/feedback.ts';
import type { WallTime } from '../../domain/time.ts';
import { isTotalsRow } from '../header.ts';
import { readRows } from '../read.ts';
import { type ByteSource, type FileKind, type RawRow, throwIfAborted } from '../types.ts';
import type { FeedbackField } from './fields.ts';
import { detectFeedbackHeader, type FeedbackHeader, guessFeedbackHeader } from './header.ts';
import { type ExplicitFeedbackMapping, suggestFeedbackMapping } from './mapping.ts';
import { normalizeFeedbackRow } from './normalize.ts';
import {
  FEEDBACK_PROBLEM_SEVERITY,
  type FeedbackProblem,
  type FeedbackProblemCode,
  feedbackProblemMessage,
} from './problems.ts';

export interface FeedbackInput {
  name: string;
  source: ByteSource;
  totalBytes?: number;
  /** Columns confirmed by staff: field → column index or header text. */
  mapping?: ExplicitFeedbackMapping;
}

export interface FeedbackFileReport {
  file: string;
  kind: FileKind;
  headers: string[];
  headerRows: number[];
  mapping: Partial<Record<FeedbackField, number>>;
  rowsRead: number;
  accepted: number;
  rejected: number;
  warned: number;
}

export interface FeedbackValidationReport {
  /** Data rows below the header (blank and totals rows not counted). */
  rowsRead: number;
  accepted: number;
  /** Rows left out by a validation error. */
  rejected: number;
  warned: number;
  /** Distinct items after de-duplication by code. */
  items: number;
  problemCounts: Partial<Record<FeedbackProblemCode, number>>;
  problems: FeedbackProblem[];
  problemsTruncated: boolean;
  dateRange: { from: WallTime; to: WallTime } | null;
  files: FeedbackFileReport[];
}

export class FeedbackMappingError extends Error {
  constructor(
    readonly file: string,
    readonly missing: FeedbackField[],
    readonly headers: string[],
  ) {
    super(
      `Tệp phản ánh "${file}": không nhận ra cột bắt buộc (${missing.join(', ')}). ` +
        `Các cột tìm thấy: ${headers.filter((h) => h !== '').join(' | ') || '(không có)'}`,
    );
    this.name = 'FeedbackMappingError';
  }
}

const HEADER_ROWS_NEEDED = 60;
const DEFAULT_MAX_PROBLEMS = 100_000;

/**
 * Feedback (PAKN) export files → validated items plus the per-row report, through the dossier
 * ingest's readers (CSV in any encoding and delimiter, .xlsx, HTML-table .xls). A code seen again
 * (later file, then later row) replaces the earlier item with a warning, as for dossiers.
 * Feedback exports are small (thousands of rows a year), so items are kept as objects.
 */
export async function ingestFeedbackFiles(
  inputs: readonly FeedbackInput[],
  options: { signal?: AbortSignal; maxProblems?: number } = {},
): Promise<{ items: Feedback[]; report: FeedbackValidationReport }> {
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  const report: FeedbackValidationReport = {
    rowsRead: 0,
    accepted: 0,
    rejected: 0,
    warned: 0,
    items: 0,
    problemCounts: {},
    problems: [],
    problemsTruncated: false,
    dateRange: null,
    files: [],
  };
  const addProblem = (p: FeedbackProblem) => {
    report.problemCounts[p.code] = (report.problemCounts[p.code] ?? 0) + 1;
    if (report.problems.length < maxProblems) report.problems.push(p);
    else report.problemsTruncated = true;
  };
  const items: Feedback[] = [];
  const slotByCode = new Map<string, { slot: number; file: string; row: number }>();

  for (const input of inputs) {
    const file = input.name;
    const reader = readRows(input.source, {
      fileName: file,
      ...(input.totalBytes !== undefined ? { totalBytes: input.totalBytes } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let header: FeedbackHeader | null = null;
    let fileReport: FeedbackFileReport | null = null;
    const pending: RawRow[] = [];

    const consume = (rows: readonly RawRow[]) => {
      const fr = fileReport!;
      const h = header!;
      for (const raw of rows) {
        if (isTotalsRow(raw.cells)) continue;
        const outcome = normalizeFeedbackRow(raw, { file, headers: h.headers, mapping: h.mapping.mapping });
        if (outcome.kind === 'blank') continue;
        fr.rowsRead++;
        report.rowsRead++;
        if (outcome.kind === 'rejected') {
          fr.rejected++;
          report.rejected++;
          for (const p of outcome.problems) addProblem(p);
          continue;
        }
        fr.accepted++;
        report.accepted++;
        const { item } = outcome;
        const warnings = [...outcome.warnings];
        const earlier = slotByCode.get(item.code);
        if (earlier) {
          items[earlier.slot] = item;
          const where = earlier.file === file ? String(earlier.row) : `${earlier.row} (tệp ${earlier.file})`;
          warnings.push({
            file,
            row: raw.row,
            column: h.headers[h.mapping.mapping.code ?? -1] ?? null,
            value: item.code,
            code: 'duplicate_code',
            severity: FEEDBACK_PROBLEM_SEVERITY.duplicate_code,
            message: feedbackProblemMessage('duplicate_code', where),
          });
          slotByCode.set(item.code, { slot: earlier.slot, file, row: raw.row });
        } else {
          slotByCode.set(item.code, { slot: items.length, file, row: raw.row });
          items.push(item);
        }
        if (warnings.length > 0) {
          fr.warned++;
          report.warned++;
          for (const p of warnings) addProblem(p);
        }
        const range = report.dateRange;
        if (range === null) report.dateRange = { from: item.receivedAt, to: item.receivedAt };
        else {
          if (item.receivedAt < range.from) range.from = item.receivedAt;
          if (item.receivedAt > range.to) range.to = item.receivedAt;
        }
      }
    };

    const start = (rows: RawRow[]) => {
      header = detectFeedbackHeader(rows) ?? guessFeedbackHeader(rows);
      if (input.mapping) {
        const headers = header?.headers ?? rows[0]?.cells.map(String) ?? [];
        header = {
          headerRows: header?.headerRows ?? [],
          headers,
          dataStartIndex: header?.dataStartIndex ?? 1,
          mapping: suggestFeedbackMapping(headers, input.mapping),
        };
      }
      if (header === null || header.mapping.missingRequired.length > 0) {
        const headers = header?.headers ?? rows[0]?.cells.map(String) ?? [];
        throw new FeedbackMappingError(
          file,
          header?.mapping.missingRequired ?? suggestFeedbackMapping(headers).missingRequired,
          headers,
        );
      }
      fileReport = {
        file,
        kind: 'csv',
        headers: header.headers,
        headerRows: header.headerRows,
        mapping: header.mapping.mapping,
        rowsRead: 0,
        accepted: 0,
        rejected: 0,
        warned: 0,
      };
      consume(rows.slice(header.dataStartIndex));
    };

    for await (const batch of reader.rows) {
      throwIfAborted(options.signal);
      if (header === null) {
        pending.push(...batch);
        if (pending.length >= HEADER_ROWS_NEEDED) start(pending.splice(0));
      } else consume(batch);
    }
    if (header === null) start(pending.splice(0));
    const done = fileReport as FeedbackFileReport | null;
    if (done === null) throw new FeedbackMappingError(file, ['code', 'unit', 'receivedAt'], []);
    done.kind = await reader.kind;
    report.files.push(done);
  }
  report.items = items.length;
  return { items, report };
}
