import type { ReactNode } from "react";
import { Brand } from "./brand";
import "./standalone.css";

/** The frame for pages outside the signed-in shell: sign in, sign out, forbidden, not found. */
export function Standalone({
  children,
  after,
  wide = false,
}: {
  children: ReactNode;
  after?: ReactNode;
  wide?: boolean;
}) {
  return (
    <main id="main" className="standalone">
      <Brand className="standalone__brand" />
      <div className={`card standalone__card${wide ? " standalone__card--wide" : ""}`}>{children}</div>
      {after}
    </main>
  );
}
