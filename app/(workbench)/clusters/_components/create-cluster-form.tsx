"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiError, errorText, workbenchApi } from "@/app/(workbench)/_components/workbench-api";

/** Names a new cluster and opens it, ready for claims. */
export function CreateClusterForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    if (!name) return setError("Give the cluster a name.");
    setPending(true);
    setError(null);
    try {
      const cluster = await workbenchApi.createCluster(name);
      router.push(`/clusters/${encodeURIComponent(cluster.id)}`);
    } catch (e) {
      setError(e instanceof ApiError && e.issueFor("name") ? `Name ${e.issueFor("name")}.` : errorText(e));
      setPending(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="new-cluster-name" className="field__label">
          Cluster name
        </label>
        <input
          id="new-cluster-name"
          name="name"
          className="input"
          maxLength={200}
          placeholder="e.g. Death toll of the Syrian conflict"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-cluster-error" : undefined}
        />
      </div>
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        Create cluster
      </button>
      {error ? (
        <p id="new-cluster-error" role="alert" className="field__error row-message">
          {error}
        </p>
      ) : null}
    </form>
  );
}
