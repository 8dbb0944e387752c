import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/current-actor";
import { openApiDocument } from "@/lib/openapi/document";
import { OperationCard, type OperationView } from "./_components/operation-card";
import "./api-docs.css";

export const metadata: Metadata = { title: "API reference" };

/** The HTTP API reference: the OpenAPI document of `GET /api/openapi.json`, by section. */
export default async function ApiDocsPage() {
  await requireActor("/api-docs");
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ ...(op as Omit<OperationView, "path" | "method">), path, method })),
  );
  const sections = doc.tags
    .map(({ name }) => ({ name, operations: operations.filter((op) => op.tags.includes(name)) }))
    .filter((s) => s.operations.length > 0);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>API reference</h1>
          <p className="page-header__lede">
            {operations.length} operations, generated from the schemas the server checks requests with. Send a personal
            token (made on the <a href="/account">Account</a> page) as <code>Authorization: Bearer …</code>. Failures
            answer <code>{"{ error: { code, message, issues? } }"}</code>. The same as OpenAPI 3.1:{" "}
            <a href="/api/openapi.json">/api/openapi.json</a>.
          </p>
        </div>
      </div>
      <nav className="api-docs__toc card card--padded" aria-label="Sections">
        {sections.map((s) => (
          <a key={s.name} href={`#${s.name.toLowerCase()}`}>
            {s.name} <span className="muted">({s.operations.length})</span>
          </a>
        ))}
      </nav>
      {sections.map((s) => (
        <section key={s.name} className="section api-docs__section" aria-labelledby={s.name.toLowerCase()}>
          <h2 id={s.name.toLowerCase()}>{s.name}</h2>
          {s.operations.map((op) => (
            <OperationCard key={op.operationId} op={op} />
          ))}
        </section>
      ))}
    </>
  );
}
