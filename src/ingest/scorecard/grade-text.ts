import type { GradeId } from '../../domain/index766.ts';
import { foldText } from '../fold.ts';

const GRADE_TEXTS: Readonly<Record<string, GradeId>> = {
  'xuat sac': 'excellent',
  tot: 'good',
  kha: 'fair',
  'trung binh': 'average',
  yeu: 'weak',
  kem: 'weak',
  excellent: 'excellent',
  good: 'good',
  fair: 'fair',
  average: 'average',
  weak: 'weak',
};

/** A printed grade ("Xuất sắc", "TỐT", "Trung binh", "Loại Khá"); null for text that names none. */
export function parseGradeText(text: string): GradeId | null {
  const f = foldText(text).replace(/^(?:xep )?loai /, '');
  return GRADE_TEXTS[f] ?? null;
}
