import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseCli, USAGE, UsageError } from './src/cli-options.ts';
import { type ExportSpec, writeExport } from './src/export-file.ts';
import { feedbackCommand } from './src/feedback/cli.ts';
import { sampleSpecs } from './src/samples.ts';
import { runScorecardCli } from './src/scorecards/cli.ts';

async function run(spec: ExportSpec): Promise<void> {
  await mkdir(dirname(spec.path), { recursive: true });
  const started = performance.now();
  const summary = await writeExport(spec);
  const seconds = (performance.now() - started) / 1000;
  const mb = summary.bytes / 1_048_576;
  console.log(
    `${summary.path}: ${summary.dataRows.toLocaleString('en')} rows, ${mb.toFixed(1)} MB, ${seconds.toFixed(1)} s`,
  );
}

try {
  if (process.argv.includes('--feedback')) process.exitCode = await feedbackCommand(process.argv.slice(2));
  else if (process.argv.includes('--scorecards')) await runScorecardCli(process.argv.slice(2));
  else {
    const command = parseCli(process.argv.slice(2));
    if (command.kind === 'help') console.log(USAGE);
    else if (command.kind === 'samples') for (const spec of sampleSpecs(command.directory)) await run(spec);
    else await run(command.spec);
  }
} catch (e) {
  if (e instanceof UsageError || e instanceof RangeError) {
    console.error(`error: ${e.message}`);
    if (e instanceof UsageError) console.error('\nRun with --help for the options.');
    process.exitCode = 2;
  } else {
    throw e;
  }
}
