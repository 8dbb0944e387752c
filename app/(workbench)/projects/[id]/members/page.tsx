import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listMembers } from "@/lib/projects/list-members";
import { loadProject } from "../load-project";
import { AddMemberForm, MemberRow } from "./member-forms";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Project members" };

export default async function ProjectMembersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, project } = await loadProject(id, "/members", "project.manage");
  const { items } = await listMembers({ db: getDb(), actor, projectId: project.id });
  const members = items.map((m) => ({ ...m, userId: m.user.id, name: m.user.name, email: m.user.email }));
  return (
    <>
      <section aria-labelledby="members-heading">
        <div className="section__header">
          <h2 id="members-heading">Members</h2>
          <span className="muted">{members.length === 1 ? "1 member" : `${members.length} members`}</span>
        </div>
        {project.visibility === "instance" ? (
          <p className="muted">
            Everyone on this instance works in this project with their instance role; members listed here get the role
            given to them.
          </p>
        ) : null}
        <TableWrap label="Members">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Role</th>
                <th scope="col">Own quota</th>
                <th scope="col" className="num">
                  Holding
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <MemberRow key={m.userId} projectId={project.id} member={m} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      <section className="section" aria-labelledby="add-member-heading">
        <div className="section__header">
          <h2 id="add-member-heading">Add a member</h2>
        </div>
        <div className="card card--padded">
          <AddMemberForm projectId={project.id} />
        </div>
      </section>
    </>
  );
}
