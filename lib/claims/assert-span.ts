import { validateSpan } from "@/lib/anchors/selectors";
import { AppError } from "@/lib/errors";
import type { SpanInput } from "./schema";

/**
 * Refuses a span that does not fit the article's canonical text with 422, naming the field at
 * fault (start, end or exact) in `issues` and the problem in the message.
 */
export function assertSpan(text: string, span: SpanInput): void {
  const problem = validateSpan(text, span);
  if (problem)
    throw new AppError("validation_failed", problem.message, [{ path: problem.field, message: problem.message }]);
}
