import { foldText } from '../fold.ts';

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * The scored period named by a title row, as a Scorecard period (`yyyy-MM`, `yyyy-Qn`, `yyyy`):
 * "Tháng 3/2026", "THÁNG 03 NĂM 2026", "Quý I/2026", "Quý 1 năm 2026", "Năm 2026" (with or
 * without diacritics). Null when the text names none.
 */
export function periodFromText(text: string): string | null {
  const f = foldText(text);
  const month = /(?:^| )thang (\d{1,2}) (?:nam )?(\d{4})(?: |$)/.exec(f);
  if (month) {
    const m = Number(month[1]);
    return m >= 1 && m <= 12 ? `${month[2]}-${String(m).padStart(2, '0')}` : null;
  }
  const quarter = /(?:^| )quy (iv|i{1,3}|[1-4]) (?:nam )?(\d{4})(?: |$)/.exec(f);
  if (quarter) return `${quarter[2]}-Q${ROMAN[quarter[1]!] ?? Number(quarter[1])}`;
  const year = /(?:^| )nam (\d{4})(?: |$)/.exec(f);
  return year ? year[1]! : null;
}

/**
 * The period staff type for a scorecard file: the stored forms `2026-03`, `2026-Q1`, `2026`, a
 * month as `3/2026` or `03/2026`, or the words of a title ("Tháng 3/2026", "Quý I/2026", "Năm
 * 2026"). Null when it names no period.
 */
export function periodFromInput(text: string): string | null {
  const t = text.trim();
  const stored = /^(\d{4})(?:-(0[1-9]|1[0-2])|-[Qq]([1-4]))?$/.exec(t);
  if (stored)
    return stored[2] ? `${stored[1]}-${stored[2]}` : stored[3] ? `${stored[1]}-Q${stored[3]}` : stored[1]!;
  const slash = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (slash) {
    const m = Number(slash[1]);
    return m >= 1 && m <= 12 ? `${slash[2]}-${String(m).padStart(2, '0')}` : null;
  }
  return periodFromText(t);
}

/**
 * The capture date a title row gives: "Cập nhật ngày 05/10/2026", "Số liệu tính đến ngày 5/10/2026",
 * "Thời điểm trích xuất: 05/10/2026 13:44" → 2026-10-05. Only after such words: a bare date in
 * "Từ ngày … đến ngày …" is the period, not the capture.
 */
export function asOfFromText(text: string): string | null {
  const f = foldText(text);
  const m =
    /(?:cap nhat|tinh den|trich xuat|thoi diem|ngay xuat)(?: ngay)? (\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?(\d{4})(?: |$)/.exec(
      f,
    );
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Period and capture date from a file name as the crawlers save them:
 * `…_month_2026_3.json`, `…_quarter_2026_3…`, `…_year_2026_10102026.json` (ddMMyyyy), or a
 * `yyyy-MM` anywhere (`scorecards-2026-03.csv`).
 */
export function periodFromFileName(name: string): { period: string | null; asOf: string | null } {
  const base = name.replace(/^.*[\\/]/, '');
  const asOfMatch = /_(\d{2})(\d{2})(\d{4})\.[a-z]+$/i.exec(base);
  const asOf = asOfMatch ? `${asOfMatch[3]}-${asOfMatch[2]}-${asOfMatch[1]}` : null;
  const month = /month_(\d{4})_(\d{1,2})(?!\d)/i.exec(base);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return { period: `${month[1]}-${month[2]!.padStart(2, '0')}`, asOf };
  const quarter = /quarter_(\d{4})_([1-4])(?!\d)/i.exec(base);
  if (quarter) return { period: `${quarter[1]}-Q${quarter[2]}`, asOf };
  const year = /year_(\d{4})(?!\d)/i.exec(base);
  if (year) return { period: year[1]!, asOf };
  const iso = /(?:^|[^\d])(\d{4})-(0[1-9]|1[0-2])(?![\d])/.exec(base);
  return { period: iso ? `${iso[1]}-${iso[2]}` : null, asOf };
}
