import { fileURLToPath } from 'node:url';
import { GOOD_THRESHOLD } from '../domain/index766.ts';
import { quarterPeriod } from '../domain/period.ts';
import { createUnitResolver } from '../domain/units.ts';
import { ingestFiles, type ValidationReport } from '../ingest/pipeline.ts';
import { fileInput } from './node-source.ts';
import { buildReport } from './report.ts';

const SAMPLE = fileURLToPath(new URL('../../mock-data/samples/export-2025-q1.csv', import.meta.url));
const num = new Intl.NumberFormat('vi-VN');
const pct = new Intl.NumberFormat('vi-VN', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const pts = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rate = (r: number | null) => (r === null ? '—' : pct.format(r));

/** `npm start` until the dashboard lands: the report of the bundled sample export, in Vietnamese. */
export async function runDemo(): Promise<number> {
  const { table, report } = await ingestFiles([await fileInput(SAMPLE)]);
  const doc = buildReport(table, report, quarterPeriod(2025, 1), createUnitResolver());
  const t = doc.total;
  const out = [
    'ĐÚNG HẠN — báo cáo mẫu (dữ liệu giả lập), quý I/2025',
    `Tệp: mock-data/samples/export-2025-q1.csv — ${num.format(report.rowsRead)} dòng, ${num.format(report.accepted)} hợp lệ, ${num.format(report.rejected)} bị loại, ${num.format(report.warned)} có cảnh báo`,
    '',
    `Tiếp nhận: ${num.format(t.received)} (kỳ trước chuyển qua ${num.format(t.carriedOver)}, mới ${num.format(t.new)}; trực tuyến ${num.format(t.newOnline)})`,
    `Đã giải quyết: ${num.format(t.resolved)} — trước hạn ${num.format(t.early)}, đúng hạn ${num.format(t.onTime)}, quá hạn ${num.format(t.late)}`,
    `Đang giải quyết: ${num.format(t.pending)} — trong hạn ${num.format(t.withinDeadline)}, tạm dừng ${num.format(t.paused)}, quá hạn ${num.format(t.overdue)}`,
    `Tỷ lệ đúng hạn (Biểu 06): ${rate(t.onTimeRate)}   Tiến độ theo QĐ 766: ${rate(t.progressRate766)} (${t.progressScore766 === null ? '—' : pts.format(t.progressScore766)}/20 điểm)`,
    `Hài lòng: ${rate(t.satisfactionRate)} của ${num.format(t.rated)} đánh giá`,
    hasApologyColumns(report)
      ? `Quá hạn có phiếu xin lỗi: ${num.format(t.lateWithApology)}/${num.format(t.late)}; đang quá hạn có phiếu: ${num.format(t.overdueWithApology)}/${num.format(t.overdue)}`
      : 'Phiếu xin lỗi: tệp xuất không có cột phiếu xin lỗi, không thống kê được.',
    '',
    'Đơn vị có tiến độ thấp nhất:',
    ...[...doc.units]
      .filter((u) => u.progressRate766 !== null)
      .sort((a, b) => a.progressRate766! - b.progressRate766!)
      .slice(0, 5)
      .map(
        (u) =>
          `  ${u.unit.padEnd(46)} ${rate(u.progressRate766).padStart(9)}  quá hạn ${num.format(u.late + u.overdue)}`,
      ),
    '',
    `Mục tiêu: 100 % đơn vị đạt loại Tốt (≥ ${GOOD_THRESHOLD} điểm QĐ 766). Chi tiết: npx dunghan report FILE --format json`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function hasApologyColumns(report: ValidationReport): boolean {
  return report.files.some(
    ({ mapping }) => mapping.mapping.hasApology !== undefined || mapping.mapping.apologyAt !== undefined,
  );
}
