import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { authApi } from '../../src/api/auth.ts';
import { totalMetrics } from '../../src/domain/metrics.ts';
import { dayRangePeriod } from '../../src/domain/period.ts';
import { startOfDay } from '../../src/domain/time.ts';
import { layoutKey } from '../../src/ingest/mapping.ts';
import { type IngestResult, ingestFiles } from '../../src/ingest/pipeline.ts';
import type { WorkerFactory } from '../../src/web/features/upload/lib/use-ingest.ts';
import { formatInteger, formatPercent } from '../../src/web/lib/format.ts';
import { signedIn } from './support/fixtures.ts';
import { InProcessWorker, SilentWorker } from './support/in-process-worker.ts';
import { handle, server } from './support/msw.ts';
import { renderApp } from './support/render.tsx';

const SAMPLE = 'mock-data/samples/export-2025-q1.csv';
const bytes = readFileSync(SAMPLE);
const sampleFile = () => new File([bytes], 'export-2025-q1.csv', { type: 'text/csv' });

let reference: IngestResult;
beforeAll(async () => {
  reference = await ingestFiles([
    {
      name: 'export-2025-q1.csv',
      source: (async function* () {
        yield new Uint8Array(bytes);
      })(),
    },
  ]);
});

async function openUpload(workerFactory: WorkerFactory = () => new InProcessWorker()) {
  server.use(handle(authApi.session, () => signedIn('uploader')));
  const view = renderApp('/tai-du-lieu', { workerFactory });
  const input = await screen.findByLabelText('Chọn tệp…');
  return { ...view, input };
}

const statValue = (label: string) => {
  const summary = screen.getByRole('region', { name: 'Kết quả kiểm tra' });
  const term = within(summary).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
};

