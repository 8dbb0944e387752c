/**
 * prisma/schema.prisma (SQLite) is the one schema we edit; the PostgreSQL schema is derived
 * from it so the two can never drift. Only the datasource provider and the client's output
 * folder differ.
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  const header = "// GENERATED from prisma/schema.prisma by `npm run db:schemas`. Do not edit; edit that file.\n";
  const body = sqliteSchema
    .replace(/^\/\/ The single source of truth[\s\S]*?\n\n/m, "")
    .replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/output(\s*)=(\s*)"\.\.\/lib\/db\/generated\/sqlite"/, 'output$1=$2"../../lib/db/generated/postgresql"');
  if (!/provider\s*=\s*"postgresql"/.test(body) || !body.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma no longer has the expected datasource/generator blocks");
  }
  return header + body;
}
