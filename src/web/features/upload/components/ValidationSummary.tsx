import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDecimal, formatInteger } from '../../../lib/format.ts';
import type { UploadSummary } from '../worker/protocol.ts';

export function ValidationSummary({ summary }: { summary: UploadSummary }) {
  const { t } = useTranslation();
  const items: { key: string; label: string; value: ReactNode; tone?: 'bad' | 'warn' | 'wide' }[] = [
    { key: 'rowsRead', label: t('upload.summary.rowsRead'), value: formatInteger(summary.rowsRead) },
    { key: 'accepted', label: t('upload.summary.accepted'), value: formatInteger(summary.accepted) },
    {
      key: 'rejected',
      label: t('upload.summary.rejected'),
      value: formatInteger(summary.rejected),
      ...(summary.rejected > 0 ? { tone: 'bad' as const } : {}),
    },
    {
      key: 'warned',
      label: t('upload.summary.warned'),
      value: formatInteger(summary.warned),
      ...(summary.warned > 0 ? { tone: 'warn' as const } : {}),
    },
    { key: 'excluded', label: t('upload.summary.excluded'), value: formatInteger(summary.excluded) },
    { key: 'dossiers', label: t('upload.summary.dossiers'), value: formatInteger(summary.dossiers) },
    {
      key: 'dateRange',
      label: t('upload.summary.dateRange'),
      value: summary.dateRange ? (
        <>
          <span className="nowrap">{formatDate(summary.dateRange.from)}</span> –{' '}
          <span className="nowrap">{formatDate(summary.dateRange.to)}</span>
        </>
      ) : (
        '—'
      ),
      tone: 'wide',
    },
  ];
  return (
    <section className="panel" aria-labelledby="validation-title">
      <h2 id="validation-title" className="panel__title" tabIndex={-1}>
        {t('upload.summary.title')}
      </h2>
      <dl className="stat-grid">
        {items.map((item) => (
          <div
            key={item.key}
            className={`stat${item.tone ? ` stat--${item.tone}` : ''}`}
            data-stat={item.key}
          >
            <dt className="stat__label">{item.label}</dt>
            <dd className="stat__value">{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('upload.summary.elapsed', { seconds: formatDecimal(summary.elapsedMs / 1000, 1) })}
      </p>
    </section>
  );
}
