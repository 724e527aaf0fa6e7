import { readFileSync } from 'node:fs';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../src/api/auth.ts';
import { type ImportDetail, importsApi } from '../../src/api/imports.ts';
import { formatInteger } from '../../src/web/lib/format.ts';
import { CSRF, signedIn } from './support/fixtures.ts';
import { fail, handle, server } from './support/msw.ts';
import { renderApp } from './support/render.tsx';

const SAMPLE = 'mock-data/samples/export-2025-q1.csv';
const bytes = readFileSync(SAMPLE);
const sampleFile = () => new File([bytes], 'export-2025-q1.csv', { type: 'text/csv' });

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

describe('Công bố', () => {
  it('creates the import, sends the rows in chunks, checks the server counts and publishes', async () => {
    let rowCount = 0;
    let received = 0;
    const expectedHash = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    const create = handle(
      importsApi.create,
      ({ body }) => {
        rowCount = body.rowCount;
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
      });
    const finish = handle(importsApi.finish, staged, { csrfToken: CSRF });
    const publish = handle(importsApi.publish, () => ({ ...staged(), status: 'published' as const }), {
      csrfToken: CSRF,
    });
    server.use(create, put, finish, publish);
    await readSample();

    await userEvent.click(screen.getByRole('button', { name: 'Công bố' }));
    await screen.findByText('Đã công bố dữ liệu.', undefined, { timeout: 10_000 });
    expect((create.calls[0]!.body as { fileHash: string }).fileHash).toBe(expectedHash);
    expect(rowCount).toBeGreaterThan(0);
    expect(received).toBe(rowCount);
    expect(finish.calls).toHaveLength(1);
    expect(publish.calls).toHaveLength(1);
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
    expect(screen.getByRole('button', { name: 'Công bố' }).getAttribute('aria-disabled')).toBe('true');
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
