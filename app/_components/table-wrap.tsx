"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * The box a wide table scrolls sideways in. A box that scrolls must be reachable from the
 * keyboard (arrow keys scroll it once focused), so it is drawn focusable and named; once it has
 * measured itself in the browser and finds that nothing overflows, it leaves the tab order, so a
 * table that fits costs no extra Tab.
 */
export function TableWrap({
  label,
  className,
  children,
}: {
  /** What the table shows, said when the box takes focus. */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={className ? `table-wrap ${className}` : "table-wrap"}
      role="group"
      aria-label={label}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
