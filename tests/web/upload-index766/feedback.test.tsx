import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { index766Api } from '../../../src/api/index766.ts';
import {
  type Feedback,
  feedbackMetrics,
  feedbackMetricsByUnit,
  handledLabel,
} from '../../../src/domain/feedback.ts';
import { monthPeriod } from '../../../src/domain/period.ts';
import { createUnitResolver } from '../../../src/domain/units.ts';
import { canonicalFeedbackOf } from '../../../src/ingest/feedback/canonical.ts';
import { type FeedbackValidationReport, ingestFeedbackFiles } from '../../../src/ingest/feedback/ingest.ts';
import { formatInteger } from '../../../src/web/lib/format.ts';
import { CSRF, signedIn } from '../support/fixtures.ts';
import { handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';
import { fileOf, once, sampleBytes, setDetail, sha256 } from './support.ts';

const NAME = 'feedback-2026-03.csv';
const bytes = sampleBytes(NAME);
let items: Feedback[];
let report: FeedbackValidationReport;
beforeAll(async () => {
  ({ items, report } = await ingestFeedbackFiles([{ name: NAME, source: once(bytes) }]));
});

async function openFeedback() {
  server.use(handle(authApi.session, () => signedIn('uploader')));
  const view = renderApp('/tai-du-lieu?loai=pakn');
  const input = await screen.findByLabelText('Chọn tệp…', {}, { timeout: 5000 });
  return { ...view, input };
}

describe('Tải phản ánh, kiến nghị', () => {
  it('reads the file, shows counts, mapping, problems and the per-unit preview of the core, then publishes', async () => {
    const create = handle(
      index766Api.createFeedbackSet,
      ({ body }) =>
        setDetail({
          id: 52,
          kind: 'feedback',
          fileName: body.fileName,
          periods: ['2026-03'],
          versionIds: [],
          rows: body.items.length,
          accepted: body.items.length,
          rejected: 0,
          unmatched: ['BẢO HIỂM XÃ HỘI TỈNH AN GIANG'],
        }),
      { csrfToken: CSRF },
    );
    server.use(create);
    const { input } = await openFeedback();
    await userEvent.upload(input, fileOf(bytes, NAME));
    await screen.findByRole('heading', { name: `Tệp ${NAME}` }, { timeout: 15_000 });

    const facts = screen.getByRole('region', { name: 'Ánh xạ cột' });
    const fact = (key: string) => facts.querySelector(`[data-fact="${key}"]`)?.textContent;
    expect(fact('rows')).toBe(formatInteger(report.rowsRead));
    expect(fact('accepted')).toBe(formatInteger(report.accepted));
    expect(fact('rejected')).toBe(formatInteger(report.rejected));
    expect(report.rejected).toBeGreaterThan(0);
    // The mapping: which header became which field.
    const selected = (label: string) =>
      (within(facts).getByLabelText(label) as HTMLSelectElement).selectedOptions[0]!.textContent;
    expect(selected('Mã phản ánh')).toBe('Cột 2: Mã phản ánh');
    expect(selected('Đơn vị xử lý')).toBe('Cột 3: Đơn vị xử lý');
    expect(selected('Hạn xử lý')).toBe('Cột 6: Hạn xử lý');

    // Every rejected row, with its row number and reason.
    const problems = screen.getByRole('region', { name: `Các vấn đề trong tệp ${NAME}` });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(report.problems.length);
    for (const p of report.problems) {
      const row = rows.find((tr) => within(tr).queryByText(String(p.row)));
      expect(within(row!).getByText(p.message)).toBeTruthy();
    }

    // Preview: feedbackMetrics of each unit over the month the items were received in.
    const period = monthPeriod(2026, 3);
    const preview = screen.getByRole('region', { name: 'Xem trước PAKN theo đơn vị' });
    const table = within(preview).getByRole('table', { name: 'PAKN theo đơn vị' });
    // Spellings of one unit are folded together, as the server and the target fold them.
    const byUnit = feedbackMetricsByUnit(items, period, createUnitResolver());
    expect(byUnit.size).toBeLessThan(new Set(items.map((i) => i.unit)).size);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(byUnit.size + 1);
    for (const { unit, metrics: m } of byUnit.values()) {
      const row = within(table).getByRole('rowheader', { name: unit.name }).closest('tr')!;
      expect(row.querySelector('[data-metric="handled"]')?.textContent).toBe(handledLabel(m));
      expect(row.querySelector('[data-metric="handledOnTime"]')?.textContent).toBe(
        formatInteger(m.handledOnTime),
      );
    }
    const total = feedbackMetrics(items, period);
    const totalRow = within(table).getByRole('rowheader', { name: 'Tổng cộng' }).closest('tr')!;
    expect(totalRow.querySelector('[data-metric="handled"]')?.textContent).toBe(handledLabel(total));

    await userEvent.click(screen.getByRole('button', { name: `Công bố tệp ${NAME}` }));
    expect(await screen.findByText(`Đã công bố tệp ${NAME} (lần tải #52).`)).toBeTruthy();
    const body = create.calls[0]!.body as { fileName: string; fileHash: string; items: unknown[] };
    expect(body.fileHash).toBe(sha256(bytes));
    expect(body.items).toEqual(items.map(canonicalFeedbackOf));
    const names = screen.getByRole('region', { name: 'Tên đơn vị chưa có trong danh mục đơn vị (1)' });
    expect(within(names).getByText('BẢO HIỂM XÃ HỘI TỈNH AN GIANG')).toBeTruthy();
    // Uploaders are not sent to the admin page.
    expect(within(names).queryByRole('link')).toBeNull();
  });

  it('lets staff pick a required column the file names differently, then reads it', async () => {
    // The title block stays above the header: the core still finds the header row without the
    // required names, so picking the column reads every item of the file.
    const text = bytes.toString('utf8').replace('STT,Mã phản ánh,', 'STT,Số hiệu,');
    const name = 'pakn-thang-3.csv';
    const { input } = await openFeedback();
    await userEvent.upload(input, fileOf(text, name));
    await screen.findByRole('heading', { name: `Tệp ${name}` }, { timeout: 15_000 });
    expect(screen.getByText(/Chưa nhận ra cột cho trường bắt buộc: Mã phản ánh/)).toBeTruthy();
    expect(screen.getByRole('button', { name: `Công bố tệp ${name}` }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    const facts = screen.getByRole('region', { name: 'Ánh xạ cột' });
    const select = within(facts).getByLabelText('Mã phản ánh') as HTMLSelectElement;
    const option = [...select.options].find((o) => o.textContent === 'Cột 2: Số hiệu')!;
    await userEvent.selectOptions(select, option);
    await userEvent.click(within(facts).getByRole('button', { name: 'Áp dụng ánh xạ và đọc lại' }));
    expect(await screen.findByText('Đang dùng ánh xạ bạn chọn.', {}, { timeout: 15_000 })).toBeTruthy();
    const accepted = screen
      .getByRole('region', { name: 'Ánh xạ cột' })
      .querySelector('[data-fact="accepted"]');
    expect(accepted?.textContent).toBe(formatInteger(report.accepted));
  });
});
