import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gazette-cli-"));
// The local tsx binary rather than `npx tsx`: npx adds about a second to every call.
const tsx = path.resolve("node_modules/.bin/tsx");
const env = { ...process.env, DATABASE_PATH: path.join(dir, "cli.db") };
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI as an operator would, on its own throwaway database. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ["scripts/users.ts", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// tsx starts in about half a second per call, so each test keeps to a few invocations.
describe("scripts/users.ts", { timeout: 120_000 }, () => {
  it("adds, lists, changes the role of and deactivates a staff member", async () => {
    const add = await cli(
      "add",
      "--email",
      "Cli.Admin@Example.test",
      "--name",
      "Cli Admin",
      "--role",
      "admin",
      "--password",
      "cli-password-1",
    );
    expect(add).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("Added cli.admin@example.test (admin)"),
    });
    await cli(
      "add",
      "--email",
      "writer@example.test",
      "--name",
      "Cli Writer",
      "--role",
      "author",
      "--password",
      "cli-password-2",
    );

    const list = await cli("list");
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^id\s+email\s+name\s+role\s+active$/m);
    expect(list.stdout).toMatch(/cli\.admin@example\.test\s+Cli Admin\s+admin\s+yes/);
    expect(list.stdout).toMatch(/writer@example\.test\s+Cli Writer\s+author\s+yes/);

    expect(await cli("set-role", "--email", "writer@example.test", "--role", "editor")).toMatchObject({
      code: 0,
      stdout: "writer@example.test is now editor.\n",
    });
    expect(await cli("deactivate", "--email", "writer@example.test")).toMatchObject({
      code: 0,
      stdout: "writer@example.test is deactivated.\n",
    });
    // The only active admin left cannot be deactivated.
    const guard = await cli("deactivate", "--email", "cli.admin@example.test");
    expect(guard.code).toBe(1);
    expect(guard.stderr).toContain("error: This is the last active admin");

    expect((await cli("list")).stdout).toMatch(/writer@example\.test\s+Cli Writer\s+editor\s+no/);

    // Every change is on the audit log, with no staff actor; the refused one is not.
    const log = new Database(env.DATABASE_PATH, { readonly: true });
    const entries = log.prepare("SELECT actor_id AS actorId, action, summary FROM audit_log ORDER BY id").all();
    log.close();
    expect(entries).toEqual([
      { actorId: null, action: "user.create", summary: "Added Cli Admin (cli.admin@example.test) as admin (command line)" },
      { actorId: null, action: "user.create", summary: "Added Cli Writer (writer@example.test) as author (command line)" },
      { actorId: null, action: "user.role", summary: "Role changed from author to editor (command line)" },
      { actorId: null, action: "user.deactivate", summary: "Account deactivated (command line)" },
    ]);
  });

  it("rejects an unknown role and a duplicate email with one line and exit code 1", async () => {
    const badRole = await cli(
      "add",
      "--email",
      "x@example.test",
      "--name",
      "X",
      "--role",
      "boss",
      "--password",
      "cli-password-3",
    );
    expect(badRole.code).toBe(1);
    expect(badRole.stderr.trim().split("\n").at(-1)).toBe(
      "error: --role: Choose a role: admin, editor, author or moderator.",
    );

    const duplicate = await cli(
      "add",
      "--email",
      "writer@example.test",
      "--name",
      "W",
      "--role",
      "author",
      "--password",
      "cli-password-4",
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("error: An account with this email already exists.");
  });
});
