/** The guard for pages: turns the guard's refusals into a sign-in redirect or the 403 page. */
import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { isAppError } from "@/lib/errors";
import { authorize, PASSWORD_CHANGE_DUE, SECOND_FACTOR_SETUP_DUE, type Actor, type AuthorizeOptions } from "./guard";
import type { Role } from "./roles";

/** What the sign-in page tells someone sent back to it, by the guard's reason. */
const LOGIN_NOTICE: Record<string, string> = { not_covered: "&error=not_covered", password_changed: "&reason=password_changed" };

export async function guardPage(roles: readonly Role[], options: AuthorizeOptions = {}): Promise<Actor> {
  try {
    return await authorize(roles, options);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.details?.reason === PASSWORD_CHANGE_DUE) redirect("/account/password");
    if (error.details?.reason === SECOND_FACTOR_SETUP_DUE) redirect("/account/security");
    if (error.code === "forbidden") forbidden();
    // proxy.ts passes the requested path so the person returns to it after signing in.
    const path = (await headers()).get("x-harbor-path") ?? "/";
    const reason = LOGIN_NOTICE[String(error.details?.reason)] ?? "&reason=signin";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}${reason}`);
  }
}

/** A page's own record: one the person may not see is the 404 page (whether it exists or not), a refusal the 403 page. */
export async function pageRecord<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}
