import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { root } from "../support/docs.js";

export const cliPath = resolve(root, "dist/esm/cli/main.js");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the built CLI as a user would, optionally feeding stdin. */
export function runCli(args: readonly string[], stdin?: string | Buffer, as: { uid?: number; gid?: number; cliPath?: string } = {}): Promise<CliResult> {
  const { cliPath: script = cliPath, ...user } = as;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: user.uid === undefined ? root : "/", env: { ...process.env, NO_COLOR: "1" }, ...user });
    // Bytes are joined before decoding: a pipe may cut a character such as "≤" between two chunks.
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
    child.stdin.end(stdin ?? "");
  });
}
