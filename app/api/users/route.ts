import { route, json } from "@/lib/http/route";
import { CreateUserInput } from "@/lib/users/schema";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

export const GET = route({ permission: "users.manage" }, async ({ db }) => ({ items: await listUsers({ db }) }));

export const POST = route({ permission: "users.manage", body: CreateUserInput }, async ({ db, actor, body }) =>
  json(await createUser({ db, actor, input: body }), 201),
);
