import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricsRow } from '../../../../api/metrics.ts';
import { languageOf } from '../../../i18n/index.ts';
import { formatDecimal, formatInteger } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { type MetricKey, metricLabel } from '../../definitions/lib/metrics.ts';
import { comparisonOf, figureOf } from '../lib/compare.ts';
import type { Comparisons } from '../lib/ranges.ts';
import { ChangeText, MetricValue, NoDossiersText } from './MetricValue.tsx';

type Metrics = MetricsRow['metrics'];
type Value = number | null;

export interface PeriodTotals {
  now: Metrics;
  /** Null when that period has no row (nothing received then). */
  previous: Metrics | null;
  lastYear: Metrics | null;
}

interface TileSpec {
  metric: Exclude<MetricKey, 'ratings'>;
  lead?: boolean;
  /** The parts the number splits into, shown under it. */
  parts?: readonly MetricKey[];
}

/** The overview's tiles, most watched first. Both on-time rates lead, each with its own label. */
const TILES: readonly TileSpec[] = [
  { metric: 'onTimeRate', lead: true },
  { metric: 'progressRate766', lead: true },
  { metric: 'satisfactionRate' },
  { metric: 'received', parts: ['carriedOver', 'newOnline', 'newDirect', 'newPostal', 'newUnknownChannel'] },
  { metric: 'resolved', parts: ['early', 'onTime', 'late'] },
  { metric: 'pending', parts: ['withinDeadline', 'paused', 'overdue'] },
  { metric: 'overdue', parts: ['overdueWithApology', 'overdueWithoutApology'] },
  { metric: 'late', parts: ['lateWithApology', 'lateWithoutApology'] },
];

/** The period's key figures, each with the previous period and the same period last year. */
export function KpiTiles({
  totals,
  comparisons,
  after,
}: {
  totals: PeriodTotals;
  comparisons: Comparisons;
  /** Tiles of other features after these (the units rated Tốt). */
  after?: ReactNode;
}) {
  return (
    <div className="kpi-grid">
      {TILES.map((spec) => (
        <KpiTile key={spec.metric} spec={spec} totals={totals} comparisons={comparisons} />
      ))}
      {after}
    </div>
  );
}

function KpiTile({
  spec,
  totals,
  comparisons,
}: {
  spec: TileSpec;
  totals: PeriodTotals;
  comparisons: Comparisons;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const id = useId();
  const { metric } = spec;
  const now = figureOf(totals.now, metric);
  const alert = metric === 'overdue' && (now ?? 0) > 0;
  const parts = (spec.parts ?? []).filter(
    (p) => p !== 'newUnknownChannel' || totals.now.newUnknownChannel > 0,
  );
  const classes = ['kpi', spec.lead ? 'kpi--lead' : '', alert ? 'kpi--alert' : ''].filter(Boolean).join(' ');
  return (
    <article className={classes} aria-labelledby={id}>
      <div className="kpi__head">
        <h3 id={id} className="kpi__label">
          {metricLabel(metric, language)}
        </h3>
        <MetricInfoLink metric={metric} />
      </div>
      <p className="kpi__value">
        <MetricValue metric={metric} value={now} />
        {alert && <span className="kpi__flag"> · {t('overview.kpi.needsAction')}</span>}
      </p>
      {metric === 'progressRate766' && (
        <p className="kpi__extra">
          {t('overview.kpi.score', {
            value: totals.now.progressScore766 === null ? '—' : formatDecimal(totals.now.progressScore766, 2),
          })}
          <MetricInfoLink metric="progressScore766" />
        </p>
      )}
      {metric === 'satisfactionRate' && (
        <p className="kpi__extra">
          {t('overview.kpi.rated', { value: formatInteger(totals.now.rated) })}
          <MetricInfoLink metric="rated" />
        </p>
      )}
      <dl className="kpi__compare">
        <CompareLine
          label={t('overview.compare.previous', { period: comparisons.previous.label })}
          metric={metric}
          now={now}
          before={totals.previous}
        />
        <CompareLine
          label={t('overview.compare.lastYear', { period: comparisons.lastYear.label })}
          metric={metric}
          now={now}
          before={totals.lastYear}
        />
      </dl>
      {parts.length > 0 && (
        <dl className="kpi__parts">
          {parts.map((p) => (
            <div key={p} className="kpi__part">
              <dt>
                {metricLabel(p, language)}
                <MetricInfoLink metric={p} />
              </dt>
              <dd>
                <MetricValue metric={p} value={figureOf(totals.now, p)} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}

function CompareLine({
  label,
  metric,
  now,
  before,
}: {
  label: string;
  metric: MetricKey;
  now: Value;
  before: Metrics | null;
}) {
  const comparison = comparisonOf(metric, now, before);
  return (
    <div className="kpi__compare-line">
      <dt>{label}</dt>
      <dd>
        {comparison === 'empty' ? (
          <NoDossiersText />
        ) : (
          <>
            <MetricValue metric={metric} value={comparison.before} /> ·{' '}
            <ChangeText metric={metric} change={comparison.change} />
          </>
        )}
      </dd>
    </div>
  );
}
