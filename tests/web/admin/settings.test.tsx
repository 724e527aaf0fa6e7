import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { type SettingsResponse, settingsApi } from '../../../src/api/settings.ts';
import { CSRF, signedIn } from '../support/fixtures.ts';
import { fail, handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';

function fakeSettings(conflictOnce = false) {
  let current: SettingsResponse = {
    version: 2,
    updatedAt: '2025-03-01T03:00:00.000Z',
    updatedBy: 'quantri',
    settings: {
      publicMode: false,
      dueSoonWorkingDays: 2,
      targets: { '2025': { onTimeRate: 0.98, satisfactionRate: 0.955 } },
    },
  };
  let refuse = conflictOnce;
  const get = handle(settingsApi.get, () => current);
  const put = handle(
    settingsApi.put,
    ({ body }) => {
      if (refuse) {
        refuse = false;
        current = { ...current, version: current.version + 1, updatedBy: 'nguoikhac' };
        return fail(409, 'conflict', 'Thiết lập đã được người khác thay đổi.');
      }
      current = {
        version: current.version + 1,
        updatedAt: current.updatedAt,
        updatedBy: 'quantri',
        settings: body.settings,
      };
      return current;
    },
    { csrfToken: CSRF },
  );
  server.use(
    handle(authApi.session, () => signedIn('admin')),
    get,
    put,
  );
  return { get, put };
}

const cell = (metric: string, year: string) =>
  screen.findByRole('textbox', { name: `${metric} năm ${year} (%)` });

describe('admin · settings', () => {
  it('shows stored fractions as vi-VN percentages and sends percentages back as fractions', async () => {
    const { put } = fakeSettings();
    const { queryClient } = renderApp('/quan-tri?muc=thiet-lap');
    const onTime = (await cell('Tỷ lệ đúng hạn (Biểu 06)', '2025')) as HTMLInputElement;
    expect(onTime.value).toBe('98');
    expect(((await cell('Tỷ lệ hài lòng', '2025')) as HTMLInputElement).value).toBe('95,5');

    await userEvent.clear(onTime);
    await userEvent.type(onTime, '98,5');
    await userEvent.type(await cell('Tỷ lệ hồ sơ trực tuyến', '2025'), '80');
    await userEvent.click(screen.getByRole('checkbox', { name: /Cho xem các trang số liệu/ }));
    const due = screen.getByLabelText(/Cảnh báo sắp đến hạn/);
    await userEvent.clear(due);
    await userEvent.type(due, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Đã lưu (phiên bản 3).')).toBeTruthy();
    expect(put.calls[0]!.body).toEqual({
      baseVersion: 2,
      settings: {
        publicMode: true,
        dueSoonWorkingDays: 3,
        targets: { '2025': { onTimeRate: 0.985, satisfactionRate: 0.955, onlineRate: 0.8 } },
      },
    });
    // The dashboards' settings query shares the key and sees the new answer.
    expect(queryClient.getQueryData<SettingsResponse>(['settings'])?.version).toBe(3);
    expect(((await cell('Tỷ lệ đúng hạn (Biểu 06)', '2025')) as HTMLInputElement).value).toBe('98,5');
  });

  it('adds a year whose "98" is sent as 0.98', async () => {
    const { put } = fakeSettings();
    renderApp('/quan-tri?muc=thiet-lap');
    await cell('Tỷ lệ đúng hạn (Biểu 06)', '2025');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm năm' }));
    const year = screen.getByRole('textbox', { name: 'Năm (dòng 2)' });
    await userEvent.clear(year);
    await userEvent.type(year, '2026');
    await userEvent.type(await cell('Tỷ lệ đúng hạn (Biểu 06)', '2026'), '98');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await screen.findByText('Đã lưu (phiên bản 3).');
    const sent = put.calls[0]!.body as { settings: { targets: Record<string, unknown> } };
    expect(sent.settings.targets['2026']).toEqual({ onTimeRate: 0.98 });
  });

  it('refuses out-of-range input inline without calling the server', async () => {
    const { put } = fakeSettings();
    renderApp('/quan-tri?muc=thiet-lap');
    const onTime = await cell('Tỷ lệ đúng hạn (Biểu 06)', '2025');
    await userEvent.clear(onTime);
    await userEvent.type(onTime, '120');
    const due = screen.getByLabelText(/Cảnh báo sắp đến hạn/);
    await userEvent.clear(due);
    await userEvent.type(due, '31');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(onTime.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Nhập số từ 0 đến 100 (ví dụ 98 hoặc 98,5).')).toBeTruthy();
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Nhập số nguyên từ 0 đến 30.')).toBeTruthy();
    expect(put.calls).toHaveLength(0);
  });

  it('on a conflict keeps the typed targets and saves on the reloaded version', async () => {
    const { put } = fakeSettings(true);
    renderApp('/quan-tri?muc=thiet-lap');
    const onTime = await cell('Tỷ lệ đúng hạn (Biểu 06)', '2025');
    await userEvent.clear(onTime);
    await userEvent.type(onTime, '97');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Có người khác vừa thay đổi mục này');
    await screen.findByText(/Phiên bản 3 · sửa bởi nguoikhac/);
    expect((onTime as HTMLInputElement).value).toBe('97');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await screen.findByText('Đã lưu (phiên bản 4).');
    expect((put.calls[1]!.body as { baseVersion: number }).baseVersion).toBe(3);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(
      within(screen.getByRole('group', { name: 'Chế độ công khai' })).getByRole('checkbox'),
    ).toBeTruthy();
  });
});
