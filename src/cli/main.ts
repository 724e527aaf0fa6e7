import { dayRangePeriod, type Period } from '../domain/period.ts';
import { parseIsoDate } from '../domain/time.ts';
import { createUnitResolver } from '../domain/units.ts';
import { ingestFiles } from '../ingest/pipeline.ts';
import { IngestCancelledError } from '../ingest/types.ts';
import { parseArgs, UsageError } from './args.ts';
import { runDemo } from './demo.ts';
import { fileInput } from './node-source.ts';
import { loadRegistry } from './registry.ts';
import { buildReport, reportCsv } from './report.ts';

const USAGE = `Usage:
  dunghan report FILE... [--from YYYY-MM-DD --to YYYY-MM-DD] [--format json|csv] [--registry units.json]
  dunghan demo
  dunghan serve                      (env: PORT 8080, HOST 127.0.0.1, DATA_DIR ./data)
  dunghan user add NAME --role viewer|uploader|admin [--display-name "Họ tên"] [--password-stdin]
  dunghan user list [--json] | set-role NAME ROLE | reset-password NAME [--password-stdin] | remove NAME
  dunghan import FILE... [--source NAME] [--publish]   (stage, and publish, into DATA_DIR)
  dunghan target --month YYYY-MM --dossiers FILE... [--scorecard FILE...] [--feedback FILE...]
                 [--as-of YYYY-MM-DD] [--registry units.json] [--format json]
  dunghan scorecard FILE... [--period yyyy-MM|yyyy-Qn|yyyy] [--version ID] [--as-of YYYY-MM-DD] [--format json|csv]
                                     (official QĐ 766 scorecards: tables or portal JSON, validated)
Files: dossier exports as CSV, .xlsx or HTML-table .xls. Several files are merged; a dossier
code seen again counts once, from the file given last. --to is inclusive. Without --from/--to
the period runs from the earliest to the latest reception date in the files.`;

/** Entry point: returns the exit code. JSON/CSV goes to stdout, diagnostics to stderr. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'report':
        return await report(rest);
      case 'demo':
        return await runDemo();
      case 'serve':
        return await (await import('../server/start.ts')).serve(rest);
      case 'user':
        return await (await import('./user.ts')).userCommand(rest);
      case 'import':
        return await (await import('./import.ts')).importCommand(rest);
      case 'target':
        return await (await import('./target.ts')).targetCommand(rest);
      case 'scorecard':
        return await (await import('./scorecard.ts')).scorecardCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`dunghan: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof IngestCancelledError) return 130;
    process.stderr.write(`dunghan: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

async function report(argv: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, new Set(['from', 'to', 'format', 'registry']));
  if (positional.length === 0) throw new UsageError('report needs at least one FILE');
  const format = options.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new UsageError(`--format must be json or csv, not "${format}"`);
  const from = optionalDate(options.get('from'), 'from');
  const to = optionalDate(options.get('to'), 'to');
  if ((from === null) !== (to === null)) throw new UsageError('give both --from and --to, or neither');
  if (from !== null && to !== null && to < from) throw new UsageError('--to is before --from');

  const registry = options.has('registry') ? await loadRegistry(String(options.get('registry'))) : undefined;
  const inputs = await Promise.all(positional.map(fileInput));
  const { table, report: validation } = await ingestFiles(inputs);
  for (const f of validation.files) {
    process.stderr.write(
      `${f.file}: ${f.kind}, ${f.rowsRead} rows, ${f.accepted} accepted, ${f.rejected} rejected, ${f.excluded} excluded, ${f.warned} with warnings\n`,
    );
  }
  const period = from !== null && to !== null ? dayRangePeriod(from, to) : dataPeriod(validation.dateRange);
  const doc = buildReport(table, validation, period, createUnitResolver(registry));
  process.stdout.write(format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : reportCsv(doc));
  return 0;
}

function optionalDate(value: string | true | undefined, name: string): number | null {
  if (value === undefined) return null;
  const t = typeof value === 'string' ? parseIsoDate(value) : null;
  if (t === null) throw new UsageError(`--${name} must be a date YYYY-MM-DD, not "${String(value)}"`);
  return t;
}

function dataPeriod(range: { from: number; to: number } | null): Period {
  if (range === null)
    throw new Error('no dossier could be read from the files, so there is no period to report');
  return dayRangePeriod(range.from - (range.from % 86_400_000), range.to - (range.to % 86_400_000));
}
