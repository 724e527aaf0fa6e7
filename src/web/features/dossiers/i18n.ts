import type { Widen } from '../../i18n/widen.ts';

/** Texts of the dossiers feature, under `dossiers.` in the catalogue. Vietnamese first. */
export const dossiersVi = {
  title: 'TODO',
};

export const dossiersEn: Widen<typeof dossiersVi> = {
  title: 'TODO',
};
