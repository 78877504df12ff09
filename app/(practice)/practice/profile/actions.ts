"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { addQualification, removeQualification, updateOwnProfile } from "@/lib/catalogue/own-profile";
import { removeProfilePhoto, setProfilePhoto } from "@/lib/catalogue/profile-photo";
import { formFailure, type FormState } from "@/lib/forms/form-state";

const LIST_FIELDS = ["methods", "topics", "languages", "directions", "formats"] as const;

async function run(work: () => Promise<void>, message: string): Promise<FormState> {
  try {
    await work();
  } catch (error) {
    return formFailure(error);
  }
  revalidatePath("/practice/profile");
  return { status: "saved", message };
}

export async function saveProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/practice/profile"]);
  const input: Record<string, unknown> = Object.fromEntries([...form.keys()].filter((k) => !k.startsWith("$")).map((k) => [k, form.get(k)]));
  for (const key of LIST_FIELDS) input[key] = form.getAll(key).map(String);
  // The form asks for notice in hours; the profile stores minutes.
  const hours = Number(form.get("minNoticeHours"));
  input.minNoticeMinutes = Number.isFinite(hours) && String(form.get("minNoticeHours")).trim() !== "" ? Math.round(hours * 60) : "";
  return run(() => updateOwnProfile(actor, input), "Profile saved.");
}

export async function addQualificationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/practice/profile"]);
  const input = { kind: form.get("kind"), title: form.get("title"), institution: form.get("institution"), year: form.get("year") };
  return run(() => addQualification(actor, input), "Added. The Harbor team will verify it before clients see it.");
}

export async function removeQualificationAction(qualificationId: string): Promise<void> {
  const actor = await authorize(ROUTE_ROLES["/practice/profile"]);
  await removeQualification(actor, qualificationId);
  revalidatePath("/practice/profile");
}

export async function uploadPhotoAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await authorize(ROUTE_ROLES["/practice/profile"]);
  const file = form.get("photo");
  if (form.get("remove") === "1") return run(() => removeProfilePhoto(actor), "Photo removed.");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
  return run(() => setProfilePhoto(actor, bytes), "Photo updated.");
}
