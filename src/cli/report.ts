import Papa from 'papaparse';
import type { Metrics } from '../domain/metrics.ts';
import { totalMetrics } from '../domain/metrics.ts';
import type { Period } from '../domain/period.ts';
import type { DossierTable } from '../domain/table.ts';
import { isoDate, MS_PER_DAY } from '../domain/time.ts';
import { indexUnits, type UnitMetrics, unitMetrics } from '../domain/unit-metrics.ts';
import type { UnitResolver } from '../domain/units.ts';
import type { ValidationReport } from '../ingest/pipeline.ts';
import type { Problem } from '../ingest/problems.ts';

/** The `dunghan report` document: one JSON object on stdout. */
export interface ReportDocument {
  period: { from: string; to: string };
  total: Metrics;
  units: ({ unit: string; group: string; rank: number | null; rankChange: number | null } & Metrics)[];
  validation: {
    rowsRead: number;
    accepted: number;
    rejected: number;
    excluded: number;
    warnings: number;
    dossiers: number;
    problemCounts: ValidationReport['problemCounts'];
    problemsTruncated: boolean;
    problems: Problem[];
  };
}

export function buildReport(
  table: DossierTable,
  validation: ValidationReport,
  period: Period,
  resolver: UnitResolver,
): ReportDocument {
  const units = unitMetrics(table, period, indexUnits(table, resolver));
  return {
    period: { from: isoDate(period.from), to: isoDate(period.to - MS_PER_DAY) },
    total: totalMetrics(table, period),
    units: units.map(flattenUnit),
    validation: {
      rowsRead: validation.rowsRead,
      accepted: validation.accepted,
      rejected: validation.rejected,
      excluded: validation.excluded,
      warnings: validation.warned,
      dossiers: validation.dossiers,
      problemCounts: validation.problemCounts,
      problemsTruncated: validation.problemsTruncated,
      problems: validation.problems,
    },
  };
}

function flattenUnit(u: UnitMetrics): ReportDocument['units'][number] {
  return { unit: u.name, group: u.group, rank: u.rank, rankChange: u.rankChange, ...u.metrics };
}

/** Cells a spreadsheet would run as a formula are prefixed with an apostrophe. */
function safeCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The per-unit table as CSV (UTF-8 with BOM so Excel shows Vietnamese correctly). */
export function reportCsv(doc: ReportDocument): string {
  const rows = doc.units.map(({ ratings, ...rest }) => {
    const flat: Record<string, string | number | null> = {};
    for (const [k, v] of Object.entries(rest)) flat[k] = safeCell(v);
    for (const [k, v] of Object.entries(ratings)) flat[`ratings.${k}`] = v;
    return flat;
  });
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}
