"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { addQualification, removeQualification, updateOwnProfile } from "@/lib/catalogue/own-profile";
import { removeProfilePhoto, setProfilePhoto } from "@/lib/catalogue/profile-photo";
import { defineAction, FORM_ARGS, text } from "@/lib/forms/action";
import { savedState } from "@/lib/forms/form-failure";
import { type FormState } from "@/lib/forms/form-state";

const LIST_FIELDS = ["methods", "topics", "languages", "directions", "formats"] as const;
const profile = { roles: ROUTE_ROLES["/practice/profile"] };

async function saved(outcome: string): Promise<FormState> {
  revalidatePath("/practice/profile");
  return savedState(outcome);
}

export const saveProfileAction = defineAction({ ...profile, args: FORM_ARGS }, async (actor, _previous, form) => {
  const input: Record<string, unknown> = Object.fromEntries([...form.keys()].filter((k) => !k.startsWith("$")).map((k) => [k, text(form, k)]));
  for (const key of LIST_FIELDS) input[key] = form.getAll(key).map(String);
  // The form asks for notice in hours; the profile stores minutes.
  const hours = Number(text(form, "minNoticeHours"));
  input.minNoticeMinutes = Number.isFinite(hours) && text(form, "minNoticeHours").trim() !== "" ? Math.round(hours * 60) : "";
  const { awaitingReview } = await updateOwnProfile(actor, input);
  return saved(awaitingReview ? "profileAwaitingReview" : "profileSaved");
});

export const addQualificationAction = defineAction({ ...profile, args: FORM_ARGS }, async (actor, _previous, form) => {
  await addQualification(actor, { kind: text(form, "kind"), title: text(form, "title"), institution: text(form, "institution"), year: text(form, "year") });
  return saved("qualificationAdded");
});

export const removeQualificationAction = defineAction({ ...profile, args: [z.uuid(), ...FORM_ARGS] }, async (actor, qualificationId) => {
  await removeQualification(actor, qualificationId);
  revalidatePath("/practice/profile");
  return { status: "saved" } satisfies FormState;
});

export const uploadPhotoAction = defineAction({ ...profile, args: FORM_ARGS }, async (actor, _previous, form) => {
  if (text(form, "remove") === "1") {
    await removeProfilePhoto(actor);
    return saved("photoRemoved");
  }
  const file = form.get("photo");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
  await setProfilePhoto(actor, bytes);
  return saved("photoUpdated");
});
