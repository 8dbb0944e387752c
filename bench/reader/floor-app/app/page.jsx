import fs from "node:fs";
import { Doc } from "./doc";
import { Ready } from "./ready";

// Read on each request, as the app reads its database.
export const dynamic = "force-dynamic";

/**
 * The article's drawn HTML (the file the bench writes), sent once: in the HTML, not in React's
 * payload, as the reader does.
 */
export default function FloorPage() {
  globalThis.__floorHtml = fs.readFileSync(process.env.FLOOR_HTML_FILE, "utf8");
  return (
    <>
      <h1>Framework floor</h1>
      <Doc />
      <Ready />
    </>
  );
}
