import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import type { SeriesResponse } from '../../../../api/metrics.ts';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger, formatPercent } from '../../../lib/format.ts';
import { metricLabel } from '../../definitions/lib/metrics.ts';
import {
  isBelowTarget,
  type TrendMetric,
  type TrendRow,
  targetDigits,
  trendDomain,
  trendRows,
  trendTicks,
} from '../lib/trend.ts';
import { ChartFrame } from './ChartFrame.tsx';
import './trend-chart.css';

export type { TrendMetric } from '../lib/trend.ts';

export interface TrendChartProps {
  series: SeriesResponse;
  /** Which row of each point (default 'total'; a unit id when groupBy=unit). */
  rowKey?: string;
  /** Lines to draw (rates 0–1, drawn as %). */
  metrics: readonly TrendMetric[];
  /** Drawn as a dashed line per metric, labelled "Chỉ tiêu 98 %". */
  targets?: Partial<Record<TrendMetric, number>>;
  title: string;
  description?: string;
}

/** Colour and marker per metric: the marker shape tells the lines apart without colour. */
const LINE_STYLE: Record<
  TrendMetric,
  { color: string; symbol: 'circle' | 'diamond' | 'square' | 'triangle' }
> = {
  onTimeRate: { color: '#0b5394', symbol: 'circle' },
  progressRate766: { color: '#b45309', symbol: 'diamond' },
  satisfactionRate: { color: '#136c34', symbol: 'square' },
  onlineRate: { color: '#6b3fa0', symbol: 'triangle' },
};

const BELOW_TARGET_FILL = '#a8201a';

const targetText = (target: number) => formatPercent(target, targetDigits(target)) ?? '';

/** The drawing's size on paper: an A4 page's width less margins, so the print is never cut off. */
const PRINT_SIZE = { width: 660, height: 180 };

/**
 * True while the page is being printed. The responsive container keeps the screen width in the print
 * layout, so printing draws at a fixed size instead (synchronously, before the page is laid out).
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * Monthly rates as lines, with each metric's target as a dashed line. A month without a rate is a gap
 * in its line (never 0 %), and the table beside the chart says the same numbers in words.
 */
