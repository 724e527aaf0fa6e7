import { describe, expect, it } from 'vitest';
import { type Era, isActiveIn } from '../../mock-data/src/catalog/eras.ts';
import { PROCEDURES, proceduresOf } from '../../mock-data/src/catalog/procedures.ts';
import { UNITS } from '../../mock-data/src/catalog/units.ts';

const TWO_TIER: Era = 2;
const activeAfterReform = UNITS.filter((u) => isActiveIn(u, TWO_TIER));

describe('unit catalog of new An Giang', () => {
  it('has 102 communes after the reform: 85 xã, 14 phường, 3 đặc khu, all distinct', () => {
    const communes = activeAfterReform.filter((u) => u.group === 'commune').map((u) => u.name);
    expect(communes).toHaveLength(102);
    expect(new Set(communes).size).toBe(102);
    expect(communes.filter((n) => n.startsWith('UBND xã '))).toHaveLength(85);
    expect(communes.filter((n) => n.startsWith('UBND phường '))).toHaveLength(14);
    expect(communes.filter((n) => n.startsWith('UBND đặc khu ')).sort()).toEqual([
      'UBND đặc khu Kiên Hải',
      'UBND đặc khu Phú Quốc',
      'UBND đặc khu Thổ Châu',
    ]);
  });

  it('has the 14 provincial departments, the service centre and the vertical agencies', () => {
    const departments = activeAfterReform.filter((u) => u.group === 'department').map((u) => u.name);
    expect(departments.sort()).toEqual(
      [
        'Sở Nội vụ',
        'Sở Tư pháp',
        'Sở Tài chính',
        'Sở Công Thương',
        'Sở Nông nghiệp và Môi trường',
        'Sở Xây dựng',
        'Sở Giáo dục và Đào tạo',
        'Sở Y tế',
        'Sở Văn hóa, Thể thao và Du lịch',
        'Sở Khoa học và Công nghệ',
        'Sở Dân tộc và Tôn giáo',
        'Văn phòng UBND tỉnh',
        'Thanh tra tỉnh',
        'Ban Quản lý Khu kinh tế',
      ].sort(),
    );
    expect(activeAfterReform.some((u) => u.name === 'Trung tâm Phục vụ hành chính công tỉnh')).toBe(true);
    expect(activeAfterReform.filter((u) => u.group === 'vertical').map((u) => u.name)).toContain(
      'Công an tỉnh',
    );
  });

  it('retires the districts in July 2025, each with a successor that still exists', () => {
    const districts = UNITS.filter((u) => u.group === 'district');
    expect(districts.length).toBeGreaterThan(20);
    const activeNames = new Set(activeAfterReform.map((u) => u.name));
    for (const unit of UNITS.filter((u) => !isActiveIn(u, TWO_TIER))) {
      expect(activeNames.has(unit.successor ?? '')).toBe(true);
    }
    expect(districts.every((u) => /^UBND (huyện|thành phố|thị xã) /.test(u.name))).toBe(true);
  });

  it('gives every unit its own code prefix', () => {
    const prefixes = UNITS.map((u) => u.codePrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('gives every resolving unit something to resolve after the reform', () => {
    for (const unit of activeAfterReform) {
      if (unit.group === 'service-centre') continue;
      expect(proceduresOf(unit, TWO_TIER).length, unit.name).toBeGreaterThan(0);
    }
  });
});

describe('procedure catalog', () => {
  it('has hundreds of procedures with distinct national codes', () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(200);
    const codes = PROCEDURES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[12]\.\d{6}$/);
  });

  it('has short deadlines for civil status and certification, long ones for land and building', () => {
    const days = (sector: string) => PROCEDURES.filter((p) => p.sector === sector).map((p) => p.days);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(days('Hộ tịch'))).toBeLessThanOrEqual(3);
    expect(Math.max(...days('Chứng thực'))).toBeLessThanOrEqual(2);
    expect(median(days('Đất đai'))).toBeGreaterThanOrEqual(10);
    expect(median(days('Xây dựng'))).toBeGreaterThanOrEqual(15);
    for (const p of PROCEDURES) expect(Number.isInteger(p.days) && p.days >= 1).toBe(true);
  });

  it('routes each provincial procedure to a department in some era', () => {
    const handled = new Set<string>();
    for (const unit of UNITS) {
      for (const era of [0, 1, 2] as const) {
        if (isActiveIn(unit, era))
          for (const { procedure } of proceduresOf(unit, era)) handled.add(procedure.code);
      }
    }
    expect(PROCEDURES.filter((p) => !handled.has(p.code)).map((p) => p.name)).toEqual([]);
  });
});
