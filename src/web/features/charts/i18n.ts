import type { Widen } from '../../i18n/widen.ts';

/** Texts of the charts feature, under `charts.` in the catalogue. Vietnamese first. */
export const chartsVi = {
  title: 'TODO',
};

export const chartsEn: Widen<typeof chartsVi> = {
  title: 'TODO',
};
