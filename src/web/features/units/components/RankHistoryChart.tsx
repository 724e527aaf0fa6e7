import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInteger } from '../../../lib/format.ts';
import { ChartFrame } from '../../charts/components/ChartFrame.tsx';
import type { RankPoint } from '../lib/months.ts';

/** The unit's monthly rank in its group: a line with rank 1 at the top, and the same as a table. */
export function RankHistoryChart({
  points,
  groupLabel,
}: {
  points: readonly RankPoint[];
  groupLabel: string;
}) {
  const { t } = useTranslation();
  const ranked = points.filter((p) => p.rank !== null);
  const worst = Math.max(1, ...points.map((p) => p.of));
  const table = (
    <table className="data-table">
      <caption className="visually-hidden">{t('units.rankHistory.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('units.rankHistory.month')}</th>
          <th scope="col" className="num">
            {t('units.rankHistory.rank')}
          </th>
          <th scope="col" className="num">
            {t('units.rankHistory.of')}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{p.month}</th>
            <td className="num">{p.rank === null ? t('units.rankHistory.none') : formatInteger(p.rank)}</td>
            <td className="num">{formatInteger(p.of)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={t('units.rankHistory.title')}
      description={t('units.rankHistory.description', { group: groupLabel })}
      table={table}
      height={220}
    >
      {ranked.length === 0 ? (
        <p className="muted">{t('units.rankHistory.empty')}</p>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points.map((p) => ({ ...p }))} margin={{ top: 12, right: 16, bottom: 0, left: 4 }}>
            <CartesianGrid stroke="#e3e8ef" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={8} />
            <YAxis
              reversed
              allowDecimals={false}
              domain={[1, worst]}
              width={40}
              tick={{ fontSize: 12 }}
              tickFormatter={(v: number) => formatInteger(v)}
            />
            <Tooltip
              formatter={(value, _name, item) =>
                t('units.rankHistory.tooltip', {
                  rank: formatInteger(Number(value)),
                  total: formatInteger((item.payload as RankPoint).of),
                })
              }
            />
            <Line
              type="linear"
              dataKey="rank"
              name={t('units.rankHistory.rank')}
              stroke="#0b5394"
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
