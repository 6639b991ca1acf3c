/** The shape of a CLI command. Each lives in src/cli/commands/<name>.ts and is listed in commands/index.ts. */
import type { Config } from '../config.js';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
}

export interface Command {
  name: string;
  /** One line for `raredesk help`. */
  summary: string;
  usage: string;
  /** Returns the exit code; throws AppError for failures (translated to an exit code by main.ts). */
  run(args: string[], config: Config, io: CliIO): Promise<number>;
}
