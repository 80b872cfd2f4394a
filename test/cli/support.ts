import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { root } from "../support/docs.js";

export const cliPath = resolve(root, "dist/node/cli/main.js");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the built CLI as a user would, optionally feeding stdin. */
/** The environment without the colour conventions of the machine running the tests: each test sets its own. */
function withoutColourSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NO_COLOR: _noColour, FORCE_COLOR: _forceColour, TERM: _term, ...rest } = env;
  return rest;
}

export function runCli(args: readonly string[], stdin?: string | Buffer, as: { uid?: number; gid?: number; cliPath?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const { cliPath: script = cliPath, env = { NO_COLOR: "1" }, ...user } = as;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: user.uid === undefined ? root : "/", env: { ...withoutColourSettings(process.env), ...env }, ...user });
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
