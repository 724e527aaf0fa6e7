import type { TargetResponse, TargetSummaryItem, TargetUnit } from '../../../../api/index766.ts';
import { GRADE_IDS } from '../../../../api/index766.ts';
import type { UNIT_GROUPS } from '../../../../api/registry.ts';
import { foldText } from '../../../../ingest/fold.ts';
import { shortMonthLabel } from './target-month.ts';

/**
 * Pure shaping of the target answer for the screen: the headline pair, chart rows, the version
 * changes inside the history and the list of units below Tốt.
 */

export type Basis = 'official' | 'estimate';
export type UnitGroup = (typeof UNIT_GROUPS)[number];
export type GradeId = (typeof GRADE_IDS)[number];
type MonthEntry = TargetResponse['months'][number];
type VersionInfo = TargetResponse['version'];

export interface HeadlineFigure {
  now: TargetSummaryItem;
  /** The same source's summary of the month before, when the history has it. */
  previous: TargetSummaryItem | null;
  previousPeriod: string | null;
}

export interface Headline {
  official: HeadlineFigure | null;
  estimate: HeadlineFigure | null;
}

function entryIndex(months: readonly MonthEntry[], month: string): number {
  return months.findIndex((m) => m.period === month);
}

/** The month's official and estimated shares, each beside the same source's previous month. */
export function headlineOf(response: Pick<TargetResponse, 'month' | 'months'>): Headline {
  const i = entryIndex(response.months, response.month);
  const entry = i < 0 ? undefined : response.months[i];
  const before = i > 0 ? response.months[i - 1] : undefined;
  const figure = (basis: Basis): HeadlineFigure | null => {
    const now = entry?.[basis] ?? null;
    if (now === null) return null;
    return { now, previous: before?.[basis] ?? null, previousPeriod: before?.period ?? null };
  };
  return { official: figure('official'), estimate: figure('estimate') };
}

/** Change of a share in percentage points (0.0125 → 1.25); null when either side has no share. */
export function shareChange(now: number | null, before: number | null): number | null {
  if (now === null || before === null) return null;
  return Math.round((now - before) * 10_000) / 100;
}

export interface ShareRow {
  period: string;
  label: string;
  official: number | null;
  estimate: number | null;
  officialCounts: { goodOrBetter: number; units: number } | null;
  estimateCounts: { goodOrBetter: number; units: number } | null;
}

const countsOf = (s: TargetSummaryItem | null) =>
  s === null ? null : { goodOrBetter: s.goodOrBetter, units: s.units };

/** One chart row per month (oldest first): the share at Tốt or better, official and estimated. */
export function shareRows(months: readonly MonthEntry[]): ShareRow[] {
  return months.map((m) => ({
    period: m.period,
    label: shortMonthLabel(m.period),
    official: m.official?.share ?? null,
    estimate: m.estimate?.share ?? null,
    officialCounts: countsOf(m.official),
    estimateCounts: countsOf(m.estimate),
  }));
}

/** The month's summary the history charts use: the official one when published, else the estimate. */
export function preferredSummary(m: MonthEntry): { basis: Basis; summary: TargetSummaryItem } | null {
  if (m.official) return { basis: 'official', summary: m.official };
  if (m.estimate) return { basis: 'estimate', summary: m.estimate };
  return null;
}

export interface GroupShareRow {
  period: string;
  label: string;
  basis: Basis | null;
  shares: Partial<Record<UnitGroup, number | null>>;
  counts: Partial<Record<UnitGroup, { goodOrBetter: number; units: number }>>;
}

/** Per unit group, the share at Tốt or better per month (official where published, else estimate). */
export function groupShareRows(months: readonly MonthEntry[]): GroupShareRow[] {
  return months.map((m) => {
    const preferred = preferredSummary(m);
    const shares: GroupShareRow['shares'] = {};
    const counts: GroupShareRow['counts'] = {};
    for (const [group, share] of Object.entries(preferred?.summary.byUnitGroup ?? {})) {
      if (!share) continue;
      shares[group as UnitGroup] = share.share;
      counts[group as UnitGroup] = { goodOrBetter: share.goodOrBetter, units: share.units };
    }
    return {
      period: m.period,
      label: shortMonthLabel(m.period),
      basis: preferred?.basis ?? null,
      shares,
      counts,
    };
  });
}

