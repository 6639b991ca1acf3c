/**
 * `npx tsx test/retrieve/message-eval.ts [--misses]`: how often the first article `search` returns for our
 * own consumer messages (every set of test/understand/support/message-sets.ts) is about the
 * condition asked about and of a type asked. No answer ids are written by hand:
 * the condition comes from the message's labeled focus (its knowledge-base names; an article of another
 * collection about the same condition, with a shared name, counts) and the types from its labeled types.
 * Prints, per set: condition@1, type@1, both@1 and MRR@10 of the first article right on both, and how many
 * messages the knowledge base can answer at all (it has an article of the condition and an asked type;
 * MedQuAD has no `association` articles, for one) with both@1 among those (misses are listed for those
 * only). For tuning the ranking across sub-questions on long messages; the LiveQA test set is not used
 * here.
 */
import { openTestApp } from '../support/app.js';
import { openTestKb } from '../support/kb.js';
import { namesByCondition, sharesName } from '../support/names.js';
import { openTestUnderstanding } from '../support/understanding.js';
import type { ConsumerMessage } from '../understand/support/consumer-messages.js';
import { MESSAGE_SETS } from '../understand/support/message-sets.js';

const app = await openTestApp();
const u = await openTestUnderstanding();
const store = await openTestKb();
/** The question types each condition has articles of. */
const typesOf = new Map<string, Set<string>>();
for (const h of await store.listArticleHeaders()) {
  let set = typesOf.get(h.conditionId);
  if (!set) typesOf.set(h.conditionId, (set = new Set()));
  set.add(h.questionType);
}
await store.close();
const namesOf = namesByCondition(app.names());

function measure(messages: ConsumerMessage[], misses: string[]) {
  let focus = 0;
  let type = 0;
  let both = 0;
  let rr = 0;
  let attainable = 0;
  let bothAttainable = 0;
  for (const m of messages) {
    const ids = u.resolveName(m.focus);
    const gold = ids.length > 0 ? ids : u.lookupNames(m.focus, 1).map((h) => h.conditionId);
    const goldNames = new Set(gold.flatMap((id) => [...(namesOf.get(id) ?? [])]));
    const about = (conditionId: string) => sharesName(namesOf, conditionId, goldNames);
    // Whether the knowledge base has an article about the condition of a type asked at all.
    const canAnswer = [...namesOf.keys()].some(
      (id) => about(id) && m.types.some((t) => typesOf.get(id)?.has(t)),
    );
    if (canAnswer) attainable++;
    const ranked = app.search(m.message, { subject: m.subject, k: 10 });
    const ok = ranked.map((r) => about(r.conditionId) && m.types.includes(r.type));
    const first = ranked[0];
    if (first && about(first.conditionId)) focus++;
    if (first && m.types.includes(first.type)) type++;
    if (ok[0]) both++;
    if (ok[0] && canAnswer) bothAttainable++;
    if (!ok[0] && canAnswer)
      misses.push(
        `${m.types.join(',')} ${m.focus} → ${first ? `${first.type} ${app.conditionName(first.conditionId)}` : '(none)'} | ${m.message.slice(0, 70)}`,
      );
    const at = ok.indexOf(true);
    if (at >= 0) rr += 1 / (at + 1);
  }
  const n = messages.length;
  return (
    `condition@1 ${(focus / n).toFixed(3)}  type@1 ${(type / n).toFixed(3)}  both@1 ${(both / n).toFixed(3)}  ` +
    `MRR@10 ${(rr / n).toFixed(3)}  answerable ${attainable}, both@1 among them ${(bothAttainable / Math.max(1, attainable)).toFixed(3)}`
  );
}

const misses: string[] = [];
for (const { name, messages } of MESSAGE_SETS) {
  console.log(`${name} (${messages.length}): ${measure(messages, misses)}`);
}
const all = MESSAGE_SETS.flatMap((x) => x.messages);
console.log(`all (${all.length}): ${measure(all, [])}`);
if (process.argv.includes('--misses')) console.log(misses.join('\n'));
await app.close();
