import { type Era, isActiveIn } from './catalog/eras.ts';
import { type MockProcedure, proceduresOf } from './catalog/procedures.ts';
import { type MockUnit, UNITS, type UnitGroup } from './catalog/units.ts';
import { WeightedPicker } from './random.ts';

export interface UnitModel {
  unit: MockUnit;
  procedures: WeightedPicker<MockProcedure>;
  /** Probability that one of its dossiers finishes late. */
  lateShare: number;
  /** Share of the province's receipts in this era. */
  volumeShare: number;
}

export interface EraModel {
  era: Era;
  units: WeightedPicker<UnitModel>;
  /** Active communes: where a dossier handed in "phi địa giới" may have been received. */
  communes: readonly MockUnit[];
}

/** Share of receipts per unit group, before and after districts were abolished (1 July 2025). */
const GROUP_SHARES: Readonly<Record<'withDistricts' | 'twoTier', Partial<Record<UnitGroup, number>>>> = {
  withDistricts: { department: 0.22, district: 0.2, commune: 0.4, vertical: 0.18 },
  twoTier: { department: 0.22, commune: 0.6, vertical: 0.18 },
};

/**
 * Unit pickers for one era, and the late share of the ordinary units chosen so that the whole
 * province lands on `targetLateShare` given the fixed share of the deliberately bad units.
 */
export function buildEraModel(era: Era, targetLateShare: number): EraModel {
  const shares = era === 2 ? GROUP_SHARES.twoTier : GROUP_SHARES.withDistricts;
  const candidates: { unit: MockUnit; procedures: WeightedPicker<MockProcedure> }[] = [];
  const groupWeight = new Map<UnitGroup, number>();
  for (const unit of UNITS) {
    if (!isActiveIn(unit, era) || unit.weight <= 0 || shares[unit.group] === undefined) continue;
    const handled = proceduresOf(unit, era);
    if (handled.length === 0) continue;
    candidates.push({
      unit,
      procedures: new WeightedPicker(
        handled.map((h) => h.procedure),
        handled.map((h) => h.popularity),
      ),
    });
    groupWeight.set(unit.group, (groupWeight.get(unit.group) ?? 0) + unit.weight);
  }
  const volumeShare = (unit: MockUnit) =>
    ((shares[unit.group] ?? 0) * unit.weight) / groupWeight.get(unit.group)!;
  let badLate = 0;
  let ordinaryShare = 0;
  for (const { unit } of candidates) {
    if (unit.lateShare === undefined) ordinaryShare += volumeShare(unit);
    else badLate += volumeShare(unit) * unit.lateShare;
  }
  const ordinaryLate = ordinaryShare > 0 ? Math.max(0, (targetLateShare - badLate) / ordinaryShare) : 0;
  const models: UnitModel[] = candidates.map(({ unit, procedures }) => ({
    unit,
    procedures,
    lateShare: unit.lateShare ?? ordinaryLate,
    volumeShare: volumeShare(unit),
  }));
  return {
    era,
    units: new WeightedPicker(
      models,
      models.map((m) => m.volumeShare),
    ),
    communes: UNITS.filter((u) => u.group === 'commune' && isActiveIn(u, era)),
  };
}
