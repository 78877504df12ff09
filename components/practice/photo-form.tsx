"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { MAX_PHOTO_BYTES } from "@/lib/catalogue/photo-limits";

export function PhotoForm({ action, hasPhoto }: { action: (s: FormState, f: FormData) => Promise<FormState>; hasPhoto: boolean }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [tooLarge, setTooLarge] = useState(false);
  const t = useTranslations("ownProfile.photoForm");
  const te = useTranslations("errors.photo");
  return (
    <form
      action={formAction}
      className="space-y-3"
      onSubmit={(event) => {
        // Said here rather than after sending megabytes the server would refuse.
        const file = new FormData(event.currentTarget).get("photo");
        const refuse = file instanceof File && file.size > MAX_PHOTO_BYTES;
        setTooLarge(refuse);
        if (refuse) event.preventDefault();
      }}
    >
      <FormStatus state={tooLarge ? { status: "error", message: te("tooLarge"), fields: {} } : state} testId="photo-status" />
      <FormField id="photo-photo" label={t("label")} error={errorOf(state, "photo")}>
        {(control) => (
          <input
            {...control}
            type="file"
            name="photo"
            accept="image/jpeg,image/png,image/webp,image/avif"
            className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-slate-100 file:px-4"
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("upload")}
        </Button>
        {hasPhoto && (
          <Button type="submit" name="remove" value="1" variant="ghost" disabled={pending}>
            {t("remove")}
          </Button>
        )}
      </div>
    </form>
  );
}
