import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { isPublishAvailable, type PublishInput, publishImport } from '../api/publish-import.ts';

/**
 * "Công bố". Until the server's import routes exist (src/api/imports.ts) the button stays disabled
 * with the tooltip "chờ máy chủ"; it stays focusable (aria-disabled) so keyboard users hear why.
 */
export function PublishBar({
  input,
  available = isPublishAvailable(),
}: {
  input: PublishInput;
  available?: boolean;
}) {
  const { t } = useTranslation();
  const tipId = useId();
  const [state, setState] = useState<
    { status: 'idle' | 'publishing' | 'done' } | { status: 'failed'; message: string }
  >({
    status: 'idle',
  });

  const publish = async () => {
    if (!available || state.status === 'publishing') return;
    setState({ status: 'publishing' });
    try {
      await publishImport(input);
      setState({ status: 'done' });
    } catch (e) {
      setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="publish-bar">
      <span className="tooltip">
        <Button
          variant="primary"
          aria-disabled={!available || state.status === 'publishing' ? true : undefined}
          aria-describedby={available ? undefined : tipId}
          onClick={() => void publish()}
        >
          {state.status === 'publishing' ? t('upload.publish.publishing') : t('upload.publish.button')}
        </Button>
        {!available && (
          <span role="tooltip" id={tipId} className="tooltip__text">
            {t('upload.publish.waiting')}
          </span>
        )}
      </span>
      {state.status === 'done' && <Notice tone="success">{t('upload.publish.done')}</Notice>}
      {state.status === 'failed' && (
        <ErrorState title={t('errors.actionFailed')} message={state.message} onRetry={() => void publish()} />
      )}
    </div>
  );
}
