// Data table: caption, column headers that sort (a button in the header, `aria-sort` on it),
// a row header cell, and an empty state in place of an empty body.
import { useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';

export interface Column<T> {
  key: string;
  label: string;
  render: (row: T) => ComponentChildren;
  /** Makes the column sortable. */
  compare?: (a: T, b: T) => number;
  numeric?: boolean;
  /** The cell that names the row (`<th scope="row">`). */
  rowHeader?: boolean;
}

export interface TableProps<T> {
  id?: string;
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowAttributes?: (row: T) => JSX.HTMLAttributes<HTMLTableRowElement> & Record<string, string | undefined>;
  empty: ComponentChildren;
  /** Initial sort. */
  sort?: { key: string; direction: 'ascending' | 'descending' };
}

export function Table<T>({ id, caption, columns, rows, rowKey, rowAttributes, empty, sort }: TableProps<T>) {
  const [order, setOrder] = useState(sort ?? null);
  if (rows.length === 0) {
    return (
      <div class="vide" id={id} role="status">
        {empty}
      </div>
    );
  }
  const column = order ? columns.find((c) => c.key === order.key) : undefined;
  const sorted = column?.compare
    ? [...rows].sort((a, b) => (order!.direction === 'ascending' ? 1 : -1) * column.compare!(a, b))
    : rows;
  return (
    <div class="tableau-defilant">
      <table id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = order?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  class={c.numeric ? 'nombre' : undefined}
                  aria-sort={c.compare ? (active ? order!.direction : 'none') : undefined}
                >
                  {c.compare ? (
                    <button
                      type="button"
                      class="tri"
                      onClick={() =>
                        setOrder({
                          key: c.key,
                          direction: active && order!.direction === 'ascending' ? 'descending' : 'ascending',
                        })
                      }
                    >
                      {c.label}
                      <span aria-hidden="true" class="fleche">
                        {active ? (order!.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} {...(rowAttributes?.(row) ?? {})}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {c.render(row)}
                  </th>
                ) : (
                  <td key={c.key} class={c.numeric ? 'nombre' : undefined}>
                    {c.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const byText =
  <T,>(get: (row: T) => string | null | undefined) =>
  (a: T, b: T): number =>
    (get(a) ?? '').localeCompare(get(b) ?? '', 'fr', { sensitivity: 'base' });

export const byNumber =
  <T,>(get: (row: T) => number | null | undefined) =>
  (a: T, b: T): number =>
    (get(a) ?? -Infinity) - (get(b) ?? -Infinity);
