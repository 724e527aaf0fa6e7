import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetResponse } from '../../../../api/index766.ts';
import { UNIT_GROUPS } from '../../../../api/registry.ts';
import { Skeleton } from '../../../components/ui/Skeleton.tsx';
import { gradeRows, groupShareRows, groupsPresent, shareRows } from '../lib/target-view.ts';
import { GradeTable } from './HistoryTables.tsx';

// recharts loads on its own, so the headline and the table of units never wait for it.
let chartModule: Promise<typeof import('./TargetCharts.tsx')> | null = null;
const loadCharts = () => {
  chartModule ??= import('./TargetCharts.tsx');
  return chartModule;
};
const ShareChart = lazy(() => loadCharts().then((m) => ({ default: m.ShareChart })));
const GroupShareChart = lazy(() => loadCharts().then((m) => ({ default: m.GroupShareChart })));
const GradeChart = lazy(() => loadCharts().then((m) => ({ default: m.GradeChart })));

/** Month by month: the share at Tốt or better, per unit group, and the grade distribution. */
export function TargetHistory({ answer }: { answer: TargetResponse }) {
  const { t } = useTranslation();
  useEffect(() => {
    void loadCharts();
  }, []);
  const months = answer.months;
  if (months.length === 0) return null;
  const shares = shareRows(months);
  const groupRows = groupShareRows(months);
  const groups = groupsPresent(groupRows, UNIT_GROUPS);
  const grades = gradeRows(months);
  const fallback = <Skeleton lines={4} label={t('target.history.chartLoading')} />;
  return (
    <div className="target-history">
      <Suspense fallback={fallback}>
        <ShareChart
          rows={shares}
          title={t('target.history.shareTitle', { from: shares[0]!.label, to: shares.at(-1)!.label })}
          description={t('target.history.shareDescription')}
        />
      </Suspense>
      {groups.length > 0 && (
        <Suspense fallback={fallback}>
          <GroupShareChart
            rows={groupRows}
            groups={groups}
            title={t('target.history.groupsTitle')}
            description={t('target.history.groupsDescription')}
          />
        </Suspense>
      )}
      <Suspense fallback={fallback}>
        <GradeChart
          rows={grades}
          version={answer.version}
          title={t('target.history.gradesTitle')}
          description={t('target.history.gradesDescription')}
          tableCaption={t('target.history.gradesTable')}
        />
      </Suspense>
      <div className="table-scroll">
        <GradeTable
          rows={grades}
          version={answer.version}
          caption={t('target.history.gradesTable')}
          visibleCaption
        />
      </div>
    </div>
  );
}
