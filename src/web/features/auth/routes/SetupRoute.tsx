import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { AuthLayout } from '../../../app/shell/AuthLayout.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useSession } from '../api/session.ts';
import { SetupForm } from '../components/SetupForm.tsx';

/** /setup?token=…: the one-time link the server prints on its first start. */
export function SetupRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.setup.title'));
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token')?.trim() ?? '';

  let body: ReactNode;
  if (session.isPending || session.isError)
    body = (
      <QueryState query={session} lines={5}>
        {() => null}
      </QueryState>
    );
  else if (session.data.user) return <Navigate to={paths.overview} replace />;
  else if (!session.data.setupRequired)
    body = (
      <Notice tone="info">
        <p>{t('auth.setup.alreadyDone')}</p>
        <p>
          <Link to={paths.login}>{t('auth.setup.goLogin')}</Link>
        </p>
      </Notice>
    );
  else if (token === '')
    body = <ErrorState title={t('auth.setup.title')} message={t('auth.setup.missingToken')} />;
  else body = <SetupForm token={token} onSuccess={() => void navigate(paths.overview, { replace: true })} />;

  return (
    <AuthLayout>
      <h1 className="auth-card__title">{t('auth.setup.title')}</h1>
      <p className="auth-card__intro">{t('auth.setup.intro')}</p>
      {body}
    </AuthLayout>
  );
}
