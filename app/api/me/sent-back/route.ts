import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { countSentBack } from "@/lib/review/list-sent-back";

export const GET = route(ops.getSentBackCount, async ({ db, actor }) => ({
  count: await countSentBack({ db, actor }),
}));
