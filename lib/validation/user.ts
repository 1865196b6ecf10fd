import { z } from "zod";
import { ROLES } from "@/db/schema";

export const roleSchema = z.enum(ROLES, "Choose a role: admin, editor, author or moderator.");

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters for the password.")
  .max(200, "Keep the password under 200 characters.");

export const newStaffSchema = z.object({
  email: z.email("Enter a valid email address.").max(254).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
  role: roleSchema,
  password: passwordSchema,
  bio: z.string().trim().max(1000, "Keep the bio under 1,000 characters.").optional().default(""),
});
export type NewStaffInput = z.infer<typeof newStaffSchema>;
