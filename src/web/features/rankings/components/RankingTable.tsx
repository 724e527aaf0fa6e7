import {
  type ColumnVisibilityState,
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '../../../components/ui/TextField.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { formatDecimal, formatInteger, formatPercent } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { type DefinitionKey, type MetricKey, metricLabel } from '../../definitions/lib/metrics.ts';
import { loadColumnVisibility, saveColumnVisibility } from '../lib/column-store.ts';
import {
  HIDEABLE_COLUMNS,
  INDEX_COLUMNS,
  isNumberColumn,
  isRankingColumn,
  NARROW_HIDDEN_COLUMNS,
  type RankingColumnId,
  rankingSheet,
} from '../lib/columns.ts';
import type { GradeId } from '../lib/index766.ts';
import { type RankingRow, searchUnits } from '../lib/ranking-rows.ts';
import { BelowTargetBadge } from './BelowTargetBadge.tsx';
import { ColumnMenu } from './ColumnMenu.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { Below80Badge, IndexNone, IndexRank, IndexScore, type IndexState } from './IndexCells.tsx';
import { RankChange } from './RankChange.tsx';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
});

const helper = createColumnHelper<typeof features, RankingRow>();
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** A number column; null (no denominator, no rank) sorts last whatever the direction. */
const numeric = (id: RankingColumnId, value: (r: RankingRow) => number | null, descFirst = true) =>
  helper.accessor((r) => value(r) ?? undefined, { id, sortUndefined: 'last', sortDescFirst: descFirst });

const columns = helper.columns([
  numeric('rank', (r) => r.rank, false),
  numeric('rankChange', (r) => r.rankChange),
  helper.accessor((r) => r.name, {
    id: 'unit',
    enableHiding: false,
    sortDescFirst: false,
    sortFn: (a, b) => collator.compare(a.original.name, b.original.name),
  }),
  numeric('received', (r) => r.received),
  numeric('resolved', (r) => r.resolved),
  numeric('onTimeRate', (r) => r.onTimeRate),
  numeric('progressScore766', (r) => r.progressScore766),
  numeric('overdue', (r) => r.overdue),
  numeric('satisfactionRate', (r) => r.satisfactionRate),
  numeric('official766', (r) => r.official766),
  numeric('officialRank766', (r) => r.officialRank766, false),
  numeric('estimate766', (r) => r.estimate766),
  numeric('estimateRank766', (r) => r.estimateRank766, false),
]);

const INDEX_LABEL_KEYS = {
  official766: 'rankings.index766.columns.official766',
  officialRank766: 'rankings.index766.columns.officialRank766',
  estimate766: 'rankings.index766.columns.estimate766',
  estimateRank766: 'rankings.index766.columns.estimateRank766',
} as const;

/** Where each index column's "what is this" leads. */
const INDEX_DEFINITIONS: Readonly<Record<string, DefinitionKey>> = {
  official766: 'officialTotal',
  estimate766: 'estimateTotal',
};

const NARROW_SCREEN = '(max-width: 640px)';

/** The saved choice, over the defaults (some index columns start hidden on a narrow screen). */
function initialVisibility(): ColumnVisibilityState {
  const narrow = typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches;
  const defaults: ColumnVisibilityState = narrow
    ? Object.fromEntries(NARROW_HIDDEN_COLUMNS.map((c) => [c, false]))
    : {};
  return { ...defaults, ...loadColumnVisibility() };
}

const METRIC_COLUMNS: ReadonlySet<string> = new Set<MetricKey>([
  'received',
  'resolved',
  'onTimeRate',
  'progressScore766',
  'overdue',
  'satisfactionRate',
]);

/**
 * A header's short words on screen (full labels such as "Tổng số hồ sơ tiếp nhận" wrapped into five
 * lines over narrow number columns); the full label stays its accessible name and its tooltip.
 */
function HeaderLabel({ full, short }: { full: string; short: string | null }) {
  if (short === null || short === full) return <>{full}</>;
  return (
    <>
      <span aria-hidden title={full}>
        {short}
      </span>
      <span className="visually-hidden">{full}</span>
    </>
  );
}

const INITIAL_SORT: SortingState = [{ id: 'rank', desc: false }];

