import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExplicitFeedbackMapping } from '../../../../ingest/feedback/mapping.ts';
import { Notice } from '../../../components/ui/Notice.tsx';
import { formatBytes, formatInteger } from '../../../lib/format.ts';
import type { FeedbackFileSummary } from '../worker/protocol.ts';
import { FeedbackMappingEditor } from './FeedbackMappingEditor.tsx';
import { PublishSet } from './PublishSet.tsx';
import { SetProblemsTable } from './SetProblemsTable.tsx';

/** One feedback file: counts, the column mapping (correctable), problems and publish. */
export function FeedbackFileView({
  summary,
  file,
  busy,
  onMapping,
}: {
  summary: FeedbackFileSummary;
  file: File;
  busy: boolean;
  onMapping: (mapping: ExplicitFeedbackMapping) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const needsMapping = summary.missing.length > 0;
  const counts = [
    ['rows', summary.rowsRead],
    ['accepted', summary.accepted],
    ['rejected', summary.rejected],
    ['warned', summary.warned],
  ] as const;
  return (
    <article className="index766-file" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="index766-file__title">
        {t('index766Upload.file.heading', { file: summary.file })}
      </h2>
      <section className="panel" aria-labelledby={`${id}-facts`}>
        <h3 id={`${id}-facts`} className="panel__title">
          {t('index766Upload.feedback.mapping.title')}
        </h3>
        <dl className="facts">
          <div>
            <dt>{t('index766Upload.file.kind')}</dt>
            <dd>{t(`index766Upload.file.kinds.${summary.kind ?? 'unknown'}`)}</dd>
          </div>
          <div>
            <dt>{t('index766Upload.file.size')}</dt>
            <dd>{formatBytes(summary.sizeBytes)}</dd>
          </div>
          {counts.map(([key, n]) => (
            <div key={key}>
              <dt>{t(`index766Upload.feedback.counts.${key}`)}</dt>
              <dd data-fact={key}>{formatInteger(n)}</dd>
            </div>
          ))}
        </dl>
        {needsMapping ? (
          <p className="notice notice--warning" role="alert">
            {t('index766Upload.feedback.mapping.missing', {
              fields: summary.missing.map((f) => t(`index766Upload.feedback.field.${f}`)).join(', '),
            })}
          </p>
        ) : (
          <Notice tone={summary.mappingSource === 'explicit' ? 'success' : 'info'}>
            {t(`index766Upload.feedback.mapping.source.${summary.mappingSource}`)}
          </Notice>
        )}
        <p className="muted">{t('index766Upload.feedback.mapping.intro')}</p>
        <FeedbackMappingEditor
          key={JSON.stringify(summary.mapping)}
          headers={summary.headers}
          mapping={summary.mapping}
          confidence={summary.confidence}
          onApply={onMapping}
          busy={busy}
        />
      </section>
      {!needsMapping && (
        <SetProblemsTable
          file={summary.file}
          problems={summary.problems.map((p) => ({
            row: p.row,
            unit: null,
            field: p.column,
            value: p.value,
            reason: p.message,
            severity: p.severity,
          }))}
          showUnit={false}
          csvName={t('index766Upload.problems.csvFile', { kind: 'pakn' })}
        />
      )}
      <PublishSet
        set={{ kind: 'feedback', file, items: summary.items }}
        blockedReason={
          needsMapping
            ? t('index766Upload.publish.needsMapping')
            : summary.items.length === 0
              ? t('index766Upload.publish.nothing')
              : null
        }
      />
    </article>
  );
}
