import { useTranslation } from 'react-i18next';
import { GradeBadge } from '../../../components/ui/GradeBadge.tsx';
import { formatDecimal, formatInteger } from '../../../lib/format.ts';
import type { Basis766, GradeId } from '../lib/index766.ts';

/** Where the index's answer is: its cells wait or say "not loaded" without blocking the table. */
export type IndexState = 'pending' | 'error' | 'ready';

/** A dash that reads as words: "chưa có", "đang tải" or "chưa tải được". */
export function IndexNone({ state }: { state: IndexState }) {
  const { t } = useTranslation();
  if (state === 'pending') {
    return (
      <span className="ranking-index__pending">
        <span className="ranking-index__bar" aria-hidden />
        <span className="visually-hidden">{t('rankings.index766.loading')}</span>
      </span>
    );
  }
  return (
    <span className="ranking-table__none">
      <span aria-hidden>—</span>
      <span className="visually-hidden">
        {state === 'error' ? t('rankings.index766.notLoaded') : t('rankings.index766.none')}
      </span>
    </span>
  );
}

export function IndexScore({
  state,
  value,
  grade,
  gradeLabel,
  incompleteNote,
}: {
  state: IndexState;
  value: number | null;
  grade: GradeId | null;
  gradeLabel: (grade: GradeId) => string;
  /** Set for an estimate that lacks groups: shown as a footnote mark with this text. */
  incompleteNote?: string | null;
}) {
  const { t } = useTranslation();
  if (state !== 'ready' || value === null) return <IndexNone state={state} />;
  return (
    <span className="ranking-index__score">
      <span className="ranking-index__value">
        {formatDecimal(value)}
        {incompleteNote && (
          <span className="ranking-index__incomplete" title={incompleteNote}>
            <span aria-hidden>{t('rankings.index766.incompleteMark')}</span>
            <span className="visually-hidden">{incompleteNote}</span>
          </span>
        )}
      </span>
      {grade !== null && <GradeBadge grade={grade} label={gradeLabel(grade)} />}
    </span>
  );
}

export function IndexRank({ state, rank }: { state: IndexState; rank: number | null }) {
  if (state !== 'ready' || rank === null) return <IndexNone state={state} />;
  return <>{formatInteger(rank)}</>;
}

/** The text mark of a unit under Tốt, saying whether that is the official card or the estimate. */
export function Below80Badge({ basis, points }: { basis: Basis766; points: number }) {
  const { t } = useTranslation();
  const words = formatInteger(points);
  return (
    <span className="below-target below-80" title={t('rankings.index766.below.hint', { points: words })}>
      {t(`rankings.index766.below.${basis}`, { points: words })}
    </span>
  );
}
