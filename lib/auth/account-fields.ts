/**
 * The two personal fields of an account, sealed at rest: the sign-in address (found by its blind
 * index) and the alias or name. Every read and write of them goes through here, so the context each
 * is sealed under is spelled once.
 */
import { randomUUID } from "node:crypto";
import { emailIndex } from "@/lib/crypto/blind-index";
import { openField, sealField } from "@/lib/crypto/sealed-field";

export const emailContext = (userId: string) => `users.email:${userId}`;
export const aliasContext = (userId: string) => `users.display_name:${userId}`;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The columns that store a sign-in address (the id must be the row's own). */
export function emailColumns(userId: string, email: string): { emailIndex: Uint8Array<ArrayBuffer>; emailSealed: Uint8Array<ArrayBuffer> } {
  const normalised = normaliseEmail(email);
  return { emailIndex: emailIndex(normalised), emailSealed: sealField(normalised, emailContext(userId)) };
}

export function openEmail(user: { id: string; emailSealed: Uint8Array }): string {
  return openField(user.emailSealed, emailContext(user.id));
}

export function aliasColumn(userId: string, alias: string | null | undefined): Uint8Array<ArrayBuffer> | null {
  const trimmed = alias?.trim();
  return trimmed ? sealField(trimmed, aliasContext(userId)) : null;
}

export function openAlias(user: { id: string; displayNameSealed: Uint8Array | null }): string | null {
  return user.displayNameSealed ? openField(user.displayNameSealed, aliasContext(user.id)) : null;
}

/** Where a unique sign-in address is looked up. */
export function whereEmail(email: string): { emailIndex: Uint8Array<ArrayBuffer> } {
  return { emailIndex: emailIndex(normaliseEmail(email)) };
}

/** A new account's id with its sealed address and alias: spread into `user.create({ data })`. */
export function newAccountIdentity(email: string, alias?: string | null) {
  const id = randomUUID();
  return { id, ...emailColumns(id, email), displayNameSealed: aliasColumn(id, alias) };
}
