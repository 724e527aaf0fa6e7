import { PROBLEM_SEVERITY, type Problem, type ProblemCode } from './problems.ts';

/** The row a duplicate replaces; `file` is null when it is in the same file. */
export interface EarlierRow {
  row: number;
  file: string | null;
}

/**
 * The Vietnamese reason shown in the validation report. `detail` is the field label for
 * missing_required, the raw value for unparsable_date and unknown_status, and the replaced row for
 * duplicate_code; the other codes ignore it.
 */
export function problemMessage(
  code: ProblemCode,
  detail: string | number | EarlierRow | null = null,
): string {
  switch (code) {
    case 'missing_required':
      return `Thiếu giá trị bắt buộc: ${plain(detail)}`;
    case 'unparsable_date':
      return `Không đọc được ngày: '${plain(detail)}'`;
    case 'finished_before_received':
      return 'Ngày có kết quả trước ngày tiếp nhận';
    case 'finished_without_date':
      return 'Hồ sơ đã kết thúc nhưng không có ngày kết quả';
    case 'unknown_status':
      return `Trạng thái không xác định: '${plain(detail)}'`;
    case 'duplicate_code':
      return `Mã hồ sơ trùng: dòng sau thay thế dòng ${describeEarlier(detail)}`;
  }
}

function plain(detail: string | number | EarlierRow | null): string {
  return detail === null || typeof detail === 'object' ? '' : String(detail);
}

function describeEarlier(detail: string | number | EarlierRow | null): string {
  if (detail === null) return '';
  if (typeof detail !== 'object') return String(detail);
  return detail.file === null ? String(detail.row) : `${detail.row} (tệp ${detail.file})`;
}

export interface ProblemPlace {
  file: string | null;
  row: number;
  column: string | null;
  value: string | null;
}

/** A Problem with the severity of its code and its Vietnamese message. */
export function createProblem(
  code: ProblemCode,
  place: ProblemPlace,
  detail: string | number | null,
): Problem {
  return {
    file: place.file,
    row: place.row,
    column: place.column,
    value: place.value,
    code,
    severity: PROBLEM_SEVERITY[code],
    message: problemMessage(code, detail),
  };
}
