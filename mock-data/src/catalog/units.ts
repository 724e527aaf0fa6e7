import { createRandom } from '../random.ts';
import type { ActiveSpan } from './eras.ts';
import { RETIRED_COMMUNES, RETIRED_DISTRICTS, RURAL_COMMUNES, SPECIAL_ZONES, WARDS } from './place-names.ts';

/** The three ranking groups of reference §6, plus the retired districts and the receiving-only centre. */
export type UnitGroup = 'department' | 'commune' | 'vertical' | 'district' | 'service-centre';

/** Which procedures a unit resolves: by sector for departments and agencies, by level otherwise. */
export type UnitDuty =
  | {
      kind: 'sectors';
      sectors: readonly string[];
      /** Sectors the unit took over in the March 2025 merger. */
      sectorsFromMerger?: readonly string[];
      /** Sectors the unit handed over in the March 2025 merger. */
      sectorsBeforeMerger?: readonly string[];
    }
  | { kind: 'commune' }
  | { kind: 'district' }
  | { kind: 'receiving-only' };

export interface MockUnit extends ActiveSpan {
  /** Stable key for code that refers to a unit, e.g. 'so-xay-dung'. */
  key: string;
  /** Unit id as used in dossier codes: `H01.38.12` (local) or `000.00.12.H01` (provincial). */
  codePrefix: string;
  /** Canonical name, NFC. */
  name: string;
  group: UnitGroup;
  duty: UnitDuty;
  /** Relative dossier volume among active units. */
  weight: number;
  /** Share of late finishes for the few deliberately bad units; others get the province's rate. */
  lateShare?: number;
  ratingScale: 3 | 5;
  /** Name of the unit that took over, for retired units. */
  successor?: string;
}

const PROVINCE = 'H01';

function provincialCode(n: number): string {
  return `000.00.${String(n).padStart(2, '0')}.${PROVINCE}`;
}

interface DepartmentSeed {
  key: string;
  name: string;
  weight: number;
  duty: UnitDuty;
  span?: ActiveSpan;
  successor?: string;
  lateShare?: number;
  group?: UnitGroup;
}

