import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoreSet } from '../../../../api/index766.ts';
import { paths } from '../../../app/paths.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { formatInteger } from '../../../lib/format.ts';
import { SCORE_SETS_PAGE_SIZE, useScoreSets } from '../api/score-sets.ts';
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
  const [retracting, setRetracting] = useState<ScoreSet | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <p>{t('imports.sets.intro')}</p>
      <div aria-live="polite">{done && <Notice tone="success">{done}</Notice>}</div>
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
          const pages = Math.max(1, Math.ceil(data.total / SCORE_SETS_PAGE_SIZE));
          const first = (page - 1) * SCORE_SETS_PAGE_SIZE + 1;
          const last = first + data.sets.length - 1;
          return (
            <>
              <ScoreSetsTable
                sets={data.sets}
                canRetract={canRetract}
                onRetract={(s) => {
                  setDone(null);
                  setRetracting(s);
                }}
              />
              {pages > 1 && (
                <nav className="imports-pager" aria-label={t('imports.pager.label')}>
                  <Button onClick={() => onPage(page - 1)} disabled={page <= 1}>
                    {t('imports.pager.previous')}
                  </Button>
                  <span aria-live="polite">
                    {t('imports.sets.pager', {
                      first: formatInteger(first),
                      last: formatInteger(Math.max(first, last)),
                      total: formatInteger(data.total),
                      page,
                      pages,
                    })}
                  </span>
                  <Button onClick={() => onPage(page + 1)} disabled={page >= pages}>
                    {t('imports.pager.next')}
                  </Button>
                </nav>
              )}
            </>
          );
        }}
      </QueryState>
      {retracting && (
        <RetractSetDialog
          set={retracting}
          onClose={() => setRetracting(null)}
          onDone={(message) => {
            setRetracting(null);
            setDone(message);
          }}
        />
      )}
    </>
  );
}