export interface RankingTableProps {
  rows: readonly RankingRow[];
  /** The on-time target of the period's year, when set. */
  target: number | null;
  caption: string;
  /** File name words before the extension, e.g. ['xep-hang', '2025-03', 'so-nganh']. */
  fileParts: readonly string[];
  /** The QĐ 766 index's cells: their answer's state and words. */
  index: IndexColumnsProps;
  /** True when the table ranks by the index: `rank` follows it and rank change does not apply. */
  rankIsIndex: boolean;
  /** Where a unit's name links: its page, on the same period. */
  unitHref: (unitKey: string) => string;
}

export interface IndexColumnsProps {
  state: IndexState;
  gradeLabel: (grade: GradeId) => string;
  groupName: (code: string) => string;
  /** The lower bound of Tốt. */
  threshold: number;
}

/** The group's units: search, sort by any column, choose columns, export what is shown. */
export function RankingTable({
  rows,
  target,
  caption,
  fileParts,
  index,
  rankIsIndex,
  unitHref,
}: RankingTableProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const captionId = useId();
  const [query, setQuery] = useState('');
  const [sorting, setSorting] = useState<SortingState>(INITIAL_SORT);
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(initialVisibility);
  useEffect(() => saveColumnVisibility(columnVisibility), [columnVisibility]);
  const shownVisibility = rankIsIndex ? { ...columnVisibility, rankChange: false } : columnVisibility;

  const shown = useMemo(() => searchUnits(rows, query), [rows, query]);
  const table = useTable({
    features,
    columns,
    data: shown,
    getRowId: (r) => r.key,
    state: { sorting, columnVisibility: shownVisibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });

  const label = (id: RankingColumnId): string =>
    METRIC_COLUMNS.has(id)
      ? metricLabel(id as MetricKey, language)
      : INDEX_COLUMNS.has(id)
        ? t(INDEX_LABEL_KEYS[id as keyof typeof INDEX_LABEL_KEYS])
        : t(`rankings.columns.${id as 'rank'}`);

  const shortLabel = (id: RankingColumnId): string | null =>
    isNumberColumn(id) ? t(`rankings.shortColumns.${id}`) : null;

  const shownRows = table.getRowModel().rows;
  const visibleIds = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .filter(isRankingColumn);
  const buildSheet = () =>
    rankingSheet(
      shownRows.map((r) => r.original),
      visibleIds,
      {
        sheetName: t('rankings.export.sheet'),
        label,
        belowTarget:
          target === null
            ? undefined
            : { header: t('rankings.target.column'), text: t('rankings.target.below') },
        index766:
          index.state === 'ready'
            ? {
                below80: {
                  header: t('rankings.index766.below.column'),
                  text: (basis) =>
                    t(`rankings.index766.below.${basis}`, { points: formatInteger(index.threshold) }),
                },
                gradeHeader: (basis) => t(`rankings.index766.grade.${basis}`),
                grade: index.gradeLabel,
                incomplete: {
                  header: t('rankings.index766.incompleteColumn'),
                  text: t('rankings.index766.incompleteText'),
                },
              }
            : undefined,
      },
    );
  const footnote =
    index.state === 'ready' &&
    visibleIds.includes('estimate766') &&
    shownRows.some((r) => r.original.estimateIncomplete && r.original.estimate766 !== null);

  return (
    <div className="ranking-table">
      <div className="toolbar ranking-table__toolbar">
        <div className="toolbar__field">
          <TextField
            label={t('rankings.search.label')}
            hint={t('rankings.search.hint')}
            type="search"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="ranking-table__actions">
          <ColumnMenu
            choices={HIDEABLE_COLUMNS.filter((id) => !(rankIsIndex && id === 'rankChange')).map((id) => ({
              id,
              label: label(id),
              visible: columnVisibility[id] !== false,
            }))}
            onToggle={(id, visible) => setColumnVisibility((v) => ({ ...v, [id]: visible }))}
          />
          <ExportButtons buildSheet={buildSheet} fileParts={fileParts} disabled={shownRows.length === 0} />
        </div>
      </div>
      <p className="ranking-table__status" role="status">
        {t('rankings.search.shown', {
          shown: formatInteger(shownRows.length),
          total: formatInteger(rows.length),
        })}
        {' · '}
        {t('rankings.sort.hint')}
      </p>
      {shownRows.length === 0 ? (
        <p className="ranking-table__no-match">{t('rankings.search.noMatch', { query })}</p>
      ) : (
        <section
          className="table-scroll ranking-table__scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
          tabIndex={0}
          aria-labelledby={captionId}
        >
          <table className="data-table ranking-table__table">
            <caption id={captionId} className="visually-hidden">
              {caption}
            </caption>
            <thead>
              <tr>
                {table.getFlatHeaders().map((header) => {
                  const id = header.column.id;
                  if (!isRankingColumn(id) || !header.column.getIsVisible()) return null;
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={`ranking-table__th ranking-table__col-${id}`}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                    >
                      <span className="ranking-table__th-inner">
                        <button
                          type="button"
                          className="ranking-table__sort"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          <HeaderLabel full={label(id)} short={shortLabel(id)} />
                          <span className="ranking-table__sort-icon" aria-hidden>
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                          {sorted && (
                            <span className="visually-hidden">
                              {' '}
                              ({t(sorted === 'asc' ? 'rankings.sort.ascending' : 'rankings.sort.descending')})
                            </span>
                          )}
                        </button>
                        {METRIC_COLUMNS.has(id) && <MetricInfoLink metric={id as MetricKey} />}
                        {INDEX_DEFINITIONS[id] && <MetricInfoLink metric={INDEX_DEFINITIONS[id]} />}
                      </span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {shownRows.map((row) => (
                <tr key={row.id} className={row.original.belowTarget ? 'is-below-target' : undefined}>
                  {row.getVisibleCells().map((cell) => {
                    const id = cell.column.id;
                    return isRankingColumn(id) ? (
                      <RankingCell
                        key={cell.id}
                        column={id}
                        row={row.original}
                        target={target}
                        index={index}
                        rankIsIndex={rankIsIndex}
                        unitHref={unitHref}
                      />
                    ) : null;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {footnote && <p className="ranking-table__footnote">{t('rankings.index766.footnote')}</p>}
    </div>
  );
}

function RankingCell({
  column,
  row,
  target,
  index,
  rankIsIndex,
  unitHref,
}: {
  column: RankingColumnId;
  row: RankingRow;
  target: number | null;
  index: IndexColumnsProps;
  rankIsIndex: boolean;
  unitHref: (unitKey: string) => string;
}) {
  const { t } = useTranslation();
  const none = <span className="ranking-table__none">{t('common.noData')}</span>;
  const percent = (v: number | null) => formatPercent(v) ?? none;
  switch (column) {
    case 'unit':
      return (
        <th scope="row" className="ranking-table__col-unit">
          <Link to={unitHref(row.key)}>{row.name}</Link>
          {row.belowTarget && target !== null && (
            <>
              {' '}
              <BelowTargetBadge target={target} />
            </>
          )}
          {index.state === 'ready' && row.below80 !== null && (
            <>
              {' '}
              <Below80Badge basis={row.below80} points={index.threshold} />
            </>
          )}
        </th>
      );
    case 'rank':
      return (
        <td className="num ranking-table__col-rank">
          {rankIsIndex && index.state !== 'ready' ? (
            <IndexNone state={index.state} />
          ) : row.rank === null ? (
            <span className="ranking-table__none">{t('rankings.rank.none')}</span>
          ) : (
            row.rank
          )}
        </td>
      );
    case 'rankChange':
      return (
        <td className="num">
          <RankChange change={row.rankChange} />
        </td>
      );
    case 'onTimeRate':
      return <td className="num">{percent(row.onTimeRate)}</td>;
    case 'satisfactionRate':
      return <td className="num">{percent(row.satisfactionRate)}</td>;
    case 'progressScore766':
      return (
        <td className="num">{row.progressScore766 === null ? none : formatDecimal(row.progressScore766)}</td>
      );
    case 'official766':
      return (
        <td className="num ranking-table__col-index">
          <IndexScore
            state={index.state}
            value={row.official766}
            grade={row.officialGrade}
            gradeLabel={index.gradeLabel}
          />
        </td>
      );
    case 'estimate766':
      return (
        <td className="num ranking-table__col-index">
          <IndexScore
            state={index.state}
            value={row.estimate766}
            grade={row.estimateGrade}
            gradeLabel={index.gradeLabel}
            incompleteNote={
              !row.estimateIncomplete
                ? null
                : row.estimateMissing.length === 0
                  ? t('rankings.index766.incompleteUnknown')
                  : t('rankings.index766.incomplete', {
                      groups: row.estimateMissing.map(index.groupName).join('; '),
                    })
            }
          />
        </td>
      );
    case 'officialRank766':
      return (
        <td className="num">
          <IndexRank state={index.state} rank={row.officialRank766} />
        </td>
      );
    case 'estimateRank766':
      return (
        <td className="num">
          <IndexRank state={index.state} rank={row.estimateRank766} />
        </td>
      );
    default:
      return <td className="num">{formatInteger(row[column])}</td>;
  }
}
