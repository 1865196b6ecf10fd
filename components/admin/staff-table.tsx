import Link from "next/link";
import type { StaffAccountRow } from "@/db/queries/users";
import { formatDateTime } from "@/lib/utils";
import { StaffPasswordForm } from "./staff-password-form";
import { StaffActiveForm, StaffRoleForm } from "./staff-row-forms";

/** Every staff account with its role, active and password controls. */
export function StaffTable({
  staff,
  currentUserId,
  now,
}: {
  staff: StaffAccountRow[];
  currentUserId: number;
  now: Date;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Staff accounts</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4">
              Email
            </th>
            <th scope="col" className="py-2 pr-4">
              Role
            </th>
            <th scope="col" className="py-2 pr-4">
              Status
            </th>
            <th scope="col" className="py-2 pr-4">
              Author page
            </th>
            <th scope="col" className="py-2">
              Access
            </th>
          </tr>
        </thead>
        <tbody>
          {staff.map((person) => (
            <tr key={person.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="py-3 pr-4 font-semibold">
                {person.name}
                {person.id === currentUserId ? (
                  <span className="ml-1 font-normal text-muted">(you)</span>
                ) : null}
              </th>
              <td className="py-3 pr-4 break-all">{person.email}</td>
              <td className="py-3 pr-4">
                <StaffRoleForm person={person} role={person.role} />
              </td>
              <td className="py-3 pr-4">
                {person.active ? "Active" : <span className="font-semibold text-red-800">Deactivated</span>}
                {person.lockedUntil && person.lockedUntil > now ? (
                  <span className="block text-red-800">
                    Sign-in locked until {formatDateTime(person.lockedUntil)}
                  </span>
                ) : null}
              </td>
              <td className="py-3 pr-4">
                <Link href={`/authors/${person.slug}`} className="text-brand underline">
                  /authors/{person.slug}
                  <span className="sr-only"> (author page of {person.name})</span>
                </Link>
              </td>
              <td className="py-3">
                <StaffActiveForm person={person} active={person.active} />
                {person.id === currentUserId ? (
                  <Link href="/admin/profile" className="mt-2 block text-sm text-brand underline">
                    Change your password
                  </Link>
                ) : (
                  <StaffPasswordForm person={{ id: person.id, name: person.name }} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
