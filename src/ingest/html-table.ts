import { Parser } from 'htmlparser2';
import { ROW_BATCH_SIZE } from './csv.ts';
import { type Cell, type RawRow, type ReadOptions, throwIfAborted } from './types.ts';

/**
 * A table with more rows than this is taken for the data table at once and streamed; smaller tables
 * (title blocks, signature blocks, layout wrappers) are held until the end, where the largest wins.
 */
export const DATA_TABLE_MIN_ROWS = 200;
const MAX_SPAN = 1000;
const WHITESPACE = /\s+/g;
/** Tags that break a line inside a cell; their text must not run into the neighbour's. */
const LINE_BREAKING_TAGS = new Set(['br', 'p', 'div', 'li', 'tr']);

interface TableState {
  held: RawRow[];
  /** Per column: how many more rows a rowspan from above still covers. */
  spansBelow: number[];
  row: { number: number; cells: Cell[]; occupied: readonly boolean[] } | null;
  cell: { text: string; colspan: number; rowspan: number } | null;
}

/**
 * Rows of the data table of an HTML document (the ".xls" that one-stop systems export): the first
 * table to grow past DATA_TABLE_MIN_ROWS rows, else the largest table (the first of equals). Nested
 * tables are tables of their own; their text is not part of the enclosing cell. Cell text has
 * entities decoded, inner tags flattened and whitespace (&nbsp; too) collapsed. colspan and rowspan
 * are expanded onto the grid: the text goes in the first covered cell and '' in the others, so a
 * two-row header keeps every label in its own column. Row numbers are the 1-based ordinal of the
 * <tr> in the whole document. Only opts.signal is used here: readRows reports progress.
 */
export async function* readHtmlTableRows(
  text: AsyncIterable<string>,
  opts: ReadOptions = {},
): AsyncGenerator<RawRow[]> {
  const stack: TableState[] = [];
  let trOrdinal = 0;
  // Held in an object: TypeScript would narrow plain `let`s to null, not seeing the callbacks assign them.
  const pick: { chosen: TableState | null; largestClosed: TableState | null } = {
    chosen: null,
    largestClosed: null,
  };
  let ready: RawRow[] = [];

  const top = (): TableState | undefined => stack[stack.length - 1];
  const finishRow = (table: TableState): void => {
    const row = table.row;
    if (!row) return;
    finishCell(table);
    const lastOccupied = row.occupied.lastIndexOf(true);
    while (row.cells.length <= lastOccupied) row.cells.push('');
    table.row = null;
    const rawRow = { row: row.number, cells: row.cells };
    if (pick.chosen === table) ready.push(rawRow);
    else if (pick.chosen === null) {
      table.held.push(rawRow);
      if (table.held.length > DATA_TABLE_MIN_ROWS) {
        pick.chosen = table;
        pick.largestClosed = null;
        ready = table.held;
        table.held = [];
      }
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'table') {
          stack.push({ held: [], spansBelow: [], row: null, cell: null });
          return;
        }
        const table = top();
        if (!table) return;
        if (name === 'tr') {
          finishRow(table);
          startRow(table, ++trOrdinal);
        } else if (name === 'td' || name === 'th') {
          if (!table.row) startRow(table, ++trOrdinal);
          finishCell(table);
          table.cell = { text: '', colspan: spanOf(attribs.colspan), rowspan: spanOf(attribs.rowspan) };
        } else if (table.cell && LINE_BREAKING_TAGS.has(name)) {
          table.cell.text += ' ';
        }
      },
      ontext(data) {
        const cell = top()?.cell;
        if (cell) cell.text += data;
      },
      onclosetag(name) {
        const table = top();
        if (!table) return;
        if (name === 'td' || name === 'th') finishCell(table);
        else if (name === 'tr') finishRow(table);
        else if (name === 'table') {
          finishRow(table);
          stack.pop();
          if (pick.chosen === null && table.held.length > (pick.largestClosed?.held.length ?? 0)) {
            pick.largestClosed = table;
          }
        } else if (table.cell && LINE_BREAKING_TAGS.has(name)) {
          table.cell.text += ' ';
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  for await (const chunk of text) {
    throwIfAborted(opts.signal);
    parser.write(chunk);
    if (ready.length >= ROW_BATCH_SIZE) {
      yield ready;
      ready = [];
    }
  }
  throwIfAborted(opts.signal);
  parser.end();
  const rest = pick.chosen ? ready : (pick.largestClosed?.held ?? []);
  for (let start = 0; start < rest.length; start += ROW_BATCH_SIZE) {
    yield rest.slice(start, start + ROW_BATCH_SIZE);
  }
}

const NOTHING_OCCUPIED: readonly boolean[] = [];

function startRow(table: TableState, number: number): void {
  let occupied = NOTHING_OCCUPIED;
  if (table.spansBelow.some((n) => n > 0)) {
    occupied = table.spansBelow.map((n) => n > 0);
    table.spansBelow = table.spansBelow.map((n) => Math.max(0, n - 1));
  }
  table.row = { number, cells: [], occupied };
}

function finishCell(table: TableState): void {
  const { row, cell } = table;
  if (!row || !cell) return;
  table.cell = null;
  // Bounds checked first: reading past the end of an array is slow in V8.
  while (row.cells.length < row.occupied.length && row.occupied[row.cells.length]) row.cells.push('');
  const column = row.cells.length;
  row.cells.push(collapseWhitespace(cell.text));
  for (let i = 1; i < cell.colspan; i++) row.cells.push('');
  if (cell.rowspan > 1) {
    while (table.spansBelow.length < column + cell.colspan) table.spansBelow.push(0);
    for (let c = column; c < column + cell.colspan; c++) {
      table.spansBelow[c] = Math.max(table.spansBelow[c]!, cell.rowspan - 1);
    }
  }
}

/** `text.replace(/\s+/g, ' ').trim()`, but most cells need neither and are returned without a copy. */
function collapseWhitespace(text: string): string {
  let previousIsSpace = true; // so that a leading space counts as work to do
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previousIsSpace) return text.replace(WHITESPACE, ' ').trim();
      previousIsSpace = true;
    } else if (c < 0x20 || c === 0xa0 || (c >= 0x1680 && isOtherUnicodeSpace(c))) {
      return text.replace(WHITESPACE, ' ').trim();
    } else previousIsSpace = false;
  }
  return previousIsSpace ? text.trim() : text;
}

function isOtherUnicodeSpace(c: number): boolean {
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function spanOf(attribute: string | undefined): number {
  if (attribute === undefined) return 1;
  const n = Number.parseInt(attribute, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}
