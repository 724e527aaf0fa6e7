import type { Widen } from '../../i18n/widen.ts';

/** Texts of the units feature, under `units.` in the catalogue. Vietnamese first. */
export const unitsVi = {
  title: 'TODO',
};

export const unitsEn: Widen<typeof unitsVi> = {
  title: 'TODO',
};
