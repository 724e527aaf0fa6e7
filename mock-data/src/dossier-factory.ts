import type { WorkCalendar } from '../../src/domain/calendar.ts';
import { dayOf, startOfDay, type WallTime } from '../../src/domain/time.ts';
import { type Era, eraOf } from './catalog/eras.ts';
import type { MockProcedure } from './catalog/procedures.ts';
import { SERVICE_CENTRE } from './catalog/units.ts';
import { misspellUnitName } from './messy.ts';
import { fakeApplicant } from './people.ts';
import { buildEraModel, type EraModel, type UnitModel } from './population.ts';
import { pickWeighted, type Random } from './random.ts';
import {
  CLOSING_SECONDS,
  officeSecondsBetween,
  officeTimeBetween,
  secondsIntoDay,
  yyMMdd,
} from './schedule.ts';
import {
  CHANNEL_CODE,
  CHANNEL_TEXT,
  type DossierState,
  pickRating,
  STATUS_BY_STATE,
  statusText,
} from './statuses.ts';
import type { MockChannel, MockDossier, MockDossierRow, PrintedDossier, Timeliness } from './types.ts';

export interface FactorySettings {
  random: Random;
  calendar: WorkCalendar;
  /** First instant after the export's as-of day: statuses are as they stood just before it. */
  asOfEnd: WallTime;
  lateShare: number;
  messyShare: number;
  syncCodes: boolean;
}

/** What becomes of a dossier, drawn before its dates. */
type Fate = 'ordinary' | 'withdrawn' | 'stuck' | 'excluded';
const FATES: readonly (readonly [Fate, number])[] = [
  ['ordinary', 0.9875],
  ['withdrawn', 0.004],
  ['stuck', 0.0025],
  ['excluded', 0.006],
];
const UNKNOWN_STATUS_SHARE = 0.001;
const RATED_SHARE = 0.4;
const APOLOGY_SHARE = 0.8;
const PAUSED_SHARE_OF_PENDING = 0.15;
/** Office seconds needed before the due time for a finish on the due day itself. */
const MIN_DUE_DAY_WINDOW = 3600;

const ONLINE_SHARE_START = { t: Date.UTC(2024, 0, 1), share: 0.3 };
const ONLINE_SHARE_END = { t: Date.UTC(2026, 11, 31), share: 0.6 };
/** Sectors that go online far more (or less) than the average. */
const ONLINE_SHIFT: Readonly<Record<string, number>> = {
  Thuế: 0.3,
  'Bảo hiểm': 0.25,
  'Đăng ký kinh doanh': 0.3,
  'Đầu tư': 0.15,
  'Lý lịch tư pháp': 0.1,
  'Cư trú': 0.15,
  'Kho bạc': 0.3,
  'Chứng thực': -0.15,
  'Đất đai': -0.1,
  'Giải quyết khiếu nại': -0.2,
  'Giải quyết tố cáo': -0.2,
};
const POSTAL_SHARE: Readonly<Record<string, number>> = { 'Lý lịch tư pháp': 0.08, 'Đất đai': 0.04 };
const BUSINESS_SECTORS = new Set([
  'Đăng ký kinh doanh',
  'Đầu tư',
  'Thương mại',
  'Điện',
  'Quản lý công sản',
  'Kho bạc',
  'Dược',
  'An toàn thực phẩm',
  'Du lịch',
  'Giao thông vận tải',
  'Nhà ở',
  'Khoáng sản',
  'Môi trường',
]);

/** Builds one dossier row at a time; holds the per-era unit pickers and the per-day code sequences. */
export class DossierFactory {
  private readonly eras = new Map<Era, EraModel>();
  private sequenceDay = -1;
  private readonly sequences = new Map<string, number>();

  constructor(private readonly s: FactorySettings) {}

