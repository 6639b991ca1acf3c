/**
 * "infusions" set. Messages about infusions and injections: enzyme replacement, immunoglobulin, biologic
 * injections, home infusions, ports and lines, reactions during infusions, and the condition being treated.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds.
 * Scored once, before any change made for it (focus 1.000, type F1 0.840). Scored by infusions.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --infusions --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const INFUSIONS_MESSAGES: ConsumerMessage[] = [
  // why: one: 'is that the only treatment' asks treatment; the infusion schedule is story
  {
    subject: 'Fabry disease - infusions forever?',
    message:
      'My husband was just diagnosed with Fabry disease at 41 after years of burning pain in his hands and feet. The doctor mentioned enzyme infusions every two weeks, for life. Is that the only treatment there is, or are there pills now too?',
    focus: 'Fabry disease',
    types: ['treatment'],
  },
  // why: two: 'is it hereditary / could my kids have it' asks inheritance; 'which gene' asks genetic_changes
  {
    message:
      'my sister has gaucher disease type 1 and gets infussions every 2 weeks. is gaucher disease hereditery, could my kids have it? and which gene is it, her papers mention something like GBA',
    focus: 'gaucher disease',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: three: life expectancy and walking ask prognosis; trials ask research; 'should her brother be tested' asks diagnosis
  {
    subject: 'Infant with Pompe disease on ERT',
    message:
      'Our daughter was diagnosed with Pompe disease at 4 months after newborn screening flagged it. She started enzyme replacement infusions last week and does them every other week; each one takes about 5 hours and she had a rash during the second one, so they slowed the rate. What is her life expectancy with the infusions? Will she ever be able to walk? Are there any gene therapy trials we should know about? And should her 3 year old brother be tested too, he seems fine.',
    focus: 'Pompe disease',
    types: ['prognosis', 'research', 'diagnosis'],
  },
  // why: one: whether a reaction can happen on a later dose asks side_effects
  {
    message:
      'can you get a reaction to rituximab infusion even on the 4th dose?? first three were totally fine',
    focus: 'rituximab',
    types: ['side_effects'],
  },
  // why: two: flu shot and wine with the medicine ask interactions; 'do the infusions ever stop' asks drug_usage (stopping)
  {
    subject: 'Remicade and vaccines',
    message:
      "Hi, I have been on Remicade every 8 weeks for Crohn's for two years. Can I get the flu shot and the shingles vaccine while on it? Is a glass of wine on infusion day ok? Also, do the infusions ever stop or is this for life?",
    focus: 'Remicade',
    types: ['interactions', 'drug_usage'],
  },
  // why: one: 'does it ever go away or keep getting worse' asks prognosis
  {
    message:
      'My dad (68) has CIDP and gets IVIG every 3 weeks at the infusion center. It helps but wears off before the next one. Does CIDP ever go away, or does it just keep getting worse over the years?',
    focus: 'CIDP',
    types: ['prognosis'],
  },
  // why: two: 'which is better' IV vs subcutaneous asks treatment; 'could I have passed it to my son' asks inheritance
  {
    subject: 'subcutaneous vs IV immunoglobulin',
    message:
      'I have common variable immunodeficiency and my immunologist says I can switch from monthly IV immunoglobulin at the hospital to weekly sub-Q infusions at home. Which one works better for people with CVID? And is this something I could have passed on to my son? He gets a lot of ear infections.',
    focus: 'common variable immunodeficiency',
    types: ['treatment', 'inheritance'],
  },
  // why: three: 'what causes' asks cause; heart damage asks complications; aspirin and how long asks treatment
  {
    subject: 'Kawasaki disease after IVIG',
    message:
      'My 3 year old son had a fever for 6 days that nothing would bring down, bright red eyes, cracked lips and now the skin on his fingers is peeling. The hospital diagnosed Kawasaki disease and gave him an IVIG infusion over about 12 hours, and the fever broke the next morning. We are home now and I am still shaken. What causes Kawasaki disease? Can it damage his heart in the long term? And they sent him home on aspirin - how long does he need to take it, is that part of the treatment?',
    focus: 'Kawasaki disease',
    types: ['cause', 'complications', 'treatment'],
  },
  // why: one: injections that prevent attacks asks prevention
  {
    message: 'are there injections that prevent hereditary angioedema attacks',
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  // why: two: fridge asks storage_disposal; paying and insurance asks other
  {
    subject: 'storing my HAE medicine',
    message:
      'I give myself C1 esterase inhibitor IV twice a week through my port. Does it have to stay in the fridge or is room temperature ok? Also my insurance keeps denying the refills - are there any programs that help pay for it?',
    focus: 'C1 esterase inhibitor',
    types: ['storage_disposal', 'other'],
  },
  // why: one: safety while pregnant asks contraindications
  {
    message:
      'im on humira for hidradenitis and we want to start trying for a baby. is it safe to keep injecting while pregnant',
    focus: 'humira',
    types: ['contraindications'],
  },
  // why: two: PML risk asks side_effects; 'how does it work' asks indication
  {
    message:
      "My neurologist wants to switch me to natalizumab infusions every 4 weeks for my MS. I've read about a brain infection called PML. How high is that risk really? And how does natalizumab actually work compared to the shots I'm on now?",
    focus: 'natalizumab',
    types: ['side_effects', 'indication'],
  },
  // why: three+: soccer at school asks lifestyle; only boys / sister a carrier asks inheritance; gene therapy being tested asks research
  {
    subject: 'grandson with hemophilia',
    message:
      'My grandson is 7 and has severe hemophilia A. He has a port and his mother does his factor infusions at home three times a week before school. He wants to play soccer with his friends - is that allowed? Is it true that only boys get hemophilia, and could his little sister be a carrier? I also heard there is a gene therapy being tested, is he old enough for that?',
    focus: 'hemophilia A',
    types: ['lifestyle', 'inheritance', 'research'],
  },
  // why: one: 'what is it used for' asks indication
  {
    message:
      'my aunt just started soliris infusions. what is it used for exactly? she said something about her blood breaking down',
    focus: 'soliris',
    types: ['indication'],
  },
  // why: two: 'how rare' asks frequency; 'can my wife catch it' asks susceptibility
  {
    subject: 'PNH question',
    message:
      'Was diagnosed with paroxysmal nocturnal hemoglobinuria last month, starting infusions every 8 weeks. How rare is this? My wife is worried she can catch it from me, is it contagious?',
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['frequency', 'susceptibility'],
  },
  // why: one: a center that gives the infusions asks find_specialist
  {
    message:
      'Where can we find a center that does the weekly enzyme infusions for Hunter syndrome near Columbus Ohio? Our local hospital has never treated anyone with it.',
    focus: 'Hunter syndrome',
    types: ['find_specialist'],
  },
  // why: three: enzyme vs transplant asks treatment; symptoms as he grows asks symptoms; how many children asks frequency
  {
    subject: 'New diagnosis - Hurler syndrome',
    message:
      'Our 8 month old was diagnosed with Hurler syndrome. The team talked about weekly enzyme replacement infusions now and a bone marrow transplant later. Which is better, and does the enzyme even reach the brain? What symptoms should we expect as he grows? How many children have this? We have never heard of it before.',
    focus: 'Hurler syndrome',
    types: ['treatment', 'symptoms', 'frequency'],
  },
  // why: three: platelets staying up asks prognosis; 'what causes' asks cause; contact sports asks lifestyle
  {
    message:
      "I'm 34 and have immune thrombocytopenia, I've needed IVIG twice this year when my platelets dropped under 10. Will my platelets ever stay up on their own? What causes ITP in adults in the first place? I play rugby, should I quit?",
    focus: 'immune thrombocytopenia',
    types: ['prognosis', 'cause', 'lifestyle'],
  },
  // why: two: why shots and not tablets asks treatment; 'what causes it' asks cause
  {
    subject: 'B12 shots for life?',
    message:
      "My doctor says I have pernicious anemia and need B12 shots every month for the rest of my life. Why can't I just take tablets? And what causes it, I eat meat every day.",
    focus: 'pernicious anemia',
    types: ['treatment', 'cause'],
  },
  // why: two: how often asks drug_usage; animal ingredients asks ingredients
  {
    message:
      'cyanocobalamin injection how often? i was told monthly but the nurse said weekly at first. also does it contain anything from animals, im vegan',
    focus: 'cyanocobalamin',
    types: ['drug_usage', 'ingredients'],
  },
  // why: one: whether the staining comes from the iron asks side_effects
  {
    message:
      'Had my first iron sucrose infusion today for anemia. The skin around where the IV was has turned brown, like a stain. Is that from the iron?',
    focus: 'iron sucrose',
    types: ['side_effects'],
  },
  // why: three: safe for the baby asks contraindications; low phosphate asks side_effects; how many infusions asks drug_usage
  {
    subject: 'iron infusion while pregnant',
    message:
      "28 weeks pregnant with iron deficiency anemia, my hemoglobin is 8.5 and the tablets made me so sick I couldn't keep them down. The hematologist recommends ferric carboxymaltose infusion. Is it safe for the baby? My friend said it gave her low phosphate, can it do that? How many infusions will I need?",
    focus: 'ferric carboxymaltose',
    types: ['contraindications', 'side_effects', 'drug_usage'],
  },
  // why: one: 'is it hereditary' asks inheritance
  {
    message: 'my mom gets IVIG every month for myasthenia gravis. is it hereditary',
    focus: 'myasthenia gravis',
    types: ['inheritance'],
  },
  // why: two: walking again and recovery time ask prognosis; whether the flu shot caused it asks association
  {
    subject: 'husband in ICU with GBS',
    message:
      "My husband got GBS after a stomach bug two weeks ago. He has had 5 days of IVIG and is in the ICU, he can't move his legs. Will he walk again? How long does recovery take? And could the flu shot he had a month ago have caused this?",
    focus: 'GBS',
    types: ['prognosis', 'association'],
  },
  // why: four: slowing lung damage asks treatment; hiking at altitude asks lifestyle; brothers tested asks diagnosis; the liver asks complications
  {
    subject: 'augmentation therapy',
    message:
      "I'm 52 with alpha-1 antitrypsin deficiency and emphysema. My pulmonologist wants me on weekly augmentation infusions, 60 minutes each, probably at home with a nurse. Does it actually slow the lung damage? Can I still go hiking at altitude? Should my two brothers get tested? And can it affect the liver too?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['treatment', 'lifestyle', 'diagnosis', 'complications'],
  },
  // why: one: pens out of the fridge asks storage_disposal
  {
    message:
      'how long can ofatumumab pens stay out of the fridge? going away for a long weekend and my dose falls on the saturday',
    focus: 'ofatumumab',
    types: ['storage_disposal'],
  },
  // why: two: raising cholesterol asks side_effects; methotrexate with it asks interactions
  {
    message:
      'Doctor wants to start tocilizumab IV monthly for my rheumatoid arthritis. Can it raise cholesterol? And I take methotrexate, can I keep taking both together?',
    focus: 'tocilizumab',
    types: ['side_effects', 'interactions'],
  },
  // why: one: 'what is this condition' asks information
  {
    message:
      'my nephew has spinal muscular atrophy and gets injections into his spine every 4 months. what is this condition exactly?',
    focus: 'spinal muscular atrophy',
    types: ['information'],
  },
  // why: two: daycare and swimming ask lifestyle; normal life span asks prognosis
  {
    message:
      'Our son is 2 and has X-linked agammaglobulinemia. He gets immunoglobulin under the skin every week at home, which he tolerates fine now. Can he go to daycare and swimming lessons like other kids? Will he have a normal life span?',
    focus: 'X-linked agammaglobulinemia',
    types: ['lifestyle', 'prognosis'],
  },
  // why: three+: fridge and needles ask storage_disposal; forgotten shot asks drug_usage; beer asks interactions
  {
    subject: 'new to insulin',
    message:
      "Just started insulin injections. Do I keep the pen in the fridge once it's opened? How do I get rid of used needles? What if I forget my evening shot? And can I still have a beer or two?",
    focus: 'insulin',
    types: ['storage_disposal', 'drug_usage', 'interactions'],
  },
  // why: one: injection site and when to stop both ask drug_usage
  {
    message:
      'I was sent home with enoxaparin shots after my knee replacement. Do I have to inject into the belly or can I use my thigh? When can I stop them?',
    focus: 'enoxaparin',
    types: ['drug_usage'],
  },
  // why: two: jaw bone problems asks side_effects; stopping it asks drug_usage
  {
    subject: 'Prolia and dental work',
    message:
      "I've had Prolia injections every 6 months for osteoporosis for 5 years. I need a tooth pulled and I heard it can cause jaw bone problems, is that true? Can I just stop Prolia now?",
    focus: 'Prolia',
    types: ['side_effects', 'drug_usage'],
  },
  // why: one: 'how does it work' asks indication
  {
    message:
      "what does the zoledronic acid infusion actually do to the bones, how does it work if it's only once a year",
    focus: 'zoledronic acid',
    types: ['indication'],
  },
  // why: three: what it is and how it works asks indication; catching everything asks side_effects; pregnancy on it asks contraindications
  {
    subject: 'belimumab for my daughter',
    message:
      "My daughter is 19 and has lupus with kidney involvement. The rheumatologist suggested belimumab infusions. What is it and how does it work? Does it weaken the immune system so she'll catch every cold going around at college? Is it safe if she gets pregnant while on it?",
    focus: 'belimumab',
    types: ['indication', 'side_effects', 'contraindications'],
  },
  // why: one: clinical trials asks research
  {
    message:
      'Are there any clinical trials for Niemann-Pick disease enzyme replacement that adults can still join?',
    focus: 'Niemann-Pick disease',
    types: ['research'],
  },
  // why: two: what gets worse if infusions stop asks complications; support group asks find_specialist
  {
    subject: 'Morquio syndrome - so tired of infusions',
    message:
      "My son is 11 and has Morquio syndrome. Every week he sits through a 4-5 hour infusion and misses school, and he's started to refuse. What would happen to him if we stopped? Is there a support group for families where he could talk to other kids going through this?",
    focus: 'Morquio syndrome',
    types: ['complications', 'find_specialist'],
  },
  // why: two: latex or allergens asks ingredients; how it helps asthma asks indication
  {
    message:
      'does Xolair contain latex or anything i might be allergic to? and how does it help asthma, its not a steroid right',
    focus: 'Xolair',
    types: ['ingredients', 'indication'],
  },
  // why: three: diet asks lifestyle; shortening life asks prognosis; colon cancer asks complications
  {
    subject: "teenage son with Crohn's disease",
    message:
      "My 15 year old son has Crohn's disease and just started vedolizumab infusions after two hospital stays this year. Does diet matter, should he avoid anything? Will Crohn's disease shorten his life? Is he at higher risk of colon cancer later on?",
    focus: "Crohn's disease",
    types: ['lifestyle', 'prognosis', 'complications'],
  },
  // why: one: signs of a relapse asks symptoms
  {
    message:
      'What are the symptoms of an aHUS relapse? My daughter is on eculizumab every 2 weeks and I want to know what to watch for.',
    focus: 'aHUS',
    types: ['symptoms'],
  },
  // why: two: whether weakness could be it and what test confirms it ask diagnosis; how many people asks frequency
  {
    subject: 'weak hand, IVIG trial',
    message:
      "For a year I've had weakness in my right hand, dropping cups, but no numbness. My neurologist mentioned multifocal motor neuropathy and wants to try IVIG. Could my hand weakness be multifocal motor neuropathy? What test confirms it? How many people get it?",
    focus: 'multifocal motor neuropathy',
    types: ['diagnosis', 'frequency'],
  },
];