const DEPARTMENTS: readonly DepartmentSeed[] = [
  {
    key: 'so-noi-vu',
    name: 'Sở Nội vụ',
    weight: 1.6,
    duty: {
      kind: 'sectors',
      sectors: ['Nội vụ', 'Thi đua - Khen thưởng', 'Văn thư và Lưu trữ'],
      sectorsFromMerger: ['Lao động', 'Người có công', 'Giáo dục nghề nghiệp'],
      sectorsBeforeMerger: ['Tôn giáo'],
    },
  },
  {
    key: 'so-tu-phap',
    name: 'Sở Tư pháp',
    weight: 3,
    duty: { kind: 'sectors', sectors: ['Lý lịch tư pháp', 'Công chứng', 'Tư pháp'] },
  },
  {
    key: 'so-tai-chinh',
    name: 'Sở Tài chính',
    weight: 2.4,
    duty: {
      kind: 'sectors',
      sectors: ['Quản lý công sản'],
      sectorsFromMerger: ['Đăng ký kinh doanh', 'Đầu tư'],
    },
  },
  {
    key: 'so-cong-thuong',
    name: 'Sở Công Thương',
    weight: 1.6,
    duty: { kind: 'sectors', sectors: ['Thương mại', 'Điện'] },
  },
  {
    key: 'so-nn-mt',
    name: 'Sở Nông nghiệp và Môi trường',
    weight: 3,
    span: { fromEra: 1 },
    lateShare: 0.08,
    duty: {
      kind: 'sectors',
      sectors: ['Đất đai', 'Môi trường', 'Tài nguyên nước', 'Khoáng sản', 'Nông nghiệp', 'Thủy sản', 'Thú y'],
    },
  },
  {
    key: 'so-xay-dung',
    name: 'Sở Xây dựng',
    weight: 2.6,
    lateShare: 0.06,
    duty: { kind: 'sectors', sectors: ['Xây dựng', 'Nhà ở'], sectorsFromMerger: ['Giao thông vận tải'] },
  },
  {
    key: 'so-gd-dt',
    name: 'Sở Giáo dục và Đào tạo',
    weight: 2,
    duty: { kind: 'sectors', sectors: ['Giáo dục'] },
  },
  {
    key: 'so-y-te',
    name: 'Sở Y tế',
    weight: 2.2,
    duty: { kind: 'sectors', sectors: ['Y tế', 'Dược', 'An toàn thực phẩm'] },
  },
  {
    key: 'so-vh-tt-dl',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    weight: 0.8,
    duty: { kind: 'sectors', sectors: ['Văn hóa', 'Du lịch', 'Thể dục thể thao'] },
  },
  {
    key: 'so-kh-cn',
    name: 'Sở Khoa học và Công nghệ',
    weight: 0.6,
    duty: {
      kind: 'sectors',
      sectors: ['Khoa học và công nghệ'],
      sectorsFromMerger: ['Thông tin và truyền thông'],
    },
  },
  {
    key: 'so-dan-toc-ton-giao',
    name: 'Sở Dân tộc và Tôn giáo',
    weight: 0.3,
    span: { fromEra: 1 },
    duty: { kind: 'sectors', sectors: ['Tôn giáo', 'Công tác dân tộc'] },
  },
  {
    key: 'vp-ubnd-tinh',
    name: 'Văn phòng UBND tỉnh',
    weight: 0.3,
    span: { fromEra: 1 },
    duty: { kind: 'sectors', sectors: ['Ngoại vụ'] },
  },
  {
    key: 'thanh-tra-tinh',
    name: 'Thanh tra tỉnh',
    weight: 0.15,
    duty: { kind: 'sectors', sectors: ['Giải quyết khiếu nại', 'Giải quyết tố cáo'] },
  },
  {
    key: 'bql-kkt',
    name: 'Ban Quản lý Khu kinh tế',
    weight: 0.5,
    duty: { kind: 'sectors', sectors: [] },
  },
  // Departments merged into the ones above on 1 March 2025.
  {
    key: 'so-ke-hoach-dau-tu',
    name: 'Sở Kế hoạch và Đầu tư',
    weight: 2,
    span: { toEra: 0 },
    successor: 'Sở Tài chính',
    duty: { kind: 'sectors', sectors: ['Đăng ký kinh doanh', 'Đầu tư'] },
  },
  {
    key: 'so-tn-mt',
    name: 'Sở Tài nguyên và Môi trường',
    weight: 3,
    span: { toEra: 0 },
    successor: 'Sở Nông nghiệp và Môi trường',
    lateShare: 0.08,
    duty: { kind: 'sectors', sectors: ['Đất đai', 'Môi trường', 'Tài nguyên nước', 'Khoáng sản'] },
  },
  {
    key: 'so-nn-ptnt',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    weight: 1.4,
    span: { toEra: 0 },
    successor: 'Sở Nông nghiệp và Môi trường',
    duty: { kind: 'sectors', sectors: ['Nông nghiệp', 'Thủy sản', 'Thú y'] },
  },
  {
    key: 'so-gtvt',
    name: 'Sở Giao thông vận tải',
    weight: 1.5,
    span: { toEra: 0 },
    successor: 'Sở Xây dựng',
    duty: { kind: 'sectors', sectors: ['Giao thông vận tải'], sectorsBeforeMerger: ['Giấy phép lái xe'] },
  },
  {
    key: 'so-ldtbxh',
    name: 'Sở Lao động - Thương binh và Xã hội',
    weight: 1.2,
    span: { toEra: 0 },
    successor: 'Sở Nội vụ',
    duty: { kind: 'sectors', sectors: ['Lao động', 'Người có công', 'Giáo dục nghề nghiệp'] },
  },
  {
    key: 'so-tt-tt',
    name: 'Sở Thông tin và Truyền thông',
    weight: 0.3,
    span: { toEra: 0 },
    successor: 'Sở Khoa học và Công nghệ',
    duty: { kind: 'sectors', sectors: ['Thông tin và truyền thông'] },
  },
  {
    key: 'ban-dan-toc',
    name: 'Ban Dân tộc',
    weight: 0.15,
    span: { toEra: 0 },
    successor: 'Sở Dân tộc và Tôn giáo',
    duty: { kind: 'sectors', sectors: ['Công tác dân tộc'] },
  },
  {
    key: 'so-ngoai-vu',
    name: 'Sở Ngoại vụ',
    weight: 0.2,
    span: { toEra: 0 },
    successor: 'Văn phòng UBND tỉnh',
    duty: { kind: 'sectors', sectors: ['Ngoại vụ'] },
  },
];

