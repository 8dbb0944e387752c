"use client";

/**
 * The adjudication of one article: the text with every annotator's claims, the list of units,
 * and the selected unit's panel. Keys: J/K or ↓/↑ move between units, 1–9 take a version, E edit,
 * X reject, U undo, A add the selected text as a claim nobody made. Every change names the
 * version the page showed; when another adjudicator changed the article first (409) the page
 * reloads it, says so, and offers to apply the same decision again.
 */
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "@/app/_components/api-client";
import { adjudicationApi, ANNOTATOR_COLOURS, type AdjudicationView, type DecisionBody } from "./adjudication-api";
import { ArticleLayers, selectedSpan } from "./article-layers";
import { ClaimForm, draftAttributes } from "./claim-form";
import { GoldList } from "./gold-list";
import { isTyping } from "./keys";
import { UnitList } from "./unit-list";
import { UnitPanel } from "./unit-panel";

type Option = { key: string; label: string };

export function AdjudicationWorkbench({
  initial,
  kinds,
  verdicts,
  queueHref,
}: {
  initial: AdjudicationView;
  kinds: Option[];
  verdicts: Option[];
  queueHref: string;
}) {
  const [view, setView] = useState(initial);
  const [selected, setSelected] = useState(() =>
    Math.max(
      0,
      initial.units.findIndex((u) => !u.decision),
    ),
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "status" | "alert"; text: string } | null>(null);
  const [conflict, setConflict] = useState<DecisionBody | null>(null);
  const [adding, setAdding] = useState<{ start: number; end: number; exact: string } | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const open = view.state === "open";
  const keys = view.annotators.map((a) => a.key);
  const annotators = view.annotators.map((a) => ({ key: a.key, label: a.label }));

  const send = async (body: DecisionBody, version = view.version) => {
    if (version === null) return;
    setBusy(true);
    setMessage(null);
    try {
      const next = await adjudicationApi.decide(view.projectId, view.articleId, version, body);
      setView(next);
      setConflict(null);
      setAdding(null);
      const following = next.units.findIndex((u, i) => i > selected && !u.decision);
      if (body.action !== "undo" && body.action !== "add" && following >= 0) setSelected(following);
      setMessage({ tone: "status", text: body.action === "undo" ? "Decision undone." : "Decision saved." });
    } catch (error) {
      await failed(error, body);
    } finally {
      setBusy(false);
    }
  };

  const failed = async (error: unknown, body: DecisionBody | null) => {
    const text = error instanceof ApiError ? error.message : "The decision could not be saved.";
    if (error instanceof ApiError && error.status === 409) {
      try {
        setView(await adjudicationApi.get(view.projectId, view.articleId));
      } catch {
        /* keep the view we have */
      }
      setConflict(body);
      setMessage({
        tone: "alert",
        text: "Another adjudicator changed this article meanwhile, so your decision was not saved. The page now shows the article as it is; check the unit and apply your decision again if it still holds.",
      });
    } else setMessage({ tone: "alert", text });
  };

  const close = async () => {
    if (view.version === null) return;
    setBusy(true);
    try {
      setView(await adjudicationApi.close(view.projectId, view.articleId, view.version));
      setMessage({ tone: "status", text: "Adjudication closed: the gold claims went to review." });
    } catch (error) {
      await failed(error, null);
    } finally {
      setBusy(false);
    }
  };

  const startAdding = () => {
    const span = selectedSpan(textRef.current, view.text);
    if (span) setAdding(span);
    else setMessage({ tone: "alert", text: "Select the words of the claim in the text first, then press Add." });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || adding) return;
      if ((e.key === "j" || e.key === "ArrowDown") && selected < view.units.length - 1) {
        e.preventDefault();
        setSelected(selected + 1);
      } else if ((e.key === "k" || e.key === "ArrowUp") && selected > 0) {
        e.preventDefault();
        setSelected(selected - 1);
      } else if (e.key === "a" && open) {
        e.preventDefault();
        startAdding();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const unit = view.units[selected];
  return (
    <div className="adjudication">
      <div className="adjudication__bar">
        <ul className="adjudication__legend" aria-label="Annotators">
          {view.annotators.map((a, i) => (
            <li key={a.key}>
              <span className="annotator-dot" style={{ background: ANNOTATOR_COLOURS[i % 5] }} aria-hidden="true" />{" "}
              {a.label}
            </li>
          ))}
        </ul>
        <p className="adjudication__state">
          {view.state === null
            ? "Not in adjudication yet: its annotators have not all submitted."
            : open
              ? `${view.undecided} of ${view.units.length} units to decide · version ${view.version}`
              : "Adjudicated: the gold claims are in review."}
        </p>
        {open ? (
          <div className="adjudication__actions">
            <button type="button" className="button button--secondary" disabled={busy} onClick={startAdding}>
              Add claim from selection <kbd>A</kbd>
            </button>
            <button type="button" className="button" disabled={busy || view.undecided > 0} onClick={close}>
              Close adjudication
            </button>
          </div>
        ) : (
          <Link href={queueHref} className="button button--secondary">
            Back to the queue
          </Link>
        )}
      </div>
      {message ? (
        <div role={message.tone} className={message.tone === "alert" ? "alert form-message" : "notice form-message"}>
          {message.text}
          {conflict ? (
            <button
              type="button"
              className="button button--small adjudication__reapply"
              disabled={busy}
              onClick={() => void send(conflict)}
            >
              Apply my decision again
            </button>
          ) : null}
        </div>
      ) : null}
      {adding ? (
        <div className="card card--padded">
          <p className="muted">
            New claim: <q>{adding.exact}</q>
          </p>
          <ClaimForm
            title="Add a claim nobody made"
            initial={{
              kind: kinds[0]?.key ?? "",
              value: "",
              qualifier: "",
              unit: "",
              verdict: "",
              timeRef: "",
              attributedTo: "",
            }}
            kinds={kinds}
            verdicts={verdicts}
            submitLabel="Add gold claim"
            busy={busy}
            onCancel={() => setAdding(null)}
            onSubmit={(draft, r) =>
              void send({
                action: "add",
                span: adding,
                attributes: draftAttributes(draft),
                reasonCode: r.reasonCode || null,
                comment: r.comment.trim() || null,
              })
            }
          />
        </div>
      ) : null}
      <div className="adjudication__columns">
        <ArticleLayers
          ref={textRef}
          text={view.text}
          units={view.units}
          keys={keys}
          selected={selected}
          onSelect={setSelected}
        />
        <div className="adjudication__side">
          {unit ? (
            <UnitPanel
              key={`${unit.id}:${view.version}`}
              unit={unit}
              position={`${selected + 1} of ${view.units.length}`}
              annotators={annotators}
              text={view.text}
              kinds={kinds}
              verdicts={verdicts}
              open={open && !adding}
              busy={busy}
              onDecide={(body) => void send(body)}
            />
          ) : (
            <p className="card card--padded muted">No annotator made a claim in this article.</p>
          )}
          <GoldList gold={view.gold} kindLabel={(k) => kinds.find((o) => o.key === k)?.label ?? k} />
          <UnitList
            units={view.units}
            text={view.text}
            selected={selected}
            onSelect={setSelected}
            added={view.added.length}
          />
        </div>
      </div>
    </div>
  );
}
