import type { TargetResponse, TargetUnit } from '../../../../api/index766.ts';

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
 * One row per index group, in the order the unit lost most points (the server's lostByGroup), with
 * the official and estimated points side by side. Groups of the version the answer omits come last.
 */
export function groupRows(unit: TargetUnit, version: TargetResponse['version']): UnitGroupRow[] {
  const order = [
    ...unit.lostByGroup.map((l) => l.code),
    ...version.groups.map((g) => g.code).filter((code) => !unit.lostByGroup.some((l) => l.code === code)),
  ];
  return order.map((code) => {
    const loss = unit.lostByGroup.find((l) => l.code === code);
    const maxPoints = loss?.maxPoints ?? version.groups.find((g) => g.code === code)?.maxPoints ?? 0;
    return {
      code,
      maxPoints,
      official: unit.official?.groups[code] ?? null,
      estimate: unit.estimate?.scorecard.groups[code] ?? null,
      provenance: unit.estimate?.provenance[code] ?? null,
      lost: loss?.lost ?? null,
    };
  });
}