describe('Tải dữ liệu', () => {
  it('reads the file in the worker and shows the validation report, problems and the preview', async () => {
    const { input } = await openUpload();
    await userEvent.upload(input, sampleFile());
    await screen.findByRole('heading', { name: 'Kết quả kiểm tra' }, { timeout: 15_000 });

    const r = reference.report;
    expect(statValue('Dòng đã đọc')).toBe(formatInteger(r.rowsRead));
    expect(statValue('Dòng hợp lệ')).toBe(formatInteger(r.accepted));
    expect(statValue('Dòng bị loại')).toBe(formatInteger(r.rejected));
    expect(statValue('Dòng có cảnh báo')).toBe(formatInteger(r.warned));
    expect(statValue('Ngày tiếp nhận')).toBe('02/01/2025 – 31/03/2025');

    // The problems table: every rejected row with its row number and reason.
    const problems = screen.getByRole('region', { name: /Danh sách vấn đề/ });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(r.problems.length);
    for (const p of r.problems.filter((x) => x.severity === 'error')) {
      const row = rows.find((tr) => within(tr).queryByText(String(p.row)));
      expect(row, `row ${p.row}`).toBeTruthy();
      expect(within(row!).getByText(p.message)).toBeTruthy();
    }

    // Filter by kind.
    await userEvent.selectOptions(screen.getByLabelText('Lọc theo loại'), 'unparsable_date');
    const filtered = within(screen.getByRole('region', { name: /Danh sách vấn đề/ }))
      .getAllByRole('row')
      .slice(1);
    expect(filtered).toHaveLength(r.problemCounts.unparsable_date ?? 0);

    // The preview: the core's totalMetrics for the file's whole days.
    const period = dayRangePeriod(startOfDay(r.dateRange!.from), startOfDay(r.dateRange!.to));
    const m = totalMetrics(reference.table, period);
    const preview = screen.getByRole('region', { name: 'Xem trước số liệu' });
    const value = (key: string) => preview.querySelector(`[data-metric="${key}"]`)?.textContent;
    expect(value('received')).toBe(formatInteger(m.received));
    expect(value('early')).toBe(formatInteger(m.early));
    expect(value('onTime')).toBe(formatInteger(m.onTime));
    expect(value('late')).toBe(formatInteger(m.late));
    expect(value('overdue')).toBe(formatInteger(m.overdue));
    expect(value('onTimeRate')).toBe(formatPercent(m.onTimeRate));
    expect(value('progressRate766')).toBe(formatPercent(m.progressRate766));
    expect(
      within(preview)
        .getByRole('link', { name: 'Giải thích chỉ số: Tỷ lệ đúng hạn (Biểu 06)' })
        .getAttribute('href'),
    ).toBe('/dinh-nghia#onTimeRate');

    // Personal data columns, named, dropped.
    const note = screen.getByText('Dữ liệu cá nhân không được lưu').parentElement!;
    for (const column of ['Họ tên người nộp', 'Số CCCD', 'Địa chỉ', 'Số điện thoại', 'Email']) {
      expect(within(note).getByText(column)).toBeTruthy();
    }

    // Mapping with confidence in words and sample values.
    expect((screen.getByLabelText('Mã hồ sơ') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'Cột 2: Mã hồ sơ',
    );
    expect(screen.getAllByText('Chắc chắn').length).toBeGreaterThan(5);

    // Publishing is wired (tests/web/publish.test.tsx covers it).
    const publish = screen.getByRole('button', { name: 'Công bố' });
    expect(publish.getAttribute('aria-disabled')).toBeNull();
  });

  it('remembers a corrected mapping for the layout and applies it to the next file', async () => {
    const workers: InProcessWorker[] = [];
    const { input, unmount } = await openUpload(() => {
      const w = new InProcessWorker();
      workers.push(w);
      return w;
    });
    await userEvent.upload(input, sampleFile());
    await screen.findByRole('heading', { name: 'Kết quả kiểm tra' }, { timeout: 15_000 });
    expect(screen.getByText('Ánh xạ do hệ thống tự nhận ra từ tên cột.')).toBeTruthy();

    // The sector is in column 5; say the file has none.
    await userEvent.selectOptions(screen.getByLabelText('Lĩnh vực'), '');
    await userEvent.click(screen.getByRole('button', { name: 'Áp dụng ánh xạ và đọc lại' }));
    await screen.findByText('Đang dùng ánh xạ bạn chọn (đã lưu cho lần sau).', {}, { timeout: 15_000 });
    expect((screen.getByLabelText('Lĩnh vực') as HTMLSelectElement).value).toBe('');
    const start = workers[0]!.sent.filter((m) => m.type === 'start').at(-1)!;
    expect(start.type === 'start' && start.explicit[0]?.sector).toBeNull();

    const stored = JSON.parse(localStorage.getItem('dunghan.columnMappings.v1') ?? '{}');
    const key = Object.keys(stored)[0]!;
    expect(stored[key].mapping.sector).toBeNull();
    expect(key).toBe(layoutKey(reference.report.files[0]!.headers));
    unmount();

    // A new visit: the saved mapping is applied without asking.
    const again = await openUpload();
    await userEvent.upload(again.input, sampleFile());
    await screen.findByText('Đã áp dụng ánh xạ bạn lưu cho bố cục tệp này.', {}, { timeout: 15_000 });
    expect((screen.getByLabelText('Lĩnh vực') as HTMLSelectElement).value).toBe('');

    // And can be forgotten.
    await userEvent.click(screen.getByRole('button', { name: 'Dùng gợi ý tự động' }));
    await screen.findByText('Ánh xạ do hệ thống tự nhận ra từ tên cột.', {}, { timeout: 15_000 });
    expect((screen.getByLabelText('Lĩnh vực') as HTMLSelectElement).value).toBe('4');
    expect(JSON.parse(localStorage.getItem('dunghan.columnMappings.v1') ?? '{}')).toEqual({});
  });

  it('asks for the required columns when it cannot find them', async () => {
    const csv =
      'So ho so goc,Noi xu ly,Ngay nhan ho so\nH1,UBND xã A,02/01/2025 08:00:00\nH2,UBND xã B,03/01/2025\n';
    const { input } = await openUpload();
    await userEvent.upload(input, new File([csv], 'la.csv', { type: 'text/csv' }));
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Chưa nhận ra cột bắt buộc trong tệp la.csv' },
        { timeout: 15_000 },
      ),
    ).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Mã hồ sơ'), '0');
    await userEvent.selectOptions(screen.getByLabelText('Đơn vị xử lý'), '1');
    await userEvent.selectOptions(screen.getByLabelText('Ngày tiếp nhận'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Áp dụng ánh xạ và đọc lại' }));
    await screen.findByRole('heading', { name: 'Kết quả kiểm tra' }, { timeout: 15_000 });
    expect(statValue('Dòng hợp lệ')).toBe('2');
  });

  it('cancels a read in progress', async () => {
    const worker = new SilentWorker();
    const { input } = await openUpload(() => worker);
    await userEvent.upload(input, sampleFile());
    const start = worker.sent[0]!;
    expect(start.type).toBe('start');
    worker.emit({
      type: 'progress',
      jobId: start.jobId,
      progress: {
        phase: 'rows',
        file: 'export-2025-q1.csv',
        fileIndex: 0,
        fileCount: 1,
        bytesRead: 1024,
        totalBytes: 4096,
        rowsRead: 10,
      },
    });
    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ đọc tệp' });
    expect(bar.getAttribute('aria-valuetext')).toBe('25\u00a0%');
    await userEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(worker.sent.at(-1)).toEqual({ type: 'cancel', jobId: start.jobId });
    worker.emit({ type: 'cancelled', jobId: start.jobId });
    expect(await screen.findByText('Đã huỷ đọc tệp. Chưa có gì được lưu hay gửi đi.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('stops a worker that does not answer the cancel', async () => {
    const worker = new SilentWorker();
    const { input } = await openUpload(() => worker);
    await userEvent.upload(input, sampleFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Huỷ' }));
    expect(
      await screen.findByText('Đã huỷ đọc tệp. Chưa có gì được lưu hay gửi đi.', {}, { timeout: 4000 }),
    ).toBeTruthy();
    expect(worker.terminated).toBe(true);
  });

  it('shows a readable error with a retry when a file cannot be read', async () => {
    const { input } = await openUpload();
    const legacyXls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await userEvent.upload(input, new File([legacyXls], 'cu.xls'));
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toContain('Excel 97–2003');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });
});
