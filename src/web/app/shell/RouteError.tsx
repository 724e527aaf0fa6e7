import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { EmptyState } from '../../components/ui/EmptyState.tsx';
import { ErrorState } from '../../components/ui/ErrorState.tsx';
import { paths } from '../paths.ts';

/** Shown when a page fails to load (e.g. its code chunk after a new deployment) or throws. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="route-error">
      <ErrorState
        title={t('errors.actionFailed')}
        message={error instanceof Error ? error.message : t('errors.unexpected')}
        onRetry={() => window.location.reload()}
      />
    </div>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('errors.notFound.title')}
      actions={
        <Link className="btn btn--primary" to={paths.overview}>
          {t('common.backHome')}
        </Link>
      }
    >
      <p>{t('errors.notFound.body')}</p>
    </EmptyState>
  );
}
