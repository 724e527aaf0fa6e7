import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { CalendarTab } from '../components/CalendarTab.tsx';
import { RegistryTab } from '../components/RegistryTab.tsx';
import { SettingsTab } from '../components/SettingsTab.tsx';
import { UsersTab } from '../components/UsersTab.tsx';
import '../admin.css';

/** Tabs by their Vietnamese slug in `?muc=`, so a tab can be linked to and survives a reload. */
export const ADMIN_TABS = {
  'nguoi-dung': 'users',
  'don-vi': 'registry',
  'lich-nghi': 'calendar',
  'thiet-lap': 'settings',
} as const;
type Slug = keyof typeof ADMIN_TABS;
const SLUGS = Object.keys(ADMIN_TABS) as Slug[];
export const ADMIN_TAB_PARAM = 'muc';

const isSlug = (value: string | null): value is Slug => value !== null && Object.hasOwn(ADMIN_TABS, value);

/** Quản trị: accounts, the unit registry, the holiday calendar and settings. */
export function AdminRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const requested = params.get(ADMIN_TAB_PARAM);
  const slug: Slug = isSlug(requested) ? requested : 'nguoi-dung';
  const tab = ADMIN_TABS[slug];
  useDocumentTitle(`${t(`admin.tabs.${tab}`)} · ${t('admin.title')}`);

  return (
    <div className="admin">
      <PageHeader title={t('admin.title')}>
        <p>{t('admin.intro')}</p>
      </PageHeader>
      <nav className="admin-tabs" aria-label={t('admin.tabs.label')}>
        <ul>
          {SLUGS.map((s) => (
            <li key={s}>
              <Link
                className="admin-tabs__link"
                to={`${paths.admin}?${ADMIN_TAB_PARAM}=${s}`}
                aria-current={s === slug ? 'page' : undefined}
              >
                {t(`admin.tabs.${ADMIN_TABS[s]}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'users' && <UsersTab />}
      {tab === 'registry' && <RegistryTab />}
      {tab === 'calendar' && <CalendarTab />}
      {tab === 'settings' && <SettingsTab />}
    </div>
  );
}
