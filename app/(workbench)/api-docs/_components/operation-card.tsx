type JsonSchema = Record<string, unknown>;

export interface OperationView {
  operationId: string;
  method: string;
  path: string;
  tags: string[];
  summary: string;
  description?: string;
  "x-permission": string | null;
  security: Record<string, unknown>[];
  parameters: {
    name: string;
    in: string;
    required: boolean;
    description?: string;
    schema: JsonSchema;
    example?: unknown;
  }[];
  requestBody?: { description?: string; content: Record<string, { schema?: JsonSchema; example?: unknown }> };
  responses: Record<string, { description: string }>;
}

/** "integer 1–100, default 25" from a JSON Schema, for one line of a table. */
function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return "";
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (union) return union.map(typeOf).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
  if (type === "array") return `array of ${typeOf(schema.items as JsonSchema)}`;
  const limits = [
    schema.minimum !== undefined && Math.abs(Number(schema.minimum)) < 1e15 ? `≥ ${schema.minimum}` : "",
    schema.maximum !== undefined && Math.abs(Number(schema.maximum)) < 1e15 ? `≤ ${schema.maximum}` : "",
    schema.maxLength !== undefined ? `≤ ${schema.maxLength} chars` : "",
    schema.format ? String(schema.format) : "",
  ].filter(Boolean);
  return limits.length ? `${type} (${limits.join(", ")})` : type;
}

function FieldTable({ schema }: { schema: JsonSchema }) {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  if (!properties.length) return null;
  const required = new Set((schema.required ?? []) as string[]);
  return (
    <table className="api-docs__table">
      <thead>
        <tr>
          <th>Field</th>
          <th>Type</th>
          <th>Required</th>
        </tr>
      </thead>
      <tbody>
        {properties.map(([name, property]) => (
          <tr key={name}>
            <td className="mono">{name}</td>
            <td>
              {typeOf(property)}
              {property.default !== undefined ? (
                <span className="muted"> — default {JSON.stringify(property.default)}</span>
              ) : null}
            </td>
            <td>{required.has(name) ? "yes" : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Text with `code` spans, as the descriptions write them. */
function Prose({ text }: { text: string }) {
  return <>{text.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</>;
}

const example = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value, null, 2));

/** One operation: method, path, who may call it, its parameters, body and answers. */
export function OperationCard({ op }: { op: OperationView }) {
  const access =
    op["x-permission"] === null
      ? "Public"
      : `Needs ${op["x-permission"]}${op.security.length === 1 ? ", from a signed-in session (not a token)" : ""}`;
  const body = Object.entries(op.requestBody?.content ?? {})[0];
  return (
    <article className="card card--padded api-docs__op" id={op.operationId}>
      <h3 className="api-docs__title">
        <span className={`api-docs__method api-docs__method--${op.method}`}>{op.method.toUpperCase()}</span>
        <code>{op.path}</code>
        <span className="api-docs__summary">{op.summary}</span>
      </h3>
      <p className="muted api-docs__access">{access}</p>
      {op.description ? (
        <p>
          <Prose text={op.description} />
        </p>
      ) : null}
      {op.parameters.length ? (
        <table className="api-docs__table">
          <thead>
            <tr>
              <th>Parameter</th>
              <th>In</th>
              <th>Type</th>
              <th>Example</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <td className="mono">
                  {p.name}
                  {p.required ? " *" : ""}
                </td>
                <td>{p.in}</td>
                <td>
                  {typeOf(p.schema)}
                  {p.description ? (
                    <span className="muted">
                      {" "}
                      — <Prose text={p.description} />
                    </span>
                  ) : null}
                </td>
                <td className="mono">{p.example === undefined ? "" : String(p.example)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {body ? (
        <div className="api-docs__body">
          <h4>
            Request body <span className="muted mono">{body[0]}</span>
          </h4>
          {op.requestBody?.description ? (
            <p>
              <Prose text={op.requestBody.description} />
            </p>
          ) : null}
          {body[1].schema ? <FieldTable schema={body[1].schema} /> : null}
          {body[1].example !== undefined ? <pre className="api-docs__example">{example(body[1].example)}</pre> : null}
          {body[1].schema ? (
            <details>
              <summary>JSON Schema</summary>
              <pre className="api-docs__example">{JSON.stringify(body[1].schema, null, 2)}</pre>
            </details>
          ) : null}
        </div>
      ) : null}
      <h4>Responses</h4>
      <ul className="api-docs__responses">
        {Object.entries(op.responses).map(([status, r]) => (
          <li key={status}>
            <span className={`mono api-docs__status api-docs__status--${status[0]}xx`}>{status}</span>{" "}
            <Prose text={r.description} />
          </li>
        ))}
      </ul>
    </article>
  );
}
