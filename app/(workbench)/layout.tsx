import type { ReactNode } from "react";
import { getCurrentActor, requireActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { countSentBack } from "@/lib/review/list-sent-back";
import { Brand } from "@/app/_components/brand";
import { RoleBadge } from "@/app/_components/role-badge";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { InboxLink } from "./_components/inbox-link";
import { MainNav, type NavItem } from "./_components/main-nav";
import { getProjectContext } from "./_components/current-project";
import { ProjectSwitcher } from "./_components/project-switcher";
import { RouteFocus } from "./_components/route-focus";
import "./_components/shell.css";

// Every page here depends on who is signed in.
export const dynamic = "force-dynamic";

/**
 * Signs out visitors whose page forgot its own check. It sits after `children` so that a page's
 * `requireActor(itsPath)` redirect wins, keeping the right `callbackUrl`: a layout cannot know
 * the requested path, and throwing here first would send everyone back to /articles.
 */
async function Backstop(): Promise<null> {
  await requireActor("/articles");
  return null;
}

/**
 * The signed-in shell. Layouts render alongside their pages (and do not re-run on client
 * navigation), so every page still calls `requireActor` itself before loading any data.
 */
export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const actor = await getCurrentActor();
  if (!actor) {
    return (
      <>
        {children}
        <Backstop />
      </>
    );
  }
  const [{ projects, current }, sentBack] = await Promise.all([
    getProjectContext(actor),
    can(actor, "claims.write") ? countSentBack({ db: getDb(), actor }) : null,
  ]);
  const nav: NavItem[] = [
    { href: "/projects", label: "Projects" },
    { href: "/articles", label: "Articles" },
    { href: "/claims", label: "Claims" },
    { href: "/clusters", label: "Clusters" },
    ...(can(actor, "articles.write") ? [{ href: "/import", label: "Import" }] : []),
    ...(can(actor, "claims.review") ? [{ href: "/review", label: "Review" }] : []),
    ...(can(actor, "dataset.export") ? [{ href: "/dataset", label: "Dataset" }] : []),
    { href: "/dashboard", label: "Dashboard" },
    ...(can(actor, "users.manage") ? [{ href: "/admin", label: "Admin" }] : []),
    { href: "/account", label: "Account" },
  ];
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Brand />
          {projects.length > 0 ? (
            <ProjectSwitcher
              projects={projects.map((p) => ({ id: p.id, name: p.name }))}
              current={current?.id ?? null}
            />
          ) : null}
          <MainNav items={nav} />
          <div className="user-menu">
            {sentBack === null ? null : <InboxLink count={sentBack} />}
            <span className="user-menu__name" title={actor.email}>
              {actor.name}
            </span>
            <RoleBadge role={actor.role} />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <RouteFocus />
    </>
  );
}
