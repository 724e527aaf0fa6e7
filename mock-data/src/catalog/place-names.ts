/**
 * Commune-level names of new An Giang (merged with Kiên Giang on 1 July 2025). Plausible real
 * place names of both former provinces; the list is mock data, not the official resolution.
 * `district` is the number of the former district the commune lies in (used in unit codes).
 */
export interface PlaceSeed {
  name: string;
  district: number;
  /** Relative dossier volume: towns and busy wards receive far more. */
  size: number;
}

export const WARDS: readonly PlaceSeed[] = [
  { name: 'Long Xuyên', district: 31, size: 9 },
  { name: 'Bình Đức', district: 31, size: 5 },
  { name: 'Mỹ Thới', district: 31, size: 6 },
  { name: 'Châu Đốc', district: 32, size: 7 },
  { name: 'Vĩnh Tế', district: 32, size: 4 },
  { name: 'Tân Châu', district: 33, size: 4 },
  { name: 'Long Phú', district: 33, size: 2.5 },
  { name: 'Tịnh Biên', district: 34, size: 3 },
  { name: 'Thới Sơn', district: 34, size: 2 },
  { name: 'Chi Lăng', district: 34, size: 2 },
  { name: 'Rạch Giá', district: 42, size: 10 },
  { name: 'Vĩnh Thông', district: 42, size: 4 },
  { name: 'Hà Tiên', district: 43, size: 4 },
  { name: 'Tô Châu', district: 43, size: 2 },
];

export const SPECIAL_ZONES: readonly PlaceSeed[] = [
  { name: 'Phú Quốc', district: 44, size: 4 },
  { name: 'Kiên Hải', district: 55, size: 0.6 },
  { name: 'Thổ Châu', district: 44, size: 0.15 },
];

