/**
 * The national service index of QĐ 766/QĐ-TTg as versioned configuration (reference §5): groups,
 * their maxima and the grade bands. Scores from different versions are never compared silently.
 */
export type GradeId = 'excellent' | 'good' | 'fair' | 'average' | 'weak';

export interface GradeBand {
  id: GradeId;
  labelVi: string;
  labelEn: string;
  /** Inclusive lower bound in points; the band runs to the next band's bound (exclusive). */
  minPoints: number;
}

export interface IndexGroup {
  /** The portal's short code (CKMB, TDGQ, …). */
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  /** What a dossier export can tell about this group. */
  derivable: 'yes' | 'partly' | 'no';
}

export interface IndexVersion {
  id: string;
  labelVi: string;
  /** First month (yyyy-MM) the version applies to. */
  validFrom: string;
  groups: readonly IndexGroup[];
  /** Highest band first. */
  grades: readonly GradeBand[];
}

const GRADES_766: readonly GradeBand[] = [
  { id: 'excellent', labelVi: 'Xuất sắc', labelEn: 'Excellent', minPoints: 90 },
  { id: 'good', labelVi: 'Tốt', labelEn: 'Good', minPoints: 80 },
  { id: 'fair', labelVi: 'Khá', labelEn: 'Fair', minPoints: 70 },
  { id: 'average', labelVi: 'Trung bình', labelEn: 'Average', minPoints: 50 },
  { id: 'weak', labelVi: 'Yếu', labelEn: 'Weak', minPoints: Number.NEGATIVE_INFINITY },
];

/** The portal's layout since its 2025 revision: six groups, 100 points. */
export const INDEX_766_PORTAL_2025: IndexVersion = {
  id: '766-portal-2025',
  labelVi: 'QĐ 766 — bộ chỉ số Cổng DVC quốc gia (2025–2026)',
  validFrom: '2025-01',
  groups: [
    {
      code: 'CKMB',
      nameVi: 'Công khai, minh bạch',
      nameEn: 'Publicity and transparency',
      maxPoints: 18,
      derivable: 'no',
    },
    {
      code: 'TDGQ',
      nameVi: 'Tiến độ giải quyết',
      nameEn: 'Processing progress',
      maxPoints: 20,
      derivable: 'yes',
    },
    {
      code: 'CLGQ',
      nameVi: 'Dịch vụ công trực tuyến',
      nameEn: 'Online public services',
      maxPoints: 12,
      derivable: 'partly',
    },
    {
      code: 'TTTT',
      nameVi: 'Thanh toán trực tuyến',
      nameEn: 'Online payment',
      maxPoints: 10,
      derivable: 'partly',
    },
    {
      code: 'MDSH',
      nameVi: 'Số hóa hồ sơ',
      nameEn: 'Dossier digitisation',
      maxPoints: 22,
      derivable: 'partly',
    },
    { code: 'MDHL', nameVi: 'Mức độ hài lòng', nameEn: 'Satisfaction', maxPoints: 18, derivable: 'partly' },
  ],
  grades: GRADES_766,
};

export const INDEX_VERSIONS: readonly IndexVersion[] = [INDEX_766_PORTAL_2025];

/** "Đạt loại Tốt" means at least this many points; the province's target is 100 % of units there. */
export const GOOD_THRESHOLD = 80;

export function gradeOf(points: number, version: IndexVersion = INDEX_766_PORTAL_2025): GradeBand {
  for (const band of version.grades) if (points >= band.minPoints) return band;
  return version.grades[version.grades.length - 1]!;
}

export function isGoodOrBetter(points: number): boolean {
  return points >= GOOD_THRESHOLD;
}
