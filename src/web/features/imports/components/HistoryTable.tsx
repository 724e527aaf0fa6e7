import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';

export interface HistoryColumn {
  label: string;
  numeric?: boolean;
}

interface HistoryItem {
  id: number;
  fileName: string;
  status: string;
}

/**
 * A history of uploads, newest first: the file, the caller's columns, a status word with its notes
 * and, for staff, a retract button on published ones.
 */
export function HistoryTable<T extends HistoryItem>({
  items,
  caption,
  fileHeader,
  columns,
  statusHeader,
  actionsHeader,
  cells,
  statusWord,
  statusNotes,
  canRetract,
  retractLabel,
  onRetract,
}: {
  items: readonly T[];
  caption: string;
  fileHeader: string;
  /** Between the file and the status. */
  columns: readonly HistoryColumn[];
  statusHeader: string;
  actionsHeader: string;
  /** The `<td>`s of the caller's columns. */
  cells: (item: T) => ReactNode;
  statusWord: (item: T) => string;
  statusNotes: (item: T) => ReactNode;
  canRetract: boolean;
  retractLabel: (item: T) => string;
  onRetract: (item: T) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table imports-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{fileHeader}</th>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'imports-table__num' : undefined}>
                {c.label}
              </th>
            ))}
            <th scope="col">{statusHeader}</th>
            {canRetract && <th scope="col">{actionsHeader}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={`imports-row imports-row--${item.status}`}>
              <th scope="row" className="imports-table__file">
                {item.fileName}
                <span className="muted imports-table__id">#{item.id}</span>
              </th>
              {cells(item)}
              <td>
                <div className="imports-status">
                  <span className={`imports-badge imports-badge--${item.status}`}>{statusWord(item)}</span>
                  {statusNotes(item)}
                </div>
              </td>
              {canRetract && (
                <td>
                  {item.status === 'published' && (
                    <Button
                      size="small"
                      variant="danger"
                      onClick={() => onRetract(item)}
                      aria-label={retractLabel(item)}
                    >
                      {t('imports.retract.button')}
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