  build(receivedAt: WallTime, rowNumber: number, ordinaryOnly: boolean): MockDossierRow {
    const { random } = this.s;
    const era = this.eraModel(eraOf(receivedAt));
    const unitModel = era.units.pick(random);
    const procedure = unitModel.procedures.pick(random);
    const channel = this.pickChannel(receivedAt, procedure.sector);
    const fate = ordinaryOnly ? 'ordinary' : pickWeighted(random, FATES);
    const dossier: MockDossier = {
      code: this.nextCode(unitModel, receivedAt),
      unitKey: unitModel.unit.key,
      unit: unitModel.unit.name,
      unitGroup: unitModel.unit.group,
      receivingUnit: this.receivingUnit(unitModel, era, channel),
      procedureCode: procedure.code,
      procedure: procedure.name,
      sector: procedure.sector,
      deadlineDays: procedure.days,
      channel,
      statusCode: null,
      statusBucket: 'unknown',
      receivedAt,
      dueAt: null,
      finishedAt: null,
      returnedAt: null,
      rating: null,
      ratingScale: unitModel.unit.ratingScale,
      apologyAt: null,
      newDueAt: null,
      timeliness: 'excluded',
      applicant: fakeApplicant(
        random,
        placeOf(unitModel, era, random),
        BUSINESS_SECTORS.has(procedure.sector),
      ),
    };
    let state: DossierState;
    let ratingText = '';
    if (fate === 'excluded') {
      state = excludedState(channel, random);
    } else {
      state = this.livedState(dossier, procedure, unitModel, fate);
      if (state === 'returned' && random.chance(RATED_SHARE)) {
        const rated = pickRating(random, dossier.ratingScale, dossier.timeliness === 'late');
        dossier.rating = rated.rating;
        ratingText = rated.text;
      }
      if (random.chance(UNKNOWN_STATUS_SHARE)) state = 'unknown';
    }
    dossier.statusCode = STATUS_BY_STATE[state].code;
    dossier.statusBucket = STATUS_BY_STATE[state].bucket;
    return this.printed(rowNumber, dossier, statusText(state, random), ratingText);
  }

  private eraModel(era: Era): EraModel {
    let model = this.eras.get(era);
    if (model === undefined) {
      model = buildEraModel(era, this.s.lateShare);
      this.eras.set(era, model);
    }
    return model;
  }

  /** Sets the dates of a dossier that was accepted, and returns where it stands at as-of. */
  private livedState(
    dossier: MockDossier,
    procedure: MockProcedure,
    unit: UnitModel,
    fate: Fate,
  ): DossierState {
    const { random, calendar, asOfEnd } = this.s;
    const receivedAt = dossier.receivedAt;
    const dueAt = calendar.addWorkingDays(receivedAt, procedure.days);
    dossier.dueAt = dueAt;
    const late = random.chance(unit.lateShare);
    const plannedFinish = late
      ? this.lateFinish(dueAt)
      : this.timelyFinish(receivedAt, dueAt, procedure.days);
    if (fate === 'stuck' || plannedFinish >= asOfEnd) {
      const paused = random.chance(fate === 'stuck' ? 0.5 : PAUSED_SHARE_OF_PENDING);
      dossier.timeliness = paused ? 'paused' : dueAt < asOfEnd ? 'overdue' : 'withinDeadline';
      if (dossier.timeliness === 'overdue') this.maybeApologise(dossier, procedure, null);
      if (paused) return pickWeighted(random, PAUSED_STATES);
      return dayOf(receivedAt) === dayOf(asOfEnd - 1) || random.chance(0.05) ? 'just-received' : 'processing';
    }
    dossier.finishedAt = plannedFinish;
    dossier.timeliness = timelinessOf(plannedFinish, dueAt);
    if (dossier.timeliness === 'late') this.maybeApologise(dossier, procedure, plannedFinish);
    if (fate === 'withdrawn') return 'withdrawn';
    const returnedAt = this.returnTime(plannedFinish, dossier.channel);
    if (returnedAt >= asOfEnd) return 'resolved';
    dossier.returnedAt = returnedAt;
    return 'returned';
  }

