"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { createTenant, setTenantStatus, updateTenant } from "@/lib/tenants/save-tenant";

function readTenantForm(form: FormData) {
  const field = (name: string) => text(form, name);
  return {
    name: field("name"),
    slug: field("slug"),
    locale: field("locale"),
    timeZone: field("timeZone"),
    country: field("country"),
    hotlineName: field("hotlineName"),
    hotlinePhone: field("hotlinePhone"),
    contract: {
      sessionsPerYear: field("sessionsPerYear"),
      yearStartMonth: field("yearStartMonth"),
      yearStartDay: field("yearStartDay"),
      directions: form.getAll("directions").map(String),
      formats: form.getAll("formats").map(String),
      lateCancelHours: field("lateCancelHours"),
      reportMinGroupSize: field("reportMinGroupSize"),
      registryGraceDays: field("registryGraceDays"),
    },
  };
}

const operator = { roles: ROUTE_ROLES["/admin"] };

export const saveTenantAction = defineAction(
  { ...operator, args: [z.uuid().nullable(), ...FORM_ARGS] },
  async (actor, tenantId, _previous, form): Promise<FormState> => {
    // The lib parses with zod; the form's strings are coerced there.
    const input = readTenantForm(form) as never;
    if (tenantId) {
      await updateTenant(actor, tenantId, input);
      revalidatePath("/admin");
      return { status: "saved" };
    }
    const created = await createTenant(actor, input);
    revalidatePath("/admin");
    redirect(`/admin/tenants/${created.id}?created=1`);
  },
);

export const setTenantStatusAction = defineAction(
  { ...operator, args: [z.uuid(), z.enum(["active", "suspended"]), ...FORM_ARGS] },
  async (actor, tenantId, status): Promise<FormState> => {
    await setTenantStatus(actor, tenantId, status);
    revalidatePath(`/admin/tenants/${tenantId}`);
    return { status: "saved" };
  },
);
