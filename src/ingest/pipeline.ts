import { detached } from '../domain/strings.ts';
import { type DossierTable, DossierTableBuilder } from '../domain/table.ts';
import type { WallTime } from '../domain/time.ts';
import type { DossierField } from './fields.ts';
import { detectHeader, guessHeader, isBlankRow, isTotalsRow } from './header.ts';
import { type ExplicitMapping, type MappingResult, suggestMapping, withExplicitMapping } from './mapping.ts';
import { normalizeRow, problemMessage } from './normalize.ts';
import { PROBLEM_SEVERITY, type Problem } from './problems.ts';
import { readRows } from './read.ts';
import { type ByteSource, type FileKind, type RawRow, type ReadProgress, throwIfAborted } from './types.ts';

/** One file to ingest. Several are merged: a code seen again, later, replaces the earlier row. */
export interface IngestInput {
  name: string;
  source: ByteSource;
  totalBytes?: number;
  /** Column mapping confirmed by staff: field → column index or header text. Overrides the guess. */
  mapping?: ExplicitMapping;
}

export interface IngestProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  bytesRead: number;
  totalBytes: number | null;
  rowsRead: number;
}

export interface IngestOptions {
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
  /** Keep at most this many problems in the report (counts stay exact). */
  maxProblems?: number;
}

export interface FileReport {
  file: string;
  kind: FileKind;
  headers: string[];
  headerRows: number[];
  mapping: MappingResult;
  /** Header texts of the personal-data columns that were dropped unread. */
  personalColumnsDropped: string[];
  rowsRead: number;
  accepted: number;
  rejected: number;
  excluded: number;
  warned: number;
}

export interface ValidationReport {
  /** Data rows read below the header (blank, title and totals rows not counted). */
  rowsRead: number;
  /** Rows that became a dossier (a duplicate code's earlier row included: it is replaced, not rejected). */
  accepted: number;
  /** Rows left out by a validation error. */
  rejected: number;
  /** Rows with an excluded status (not yet accepted, refused, cancelled): not counted, not rejected. */
  excluded: number;
  /** Rows kept with at least one warning. */
  warned: number;
  /** Distinct dossiers after de-duplication. */
  dossiers: number;
  problemCounts: Partial<Record<Problem['code'], number>>;
  problems: Problem[];
  problemsTruncated: boolean;
  /** Earliest and latest receivedAt of the accepted rows. */
  dateRange: { from: WallTime; to: WallTime } | null;
  /** Distinct unit names as spelled in the files. */
  unitNames: number;
  files: FileReport[];
}

export interface IngestResult {
  table: DossierTable;
  report: ValidationReport;
}

/** Rows examined to find the header (title rows sit above it). */
const HEADER_SCAN_ROWS = 60;
const DEFAULT_MAX_PROBLEMS = 100_000;
const RESERVE_SAMPLE_ROWS = 20_000;
const RESERVE_MARGIN = 1.03;

export class MappingIncompleteError extends Error {
  constructor(
    readonly file: string,
    readonly missing: DossierField[],
    readonly headers: string[],
  ) {
    super(
      `Tệp "${file}": không nhận ra cột bắt buộc (${missing.join(', ')}). ` +
        `Các cột tìm thấy: ${headers.filter((h) => h !== '').join(' | ') || '(không có)'}`,
    );
    this.name = 'MappingIncompleteError';
  }
}

/**
 * File bytes → validated, de-duplicated dossier table plus the per-row validation report.
 * The same path serves the browser worker, the server and the CLI.
 */
