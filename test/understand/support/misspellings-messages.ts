/**
 * "misspellings" set. Messages with many misspellings of condition and medicine names, written the way people
 * hear them ("fibromalgia", "metforman", "gabapenten"), autocorrect mistakes and no punctuation; the focus is the
 * name as misspelled. Written by someone who had read neither the understanding or retrieval code nor any earlier
 * set, following the labeling guide (src/understand/README.md). Each focus is written as misspelled in the
 * message; the writer checked that its correct spelling is a name the knowledge base holds (only 4 of the 40
 * misspellings are names it holds). Scored once, before any change made for it (focus 0.850, type F1 0.908).
 * Scored by misspellings.test.ts and by `npx tsx test/understand/support/score-messages.ts --misspellings
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MISSPELLINGS_MESSAGES: ConsumerMessage[] = [
  // why: "what causes fibromalgia" asks cause; "anything that actualy helps the pain" asks treatment
  {
    subject: 'fibromalgia??',
    message:
      'what causes fibromalgia and is there anything that actualy helps the pain, ive tried everything my dr suggested and im exausted',
    focus: 'fibromalgia',
    types: ['cause', 'treatment'],
  },
  // why: "is that from the metforman" asks side_effects; "take it with food or on empty stomach" asks drug_usage
  {
    message:
      'been on metforman 2 weeks and my stomach is a mess diarrhea every morning. is that from the metforman? should i be taking it with food or on a empty stomach',
    focus: 'metforman',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asking whether dizziness and fog are normal on gabapenten asks side_effects only
  {
    message: 'gabapenten making me so dizzy and foggy is this normal',
    focus: 'gabapenten',
    types: ['side_effects'],
  },
  // why: "is it genetic" asks inheritance; "keep doing gymnastics" asks lifestyle; "does it get worse" asks prognosis
  {
    subject: 'daughter 14 just diagnosed',
    message:
      'Hi, my daughter was diagnosed with ehlers danlos (the hypermobile kind) after years of her joints popping out and everyone telling us she was just clumsy. I have a few questions. is it genetic, because I am very bendy too? Can she keep doing gymnastics. And does it get worse as she gets older? thank you so much',
    focus: 'ehlers danlos',
    types: ['inheritance', 'lifestyle', 'prognosis'],
  },
  // why: whether sjogrens causes more than dry eyes and mouth, like joint pain, asks symptoms only
  {
    message: 'does sjogrens only cause dry eyes and dry mouth or other things too like joint pain',
    focus: 'sjogrens',
    types: ['symptoms'],
  },
  // why: "can lupis damage your kidneys" asks complications
  {
    subject: 'lupis and kidneys',
    message: 'can lupis damage your kidneys',
    focus: 'lupis',
    types: ['complications'],
  },
  // why: "is it hereditary" and "am i going to get it" both ask inheritance (the chance a relative gets it)
  {
    message: 'my mom has alzhimers. is it hereditary? am i going to get it to',
    focus: 'alzhimers',
    types: ['inheritance'],
  },
  // why: "could this be parkinsons disese" asks whether his signs could be it, which is diagnosis
  {
    message:
      'my dad is 62 his right hand shakes when hes resting and hes walking slower and shuffling could this be parkinsons disese',
    focus: 'parkinsons disese',
    types: ['diagnosis'],
  },
  // why: "can you die from" asks prognosis; "a spesific diet" asks lifestyle
  {
    message: 'can you die from crones disease and is there a spesific diet i should follow',
    focus: 'crones disease',
    types: ['prognosis', 'lifestyle'],
  },
  // why: wine with plaquinil asks interactions; "safe if i get pregnant" asks contraindications
  {
    subject: 'plaquinil question',
    message:
      'i just got put on plaquinil for my lupis can i still have a glass of wine with it and is it safe if i get pregnant',
    focus: 'plaquinil',
    types: ['interactions', 'contraindications'],
  },
  // why: "is mulitple sclerosis contagious" asks susceptibility; the roommate is story
  {
    message: 'is mulitple sclerosis contagious my roommate just got diagnosed and we share a kitchen',
    focus: 'mulitple sclerosis',
    types: ['susceptibility'],
  },
  // why: chances the husband has it asks inheritance; "should he get tested" asks diagnosis; treatment to slow it asks treatment
  {
    message:
      'My husbands father passed away from huntingtons diesase last year and we only just found out thats what he had. What are the chances my husband has it too? Should he get tested before we have kids? And is there any treatment that slows it down. We are so scared',
    focus: 'huntingtons diesase',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: "life expectency" asks prognosis
  {
    message: 'whats the life expectency with mysthenia gravis',
    focus: 'mysthenia gravis',
    types: ['prognosis'],
  },
  // why: "what kind of doctor treats" asks find_specialist; the pulled teeth are story
  {
    subject: 'trigeminal nuralgia',
    message:
      'what kind of doctor treats trigeminal nuralgia, neurologist or dentist? my dentist already pulled 2 teeth and the pain is still there',
    focus: 'trigeminal nuralgia',
    types: ['find_specialist'],
  },
  // why: "what is sarcoydosis" asks information; "how do they diagnose it" asks diagnosis
  {
    message: 'what is sarcoydosis exactly and how do they diagnose it, dr mentioned it after my chest xray',
    focus: 'sarcoydosis',
    types: ['information', 'diagnosis'],
  },
  // why: "how common" asks frequency; "what gene causes it" asks genetic_changes
  {
    message: 'how common is cystic fibrossis and what gene causes it',
    focus: 'cystic fibrossis',
    types: ['frequency', 'genetic_changes'],
  },
  // why: "could that be what he has" asks diagnosis; "first signs" asks symptoms; "trails" (trials) for new treatments asks research
  {
    subject: 'worried about my son',
    message:
      'my son is 4 and falls down alot, has trouble climbing stairs and his calf muscles look really big. i googled and it said duchene muscular distrophy. could that be what he has? what are the first signs usually. also are there any trails for new treatments',
    focus: 'duchene muscular distrophy',
    types: ['diagnosis', 'symptoms', 'research'],
  },
  // why: coffee stopping levothyroxin from working asks interactions (medicine with food or drink)
  {
    message: 'does coffee stop levothyroxin from working',
    focus: 'levothyroxin',
    types: ['interactions'],
  },
  // why: "can i just stop taking it" asks drug_usage; weight gain "is that the prednizone" asks side_effects
  {
    message:
      'been on prednizone for 3 weeks for my asthma flare can i just stop taking it now that i feel better. also gained 8 lbs is that the prednizone',
    focus: 'prednizone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what is lyrika actually for" asks indication
  {
    message: 'what is lyrika actually for, nerve pain or seizures or anxiety??',
    focus: 'lyrika',
    types: ['indication'],
  },
  // why: a missed dose ("does" autocorrected from dose) and whether to take 2 asks drug_usage
  {
    message: 'forgot my duloxatine does last night do i take 2 today',
    focus: 'duloxatine',
    types: ['drug_usage'],
  },
  // why: "safe while breastfeeding" asks contraindications
  {
    message: 'is amitriptaline safe while breastfeeding my 3 month old',
    focus: 'amitriptaline',
    types: ['contraindications'],
  },
  // why: "is that the kepra" asks side_effects; stopping it slowly asks drug_usage; other seizure meds asks treatment
  {
    message:
      'my son is 9 on kepra for his seizures and hes been so angry and moody since he started. is that the kepra? can we just stop it or does he need to come off slowly? are there other seizure meds that dont do this',
    focus: 'kepra',
    types: ['side_effects', 'drug_usage', 'treatment'],
  },
  // why: "what exactly is" asks information; "can it be cured" asks treatment; "what happens if you dont take the steroids" asks complications
  {
    subject: 'newly diagnosed adisons',
    message:
      'what exactly is adisons disease, can it be cured, and what happens if you dont take the steroids',
    focus: 'adisons disease',
    types: ['information', 'treatment', 'complications'],
  },
  // why: "a blood test" and whether the kids should get tested both ask diagnosis
  {
    message: 'is there a blood test for celiacs disease and should my kids get tested too',
    focus: 'celiacs disease',
    types: ['diagnosis'],
  },
  // why: "can it turn into thyroid cancer" asks complications
  {
    message: 'can hashimotos thyroiditus turn into thyroid cancer',
    focus: 'hashimotos thyroiditus',
    types: ['complications'],
  },
  // why: "is that raynaulds" asks diagnosis; "stop the attacks from happening" asks prevention; "does smoking bring them on" asks cause
  {
    message:
      'my fingers go white then blue when its cold is that raynaulds? how do i stop the attacks from happening. does smoking bring them on',
    focus: 'raynaulds',
    types: ['diagnosis', 'prevention', 'cause'],
  },
  // why: "prevent the vertigo attacks" asks prevention; "a low salt diet" asks lifestyle
  {
    subject: 'menears',
    message:
      'diagnosed with menears disease last month how do i prevent the vertigo attacks and do i need to go on a low salt diet',
    focus: 'menears disease',
    types: ['prevention', 'lifestyle'],
  },
  // why: "could the shot have caused it" names an exposure as cause, so association; "will he walk again" asks prognosis
  {
    message:
      'my husband got gillian bar syndrome 3 weeks after his flu shot. could the shot have caused it? he cant walk right now will he walk again',
    focus: 'gillian bar syndrome',
    types: ['association', 'prognosis'],
  },
  // why: "could he have it" asks whether his signs could be it, which is diagnosis
  {
    message:
      'my son is 13 and 6 foot 2 with really long fingers and his eyes are bad, the pediatrician said maybe marfin syndrome could he have it',
    focus: 'marfin syndrome',
    types: ['diagnosis'],
  },
  // why: "do kids grow out of" asks prognosis; whether the vaccines caused it names an exposure as cause, so association
  {
    message: 'do kids grow out of tourets? my mother in law says it was caused by the vaccines is that true',
    focus: 'tourets',
    types: ['prognosis', 'association'],
  },
  // why: "does it damage the heart" asks complications; "play sports" asks lifestyle
  {
    message:
      'my 2 year old had kawasacki disease last year does it damage the heart long term and will she be able to play sports when shes older',
    focus: 'kawasacki disease',
    types: ['complications', 'lifestyle'],
  },
  // why: chances the baby will have it asks inheritance; lumps turning into cancer asks complications
  {
    message:
      'my husband has neurofibromitosis type 1. what are the chances our baby will have it and can the lumps on his skin turn into cancer',
    focus: 'neurofibromitosis type 1',
    types: ['inheritance', 'complications'],
  },
  // why: "prevent ... crises" asks prevention; "life expectancy" asks prognosis
  {
    message: 'how do we prevent sickel cell anemia crises in my son and whats the life expectancy now days',
    focus: 'sickel cell anemia',
    types: ['prevention', 'prognosis'],
  },
  // why: "what is it" asks information; "is it hereditary" asks inheritance; brothers tested asks diagnosis; drinking beer asks lifestyle
  {
    subject: 'hemocromatosis',
    message:
      'just found out i have hemocromatosis from a routine blood test. what is it, is it hereditary, should my brothers be tested, and can i still drink beer',
    focus: 'hemocromatosis',
    types: ['information', 'inheritance', 'diagnosis', 'lifestyle'],
  },
  // why: fridge and throwing away used pens ask storage_disposal; "more infections" asks side_effects
  {
    message:
      'does humera have to stay in the fridge? how do i throw away the used pens. also does it make you get more infections',
    focus: 'humera',
    types: ['storage_disposal', 'side_effects'],
  },
  // why: "what is it for" asks indication; lactose in the tablet asks ingredients
  {
    message:
      'my rheumatologist wants me on metotrexate for RA isnt that a chemo drug what is it for and does the tablet have lactose in it im intolerant',
    focus: 'metotrexate',
    types: ['indication', 'ingredients'],
  },
  // why: "which gene" asks genetic_changes; chances the kids get it asks inheritance; "a specialist clinic" asks find_specialist
  {
    message:
      'sharko marie tooth runs in my husbands family which gene is it what are the chances our kids get it and is there a specialist clinic anywhere near ohio',
    focus: 'sharko marie tooth',
    types: ['genetic_changes', 'inheritance', 'find_specialist'],
  },
  // why: "how many people get" asks frequency; "is it genetic" asks inheritance; "support groups" asks find_specialist
  {
    message:
      'how many people get amyotropic lateral sclerosis is it genetic are there any support groups for family members',
    focus: 'amyotropic lateral sclerosis',
    types: ['frequency', 'inheritance', 'find_specialist'],
  },
  // why: "is there a cure" asks treatment; new treatments in trials asks research; "able to sit up" asks prognosis
  {
    message:
      'is there a cure for spinal muscular atrofy my baby was just diagnosed type 1. are there new treatments in trials? will she ever be able to sit up',
    focus: 'spinal muscular atrofy',
    types: ['treatment', 'research', 'prognosis'],
  },
];
