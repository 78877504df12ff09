"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export function PublishControl({
  publish,
  hide,
  status,
}: {
  publish: (s: FormState, form: FormData) => Promise<FormState>;
  hide: (s: FormState, form: FormData) => Promise<FormState>;
  status: "draft" | "published" | "hidden";
}) {
  const [publishState, publishAction, publishing] = useActionState(publish, IDLE);
  const [hideState, hideAction, hiding] = useActionState(hide, IDLE);
  const t = useTranslations("psychologists");
  return (
    <div className="space-y-3">
      <FormStatus state={publishState.status !== "idle" ? publishState : hideState} testId="publish-status" />
      {status === "published" ? (
        <form action={hideAction}>
          <Button type="submit" variant="secondary" disabled={hiding}>
            {t("hide")}
          </Button>
        </form>
      ) : (
        <form action={publishAction}>
          <Button type="submit" disabled={publishing}>
            {t("publish")}
          </Button>
        </form>
      )}
    </div>
  );
}
