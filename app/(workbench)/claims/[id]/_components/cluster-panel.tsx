"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { errorText, workbenchApi } from "@/app/(workbench)/_components/workbench-api";

interface ClusterPanelProps {
  claimId: string;
  cluster: { id: string; name: string } | null;
  clusters: { id: string; name: string; claimCount: number }[];
  canWrite: boolean;
}

/** The claim's cluster, and the controls to put it into one (existing or new) or take it out. */
export function ClusterPanel({ claimId, cluster, clusters, canWrite }: ClusterPanelProps) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    setPending(true);
    setError(null);
    try {
      await action();
      router.refresh();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPending(false);
    }
  }

  function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = String(new FormData(event.currentTarget).get("clusterId") ?? "");
    if (!id) return setError("Choose a cluster first.");
    void run(() => workbenchApi.addToCluster(id, claimId));
  }

  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    if (!name) return setError("Give the new cluster a name.");
    void run(async () => {
      const created = await workbenchApi.createCluster(name);
      await workbenchApi.addToCluster(created.id, claimId);
    });
  }

  const message = error ? (
    <p role="alert" className="error-text form-error-below">
      {error}
    </p>
  ) : null;

  if (cluster) {
    return (
      <div className="cluster-panel">
        <p>
          In the cluster <Link href={`/clusters/${encodeURIComponent(cluster.id)}`}>{cluster.name}</Link>, with the
          other claims that state the same fact.
        </p>
        {canWrite ? (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={pending}
            onClick={() => run(() => workbenchApi.removeFromCluster(cluster.id, claimId))}
          >
            Remove from cluster
          </button>
        ) : null}
        {message}
      </div>
    );
  }
  return (
    <div className="cluster-panel">
      <p className="muted">
        Not in a cluster. Group it with claims that state the same fact in other articles to compare them over time, or{" "}
        <Link href="/clusters">browse the clusters</Link>.
      </p>
      {canWrite ? (
        <div className="cluster-panel__forms">
          {clusters.length > 0 ? (
            <form className="inline-form" onSubmit={join}>
              <div className="field">
                <label className="field__label" htmlFor="cluster-choice">
                  Existing cluster
                </label>
                <select id="cluster-choice" name="clusterId" className="select" defaultValue="">
                  <option value="">Choose…</option>
                  {clusters.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({c.claimCount})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button--secondary" disabled={pending}>
                Add to cluster
              </button>
            </form>
          ) : null}
          <form className="inline-form" onSubmit={create}>
            <div className="field">
              <label className="field__label" htmlFor="cluster-name">
                New cluster
              </label>
              <input
                id="cluster-name"
                name="name"
                className="input"
                maxLength={200}
                placeholder="e.g. Death toll of the Syrian conflict"
                autoComplete="off"
              />
            </div>
            <button type="submit" className="button button--secondary" disabled={pending}>
              Create and add
            </button>
          </form>
        </div>
      ) : null}
      {message}
    </div>
  );
}
