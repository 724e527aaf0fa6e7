import { lazy, type ReactNode, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TARGET_METRICS, type TargetMetric } from '../../../../api/settings.ts';
import { RANK_METRICS, type RankMetric } from '../../../../domain/unit-metrics.ts';
import { paths } from '../../../app/paths.ts';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { Skeleton } from '../../../components/ui/Skeleton.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatInteger, formatPercent } from '../../../lib/format.ts';
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
import { GroupTabs } from '../components/GroupTabs.tsx';
import { RankingTable } from '../components/RankingTable.tsx';
import {
  DEFAULT_RANK_BY,
  GROUP_SLUGS,
  initialGroup,
  leaderboardOf,
  parseGroup,
  parseRankBy,
  RANKING_GROUPS,
  type RankingGroup,
  type RankingRow,
  rankingRowsByGroup,
} from '../lib/ranking-rows.ts';
import '../rankings.css';

const LeaderboardChart = lazy(() =>
  import('../../charts/components/LeaderboardChart.tsx').then((m) => ({ default: m.LeaderboardChart })),
);

const FILTER_FIELDS = ['unitGroup', 'sector', 'channel'] as const;
const COUNT_METRICS: ReadonlySet<RankMetric> = new Set(['overdue']);

const isTargetMetric = (m: RankMetric): m is RankMetric & TargetMetric =>
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
    { ...range, ...filters, groupBy: 'unit', rankBy },
    { enabled: status === 'ready' },
  );
  const settings = useSettings();
  const year = Number(range.from.slice(0, 4));
  const targets = targetsFor(settings.data, year);
  const onTimeTarget = targets.onTimeRate ?? null;
  const chartTarget = isTargetMetric(rankBy) ? (targets[rankBy] ?? null) : null;

  const data = metrics.data;
  const byGroup = useMemo(
    () => (data ? rankingRowsByGroup(data.rows, rankBy, onTimeTarget) : null),
    [data, rankBy, onTimeTarget],
  );
  const canUpload = hasRole(useSession().data?.user, 'uploader');

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
    const rankByLabel = metricLabel(rankBy, language);
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
                />
              </div>
              <div className="rankings__chart">
                <Suspense fallback={<Skeleton lines={4} label={t('rankings.chart.loading')} />}>
                  <Leaderboard
                    rows={rows}
                    rankBy={rankBy}
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
  title,
  target,
}: {
  rows: readonly RankingRow[];
  rankBy: RankMetric;
  title: string;
  target: number | null;
}) {
  const { t, i18n } = useTranslation();
  const board = leaderboardOf(rows);
  if (board.rows.length === 0) return null;
  const isCount = COUNT_METRICS.has(rankBy);
  const format = (v: number) => (isCount ? formatInteger(v) : (formatPercent(v) ?? ''));
  const description = [
    t(board.truncated ? 'rankings.chart.topBottom' : 'rankings.chart.all'),
    target === null ? '' : t('rankings.chart.withTarget', { target: formatPercent(target) }),
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
      valueLabel={metricLabel(rankBy, languageOf(i18n))}
      nameLabel={t('rankings.columns.unit')}
      format={format}
      domain={isCount ? undefined : [0, 1]}
      target={
        target === null ? null : { value: target, label: `${t('charts.target')} ${formatPercent(target)}` }
      }
    />
  );
}
