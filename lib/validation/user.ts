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

export const newStaffSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
  role: roleSchema,
  password: passwordSchema,
  bio: z.string().trim().max(1000, "Keep the bio under 1,000 characters.").optional().default(""),
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
