import Link from "next/link";

/** The heading of a page one step from the moderators' desk, with the way back above it. */
export function DeskPageHeading({ title, backHref = "/admin/comments" }: { title: React.ReactNode; backHref?: string }) {
  return (
    <>
      <p className="text-sm">
        <Link href={backHref} className="text-brand underline">
          Back to the desk
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{title}</h1>
    </>
  );
}
