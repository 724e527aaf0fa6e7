import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetResponse } from '../../../../api/index766.ts';
import { paths } from '../../../app/paths.ts';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { Skeleton } from '../../../components/ui/Skeleton.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useSession } from '../../auth/api/session.ts';
import { hasRole } from '../../auth/lib/roles.ts';
import { FilterBar } from '../../filters/components/FilterBar.tsx';
import { periodLabel } from '../../filters/lib/period-selection.ts';
import { useDashboardFilters } from '../../filters/lib/use-dashboard-filters.ts';
import { useTarget } from '../api/target.ts';
import { AccuracyNote } from '../components/AccuracyNote.tsx';
import { BelowTargetTable } from '../components/BelowTargetTable.tsx';
import { TargetHeadline } from '../components/TargetHeadline.tsx';
import { TargetHistory } from '../components/TargetHistory.tsx';
import { TargetProvenance } from '../components/TargetProvenance.tsx';
import { UnmatchedNotice, WithoutScorecardNotice } from '../components/UnmatchedNotice.tsx';
import { monthSelection, targetMonthOf } from '../lib/target-month.ts';
import { headlineOf, versionChanges } from '../lib/target-view.ts';
import '../target.css';

/** Nothing at all for the month: no unit, no summary in the whole history. */
const isEmpty = (answer: TargetResponse) =>
  answer.units.length === 0 && answer.months.every((m) => m.official === null && m.estimate === null);

/** Mục tiêu 766: how many units are rated Tốt or better, how far the others are and what it takes. */
export function TargetRoute() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const title = t('target.title');
  useDocumentTitle(title);
  const { status, period } = useDashboardFilters();
  const month = targetMonthOf(period);
  const monthText = periodLabel(monthSelection(month), language);
  const query = useTarget({ month }, { enabled: status === 'ready' });
  const user = useSession().data?.user;
  const canUpload = hasRole(user, 'uploader');
  const isAdmin = hasRole(user, 'admin');

  let content: ReactNode;
  if (query.isError) {
    content = (
      <ErrorState
        message={errorMessage(query.error, t, i18n.language)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (status === 'pending' || query.isPending) {
    content = <Skeleton lines={8} label={t('target.loading')} />;
  } else {
    const answer = query.data;
    if (isEmpty(answer)) {
      const nothing = answer.scorecardSet === null && answer.asOf === null;
      content = (
        <EmptyState
          title={
            nothing ? t('target.empty.nothingTitle') : t('target.empty.monthTitle', { month: monthText })
          }
          actions={
            canUpload && (
              <Link className="btn btn--primary" to={paths.upload}>
                {t('target.empty.upload')}
              </Link>
            )
          }
        >
          <p>
            {nothing
              ? canUpload
                ? t('target.empty.nothingBody')
                : t('target.empty.nothingViewer')
              : t('target.empty.monthBody')}
          </p>
        </EmptyState>
      );
    } else {
      content = <TargetBody answer={answer} monthText={monthText} isAdmin={isAdmin} />;
    }
  }

  return (
    <div className="target">
      <PageHeader title={title}>
        <p>{t('target.intro', { month: monthText })}</p>
      </PageHeader>
      <FilterBar fields={[]} />
      {content}
    </div>
  );
}

function TargetBody({
  answer,
  monthText,
  isAdmin,
}: {
  answer: TargetResponse;
  monthText: string;
  isAdmin: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const changes = versionChanges(answer.months);
  return (
    <>
      <TargetProvenance answer={answer} />
      <p className="muted">{t('target.version', { label: answer.version.labelVi })}</p>
      <Section id="target-headline" title={t('target.headline.heading', { month: monthText })}>
        <TargetHeadline headline={headlineOf(answer)} month={answer.month} />
      </Section>
      {answer.unmatched.length > 0 && <UnmatchedNotice names={answer.unmatched} isAdmin={isAdmin} />}
      {answer.withoutScorecard.length > 0 && <WithoutScorecardNotice names={answer.withoutScorecard} />}
      <Section id="target-below" title={t('target.below.heading')}>
        <BelowTargetTable answer={answer} monthText={monthText} />
      </Section>
      {answer.accuracy && (
        <Section id="target-accuracy" title={t('target.accuracy.heading')}>
          <AccuracyNote
            accuracy={answer.accuracy}
            version={answer.version}
            units={answer.units}
            month={answer.month}
          />
        </Section>
      )}
      <Section id="target-history" title={t('target.history.heading')}>
        {changes.map((c) => (
          <Notice key={c.period} tone="warning">
            <p>
              {t('target.history.versionChange', { month: periodLabel(monthSelection(c.period), language) })}
            </p>
          </Notice>
        ))}
        <TargetHistory answer={answer} />
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="target__section" aria-labelledby={id}>
      <h2 id={id} className="target__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}
