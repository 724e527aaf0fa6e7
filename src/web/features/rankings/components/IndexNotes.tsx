import { useTranslation } from 'react-i18next';
import type { TargetResponse } from '../../../../api/index766.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { periodLabel } from '../../filters/lib/period-selection.ts';
import { monthSelection } from '../../target/lib/target-month.ts';
import { versionNotes } from '../lib/index766.ts';
import type { IndexState } from './IndexCells.tsx';

export interface IndexNotesProps {
  state: IndexState;
  /** yyyy-MM: the month the index columns show. */
  month: string;
  /** True when the chosen period is longer than that month. */
  lastMonthOfPeriod: boolean;
  answer: TargetResponse | undefined;
  group: string;
  onRetry: () => void;
  retrying: boolean;
}

/** Which month the index columns show, their loading or failure (with a retry), and version warnings. */
export function IndexNotes({
  state,
  month,
  lastMonthOfPeriod,
  answer,
  group,
  onRetry,
  retrying,
}: IndexNotesProps) {
  const { t, i18n } = useTranslation();
  const monthText = periodLabel(monthSelection(month), languageOf(i18n));
  const notes = answer ? versionNotes(answer, group) : null;
  const warn = notes !== null && (notes.changedFrom !== null || notes.mixedOfficial.length > 0);
  return (
    <div className="ranking-index-notes">
      <p className="rankings__target-note">
        {t('rankings.index766.month', { month: monthText })}
        {lastMonthOfPeriod && ` ${t('rankings.index766.monthOfPeriod')}`}
      </p>
      {state === 'pending' && (
        <p className="rankings__target-note" role="status">
          {t('rankings.index766.loadingNote')}
        </p>
      )}
      {state === 'error' && (
        <div className="ranking-index-notes__error" role="alert">
          <span>{t('rankings.index766.failed')}</span>
          <Button size="small" onClick={onRetry} disabled={retrying}>
            {t('common.retry')}
          </Button>
        </div>
      )}
      {warn && answer && notes && (
        <div className="notice notice--warning" role="note">
          <p className="notice__title">{t('rankings.index766.versions.title')}</p>
          {notes.changedFrom !== null && (
            <p>
              {t('rankings.index766.versions.changed', {
                month: monthText,
                current: answer.version.labelVi,
                previous: notes.changedFrom,
              })}
            </p>
          )}
          {notes.mixedOfficial.length > 0 && (
            <p>{t('rankings.index766.versions.mixed', { versions: notes.mixedOfficial.join(', ') })}</p>
          )}
        </div>
      )}
    </div>
  );
}
