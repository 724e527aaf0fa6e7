import { describe, expect, it } from 'vitest';
import {
  bandsText,
  ESTIMATE_DEFINITIONS,
  FEEDBACK_DEFINITIONS,
} from '../../src/domain/feedback-definitions.ts';
import {
  gradeBandRanges,
  INDEX_766_DECISION_2022,
  INDEX_766_PORTAL_2025,
  type IndexVersion,
} from '../../src/domain/index766.ts';

describe('feedback, estimate and target definitions', () => {
  it('words the grade bands as the decision does, from the version data', () => {
    expect(bandsText(INDEX_766_PORTAL_2025)).toBe(
      'Xuất sắc: từ 90 điểm; Tốt: từ 80 đến dưới 90; Khá: từ 70 đến dưới 80; Trung bình: từ 50 đến dưới 70; Yếu: dưới 50',
    );
    expect(ESTIMATE_DEFINITIONS.grade.definitionVi).toContain(bandsText(INDEX_766_PORTAL_2025));
  });

  it('gives each band both bounds, the lowest open below and the highest open above', () => {
    expect(
      gradeBandRanges(INDEX_766_PORTAL_2025).map(({ band, from, below }) => [band.id, from, below]),
    ).toEqual([
      ['excellent', 90, null],
      ['good', 80, 90],
      ['fair', 70, 80],
      ['average', 50, 70],
      ['weak', null, 50],
    ]);
  });

  it('follows the bands when a version moves them', () => {
    const shifted: IndexVersion = {
      ...INDEX_766_DECISION_2022,
      grades: INDEX_766_DECISION_2022.grades.map((g) => (g.id === 'good' ? { ...g, minPoints: 85 } : g)),
    };
    expect(bandsText(shifted)).toContain('Tốt: từ 85 đến dưới 90; Khá: từ 70 đến dưới 85');
  });

  it('gives every definition a label in both languages, a definition and a source', () => {
    for (const d of [...Object.values(FEEDBACK_DEFINITIONS), ...Object.values(ESTIMATE_DEFINITIONS)]) {
      expect(d.labelVi.trim()).not.toBe('');
      expect(d.labelEn.trim()).not.toBe('');
      expect(d.definitionVi.trim()).not.toBe('');
      expect(d.source.trim()).not.toBe('');
    }
  });
});
