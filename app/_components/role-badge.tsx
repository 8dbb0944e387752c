import type { Role } from "@/lib/auth/permissions";

export function RoleBadge({ role }: { role: Role }) {
  return <span className={`badge badge--${role}`}>{role}</span>;
}
