import { readFileSync } from 'node:fs';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../src/api/auth.ts';
import { type ImportDetail, type ImportPreview, importsApi } from '../../src/api/imports.ts';
import { COUNTERS, type Metrics, metricsOf } from '../../src/domain/metrics.ts';
import { onTimeRate, progressRate766 } from '../../src/domain/rates.ts';
import { formatDecimal, formatInteger, formatPercent } from '../../src/web/lib/format.ts';
import { CSRF, signedIn } from './support/fixtures.ts';
import { fail, handle, server } from './support/msw.ts';
import { renderApp } from './support/render.tsx';

const SAMPLE = 'mock-data/samples/export-2025-q1.csv';
const bytes = readFileSync(SAMPLE);
const sampleFile = () => new File([bytes], 'export-2025-q1.csv', { type: 'text/csv' });
/** The sample with its due-date column under a header no synonym knows: read without due dates. */
const noDueFile = () =>
  new File([bytes.toString('utf8').replace(',Ngày hẹn trả,', ',Cột O,')], 'export-khong-han.csv', {
    type: 'text/csv',
  });

const zero = metricsOf(new Int32Array(COUNTERS), 0);

/** Period totals from outcome counts, the rates computed by the core's own functions. */
function metricsWith(c: {
  received: number;
  early: number;
  onTime: number;
  late: number;
  resolvedNoDeadline?: number;
  withinDeadline: number;
  overdue: number;
}): Metrics {
  const progress = {
    early: c.early,
    onTime: c.onTime,
    late: c.late,
    paused: 0,
    withinDeadline: c.withinDeadline,
    overdue: c.overdue,
  };
  const resolvedNoDeadline = c.resolvedNoDeadline ?? 0;
  return {
    ...zero,
    received: c.received,
    new: c.received,
    early: c.early,
    onTime: c.onTime,
    late: c.late,
    resolvedNoDeadline,
    resolved: c.early + c.onTime + c.late + resolvedNoDeadline,
    withinDeadline: c.withinDeadline,
    overdue: c.overdue,
    pending: c.withinDeadline + c.overdue,
    onTimeRate: onTimeRate(progress),
    progressRate766: progressRate766(progress),
  };
}

/** What the fake server answers as its preview: 2.000 dossiers published, 400 replaced, 579 new. */
const PREVIEW: ImportPreview = {
  period: { from: '2025-01-02', to: '2025-03-31' },
  computedAt: '2025-04-01T01:00:00.000Z',
  before: metricsWith({
    received: 2000,
    early: 900,
    onTime: 700,
    late: 100,
    withinDeadline: 280,
    overdue: 20,
  }),
  after: metricsWith({
    received: 2579,
    early: 1200,
    onTime: 900,
    late: 150,
    withinDeadline: 300,
    overdue: 20,
  }),
  supersedes: 400,
  newDossiers: 579,
};

function detail(overrides: Partial<ImportDetail>): ImportDetail {
  return {
    id: 7,
    fileName: 'export-2025-q1.csv',
    fileHash: 'a'.repeat(64),
    fileSize: bytes.length,
    sourceSystem: null,
    status: 'uploading',
    rowCount: 0,
    createdAt: '2025-04-01T01:00:00.000Z',
    createdBy: 'canbo',
    stagedAt: null,
    publishedAt: null,
    publishedBy: null,
    retractedAt: null,
    retractedBy: null,
    retractReason: null,
    discardedAt: null,
    discardedBy: null,
    period: null,
    dataUntil: null,
    dossiers: null,
    currentDossiers: null,
    accepted: null,
    rejected: null,
    layout: null,
    clientReport: null,
    upload: { receivedChunks: [], rowsReceived: 0 },
    summary: null,
    preview: null,
    ...overrides,
  };
}

async function readSample() {
  server.use(handle(authApi.session, () => signedIn('uploader')));
  renderApp('/tai-du-lieu');
  await userEvent.upload(await screen.findByLabelText('Chọn tệp…'), sampleFile());
  await screen.findByRole('heading', { name: 'Kết quả kiểm tra' }, { timeout: 15_000 });
}

