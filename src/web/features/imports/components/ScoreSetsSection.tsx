import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoreSet } from '../../../../api/index766.ts';
import { paths } from '../../../app/paths.ts';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { SCORE_SETS_PAGE_SIZE, useScoreSets } from '../api/score-sets.ts';
import { pageRange } from '../lib/page-range.ts';
import { useRetractFlow } from '../lib/use-retract-flow.ts';
import { DoneNotice } from './DoneNotice.tsx';
import { HistoryPager } from './HistoryPager.tsx';
import { RetractSetDialog } from './RetractSetDialog.tsx';
import { ScoreSetsTable } from './ScoreSetsTable.tsx';

/** The "Bảng điểm và PAKN" tab of the history: index766Api.listSets, with retraction. */
export function ScoreSetsSection({
  page,
  onPage,
  canRetract,
}: {
  page: number;
  onPage: (page: number) => void;
  canRetract: boolean;
}) {
  const { t } = useTranslation();
  const sets = useScoreSets(page);
  const retraction = useRetractFlow<ScoreSet>();
  return (
    <>
      <p>{t('imports.sets.intro')}</p>
      <DoneNotice message={retraction.done} />
      <QueryState query={sets} lines={6}>
        {(data) => {
          if (data.total === 0)
            return (
              <EmptyState
                title={t('imports.sets.empty.title')}
                actions={
                  <Link className="btn btn--primary" to={`${paths.upload}?loai=bang-diem`}>
                    {t('imports.sets.empty.action')}
                  </Link>
                }
              >
                <p>{t('imports.sets.empty.body')}</p>
              </EmptyState>
            );
          const range = pageRange({
            total: data.total,
            pageSize: SCORE_SETS_PAGE_SIZE,
            page,
            shown: data.sets.length,
          });
          return (
            <>
              <ScoreSetsTable sets={data.sets} canRetract={canRetract} onRetract={retraction.begin} />
              {range.pages > 1 && (
                <HistoryPager
                  page={page}
                  {...range}
                  total={data.total}
                  describe={(status) => t('imports.sets.pager', status)}
                  onPage={onPage}
                />
              )}
            </>
          );
        }}
      </QueryState>
      {retraction.retracting && (
        <RetractSetDialog set={retraction.retracting} onClose={retraction.close} onDone={retraction.finish} />
      )}
    </>
  );
}
