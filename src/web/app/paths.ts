import type { Role } from '../../api/users.ts';

/** Every page of the app. Vietnamese slugs: links are shared in Vietnamese offices. */
export const paths = {
  overview: '/',
  rankings: '/xep-hang',
  units: '/don-vi',
  /** One unit's page: `/don-vi/<unit id>` (see unitPath). */
  unit: '/don-vi/:unitId',
  importHistory: '/tai-du-lieu/lich-su',
  target: '/muc-tieu',
  dossiers: '/ho-so',
  upload: '/tai-du-lieu',
  definitions: '/dinh-nghia',
  admin: '/quan-tri',
  login: '/login',
  setup: '/setup',
} as const;

export interface NavItem {
  to: string;
  /** i18n key under nav. */
  label: 'overview' | 'target' | 'rankings' | 'units' | 'dossiers' | 'upload' | 'definitions' | 'admin';
  /** Lowest role that sees the link; null: everyone who can see the dashboards. */
  role: Role | null;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: paths.overview, label: 'overview', role: null },
  { to: paths.target, label: 'target', role: null },
  { to: paths.rankings, label: 'rankings', role: null },
  { to: paths.units, label: 'units', role: null },
  { to: paths.dossiers, label: 'dossiers', role: null },
  { to: paths.upload, label: 'upload', role: 'uploader' },
  { to: paths.definitions, label: 'definitions', role: null },
  { to: paths.admin, label: 'admin', role: 'admin' },
];

/**
 * The page of one unit (its id as the metrics answer gives it); with the period (its URL form, e.g.
 * 2026-03) so it opens on the view it came from.
 */
export function unitPath(unitId: string, period?: string | null): string {
  const path = `/don-vi/${encodeURIComponent(unitId)}`;
  return period ? `${path}?period=${encodeURIComponent(period)}` : path;
}
