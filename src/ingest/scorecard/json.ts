import {
  INDEX_766_PORTAL_2025,
  type IndexVersion,
  indexVersionById,
  indexVersionFor,
} from '../../domain/index766.ts';
import type { Scorecard } from '../../domain/scorecard.ts';
import { buildScorecard, hasErrors, validateScorecard } from '../../domain/scorecard-validate.ts';
import { placeProblem, readProblem, type ScorecardRowProblem } from './problems.ts';
import type { ScorecardFileResult, ScorecardReadContext } from './table.ts';
import { periodFromFileName } from './title.ts';

/**
 * The national portal's evaluation API responses as saved by third-party crawlers
 * (real-data/qd766/raw):
 * - `ranking-analyze`: 766-Analyze's re-shaped ranking, `{ year, date, provinces: [{ departmentCode,
 *   departmentName, totalScore, scores: {CKMB…}, rank }] }`;
 * - `service-results`: the API envelope `{ code: 'OK', data: { evaluation: [{ departmentCode,
 *   departmentName, totalScore, groupScores?: {CKMB…}, childGroup? }] } }` (provinces carry
 *   groupScores, a province's units only their total);
 * - `progress-tree`: `dvc-progress-tree`, `{ data: { parent: {…, totalScore}, children: [{…, score}] } }`,
 *   the TDGQ group alone (the other groups are null: a partial scorecard).
 */
export type ScorecardJsonShape = 'ranking-analyze' | 'service-results' | 'progress-tree';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function detectJsonShape(value: unknown): ScorecardJsonShape | null {
  if (!isObject(value)) return null;
  if (Array.isArray(value.provinces) && value.provinces.every((p) => isObject(p) && isObject(p.scores)))
    return 'ranking-analyze';
  const data = value.data;
  if (!isObject(data)) return null;
  if (Array.isArray(data.evaluation)) return 'service-results';
  if (isObject(data.parent) && Array.isArray(data.children)) return 'progress-tree';
  return null;
}

interface Entry {
  code: string | null;
  name: string;
  groups: Record<string, number | null>;
  total: number | null;
  rank: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().normalize('NFC') : null;

function groupsOf(scores: unknown, version: IndexVersion): Record<string, number | null> {
  const groups: Record<string, number | null> = {};
  if (!isObject(scores)) return groups;
  for (const g of version.groups) groups[g.code] = num(scores[g.code]);
  for (const [code, v] of Object.entries(scores)) if (!(code in groups)) groups[code] = num(v);
  return groups;
}

/**
 * Scorecards from a parsed portal response. The period comes from ctx, else the file name
 * (`…_month_2026_3.json`, `…_year_2026_…`), else the content (766-Analyze's `year`); the capture
 * date likewise (ctx, the content's `date`, the `ddMMyyyy` in the file name). These responses are
 * always in the portal's layout; a period that falls under another version is reported. Rows with
 * errors are reported and left out.
 */
export function scorecardsFromJson(value: unknown, ctx: ScorecardReadContext): ScorecardFileResult {
  const file = ctx.file;
  const problems: ScorecardRowProblem[] = [];
  const empty: ScorecardFileResult = {
    scorecards: [],
    problems,
    period: null,
    versionId: null,
    asOf: null,
    rowsRead: 0,
    accepted: 0,
    rejected: 0,
  };
  const shape = detectJsonShape(value);
  if (!shape || !isObject(value)) {
    problems.push(
      readProblem(
        'unreadable_file',
        { file, row: null },
        'Tệp JSON không phải dạng bảng điểm của Cổng DVC quốc gia (xếp hạng hoặc tiến độ giải quyết)',
      ),
    );
    return empty;
  }
  const fromName = periodFromFileName(file ?? '');
  const year = num(value.year);
  const period = ctx.period ?? fromName.period ?? (year !== null ? String(year) : null);
  const asOf = ctx.asOf ?? str(value.date) ?? str(value.updatedAt)?.slice(0, 10) ?? fromName.asOf ?? null;
  if (period === null) {
    problems.push(
      readProblem('no_period', { file, row: null }, 'Không xác định được kỳ đánh giá: hãy chọn kỳ'),
    );
    return { ...empty, asOf };
  }
  const explicit = ctx.versionId ? indexVersionById(ctx.versionId) : null;
  const version = explicit ?? INDEX_766_PORTAL_2025;
  const byPeriod = indexVersionFor(period);
  if (!explicit && byPeriod && byPeriod.id !== version.id) {
    problems.push(
      readProblem(
        'version_mismatch',
        { file, row: null, value: period },
        `Dữ liệu Cổng DVC theo "${version.labelVi}" nhưng kỳ ${period} thuộc "${byPeriod.labelVi}"`,
      ),
    );
  }

  const entries = entriesOf(shape, value, version);
  const scorecards: Scorecard[] = [];
  let rejected = 0;
  entries.forEach((e, index) => {
    const row = index + 1;
    if (e.total === null && !Object.values(e.groups).some((v) => v !== null)) {
      problems.push(readProblem('missing_total', { file, row, value: e.name }, 'Thiếu tổng điểm'));
      rejected++;
      return;
    }
    const card = buildScorecard({
      source: 'official',
      version,
      period,
      unitCode: e.code,
      unitName: e.name,
      groups: e.groups,
      total: e.total,
      rank: e.rank,
      asOf,
    });
    // A progress tree is partial by nature: its missing groups are not worth a warning per row.
    const found = validateScorecard(card).filter(
      (p) => !(shape === 'progress-tree' && p.code === 'partial_groups'),
    );
    for (const p of found) problems.push(placeProblem(p, file, row, (field) => field));
    if (hasErrors(found)) rejected++;
    else scorecards.push(card);
  });
  return {
    scorecards,
    problems,
    period,
    versionId: version.id,
    asOf,
    rowsRead: entries.length,
    accepted: scorecards.length,
    rejected,
  };
}

function entriesOf(shape: ScorecardJsonShape, value: Json, version: IndexVersion): Entry[] {
  const data = isObject(value.data) ? value.data : {};
  switch (shape) {
    case 'ranking-analyze':
      return (value.provinces as Json[]).map((p) => ({
        code: str(p.departmentCode),
        name: str(p.departmentName) ?? '',
        groups: groupsOf(p.scores, version),
        total: num(p.totalScore),
        rank: num(p.rank),
      }));
    case 'service-results':
      return (data.evaluation as unknown[]).filter(isObject).map((p) => ({
        code: str(p.departmentCode),
        name: str(p.departmentName) ?? '',
        groups: groupsOf(p.groupScores, version),
        total: num(p.totalScore),
        rank: null,
      }));
    case 'progress-tree': {
      const parent = data.parent as Json;
      const tdgq = (score: unknown): Entry['groups'] => {
        const groups: Entry['groups'] = {};
        for (const g of version.groups) groups[g.code] = null;
        groups.TDGQ = num(score);
        return groups;
      };
      return [
        { node: parent, score: parent.totalScore },
        ...(data.children as unknown[]).filter(isObject).map((c) => ({ node: c, score: c.score })),
      ].map(({ node, score }) => ({
        code: str(node.departmentCode),
        name: str(node.departmentName) ?? '',
        groups: tdgq(score),
        // A progress tree has no index total: the card's total is its one group (coverage 'partial').
        total: null,
        rank: null,
      }));
    }
  }
}
