import { lazy, type ReactNode, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TARGET_METRICS, type TargetMetric } from '../../../../api/settings.ts';
import { RANK_METRICS, type RankMetric } from '../../../../domain/unit-metrics.ts';
import { paths, unitPath } from '../../../app/paths.ts';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { Skeleton } from '../../../components/ui/Skeleton.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDecimal, formatInteger, formatPercent } from '../../../lib/format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useSession } from '../../auth/api/session.ts';
import { hasRole } from '../../auth/lib/roles.ts';
import { metricLabel } from '../../definitions/lib/metrics.ts';
import { DataProvenance } from '../../filters/components/DataProvenance.tsx';
import { FilterBar } from '../../filters/components/FilterBar.tsx';
import { periodLabel, periodParam } from '../../filters/lib/period-selection.ts';
import { useDashboardFilters } from '../../filters/lib/use-dashboard-filters.ts';
import { useMetrics } from '../../metrics/api/metrics.ts';
import { targetsFor, useSettings } from '../../metrics/api/settings.ts';
import { useTarget } from '../../target/api/target.ts';
import { targetMonthOf } from '../../target/lib/target-month.ts';
import { gradeLabel, groupName as indexGroupName } from '../../target/lib/target-view.ts';
import { GroupTabs } from '../components/GroupTabs.tsx';
import type { IndexState } from '../components/IndexCells.tsx';
import { IndexNotes } from '../components/IndexNotes.tsx';
import { type IndexColumnsProps, RankingTable } from '../components/RankingTable.tsx';
import { goodThreshold, INDEX_RANK_BY, isIndexRankBy } from '../lib/index766.ts';
import {
  DEFAULT_RANK_BY,
  GROUP_SLUGS,
  initialGroup,
  leaderboardOf,
  parseGroup,
  parseRankBy,
  RANKING_GROUPS,
  type RankingGroup,
  type RankingRankBy,
  type RankingRow,
  rankingRowsByGroup,
  serverRankBy,
} from '../lib/ranking-rows.ts';
import '../rankings.css';

const LeaderboardChart = lazy(() =>
  import('../../charts/components/LeaderboardChart.tsx').then((m) => ({ default: m.LeaderboardChart })),
);

const FILTER_FIELDS = ['unitGroup', 'sector', 'channel'] as const;
const COUNT_METRICS: ReadonlySet<RankMetric> = new Set(['overdue']);

const isTargetMetric = (m: RankingRankBy): m is RankMetric & TargetMetric =>
  (TARGET_METRICS as readonly string[]).includes(m);