/** A fake server that stages what it receives and answers `preview`; records every call. */
function fakeServer(preview: ImportPreview | null = PREVIEW) {
  let rowCount = 0;
  let received = 0;
  const create = handle(
    importsApi.create,
    ({ body }) => {
      rowCount = body.rowCount;
      received = 0;
      return detail({ rowCount, fileHash: body.fileHash });
    },
    { csrfToken: CSRF },
  );
  const put = handle(
    importsApi.putChunk,
    ({ params, body }) => {
      received += body.rows.length;
      return {
        n: Number(params.n),
        rows: body.rows.length,
        accepted: body.rows.length,
        rejected: 0,
        warned: 0,
        alreadyReceived: false,
        rowsReceived: received,
        rowCount,
        problems: [],
      };
    },
    { csrfToken: CSRF },
  );
  const summary = {
    rowsReceived: 0,
    accepted: 0,
    rejected: 0,
    warned: 0,
    duplicates: 0,
    dossiers: 0,
    problemCounts: {},
    problems: [],
    problemsTruncated: false,
  };
  const staged = () =>
    detail({
      status: 'staged',
      rowCount,
      period: { from: '2025-01-02', to: '2025-03-31' },
      summary: { ...summary, rowsReceived: received, accepted: received, dossiers: received },
      upload: { receivedChunks: [0], rowsReceived: received },
      preview,
    });
  const finish = handle(importsApi.finish, staged, { csrfToken: CSRF });
  const publish = handle(importsApi.publish, () => ({ ...staged(), status: 'published' as const }), {
    csrfToken: CSRF,
  });
  const discard = handle(importsApi.discard, () => ({ ...staged(), status: 'discarded' as const }), {
    csrfToken: CSRF,
  });
  server.use(create, put, finish, publish, discard);
  return { create, put, finish, publish, discard, rows: () => ({ rowCount, received }) };
}

/** Clicks "Công bố" and waits for the confirmation panel, whose heading takes the focus. */
async function stage() {
  await userEvent.click(screen.getByRole('button', { name: 'Công bố' }));
  const heading = await screen.findByRole(
    'heading',
    { name: 'Xác nhận công bố lần nhập #7' },
    { timeout: 10_000 },
  );
  await waitFor(() => expect(document.activeElement).toBe(heading));
  return screen.getByRole('region', { name: 'Xác nhận công bố lần nhập #7' });
}

const dayText = (iso: string) => iso.split('-').reverse().join('/');

