import type { MetricDefinition } from './definitions.ts';
import type { FeedbackMetrics } from './feedback.ts';
import { gradeBandRanges, INDEX_766_PORTAL_2025, type IndexVersion } from './index766.ts';

/**
 * What the feedback, estimate and target numbers mean, in the words the UI shows next to them
 * (same shape as METRIC_DEFINITIONS in definitions.ts). Kept beside the code that computes them.
 */
const QD766 = 'QĐ 766/QĐ-TTg ngày 23/6/2022';
const FORMULA_SHEET = 'QĐ 766/QĐ-TTg; bảng công thức của Cổng DVC quốc gia ("Công thức 766.xlsx")';
const PRODUCT = 'Quy ước của Đúng hạn (ước tính, không phải số chính thức)';

type DefinedFeedbackMetric = Exclude<keyof FeedbackMetrics, 'carriedOver' | 'new'>;

export const FEEDBACK_DEFINITIONS: Record<DefinedFeedbackMetric, MetricDefinition> = {
  received: {
    labelVi: 'Phản ánh, kiến nghị tiếp nhận',
    labelEn: 'Feedback received',
    definitionVi: 'PAKN kỳ trước chuyển qua (chưa xử lý xong trước đầu kỳ) cộng PAKN mới tiếp nhận trong kỳ.',
    formula: 'receivedAt < E và không (handledAt < S)',
    source: FORMULA_SHEET,
  },
  handled: {
    labelVi: 'Đã xử lý',
    labelEn: 'Handled',
    definitionVi: 'PAKN có ngày xử lý trong kỳ. Hiển thị dạng "đã xử lý/tiếp nhận", ví dụ 110/110.',
    formula: 'S ≤ handledAt < E',
    source: FORMULA_SHEET,
  },
  handledOnTime: {
    labelVi: 'Xử lý đúng hạn',
    labelEn: 'Handled on time',
    definitionVi: 'Đã xử lý, không muộn hơn hạn xử lý (hạn chỉ ghi ngày được tính đến hết ngày đó).',
    formula: 'handledAt ≤ dueAt',
    source: FORMULA_SHEET,
  },
  handledLate: {
    labelVi: 'Xử lý quá hạn',
    labelEn: 'Handled late',
    definitionVi: 'Đã xử lý sau hạn xử lý.',
    formula: 'handledAt > dueAt',
    source: FORMULA_SHEET,
  },
  handledNoDeadline: {
    labelVi: 'Đã xử lý, không có hạn',
    labelEn: 'Handled, no deadline',
    definitionVi: 'Đã xử lý nhưng tệp không ghi hạn xử lý: không tính vào tỷ lệ đúng hạn.',
    source: PRODUCT,
  },
  pending: {
    labelVi: 'Đang xử lý',
    labelEn: 'Pending',
    definitionVi: 'PAKN chưa xử lý xong tại cuối kỳ.',
    source: FORMULA_SHEET,
  },
  pendingWithinDeadline: {
    labelVi: 'Đang xử lý trong hạn',
    labelEn: 'Pending, within deadline',
    definitionVi: 'Chưa xử lý xong, hạn xử lý từ cuối kỳ trở đi.',
    formula: 'dueAt ≥ E',
    source: FORMULA_SHEET,
  },
  pendingOverdue: {
    labelVi: 'Đang xử lý quá hạn',
    labelEn: 'Pending, overdue',
    definitionVi: 'Chưa xử lý xong, hạn xử lý trước cuối kỳ.',
    formula: 'dueAt < E',
    source: FORMULA_SHEET,
  },
  pendingNoDeadline: {
    labelVi: 'Đang xử lý, không có hạn',
    labelEn: 'Pending, no deadline',
    definitionVi: 'Chưa xử lý xong, tệp không ghi hạn: không tính vào tỷ lệ đúng hạn.',
    source: PRODUCT,
  },
  likes: {
    labelVi: 'Hài lòng (thích)',
    labelEn: 'Likes',
    definitionVi: 'PAKN xử lý trong kỳ được người dân đánh giá hài lòng.',
    source: FORMULA_SHEET,
  },
  dislikes: {
    labelVi: 'Không hài lòng (không thích)',
    labelEn: 'Dislikes',
    definitionVi: 'PAKN xử lý trong kỳ bị người dân đánh giá không hài lòng.',
    source: FORMULA_SHEET,
  },
  dislikedOrLate: {
    labelVi: 'Không hài lòng hoặc xử lý quá hạn',
    labelEn: 'Disliked or late',
    definitionVi:
      'PAKN xử lý trong kỳ bị đánh giá không hài lòng, hoặc xử lý quá hạn (mỗi PAKN tính một lần).',
    source: FORMULA_SHEET,
  },
  onTimeRate: {
    labelVi: 'Tỷ lệ PAKN xử lý đúng hạn',
    labelEn: 'Feedback handled on time',
    definitionVi:
      'PAKN xử lý đúng, trước hạn và đang xử lý trong hạn trên tổng số PAKN có hạn xử lý. Không có dữ liệu khi không có PAKN.',
    formula: '(handledOnTime + pendingWithinDeadline) / (received − không có hạn)',
    source: FORMULA_SHEET,
  },
  satisfactionRate: {
    labelVi: 'Tỷ lệ hài lòng trong xử lý PAKN',
    labelEn: 'Satisfaction with feedback handling',
    definitionVi:
      'PAKN đã xử lý trừ số bị đánh giá không hài lòng hoặc xử lý quá hạn, trên số PAKN đã xử lý. Việc "tiếp tục phản ánh về kết quả" không có trong tệp xuất nên không được trừ.',
    formula: '(handled − dislikedOrLate) / handled',
    source: FORMULA_SHEET,
  },
  onTimeScore: {
    labelVi: 'Điểm PAKN xử lý đúng hạn (tối đa 6)',
    labelEn: 'Feedback on-time score (max 6)',
    definitionVi: '6 × tỷ lệ PAKN xử lý đúng hạn; đủ 6 điểm khi đơn vị không có PAKN.',
    formula: '6 × onTimeRate (6 khi không có dữ liệu)',
    source: FORMULA_SHEET,
  },
  satisfactionScore: {
    labelVi: 'Điểm hài lòng trong xử lý PAKN (tối đa 6)',
    labelEn: 'Feedback satisfaction score (max 6)',
    definitionVi:
      '6 × tỷ lệ hài lòng trong xử lý PAKN; đủ 6 điểm khi đơn vị không có PAKN đã xử lý. (Bảng công thức của Cổng chia điểm này cho hai chỉ tiêu khác khi không có PAKN; sản phẩm chọn cho đủ điểm.)',
    formula: '6 × satisfactionRate (6 khi không có dữ liệu)',
    source: FORMULA_SHEET,
  },
};

