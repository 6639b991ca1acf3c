/**
 * Benchmarks against the shared test sets. Each evaluation is a function from an App (or a store)
 * to a printable report; `raredesk eval <name>` runs one.
 */
import type { Config } from '../config.js';
import type { CliIO } from '../cli/command.js';
import { understandingEvaluation } from './understanding.js';
import { liveqaEvaluation } from './liveqa.js';

export interface Evaluation {
  name: string;
  summary: string;
  /** Runs the evaluation, writes its report to io.stdout, returns the exit code. */
  run(args: string[], config: Config, io: CliIO): Promise<number>;
}

/** Every evaluation; add one line per new one. */
export const EVALUATIONS: Evaluation[] = [understandingEvaluation, liveqaEvaluation];
