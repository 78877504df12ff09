"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type FormState } from "@/lib/forms/form-state";
import { deleteCrisisLine, saveCrisisLine } from "@/lib/urgent-help/crisis-lines";

const operator = { roles: ROUTE_ROLES["/admin/crisis-lines"] };

export const saveCrisisLineAction = defineAction(
  { ...operator, args: [z.uuid().nullable(), ...FORM_ARGS] },
  async (actor, lineId, _previous, form): Promise<FormState> => {
    const field = (name: string) => text(form, name);
    await saveCrisisLine(actor, lineId, {
      country: field("country") as never,
      name: field("name"),
      phone: field("phone"),
      description: field("description"),
      sourceUrl: field("sourceUrl"),
      checkedOn: field("checkedOn"),
    });
    revalidatePath("/admin/crisis-lines");
    return savedState(lineId ? "crisisLineSaved" : "crisisLineAdded");
  },
);

export const deleteCrisisLineAction = defineAction({ ...operator, args: [z.uuid(), ...FORM_ARGS] }, async (actor, lineId): Promise<FormState> => {
  await deleteCrisisLine(actor, lineId);
  revalidatePath("/admin/crisis-lines");
  return { status: "saved" };
});