  /** Mostly well before the deadline; one-day procedures often on the day of receipt. */
  private timelyFinish(receivedAt: WallTime, dueAt: WallTime, days: number): WallTime {
    const { random, calendar } = this.s;
    const receivedSeconds = secondsIntoDay(receivedAt);
    let k: number;
    if (days === 1) k = random.chance(0.3) ? 0 : 1;
    else if (random.chance(0.02)) k = 0;
    else k = Math.min(days, 1 + Math.floor(random.next() ** 1.3 * days));
    for (; k >= 0; k--) {
      const min = k === 0 ? receivedSeconds + 600 : 0;
      const max = k === days ? secondsIntoDay(dueAt) : 86_399;
      // Finishing on the due day only in the minutes before the due time would be odd.
      if (k === days && k > 0 && officeSecondsBetween(min, max) < MIN_DUE_DAY_WINDOW) continue;
      const t = officeTimeBetween(calendar.addWorkingDays(receivedAt, k), random, min, max);
      if (t !== null) return t;
    }
    // Received at closing time with a one-day deadline: done early the next morning, still on time.
    return dueAt - 60_000;
  }

  private lateFinish(dueAt: WallTime): WallTime {
    const { random, calendar } = this.s;
    const lateDays = pickWeighted(random, LATE_DAYS);
    if (lateDays === 0) {
      const sameDay = officeTimeBetween(dueAt, random, secondsIntoDay(dueAt) + 60);
      if (sameDay !== null) return sameDay;
    }
    const day = calendar.addWorkingDays(dueAt, Math.max(1, lateDays));
    return officeTimeBetween(day, random) ?? day;
  }

  private returnTime(finishedAt: WallTime, channel: MockChannel): WallTime {
    const { random, calendar } = this.s;
    const sameDayShare = channel === 'online' ? 0.7 : channel === 'direct' ? 0.35 : 0;
    if (random.chance(sameDayShare)) {
      const minutes = channel === 'online' ? 1 + random.int(60) : 5 + random.int(120);
      return finishedAt + minutes * 60_000 + random.int(60) * 1000;
    }
    const day = calendar.addWorkingDays(finishedAt, 1 + random.int(channel === 'postal' ? 4 : 5));
    return officeTimeBetween(day, random) ?? day;
  }

  /** The apology letter goes out the working day before the deadline, with a new appointment. */
  private maybeApologise(dossier: MockDossier, procedure: MockProcedure, finishedAt: WallTime | null): void {
    const { random, calendar } = this.s;
    if (dossier.dueAt === null || !random.chance(APOLOGY_SHARE)) return;
    const day = calendar.addWorkingDays(dossier.receivedAt, procedure.days - 1);
    const after = procedure.days === 1 ? secondsIntoDay(dossier.receivedAt) + 60 : 0;
    dossier.apologyAt = officeTimeBetween(day, random, after) ?? dossier.receivedAt + 60_000;
    const extraDays =
      finishedAt === null
        ? 3 + random.int(10)
        : Math.max(1, calendar.workingDaysBetween(dossier.dueAt, finishedAt)) + random.int(3);
    dossier.newDueAt = startOfDay(calendar.addWorkingDays(dossier.dueAt, extraDays)) + CLOSING_SECONDS * 1000;
  }

  private pickChannel(receivedAt: WallTime, sector: string): MockChannel {
    const { random } = this.s;
    const progress = Math.min(
      1,
      Math.max(0, (receivedAt - ONLINE_SHARE_START.t) / (ONLINE_SHARE_END.t - ONLINE_SHARE_START.t)),
    );
    const base = ONLINE_SHARE_START.share + progress * (ONLINE_SHARE_END.share - ONLINE_SHARE_START.share);
    const online = Math.min(0.95, Math.max(0.02, base + (ONLINE_SHIFT[sector] ?? 0)));
    const u = random.next();
    if (u < online) return 'online';
    return u < online + (POSTAL_SHARE[sector] ?? 0.03) ? 'postal' : 'direct';
  }

