"use client";

import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import type { PasskeySummary } from "@/lib/passkeys/manage-passkeys";

type Action = (s: FormState, f: FormData) => Promise<FormState>;

/** The account's passkeys: add one (the browser's own dialog), rename or remove each. */
export function PasskeyManager({ passkeys, renameAction, removeAction }: { passkeys: PasskeySummary[]; renameAction: Action; removeAction: Action }) {
  const t = useTranslations("security.passkeys");
  const format = useFormatter();
  const router = useRouter();
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    setProblem(null);
    setAdded(null);
    if (!browserSupportsWebAuthn()) return setProblem(t("unsupported"));
    setAdding(true);
    try {
      const begin = await fetch("/api/account/passkeys/options", { method: "POST" });
      if (!begin.ok) return setProblem(((await begin.json().catch(() => null)) as { detail?: string } | null)?.detail ?? t("failed"));
      const { challengeId, options } = await begin.json();
      const response = await startRegistration({ optionsJSON: options }).catch((error: Error) => {
        setProblem(error.name === "InvalidStateError" ? t("alreadyOnDevice") : t("cancelled"));
        return null;
      });
      if (!response) return;
      const saved = await fetch("/api/account/passkeys", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ challengeId, name: name || t("defaultName"), response }),
      });
      if (!saved.ok) return setProblem(((await saved.json().catch(() => null)) as { detail?: string } | null)?.detail ?? t("failed"));
      form.reset();
      setAdded(t("added"));
      router.refresh();
    } catch {
      setProblem(t("failed"));
    } finally {
      setAdding(false);
    }
  }

  return (
    <div className="mt-3 space-y-5">
      {passkeys.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="passkey-list">
          {passkeys.map((p) => (
            <PasskeyRow
              key={p.id}
              passkey={p}
              renameAction={renameAction}
              removeAction={removeAction}
              when={(d) => format.dateTime(d, { dateStyle: "medium" })}
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">{t("none")}</p>
      )}
      <form onSubmit={add} className="max-w-md space-y-3">
        {problem && (
          <Notice tone="error" testId="passkey-problem">
            {problem}
          </Notice>
        )}
        {added && (
          <Notice tone="success" testId="passkey-added">
            {added}
          </Notice>
        )}
        <Field id="passkey-name" name="name" label={t("name")} hint={t("nameHint")} maxLength={60} autoComplete="off" />
        <Button type="submit" disabled={adding}>
          {adding ? t("adding") : t("add")}
        </Button>
      </form>
    </div>
  );
}

function PasskeyRow({
  passkey,
  renameAction,
  removeAction,
  when,
}: {
  passkey: PasskeySummary;
  renameAction: Action;
  removeAction: Action;
  when: (d: Date) => string;
}) {
  const t = useTranslations("security.passkeys");
  const [renamed, rename, renaming] = useActionState(renameAction, IDLE);
  const [removed, remove, removing] = useActionState(removeAction, IDLE);
  return (
    <li className="space-y-2 p-3">
      <p className="font-medium text-slate-900">{passkey.name}</p>
      <p className="text-sm text-slate-600">
        {t("addedOn", { date: when(passkey.createdAt) })}
        {passkey.lastUsedAt && ` · ${t("usedOn", { date: when(passkey.lastUsedAt) })}`}
      </p>
      <FormStatus state={renamed.status === "error" ? renamed : removed} />
      <div className="flex flex-wrap items-end gap-2">
        <form action={rename} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="passkeyId" value={passkey.id} />
          <Field
            id={`rename-${passkey.id}`}
            name="name"
            label={t("newName")}
            defaultValue={passkey.name}
            maxLength={60}
            required
            error={errorOf(renamed, "name")}
          />
          <Button type="submit" variant="secondary" disabled={renaming}>
            {t("rename")}
          </Button>
        </form>
        <form action={remove}>
          <input type="hidden" name="passkeyId" value={passkey.id} />
          <Button type="submit" variant="secondary" disabled={removing} aria-label={t("removeNamed", { name: passkey.name })}>
            {t("remove")}
          </Button>
        </form>
      </div>
    </li>
  );
}
