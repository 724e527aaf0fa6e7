import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';

export interface ErrorStateProps {
  title?: string;
  /** What went wrong, in words. */
  message: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A readable failure with a way out: always says what happened, and offers a retry when one can help. */
export function ErrorState({ title, message, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title ?? t('errors.title')}</p>
      <p>{message}</p>
      {onRetry && (
        <Button variant="primary" onClick={onRetry} disabled={retrying}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
