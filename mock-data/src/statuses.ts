import type { Rating, StatusBucket } from '../../src/domain/dossier.ts';
import { pickWeighted, type Random } from './random.ts';

/** What happened to a dossier by the export's as-of time; each maps to a national code and texts. */
export type DossierState =
  | 'returned'
  | 'resolved'
  | 'withdrawn'
  | 'processing'
  | 'just-received'
  | 'awaiting-supplement'
  | 'awaiting-payment'
  | 'stopped'
  | 'refused'
  | 'registered'
  | 'cancelled'
  | 'unknown';

export interface StatusChoice {
  code: number | null;
  bucket: StatusBucket | 'unknown';
  /** The texts exports use for it, with how often. */
  texts: readonly (readonly [string, number])[];
}

export const STATUS_BY_STATE: Readonly<Record<DossierState, StatusChoice>> = {
  returned: {
    code: 10,
    bucket: 'finished',
    texts: [
      ['Đã trả kết quả', 90],
      ['Hoàn thành', 6],
      ['Đã trả', 4],
    ],
  },
  resolved: {
    code: 9,
    bucket: 'finished',
    texts: [
      ['Đã xử lý xong', 6],
      ['Đã có kết quả', 4],
    ],
  },
  withdrawn: {
    code: 7,
    bucket: 'withdrawn',
    texts: [
      ['Công dân yêu cầu rút hồ sơ', 4],
      ['Công dân rút hồ sơ', 3],
      ['Rút hồ sơ', 3],
    ],
  },
  processing: {
    code: 4,
    bucket: 'pending',
    texts: [
      ['Đang xử lý', 8],
      ['Đang giải quyết', 2],
    ],
  },
  'just-received': {
    code: 2,
    bucket: 'pending',
    texts: [
      ['Được tiếp nhận', 1],
      ['Đã tiếp nhận', 1],
      ['Mới tiếp nhận', 1],
    ],
  },
  'awaiting-supplement': {
    code: 5,
    bucket: 'paused',
    texts: [
      ['Chờ bổ sung', 7],
      ['Yêu cầu bổ sung giấy tờ', 3],
    ],
  },
  'awaiting-payment': {
    code: 6,
    bucket: 'paused',
    texts: [
      ['Chờ thực hiện nghĩa vụ tài chính', 1],
      ['Yêu cầu thực hiện nghĩa vụ tài chính', 1],
    ],
  },
  stopped: {
    code: 8,
    bucket: 'paused',
    texts: [
      ['Dừng xử lý', 1],
      ['Tạm dừng', 1],
    ],
  },
  refused: {
    code: 3,
    bucket: 'excluded',
    texts: [
      ['Không tiếp nhận', 5],
      ['Từ chối tiếp nhận', 3],
      ['Không được tiếp nhận', 2],
    ],
  },
  registered: {
    code: 1,
    bucket: 'excluded',
    texts: [
      ['Mới đăng ký', 3],
      ['Chờ tiếp nhận', 1],
    ],
  },
  cancelled: { code: null, bucket: 'excluded', texts: [['Đã hủy', 1]] },
  unknown: {
    code: null,
    bucket: 'unknown',
    texts: [
      ['Chuyển xử lý liên thông', 3],
      ['Đang thẩm định', 2],
      ['Chờ phê duyệt', 2],
      ['Đã chuyển một cửa', 1],
      ['Chờ ký duyệt', 1],
    ],
  },
};

/** National sync codes of the channels (reference §1). */
export const CHANNEL_TEXT = {
  online: 'Trực tuyến',
  direct: 'Trực tiếp',
  postal: 'Bưu chính công ích',
} as const;
export const CHANNEL_CODE = { online: '2', direct: '1', postal: '3' } as const;

export function statusText(state: DossierState, random: Random): string {
  return pickWeighted(random, STATUS_BY_STATE[state].texts);
}

const FIVE_LEVELS: readonly (readonly [Rating, string])[] = [
  ['very_satisfied', 'Rất hài lòng'],
  ['satisfied', 'Hài lòng'],
  ['neutral', 'Bình thường'],
  ['dissatisfied', 'Không hài lòng'],
  ['very_dissatisfied', 'Rất không hài lòng'],
];
const THREE_LEVELS: readonly (readonly [Rating, string])[] = [
  ['very_satisfied', 'Rất hài lòng'],
  ['satisfied', 'Hài lòng'],
  ['dissatisfied', 'Không hài lòng'],
];

/** Mostly satisfied; a late dossier is far more often rated badly. */
export function pickRating(random: Random, scale: 3 | 5, late: boolean): { rating: Rating; text: string } {
  const weights =
    scale === 5 ? (late ? [15, 30, 20, 25, 10] : [55, 38, 5, 1.5, 0.5]) : late ? [20, 40, 40] : [52, 45, 3];
  const levels = scale === 5 ? FIVE_LEVELS : THREE_LEVELS;
  const [rating, text] = pickWeighted(
    random,
    levels.map((level, i) => [level, weights[i]!] as const),
  );
  return { rating, text };
}
