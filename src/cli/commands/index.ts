/** Every CLI command, in the order `raredesk help` lists them. Add one line per new command. */
import type { Command } from '../command.js';
import { evalCommand } from './eval.js';

export const COMMANDS: Command[] = [evalCommand];
