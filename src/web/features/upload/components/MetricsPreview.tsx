import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../../../domain/metrics.ts';
import { languageOf } from '../../../i18n/index.ts';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { type MetricKey, metricLabel } from '../../definitions/lib/metrics.ts';
import type { PreviewSummary } from '../worker/protocol.ts';

type Shown = { key: MetricKey & keyof Metrics; kind: 'count' | 'rate' | 'score'; lead?: boolean };

/** The main figures, in the order a leader reads them. */
const SHOWN: readonly Shown[] = [
  { key: 'received', kind: 'count' },
  { key: 'resolved', kind: 'count' },
  { key: 'early', kind: 'count' },
  { key: 'onTime', kind: 'count' },
  { key: 'late', kind: 'count' },
  { key: 'pending', kind: 'count' },
  { key: 'overdue', kind: 'count' },
  { key: 'onTimeRate', kind: 'rate', lead: true },
  { key: 'progressRate766', kind: 'rate', lead: true },
  { key: 'progressScore766', kind: 'score', lead: true },
];

/** What the numbers will be for the files' date range, computed by the core in the worker. */
export function MetricsPreview({ preview }: { preview: PreviewSummary | null }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  return (
    <section className="panel" aria-labelledby="preview-title">
      <h2 id="preview-title" className="panel__title">
        {t('upload.preview.title')}
      </h2>
      {!preview ? (
        <p>{t('upload.preview.empty')}</p>
      ) : (
        <>
          <p>
            {t('upload.preview.period', {
              from: formatDate(preview.firstDay),
              to: formatDate(preview.lastDay),
            })}
          </p>
          <dl className="metric-grid">
            {SHOWN.map(({ key, kind, lead }) => {
              const value = preview.metrics[key] as number | null;
              const text =
                value === null
                  ? t('common.noData')
                  : kind === 'rate'
                    ? formatPercent(value)
                    : kind === 'score'
                      ? formatDecimal(value, 2)
                      : formatInteger(value);
              return (
                <div key={key} className={`metric${lead ? ' metric--lead' : ''}`}>
                  <dt className="metric__label">
                    {metricLabel(key, language)} <MetricInfoLink metric={key} />
                  </dt>
                  <dd className="metric__value" data-metric={key}>
                    {text}
                  </dd>
                </div>
              );
            })}
          </dl>
          <p className="muted">{t('upload.preview.note')}</p>
        </>
      )}
    </section>
  );
}
