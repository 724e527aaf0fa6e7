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
  discardImport,
  discardOnUnload,
  isPublishAvailable,
  type PublishInput,
  type PublishProgress,
  publishStaged,
  stageImport,
} from '../api/publish-import.ts';
import { PublishConfirmation } from './PublishConfirmation.tsx';

type PublishState =
  | { status: 'idle' }
  | { status: 'staging'; progress: PublishProgress | null }
  /** On the server, not published: the confirmation panel waits for the user. */
  | { status: 'staged'; staged: ImportDetail; check: CountCheck; busy: 'publishing' | 'discarding' | null }
  | { status: 'done'; detail: ImportDetail; check: CountCheck }
  | { status: 'mismatch'; importId: number; check: CountCheck }
  | { status: 'cancelled' }
  | { status: 'discarded'; importId: number }
  | { status: 'failed'; message: string; retry: (() => void) | null };

/** `2025-03-31` → `31/03/2025`. */
const dayText = (isoDay: string) => isoDay.split('-').reverse().join('/');

const failure = (e: unknown) =>
  e instanceof ApiError
    ? { message: e.message, code: e.code }
    : { message: e instanceof Error ? e.message : String(e), code: null };

/**
 * "Công bố": sends the read's rows to the server as one import and lets the server check them
 * (staging). When its counts agree with the page's, a confirmation panel shows what publishing
 * would add, replace and change; only "Xác nhận công bố" publishes. One file per import (the server
 * recognises a file already published by its hash), so a read of several files is not published.
 * The route is for uploaders and admins only (RequireRole), so viewers never see the button.
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
  /** An import on the server that is not published: discarded if the page goes away. */
  const pendingRef = useRef<number | null>(null);
  useEffect(() => {
    const onUnload = () => {
      if (pendingRef.current !== null) discardOnUnload(pendingRef.current);
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      abortRef.current?.abort();
      // Staging cleans up after its own abort; a staged import waiting for confirmation is discarded.
      if (abortRef.current === null && pendingRef.current !== null) void discardImport(pendingRef.current);
      pendingRef.current = null;
    };
  }, []);

  const oneFile = canPublishFiles(input.files);
  const enabled = available && oneFile;
  const busy = state.status === 'staging' || state.status === 'staged';
  const published = state.status === 'done';

  const stage = async () => {
    if (!enabled || busy || published) return;
    // A staged import whose publication failed is replaced by the new one, not left behind.
    if (pendingRef.current !== null) void discardImport(pendingRef.current);
    pendingRef.current = null;
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ status: 'staging', progress: null });
    try {
      const result = await stageImport(input, {
        signal: controller.signal,
        onProgress: (progress) => setState({ status: 'staging', progress }),
        onCreated: (id) => {
          pendingRef.current = id;
        },
      });
      if (result.status === 'mismatch') {
        pendingRef.current = null;
        setState({ status: 'mismatch', importId: result.importId, check: result.check });
        return;
      }
      setState({ status: 'staged', staged: result.staged, check: result.check, busy: null });
    } catch (e) {
      pendingRef.current = null;
      if (controller.signal.aborted) setState({ status: 'cancelled' });
      else {
        const { message, code } = failure(e);
        setState({
          status: 'failed',
          message,
          retry: code === 'already_published' ? null : () => void stage(),
        });
      }
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
    }
  };

  const publish = async (staged: ImportDetail, check: CountCheck) => {
    setState({ status: 'staged', staged, check, busy: 'publishing' });
    // From here the publication may complete on the server: leaving must not discard it.
    pendingRef.current = null;
    try {
      const detail = await publishStaged(staged.id);
      // Every figure the dashboards show may have changed; the session has not.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      setState({ status: 'done', detail, check });
    } catch (e) {
      const { message, code } = failure(e);
      if (code !== 'already_published') pendingRef.current = staged.id;
      setState({
        status: 'failed',
        message,
        retry: code === 'already_published' ? null : () => void publish(staged, check),
      });
    }
  };

  const discard = async (staged: ImportDetail, check: CountCheck) => {
    setState({ status: 'staged', staged, check, busy: 'discarding' });
    await discardImport(staged.id);
    pendingRef.current = null;
    setState({ status: 'discarded', importId: staged.id });
  };

  const tip = !available ? t('upload.publish.waiting') : !oneFile ? t('upload.publish.oneFileOnly') : null;
  const progress = state.status === 'staging' ? state.progress : null;
  const fraction = progress && progress.totalRows > 0 ? progress.rowsSent / progress.totalRows : 0;

  return (
    <div className="publish-bar">
      <span className="tooltip">
        <Button
          variant="primary"
          aria-disabled={!enabled || busy || published ? true : undefined}
          aria-describedby={tip ? tipId : undefined}
          onClick={() => void stage()}
        >
          {state.status === 'staging' ? t('upload.publish.staging') : t('upload.publish.button')}
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
      {state.status === 'staging' && (
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
      {state.status === 'staged' && (
        <PublishConfirmation
          staged={state.staged}
          check={state.check}
          checkText={checkText(t, state.check)}
          files={input.summary.files}
          busy={state.busy}
          onPublish={() => void publish(state.staged, state.check)}
          onDiscard={() => void discard(state.staged, state.check)}
        />
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
      {state.status === 'discarded' && (
        <Notice tone="info">{t('upload.publish.discarded', { id: state.importId })}</Notice>
      )}
      {state.status === 'failed' && (
        <ErrorState
          title={t('upload.publish.failed')}
          message={state.message}
          {...(state.retry ? { onRetry: state.retry } : {})}
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
