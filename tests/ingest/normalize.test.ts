import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfDay, wallTime } from '../../src/domain/time.ts';
import type { ColumnMapping, DossierField } from '../../src/ingest/fields.ts';
import { type NormalizeContext, type NormalizeOutcome, normalizeRow } from '../../src/ingest/normalize.ts';
import type { Problem } from '../../src/ingest/problems.ts';
import { problemMessage } from '../../src/ingest/problems-messages.ts';
import type { Cell } from '../../src/ingest/types.ts';

/** Columns of a typical export; "Họ tên người nộp" is personal data and is not mapped. */
const COLUMNS: [DossierField | 'applicantName', string][] = [
  ['code', 'Số hồ sơ'],
  ['applicantName', 'Họ tên người nộp'],
  ['unit', 'Cơ quan giải quyết'],
  ['receivingUnit', 'Nơi tiếp nhận'],
  ['sector', 'Lĩnh vực'],
  ['procedureCode', 'Mã TTHC'],
  ['procedure', 'Tên thủ tục'],
  ['channel', 'Hình thức nộp'],
  ['status', 'Trạng thái'],
  ['receivedAt', 'Ngày tiếp nhận'],
  ['dueAt', 'Ngày hẹn trả'],
  ['finishedAt', 'Ngày có kết quả'],
  ['returnedAt', 'Ngày trả kết quả'],
  ['rating', 'Đánh giá'],
  ['apologyAt', 'Ngày xin lỗi'],
  ['hasApology', 'Phiếu xin lỗi'],
  ['newDueAt', 'Ngày hẹn mới'],
];

const HEADERS = COLUMNS.map(([, header]) => header);
const FULL_MAPPING: ColumnMapping = Object.fromEntries(
  COLUMNS.flatMap(([field], index) => (field === 'applicantName' ? [] : [[field, index]])),
);

function context(mapping: ColumnMapping = FULL_MAPPING): NormalizeContext {
  return { file: 'thang3.xlsx', headers: HEADERS, mapping };
}

type RowValues = Partial<Record<DossierField | 'applicantName', Cell>>;

const BASE: RowValues = {
  code: 'H01.38.12-240315-0007',
  applicantName: 'Nguyễn Văn A',
  unit: 'UBND xã Tân Lập',
  receivedAt: '15/03/2024 08:30',
  dueAt: '20/03/2024',
  status: 'Đang xử lý',
};

function row(values: RowValues, rowNumber = 7): { row: number; cells: Cell[] } {
  return { row: rowNumber, cells: COLUMNS.map(([field]) => values[field] ?? '') };
}

function normalize(values: RowValues, mapping?: ColumnMapping): NormalizeOutcome {
  return normalizeRow(row(values), context(mapping));
}

