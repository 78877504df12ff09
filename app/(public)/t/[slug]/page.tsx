import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistrationForm } from "@/components/registration/registration-form";
import { registerAction } from "@/app/(public)/register/actions";
import { Notice } from "@/components/ui/notice";
import { getPublicTenant } from "@/lib/tenants/get-public-tenant";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const tenant = await getPublicTenant((await params).slug);
  return { title: tenant ? `${tenant.name} — Harbor` : "Not found" };
}

/** The employer's landing page: the link HR shares with staff. */
export default async function TenantLanding({ params }: { params: Params }) {
  const tenant = await getPublicTenant((await params).slug);
  if (!tenant) notFound();
  return (
    <main className="mx-auto grid min-h-dvh max-w-4xl gap-8 p-6 md:grid-cols-2 md:items-center">
      <div className="space-y-4">
        <p className="text-sm font-semibold tracking-wide text-harbor-700 uppercase">Harbor for {tenant.name}</p>
        <h1 className="text-3xl leading-tight font-bold">Confidential help from a psychologist, lawyer or financial adviser.</h1>
        <p className="text-slate-700">
          {tenant.name} pays for your consultations. You choose the specialist, the time and the format — chat, phone or video. {tenant.name} sees only
          anonymous totals: never who registered, who booked, or what was said.
        </p>
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>Register with the personnel number or work e-mail {tenant.name} gave you.</li>
          <li>Pick a specialist by experience, method and reviews.</li>
          <li>Book a time that suits you.</li>
        </ol>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {tenant.open ? (
          <>
            <h2 className="mb-4 text-lg font-semibold">Create your account</h2>
            <RegistrationForm action={registerAction} tenantSlug={tenant.slug} />
          </>
        ) : (
          <>
            <Notice>This programme is paused at the moment, so new registrations are closed. Your HR department can tell you more.</Notice>
            <p className="mt-4 text-center text-sm">
              <Link href="/login" className="text-harbor-700 underline">
                Sign in
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
