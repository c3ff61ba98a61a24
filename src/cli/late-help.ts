import type { Command } from 'commander';

const describers = new WeakMap<Command, () => Promise<void>>();

/**
 * Defers the part of a command's help that is read from a heavy module (the export formats, the event
 * groupings) until that command is run or asked about, so that listing the commands stays cheap.
 */
export function describeLater(command: Command, describe: () => Promise<void>): Command {
  describers.set(command, describe);
  return command;
}

/** Completes the help of every command whose name is a word of argv: `faultline export --help`, `faultline help export`. */
export async function describeNamed(program: Command, argv: readonly string[]): Promise<void> {
  const words = new Set(argv);
  const named = (command: Command): Command[] => (words.has(command.name()) ? [command, ...command.commands.flatMap(named)] : []);
  await Promise.all(program.commands.flatMap(named).map((command) => describers.get(command)?.()));
}
