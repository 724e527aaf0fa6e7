import type { Scorecard } from '../../domain/scorecard.ts';
import { decodeBytes } from '../decode.ts';
import { readRows, UnsupportedFileError } from '../read.ts';
import { type ByteSource, type FileKind, type RawRow, throwIfAborted } from '../types.ts';
import { detectJsonShape, type ScorecardJsonShape, scorecardsFromJson } from './json.ts';
import { readProblem, type ScorecardRowProblem } from './problems.ts';
import { type ScorecardFileResult, scorecardsFromRows } from './table.ts';

/** One file of official scorecards: a published table (CSV, .xlsx, HTML .xls) or a portal JSON. */
export interface ScorecardInput {
  name: string;
  source: ByteSource;
  totalBytes?: number;
}

export interface ReadScorecardsOptions {
  /** The scored period (`yyyy-MM`, `yyyy-Qn`, `yyyy`) for every file, over what each file says. */
  period?: string;
  /** An IndexVersion id, over what the layout or the period implies. */
  versionId?: string;
  /** Capture date (yyyy-MM-dd) for every file. */
  asOf?: string;
  signal?: AbortSignal;
}

export interface ScorecardFileReport {
  file: string;
  kind: FileKind | 'json' | null;
  /** For JSON: which portal response it is. */
  shape: ScorecardJsonShape | null;
  period: string | null;
  versionId: string | null;
  asOf: string | null;
  rowsRead: number;
  accepted: number;
  rejected: number;
}

export interface ScorecardReadResult {
  /** Accepted scorecards of all files, in file order then row order. */
  scorecards: Scorecard[];
  problems: ScorecardRowProblem[];
  files: ScorecardFileReport[];
}

/** Scorecard files are small (a few hundred units): each is read whole. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads official scorecards from published tables and saved portal responses. Tables go through the
 * dossier ingest's readers (encoding, CSV dialect, .xlsx, HTML table); JSON is recognised by its
 * first character. A file that cannot be read at all gives one error problem and no scorecards.
 */
export async function readScorecards(
  inputs: readonly ScorecardInput[],
  opts: ReadScorecardsOptions = {},
): Promise<ScorecardReadResult> {
  const out: ScorecardReadResult = { scorecards: [], problems: [], files: [] };
  for (const input of inputs) {
    throwIfAborted(opts.signal);
    const ctx = {
      file: input.name,
      period: opts.period ?? null,
      versionId: opts.versionId ?? null,
      asOf: opts.asOf ?? null,
    };
    let kind: ScorecardFileReport['kind'] = null;
    let shape: ScorecardJsonShape | null = null;
    let result: ScorecardFileResult;
    try {
      const bytes = await collect(input.source, opts.signal);
      if (looksLikeJson(bytes)) {
        kind = 'json';
        const value: unknown = JSON.parse(decodeBytes(bytes).replace(/^\uFEFF/, ''));
        shape = detectJsonShape(value);
        result = scorecardsFromJson(value, ctx);
      } else {
        const stream = readRows(once(bytes), { fileName: input.name, signal: opts.signal });
        const rows: RawRow[] = [];
        for await (const batch of stream.rows) rows.push(...batch);
        kind = await stream.kind;
        result = scorecardsFromRows(rows, ctx);
      }
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      const reason = e instanceof UnsupportedFileError || e instanceof SyntaxError ? e.message : String(e);
      out.problems.push(
        readProblem('unreadable_file', { file: input.name, row: null }, `Không đọc được tệp: ${reason}`),
      );
      out.files.push(fileReport(input.name, kind, shape, null));
      continue;
    }
    out.scorecards.push(...result.scorecards);
    out.problems.push(...result.problems);
    out.files.push(fileReport(input.name, kind, shape, result));
  }
  return out;
}

function fileReport(
  file: string,
  kind: ScorecardFileReport['kind'],
  shape: ScorecardJsonShape | null,
  r: ScorecardFileResult | null,
): ScorecardFileReport {
  return {
    file,
    kind,
    shape,
    period: r?.period ?? null,
    versionId: r?.versionId ?? null,
    asOf: r?.asOf ?? null,
    rowsRead: r?.rowsRead ?? 0,
    accepted: r?.accepted ?? 0,
    rejected: r?.rejected ?? 0,
  };
}

function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b; // { [
}

async function collect(source: ByteSource, signal: AbortSignal | undefined): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    throwIfAborted(signal);
    size += chunk.byteLength;
    if (size > MAX_BYTES) throw new UnsupportedFileError('Tệp bảng điểm quá lớn (trên 64 MB)');
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
