import type { Dossier } from '../../src/domain/dossier.ts';
import { wallTime } from '../../src/domain/time.ts';

/** A dossier with sensible defaults; tests override what they are about. */
export function dossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    code: 'H01.38.12-240315-0001',
    unit: 'UBND xã Mỹ Hòa Hưng',
    receivingUnit: null,
    sector: 'Hộ tịch',
    procedureCode: '1.001193',
    procedure: 'Đăng ký khai sinh',
    channel: 'direct',
    status: 'finished',
    receivedAt: wallTime(2024, 3, 1, 8),
    dueAt: wallTime(2024, 3, 5, 17),
    finishedAt: null,
    returnedAt: null,
    rating: null,
    apologyAt: null,
    hasApology: false,
    newDueAt: null,
    ...overrides,
  };
}

let seq = 0;
export function uniqueCode(): string {
  seq += 1;
  return `T-${String(seq).padStart(7, '0')}`;
}
