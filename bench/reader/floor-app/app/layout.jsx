import "../../../../app/globals.css";
import "../../../../app/(workbench)/articles/[id]/article.css";
import "../../../../app/(workbench)/articles/[id]/reader.css";
import "../../../../app/(workbench)/articles/[id]/reader-kinds.css";

export const metadata = { title: "Floor" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
