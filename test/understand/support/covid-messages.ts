/**
 * "covid" set. Messages about infections and vaccines for people with rare conditions: COVID, flu, whether
 * vaccines are safe with their condition or medicine, whether they are at higher risk, what to do when they
 * catch something, with other questions. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus
 * 0.950, type F1 0.738). Scored by covid.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --covid --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COVID_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether CVID puts her at higher risk of severe covid (another condition) -> complications; IVIG is story
  {
    message:
      'hi, I was diagnosed with CVID (common variable immune deficiency) last year and get IVIG every 4 weeks. am i more likely to get seriously ill with covid than other people?',
    focus: 'common variable immunodeficiency',
    types: ['complications'],
  },
  // why: the questions are about the flu shot: is it safe for him (precaution) -> contraindications; does it contain egg -> ingredients
  {
    message:
      'My son is 11, he has Duchenne and is on daily steroids, and he also has a bad egg allergy. Is the flu shot safe for him this year? Does it have egg in it?',
    focus: 'flu vaccine',
    types: ['contraindications', 'ingredients'],
  },
  // why: asks whether a named exposure (the flu jab) caused the GBS -> association
  {
    subject: 'GBS after flu jab?',
    message:
      "I got the flu jab at work on oct 3rd and by the end of the month I couldnt climb stairs, now I'm in rehab with guillan barre. Could the jab have caused it? nobody will give me a straight answer",
    focus: 'Guillain-Barré syndrome',
    types: ['association'],
  },
  // why: Tamiflu together with her seizure medicines -> interactions; focus is the medicine asked about
  {
    message:
      'my daughter is 6 w/ rett syndrome, on valproic acid + clobazam. dr prescribed tamiflu bc flu is going round her class. can she take it with her seizure meds??',
    focus: 'oseltamivir',
    types: ['interactions'],
  },
  // why: how to stop a metabolic crisis while she is sick = preventing attacks -> prevention
  {
    message:
      'Our 2-year-old has MCAD deficiency. She has a tummy bug since last night, she is throwing up and does not want to eat or drink. What can we do to stop her going into a metabolic crisis?',
    focus: 'medium-chain acyl-CoA dehydrogenase deficiency',
    types: ['prevention'],
  },
  // why: asks only what causes PANDAS in general; the strep throat is story, not a named exposure in the question
  {
    message:
      "My son is 8. In January he had strep throat and within two weeks he had tics, was scared to touch doorknobs and wouldnt sleep alone. Our pediatrician thinks it's PANDAS. I just don't get it - what actually causes this?",
    focus: 'PANDAS',
    types: ['cause'],
  },
  // why: how common it is nowadays -> frequency
  {
    message:
      'my mother in law freaks out if i give the kids aspirin when they have flu bc of reyes syndrome. how common is it actually nowadays??',
    focus: 'Reye syndrome',
    types: ['frequency'],
  },
  // why: whether flu brings on a myasthenic crisis = what brings on its attacks -> cause
  {
    message: 'I have myasthenia gravus (on mestinon). Can getting the flu bring on a myasthenic crisis?',
    focus: 'myasthenia gravis',
    types: ['cause'],
  },
  // why: looking for a doctor who knows CGD -> find_specialist
  {
    message:
      'Looking for a doctor who knows chronic granulomatous disease in the Chicago area. My nephew keeps getting abscesses and fungal pneumonia and our local hospital seems out of their depth.',
    focus: 'chronic granulomatous disease',
    types: ['find_specialist'],
  },
  // why: asks whether there are studies -> research; the family detail is story
  {
    message:
      "Are there any studies on whether the covid vaccines do anything at all for people with x linked agammaglobulinemia? my brother and I both have it, we can't make antibodies so I'm not sure what the point is.",
    focus: 'X-linked agammaglobulinemia',
    types: ['research'],
  },
  // why: whether a child with DiGeorge can have the live MMR = who should not take it -> contraindications; focus is the vaccine
  {
    message:
      'Can kids with DiGeorge get the MMR? Our son is 12 months and the nurse wasnt sure because it is a live vaccine. His T cells were low as a baby but they are better now.',
    focus: 'MMR vaccine',
    types: ['contraindications'],
  },
  // why: how much extra hydrocortisone and for how long -> drug_usage (dose); focus is the medicine
  {
    subject: 'CAH sick day dosing',
    message:
      "my son (7) has CAH, takes hydrocortisone 3 times a day. he's got a temp of 39 since this morning. how much extra do i give him and for how many days?",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: before or after the shots, and how much for 20 kg = timing and dose -> drug_usage
  {
    message:
      'dravet mom here. fevers set off his seizures so can I give Tylenol before his vaccines to stop a fever, or only after? He weighs 20 kg, how much do I give',
    focus: 'acetaminophen',
    types: ['drug_usage'],
  },
  // why: whether she can catch shingles from the grandson = can you catch it -> susceptibility
  {
    message:
      "I'm 68 and on methotrexate for my arthritis. My grandson has chickenpox right now and he's staying with us. Can I catch shingles from him?",
    focus: 'shingles',
    types: ['susceptibility'],
  },
  // why: whether two conditions are the same -> information
  {
    message: 'is long covid the same thing as chronic fatigue syndrome / ME? my friend says it is',
    focus: 'chronic fatigue syndrome',
    types: ['information'],
  },
  // why: higher risk of serious problems from flu -> complications; signs of a crisis -> symptoms
  {
    subject: 'Flu season and sickel cell',
    message:
      'Hello, my daughter is 5 with sickle cell disease (HbSS). Is she at higher risk of serious problems if she gets the flu? Also what signs of a crisis should I look out for when she is sick?',
    focus: 'sickle cell disease',
    types: ['complications', 'symptoms'],
  },
  // why: what the medicine does for lupus -> indication; stopping it for a few weeks -> drug_usage
  {
    message:
      "I've taken plaquenil for my lupus for 6 years. During covid the pharmacy couldnt get it in. What is it actually doing for my lupus? and is it ok to stop it for a couple of weeks until they restock?",
    focus: 'hydroxychloroquine',
    types: ['indication', 'drug_usage'],
  },
  // why: higher risk from covid -> complications; managing his breathing during a cold -> treatment
  {
    message:
      'our son is 4 with SMA type 2. does SMA put him at higher risk of getting very sick from covid? and how do we manage his breathing when he gets a cold, we have a cough assist but not sure how often to use it',
    focus: 'spinal muscular atrophy',
    types: ['complications', 'treatment'],
  },
  // why: will the booster work while on rituximab = medicine with another medicine -> interactions; delaying the infusion -> drug_usage (timing)
  {
    message:
      "I have NMO (neuromyelitis optica) and get rituximab every 6 months, last one in March. Will the covid booster even work while I'm on it? And if I catch covid can I delay my next infusion?",
    focus: 'rituximab',
    types: ['interactions', 'drug_usage'],
  },
  // why: how common -> frequency; will he walk again -> prognosis
  {
    message:
      'My dad (72) got Guillain Barre after a stomach bug, hes in ICU on a ventilator. How common is this? Will he ever walk again??',
    focus: 'Guillain-Barré syndrome',
    types: ['frequency', 'prognosis'],
  },
  // why: infections triggering attacks -> cause; a specialist in Ontario -> find_specialist
  {
    message:
      'Can a cold or other infection trigger HAE attacks? I seem to swell up every time I get sick. Also does anyone know an HAE specialist in Ontario, my GP has never heard of it.',
    focus: 'hereditary angioedema',
    types: ['cause', 'find_specialist'],
  },
  // why: more likely to catch or be very sick with covid because of CF -> complications; school in winter -> lifestyle
  {
    message:
      'My grandson is 10 and has cystic fibrosis. Is he more likely to catch covid or get very sick from it because of the CF? Is it safe for him to go to school in the winter when all the kids have bugs?',
    focus: 'cystic fibrosis',
    types: ['complications', 'lifestyle'],
  },
  // why: whether the named vaccine caused it -> association; whether his heart recovers -> prognosis; football is story
  {
    message:
      'my son 17 got myocarditis 3 days after his second pfizer shot. was it the vaccine that caused it?? will his heart go back to normal, he really wants to get back to football',
    focus: 'myocarditis',
    types: ['association', 'prognosis'],
  },
  // why: more likely to get meningitis on Soliris -> side_effects; whether to have it with a cold or fever = precaution -> contraindications
  {
    message:
      "I'm starting Soliris for PNH next week. Does it make you more likely to get meningitis? And can I still have my infusion if I have a cold or a fever?",
    focus: 'eculizumab',
    types: ['side_effects', 'contraindications'],
  },
  // why: whether frequent infections belong to 22q -> symptoms; whether it gets better with age -> prognosis
  {
    message:
      "My daughter has 22q11.2 deletion. She's had 6 ear infections and 2 pneumonias this year alone. Are frequent infections part of 22q? Does it get better as they get older?",
    focus: '22q11.2 deletion syndrome',
    types: ['symptoms', 'prognosis'],
  },
  // why: why infections bring on decompensation -> cause; how to stop it happening -> prevention
  {
    message:
      'My daughter has methylmalonic acidemia. Every time she gets a virus she ends up in hospital with high ammonia. Why do infections make her decompensate like this? Is there any way to stop it happening?',
    focus: 'methylmalonic acidemia',
    types: ['cause', 'prevention'],
  },
  // why: whether other kids can catch it -> susceptibility; whether it goes away with age -> prognosis
  {
    message:
      'im a daycare teacher, one of my little ones has PFAPA and the parents of other kids are upset every time he runs 40 fever. is PFAPA contagious? can the other kids get it from him? also does it go away when they get older',
    focus: 'PFAPA',
    types: ['susceptibility', 'prognosis'],
  },
  // why: what the disease is -> information; whether covid (a named exposure) caused it -> association
  {
    subject: 'kikuchi disease',
    message:
      'Hello. I am from Brazil, sorry for my english. The doctor say I have Kikuchi disease after biopsy of lymph node in my neck. What is this disease? I had covid one month before, can covid be the cause of it?',
    focus: 'Kikuchi-Fujimoto disease',
    types: ['information', 'association'],
  },
  // why: what the shot does -> indication; whether insurance pays -> other
  {
    message:
      'our baby was born at 29 weeks with a heart defect and the nicu says he needs synagis shots every month thru rsv season. what does it actually do? and will insurance pay for it, pharmacy quoted us over $2000 a shot',
    focus: 'palivizumab',
    types: ['indication', 'other'],
  },
  // why: will it go away -> prognosis; a POTS clinic in Texas -> find_specialist
  {
    message:
      "Got diagnosed with POTS 8 months after covid. Will this ever go away?? also anyone know a POTS clinic in texas that isn't booked out for a year",
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['prognosis', 'find_specialist'],
  },
  // why: what SCID is -> information; cure -> treatment; did we pass it on -> inheritance; should the sister be tested -> diagnosis
  {
    message:
      'Our son was born 3 weeks ago and the newborn screening came back positive for SCID. We have been told no visitors and to keep him away from anyone who is sick. What exactly is SCID? Can it be cured? Is it something we passed on to him? We also have a 3 year old daughter, should she be tested too?',
    focus: 'severe combined immunodeficiency',
    types: ['information', 'treatment', 'inheritance', 'diagnosis'],
  },
  // why: weakens immune system -> side_effects; dose up with covid -> drug_usage; nasal flu vaccine with it -> interactions
  {
    subject: 'prednisone and infections',
    message:
      'My son is 9 and has Duchenne, he takes prednisone every day. 1) does prednisone weaken his immune system? 2) if he catches covid does his dose need to go up? 3) can he have the nasal spray flu vaccine while he is on it?',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: more risk from covid -> complications; signs of adrenal crisis -> symptoms; stopping a crisis when ill -> prevention
  {
    message:
      "I have Addison's disease. Am I at more risk from covid than other people? What are the signs of an adrenal crisis I need to watch for? And how do I stop one happening if I do catch it?",
    focus: 'Addison disease',
    types: ['complications', 'symptoms', 'prevention'],
  },
  // why: two conditions; difference between them -> information; whether covid (named exposure) caused it -> association
  {
    message:
      'My husband was diagnosed with CIDP in march. At first the neurologist thought it was Guillain-Barré. whats the difference between the two? he had covid in january, could that have caused it?',
    focus: 'chronic inflammatory demyelinating polyneuropathy',
    types: ['information', 'association'],
  },
  // why: colds/flu bringing on hemolysis -> cause; signs to watch -> symptoms; did he get it from me -> inheritance
  {
    message:
      "my baby boy has G6PD deficiency, it was found on his newborn screen. can a cold or flu make his red blood cells break down? what signs should i watch for? did he get it from me? i've never been tested",
    focus: 'G6PD deficiency',
    types: ['cause', 'symptoms', 'inheritance'],
  },
  // why: what it does -> indication; fridge -> storage_disposal; flu-like symptoms from it -> side_effects; travel is story
  {
    message:
      'My son has CGD and his immunologist is starting him on Actimmune injections 3 times a week. What does it do exactly? Does it have to be kept in the fridge? we travel a lot. And will it give him flu-like symptoms, I read that somewhere',
    focus: 'interferon gamma-1b',
    types: ['indication', 'storage_disposal', 'side_effects'],
  },
  // why: no fever = whether a sign belongs to PWS -> symptoms; higher risk from covid -> complications; a PWS clinic -> find_specialist
  {
    message:
      'My son has Prader-Willi syndrome. When he had covid last month he never ran a fever even though he was really sick. Is it normal for people with PWS not to get fevers? Is he at higher risk from covid because of his weight and low muscle tone? And can you recommend a PWS clinic in the northeast?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'complications', 'find_specialist'],
  },
  // why: what causes it -> cause; which gene -> genetic_changes; next baby -> inheritance; chemo/transplant -> treatment
  {
    message:
      'my cousins baby (4 months) was diagnosed with HLH after a virus. what causes HLH? which gene is it? could their next baby have it too? and what is the treatment, they said chemo and a bone marrow transplant??',
    focus: 'hemophagocytic lymphohistiocytosis',
    types: ['cause', 'genetic_changes', 'inheritance', 'treatment'],
  },
  // why: whether a vaccine fever brings on episodes -> cause; preventing episodes -> prevention; research on mito and covid -> research
  {
    message:
      'My daughter (14) has MELAS. Her neurologist said fevers can set off stroke-like episodes. Can a fever from a vaccine do that too, or just infections? How do we prevent episodes when she gets sick? Is there any research on mito patients and covid?',
    focus: 'MELAS',
    types: ['cause', 'prevention', 'research'],
  },
  // why: two conditions; are they the same -> information; telling them apart -> diagnosis; full recovery -> prognosis
  {
    message:
      "Our daughter (6) had covid in December and now she's in hospital with fever, rash and red eyes. One doctor says Kawasaki disease, another says MIS-C. Are they the same thing? How do they tell which one it is? Will she recover fully?",
    focus: 'Kawasaki disease',
    types: ['information', 'diagnosis', 'prognosis'],
  },
];
