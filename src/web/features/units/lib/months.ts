import type { SeriesResponse } from '../../../../api/metrics.ts';
import type { DayRange } from '../../../../api/query.ts';
// The trend chart's month label ("T3/2025"), so both charts of the unit page name months alike.
import { monthLabel } from '../../charts/lib/trend.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The `count` calendar months ending with the month of `to` (yyyy-MM-dd), ending on `to` itself. */
export function monthsEnding(to: string, count = 12): DayRange {
  const year = Number(to.slice(0, 4));
  const month = Number(to.slice(5, 7));
  const index = year * 12 + (month - 1) - (count - 1);
  return { from: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`, to };
}

export interface RankPoint {
  month: string;
  /** null: the unit has no rank that month (no data, or not in the answer). */
  rank: number | null;
  /** Units of the group ranked that month. */
  of: number;
}

/** The unit's rank in its group month by month, from a series grouped by unit within the group. */
export function rankHistory(series: SeriesResponse, unitId: string): RankPoint[] {
  return series.points.map((p) => {
    const row = p.rows.find((r) => r.key === unitId);
    return {
      month: monthLabel(p.period.from),
      rank: row?.rank ?? null,
      of: p.rows.filter((r) => r.rank != null).length,
    };
  });
}
