/**
 * "queries" set: very short messages (2 to 15 words) typed the way people type into a search box or a chat
 * window: mostly lower case, few question marks, typos ("hydroxyuria", "myasthenia gravus", "hemocromatosis"),
 * short forms ("fop", "pku", "nf1", "HHT", "sma") and dropped words. Most ask one thing, some two, one asks
 * three. 10 are about medicines. 5 have a subject line; 3 of those are the whole question, with a near-empty
 * message body ("see subject", "?", "see subj").
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 0.950, type F1 0.783 (see BENCHMARKS.md).
 * Scored by queries.test.ts and by `npx tsx test/understand/support/score-messages.ts --queries --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const QUERIES_MESSAGES: ConsumerMessage[] = [
  {
    // "fop treatment options" = treatment; "any trials going on" = research.
    message: 'fop treatment options and any trials going on',
    focus: 'fop',
    types: ['treatment', 'research'],
  },
  {
    // "is marfan genetic" = inheritance (whether it runs in families).
    message: 'is marfan genetic',
    focus: 'Marfan syndrome',
    types: ['inheritance'],
  },
  {
    // "diet foods to avoid" = lifestyle.
    message: 'wilsons disease diet foods to avoid??',
    focus: 'wilsons disease',
    types: ['lifestyle'],
  },
  {
    // "side effects" of a medicine = side_effects.
    message: 'hydroxyuria side effects kids long term',
    focus: 'Hydroxyurea',
    types: ['side_effects'],
  },
  {
    // "how is it diagnosed" and "is there a genetic test" are one question = diagnosis.
    message: 'ehlers danlos how is it diagnosed, is there a genetic test',
    focus: 'ehlers danlos',
    types: ['diagnosis'],
  },
  {
    // "best doctor" = find_specialist.
    message: 'best doctor for moya moya in usa',
    focus: 'moya moya',
    types: ['find_specialist'],
  },
  {
    // "diet list" = lifestyle; "is it inherited from both parents" = inheritance.
    message: 'pku diet list and is it inherited from both parents',
    focus: 'pku',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "can it be cured with bone marrow transplant" = treatment.
    message: 'can sickle cell anemia be cured with bone marrow transplant',
    focus: 'sickle cell anemia',
    types: ['treatment'],
  },
  {
    // "chance my kids get it" = inheritance.
    message: 'huntingtons disease chance my kids get it if dad has it',
    focus: 'huntingtons disease',
    types: ['inheritance'],
  },
  {
    // "early signs" = symptoms.
    message: 'early signs of als in hands',
    focus: 'als',
    types: ['symptoms'],
  },
  {
    // "link" between two conditions = association.
    message: 'myasthenia gravus thymoma link',
    focus: 'Myasthenia gravis',
    types: ['association'],
  },
  {
    // "missed dose what to do" = drug_usage.
    message: 'pyridostigmine missed dose what to do',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  {
    // a medicine with a food (grapefruit juice) = interactions.
    message: 'colchicine grapefruit juice ok?',
    focus: 'colchicine',
    types: ['interactions'],
  },
  {
    // "what triggers the attacks" = cause; "how to prevent" = prevention.
    message: 'fmf attacks what triggers them and how to prevent',
    focus: 'fmf',
    types: ['cause', 'prevention'],
  },
  {
    // "what helps" the nosebleeds = treatment; "should my kids get tested" = diagnosis.
    subject: 'HHT',
    message: 'nosebleeds every day what helps? should my kids get tested',
    focus: 'HHT',
    types: ['treatment', 'diagnosis'],
  },
  {
    // "how common" = frequency.
    message: 'how common is nf1',
    focus: 'nf1',
    types: ['frequency'],
  },
  {
    // "which genes" = genetic_changes.
    message: 'tuberous sclerosis complex which genes',
    focus: 'tuberous sclerosis complex',
    types: ['genetic_changes'],
  },
  {
    // whether hearing loss belongs to it = symptoms.
    message: 'does alport syndrome cause hearing loss',
    focus: 'alport syndrome',
    types: ['symptoms'],
  },
  {
    // "life expectancy" = prognosis.
    message: 'batten disease life expectancy for kids',
    focus: 'batten disease',
    types: ['prognosis'],
  },
  {
    // "support groups" = find_specialist.
    message: 'prader willi support groups uk',
    focus: 'prader willi',
    types: ['find_specialist'],
  },
  {
    // "could my son have angelman" = diagnosis (whether someone's signs could be it).
    message: 'could my son have angelman? 2 yrs not talking, laughs a lot',
    focus: 'Angelman syndrome',
    types: ['diagnosis'],
  },
  {
    // "exercise ok or makes it worse" is one question about exercise = lifestyle.
    message: 'charcot marie tooth exercise ok or makes it worse',
    focus: 'charcot marie tooth',
    types: ['lifestyle'],
  },
  {
    // "what happens if untreated" = complications; "is alcohol ok" (with the condition) = lifestyle.
    message: 'hemocromatosis what happens if untreated and is alcohol ok',
    focus: 'Hemochromatosis',
    types: ['complications', 'lifestyle'],
  },
  {
    // "what is it" = information.
    message: 'whats stiff person syndrome, the one celine dion has',
    focus: 'stiff person syndrome',
    types: ['information'],
  },
  {
    // a named exposure (flu shot) asked as its cause = association.
    message: 'can the flu shot cause guillain barre',
    focus: 'guillain barre',
    types: ['association'],
  },
  {
    // "blood test accurate" = diagnosis.
    message: 'celiac blood test accurate if already gluten free',
    focus: 'celiac',
    types: ['diagnosis'],
  },
  {
    // "turn into cancer" = complications.
    message: 'does crohns disease turn into cancer',
    focus: 'crohns disease',
    types: ['complications'],
  },
  {
    // "how to take, mix in juice" = drug_usage; "can it hurt kidneys" = side_effects.
    message: 'deferasirox how to take, mix in juice? can it hurt kidneys',
    focus: 'deferasirox',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // whether vision problems come from the medicine = side_effects.
    message: 'plaquenil vision problems is it the drug',
    focus: 'plaquenil',
    types: ['side_effects'],
  },
  {
    // breastfeeding precaution = contraindications.
    message: 'modafinil breastfeeding safe',
    focus: 'modafinil',
    types: ['contraindications'],
  },
  {
    // throwing away a medicine = storage_disposal.
    message: 'how to get rid of old prednisone tablets',
    focus: 'prednisone',
    types: ['storage_disposal'],
  },
  {
    // "what is it for" = indication.
    message: 'sapropterin what is it for',
    focus: 'sapropterin',
    types: ['indication'],
  },
  {
    // what the medicine contains (lactose) = ingredients.
    message: 'levothyroxine does it have lactose in it',
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
  {
    // cost and insurance = other.
    message: 'riluzole cost without insurance',
    focus: 'riluzole',
    types: ['other'],
  },
  {
    // subject "life expectancy" = prognosis; the body is empty-looking.
    subject: 'dravet syndrome life expectancy',
    message: 'see subject',
    focus: 'dravet syndrome',
    types: ['prognosis'],
  },
  {
    // subject "is it contagious" = susceptibility; the body is only "?".
    subject: 'is sarcoidosis contagious',
    message: '?',
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  {
    // "can a father pass it to his daughter" = inheritance.
    subject: 'Fabry disease',
    message: 'can a father pass it to his daughter',
    focus: 'Fabry disease',
    types: ['inheritance'],
  },
  {
    // subject "what is it" = information; "how is it treated" = treatment.
    subject: 'gaucher disease what is it and how is it treated',
    message: 'see subj',
    focus: 'gaucher disease',
    types: ['information', 'treatment'],
  },
  {
    // "what is it" = information; "treatment" = treatment; "life expectancy" = prognosis.
    message: 'sma type 1 what is it, treatment, life expectancy',
    focus: 'sma type 1',
    types: ['information', 'treatment', 'prognosis'],
  },
  {
    // whether hair loss belongs to it = symptoms.
    message: 'lupus hair loss normal??',
    focus: 'lupus',
    types: ['symptoms'],
  },
];
