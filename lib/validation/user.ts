import { z } from "zod";
import { ROLES } from "@/db/schema";

export const roleSchema = z.enum(ROLES, "Choose a role: admin, editor, author or moderator.");

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters for the password.")
  .max(200, "Keep the password under 200 characters.");

export const emailSchema = z
  .email("Enter a valid email address.")
  .max(254)
  .transform((e) => e.toLowerCase());

const nameSchema = z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters.");
const bioSchema = z.string().trim().max(1000, "Keep the bio under 1,000 characters.").optional().default("");

export const newStaffSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: passwordSchema,
  bio: bioSchema,
});
export type NewStaffInput = z.infer<typeof newStaffSchema>;

/** A staff member's id as it arrives from a bound or hidden form value. */
export const staffIdSchema = z.coerce.number().int().positive();

export const changeRoleSchema = z.object({ id: staffIdSchema, role: roleSchema });

/** "true"/"false" from the Deactivate / Reactivate buttons. */
export const setActiveSchema = z.object({
  id: staffIdSchema,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** An admin's password reset: a password they typed, or one the server generates and shows once. */
export const resetPasswordSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({ id: staffIdSchema, mode: z.literal("set"), password: passwordSchema }),
    z.object({ id: staffIdSchema, mode: z.literal("generate") }),
  ],
  "That request was not valid.",
);

/**
 * A portrait address: an http(s) URL or a path on this site. Protocol-relative `//host` and
 * backslashes are refused because browsers read both as another host; anything else
 * (javascript:, data:) never reaches an `src`.
 */
function isAvatarAddress(value: string): boolean {
  if (/[\s\\\u0000-\u001f\u007f]/.test(value)) return false;
  if (value.startsWith("/")) return !value.startsWith("//");
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Empty means "no portrait" (initials are shown instead). */
export const avatarUrlSchema = z
  .string()
  .trim()
  .max(2000, "Keep the address under 2,000 characters.")
  .refine((v) => v === "" || isAvatarAddress(v), "Enter an http(s) URL or a path starting with /.")
  .transform((v) => (v === "" ? null : v));

/** What staff may change about themselves; email and role stay with the admins. */
export const profileSchema = z.object({
  name: nameSchema,
  bio: bioSchema,
  avatarUrl: avatarUrlSchema.optional().default(null),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(200),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmPassword"],
        message: "The two new passwords do not match.",
      });
    }
    if (v.newPassword === v.currentPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "Choose a password different from the current one.",
      });
    }
  });