const VERTICAL_AGENCIES: readonly DepartmentSeed[] = [
  {
    key: 'cong-an-tinh',
    name: 'Công an tỉnh',
    weight: 9,
    group: 'vertical',
    duty: {
      kind: 'sectors',
      sectors: ['Cư trú', 'Căn cước', 'Xuất nhập cảnh', 'Đăng ký xe'],
      sectorsFromMerger: ['Giấy phép lái xe'],
    },
  },
  {
    key: 'thue-tinh',
    name: 'Thuế tỉnh An Giang',
    weight: 5,
    group: 'vertical',
    duty: { kind: 'sectors', sectors: ['Thuế'] },
  },
  {
    key: 'bhxh-tinh',
    name: 'Bảo hiểm xã hội tỉnh An Giang',
    weight: 5,
    group: 'vertical',
    duty: { kind: 'sectors', sectors: ['Bảo hiểm'] },
  },
  {
    key: 'kho-bac',
    name: 'Kho bạc Nhà nước khu vực XIX',
    weight: 1,
    group: 'vertical',
    duty: { kind: 'sectors', sectors: ['Kho bạc'] },
  },
];

/** The deliberately bad local units (besides the two departments above), with their late share. */
const BAD_LOCAL_UNITS: Readonly<Record<string, number>> = {
  'UBND đặc khu Phú Quốc': 0.07,
  'UBND thành phố Phú Quốc': 0.07,
  'UBND xã Giồng Riềng': 0.12,
};

function buildUnits(): MockUnit[] {
  const units: MockUnit[] = [];
  // Fixed seed: the catalog (which commune rates on which scale) must not depend on the data seed.
  const random = createRandom(0x0a6_1a6);
  let provincial = 10;
  units.push({
    key: 'tt-phvu-hcc-tinh',
    codePrefix: provincialCode(1),
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    group: 'service-centre',
    duty: { kind: 'receiving-only' },
    weight: 0,
    ratingScale: 5,
  });
  for (const seed of DEPARTMENTS) {
    units.push({
      key: seed.key,
      codePrefix: provincialCode(provincial++),
      name: seed.name,
      group: 'department',
      duty: seed.duty,
      weight: seed.weight,
      ratingScale: 5,
      ...seed.span,
      ...(seed.successor ? { successor: seed.successor } : {}),
      ...(seed.lateShare !== undefined ? { lateShare: seed.lateShare } : {}),
    });
  }
  provincial = 80;
  for (const seed of VERTICAL_AGENCIES) {
    units.push({
      key: seed.key,
      codePrefix: provincialCode(provincial++),
      name: seed.name,
      group: 'vertical',
      duty: seed.duty,
      weight: seed.weight,
      ratingScale: 3,
    });
  }
  const perDistrict = new Map<number, number>();
  const communeCode = (district: number): string => {
    const n = (perDistrict.get(district) ?? 0) + 1;
    perDistrict.set(district, n);
    return `${PROVINCE}.${district}.${String(n).padStart(2, '0')}`;
  };
  const addCommune = (kind: string, place: { name: string; district: number; size: number }) => {
    const name = `UBND ${kind} ${place.name}`;
    const lateShare = BAD_LOCAL_UNITS[name];
    units.push({
      key: `${kind}-${place.name}`,
      codePrefix: communeCode(place.district),
      name,
      group: 'commune',
      duty: { kind: 'commune' },
      weight: place.size,
      ratingScale: random.chance(0.6) ? 5 : 3,
      ...(lateShare !== undefined ? { lateShare } : {}),
    });
  };
  for (const place of WARDS) addCommune('phường', place);
  for (const place of SPECIAL_ZONES) addCommune('đặc khu', place);
  for (const place of RURAL_COMMUNES) addCommune('xã', place);
  for (const place of RETIRED_COMMUNES) {
    units.push({
      key: `${place.kind}-${place.name}`,
      codePrefix: communeCode(place.district),
      name: `UBND ${place.kind} ${place.name}`,
      group: 'commune',
      duty: { kind: 'commune' },
      weight: place.size,
      ratingScale: 3,
      toEra: 1,
      successor: place.successor,
    });
  }
  for (const district of RETIRED_DISTRICTS) {
    const name = `UBND ${district.label}`;
    const lateShare = BAD_LOCAL_UNITS[name];
    units.push({
      key: district.label,
      codePrefix: `${PROVINCE}.${district.district}`,
      name,
      group: 'district',
      duty: { kind: 'district' },
      weight: district.size,
      ratingScale: 5,
      toEra: 1,
      successor: district.successor,
      ...(lateShare !== undefined ? { lateShare } : {}),
    });
  }
  return units;
}

export const UNITS: readonly MockUnit[] = buildUnits();

export const SERVICE_CENTRE: MockUnit = UNITS[0]!;
