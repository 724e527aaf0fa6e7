import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricsRow } from '../../../../api/metrics.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger, formatPercent } from '../../../lib/format.ts';
import { metricLabel } from '../../definitions/lib/metrics.ts';

/** Rows shown before "show all": enough for the main sectors, short enough to scan. */
export const BREAKDOWN_PREVIEW = 15;

export interface BreakdownTableProps {
  title: string;
  kind: 'sector' | 'procedure';
  rows: readonly MetricsRow[];
  /** The year's on-time target, to mark rows below it in words. */
  onTimeTarget?: number | undefined;
}

/** Most received first (the API's order, kept if it changes). */
export function byReceived(rows: readonly MetricsRow[]): MetricsRow[] {
  return [...rows].sort(
    (a, b) => b.metrics.received - a.metrics.received || a.name.localeCompare(b.name, 'vi'),
  );
}

/** A unit's dossiers by sector or procedure: received, resolved, on-time rate, overdue. */
export function BreakdownTable({ title, kind, rows, onTimeTarget }: BreakdownTableProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const headingId = useId();
  const [all, setAll] = useState(false);
  const sorted = byReceived(rows);
  const shown = all ? sorted : sorted.slice(0, BREAKDOWN_PREVIEW);
  const nameHeader =
    kind === 'sector' ? t('units.breakdown.sectorColumn') : t('units.breakdown.procedureColumn');

  return (
    <section className="panel unit-breakdown" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {title}
      </h2>
      {sorted.length === 0 ? (
        <p>{t('units.breakdown.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table unit-breakdown__table">
              <caption className="visually-hidden">
                {t('units.breakdown.caption', { title, total: formatInteger(sorted.length) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{nameHeader}</th>
                  <th scope="col" className="num">
                    {metricLabel('received', language)}
                  </th>
                  <th scope="col" className="num">
                    {metricLabel('resolved', language)}
                  </th>
                  <th scope="col" className="num">
                    {metricLabel('onTimeRate', language)}
                  </th>
                  <th scope="col" className="num">
                    {metricLabel('overdue', language)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => {
                  const rate = row.metrics.onTimeRate;
                  const below = onTimeTarget !== undefined && rate !== null && rate < onTimeTarget;
                  return (
                    <tr key={row.key}>
                      <th scope="row">
                        {kind === 'procedure' && row.code && (
                          <span className="unit-breakdown__code">{row.code} · </span>
                        )}
                        {row.name || t('units.breakdown.unnamed')}
                      </th>
                      <td className="num">{formatInteger(row.metrics.received)}</td>
                      <td className="num">{formatInteger(row.metrics.resolved)}</td>
                      <td className={`num${below ? ' unit-breakdown__below' : ''}`}>
                        {formatPercent(rate) ?? '—'}
                        {below && (
                          <span className="unit-breakdown__mark"> ({t('units.breakdown.belowTarget')})</span>
                        )}
                      </td>
                      <td className="num">{formatInteger(row.metrics.overdue)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {sorted.length > BREAKDOWN_PREVIEW && (
            <Button
              size="small"
              className="unit-breakdown__toggle"
              onClick={() => setAll((v) => !v)}
              aria-expanded={all}
            >
              {all
                ? t('units.breakdown.showFewer')
                : t('units.breakdown.showAll', { total: formatInteger(sorted.length) })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
