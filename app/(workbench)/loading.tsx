import "./_components/route-states.css";

/** Shown in the page frame while a workbench page is rendered on the server. */
export default function Loading() {
  return (
    <div className="route-loading" role="status" aria-live="polite">
      <p className="route-loading__label">Loading the page…</p>
      <div className="route-loading__line route-loading__line--title" aria-hidden="true" />
      <div className="route-loading__line" aria-hidden="true" />
      <div className="route-loading__line route-loading__line--short" aria-hidden="true" />
      <div className="route-loading__line" aria-hidden="true" />
    </div>
  );
}
