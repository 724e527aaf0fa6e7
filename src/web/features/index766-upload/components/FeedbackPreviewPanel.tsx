import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FeedbackMetrics, handledLabel } from '../../../../domain/feedback.ts';
import { MS_PER_DAY } from '../../../../domain/time.ts';
import { formatDate, formatInteger, formatPercent } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import type { DefinitionKey } from '../../definitions/lib/metrics.ts';
import type { FeedbackPreview } from '../lib/feedback-preview.ts';

type NumberColumn = 'received' | 'handled' | 'onTime' | 'onTimeRate' | 'likes' | 'dislikes';

/** The number columns in order, each with the definition its "?" opens. */
const NUMBER_COLUMNS: readonly (readonly [NumberColumn, DefinitionKey])[] = [
  ['received', 'paknReceived'],
  ['handled', 'paknHandled'],
  ['onTime', 'paknHandledOnTime'],
  ['onTimeRate', 'paknOnTimeRate'],
  ['likes', 'paknLikes'],
  ['dislikes', 'paknDislikes'],
];

/** Per unit feedback figures of the files, computed by the core in the worker. */
export function FeedbackPreviewPanel({ preview }: { preview: FeedbackPreview | null }) {
  const { t } = useTranslation();
  const id = useId();
  const col = (key: 'unit' | NumberColumn) => t(`index766Upload.feedback.${key}`);
  const cells = (m: FeedbackMetrics) => (
    <>
      <td className="num" data-label={col('received')}>
        {formatInteger(m.received)}
      </td>
      <td className="num" data-label={col('handled')} data-metric="handled">
        {handledLabel(m)}
      </td>
      <td className="num" data-label={col('onTime')} data-metric="handledOnTime">
        {formatInteger(m.handledOnTime)}
      </td>
      <td className="num" data-label={col('onTimeRate')}>
        {formatPercent(m.onTimeRate) ?? '—'}
      </td>
      <td className="num" data-label={col('likes')}>
        {formatInteger(m.likes)}
      </td>
      <td className="num" data-label={col('dislikes')}>
        {formatInteger(m.dislikes)}
      </td>
    </>
  );
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('index766Upload.feedback.previewTitle')}
      </h2>
      {!preview ? (
        <p>{t('index766Upload.feedback.empty')}</p>
      ) : (
        <>
          <p>
            {t('index766Upload.feedback.period', {
              from: formatDate(preview.period.from),
              to: formatDate(preview.period.to - MS_PER_DAY),
            })}
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('index766Upload.feedback.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{col('unit')}</th>
                  {NUMBER_COLUMNS.map(([key, metric]) => (
                    <th key={key} scope="col" className="num">
                      {col(key)} <MetricInfoLink metric={metric} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.units.map((u) => (
                  <tr key={u.unit}>
                    <th scope="row">{u.unit}</th>
                    {cells(u.metrics)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('index766Upload.feedback.total')}</th>
                  {cells(preview.total)}
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="muted">{t('index766Upload.feedback.note')}</p>
        </>
      )}
    </section>
  );
}
