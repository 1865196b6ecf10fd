import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { getCurrentUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/safe-return-path";

export const metadata: Metadata = { title: "Staff sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, "/admin");
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="font-serif text-3xl font-bold">
        <Link href="/">The Gazette</Link>
      </p>
      <h1 className="mt-6 text-xl font-semibold">Staff sign in</h1>
      <LoginForm callbackUrl={returnTo} />
    </main>
  );
}
