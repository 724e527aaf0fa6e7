import { useTranslation } from 'react-i18next';
import type { ExplicitMapping } from '../../../../ingest/mapping.ts';
import { Notice } from '../../../components/ui/Notice.tsx';
import { formatBytes, formatInteger } from '../../../lib/format.ts';
import type { FileSummary } from '../worker/protocol.ts';
import { MappingEditor } from './MappingEditor.tsx';
import { PersonalDataNote } from './PersonalDataNote.tsx';

/** One file: its kind, header rows, counts, the column mapping (editable) and the dropped personal columns. */
export function FileReportCard({
  summary,
  onApplyMapping,
  onResetMapping,
  busy,
}: {
  summary: FileSummary;
  onApplyMapping: (mapping: ExplicitMapping) => void;
  onResetMapping: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const unmapped = summary.mapping.unmappedColumns.map((c) => summary.headers[c]).filter(Boolean);
  return (
    <article className="panel file-card" aria-labelledby={`file-${summary.layoutKey}-title`}>
      <h3 id={`file-${summary.layoutKey}-title`} className="panel__title file-card__title">
        {t('upload.file.heading', { file: summary.file })}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('upload.file.kind')}</dt>
          <dd>{t(`upload.file.kinds.${summary.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('upload.file.size')}</dt>
          <dd>{formatBytes(summary.sizeBytes)}</dd>
        </div>
        <div>
          <dt>{t('upload.file.headerRows')}</dt>
          <dd>{summary.headerRows.join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('upload.file.rows')}</dt>
          <dd>
            {t('upload.file.counts', {
              accepted: formatInteger(summary.counts.accepted),
              rowsRead: formatInteger(summary.counts.rowsRead),
            })}
          </dd>
        </div>
      </dl>
      <PersonalDataNote columns={summary.personalColumnsDropped} />
      <h4 className="file-card__subtitle">{t('upload.mapping.title')}</h4>
      <p className="muted">{t('upload.mapping.intro')}</p>
      <Notice tone={summary.mappingSource === 'suggested' ? 'info' : 'success'}>
        {t(`upload.mapping.source.${summary.mappingSource}`)}
      </Notice>
      <MappingEditor
        key={`${summary.layoutKey}-${JSON.stringify(summary.mapping.mapping)}`}
        headers={summary.headers}
        mapping={summary.mapping}
        samples={summary.samples}
        onApply={onApplyMapping}
        onReset={summary.mappingSource === 'suggested' ? undefined : onResetMapping}
        busy={busy}
      />
      {unmapped.length > 0 && (
        <p className="muted file-card__unmapped">
          {t('upload.mapping.unmappedColumns', { columns: unmapped.join(', ') })}
        </p>
      )}
    </article>
  );
}
