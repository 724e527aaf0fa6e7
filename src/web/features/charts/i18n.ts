import type { Widen } from '../../i18n/widen.ts';

/** Texts shared by every chart, under `charts.` in the catalogue. */
export const chartsVi = {
  frame: {
    showTable: 'Xem số liệu dạng bảng',
  },
  target: 'Chỉ tiêu',
  noTarget: 'Chưa đặt chỉ tiêu',
  trend: {
    month: 'Tháng',
    targetLine: 'Chỉ tiêu {{value}}',
    targetOf: 'chỉ tiêu {{value}}',
    belowTarget: 'dưới chỉ tiêu',
    gapNote: 'Tháng không có hồ sơ để tính tỷ lệ để trống, không tính là 0 %.',
  },
};

export const chartsEn: Widen<typeof chartsVi> = {
  frame: {
    showTable: 'Show the numbers as a table',
  },
  target: 'Target',
  noTarget: 'No target set',
  trend: {
    month: 'Month',
    targetLine: 'Target {{value}}',
    targetOf: 'target {{value}}',
    belowTarget: 'below target',
    gapNote: 'Months without dossiers to compute a rate are left blank, not counted as 0 %.',
  },
};
