import type { TargetUnit } from '../../../../api/index766.ts';

export type ProvenanceKind = NonNullable<TargetUnit['estimate']>['provenance'][string]['kind'];

export interface UnitGroupRow {
  code: string;
  maxPoints: number;
  official: number | null;
  estimate: number | null;
  /** Where the estimate's points for the group come from; null without an estimate. */
  provenance: { kind: ProvenanceKind; period?: string } | null;
  /** Points lost on the unit's basis (official when published, else the estimate); null when unknown. */
  lost: number | null;
}

/**
 * One row per index group in the order the unit lost most points (the server's lostByGroup, which
 * lists every group of the month's version), with the official and estimated points side by side.
 */
export function groupRows(unit: TargetUnit): UnitGroupRow[] {
  return unit.lostByGroup.map(({ code, maxPoints, lost }) => ({
    code,
    maxPoints,
    official: unit.official?.groups[code] ?? null,
    estimate: unit.estimate?.scorecard.groups[code] ?? null,
    provenance: unit.estimate?.provenance[code] ?? null,
    lost,
  }));
}
