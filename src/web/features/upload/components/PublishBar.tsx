import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDetail } from '../../../../api/imports.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatInteger, formatPercent } from '../../../lib/format.ts';
import { sessionQueryKey } from '../../auth/api/session.ts';
import {
  type CountCheck,
  canPublishFiles,
  isPublishAvailable,
  type PublishInput,
  type PublishProgress,
  publishImport,
} from '../api/publish-import.ts';

type PublishState =
  | { status: 'idle' }
  | { status: 'publishing'; progress: PublishProgress | null }
  | { status: 'done'; detail: ImportDetail; check: CountCheck }
  | { status: 'mismatch'; importId: number; check: CountCheck }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string; retry: boolean };

/** `2025-03-31` → `31/03/2025`. */
const dayText = (isoDay: string) => isoDay.split('-').reverse().join('/');

/**
 * "Công bố": sends the read's rows to the server as one import, lets the server check them, and
 * publishes when its counts agree with the page's. One file per import (the server recognises a file
 * already published by its hash), so a read of several files is not published. The route is for
 * uploaders and admins only (RequireRole), so viewers never see the button.
 */
export function PublishBar({
  input,
  available = isPublishAvailable(),
}: {
  input: PublishInput;
  available?: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tipId = useId();
  const [state, setState] = useState<PublishState>({ status: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => () => abortRef.current?.abort(), []);

  const oneFile = canPublishFiles(input.files);
  const enabled = available && oneFile;
  const busy = state.status === 'publishing';
  const published = state.status === 'done';

  const publish = async () => {
    if (!enabled || busy || published) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ status: 'publishing', progress: null });
    try {
      const result = await publishImport(input, {
        signal: controller.signal,
        onProgress: (progress) => setState({ status: 'publishing', progress }),
      });
      if (result.status === 'mismatch') {
        setState({ status: 'mismatch', importId: result.importId, check: result.check });
        return;
      }
      // Every figure the dashboards show may have changed; the session has not.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      setState({ status: 'done', detail: result.detail, check: result.check });
    } catch (e) {
      if (controller.signal.aborted) setState({ status: 'cancelled' });
      else if (e instanceof ApiError)
        setState({ status: 'failed', message: e.message, retry: e.code !== 'already_published' });
      else setState({ status: 'failed', message: e instanceof Error ? e.message : String(e), retry: true });
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
    }
  };

  const tip = !available ? t('upload.publish.waiting') : !oneFile ? t('upload.publish.oneFileOnly') : null;
  const progress = state.status === 'publishing' ? state.progress : null;
  const fraction = progress && progress.totalRows > 0 ? progress.rowsSent / progress.totalRows : 0;

  return (
    <div className="publish-bar">
      <span className="tooltip">
        <Button
          variant="primary"
          aria-disabled={!enabled || busy || published ? true : undefined}
          aria-describedby={tip ? tipId : undefined}
          onClick={() => void publish()}
        >
          {busy ? t('upload.publish.publishing') : t('upload.publish.button')}
        </Button>
        {tip && (
          <span role="tooltip" id={tipId} className="tooltip__text">
            {tip}
          </span>
        )}
      </span>
      {available && !oneFile && <p className="muted publish-bar__note">{t('upload.publish.oneFileOnly')}</p>}
      {available && oneFile && state.status === 'idle' && (
        <p className="muted publish-bar__note">{t('upload.publish.hint')}</p>
      )}
      {busy && (
        <div className="publish-bar__progress" aria-live="polite">
          <progress
            max={1}
            value={fraction}
            aria-label={t('upload.publish.progressLabel')}
            aria-valuetext={formatPercent(fraction, 0) ?? undefined}
          />
          <span className="muted">
            {progress
              ? t('upload.publish.progress', {
                  sent: formatInteger(progress.rowsSent),
                  total: formatInteger(progress.totalRows),
                })
              : t('upload.publish.preparing')}
          </span>
          <Button onClick={() => abortRef.current?.abort()}>{t('upload.publish.cancel')}</Button>
        </div>
      )}
      {state.status === 'done' && (
        <Notice tone="success" title={t('upload.publish.done')}>
          <p>
            {t('upload.publish.doneBody', {
              rows: formatInteger(state.detail.rowCount),
              file: state.detail.fileName,
              id: state.detail.id,
            })}
            {state.detail.period &&
              ` ${t('upload.publish.donePeriod', {
                from: dayText(state.detail.period.from),
                to: dayText(state.detail.period.to),
              })}`}
          </p>
          <p>{checkText(t, state.check)}</p>
        </Notice>
      )}
      {state.status === 'mismatch' && (
        <ErrorState
          title={t('upload.publish.mismatchTitle')}
          message={`${checkText(t, state.check)} ${t('upload.publish.mismatchBody', { id: state.importId })}`}
        />
      )}
      {state.status === 'cancelled' && <Notice tone="warning">{t('upload.publish.cancelled')}</Notice>}
      {state.status === 'failed' && (
        <ErrorState
          title={t('upload.publish.failed')}
          message={state.message}
          {...(state.retry ? { onRetry: () => void publish() } : {})}
        />
      )}
    </div>
  );
}

function checkText(t: TFunction, c: CountCheck): string {
  return t('upload.publish.serverCheck', {
    sent: formatInteger(c.sent),
    received: formatInteger(c.received),
    accepted: formatInteger(c.accepted),
    rejected: formatInteger(c.rejected),
    pageAccepted: formatInteger(c.pageAccepted),
    pageRejected: formatInteger(c.pageRejected),
  });
}
