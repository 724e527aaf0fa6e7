import { createRandom } from '../random.ts';
import type { Era } from './eras.ts';
import { PROCEDURE_GROUPS, type ProcedureLevel } from './procedure-seeds.ts';
import type { MockUnit } from './units.ts';

export interface MockProcedure {
  /** National procedure code, e.g. `1.001193`; text, never a number. */
  code: string;
  name: string;
  sector: string;
  level: ProcedureLevel;
  /** Deadline in working days. */
  days: number;
  /** Relative popularity within the unit that resolves it. */
  popularity: number;
  owner?: string;
}

/** Codes of the national procedure database that tests and fixtures elsewhere already use. */
const KNOWN_CODES: Readonly<Record<string, string>> = {
  'Đăng ký khai sinh': '1.001193',
};

function buildProcedures(): MockProcedure[] {
  // Fixed seed: procedure codes are part of the catalog and must not change with the data seed.
  const random = createRandom(0x7_7ac);
  const used = new Set(Object.values(KNOWN_CODES));
  const freshCode = (level: ProcedureLevel): string => {
    for (;;) {
      // Provincial and local procedures mostly carry 1.xxxxxx codes; a share of them 2.00xxxx.
      const code =
        level !== 'vertical' && random.chance(0.2)
          ? `2.00${String(random.int(3000)).padStart(4, '0')}`
          : `1.${String(100 + random.int(13_900)).padStart(6, '0')}`;
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
  const procedures: MockProcedure[] = [];
  for (const group of PROCEDURE_GROUPS) {
    for (const [name, days, popularity] of group.items) {
      procedures.push({
        code: KNOWN_CODES[name] ?? freshCode(group.level),
        name,
        sector: group.sector,
        level: group.level,
        days,
        popularity,
        ...(group.owner ? { owner: group.owner } : {}),
      });
    }
  }
  return procedures;
}

export const PROCEDURES: readonly MockProcedure[] = buildProcedures();

/** District-level certification also happened at the district's justice office before the reform. */
const DISTRICT_SHARE_OF_COMMUNE_CERTIFICATION = 0.3;

function activeSectors(unit: MockUnit, era: Era): Set<string> {
  if (unit.duty.kind !== 'sectors') return new Set();
  const sectors = new Set(unit.duty.sectors);
  if (era === 0) for (const s of unit.duty.sectorsBeforeMerger ?? []) sectors.add(s);
  else for (const s of unit.duty.sectorsFromMerger ?? []) sectors.add(s);
  return sectors;
}

/** The procedures a unit resolves in an era, with their popularity there. */
export function proceduresOf(unit: MockUnit, era: Era): { procedure: MockProcedure; popularity: number }[] {
  const out: { procedure: MockProcedure; popularity: number }[] = [];
  const duty = unit.duty;
  if (duty.kind === 'receiving-only') return out;
  const sectors = activeSectors(unit, era);
  const sectorLevel: ProcedureLevel = unit.group === 'vertical' ? 'vertical' : 'province';
  for (const procedure of PROCEDURES) {
    let popularity = 0;
    if (duty.kind === 'sectors') {
      if (procedure.owner !== undefined) popularity = procedure.owner === unit.key ? procedure.popularity : 0;
      else if (procedure.level === sectorLevel && sectors.has(procedure.sector))
        popularity = procedure.popularity;
    } else if (duty.kind === 'commune') {
      if (procedure.level === 'commune' || (era === 2 && procedure.level === 'district')) {
        popularity = procedure.popularity;
      }
    } else if (procedure.level === 'district') {
      popularity = procedure.popularity;
    } else if (procedure.level === 'commune' && procedure.sector === 'Chứng thực') {
      popularity = procedure.popularity * DISTRICT_SHARE_OF_COMMUNE_CERTIFICATION;
    }
    if (popularity > 0) out.push({ procedure, popularity });
  }
  return out;
}
