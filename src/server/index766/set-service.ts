import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  CreateFeedbackSetRequestSchema,
  CreateScorecardSetRequestSchema,
  ScorecardItem,
  ScoreSet,
  ScoreSetDetail,
  ScoreSetListQuerySchema,
} from '../../api/index766.ts';
import { hasErrors, validateScorecard } from '../../domain/scorecard-validate.ts';
import { matchScorecardUnit } from '../../domain/target-report.ts';
import { createUnitResolver } from '../../domain/units.ts';
import { type CanonicalFeedback, normalizeCanonicalFeedback } from '../../ingest/feedback/canonical.ts';
import type { AdminData } from '../admin-data/admin-data.ts';
import { type Actor, audit } from '../audit/audit.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { ApiError } from '../http/api-error.ts';
import { listSets, type SetKind, setDetailOf, setOf, setRow } from './set-store.ts';

type Db = Kysely<DatabaseSchema>;
type SetProblem = ScoreSetDetail['problems'][number];

export interface SetChangeContext {
  actor: Actor;
  ip: string | null;
  /** Epoch ms. */
  now: number;
}

const MAX_PROBLEMS = 1000;
const byVietnameseName = (a: string, b: string) => a.localeCompare(b, 'vi');

interface Checked<T> {
  accepted: T[];
  rejected: number;
  problems: SetProblem[];
  periods: string[];
  versionIds: string[];
  unmatched: string[];
}

/**
 * Scorecard and feedback uploads. The browser has read and checked the file; the server checks each
 * row again with the same core rules, keeps the good ones and publishes them as one set in one
 * transaction. A retracted set is no longer read; nothing is deleted.
 */
export class ScoreSetService {
  constructor(
    private readonly db: Db,
    private readonly adminData: AdminData,
  ) {}

  async createScorecards(
    request: z.output<typeof CreateScorecardSetRequestSchema>,
    ctx: SetChangeContext,
  ): Promise<ScoreSetDetail> {
    const resolver = createUnitResolver(this.adminData.unitRegistry());
    const problems: SetProblem[] = [];
    const accepted: ScorecardItem[] = [];
    let rejected = 0;
    const unmatched = new Set<string>();
    request.scorecards.forEach((raw, i) => {
      const card = { ...raw, source: 'official' as const };
      const found = validateScorecard(card);
      for (const p of found) {
        problems.push({
          index: i + 1,
          unitName: card.unitName,
          code: p.code,
          severity: p.severity,
          field: p.field,
          message: p.message,
        });
      }
      if (hasErrors(found)) {
        rejected++;
        return;
      }
      const matched = matchScorecardUnit(card, resolver);
      if (!matched.registered) unmatched.add(card.unitName);
      accepted.push(matched.card);
    });
    return this.publish(
      'scorecards',
      request,
      {
        accepted,
        rejected,
        problems,
        periods: [...new Set(accepted.map((c) => c.period))].sort(),
        versionIds: [...new Set(accepted.map((c) => c.versionId))].sort(),
        unmatched: [...unmatched].sort(byVietnameseName),
      },
      ctx,
    );
  }

  async createFeedback(
    request: z.output<typeof CreateFeedbackSetRequestSchema>,
    ctx: SetChangeContext,
  ): Promise<ScoreSetDetail> {
    const resolver = createUnitResolver(this.adminData.unitRegistry());
    const problems: SetProblem[] = [];
    const accepted: CanonicalFeedback[] = [];
    const unmatched = new Set<string>();
    let rejected = 0;
    request.items.forEach((item, i) => {
      const outcome = normalizeCanonicalFeedback(item, i + 1);
      const found =
        outcome.kind === 'accepted' ? outcome.warnings : outcome.kind === 'rejected' ? outcome.problems : [];
      for (const p of found) {
        problems.push({
          index: i + 1,
          unitName: item.unit,
          code: p.code,
          severity: p.severity,
          field: p.column,
          message: p.message,
        });
      }
      if (outcome.kind !== 'accepted') {
        rejected++;
        return;
      }
      if (resolver.resolve(item.unit).source !== 'registry') unmatched.add(item.unit);
      accepted.push(item);
    });
    return this.publish(
      'feedback',
      request,
      {
        accepted,
        rejected,
        problems,
        periods: [...new Set(accepted.map((f) => f.receivedAt.slice(0, 7)))].sort(),
        versionIds: [],
        unmatched: [...unmatched].sort(byVietnameseName),
      },
      ctx,
    );
  }

