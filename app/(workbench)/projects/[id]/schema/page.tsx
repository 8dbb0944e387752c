import type { Metadata } from "next";
import { loadProject } from "../load-project";
import { SchemaEditor } from "./schema-editor";

export const metadata: Metadata = { title: "Claim schema" };

export default async function ProjectSchemaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { project } = await loadProject(id, "/schema", "project.manage");
  return (
    <section aria-labelledby="schema-heading">
      <div className="section__header">
        <div>
          <h2 id="schema-heading">Claim schema</h2>
          <p className="section__lede">
            The kinds annotators tag and the verdicts they give. The reader&rsquo;s legend, popover, keys and colours
            follow it. A kind that has claims can be renamed, not removed.
          </p>
        </div>
      </div>
      <SchemaEditor
        projectId={project.id}
        version={project.version}
        kinds={project.kinds}
        verdictLabels={project.verdictLabels}
      />
    </section>
  );
}
