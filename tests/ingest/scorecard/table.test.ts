import { describe, expect, it } from 'vitest';
import { INDEX_766_DECISION_2022, INDEX_766_PORTAL_2025 } from '../../../src/domain/index766.ts';
import { parseGradeText } from '../../../src/ingest/scorecard/grade-text.ts';
import { type ReadScorecardsOptions, readScorecards } from '../../../src/ingest/scorecard/read.ts';
import {
  asOfFromText,
  periodFromFileName,
  periodFromInput,
  periodFromText,
} from '../../../src/ingest/scorecard/title.ts';

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}
const read = (name: string, text: string, opts: ReadScorecardsOptions = {}) =>
  readScorecards([{ name, source: bytesOf(text) }], opts);

const PORTAL_TABLE = [
  'ỦY BAN NHÂN DÂN TỈNH GIA LAI,,,,,,,,,,',
  'KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP,,,,,,,,,,',
  'Tháng 3/2026,,,,,,,,,,',
  'Số liệu cập nhật ngày 05/04/2026,,,,,,,,,,',
  ',,,,,,,,,,',
  'Stt,Mã đơn vị,Tên đơn vị,"Công khai, minh bạch",Tiến độ giải quyết,Dịch vụ công trực tuyến,Thanh toán trực tuyến,Số hóa hồ sơ,Mức độ hài lòng,Tổng điểm,Xếp loại',
  '1,H21.17,Sở Văn hóa - tỉnh Gia Lai,"16,35","19,5","11,2","9,1","18,4","16,2","90,75",Xuất sắc',
  '2,H21.227,UBND xã Vân Canh,"12,06","17,11","9,14","7,21","9,62","11,3","66,44",Trung bình',
  'Tổng cộng,,,,,,,,,,',
].join('\r\n');

