import type { ReactNode } from 'react';
import { Button, type ButtonProps } from '../../../components/ui/Button.tsx';

export interface AdminTableProps {
  /** Read by screen readers only; the panel's heading says it on screen. */
  caption: string;
  columns: readonly string[];
  /** A taller scroll box, for the registry's hundreds of rows. */
  tall?: boolean;
  /** The rows. */
  children: ReactNode;
}

/** An admin list: a scrolling data table with a hidden caption and a header row. */
export function AdminTable({ caption, columns, tall = false, children }: AdminTableProps) {
  return (
    <div className={`table-scroll${tall ? ' table-scroll--tall' : ''}`}>
      <table className="data-table admin-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export interface RowAction {
  /** The button's text. */
  text: string;
  /** Its accessible name, which names the row ("Sửa Sở Y tế"). */
  label: string;
  onClick: () => void;
  variant?: ButtonProps['variant'];
}

/** The buttons of one row, in its last cell. */
export function RowActions({ actions }: { actions: readonly RowAction[] }) {
  return (
    <td>
      <div className="admin-actions">
        {actions.map((a) => (
          <Button key={a.text} size="small" variant={a.variant} onClick={a.onClick} aria-label={a.label}>
            {a.text}
          </Button>
        ))}
      </div>
    </td>
  );
}
