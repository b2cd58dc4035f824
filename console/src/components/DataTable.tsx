import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly numeric?: boolean;
}

/**
 * A captioned table. On a phone each row becomes a card of "header: value" lines (`stack-on-phone` in console.css); on
 * wider screens a table wider than its box scrolls sideways inside it instead of widening the page. The ARIA roles are
 * explicit so the table keeps its semantics when the phone layout displays its parts as blocks (and its name: with an
 * explicit role, Chromium no longer names the table from its caption).
 */
export function DataTable<T>({ caption, columns, rows, rowKey, minWidth = 640 }: { caption: string; columns: readonly Column<T>[]; rows: readonly T[]; rowKey: (row: T) => string; minWidth?: number }) {
  return (
    // Focusable and named, so a keyboard user can scroll a wide table sideways on a phone.
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
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} role="row">
              {columns.map((column) => (
                <Table.Td key={column.header} role="cell" data-label={column.header} style={column.numeric ? { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } : undefined}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
