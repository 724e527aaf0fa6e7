import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { User } from '../../../api/users.ts';
import { ErrorState } from '../../components/ui/ErrorState.tsx';
import { PageSkeleton } from '../../components/ui/Skeleton.tsx';
import { useSession } from '../../features/auth/api/session.ts';
import { errorMessage } from '../../lib/errors.ts';
import { paths } from '../paths.ts';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MainNav } from './MainNav.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Header, navigation and main region around every dashboard page. */
export function ShellFrame({
  user,
  loading = false,
  children,
}: {
  user: User | null;
  /** The session is not known yet: no links or user menu that might change a moment later. */
  loading?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [navOpen, setNavOpen] = useState(false);
  const navId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  // After a client-side navigation, start keyboard and screen-reader users at the new content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => {
    setNavOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!location.hash) mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="shell">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__bar">
          <button
            type="button"
            className="nav-toggle"
            aria-expanded={navOpen}
            aria-controls={navId}
            onClick={() => setNavOpen((o) => !o)}
          >
            <svg viewBox="0 0 24 24" aria-hidden focusable="false">
              <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className="nav-toggle__text">{t('nav.menu')}</span>
          </button>
          <Brand />
          <div className="app-header__tools">
            <LanguageSwitch />
            {!loading && <UserMenu user={user} />}
          </div>
        </div>
        {loading ? (
          <div className="main-nav main-nav--placeholder" aria-hidden />
        ) : (
          <MainNav user={user} id={navId} open={navOpen} />
        )}
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}

/**
 * The layout route of every dashboard page: loads the session first, sends signed-out visitors to
 * the login page (unless the province publishes its dashboards), then renders the page.
 */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <ShellFrame user={null} loading>
        <PageSkeleton />
      </ShellFrame>
    );
  }
  if (session.isError) {
    return (
      <ShellFrame user={null} loading>
        <ErrorState
          message={errorMessage(session.error, t, i18n.language)}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      </ShellFrame>
    );
  }
  const { user, publicMode } = session.data;
  if (!user && !publicMode) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`${paths.login}${search}`} replace state={location.state} />;
  }
  return (
    <ShellFrame user={user}>
      <Outlet />
    </ShellFrame>
  );
}
