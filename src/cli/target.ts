import { type Estimate, provenanceLabel } from '../domain/estimate.ts';
import { type Feedback, handledLabel } from '../domain/feedback.ts';
import { roundPoints } from '../domain/index766.ts';
import { unitGap, type WhatItTakes } from '../domain/target.ts';
import { targetReport } from '../domain/target-report.ts';
import { MS_PER_DAY, parseIsoDate, startOfDay } from '../domain/time.ts';
import { indexUnits } from '../domain/unit-metrics.ts';
import { createUnitResolver, type UnitGroup, type UnitResolver } from '../domain/units.ts';
import { type FeedbackValidationReport, ingestFeedbackFiles } from '../ingest/feedback/ingest.ts';
import { ingestFiles, type ValidationReport } from '../ingest/pipeline.ts';
import { readScorecards, type ScorecardReadResult } from '../ingest/scorecard/read.ts';
import { UsageError } from './args.ts';
import { fileInput } from './node-source.ts';
import { loadRegistry } from './registry.ts';

const LISTS = new Set(['dossiers', 'scorecard', 'feedback']);
const SINGLE = new Set(['month', 'as-of', 'registry', 'format']);

interface TargetArgs {
  month: string;
  dossiers: string[];
  scorecards: string[];
  feedback: string[] | null;
  asOf: string | null;
  registry: string | null;
}

