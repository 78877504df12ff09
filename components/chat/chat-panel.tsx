"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ChatMessage } from "@/lib/chat/chat-message";
import { MESSAGE_MAX_LENGTH } from "@/lib/chat/message-limits";
import { formats } from "@/lib/i18n/format";
import type { Side } from "@/lib/sessions/session-access";
import { useSessionLive } from "@/components/sessions/session-live";
import { MessageText } from "./message-text";
import { useConversation } from "./use-conversation";

/** The conversation of one employee and one psychologist: live, with typing and read state. */
export function ChatPanel({
  conversationId,
  side,
  initial,
  otherName,
  timeZone,
  hint,
}: {
  conversationId: string;
  side: Side;
  initial: ChatMessage[];
  otherName: string;
  timeZone: string;
  /** A line under the title, such as when the psychologist usually answers (not shown while a session runs: then they answer at once). */
  hint?: string;
}) {
  const t = useTranslations("chat");
  const f = formats(useLocale(), timeZone);
  const live = useSessionLive();
  const chat = useConversation(conversationId, side, initial, t("sendFailed"), live?.report, live?.reportLate);
  const [draft, setDraft] = useState("");
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [chat.messages.length, chat.outgoing.length]);

  const submit = () => {
    const text = draft.trim();
    if (!text) return;
    setDraft("");
    void chat.send(text);
  };

  return (
    <section
      aria-label={t("title", { name: otherName })}
      className="flex min-h-0 flex-col rounded-xl border border-slate-200 bg-white shadow-sm"
      data-testid="chat"
      data-conversation={conversationId}
    >
      <header className="border-b border-slate-100 px-4 py-3">
        <h2 className="text-base font-semibold text-slate-900">{t("title", { name: otherName })}</h2>
        {hint && !live?.running && (
          <p className="text-xs text-slate-600" data-testid="reply-hint">
            {hint}
          </p>
        )}
        {chat.connection === "reconnecting" && (
          <p role="status" className="mt-1 text-xs text-amber-800">
            {t("reconnecting")}
          </p>
        )}
        {chat.connection === "closed" && (
          <p role="alert" className="mt-1 text-xs text-red-800">
            {t("disconnected")}
          </p>
        )}
      </header>
      <ol ref={list} className="max-h-[55dvh] min-h-40 flex-1 space-y-2 overflow-y-auto px-4 py-3" aria-live="polite" data-testid="chat-messages">
        {chat.messages.length === 0 && chat.outgoing.length === 0 && <li className="text-sm text-slate-500">{t("empty")}</li>}
        {chat.messages.map((m) => (
          <li
            key={m.id}
            className={`flex flex-col ${m.from === side ? "items-end" : "items-start"}`}
            data-testid="chat-message"
            data-from={m.from === side ? "me" : "them"}
          >
            <div className={`max-w-[85%] rounded-2xl px-3 py-2 text-sm ${m.from === side ? "bg-harbor-700 text-white" : "bg-slate-100 text-slate-900"}`}>
              <span className="sr-only">{m.from === side ? t("you") : otherName}: </span>
              <MessageText text={m.text} />
            </div>
            <span className="mt-0.5 text-xs text-slate-500">
              {f.dateTime(new Date(m.sentAt))}
              {chat.readByOther(m) && <span data-testid="read-marker"> · {t("read")}</span>}
            </span>
          </li>
        ))}
        {chat.outgoing.map((o) => (
          <li key={o.clientToken} className="flex flex-col items-end" data-testid="chat-outgoing">
            <div className="max-w-[85%] rounded-2xl bg-harbor-100 px-3 py-2 text-sm text-harbor-900">
              <MessageText text={o.text} />
            </div>
            {o.error ? (
              <span className="mt-1 flex flex-wrap items-center justify-end gap-2 text-xs text-red-800" role="alert">
                {o.error}
                <Button type="button" variant="secondary" onClick={() => void chat.send(o.text, o.clientToken)}>
                  {t("retry")}
                </Button>
                <Button type="button" variant="ghost" onClick={() => chat.discard(o.clientToken)}>
                  {t("discard")}
                </Button>
              </span>
            ) : (
              <span className="mt-0.5 text-xs text-slate-500">{t("sending")}</span>
            )}
          </li>
        ))}
      </ol>
      <p className="h-5 px-4 text-xs text-slate-600" aria-live="polite" data-testid="typing">
        {chat.otherTyping ? t("typing", { name: otherName }) : ""}
      </p>
      <form
        className="flex items-end gap-2 border-t border-slate-100 p-3"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="sr-only" htmlFor={`chat-input-${conversationId}`}>
          {t("message")}
        </label>
        <textarea
          id={`chat-input-${conversationId}`}
          value={draft}
          maxLength={MESSAGE_MAX_LENGTH}
          rows={2}
          placeholder={t("placeholder")}
          aria-describedby={`chat-keys-${conversationId}`}
          className="min-h-11 flex-1 resize-y rounded-lg border border-slate-300 px-3 py-2 text-base focus:border-harbor-700 focus:outline-none"
          onChange={(e) => {
            setDraft(e.target.value);
            chat.typed();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <Button type="submit" disabled={!draft.trim()}>
          {t("send")}
        </Button>
      </form>
      {/* How the keys work, said once (short enough that the placeholder fits a phone) and read with the field. */}
      <div className="sm:px-4 sm:pb-2">
        <p id={`chat-keys-${conversationId}`} className="sr-only text-xs text-slate-500 sm:not-sr-only">
          {t("keys")}
        </p>
      </div>
    </section>
  );
}
