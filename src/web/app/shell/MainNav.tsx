import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { User } from '../../../api/users.ts';
import { hasRole } from '../../features/auth/lib/roles.ts';
import { NAV_ITEMS } from '../paths.ts';

/** The main navigation: only the pages this user's role may use. */
export function MainNav({ user, id, open }: { user: User | null; id: string; open: boolean }) {
  const { t } = useTranslation();
  return (
    <nav id={id} className={`main-nav${open ? ' main-nav--open' : ''}`} aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {NAV_ITEMS.filter((item) => hasRole(user, item.role)).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'} className="main-nav__link">
              {t(`nav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
