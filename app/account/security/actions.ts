"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { deleteMyAccount } from "@/lib/own-data/delete-my-account";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type FormState, type RecoveryCodesState } from "@/lib/forms/form-state";
import { removePasskey, renamePasskey } from "@/lib/passkeys/manage-passkeys";
import { confirmTotp, removeTotp, renewRecoveryCodes } from "@/lib/second-factor/manage-totp";

const spec = { roles: ROUTE_ROLES["/account/security"], args: FORM_ARGS, guard: { whileSecondFactorSetupIsDue: true } } as const;

export const confirmTotpAction = defineAction(spec, async (actor, _previous, form): Promise<RecoveryCodesState> => {
  const recoveryCodes = await confirmTotp(actor, { code: text(form, "code") });
  return { ...(await savedState("totpEnabled")), recoveryCodes };
});

export const renewRecoveryCodesAction = defineAction(spec, async (actor, _previous, form): Promise<RecoveryCodesState> => {
  const recoveryCodes = await renewRecoveryCodes(actor, { password: text(form, "password") });
  return { ...(await savedState("recoveryCodesRenewed")), recoveryCodes };
});

export const removeTotpAction = defineAction(spec, async (actor, _previous, form): Promise<RecoveryCodesState> => {
  await removeTotp(actor, { password: text(form, "password") });
  revalidatePath("/account/security");
  return savedState("totpRemoved");
});

/** Employees only (the lib refuses others); the session ends with the account, so its cookie goes too. */
export const deleteMyAccountAction = defineAction(spec, async (actor, _previous, form): Promise<FormState> => {
  await deleteMyAccount(actor, { password: text(form, "password"), understood: text(form, "understood") });
  (await cookies()).delete(sessionCookie().name);
  redirect("/login?reason=account_deleted");
});

export const renamePasskeyAction = defineAction(spec, async (actor, _previous, form): Promise<RecoveryCodesState> => {
  await renamePasskey(actor, { passkeyId: text(form, "passkeyId"), name: text(form, "name") });
  revalidatePath("/account/security");
  return savedState("passkeyRenamed");
});

export const removePasskeyAction = defineAction(spec, async (actor, _previous, form): Promise<RecoveryCodesState> => {
  await removePasskey(actor, { passkeyId: text(form, "passkeyId") });
  revalidatePath("/account/security");
  return savedState("passkeyRemoved");
});
