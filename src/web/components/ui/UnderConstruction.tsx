import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useSession } from '../../features/auth/api/session.ts';
import { hasRole } from '../../features/auth/lib/roles.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { EmptyState } from './EmptyState.tsx';
import { PageHeader } from './PageHeader.tsx';

export type PendingPage = 'overview' | 'rankings' | 'units' | 'dossiers' | 'admin';

/** A page that is not built yet: says so plainly, what it will show, and where to go meanwhile. */
export function UnderConstruction({ page }: { page: PendingPage }) {
  const { t } = useTranslation();
  const title = t(`nav.${page}`);
  const canUpload = hasRole(useSession().data?.user, 'uploader');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} />
      <EmptyState
        title={t('placeholder.title')}
        badge={t('placeholder.badge')}
        actions={
          <>
            {canUpload && (
              <Link className="btn btn--primary" to={paths.upload}>
                {t('placeholder.goUpload')}
              </Link>
            )}
            <Link className={`btn ${canUpload ? 'btn--secondary' : 'btn--primary'}`} to={paths.definitions}>
              {t('placeholder.goDefinitions')}
            </Link>
          </>
        }
      >
        <p>{t(`placeholder.about.${page}`)}</p>
        <p>{t('placeholder.body')}</p>
      </EmptyState>
    </>
  );
}
