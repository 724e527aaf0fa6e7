import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListedDossierItem } from '../../../../api/dossiers.ts';
import {
  COLUMN_IDS,
  COLUMN_WIDTH,
  cellContent,
  cellTitle,
  columnHeader,
  type DossierSort,
  nextSort,
  SORTABLE,
  sortDescending,
  sortField,
} from './columns.tsx';

export const ROW_HEIGHT = 52;
export const TABLE_WIDTH = COLUMN_IDS.reduce((sum, id) => sum + COLUMN_WIDTH[id], 0);

/** Column widths, so every slice of a virtualized list lines up with the header. */
export function DossierColGroup() {
  return (
    <colgroup>
      {COLUMN_IDS.map((id) => (
        <col key={id} style={{ width: COLUMN_WIDTH[id] }} />
      ))}
    </colgroup>
  );
}

/** The header row; sortable columns (received, due) are buttons when `onSort` is given. */
export function DossierTableHead({
  sort,
  onSort,
}: {
  sort?: DossierSort | undefined;
  onSort?: ((next: DossierSort) => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr aria-rowindex={1}>
        {COLUMN_IDS.map((id) => {
          const field = SORTABLE[id];
          const label = columnHeader(id, t);
          const active = field !== undefined && sort !== undefined && sortField(sort) === field;
          const ariaSort = active ? (sortDescending(sort) ? 'descending' : 'ascending') : undefined;
          return (
            <th key={id} scope="col" className={`col-${id}`} aria-sort={ariaSort}>
              {field && onSort && sort ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onSort(nextSort(sort, field))}
                  title={t('dossiers.list.sortBy', { column: label })}
                >
                  {label}
                  <span aria-hidden className="sort-button__mark">
                    {active ? (sortDescending(sort) ? '▼' : '▲') : '↕'}
                  </span>
                </button>
              ) : (
                label
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** One dossier; rows are memoised because a long list re-renders on every scroll step. */
export const DossierRow = memo(function DossierRow({
  item,
  rowIndex,
}: {
  item: ListedDossierItem;
  /** 1-based position in the whole list, header row included (aria-rowindex). */
  rowIndex: number;
}) {
  const { t } = useTranslation();
  return (
    <tr aria-rowindex={rowIndex} className="dossier-row">
      {COLUMN_IDS.map((id) =>
        id === 'code' ? (
          <th key={id} scope="row" className={`col-${id}`}>
            {item.code}
          </th>
        ) : (
          <td key={id} className={`col-${id}`} title={cellTitle(id, item)}>
            {cellContent(id, item, t)}
          </td>
        ),
      )}
    </tr>
  );
});

/** A row whose page is still on its way. */
export function PendingRow({ rowIndex }: { rowIndex: number }) {
  const { t } = useTranslation();
  return (
    <tr aria-rowindex={rowIndex} aria-busy="true" className="dossier-row dossier-row--pending">
      <td colSpan={COLUMN_IDS.length}>
        <span className="dossier-row__loading">{t('dossiers.list.loadingRow')}</span>
      </td>
    </tr>
  );
}
