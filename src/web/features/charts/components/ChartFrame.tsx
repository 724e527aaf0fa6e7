import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './charts.css';

export interface ChartFrameProps {
  title: string;
  /** One line under the title: what is drawn and against what (e.g. the target). */
  description?: string;
  /** The chart itself (recharts inside a ResponsiveContainer, or anything drawn). */
  children: ReactNode;
  /** The same numbers as a table: the chart's accessible alternative and its printout. */
  table: ReactNode;
  /** Pixel height of the chart area. */
  height?: number;
}

/**
 * A chart with its title and a table alternative. The drawing is hidden from screen readers (the
 * table says the same), and the table opens with one click for anyone who prefers numbers.
 */
export function ChartFrame({ title, description, children, table, height = 280 }: ChartFrameProps) {
  const { t } = useTranslation();
  return (
    <figure className="chart-frame">
      <figcaption className="chart-frame__caption">
        <span className="chart-frame__title">{title}</span>
        {description && <span className="chart-frame__description">{description}</span>}
      </figcaption>
      <div className="chart-frame__plot" style={{ height }} aria-hidden>
        {children}
      </div>
      <details className="chart-frame__table">
        <summary>{t('charts.frame.showTable')}</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </figure>
  );
}