/** Xếp hạng: units ranked within their group, with rank change, the target mark, a chart and export. */
export function RankingsRoute() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const title = t('rankings.title');
  useDocumentTitle(title);
  const idPrefix = useId();
  const panelId = `${idPrefix}-panel`;

  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string | null) =>
    setParams((prev) => {
      const out = new URLSearchParams(prev);
      if (value === null) out.delete(key);
      else out.set(key, value);
      return out;
    });

  const { status, period, range, filters } = useDashboardFilters();
  const rankBy = parseRankBy(params.get('rankBy'));
  const metrics = useMetrics(
    { ...range, ...filters, groupBy: 'unit', rankBy: serverRankBy(rankBy) },
    { enabled: status === 'ready' },
  );
  // The index is monthly: a quarter or a year shows its last month.
  const indexMonth = targetMonthOf(period);
  const target = useTarget({ month: indexMonth }, { enabled: status === 'ready' });
  const indexUnits = target.data?.units;
  const indexState: IndexState = target.isError ? 'error' : target.isPending ? 'pending' : 'ready';
  const version = target.data?.version;
  const threshold = goodThreshold(version);
  const index: IndexColumnsProps = {
    state: indexState,
    threshold,
    gradeLabel: (grade) => (version ? gradeLabel(version, grade, language) : grade),
    groupName: (code) => (version ? indexGroupName(version, code, language) : code),
  };
  const settings = useSettings();
  const year = Number(range.from.slice(0, 4));
  const targets = targetsFor(settings.data, year);
  const onTimeTarget = targets.onTimeRate ?? null;
  const chartTarget = isIndexRankBy(rankBy)
    ? threshold
    : isTargetMetric(rankBy)
      ? (targets[rankBy] ?? null)
      : null;
  const rankByLabel = isIndexRankBy(rankBy)
    ? t(`rankings.index766.rankBy.${rankBy}`)
    : metricLabel(rankBy, language);

  const data = metrics.data;
  const byGroup = useMemo(
    () => (data ? rankingRowsByGroup(data.rows, rankBy, onTimeTarget, indexUnits) : null),
    [data, rankBy, onTimeTarget, indexUnits],
  );
  const canUpload = hasRole(useSession().data?.user, 'uploader');
  // The unit's page reads only the period (it ranks the unit in its whole group): keep that one.
  const unitHref = (unitKey: string) => unitPath(unitKey, periodParam(period));

  let content: ReactNode;
  if (status === 'pending' || metrics.isPending) {
    content = <Skeleton lines={8} />;
  } else if (metrics.isError) {
    content = (
      <ErrorState
        message={errorMessage(metrics.error, t, i18n.language)}
        onRetry={() => void metrics.refetch()}
        retrying={metrics.isFetching}
      />
    );
  } else if (!byGroup || RANKING_GROUPS.every((g) => byGroup[g].length === 0)) {
    content = (
      <EmptyState
        title={t('rankings.empty.noDataTitle')}
        actions={
          canUpload && (
            <Link className="btn btn--primary" to={paths.upload}>
              {t('rankings.empty.upload')}
            </Link>
          )
        }
      >
        <p>{canUpload ? t('rankings.empty.noDataBody') : t('rankings.empty.noDataViewer')}</p>
      </EmptyState>
    );
  } else {
    const group = initialGroup(parseGroup(params.get('group')), filters.unitGroup, byGroup);
    const rows = byGroup[group];
    const groupName = t(`rankings.groups.${group}`);
    const counts = Object.fromEntries(RANKING_GROUPS.map((g) => [g, byGroup[g].length])) as Record<
      RankingGroup,
      number
    >;
    content = (
      <>
        <GroupTabs
          selected={group}
          counts={counts}
          onSelect={(g) => setParam('group', g)}
          panelId={panelId}
          idPrefix={idPrefix}
        />
        <div
          role="tabpanel"
          id={panelId}
          aria-labelledby={`${idPrefix}-${group}`}
          className="rankings__panel"
        >
          <p className="rankings__target-note">
            {onTimeTarget === null
              ? t('rankings.target.none', { year })
              : t('rankings.target.note', { year, target: formatPercent(onTimeTarget) })}
          </p>
          <IndexNotes
            state={indexState}
            month={indexMonth}
            lastMonthOfPeriod={period.kind !== 'month'}
            answer={target.data}
            group={group}
            onRetry={() => void target.refetch()}
            retrying={target.isFetching}
          />
          {rows.length === 0 ? (
            <EmptyState title={t('rankings.empty.noUnitsTitle')}>
              <p>{t('rankings.empty.noUnitsBody')}</p>
            </EmptyState>
          ) : (
            <div className="rankings__body">
              <div className="rankings__table">
                <RankingTable
                  rows={rows}
                  target={onTimeTarget}
                  caption={t('rankings.table.caption', {
                    group: groupName,
                    period: periodLabel(period, language),
                    metric: rankByLabel,
                  })}
                  fileParts={[t('rankings.export.fileStem'), periodParam(period), GROUP_SLUGS[group]]}
                  index={index}
                  rankIsIndex={isIndexRankBy(rankBy)}
                  unitHref={unitHref}
                />
              </div>
              <div className="rankings__chart">
                <Suspense fallback={<Skeleton lines={4} label={t('rankings.chart.loading')} />}>
                  <Leaderboard
                    rows={rows}
                    rankBy={rankBy}
                    rankByLabel={rankByLabel}
                    title={t('rankings.chart.title', { metric: rankByLabel, group: groupName })}
                    target={chartTarget}
                  />
                </Suspense>
              </div>
            </div>
          )}
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader title={title}>
        <p>{t('rankings.intro')}</p>
      </PageHeader>
      {data && <DataProvenance asOf={data.asOf} sources={data.sources} />}
      <FilterBar fields={FILTER_FIELDS} />
      <div className="rankings__controls">
        <label className="rankings__rank-by">
          <span className="field__label">{t('rankings.rankBy.label')}</span>
          <select
            className="field__input"
            value={rankBy}
            onChange={(e) => setParam('rankBy', e.target.value === DEFAULT_RANK_BY ? null : e.target.value)}
          >
            {RANK_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m, language)}
              </option>
            ))}
            {INDEX_RANK_BY.map((m) => (
              <option key={m} value={m}>
                {t(`rankings.index766.rankBy.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {content}
    </>
  );
}

function Leaderboard({
  rows,
  rankBy,
  rankByLabel,
  title,
  target,
}: {
  rows: readonly RankingRow[];
  rankBy: RankingRankBy;
  rankByLabel: string;
  title: string;
  target: number | null;
}) {
  const { t } = useTranslation();
  const board = leaderboardOf(rows);
  if (board.rows.length === 0) return null;
  const isIndex = isIndexRankBy(rankBy);
  const isCount = !isIndex && COUNT_METRICS.has(rankBy);
  const format = (v: number) =>
    isIndex ? formatDecimal(v) : isCount ? formatInteger(v) : (formatPercent(v) ?? '');
  const targetText = (v: number) => (isIndex ? formatInteger(v) : (formatPercent(v) ?? ''));
  const description = [
    t(board.truncated ? 'rankings.chart.topBottom' : 'rankings.chart.all'),
    target === null
      ? ''
      : isIndex
        ? t('rankings.index766.chart.withTarget', { points: targetText(target) })
        : t('rankings.chart.withTarget', { target: targetText(target) }),
    rankBy === 'estimate766' ? t('rankings.index766.chart.estimate') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <LeaderboardChart
      title={title}
      description={description}
      items={board.rows.map((r) => ({
        key: r.key,
        name: r.name,
        prefix: String(r.rank),
        value: r.ranked ?? 0,
      }))}
      valueLabel={rankByLabel}
      nameLabel={t('rankings.columns.unit')}
      format={format}
      domain={isIndex ? [0, 100] : isCount ? undefined : [0, 1]}
      target={
        target === null
          ? null
          : {
              value: target,
              label: isIndex
                ? t('rankings.index766.chart.target', { points: targetText(target) })
                : `${t('charts.target')} ${targetText(target)}`,
            }
      }
    />
  );
}
