import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../src/api/auth.ts';
import { METRIC_DEFINITIONS } from '../../src/domain/definitions.ts';
import { ESTIMATE_DEFINITIONS, FEEDBACK_DEFINITIONS } from '../../src/domain/feedback-definitions.ts';
import { INDEX_VERSIONS, maxTotalOf } from '../../src/domain/index766.ts';
import { DEFINITIONS, METRIC_GROUPS } from '../../src/web/features/definitions/lib/metrics.ts';
import { signedIn } from './support/fixtures.ts';
import { handle, server } from './support/msw.ts';
import { renderApp } from './support/render.tsx';

describe('Giải thích chỉ số', () => {
  it('groups every definition of the core exactly once: dossier, feedback and QĐ 766 numbers', () => {
    const listed = METRIC_GROUPS.flatMap((g) => g.keys);
    const expected = [
      ...Object.keys(METRIC_DEFINITIONS),
      ...Object.keys(FEEDBACK_DEFINITIONS).map((k) => `pakn${k[0]!.toUpperCase()}${k.slice(1)}`),
      ...Object.keys(ESTIMATE_DEFINITIONS),
    ];
    expect([...listed].sort()).toEqual(expected.sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(DEFINITIONS.paknReceived).toBe(FEEDBACK_DEFINITIONS.received);
    expect(DEFINITIONS.received).toBe(METRIC_DEFINITIONS.received);
  });

  it('shows each metric with its label, definition, formula and source at /dinh-nghia#<key>', async () => {
    server.use(handle(authApi.session, () => signedIn('viewer')));
    const { container } = renderApp('/dinh-nghia#onTimeRate');
    await screen.findByRole('heading', { level: 1, name: 'Giải thích chỉ số' });
    for (const [key, d] of Object.entries(DEFINITIONS)) {
      const article = container.querySelector<HTMLElement>(`#${key}`);
      expect(article, key).not.toBeNull();
      const scoped = within(article!);
      expect(
        scoped.getByRole('heading', { level: 3, name: new RegExp(d.labelVi.replace(/[()]/g, '\\$&')) }),
      ).toBeTruthy();
      expect(scoped.getByText(d.definitionVi)).toBeTruthy();
      expect(scoped.getAllByText(d.source).length).toBeGreaterThan(0);
      if (d.formula) expect(scoped.getByText(d.formula)).toBeTruthy();
    }
    expect(document.activeElement?.id).toBe('onTimeRate');
  });

  it('lists each QĐ 766 version with its groups, their maxima adding up to 100, and the grade bands', async () => {
    server.use(handle(authApi.session, () => signedIn('viewer')));
    renderApp('/dinh-nghia#index-versions');
    const section = within(
      (await screen.findByRole('heading', { level: 3, name: 'Các phiên bản bộ chỉ số QĐ 766' })).closest(
        'section',
      )!,
    );
    expect(INDEX_VERSIONS.length).toBeGreaterThan(1);
    for (const version of INDEX_VERSIONS) {
      const card = within(
        section.getByRole('heading', { level: 4, name: version.labelVi }).closest('article')!,
      );
      const table = within(card.getByRole('table'));
      for (const g of version.groups) {
        const row = within(table.getByRole('cell', { name: g.nameVi }).closest('tr')!);
        expect(row.getByText(g.code)).toBeTruthy();
        expect(row.getByText(String(g.maxPoints))).toBeTruthy();
      }
      expect(maxTotalOf(version)).toBe(100);
      expect(
        within(table.getByRole('rowheader', { name: 'Tổng' }).closest('tr')!).getByText('100'),
      ).toBeTruthy();
      const bands = card.getAllByRole('listitem').map((li) => li.textContent);
      expect(bands).toEqual([
        'Xuất sắc từ 90 điểm',
        'Tốt từ 80 đến dưới 90 điểm',
        'Khá từ 70 đến dưới 80 điểm',
        'Trung bình từ 50 đến dưới 70 điểm',
        'Yếu dưới 50 điểm',
      ]);
    }
  });

  it('labels metrics in English with the Vietnamese term kept', async () => {
    server.use(handle(authApi.session, () => signedIn('viewer')));
    renderApp('/dinh-nghia', { language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Metric definitions' });
    expect(screen.getByRole('heading', { level: 3, name: /On-time rate \(Biểu 06\)/ })).toBeTruthy();
    expect(screen.getByText('Tỷ lệ đúng hạn (Biểu 06)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Giải thích chỉ số' })).toBeTruthy();
  });
});
