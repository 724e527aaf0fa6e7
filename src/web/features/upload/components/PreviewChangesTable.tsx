import { useTranslation } from 'react-i18next';
import type { Metrics } from '../../../../domain/metrics.ts';
import type { Language } from '../../../i18n/index.ts';
import { formatDecimal, formatInteger, formatPercent } from '../../../lib/format.ts';
import { metricLabel } from '../../definitions/lib/metrics.ts';
import { CONFIRM_METRICS, type ConfirmMetric, isRateMetric, previewChange } from '../lib/preview-change.ts';

const ARROW = { up: '▲', down: '▼' } as const;

/**
 * The import period's main figures as published now and with the import published, and the change.
 * No links to the definitions here: leaving the page discards the staged import.
 */
export function PreviewChangesTable({
  before,
  after,
  caption,
  language,
}: {
  before: Metrics;
  after: Metrics;
  caption: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const value = (metric: ConfirmMetric, m: Metrics) => {
    const v = m[metric];
    if (v === null) return t('common.noData');
    return isRateMetric(metric) ? (formatPercent(v) ?? t('common.noData')) : formatInteger(v);
  };
  const changeText = (metric: ConfirmMetric) => {
    const c = previewChange(metric, before, after);
    if (c.kind === 'none') return t('upload.publish.confirm.none');
    if (c.kind === 'same') return t('upload.publish.confirm.same');
    const amount = isRateMetric(metric)
      ? t('upload.publish.confirm.points', { value: formatDecimal(c.amount, 2) })
      : formatInteger(c.amount);
    return (
      <>
        <span aria-hidden>{ARROW[c.kind]}</span> {t(`upload.publish.confirm.${c.kind}`)} {amount}
      </>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data-table publish-confirm__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('upload.publish.confirm.metric')}</th>
            <th scope="col" className="publish-confirm__num">
              {t('upload.publish.confirm.before')}
            </th>
            <th scope="col" className="publish-confirm__num">
              {t('upload.publish.confirm.after')}
            </th>
            <th scope="col">{t('upload.publish.confirm.change')}</th>
          </tr>
        </thead>
        <tbody>
          {CONFIRM_METRICS.map((metric) => (
            <tr key={metric} data-metric={metric}>
              <th scope="row">{metricLabel(metric, language)}</th>
              <td className="publish-confirm__num">{value(metric, before)}</td>
              <td className="publish-confirm__num">{value(metric, after)}</td>
              <td>{changeText(metric)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