function accepted(values: RowValues, mapping?: ColumnMapping) {
  const outcome = normalize(values, mapping);
  if (outcome.kind !== 'accepted') throw new Error(`expected accepted, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function rejected(values: RowValues): Problem[] {
  const outcome = normalize(values);
  if (outcome.kind !== 'rejected') throw new Error(`expected rejected, got ${JSON.stringify(outcome)}`);
  return outcome.problems;
}

describe('normalizeRow: accepted rows', () => {
  it('builds the canonical dossier from every mapped column', () => {
    const { dossier, warnings } = accepted({
      code: 1234567,
      applicantName: 'Nguyễn Văn A',
      unit: '  UBND xã Tân Lập '.normalize('NFD'),
      receivingUnit: 'Trung tâm Phục vụ hành chính công tỉnh',
      sector: 'Hộ tịch',
      procedureCode: '1.001234',
      procedure: 'Đăng ký khai sinh',
      channel: 'Trực tuyến',
      status: 'Đã trả kết quả',
      receivedAt: '15/03/2024 08:30',
      dueAt: '20/03/2024 17:00',
      finishedAt: '19/03/2024 10:00',
      returnedAt: '19/03/2024 15:00',
      rating: 'Rất hài lòng',
    });
    expect(dossier).toEqual({
      code: '1234567',
      unit: 'UBND xã Tân Lập',
      receivingUnit: 'Trung tâm Phục vụ hành chính công tỉnh',
      sector: 'Hộ tịch',
      procedureCode: '1.001234',
      procedure: 'Đăng ký khai sinh',
      channel: 'online',
      status: 'finished',
      receivedAt: wallTime(2024, 3, 15, 8, 30),
      dueAt: wallTime(2024, 3, 20, 17),
      finishedAt: wallTime(2024, 3, 19, 10),
      returnedAt: wallTime(2024, 3, 19, 15),
      rating: 'very_satisfied',
      apologyAt: null,
      hasApology: false,
      newDueAt: null,
    });
    expect(warnings).toEqual([]);
    expect(Object.isFrozen(warnings)).toBe(true);
    expect(JSON.stringify(dossier)).not.toContain('Nguyễn');
  });

  it('moves a date-only or 00:00 deadline to the end of its day and keeps received/finished at the start', () => {
    const dateOnly = accepted({
      ...BASE,
      receivedAt: '15/03/2024',
      dueAt: '20/03/2024',
      finishedAt: '18/03/2024',
    });
    expect(dateOnly.dossier.receivedAt).toBe(wallTime(2024, 3, 15));
    expect(dateOnly.dossier.dueAt).toBe(endOfDay(wallTime(2024, 3, 20)));
    expect(dateOnly.dossier.dueAt).toBe(wallTime(2024, 3, 21) - 1);
    expect(dateOnly.dossier.finishedAt).toBe(wallTime(2024, 3, 18));
    expect(accepted({ ...BASE, dueAt: '20/03/2024 00:00:00' }).dossier.dueAt).toBe(wallTime(2024, 3, 21) - 1);
    expect(accepted({ ...BASE, dueAt: 45371 }).dossier.dueAt).toBe(wallTime(2024, 3, 21) - 1);
    expect(accepted({ ...BASE, dueAt: '20/03/2024 16:30' }).dossier.dueAt).toBe(
      wallTime(2024, 3, 20, 16, 30),
    );
    expect(accepted({ ...BASE, dueAt: '' }).dossier.dueAt).toBeNull();
  });

  it('takes returnedAt as finishedAt for finished and withdrawn statuses without one', () => {
    for (const status of ['Đã trả kết quả', 'Công dân yêu cầu rút hồ sơ', 10, 7]) {
      const { dossier } = accepted({ ...BASE, status, returnedAt: '18/03/2024 09:00' });
      expect(dossier.finishedAt).toBe(wallTime(2024, 3, 18, 9));
      expect(dossier.returnedAt).toBe(wallTime(2024, 3, 18, 9));
    }
    expect(accepted({ ...BASE, status: 'Đã rút', returnedAt: '18/03/2024' }).dossier.status).toBe(
      'withdrawn',
    );
  });

  it('leaves finishedAt empty for pending and paused statuses', () => {
    expect(
      accepted({ ...BASE, status: 'Đang xử lý', returnedAt: '18/03/2024' }).dossier.finishedAt,
    ).toBeNull();
    const paused = accepted({ ...BASE, status: 'Yêu cầu bổ sung giấy tờ' }).dossier;
    expect(paused.status).toBe('paused');
    expect(paused.finishedAt).toBeNull();
  });

  it('accepts finishedAt equal to receivedAt', () => {
    expect(accepted({ ...BASE, finishedAt: BASE.receivedAt }).dossier.finishedAt).toBe(
      wallTime(2024, 3, 15, 8, 30),
    );
  });

  it('warns about an unknown status, naming it, and counts the row by its dates', () => {
    const { dossier, warnings } = accepted({ ...BASE, status: 'Đang chờ ký', finishedAt: '18/03/2024' });
    expect(dossier.status).toBeNull();
    expect(dossier.finishedAt).toBe(wallTime(2024, 3, 18));
    expect(warnings).toEqual([
      {
        file: 'thang3.xlsx',
        row: 7,
        column: 'Trạng thái',
        value: 'Đang chờ ký',
        code: 'unknown_status',
        severity: 'warning',
        message: "Trạng thái không xác định: 'Đang chờ ký'",
      },
    ]);
  });

  it('does not warn about a mapped but empty status, nor an unmapped one', () => {
    const empty = accepted({ ...BASE, status: '  ' });
    expect(empty.dossier.status).toBeNull();
    expect(empty.warnings).toHaveLength(0);
    const { status: _status, ...withoutStatus } = FULL_MAPPING;
    const unmapped = accepted({ ...BASE, status: 'Đang chờ ký' }, withoutStatus);
    expect(unmapped.dossier.status).toBeNull();
    expect(unmapped.warnings).toHaveLength(0);
  });

  it('sets hasApology from the yes/no column or from an apology date', () => {
    expect(accepted({ ...BASE, hasApology: 'Có' }).dossier.hasApology).toBe(true);
    expect(accepted({ ...BASE, hasApology: 'x' }).dossier.hasApology).toBe(true);
    expect(accepted({ ...BASE, hasApology: 'Không' }).dossier.hasApology).toBe(false);
    expect(accepted({ ...BASE, hasApology: '' }).dossier.hasApology).toBe(false);
    const dated = accepted({ ...BASE, apologyAt: '21/03/2024', newDueAt: '25/03/2024' }).dossier;
    expect(dated.hasApology).toBe(true);
    expect(dated.apologyAt).toBe(wallTime(2024, 3, 21));
    expect(dated.newDueAt).toBe(wallTime(2024, 3, 25));
    expect(dated.dueAt).toBe(wallTime(2024, 3, 21) - 1);
  });

  it('leaves the channel unknown when unmapped or empty, and reads sync codes', () => {
    expect(accepted({ ...BASE, channel: '' }).dossier.channel).toBe('unknown');
    const { channel: _channel, ...withoutChannel } = FULL_MAPPING;
    expect(accepted({ ...BASE, channel: 'Trực tuyến' }, withoutChannel).dossier.channel).toBe('unknown');
    expect(accepted({ ...BASE, channel: 3 }).dossier.channel).toBe('postal');
  });

  it('keeps codes as text and restores the trailing zeros of numeric procedure codes', () => {
    expect(accepted({ ...BASE, code: ' 000.00.12.H01-240315-0001 ' }).dossier.code).toBe(
      '000.00.12.H01-240315-0001',
    );
    expect(accepted({ ...BASE, procedureCode: 2.00015 }).dossier.procedureCode).toBe('2.000150');
    expect(accepted({ ...BASE, procedureCode: 1.001234 }).dossier.procedureCode).toBe('1.001234');
    expect(accepted({ ...BASE, procedureCode: 12 }).dossier.procedureCode).toBe('12');
    expect(accepted({ ...BASE, procedureCode: '' }).dossier.procedureCode).toBeNull();
    expect(accepted({ ...BASE, sector: '   ' }).dossier.sector).toBeNull();
  });
});

describe('normalizeRow: excluded and blank rows', () => {
  it('excludes excluded statuses before any other check', () => {
    for (const status of ['Mới đăng ký', 'Không được tiếp nhận', 'Đã hủy', 'HUY', 1, 3, '03']) {
      expect(normalize({ ...BASE, status })).toEqual({ kind: 'excluded' });
      expect(normalize({ status, receivedAt: '31/02/2024', finishedAt: 'abc' })).toEqual({
        kind: 'excluded',
      });
    }
  });

  it('calls a row blank when every mapped cell is empty, whatever unmapped cells hold', () => {
    expect(normalize({})).toEqual({ kind: 'blank' });
    expect(normalize({ applicantName: 'Nguyễn Văn A', code: '  ', unit: '\u00a0' })).toEqual({
      kind: 'blank',
    });
    expect(normalizeRow({ row: 3, cells: [] }, context())).toEqual({ kind: 'blank' });
  });
});

describe('normalizeRow: rejected rows', () => {
  it('reports each missing required value with its header', () => {
    const problems = rejected({ status: 'Đang xử lý', sector: 'Hộ tịch' });
    expect(problems.map((p) => [p.code, p.severity, p.column, p.message])).toEqual([
      ['missing_required', 'error', 'Số hồ sơ', 'Thiếu giá trị bắt buộc: Mã hồ sơ'],
      ['missing_required', 'error', 'Cơ quan giải quyết', 'Thiếu giá trị bắt buộc: Đơn vị xử lý'],
      ['missing_required', 'error', 'Ngày tiếp nhận', 'Thiếu giá trị bắt buộc: Ngày tiếp nhận'],
    ]);
    expect(problems.every((p) => p.row === 7 && p.file === 'thang3.xlsx' && p.value === null)).toBe(true);
    expect(rejected({ ...BASE, code: '' }).map((p) => p.column)).toEqual(['Số hồ sơ']);
  });

  it('reports an unparsable date in any mapped date column, naming the column and the raw value', () => {
    const dateFields = ['receivedAt', 'dueAt', 'finishedAt', 'returnedAt', 'apologyAt', 'newDueAt'] as const;
    for (const field of dateFields) {
      const problems = rejected({ ...BASE, [field]: ' 31/02/2024 ' });
      const header = COLUMNS.find(([f]) => f === field)![1];
      expect(problems).toEqual([
        {
          file: 'thang3.xlsx',
          row: 7,
          column: header,
          value: '31/02/2024',
          code: 'unparsable_date',
          severity: 'error',
          message: "Không đọc được ngày: '31/02/2024'",
        },
      ]);
    }
  });

  it('rejects a finished status with neither finishedAt nor returnedAt', () => {
    const problems = rejected({ ...BASE, status: 'Đã xử lý xong' });
    expect(problems.map((p) => [p.code, p.column, p.value, p.message])).toEqual([
      [
        'finished_without_date',
        'Trạng thái',
        'Đã xử lý xong',
        'Hồ sơ đã kết thúc nhưng không có ngày kết quả',
      ],
    ]);
    expect(rejected({ ...BASE, status: 'Rút hồ sơ' })[0]!.code).toBe('finished_without_date');
  });

  it('reports only the unparsable date when a finished status depends on it', () => {
    expect(rejected({ ...BASE, status: 'Đã trả', returnedAt: 'hôm qua' }).map((p) => p.code)).toEqual([
      'unparsable_date',
    ]);
  });

  it('rejects finishedAt before receivedAt, also when it came from returnedAt', () => {
    const direct = rejected({ ...BASE, finishedAt: '15/03/2024 08:29' });
    expect(direct.map((p) => [p.code, p.column, p.value, p.message])).toEqual([
      [
        'finished_before_received',
        'Ngày có kết quả',
        '15/03/2024 08:29',
        'Ngày có kết quả trước ngày tiếp nhận',
      ],
    ]);
    const derived = rejected({ ...BASE, status: 'Đã trả kết quả', returnedAt: '14/03/2024' });
    expect(derived.map((p) => [p.code, p.column])).toEqual([
      ['finished_before_received', 'Ngày trả kết quả'],
    ]);
  });

  it('carries the warnings of a rejected row along with its errors', () => {
    expect(rejected({ ...BASE, status: 'Đang chờ ký', unit: '' }).map((p) => [p.code, p.severity])).toEqual([
      ['missing_required', 'error'],
      ['unknown_status', 'warning'],
    ]);
  });
});

describe('problemMessage', () => {
  it('words the duplicate-code warning with the replaced row', () => {
    expect(problemMessage('duplicate_code', 12)).toBe('Mã hồ sơ trùng: dòng sau thay thế dòng 12');
    expect(problemMessage('duplicate_code', { row: 12, file: null })).toBe(
      'Mã hồ sơ trùng: dòng sau thay thế dòng 12',
    );
    expect(problemMessage('duplicate_code', { row: 12, file: 'thang2.xlsx' })).toBe(
      'Mã hồ sơ trùng: dòng sau thay thế dòng 12 (tệp thang2.xlsx)',
    );
  });
});

describe('normalizeRow properties', () => {
  const dateCell = fc.oneof(
    fc.constant(''),
    fc.constant('31/02/2024'),
    fc
      .record({
        d: fc.integer({ min: 1, max: 28 }),
        m: fc.integer({ min: 1, max: 12 }),
        h: fc.integer({ min: 0, max: 23 }),
      })
      .map(({ d, m, h }) => `${d}/${m}/2024 ${h}:00`),
    fc.integer({ min: 45292, max: 45657 }),
  );
  const statusCell = fc.constantFrom(
    '',
    'Đang xử lý',
    'Chờ bổ sung',
    'Đã trả kết quả',
    'Rút hồ sơ',
    'Đã hủy',
    'Đang chờ ký',
    9,
    1,
  );
  const rowValues = fc.record({
    code: fc.constantFrom('', 'A-1', 'A-2', 42),
    unit: fc.constantFrom('', 'UBND xã A', 'Sở Tư pháp'),
    status: statusCell,
    receivedAt: dateCell,
    dueAt: dateCell,
    finishedAt: dateCell,
    returnedAt: dateCell,
    apologyAt: dateCell,
    hasApology: fc.constantFrom('', 'Có', 'Không'),
    channel: fc.constantFrom('', 'Trực tuyến', 'Bưu chính', 'x'),
  });

  it('always gives a consistent outcome', () => {
    fc.assert(
      fc.property(rowValues, (values) => {
        const outcome = normalize(values);
        const statusBucket = values.status;
        if (statusBucket === 'Đã hủy' || statusBucket === 1) {
          expect(outcome.kind).toBe('excluded');
          return;
        }
        switch (outcome.kind) {
          case 'rejected':
            expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
            break;
          case 'accepted': {
            const d = outcome.dossier;
            expect(outcome.warnings.every((p) => p.severity === 'warning')).toBe(true);
            expect(d.code).not.toBe('');
            expect(d.unit).not.toBe('');
            expect(Number.isInteger(d.receivedAt)).toBe(true);
            if (d.finishedAt !== null) expect(d.finishedAt).toBeGreaterThanOrEqual(d.receivedAt);
            if (d.status === 'finished' || d.status === 'withdrawn') expect(d.finishedAt).not.toBeNull();
            if (d.dueAt !== null) expect(d.dueAt % 86_400_000).not.toBe(0);
            expect(d.hasApology).toBe(values.hasApology === 'Có' || d.apologyAt !== null);
            break;
          }
          case 'blank':
            expect(values.code === '' && values.unit === '' && values.receivedAt === '').toBe(true);
            break;
          case 'excluded':
            throw new Error('only excluded statuses exclude');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects exactly the rows with a missing required value or an unparsable date', () => {
    fc.assert(
      fc.property(rowValues, (values) => {
        const outcome = normalize({ ...values, status: 'Đang xử lý' });
        if (outcome.kind === 'blank') return;
        const dates = [
          values.receivedAt,
          values.dueAt,
          values.finishedAt,
          values.returnedAt,
          values.apologyAt,
        ];
        const structurallyBad =
          values.code === '' ||
          values.unit === '' ||
          values.receivedAt === '' ||
          dates.includes('31/02/2024');
        if (structurallyBad) expect(outcome.kind).toBe('rejected');
        if (outcome.kind === 'rejected' && !structurallyBad) {
          expect(outcome.problems.map((p) => p.code)).toEqual(['finished_before_received']);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
