import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistrationForm } from "@/components/registration/registration-form";
import { registerAction } from "@/app/(public)/register/actions";
import { Notice } from "@/components/ui/notice";
import { getTranslations } from "next-intl/server";
import { getPublicTenant } from "@/lib/tenants/get-public-tenant";
import { UrgentHelpLink } from "@/components/urgent-help/urgent-help-link";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const [tenant, t] = await Promise.all([getPublicTenant((await params).slug), getTranslations("tenantLanding")]);
  return { title: tenant ? t("metaTitle", { name: tenant.name }) : t("notFound") };
}

/** The employer's landing page: the link HR shares with staff. */
export default async function TenantLanding({ params }: { params: Params }) {
  const tenant = await getPublicTenant((await params).slug);
  if (!tenant) notFound();
  const [t, tv, common] = await Promise.all([getTranslations("tenantLanding"), getTranslations("materials.words"), getTranslations("common")]);
  const name = tenant.name;
  return (
    <main className="mx-auto grid min-h-dvh max-w-4xl gap-8 p-6 md:grid-cols-2 md:items-center">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm font-semibold tracking-wide text-harbor-700 uppercase">{t("brand", { name })}</p>
          <UrgentHelpLink tenantSlug={tenant.slug} />
        </div>
        <h1 className="text-3xl leading-tight font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro", { name })}</p>
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>{t("step1", { name })}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
        {tenant.programme && (
          <section aria-labelledby="covers" className="space-y-1 text-sm text-slate-700" data-testid="programme-covers">
            <h2 id="covers" className="font-semibold text-slate-900">
              {t("coversTitle")}
            </h2>
            <p>
              {t("covers", {
                count: tenant.programme.sessionsPerYear,
                specialists: tenant.programme.directions.map((d) => tv(`direction.${d}`)).join(", "),
                formats: tenant.programme.formats.map((f) => tv(`format.${f}`)).join(", "),
              })}
            </p>
          </section>
        )}
        <section aria-labelledby="private" className="space-y-1 text-sm text-slate-700">
          <h2 id="private" className="font-semibold text-slate-900">
            {t("privateTitle")}
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("private1", { name })}</li>
            <li>{t("private2")}</li>
            <li>{t("private3")}</li>
          </ul>
        </section>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {tenant.open ? (
          <>
            <h2 className="mb-4 text-lg font-semibold">{t("createAccount")}</h2>
            <RegistrationForm action={registerAction} tenantSlug={tenant.slug} />
          </>
        ) : (
          <>
            <Notice>{t("paused")}</Notice>
            <p className="mt-4 text-center text-sm">
              <Link href="/login" className="text-harbor-700 underline">
                {common("signIn")}
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
