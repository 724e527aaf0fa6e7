import type { ReactNode } from 'react';

/** An inline message box. Info and success are polite status; use ErrorState for failures. */
export function Notice({
  tone = 'info',
  title,
  children,
}: {
  tone?: 'info' | 'success' | 'warning';
  title?: string;
  children?: ReactNode;
}) {
  return (
    <div className={`notice notice--${tone}`} role="status">
      {title && <p className="notice__title">{title}</p>}
      {children}
    </div>
  );
}
