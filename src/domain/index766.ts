/**
 * The national service index of QĐ 766/QĐ-TTg as versioned configuration (reference §5): groups,
 * their maxima, the sub-indicators the product can compute and the grade bands. Scores from
 * different versions are never compared silently (see versionChange).
 */
export type GradeId = 'excellent' | 'good' | 'fair' | 'average' | 'weak';

export interface GradeBand {
  id: GradeId;
  labelVi: string;
  labelEn: string;
  /** Inclusive lower bound in points; the band runs to the next band's bound (exclusive). */
  minPoints: number;
}

/** Where the data for a sub-indicator comes from, as far as this product is concerned. */
export type IndicatorSource = 'dossiers' | 'feedback' | 'other';

export interface IndexIndicator {
  /** The portal's metric code where it has one (metrics.m0.json), else ours. */
  code: string;
  nameVi: string;
  maxPoints: number;
  /** `dossiers` / `feedback`: the product computes it from that upload; `other`: official only. */
  source: IndicatorSource;
}

export interface IndexGroup {
  /** The portal's short code (CKMB, TDGQ, …). */
  code: string;
  /** Other codes sources use for the same group (e.g. the dashboard radar's ONLINE_SERVICE). */
  aliases?: readonly string[];
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  /** What a dossier export can tell about this group. */
  derivable: 'yes' | 'partly' | 'no';
  /**
   * Sub-indicators, when the reference lists them (their maxima then add up to maxPoints); only
   * those the product can compute when the reference is silent about the rest.
   */
  indicators: readonly IndexIndicator[];
}

