import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { listUsers } from "@/lib/users/list-users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { parseRole } from "@/lib/auth/permissions";
import { formatDate, isoDate } from "@/app/(workbench)/_components/format/dates";
import { DataTable, type Column } from "@/app/(workbench)/_components/data-table";
import { CreateUserForm } from "./_components/create-user-form";
import { RoleForm } from "./_components/role-form";
import { AccountActions } from "./_components/account-actions";

export const metadata: Metadata = { title: "Admin" };

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

function userColumns(actorId: string): Column<UserRow>[] {
  return [
    {
      key: "email",
      header: "Email",
      cellClassName: "middle",
      cell: (user) => (
        <div className="cell-inline">
          <span className="mono">{user.email}</span>
          {user.id === actorId ? <span className="badge badge--neutral">you</span> : null}
          {user.disabledAt ? <span className="badge badge--neutral">disabled</span> : null}
        </div>
      ),
    },
    { key: "name", header: "Name", cellClassName: "middle", cell: (user) => user.name },
    {
      key: "role",
      header: "Role",
      cellClassName: "middle",
      cell: (user) => (
        <RoleForm userId={user.id} email={user.email} role={parseRole(user.role)} version={user.version} />
      ),
    },
    {
      key: "created",
      header: "Created",
      className: "date",
      cellClassName: "middle",
      cell: (user) => <time dateTime={isoDate(user.createdAt)}>{formatDate(user.createdAt)}</time>,
    },
    {
      key: "account",
      header: "Account",
      cellClassName: "middle",
      cell: (user) => (
        <AccountActions userId={user.id} email={user.email} disabled={!!user.disabledAt} self={user.id === actorId} />
      ),
    },
  ];
}

export default async function AdminPage() {
  const actor = await requireActor("/admin", "users.manage");
  const users = await listUsers({ db: getDb() });

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Admin</h1>
          <p className="page-header__lede">Manage who can annotate, review and administer.</p>
        </div>
      </div>

      <section aria-labelledby="users-heading">
        <div className="section__header">
          <h2 id="users-heading">Users</h2>
          <span className="muted">{users.length === 1 ? "1 user" : `${users.length} users`}</span>
        </div>
        <DataTable columns={userColumns(actor.id)} rows={users} rowKey={(user) => user.id} />
      </section>

      <section className="section" aria-labelledby="create-user-heading">
        <div className="section__header">
          <div>
            <h2 id="create-user-heading">Create user</h2>
            <p className="section__lede">
              They sign in with this email and password; ask them to keep the password private.
            </p>
          </div>
        </div>
        <div className="card card--padded">
          <CreateUserForm minPasswordLength={MIN_PASSWORD_LENGTH} />
        </div>
      </section>
    </>
  );
}
