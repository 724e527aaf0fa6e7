import { useTranslation } from 'react-i18next';
import type { TargetMetric } from '../../../../api/settings.ts';
import type { Metrics } from '../../../../domain/metrics.ts';
import { languageOf } from '../../../i18n/index.ts';
import { formatDecimal, formatInteger, formatPercent } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { type MetricKey, metricLabel } from '../../definitions/lib/metrics.ts';
import { targetGap } from '../lib/target-gap.ts';

const COUNT_TILES = ['received', 'resolved', 'pending', 'overdue'] as const satisfies readonly MetricKey[];
export const RATE_TILES = [
  'onTimeRate',
  'progressRate766',
  'satisfactionRate',
  'onlineRate',
] as const satisfies readonly TargetMetric[];

/** The unit's numbers in the period: counts, then rates with their distance from the year's target. */
export function UnitKpis({
  metrics,
  targets,
}: {
  metrics: Metrics;
  targets: Partial<Record<TargetMetric, number>>;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  return (
    <div className="metric-grid unit-kpis">
      {RATE_TILES.map((key) => {
        const value = metrics[key];
        const target = targets[key];
        const gap = targetGap(value, target);
        return (
          <div key={key} className={`metric unit-kpi${gap.kind === 'short' ? ' unit-kpi--short' : ''}`}>
            <p className="metric__label">
              {metricLabel(key, language)} <MetricInfoLink metric={key} />
            </p>
            <p className="metric__value">{formatPercent(value) ?? '—'}</p>
            <p className="unit-kpi__note">
              {target === undefined ? (
                t('units.kpi.noTarget')
              ) : (
                <>
                  {t('units.kpi.target', { target: formatPercent(target) })}
                  {' · '}
                  <TargetGapText gap={gap} />
                </>
              )}
            </p>
          </div>
        );
      })}
      {COUNT_TILES.map((key) => (
        <div key={key} className="metric">
          <p className="metric__label">
            {metricLabel(key, language)} <MetricInfoLink metric={key} />
          </p>
          <p className="metric__value">{formatInteger(metrics[key])}</p>
        </div>
      ))}
    </div>
  );
}

/** "Đạt chỉ tiêu" or "Còn thiếu 1,25 điểm %" — words, not colour alone. */
export function TargetGapText({ gap }: { gap: ReturnType<typeof targetGap> }) {
  const { t } = useTranslation();
  switch (gap.kind) {
    case 'reached':
      return <span className="target-gap target-gap--reached">✓ {t('units.kpi.reached')}</span>;
    case 'short':
      return (
        <span className="target-gap target-gap--short">
          {t('units.kpi.gap', { points: formatDecimal(gap.points, 2) })}
        </span>
      );
    case 'noData':
      return <span className="target-gap">{t('units.kpi.noData')}</span>;
    case 'noTarget':
      return <span className="target-gap">{t('units.kpi.noTarget')}</span>;
  }
}