export interface IndexVersion {
  id: string;
  labelVi: string;
  labelEn: string;
  /** First month (yyyy-MM) the version applies to; it runs until the next version's validFrom. */
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

const PROGRESS_INDICATOR: IndexIndicator = {
  code: 'PROGRESS',
  nameVi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn (gồm hồ sơ đang xử lý trong hạn)',
  maxPoints: 20,
  source: 'dossiers',
};

const DOSSIER_SATISFACTION_INDICATOR: IndexIndicator = {
  code: 'DOSSIER_RECEIVING_SATISFACTION',
  nameVi: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
  maxPoints: 6,
  source: 'dossiers',
};

/**
 * The portal's layout since its 2025 revision: six groups, 100 points; sub-indicators and maxima
 * from the portal's own metric list ("Công thức 766.xlsx", real-data/qd766/docs/metrics.m0.json).
 * The month it took over is not in the reference: the evaluation API that publishes it covers the
 * 34 provinces of the two-tier government, which began on 1 July 2025, so that month is taken.
 */
export const INDEX_766_PORTAL_2025: IndexVersion = {
  id: '766-portal-2025',
  labelVi: 'QĐ 766 — bộ chỉ số Cổng DVC quốc gia (2025–2026)',
  labelEn: 'QĐ 766 — national portal index (2025–2026)',
  validFrom: '2025-07',
  groups: [
    {
      code: 'CKMB',
      nameVi: 'Công khai, minh bạch',
      nameEn: 'Publicity and transparency',
      maxPoints: 18,
      derivable: 'no',
      indicators: [
        { code: 'PUBLISH_ON_TIME', nameVi: 'Tỷ lệ TTHC công bố đúng hạn', maxPoints: 6, source: 'other' },
        {
          code: 'PUBLIC_UPDATE_ON_TIME',
          nameVi: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn',
          maxPoints: 4,
          source: 'other',
        },
        {
          code: 'PUBLIC_CONTENT_FULL',
          nameVi: 'Tỷ lệ TTHC công khai đầy đủ nội dung',
          maxPoints: 2,
          source: 'other',
        },
        {
          code: 'DOSSIER_SYNC',
          nameVi: 'Tỷ lệ hồ sơ đồng bộ trạng thái theo thời gian thực với Cổng DVC quốc gia',
          maxPoints: 6,
          source: 'other',
        },
      ],
    },
    {
      code: 'TDGQ',
      nameVi: 'Tiến độ giải quyết',
      nameEn: 'Processing progress',
      maxPoints: 20,
      derivable: 'yes',
      indicators: [PROGRESS_INDICATOR],
    },
    {
      code: 'CLGQ',
      nameVi: 'Dịch vụ công trực tuyến',
      nameEn: 'Online public services',
      maxPoints: 12,
      derivable: 'partly',
      indicators: [
        {
          code: 'ONLINE_FULL_PROCESS',
          nameVi: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình',
          maxPoints: 12,
          source: 'dossiers',
        },
      ],
    },
    {
      code: 'TTTT',
      nameVi: 'Thanh toán trực tuyến',
      nameEn: 'Online payment',
      maxPoints: 10,
      derivable: 'partly',
      indicators: [
        {
          code: 'ONLINE_PAYMENT',
          nameVi: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
          maxPoints: 10,
          source: 'other',
        },
      ],
    },
    {
      code: 'MDSH',
      nameVi: 'Số hóa hồ sơ',
      nameEn: 'Dossier digitisation',
      maxPoints: 22,
      derivable: 'partly',
      indicators: [
        {
          code: 'ORIGINAL_RESULT_AVAILABLE',
          nameVi: 'Tỷ lệ hồ sơ có kết quả giải quyết điện tử',
          maxPoints: 6,
          source: 'other',
        },
        {
          code: 'SO_HOA_GIAY_TO_GIAI_QUYET',
          nameVi: 'Tỷ lệ hồ sơ số hóa thành phần hồ sơ',
          maxPoints: 4,
          source: 'other',
        },
        {
          code: 'ELECTRONIC_CERTIFIED_COPY',
          nameVi: 'Tỷ lệ cung cấp chứng thực bản sao điện tử từ bản chính',
          maxPoints: 2,
          source: 'other',
        },
        {
          code: 'REUSED_DIGITIZED_DATA',
          nameVi: 'Tỷ lệ hồ sơ có thành phần được cắt giảm, thay thế dựa trên dữ liệu',
          maxPoints: 2,
          source: 'other',
        },
        {
          code: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
          nameVi: 'Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu để tái sử dụng',
          maxPoints: 4,
          source: 'other',
        },
        {
          code: 'CITIZEN_DATA_CONNECTED_DOSSIER',
          nameVi: 'Tỷ lệ hồ sơ sử dụng dữ liệu dân cư',
          maxPoints: 2,
          source: 'other',
        },
        {
          code: 'CITIZEN_DATA_CONNECTED_FORMALITY',
          nameVi: 'Tỷ lệ TTHC kết nối, chia sẻ dữ liệu dân cư',
          maxPoints: 2,
          source: 'other',
        },
      ],
    },
    {
      code: 'MDHL',
      nameVi: 'Mức độ hài lòng',
      nameEn: 'Satisfaction',
      maxPoints: 18,
      derivable: 'partly',
      indicators: [
        DOSSIER_SATISFACTION_INDICATOR,
        {
          code: 'PETITION_PROCESSING_ON_TIME',
          nameVi: 'Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn',
          maxPoints: 6,
          source: 'feedback',
        },
        {
          code: 'PETITION_HANDLING_SATISFACTION',
          nameVi: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị',
          maxPoints: 6,
          source: 'feedback',
        },
      ],
    },
  ],
  grades: GRADES_766,
};

/**
 * The decision's own layout (QĐ 766/QĐ-TTg of 23/6/2022): five groups, online services one group of
 * 22 points (the portal later split it into CLGQ 12 + TTTT 10; its radar still shows ONLINE_SERVICE
 * of 22). The reference gives the five groups and their maxima but is silent on the 2022 grade
 * bands and on most 2022 sub-indicators: the bands are kept identical to the portal's, and only the
 * sub-indicators whose rule the reference fixes (progress 20, dossier satisfaction 6) are listed.
 */
export const INDEX_766_DECISION_2022: IndexVersion = {
  id: '766-decision-2022',
  labelVi: 'QĐ 766/QĐ-TTg ngày 23/6/2022 — bộ chỉ số ban đầu (5 nhóm)',
  labelEn: 'QĐ 766/QĐ-TTg of 23 June 2022 — original index (5 groups)',
  validFrom: '2022-06',
  groups: [
    {
      code: 'CKMB',
      nameVi: 'Công khai, minh bạch',
      nameEn: 'Publicity and transparency',
      maxPoints: 18,
      derivable: 'no',
      indicators: [],
    },
    {
      code: 'TDGQ',
      nameVi: 'Tiến độ giải quyết',
      nameEn: 'Processing progress',
      maxPoints: 20,
      derivable: 'yes',
      indicators: [PROGRESS_INDICATOR],
    },
    {
      code: 'DVCTT',
      aliases: ['ONLINE_SERVICE'],
      nameVi: 'Dịch vụ công trực tuyến',
      nameEn: 'Online public services',
      maxPoints: 22,
      derivable: 'partly',
      indicators: [],
    },
    {
      code: 'MDHL',
      nameVi: 'Mức độ hài lòng',
      nameEn: 'Satisfaction',
      maxPoints: 18,
      derivable: 'partly',
      indicators: [DOSSIER_SATISFACTION_INDICATOR],
    },
    {
      code: 'MDSH',
      nameVi: 'Số hóa hồ sơ',
      nameEn: 'Dossier digitisation',
      maxPoints: 22,
      derivable: 'partly',
      indicators: [],
    },
  ],
  grades: GRADES_766,
};

/** Oldest first; each version runs until the next one's validFrom. */
export const INDEX_VERSIONS: readonly IndexVersion[] = [INDEX_766_DECISION_2022, INDEX_766_PORTAL_2025];

/** "Đạt loại Tốt" means at least this many points; the province's target is 100 % of units there. */
export const GOOD_THRESHOLD = 80;

export function indexVersionById(id: string): IndexVersion | null {
  return INDEX_VERSIONS.find((v) => v.id === id) ?? null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/**
 * The last month (yyyy-MM) of a scorecard period: `yyyy-MM` itself, the quarter's or the year's
 * last month for `yyyy-Qn` / `yyyy`. Null for anything else.
 */
export function lastMonthOf(period: string): string | null {
  const month = MONTH.exec(period);
  if (month) return period;
  const quarter = QUARTER.exec(period);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}`;
  const year = YEAR.exec(period);
  return year ? `${year[1]}-12` : null;
}

export function isScorePeriod(period: string): boolean {
  return lastMonthOf(period) !== null;
}

/**
 * The version a period is scored under: the latest whose validFrom is not after the period's last
 * month. Quarters and years go by their last month because the portal recomputes a year (or quarter)
 * to date with the rules in force when it publishes. Null for a malformed period or one before QĐ 766.
 */
export function indexVersionFor(period: string): IndexVersion | null {
  const last = lastMonthOf(period);
  if (last === null) return null;
  let found: IndexVersion | null = null;
  for (const v of INDEX_VERSIONS) if (v.validFrom <= last) found = v;
  return found;
}

export function groupOf(version: IndexVersion, code: string): IndexGroup | null {
  return version.groups.find((g) => g.code === code || (g.aliases ?? []).includes(code)) ?? null;
}

export function maxTotalOf(version: IndexVersion): number {
  return version.groups.reduce((sum, g) => sum + g.maxPoints, 0);
}

/**
 * Points as the portal publishes them: rounded half up to 2 decimals. The rounding goes through 12
 * significant digits first so that a sum such as 79.99999999999999 (floating-point noise of adding
 * group scores) is 80, and 79.995 (stored as 79.99499…) rounds up as it reads.
 */
export function roundPoints(points: number): number {
  if (!Number.isFinite(points)) return points;
  const scaled = Number((Math.abs(points) * 100).toPrecision(12));
  const rounded = Math.floor(scaled + 0.5) / 100;
  return points < 0 ? -rounded : rounded;
}

/**
 * The grade band of a total. Graded on the total rounded to 2 decimals (roundPoints), as published:
 * 79.99 is Khá, 80 and 79.999999 (= 80.00) are Tốt, 89.99 is Tốt, 90 is Xuất sắc.
 */
export function gradeOf(points: number, version: IndexVersion = INDEX_766_PORTAL_2025): GradeBand {
  const rounded = roundPoints(points);
  for (const band of version.grades) if (rounded >= band.minPoints) return band;
  return version.grades[version.grades.length - 1]!;
}

/** A band's points: from `from` (null for the lowest band) up to, not including, `below` (null for the top band). */
export interface GradeBandRange {
  band: GradeBand;
  from: number | null;
  below: number | null;
}

/** The version's bands with both bounds, highest first, as the decision words them. */
export function gradeBandRanges(version: IndexVersion): GradeBandRange[] {
  return version.grades.map((band, i) => ({
    band,
    from: Number.isFinite(band.minPoints) ? band.minPoints : null,
    below: version.grades[i - 1]?.minPoints ?? null,
  }));
}

export function gradeBandById(id: GradeId, version: IndexVersion = INDEX_766_PORTAL_2025): GradeBand {
  return version.grades.find((g) => g.id === id)!;
}

/** "Đạt loại Tốt" or better, on the total rounded as published. */
export function isGoodOrBetter(points: number): boolean {
  return roundPoints(points) >= GOOD_THRESHOLD;
}

/** Anything scored under an index version (a Scorecard, an estimate, a target). */
export interface Versioned {
  versionId: string;
}

export function sameVersion(a: Versioned, b: Versioned): boolean {
  return a.versionId === b.versionId;
}

/** What a screen must say before putting two scores side by side. */
export interface VersionChange {
  from: IndexVersion | null;
  to: IndexVersion | null;
  /** Groups whose code or maximum differ between the two versions. */
  changedGroups: string[];
  messageVi: string;
  messageEn: string;
}

/**
 * Null when `a` and `b` were scored under the same version; otherwise what changed, with a sentence
 * to show next to the comparison. `a` is the earlier score.
 */
export function versionChange(a: Versioned, b: Versioned): VersionChange | null {
  if (sameVersion(a, b)) return null;
  const from = indexVersionById(a.versionId);
  const to = indexVersionById(b.versionId);
  const key = (v: IndexVersion | null) => new Map((v?.groups ?? []).map((g) => [g.code, g.maxPoints]));
  const before = key(from);
  const after = key(to);
  const changedGroups = [...new Set([...before.keys(), ...after.keys()])].filter(
    (code) => before.get(code) !== after.get(code),
  );
  const name = (v: IndexVersion | null, id: string, lang: 'Vi' | 'En') => (v ? v[`label${lang}`] : id);
  return {
    from,
    to,
    changedGroups,
    messageVi: `Không so sánh trực tiếp được: điểm chấm theo hai bộ chỉ số khác nhau (${name(from, a.versionId, 'Vi')} → ${name(to, b.versionId, 'Vi')}).`,
    messageEn: `Not directly comparable: scored under two different index versions (${name(from, a.versionId, 'En')} → ${name(to, b.versionId, 'En')}).`,
  };
}