  /** Since 2025 a dossier may be handed in anywhere ("phi địa giới"); the provincial centre takes most. */
  private receivingUnit(unit: UnitModel, era: EraModel, channel: MockChannel): string {
    const { random } = this.s;
    if (channel === 'online') return unit.unit.name;
    if (unit.unit.group === 'department' || unit.unit.group === 'vertical') {
      return random.chance(unit.unit.group === 'department' ? 0.75 : 0.3)
        ? SERVICE_CENTRE.name
        : unit.unit.name;
    }
    if (era.era === 2 && unit.unit.group === 'commune' && channel === 'direct' && random.chance(0.06)) {
      return random.pick(era.communes).name;
    }
    return unit.unit.name;
  }

  private nextCode(unit: UnitModel, receivedAt: WallTime): string {
    const day = dayOf(receivedAt);
    if (day !== this.sequenceDay) {
      this.sequenceDay = day;
      this.sequences.clear();
    }
    const n = (this.sequences.get(unit.unit.codePrefix) ?? 0) + 1;
    this.sequences.set(unit.unit.codePrefix, n);
    return `${unit.unit.codePrefix}-${yyMMdd(receivedAt)}-${String(n).padStart(4, '0')}`;
  }

  private printed(rowNumber: number, d: MockDossier, status: string, rating: string): MockDossierRow {
    const { random, messyShare, syncCodes } = this.s;
    const misspellings: MockDossierRow['misspellings'] = [];
    const spell = (name: string): string => {
      if (!random.chance(messyShare)) return name;
      const messy = misspellUnitName(name, random);
      misspellings.push(messy.kind);
      return messy.text;
    };
    const printed: PrintedDossier = {
      code: d.code,
      procedureCode: d.procedureCode,
      procedure: d.procedure,
      sector: d.sector,
      unit: spell(d.unit),
      receivingUnit: spell(d.receivingUnit),
      channel: syncCodes ? CHANNEL_CODE[d.channel] : CHANNEL_TEXT[d.channel],
      applicantName: d.applicant.name,
      idNumber: d.applicant.idNumber,
      address: d.applicant.address,
      phone: d.applicant.phone,
      email: d.applicant.email,
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      finishedAt: d.finishedAt,
      returnedAt: d.returnedAt,
      status: syncCodes && d.statusCode !== null ? String(d.statusCode) : status,
      rating,
      apologyAt: d.apologyAt,
      newDueAt: d.newDueAt,
    };
    return { rowNumber, printed, truth: d, flaw: null, misspellings };
  }
}

const PAUSED_STATES: readonly (readonly [DossierState, number])[] = [
  ['awaiting-supplement', 7],
  ['awaiting-payment', 2],
  ['stopped', 1],
];

/** Working days past the deadline for late finishes; 0 means later on the due day itself. */
const LATE_DAYS: readonly (readonly [number, number])[] = [
  [0, 15],
  [1, 35],
  [2, 20],
  [3, 8],
  [4, 6],
  [5, 6],
  [8, 5],
  [15, 5],
];

/** Online dossiers never accepted stay "Mới đăng ký"; at the desk they are refused; some are cancelled. */
function excludedState(channel: MockChannel, random: Random): DossierState {
  if (random.chance(channel === 'online' ? 0.3 : 0.2)) return 'cancelled';
  return channel === 'online' ? 'registered' : 'refused';
}

/** Reference §3: early when finished on an earlier calendar day than the deadline's. */
export function timelinessOf(finishedAt: WallTime, dueAt: WallTime): Timeliness {
  if (finishedAt > dueAt) return 'late';
  return dayOf(finishedAt) < dayOf(dueAt) ? 'early' : 'onTime';
}

/** The ward or commune part of the applicant's address. */
function placeOf(unit: UnitModel, era: EraModel, random: Random): string {
  const own = unit.unit.group === 'commune' || unit.unit.group === 'district';
  const name = own ? unit.unit.name : random.pick(era.communes).name;
  return name.replace(/^UBND /, '');
}
