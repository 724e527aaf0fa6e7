import type { Widen } from '../../i18n/widen.ts';

/** Texts of the imports feature, under `imports.` in the catalogue. Vietnamese first. */
export const importsVi = {
  title: 'TODO',
};

export const importsEn: Widen<typeof importsVi> = {
  title: 'TODO',
};
