// The Content-Security-Policy is set per response in proxy.ts: it carries a fresh script nonce.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Responses are not compressed by the app unless COMPRESS_RESPONSES=true: gzip in the Node
  // process costs a long article's page about 20 ms of the event loop that every other request
  // waits behind, and a reverse proxy in front (where TLS ends) compresses faster, off that loop.
  compress: process.env.COMPRESS_RESPONSES === "true",
  // A separate output folder lets a test build run beside a development server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native driver add-ons are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // API answers speak for one caller at one moment: no shared or browser cache keeps them.
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
