import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import "./globals.css";
import "./_components/controls.css";
import "./_components/table.css";

export const metadata: Metadata = {
  title: { default: "Claimbench", template: "%s · Claimbench" },
  description: "Claim-verification annotation workbench",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
  // Drafts of unpublished fact-checks live here; nothing should be indexed.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: "#0f766e",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body>{children}</body>
    </html>
  );
}