export type EstimateDefinitionKey =
  | 'officialTotal'
  | 'grade'
  | 'lostByGroup'
  | 'estimateTotal'
  | 'estimateProgress'
  | 'estimateOnline'
  | 'estimateSatisfaction'
  | 'estimateCarried'
  | 'goodOrBetterShare'
  | 'gapTo80'
  | 'progressWhatItTakes'
  | 'estimateError';

export const ESTIMATE_DEFINITIONS: Record<EstimateDefinitionKey, MetricDefinition> = {
  officialTotal: {
    labelVi: 'Tổng điểm chính thức (QĐ 766)',
    labelEn: 'Official score (QĐ 766)',
    definitionVi:
      'Tổng điểm các nhóm chỉ số của đơn vị trên bảng điểm do Cổng Dịch vụ công quốc gia công bố, theo phiên bản bộ chỉ số của kỳ đó. Đúng hạn chỉ nhập và kiểm tra (điểm nhóm không vượt tối đa, tổng bằng tổng các nhóm, xếp loại khớp khung điểm), không tính lại.',
    formula: 'tổng điểm các nhóm (tối đa 100)',
    source: QD766,
  },
  grade: {
    labelVi: 'Xếp loại',
    labelEn: 'Grade',
    definitionVi: `Xếp loại theo tổng điểm đã làm tròn 2 chữ số như Cổng công bố: ${bandsText(INDEX_766_PORTAL_2025)}.`,
    formula: 'khung điểm theo tổng điểm làm tròn',
    source: QD766,
  },
  lostByGroup: {
    labelVi: 'Điểm mất theo nhóm chỉ số',
    labelEn: 'Points lost by group',
    definitionVi:
      'Điểm tối đa của nhóm trừ điểm đơn vị đạt; các nhóm mất nhiều điểm nhất được liệt kê trước. Cho biết nên cải thiện ở đâu.',
    formula: 'điểm tối đa của nhóm − điểm của nhóm',
    source: QD766,
  },
  estimateTotal: {
    labelVi: 'Điểm ước tính (QĐ 766)',
    labelEn: 'Estimated score (QĐ 766)',
    definitionVi:
      'Tổng điểm các nhóm: nhóm tính được từ hồ sơ và PAKN được tính lại, các nhóm khác lấy từ bảng điểm chính thức gần nhất của đơn vị. Luôn ghi rõ nguồn từng nhóm; không phải số chính thức.',
    formula: 'tổng các nhóm',
    source: PRODUCT,
  },
  estimateProgress: {
    labelVi: 'Tiến độ giải quyết (ước tính, tối đa 20)',
    labelEn: 'Processing progress (estimate, max 20)',
    definitionVi:
      '20 × tỷ lệ tiến độ theo QĐ 766; 0 điểm khi đơn vị không có hồ sơ có hạn, như Cổng DVC quốc gia chấm.',
    formula: '20 × (early + onTime + paused + withinDeadline) / (… + late + overdue)',
    source: QD766,
  },
  estimateOnline: {
    labelVi: 'Dịch vụ công trực tuyến (ước tính, tối đa 12)',
    labelEn: 'Online services (estimate, max 12)',
    definitionVi:
      'Theo tỷ lệ hồ sơ mới nộp trực tuyến: đủ điểm khi từ 50 % trở lên, dưới mức đó tính tỷ lệ thuận. Chỉ tính khi tệp có cột hình thức nộp. Cổng chỉ tính hồ sơ toàn trình của TTHC đủ điều kiện, nên đây là ước tính gần đúng.',
    formula: '12 × min(1, newOnline / new / 0,5)',
    source: QD766,
  },
  estimateSatisfaction: {
    labelVi: 'Mức độ hài lòng (ước tính, tối đa 18)',
    labelEn: 'Satisfaction (estimate, max 18)',
    definitionVi:
      'Điểm hài lòng trong tiếp nhận, giải quyết TTHC (6) cộng hai chỉ tiêu PAKN (6 + 6). Chỉ tính khi có cả tệp hồ sơ và tệp PAKN; nếu không, lấy từ bảng điểm chính thức.',
    formula: 'satisfactionScore766 + onTimeScore + satisfactionScore',
    source: FORMULA_SHEET,
  },
  estimateCarried: {
    labelVi: 'Nhóm lấy từ bảng điểm chính thức',
    labelEn: 'Group carried from the official scorecard',
    definitionVi:
      'Công khai minh bạch, thanh toán trực tuyến, số hóa hồ sơ (và nhóm nào thiếu dữ liệu) lấy từ bảng điểm chính thức gần nhất, ghi rõ kỳ. Nếu bảng điểm theo bộ chỉ số khác, kết quả ghi rõ điều đó.',
    source: PRODUCT,
  },
  goodOrBetterShare: {
    labelVi: 'Tỷ lệ đơn vị đạt loại Tốt trở lên',
    labelEn: 'Units rated Good or better',
    definitionVi:
      'Số đơn vị có tổng điểm (làm tròn 2 chữ số như Cổng công bố) từ 80 trở lên, trên tổng số đơn vị. Mục tiêu: 100 %.',
    formula: 'đơn vị có điểm ≥ 80 / số đơn vị',
    source: QD766,
  },
  gapTo80: {
    labelVi: 'Còn thiếu để đạt loại Tốt',
    labelEn: 'Points short of Good',
    definitionVi: '80 trừ tổng điểm; 0 khi đã đạt loại Tốt trở lên.',
    formula: 'max(0, 80 − tổng điểm)',
    source: QD766,
  },
  progressWhatItTakes: {
    labelVi: 'Cần giải quyết đúng hạn thêm (hồ sơ)',
    labelEn: 'Dossiers to resolve on time',
    definitionVi:
      'Số hồ sơ ít nhất, trong số hồ sơ đang giải quyết sắp đến hạn trước cuối tháng, phải giải quyết đúng hạn để tổng điểm đạt 80, giữ nguyên các nhóm khác. Hồ sơ đã quá hạn không tính: giải quyết bây giờ vẫn là trễ hạn. "Không đạt được chỉ bằng tiến độ" khi số đó vượt quá số hồ sơ sắp đến hạn hoặc khi 20 điểm tiến độ vẫn chưa đủ.',
    formula: 'k = ⌈(80 − điểm các nhóm khác) × D / 20 − tốt⌉, D = tốt + (trễ hạn + quá hạn)',
    source: PRODUCT,
  },
  estimateError: {
    labelVi: 'Độ chính xác của ước tính',
    labelEn: 'Accuracy of the estimate',
    definitionVi:
      'Khi bảng điểm chính thức của một tháng được nhập, so với điểm ước tính của cùng tháng: chênh lệch trung bình (giá trị tuyệt đối) của tổng điểm và của từng nhóm, và số đơn vị được ước tính đúng xếp loại. Không so sánh hai bảng điểm theo hai phiên bản bộ chỉ số khác nhau.',
    formula: 'trung bình |ước tính − chính thức|',
    source: PRODUCT,
  },
};

/** "Xuất sắc: từ 90 điểm; Tốt: từ 80 đến dưới 90; …", from the version's bands, highest first. */
export function bandsText(version: IndexVersion): string {
  return gradeBandRanges(version)
    .map(({ band, from, below }) => {
      if (from === null) return `${band.labelVi}: dưới ${below}`;
      if (below === null) return `${band.labelVi}: từ ${from} điểm`;
      return `${band.labelVi}: từ ${from} đến dưới ${below}`;
    })
    .join('; ');
}
