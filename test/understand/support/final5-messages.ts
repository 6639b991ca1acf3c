/**
 * "final5" set: a final, mixed set of 40 messages in every style people write in: patients, parents,
 * relatives, and professionals (a GP, a physiotherapist, a school nurse) asking for a patient. Short and long,
 * careful and messy, lower case with no punctuation, several questions run together, non-native English,
 * misspellings and abbreviations (PKU, CF, MG, SMA, DMD, PBC, EDS/hEDS, NPC), a question only in the subject
 * line, and messages naming two conditions where only one is asked about. 8 messages are about medicines; 13
 * have a subject line (4 of them carry the name while the message says only "it").
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once and never tuned on: focus 1.000, type F1 0.802 (see BENCHMARKS.md). Scored by
 * final5.test.ts and by `npx tsx test/understand/support/score-messages.ts --final5 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL5_MESSAGES: ConsumerMessage[] = [
  {
    // "is that a real side effect" (retina damage) = side_effects; "wine ... is that ok with it" = interactions.
    subject: 'plaquenil and my eyes',
    message:
      "Hi, my rheumatologist put me on Plaquenil 200mg twice a day for Sjögren's syndrome about 6 months ago. My optician said something about it damaging the retina?? Is that a real side effect? Also I like a glass or two of wine at the weekend, is that ok with it?",
    focus: 'Plaquenil',
    types: ['side_effects', 'interactions'],
  },
  {
    // "can he do sleepovers and school trips" = lifestyle; "will he have a normal life when hes grown up" = prognosis.
    message:
      'my son has PKU hes 6 now can he do sleepovers and school trips like other kids with the diet and will he have a normal life when hes grown up',
    focus: 'PKU',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // question only in the subject: "is it hereditary" (worried for own children) = inheritance.
    subject: "Is Wilson's disease hereditary?",
    message:
      'My younger brother (19) was diagnosed last month after his liver tests came back abnormal. I have two small children of my own. Thank you for any help.',
    focus: "Wilson's disease",
    types: ['inheritance'],
  },
  {
    // "point me to specialist centres" = find_specialist; "clinical trials ... recruiting" = research.
    message:
      'Dear colleagues, I am a general practitioner in Leeds. One of my patients, a 34-year-old man, has recently had Fabry disease confirmed (pathogenic GLA variant) after years of unexplained burning pain in his hands and feet. Could you point me to specialist centres in the UK that manage adult patients, and are there any clinical trials of newer therapies (e.g. gene therapy or oral chaperones) currently recruiting? Kind regards, Dr A. Patel',
    focus: 'Fabry disease',
    types: ['find_specialist', 'research'],
  },
  {
    // "which gene is it" = genetic_changes; "she will walk again some day" = prognosis.
    message:
      'Hello. My daughter have diagnose with Rett syndrome since 2 years, now she is 5 year old. Before she was walking and saying some words, now she loose the hands use and not walking good. Doctor say it is gene mutation. Which gene is it? She will walk again some day? Thank you very much from Brazil.',
    focus: 'Rett syndrome',
    types: ['genetic_changes', 'prognosis'],
  },
  {
    // "how is hemochromatosis treated" and "taking blood off ... for the rest of my life" = treatment (one question); diabetes is only background.
    message:
      "I've had type 1 diabetes since I was 12 (now 41) and at my last check-up my ferritin was very high; after more tests I was told I have hemochromatosis. How is hemochromatosis treated? The nurse mentioned taking blood off regularly - is that it, and do I have to do that for the rest of my life?",
    focus: 'hemochromatosis',
    types: ['treatment'],
  },
  {
    // "what is alkaptonuria" = information; "how rare is it" = frequency; "is there a test for it" = diagnosis.
    message:
      'what is alkaptonuria and how rare is it and is there a test for it my dads pee goes black if it sits out',
    focus: 'alkaptonuria',
    types: ['information', 'frequency', 'diagnosis'],
  },
  {
    // "should we give him another tablet" after vomiting = drug_usage; "can the tablets be kept in the car ... if it gets hot" = storage_disposal.
    subject: 'colchicine - vomited dose',
    message:
      'Our son is 8 and takes colchicine 0.5mg twice a day for FMF. This morning he threw up about 10 minutes after taking it. Should we give him another tablet or wait until the evening dose? Also we are going away for a week in summer, can the tablets be kept in the car or suitcase if it gets hot?',
    focus: 'colchicine',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "does levothyroxine have gluten in it" = ingredients; "wait 30 min before breakfast" = drug_usage.
    message:
      'does levothyroxine have gluten in it?? i have coeliac and hypothyroid and my tummy has been bad since i switched brands. and do i really have to wait 30 min before breakfast',
    focus: 'levothyroxine',
    types: ['ingredients', 'drug_usage'],
  },
  {
    // "what is miglustat actually used for" = indication; "what side effects should we look out for" = side_effects.
    message:
      "My nephew is 9 and has Niemann-Pick disease type C. His neurologist has started him on miglustat. My sister is overwhelmed so I'm trying to help - what is miglustat actually used for in NPC, and what side effects should we look out for? He already has trouble keeping weight on.",
    focus: 'miglustat',
    types: ['indication', 'side_effects'],
  },
  {
    // "can't drink any alcohol at all on it" = interactions; "is it safe while breastfeeding" = contraindications.
    subject: 'sodium oxybate question',
    message:
      "I have narcolepsy with cataplexy and my sleep doctor wants me to start sodium oxybate. Two things: is it true I can't drink any alcohol at all on it? And I'm planning to breastfeed my baby (due in March) - is it safe while breastfeeding?",
    focus: 'sodium oxybate',
    types: ['interactions', 'contraindications'],
  },
  {
    // "can it cause cancer or infertility later in life" = side_effects; "how do we get rid of the capsules" = storage_disposal.
    message:
      'our son is 6 with sickle cell anemia and the haematologist wants to start hydroxyurea. i read online it is a chemo drug. can it cause cancer or infertility later in life?? also how do we get rid of the capsules he doesnt use, the pharmacist said dont put them in the bin',
    focus: 'hydroxyurea',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // "does it stop the pill from working" = interactions; "half in the morning and half at lunch" = drug_usage.
    message:
      "Modafinil for idiopathic hypersomnia - does it stop the pill from working? My GP wasn't sure. Also can I take half in the morning and half at lunch or does it have to be all at once?",
    focus: 'modafinil',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "forgot last night's dose - do I take 2" = drug_usage; "dizzy ... could that be the tablets" = side_effects.
    subject: 'carbamazepine',
    message:
      "Started on carbamazepine for trigeminal neuralgia 3 weeks ago, 200mg twice daily. Forgot last night's dose - do I take 2 this morning? And I've felt dizzy and a bit wobbly on my feet since starting, could that be the tablets?",
    focus: 'carbamazepine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "could this be Marfan syndrome" = diagnosis; "basketball team - would that be safe" = lifestyle.
    message:
      'My son is 14, 6 foot 3 and still growing, very long arms and fingers, and the eye doctor found his lenses are slightly out of place. Could this be Marfan syndrome? He is desperate to try out for the basketball team - would that be safe if it is?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "does EDS get worse as you get older" = prognosis; "is there a link between EDS and POTS" = association.
    message:
      "hi!! 23F, got dx'd with hEDS last yr after years of being told i was 'just bendy' lol. does EDS get worse as you get older?? my knees and shoulders sublux way more than when i was a teen. also is there a link between EDS and POTS, i nearly pass out every time i stand up in the shower",
    focus: 'EDS',
    types: ['prognosis', 'association'],
  },
  {
    // "what are the chances my sister and I have it" = inheritance; "is there a test, and should I have it" = diagnosis.
    subject: 'Huntingtons in the family',
    message:
      "My dad was diagnosed with Huntington's disease this year, he is 56. I'm 28 and my sister is 25. What are the chances my sister and I have it too? Is there a test, and should I have it before we start a family? I honestly don't know if I want to know.",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "can it damage his heart in the long term" = complications; "is it contagious" = susceptibility.
    message:
      'My 3-year-old was in hospital with Kawasaki disease last month, he had IVIG and is home now. Can it damage his heart in the long term? And is it contagious - his baby sister is 5 months old.',
    focus: 'Kawasaki disease',
    types: ['complications', 'susceptibility'],
  },
  {
    // name only in the subject; "what is the chance our baby has it" = inheritance; "can they check during the pregnancy" = diagnosis.
    subject: 'CF carriers - 10 weeks pregnant',
    message:
      "My husband and I both found out we carry a faulty gene for it after my sister's baby was diagnosed. I'm 10 weeks pregnant. What is the chance our baby has it? Can they check during the pregnancy or do we have to wait until birth?",
    focus: 'CF',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "what causes it" = cause; "will he grow out of it" = prognosis; "any medications that help" = treatment; "how do we handle school" = lifestyle.
    message:
      "My 15 year old son has episodes where he sleeps 18-20 hours a day for a week or more, eats everything in sight and is 'not himself', then goes back to normal. The neurologist thinks it's Kleine-Levin syndrome. What causes it? Will he grow out of it? Are there any medications that help? And how do we handle school - he has missed weeks of term.",
    focus: 'Kleine-Levin syndrome',
    types: ['cause', 'prognosis', 'treatment', 'lifestyle'],
  },
  {
    // "what type and intensity of exercise is safe" = lifestyle; "what is the usual course over the next 10 years" = prognosis.
    message:
      "I'm a physiotherapist working with a 45-year-old man with late-onset Pompe disease (he is on enzyme replacement). Is there evidence on what type and intensity of exercise is safe for him - could strenuous exercise make the muscle damage worse? And what is the usual course over the next 10 years, so I can plan with him realistically?",
    focus: 'Pompe disease',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "can he become blind from this disease" = complications; "which food he must avoid, special diet" = lifestyle.
    message:
      "Dear Sir/Madam, I am from Turkey, living in Germany. My husband have Behçet's disease since 5 years, many mouth ulcers and now problem in the eyes, red and pain. Can he become blind from this disease? Also which food he must avoid, is there special diet? Thank you",
    focus: "Behçet's disease",
    types: ['complications', 'lifestyle'],
  },
  {
    // misspelled "Gauchers" (NO) so focus is the correct name; "bone pain ... is that part of the disease" = symptoms; "treatment options other than the infusions" = treatment.
    subject: 'Gauchers disease type 1 - bone pain',
    message:
      'My wife (38) was diagnosed with Gauchers type 1 two years ago, enlarged spleen and low platelets. Now she has terrible bone pain in her thighs, is that part of the disease? What treatment options are there other than the infusions every two weeks, they are really hard with work and kids.',
    focus: 'Gaucher disease',
    types: ['symptoms', 'treatment'],
  },
  {
    // "can MG ever get so bad you need a ventilator" = complications; "is it hereditary, should I be worried for myself" = inheritance.
    message:
      'can MG ever get so bad you need a ventilator? my mum was diagnosed at 60. and is it hereditary, should I be worried for myself',
    focus: 'MG',
    types: ['complications', 'inheritance'],
  },
  {
    // "is there a link between sarcoid and silica dust" = association; "anything I can do to stop it flaring up again" = prevention.
    message:
      "I worked in a stone quarry for 15 years and now I've been told I have sarcoid in my lungs. Is there a link between sarcoid and silica dust? I've read conflicting things. And is there anything I can do to stop it flaring up again, I've had 2 flares this year.",
    focus: 'sarcoid',
    types: ['association', 'prevention'],
  },
  {
    // "anything that can stop the attacks happening in the first place" = prevention; "any trials of new treatments" = research.
    subject: 'HAE attacks every 2 weeks',
    message:
      "I have hereditary angioedema type 1. I get swelling attacks (face, stomach) about every two weeks and I use icatibant when they happen. Is there anything that can stop the attacks happening in the first place? And are there any trials of new treatments in Europe? I'm in Spain.",
    focus: 'hereditary angioedema',
    types: ['prevention', 'research'],
  },
  {
    // "what is stiff person syndrome" = information; "are sudden falls part of it" = symptoms.
    message:
      'What is stiff person syndrome? Saw it on the news about Celine Dion and my aunt has been having similar spasms. Are sudden falls part of it?',
    focus: 'stiff person syndrome',
    types: ['information', 'symptoms'],
  },
  {
    // name only in the subject; "what is it exactly" = information; "how is it different from lipedema" = diagnosis; "what can be done for the pain" = treatment.
    subject: "Dercum's disease",
    message:
      'My doctor mentioned it today after looking at the painful lumps on my arms and tummy. What is it exactly? How is it different from lipedema, which I was told I had 3 years ago? And what can be done for the pain?',
    focus: "Dercum's disease",
    types: ['information', 'diagnosis', 'treatment'],
  },
  {
    // "how common is celiac disease in children" = frequency; "should her twin brother get tested" = diagnosis.
    message:
      'How common is celiac disease in children? My 4 year old has just been diagnosed. Should her twin brother get tested too even though he has no symptoms?',
    focus: 'celiac disease',
    types: ['frequency', 'diagnosis'],
  },
  {
    // "is psoriasis contagious" = susceptibility.
    message: 'is psoriasis contagious? my boyfriends mum wont let him share towels with me',
    focus: 'psoriasis',
    types: ['susceptibility'],
  },
  {
    // "can gout cause kidney stones" = complications; "do I really have to give up beer" = lifestyle.
    message:
      'Can gout cause kidney stones? Had my 3rd attack this year. And do I really have to give up beer completely or is a pint now and then ok?',
    focus: 'gout',
    types: ['complications', 'lifestyle'],
  },
  {
    // "restrictions ... for PE, swimming or school trips" = lifestyle; "patient organisation or support group" = find_specialist.
    message:
      "I'm the school nurse at a primary school. One of our Year 4 pupils has moyamoya disease and has had surgery on both sides. Are there restrictions we should put in place for PE, swimming or school trips? Also, is there a patient organisation or support group we could point the family to? They're feeling very isolated.",
    focus: 'moyamoya disease',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "which gene causes it" = genetic_changes; "can my 2 daughters be carriers" = inheritance.
    message:
      'my son has fragile X syndrome. which gene causes it? and can my 2 daughters be carriers, they seem fine',
    focus: 'fragile X syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "could it be that, and what test would show it" = diagnosis; "write a letter ... for social services" = other.
    subject: 'urgent - brittle bones or abuse?',
    message:
      'Our 7 month old has had 4 fractures and social services are involved. Our paediatrician mentioned osteogenesis imperfecta. Could it be that, and what test would show it? Could you also write a letter we can give to social services explaining the condition? We are desperate.',
    focus: 'osteogenesis imperfecta',
    types: ['diagnosis', 'other'],
  },
  {
    // "gene therapy trials ... a 7 year old could join" = research; "how long will he be able to walk" = prognosis.
    message:
      "Are there any gene therapy trials for DMD that a 7 year old could join? My son's walking is getting worse, he falls a lot and struggles on stairs. How long will he be able to walk?",
    focus: 'DMD',
    types: ['research', 'prognosis'],
  },
  {
    // name only in the subject; "life expectancy, will she ever sit on her own" = prognosis; "what treatments are there" = treatment.
    subject: 'SMA type 2',
    message:
      'our daughter is 18 months and was just diagnosed with it. we are devastated. what is her life expectancy, will she ever sit on her own? and what treatments are there, we heard about a very expensive injection',
    focus: 'SMA',
    types: ['prognosis', 'treatment'],
  },
  {
    // "what triggers the attacks" = cause; "anything I can do to prevent them" = prevention; "should my children be tested" = diagnosis.
    message:
      "I've had three attacks of acute intermittent porphyria in the past 2 years, all ending up in A&E. What triggers the attacks? Is there anything I can do to prevent them? And should my children (12 and 15) be tested?",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention', 'diagnosis'],
  },
  {
    // "is there anything else that can help" the itching = treatment; "is there a connection between the two" (Hashimoto's) = association.
    subject: 'PBC itching',
    message:
      "I was diagnosed with PBC 3 years ago and take ursodeoxycholic acid. The itching is unbearable, especially at night, and antihistamines do nothing. Is there anything else that can help? Also I have Hashimoto's - is there a connection between the two?",
    focus: 'PBC',
    types: ['treatment', 'association'],
  },
  {
    // "does smoking make you more likely to get" = susceptibility; "does it run in families" = inheritance.
    message:
      "Does smoking make you more likely to get hidradenitis suppurativa? I'm 26 and just diagnosed and I smoke about 10 a day. My sister has it too, does it run in families?",
    focus: 'hidradenitis suppurativa',
    types: ['susceptibility', 'inheritance'],
  },
  {
    // "could this be erythromelalgia" = diagnosis; "what kind of doctor should I see" = find_specialist.
    message:
      'For about a year my feet burn and go bright red in the evening and in bed, the only thing that helps is putting them in cold water. Could this be erythromelalgia? What kind of doctor should I see, my GP has never heard of it.',
    focus: 'erythromelalgia',
    types: ['diagnosis', 'find_specialist'],
  },
];
