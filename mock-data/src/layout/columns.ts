import type { DateField, MockDossierRow, PrintedDossier } from '../types.ts';

/** Alternative header names seen in real exports (reference §7), and the same without diacritics. */
export const HEADER_VARIANTS = ['default', 'alternative', 'ascii', 'alternative-ascii'] as const;
export type HeaderVariant = (typeof HEADER_VARIANTS)[number];

export type TextField = Exclude<keyof PrintedDossier, DateField>;

export type ColumnValue =
  | { kind: 'row-number' }
  | { kind: 'text'; field: TextField; identifier?: boolean }
  | { kind: 'date'; field: DateField };

export interface ColumnDefinition {
  key: 'stt' | keyof PrintedDossier;
  value: ColumnValue;
  /** [default, alternative] header names. */
  names: readonly [string, string];
  /** In a two-row header: the group label above, and this column's label under it. */
  group?: ColumnGroup;
  subNames?: readonly [string, string];
}

export type ColumnGroup = 'time' | 'applicant' | 'apology';
export const GROUP_NAMES: Readonly<Record<ColumnGroup, readonly [string, string]>> = {
  time: ['Thời gian', 'Thời gian giải quyết'],
  applicant: ['Người nộp hồ sơ', 'Thông tin người nộp'],
  apology: ['Phiếu xin lỗi', 'Văn bản xin lỗi'],
};

const text = (field: TextField, identifier = false): ColumnValue => ({ kind: 'text', field, identifier });
const date = (field: DateField): ColumnValue => ({ kind: 'date', field });

export const ALL_COLUMNS: readonly ColumnDefinition[] = [
  { key: 'stt', value: { kind: 'row-number' }, names: ['STT', 'Số TT'] },
  { key: 'code', value: text('code', true), names: ['Mã hồ sơ', 'Số hồ sơ'] },
  { key: 'procedureCode', value: text('procedureCode', true), names: ['Mã TTHC', 'Mã thủ tục'] },
  { key: 'procedure', value: text('procedure'), names: ['Tên thủ tục hành chính', 'Thủ tục'] },
  { key: 'sector', value: text('sector'), names: ['Lĩnh vực', 'Lĩnh vực giải quyết'] },
  { key: 'unit', value: text('unit'), names: ['Đơn vị xử lý', 'Cơ quan giải quyết'] },
  { key: 'receivingUnit', value: text('receivingUnit'), names: ['Đơn vị tiếp nhận', 'Nơi tiếp nhận'] },
  { key: 'channel', value: text('channel'), names: ['Hình thức nộp', 'Kênh'] },
  {
    key: 'applicantName',
    value: text('applicantName'),
    names: ['Họ tên người nộp', 'Người nộp hồ sơ'],
    group: 'applicant',
    subNames: ['Họ tên', 'Họ và tên'],
  },
  {
    key: 'idNumber',
    value: text('idNumber', true),
    names: ['Số CCCD', 'Số giấy tờ tùy thân'],
    group: 'applicant',
    subNames: ['Số CCCD', 'Số định danh'],
  },
  {
    key: 'address',
    value: text('address'),
    names: ['Địa chỉ', 'Địa chỉ liên hệ'],
    group: 'applicant',
    subNames: ['Địa chỉ', 'Địa chỉ'],
  },
  {
    key: 'phone',
    value: text('phone', true),
    names: ['Số điện thoại', 'Điện thoại'],
    group: 'applicant',
    subNames: ['Điện thoại', 'Số điện thoại'],
  },
  {
    key: 'email',
    value: text('email'),
    names: ['Email', 'Thư điện tử'],
    group: 'applicant',
    subNames: ['Email', 'Email'],
  },
  {
    key: 'receivedAt',
    value: date('receivedAt'),
    names: ['Ngày tiếp nhận', 'Ngày nhận'],
    group: 'time',
    subNames: ['Tiếp nhận', 'Nhận'],
  },
  {
    key: 'dueAt',
    value: date('dueAt'),
    names: ['Ngày hẹn trả', 'Hạn xử lý'],
    group: 'time',
    subNames: ['Hẹn trả', 'Hạn xử lý'],
  },
  {
    key: 'finishedAt',
    value: date('finishedAt'),
    names: ['Ngày có kết quả', 'Ngày kết thúc xử lý'],
    group: 'time',
    subNames: ['Có kết quả', 'Kết thúc xử lý'],
  },
  {
    key: 'returnedAt',
    value: date('returnedAt'),
    names: ['Ngày trả kết quả', 'Ngày trả'],
    group: 'time',
    subNames: ['Trả kết quả', 'Trả'],
  },
  { key: 'status', value: text('status'), names: ['Trạng thái', 'Tình trạng'] },
  { key: 'rating', value: text('rating'), names: ['Đánh giá', 'Mức độ hài lòng'] },
  {
    key: 'apologyAt',
    value: date('apologyAt'),
    names: ['Ngày xin lỗi', 'Ngày gửi phiếu xin lỗi'],
    group: 'apology',
    subNames: ['Ngày xin lỗi', 'Ngày gửi'],
  },
  {
    key: 'newDueAt',
    value: date('newDueAt'),
    names: ['Ngày hẹn trả mới', 'Ngày hẹn lại'],
    group: 'apology',
    subNames: ['Ngày hẹn trả mới', 'Ngày hẹn lại'],
  },
];

const PERSONAL_KEYS = new Set(['applicantName', 'idNumber', 'address', 'phone', 'email']);
const APOLOGY_KEYS = new Set(['apologyAt', 'newDueAt']);

export function selectColumns(options: { personal: boolean; apology: boolean }): ColumnDefinition[] {
  return ALL_COLUMNS.filter(
    (c) => (options.personal || !PERSONAL_KEYS.has(c.key)) && (options.apology || !APOLOGY_KEYS.has(c.key)),
  );
}

export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export function headerName(names: readonly [string, string], variant: HeaderVariant): string {
  const name = variant === 'alternative' || variant === 'alternative-ascii' ? names[1] : names[0];
  return variant === 'ascii' || variant === 'alternative-ascii' ? withoutDiacritics(name) : name;
}

export function printedText(row: MockDossierRow, field: TextField): string {
  return row.printed[field];
}
