import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type FeedbackGenerateOptions, generateFeedback } from './generate-feedback.ts';
import {
  type FeedbackLayout,
  writeFeedbackCsv,
  writeFeedbackHtml,
  writeFeedbackXlsx,
} from './write-feedback.ts';

export const FEEDBACK_USAGE = `Generates a mock feedback (PAKN) export for the same units as the dossier exports.

usage: node bin/run-ts.mjs mock-data/generate.ts --feedback --out FILE [options]
       node bin/run-ts.mjs mock-data/generate.ts --feedback --samples [--out DIR]

  --rows N            feedback items (default 500)
  --seed N            PRNG seed (default 1)
  --from, --to        first and last day of receipt, yyyy-MM-dd (default 2024-01-01 … 2026-10-31)
  --as-of yyyy-MM-dd  day the export was taken (default --to)
  --no-flaws          no deliberately bad rows
  --titles, --totals  title rows above the header, a "Tổng cộng" row below the data
  --out FILE          .csv, .xlsx, or .xls/.html (HTML table)
`;

export interface FeedbackSpec {
  path: string;
  format: 'csv' | 'xlsx' | 'html';
  generate: FeedbackGenerateOptions;
  layout: FeedbackLayout;
}

const MARCH_2026: FeedbackGenerateOptions = { seed: 2603, rows: 120, from: '2026-03-01', to: '2026-03-31' };

/** The feedback samples in mock-data/samples/, matching export-2026-03.csv's month. */
export function feedbackSampleSpecs(directory: string): FeedbackSpec[] {
  const layout: FeedbackLayout = { titles: true, totals: true, from: MARCH_2026.from, to: MARCH_2026.to };
  return [
    { path: join(directory, 'feedback-2026-03.csv'), format: 'csv', generate: MARCH_2026, layout },
    { path: join(directory, 'feedback-2026-03.xlsx'), format: 'xlsx', generate: MARCH_2026, layout },
    { path: join(directory, 'feedback-2026-03.xls'), format: 'html', generate: MARCH_2026, layout },
  ];
}

export async function writeFeedbackExport(
  spec: FeedbackSpec,
): Promise<{ path: string; dataRows: number; bytes: number }> {
  await mkdir(dirname(spec.path), { recursive: true });
  const rows = generateFeedback(spec.generate);
  if (spec.format === 'csv') return writeFeedbackCsv(spec.path, rows, spec.layout);
  if (spec.format === 'html') return writeFeedbackHtml(spec.path, rows, spec.layout);
  return writeFeedbackXlsx(spec.path, rows, spec.layout);
}

/** `generate.ts --feedback …`: returns the exit code. */
export async function feedbackCommand(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseFeedbackArgs>;
  try {
    parsed = parseFeedbackArgs(argv);
  } catch (e) {
    throw new RangeError((e as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    console.log(FEEDBACK_USAGE);
    return 0;
  }
  const specs: FeedbackSpec[] = [];
  if (values.samples) specs.push(...feedbackSampleSpecs(values.out ?? 'mock-data/samples'));
  else {
    if (values.out === undefined) throw new RangeError('--out FILE is required');
    const lower = values.out.toLowerCase();
    const format = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xlsx') ? 'xlsx' : 'html';
    const from = values.from ?? '2024-01-01';
    const to = values.to ?? '2026-10-31';
    const count = (text: string | undefined, fallback: number) => {
      const n = text === undefined ? fallback : Number(text.replace(/[_,]/g, ''));
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a whole number ≥ 0: ${text}`);
      return n;
    };
    specs.push({
      path: values.out,
      format,
      generate: {
        seed: count(values.seed, 1),
        rows: count(values.rows, 500),
        from,
        to,
        ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
        flaws: !values['no-flaws'],
      },
      layout: { titles: values.titles ?? false, totals: values.totals ?? false, from, to },
    });
  }
  for (const spec of specs) {
    const summary = await writeFeedbackExport(spec);
    console.log(
      `${summary.path}: ${summary.dataRows.toLocaleString('en')} rows, ${summary.bytes.toLocaleString('en')} bytes`,
    );
  }
  return 0;
}

function parseFeedbackArgs(argv: readonly string[]) {
  return parseArgs({
    args: argv.filter((a) => a !== '--feedback'),
    strict: true,
    options: {
      rows: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
      'no-flaws': { type: 'boolean' },
      titles: { type: 'boolean' },
      totals: { type: 'boolean' },
      out: { type: 'string' },
      samples: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
