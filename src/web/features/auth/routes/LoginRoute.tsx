import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../app/shell/AuthLayout.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { clearSignedOutFlag, takeSignedOutFlag } from '../api/logout.ts';
import { useSession } from '../api/session.ts';
import { LoginForm } from '../components/LoginForm.tsx';
import { safeNextPath } from '../lib/next-path.ts';

export function LoginRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.login.title'));
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(params.get('next'));
  const [signedOut] = useState(takeSignedOutFlag);
  useEffect(() => clearSignedOutFlag(), []);

  let body: ReactNode;
  if (session.isPending || session.isError)
    body = (
      <QueryState query={session} lines={4}>
        {() => null}
      </QueryState>
    );
  else if (session.data.user) return <Navigate to={next} replace />;
  else
    body = (
      <>
        {signedOut && <Notice tone="success">{t('auth.login.signedOut')}</Notice>}
        {session.data.setupRequired && <Notice tone="warning">{t('auth.login.setupRequired')}</Notice>}
        <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
      </>
    );

  return (
    <AuthLayout>
      <h1 className="auth-card__title">{t('auth.login.title')}</h1>
      <p className="auth-card__intro">{t('auth.login.intro')}</p>
      {body}
    </AuthLayout>
  );
}
