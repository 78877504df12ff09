import { redirect } from "next/navigation";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { guardPage } from "@/lib/auth/page-guard";
import { HOME_BY_ROLE } from "@/lib/auth/roles";

/** Where sign-in lands: each role goes on to its own home. */
export default async function HomeRedirect() {
  const actor = await guardPage(ROUTE_ROLES["/home"]);
  redirect(HOME_BY_ROLE[actor.role]);
}
