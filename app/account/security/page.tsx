import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { NAV_BY_ROLE } from "@/components/layout/navigation";
import { PasskeyManager } from "@/components/account/passkey-manager";
import { TotpManager } from "@/components/account/totp-manager";
import { TotpSetupForm } from "@/components/account/totp-setup-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { listPasskeys } from "@/lib/passkeys/manage-passkeys";
import { secondFactorSummary, totpSetup } from "@/lib/second-factor/manage-totp";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { confirmTotpAction, deleteMyAccountAction, removePasskeyAction, removeTotpAction, renamePasskeyAction, renewRecoveryCodesAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("security"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await guardPage(ROUTE_ROLES["/account/security"], { whileSecondFactorSetupIsDue: true });
  const t = await getTranslations("security");
  const [summary, passkeys] = await Promise.all([secondFactorSummary(actor), listPasskeys(actor)]);
  // A key is made only when the person sets up an app (or must): not for every visit to this page.
  const settingUp = !summary.totpOn && (actor.secondFactorSetupDue || (await searchParams).setup === "totp");
  const setup = settingUp ? await totpSetup(actor) : null;
  return (
    <AppShell actor={actor} nav={actor.secondFactorSetupDue ? [] : NAV_BY_ROLE[actor.role]} title={t("title")}>
      {actor.secondFactorSetupDue && <Notice testId="second-factor-due">{t("due")}</Notice>}
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("passkeys.heading")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("passkeys.what")}</p>
        <PasskeyManager passkeys={passkeys} renameAction={renamePasskeyAction} removeAction={removePasskeyAction} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("totp.heading")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("totp.what")}</p>
        {setup && <TotpSetupForm setup={setup} action={confirmTotpAction} continueHref={actor.secondFactorSetupDue ? "/home" : null} />}
        {summary.totpOn && <TotpManager recoveryCodesLeft={summary.recoveryCodesLeft} renewAction={renewRecoveryCodesAction} removeAction={removeTotpAction} />}
        {!setup && !summary.totpOn && (
          <Link href="/account/security?setup=totp" className="mt-3 inline-block text-sm font-medium text-harbor-700 underline">
            {t("totp.start")}
          </Link>
        )}
      </Card>
      {actor.role === "employee" && (
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">{t("ownData.heading")}</h2>
          <p className="mt-1 text-sm text-slate-700">{t("ownData.what")}</p>
          <a href="/api/account/export" download className="mt-2 inline-block text-sm font-medium text-harbor-700 underline">
            {t("ownData.download")}
          </a>
        </Card>
      )}
      {actor.role === "employee" && (
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">{t("delete.heading")}</h2>
          <DeleteAccountForm action={deleteMyAccountAction} />
        </Card>
      )}
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("password.heading")}</h2>
        <Link href="/account/password" className="mt-2 inline-block text-sm font-medium text-harbor-700 underline">
          {t("password.change")}
        </Link>
      </Card>
    </AppShell>
  );
}
