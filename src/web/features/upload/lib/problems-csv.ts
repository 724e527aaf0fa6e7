import type { Problem } from '../../../../ingest/problems.ts';

export interface ProblemsCsvLabels {
  file: string;
  row: string;
  column: string;
  value: string;
  severity: string;
  kind: string;
  reason: string;
  severityText: (p: Problem) => string;
  kindText: (p: Problem) => string;
  reasonText: (p: Problem) => string;
}

/** A cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
function safe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The problems as CSV for Excel: UTF-8 with BOM, CRLF, formula-like cells neutralised. */
export function problemsToCsv(problems: readonly Problem[], labels: ProblemsCsvLabels): string {
  const header = [
    labels.file,
    labels.row,
    labels.column,
    labels.value,
    labels.severity,
    labels.kind,
    labels.reason,
  ];
  const lines = [header.map(quote).join(',')];
  for (const p of problems) {
    const cells = [
      p.file ?? '',
      String(p.row),
      p.column ?? '',
      p.value ?? '',
      labels.severityText(p),
      labels.kindText(p),
      labels.reasonText(p),
    ];
    lines.push(cells.map((c, i) => quote(i === 1 ? c : safe(c))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Any table as CSV for Excel, like problemsToCsv: UTF-8 with BOM, CRLF; text cells that a
 * spreadsheet would run as a formula are neutralised (numbers are written as they are).
 */
export function csvOf(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header.map(quote).join(',')];
  for (const row of rows) {
    lines.push(row.map((c) => (typeof c === 'number' ? String(c) : quote(safe(c ?? '')))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Hands a text to the browser as a file download. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