  async list(q: z.output<typeof ScoreSetListQuerySchema>): Promise<{ sets: ScoreSet[]; total: number }> {
    return listSets(this.db, q);
  }

  async retract(id: number, ctx: SetChangeContext): Promise<ScoreSet> {
    const row = await setRow(this.db, id);
    if (!row) throw new ApiError(404, 'not_found', `Không có lần tải số liệu ${id}.`);
    if (row.status === 'retracted') return setOf(row);
    const at = new Date(ctx.now).toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('score_sets')
        .set({ status: 'retracted', retracted_at: at, retracted_by: ctx.actor.username })
        .where('id', '=', id)
        .execute();
      await audit(trx, {
        actor: ctx.actor,
        action: 'index766.retract',
        target: `score-set:${id}`,
        details: { kind: row.kind, fileName: row.file_name },
        ip: ctx.ip,
        at,
      });
    });
    return setOf((await setRow(this.db, id))!);
  }

  private async publish<T>(
    kind: SetKind,
    request: { fileName: string; fileHash: string },
    checked: Checked<T>,
    ctx: SetChangeContext,
  ): Promise<ScoreSetDetail> {
    if (checked.accepted.length === 0) {
      throw new ApiError(
        422,
        'validation',
        `Không có dòng hợp lệ nào để công bố (${checked.rejected} dòng bị loại). ${checked.problems[0]?.message ?? ''}`.trim(),
      );
    }
    const at = new Date(ctx.now).toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const twin = await trx
        .selectFrom('score_sets')
        .select(['id', 'file_name', 'created_at'])
        .where('kind', '=', kind)
        .where('file_hash', '=', request.fileHash)
        .where('status', '=', 'published')
        .executeTakeFirst();
      if (twin) {
        throw new ApiError(
          409,
          'already_published',
          `Tệp này đã được công bố lúc ${twin.created_at.slice(0, 16).replace('T', ' ')} (UTC) (lần tải #${twin.id}, ${twin.file_name}). ` +
            'Nếu cần thay, hãy rút lại lần tải cũ trước.',
        );
      }
      const inserted = await trx
        .insertInto('score_sets')
        .values({
          kind,
          status: 'published',
          file_name: request.fileName,
          file_hash: request.fileHash,
          periods: JSON.stringify(checked.periods),
          version_ids: JSON.stringify(checked.versionIds),
          rows: checked.accepted.length + checked.rejected,
          accepted: checked.accepted.length,
          rejected: checked.rejected,
          problems: JSON.stringify(checked.problems.slice(0, MAX_PROBLEMS)),
          unmatched: JSON.stringify(checked.unmatched),
          created_at: at,
          created_by: ctx.actor.username,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const setId = inserted.id;
      for (let start = 0; start < checked.accepted.length; start += 500) {
        await trx
          .insertInto('score_set_rows')
          .values(
            checked.accepted.slice(start, start + 500).map((payload, i) => ({
              set_id: setId,
              n: start + i,
              payload: JSON.stringify(payload),
            })),
          )
          .execute();
      }
      await audit(trx, {
        actor: ctx.actor,
        action: 'index766.publish',
        target: `score-set:${setId}`,
        details: {
          kind,
          fileName: request.fileName,
          accepted: checked.accepted.length,
          rejected: checked.rejected,
        },
        ip: ctx.ip,
        at,
      });
      return setId;
    });
    return setDetailOf((await setRow(this.db, id))!);
  }
}
