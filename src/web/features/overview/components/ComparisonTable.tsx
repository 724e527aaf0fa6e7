import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../i18n/index.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { type MetricKey, metricLabel } from '../../definitions/lib/metrics.ts';
import { type Comparison, comparisonOf, figureOf } from '../lib/compare.ts';
import type { Comparisons } from '../lib/ranges.ts';
import type { PeriodTotals } from './KpiTiles.tsx';
import { ChangeText, MetricValue, NoDossiersText } from './MetricValue.tsx';

type Group = 'reception' | 'resolution' | 'rates' | 'pending' | 'satisfaction' | 'apology';

const ROWS: readonly { group: Group; keys: readonly MetricKey[] }[] = [
  {
    group: 'reception',
    keys: [
      'received',
      'carriedOver',
      'new',
      'newOnline',
      'newDirect',
      'newPostal',
      'newUnknownChannel',
      'onlineRate',
    ],
  },
  { group: 'resolution', keys: ['resolved', 'early', 'onTime', 'late', 'resolvedNoDeadline'] },
  { group: 'rates', keys: ['onTimeRate', 'progressRate766', 'progressScore766'] },
  { group: 'pending', keys: ['pending', 'withinDeadline', 'paused', 'overdue', 'pendingNoDeadline'] },
  { group: 'satisfaction', keys: ['rated', 'satisfactionRate'] },
  {
    group: 'apology',
    keys: ['lateWithApology', 'lateWithoutApology', 'overdueWithApology', 'overdueWithoutApology'],
  },
];

/** Every figure of the period beside the previous period and the same period last year. */
export function ComparisonTable({ totals, comparisons }: { totals: PeriodTotals; comparisons: Comparisons }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  return (
    <div className="table-scroll">
      <table className="data-table overview-table">
        <caption className="visually-hidden">{t('overview.table.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.table.metric')}</th>
            <th scope="col" className="overview-table__num">
              {t('overview.kpi.thisPeriod')}
            </th>
            <th scope="col" className="overview-table__num">
              {t('overview.compare.previous', { period: comparisons.previous.label })}
            </th>
            <th scope="col">{t('overview.compare.change')}</th>
            <th scope="col" className="overview-table__num">
              {t('overview.compare.lastYear', { period: comparisons.lastYear.label })}
            </th>
            <th scope="col">{t('overview.compare.change')}</th>
          </tr>
        </thead>
        {ROWS.map(({ group, keys }) => (
          <tbody key={group}>
            <tr className="overview-table__group">
              <th scope="colgroup" colSpan={6}>
                {t(`overview.table.group.${group}`)}
              </th>
            </tr>
            {keys.map((key) => {
              const now = figureOf(totals.now, key);
              const previous = comparisonOf(key, now, totals.previous);
              const lastYear = comparisonOf(key, now, totals.lastYear);
              return (
                <tr key={key}>
                  <th scope="row">
                    {metricLabel(key, language)}
                    <MetricInfoLink metric={key} />
                  </th>
                  <td className="overview-table__num">
                    <MetricValue metric={key} value={now} />
                  </td>
                  <ComparisonCells metric={key} comparison={previous} />
                  <ComparisonCells metric={key} comparison={lastYear} />
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The earlier figure and the change; a period without dossiers says so once, across both cells. */
function ComparisonCells({ metric, comparison }: { metric: MetricKey; comparison: Comparison }) {
  if (comparison === 'empty')
    return (
      <td colSpan={2} className="overview-table__empty">
        <NoDossiersText />
      </td>
    );
  return (
    <>
      <td className="overview-table__num">
        <MetricValue metric={metric} value={comparison.before} />
      </td>
      <td>
        <ChangeText metric={metric} change={comparison.change} />
      </td>
    </>
  );
}
