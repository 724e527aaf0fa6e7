import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { formatBytes, formatInteger, formatPercent } from '../../../lib/format.ts';
import type { WorkerProgress } from '../worker/protocol.ts';

/** Share of the whole job done, files weighted equally. */
function fractionDone(p: WorkerProgress | null): number {
  if (!p || p.fileCount === 0) return 0;
  const inFile = p.phase === 'rows' && p.totalBytes ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
  return (p.fileIndex + inFile) / p.fileCount;
}

export function IngestProgressPanel({
  progress,
  cancelling,
  onCancel,
}: {
  progress: WorkerProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const done = fractionDone(progress);
  return (
    <section className="panel progress-panel" aria-labelledby="ingest-progress-title" aria-busy="true">
      <h2 id="ingest-progress-title" className="panel__title">
        {t('upload.progress.title')}
      </h2>
      <progress
        className="progress-panel__bar"
        max={1}
        value={done}
        aria-label={t('upload.progress.label')}
        aria-valuetext={formatPercent(done, 0) ?? undefined}
      />
      <div className="progress-panel__facts">
        {progress && (
          <p>
            {progress.phase === 'header'
              ? t('upload.progress.header', { file: progress.file })
              : t('upload.progress.file', {
                  index: progress.fileIndex + 1,
                  count: progress.fileCount,
                  file: progress.file,
                })}
          </p>
        )}
        {progress && progress.phase === 'rows' && (
          <p className="muted">
            {progress.totalBytes
              ? `${t('upload.progress.bytes', {
                  read: formatBytes(progress.bytesRead),
                  total: formatBytes(progress.totalBytes),
                })}${progress.rowsRead > 0 ? ' · ' : ''}`
              : ''}
            {progress.rowsRead > 0
              ? t('upload.progress.rows', { rows: formatInteger(progress.rowsRead) })
              : ''}
          </p>
        )}
        <p className="progress-panel__percent" aria-hidden>
          {formatPercent(done, 0)}
        </p>
      </div>
      <Button variant="danger" onClick={onCancel} disabled={cancelling}>
        {cancelling ? t('upload.progress.cancelling') : t('upload.progress.cancel')}
      </Button>
    </section>
  );
}
