import { Writable } from "node:stream";
import readline from "node:readline";
import { parseArgs } from "node:util";
import type { z } from "zod";
import { openDatabase, runMigrations, type DB } from "../db/client";
import { databasePath } from "../db/config";
import { insertAuditEntry } from "../db/audit-entry";
import * as accounts from "../db/staff-accounts";
import { emailSchema, newStaffSchema, passwordSchema, roleSchema } from "../lib/validation/user";

// Operator CLI for staff accounts, e.g. to create the first real admin and deactivate the demo
// logins. Same rules as the admin screen (validation, unique email, last-admin guard).

const USAGE = `Usage: tsx scripts/users.ts <command> [options]
  add           --email E --name N --role R [--password P] [--bio B]
  list
  set-role      --email E --role R
  deactivate    --email E
  activate      --email E
  set-password  --email E [--password P]
Without --password the password is asked for (twice, hidden) or read as one line from stdin.
Roles: admin, editor, author, moderator.`;

class CliError extends Error {}

function check<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  if (value === undefined) throw new CliError(`--${option} is required.`);
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new CliError(`--${option}: ${parsed.error.issues[0]?.message ?? "invalid value."}`);
  return parsed.data;
}

/** Asks on a terminal without echoing what is typed. */
async function askHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  try {
    process.stdout.write(prompt);
    muted = true;
    return await new Promise<string>((resolve) => rl.question("", resolve));
  } finally {
    muted = false;
    process.stdout.write("\n");
    rl.close();
  }
}

async function readStdinLine(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

async function readPassword(given: string | undefined): Promise<string> {
  if (given !== undefined) return check(passwordSchema, given, "password");
  if (!process.stdin.isTTY) return check(passwordSchema, await readStdinLine(), "password");
  const first = check(passwordSchema, await askHidden("Password: "), "password");
  if ((await askHidden("Repeat password: ")) !== first) throw new CliError("The passwords do not match.");
  return first;
}

function userByEmail(db: DB, email: string | undefined): accounts.StaffUser {
  const address = check(emailSchema, email, "email");
  const user = accounts.getStaffUserByEmail(db, address);
  if (!user) throw new CliError(`No staff account with email ${address}.`);
  return user;
}

function unwrap(result: accounts.AccountResult): accounts.StaffUser {
  if (!result.ok) throw new CliError(result.message);
  return result.user;
}

function printTable(users: accounts.StaffUser[]): void {
  const rows = [["id", "email", "name", "role", "active"]].concat(
    users.map((u) => [String(u.id), u.email, u.name, u.role, u.active ? "yes" : "no"]),
  );
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    );
}

const OPTIONS = {
  email: { type: "string" },
  name: { type: "string" },
  role: { type: "string" },
  password: { type: "string" },
  bio: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Changes made from a shell go on the audit log too, with no staff actor ("System" on the page). */
function audit(db: DB, userId: number, action: Parameters<typeof insertAuditEntry>[1]["action"], summary: string): void {
  insertAuditEntry(db, { actorId: null, action, targetType: "user", targetId: userId, summary: `${summary} (command line)` });
}

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const [command, ...extra] = positionals;
  if (values.help || !command) return console.log(USAGE);
  if (extra.length) throw new CliError(`Unexpected argument: ${extra[0]}`);

  const db = openDatabase(databasePath());
  try {
    runMigrations(db);
    switch (command) {
      case "add": {
        const input = newStaffSchema.omit({ password: true }).safeParse({ ...values, password: undefined });
        if (!input.success) {
          const issue = input.error.issues[0];
          throw new CliError(`--${String(issue?.path[0] ?? "input")}: ${issue?.message}`);
        }
        const password = await readPassword(values.password);
        const user = unwrap(await accounts.addStaffAccount(db, { ...input.data, password }));
        audit(db, user.id, "user.create", `Added ${user.name} (${user.email}) as ${user.role}`);
        return console.log(
          `Added ${user.email} (${user.role}), id ${user.id}, author page /authors/${user.slug}.`,
        );
      }
      case "list":
        return printTable(accounts.listStaffUsers(db));
      case "set-role": {
        const target = userByEmail(db, values.email);
        const role = check(roleSchema, values.role, "role");
        const result = accounts.changeStaffRole(db, { id: target.id, role, actorId: null });
        const user = unwrap(result);
        if (result.ok && result.previous) audit(db, user.id, "user.role", `Role changed from ${result.previous.role} to ${user.role}`);
        return console.log(`${user.email} is now ${user.role}.`);
      }
      case "deactivate":
      case "activate": {
        const target = userByEmail(db, values.email);
        const active = command === "activate";
        const result = accounts.changeStaffActive(db, { id: target.id, active, actorId: null });
        const user = unwrap(result);
        if (result.ok && result.previous) {
          audit(db, user.id, active ? "user.activate" : "user.deactivate", active ? "Account reactivated" : "Account deactivated");
        }
        return console.log(`${user.email} is ${user.active ? "active" : "deactivated"}.`);
      }
      case "set-password": {
        const target = userByEmail(db, values.email);
        const password = await readPassword(values.password);
        unwrap(await accounts.changeStaffPassword(db, { id: target.id, password }));
        audit(db, target.id, "user.password-reset", "Password set");
        return console.log(`Password changed for ${target.email}.`);
      }
      default:
        throw new CliError(`Unknown command "${command}". Run with --help for usage.`);
    }
  } finally {
    db.$client.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  // Bad input gets one line; parseArgs reports unknown options with a TypeError and a code.
  const known = error instanceof CliError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  const text = known
    ? (error as Error).message.replace(/\s*\n\s*/g, " ")
    : String((error as Error)?.stack ?? error);
  console.error(`error: ${text}`);
  process.exitCode = 1;
});
