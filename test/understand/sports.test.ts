/**
 * The sports set (support/sports-messages.ts): messages about sport and exercise with a condition (heart
 * conditions and sudden death in athletes, asthma, concussion, Marfan syndrome, sickle cell trait, diabetes,
 * hypermobility, sport for children with a rare condition, doping rules and medicines). Written by someone who
 * had read neither the code nor the earlier sets, following the labeling guide; scored once, before any change
 * made for it (focus 0.925, type F1 0.797). `npx tsx test/understand/support/score-messages.ts --sports
 * --verbose` lists the misses.
 */
import { SPORTS_MESSAGES } from './support/sports-messages.js';
import { describeMessageSet } from './support/message-set.js';

describeMessageSet('messages about sport and exercise', SPORTS_MESSAGES, 0.76);
