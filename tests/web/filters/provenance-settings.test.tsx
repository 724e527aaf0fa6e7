import { screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataSource } from '../../../src/api/metrics.ts';
import {
  type Settings,
  type SettingsResponse,
  settingsApi,
  TARGET_METRICS,
} from '../../../src/api/settings.ts';
import { DataProvenance } from '../../../src/web/features/filters/components/DataProvenance.tsx';
import { optionForText, optionsOf } from '../../../src/web/features/filters/lib/filter-options.ts';
import { wallClockLabel } from '../../../src/web/features/filters/lib/wall-clock.ts';
import { settingsQueryOptions, targetsFor } from '../../../src/web/features/metrics/api/settings.ts';
import { fail, handle, server } from '../support/msw.ts';
import { renderRoute } from '../support/render-route.tsx';

const q1: DataSource = {
  importId: 7,
  fileName: 'export-2025-q1.csv',
  sourceSystem: null,
  publishedAt: '2025-04-02T01:15:00.000Z',
  dossiers: 12_345,
};

describe('DataProvenance', () => {
  it('says how fresh the numbers are and where they come from', () => {
    renderRoute(<DataProvenance asOf="2025-03-31T17:30:00+07:00" sources={[q1]} />);
    expect(
      screen.getByText(
        'Số liệu tính đến 31/03/2025 17:30 · Nguồn: export-2025-q1.csv (công bố 02/04/2025 08:15, 12.345 hồ sơ)',
      ),
    ).toBeTruthy();
  });

  it('lists several sources, with their system and unpublished ones', () => {
    const other: DataSource = {
      importId: 8,
      fileName: 'dvc.xlsx',
      sourceSystem: 'DVC',
      publishedAt: null,
      dossiers: 5,
    };
    renderRoute(<DataProvenance asOf="2025-04-10" sources={[q1, other]} />);
    expect(
      screen.getByText(
        'Số liệu tính đến 10/04/2025 · Nguồn: export-2025-q1.csv (công bố 02/04/2025 08:15, 12.345 hồ sơ); dvc.xlsx (DVC, chưa công bố, 5 hồ sơ)',
      ),
    ).toBeTruthy();
  });

  it('says when nothing is published', () => {
    renderRoute(<DataProvenance asOf={null} sources={[]} />);
    expect(screen.getByText('Chưa có dữ liệu được công bố')).toBeTruthy();
  });

  it('reads wall-clock times from their digits, whatever the offset', () => {
    expect(wallClockLabel('2025-12-31T23:59:00+07:00')).toBe('31/12/2025 23:59');
    expect(wallClockLabel('2025-01-01T00:05:00Z')).toBe('01/01/2025 00:05');
  });
});

describe('filter options', () => {
  it('label every key once, alphabetically, procedures with their code', () => {
    const options = optionsOf([
      { key: 'b', name: 'Phường Bến Nghé' },
      { key: 'a', name: 'Phường An Khánh' },
      { key: 'a2', name: 'Phường An Khánh' },
      { key: '1.001', name: 'Khai sinh', code: '1.001' },
    ]);
    expect(options.map((o) => o.label)).toEqual([
      'Khai sinh (1.001)',
      'Phường An Khánh [a]',
      'Phường An Khánh [a2]',
      'Phường Bến Nghé',
    ]);
    expect(optionForText(options, 'Phường An Khánh [a2]')?.key).toBe('a2');
    expect(optionForText(options, '1.001')?.key).toBe('1.001');
    expect(optionForText(options, 'phường bến nghé')?.key).toBe('b');
    expect(optionForText(options, 'Phường An Khánh')).toBeNull();
  });

  it('give distinct labels that pick back their own key', () => {
    const row = fc.record({
      key: fc.string(),
      name: fc.string(),
      code: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.key, maxLength: 30 }), (rows) => {
        const options = optionsOf(rows);
        expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
        for (const o of options) expect(options.find((x) => x.label === o.label)?.key).toBe(o.key);
      }),
    );
  });
});

describe('settings', () => {
  const settings: Settings = {
    publicMode: false,
    dueSoonWorkingDays: 2,
    targets: { '2025': { onTimeRate: 0.98, progressRate766: 0.95 }, '2024': {} },
  };

  it('targetsFor gives the year’s targets only', () => {
    expect(targetsFor(settings, 2025)).toEqual({ onTimeRate: 0.98, progressRate766: 0.95 });
    expect(targetsFor(settings, 2024)).toEqual({});
    expect(targetsFor(settings, 2026)).toEqual({});
    expect(targetsFor(null, 2025)).toEqual({});
    const response: SettingsResponse = { version: 3, updatedAt: null, updatedBy: null, settings };
    expect(targetsFor(response, 2025)).toEqual({ onTimeRate: 0.98, progressRate766: 0.95 });
    for (const key of Object.keys(targetsFor(settings, 2025))) expect(TARGET_METRICS).toContain(key);
  });

  it('reads GET /api/settings', async () => {
    server.use(handle(settingsApi.get, () => ({ version: 3, updatedAt: null, updatedBy: null, settings })));
    const { queryClient } = renderRoute(<p>x</p>);
    const answer = await queryClient.fetchQuery(settingsQueryOptions());
    expect(targetsFor(answer, 2025)).toEqual({ onTimeRate: 0.98, progressRate766: 0.95 });
  });

  it('a refused GET /api/settings means no targets, not an error', async () => {
    server.use(handle(settingsApi.get, () => fail(403, 'forbidden', 'Không có quyền.')));
    const { queryClient } = renderRoute(<p>x</p>);
    const answer = await queryClient.fetchQuery(settingsQueryOptions());
    expect(answer).toBeNull();
    expect(targetsFor(answer, 2025)).toEqual({});
    expect(settingsQueryOptions().queryKey).toEqual(['settings']);
  });
});
