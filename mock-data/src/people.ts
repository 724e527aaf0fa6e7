import { pickWeighted, type Random } from './random.ts';

/** Fake applicant data: real exports carry these columns, and the ingest must drop them. */
export interface Applicant {
  name: string;
  idNumber: string;
  address: string;
  phone: string;
  email: string;
}

const SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 6],
  ['Huỳnh', 6],
  ['Võ', 5],
  ['Phan', 4],
  ['Trương', 2],
  ['Bùi', 2],
  ['Đặng', 2],
  ['Đỗ', 2],
  ['Ngô', 2],
  ['Hồ', 2],
  ['Dương', 1.5],
  ['Lý', 2],
  ['Lâm', 1.5],
  ['Châu', 1],
  ['Thạch', 1],
  ['Danh', 1],
  ['Tô', 0.5],
];
const MALE_MIDDLE = ['Văn', 'Minh', 'Hoàng', 'Quốc', 'Thanh', 'Hữu', 'Công', 'Đức', 'Văn', 'Văn'];
const FEMALE_MIDDLE = ['Thị', 'Ngọc', 'Thanh', 'Kim', 'Mỹ', 'Thu', 'Bích', 'Thị', 'Thị'];
const MALE_GIVEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Phúc',
  'Long',
  'Hải',
  'Tâm',
  'Thành',
  'Khoa',
  'Nam',
  'Hòa',
  'Tài',
];
const MORE_MALE_GIVEN = ['Lộc', 'Quang', 'Sang', 'Vinh', 'Trí', 'Nghĩa', 'Thắng', 'Phước', 'Toàn', 'Khánh'];
const FEMALE_GIVEN = ['Lan', 'Hoa', 'Hạnh', 'Thảo', 'Trang', 'Linh', 'Nhung', 'Hương', 'Mai', 'Diễm', 'Thủy'];
const MORE_FEMALE_GIVEN = ['Yến', 'Tuyết', 'Ngân', 'Vy', 'Như', 'Loan', 'Phượng', 'Trinh', 'Xuân', 'Hồng'];

const COMPANY_FORMS = [
  'Công ty TNHH',
  'Công ty TNHH MTV',
  'Công ty Cổ phần',
  'Doanh nghiệp tư nhân',
  'Hợp tác xã',
];
const COMPANY_NAMES = [
  'Thương mại Dịch vụ Mỹ Phát',
  'Xây dựng Hòa Bình An Giang',
  'Nông sản Thoại Sơn',
  'Thủy sản Hải Long',
  'Du lịch Phú Quốc Xanh',
  'Vận tải Long Xuyên',
  'Lương thực Châu Phú',
  'Dược phẩm Tây Nam',
  'Cơ khí Rạch Giá',
  'Vật liệu xây dựng Kiên Lương',
  'Nước mắm Hòn Sơn',
  'Điện Mặt Trời Tri Tôn',
  'Giống cây trồng Cửu Long',
  'Khách sạn Sao Biển',
];

const STREETS = [
  'Trần Hưng Đạo',
  'Nguyễn Trãi',
  'Lê Lợi',
  'Hai Bà Trưng',
  'Tôn Đức Thắng',
  'Nguyễn Huệ',
  'Hùng Vương',
  'Ung Văn Khiêm',
  'Trần Phú',
  '3 Tháng 2',
  '30 Tháng 4',
  'Nguyễn Trung Trực',
  'Mạc Cửu',
  'Lâm Quang Ky',
  'Phạm Ngũ Lão',
  'Tôn Thất Thuyết',
  'Lý Thường Kiệt',
];
const HAMLETS = [
  'ấp Mỹ Thạnh',
  'ấp Hòa Long',
  'khóm Đông Thịnh',
  'khóm Bình Khánh',
  'ấp Tân Hiệp',
  'ấp Phú Hòa',
  'khóm Châu Long',
  'ấp Vĩnh Lợi',
  'ấp Kênh Đào',
  'tổ 7, ấp An Bình',
  'khu phố 3',
];

const PHONE_PREFIXES = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
];
const MORE_PHONE_PREFIXES = [
  '038',
  '039',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
  '088',
];
const ALL_PHONE_PREFIXES = [...PHONE_PREFIXES, ...MORE_PHONE_PREFIXES];
const MAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'angiang.gov.vn', 'outlook.com'];
/** Birth-province part of the citizen id: An Giang, Kiên Giang, and a few neighbours. */
const ID_PROVINCES: readonly (readonly [string, number])[] = [
  ['089', 55],
  ['091', 35],
  ['079', 4],
  ['092', 3],
  ['087', 3],
];

function digits(random: Random, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(random.int(10));
  return out;
}

function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

function personName(random: Random): { name: string; female: boolean; surname: string; given: string } {
  const female = random.chance(0.52);
  const surname = pickWeighted(random, SURNAMES);
  const middle = random.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = random.chance(0.5)
    ? random.pick(female ? FEMALE_GIVEN : MALE_GIVEN)
    : random.pick(female ? MORE_FEMALE_GIVEN : MORE_MALE_GIVEN);
  return { name: `${surname} ${middle} ${given}`, female, surname, given };
}

function companyName(random: Random): string {
  const name = random.pick(COMPANY_NAMES);
  // Some registries print the trading name in quotes: a CSV field with inner quotes.
  return `${random.pick(COMPANY_FORMS)} ${random.chance(0.15) ? `"${name}"` : name}`;
}

function idNumber(random: Random, female: boolean): string {
  const born = 1945 + random.int(62);
  const centuryGender = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  return `${pickWeighted(random, ID_PROVINCES)}${centuryGender}${String(born % 100).padStart(2, '0')}${digits(random, 6)}`;
}

function address(random: Random, place: string): string {
  const house = random.chance(0.5)
    ? `Số ${1 + random.int(300)}`
    : `${1 + random.int(200)}/${1 + random.int(30)}`;
  const street = random.chance(0.6) ? `${house} ${random.pick(STREETS)}, ` : '';
  const hamlet = random.pick(HAMLETS);
  const province = random.chance(0.4) ? ', tỉnh An Giang' : '';
  const text = `${street}${hamlet}, ${place}${province}`;
  // A few addresses typed with a line break or a semicolon: fields the CSV writer must quote.
  if (random.chance(0.002)) return text.replace(', ', ',\n');
  if (random.chance(0.003)) return text.replace(', ', '; ');
  return text;
}

/** `place` is the ward/commune part of the address, e.g. "phường Long Xuyên". */
export function fakeApplicant(random: Random, place: string, business: boolean): Applicant {
  const person = personName(random);
  const isCompany = business && random.chance(0.6);
  const name = isCompany ? companyName(random) : person.name;
  const phone = random.chance(0.92) ? `${random.pick(ALL_PHONE_PREFIXES)}${digits(random, 7)}` : '';
  let email = '';
  if (random.chance(isCompany ? 0.8 : 0.3)) {
    const local = asciiFold(`${person.given}${person.surname}`).toLowerCase();
    email = `${local}${isCompany ? '.congty' : random.int(1000)}@${random.pick(MAIL_DOMAINS)}`;
  }
  return { name, idNumber: idNumber(random, person.female), address: address(random, place), phone, email };
}
