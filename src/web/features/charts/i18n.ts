import type { Widen } from '../../i18n/widen.ts';

/** Texts shared by every chart, under `charts.` in the catalogue. */
export const chartsVi = {
  frame: {
    showTable: 'Xem số liệu dạng bảng',
  },
  target: 'Chỉ tiêu',
  noTarget: 'Chưa đặt chỉ tiêu',
};

export const chartsEn: Widen<typeof chartsVi> = {
  frame: {
    showTable: 'Show the numbers as a table',
  },
  target: 'Target',
  noTarget: 'No target set',
};
