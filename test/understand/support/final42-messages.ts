/**
 * "final42" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, after the round's first end-of-round measurements, before its last changes (focus 0.975, type F1 0.932). Scored by
 * final42.test.ts and by `npx tsx test/understand/support/score-messages.ts --final42 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL42_MESSAGES: ConsumerMessage[] = [
  // why: only asks life expectancy -> prognosis; name misspelled in the message
  {
    message: 'whats the life expectancy for someone with fibrodysplasia ossificans progresiva',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['prognosis'],
  },
  // why: missed dose of a medicine -> drug_usage; Mestinon is pyridostigmine, MG is only background
  {
    subject: 'Mestinon question',
    message:
      'I forgot my 2pm dose of Mestinon, should I take it now or just wait for the 6pm one? I have myasthenia gravis since 3 years.',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: school, exams and arrangements are daily life -> lifestyle
  {
    message:
      'Hello, my daughter was diagnosed with Kleine-Levin syndrome at 15. She sleeps for 10 days at a time when she has an episode and misses weeks of class. Her school is asking me what they should do. Can she still sit her exams normally, and what kind of arrangements do other families make with the school?',
    focus: 'Kleine-Levin syndrome',
    types: ['lifestyle'],
  },
  // why: whether you can catch it -> susceptibility
  {
    message:
      'is alkaptonuria contagious?? my coworker has it and people at work are being weird about sharing cups with him',
    focus: 'alkaptonuria',
    types: ['susceptibility'],
  },
  // why: clinical trials -> research; "nothing helps" is story, not a question
  {
    message:
      "Are there any clinical trials for Dercum disease recruiting in the UK? I've had it 12 years, the lipomas are so painful and nothing helps.",
    focus: 'Dercum disease',
    types: ['research'],
  },
  // why: asks which gene, twice in other words -> genetic_changes once
  {
    message:
      'Which gene is behind Treacher Collins? The report for our son says "TCOF1 variant" - is that the usual gene for it?',
    focus: 'Treacher Collins syndrome',
    types: ['genetic_changes'],
  },
  // why: whether the prepared medicine goes in the fridge -> storage_disposal; Xyrem is sodium oxybate
  {
    message:
      'Once I have mixed my two Xyrem doses for the night do they need to go in the fridge? Sometimes I prepare them in the afternoon before work.',
    focus: 'sodium oxybate',
    types: ['storage_disposal'],
  },
  // why: asks for other ways to help breathing and feeding -> treatment
  {
    message:
      'My grandson was born with Pierre Robin sequence, he is 6 weeks old now. The doctors keep talking about surgery on his jaw. What other options are there to help him breathe and feed better? He is so tiny.',
    focus: 'Pierre Robin sequence',
    types: ['treatment'],
  },
  // why: "should I be tested" -> diagnosis; the cousin's death is background
  {
    message:
      "Should I get tested for Brugada syndrome? My cousin died suddenly in his sleep at 34 and the autopsy didn't find anything, but the cardiologist said it might have been Brugada.",
    focus: 'Brugada syndrome',
    types: ['diagnosis'],
  },
  // why: stopping the episodes from coming -> prevention
  {
    message:
      'my 9 yo has cyclic vomiting syndrome, every month she throws up for 2 days straight and we end up in the ER for fluids. is there anything we can do so the episodes stop happening',
    focus: 'cyclic vomiting syndrome',
    types: ['prevention'],
  },
  // why: breastfeeding precaution for a medicine -> contraindications; Sjogren is background
  {
    message:
      "Is it safe to take hydroxychloroquine while breastfeeding? I have Sjogren's and my baby is 2 months old, my rheumatologist wants me to restart it.",
    focus: 'hydroxychloroquine',
    types: ['contraindications'],
  },
  // why: what happens when left untreated -> complications; misspelled name
  {
    message:
      'if hereditary hemachromatosis is left untreated what happens?? my brother (41) was diagnosed last year with very high ferritin and refuses to go for the blood letting. i need something to convince him',
    focus: 'hereditary hemochromatosis',
    types: ['complications'],
  },
  // why: grapefruit and beer are both food/alcohol with the medicine -> interactions once
  {
    subject: 'colchicine + grapefruit?',
    message:
      "I take colchicine 1mg a day for familial mediterranean fever. Is it ok to eat grapefruit with it? And can I drink a beer or two at my cousin's wedding this weekend?",
    focus: 'colchicine',
    types: ['interactions'],
  },
  // why: a doctor who knows it and a support group are both find_specialist
  {
    message:
      'Where can I find a doctor who actually knows about Ehlers Danlos in Ohio?? My GP just says I am "flexible". Also is there any support group near Columbus',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  // why: whether mouth sores come from the medicine -> side_effects; LAM is background
  {
    message:
      'Does sirolimus cause mouth ulcers? I started it for LAM 3 weeks ago and now my mouth is full of sores',
    focus: 'sirolimus',
    types: ['side_effects'],
  },
  // why: will I get it from my mother -> inheritance; a test for the gene -> diagnosis
  {
    message:
      "My mother was diagnosed with Huntington's disease last year. I'm 28. Is it passed on to children, and is there a test that can tell me if I'll get it?",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: until what age he walks -> prognosis; medicine to stop it -> treatment
  {
    message:
      'Hello doctor, my son 4 years have diagnose with Duchenne muscular dystrophy. He will be able to walk until what age? And there is some medicine for stop this disease? Thank you very much from Brazil',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'treatment'],
  },
  // why: sports and swimming at school -> lifestyle; signs to watch for -> symptoms
  {
    message:
      "Hi, I'm a PE teacher at a middle school. One of my students (12) has just been diagnosed with long QT syndrome. Is it safe for him to join in sports, swimming especially? And what signs should I watch for that tell me he's having a problem during class?",
    focus: 'long QT syndrome',
    types: ['lifestyle', 'symptoms'],
  },
  // why: whether the stomach pain is from the medicine -> side_effects; time of day -> drug_usage
  {
    message:
      'My son (11) is on deferasirox for his thalassemia. Since he started it he has stomach pains and diarrhea almost every day, is this from the medicine? And what time of day is best to give it, morning or before bed?',
    focus: 'deferasirox',
    types: ['side_effects', 'drug_usage'],
  },
  // why: what she can eat, breast milk -> lifestyle (diet); normal intelligence -> prognosis
  {
    subject: 'PKU baby',
    message:
      'our newborn tested positive for PKU on the heel prick test. what can she eat?? can i still breastfeed her? and if we follow the diet will she have normal intelligence',
    focus: 'phenylketonuria',
    types: ['lifestyle', 'prognosis'],
  },
  // why: damage to the heart as she grows -> complications; what doctor -> find_specialist
  {
    message:
      'Our 3 year old was just diagnosed with Williams syndrome. Can it damage her heart as she grows up? And what kind of doctor should be following her?',
    focus: 'Williams syndrome',
    types: ['complications', 'find_specialist'],
  },
  // why: catching it by kissing -> susceptibility; what sets off flares -> cause
  {
    message:
      'my boyfriend has behcets. can i catch it from kissing him?? also what sets off his flares, he gets horrible mouth ulcers every few weeks',
    focus: 'Behcet disease',
    types: ['susceptibility', 'cause'],
  },
  // why: handling the baby day to day -> lifestyle; will he walk -> prognosis
  {
    message:
      'Our baby boy has osteogenesis imperfecta type 3. He already had 6 fractures and he is only 4 months. How are we supposed to pick him up, bathe him and change his diaper without breaking something? Will he ever be able to walk?',
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'prognosis'],
  },
  // why: what it is for / is it chemo -> indication; hair loss -> side_effects
  {
    message:
      'What is everolimus used for exactly? My doctor wants to start me on it for the kidney tumors from my tuberous sclerosis. Is it a chemo? Will I lose my hair?',
    focus: 'everolimus',
    types: ['indication', 'side_effects'],
  },
  // why: whether it is the same as autism -> information; whether the other kids should be tested -> diagnosis
  {
    message:
      "My nephew was just diagnosed with fragile X. Is fragile X syndrome the same thing as autism? And should my sister's other two kids be tested too?",
    focus: 'fragile X syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: how common -> frequency; hereditary -> inheritance
  {
    message:
      'How many people have Waldenstroms macroglobulinemia? My dad and his brother both have it now, is it hereditary?',
    focus: 'Waldenstrom macroglobulinemia',
    types: ['frequency', 'inheritance'],
  },
  // why: what causes it / did mum do something wrong is one cause question; will she talk again -> prognosis
  {
    message:
      'hi my gd has rett syndrome dx at 2. wat causes it? did her mum do sumthing wrong in pregnancy? will she talk again, she had a few words b4. thx',
    focus: 'Rett syndrome',
    types: ['cause', 'prognosis'],
  },
  // why: missed dose, double up -> drug_usage; with cholestyramine -> interactions
  {
    message:
      'I take Urso 250 three times a day for my PBC. If I miss a dose should I take double the next time? And can I take it at the same time as my cholestyramine powder?',
    focus: 'ursodiol',
    types: ['drug_usage', 'interactions'],
  },
  // why: lactose in the capsules -> ingredients; throwing away leftovers -> storage_disposal
  {
    message:
      'My son (10) has sickle cell and started hydroxyurea. Do the capsules contain lactose? He is very lactose intolerant. Also how do we throw away the leftover capsules, the pharmacist said not to touch them without gloves.',
    focus: 'hydroxyurea',
    types: ['ingredients', 'storage_disposal'],
  },
  // why: what it is / how it works -> indication; G6PD deficiency -> contraindications
  {
    message:
      'my dermatologist prescribed dapsone for dermatitis herpetiformis. what is it and how does it work for the skin? can i take it if i have G6PD deficiency',
    focus: 'dapsone',
    types: ['indication', 'contraindications'],
  },
  // why: will children have it -> inheritance; test now or later -> diagnosis; enzyme infusions -> treatment; center near Lyon -> find_specialist
  {
    subject: 'Fabry disease in our family',
    message:
      'Dear sir/madam, my husband (42) was diagnosed with Fabry disease after many years of burning pain in the hands and feet and now problems with his kidneys. We have two childrens, a son of 12 and a daughter of 9. Will they have the disease also? Should they be tested now or is it better to wait when they are older? We heard about the enzyme infusions, does it really work and is it for all the life? Finally, is there a centre specialised for Fabry near Lyon? Thank you for your help, we are very worried.',
    focus: 'Fabry disease',
    types: ['inheritance', 'diagnosis', 'treatment', 'find_specialist'],
  },
  // why: list of four: what it is, which gene, siblings' chance, diet
  {
    message:
      "1. what is wilson's disease\n2. what gene is it\n3. can my brothers have it too\n4. is there a special diet (no chocolate??)",
    focus: 'Wilson disease',
    types: ['information', 'genetic_changes', 'inheritance', 'lifestyle'],
  },
  // why: what triggers attacks -> cause; stopping attacks before surgery -> prevention; trials of new drugs -> research
  {
    message:
      "I have hereditary angioedema type 1. My swellings seem to come after dental work and when I'm stressed. What actually triggers the attacks? I have my wisdom teeth out next month, how can I stop an attack from happening because of it? And are there trials of any new drugs I could join?",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention', 'research'],
  },
  // why: link between two conditions -> association; hereditary -> inheritance; Addison is the one she has
  {
    message:
      "I have Addison's disease and my endocrinologist now wants to test me for celiac. Is there a link between celiac disease and Addison's? And is Addison's hereditary? My daughter is 14 and I worry about her.",
    focus: 'Addison disease',
    types: ['association', 'inheritance'],
  },
  // why: can it lead to another condition -> complications; decompression surgery -> treatment
  {
    message:
      'I was diagnosed with Chiari malformation type 1 after years of headaches when I cough. Can it lead to syringomyelia? Do I need the decompression surgery or can I wait?',
    focus: 'Chiari malformation',
    types: ['complications', 'treatment'],
  },
  // why: other signs / jaw cysts part of it -> symptoms; doctor who specializes -> find_specialist; working outdoors -> lifestyle
  {
    subject: 'Gorlin syndrome',
    message:
      "Hi, I'm 35 and have had over 50 basal cell carcinomas removed, and my dermatologist finally said it's Gorlin syndrome. My GP had never heard of it. What are the other signs of it? I also had cysts in my jaw as a teenager, is that part of it? Is there a doctor who specialises in Gorlin? And can I keep working outdoors, I'm a landscaper.",
    focus: 'Gorlin syndrome',
    types: ['symptoms', 'find_specialist', 'lifestyle'],
  },
  // why: life expectancy -> prognosis; gene therapy -> treatment; paying for it -> other
  {
    message:
      'my niece has SMA type 1, she is 5 months old. what is the life expectancy? is there treatment, my sister heard about a gene therapy that costs millions. how do families even pay for that',
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'treatment', 'other'],
  },
  // why: heart involvement -> complications; what causes it in general -> cause; the named mold exposure as its cause -> association
  {
    subject: 'sarcoidosis and the heart',
    message:
      'My sister was diagnosed with lung sarcoidosis 2 years ago and now she gets palpitations. Can sarcoidosis affect the heart? What causes sarcoidosis in the first place? And separately, could the moldy warehouse she worked in for 10 years have given it to her?',
    focus: 'sarcoidosis',
    types: ['complications', 'cause', 'association'],
  },
  // why: difference from Gilbert -> information; test to tell them apart -> diagnosis; liver transplant -> treatment
  {
    message:
      'Our newborn daughter has very high bilirubin and the doctors mentioned Crigler-Najjar syndrome. How is it different from Gilbert syndrome, which my husband has? Is there a test to tell which one she has? Will she need a liver transplant?',
    focus: 'Crigler-Najjar syndrome',
    types: ['information', 'diagnosis', 'treatment'],
  },
  // why: chance I have it -> inheritance; preventing strokes -> prevention; is migraine a symptom -> symptoms
  {
    message:
      'My father was diagnosed with CADASIL after several strokes at 50. I am 24. What are the chances I have it too? If I do, is there anything I can do to prevent strokes? And is migraine one of the symptoms, because I get them a lot.',
    focus: 'CADASIL',
    types: ['inheritance', 'prevention', 'symptoms'],
  },
];
