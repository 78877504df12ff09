"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { formFailure, type FormState } from "@/lib/forms/form-state";
import { createTenant, setTenantStatus, updateTenant } from "@/lib/tenants/save-tenant";

function readTenantForm(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    name: text("name"),
    slug: text("slug"),
    locale: text("locale"),
    timeZone: text("timeZone"),
    contract: {
      sessionsPerYear: text("sessionsPerYear"),
      yearStartMonth: text("yearStartMonth"),
      yearStartDay: text("yearStartDay"),
      directions: form.getAll("directions").map(String),
      formats: form.getAll("formats").map(String),
      lateCancelHours: text("lateCancelHours"),
      reportMinGroupSize: text("reportMinGroupSize"),
      registryGraceDays: text("registryGraceDays"),
    },
  };
}

export async function saveTenantAction(tenantId: string | null, _previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/admin"]);
  let createdId: string | undefined;
  try {
    // The lib parses with zod; the form's strings are coerced there.
    const input = readTenantForm(form) as never;
    if (tenantId) await updateTenant(actor, tenantId, input);
    else createdId = (await createTenant(actor, input)).id;
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath("/admin");
  if (createdId) redirect(`/admin/tenants/${createdId}?created=1`);
  return { status: "saved" };
}

export async function setTenantStatusAction(tenantId: string, status: "active" | "suspended"): Promise<void> {
  const actor = await authorize(ROUTE_ROLES["/admin"]);
  await setTenantStatus(actor, tenantId, status);
  revalidatePath(`/admin/tenants/${tenantId}`);
}
