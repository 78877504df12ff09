"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export function PhotoForm({ action, hasPhoto }: { action: (s: FormState, f: FormData) => Promise<FormState>; hasPhoto: boolean }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus state={state} testId="photo-status" />
      <label className="block space-y-1 text-sm font-medium">
        Photo (JPEG, PNG or WebP, up to 2 MB)
        <input type="file" name="photo" accept="image/jpeg,image/png,image/webp" className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-slate-100 file:px-4" />
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>Upload photo</Button>
        {hasPhoto && (
          <Button type="submit" name="remove" value="1" variant="ghost" disabled={pending}>Remove photo</Button>
        )}
      </div>
    </form>
  );
}
