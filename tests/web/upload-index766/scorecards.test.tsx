import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { index766Api } from '../../../src/api/index766.ts';
import type { Role } from '../../../src/api/users.ts';
import { type GradeId, gradeOf, indexVersionById } from '../../../src/domain/index766.ts';
import { readScorecards, type ScorecardReadResult } from '../../../src/ingest/scorecard/read.ts';
import { PUBLISHED_DATA_KEY } from '../../../src/web/features/metrics/api/keys.ts';
import { formatInteger } from '../../../src/web/lib/format.ts';
import { CSRF, signedIn } from '../support/fixtures.ts';
import { handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';
import { searchOf } from '../support/render-route.tsx';
import { fileOf, once, sampleBytes, setDetail, sha256 } from './support.ts';

const NAME = 'scorecards-2026-03.csv';
const bytes = sampleBytes(NAME);
let reference: ScorecardReadResult;
beforeAll(async () => {
  reference = await readScorecards([{ name: NAME, source: once(bytes) }]);
});

async function openScorecards(role: Role = 'uploader') {
  server.use(handle(authApi.session, () => signedIn(role)));
  const view = renderApp('/tai-du-lieu?loai=bang-diem');
  const input = await screen.findByLabelText('Chọn tệp…', {}, { timeout: 5000 });
  return { ...view, input };
}

const read = (name: string) => screen.findByRole('heading', { name: `Tệp ${name}` }, { timeout: 15_000 });

describe('Tải bảng điểm QĐ 766', () => {
  it('keeps the chosen kind in the URL, dossiers by default', async () => {
    server.use(handle(authApi.session, () => signedIn('uploader')));
    const { router } = renderApp('/tai-du-lieu');
    const dossiers = await screen.findByRole('radio', { name: 'Hồ sơ TTHC (tệp xuất một cửa)' });
    expect((dossiers as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Loại dữ liệu tải lên' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Phản ánh, kiến nghị (PAKN)' }));
    expect(searchOf(router).get('loai')).toBe('pakn');
    expect(await screen.findByRole('heading', { name: 'Tệp phản ánh, kiến nghị' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Bảng điểm Chỉ số phục vụ (QĐ 766)' }));
    expect(searchOf(router).get('loai')).toBe('bang-diem');
    expect(await screen.findByRole('heading', { name: 'Tệp bảng điểm QĐ 766' })).toBeTruthy();
  });

  it('reads the file in the worker, previews the core’s grades, publishes with the file’s SHA-256', async () => {
    const unmatched = ['UBND xã Vĩnh Phong', 'UBND xã Mỹ Lâm'];
    const create = handle(
      index766Api.createScorecardSet,
      ({ body }) =>
        setDetail({
          id: 41,
          fileName: body.fileName,
          rows: body.scorecards.length,
          accepted: body.scorecards.length - 1,
          rejected: 1,
          problems: [
            {
              index: 3,
              unitName: 'Sở Tài chính',
              code: 'group_above_max',
              severity: 'error',
              field: 'TDGQ',
              message: 'Tiến độ giải quyết: 21 điểm vượt tối đa 20',
            },
          ],
          unmatched,
        }),
      { csrfToken: CSRF },
    );
    server.use(create);
    const { input, queryClient } = await openScorecards('admin');
    queryClient.setQueryData([PUBLISHED_DATA_KEY, 'target'], { cached: true });
    await userEvent.upload(input, fileOf(bytes, NAME));
    await read(NAME);

    // What the core reads from the file, graded with the version's bands.
    const cards = reference.scorecards;
    expect(cards.length).toBeGreaterThan(100);
    const grades: Record<GradeId, number> = { excellent: 0, good: 0, fair: 0, average: 0, weak: 0 };
    for (const c of cards) grades[gradeOf(c.total, indexVersionById(c.versionId)!).id]++;
    const good = grades.excellent + grades.good;

    const preview = screen.getByRole('region', { name: `Xem trước bảng điểm: ${NAME}` });
    const stat = (key: string) => preview.querySelector(`[data-stat="${key}"]`)?.textContent;
    expect(stat('units')).toBe(formatInteger(cards.length));
    expect(stat('good')).toBe(`${formatInteger(good)}/${formatInteger(cards.length)} đơn vị`);
    const distribution = within(preview).getByRole('list', { name: 'Phân bố xếp loại' });
    expect(
      within(distribution)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `Xuất sắc: ${grades.excellent}`,
      `Tốt: ${grades.good}`,
      `Khá: ${grades.fair}`,
      `Trung bình: ${grades.average}`,
      `Yếu: ${grades.weak}`,
    ]);
    // Top unit: the highest total of the file.
    const best = [...cards].sort((a, b) => b.total - a.total)[0]!;
    const top = within(preview).getByRole('table', { name: 'Điểm cao nhất' });
    expect(within(top).getAllByRole('rowheader')[0]!.textContent).toBe(best.unitName);

    // Summary: period, version, coverage.
    const facts = screen.getByRole('region', { name: `Tóm tắt tệp ${NAME}` });
    expect(facts.querySelector('[data-fact="period"]')?.textContent).toBe('2026-03');
    expect(facts.textContent).toContain('QĐ 766 — bộ chỉ số Cổng DVC quốc gia (2025–2026)');
    expect(facts.textContent).toContain(`Đủ các nhóm: ${formatInteger(cards.length)}`);
    expect(screen.getByText('Không có vấn đề nào. Mọi dòng đều hợp lệ.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: `Công bố tệp ${NAME}` }));
    expect(await screen.findByText(`Đã công bố tệp ${NAME} (lần tải #41).`)).toBeTruthy();
    expect(create.calls).toHaveLength(1);
    const body = create.calls[0]!.body as { fileName: string; fileHash: string; scorecards: unknown[] };
    expect(body.fileName).toBe(NAME);
    expect(body.fileHash).toBe(sha256(bytes));
    expect(body.scorecards).toHaveLength(cards.length);
    expect(body.scorecards[0]).toEqual(JSON.parse(JSON.stringify(cards[0])));

    // The server's answer: counts, its problems, the names the registry does not know.
    expect(
      screen.getByText(`Máy chủ nhận ${formatInteger(cards.length - 1)} dòng, loại 1 dòng.`),
    ).toBeTruthy();
    const names = screen.getByRole('region', { name: 'Tên đơn vị chưa có trong danh mục đơn vị (2)' });
    expect(
      within(names)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(unmatched);
    expect(within(names).getByRole('link', { name: 'Mở danh mục đơn vị' }).getAttribute('href')).toBe(
      '/quan-tri?muc=don-vi',
    );
    expect(
      screen.getByText(/Dòng 3 · Sở Tài chính: Tiến độ giải quyết: 21 điểm vượt tối đa 20/),
    ).toBeTruthy();
    // Published once: the button no longer sends.
    await userEvent.click(screen.getByRole('button', { name: `Công bố tệp ${NAME}` }));
    expect(create.calls).toHaveLength(1);
    await waitFor(() =>
      expect(queryClient.getQueryState([PUBLISHED_DATA_KEY, 'target'])?.isInvalidated).toBe(true),
    );
  });

  it('shows a group above its maximum as a problem row with its unit, filterable by severity', async () => {
    const text = bytes
      .toString('utf8')
      .replace('1,000.00.10.H01,Sở Nội vụ,"9,79","18,85"', '1,000.00.10.H01,Sở Nội vụ,"9,79","25,5"');
    const name = 'bang-diem-loi.csv';
    const expected = await readScorecards([{ name, source: once(text) }]);
    const above = expected.problems.find((p) => p.code === 'group_above_max')!;
    expect(above).toBeTruthy();

    const { input } = await openScorecards();
    await userEvent.upload(input, fileOf(text, name));
    await read(name);
    const problems = screen.getByRole('region', { name: `Các vấn đề trong tệp ${name}` });
    const table = within(problems).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.problems.length);
    const row = rows.find((tr) => within(tr).queryByText(above.message))!;
    expect(row).toBeTruthy();
    expect(within(row).getByText(String(above.row))).toBeTruthy();
    expect(within(row).getByText('Sở Nội vụ')).toBeTruthy();
    expect(within(row).getByText('Tiến độ giải quyết')).toBeTruthy();
    expect(within(row).getByText('25.5')).toBeTruthy();
    expect(within(row).getByText('Lỗi: dòng bị loại')).toBeTruthy();

    await userEvent.selectOptions(within(problems).getByLabelText('Lọc theo mức độ'), 'warning');
    const warnings = expected.problems.filter((p) => p.severity === 'warning').length;
    if (warnings === 0) expect(within(problems).getByText('Không có vấn đề ở mức độ này.')).toBeTruthy();
    else expect(within(within(problems).getByRole('table')).getAllByRole('row')).toHaveLength(warnings + 1);

    const preview = screen.getByRole('region', { name: `Xem trước bảng điểm: ${name}` });
    expect(preview.querySelector('[data-stat="units"]')?.textContent).toBe(
      formatInteger(expected.scorecards.length),
    );
  });

  it('asks for the period when the file does not say it, and reads again with it', async () => {
    const text = bytes
      .toString('utf8')
      .replace('Tháng 3/2026,,,,,,,,,,\n', '')
      .replace('Tháng 3/2026,,,,,,,,,,\r\n', '');
    expect(text).not.toContain('Tháng 3/2026');
    const name = 'bang-diem.csv';
    const { input } = await openScorecards();
    await userEvent.upload(input, fileOf(text, name));
    await read(name);
    expect(screen.getByText('Không xác định được kỳ đánh giá từ tệp. Nhập kỳ rồi đọc lại.')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: `Công bố tệp ${name}` }) as HTMLButtonElement).getAttribute(
        'aria-disabled',
      ),
    ).toBe('true');

    // Words that name no period are refused with the forms that work; a quarter in words is read.
    const field = screen.getByLabelText(`Sửa kỳ đánh giá cho tệp ${name}`);
    fireEvent.change(field, { target: { value: 'quý năm' } });
    await userEvent.click(screen.getByRole('button', { name: 'Đọc lại với kỳ này' }));
    expect(screen.getByText('Không đọc được kỳ này. Nhập như 2026-03, Quý I/2026 hoặc 2026.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: 'Quý I/2026' } });
    await userEvent.click(screen.getByRole('button', { name: 'Đọc lại với kỳ này' }));
    await waitFor(
      () =>
        expect(
          screen.getByRole('region', { name: `Tóm tắt tệp ${name}` }).querySelector('[data-fact="period"]')
            ?.textContent,
        ).toBe('2026-Q1 (Kỳ do bạn chọn)'),
      { timeout: 15_000 },
    );
    const expected = await readScorecards([{ name, source: once(text) }], { period: '2026-Q1' });
    expect(expected.scorecards.every((c) => c.period === '2026-Q1')).toBe(true);
    expect(
      screen
        .getByRole('region', { name: `Xem trước bảng điểm: ${name}` })
        .querySelector('[data-stat="units"]')?.textContent,
    ).toBe(formatInteger(expected.scorecards.length));
  });
});
