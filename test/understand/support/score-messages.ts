/**
 * Scores understanding on one of our sets of consumer messages (`message-sets.ts`: the consumer set by
 * default, or --held-out, --messy, --desk, --runon, --multi, --final, --background, --rare, --short, --drugs, --final2, --everyday, --caregiver, --abroad, --learners, --final3, --forum, --veterans, --telegraphic, --professionals, --elderly, --final4, --webform, --narrative, --suspicion, --followup, --final5, --coping, --pregnancy, --names, --teens, --relatives, --choices, --queries, --emails, --signs, --orphan, --final6, --comorbid, --newborn, --work, --school, --final7, --voice, --common, --medicines, --labs, --pharmacy, --mental, --infections, --cancer, --supplements, --neuro, --skin, --intimate, --genetics, --translated, --heart, --gut, --bones, --final8, --final9, --final10, --library, --links, --final11, --products, --final12, --final13, --exposures, --stories, --final14, --requests, --continuations, --subjects, --final15, --dailylife, --complaints, --final16, --claims, --transitions, --urgent, --final17, --compare, --practical, --chat, --conflicting, --numbers, --surgery, --vaccines, --final18, --final19, --pain, --hormones, --blood, --kidneys, --eyes, --partners, --jargon, --final20, --final21, --muscles, --lungs, --development, --immune, --mouth, --metabolic, --men, --sleep, --women, --transplant, --liver, --hearing, --rarecancer, --allergy, --final22, --final23, --vessels, --memory, --bladder, --fertility, --joints, --throat, --lists, --generics, --replies, --syndromes, --nutrition, --travel, --sports, --oldnames, --final24, --posts, --seniors, --final25, --stroke, --bereaved, --disability, --adoption, --students, --doubts, --siblings, --grandparents, --access, --letters, --genes, --hobbies, --worried, --kids, --abbreviated, --survivors, --pets, --nurses, --final26, --final27, --movement, --hair, --seasons, --ancestry, --fasting, --drinks, --doses, --final28, --imaging, --fathers, --twins, --infusions, --otc, --contraception, --weight, --final29, --breastfeeding, --injuries, --hospital, --trials, --checkups, --cousins, --complementary, --diagnosed, --palliative, --speech, --driving, --cosmetic, --puberty, --latediagnosis, --outdoors, --transgender, --lowresource, --devices, --misspellings, --teachers, --weddings, --miscarriage, --careplans, --menopause, --fatigue, --formulations, --online, --opioids, --screens, --reactions, --nextbaby, --dental, --gpvisit, --ethnicity, --adultchildren, --polypharmacy, --howcommon, --final30, --final31, --final32, --growth, --behavior, --feeding, --anesthesia, --steroids, --epilepsy, --genetherapy, --antibiotics, --headaches, --donation, --carehomes, --results, --anticoagulants, --biologics, --final33, --periods, --mito, --connective, --stimulants, --appointments, --mobility, --diabetes, --spine, --brain, --chromosomes, --fevers, --nerves, --bleeding, --autoimmune, --rhythm, --antibodies, --skeletal, --lysosomal, --cancerrisk, --endocrine, --genekidney, --final34, --final35, --final36, --final37, --secondopinion, --emergencies, --orphandrugs, --carriers, --newsmedia, --prenatal, --genesymbols, --typos, --statements, --costs, --inheritedheart, --manyquestions, --ultrarare, --covid, --organizations, --dialects, --final38, --final39, --final40, --odyssey, --tumorsyndromes, --socialworkers, --codeswitch, --neuromuscular, --pronouns, --aging, --pregnancymeds, --stones, --marrowfailure, --craniofacial, --autonomic, --dsd, --whatif, --final41, --final42, --liverrare, --eyesrare, --skinrare, --immunodeficiency, --adultsrare, --parentsnew, --final43, --final44; --all prints one line per set): focus found and type
 * precision/recall/F1.
 * Usage: npx tsx test/understand/support/score-messages.ts [--held-out | --messy | --desk | --runon | --multi |
 * --final | --background | --rare | --short | --drugs | --final2 | --everyday | --caregiver | --abroad | --learners | --final3 | --forum | --veterans | --telegraphic | --professionals | --elderly | --final4 | --webform | --narrative | --suspicion | --followup | --final5 | --coping | --pregnancy | --names | --teens | --relatives | --choices | --queries | --emails | --signs | --orphan | --final6 | --comorbid | --newborn | --work | --school | --final7 | --voice | --common | --medicines | --labs | --pharmacy | --mental | --infections | --cancer | --supplements | --neuro | --skin | --intimate | --genetics | --translated | --heart | --gut | --bones | --final8 | --final9 | --final10 | --library | --links | --final11 | --products | --final12 | --final13 | --exposures | --stories | --final14 | --requests | --continuations | --subjects | --final15 | --dailylife | --complaints | --final16 | --claims | --transitions | --urgent | --final17 | --compare | --practical | --chat | --conflicting | --numbers | --surgery | --vaccines | --final18 | --final19 | --pain | --hormones | --blood | --kidneys | --eyes | --partners | --jargon | --final20 | --final21 | --muscles | --lungs | --development | --immune | --mouth | --metabolic | --men | --sleep | --women | --transplant | --liver | --hearing | --rarecancer | --allergy | --final22 | --final23 | --vessels | --memory | --bladder | --fertility | --joints | --throat | --lists | --generics | --replies | --syndromes | --nutrition | --travel | --sports | --oldnames | --final24 | --posts | --seniors | --final25 | --stroke | --bereaved | --disability | --adoption | --students | --doubts | --siblings | --grandparents | --access | --letters | --genes | --hobbies | --worried | --kids | --abbreviated | --survivors | --pets | --nurses | --final26 | --final27 | --movement | --hair | --seasons | --ancestry | --fasting | --drinks | --doses | --final28 | --imaging | --fathers | --twins | --infusions | --otc | --contraception | --weight | --final29 | --breastfeeding | --injuries | --hospital | --trials | --checkups | --cousins | --complementary | --diagnosed | --palliative | --speech | --driving | --cosmetic | --puberty | --latediagnosis | --outdoors | --transgender | --lowresource | --devices | --misspellings | --teachers | --weddings | --miscarriage | --careplans | --menopause | --fatigue | --formulations | --online | --opioids | --screens | --reactions | --nextbaby | --dental | --gpvisit | --ethnicity | --adultchildren | --polypharmacy | --howcommon | --final30 | --final31 | --final32 | --growth | --behavior | --feeding | --anesthesia | --steroids | --epilepsy | --genetherapy | --antibiotics | --headaches | --donation | --carehomes | --results | --anticoagulants | --biologics | --final33 | --periods | --mito | --connective | --stimulants | --appointments | --mobility | --diabetes | --spine | --brain | --chromosomes | --fevers | --nerves | --bleeding | --autoimmune | --rhythm | --antibodies | --skeletal | --lysosomal | --cancerrisk | --endocrine | --genekidney | --final34 | --final35 | --final36 | --final37 | --secondopinion | --emergencies | --orphandrugs | --carriers | --newsmedia | --prenatal | --genesymbols | --typos | --statements | --costs | --inheritedheart | --manyquestions | --ultrarare | --covid | --organizations | --dialects | --final38 | --final39 | --final40 | --odyssey | --tumorsyndromes | --socialworkers | --codeswitch | --neuromuscular | --pronouns | --aging | --pregnancymeds | --stones | --marrowfailure | --craniofacial | --autonomic | --dsd | --whatif | --final41 | --final42 | --liverrare | --eyesrare | --skinrare | --immunodeficiency | --adultsrare | --parentsnew | --final43 | --final44 | --all] [--verbose]
 * (names from RAREDESK_DB, else the test knowledge base, imported first if missing).
 */
