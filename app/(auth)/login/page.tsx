import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { getCurrentUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/safe-return-path";

export const metadata: Metadata = { title: "Staff sign in", robots: { index: false } };

// Why someone was sent here; a fixed list, so the URL can never put words on the page.
const NOTICES: Record<string, string> = {
  "password-changed":
    "Your password has been changed and you have been signed out everywhere. Sign in with the new one.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, notice } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === "string" ? callbackUrl : null, "/admin");
  const noticeText = typeof notice === "string" && Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : null;
  if (await getCurrentUser()) redirect(returnTo);
  return (
    // data-themed: sign-in follows the reader's theme (app/theme-dark.css); the admin stays light.
    <div data-themed className="min-h-screen">
      <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
        <p className="font-serif text-3xl font-bold">
          <Link href="/">The Gazette</Link>
        </p>
        <h1 className="mt-6 text-xl font-semibold">Staff sign in</h1>
        {noticeText ? (
          <p className="mt-4 rounded border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900 dark:bg-green-950 dark:text-green-100">
            {noticeText}
          </p>
        ) : null}
        <LoginForm callbackUrl={returnTo} />
      </main>
    </div>
  );
}