export const RURAL_COMMUNES: readonly PlaceSeed[] = [
  { name: 'An Phú', district: 35, size: 2 },
  { name: 'Vĩnh Hậu', district: 35, size: 1 },
  { name: 'Nhơn Hội', district: 35, size: 0.8 },
  { name: 'Khánh Bình', district: 35, size: 1.1 },
  { name: 'Phú Hữu', district: 35, size: 0.9 },
  { name: 'Tân An', district: 33, size: 1 },
  { name: 'Châu Phong', district: 33, size: 1.1 },
  { name: 'Vĩnh Xương', district: 33, size: 0.8 },
  { name: 'Phú Tân', district: 36, size: 2 },
  { name: 'Phú An', district: 36, size: 1 },
  { name: 'Bình Thạnh Đông', district: 36, size: 0.9 },
  { name: 'Chợ Vàm', district: 36, size: 1.3 },
  { name: 'Hòa Lạc', district: 36, size: 0.8 },
  { name: 'Phú Lâm', district: 36, size: 1 },
  { name: 'Châu Phú', district: 37, size: 1.8 },
  { name: 'Mỹ Đức', district: 37, size: 1 },
  { name: 'Vĩnh Thạnh Trung', district: 37, size: 1.1 },
  { name: 'Bình Mỹ', district: 37, size: 1 },
  { name: 'Thạnh Mỹ Tây', district: 37, size: 0.9 },
  { name: 'An Châu', district: 38, size: 1.8 },
  { name: 'Bình Hòa', district: 38, size: 1.4 },
  { name: 'Cần Đăng', district: 38, size: 1 },
  { name: 'Vĩnh Hanh', district: 38, size: 0.9 },
  { name: 'Vĩnh An', district: 38, size: 0.8 },
  { name: 'Chợ Mới', district: 39, size: 2.2 },
  { name: 'Cù Lao Giêng', district: 39, size: 1.2 },
  { name: 'Hội An', district: 39, size: 1 },
  { name: 'Long Điền', district: 39, size: 1.1 },
  { name: 'Nhơn Mỹ', district: 39, size: 1 },
  { name: 'Long Kiến', district: 39, size: 0.9 },
  { name: 'Mỹ Hòa Hưng', district: 31, size: 0.9 },
  { name: 'Thoại Sơn', district: 40, size: 2 },
  { name: 'Óc Eo', district: 40, size: 1.1 },
  { name: 'Định Mỹ', district: 40, size: 0.8 },
  { name: 'Phú Hòa', district: 40, size: 1 },
  { name: 'Vĩnh Trạch', district: 40, size: 0.9 },
  { name: 'Tây Phú', district: 40, size: 0.8 },
  { name: 'Tri Tôn', district: 41, size: 1.6 },
  { name: 'Ba Chúc', district: 41, size: 1 },
  { name: 'Ô Lâm', district: 41, size: 0.7 },
  { name: 'Cô Tô', district: 41, size: 0.8 },
  { name: 'Vĩnh Gia', district: 41, size: 0.6 },
  { name: 'An Cư', district: 34, size: 0.8 },
  { name: 'Núi Cấm', district: 34, size: 0.7 },
  { name: 'Kiên Lương', district: 45, size: 1.6 },
  { name: 'Hòa Điền', district: 45, size: 0.8 },
  { name: 'Sơn Hải', district: 45, size: 0.6 },
  { name: 'Hòn Nghệ', district: 45, size: 0.3 },
  { name: 'Giang Thành', district: 46, size: 0.8 },
  { name: 'Vĩnh Điều', district: 46, size: 0.6 },
  { name: 'Hòn Đất', district: 47, size: 1.6 },
  { name: 'Sơn Kiên', district: 47, size: 0.9 },
  { name: 'Mỹ Thuận', district: 47, size: 0.9 },
  { name: 'Bình Sơn', district: 47, size: 0.8 },
  { name: 'Bình Giang', district: 47, size: 0.8 },
  { name: 'Tân Hiệp', district: 48, size: 1.5 },
  { name: 'Tân Hội', district: 48, size: 0.9 },
  { name: 'Thạnh Đông', district: 48, size: 0.9 },
  { name: 'Thạnh Lộc', district: 49, size: 0.9 },
  { name: 'Châu Thành', district: 49, size: 1.6 },
  { name: 'Bình An', district: 49, size: 1 },
  { name: 'Giồng Riềng', district: 50, size: 1.5 },
  { name: 'Thạnh Hưng', district: 50, size: 0.9 },
  { name: 'Long Thạnh', district: 50, size: 0.9 },
  { name: 'Hòa Hưng', district: 50, size: 0.8 },
  { name: 'Ngọc Chúc', district: 50, size: 0.8 },
  { name: 'Hòa Thuận', district: 50, size: 0.7 },
  { name: 'Gò Quao', district: 51, size: 1.3 },
  { name: 'Định Hòa', district: 51, size: 0.8 },
  { name: 'Vĩnh Hòa Hưng', district: 51, size: 0.8 },
  { name: 'Vĩnh Tuy', district: 51, size: 0.7 },
  { name: 'An Biên', district: 52, size: 1.3 },
  { name: 'Tây Yên', district: 52, size: 0.8 },
  { name: 'Đông Thái', district: 52, size: 0.8 },
  { name: 'An Minh', district: 53, size: 1.2 },
  { name: 'Đông Hòa', district: 53, size: 0.8 },
  { name: 'Tân Thạnh', district: 53, size: 0.7 },
  { name: 'Đông Hưng', district: 53, size: 0.7 },
  { name: 'Vân Khánh', district: 53, size: 0.6 },
  { name: 'U Minh Thượng', district: 54, size: 0.9 },
  { name: 'Vĩnh Hòa', district: 54, size: 0.7 },
  { name: 'Vĩnh Thuận', district: 56, size: 1 },
  { name: 'Vĩnh Phong', district: 56, size: 0.6 },
  { name: 'Mỹ Lâm', district: 47, size: 0.6 },
  { name: 'Thủy Liễu', district: 51, size: 0.5 },
];

