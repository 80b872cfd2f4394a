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
export function runCli(args: readonly string[], stdin?: string | Buffer, user: { uid?: number; gid?: number } = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, env: { ...process.env, NO_COLOR: "1" }, ...user });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}
