import type { Metadata } from "next";
import { StaffCreateForm } from "@/components/admin/staff-create-form";
import { StaffTable } from "@/components/admin/staff-table";
import { listStaffAccounts } from "@/db/queries/users";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const me = await requirePagePermission("users.manage", "/admin/staff");
  const staff = listStaffAccounts();
  return (
    <div className="space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Staff</h1>
        <p className="mt-2 text-muted">
          Who can sign in to the newsroom and what they may do. A deactivated account is signed out on its
          next request; its articles and bylines stay. Five wrong passwords in a row lock an account for 15
          minutes; resetting its password lifts the lock.
        </p>
      </div>
      <section aria-labelledby="staff-list-heading">
        <h2 id="staff-list-heading" className="text-xl font-semibold">
          Accounts
        </h2>
        <div className="mt-4">
          <StaffTable staff={staff} currentUserId={me.id} now={new Date()} />
        </div>
      </section>
      <section aria-labelledby="add-staff-heading">
        <h2 id="add-staff-heading" className="text-xl font-semibold">
          Add staff member
        </h2>
        <div className="mt-4">
          <StaffCreateForm />
        </div>
      </section>
    </div>
  );
}
