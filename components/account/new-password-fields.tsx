import { useTranslations } from "next-intl";
import { errorOf, Field } from "@/components/ui/field";
import type { FormState } from "@/lib/forms/form-state";

/** The new password and its repetition: the same two fields for a change and for a reset by e-mail. */
export function NewPasswordFields({ state }: { state: FormState }) {
  const t = useTranslations("password");
  return (
    <>
      <Field
        id="newPassword"
        name="newPassword"
        type="password"
        label={t("new")}
        hint={t("newHint")}
        autoComplete="new-password"
        minLength={10}
        maxLength={200}
        required
        error={errorOf(state, "newPassword")}
      />
      <Field
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label={t("confirm")}
        autoComplete="new-password"
        required
        error={errorOf(state, "confirmPassword")}
      />
    </>
  );
}