/** `--name a b c` takes every following argument up to the next option. */
export function parseTargetArgs(argv: readonly string[]): TargetArgs {
  const lists = new Map<string, string[]>();
  const single = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`target: unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (LISTS.has(name)) {
      const values = lists.get(name) ?? [];
      if (eq >= 0) values.push(arg.slice(eq + 1));
      else while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) values.push(argv[++i]!);
      if (values.length === 0) throw new UsageError(`--${name} needs at least one FILE`);
      lists.set(name, values);
    } else if (SINGLE.has(name)) {
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || value.startsWith('--'))
        throw new UsageError(`--${name} needs a value`);
      single.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  const month = single.get('month');
  if (month === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new UsageError('target needs --month YYYY-MM');
  }
  const format = single.get('format') ?? 'json';
  if (format !== 'json') throw new UsageError(`--format must be json, not "${format}"`);
  const dossiers = lists.get('dossiers') ?? [];
  if (dossiers.length === 0) throw new UsageError('target needs --dossiers FILE...');
  const asOf = single.get('as-of') ?? null;
  if (asOf !== null && parseIsoDate(asOf) === null)
    throw new UsageError(`--as-of must be YYYY-MM-DD, not "${asOf}"`);
  return {
    month,
    dossiers,
    scorecards: lists.get('scorecard') ?? [],
    feedback: lists.get('feedback') ?? null,
    asOf,
    registry: single.get('registry') ?? null,
  };
}

export async function targetCommand(argv: readonly string[]): Promise<number> {
  const args = parseTargetArgs(argv);
  const registry = args.registry === null ? undefined : await loadRegistry(args.registry);
  const resolver = createUnitResolver(registry);

  const dossierInputs = await Promise.all(args.dossiers.map(fileInput));
  const { table, report: dossierReport } = await ingestFiles(dossierInputs);
  for (const f of dossierReport.files) {
    process.stderr.write(
      `${f.file}: ${f.kind}, ${f.rowsRead} rows, ${f.accepted} accepted, ${f.rejected} rejected\n`,
    );
  }
  let feedback: {
    items: readonly Feedback[];
    report: FeedbackValidationReport;
  } | null = null;
  if (args.feedback !== null) {
    const inputs = await Promise.all(args.feedback.map(fileInput));
    feedback = await ingestFeedbackFiles(
      inputs.map(({ name, source, totalBytes }) => ({
        name,
        source,
        ...(totalBytes !== undefined ? { totalBytes } : {}),
      })),
    );
    for (const f of feedback.report.files) {
      process.stderr.write(
        `${f.file}: feedback ${f.kind}, ${f.rowsRead} rows, ${f.accepted} accepted, ${f.rejected} rejected\n`,
      );
    }
  }
  const scorecardInputs = await Promise.all(args.scorecards.map(fileInput));
  const scorecards = await readScorecards(scorecardInputs);
  for (const f of scorecards.files) {
    process.stderr.write(
      `${f.file}: scorecards ${f.kind ?? 'unreadable'}, period ${f.period ?? '?'}, ${f.accepted} accepted, ${f.rejected} rejected\n`,
    );
  }

  const doc = buildTargetDocument({
    month: args.month,
    asOf: args.asOf,
    resolver,
    dossiers: { table, report: dossierReport },
    feedback,
    scorecards,
  });
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  return 0;
}

interface BuildInput {
  month: string;
  asOf: string | null;
  resolver: UnitResolver;
  dossiers: Awaited<ReturnType<typeof ingestFiles>>;
  feedback: { items: readonly Feedback[]; report: FeedbackValidationReport } | null;
  scorecards: ScorecardReadResult;
}

interface UnitRow {
  unitId: string;
  unit: string;
  group: UnitGroup;
  official: {
    period: string;
    total: number;
    grade: string;
    gapTo80: number;
    groups: Record<string, number | null>;
  } | null;
  estimate: {
    total: number;
    gapTo80: number;
    grade: string;
    complete: boolean;
    groups: Record<string, number | null>;
    provenance: Record<string, string>;
    versionMismatch: Estimate['versionMismatch'];
  } | null;
  /** Gap and losses of the official card when there is one for the month, else of the estimate. */
  basis: 'official' | 'estimate' | null;
  gapTo80: number | null;
  pointsLostByGroup: { group: string; max: number; points: number | null; lost: number | null }[];
  /**
   * Progress "what it would take", on the estimate (its other groups held): the fewest recoverable
   * dossiers (pending, due between the as-of day and the month's end) to resolve on time.
   */
  progress: (WhatItTakes & { basis: 'estimate'; recoverable: number; good: number; bad: number }) | null;
  feedback: {
    received: number;
    handled: string;
    handledOnTime: number;
    likes: number;
    dislikes: number;
  } | null;
}

/** The `dunghan target` document: the core's targetReport (src/domain/target-report.ts), flattened. */
export function buildTargetDocument(input: BuildInput) {
  const { month, resolver } = input;
  const { table, report } = input.dossiers;
  const r = targetReport({
    month,
    table,
    units: indexUnits(table, resolver),
    resolver,
    dataEnd: dataEndOf(input.asOf, report),
    channelKnown:
      report.files.length > 0 && report.files.every((f) => f.mapping.mapping.channel !== undefined),
    feedback: input.feedback?.items ?? null,
    officialCards: input.scorecards.scorecards,
  });
  const version = r.version;
  const units = r.units.map((u): UnitRow => {
    const { official, estimate, gap } = u;
    const fb = u.feedback;
    return {
      unitId: u.unitId,
      unit: u.unitName,
      group: u.unitGroup,
      official:
        official === null
          ? null
          : {
              period: official.period,
              total: official.total,
              grade: official.grade,
              gapTo80: roundPoints(unitGap(official, version).gap),
              groups: { ...official.groups },
            },
      estimate:
        estimate === null
          ? null
          : {
              total: roundPoints(estimate.scorecard.total),
              gapTo80: roundPoints(unitGap(estimate.scorecard, version).gap),
              grade: estimate.scorecard.grade,
              complete: estimate.complete,
              groups: roundGroups(estimate.scorecard.groups),
              provenance: Object.fromEntries(
                Object.entries(estimate.provenance).map(([k, p]) => [k, provenanceLabel(p)]),
              ),
              versionMismatch: estimate.versionMismatch,
            },
      basis: u.basis,
      gapTo80: gap === null ? null : roundPoints(gap.gap),
      pointsLostByGroup:
        gap?.lostByGroup.map((l) => ({
          group: l.code,
          max: l.maxPoints,
          points: l.points === null ? null : roundPoints(l.points),
          lost: l.lost === null ? null : roundPoints(l.lost),
        })) ?? [],
      progress: u.progress === null ? null : { basis: 'estimate', ...u.progress },
      feedback:
        fb === null
          ? null
          : {
              received: fb.received,
              handled: handledLabel(fb),
              handledOnTime: fb.handledOnTime,
              likes: fb.likes,
              dislikes: fb.dislikes,
            },
    };
  });
  const c = r.comparison;
  return {
    month,
    asOf: r.asOf,
    indexVersion: version.id,
    province: { official: r.official, estimate: r.estimate },
    units,
    unmatched: r.unmatched,
    comparison: {
      units: c.units.length,
      totalMeanAbsoluteError: c.totalMeanAbsoluteError,
      groups: c.groups,
      skippedVersionMismatch: c.skippedVersionMismatch,
    },
    validation: {
      dossiers: {
        rowsRead: report.rowsRead,
        accepted: report.accepted,
        rejected: report.rejected,
        problemCounts: report.problemCounts,
      },
      feedback:
        input.feedback === null
          ? null
          : {
              rowsRead: input.feedback.report.rowsRead,
              accepted: input.feedback.report.accepted,
              rejected: input.feedback.report.rejected,
              problems: input.feedback.report.problems,
            },
      scorecards: { files: input.scorecards.files, problems: input.scorecards.problems },
    },
  };
}

/** The data's end (exclusive): the day after --as-of, else after the last reception day. */
function dataEndOf(given: string | null, report: ValidationReport): number {
  const day =
    given !== null ? parseIsoDate(given) : report.dateRange === null ? null : startOfDay(report.dateRange.to);
  return day === null ? Number.POSITIVE_INFINITY : day + MS_PER_DAY;
}

function roundGroups(groups: Readonly<Record<string, number | null>>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v === null ? null : roundPoints(v)]));
}
