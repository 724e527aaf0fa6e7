import { useTranslation } from 'react-i18next';
import type { TargetResponse } from '../../../../api/index766.ts';
import { formatInstant, formatInteger } from '../../../lib/format.ts';
import { DataProvenance } from '../../filters/components/DataProvenance.tsx';

/** Where the page's numbers come from: the scorecard and feedback sets in force, and the dossier data. */
export function TargetProvenance({ answer }: { answer: TargetResponse }) {
  const { t } = useTranslation();
  const { scorecardSet, feedbackSet } = answer;
  return (
    <div className="target-provenance">
      <p className="data-provenance">
        {scorecardSet
          ? t('target.provenance.scorecards', {
              file: scorecardSet.fileName,
              time: formatInstant(scorecardSet.createdAt),
              rows: formatInteger(scorecardSet.accepted),
            })
          : t('target.provenance.noScorecards')}
        {' · '}
        {feedbackSet
          ? t('target.provenance.feedback', {
              file: feedbackSet.fileName,
              time: formatInstant(feedbackSet.createdAt),
              rows: formatInteger(feedbackSet.accepted),
            })
          : t('target.provenance.noFeedback')}
      </p>
      <DataProvenance asOf={answer.asOf} sources={answer.sources} />
    </div>
  );
}
