import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { permissions, type Permission } from "@/lib/auth/permissions";
import { RoleBadge } from "@/app/_components/role-badge";
import { Standalone } from "@/app/_components/standalone";
import { firstParam, type SearchParams } from "@/app/_components/search-params";

export const metadata: Metadata = { title: "No permission" };

// Only real permission names are echoed back, so the link cannot be used to write on the page.
function knownPermission(value: string | string[] | undefined): Permission | null {
  const raw = firstParam(value);
  return permissions.find((p) => p === raw) ?? null;
}

export default async function ForbiddenPage({ searchParams }: { searchParams: SearchParams }) {
  const need = knownPermission((await searchParams).need);
  const actor = await getCurrentActor();
  return (
    <Standalone wide>
      <h1>You don’t have permission</h1>
      <p className="standalone__lede">
        {need ? (
          <>
            This page needs the <code>{need}</code> permission
          </>
        ) : (
          <>This page needs a permission</>
        )}
        {actor ? (
          <>
            , which your role <RoleBadge role={actor.role} /> does not include. Ask an admin if you need access.
          </>
        ) : (
          "."
        )}
      </p>
      <div className="form-actions">
        <Link href="/articles" className="button">
          Back to articles
        </Link>
        {actor ? null : (
          <Link href="/signin" className="button button--secondary">
            Sign in
          </Link>
        )}
      </div>
    </Standalone>
  );
}
