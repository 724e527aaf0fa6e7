import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { TrendChart } from '../../../src/web/features/charts/components/TrendChart.tsx';
import { createI18n } from '../../../src/web/i18n/index.ts';
import { formatInteger, formatPercent } from '../../../src/web/lib/format.ts';
import { metricsFrom, seriesOf, ZERO } from '../overview/fixtures.ts';

const good = metricsFrom({ ...ZERO, newDirect: 100, early: 90, onTime: 9, late: 1, withinDeadline: 20 });
const weak = metricsFrom({ ...ZERO, newDirect: 50, early: 40, onTime: 5, late: 5, overdue: 10 });

function renderChart(language: 'vi' | 'en' = 'vi') {
  const series = seriesOf([
    { month: '2025-01', metrics: good },
    { month: '2025-02', metrics: null },
    { month: '2025-03', metrics: weak },
  ]);
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <TrendChart
        series={series}
        metrics={['onTimeRate', 'progressRate766']}
        targets={{ onTimeRate: 0.98 }}
        title="Tỷ lệ đúng hạn theo tháng"
        description="Mô tả"
      />
    </I18nextProvider>,
  );
}

describe('TrendChart', () => {
  it('says every month in its table: rates in vi-VN, a gap as "no data", below-target marked in words', () => {
    renderChart();
    const table = screen.getByRole('table', { name: 'Tỷ lệ đúng hạn theo tháng' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Tháng',
      `Tỷ lệ đúng hạn (Biểu 06)chỉ tiêu ${formatPercent(0.98, 0)}`,
      'Tiến độ giải quyết theo QĐ 766',
      'Tổng số hồ sơ tiếp nhận',
    ]);
    const cells = (label: string) =>
      within(within(table).getByRole('rowheader', { name: label }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('T1/2025')).toEqual([
      formatPercent(good.onTimeRate),
      formatPercent(good.progressRate766),
      formatInteger(good.received),
    ]);
    expect(cells('T2/2025')).toEqual(['—không có dữ liệu', '—không có dữ liệu', '0']);
    expect(cells('T3/2025')).toEqual([
      `${formatPercent(weak.onTimeRate)} · dưới chỉ tiêu`,
      formatPercent(weak.progressRate766),
      formatInteger(weak.received),
    ]);
    expect(within(table).getByText(/không tính là 0/)).toBeTruthy();
  });

  it('labels metrics in English from the definitions', () => {
    renderChart('en');
    expect(screen.getByRole('columnheader', { name: /On-time rate \(Biểu 06\)/ }).textContent).toContain(
      `target ${formatPercent(0.98, 0)}`,
    );
    expect(screen.getByRole('columnheader', { name: 'Progress (QĐ 766)' })).toBeTruthy();
  });
});
