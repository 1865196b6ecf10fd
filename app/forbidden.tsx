import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="font-serif text-3xl font-bold">You do not have access to this page</h1>
      <p className="mt-4 text-muted">Your role does not include this part of the newsroom. Ask an admin if you need it.</p>
      <p className="mt-6">
        <Link className="text-brand underline" href="/admin">
          Back to the dashboard
        </Link>
      </p>
    </main>
  );
}
