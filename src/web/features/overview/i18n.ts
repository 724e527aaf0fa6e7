import type { Widen } from '../../i18n/widen.ts';

/** Texts of the overview feature, under `overview.` in the catalogue. Vietnamese first. */
export const overviewVi = {
  title: 'TODO',
};

export const overviewEn: Widen<typeof overviewVi> = {
  title: 'TODO',
};
