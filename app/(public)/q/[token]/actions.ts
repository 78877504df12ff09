"use server";

import { z } from "zod";
import { answerNpsByLink } from "@/lib/feedback/nps";
import { definePublicAction, FORM_ARGS, text } from "@/lib/forms/action";
import { formFailure, savedState } from "@/lib/forms/form-failure";
import { type FormState } from "@/lib/forms/form-state";

/** The e-mail's one-time link: the token in the address is the only credential, good for this one answer. */
export const answerNpsByLinkAction = definePublicAction([z.string().max(100), ...FORM_ARGS], async (token, _previous, form): Promise<FormState> => {
  try {
    await answerNpsByLink(token, text(form, "score"));
    return savedState("npsThanks");
  } catch (error) {
    return formFailure(error);
  }
});
