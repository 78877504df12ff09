/** The guard for pages: turns the guard's refusals into a sign-in redirect or the 403 page. */
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { isAppError } from "@/lib/errors";
import { authorize, type Actor } from "./guard";
import type { Role } from "./roles";

export async function guardPage(roles: readonly Role[]): Promise<Actor> {
  try {
    return await authorize(roles);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "forbidden") forbidden();
    // proxy.ts passes the requested path so the person returns to it after signing in.
    const path = (await headers()).get("x-harbor-path") ?? "/";
    const reason = error.details?.reason === "not_covered" ? "&error=not_covered" : "&reason=signin";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}${reason}`);
  }
}
