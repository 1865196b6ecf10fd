"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { formFields, invalid, type ActionState } from "@/lib/action-state";
import { safeReturnPath } from "@/lib/safe-return-path";
import { loginSchema } from "@/lib/validation/login";

export async function authenticateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const parsed = loginSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, "Enter your email and password.");
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeReturnPath(fields.callbackUrl, "/admin"),
    });
    return { ok: true };
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are answers for the form.
    if (!(error instanceof AuthError)) throw error;
    if (error.type === "CredentialsSignin" && "code" in error && error.code === "rate_limited") {
      return { ok: false, message: "Too many sign-in attempts. Wait a minute and try again." };
    }
    // Said only for an account that exists and is locked, as WordPress and Ghost do; a wrong
    // password reads the same whether or not the email exists.
    if (error.type === "CredentialsSignin" && "code" in error && error.code === "locked") {
      return { ok: false, message: lockedMessage(error) };
    }
    if (error.type === "CredentialsSignin") return { ok: false, message: "Wrong email or password." };
    console.error("Sign-in failed", error);
    return { ok: false, message: "Signing in failed. Please try again." };
  }
}

function lockedMessage(error: AuthError): string {
  const minutes =
    "retryAfterMinutes" in error && typeof error.retryAfterMinutes === "number"
      ? error.retryAfterMinutes
      : 15;
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
