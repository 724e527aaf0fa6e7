import type { Widen } from '../../i18n/widen.ts';

/** Texts of the admin feature, under `admin.` in the catalogue. Vietnamese first. */
export const adminVi = {
  title: 'TODO',
};

export const adminEn: Widen<typeof adminVi> = {
  title: 'TODO',
};
