import type { Widen } from '../../i18n/widen.ts';

/** Texts of the rankings feature, under `rankings.` in the catalogue. Vietnamese first. */
export const rankingsVi = {
  title: 'Xếp hạng',
  intro: 'Xếp hạng đơn vị trong từng nhóm theo chỉ số đã chọn. Thay đổi hạng so với kỳ trước có cùng độ dài.',
  groups: {
    label: 'Nhóm đơn vị',
    department: 'Sở, ban, ngành',
    commune: 'Xã, phường, đặc khu',
    vertical: 'Cơ quan ngành dọc',
    other: 'Đơn vị khác',
    count: '{{n}} đơn vị',
  },
  rankBy: {
    label: 'Xếp hạng theo',
  },
  columns: {
    rank: 'Hạng',
    rankChange: 'Thay đổi hạng',
    unit: 'Đơn vị',
  },
  rank: {
    none: 'Chưa xếp hạng',
  },
  rankChange: {
    up: 'Lên {{count}} bậc',
    down: 'Xuống {{count}} bậc',
    same: 'Không đổi hạng',
    new: 'Mới',
    newLong: 'Kỳ trước chưa có hạng',
  },
  target: {
    below: 'Dưới chỉ tiêu',
    belowHint: 'Tỷ lệ đúng hạn thấp hơn chỉ tiêu {{target}}',
    column: 'So với chỉ tiêu đúng hạn',
    note: 'Chỉ tiêu tỷ lệ đúng hạn năm {{year}}: {{target}}. Đơn vị thấp hơn được đánh dấu “Dưới chỉ tiêu”.',
    none: 'Chưa đặt chỉ tiêu tỷ lệ đúng hạn cho năm {{year}}.',
  },
  search: {
    label: 'Tìm đơn vị',
    hint: 'Gõ có dấu hoặc không dấu, ví dụ “so tai chinh”.',
    shown: 'Hiện {{shown}} trên {{total}} đơn vị',
    noMatch: 'Không có đơn vị nào khớp “{{query}}”. Kiểm tra chính tả hoặc xoá bớt từ.',
  },
  columnsMenu: {
    button: 'Cột hiển thị',
    legend: 'Chọn cột hiển thị trong bảng và tệp xuất',
  },
  sort: {
    ascending: 'tăng dần',
    descending: 'giảm dần',
    hint: 'Bấm tiêu đề cột để sắp xếp.',
  },
  export: {
    csv: 'Xuất CSV',
    xlsx: 'Xuất Excel',
    working: 'Đang tạo tệp…',
    failed: 'Không tạo được tệp Excel. Thử lại, hoặc xuất CSV.',
    note: 'Tệp gồm đúng các cột, thứ tự và kết quả tìm kiếm đang hiển thị.',
    sheet: 'Xếp hạng',
    fileStem: 'xep-hang',
  },
  table: {
    caption: 'Xếp hạng {{group}}, {{period}}, theo {{metric}}',
  },
  empty: {
    noDataTitle: 'Chưa có số liệu cho kỳ này',
    noDataBody: 'Chưa có hồ sơ nào được công bố trong kỳ đã chọn. Chọn kỳ khác, hoặc tải dữ liệu lên.',
    noDataViewer:
      'Chưa có hồ sơ nào được công bố trong kỳ đã chọn. Chọn kỳ khác, hoặc nhờ cán bộ phụ trách tải dữ liệu lên.',
    upload: 'Tải dữ liệu lên',
    noUnitsTitle: 'Nhóm này không có đơn vị nào trong kỳ',
    noUnitsBody: 'Chọn nhóm khác ở trên, hoặc bỏ bớt bộ lọc.',
  },
  chart: {
    title: '{{metric}} – {{group}}',
    all: 'Tất cả đơn vị đã xếp hạng, theo thứ tự hạng.',
    topBottom: '10 đơn vị đứng đầu và 10 đơn vị cuối bảng, theo thứ tự hạng.',
    withTarget: 'Vạch dọc: chỉ tiêu {{target}}.',
    loading: 'Đang tải biểu đồ…',
  },
};

export const rankingsEn: Widen<typeof rankingsVi> = {
  title: 'Rankings',
  intro:
    'Units ranked within each group by the chosen metric. Rank change is against the previous period of the same length.',
  groups: {
    label: 'Unit group',
    department: 'Provincial departments',
    commune: 'Communes and wards',
    vertical: 'Vertical agencies',
    other: 'Other units',
    count: 'Units: {{n}}',
  },
  rankBy: {
    label: 'Rank by',
  },
  columns: {
    rank: 'Rank',
    rankChange: 'Rank change',
    unit: 'Unit',
  },
  rank: {
    none: 'Not ranked',
  },
  rankChange: {
    up: 'Up {{count}}',
    down: 'Down {{count}}',
    same: 'Rank unchanged',
    new: 'New',
    newLong: 'No rank in the previous period',
  },
  target: {
    below: 'Below target',
    belowHint: 'On-time rate below the {{target}} target',
    column: 'Against the on-time target',
    note: 'On-time rate target for {{year}}: {{target}}. Units below it are marked “Below target”.',
    none: 'No on-time rate target set for {{year}}.',
  },
  search: {
    label: 'Find a unit',
    hint: 'With or without Vietnamese diacritics, e.g. “so tai chinh”.',
    shown: 'Showing {{shown}} of {{total}} units',
    noMatch: 'No unit matches “{{query}}”. Check the spelling or remove a word.',
  },
  columnsMenu: {
    button: 'Columns',
    legend: 'Columns shown in the table and the export',
  },
  sort: {
    ascending: 'ascending',
    descending: 'descending',
    hint: 'Click a column header to sort.',
  },
  export: {
    csv: 'Export CSV',
    xlsx: 'Export Excel',
    working: 'Preparing the file…',
    failed: 'Could not create the Excel file. Try again, or export CSV.',
    note: 'The file holds exactly the columns, order and search results shown.',
    sheet: 'Rankings',
    fileStem: 'xep-hang',
  },
  table: {
    caption: 'Rankings of {{group}}, {{period}}, by {{metric}}',
  },
  empty: {
    noDataTitle: 'No data for this period',
    noDataBody: 'No dossier has been published for the chosen period. Pick another period, or upload data.',
    noDataViewer:
      'No dossier has been published for the chosen period. Pick another period, or ask the officer in charge to upload data.',
    upload: 'Upload data',
    noUnitsTitle: 'No unit of this group in the period',
    noUnitsBody: 'Pick another group above, or remove a filter.',
  },
  chart: {
    title: '{{metric}} – {{group}}',
    all: 'Every ranked unit, in rank order.',
    topBottom: 'The top 10 and bottom 10 units, in rank order.',
    withTarget: 'Vertical line: the {{target}} target.',
    loading: 'Loading the chart…',
  },
};
