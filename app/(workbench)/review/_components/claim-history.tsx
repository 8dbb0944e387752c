import "server-only";
import { getClaimHistory } from "@/lib/audit/get-claim-history";
import { getCurrentActor } from "@/lib/auth/current-actor";
import type { AuditEventView } from "@/lib/audit/audit-view";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatDateTime, isoDate } from "@/app/(workbench)/_components/format/dates";
import { actionTone, describeAction, describeChanges, eventNote } from "@/app/(workbench)/_components/history-format";
import "./claim-history.css";

/**
 * A claim's audit timeline, oldest first: who did what and when, with the reviewer's comments
 * and what each edit changed. A server component for any page that shows a claim:
 *
 * ```tsx
 * <ClaimHistory claimId={claim.id} />
 * ```
 *
 * It loads its own data for the signed-in viewer (nothing when they may not see the claim),
 * and renders a heading unless `heading={null}`. The same data is `GET /api/claims/{id}/history`.
 */
export async function ClaimHistory({
  claimId,
  heading = "History",
  headingLevel = 2,
}: {
  claimId: string;
  heading?: string | null;
  headingLevel?: 2 | 3;
}) {
  let items: AuditEventView[] = [];
  const actor = await getCurrentActor();
  try {
    if (actor) items = (await getClaimHistory({ db: getDb(), actor, claimId })).items;
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
  }
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `history-${claimId}`;
  return (
    <section
      className="claim-history"
      aria-labelledby={heading ? headingId : undefined}
      aria-label={heading ? undefined : "History"}
    >
      {heading ? (
        <Heading id={headingId} className="claim-history__heading">
          {heading}
        </Heading>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">Nothing recorded for this claim yet.</p>
      ) : (
        <ol className="timeline">
          {items.map((event, index) => (
            <TimelineEvent
              key={event.id}
              event={event}
              resubmission={
                event.action === "claim.submit" && items.slice(0, index).some((e) => e.action === "claim.submit")
              }
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineEvent({ event, resubmission }: { event: AuditEventView; resubmission: boolean }) {
  const changes = event.action === "claim.update" ? describeChanges(event.changes, event.before, event.after) : [];
  const note = eventNote(event.after);
  return (
    <li className={`timeline__event timeline__event--${actionTone(event.action)}`} data-action={event.action}>
      <span className="timeline__dot" aria-hidden="true" />
      <p className="timeline__line">
        <span className="timeline__who">{event.actor?.name ?? "System"}</span>{" "}
        {describeAction(event.action, { resubmission })}
        <time className="timeline__when" dateTime={isoDate(event.createdAt)}>
          {formatDateTime(event.createdAt)}
        </time>
      </p>
      {note ? <blockquote className="timeline__note">{note}</blockquote> : null}
      {changes.length > 0 ? (
        <ul className="timeline__changes">
          {changes.map((c) => (
            <li key={c.field}>
              <span className="timeline__field">{c.label}</span> <del>{c.from}</del> <span aria-hidden="true">→</span>
              <span className="visually-hidden">changed to</span> <ins>{c.to}</ins>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
