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
  /** What a header shows when the full label would wrap into many lines; the full one is its name. */
  shortColumns: {
    received: 'Tiếp nhận',
    resolved: 'Đã giải quyết',
    onTimeRate: 'Đúng hạn (Biểu 06)',
    progressScore766: 'Điểm tiến độ (/20)',
    overdue: 'Đang quá hạn',
    satisfactionRate: 'Hài lòng',
    official766: 'Điểm 766 chính thức',
    officialRank766: 'Hạng (chính thức)',
    estimate766: 'Điểm 766 ước tính',
    estimateRank766: 'Hạng (ước tính)',
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
  index766: {
    rankBy: {
      official766: 'Điểm 766 chính thức',
      estimate766: 'Điểm 766 ước tính',
    },
    columns: {
      official766: 'Điểm 766 chính thức',
      officialRank766: 'Hạng theo điểm chính thức',
      estimate766: 'Điểm 766 ước tính',
      estimateRank766: 'Hạng theo điểm ước tính',
    },
    grade: {
      official: 'Xếp loại chính thức',
      estimate: 'Xếp loại ước tính',
    },
    month:
      'Điểm 766 (QĐ 766/QĐ-TTg) của {{month}}: điểm chính thức do Cổng Dịch vụ công quốc gia công bố; điểm ước tính do hệ thống tính từ hồ sơ, chỉ để tham khảo.',
    monthOfPeriod: 'Điểm 766 công bố theo tháng nên lấy theo tháng cuối của kỳ đã chọn.',
    none: 'chưa có',
    loading: 'đang tải',
    loadingNote: 'Đang tải điểm 766…',
    notLoaded: 'chưa tải được',
    failed: 'Không tải được điểm 766. Các cột khác vẫn dùng được.',
    estimateTag: 'ước tính',
    incompleteMark: '*',
    incomplete: 'Ước tính thiếu nhóm chỉ tiêu: {{groups}}. Tổng chỉ cộng các nhóm đã có.',
    incompleteUnknown: 'Ước tính thiếu một số nhóm chỉ tiêu. Tổng chỉ cộng các nhóm đã có.',
    footnote:
      '* Ước tính chưa đủ các nhóm chỉ tiêu: tổng điểm chỉ cộng các nhóm tính được từ dữ liệu đã có, nên có thể thấp hơn điểm thật.',
    incompleteColumn: 'Ghi chú ước tính',
    incompleteText: 'Thiếu nhóm chỉ tiêu',
    below: {
      official: 'Dưới {{points}} điểm (chính thức)',
      estimate: 'Dưới {{points}} điểm (ước tính)',
      hint: 'Tổng điểm 766 dưới {{points}}: chưa đạt loại Tốt',
      column: 'So với loại Tốt (QĐ 766)',
    },
    versions: {
      title: 'Điểm không so sánh được giữa các phiên bản bộ chỉ số',
      changed:
        'Bộ chỉ số 766 của {{month}} ({{current}}) khác tháng trước ({{previous}}): không so sánh điểm hai tháng với nhau.',
      mixed:
        'Điểm chính thức trong nhóm này thuộc nhiều phiên bản bộ chỉ số ({{versions}}): điểm của các phiên bản khác nhau không so sánh được.',
    },
    chart: {
      target: 'Loại Tốt: {{points}} điểm',
      withTarget: 'Vạch dọc: mức {{points}} điểm (loại Tốt).',
      estimate: 'Điểm ước tính, chưa phải điểm chính thức.',
    },
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
  shortColumns: {
    received: 'Received',
    resolved: 'Resolved',
    onTimeRate: 'On time (Biểu 06)',
    progressScore766: 'Progress (/20)',
    overdue: 'Overdue now',
    satisfactionRate: 'Satisfied',
    official766: 'Official 766',
    officialRank766: 'Rank (official)',
    estimate766: 'Estimated 766',
    estimateRank766: 'Rank (estimate)',
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
  index766: {
    rankBy: {
      official766: 'Official 766 score',
      estimate766: 'Estimated 766 score',
    },
    columns: {
      official766: 'Official 766 score',
      officialRank766: 'Rank by official score',
      estimate766: 'Estimated 766 score',
      estimateRank766: 'Rank by estimated score',
    },
    grade: {
      official: 'Official grade',
      estimate: 'Estimated grade',
    },
    month:
      '766 index (QĐ 766/QĐ-TTg) for {{month}}: official scores as published by the National Public Service Portal; estimated scores computed here from dossiers, for reference only.',
    monthOfPeriod: 'The 766 scores are monthly, so these are the last month of the chosen period.',
    none: 'none yet',
    loading: 'loading',
    loadingNote: 'Loading the 766 scores…',
    notLoaded: 'not loaded',
    failed: 'Could not load the 766 scores. The other columns still work.',
    estimateTag: 'estimate',
    incompleteMark: '*',
    incomplete: 'The estimate lacks groups: {{groups}}. Its total adds the known groups only.',
    incompleteUnknown: 'The estimate lacks some groups. Its total adds the known groups only.',
    footnote:
      '* Incomplete estimate: the total adds only the groups the data allows, so it may be lower than the real score.',
    incompleteColumn: 'Estimate note',
    incompleteText: 'Groups missing',
    below: {
      official: 'Under {{points}} points (official)',
      estimate: 'Under {{points}} points (estimate)',
      hint: '766 total under {{points}}: not yet rated Good',
      column: 'Against the Good grade (QĐ 766)',
    },
    versions: {
      title: 'Scores not comparable across index versions',
      changed:
        'The 766 index of {{month}} ({{current}}) differs from the previous month’s ({{previous}}): do not compare the two months’ scores.',
      mixed:
        'Official scores in this group come from several index versions ({{versions}}): scores of different versions are not comparable.',
    },
    chart: {
      target: 'Good: {{points}} points',
      withTarget: 'Vertical line: {{points}} points (Good).',
      estimate: 'Estimated scores, not official ones.',
    },
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
