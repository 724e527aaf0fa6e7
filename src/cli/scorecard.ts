/**
 * `dunghan scorecard FILE… [--period 2026-10] [--version ID] [--as-of yyyy-MM-dd] [--format json|csv]`:
 * reads official QĐ 766 scorecards (published tables as CSV / .xlsx / HTML .xls, or the national
 * portal's JSON responses), validates them and prints them. Exit 0 when every file could be read
 * (rows with problems are reported, not fatal), 1 otherwise.
 *
 * JSON on stdout:
 *   {
 *     "files": [{ "file", "kind": "csv|xlsx|html|json", "shape": "ranking-analyze|service-results|
 *                 progress-tree"|null, "period", "versionId", "asOf", "rowsRead", "accepted", "rejected" }],
 *     "scorecards": [{ "source": "official", "versionId", "period", "unitCode", "unitName", "unitId",
 *                      "groups": { "CKMB": 11.46, … }, "total", "grade": "good|…", "gradeVi": "Tốt",
 *                      "coverage": "full|partial|total-only", "rank", "asOf", "file" }],
 *     "problems": [{ "file", "row", "column", "value", "code", "severity": "error|warning", "message" }]
 *   }
 * CSV: one row per scorecard (UTF-8 with BOM): file, period, versionId, unitCode, unitName, one column
 * per group code of the versions present, total, grade (Vietnamese), coverage, rank, asOf.
 */
import Papa from 'papaparse';
import { gradeBandById, INDEX_VERSIONS, indexVersionById, isScorePeriod } from '../domain/index766.ts';
import type { Scorecard } from '../domain/scorecard.ts';
import { type Coverage, coverageOf } from '../domain/scorecard-validate.ts';
import { parseIsoDate } from '../domain/time.ts';
import type { ScorecardRowProblem } from '../ingest/scorecard/problems.ts';
import { readScorecards, type ScorecardFileReport } from '../ingest/scorecard/read.ts';
import { parseArgs, UsageError } from './args.ts';
import { fileInput } from './node-source.ts';

export interface ScorecardDocument {
  files: ScorecardFileReport[];
  scorecards: (Scorecard & { gradeVi: string; coverage: Coverage; file: string })[];
  problems: ScorecardRowProblem[];
}

export async function scorecardCommand(argv: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, new Set(['period', 'format', 'version', 'as-of']));
  if (positional.length === 0) throw new UsageError('scorecard needs at least one FILE');
  const format = options.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new UsageError(`--format must be json or csv, not "${format}"`);
  const period = stringOption(options.get('period'));
  if (period !== undefined && !isScorePeriod(period))
    throw new UsageError(`--period must be yyyy-MM, yyyy-Qn or yyyy, not "${period}"`);
  const versionId = stringOption(options.get('version'));
  if (versionId !== undefined && !indexVersionById(versionId))
    throw new UsageError(`--version must be one of ${INDEX_VERSIONS.map((v) => v.id).join(', ')}`);
  const asOf = stringOption(options.get('as-of'));
  if (asOf !== undefined && parseIsoDate(asOf) === null)
    throw new UsageError('--as-of must be a date YYYY-MM-DD');

  const inputs = await Promise.all(positional.map(fileInput));
  const result = await readScorecards(inputs, {
    ...(period !== undefined ? { period } : {}),
    ...(versionId !== undefined ? { versionId } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
  });
  const doc = scorecardDocument(result.files, result.scorecards, result.problems);
  for (const f of doc.files) {
    process.stderr.write(
      `${f.file}: ${f.kind ?? '?'}${f.shape ? ` (${f.shape})` : ''}, period ${f.period ?? '?'}, ${f.versionId ?? '?'}, ${f.accepted} accepted, ${f.rejected} rejected\n`,
    );
  }
  process.stdout.write(format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : scorecardCsv(doc));
  const unreadable = result.problems.some(
    (p) => p.code === 'unreadable_file' || p.code === 'no_header' || p.code === 'no_period',
  );
  return unreadable ? 1 : 0;
}

function stringOption(value: string | true | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function scorecardDocument(
  files: ScorecardFileReport[],
  scorecards: readonly Scorecard[],
  problems: ScorecardRowProblem[],
): ScorecardDocument {
  // Scorecards come in file order: the file of each is the one whose accepted count covers it.
  const fileOf: string[] = files.flatMap((f) => new Array<string>(f.accepted).fill(f.file));
  return {
    files,
    scorecards: scorecards.map((card, i) => {
      const version = indexVersionById(card.versionId)!;
      return {
        ...card,
        gradeVi: gradeBandById(card.grade, version).labelVi,
        coverage: coverageOf(card, version),
        file: fileOf[i] ?? '',
      };
    }),
    problems,
  };
}

/** Cells a spreadsheet would run as a formula are prefixed with an apostrophe. */
function safeCell(value: string | number | null): string | number | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function scorecardCsv(doc: ScorecardDocument): string {
  const versions = [...new Set(doc.scorecards.map((c) => c.versionId))];
  const codes = [
    ...new Set(
      INDEX_VERSIONS.filter((v) => versions.includes(v.id)).flatMap((v) => v.groups.map((g) => g.code)),
    ),
  ];
  const rows = doc.scorecards.map((c) => {
    const row: Record<string, string | number | null> = {
      file: c.file,
      period: c.period,
      versionId: c.versionId,
      unitCode: c.unitCode,
      unitName: c.unitName,
    };
    for (const code of codes) row[code] = c.groups[code] ?? null;
    Object.assign(row, {
      total: c.total,
      grade: c.gradeVi,
      coverage: c.coverage,
      rank: c.rank,
      asOf: c.asOf,
    });
    for (const [k, v] of Object.entries(row)) row[k] = safeCell(v);
    return row;
  });
  const fields = [
    'file',
    'period',
    'versionId',
    'unitCode',
    'unitName',
    ...codes,
    'total',
    'grade',
    'coverage',
    'rank',
    'asOf',
  ];
  return `\uFEFF${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? null)) }, { newline: '\r\n' })}\r\n`;
}
