import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

export const GET = route(ops.getUsers, async ({ db }) => ({ items: await listUsers({ db }) }));

export const POST = route(ops.createUser, async ({ db, actor, body }) =>
  json(await createUser({ db, actor, input: body }), 201),
);
