import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import type { Role } from '../../../api/users.ts';
import { EmptyState } from '../../components/ui/EmptyState.tsx';
import { useSession } from '../../features/auth/api/session.ts';
import { hasRole } from '../../features/auth/lib/roles.ts';
import { paths } from '../paths.ts';

/** Renders its child routes only for `minimum` or a higher role; the server enforces the same rule. */
export function RequireRole({ minimum }: { minimum: Role }) {
  const { t } = useTranslation();
  const user = useSession().data?.user ?? null;
  if (hasRole(user, minimum)) return <Outlet />;
  return (
    <EmptyState
      title={t('errors.forbidden.title')}
      actions={
        <Link className="btn btn--primary" to={paths.overview}>
          {t('common.backHome')}
        </Link>
      }
    >
      <p>{t('errors.forbidden.body', { role: t(`user.role.${minimum}`) })}</p>
    </EmptyState>
  );
}
