import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { type CalendarResponse, calendarApi } from '../../../src/api/calendar.ts';
import { CSRF, signedIn } from '../support/fixtures.ts';
import { handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';

function fakeCalendar() {
  let current: CalendarResponse = {
    version: 1,
    updatedAt: null,
    updatedBy: null,
    years: [{ year: 2025, holidays: ['2025-01-01'], workingSaturdays: [] }],
  };
  const put = handle(
    calendarApi.put,
    ({ body }) => {
      current = {
        version: current.version + 1,
        updatedAt: '2025-03-01T03:00:00.000Z',
        updatedBy: 'quantri',
        years: body.years,
      };
      return current;
    },
    { csrfToken: CSRF },
  );
  server.use(
    handle(authApi.session, () => signedIn('admin')),
    handle(calendarApi.get, () => current),
    put,
  );
  return { put };
}

describe('admin · holiday calendar', () => {
  it('adds a day off and a compensating Saturday, refusing a weekday as working day, and saves', async () => {
    const { put } = fakeCalendar();
    renderApp('/quan-tri?muc=lich-nghi');
    const holidays = await screen.findByRole('group', { name: 'Ngày nghỉ năm 2025' });
    expect(holidays.textContent).toContain('01/01/2025');
    await userEvent.type(within(holidays).getByLabelText('Ngày nghỉ mới'), '2025-09-02');
    await userEvent.click(within(holidays).getByRole('button', { name: 'Thêm ngày' }));
    expect(holidays.textContent).toContain('02/09/2025');

    const working = screen.getByRole('group', { name: 'Ngày làm bù năm 2025' });
    const input = within(working).getByLabelText('Ngày làm bù mới');
    await userEvent.type(input, '2025-04-28');
    await userEvent.click(within(working).getByRole('button', { name: 'Thêm ngày' }));
    expect(within(working).getByText('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, '2025-04-26');
    await userEvent.click(within(working).getByRole('button', { name: 'Thêm ngày' }));

    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Đã lưu (phiên bản 2).')).toBeTruthy();
    expect(put.calls[0]!.body).toEqual({
      baseVersion: 1,
      years: [{ year: 2025, holidays: ['2025-01-01', '2025-09-02'], workingSaturdays: ['2025-04-26'] }],
    });
  });
});
