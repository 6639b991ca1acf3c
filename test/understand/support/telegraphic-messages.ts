/**
 * Telegraphic evaluation set: 40 hand-written messages in the hurried style of
 * phone users and people who rarely write. Most have no question marks; many
 * are statements or commands that imply a question ("need info on ...",
 * "send list of ..."); eight are in ALL CAPITALS; several run two or three
 * questions together with no punctuation; some are one-line web-form entries
 * where the subject carries the name. About 26 ask about a single condition
 * (22 of them rare), 10 about a single medicine, and 4 name two conditions or
 * a condition and a medicine. Three focus names are misspelled as written
 * ("prader willy", "friedriech ataxia", "amoxicilin"). Each `types` list gives
 * one type per distinct question, in the order asked.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, checking
 * only that each focus is a name the knowledge base holds. Scored once before anything was changed against
 * it: focus 0.950, type F1 0.725 (see BENCHMARKS.md). Scored by telegraphic.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --telegraphic --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TELEGRAPHIC_MESSAGES: ConsumerMessage[] = [
  // --- single condition --------------------------------------------------
  {
    // "need info on treatment" is a request for treatment only
    message: 'need info on treatment for my sons FOP he is 6 anything helps',
    focus: 'FOP',
    types: ['treatment'],
  },
  {
    // looking for a doctor who knows the disease = find_specialist
    subject: 'wilsons disease doctor',
    message: 'looking for doctor that knows wilsons disease near Dallas pls advise',
    focus: 'wilsons disease',
    types: ['find_specialist'],
  },
  {
    // command to explain inheritance; carrier question is also inheritance
    message: 'explain inheritance of hemophilia my sister is pregnant could she be a carrier',
    focus: 'hemophilia',
    types: ['inheritance'],
  },
  {
    // command asking for a list of specialists
    message: 'send list of specialists for NF1 in ohio area thx',
    focus: 'NF1',
    types: ['find_specialist'],
  },
  {
    // "how long does he have" = prognosis, then treatment; caps, no punctuation
    message: 'MY HUSBAND JUST GOT DIAGNOSED WITH ALS HOW LONG DOES HE HAVE WHAT TREATMENT IS THERE',
    focus: 'ALS',
    types: ['prognosis', 'treatment'],
  },
  {
    // "what is it" = information, "how do they test" = diagnosis, then treatment
    subject: 'gaucher disease',
    message: 'dr said my nephew might have it what is it how do they test for it is there treatment',
    focus: 'gaucher disease',
    types: ['information', 'diagnosis', 'treatment'],
  },
  {
    // asks whether a sign (burning pain) belongs to the disease = symptoms
    message: 'fabry disease in women my mom has burning pain in hands and feet is that part of it',
    focus: 'fabry disease',
    types: ['symptoms'],
  },
  {
    // asks for new trials = research; name is only in the subject
    subject: 'pompe disease trials',
    message: 'any new trials for late onset in adults. anything helps',
    focus: 'pompe disease',
    types: ['research'],
  },
  {
    // diet tips for living with constant hunger = lifestyle; misspelled name
    message: 'prader willy son always hungry cant stop him eating need diet tips',
    focus: 'prader willy',
    types: ['lifestyle'],
  },
  {
    // "what gene" = genetic_changes, "passed down in family" = inheritance
    message: 'RETT SYNDROME WHAT GENE IS IT AND IS IT PASSED DOWN IN FAMILYS',
    focus: 'RETT SYNDROME',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "how common" = frequency, "how do they test babies" = diagnosis
    subject: 'SMA',
    message: 'how common is it and how do they test babies for it',
    focus: 'SMA',
    types: ['frequency', 'diagnosis'],
  },
  {
    // "will it get worse" = prognosis, "what else can it lead to" = complications
    message: 'tuberous sclerosis in my 2yr old will it get worse as he grows what else can it lead to',
    focus: 'tuberous sclerosis',
    types: ['prognosis', 'complications'],
  },
  {
    // "who is at risk" = susceptibility
    subject: 'question',
    message: 'tay sachs who is at risk, we are both ashkenazi jewish getting married next yr',
    focus: 'tay sachs',
    types: ['susceptibility'],
  },
  {
    // asks about new drug trials = research; misspelled name
    message: 'friedriech ataxia new research any drug trials my brother is 19',
    focus: 'friedriech ataxia',
    types: ['research'],
  },
  {
    // "what causes the attacks" = cause
    message: 'PORPHYRIA WHAT CAUSES THE ATTACKS I HAD 3 THIS YEAR',
    focus: 'PORPHYRIA',
    types: ['cause'],
  },
  {
    // foods and alcohol for a condition = lifestyle, then treatment
    subject: 'high iron',
    message: 'hemochromatosis what foods to avoid is alcohol ok and how is it treated besides giving blood',
    focus: 'hemochromatosis',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "am i going to get it" = susceptibility, "how to prevent" = prevention
    message:
      'type 2 diabetes runs in my family dad and grandma both have it am i going to get it too how to prevent it',
    focus: 'type 2 diabetes',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "how do they diagnose" = diagnosis, "will she out grow it" = prognosis
    message: 'ASTHMA IN KIDS HOW DO THEY DIAGNOSE IT SHE IS ONLY 3 WILL SHE OUT GROW IT',
    focus: 'ASTHMA',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // link between a condition and an exposure (the pill) = association
    subject: 'migraine',
    message: 'mine got way worse since starting birth control pill is there a link',
    focus: 'migraine',
    types: ['association'],
  },
  {
    // "can i catch it" = can I get it = susceptibility
    message: 'can i catch lupus from my sister we share a house',
    focus: 'lupus',
    types: ['susceptibility'],
  },
  {
    // "what problems can it lead to" = complications, sport = lifestyle
    message:
      'marfan syndrome teen son what heart and eye problems can it lead to, and can he still play basket ball',
    focus: 'marfan syndrome',
    types: ['complications', 'lifestyle'],
  },
  {
    // treatment options for the pain = treatment
    subject: 'ehlers danlos pain',
    message: 'hypermobile type pain every day what treatment options are there besides pain pills',
    focus: 'ehlers danlos',
    types: ['treatment'],
  },
  {
    // "what treatment works" = treatment, "how common" = frequency
    subject: 'HHT nose bleeds',
    message: 'daily nose bleeds what treatment works also how common is it',
    focus: 'HHT',
    types: ['treatment', 'frequency'],
  },
  {
    // chance of having inherited it = inheritance, testing = diagnosis, trials = research
    message:
      'huntington disease mom has it what are the chances i inherited it how do they test before symptoms any trials going on',
    focus: 'huntington disease',
    types: ['inheritance', 'diagnosis', 'research'],
  },
  {
    // what helps crisis pain = treatment; urgent note in subject
    subject: 'URGENT',
    message: 'SICKLE CELL CRISIS PAIN WHAT HELPS, ER WONT GIVE HIM ANY THING',
    focus: 'SICKLE CELL',
    types: ['treatment'],
  },
  {
    // needs a doctor = find_specialist
    message: 'NEED DOCTOR FOR MY DAUGHTER WITH OI IN HOUSTON SHE HAS HAD 6 BREAKS ALREADY',
    focus: 'OI',
    types: ['find_specialist'],
  },

  // --- two conditions, or a condition and a medicine ---------------------
  {
    // side effects of the medicine; sickle cell is only the reason for it
    subject: 'hydroxyurea',
    message: 'side effects in kids. daughter 9 has sickle cell starting it next month',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  {
    // on the medicine for lupus, worried about eye damage = side_effects
    message: 'on plaquenil for lupus 5 yrs now worried about my eyes pls advise',
    focus: 'plaquenil',
    types: ['side_effects'],
  },
  {
    // relation between Down syndrome and Alzheimer = association
    message: 'down syndrome and alzheimers link my brother is 45 and getting forgetful',
    focus: 'down syndrome',
    types: ['association'],
  },
  {
    // asks if type 1 diabetes and celiac (subject) are connected = association
    subject: 'celiac disease',
    message: 'daughter has type 1 diabetes now tummy problems all the time is there a connection',
    focus: 'celiac disease',
    types: ['association'],
  },

  // --- single medicine ---------------------------------------------------
  {
    // missed dose = drug_usage
    message: 'METHOTREXATE MISSED MY WEEKLY DOSE YESTERDAY WHAT DO I DO',
    focus: 'METHOTREXATE',
    types: ['drug_usage'],
  },
  {
    // food and alcohol with the medicine = interactions (one type)
    message: 'warfarin foods to avoid and can i have a beer on weekends',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // coffee with the pill = interactions, time of day = drug_usage
    subject: 'levothyroxine',
    message: 'take with coffee or wait, what time of day is best',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  {
    // safety in pregnancy = contraindications
    message: 'lamotrigine just found out im pregnant is it safe to keep taking it',
    focus: 'lamotrigine',
    types: ['contraindications'],
  },
  {
    // fridge and shelf life = storage_disposal; misspelled name in subject
    subject: 'amoxicilin liquid',
    message: 'fridge or not how long is it good for',
    focus: 'amoxicilin',
    types: ['storage_disposal'],
  },
  {
    // what is in it (gluten) = ingredients
    message: 'does tylenol have gluten in it?',
    focus: 'tylenol',
    types: ['ingredients'],
  },
  {
    // ibuprofen while on lisinopril = interactions; asked drug is ibuprofen
    message: 'ON LISINOPRIL FOR BLOOD PRESSURE CAN I TAKE IBUPROFEN FOR MY BACK',
    focus: 'IBUPROFEN',
    types: ['interactions'],
  },
  {
    // "whats it for" = indication, then side_effects
    message: 'allopurinol whats it for and side effects',
    focus: 'allopurinol',
    types: ['indication', 'side_effects'],
  },
  {
    // dizzy/sleepy since starting = side_effects, wine with it = interactions
    subject: 'gabapentin',
    message: 'dizzy and sleepy since starting is that normal, and can i drink wine with it',
    focus: 'gabapentin',
    types: ['side_effects', 'interactions'],
  },
  {
    // keeping out of the fridge and getting rid of needles = storage_disposal
    subject: 'insulin pens',
    message: 'how long ok out of the fridge and how to get rid of used needles',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
];
