import type { Widen } from '../../i18n/widen.ts';

/** Texts of the target feature, under `target.` in the catalogue. Vietnamese first. */
export const targetVi = {
  title: 'TODO',
};

export const targetEn: Widen<typeof targetVi> = {
  title: 'TODO',
};
