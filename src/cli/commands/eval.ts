import { AppError } from '../../errors.js';
import { EVALUATIONS } from '../../eval/index.js';
import type { Command } from '../command.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Run a benchmark against the shared test sets (understanding, liveqa)',
  usage: 'Usage: raredesk eval <name> [options]\n\nEvaluations: understanding, liveqa',
  async run(args, config, io) {
    const [name, ...rest] = args;
    const evaluation = EVALUATIONS.find((e) => e.name === name);
    if (!evaluation) {
      const known = EVALUATIONS.map((e) => e.name).join(', ') || '(none)';
      throw new AppError('bad_input', `unknown evaluation "${name ?? ''}"; known: ${known}`);
    }
    return evaluation.run(rest, config, io);
  },
};