describe('published scorecard tables', () => {
  it('reads a CSV with title rows, Vietnamese names and decimal commas', async () => {
    const { scorecards, problems, files } = await read('bang-diem.csv', PORTAL_TABLE);
    expect(problems).toEqual([]);
    expect(files[0]).toMatchObject({
      kind: 'csv',
      period: '2026-03',
      asOf: '2026-04-05',
      accepted: 2,
      rejected: 0,
    });
    expect(scorecards[0]).toEqual({
      source: 'official',
      versionId: INDEX_766_PORTAL_2025.id,
      period: '2026-03',
      unitCode: 'H21.17',
      unitName: 'Sở Văn hóa - tỉnh Gia Lai',
      unitId: null,
      groups: { CKMB: 16.35, TDGQ: 19.5, CLGQ: 11.2, TTTT: 9.1, MDSH: 18.4, MDHL: 16.2 },
      total: 90.75,
      grade: 'excellent',
      rank: null,
      asOf: '2026-04-05',
    });
    expect(scorecards[1]!.grade).toBe('average');
  });

  it('reads headers without diacritics, ";" and the portal short codes alike', async () => {
    const ascii = [
      'THANG 03 NAM 2026',
      'STT;Ma don vi;Ten don vi;Cong khai minh bach;Tien do giai quyet;Dich vu cong truc tuyen;Thanh toan truc tuyen;So hoa ho so;Muc do hai long;Tong diem;Xep loai',
      '1;H21.17;So Van hoa;16,35;19,5;11,2;9,1;18,4;16,2;90,75;Xuat sac',
    ].join('\n');
    const codes = [
      'unit_code,unit_name,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL,TONG_SCORE',
      'H21.17,So Van hoa,16.35,19.5,11.2,9.1,18.4,16.2,90.75',
    ].join('\n');
    const a = await read('a.csv', ascii);
    const b = await read('b.csv', codes, { period: '2026-03' });
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(a.scorecards[0]!.groups).toEqual(b.scorecards[0]!.groups);
    expect(a.scorecards[0]!.total).toBe(b.scorecards[0]!.total);
    expect(a.scorecards[0]!.period).toBe('2026-03');
  });

  it('needs a period: from the title, the file name or the caller', async () => {
    const codes = 'unit_code,unit_name,TONG_SCORE\nH21.17,So Van hoa,79.27\n';
    const none = await read('b.csv', codes);
    expect(none.scorecards).toEqual([]);
    expect(none.problems.map((p) => [p.code, p.severity, p.row])).toEqual([['no_period', 'error', null]]);
    expect((await read('ket-qua-2026-09.csv', codes)).scorecards[0]!.period).toBe('2026-09');
    const given = await read('b.csv', codes, { period: '2026' });
    expect(given.scorecards[0]).toMatchObject({ period: '2026', total: 79.27, grade: 'fair' });
    expect(given.scorecards[0]!.groups.CKMB).toBeNull();
  });

  it('reads the 2022 layout (five groups, online services 22 points) under the 2022 version', async () => {
    const text = [
      'Tháng 5/2024',
      'Stt,Mã đơn vị,Tên đơn vị,Công khai minh bạch,Tiến độ giải quyết,Dịch vụ công trực tuyến,Mức độ hài lòng,Mức độ số hóa hồ sơ,Tổng điểm,Xếp loại',
      '1,H01.38.12,UBND xã A,"16,7","12,41","18,86","16,04","15,99",80,Tốt',
    ].join('\n');
    const { scorecards, problems } = await read('t.csv', text);
    expect(problems).toEqual([]);
    expect(scorecards[0]).toMatchObject({
      versionId: INDEX_766_DECISION_2022.id,
      groups: { CKMB: 16.7, TDGQ: 12.41, DVCTT: 18.86, MDHL: 16.04, MDSH: 15.99 },
      grade: 'good',
    });
  });

  it('warns when the layout and the period belong to different versions, and scores by the layout', async () => {
    const text = PORTAL_TABLE.replace('Tháng 3/2026', 'Tháng 3/2025').replace(
      'ngày 05/04/2026',
      'ngày 05/04/2025',
    );
    const { scorecards, problems } = await read('t.csv', text);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['version_mismatch', 'warning']]);
    expect(scorecards.every((c) => c.versionId === INDEX_766_PORTAL_2025.id && c.period === '2025-03')).toBe(
      true,
    );
  });

  it('reports bad rows per row and column and leaves the errors out', async () => {
    const text = [
      'Năm 2026',
      'Stt,Mã đơn vị,Tên đơn vị,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL,Tổng điểm,Xếp loại',
      '1,A,Đơn vị A,"18,5",20,12,10,22,18,"100,5",Xuất sắc', // CKMB above 18 (and total above 100)
      '2,B,Đơn vị B,10,15,8,6,10,12,70,Khá', // total 61 ≠ 70
      '3,C,,10,15,8,6,10,12,61,Trung bình', // no unit name
      '4,D,Đơn vị D,10,15,8,6,10,12,61,Tốt', // grade printed wrong: kept, graded by the bands
      '5,E,Đơn vị E,10,15,x,6,10,12,61,Trung bình', // unreadable number
      '6,F,Đơn vị F,10,15,8,6,10,12,,Trung bình', // no total: the sum of the groups
      '7,D,Đơn vị D,10,15,8,6,10,13,62,Trung bình', // D again: replaces row 6
    ].join('\n');
    const { scorecards, problems, files } = await read('t.csv', text);
    const found = problems.map((p) => [p.row, p.code, p.severity, p.column]);
    expect(found).toEqual([
      [3, 'group_above_max', 'error', 'CKMB'],
      [3, 'total_out_of_range', 'error', 'Tổng điểm'],
      [4, 'total_mismatch', 'error', 'Tổng điểm'],
      [5, 'missing_unit_name', 'error', null],
      [6, 'grade_mismatch', 'warning', 'Xếp loại'],
      [7, 'unparsable_number', 'error', 'CLGQ'],
      [9, 'duplicate_unit', 'warning', 'Mã đơn vị'],
    ]);
    expect(files[0]).toMatchObject({ rowsRead: 7, accepted: 2, rejected: 4, period: '2026' });
    expect(scorecards.map((c) => [c.unitCode, c.total, c.grade])).toEqual([
      ['F', 61, 'average'],
      ['D', 62, 'average'],
    ]);
  });

  it('reads a two-row header with the group columns under one label', async () => {
    const text = [
      'Tháng 10/2026',
      'Stt,Mã đơn vị,Tên đơn vị,Điểm các nhóm chỉ số,,,,,,Tổng điểm,Xếp loại',
      ',,,Công khai minh bạch,Tiến độ giải quyết,Dịch vụ công trực tuyến,Thanh toán trực tuyến,Số hóa hồ sơ,Mức độ hài lòng,,',
      '(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11)',
      '1,H44.01,Văn phòng UBND tỉnh,"12,5","19,38",10,8,"12,1",15,"76,98",Khá',
    ].join('\n');
    const { scorecards, problems } = await read('t.csv', text);
    expect(problems).toEqual([]);
    expect(scorecards[0]).toMatchObject({
      period: '2026-10',
      total: 76.98,
      grade: 'fair',
      groups: { TDGQ: 19.38, TTTT: 8 },
    });
  });

  it('says so when the file has no scorecard header', async () => {
    const { problems, scorecards } = await read('t.csv', 'Mã hồ sơ,Ngày tiếp nhận\nX,01/01/2026\n', {
      period: '2026',
    });
    expect(scorecards).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['no_header']);
  });
});

