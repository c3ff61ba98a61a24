// Suites that need a program from the machine (Chromium, NetworkX) declare it here, so a green local
// run without it is never mistaken for coverage and CI, which must install it, fails instead.
import { describe, expect, it } from 'vitest';

/** A program a suite needs, whether this machine has it, and the command that installs it. */
export interface SystemTool {
  name: string;
  found: boolean;
  install: string;
}

/** Says loudly that a suite did not run for want of a tool. */
function warnMissingTool(suite: string, tool: SystemTool): void {
  const line = '!'.repeat(78);
  process.stderr.write(
    `\n${line}\n!! ${suite}: ${tool.name} not found; SKIPPED.\n!! Install it with: ${tool.install} (CI must have it: there this suite fails).\n${line}\n\n`,
  );
}

/**
 * Declares what a suite needs before it runs: without the tool, a loud warning and a skip, except
 * under CI, where the missing tool is a failing test. Returns whether the suite can run.
 */
export function requireTool(suite: string, tool: SystemTool): boolean {
  if (!tool.found) {
    warnMissingTool(suite, tool);
    describe.runIf(process.env['CI'])(`${suite} under CI`, () => {
      it(`has ${tool.name}`, () => {
        expect.fail(`${tool.name} is missing; CI must install it (${tool.install})`);
      });
    });
  }
  return tool.found;
}
