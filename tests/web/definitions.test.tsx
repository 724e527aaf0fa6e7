import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../src/api/auth.ts';
import { METRIC_DEFINITIONS } from '../../src/domain/definitions.ts';
import { METRIC_GROUPS } from '../../src/web/features/definitions/lib/metrics.ts';
import { signedIn } from './support/fixtures.ts';
import { handle, server } from './support/msw.ts';
import { renderApp } from './support/render.tsx';

describe('Giải thích chỉ số', () => {
  it('groups every metric of the core exactly once', () => {
    const listed = METRIC_GROUPS.flatMap((g) => g.keys);
    expect([...listed].sort()).toEqual(Object.keys(METRIC_DEFINITIONS).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('shows each metric with its label, definition, formula and source at /dinh-nghia#<key>', async () => {
    server.use(handle(authApi.session, () => signedIn('viewer')));
    const { container } = renderApp('/dinh-nghia#onTimeRate');
    await screen.findByRole('heading', { level: 1, name: 'Giải thích chỉ số' });
    for (const [key, d] of Object.entries(METRIC_DEFINITIONS)) {
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
