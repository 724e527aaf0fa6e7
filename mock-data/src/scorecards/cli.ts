import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_SCORECARD_OPTIONS,
  generateScorecardTables,
  type ScorecardGenerateOptions,
} from './generate-scorecards.ts';
import {
  SCORECARD_EXTENSIONS,
  SCORECARD_FORMATS,
  type ScorecardFormat,
  writeScorecardTable,
} from './write-scorecards.ts';

export const SCORECARD_USAGE = `Generates mock official QĐ 766 scorecards (one table per month) for the generator's units.

usage: node bin/run-ts.mjs mock-data/generate.ts --scorecards --out DIR [options]
       node bin/run-ts.mjs mock-data/generate.ts --scorecards --samples [--out DIR]

  --from yyyy-MM      first month (default ${DEFAULT_SCORECARD_OPTIONS.from})
  --to yyyy-MM        last month (default ${DEFAULT_SCORECARD_OPTIONS.to})
  --seed N            PRNG seed (default ${DEFAULT_SCORECARD_OPTIONS.seed})
  --formats L         csv,xlsx,html (default all three); files DIR/scorecards-yyyy-MM.{csv,xlsx,xls}
  --samples           the checked-in samples: scorecards-2026-03.{csv,xlsx,xls}, scorecards-2025-03.csv
`;

export interface ScorecardFileSpec {
  path: string;
  month: string;
  format: ScorecardFormat;
}

/** The checked-in samples: March 2026 (portal layout) in all three shapes, March 2025 (2022 layout) as CSV. */
export function scorecardSampleSpecs(directory: string): ScorecardFileSpec[] {
  return [
    ...SCORECARD_FORMATS.map((format) => ({
      path: join(directory, `scorecards-2026-03.${SCORECARD_EXTENSIONS[format]}`),
      month: '2026-03',
      format,
    })),
    { path: join(directory, 'scorecards-2025-03.csv'), month: '2025-03', format: 'csv' as const },
  ];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Writes the files; every month of the range is generated so that a seed gives the same table. */
export async function writeScorecardFiles(
  specs: readonly ScorecardFileSpec[],
  options: ScorecardGenerateOptions = DEFAULT_SCORECARD_OPTIONS,
): Promise<void> {
  const tables = new Map(generateScorecardTables(options).map((t) => [t.period, t]));
  for (const spec of specs) {
    const table = tables.get(spec.month);
    if (!table) throw new RangeError(`${spec.month} is outside ${options.from} … ${options.to}`);
    const bytes = await writeScorecardTable(spec.path, table, spec.format);
    console.log(
      `${spec.path}: ${table.scorecards.length} units, ${table.version.id}, ${bytes.toLocaleString('en')} bytes`,
    );
  }
}

export async function runScorecardCli(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      scorecards: { type: 'boolean' },
      samples: { type: 'boolean' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      seed: { type: 'string' },
      formats: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(SCORECARD_USAGE);
    return;
  }
  if (values.samples) {
    const dir = values.out ?? 'mock-data/samples';
    await mkdir(dir, { recursive: true });
    await writeScorecardFiles(scorecardSampleSpecs(dir));
    return;
  }
  if (values.out === undefined) throw new RangeError('--out DIR is required');
  const options: ScorecardGenerateOptions = {
    seed: values.seed === undefined ? DEFAULT_SCORECARD_OPTIONS.seed : Number(values.seed),
    from: values.from ?? DEFAULT_SCORECARD_OPTIONS.from,
    to: values.to ?? DEFAULT_SCORECARD_OPTIONS.to,
  };
  if (!Number.isInteger(options.seed) || options.seed < 0)
    throw new RangeError('--seed must be a whole number ≥ 0');
  if (!MONTH.test(options.from) || !MONTH.test(options.to) || options.to < options.from)
    throw new RangeError('--from and --to must be months yyyy-MM, --to not before --from');
  const formats = (values.formats ?? SCORECARD_FORMATS.join(',')).split(',').map((f) => f.trim());
  for (const f of formats) {
    if (!(SCORECARD_FORMATS as readonly string[]).includes(f))
      throw new RangeError(`--formats takes ${SCORECARD_FORMATS.join(', ')}; got "${f}"`);
  }
  await mkdir(values.out, { recursive: true });
  const specs = generateScorecardTables(options).flatMap((t) =>
    (formats as ScorecardFormat[]).map((format) => ({
      path: join(values.out!, `scorecards-${t.period}.${SCORECARD_EXTENSIONS[format]}`),
      month: t.period,
      format,
    })),
  );
  await writeScorecardFiles(specs, options);
}
