/**
 * `project …` commands: create a project, add articles, add and remove members, assign articles.
 * Each goes through the same domain function (and permission check, validation and audit
 * record) as its HTTP route, made as the account named by --email (default: the oldest active
 * admin, the instance's operator), so the audit trail names who did it.
 */
import fs from "node:fs/promises";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseRole, type Actor } from "@/lib/auth/permissions";
import { findUserByEmail } from "@/lib/users/find-user";
import { createProject } from "@/lib/projects/create-project";
import { listProjects } from "@/lib/projects/list-projects";
import { addProjectArticles } from "@/lib/projects/add-project-articles";
import { addMember } from "@/lib/projects/add-member";
import { removeMember } from "@/lib/projects/remove-member";
import { listMembers } from "@/lib/projects/list-members";
import { bulkAssign } from "@/lib/assignments/bulk-assign";
import { AddArticlesInput, AddMemberInput, CreateProjectInput } from "@/lib/projects/schema";

export const PROJECT_HELP = `  project list [--email E]
                          List the projects E may see (id, name, articles, annotators per article).
  project create --name N [--description D] [--licence L] [--per-article 1-5] [--blind|--not-blind]
                          Create a project with the default claim schema; E becomes its manager.
  project add-articles --project P (--ids ID,ID… | --search Q | --ids-file FILE)
                          Include library articles in P (already included ones are skipped).
  project members --project P [--add EMAIL [--role annotator|reviewer|manager] | --remove EMAIL]
                          List P's members, or add or remove one.
  project assign --project P (--csv FILE | --article-id ID --annotator EMAIL)
                          Assign articles to annotators; a CSV of article,email (article: id or URL)
                          is applied whole or not at all.
                          Every project command acts as --email E (default: the oldest active admin);
                          P is a project's id or its exact name.`;

type Values = Record<string, string | boolean | undefined>;

