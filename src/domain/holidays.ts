/**
 * Days off for cán bộ, công chức, viên chức as the Government announced them each year. This is
 * seed data for an admin-editable table: the calendar reads it, it is never hard-coded elsewhere.
 * Ranges list every day of the break, weekends included, so a row reads like the announcement.
 */
export interface HolidayYear {
  year: number;
  /** `yyyy-MM-dd` days off, on weekdays or weekends. */
  holidays: string[];
  /** `yyyy-MM-dd` weekend days swapped in as working days. */
  workingSaturdays: string[];
  note?: string;
}

/** Every `yyyy-MM-dd` from `first` to `last`, both included. */
function daysFromTo(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

export const DEFAULT_HOLIDAYS: HolidayYear[] = [
  {
    year: 2024,
    holidays: [
      '2024-01-01',
      ...daysFromTo('2024-02-08', '2024-02-14'),
      '2024-04-18',
      ...daysFromTo('2024-04-27', '2024-05-01'),
      ...daysFromTo('2024-08-31', '2024-09-03'),
    ],
    workingSaturdays: ['2024-05-04'],
    note:
      'Tết Dương lịch Mon 1/1. Tết Nguyên đán Thu 8/2–Wed 14/2 (7 days, PM approval Nov 2023 on the ' +
      'MOLISA proposal). Giỗ Tổ Thu 18/4. 30/4–1/5: Sat 27/4–Wed 1/5, Mon 29/4 swapped with Sat 4/5 ' +
      '(VPCP letter 2450/VPCP-KGVX, 12/4/2024). Quốc khánh Sat 31/8–Tue 3/9. All five confirmed by ' +
      'press reports of the official notices.',
  },
  {
    year: 2025,
    holidays: [
      '2025-01-01',
      ...daysFromTo('2025-01-25', '2025-02-02'),
      '2025-04-07',
      ...daysFromTo('2025-04-30', '2025-05-04'),
      ...daysFromTo('2025-08-30', '2025-09-02'),
    ],
    workingSaturdays: ['2025-04-26'],
    note:
      'Tết Dương lịch Wed 1/1 only (no swap). Tết Nguyên đán Sat 25/1–Sun 2/2. Giỗ Tổ Mon 7/4. ' +
      '30/4–1/5: Wed 30/4–Sun 4/5, Fri 2/5 swapped with Sat 26/4. Quốc khánh Sat 30/8–Tue 2/9 ' +
      '(Ministry of Home Affairs notice, Aug 2025). Tết, Giỗ Tổ, 30/4 and Quốc khánh are in the ' +
      'project reference; 1/1 from press reports.',
  },
  {
    year: 2026,
    holidays: [
      ...daysFromTo('2026-01-01', '2026-01-04'),
      ...daysFromTo('2026-02-14', '2026-02-22'),
      '2026-04-26',
      '2026-04-27',
      ...daysFromTo('2026-04-30', '2026-05-03'),
      ...daysFromTo('2026-08-29', '2026-09-02'),
    ],
    workingSaturdays: ['2026-01-10', '2026-08-22'],
    note:
      'Tết Dương lịch Thu 1/1–Sun 4/1, Fri 2/1 swapped with Sat 10/1 (VPCP letter 12729/VPCP-KGVX, ' +
      '25/12/2025). Tết Nguyên đán Sat 14/2–Sun 22/2 and Quốc khánh Sat 29/8–Wed 2/9 with Mon 31/8 ' +
      'swapped with Sat 22/8 (Ministry of Home Affairs notice 9441/TB-BNV, 16/10/2025). Giỗ Tổ falls ' +
      'on Sun 26/4, given back Mon 27/4 under the Labour Code (press reports; no separate notice ' +
      'seen). 30/4–1/5 fall Thu–Fri, no swap seen. UNSURE: Resolution 80-NQ/TW (Jan 2026) makes ' +
      '24/11 "Ngày Văn hóa Việt Nam" a paid day off, but it needs an amendment of Labour Code ' +
      'art. 112 that had not been passed when this table was written, so Tue 24/11/2026 is NOT ' +
      'listed: add it here once it is law.',
  },
];
