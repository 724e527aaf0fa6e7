import { generateDossiers } from './generate-dossiers.ts';
import { DEFAULT_LAYOUT, type ExportLayout } from './layout/sheet.ts';
import type { GenerateOptions } from './types.ts';
import { type CsvOptions, DEFAULT_CSV, writeCsv } from './writers/csv.ts';
import { writeHtmlTable } from './writers/html.ts';
import type { WriteSummary } from './writers/summary.ts';
import { DEFAULT_XLSX, writeXlsx, type XlsxOptions } from './writers/xlsx.ts';

export const FILE_FORMATS = ['csv', 'xlsx', 'html'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** One export file: which dossiers, how they are laid out, and in which file format. */
export interface ExportSpec {
  path: string;
  format: FileFormat;
  generate: GenerateOptions;
  layout?: Partial<ExportLayout>;
  csv?: Partial<CsvOptions>;
  xlsx?: Partial<XlsxOptions>;
}

export function formatOfPath(path: string): FileFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.xls') || lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return null;
}

export function layoutOf(spec: ExportSpec): ExportLayout {
  return { ...DEFAULT_LAYOUT, from: spec.generate.from, to: spec.generate.to, ...spec.layout };
}

export async function writeExport(spec: ExportSpec): Promise<WriteSummary> {
  const rows = generateDossiers(spec.generate);
  const layout = layoutOf(spec);
  switch (spec.format) {
    case 'csv':
      return writeCsv(spec.path, rows, layout, { ...DEFAULT_CSV, ...spec.csv });
    case 'html':
      return writeHtmlTable(spec.path, rows, layout);
    case 'xlsx':
      return writeXlsx(spec.path, rows, layout, { ...DEFAULT_XLSX, ...spec.xlsx });
  }
}