import path from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { openStore } from '../../../src/store/index.js';
import { loadUnderstanding, normalizeKey } from '../../../src/understand/index.js';
import type { Understanding } from '../../../src/understand/index.js';
import { openTestUnderstanding } from '../../support/understanding.js';
import { CONSUMER_MESSAGES, type ConsumerMessage } from './consumer-messages.js';
import { MESSAGE_SETS } from './message-sets.js';

export interface MessageScore {
  focus: number;
  precision: number;
  recall: number;
  f1: number;
  /** Per expected or predicted type: true positives, false positives, false negatives. */
  perType: Map<string, { tp: number; fp: number; fn: number }>;
}

/**
 * Share of messages whose focus is found (its words among a focus's words, or a condition it names, as in
 * `raredesk eval understanding`), and micro P/R/F1 of the type sets.
 */
export function scoreMessages(
  u: Understanding,
  log?: (line: string) => void,
  messages: ConsumerMessage[] = CONSUMER_MESSAGES,
): MessageScore {
  let focus = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) => {
    let c = perType.get(type);
    if (!c) perType.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const m of messages) {
    const a = u.analyze(m.message, { subject: m.subject });
    const want = normalizeKey(m.focus);
    const named = new Set(u.resolveName(m.focus));
    const found = a.foci.some(
      (f) =>
        ` ${normalizeKey(f.text)} `.includes(` ${want} `) ||
        normalizeKey(f.name) === want ||
        named.has(f.conditionId),
    );
    if (found) focus++;
    const got = new Set(a.subquestions.map((s) => s.type));
    const gold = new Set(m.types);
    let ok = true;
    for (const t of got) {
      if (gold.has(t)) {
        tp++;
        count(t).tp++;
      } else {
        fp++;
        count(t).fp++;
        ok = false;
      }
    }
    for (const t of gold) {
      if (!got.has(t)) {
        fn++;
        count(t).fn++;
        ok = false;
      }
    }
    if (log && (!ok || !found)) {
      log(
        `${found ? '  ' : 'F '}${[...gold].join(',')} → ${a.subquestions.map((s) => `${s.type}(${s.confidence})`).join(',')} | foci: ${a.foci.map((f) => f.text).join(', ')} | ${m.message.slice(0, 90)}`,
      );
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { focus: focus / messages.length, precision, recall, f1, perType };
}

async function main(): Promise<void> {
  let u: Understanding;
  if (process.env.RAREDESK_DB) {
    const store = await openStore(loadConfig().database);
    u = await loadUnderstanding(store);
    await store.close();
  } else u = await openTestUnderstanding();
  const summary = (messages: ConsumerMessage[], s: MessageScore) =>
    `messages: ${messages.length}  focus ${s.focus.toFixed(3)}  types P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  if (process.argv.includes('--all')) {
    for (const set of MESSAGE_SETS)
      process.stdout.write(
        `${set.name.padEnd(10)} ${summary(set.messages, scoreMessages(u, undefined, set.messages))}\n`,
      );
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const set = MESSAGE_SETS.find((x) => process.argv.includes(x.flag)) ?? MESSAGE_SETS[0];
  const messages = set.messages;
  const s = scoreMessages(u, verbose ? (l) => process.stdout.write(`${l}\n`) : undefined, messages);
  process.stdout.write(`${summary(messages, s)}\n`);
  for (const [type, c] of [...s.perType].sort((a, b) => a[0].localeCompare(b[0]))) {
    process.stdout.write(`  ${type}: tp ${c.tp} fp ${c.fp} fn ${c.fn}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname))
  void main();
