/** Every CLI command, in the order `raredesk help` lists them. Add one line per new command. */
import type { Command } from '../command.js';
import { evalCommand } from './eval.js';
import { importCommand } from './import.js';
import { conditionCommand } from './condition.js';
import { statsCommand } from './stats.js';
import { analyzeCommand } from './analyze.js';
import { orgsCommand } from './orgs.js';
import { askCommand } from './ask.js';
import { searchCommand } from './search.js';
import { userCommand } from './user.js';
import { inboxCommand } from './inbox.js';
import { serveCommand } from './serve.js';

export const COMMANDS: Command[] = [
  importCommand,
  conditionCommand,
  statsCommand,
  analyzeCommand,
  orgsCommand,
  askCommand,
  searchCommand,
  serveCommand,
  evalCommand,
  userCommand,
  inboxCommand,
];
