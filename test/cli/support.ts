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
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}
