import path from "node:path";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { componentsOwner, routeComponents } from "./route-components.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = path.resolve(import.meta.dirname, "../..");
const file = (relative: string) => path.join(root, relative);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: "module" } });

describe("componentsOwner", () => {
  it("is the folder above the first _components, inside app/ only", ({ expect }) => {
    expect(componentsOwner("app/(workbench)/articles/[id]/_components/panel/legend")).toBe(
      "app/(workbench)/articles/[id]",
    );
    expect(componentsOwner("app/_components/format")).toBe("app");
    expect(componentsOwner("app/(workbench)/articles/page")).toBeNull();
    expect(componentsOwner("lib/_components/x")).toBeNull();
  });
});

tester.run("route-components", routeComponents, {
  valid: [
    // Its own, its own sub-folders', and those of every route above it.
    { filename: file("app/(workbench)/articles/[id]/page.tsx"), code: 'import { a } from "./_components/reader";' },
    {
      filename: file("app/(workbench)/articles/[id]/page.tsx"),
      code: 'import { a } from "./_components/panel/legend";',
    },
    { filename: file("app/(workbench)/articles/[id]/page.tsx"), code: 'import { a } from "../_components/table";' },
    {
      filename: file("app/(workbench)/articles/[id]/page.tsx"),
      code: 'import { a } from "@/app/(workbench)/_components/format/dates";',
    },
    { filename: file("app/(workbench)/articles/[id]/page.tsx"), code: 'import { a } from "@/app/_components/brand";' },
    // Inside a _components folder: its neighbours and the parent routes' ones.
    {
      filename: file("app/(workbench)/articles/[id]/_components/hooks/use-tagging.ts"),
      code: 'import { a } from "../claim-store"; import { b } from "../../../../_components/claim-labels";',
    },
    // Three levels up to an ancestor route's components is still its own line.
    {
      filename: file("app/(workbench)/projects/[id]/assignments/[assignmentId]/page.tsx"),
      code: 'import { a } from "../../../_components/project-labels"; import { b } from "../../_components/queue-buttons";',
    },
    // Packages, lib/ and route files that are not components.
    {
      filename: file("app/(workbench)/claims/page.tsx"),
      code: 'import "react"; import { a } from "@/lib/claims/schema"; import { b } from "../articles/page";',
    },
  ],
  invalid: [
    {
      // A sibling route's components, reached from inside one's own _components.
      filename: file("app/(workbench)/clusters/[id]/_components/add-claims.tsx"),
      code: 'import { a } from "../../../claims/[id]/_components/claim-search";',
      errors: [{ messageId: "foreign" }],
    },
    {
      filename: file("app/(workbench)/clusters/[id]/page.tsx"),
      code: 'import "../../claims/[id]/_components/evidence-ui.css";',
      errors: [{ messageId: "foreign" }],
    },
    {
      filename: file("app/(workbench)/claims/page.tsx"),
      code: 'import { a } from "../articles/_components/pagination";',
      errors: [{ messageId: "foreign" }],
    },
    {
      // A parent route does not reach into a child's components either.
      filename: file("app/(workbench)/articles/page.tsx"),
      code: 'export { a } from "./[id]/_components/panel/legend";',
      errors: [{ messageId: "foreign" }],
    },
    {
      filename: file("app/(workbench)/_components/data-table.tsx"),
      code: 'import "@/app/(workbench)/claims/_components/claims.css"; const m = import("../review/_components/x");',
      errors: [{ messageId: "foreign" }, { messageId: "foreign" }],
    },
    {
      filename: file("app/(workbench)/articles/[id]/_components/hooks/use-x.ts"),
      code: 'export * from "../../../../claims/[id]/_components/workbench-api";',
      errors: [{ messageId: "foreign" }],
    },
  ],
});