export function TrendChart({
  series,
  rowKey = 'total',
  metrics,
  targets = {},
  title,
  description,
}: TrendChartProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const rows = useMemo(() => trendRows(series, rowKey), [series, rowKey]);
  const domain = trendDomain(rows, metrics, targets);
  const ticks = trendTicks(domain);
  const drawnTargets = metrics.flatMap((m) => {
    const target = targets[m];
    return target === undefined ? [] : [{ metric: m, target }];
  });
  // One target: shade what lies under it. Two overlapping bands would say nothing clear.
  const band = drawnTargets.length === 1 ? drawnTargets[0] : undefined;
  const printing = usePrinting();

  const chart = (size?: { width: number; height: number }) => (
    <ComposedChart data={rows} margin={{ top: 20, right: 16, bottom: 0, left: 4 }} {...size}>
      <CartesianGrid stroke="#e3e8ef" vertical={false} />
      <XAxis dataKey="monthLabel" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={8} />
      <YAxis
        domain={domain}
        ticks={ticks}
        allowDataOverflow
        width={56}
        tick={{ fontSize: 12 }}
        tickFormatter={(v: number) => formatPercent(v, 0) ?? ''}
      />
      {band && (
        <ReferenceArea
          y1={domain[0]}
          y2={band.target}
          fill={BELOW_TARGET_FILL}
          fillOpacity={0.06}
          ifOverflow="hidden"
        />
      )}
      {drawnTargets.map(({ metric, target }) => (
        <ReferenceLine
          key={metric}
          y={target}
          stroke={LINE_STYLE[metric].color}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          ifOverflow="extendDomain"
          label={{
            value: t('charts.trend.targetLine', { value: targetText(target) }),
            position: 'insideTopRight',
            fontSize: 12,
            fill: LINE_STYLE[metric].color,
          }}
        />
      ))}
      {metrics.map((m) => (
        <Line
          key={m}
          type="linear"
          dataKey={(row: TrendRow) => row.values[m]}
          name={metricLabel(m, language)}
          stroke={LINE_STYLE[m].color}
          strokeWidth={2}
          dot={{ symbol: LINE_STYLE[m].symbol, r: 4, fill: LINE_STYLE[m].color }}
          legendType={LINE_STYLE[m].symbol}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      <Tooltip
        content={(props: TooltipContentProps) => (
          <TrendTooltip payload={props.payload} metrics={metrics} targets={targets} />
        )}
      />
      <Legend wrapperStyle={{ fontSize: 13 }} />
    </ComposedChart>
  );

  return (
    <ChartFrame
      title={title}
      {...(description === undefined ? {} : { description })}
      table={<TrendTable rows={rows} metrics={metrics} targets={targets} title={title} />}
    >
      {printing ? (
        chart(PRINT_SIZE)
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          {chart()}
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}

function RateText({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const text = formatPercent(value);
  if (text !== null) return <>{text}</>;
  return (
    <>
      <span aria-hidden>—</span>
      <span className="visually-hidden">{t('common.noData')}</span>
    </>
  );
}

interface TrendTooltipProps {
  payload: TooltipContentProps['payload'];
  metrics: readonly TrendMetric[];
  targets: Partial<Record<TrendMetric, number>>;
}

function TrendTooltip({ payload, metrics, targets }: TrendTooltipProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const row = payload?.[0]?.payload as TrendRow | undefined;
  if (!row) return null;
  return (
    <div className="trend-tooltip">
      <p className="trend-tooltip__title">{row.monthLabel}</p>
      <dl>
        {metrics.map((m) => (
          <div key={m} className="trend-tooltip__row">
            <dt>{metricLabel(m, language)}</dt>
            <dd>
              {formatPercent(row.values[m]) ?? t('common.noData')}
              {isBelowTarget(row.values[m], targets[m]) && ` · ${t('charts.trend.belowTarget')}`}
            </dd>
          </div>
        ))}
        <div className="trend-tooltip__row">
          <dt>{metricLabel('received', language)}</dt>
          <dd>{formatInteger(row.received)}</dd>
        </div>
      </dl>
    </div>
  );
}

interface TrendTableProps {
  rows: readonly TrendRow[];
  metrics: readonly TrendMetric[];
  targets: Partial<Record<TrendMetric, number>>;
  title: string;
}

function TrendTable({ rows, metrics, targets, title }: TrendTableProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const hasGap = rows.some((r) => metrics.some((m) => r.values[m] === null));
  return (
    <table className="data-table trend-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.trend.month')}</th>
          {metrics.map((m) => {
            const target = targets[m];
            return (
              <th key={m} scope="col" className="trend-table__num">
                {metricLabel(m, language)}
                {target !== undefined && (
                  <span className="trend-table__target">
                    {t('charts.trend.targetOf', { value: targetText(target) })}
                  </span>
                )}
              </th>
            );
          })}
          <th scope="col" className="trend-table__num">
            {metricLabel('received', language)}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.from}>
            <th scope="row">{row.monthLabel}</th>
            {metrics.map((m) => (
              <td key={m} className="trend-table__num">
                <RateText value={row.values[m]} />
                {isBelowTarget(row.values[m], targets[m]) && (
                  <span className="trend-table__below"> · {t('charts.trend.belowTarget')}</span>
                )}
              </td>
            ))}
            <td className="trend-table__num">{formatInteger(row.received)}</td>
          </tr>
        ))}
      </tbody>
      {hasGap && (
        <tfoot>
          <tr>
            <td colSpan={metrics.length + 2} className="muted">
              {t('charts.trend.gapNote')}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
