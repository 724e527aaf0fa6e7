import { createColumnHelper, type Row, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem, ProblemCode } from '../../../../ingest/problems.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger } from '../../../lib/format.ts';
import { downloadText, problemsToCsv } from '../lib/problems-csv.ts';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Problem>();
const PROBLEM_CODES: readonly ProblemCode[] = [
  'missing_required',
  'unparsable_date',
  'finished_before_received',
  'finished_without_date',
  'unknown_status',
  'duplicate_code',
];
/** Up to this many rows render plainly; longer lists render only the rows in view. */
const VIRTUALIZE_OVER = 200;
const ROW_HEIGHT = 44;

export interface ProblemsTableProps {
  problems: readonly Problem[];
  counts: Partial<Record<ProblemCode, number>>;
  truncated: boolean;
  showFile: boolean;
}

/** The validation report's findings: row, column, value, reason; filter by kind; download as CSV. */
export function ProblemsTable({ problems, counts, truncated, showFile }: ProblemsTableProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const filterId = useId();
  const [kind, setKind] = useState<ProblemCode | 'all'>('all');
  const total = PROBLEM_CODES.reduce((sum, code) => sum + (counts[code] ?? 0), 0);

  const data = useMemo(
    () => (kind === 'all' ? problems : problems.filter((p) => p.code === kind)),
    [problems, kind],
  );
  const reasonOf = (p: Problem) => (language === 'vi' ? p.message : t(`upload.problems.code.${p.code}`));

  // biome-ignore lint/correctness/useExhaustiveDependencies: t changes with language
  const columns = useMemo(
    () =>
      helper.columns([
        ...(showFile
          ? [helper.accessor((p) => p.file ?? '', { id: 'file', header: () => t('upload.problems.file') })]
          : []),
        helper.accessor('row', {
          header: () => t('upload.problems.row'),
          // Row numbers as a person opening the file counts them: plain digits, no separator.
          cell: (c) => String(c.getValue()),
        }),
        helper.accessor((p) => p.column ?? '', { id: 'column', header: () => t('upload.problems.column') }),
        helper.accessor((p) => p.value ?? '', {
          id: 'value',
          header: () => t('upload.problems.value'),
          cell: (c) => <span className="problem__value">{c.getValue() || '—'}</span>,
        }),
        helper.accessor((p) => p.message, {
          id: 'reason',
          header: () => t('upload.problems.reason'),
          cell: (c) => {
            const p = c.row.original;
            return (
              <span className={`problem problem--${p.severity}`}>
                <span className="problem__severity">{t(`upload.problems.severity.${p.severity}`)}</span>
                <span>{reasonOf(p)}</span>
              </span>
            );
          },
        }),
      ]),
    [showFile, language, t],
  );

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (p, i) => `${p.file ?? ''}:${p.row}:${p.code}:${i}`,
  });
  const rows = table.getRowModel().rows;

  const download = () => {
    const csv = problemsToCsv(data, {
      file: t('upload.problems.file'),
      row: t('upload.problems.row'),
      column: t('upload.problems.column'),
      value: t('upload.problems.value'),
      severity: t('upload.problems.severityColumn'),
      kind: t('upload.problems.kindColumn'),
      reason: t('upload.problems.reason'),
      severityText: (p) => t(`upload.problems.severity.${p.severity}`),
      kindText: (p) => t(`upload.problems.code.${p.code}`),
      reasonText: reasonOf,
    });
    downloadText(t('upload.problems.csvFile'), csv);
  };

  return (
    <section className="panel" aria-labelledby="problems-title">
      <h2 id="problems-title" className="panel__title">
        {t('upload.problems.title')}
      </h2>
      {total === 0 ? (
        <p>{t('upload.problems.none')}</p>
      ) : (
        <>
          <div className="toolbar">
            <div className="toolbar__field">
              <label htmlFor={filterId}>{t('upload.problems.filter')}</label>
              <select
                id={filterId}
                className="select"
                value={kind}
                onChange={(e) => setKind(e.target.value as ProblemCode | 'all')}
              >
                <option value="all">{t('upload.problems.all', { count: total })}</option>
                {PROBLEM_CODES.filter((code) => (counts[code] ?? 0) > 0).map((code) => (
                  <option key={code} value={code}>
                    {t('upload.problems.option', {
                      label: t(`upload.problems.code.${code}`),
                      count: counts[code] ?? 0,
                    })}
                  </option>
                ))}
              </select>
            </div>
            <Button onClick={download} disabled={data.length === 0}>
              {t('upload.problems.download')}
            </Button>
          </div>
          {truncated && (
            <p className="muted">
              {t('upload.problems.truncated', { kept: formatInteger(problems.length) })}
            </p>
          )}
          {rows.length === 0 ? (
            <p>{t('upload.problems.empty')}</p>
          ) : (
            <ProblemRows
              table={table}
              rows={rows}
              labels={{
                file: t('upload.problems.file'),
                row: t('upload.problems.row'),
                column: t('upload.problems.column'),
                value: t('upload.problems.value'),
              }}
              caption={t('upload.problems.caption', { shown: formatInteger(rows.length) })}
            />
          )}
        </>
      )}
    </section>
  );
}

type ProblemTable = ReturnType<typeof useTable<typeof features, Problem>>;
type ProblemRow = Row<typeof features, Problem>;

function ProblemRows({
  table,
  rows,
  caption,
  labels,
}: {
  table: ProblemTable;
  rows: ProblemRow[];
  caption: string;
  /** Column id → its header text, repeated before each value when the table stacks on phones. */
  labels: Record<string, string>;
}) {
  const scrollRef = useRef<HTMLElement>(null);
  const virtual = rows.length > VIRTUALIZE_OVER;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const paddingTop = virtual && items.length > 0 ? items[0]!.start : 0;
  const paddingBottom =
    virtual && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const shown = virtual
    ? items.map((item) => ({ row: rows[item.index]!, index: item.index }))
    : rows.map((row, index) => ({ row, index }));
  const columnCount = table.getAllLeafColumns().length;

  return (
    <section
      ref={scrollRef}
      className={`table-scroll${virtual ? ' table-scroll--tall' : ''}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      aria-label={caption}
    >
      <table className="data-table problems-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={columnCount} />
            </tr>
          )}
          {shown.map(({ row, index }) => (
            <tr
              key={row.id}
              aria-rowindex={index + 2}
              data-index={index}
              ref={virtual ? virtualizer.measureElement : undefined}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`} data-label={labels[cell.column.id]}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {paddingBottom > 0 && (
            <tr aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={columnCount} />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
