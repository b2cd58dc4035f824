import { Button, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';

export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly numeric?: boolean;
  /**
   * Where the cell goes in a row's card on a phone: `title`, the card's first line, bold and without its header
   * (what names the row: a date, an id); `inline`, beside the other inline cells on one line (short values: counts,
   * grades); `wide`, its header on a line above the value, which then has the card's whole width (long lists of
   * words). Otherwise a "header: value" line of its own.
   */
  readonly phone?: 'title' | 'inline' | 'wide';
}

/** What a cell shows for "nothing": left out of a row's card on a phone, where it would be a line saying nothing. */
function isEmpty(content: ReactNode): boolean {
  return content === null || content === undefined || content === '' || content === '—';
}

/**
 * A captioned table. On a phone each row becomes a card of "header: value" lines (`stack-on-phone` in console.css), with
 * its title cell first and its short cells side by side (Column.phone), and without the cells that say nothing; on
 * wider screens a table wider than its box scrolls sideways inside it instead of widening the page. The ARIA roles are
 * explicit so the table keeps its semantics when the phone layout displays its parts as blocks (and its name: with an
 * explicit role, Chromium no longer names the table from its caption).
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  minWidth = 640,
  phoneRows,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  minWidth?: number;
  /** On a phone, only the first this many rows, then a button that shows the rest: a long list of cards is a long scroll. */
  phoneRows?: number;
}) {
  // Read before the first paint (not in an effect): a phone never flashes the whole list first.
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const [showAll, setShowAll] = useState(false);
  const shown = phone && !showAll && phoneRows !== undefined && rows.length > phoneRows ? rows.slice(0, phoneRows) : rows;
  return (
    <>
      {/* Focusable and named, so a keyboard user can scroll a wide table sideways on a phone. */}
      <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} role="region" aria-label={caption}>
        <Table striped highlightOnHover verticalSpacing="xs" captionSide="top" className="stack-on-phone" role="table" aria-label={caption}>
          <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
          <Table.Thead role="rowgroup">
            <Table.Tr role="row">
              {columns.map((column) => (
                <Table.Th key={column.header} scope="col" role="columnheader" style={column.numeric ? { textAlign: 'right' } : undefined}>{column.header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody role="rowgroup">
            {shown.map((row) => (
              <Table.Tr key={rowKey(row)} role="row">
                {columns.map((column) => {
                  const content = column.cell(row);
                  return (
                    <Table.Td
                      key={column.header}
                      role="cell"
                      data-label={column.header}
                      data-empty={isEmpty(content) || undefined}
                      className={column.phone ? `phone-${column.phone}` : undefined}
                      style={column.numeric ? { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } : undefined}
                    >
                      {content}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length < rows.length && (
        <Button variant="light" size="xs" mt={4} onClick={() => setShowAll(true)}>
          Show {rows.length - shown.length} more
        </Button>
      )}
    </>
  );
}

/** Where `stack-on-phone` (console.css) turns rows into cards. */
const PHONE = '(max-width: 40em)';
