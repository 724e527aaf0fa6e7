import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** Links or buttons: what to do next. */
  actions?: ReactNode;
  badge?: string;
}

export function EmptyState({ title, children, actions, badge }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <svg className="empty-state__icon" viewBox="0 0 48 48" aria-hidden focusable="false">
        <rect x="8" y="6" width="32" height="36" rx="3" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="M15 16h18M15 24h18M15 32h10" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      {badge && <p className="empty-state__badge">{badge}</p>}
      <h2 className="empty-state__title">{title}</h2>
      {children && <div className="empty-state__body">{children}</div>}
      {actions && <div className="empty-state__actions">{actions}</div>}
    </section>
  );
}
