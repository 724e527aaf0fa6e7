import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { oneLineLabel } from '../lib/labels.ts';
import { ChartFrame } from './ChartFrame.tsx';

export interface LeaderboardItem {
  key: string;
  name: string;
  /** Shown in front of the name, e.g. the rank. */
  prefix?: string;
  value: number;
}

export interface LeaderboardChartProps {
  title: string;
  description?: string;
  /** Bars from top to bottom, in this order. */
  items: readonly LeaderboardItem[];
  /** Header of the value column and the tooltip's name, e.g. "Tỷ lệ đúng hạn (Biểu 06)". */
  valueLabel: string;
  /** Header of the name column of the table alternative. */
  nameLabel: string;
  /** How a value reads (vi-VN), in the axis, tooltip and table. */
  format: (value: number) => string;
  /** Draws a vertical line at the target, labelled. */
  target?: { value: number; label: string } | null;
  /** Fixed value axis, e.g. [0, 1] for rates. */
  domain?: [number, number];
}

const BAR_HEIGHT = 28;
const AXIS_HEIGHT = 36;
const NAME_WIDTH = 220;
/** What fits NAME_WIDTH at 12 px on one line; the tooltip and the table give the whole name. */
const NAME_CHARS = 30;

/** A name on one line (recharts would wrap it onto the next bar's), the whole name on hover. */
function NameTick({
  x,
  y,
  payload,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}) {
  const name = String(payload?.value ?? '');
  return (
    <text x={x} y={y} dy="0.355em" textAnchor="end" fontSize={12} fill="#44505c">
      <title>{name}</title>
      {oneLineLabel(name, NAME_CHARS)}
    </text>
  );
}

/**
 * Horizontal bars of one metric for a list of units (a leaderboard), with the target as a line and
 * the same numbers as a table. Imports recharts: load it with React.lazy so tables come first.
 */
export function LeaderboardChart({
  title,
  description,
  items,
  valueLabel,
  nameLabel,
  format,
  target,
  domain,
}: LeaderboardChartProps) {
  const data = items.map((item) => ({
    key: item.key,
    label: item.prefix ? `${item.prefix}. ${item.name}` : item.name,
    value: item.value,
  }));
  const table = (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{nameLabel}</th>
          <th scope="col" className="num">
            {valueLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.key}>
            <th scope="row">{d.label}</th>
            <td className="num">{format(d.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={title}
      description={description}
      table={table}
      height={data.length * BAR_HEIGHT + AXIS_HEIGHT}
    >
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={domain ?? [0, 'auto']}
          tickFormatter={(v: number) => format(v)}
          fontSize={12}
        />
        <YAxis type="category" dataKey="label" width={NAME_WIDTH} interval={0} tick={NameTick} />
        <Tooltip
          formatter={(value) => [typeof value === 'number' ? format(value) : String(value ?? ''), valueLabel]}
          cursor={{ fill: 'rgba(11, 83, 148, 0.08)' }}
        />
        <Bar dataKey="value" name={valueLabel} fill="#0b5394" isAnimationActive={false} barSize={16} />
        {target && (
          <ReferenceLine
            x={target.value}
            stroke="#a8201a"
            strokeWidth={2}
            strokeDasharray="6 3"
            label={{ value: target.label, position: 'top', fontSize: 12, fill: '#a8201a' }}
            ifOverflow="extendDomain"
          />
        )}
      </BarChart>
    </ChartFrame>
  );
}
