"use client";

/** Server-rendered HTML that hydration keeps as it is (React does not compare inner HTML). */
export function Doc() {
  const html = typeof window === "undefined" ? globalThis.__floorHtml : "";
  return <div className="reader-doc" dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
