import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_TABLE_MIN_ROWS, readHtmlTableRows } from '../../src/ingest/html-table.ts';
import { IngestCancelledError } from '../../src/ingest/types.ts';
import { collectRows, textChunks } from './helpers.ts';

const read = (html: string, cuts: number | number[] = 1 << 16) =>
  collectRows(readHtmlTableRows(textChunks(html, cuts)));

const EXPORT = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8">
<style>td { mso-number-format: "\\@"; }</style></head><body>
<table><tr><td><b>ỦY BAN NHÂN DÂN TỈNH AN GIANG</b></td></tr><tr><td>DANH SÁCH HỒ SƠ</td></tr></table>
<table border="1">
  <thead>
    <tr><th rowspan="2">STT</th><th ROWSPAN=2>Mã&nbsp;hồ
        sơ</th><th colspan="3">Thời gian</th><th rowspan="2">Ghi<br/>chú</th></tr>
    <tr><th>Tiếp nhận</th><th>Hẹn trả</th><th>Có <span class="x">kết</span> quả</th></tr>
  </thead>
  <tbody>
    <tr><td>1</td><td>000.00.12.H01-240315-0001</td><td>15/03/2024</td><td>22/03/2024</td>
        <td><i>20/03/2024</i></td><td>Sở Tài nguyên &amp; Môi trường &#8211; &#7853;</td></tr>
    <tr><td>2<td>H01-240316-0002<td>16/03/2024<td>23/03/2024<td><td>
    <tr><td colspan="5">Tổng cộng</td><td>2</td></tr>
  </tbody>
</table></body></html>`;

const EXPECTED = [
  { row: 3, cells: ['STT', 'Mã hồ sơ', 'Thời gian', '', '', 'Ghi chú'] },
  { row: 4, cells: ['', '', 'Tiếp nhận', 'Hẹn trả', 'Có kết quả', ''] },
  {
    row: 5,
    cells: [
      '1',
      '000.00.12.H01-240315-0001',
      '15/03/2024',
      '22/03/2024',
      '20/03/2024',
      'Sở Tài nguyên & Môi trường – ậ',
    ],
  },
  { row: 6, cells: ['2', 'H01-240316-0002', '16/03/2024', '23/03/2024', '', ''] },
  { row: 7, cells: ['Tổng cộng', '', '', '', '', '2'] },
];

describe('readHtmlTableRows', () => {
  it('reads the data table of an Excel-style HTML export: spans on the grid, entities, inner tags', async () => {
    expect(await read(EXPORT)).toEqual(EXPECTED);
  });

  it('gives the same rows for any chunking of the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: EXPORT.length - 1 }), { maxLength: 20 }),
        async (cuts) => {
          expect(await read(EXPORT, cuts)).toEqual(EXPECTED);
        },
      ),
    );
    expect(await read(EXPORT, 1)).toEqual(EXPECTED);
  });

  it('collapses any whitespace in any cell text like /\\s+/ → " " and trims', async () => {
    const piece = fc.constantFrom(
      'a',
      'Đ',
      'ồ',
      '&',
      '<',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      'x y',
    );
    const cellText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    const escapeHtml = (t: string) =>
      t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 1, maxLength: 4 }), async (texts) => {
        const html = `<table><tr>${texts.map((t) => `<td>${escapeHtml(t)}</td>`).join('')}</tr></table>`;
        const [row] = await read(html);
        expect(row!.cells).toEqual(texts.map((t) => t.replace(/\s+/g, ' ').trim()));
      }),
    );
  });

  it('puts empty cells under a rowspan in the middle and at the end of a row', async () => {
    const html = `<table>
      <tr><td>a</td><td rowspan="3">B</td><td>c</td><td rowspan="2">D</td></tr>
      <tr><td>e</td><td>f</td></tr>
      <tr><td>g</td><td colspan="2">h</td></tr>
    </table>`;
    expect((await read(html)).map((r) => r.cells)).toEqual([
      ['a', 'B', 'c', 'D'],
      ['e', '', 'f', ''],
      ['g', '', 'h', ''],
    ]);
  });

  it('takes the first table that grows past the threshold, ignoring tables around and inside layout', async () => {
    const dataRows = Array.from({ length: DATA_TABLE_MIN_ROWS + 5 }, (_, i) => `<tr><td>H-${i}</td></tr>`);
    const html = `<table><tr><td>Layout
      <table><tr><td>Mã hồ sơ</td></tr>${dataRows.join('')}</table>
      </td></tr></table>
      <table>${Array.from({ length: DATA_TABLE_MIN_ROWS * 2 }, () => '<tr><td>later</td></tr>').join('')}</table>`;
    const rows = await read(html, 100);
    expect(rows.length).toBe(DATA_TABLE_MIN_ROWS + 6);
    expect(rows[0]).toEqual({ row: 2, cells: ['Mã hồ sơ'] });
    expect(rows.at(-1)!.cells).toEqual([`H-${DATA_TABLE_MIN_ROWS + 4}`]);
  });

  it('otherwise takes the largest table, the first of equals', async () => {
    const html = `<table><tr><td>title</td></tr></table>
      <table><tr><td>h</td></tr><tr><td>1</td></tr><tr><td>2</td></tr></table>
      <table><tr><td>x</td></tr><tr><td>y</td></tr><tr><td>z</td></tr></table>
      <table><tr><td>Người lập biểu</td></tr></table>`;
    expect(await read(html)).toEqual([
      { row: 2, cells: ['h'] },
      { row: 3, cells: ['1'] },
      { row: 4, cells: ['2'] },
    ]);
  });

  it('yields nothing for a document without tables', async () => {
    expect(await read('<html><body><p>Không có dữ liệu</p></body></html>')).toEqual([]);
  });

  it('stops with IngestCancelledError when aborted mid-file', async () => {
    const html = `<table>${'<tr><td>a</td><td>b</td></tr>'.repeat(20_000)}</table>`;
    const controller = new AbortController();
    const batches = readHtmlTableRows(textChunks(html, 4096), { signal: controller.signal });
    expect((await batches.next()).done).toBe(false);
    controller.abort();
    await expect(batches.next()).rejects.toBeInstanceOf(IngestCancelledError);
  });
});
