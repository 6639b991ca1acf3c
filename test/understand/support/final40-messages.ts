/**
 * "final40" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, after the third change of its round (focus 0.975, type F1 0.936). Scored by
 * final40.test.ts and by `npx tsx test/understand/support/score-messages.ts --final40 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL40_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the condition is -> information
  {
    message: 'what is erdheim chester disease?? never heard of it before today and now my uncle has it',
    focus: 'Erdheim-Chester disease',
    types: ['information'],
  },
  // why: drinking wine on the medicine is alcohol with a drug -> interactions; Xyrem is sodium oxybate
  {
    subject: 'xyrem and wine',
    message:
      'My neurologist started me on Xyrem for my narcolepsy. Is one glass of wine with dinner really that bad? I take the first dose at 11pm.',
    focus: 'sodium oxybate',
    types: ['interactions'],
  },
  // why: asks only how common it is -> frequency
  {
    message:
      'How common is alkaptonuria? The urologist said my husband is the first case he has seen in 30 years of practice.',
    focus: 'alkaptonuria',
    types: ['frequency'],
  },
  // why: asks only about trials -> research
  {
    message: 'are there any clinical trials for stiff person syndrome recruiting in canada',
    focus: 'stiff person syndrome',
    types: ['research'],
  },
  // why: walking and talking later in life is the outlook -> prognosis (one question)
  {
    message:
      'My granddaughter was diagnosed with cri du chat last week. She is 14 months old. Will she ever walk and talk? Nobody will give us a straight answer.',
    focus: 'Cri du chat syndrome',
    types: ['prognosis'],
  },
  // why: asks whether another therapy than the operation exists -> treatment
  {
    message:
      'hello, my son 16 years have hereditary spherocytosis. the doctor say maybe remove the spleen. is it other treatment possible or only the operation? thank you',
    focus: 'hereditary spherocytosis',
    types: ['treatment'],
  },
  // why: fridge question about a medicine -> storage_disposal
  {
    message:
      "Does hydroxyurea need to be kept in the fridge? We're going camping for a week and my daughter takes it every day.",
    focus: 'hydroxyurea',
    types: ['storage_disposal'],
  },
  // why: food at school is daily life -> lifestyle
  {
    message:
      "I'm a second grade teacher and a boy with Prader-Willi syndrome is joining my class after the break. How should we handle food at school - snacks, class birthday parties, the lunchroom? I want to get this right for him.",
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle'],
  },
  // why: whether her signs could be the condition -> diagnosis only
  {
    message:
      'could my daughters symptoms be ehlers danlos? shes 13, super bendy joints, dislocated her shoulder twice this year, bruises really easy and her skin is soft and stretchy. pediatrician says shes just flexible',
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis'],
  },
  // why: asks only which gene -> genetic_changes
  {
    message: 'which gene causes Alport syndrome',
    focus: 'Alport syndrome',
    types: ['genetic_changes'],
  },
  // why: whether she can catch it from the coworker -> susceptibility
  {
    message:
      'Is Guillain Barre contagious? A coworker of mine has it and I am 5 months pregnant, I sit right next to his desk.',
    focus: 'Guillain-Barre syndrome',
    types: ['susceptibility'],
  },
  // why: missed dose of the medicine -> drug_usage; focus is the medicine, not FMF
  {
    subject: 'Colchicine - forgot my dose',
    message:
      'I take colchicine twice a day for FMF and forgot my morning tablet. Should I take two tonight or just skip it?',
    focus: 'colchicine',
    types: ['drug_usage'],
  },
  // why: asks where to find a doctor who knows it -> find_specialist
  {
    message:
      'where can i find a doctor in the UK who actually knows about moyamoya. we have been to 4 neurologists and none of them had seen it before',
    focus: 'moyamoya disease',
    types: ['find_specialist'],
  },
  // why: whether the tablet contains lactose -> ingredients
  {
    message:
      'does prednisone have lactose in it? im really lactose intolerant and just got put on it for a sarcoidosis flare',
    focus: 'prednisone',
    types: ['ingredients'],
  },
  // why: breastfeeding while on a medicine -> contraindications; focus is the medicine, not lupus
  {
    message:
      "Is it safe to take hydroxychloroquine while breastfeeding? I have lupus and my baby is 6 weeks old. My rheumatologist said yes but my pediatrician wasn't sure.",
    focus: 'hydroxychloroquine',
    types: ['contraindications'],
  },
  // why: asks its signs and how it is tested; the story is background -> symptoms, diagnosis
  {
    message:
      'fabry disease symptoms?? and how do they test for it. my cousin just got diagnosed and ive had burning pain in my hands and feet since i was a kid',
    focus: 'Fabry disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: chance a child of an affected parent has it -> inheritance; should I get tested -> diagnosis
  {
    message:
      "My mother has Huntington's disease. I'm 24. What are the chances I have it too, and should I get tested? I honestly don't know if I want to know.",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: foods to avoid is diet -> lifestyle; whether the liver recovers -> prognosis
  {
    message:
      'My brother (19) was diagnosed with Wilson disease after his liver started failing. Is it true he can never eat chocolate or shellfish again for the rest of his life? And will his liver get better now that he is on treatment?',
    focus: 'Wilson disease',
    types: ['lifestyle', 'prognosis'],
  },
  // why: what the drug does -> indication; whether it can hurt the liver -> side_effects
  {
    message:
      'My nephrologist wants to start me on tolvaptan for my polycystic kidneys. What does it actually do? I read online that it can damage the liver, is that true?',
    focus: 'tolvaptan',
    types: ['indication', 'side_effects'],
  },
  // why: whether cramps come from the medicine -> side_effects; when to take it -> drug_usage
  {
    subject: 'Mestinon question',
    message:
      "I've had myasthenia gravis for 3 years. Since starting pyridostigmine I get terrible stomach cramps and diarrhea. Is that from the medicine? And should I be taking it at a different time of day?",
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage'],
  },
  // why: hidden heart damage is a complication; playing football is daily life -> complications, lifestyle
  {
    message:
      'our son had kawasaki disease when he was 3, hes 10 now and doing great. could it have damaged his heart without us knowing? and is it ok for him to play tackle football',
    focus: 'Kawasaki disease',
    types: ['complications', 'lifestyle'],
  },
  // why: turning into cancer -> complications; getting worse with age -> prognosis
  {
    message:
      'My 6 yr old has NF1, lots of cafe au lait spots and 2 small bumps. Can the neurofibromas turn into cancer? Will it get worse as she gets older?',
    focus: 'neurofibromatosis type 1',
    types: ['complications', 'prognosis'],
  },
  // why: what brings on attacks -> cause; avoiding attacks -> prevention
  {
    message:
      "What brings on attacks of acute intermittent porphyria and how can I avoid them? I've had my 3rd attack this year and ended up in hospital every time.",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: how rare, asked twice -> frequency once; cure -> treatment
  {
    message:
      'is narcolepsy a rare disease? like how many ppl actually have it. also is there a cure or is it meds forever',
    focus: 'narcolepsy',
    types: ['frequency', 'treatment'],
  },
  // why: stopping the nosebleeds -> treatment; research on new treatments -> research
  {
    subject: 'HHT nosebleeds',
    message:
      'My husband has hereditary hemorrhagic telangiectasia and gets nosebleeds almost every day, some last over an hour. What can be done to stop them? Is there any research going on for new treatments?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['treatment', 'research'],
  },
  // why: higher risk of other cancers -> complications; how often to screen -> diagnosis
  {
    message:
      'I was told I have Lynch syndrome after my colon cancer surgery. Which other cancers am I at risk for now? And how often should I have a colonoscopy?',
    focus: 'Lynch syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: exercise is daily life -> lifestyle; braces and shoes manage it -> treatment
  {
    message:
      'Hello doctor, my wife has Charcot Marie Tooth disease type 1A. Is exercise good for her or it makes the weakness more worst? Also she want to know if exist special shoes or brace for the feet drop. Thank you very much from Portugal.',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['lifestyle', 'treatment'],
  },
  // why: alcohol with the medicine -> interactions; whether dizziness comes from it -> side_effects
  {
    message:
      'cn i drink on carbamazapine?? take it for trigeminal neuralgia. also it makes me so dizzy is that normal',
    focus: 'carbamazepine',
    types: ['interactions', 'side_effects'],
  },
  // why: chance the next baby has it -> inheritance; testing in pregnancy -> diagnosis
  {
    message:
      'Our first son died of Tay-Sachs when he was 3. We are now expecting again. What is the chance this baby has it too, and can it be tested during the pregnancy?',
    focus: 'Tay-Sachs disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: whether two conditions are the same -> information; any treatment -> treatment
  {
    message:
      'Is FOP the same thing as myositis ossificans? And is there any treatment for it now? My friend was diagnosed with FOP at 12.',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information', 'treatment'],
  },
  // why: could it be -> diagnosis; which gene -> genetic_changes; losing more skills -> prognosis; help for her hands -> treatment
  {
    message:
      'Our daughter is 2. She was developing normally until about 15 months, then she stopped talking, stopped using her hands to play and now she just wrings and claps them all day. She also holds her breath a lot. Our pediatrician mentioned Rett syndrome and we are waiting for the neurology appointment which is 4 months away. Could this be Rett? If it is, what gene is it? Will she keep losing skills? And is there anything that can help with her hands? We are desperate for any information.',
    focus: 'Rett syndrome',
    types: ['diagnosis', 'genetic_changes', 'prognosis', 'treatment'],
  },
  // why: pregnancy on the drug -> contraindications; missed infusion -> drug_usage; meningitis risk from the drug -> side_effects
  {
    subject: 'Soliris questions',
    message:
      'I have PNH and get Soliris (eculizumab) every 2 weeks. 1. Can I get pregnant while on it? 2. What happens if I miss an infusion because of travel? 3. Does it really raise my risk of meningitis?',
    focus: 'eculizumab',
    types: ['contraindications', 'drug_usage', 'side_effects'],
  },
  // why: difference between Becker and Duchenne -> information; how long people live -> prognosis; two conditions, Becker is the main one
  {
    message:
      'whats the difference between becker and duchenne muscular dystrophy? my nephew was just diagnosed with becker. how long do people with becker usually live',
    focus: 'Becker muscular dystrophy',
    types: ['information', 'prognosis'],
  },
  // why: basketball -> lifestyle; heart surgery -> treatment; passing it on to kids -> inheritance
  {
    subject: 'just diagnosed w marfan',
    message:
      'hi im 17 and just found out i have marfan syndrome. i have some questions 1) can i still play basketball, its my whole life 2) will i need heart surgery 3) if i have kids will they get it',
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'treatment', 'inheritance'],
  },
  // why: how the drug works -> indication; weight loss and diarrhea from the pills -> side_effects; avoiding milk and sugar with it -> interactions
  {
    message:
      'My father has Gaucher disease type 1 and just switched from the infusions to miglustat capsules. How does miglustat work? Since he started he has lost weight and has diarrhea, is that from the pills? Someone in a forum said he should avoid milk and sugar while taking it, is that right?',
    focus: 'miglustat',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: liver as well as lungs -> complications; should my kids be tested -> diagnosis; support group -> find_specialist
  {
    message:
      'I was diagnosed with alpha-1 antitrypsin deficiency (ZZ) at 45 after years of being told it was asthma. Does it affect the liver as well as the lungs? Should my two kids be tested? And is there a support group anywhere near Columbus Ohio?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['complications', 'diagnosis', 'find_specialist'],
  },
  // why: a link between two conditions -> association; help for the weakness -> treatment; names LEMS and lung cancer
  {
    message:
      'Is there a link between Lambert-Eaton syndrome and lung cancer? My dad was diagnosed with LEMS last month, he smoked for 40 years. And what treatment is there for the weakness, he can barely climb the stairs.',
    focus: 'Lambert-Eaton myasthenic syndrome',
    types: ['association', 'treatment'],
  },
  // why: what to do in an attack -> treatment; estrogen bringing on attacks -> cause; preventing attacks -> prevention
  {
    message:
      'My girlfriend has hereditary angioedema. Last week her throat swelled up and we ended up in the ER for 8 hours. What should we do if it happens again before we get to hospital? She also wants to start the pill - can the estrogen bring on attacks? Is there anything she can take to stop the attacks from happening in the first place?',
    focus: 'hereditary angioedema',
    types: ['treatment', 'cause', 'prevention'],
  },
  // why: side effects of the drug -> side_effects; does it help seizures (what it is for) -> indication; how long to take it -> drug_usage
  {
    message:
      'Good day. My son 8 years have tuberous sclerosis complex and epilepsy very difficult. Doctor propose everolimus. What is the side effects of everolimus? It help for the seizures? How long he must take it, all the life?',
    focus: 'everolimus',
    types: ['side_effects', 'indication', 'drug_usage'],
  },
  // why: growing out of fractures -> prognosis; infusions or something else -> treatment; insurance -> other
  {
    message:
      'My grandson has OI type 1 and has had 7 fractures and he is only 5. My daughter was told he will have fewer breaks after puberty, is that true? Are the infusions he gets every 3 months the best treatment or is there something else? And will insurance keep paying for them, they keep sending denial letters.',
    focus: 'osteogenesis imperfecta',
    types: ['prognosis', 'treatment', 'other'],
  },
];
