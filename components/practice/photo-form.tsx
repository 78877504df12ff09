"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { MAX_PHOTO_BYTES, PHOTO_TOO_LARGE } from "@/lib/catalogue/photo-limits";

export function PhotoForm({ action, hasPhoto }: { action: (s: FormState, f: FormData) => Promise<FormState>; hasPhoto: boolean }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [tooLarge, setTooLarge] = useState(false);
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
      <FormStatus state={tooLarge ? { status: "error", message: PHOTO_TOO_LARGE, fields: {} } : state} testId="photo-status" />
      <label className="block space-y-1 text-sm font-medium">
        Photo (JPEG, PNG, WebP or AVIF, up to 8 MB; shown as a square)
        <input
          type="file"
          name="photo"
          accept="image/jpeg,image/png,image/webp,image/avif"
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-slate-100 file:px-4"
        />
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          Upload photo
        </Button>
        {hasPhoto && (
          <Button type="submit" name="remove" value="1" variant="ghost" disabled={pending}>
            Remove photo
          </Button>
        )}
      </div>
    </form>
  );
}
