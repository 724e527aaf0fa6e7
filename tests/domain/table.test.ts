import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeStore } from '../../src/domain/code-store.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { buildTable, DossierTableBuilder, dossierAt, tableByteLength } from '../../src/domain/table.ts';
import { wallTime } from '../../src/domain/time.ts';
import { dossier } from '../support/dossiers.ts';

const arbSecond = fc
  .integer({ min: wallTime(2000, 1, 1) / 1000, max: wallTime(2060, 1, 1) / 1000 })
  .map((s) => s * 1000);
const arbName = fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null });
const arbDossier: fc.Arbitrary<Dossier> = fc.record({
  code: fc.string({ minLength: 1, maxLength: 30 }),
  unit: fc.string({ minLength: 1, maxLength: 20 }),
  receivingUnit: arbName,
  sector: arbName,
  procedureCode: arbName,
  procedure: arbName,
  channel: fc.constantFrom('online', 'direct', 'postal', 'unknown'),
  status: fc.constantFrom('pending', 'paused', 'finished', 'withdrawn', null),
  receivedAt: arbSecond,
  dueAt: fc.option(arbSecond, { nil: null }),
  finishedAt: fc.option(arbSecond, { nil: null }),
  returnedAt: fc.option(arbSecond, { nil: null }),
  rating: fc.constantFrom(
    null,
    'very_satisfied',
    'satisfied',
    'neutral',
    'dissatisfied',
    'very_dissatisfied',
  ),
  apologyAt: fc.option(arbSecond, { nil: null }),
  hasApology: fc.boolean(),
  newDueAt: fc.option(arbSecond, { nil: null }),
});

describe('columnar dossier table', () => {
  it('reads back every dossier it was given, the later of two with the same code winning', () => {
    fc.assert(
      fc.property(fc.array(arbDossier, { maxLength: 40 }), (generated) => {
        // A procedure code names one procedure: the table keeps one name per code.
        const nameOf = new Map<string, string | null>();
        const rows = generated.map((d) => {
          const key = d.procedureCode ?? d.procedure;
          if (key !== null && !nameOf.has(key)) nameOf.set(key, d.procedure);
          return key === null ? d : { ...d, procedure: nameOf.get(key)! };
        });
        const table = buildTable(rows);
        const expected = new Map(rows.map((d) => [d.code, d]));
        expect(table.length).toBe(expected.size);
        for (let i = 0; i < table.length; i++) {
          const back = dossierAt(table, i);
          expect(back).toEqual(expected.get(back.code));
        }
      }),
    );
  });

  it('reports which slot a duplicate code replaced', () => {
    const b = new DossierTableBuilder();
    expect(b.add(dossier({ code: '0001' }))).toBe(-1);
    expect(b.add(dossier({ code: '001' }))).toBe(-1);
    expect(b.add(dossier({ code: '0001', unit: 'Sở Y tế' }))).toBe(0);
    const table = b.build();
    expect(table.length).toBe(2);
    expect(dossierAt(table, 0).unit).toBe('Sở Y tế');
  });

  it('keeps codes exactly, leading zeros and non-ASCII included, across hash-table growth', () => {
    const store = new CodeStore();
    const codes = Array.from(
      { length: 20_000 },
      (_, i) => `000.00.12.H01-240315-${String(i).padStart(5, '0')}`,
    );
    codes.push('HS-Đặc-khu-01');
    for (const [i, c] of codes.entries()) expect(store.put(c)).toEqual({ index: i, added: true });
    for (const [i, c] of codes.entries()) expect(store.put(c)).toEqual({ index: i, added: false });
    expect(store.get(20_000)).toBe('HS-Đặc-khu-01');
    expect(store.get(7)).toBe(codes[7]);
  });

  it('stays under 100 bytes per dossier', () => {
    const b = new DossierTableBuilder();
    for (let i = 0; i < 50_000; i++)
      b.add(dossier({ code: `H01.38.12-240315-${String(i).padStart(6, '0')}`, unit: `Unit ${i % 130}` }));
    const table = b.build();
    expect(tableByteLength(table) / table.length).toBeLessThan(100);
  });
});

describe('reserving room up front', () => {
  it('finds every code after a reserve, before and after the reserved size is passed', () => {
    const store = new CodeStore();
    store.put('early-1');
    store.reserve(5_000, 60_000);
    const codes = Array.from({ length: 8_000 }, (_, i) => `R-${i}`);
    for (const [i, c] of codes.entries()) expect(store.put(c).index).toBe(i + 1);
    expect(store.put('early-1')).toEqual({ index: 0, added: false });
    for (const [i, c] of codes.entries()) expect(store.get(i + 1)).toBe(c);
  });
});
