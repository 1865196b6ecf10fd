import type { Metadata } from "next";
import Link from "next/link";
import { PasswordChangeForm } from "@/components/admin/password-change-form";
import { ProfileForm } from "@/components/admin/profile-form";
import { roleName } from "@/components/admin/staff-roles";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Your profile" };

/** Every staff member's own account: public profile and password. Email and role are the admins'. */
export default async function ProfilePage() {
  const me = await requirePagePermission("admin.access", "/admin/profile");
  return (
    <div className="space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Your profile</h1>
        <p className="mt-2 text-muted">
          Signed in as {me.email} ({roleName(me.role)}). Ask an admin to change your email or role.
        </p>
      </div>
      <section aria-labelledby="public-profile-heading">
        <h2 id="public-profile-heading" className="text-xl font-semibold">
          Public profile
        </h2>
        <p className="mt-1 text-sm text-muted">
          Shown in your bylines and on{" "}
          <Link href={`/authors/${me.slug}`} className="text-brand underline">
            your author page
          </Link>{" "}
          once an article of yours is published.
        </p>
        <div className="mt-4">
          <ProfileForm profile={{ name: me.name, bio: me.bio, avatarUrl: me.avatarUrl }} />
        </div>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-xl font-semibold">
          Change password
        </h2>
        <p className="mt-1 text-sm text-muted">
          You will be signed out everywhere, here too, and sign in again with the new password.
        </p>
        <div className="mt-4">
          <PasswordChangeForm email={me.email} />
        </div>
      </section>
    </div>
  );
}
