import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Skeleton } from '../../../components/ui/Skeleton.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatInteger } from '../../../lib/format.ts';
import { DataProvenance } from '../../filters/components/DataProvenance.tsx';
import { type DossierListBase, useDossierPages } from '../api/dossier-pages.ts';
import type { DossierSort } from './columns.tsx';
import { COLUMN_IDS } from './columns.tsx';
import {
  DossierColGroup,
  DossierRow,
  DossierTableHead,
  PendingRow,
  ROW_HEIGHT,
  TABLE_WIDTH,
} from './DossierTableParts.tsx';
import { ExportList } from './ExportList.tsx';

export interface DossierListProps {
  base: DossierListBase & { sort: DossierSort };
  /** The list's name: caption, export sheet. */
  kindLabel: string;
  onSort: (next: DossierSort) => void;
  /** What to show when the list is empty (per kind; good news for most). */
  empty: ReactNode;
  /** The answer's due-soon window, for the page to show the default it used. */
  onDueWithin?: (days: number | null) => void;
}

/**
 * The whole list in one scrolling table: only the rows in view are in the page, and their pages of
 * 500 are fetched as they come into view. Total count, server sort, CSV export of every page.
 */
export function DossierList({ base, kindLabel, onSort, empty, onDueWithin }: DossierListProps) {
  const { t, i18n } = useTranslation();
  const hintId = useId();
  const scrollRef = useRef<HTMLElement>(null);
  const [view, setView] = useState<{ start: number; end: number } | null>(null);
  const pages = useDossierPages(base, view);
  const total = pages.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? -1;
  const lastIndex = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    setView(firstIndex < 0 ? null : { start: firstIndex, end: lastIndex });
  }, [firstIndex, lastIndex]);

  const dueWithin = pages.first.data?.dueWithin ?? null;
  useEffect(() => onDueWithin?.(dueWithin), [dueWithin, onDueWithin]);

  // A new list (tab, filter, sort) starts at its top.
  const listKey = JSON.stringify(base);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the list's text form
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [listKey]);

  if (pages.first.isPending) return <Skeleton lines={8} />;
  if (pages.first.isError)
    return (
      <ErrorState
        message={errorMessage(pages.first.error, t, i18n.language)}
        onRetry={() => void pages.first.refetch()}
        retrying={pages.first.isFetching}
      />
    );
  if (total === 0) return <>{empty}</>;

  const totalText = formatInteger(total);
  const caption = t('dossiers.list.caption', { kind: kindLabel, total: totalText });
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div className="dossier-list">
      <div className="dossier-list__bar">
        <p className="dossier-list__total" aria-live="polite">
          <strong>{t('dossiers.list.total', { total: totalText })}</strong>
          {pages.loadingMore && <span className="muted"> · {t('dossiers.list.loadingMore')}</span>}
        </p>
        <ExportList base={base} total={total} kindLabel={kindLabel} />
      </div>
      <p id={hintId} className="muted dossier-list__hint">
        {t('dossiers.list.scrollHint')}
      </p>
      <section
        ref={scrollRef}
        className="table-scroll dossier-list__scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        aria-label={caption}
        aria-describedby={hintId}
      >
        <table className="data-table dossier-table" style={{ width: TABLE_WIDTH }} aria-rowcount={total + 1}>
          <caption className="visually-hidden">{caption}</caption>
          <DossierColGroup />
          <DossierTableHead sort={base.sort} onSort={onSort} />
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden style={{ height: paddingTop }}>
                <td colSpan={COLUMN_IDS.length} />
              </tr>
            )}
            {items.map((v) => {
              const item = pages.rowAt(v.index);
              return item ? (
                <DossierRow key={v.index} item={item} rowIndex={v.index + 2} />
              ) : (
                <PendingRow key={v.index} rowIndex={v.index + 2} />
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden style={{ height: paddingBottom }}>
                <td colSpan={COLUMN_IDS.length} />
              </tr>
            )}
          </tbody>
        </table>
      </section>
      {pages.first.data && <DataProvenance asOf={pages.first.data.asOf} sources={pages.first.data.sources} />}
    </div>
  );
}