export async function ingestFiles(
  inputs: readonly IngestInput[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const builder = new DossierTableBuilder(1 << 14);
  const provenance = new Provenance();
  const report = emptyReport();
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  const addProblem = (p: Problem) => {
    report.problemCounts[p.code] = (report.problemCounts[p.code] ?? 0) + 1;
    if (report.problems.length < maxProblems) {
      // Kept until the report is done: copy the texts so they do not pin their input chunk.
      report.problems.push({
        ...p,
        value: p.value === null ? null : detached(p.value),
        message: detached(p.message),
      });
    } else report.problemsTruncated = true;
  };

  for (const [fileIndex, input] of inputs.entries()) {
    const fileReport = await ingestOne(
      input,
      fileIndex,
      inputs.length,
      builder,
      provenance,
      report,
      addProblem,
      options,
    );
    report.files.push(fileReport);
  }
  const table = builder.build();
  report.dossiers = table.length;
  report.unitNames = table.units.size - 1;
  return { table, report };
}

async function ingestOne(
  input: IngestInput,
  fileIndex: number,
  fileCount: number,
  builder: DossierTableBuilder,
  provenance: Provenance,
  report: ValidationReport,
  addProblem: (p: Problem) => void,
  options: IngestOptions,
): Promise<FileReport> {
  const { signal } = options;
  const file = input.name;
  // Once a sample of the file is read, size the table for the whole of it: one growth, little
  // spare capacity (a province-year of 6M dossiers must load under 1 GB).
  let reserved = false;
  const startRows = builder.length;
  const startCodeBytes = builder.codeBytes;
  const reserveFromProgress = (p: ReadProgress) => {
    if (reserved || p.totalBytes === null || p.rowsRead < RESERVE_SAMPLE_ROWS || p.bytesRead === 0) return;
    reserved = true;
    const share = p.totalBytes / p.bytesRead;
    const added = builder.length - startRows;
    builder.reserve(
      Math.ceil(startRows + added * share * RESERVE_MARGIN),
      Math.ceil(startCodeBytes + (builder.codeBytes - startCodeBytes) * share * RESERVE_MARGIN),
    );
  };
  const reader = readRows(input.source, {
    fileName: file,
    ...(input.totalBytes !== undefined ? { totalBytes: input.totalBytes } : {}),
    ...(signal ? { signal } : {}),
    onProgress: (p) => {
      reserveFromProgress(p);
      options.onProgress?.({ file, fileIndex, fileCount, ...p });
    },
  });

  let fileReport: FileReport | null = null;
  let context: { headers: string[]; mapping: MappingResult } | null = null;
  const pending: RawRow[] = [];

  const consume = (rows: readonly RawRow[]) => {
    for (const raw of rows) {
      if (isBlankRow(raw.cells) || isTotalsRow(raw.cells)) continue;
      const fr = fileReport!;
      fr.rowsRead++;
      report.rowsRead++;
      const outcome = normalizeRow(raw, {
        file,
        headers: context!.headers,
        mapping: context!.mapping.mapping,
      });
      switch (outcome.kind) {
        case 'blank':
          fr.rowsRead--;
          report.rowsRead--;
          break;
        case 'excluded':
          fr.excluded++;
          report.excluded++;
          break;
        case 'rejected':
          fr.rejected++;
          report.rejected++;
          for (const p of outcome.problems) addProblem(p);
          break;
        case 'accepted': {
          fr.accepted++;
          report.accepted++;
          const d = outcome.dossier;
          const replaced = builder.add(d);
          let warned = outcome.warnings.length > 0;
          for (const p of outcome.warnings) addProblem(p);
          if (replaced >= 0) {
            warned = true;
            const earlier = provenance.describe(replaced, file);
            addProblem({
              file,
              row: raw.row,
              column: context!.headers[context!.mapping.mapping.code ?? -1] ?? null,
              value: d.code,
              code: 'duplicate_code',
              severity: PROBLEM_SEVERITY.duplicate_code,
              message: problemMessage('duplicate_code', earlier),
            });
          }
          provenance.record(replaced >= 0 ? replaced : builder.length - 1, fileIndex, file, raw.row);
          if (warned) {
            fr.warned++;
            report.warned++;
          }
          if (report.dateRange === null) report.dateRange = { from: d.receivedAt, to: d.receivedAt };
          else {
            if (d.receivedAt < report.dateRange.from) report.dateRange.from = d.receivedAt;
            if (d.receivedAt > report.dateRange.to) report.dateRange.to = d.receivedAt;
          }
          break;
        }
      }
    }
  };

  const start = (rows: RawRow[]) => {
    // With a mapping from staff, take the likeliest header even if it lacks recognisable names.
    const header = detectHeader(rows) ?? (input.mapping ? guessHeader(rows) : null);
    const headers = header?.headers ?? rows[0]?.cells.map(String) ?? [];
    const mapping = input.mapping ? withExplicitMapping(headers, input.mapping) : suggestMapping(headers);
    if (mapping.missingRequired.length > 0)
      throw new MappingIncompleteError(file, mapping.missingRequired, headers);
    context = { headers, mapping };
    fileReport = {
      file,
      kind: 'csv',
      headers,
      headerRows: header?.headerRows ?? [],
      mapping,
      personalColumnsDropped: mapping.personalColumns.map((c) => headers[c] ?? ''),
      rowsRead: 0,
      accepted: 0,
      rejected: 0,
      excluded: 0,
      warned: 0,
    };
    consume(rows.slice(header?.dataStartIndex ?? 1));
  };

  for await (const batch of reader.rows) {
    throwIfAborted(signal);
    if (context === null) {
      pending.push(...batch);
      if (pending.length >= HEADER_SCAN_ROWS) start(pending.splice(0));
    } else consume(batch);
  }
  if (context === null) start(pending.splice(0));
  fileReport!.kind = await reader.kind;
  return fileReport!;
}

/** Which file and row each table slot came from, for the duplicate-code message. */
class Provenance {
  private rows = new Int32Array(1 << 14);
  private files = new Uint16Array(1 << 14);
  private readonly names: string[] = [];

  record(slot: number, fileIndex: number, fileName: string, row: number): void {
    if (slot >= this.rows.length) {
      const rows = new Int32Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
      const files = new Uint16Array(this.files.length * 2);
      files.set(this.files);
      this.files = files;
    }
    this.names[fileIndex] = fileName;
    this.rows[slot] = row;
    this.files[slot] = fileIndex;
  }

  describe(slot: number, currentFile: string): { row: number; file: string | null } {
    const file = this.names[this.files[slot]!] ?? null;
    return { row: this.rows[slot]!, file: file === currentFile ? null : file };
  }
}

function emptyReport(): ValidationReport {
  return {
    rowsRead: 0,
    accepted: 0,
    rejected: 0,
    excluded: 0,
    warned: 0,
    dossiers: 0,
    problemCounts: {},
    problems: [],
    problemsTruncated: false,
    dateRange: null,
    unitNames: 0,
    files: [],
  };
}
