/**
 * "posts" set. Short social-media posts and text messages: lower case, abbreviations (u, ur, pls, idk, tbh, w/),
 * emoji, hashtags, no punctuation or too much. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 0.875,
 * type F1 0.909). Scored by posts.test.ts and by `npx tsx test/understand/support/score-messages.ts --posts
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const POSTS_MESSAGES: ConsumerMessage[] = [
  // why: "can someone explain" what pcos "even is" asks information
  {
    subject: 'pcos??',
    message: 'my gf just got diagnosed w/ pcos and idk what that even is 😭 can someone explain pls',
    focus: 'pcos',
    types: ['information'],
  },
  // why: "make u depressed" asks side_effects; "can u drink on it" asks interactions (alcohol)
  {
    message:
      "does accutane make u depressed fr?? also can u drink on it bc my cousin's wedding is in 3 weeks 🍾🍾",
    focus: 'accutane',
    types: ['side_effects', 'interactions'],
  },
  // why: "how do u even get diagnosed" asks diagnosis; "is it genetic" asks inheritance; "can i still do gymnastics" asks lifestyle
  {
    subject: 'eds question',
    message:
      'hi all 👋 17f, my physio thinks i might have eds bc im super bendy and my joints pop out. how do u even get diagnosed?? is it genetic? my mum is bendy too lol. and can i still do gymnastics 🤸',
    focus: 'eds',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  // why: "what do they do to treat it" asks treatment
  {
    message: 'ok so my son (6) has pandas apparently... what do they actually do to treat it 😩😩',
    focus: 'pandas',
    types: ['treatment'],
  },
  // why: "how long do kids with it live" asks prognosis; "is it catching" asks susceptibility
  {
    message:
      'grandma here 👵 my grandson has cf. how long do kids with it live nowadays?? and is it catching, my other grandkids play w/ him all the time',
    focus: 'cf',
    types: ['prognosis', 'susceptibility'],
  },
  // why: "can i take ibuprofen" while on sertraline asks interactions between the two medicines
  {
    message: 'im on sertraline 50mg can i take ibuprofen for my period cramps or nah',
    focus: 'sertraline',
    types: ['interactions'],
  },
  // why: "does pots ever go away" asks prognosis; "what r u supposed to eat" asks lifestyle (diet)
  {
    subject: 'pots 😵',
    message:
      'fainted at work AGAIN today. does pots ever go away?? and what r u supposed to eat, ppl keep telling me salt salt salt 🧂',
    focus: 'pots',
    types: ['prognosis', 'lifestyle'],
  },
  // why: "whats the chance he has it" asks inheritance; "theres a test right" asks diagnosis; "first signs to look for" asks symptoms
  {
    message:
      "my husband's dad had huntington's disease and he's terrified. whats the chance he has it?? theres a test right? and what r the first signs to look out for 💔",
    focus: "huntington's disease",
    types: ['inheritance', 'diagnosis', 'symptoms'],
  },
  // why: "is lupus contagious" asks susceptibility
  {
    message: "is lupus contagious?? my bf's roommate has it and he's being weird abt sharing the kitchen 🙄",
    focus: 'lupus',
    types: ['susceptibility'],
  },
  // why: "do i take 2 tmrw" asks drug_usage (missed dose); "does coffee mess w/ it" asks interactions (food/drink)
  {
    message: 'forgot my levothyroxine this morning 🤦‍♀️ do i take 2 tmrw?? and does coffee mess w/ it',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  // why: "what can i actually eat" asks lifestyle (diet)
  {
    subject: '#celiac',
    message: "newly dx'd celiac here 🌾🚫 what can i actually eat lol everything has gluten",
    focus: 'celiac',
    types: ['lifestyle'],
  },
  // why: "what even causes this" asks cause; "any treatment that actually works" asks treatment
  {
    message:
      'hidradenitis suppurativa flare again 😤😤 what even causes this?? is there any treatment that actually works bc antibiotics did nothing',
    focus: 'hidradenitis suppurativa',
    types: ['cause', 'treatment'],
  },
  // why: "what even is pku" asks information; "will she be ok" asks prognosis; "what formula does she need" asks lifestyle (diet)
  {
    message:
      "my baby girl's newborn screen came back positive for pku 😢 what even is pku?? will she be ok? and what formula does she need",
    focus: 'pku',
    types: ['information', 'prognosis', 'lifestyle'],
  },
  // why: "does metformin make u lose weight" asks side_effects
  {
    message: 'does metformin make u lose weight?? asking for me lol #pcos #metformin',
    focus: 'metformin',
    types: ['side_effects'],
  },
  // why: "can stress cause flares" asks cause; "can turn into colon cancer" asks complications
  {
    subject: 'help',
    message:
      'bf has crohns and is in a bad flare rn, can stress cause flares?? also is it true it can turn into colon cancer 😳',
    focus: 'crohns',
    types: ['cause', 'complications'],
  },
  // why: "any dr who actually knows" it asks find_specialist
  {
    message:
      'any dr in the midwest who actually knows stiff person syndrome?? 3 neurologists and counting smh',
    focus: 'stiff person syndrome',
    types: ['find_specialist'],
  },
  // why: "can i leave my epipen in the car" asks storage_disposal; "how do u actually use it" asks drug_usage
  {
    message:
      'can i leave my epipen in the car in summer ☀️?? and how do u actually use it, do u take the blue cap off first idk',
    focus: 'epipen',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: "chance our baby has sickle cell" asks inheritance; "test during pregnancy" asks diagnosis; "is there a cure yet" asks treatment
  {
    subject: 'sickle cell 🩸',
    message:
      'me and my husband both have the trait. whats the chance our baby has sickle cell?? can they test during pregnancy? and is there a cure yet',
    focus: 'sickle cell',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: "what does adderall actually do" / "how does it work" asks indication (one question in two wordings)
  {
    message: 'what does adderall actually do to ur brain?? like how does it work for adhd 🧠',
    focus: 'adderall',
    types: ['indication'],
  },
  // why: "how rare is this" asks frequency; "can u drive w/ it" asks lifestyle
  {
    subject: 'narcolepsy gang 😴',
    message:
      'how rare is narcolepsy actually?? and can u drive w/ it, my dad wont let me take my driving test',
    focus: 'narcolepsy',
    types: ['frequency', 'lifestyle'],
  },
  // why: "safe to take plan b while breastfeeding" asks contraindications
  {
    message: 'is it safe to take plan b while breastfeeding?? 🍼 pls answer fast',
    focus: 'plan b',
    types: ['contraindications'],
  },
  // why: "could this be tourette syndrome" asks diagnosis; "does it get worse as they get older" asks prognosis; "will his school have to know" asks lifestyle (school)
  {
    subject: 'tourettes??',
    message:
      'my 8yo has started blinking and sniffing constantly and now makes a little grunt noise. could this be tourette syndrome?? does it get worse as they get older? and will his school have to know lol',
    focus: 'tourette syndrome',
    types: ['diagnosis', 'prognosis', 'lifestyle'],
  },
  // why: "what gene is messed up" asks genetic_changes
  {
    message: 'random q but what gene is messed up in marfan syndrome 🧬 doing a bio project',
    focus: 'marfan syndrome',
    types: ['genetic_changes'],
  },
  // why: "is that normal" (hunger, insomnia on prednisone) asks side_effects; "can i just stop it" asks drug_usage
  {
    message:
      'prednisone got me STARVING and wide awake at 3am 😵‍💫 is that normal?? and can i just stop it when i feel better',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "does beer bring on the attacks" asks cause; "what do i take for the pain" asks treatment
  {
    message:
      '29 and just got told i have gout 🍺🦶 does beer bring on the attacks?? what do i take for the pain rn',
    focus: 'gout',
    types: ['cause', 'treatment'],
  },
  // why: "how bad does it get" asks prognosis
  {
    subject: 'ms',
    message: 'just got my ms diagnosis at 24 😶 how bad does it get',
    focus: 'ms',
    types: ['prognosis'],
  },
  // why: "did u get a rash" asks side_effects; "what happens if i miss a dose" asks drug_usage; "with my birth control" asks interactions
  {
    message:
      'lamictal ppl: did u get a rash?? what happens if i miss a dose? also can i take it w/ my birth control',
    focus: 'lamictal',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: "any clinical trials" asks research
  {
    subject: 'trials?',
    message: 'are there any clinical trials for rett syndrome rn?? my niece has it 💜 #rettsyndrome',
    focus: 'rett syndrome',
    types: ['research'],
  },
  // why: "what even causes it" asks cause; "is there a blood test" asks diagnosis
  {
    message:
      'fibromyalgia is so misunderstood 😤 like what even causes it?? and is there a blood test or do they just guess',
    focus: 'fibromyalgia',
    types: ['cause', 'diagnosis'],
  },
  // why: "should i get tested too" (relative) asks diagnosis; "what happens if u dont treat it" asks complications
  {
    subject: 'hemochromatosis',
    message:
      'my brother just found out he has hemochromatosis. should i get tested too?? and what happens if u dont treat it',
    focus: 'hemochromatosis',
    types: ['diagnosis', 'complications'],
  },
  // why: "can my grandkids catch shingles from me" asks susceptibility
  {
    message: 'can my grandkids catch shingles from me?? 👵 dont want to miss the bday party',
    focus: 'shingles',
    types: ['susceptibility'],
  },
  // why: "what causes this" asks cause; "will it go back to normal" asks prognosis; "anything i can do to speed it up" asks treatment
  {
    message:
      'bells palsy ☹️ half my face wont move. what causes this?? will it go back to normal? and is there anything i can do to speed it up',
    focus: 'bells palsy',
    types: ['cause', 'prognosis', 'treatment'],
  },
  // why: "how common is fragile x" asks frequency; "is it the mom who passes it on" asks inheritance
  {
    message:
      "how common is fragile x?? and is it the mom who passes it on? 🧬 trying to understand my nephew's dx",
    focus: 'fragile x',
    types: ['frequency', 'inheritance'],
  },
  // why: "needs to stay in the fridge when i fly" asks storage_disposal
  {
    subject: 'humira ✈️',
    message: 'anyone know if humira has to stay in the fridge when i fly?? going to mexico next week',
    focus: 'humira',
    types: ['storage_disposal'],
  },
  // why: "can endo make it harder to get pregnant" asks complications; "is surgery worth it" asks treatment; "support group for partners" asks find_specialist
  {
    message:
      "wife has endo & we're ttc 🤞 can endo make it harder to get pregnant?? is surgery worth it? and is there a support group for partners lol i feel useless",
    focus: 'endo',
    types: ['complications', 'treatment', 'find_specialist'],
  },
  // why: "is vitiligo linked to thyroid problems" asks association
  {
    message: 'is vitiligo linked to thyroid problems?? my derm mentioned it 🤔',
    focus: 'vitiligo',
    types: ['association'],
  },
  // why: "mess up ur eyes" asks side_effects; "what does it even do for lupus" asks indication
  {
    message: 'does hydroxychloroquine mess up ur eyes?? and what does it even do for lupus 🦋',
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'indication'],
  },
  // why: "what is it" asks information; "how rare" asks frequency
  {
    message: 'just heard of fabry disease on tiktok 😳 what is it?? and how rare is it',
    focus: 'fabry disease',
    types: ['information', 'frequency'],
  },
  // why: "what causes it" asks cause; "will it get worse over time" asks prognosis; "can i still have a glass of wine" asks lifestyle
  {
    message:
      "just dx'd w/ myasthenia gravis 🥲 what causes it?? will it get worse over time? and can i still have a glass of wine 🍷",
    focus: 'myasthenia gravis',
    types: ['cause', 'prognosis', 'lifestyle'],
  },
  // why: "could i have klinefelter syndrome" asks diagnosis; "can it be treated" asks treatment; "how common is it" asks frequency
  {
    subject: 'klinefelter?',
    message:
      '21m, small balls, no beard, tall af. could i have klinefelter syndrome?? can it be treated? how common is it even',
    focus: 'klinefelter syndrome',
    types: ['diagnosis', 'treatment', 'frequency'],
  },
];
