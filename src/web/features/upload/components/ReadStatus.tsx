import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { formatDecimal } from '../../../lib/format.ts';
import type { JobState } from '../lib/use-worker-job.ts';
import { IngestProgressPanel } from './IngestProgressPanel.tsx';

/** Any read's state; the reader's own outcomes are only told apart by their status. */
export type AnyReadState = JobState<{ status: 'done' | 'mapping-needed' }>;

/**
 * What a read in the worker is doing before it has a result: the files chosen, progress with
 * cancel, a cancelled or failed read with retry, and (for screen readers) how long it took.
 */
export function ReadStatus({
  files,
  state,
  elapsedMs,
  onCancel,
  onRetry,
}: {
  files: readonly File[];
  state: AnyReadState;
  /** How long the finished read took; null while it has not finished. */
  elapsedMs: number | null;
  onCancel: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {files.length > 0 && (
        <p className="muted upload__chosen">
          {t('upload.drop.selected', { files: files.map((f) => f.name).join(', ') })}
        </p>
      )}
      <div aria-live="polite" className="upload__status">
        {state.status === 'cancelled' && <Notice tone="warning">{t('upload.progress.cancelled')}</Notice>}
        {elapsedMs !== null && (
          <p className="visually-hidden">
            {t('upload.summary.elapsed', { seconds: formatDecimal(elapsedMs / 1000, 1) })}
          </p>
        )}
      </div>
      {state.status === 'running' && (
        <IngestProgressPanel progress={state.progress} cancelling={state.cancelling} onCancel={onCancel} />
      )}
      {state.status === 'failed' && (
        <ErrorState
          title={state.file ? t('upload.failed.file', { file: state.file }) : t('upload.failed.title')}
          message={state.message}
          onRetry={onRetry}
        />
      )}
      {state.status === 'cancelled' && files.length > 0 && (
        <Button onClick={onRetry}>{t('upload.failed.retry')}</Button>
      )}
    </>
  );
}
