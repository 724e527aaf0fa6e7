import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MetricsResponse } from '../../../src/api/metrics.ts';
import { metricsApi } from '../../../src/api/metrics.ts';
import { COUNTERS, metricsOf } from '../../../src/domain/metrics.ts';
import { FilterBar } from '../../../src/web/features/filters/components/FilterBar.tsx';
import { handle, server } from '../support/msw.ts';
import { renderRoute } from '../support/render-route.tsx';

const zero = metricsOf(new Int32Array(COUNTERS), 0);
const AS_OF = '2025-03-31T17:30:00+07:00';

const ROWS: Record<string, { key: string; name: string; code?: string }[]> = {
  unit: [
    { key: 'xa-ba-dinh', name: 'Phường Ba Đình' },
    { key: 'so-tu-phap', name: 'Sở Tư pháp' },
  ],
  procedure: [
    { key: '1.001', name: 'Cấp bản sao trích lục hộ tịch', code: '1.001' },
    { key: '2.002', name: 'Đăng ký khai sinh', code: '2.002' },
  ],
};

/** GET /api/metrics answering every grouping the filter bar asks for; records the queries. */
function metricsHandler() {
  return handle(metricsApi.get, ({ request }) => {
    const url = new URL(request.url);
    const groupBy = (url.searchParams.get('groupBy') ?? 'total') as MetricsResponse['groupBy'];
    const rows = (ROWS[groupBy] ?? [{ key: 'total', name: 'total' }]).map((r) => ({ ...r, metrics: zero }));
    return {
      period: { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! },
      groupBy,
      rankBy: 'progressRate766' as const,
      rows,
      asOf: AS_OF,
      sources: [],
    };
  });
}