function option(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function required(values: Values, name: string, why = ""): string {
  const value = option(values, name);
  if (!value) throw new AppError("bad_request", `--${name} is required${why} (see --help)`);
  return value;
}

/** The account a command acts as: --email, else the oldest active admin. */
async function actorFor(db: Db, values: Values): Promise<Pick<Actor, "id" | "role">> {
  const email = option(values, "email");
  if (email) {
    const user = await findUserByEmail({ db, email });
    if (user.disabledAt) throw new AppError("forbidden", `${user.email} is disabled`);
    return { id: user.id, role: parseRole(user.role) };
  }
  const admin = await db.user.findFirst({
    where: { role: "admin", disabledAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!admin) throw new AppError("bad_request", "no active admin account: name the acting account with --email E");
  return { id: admin.id, role: "admin" };
}

/** The id of the project named by `key`: a project's id, else its exact name (404 when neither). */
export async function findProjectId(db: Db, key: string): Promise<string> {
  const project =
    (await db.project.findUnique({ where: { id: key }, select: { id: true } })) ??
    (await db.project.findFirst({ where: { name: key }, select: { id: true } }));
  if (!project) throw AppError.notFound(`Project ${key}`);
  return project.id;
}

/** The project of `--project P`. */
const projectIdOf = (db: Db, values: Values): Promise<string> => findProjectId(db, required(values, "project"));

/** Validates with the route's own schema; problems are named by the flag that carried the field. */
function parseInput<S extends z.ZodType>(schema: S, input: unknown, flags: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    return `${flags[field] ?? field}: ${issue.message}`;
  });
  throw new AppError("validation_failed", problems.join("; "));
}

const wholeNumber = (values: Values, name: string): number | undefined => {
  const value = option(values, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new AppError("bad_request", `--${name} must be a whole number`);
  return Number(value);
};

async function create(db: Db, values: Values) {
  if (values.blind === true && values["not-blind"] === true)
    throw new AppError("bad_request", "--blind and --not-blind cannot both be given");
  const actor = await actorFor(db, values);
  const input = parseInput(
    CreateProjectInput,
    {
      name: required(values, "name"),
      description: option(values, "description"),
      licence: option(values, "licence"),
      annotatorsPerArticle: wholeNumber(values, "per-article"),
      blind: values.blind === true ? true : values["not-blind"] === true ? false : undefined,
    },
    { name: "--name", description: "--description", licence: "--licence", annotatorsPerArticle: "--per-article" },
  );
  const project = await createProject({ db, actor, input });
  console.log(
    `Created project "${project.name}" id=${project.id}: ${project.annotatorsPerArticle} annotator(s) per article, ${project.blind ? "blind" : "not blind"}`,
  );
}

async function list(db: Db, values: Values) {
  const actor = await actorFor(db, values);
  const projects = await listProjects({ db, actor });
  for (const p of projects.items)
    console.log(
      `${p.id.padEnd(26)} ${p.name}  (${p.articleCount} articles, ${p.annotatorsPerArticle} per article${p.blind ? ", blind" : ""})`,
    );
}

async function addArticles(db: Db, values: Values) {
  const actor = await actorFor(db, values);
  const projectId = await projectIdOf(db, values);
  const sources = ["ids", "search", "ids-file"].filter((name) => option(values, name));
  if (sources.length !== 1) throw new AppError("bad_request", "give one of --ids, --search or --ids-file (see --help)");
  let articleIds: string[] | undefined;
  if (option(values, "ids")) articleIds = option(values, "ids")!.split(",");
  if (option(values, "ids-file")) articleIds = (await fs.readFile(option(values, "ids-file")!, "utf8")).split(/\s+/);
  const input = parseInput(
    AddArticlesInput,
    articleIds ? { articleIds: articleIds.map((id) => id.trim()).filter(Boolean) } : { q: option(values, "search") },
    { articleIds: "--ids", q: "--search" },
  );
  const result = await addProjectArticles({ db, actor, projectId, input });
  console.log(`Added ${result.added} article(s) to the project; ${result.skipped} were already in it`);
}

async function members(db: Db, values: Values) {
  const actor = await actorFor(db, values);
  const projectId = await projectIdOf(db, values);
  const add = option(values, "add");
  const remove = option(values, "remove");
  if (add && remove) throw new AppError("bad_request", "--add and --remove cannot both be given");
  if (add) {
    const input = parseInput(
      AddMemberInput,
      { email: add, role: option(values, "role") },
      { email: "--add", role: "--role", userId: "--add" },
    );
    const member = await addMember({ db, actor, projectId, input });
    console.log(`${member.user.email} is now a member (${member.role})`);
    return;
  }
  if (remove) {
    const user = await findUserByEmail({ db, email: remove });
    await removeMember({ db, actor, projectId, userId: user.id });
    console.log(`${user.email} is no longer a member`);
    return;
  }
  for (const m of (await listMembers({ db, actor, projectId })).items)
    console.log(`${m.user.email.padEnd(32)} ${m.role.padEnd(10)} ${m.user.name}`);
}

async function assign(db: Db, values: Values) {
  const actor = await actorFor(db, values);
  const projectId = await projectIdOf(db, values);
  const file = option(values, "csv");
  const article = option(values, "article-id");
  if (file && article) throw new AppError("bad_request", "give --csv or --article-id with --annotator, not both");
  let csv: string;
  if (file) csv = await fs.readFile(file, "utf8");
  else {
    const annotator = required(values, "annotator", " with --article-id");
    const id = required(values, "article-id", " (or --csv FILE)");
    csv = `${JSON.stringify(id)},${JSON.stringify(annotator)}\n`;
  }
  const result = await bulkAssign({ db, actor, projectId, csv });
  console.log(`Assigned ${result.assigned} article slot(s)`);
}

const handlers: Record<string, (db: Db, values: Values) => Promise<void>> = {
  create,
  list,
  "add-articles": addArticles,
  members,
  assign,
};

/** Runs `project <sub>`; unknown subcommands are refused with the usage. */
export async function runProjectCommand({ db, sub, values }: { db: Db; sub: string | undefined; values: Values }) {
  const handler = sub ? handlers[sub] : undefined;
  if (!handler) {
    throw new AppError(
      "bad_request",
      `Unknown project command "${sub ?? ""}"; one of ${Object.keys(handlers).join(", ")}`,
    );
  }
  await handler(db, values);
}
