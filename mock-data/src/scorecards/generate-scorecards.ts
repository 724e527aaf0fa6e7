import { type IndexVersion, indexVersionFor, roundPoints } from '../../../src/domain/index766.ts';
import type { Scorecard } from '../../../src/domain/scorecard.ts';
import { buildScorecard } from '../../../src/domain/scorecard-validate.ts';
import { parseIsoDate } from '../../../src/domain/time.ts';
import { eraOf, isActiveIn } from '../catalog/eras.ts';
import { type MockUnit, UNITS } from '../catalog/units.ts';
import { createRandom } from '../random.ts';

export interface ScorecardGenerateOptions {
  seed: number;
  /** First and last month, yyyy-MM. */
  from: string;
  to: string;
}

export const DEFAULT_SCORECARD_OPTIONS: ScorecardGenerateOptions = {
  seed: 766,
  from: '2024-01',
  to: '2026-10',
};

/** One month's published table: the province's units in the version of that month. */
export interface MockScorecardTable {
  period: string;
  version: IndexVersion;
  /** The day the table was published: the 5th of the next month. */
  asOf: string;
  scorecards: Scorecard[];
}

/** Units the province scores: its departments, districts (until the reform) and communes. */
const SCORED_GROUPS = new Set<MockUnit['group']>(['department', 'district', 'commune']);

/**
 * Each group's share of its maximum sits around the unit's level plus a group bias: transparency and
 * digitisation score lowest, progress highest, as in the portal's 2026 figures (CKMB ~0.58, MDSH
 * ~0.44, TDGQ ~0.88 of maximum). Payment and online services are split out of DVCTT from 2025-07.
 */
const GROUP_BIAS: Readonly<Record<string, number>> = {
  CKMB: -0.05,
  CLGQ: 0.05,
  TTTT: 0.0,
  DVCTT: 0.03,
  MDSH: -0.2,
  MDHL: 0,
};

function months(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function nextMonthFifth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-05` : `${y}-${String(m + 1).padStart(2, '0')}-05`;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Scores improve by about 0.1 of each maximum from January 2024 to October 2026. */
const TREND_START = 2024 * 12;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Monthly official scorecards for the generator's units (same names and codes as the dossier
 * exports), 2022 layout until June 2025 and the portal's six groups after, as indexVersionFor says.
 * TDGQ is not computed from generated dossiers: it follows each unit's late share (the units made
 * slow in the dossier generator score lower), plus noise. Deterministic for a seed.
 */
export function generateScorecardTables(options: ScorecardGenerateOptions): MockScorecardTable[] {
  const list = months(options.from, options.to);
  const unitLevel = new Map<string, number>();
  for (const unit of UNITS) {
    const r = createRandom(options.seed ^ hash(unit.key));
    unitLevel.set(unit.key, 0.5 + 0.4 * r.next());
  }
  return list.map((period) => {
    const version = indexVersionFor(period);
    if (!version) throw new RangeError(`no QĐ 766 version for ${period}`);
    // Keyed by the month itself, not its place in the range: any range gives the same March 2026.
    const [y, m] = period.split('-').map(Number) as [number, number];
    const monthNumber = y * 12 + m - 1;
    const random = createRandom(options.seed * 100_003 + monthNumber);
    const era = eraOf(parseIsoDate(`${period}-01`)!);
    const trend = Math.min(0.15, Math.max(-0.1, (0.1 * (monthNumber - TREND_START)) / 33));
    const asOf = nextMonthFifth(period);
    const scorecards = UNITS.filter((u) => SCORED_GROUPS.has(u.group) && isActiveIn(u, era)).map((unit) => {
      const level = unitLevel.get(unit.key)!;
      const groups: Record<string, number> = {};
      let sum = 0;
      for (const g of version.groups) {
        const noise = (random.next() - 0.5) * 0.1;
        const share =
          g.code === 'TDGQ'
            ? clamp01(0.97 - 1.2 * (unit.lateShare ?? 0.01) + noise / 2)
            : clamp01(level + (GROUP_BIAS[g.code] ?? 0) + trend + noise);
        const points = g.maxPoints * share;
        sum += points;
        groups[g.code] = roundPoints(points);
      }
      // As the portal does: each group and the total are rounded from the unrounded points.
      return buildScorecard({
        source: 'official',
        version,
        period,
        unitCode: unit.codePrefix,
        unitName: unit.name,
        groups,
        total: roundPoints(sum),
        asOf,
      });
    });
    return { period, version, asOf, scorecards };
  });
}