describe('FilterBar', () => {
  it('starts at the month of the latest data when the URL has no period', async () => {
    server.use(metricsHandler());
    renderRoute(<FilterBar />, { path: '/tong-quan' });
    expect(await screen.findByText('Tháng 3/2025')).toBeTruthy();
    expect(screen.getByText(/01\/03\/2025 – 31\/03\/2025/)).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Tháng' })).toHaveProperty('checked', true);
  });

  it('writes a picked quarter and a step back to the URL', async () => {
    server.use(metricsHandler());
    const user = userEvent.setup();
    const { search } = renderRoute(<FilterBar />, { path: '/tong-quan?period=2025-03' });
    await screen.findByText('Tháng 3/2025');

    await user.click(screen.getByRole('radio', { name: 'Quý' }));
    expect(search().get('period')).toBe('2025-Q1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quý' }), 'Quý III');
    expect(search().get('period')).toBe('2025-Q3');
    expect(await screen.findByText('Quý III/2025')).toBeTruthy();
    expect(screen.getByText(/01\/07\/2025 – 30\/09\/2025/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kỳ trước' }));
    await user.click(screen.getByRole('button', { name: 'Kỳ trước' }));
    await user.click(screen.getByRole('button', { name: 'Kỳ trước' }));
    expect(search().get('period')).toBe('2024-Q4');
    await user.click(screen.getByRole('button', { name: 'Kỳ sau' }));
    expect(search().get('period')).toBe('2025-Q1');

    await user.click(screen.getByRole('radio', { name: 'Năm' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2023');
    expect(search().get('period')).toBe('2023');
  });

  it('stops the previous button at January 2020', async () => {
    server.use(metricsHandler());
    renderRoute(<FilterBar />, { path: '/?period=2020-01' });
    await screen.findByText('Tháng 1/2020');
    expect(screen.getByRole('button', { name: 'Kỳ trước' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Kỳ sau' })).toHaveProperty('disabled', false);
  });

  it('picks a unit group and a unit, lists them, and clears them keeping the period', async () => {
    server.use(metricsHandler());
    const user = userEvent.setup();
    const { search } = renderRoute(<FilterBar fields={['unitGroup', 'unit', 'channel']} />, {
      path: '/don-vi?period=2025-Q1',
    });
    await screen.findByText('Quý I/2025');
    expect(screen.getByText('Chưa lọc: đang xem toàn tỉnh.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xóa bộ lọc' })).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Nhóm đơn vị' }), 'Xã, phường, đặc khu');
    expect(search().get('unitGroup')).toBe('commune');

    const unit = screen.getByRole('combobox', { name: 'Đơn vị' });
    await screen.findByText('2 lựa chọn trong kỳ');
    await user.type(unit, 'Phường Ba Đình');
    expect(search().get('unit')).toBe('xa-ba-dinh');

    const active = screen.getByRole('list', { name: 'Bộ lọc đang dùng' });
    expect(screen.getByText('Đang lọc: 2')).toBeTruthy();
    expect(within(active).getByText('Xã, phường, đặc khu')).toBeTruthy();
    expect(within(active).getByText('Phường Ba Đình')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Bỏ lọc Nhóm đơn vị' }));
    expect(search().get('unitGroup')).toBeNull();
    expect(search().get('unit')).toBe('xa-ba-dinh');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kênh nộp' }), 'Trực tuyến');
    expect(search().get('channel')).toBe('online');

    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    expect(search().get('unit')).toBeNull();
    expect(search().get('channel')).toBeNull();
    expect(search().get('period')).toBe('2025-Q1');
    expect(await screen.findByText('Chưa lọc: đang xem toàn tỉnh.')).toBeTruthy();
    expect((unit as HTMLInputElement).value).toBe('');
  });

  it('asks for the choices of the period and takes a procedure by its code', async () => {
    const metrics = metricsHandler();
    server.use(metrics);
    const user = userEvent.setup();
    const { search } = renderRoute(<FilterBar fields={['procedure']} />, { path: '/?period=2025-02' });
    const input = await screen.findByRole('combobox', { name: 'Thủ tục' });
    await screen.findByText('2 lựa chọn trong kỳ');
    const asked = metrics.calls.map((c) => new URL(c.request.url).searchParams);
    expect(
      asked.some(
        (q) =>
          q.get('groupBy') === 'procedure' && q.get('from') === '2025-02-01' && q.get('to') === '2025-02-28',
      ),
    ).toBe(true);

    await user.type(input, 'xyz');
    expect(screen.getByText('Không có lựa chọn nào khớp “xyz”.')).toBeTruthy();
    await user.clear(input);
    await user.type(input, '2.002{Enter}');
    expect(search().get('procedure')).toBe('2.002');
    expect(input).toHaveProperty('value', 'Đăng ký khai sinh (2.002)');
  });

  it('picks a custom range in the calendar, Escape closing it', async () => {
    server.use(metricsHandler());
    const user = userEvent.setup();
    const { search } = renderRoute(<FilterBar />, { path: '/?period=2025-03' });
    await screen.findByText('Tháng 3/2025');

    await user.click(screen.getByRole('radio', { name: 'Tùy chọn' }));
    expect(search().get('period')).toBe('2025-03-01_2025-03-31');

    const trigger = screen.getByRole('button', { name: /Chọn khoảng ngày/ });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Chọn khoảng ngày' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);

    await user.click(trigger);
    const calendar = await screen.findByRole('dialog', { name: 'Chọn khoảng ngày' });
    expect(calendar).not.toBe(dialog);
    const grid = await within(calendar).findByRole('grid');
    // Vietnamese calendar, weeks starting on Monday.
    expect(grid.querySelector('th')?.getAttribute('aria-label')).toBe('Thứ Hai');
    await user.click(within(grid).getByRole('button', { name: /ngày 10 tháng 03 năm 2025/ }));
    await user.click(within(grid).getByRole('button', { name: /ngày 12 tháng 03 năm 2025/ }));
    expect(within(calendar).getByText('Đã chọn: 10/03/2025 – 12/03/2025')).toBeTruthy();
    await user.click(within(calendar).getByRole('button', { name: 'Áp dụng' }));
    expect(search().get('period')).toBe('2025-03-10_2025-03-12');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getByText('10/03/2025 – 12/03/2025')).toBeTruthy());
  });

  it('applies a single day', async () => {
    server.use(metricsHandler());
    const user = userEvent.setup();
    const { search } = renderRoute(<FilterBar />, { path: '/?period=2025-03-01_2025-03-31' });
    await user.click(await screen.findByRole('button', { name: /Chọn khoảng ngày/ }));
    const calendar = await screen.findByRole('dialog');
    const grid = await within(calendar).findByRole('grid');
    await user.click(within(grid).getByRole('button', { name: /ngày 5 tháng 03 năm 2025/ }));
    expect(within(calendar).getByText('Đã chọn: 05/03/2025')).toBeTruthy();
    await user.click(within(calendar).getByRole('button', { name: 'Áp dụng' }));
    expect(search().get('period')).toBe('2025-03-05_2025-03-05');
  });

  it('speaks English when the UI does', async () => {
    server.use(metricsHandler());
    const user = userEvent.setup();
    const { search } = renderRoute(<FilterBar fields={['unitGroup']} />, {
      path: '/?period=2025-Q1',
      language: 'en',
    });
    expect(await screen.findByText('Q1 2025')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Previous period' }));
    expect(search().get('period')).toBe('2024-Q4');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Unit group' }),
      'Communes and wards (Xã, phường, đặc khu)',
    );
    expect(search().get('unitGroup')).toBe('commune');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });
});
