import type { Widen } from '../../i18n/widen.ts';

/** Texts of the filters feature, under `filters.` in the catalogue. Vietnamese first. */
export const filtersVi = {
  title: 'TODO',
};

export const filtersEn: Widen<typeof filtersVi> = {
  title: 'TODO',
};