/** The unit groups that appear in any month, in the registry's order. */
export function groupsPresent(rows: readonly GroupShareRow[], order: readonly UnitGroup[]): UnitGroup[] {
  return order.filter((g) => rows.some((r) => r.counts[g] !== undefined));
}

export interface GradeRow {
  period: string;
  label: string;
  basis: Basis | null;
  units: number;
  grades: Record<GradeId, number>;
}

const noGrades = () => Object.fromEntries(GRADE_IDS.map((g) => [g, 0])) as Record<GradeId, number>;

/** The grade distribution per month (official where published, else estimate). */
export function gradeRows(months: readonly MonthEntry[]): GradeRow[] {
  return months.map((m) => {
    const preferred = preferredSummary(m);
    return {
      period: m.period,
      label: shortMonthLabel(m.period),
      basis: preferred?.basis ?? null,
      units: preferred?.summary.units ?? 0,
      grades: { ...noGrades(), ...(preferred?.summary.grades ?? {}) },
    };
  });
}

export interface VersionChange {
  /** The first month of the new version. */
  period: string;
  from: string;
  to: string;
}

/** Months where the index version differs from the month before. */
export function versionChanges(months: readonly MonthEntry[]): VersionChange[] {
  const out: VersionChange[] = [];
  for (let i = 1; i < months.length; i++) {
    const before = months[i - 1]!;
    const m = months[i]!;
    if (m.versionId !== before.versionId)
      out.push({ period: m.period, from: before.versionId, to: m.versionId });
  }
  return out;
}

const GOOD_GRADES: ReadonlySet<GradeId> = new Set(['excellent', 'good']);

/** Units below Tốt, the largest gap first (ties by name). */
export function unitsBelowTarget(units: readonly TargetUnit[]): TargetUnit[] {
  return units
    .filter((u) => u.gap > 0 && !GOOD_GRADES.has(u.grade))
    .toSorted((a, b) => b.gap - a.gap || a.unitName.localeCompare(b.unitName, 'vi'));
}

/** Units at Tốt or better on their basis. */
export function unitsAtTarget(units: readonly TargetUnit[]): number {
  return units.filter((u) => GOOD_GRADES.has(u.grade)).length;
}

export interface UnitFilter {
  group: UnitGroup | null;
  /** Free text; matched without diacritics. */
  search: string;
}

export function filterUnits(units: readonly TargetUnit[], filter: UnitFilter): TargetUnit[] {
  const needle = foldText(filter.search);
  return units.filter(
    (u) =>
      (filter.group === null || u.unitGroup === filter.group) &&
      (needle === '' || foldText(u.unitName).includes(needle)),
  );
}

export interface Loss {
  code: string;
  name: string;
  lost: number;
  maxPoints: number;
}

/** The groups where a unit lost most points against their maxima (only real losses), largest first. */
export function topLosses(unit: TargetUnit, version: VersionInfo, language: 'vi' | 'en', count = 3): Loss[] {
  return unit.lostByGroup
    .filter((l): l is typeof l & { lost: number } => l.lost !== null && l.lost > 0)
    .toSorted((a, b) => b.lost - a.lost)
    .slice(0, count)
    .map((l) => ({
      code: l.code,
      name: groupName(version, l.code, language),
      lost: l.lost,
      maxPoints: l.maxPoints,
    }));
}

/** A group's name from the version's configuration (its code when the version does not list it). */
export function groupName(version: VersionInfo, code: string, language: 'vi' | 'en'): string {
  const group = version.groups.find((g) => g.code === code);
  if (!group) return code;
  return language === 'vi' ? group.nameVi : group.nameEn;
}

/** A grade's word from the version's configuration. */
export function gradeLabel(version: VersionInfo, grade: GradeId, language: 'vi' | 'en'): string {
  const band = version.grades.find((g) => g.id === grade);
  if (!band) return grade;
  return language === 'vi' ? band.labelVi : band.labelEn;
}
