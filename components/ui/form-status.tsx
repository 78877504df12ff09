import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { Notice } from "./notice";

/** The outcome of a form's last submission, announced to screen readers. */
export function FormStatus({ state, testId }: { state: FormState; testId?: string }) {
  const t = useTranslations("outcomes");
  if (state.status === "error")
    return (
      <Notice tone="error" testId={testId}>
        {state.message}
      </Notice>
    );
  if (state.status === "saved")
    return (
      <Notice tone="success" testId={testId}>
        {state.message ?? t("saved")}
      </Notice>
    );
  return null;
}
