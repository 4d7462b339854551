// Table rows for long lists: only the rows near the viewport are in the page (plus a few either
// side), with spacer rows above and below so the window's scroll bar covers the whole list.
import { useCallback, useState, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

export function useVirtualRows(options: {
  count: number;
  /** The height a row is expected to have before it is measured: too low renders rows for nothing. */
  rowHeight: number;
  key: (index: number) => string | number;
  /** Rows kept in the page beyond each edge of the window. */
  overscan?: number;
}) {
  const [scrollMargin, setScrollMargin] = useState(0);
  const measureTable = useCallback((table: HTMLTableElement | null) => {
    if (table) setScrollMargin(table.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: options.count,
    estimateSize: () => options.rowHeight,
    overscan: options.overscan ?? 8,
    scrollMargin,
    getItemKey: options.key,
    // The window's scroll belongs to the router (a new screen at the top, back where you were): the
    // list never moves it. Left to itself, it would scroll a newly opened screen back to the offset
    // it read before the router reset it, to keep rows in place as they are measured.
    scrollToFn: () => undefined,
    // Rows in the page from the first paint, so back/forward can restore an offset below the table.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    initialOffset: () => window.scrollY,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? (items[0]?.start ?? 0) - virtualizer.options.scrollMargin : 0;
  const paddingBottom =
    items.length > 0
      ? virtualizer.getTotalSize() - ((items.at(-1)?.end ?? 0) - virtualizer.options.scrollMargin)
      : 0;
  /** A spacer row standing in for the rows above or below the ones in the page. */
  const spacer = (height: number, columns: number): ReactNode =>
    height > 0 ? (
      <tr aria-hidden style={{ height }}>
        <td colSpan={columns} style={{ padding: 0, border: 0 }} />
      </tr>
    ) : null;
  return {
    measureTable,
    items,
    measureElement: virtualizer.measureElement,
    before: (columns: number) => spacer(paddingTop, columns),
    after: (columns: number) => spacer(paddingBottom, columns),
  };
}
