/**
 * "final10" set: a final, mixed set of 40 messages in every style people write in (short and long, careful
 * and messy, lower case, run-together questions, a question only in the subject line, follow-ups, English as
 * a second language), from parents, patients, relatives, friends, teenagers and professionals; about a fifth
 * are about medicines. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. Scored once, early in the round that wrote it, and never tuned on:
 * focus 1.000, type F1 0.786 (see BENCHMARKS.md). Scored by final10.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final10 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL10_MESSAGES: ConsumerMessage[] = [
  {
    // "can i still do gymnastics" -> lifestyle (sport); "will it get worse when im older" -> prognosis (course)
    message:
      'im 16 and just got told i have hypermobile ehlers-danlos syndrome my knees pop out all the time can i still do gymnastics and will it get worse when im older',
    focus: 'ehlers-danlos syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Is this from the metformin?" -> side_effects (problem from the medicine);
    // "Should I take it with food or before meals?" -> drug_usage (timing). Type 2 diabetes is only story.
    message:
      'I started metformin 500 mg two weeks ago for type 2 diabetes and I have had diarrhea almost every day since. Is this from the metformin? Should I take it with food or before meals?',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Are there other treatment options, like pills?" -> treatment; "Will our insurance cover the infusions?"
    // -> other (insurance); "what is the chance that he or she would also have Gaucher?" -> inheritance (next baby)
    message:
      'Our daughter (4) was diagnosed with Gaucher disease type 1 last month after her spleen was found to be very large. The hematologist mentioned enzyme replacement infusions every two weeks. Are there other treatment options, like pills? Will our insurance cover the infusions? We are also thinking about having another child - what is the chance that he or she would also have Gaucher? Thank you so much.',
    focus: 'Gaucher disease',
    types: ['treatment', 'other', 'inheritance'],
  },
  {
    // question only in the subject: "how do we prevent the crises?" -> prevention; the body is story and thanks
    subject: 'sickle cell disease - how do we prevent the crises?',
    message: 'My son is 9 and he had 3 hospital stays this year, mostly in the winter. Thanks.',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  {
    // "Is this medicine existing and can he get it?" -> treatment (an available medicine);
    // "how long people with this disease are living now?" -> prognosis (life expectancy)
    message:
      'Hello, my nephew have cystic fibrosis, he is 12 years. Doctor in our country say there is new medicine for the gene, I dont remember the name. Is this medicine existing and can he get it? Also how long people with this disease are living now? Thank you from Romania',
    focus: 'cystic fibrosis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "could the lisinopril be causing it" -> side_effects; "is it ok to take ibuprofen ... with it" -> interactions
    // (both about lisinopril)
    message:
      'dry cough for 2 months now, started lisinopril in march. could the lisinopril be causing it? and is it ok to take ibuprofen for my back with it',
    focus: 'lisinopril',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Should I get tested, and what does the test involve?" -> diagnosis (one question);
    // "What are the chances I have it?" -> inheritance (relative of an affected parent);
    // "is there a support group near Leeds" -> find_specialist
    message:
      'My father was diagnosed with Huntington disease at 52. I am 27. Should I get tested, and what does the test involve? What are the chances I have it? My sister also wants to know if there is a support group near Leeds.',
    focus: 'Huntington disease',
    types: ['diagnosis', 'inheritance', 'find_specialist'],
  },
  {
    // two conditions, only Hashimoto's asked about. "What is Hashimoto's thyroiditis exactly" -> information;
    // "is there something I should eat or avoid, like gluten?" -> lifestyle (diet)
    message:
      "I've had type 1 diabetes since childhood and now my endocrinologist says I also have Hashimoto's thyroiditis. What is Hashimoto's thyroiditis exactly, and is there something I should eat or avoid, like gluten?",
    focus: "Hashimoto's thyroiditis",
    types: ['information', 'lifestyle'],
  },
  {
    // professional for a pupil. "What adjustments are recommended for PE and school trips?" -> lifestyle (school);
    // "what complications, e.g. heart or breathing, should staff be aware of?" -> complications
    message:
      'I am a school nurse. One of our pupils (7) has Duchenne muscular dystrophy. What adjustments are recommended for PE and school trips? And what complications, e.g. heart or breathing problems, should staff be aware of?',
    focus: 'Duchenne muscular dystrophy',
    types: ['lifestyle', 'complications'],
  },
  {
    // follow-up. "Will she ever be able to sit or walk?" -> prognosis; "Are there any clinical trials ..." -> research
    subject: 'Re: your answer about SMA',
    message:
      'Thank you for your reply about spinal muscular atrophy last week. One more thing: our baby has type 1 and just had the gene therapy. Will she ever be able to sit or walk? Are there any clinical trials we could join that combine treatments?',
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'research'],
  },
  {
    // "does stress or fatty food bring on the attacks" -> cause (what brings on attacks);
    // "what happens if it is not treated properly" -> complications (untreated). Colchicine is only story.
    subject: 'Re: attacks',
    message:
      'my husband is from turkey and has FMF, fever and belly pain attacks every month. does stress or fatty food bring on the attacks? he takes colchicine but sometimes forgets for days, what happens if it is not treated properly',
    focus: 'FMF',
    types: ['cause', 'complications'],
  },
  {
    // "Should the rest of us be tested?" -> diagnosis (should I be tested);
    // "How common is it in people of Irish descent?" -> frequency
    message:
      'My brother was just diagnosed with hereditary hemochromatosis. Should the rest of us be tested? How common is it in people of Irish descent?',
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis', 'frequency'],
  },
  {
    // "Can I just stop it or do I need to taper?" -> drug_usage (stopping);
    // "is it ok to drink a couple of glasses of wine" -> interactions (alcohol)
    message:
      "I've been on sertraline 50 mg for 8 months and feel much better. Can I just stop it or do I need to taper? Also is it ok to drink a couple of glasses of wine at a wedding next weekend?",
    focus: 'sertraline',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Could this be Tourette syndrome?" -> diagnosis; "Does it usually go away in the teenage years?" -> prognosis
    message:
      'My son is 8 and over the last months he started blinking a lot and making little throat noises. Could this be Tourette syndrome? Does it usually go away in the teenage years?',
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // grandparent. "What kind of diet should she be on?" -> lifestyle (diet);
    // "Is growth hormone treatment worth it?" -> treatment; "Is there an organization for grandparents?" -> find_specialist
    message:
      'My granddaughter has Prader-Willi syndrome. She is hungry all the time and even takes food out of the bins. What kind of diet should she be on? Her parents were offered growth hormone - is growth hormone treatment worth it? And is there an organization for grandparents like me?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'treatment', 'find_specialist'],
  },
  {
    // "Can celiac disease lead to other problems like lymphoma?" -> complications;
    // "is she at risk, does it run in families?" -> inheritance (one question, asked twice; family risk)
    message:
      "Diagnosed with celiac disease last year, still get stomach pain even though I'm strict gluten free. Can celiac disease lead to other problems like lymphoma? also my 5 yo daughter - is she at risk, does it run in families?",
    focus: 'celiac disease',
    types: ['complications', 'inheritance'],
  },
  {
    // "is spinach a problem?" -> interactions (food); "she missed her dose yesterday what should she do" -> drug_usage
    message:
      'my mum is 81 and on warfarin after a clot in her leg. she loves green vegetables is spinach a problem? she missed her dose yesterday what should she do today',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Is narcolepsy hereditary?" (subject) and "will my kids have it" -> inheritance (one question);
    // "can I drive with it" -> lifestyle (daily life)
    subject: 'Is narcolepsy hereditary?',
    message:
      'I was diagnosed at 19 with narcolepsy with cataplexy and I want to know if my future kids will have it. also can I drive with it',
    focus: 'narcolepsy',
    types: ['inheritance', 'lifestyle'],
  },
  {
    // "What is myasthenia gravis?" -> information; "Does it also cause trouble swallowing?" -> symptoms;
    // "Can it be cured?" -> treatment
    message:
      'What is myasthenia gravis? My aunt (63) was just diagnosed after her eyelids started drooping. Does it also cause trouble swallowing? Can it be cured?',
    focus: 'myasthenia gravis',
    types: ['information', 'symptoms', 'treatment'],
  },
  {
    // "Is it contagious?" -> susceptibility; "Can it damage his heart?" -> complications
    message:
      'Our 2 year old is in hospital with Kawasaki disease and is getting IVIG. Is it contagious? his baby sister was with him all week. Can it damage his heart?',
    focus: 'Kawasaki disease',
    types: ['susceptibility', 'complications'],
  },
  {
    // "Is there a link between psoriasis and arthritis?" -> association;
    // "What treatments work for both skin and joints?" -> treatment
    message:
      'I have had psoriasis for 15 years and now the joints in my fingers are swollen. Is there a link between psoriasis and arthritis? What treatments work for both the skin and the joints?',
    focus: 'psoriasis',
    types: ['association', 'treatment'],
  },
  {
    // "does coffee really affect it?" -> interactions (food/drink); "can i take it at night instead" -> drug_usage;
    // "does my brand have lactose in it" -> ingredients
    subject: 'levothyroxine timing',
    message:
      "i take my levothyroxine with my morning coffee, my doctor says that's wrong. does coffee really affect it? and can i take it at night instead. oh and does my brand have lactose in it, im lactose intolerant",
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage', 'ingredients'],
  },
  {
    // "What should I know about travelling with it?" -> lifestyle (travel);
    // "will the baby get it?" -> inheritance (chance a child has it)
    message:
      'I have Addison disease and I am going trekking in Nepal in October. What should I know about travelling with it at high altitude? Also my partner and I are planning a pregnancy, will the baby get it?',
    focus: 'Addison disease',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "what test confirms it?" -> diagnosis; "which gene is it?" -> genetic_changes;
    // "do the lumps turn into cancer?" -> complications (turning into another condition)
    message:
      "our daughter has lots of cafe au lait spots and the pediatrician thinks it's NF1. what test confirms it? which gene is it? my husband has some lumps on his skin too, do the lumps turn into cancer?",
    focus: 'NF1',
    types: ['diagnosis', 'genetic_changes', 'complications'],
  },
  {
    // friend asking. "how rare is tuberous sclerosis" -> frequency; "what are the signs in babies" -> symptoms
    message:
      "how rare is tuberous sclerosis? and what are the signs in babies, my friend's baby has seizures and some white patches on his skin and the doctors mentioned it",
    focus: 'tuberous sclerosis',
    types: ['frequency', 'symptoms'],
  },
  {
    // "Could the lamotrigine have caused it?" -> association (named exposure asked as its cause);
    // "Will her eyes recover?" -> prognosis (recovery)
    message:
      'My wife developed Stevens-Johnson syndrome two weeks after starting lamotrigine for epilepsy. She is still in the burns unit. Could the lamotrigine have caused it? Will her eyes recover?',
    focus: 'Stevens-Johnson syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // non-native. "Is dangerous for me and the baby?" -> complications (problems it can lead to in pregnancy);
    // "can I go to the beach?" -> lifestyle (daily life)
    message:
      'Good day. I am woman 29 years from Brazil, I have lupus since 3 years. I want be pregnant. Is dangerous for me and the baby? Also the sun, can I go to the beach with my family or I must stay inside?',
    focus: 'lupus',
    types: ['complications', 'lifestyle'],
  },
  {
    // "we left it out overnight is it still ok?" -> storage_disposal;
    // "is that an allergy to amoxicillin?" -> side_effects (problem from the medicine)
    message:
      'My 3 year old is on amoxicillin for an ear infection. The bottle says keep in the fridge and we left it out overnight, is it still ok? And he got a rash on day 5, is that an allergy to amoxicillin?',
    focus: 'amoxicillin',
    types: ['storage_disposal', 'side_effects'],
  },
  {
    // "What diet do I need to follow during pregnancy?" -> lifestyle (diet);
    // "What happens to the baby if my phe levels are high?" -> complications (when not controlled)
    message:
      'We are expecting our first baby and I have classic PKU. I went off diet as a teenager. What diet do I need to follow during pregnancy? What happens to the baby if my phe levels are high?',
    focus: 'PKU',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Is there a link between the flu vaccine and Guillain-Barre?" -> association;
    // "what are the chances it comes back?" -> prognosis (course, recurrence)
    message:
      'I had Guillain-Barre syndrome in 2019 after a stomach bug and I recovered mostly. Is there a link between the flu vaccine and Guillain-Barre? And what are the chances it comes back?',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "Is ibuprofen safe while breastfeeding?" -> contraindications; "how many can I take in a day" -> drug_usage
    message: 'is ibuprofen safe while breastfeeding? baby is 6 weeks. and how many can I take in a day',
    focus: 'ibuprofen',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "What triggers the attacks" -> cause; "how can I stop them happening again?" -> prevention (attacks);
    // "Is there a specialist center in the US?" -> find_specialist
    message:
      'I was diagnosed with acute intermittent porphyria after a severe attack that put me in ICU for a week. What triggers the attacks and how can I stop them happening again? Is there a specialist center in the US that knows this disease?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention', 'find_specialist'],
  },
  {
    // professional. "Which exercises are safe for her?" -> lifestyle (exercise);
    // "Are bisphosphonates still the standard treatment?" -> treatment
    message:
      "I'm a physiotherapist treating a 10-year-old girl with osteogenesis imperfecta type III. Which exercises are safe for her? Are bisphosphonates still the standard treatment for children?",
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "is this raynaud phenomenon?" -> diagnosis (could this be X);
    // "does it mean i will get something worse later?" -> complications (turning into another condition)
    subject: 'white fingers',
    message:
      'my fingers go white then blue when its cold, i work in a cold warehouse. is this raynaud phenomenon? does it mean i will get something worse later',
    focus: 'raynaud phenomenon',
    types: ['diagnosis', 'complications'],
  },
  {
    // "is that the prednisone?" -> side_effects; "can he take it in the morning instead" -> drug_usage (timing).
    // Polymyalgia rheumatica is named but not asked about.
    message:
      'my dad is on prednisone 40mg for polymyalgia rheumatica. he cant sleep and is hungry all the time. is that the prednisone? can he take it in the morning instead of the evening to help him sleep?',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "how is it diagnosed?" -> diagnosis; "am I more at risk because of my Turkish background?" -> susceptibility
    message:
      "I get mouth ulcers all the time and now genital sores and a red painful eye. my GP mentioned Behcet's disease. how is it diagnosed? am I more at risk because of my Turkish background?",
    focus: "Behcet's disease",
    types: ['diagnosis', 'susceptibility'],
  },
  {
    // "What is Rett syndrome" -> information; "which gene causes it?" -> genetic_changes
    message:
      "What is Rett syndrome and which gene causes it? My cousin's daughter lost her hand skills at 18 months and they are waiting for results.",
    focus: 'Rett syndrome',
    types: ['information', 'genetic_changes'],
  },
  {
    // "does endometriosis cause infertility?" -> complications; "how is it diagnosed without surgery?" -> diagnosis;
    // "is surgery the best treatment or hormones" -> treatment
    message:
      'does endometriosis cause infertility? ive been trying for 2 years. how is it diagnosed without surgery? and is surgery the best treatment or hormones',
    focus: 'endometriosis',
    types: ['complications', 'diagnosis', 'treatment'],
  },
  {
    // "How common is gout in women?" -> frequency; "What can she do to prevent another attack?" -> prevention;
    // "what can she take for the pain when it flares?" -> treatment
    subject: 'gout in women',
    message:
      'How common is gout in women? My mum is 60 and has had it in her big toe twice. What can she do to prevent another attack, and what can she take for the pain when it flares?',
    focus: 'gout',
    types: ['frequency', 'prevention', 'treatment'],
  },
  {
    // "What is methotrexate actually doing for RA?" -> indication (how it works);
    // "Can I have a glass of wine?" -> interactions (alcohol); "when do I need to stop it?" (before pregnancy) -> contraindications
    message:
      'I have just started methotrexate for rheumatoid arthritis. What is methotrexate actually doing for RA? I thought it was a cancer drug. Can I have a glass of wine on the weekend? We want to try for a baby next year, when do I need to stop it?',
    focus: 'methotrexate',
    types: ['indication', 'interactions', 'contraindications'],
  },
];
