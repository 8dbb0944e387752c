import type { ReactNode } from "react";

/** The reader's place while its text is on the way (or could not be had): the article layout, the details beside it. */
export function ReaderLoading({ failed, details }: { failed: string | null | undefined; details: ReactNode }) {
  return (
    <div className="article-layout">
      <section className="card reading" aria-label="Article text" aria-busy={failed ? undefined : "true"}>
        <p
          className={failed ? "reader-loading reader-loading--failed" : "reader-loading muted"}
          role={failed ? "alert" : undefined}
        >
          {failed ? `${failed} Reload the page to try again.` : "Loading the article…"}
        </p>
      </section>
      <aside className="reader-side" aria-label="Claims and details">
        {details}
      </aside>
    </div>
  );
}
