/**
 * The one way a server action runs. Its arguments — bound ids and choices as well as the form —
 * arrive from the browser and can be anything, so they are parsed with zod before anything else;
 * then the guard; then the work. Refusals are answered as 4xx, never as a 500:
 * - arguments that do not parse name nothing that exists: 404;
 * - not signed in: 401; signed in without the right: 403; what was named is not the actor's: 404
 *   (one answer whether it exists or not, so probing learns nothing);
 * - anything else the domain refuses (a field to correct, a conflict, a limit) comes back as the
 *   form's state, shown beside the form.
 * Errors that are not refusals still reach the error page: they are bugs, and hiding them helps no one.
 */
import { forbidden, notFound, redirect, unauthorized } from "next/navigation";
import { z } from "zod";
import { authorize, PASSWORD_CHANGE_DUE, SECOND_FACTOR_SETUP_DUE, type Actor, type AuthorizeOptions } from "@/lib/auth/guard";
import type { Role } from "@/lib/auth/roles";
import { explainUnavailable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors";
import { formFailure } from "./form-failure";
import type { FormState } from "./form-state";

/** What `useActionState` passes after the bound arguments: the previous state and the form. */
export const FORM_ARGS = [z.unknown(), z.instanceof(FormData)] as const;

type Schemas = readonly z.ZodType[];
type Parsed<S extends Schemas> = { [K in keyof S]: z.output<S[K]> };
type Raw<S extends Schemas> = { [K in keyof S]: z.input<S[K]> };

export interface ActionSpec<S extends Schemas> {
  /** Who may call it; checked on every call (layouts do not run for actions). */
  roles: readonly Role[];
  /** One schema per argument, in order. */
  args: S;
  guard?: AuthorizeOptions;
}

/** Parses an action's arguments, one schema each; arguments that do not parse name nothing that exists (404). */
function argumentParser<S extends Schemas>(args: S): (raw: Raw<S>) => Parsed<S> {
  const schema = z.tuple(args as unknown as [z.ZodType, ...z.ZodType[]]);
  return (raw) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) notFound();
    return parsed.data as unknown as Parsed<S>;
  };
}

export function defineAction<const S extends Schemas, R extends FormState | void>(spec: ActionSpec<S>, work: (actor: Actor, ...args: Parsed<S>) => Promise<R>) {
  const parse = argumentParser(spec.args);
  return async (...raw: Raw<S>): Promise<R> => {
    const args = parse(raw);
    let actor: Actor;
    try {
      actor = await authorize(spec.roles, spec.guard);
    } catch (error) {
      return refuse(error);
    }
    try {
      return await work(actor, ...args);
    } catch (error) {
      return refuse(error);
    }
  };
}

/** An action anyone may call (registration): the same parsing and refusals, with no guard. */
export function definePublicAction<const S extends Schemas, R extends FormState | object | void>(args: S, work: (...args: Parsed<S>) => Promise<R>) {
  const parse = argumentParser(args);
  return async (...raw: Raw<S>): Promise<R> => work(...parse(raw));
}

async function refuse<R>(thrown: unknown): Promise<R> {
  const error = explainUnavailable(thrown);
  if (isAppError(error)) {
    if (error.details?.reason === PASSWORD_CHANGE_DUE) redirect("/account/password");
    if (error.details?.reason === SECOND_FACTOR_SETUP_DUE) redirect("/account/security");
    if (error.code === "unauthenticated") unauthorized();
    if (error.code === "forbidden") forbidden();
    if (error.code === "not_found") notFound();
  }
  // A field to correct, a conflict or a limit: shown beside the form. Anything else is rethrown.
  return (await formFailure(error)) as R;
}

/** A form field as text ("" when absent or a file), for handing to a lib function's zod schema. */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