describe('title and file-name periods', () => {
  it.each([
    ['Tháng 3/2026', '2026-03'],
    ['THÁNG 03 NĂM 2026', '2026-03'],
    ['Kết quả tháng 12 năm 2025', '2025-12'],
    ['Quý I/2026', '2026-Q1'],
    ['Quý 3 năm 2026', '2026-Q3'],
    ['Quy IV 2025', '2025-Q4'],
    ['Năm 2026', '2026'],
    ['ỦY BAN NHÂN DÂN TỈNH AN GIANG', null],
    ['Tháng 13/2026', null],
  ])('%s → %s', (text, period) => {
    expect(periodFromText(text)).toBe(period);
  });

  it.each([
    ['2026-03', '2026-03'],
    [' 2026-q1 ', '2026-Q1'],
    ['2026', '2026'],
    ['3/2026', '2026-03'],
    ['03-2026', '2026-03'],
    ['Tháng 3/2026', '2026-03'],
    ['Quý II/2026', '2026-Q2'],
    ['năm 2025', '2025'],
    ['2026-13', null],
    ['13/2026', null],
    ['2026-Q5', null],
    ['tháng ba', null],
    ['', null],
  ])('typed period %j → %s', (text, period) => {
    expect(periodFromInput(text)).toBe(period);
  });

  it('takes the capture date only after words that say so', () => {
    expect(asOfFromText('Số liệu cập nhật ngày 05/10/2026')).toBe('2026-10-05');
    expect(asOfFromText('Tính đến ngày 5/10/2026')).toBe('2026-10-05');
    expect(asOfFromText('Từ ngày 01/03/2026 đến ngày 31/03/2026')).toBeNull();
  });

  it('reads the crawlers’ file names', () => {
    expect(periodFromFileName('raw_GiaLai_year_2026_10102026.json')).toEqual({
      period: '2026',
      asOf: '2026-10-10',
    });
    expect(periodFromFileName('service_results_month_2026_3.json')).toEqual({
      period: '2026-03',
      asOf: null,
    });
    expect(periodFromFileName('scorecards-2026-03.xlsx')).toEqual({ period: '2026-03', asOf: null });
    expect(periodFromFileName('year-all.json')).toEqual({ period: null, asOf: null });
  });

  it('reads printed grades in any case and spelling', () => {
    expect(['Xuất sắc', 'TỐT', 'Kha', 'Trung bình', 'Loại yếu', 'Giỏi'].map(parseGradeText)).toEqual([
      'excellent',
      'good',
      'fair',
      'average',
      'weak',
      null,
    ]);
  });
});
