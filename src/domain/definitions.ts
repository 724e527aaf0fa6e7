import type { Metrics } from './metrics.ts';

/**
 * What each number means, in the words the UI shows next to it (reference §3–§5). Kept beside the
 * code that computes it so the two cannot drift apart.
 */
export interface MetricDefinition {
  labelVi: string;
  labelEn: string;
  definitionVi: string;
  formula?: string;
  source: string;
}

const TT01 = 'Biểu 06, Thông tư 01/2020/TT-VPCP';
const QD766 = 'QĐ 766/QĐ-TTg ngày 23/6/2022';
const APOLOGY = 'Nghị định 61/2018/NĐ-CP; mẫu phiếu xin lỗi theo Thông tư 01/2018/TT-VPCP';

type DefinedMetric = Exclude<keyof Metrics, 'ratings'>;

export const METRIC_DEFINITIONS: Record<DefinedMetric, MetricDefinition> = {
  received: {
    labelVi: 'Tổng số hồ sơ tiếp nhận',
    labelEn: 'Received',
    definitionVi: 'Hồ sơ kỳ trước chuyển qua cộng hồ sơ mới tiếp nhận trong kỳ.',
    formula: 'carriedOver + new',
    source: TT01,
  },
  carriedOver: {
    labelVi: 'Kỳ trước chuyển qua',
    labelEn: 'Carried over',
    definitionVi: 'Hồ sơ tiếp nhận trước kỳ và chưa có kết quả trước ngày đầu kỳ.',
    formula: 'receivedAt < S và không (finishedAt < S)',
    source: TT01,
  },
  new: {
    labelVi: 'Mới tiếp nhận',
    labelEn: 'New',
    definitionVi: 'Hồ sơ có ngày tiếp nhận trong kỳ.',
    formula: 'S ≤ receivedAt < E',
    source: TT01,
  },
  newOnline: {
    labelVi: 'Mới tiếp nhận trực tuyến',
    labelEn: 'New, online',
    definitionVi: 'Hồ sơ mới nộp qua dịch vụ công trực tuyến.',
    source: TT01,
  },
  newDirect: {
    labelVi: 'Mới tiếp nhận trực tiếp',
    labelEn: 'New, direct',
    definitionVi: 'Hồ sơ mới nộp trực tiếp tại Bộ phận một cửa.',
    source: TT01,
  },
  newPostal: {
    labelVi: 'Mới tiếp nhận qua bưu chính',
    labelEn: 'New, postal',
    definitionVi: 'Hồ sơ mới nộp qua dịch vụ bưu chính công ích.',
    source: TT01,
  },
  newUnknownChannel: {
    labelVi: 'Mới tiếp nhận, không rõ kênh',
    labelEn: 'New, channel unknown',
    definitionVi: 'Hồ sơ mới mà tệp xuất không ghi hình thức nộp.',
    source: TT01,
  },
  resolved: {
    labelVi: 'Đã giải quyết',
    labelEn: 'Resolved',
    definitionVi: 'Hồ sơ có ngày có kết quả (hoặc rút hồ sơ) trong kỳ.',
    formula: 'S ≤ finishedAt < E',
    source: TT01,
  },
  early: {
    labelVi: 'Trước hạn',
    labelEn: 'Early',
    definitionVi: 'Đã giải quyết, có kết quả vào một ngày trước ngày hẹn trả.',
    formula: 'finishedAt ≤ dueAt và ngày(finishedAt) < ngày(dueAt)',
    source: TT01,
  },
  onTime: {
    labelVi: 'Đúng hạn',
    labelEn: 'On time',
    definitionVi: 'Đã giải quyết, có kết quả trong đúng ngày hẹn trả, không muộn hơn giờ hẹn.',
    formula: 'finishedAt ≤ dueAt, cùng ngày',
    source: TT01,
  },
  late: {
    labelVi: 'Quá hạn',
    labelEn: 'Late',
    definitionVi: 'Đã giải quyết sau thời điểm hẹn trả. Phiếu xin lỗi không làm hồ sơ thành đúng hạn.',
    formula: 'finishedAt > dueAt',
    source: TT01,
  },
  withdrawn: {
    labelVi: 'Rút hồ sơ',
    labelEn: 'Withdrawn',
    definitionVi:
      'Số hồ sơ đã giải quyết trong kỳ là hồ sơ công dân rút; được phân loại đúng/quá hạn như hồ sơ khác.',
    source: QD766,
  },
  pending: {
    labelVi: 'Đang giải quyết (tồn)',
    labelEn: 'Pending',
    definitionVi: 'Hồ sơ đã tiếp nhận trước cuối kỳ và chưa có kết quả tại cuối kỳ.',
    formula: 'receivedAt < E và không (finishedAt < E)',
    source: TT01,
  },
  paused: {
    labelVi: 'Tạm dừng (chờ bổ sung, nghĩa vụ tài chính)',
    labelEn: 'Paused',
    definitionVi: 'Đang giải quyết với trạng thái tạm dừng: thời hạn ngừng tính, không bao giờ quá hạn.',
    source: TT01,
  },
  overdue: {
    labelVi: 'Đang giải quyết quá hạn',
    labelEn: 'Overdue',
    definitionVi: 'Đang giải quyết, không tạm dừng, hạn trả trước cuối kỳ.',
    formula: 'dueAt < E',
    source: TT01,
  },
  withinDeadline: {
    labelVi: 'Đang giải quyết trong hạn',
    labelEn: 'Within deadline',
    definitionVi: 'Đang giải quyết, không tạm dừng, hạn trả từ cuối kỳ trở đi.',
    formula: 'dueAt ≥ E',
    source: TT01,
  },
  noDeadline: {
    labelVi: 'Không có hạn xử lý',
    labelEn: 'No deadline',
    definitionVi:
      'Hồ sơ không có ngày hẹn trả (trừ hồ sơ đang tạm dừng). Được tính vào tiếp nhận, giải quyết, tồn; không tính vào tỷ lệ. Hiển thị để thấy dữ liệu thiếu.',
    source: TT01,
  },
  resolvedNoDeadline: {
    labelVi: 'Đã giải quyết, không có hạn',
    labelEn: 'Resolved, no deadline',
    definitionVi: 'Đã giải quyết trong kỳ, không có ngày hẹn trả.',
    source: TT01,
  },
  pendingNoDeadline: {
    labelVi: 'Đang giải quyết, không có hạn',
    labelEn: 'Pending, no deadline',
    definitionVi: 'Đang giải quyết, không tạm dừng, không có ngày hẹn trả.',
    source: TT01,
  },
  onTimeRate: {
    labelVi: 'Tỷ lệ đúng hạn (Biểu 06)',
    labelEn: 'On-time rate (Biểu 06)',
    definitionVi:
      'Tỷ lệ hồ sơ đã giải quyết trước hạn và đúng hạn trên số đã giải quyết có hạn xử lý. Không có dữ liệu khi mẫu số bằng 0.',
    formula: '(early + onTime) / (early + onTime + late)',
    source: TT01,
  },
  progressRate766: {
    labelVi: 'Tiến độ giải quyết theo QĐ 766',
    labelEn: 'Progress (QĐ 766)',
    definitionVi:
      'Tính cả hồ sơ đang giải quyết: trước hạn, đúng hạn, tạm dừng và trong hạn trên tổng số có hạn xử lý.',
    formula:
      '(early + onTime + paused + withinDeadline) / (early + onTime + late + paused + withinDeadline + overdue)',
    source: QD766,
  },
  progressScore766: {
    labelVi: 'Điểm tiến độ giải quyết (tối đa 20)',
    labelEn: 'Progress score (max 20)',
    definitionVi:
      '20 × tỷ lệ tiến độ theo QĐ 766. Cổng DVC quốc gia cho 0 điểm khi đơn vị không có hồ sơ; ở đây hiển thị "không có dữ liệu".',
    formula: '20 × progressRate766',
    source: QD766,
  },
  onlineRate: {
    labelVi: 'Tỷ lệ hồ sơ trực tuyến',
    labelEn: 'Online share',
    definitionVi: 'Hồ sơ mới nộp trực tuyến trên tổng hồ sơ mới tiếp nhận trong kỳ.',
    formula: 'newOnline / new',
    source: QD766,
  },
  rated: {
    labelVi: 'Số hồ sơ được đánh giá',
    labelEn: 'Rated',
    definitionVi: 'Hồ sơ giải quyết trong kỳ có đánh giá của người dân.',
    source: QD766,
  },
  satisfied: {
    labelVi: 'Hài lòng',
    labelEn: 'Satisfied',
    definitionVi: 'Đánh giá "Rất hài lòng" hoặc "Hài lòng".',
    source: QD766,
  },
  satisfactionRate: {
    labelVi: 'Tỷ lệ hài lòng',
    labelEn: 'Satisfaction rate',
    definitionVi: 'Số đánh giá Rất hài lòng và Hài lòng trên số hồ sơ được đánh giá.',
    formula: '(verySatisfied + satisfied) / rated',
    source: QD766,
  },
  dissatisfiedNotLate: {
    labelVi: 'Không hài lòng (không quá hạn)',
    labelEn: 'Dissatisfied, not late',
    definitionVi: 'Hồ sơ đã giải quyết trong kỳ, đánh giá không hài lòng, không quá hạn.',
    source: QD766,
  },
  satisfactionScore766: {
    labelVi: 'Điểm hài lòng trong tiếp nhận, giải quyết TTHC (tối đa 6)',
    labelEn: 'Dossier satisfaction score (max 6)',
    definitionVi:
      'r = 1 − (quá hạn + đang quá hạn + không hài lòng mà không quá hạn) / tiếp nhận; điểm = min(6, 6 × r / 0,9); 0 điểm khi không có hồ sơ.',
    formula: 'min(6, 6 × (1 − (late + overdue + dissatisfiedNotLate) / received) / 0.9)',
    source: QD766,
  },
  lateWithApology: {
    labelVi: 'Quá hạn có phiếu xin lỗi',
    labelEn: 'Late, with apology',
    definitionVi: 'Hồ sơ giải quyết quá hạn có phiếu xin lỗi và hẹn lại ngày trả.',
    source: APOLOGY,
  },
  lateWithoutApology: {
    labelVi: 'Quá hạn chưa có phiếu xin lỗi',
    labelEn: 'Late, no apology',
    definitionVi: 'Hồ sơ giải quyết quá hạn mà tệp xuất không ghi phiếu xin lỗi.',
    source: APOLOGY,
  },
  overdueWithApology: {
    labelVi: 'Đang quá hạn có phiếu xin lỗi',
    labelEn: 'Overdue, with apology',
    definitionVi: 'Hồ sơ đang quá hạn có phiếu xin lỗi và hẹn lại ngày trả.',
    source: APOLOGY,
  },
  overdueWithoutApology: {
    labelVi: 'Đang quá hạn chưa có phiếu xin lỗi',
    labelEn: 'Overdue, no apology',
    definitionVi: 'Hồ sơ đang quá hạn mà tệp xuất không ghi phiếu xin lỗi.',
    source: APOLOGY,
  },
};
