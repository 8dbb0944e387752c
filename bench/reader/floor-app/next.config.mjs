// The reader bench's framework floor: the least a Next.js page can do with the reader's HTML.
import path from "node:path";

export default {
  poweredByHeader: false,
  compress: false,
  distDir: process.env.FLOOR_DIST_DIR || ".next",
  // The reader's style sheets live in the app, three folders up.
  turbopack: { root: path.resolve(import.meta.dirname, "../../..") },
};
