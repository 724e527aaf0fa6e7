import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  type DataKey,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { GRADE_IDS, type TargetResponse } from '../../../../api/index766.ts';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger, formatPercent } from '../../../lib/format.ts';
import { ChartFrame } from '../../charts/components/ChartFrame.tsx';
import {
  type GradeId,
  type GradeRow,
  type GroupShareRow,
  gradeLabel,
  type ShareRow,
  type UnitGroup,
} from '../lib/target-view.ts';
import { GradeTable, GroupShareTable, ShareTable } from './HistoryTables.tsx';

/**
 * The target page's recharts drawings (loaded lazily: recharts is most of a chart's weight). Each
 * sits in a ChartFrame whose table says the same numbers.
 */

const GOAL = 1;
const percentTick = (v: number) => formatPercent(v, 0) ?? '';
const percentValue = (v: unknown) => (typeof v === 'number' ? (formatPercent(v) ?? '') : '');

const BASIS_STYLE = {
  official: { color: '#0b5394', dash: undefined, symbol: 'circle' },
  estimate: { color: '#b45309', dash: '6 4', symbol: 'diamond' },
} as const;

const GROUP_STYLE: Record<
  UnitGroup,
  { color: string; symbol: 'circle' | 'diamond' | 'square' | 'triangle' }
> = {
  department: { color: '#0b5394', symbol: 'circle' },
  commune: { color: '#b45309', symbol: 'diamond' },
  vertical: { color: '#136c34', symbol: 'square' },
  other: { color: '#6b3fa0', symbol: 'triangle' },
};

/** Grade colours, best to worst; the legend, tooltip and table carry the grade's word. */
export const GRADE_COLOURS: Record<GradeId, string> = {
  excellent: '#0f5c2e',
  good: '#3f9a5a',
  fair: '#d9a21b',
  average: '#e0701f',
  weak: '#a8201a',
};

function GoalLine() {
  const { t } = useTranslation();
  return (
    <ReferenceLine
      y={GOAL}
      stroke="#17212e"
      strokeDasharray="2 3"
      ifOverflow="extendDomain"
      label={{ value: t('target.history.goalLine'), position: 'insideBottomRight', fontSize: 12 }}
    />
  );
}

interface ShareLine<Row> {
  key: string;
  value: DataKey<Row>;
  name: string;
  color: string;
  dash?: string | undefined;
  symbol: 'circle' | 'diamond' | 'square' | 'triangle';
}

/** Shares (0–1) month by month against the 100 % line: the axes, goal, tooltip and legend of both charts. */
function ShareLines<Row extends { label: string }>({
  rows,
  lines,
}: {
  rows: readonly Row[];
  lines: ShareLine<Row>[];
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows as Row[]} margin={{ top: 16, right: 16, bottom: 0, left: 4 }}>
        <CartesianGrid stroke="#e3e8ef" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={8} />
        <YAxis domain={[0, 1]} width={52} tick={{ fontSize: 12 }} tickFormatter={percentTick} />
        <GoalLine />
        {lines.map((line) => (
          <Line
            key={line.key}
            type="linear"
            dataKey={line.value}
            name={line.name}
            stroke={line.color}
            strokeDasharray={line.dash}
            strokeWidth={2}
            dot={{ r: 4, fill: line.color }}
            legendType={line.symbol}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        <Tooltip formatter={percentValue} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export interface ShareChartProps {
  rows: readonly ShareRow[];
  title: string;
  description: string;
}

/** The share at Tốt or better per month: official (solid) and estimate (dashed), against 100 %. */
export function ShareChart({ rows, title, description }: ShareChartProps) {
  const { t } = useTranslation();
  return (
    <ChartFrame title={title} description={description} table={<ShareTable rows={rows} caption={title} />}>
      <ShareLines
        rows={rows}
        lines={(['official', 'estimate'] as const).map((basis) => ({
          key: basis,
          value: basis,
          name: t(`target.basis.${basis}`),
          ...BASIS_STYLE[basis],
        }))}
      />
    </ChartFrame>
  );
}

export interface GroupShareChartProps {
  rows: readonly GroupShareRow[];
  groups: readonly UnitGroup[];
  title: string;
  description: string;
}

/** The share at Tốt or better per unit group and month, against 100 %. */
export function GroupShareChart({ rows, groups, title, description }: GroupShareChartProps) {
  const { t } = useTranslation();
  return (
    <ChartFrame
      title={title}
      description={description}
      table={<GroupShareTable rows={rows} groups={groups} caption={title} />}
    >
      <ShareLines
        rows={rows}
        lines={groups.map((g) => ({
          key: g,
          value: (r: GroupShareRow) => r.shares[g] ?? null,
          name: t(`filters.unitGroup.${g}`),
          ...GROUP_STYLE[g],
        }))}
      />
    </ChartFrame>
  );
}

export interface GradeChartProps {
  rows: readonly GradeRow[];
  version: TargetResponse['version'];
  title: string;
  description: string;
  tableCaption: string;
}

/** Units per grade per month, stacked (best grade on top). */
export function GradeChart({ rows, version, title, description, tableCaption }: GradeChartProps) {
  const { i18n } = useTranslation();
  const language = languageOf(i18n);
  // Worst first, so the stack builds up to Xuất sắc at the top.
  const order = GRADE_IDS.toReversed();
  return (
    <ChartFrame
      title={title}
      description={description}
      table={<GradeTable rows={rows} version={version} caption={tableCaption} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows as GradeRow[]} margin={{ top: 16, right: 16, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="#e3e8ef" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={8} />
          <YAxis allowDecimals={false} width={44} tick={{ fontSize: 12 }} />
          {order.map((g) => (
            <Bar
              key={g}
              stackId="grades"
              dataKey={(r: GradeRow) => r.grades[g]}
              name={gradeLabel(version, g, language)}
              fill={GRADE_COLOURS[g]}
              isAnimationActive={false}
            />
          ))}
          <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? formatInteger(v) : '')} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
