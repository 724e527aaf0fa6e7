import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar.ts';
import { deadlineDistance, listDossiers, selectDossiers } from '../../src/domain/lists.ts';
import { totalMetrics } from '../../src/domain/metrics.ts';
import { dayRangePeriod } from '../../src/domain/period.ts';
import { buildTable } from '../../src/domain/table.ts';
import { endOfDay, wallTime } from '../../src/domain/time.ts';
import { dossier } from '../support/dossiers.ts';

const calendar = createCalendar();
// As of the end of Tuesday 18/03/2025.
const period = dayRangePeriod(wallTime(2025, 3, 1), wallTime(2025, 3, 18));
const table = buildTable([
  dossier({
    code: 'late-fri',
    status: 'pending',
    receivedAt: wallTime(2025, 3, 3),
    dueAt: endOfDay(wallTime(2025, 3, 14)),
  }),
  dossier({
    code: 'late-mon',
    status: 'pending',
    receivedAt: wallTime(2025, 3, 3),
    dueAt: endOfDay(wallTime(2025, 3, 10)),
    hasApology: true,
  }),
  dossier({
    code: 'due-wed',
    status: 'pending',
    receivedAt: wallTime(2025, 3, 3),
    dueAt: endOfDay(wallTime(2025, 3, 19)),
  }),
  dossier({
    code: 'due-thu',
    status: 'pending',
    receivedAt: wallTime(2025, 3, 3),
    dueAt: endOfDay(wallTime(2025, 3, 20)),
  }),
  dossier({
    code: 'due-mon',
    status: 'pending',
    receivedAt: wallTime(2025, 3, 3),
    dueAt: endOfDay(wallTime(2025, 3, 24)),
  }),
  dossier({
    code: 'paused',
    status: 'paused',
    receivedAt: wallTime(2025, 3, 3),
    dueAt: endOfDay(wallTime(2025, 3, 5)),
  }),
  dossier({
    code: 'resolved-late',
    receivedAt: wallTime(2025, 3, 3),
    dueAt: endOfDay(wallTime(2025, 3, 6)),
    finishedAt: wallTime(2025, 3, 11, 9),
  }),
]);
const codes = (slots: Int32Array) => [...slots].map((i) => table.codes.get(i));

describe('dossier lists', () => {
  it('lists overdue dossiers, most overdue first, with working days overdue', () => {
    const slots = selectDossiers(table, { kind: 'overdue', period }, calendar);
    expect(codes(slots)).toEqual(['late-mon', 'late-fri']);
    const listed = listDossiers(table, slots, period, calendar);
    // Due Mon 10/3 → Tue 18/3: 11, 12, 13, 14, 17, 18 = 6 working days; due Fri 14/3: 17, 18 = 2.
    expect(listed.map((d) => d.daysOverdue)).toEqual([6, 2]);
    expect(slots.length).toBe(totalMetrics(table, period).overdue);
  });

  it('lists pending dossiers due within the next N working days (paused ones never)', () => {
    expect(
      codes(selectDossiers(table, { kind: 'dueSoon', period, dueWithinWorkingDays: 2 }, calendar)),
    ).toEqual(['due-wed', 'due-thu']);
    expect(
      codes(selectDossiers(table, { kind: 'dueSoon', period, dueWithinWorkingDays: 4 }, calendar)),
    ).toEqual(['due-wed', 'due-thu', 'due-mon']);
  });

  it('lists late-resolved, paused and overdue-without-apology dossiers', () => {
    expect(codes(selectDossiers(table, { kind: 'lateResolved', period }, calendar))).toEqual([
      'resolved-late',
    ]);
    expect(codes(selectDossiers(table, { kind: 'lateWithoutApology', period }, calendar))).toEqual([
      'resolved-late',
    ]);
    expect(codes(selectDossiers(table, { kind: 'paused', period }, calendar))).toEqual(['paused']);
    expect(codes(selectDossiers(table, { kind: 'overdueWithoutApology', period }, calendar))).toEqual([
      'late-fri',
    ]);
  });

  it('measures a late resolution up to its finish, not to today', () => {
    const d = {
      dueAt: endOfDay(wallTime(2025, 3, 6)),
      finishedAt: wallTime(2025, 3, 11, 9),
      status: 'finished' as const,
    };
    // Thu 6/3 → Tue 11/3: 7, 10, 11 = 3 working days.
    expect(deadlineDistance(d, period.to, calendar)).toEqual({ daysOverdue: 3, workingDaysLeft: null });
  });
});
