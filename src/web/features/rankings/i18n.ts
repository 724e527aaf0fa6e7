import type { Widen } from '../../i18n/widen.ts';

/** Texts of the rankings feature, under `rankings.` in the catalogue. Vietnamese first. */
export const rankingsVi = {
  title: 'TODO',
};

export const rankingsEn: Widen<typeof rankingsVi> = {
  title: 'TODO',
};
