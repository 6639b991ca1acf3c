/**
 * "chat" set. Messages typed on a phone in chat style: lowercase, abbreviations, emojis, short lines, slang,
 * questions run together. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 0.875, type F1 0.828); one
 * change made for it then found the lower-case abbreviations after "diagnosed with" ("dx w/ ms"), which brought
 * focus to 0.925 with type F1 unchanged. Scored by chat.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --chat --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CHAT_MESSAGES: ConsumerMessage[] = [
  {
    // "what even is that" -> information (what the condition is)
    // "is it genetic" -> inheritance (whether it runs in families)
    subject: 'eds??',
    message:
      'hi so my rheumy thinks i might have eds\nwhat even is that lol\nis it genetic bc my mom is super bendy too 🤸‍♀️\nthx',
    focus: 'eds',
    types: ['information', 'inheritance'],
  },
  {
    // "how do they test for it" -> diagnosis (tests)
    // "can he still play basketball" -> lifestyle (sports)
    message:
      'my son is 14 and 6 ft 3 already and super skinny w/ long fingers\nhis pe teacher said he should get checked for marfan syndrome??\nhow do they test for it\ncan he still play basketball 🏀 he lives for it',
    focus: 'marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "whats the life expectancy now days" -> prognosis (life expectancy)
    // "r there any new meds or trials going on" -> research (trials, new treatments)
    message:
      'my nephew just got dx w/ cf at 2 months old 😢\nwhats the life expectancy now days\nand r there any new meds or trials going on',
    focus: 'cf',
    types: ['prognosis', 'research'],
  },
  {
    // "how do we stop them from happening" -> prevention (preventing crises)
    // "is cold weather a trigger" -> cause (what brings on attacks)
    message:
      'my daughter has sickle cell and she keeps ending up in the er w/ pain crises\nhow do we stop them from happening\nis cold weather a trigger ❄️ she always gets sick in winter',
    focus: 'sickle cell',
    types: ['prevention', 'cause'],
  },
  {
    // "whats the chance i get it" -> inheritance (chance a child gets it)
    // "should i get tested" -> diagnosis (testing)
    message:
      'my dad was just diagnosed with hunting tins disease\nwhats the chance i get it\nshould i get tested im 24 idk if i even want to know tbh',
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "is that normal from the med" -> side_effects (whether a problem comes from the medicine)
    // "can i take it w dinner instead of breakfast" -> drug_usage (timing)
    message:
      'started metformin last wk for type 2 and my stomach is a MESS 🤢\nis that normal from the med\ncan i take it w dinner instead of breakfast',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "could i have it too" -> diagnosis (whether someone's signs could be it)
    // "im a girl does that matter" -> inheritance (chance a sibling has it, X-linked)
    // "who do i even see for this" -> find_specialist (doctors)
    subject: 'fabry',
    message:
      'hey so my brother has fabry disease and i get this burning pain in my hands n feet sometimes 🔥\ncould i have it too\nim a girl does that matter\nwho do i even see for this',
    focus: 'fabry disease',
    types: ['diagnosis', 'inheritance', 'find_specialist'],
  },
  {
    // "what is that exactly" -> information (what the condition is)
    // "is it going to get worse" -> prognosis (course)
    message:
      'my eyelids droop by the end of the day and i see double when im tired 👀\ndr said maybe myasthenia gravis\nwhat is that exactly\nis it going to get worse',
    focus: 'myasthenia gravis',
    types: ['information', 'prognosis'],
  },
  {
    // "does the sun make it worse" -> cause (what brings on flares)
    // "is it contagious" -> susceptibility (whether someone can catch it)
    message:
      'my loop us is flaring again ugh 😩\ndoes the sun make it worse\nalso is it contagious my bf is scared to kiss me lol',
    focus: 'lupus',
    types: ['cause', 'susceptibility'],
  },
  {
    // "what can i take for the pain rn" -> treatment (managing pain)
    // "do i have to stop eating meat" -> lifestyle (diet)
    message:
      'my big toe is swollen n red n hurts like crazy 🦶🔥 doc says gout\nwhat can i take for the pain rn\nand do i have to stop eating meat 🥩 pls say no',
    focus: 'gout',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "can u take ibuprofen w/ tylenol at the same time" -> interactions (with another medicine)
    // "how much can i give her" -> drug_usage (dose)
    message:
      'can u take ibuprofen w/ tylenol at the same time\nmy kid has a fever of 102 and its not coming down 🤒\nhow much can i give her shes 6 and like 45 lbs',
    focus: 'ibuprofen',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "will he stop walking" -> prognosis (whether he will walk)
    // "are there any clinical trials we can get him into" -> research (trials)
    // "is there a support group for parents" -> find_specialist (support groups)
    subject: 'please help',
    message:
      'my son got diagnosed w duchenne muscular dystrophy last month hes 5 and honestly we r still in shock, he was always a bit clumsy and falling and we thought he was just a clumsy kid and now the dr is saying all this stuff about steroids and heart checks and wheelchairs and i cant take it all in 😭 so will he stop walking and when. are there any clinical trials we can get him into we will drive anywhere. also is there a support group for parents im drowning here 💔',
    focus: 'duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'find_specialist'],
  },
  {
    // "am i the reason she has it" -> inheritance (passed from parent to child)
    // "can the bumps turn into cancer" -> complications (turning into another condition)
    message:
      'i have nf1 and so does my daughter\nam i the reason she has it 😔\ncan the bumps turn into cancer',
    focus: 'nf1',
    types: ['inheritance', 'complications'],
  },
  {
    // "is there a special diet he should b on" -> lifestyle (diet)
    // "what causes it anyway" -> cause (why it happens)
    message:
      'grandson has prader willi syndrome\nhes ALWAYS hungry like constantly\nis there a special diet he should b on\nwhat causes it anyway',
    focus: 'prader willi syndrome',
    types: ['lifestyle', 'cause'],
  },
  {
    // "is it from the pill" -> side_effects (whether a problem comes from the medicine)
    // "is it ok to have a couple drinks on it" -> interactions (alcohol)
    message:
      'been on lisinopril 10mg like 3 months\nhave this dry cough that wont quit 😷 is it from the pill??\nand is it ok to have a couple drinks on it 🍺',
    focus: 'lisinopril',
    types: ['side_effects', 'interactions'],
  },
  {
    // "what does that mean" -> information (what the condition is)
    // "do they do another test to confirm" -> diagnosis (confirming)
    message:
      'our newborn screen came back positive for pku 😳\nwhat does that mean\ndo they do another test to confirm',
    focus: 'pku',
    types: ['information', 'diagnosis'],
  },
  {
    // "how do u even get celiac" -> cause (why it happens)
    // "how common is it" -> frequency (how common)
    // "my sister should get tested too right" -> diagnosis (should someone be tested)
    message:
      'how do u even get celiac like i was fine til i was 30 🍞\nand how common is it\nmy sister should get tested too right',
    focus: 'celiac',
    types: ['cause', 'frequency', 'diagnosis'],
  },
  {
    // "whats the chance he has it" -> inheritance (chance a baby has it)
    // "if its a girl would she be a carrier" -> inheritance (carriers; same type)
    message:
      'my husband has hemophilia a\nwe r expecting 👶 if its a boy whats the chance he has it\nand if its a girl would she be a carrier',
    focus: 'hemophilia a',
    types: ['inheritance'],
  },
  {
    // "could it be tourettes" -> diagnosis (whether signs could be it)
    // "will he grow out of it" -> prognosis (course)
    message:
      'my 8yo keeps blinking and making throat clearing noises 😟 been like 6 months\ncould it be tourettes\nwill he grow out of it',
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "should i take 2 today to catch up" -> drug_usage (missed doses)
    // "can i take it while breastfeeding" -> contraindications (breastfeeding)
    subject: 'zoloft q',
    message:
      'hey so i forgot my zoloft yesterday and today\nshould i take 2 today to catch up\nalso can i take it while breastfeeding my baby is 3 months 🍼',
    focus: 'zoloft',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // "what is it" -> information (overview)
    // "how many ppl actually have it" -> frequency (how many people)
    // "is there a cure" -> treatment (cure)
    message:
      'saw a tiktok about fop the stone man disease 😮 what is it how many ppl actually have it is there a cure',
    focus: 'fop',
    types: ['information', 'frequency', 'treatment'],
  },
  {
    // "does she have to avoid chocolate and shellfish forever" -> lifestyle (diet)
    // "what happens if she stops her meds" -> complications (what happens when it is not treated)
    message:
      'my 17yo has wilsons disease\ndoes she have to avoid chocolate and shellfish forever 🍫🦐\nwhat happens if she stops her meds bc shes been skipping them and lying about it 🙄',
    focus: 'wilsons disease',
    types: ['lifestyle', 'complications'],
  },
  {
    // "does amoxicillin need to go in the fridge" -> storage_disposal (storing)
    // "is that from the amoxicillin" -> side_effects (whether a problem comes from the medicine)
    message:
      'does amoxicillin need to go in the fridge\nthe pharmacy didnt say and i left it on the counter all nite 😬\nalso my son broke out in a rash on day 5 is that from the amoxicillin',
    focus: 'amoxicillin',
    types: ['storage_disposal', 'side_effects'],
  },
  {
    // "will i end up in a wheelchair" -> prognosis (whether someone will walk)
    // "r there things i can do like diet or exercise to help" -> lifestyle (diet, exercise)
    // "does insurance usually cover ms meds" -> other (insurance)
    message:
      'just dx w/ ms at 29\nwill i end up in a wheelchair\nr there things i can do like diet or exercise to help\nand does insurance usually cover ms meds theyre like $$$\nidk how to even tell my work 😞',
    focus: 'ms',
    types: ['prognosis', 'lifestyle', 'other'],
  },
  {
    // "how long after my levothyroxine can i have my coffee" -> interactions (food/drink)
    // "can i take it w my calcium" -> interactions (other medicines; same type)
    // "does synthroid have gluten in it" -> ingredients (what it contains)
    message:
      'how long after my levothyroxine can i have my coffee ☕ i take it at 6am and i NEED coffee lol\ncan i take it w my calcium\noh and does synthroid have gluten in it im celiac',
    focus: 'levothyroxine',
    types: ['interactions', 'ingredients'],
  },
  {
    // "is there a cure or anything" -> treatment (cure)
    // "what are the chances our next baby has it too" -> inheritance (chance next baby has it)
    message:
      'our baby girl has sma type 1 😭\nis there a cure or anything\nwhat are the chances our next baby has it too',
    focus: 'sma type 1',
    types: ['treatment', 'inheritance'],
  },
  {
    // "how do u get diagnosed w that" -> diagnosis (tests)
    // "can i still drive" -> lifestyle (daily life)
    message:
      'i fall asleep literally everywhere 😴 class, bus, even mid convo\nmy friend said maybe narcolepsy??\nhow do u get diagnosed w that\ncan i still drive',
    focus: 'narcolepsy',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "what gene causes it" -> genetic_changes (which gene)
    // "will she get her skills back" -> prognosis (whether she will recover)
    message:
      'my niece was just diagnosed w rett syndrome shes 2\nshe was doing fine and then stopped talking and using her hands\nwhat gene causes it\nwill she get her skills back',
    focus: 'rett syndrome',
    types: ['genetic_changes', 'prognosis'],
  },
  {
    // "is that the pred" -> side_effects (whether a problem comes from the medicine)
    // "can i just stop it when i feel better or do i need to taper" -> drug_usage (stopping)
    message:
      'on prednisone 40mg for my asthma flare\ncant sleep AT ALL and im starving 24/7 🍕 is that the pred\ncan i just stop it when i feel better or do i need to taper',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "will my kids get fmf" -> inheritance (chance a child gets it)
    // "what brings on attacks" -> cause (what brings on attacks)
    subject: 'fmf and kids',
    message:
      'hi 👋 i have fmf and take colchicine every day, my husband and i are thinking about having a baby next yr\nwill my kids get fmf\nalso what brings on attacks, for me its stress mostly and sometimes my period is that normal',
    focus: 'fmf',
    types: ['inheritance', 'cause'],
  },
  {
    // "is there a blood test for it" -> diagnosis (blood test)
    // "where can i find a dr who actually knows about it" -> find_specialist (doctors)
    message:
      'my face and hands swell up out of nowhere like every few weeks 🥴 not allergic to anything\ner dr mentioned hereditary angioedema\nis there a blood test for it\nwhere can i find a dr who actually knows about it',
    focus: 'hereditary angioedema',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "how long do ppl usually live w it" -> prognosis (life expectancy)
    // "is it contagious" -> susceptibility (whether someone can catch it)
    // "can i get it from her genes" -> inheritance (whether it runs in families)
    message:
      'my mom has als 💔\nhow long do ppl usually live w it\nis it contagious bc i take care of her every day\nalso can i get it from her genes',
    focus: 'als',
    types: ['prognosis', 'susceptibility', 'inheritance'],
  },
  {
    // "can lipitor make ur legs ache" -> side_effects (a medicine's side effects)
    message: 'can lipitor make ur legs ache 🦵',
    focus: 'lipitor',
    types: ['side_effects'],
  },
  {
    // "is it contagious" -> susceptibility (whether someone can catch it)
    // "will it ever go away" -> prognosis (whether it goes away)
    // "what creams actually work" -> treatment (therapies)
    message:
      'got these red scaly patches on my elbows and scalp\ndr said psoriasis\nis it contagious my coworkers keep staring lol\nwill it ever go away\nwhat creams actually work',
    focus: 'psoriasis',
    types: ['susceptibility', 'prognosis', 'treatment'],
  },
  {
    // "what is that" -> information (what the condition is)
    // "will growth hormone help her get taller" -> treatment (therapies)
    message:
      'my daughter is 12 and really short compared to her friends\nour pediatrician wants to test for turner syndrome\nwhat is that\nwill growth hormone help her get taller',
    focus: 'turner syndrome',
    types: ['information', 'treatment'],
  },
  {
    // "what exactly does it do" -> indication (how a medicine works)
    // "is that normal" -> side_effects (whether a problem comes from the medicine)
    message:
      'dr gave me gabba pentin for nerve pain\nwhat exactly does it do\nits making me super dizzy and foggy 😵‍💫 is that normal',
    focus: 'gabapentin',
    types: ['indication', 'side_effects'],
  },
  {
    // "what causes it" -> cause (why it happens)
    // "is there a cure or am i stuck w this forever" -> treatment (cure)
    message:
      'i get these painful boils in my armpits n groin that keep coming back 😣 derm said hidradenitis suppurativa\nwhat causes it?? i shower twice a day so its not bc im dirty\nis there a cure or am i stuck w this forever',
    focus: 'hidradenitis suppurativa',
    types: ['cause', 'treatment'],
  },
  {
    // "what does it do to ur lungs" -> complications (damage to other organs)
    // "should my kids get tested too" -> diagnosis (should someone be tested)
    message:
      'just found out i have alpha 1 antitrypsin deficiency after a liver test\nwhat does it do to ur lungs\nshould my kids get tested too',
    focus: 'alpha 1 antitrypsin deficiency',
    types: ['complications', 'diagnosis'],
  },
  {
    // "can i have a glass of wine on the weekend" -> interactions (alcohol)
    // "we r thinking of trying for a baby soon too is that ok" -> contraindications (pregnancy)
    message:
      'taking methotrexate for my RA once a week\ncan i have a glass of wine on the weekend 🍷\nwe r thinking of trying for a baby soon too is that ok',
    focus: 'methotrexate',
    types: ['interactions', 'contraindications'],
  },
  {
    // "what causes it" -> cause (why it happens)
    // "does it mess up his heart long term" -> complications (damage to the heart)
    message:
      'my 3yo had kawasaki disease last yr\nhe had the ivig and hes fine now\nwhat causes it bc nobody could tell us\nand does it mess up his heart long term ❤️',
    focus: 'kawasaki disease',
    types: ['cause', 'complications'],
  },
];
