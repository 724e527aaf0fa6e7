/** The canonical fields a feedback (PAKN) export is mapped onto. */
export const FEEDBACK_FIELDS = [
  'code',
  'unit',
  'receivedAt',
  'dueAt',
  'handledAt',
  'category',
  'rating',
] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export const REQUIRED_FEEDBACK_FIELDS: readonly FeedbackField[] = ['code', 'unit', 'receivedAt'];

export const FEEDBACK_DATE_FIELDS: ReadonlySet<FeedbackField> = new Set(['receivedAt', 'dueAt', 'handledAt']);

/** field → 0-based column index. */
export type FeedbackColumnMapping = Partial<Record<FeedbackField, number>>;

/** Labels used in messages whatever the file's header says. */
export const FEEDBACK_FIELD_LABELS: Record<FeedbackField, string> = {
  code: 'Mã phản ánh',
  unit: 'Đơn vị xử lý',
  receivedAt: 'Ngày tiếp nhận',
  dueAt: 'Hạn xử lý',
  handledAt: 'Ngày xử lý',
  category: 'Phân loại',
  rating: 'Đánh giá',
};

/**
 * Header texts that name each field in feedback exports of the portals' PAKN systems. Compared
 * folded (case, diacritics and punctuation do not matter), scored like the dossier synonyms.
 */
export const FEEDBACK_SYNONYMS: Record<FeedbackField, readonly string[]> = {
  code: [
    'Mã phản ánh',
    'Mã PAKN',
    'Mã phản ánh kiến nghị',
    'Mã số phản ánh',
    'Số phản ánh',
    'Mã kiến nghị',
    'Mã số PAKN',
  ],
  unit: [
    'Đơn vị',
    'Đơn vị xử lý',
    'Cơ quan xử lý',
    'Đơn vị tiếp nhận xử lý',
    'Cơ quan tiếp nhận xử lý',
    'Cơ quan giải quyết',
    'Đơn vị giải quyết',
    'Đơn vị được phản ánh',
    'Cơ quan',
    'Tên đơn vị',
  ],
  receivedAt: [
    'Ngày tiếp nhận',
    'Ngày nhận',
    'Thời gian tiếp nhận',
    'Ngày gửi',
    'Ngày phản ánh',
    'Thời gian phản ánh',
    'Ngày gửi phản ánh',
    'Ngày tạo',
  ],
  dueAt: ['Hạn xử lý', 'Hạn trả lời', 'Thời hạn xử lý', 'Hạn giải quyết', 'Ngày hết hạn', 'Hạn xử lý PAKN'],
  handledAt: [
    'Ngày xử lý',
    'Ngày trả lời',
    'Ngày xử lý xong',
    'Ngày hoàn thành',
    'Ngày phản hồi',
    'Ngày có kết quả',
    'Thời gian xử lý xong',
    'Ngày kết thúc',
  ],
  category: [
    'Phân loại',
    'Loại phản ánh',
    'Loại PAKN',
    'Nhóm phản ánh',
    'Lĩnh vực phản ánh',
    'Phân loại PAKN',
  ],
  rating: [
    'Đánh giá',
    'Đánh giá của người dân',
    'Kết quả đánh giá',
    'Mức độ hài lòng',
    'Đánh giá kết quả xử lý',
    'Đánh giá hài lòng',
  ],
};
