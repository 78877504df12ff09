/**
 * The audit log's filters: a plain GET form, so a filtered view is a link that can be shared with a
 * colleague or kept, and works before any script has loaded.
 */
import { getTranslations } from "next-intl/server";
import { Button, buttonClass } from "@/components/ui/button";
import { CONTROL_CLASS, Field, FormField } from "@/components/ui/field";
import { AUDIT_ACTIONS } from "@/lib/audit/record-audit";
import Link from "next/link";

export async function AuditFilterForm({
  values,
  tenants,
  errors,
}: {
  values: Record<string, string | undefined>;
  tenants: { id: string; name: string }[];
  errors: Record<string, string>;
}) {
  const t = await getTranslations("audit");
  const ta = await getTranslations("admin.auditAction");
  return (
    <form method="get" action="/admin/audit" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="audit-filters">
      <Field id="audit-actor" name="actor" label={t("actor")} hint={t("actorHint")} defaultValue={values.actor} error={errors.actor} autoComplete="off" />
      <FormField id="audit-action" label={t("action")} error={errors.action}>
        {(control) => (
          <select {...control} name="action" defaultValue={values.action ?? ""} className={CONTROL_CLASS}>
            <option value="">{t("anyAction")}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {ta(action as never)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="audit-tenant" label={t("tenant")} error={errors.tenant}>
        {(control) => (
          <select {...control} name="tenant" defaultValue={values.tenant ?? ""} className={CONTROL_CLASS}>
            <option value="">{t("anyTenant")}</option>
            {tenants.map((tenant) => (
              <option key={tenant.id} value={tenant.id}>
                {tenant.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Field id="audit-from" name="from" type="date" label={t("from")} defaultValue={values.from} error={errors.from} />
      <Field id="audit-to" name="to" type="date" label={t("to")} defaultValue={values.to} error={errors.to} />
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit">{t("apply")}</Button>
        <Link href="/admin/audit" className={buttonClass("secondary")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