/** Commune-level units of 2024 – June 2025 that the reform merged away, with their successor ward/commune. */
export const RETIRED_COMMUNES: readonly (PlaceSeed & {
  kind: 'phường' | 'thị trấn' | 'xã';
  successor: string;
})[] = [
  { name: 'Núi Sam', kind: 'phường', district: 32, size: 2, successor: 'UBND phường Vĩnh Tế' },
  { name: 'Mỹ Bình', kind: 'phường', district: 31, size: 2.5, successor: 'UBND phường Long Xuyên' },
  { name: 'Mỹ Long', kind: 'phường', district: 31, size: 2, successor: 'UBND phường Long Xuyên' },
  { name: 'Mỹ Khánh', kind: 'xã', district: 31, size: 0.8, successor: 'UBND phường Mỹ Thới' },
  { name: 'Vĩnh Mỹ', kind: 'phường', district: 32, size: 1.5, successor: 'UBND phường Châu Đốc' },
  { name: 'Vĩnh Thanh Vân', kind: 'phường', district: 42, size: 2, successor: 'UBND phường Rạch Giá' },
  { name: 'An Hòa', kind: 'phường', district: 42, size: 1.5, successor: 'UBND phường Rạch Giá' },
  { name: 'Dương Đông', kind: 'thị trấn', district: 44, size: 3, successor: 'UBND đặc khu Phú Quốc' },
  { name: 'An Thới', kind: 'thị trấn', district: 44, size: 1.5, successor: 'UBND đặc khu Phú Quốc' },
  { name: 'Núi Sập', kind: 'thị trấn', district: 40, size: 1.2, successor: 'UBND xã Thoại Sơn' },
  { name: 'Cái Dầu', kind: 'thị trấn', district: 37, size: 1.2, successor: 'UBND xã Châu Phú' },
  { name: 'Minh Lương', kind: 'thị trấn', district: 49, size: 1.1, successor: 'UBND xã Châu Thành' },
];

/** District-level units before 1 July 2025, with the commune that took over most of their work. */
export const RETIRED_DISTRICTS: readonly {
  label: string;
  district: number;
  size: number;
  successor: string;
}[] = [
  { label: 'thành phố Long Xuyên', district: 31, size: 6, successor: 'UBND phường Long Xuyên' },
  { label: 'thành phố Châu Đốc', district: 32, size: 4, successor: 'UBND phường Châu Đốc' },
  { label: 'thị xã Tân Châu', district: 33, size: 3, successor: 'UBND phường Tân Châu' },
  { label: 'thị xã Tịnh Biên', district: 34, size: 2.5, successor: 'UBND phường Tịnh Biên' },
  { label: 'huyện An Phú', district: 35, size: 2.5, successor: 'UBND xã An Phú' },
  { label: 'huyện Phú Tân', district: 36, size: 3, successor: 'UBND xã Phú Tân' },
  { label: 'huyện Châu Phú', district: 37, size: 3, successor: 'UBND xã Châu Phú' },
  { label: 'huyện Châu Thành', district: 38, size: 3, successor: 'UBND xã An Châu' },
  { label: 'huyện Chợ Mới', district: 39, size: 3.5, successor: 'UBND xã Chợ Mới' },
  { label: 'huyện Thoại Sơn', district: 40, size: 3, successor: 'UBND xã Thoại Sơn' },
  { label: 'huyện Tri Tôn', district: 41, size: 2.5, successor: 'UBND xã Tri Tôn' },
  { label: 'thành phố Rạch Giá', district: 42, size: 6, successor: 'UBND phường Rạch Giá' },
  { label: 'thành phố Hà Tiên', district: 43, size: 2, successor: 'UBND phường Hà Tiên' },
  { label: 'thành phố Phú Quốc', district: 44, size: 5, successor: 'UBND đặc khu Phú Quốc' },
  { label: 'huyện Kiên Lương', district: 45, size: 2, successor: 'UBND xã Kiên Lương' },
  { label: 'huyện Giang Thành', district: 46, size: 1, successor: 'UBND xã Giang Thành' },
  { label: 'huyện Hòn Đất', district: 47, size: 3, successor: 'UBND xã Hòn Đất' },
  { label: 'huyện Tân Hiệp', district: 48, size: 2.5, successor: 'UBND xã Tân Hiệp' },
  { label: 'huyện Giồng Riềng', district: 50, size: 3, successor: 'UBND xã Giồng Riềng' },
  { label: 'huyện Gò Quao', district: 51, size: 2, successor: 'UBND xã Gò Quao' },
  { label: 'huyện An Biên', district: 52, size: 2, successor: 'UBND xã An Biên' },
  { label: 'huyện An Minh', district: 53, size: 2, successor: 'UBND xã An Minh' },
  { label: 'huyện U Minh Thượng', district: 54, size: 1.2, successor: 'UBND xã U Minh Thượng' },
  { label: 'huyện Vĩnh Thuận', district: 56, size: 1.2, successor: 'UBND xã Vĩnh Thuận' },
  { label: 'huyện Kiên Hải', district: 55, size: 0.5, successor: 'UBND đặc khu Kiên Hải' },
];
