import { join } from 'node:path';
import type { ExportSpec } from './export-file.ts';
import type { GenerateOptions } from './types.ts';

const Q1_2025: GenerateOptions = { seed: 2025, rows: 2_600, from: '2025-01-01', to: '2025-03-31' };
const MARCH_2026: GenerateOptions = { seed: 202_603, rows: 2_000, from: '2026-03-01', to: '2026-03-31' };

/** The small checked-in exports in mock-data/samples/; regenerate with `generate.ts --samples`. */
export function sampleSpecs(directory: string): ExportSpec[] {
  return [
    {
      path: join(directory, 'export-2025-q1.csv'),
      format: 'csv',
      generate: Q1_2025,
      layout: { titles: true, totals: true },
      csv: { encoding: 'utf8-bom', delimiter: ',' },
    },
    {
      path: join(directory, 'export-2025-q1-semicolon-1258.csv'),
      format: 'csv',
      generate: Q1_2025,
      layout: { titles: true, totals: true },
      csv: { encoding: 'windows-1258', delimiter: ';' },
    },
    {
      path: join(directory, 'export-2025-q1.xlsx'),
      format: 'xlsx',
      generate: Q1_2025,
      layout: {
        titles: true,
        twoRowHeader: true,
        totals: true,
        dateFormats: { finishedAt: 'dd/MM/yyyy HH:mm', returnedAt: 'dd/MM/yyyy HH:mm' },
      },
      xlsx: { dateCells: ['receivedAt', 'dueAt'] },
    },
    {
      path: join(directory, 'export-2025-q1.xls'),
      format: 'html',
      generate: Q1_2025,
      // Without the applicant columns: with them the HTML markup would double the sample's size.
      layout: { titles: true, twoRowHeader: true, columnNumbers: true, totals: true, personal: false },
    },
    {
      path: join(directory, 'export-2026-03.csv'),
      format: 'csv',
      generate: MARCH_2026,
      layout: {
        apology: true,
        headers: 'alternative',
        dateFormats: { dueAt: 'dd/MM/yyyy', newDueAt: 'dd/MM/yyyy' },
      },
      csv: { encoding: 'utf8-bom', delimiter: ',' },
    },
  ];
}
