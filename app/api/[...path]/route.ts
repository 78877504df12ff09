import { AppError } from "@/lib/errors";
import { withProblems } from "@/lib/http/problem";

/** Any /api/ address no route answers: a problem document like every other API refusal, not the HTML 404 page. */
const unknownRoute = withProblems(async () => {
  throw new AppError("not_found", "errors.api.unknownRoute");
});

export const GET = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
