import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MetricsRow } from '../../../../api/metrics.ts';
import type { RowFilterQuery } from '../../../../api/query.ts';
import { unitPath } from '../../../app/paths.ts';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger, formatPercent } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { type MetricKey, metricLabel } from '../../definitions/lib/metrics.ts';
import { useMetrics } from '../../metrics/api/metrics.ts';
import { lowestOnTimeRate, MIN_RECEIVED_FOR_RATE, mostOverdue } from '../lib/worst-units.ts';

export interface WorstUnitsProps {
  range: { from: string; to: string };
  filters: RowFilterQuery;
  /** The period in its URL form, carried to the unit pages the lists link to. */
  period: string;
}

/** Two short lists of units to call: the most overdue dossiers, and the lowest on-time rates. */
export function WorstUnits({ range, filters, period }: WorstUnitsProps) {
  const { t } = useTranslation();
  const query = useMetrics({ ...range, groupBy: 'unit', ...filters });
  return (
    <QueryState query={query} lines={5}>
      {(answer) => {
        const overdue = mostOverdue(answer.rows);
        const lowest = lowestOnTimeRate(answer.rows);
        return (
          <div className="worst-grid">
            <WorstTable
              title={t('overview.worst.overdueTitle')}
              rows={overdue}
              period={period}
              columns={['overdue', 'pending']}
              empty={t('overview.worst.overdueNone')}
            />
            <WorstTable
              title={t('overview.worst.rateTitle')}
              note={t('overview.worst.rateNote', { min: MIN_RECEIVED_FOR_RATE })}
              rows={lowest}
              period={period}
              columns={['onTimeRate', 'late', 'received']}
              empty={t('overview.worst.rateNone', { min: MIN_RECEIVED_FOR_RATE })}
            />
          </div>
        );
      }}
    </QueryState>
  );
}

function cell(key: MetricKey, row: MetricsRow): ReactNode {
  const value = row.metrics[key as keyof MetricsRow['metrics']] as number | null;
  if (key === 'onTimeRate') return formatPercent(value) ?? '—';
  return value === null ? '—' : formatInteger(value);
}

function WorstTable({
  title,
  note,
  rows,
  period,
  columns,
  empty,
}: {
  title: string;
  note?: string;
  rows: readonly MetricsRow[];
  period: string;
  columns: readonly MetricKey[];
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  return (
    <div className="worst">
      <h3 className="worst__title">{title}</h3>
      {note && <p className="worst__note">{note}</p>}
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table worst__table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.worst.unit')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col" className="overview-table__num">
                    {metricLabel(c, language)}
                    <MetricInfoLink metric={c} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    <Link to={unitPath(row.key, period)}>{row.name}</Link>
                  </th>
                  {columns.map((c) => (
                    <td key={c} className="overview-table__num">
                      {cell(c, row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