describe('Công bố', () => {
  it('stages the rows in chunks, shows the server check and the preview, and publishes only on confirmation', async () => {
    const expectedHash = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    const fake = fakeServer();
    await readSample();
    expect(screen.queryByText('Tệp không có cột hạn xử lý (Ngày hẹn trả)')).toBeNull();

    const panel = await stage();
    const { rowCount, received } = fake.rows();
    expect((fake.create.calls[0]!.body as { fileHash: string }).fileHash).toBe(expectedHash);
    expect(rowCount).toBeGreaterThan(0);
    expect(received).toBe(rowCount);
    expect(fake.finish.calls).toHaveLength(1);
    expect(fake.publish.calls).toHaveLength(0);
    // Staged, not published: the first button waits, the panel says what publishing would do.
    expect(screen.getByRole('button', { name: 'Công bố' }).getAttribute('aria-disabled')).toBe('true');
    const check = within(panel).getByText(/Máy chủ kiểm tra lại:/);
    expect(check.textContent).toContain(`${formatInteger(rowCount)} hợp lệ, 0 bị loại`);
    expect(check.textContent).toContain('Khớp với trang này.');
    within(panel).getByText(
      `Công bố sẽ thêm ${formatInteger(PREVIEW.newDossiers)} hồ sơ mới và thay thế ${formatInteger(PREVIEW.supersedes)} hồ sơ đã công bố (cùng mã hồ sơ).`,
    );
    within(panel).getByText(
      new RegExp(`^Kỳ ${dayText(PREVIEW.period.from)} – ${dayText(PREVIEW.period.to)} \\(`),
    );

    const table = within(panel).getByRole('table', { name: /trước và sau khi công bố/ });
    const cells = (label: string) =>
      within(within(table).getByRole('rowheader', { name: label }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const { before, after } = PREVIEW;
    const count = (b: number, a: number) => [
      formatInteger(b),
      formatInteger(a),
      a === b ? 'không đổi' : `${a > b ? '▲ tăng' : '▼ giảm'} ${formatInteger(Math.abs(a - b))}`,
    ];
    const rate = (b: number | null, a: number | null) => {
      const points = (Math.round(a! * 10_000) - Math.round(b! * 10_000)) / 100;
      return [
        formatPercent(b),
        formatPercent(a),
        `${points > 0 ? '▲ tăng' : '▼ giảm'} ${formatDecimal(Math.abs(points), 2)} điểm %`,
      ];
    };
    expect(cells('Tổng số hồ sơ tiếp nhận')).toEqual(count(before.received, after.received));
    expect(cells('Đã giải quyết')).toEqual(count(before.resolved, after.resolved));
    expect(cells('Đang giải quyết quá hạn')).toEqual(count(before.overdue, after.overdue));
    expect(cells('Tỷ lệ đúng hạn (Biểu 06)')).toEqual(rate(before.onTimeRate, after.onTimeRate));
    expect(cells('Tiến độ giải quyết theo QĐ 766')).toEqual(
      rate(before.progressRate766, after.progressRate766),
    );

    // Escape publishes nothing.
    await userEvent.keyboard('{Escape}');
    expect(fake.publish.calls).toHaveLength(0);
    expect(within(panel).getByRole('button', { name: 'Xác nhận công bố' })).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Xác nhận công bố' }));
    await screen.findByText('Đã công bố dữ liệu.', undefined, { timeout: 10_000 });
    expect(fake.publish.calls).toHaveLength(1);
    expect(fake.discard.calls).toHaveLength(0);
    expect(
      screen.getByText(
        new RegExp(
          `Lần nhập #7 \\(export-2025-q1.csv\\): ${formatInteger(rowCount)} hồ sơ\\. Kỳ 02/01/2025 – 31/03/2025\\.`,
        ),
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Máy chủ kiểm tra lại:/).textContent).toContain(
      `${formatInteger(rowCount)} hợp lệ, 0 bị loại`,
    );
    expect(screen.queryByRole('region', { name: /Xác nhận công bố/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Công bố' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('“Huỷ, không công bố” discards the staged import and says nothing was published', async () => {
    const fake = fakeServer();
    await readSample();
    const panel = await stage();
    await userEvent.click(within(panel).getByRole('button', { name: 'Huỷ, không công bố' }));
    await screen.findByText('Đã huỷ lần nhập #7. Không có gì được công bố; số liệu không thay đổi.');
    expect(fake.discard.calls).toHaveLength(1);
    expect(new URL(fake.discard.calls[0]!.request.url).pathname).toBe('/api/imports/7');
    expect(fake.publish.calls).toHaveLength(0);
    expect(screen.queryByRole('region', { name: /Xác nhận công bố/ })).toBeNull();
    // The file can be staged again.
    expect(screen.getByRole('button', { name: 'Công bố' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('discards a staged import when the page goes away without a confirmation', async () => {
    const fake = fakeServer();
    await readSample();
    await stage();
    window.dispatchEvent(new Event('beforeunload'));
    await waitFor(() => expect(fake.discard.calls).toHaveLength(1));
    cleanup();
    await waitFor(() => expect(fake.discard.calls).toHaveLength(2));
    expect(fake.publish.calls).toHaveLength(0);
  });

  it('warns above the preview and in the confirmation when the file has no due-date column; publishing stays allowed', async () => {
    const fake = fakeServer();
    server.use(handle(authApi.session, () => signedIn('uploader')));
    renderApp('/tai-du-lieu');
    await userEvent.upload(await screen.findByLabelText('Chọn tệp…'), noDueFile());
    await screen.findByRole('heading', { name: 'Kết quả kiểm tra' }, { timeout: 15_000 });

    const warning = screen.getByText('Tệp không có cột hạn xử lý (Ngày hẹn trả)').closest('[role="status"]')!;
    expect(warning.textContent).toMatch(/Không tính được hồ sơ nào sớm hạn, đúng hạn, trễ hạn, quá hạn/);
    expect(warning.textContent).toContain('Ánh xạ cột');
    const preview = screen.getByRole('region', { name: 'Xem trước số liệu' });
    expect(warning.compareDocumentPosition(preview) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // What the warning says of the preview: no dossier graded, the on-time rate without data.
    const shown = (key: string) => preview.querySelector(`[data-metric="${key}"]`)!.textContent;
    expect(shown('onTime')).toBe('0');
    expect(shown('late')).toBe('0');
    expect(shown('overdue')).toBe('0');
    expect(shown('onTimeRate')).toBe('không có dữ liệu');

    const panel = await stage();
    within(panel).getByText('Tệp không có cột hạn xử lý (Ngày hẹn trả)');
    within(panel).getByText(/^Vẫn có thể công bố\./);
    await userEvent.click(within(panel).getByRole('button', { name: 'Xác nhận công bố' }));
    await screen.findByText('Đã công bố dữ liệu.', undefined, { timeout: 10_000 });
    expect(fake.publish.calls).toHaveLength(1);
  });

  it('shows the server’s message when the same file was already published', async () => {
    const message =
      'Tệp này đã được công bố lúc 2025-04-01 08:00 (UTC) (lần nhập #3, export-2025-q1.csv). Cùng một tệp không được công bố hai lần để số liệu không bị đếm trùng; nếu cần thay, hãy thu hồi lần nhập cũ trước.';
    const create = handle(importsApi.create, () => fail(409, 'already_published', message), {
      csrfToken: CSRF,
    });
    const put = handle(importsApi.putChunk, () => fail(500, 'internal', 'không được gọi'));
    server.use(create, put);
    await readSample();

    await userEvent.click(screen.getByRole('button', { name: 'Công bố' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain(message));
    expect(alert.textContent).toContain('Không công bố được');
    expect(put.calls).toHaveLength(0);
    // Retrying cannot help: no retry button.
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  });
});
