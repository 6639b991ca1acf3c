/**
 * "statements" set. Messages that ask without a question mark: statements and requests ("I would like to know
 * how it is treated", "Looking for a specialist", "Wondering if it is hereditary"), in every style. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.950, type F1 0.824). Scored by
 * statements.test.ts and by `npx tsx test/understand/support/score-messages.ts --statements --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const STATEMENTS_MESSAGES: ConsumerMessage[] = [
  // ---- one question ----

  // why: only asks for a doctor who knows the condition -> find_specialist
  {
    subject: 'Marfan',
    message:
      "Looking for a doctor in the Houston area who actually knows Marfan syndrome. my daughter is 14 and her pediatrician is out of her depth, she just keeps saying 'we'll watch it'",
    focus: 'Marfan syndrome',
    types: ['find_specialist'],
  },
  // why: asks only for the outlook -> prognosis
  {
    message: 'need info on prognosis for niemann pick type c. grandson dx last week, he is 6',
    focus: 'Niemann-Pick disease type C',
    types: ['prognosis'],
  },
  // why: passed down / risk to own kids is one inheritance question
  {
    message:
      'wondering if HHT gets passed down. my brother has it, the nosebleeds are terrible, and I have two kids of my own',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['inheritance'],
  },
  // why: "whatever you have on X" is an overview request -> information
  {
    message:
      'Please send me whatever you have on Erdheim-Chester disease. My husband was just diagnosed and nobody we know, including our GP, has ever heard of it.',
    focus: 'Erdheim-Chester disease',
    types: ['information'],
  },
  // why: what to do about a missed dose of a medicine -> drug_usage; focus is the medicine
  {
    message:
      "I take Mestinon 60mg three times a day for my myasthenia and I keep forgetting the afternoon one when I'm at work. Would like to know what I'm supposed to do when I miss a dose.",
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: how many people have it -> frequency (the school project is story)
  {
    message:
      "Hi, I'm doing a school project and I'd like to find out how many people in the world have fibrodysplasia ossificans progressiva.",
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['frequency'],
  },
  // why: wants clinical trials to join -> research
  {
    message:
      'Trying to find out about clinical trials for Friedreich ataxia. My son is 19 and wants to be part of anything that is going on. We are in Ohio but can travel.',
    focus: 'Friedreich ataxia',
    types: ['research'],
  },
  // why: "the cause" and "what make it come" are one question -> cause
  {
    message:
      'Hello. My wife has the Behcet disease since 3 years. I want to know the cause of this illness, what make it come to her. Thank you very much for your help.',
    focus: 'Behcet disease',
    types: ['cause'],
  },
  // why: asks only for the early signs -> symptoms
  {
    message:
      'tell me the early signs of wilson disease pls. cousin just got diagnosed at 17 and nobody saw it coming',
    focus: 'Wilson disease',
    types: ['symptoms'],
  },
  // why: wine with a medicine -> interactions; focus is the medicine (Xyrem)
  {
    message:
      "Just started Xyrem for narcolepsy. I need to know if it's ok to have a glass of wine with dinner while I'm on it",
    focus: 'sodium oxybate',
    types: ['interactions'],
  },
  // why: managing food at school is daily life -> lifestyle
  {
    message:
      'I am a second grade teacher and one of my students this year has Prader-Willi syndrome. I would appreciate any guidance on handling food in the classroom - snack time, birthday treats, lunch - without singling her out.',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle'],
  },
  // why: keeping attacks from happening -> prevention
  {
    message:
      'I have acute intermittent porphyria and have had 3 attacks this year, every one of them put me in hospital for a week. I need to know how to keep them from happening.',
    focus: 'acute intermittent porphyria',
    types: ['prevention'],
  },
  // why: the gene and the variant in the report -> genetic_changes
  {
    message:
      "Requesting information on the gene for Alport syndrome. My son's genetic report lists COL4A5 and says 'hemizygous pathogenic variant' and I would like that explained in plain English.",
    focus: 'Alport syndrome',
    types: ['genetic_changes'],
  },
  // why: keeping a medicine with no fridge -> storage_disposal
  {
    message:
      'Need to know how to store my sons deferasirox when we go camping for a week, no fridge and it gets hot',
    focus: 'deferasirox',
    types: ['storage_disposal'],
  },
  // why: how it is confirmed, and whether the baby has it, are both diagnosis
  {
    subject: 'Stickler syndrome testing',
    message:
      'Our baby girl was born with a cleft palate and a small jaw and the geneticist mentioned Stickler syndrome. I would like to know how it is diagnosed and whether she should be tested for it now or when she is older.',
    focus: 'Stickler syndrome',
    types: ['diagnosis'],
  },

  // ---- two questions ----

  // why: how it is treated -> treatment; life expectancy -> prognosis
  {
    message:
      "I would like to know how Fabry disease is treated and what the life expectancy is now that there is treatment. I'm 34, male, diagnosed last month after years of burning pain in my hands and feet.",
    focus: 'Fabry disease',
    types: ['treatment', 'prognosis'],
  },
  // why: whether you can catch it -> susceptibility; what symptoms it causes -> symptoms
  {
    message:
      'seeking info on whether sarcoidosis is contagious, a coworker at my desk has it. also what symptoms it causes',
    focus: 'sarcoidosis',
    types: ['susceptibility', 'symptoms'],
  },
  // why: what it is -> information; whether he will talk -> prognosis
  {
    subject: 'Kabuki syndrome',
    message:
      'our son was diagnosed at 2. we want to understand what it is and whether his speech will come along in time. he has maybe 5 words and he is 3 1/2 now',
    focus: 'Kabuki syndrome',
    types: ['information', 'prognosis'],
  },
  // why: eye damage from the medicine -> side_effects; pregnancy precaution -> contraindications
  {
    message:
      "My rheumatologist started me on hydroxychloroquine 200 mg. I read it can damage your eyes and want to know more about that. I'm also hoping to get pregnant next year so I need to know if it's safe to stay on it.",
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'contraindications'],
  },
  // why: blood test -> diagnosis; what untreated iron overload does -> complications
  {
    message:
      'Wondering if there is a simple blood test for hemochromatosis, my ferritin came back at 1100. Also want to know what the iron does to you over the years if you leave it',
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis', 'complications'],
  },
  // why: how the medicine works -> indication; what to watch for -> side_effects; focus is Epidiolex
  {
    message:
      "My daughter has Dravet syndrome and her neurologist wants to try Epidiolex. I'd like to know how it works and what side effects we should watch for. She is 4.",
    focus: 'cannabidiol',
    types: ['indication', 'side_effects'],
  },
  // why: lifting at the gym -> lifestyle; whether it gets worse -> prognosis
  {
    message:
      'im 22 and just found out i have a chiari malformation after years of headaches. want to know if i can still go to the gym and lift heavy and if it gets worse over time',
    focus: 'Chiari malformation',
    types: ['lifestyle', 'prognosis'],
  },
  // why: research being done -> research; support groups -> find_specialist
  {
    message:
      'Our granddaughter has been diagnosed with Rett syndrome. We would like to know if there is research being done and would be grateful for details of support groups for grandparents here in the UK.',
    focus: 'Rett syndrome',
    types: ['research', 'find_specialist'],
  },
  // why: heart problems later -> complications; chance a sibling gets it -> inheritance
  {
    subject: 'Kawasaki disease - years later',
    message:
      'My son had Kawasaki disease at age 3 and he is 10 now. Looking for info on any heart problems that can show up later on, and whether his little sister is more likely to get it because he had it.',
    focus: 'Kawasaki disease',
    types: ['complications', 'inheritance'],
  },
  // why: grapefruit juice -> interactions; when to take the second dose -> drug_usage
  {
    message:
      'on tolvaptan for my PKD. need to know if grapefruit juice is a problem with it and what time of day to take the 2nd dose, I keep waking up at night to pee',
    focus: 'tolvaptan',
    types: ['interactions', 'drug_usage'],
  },
  // why: what brings on flares -> cause; diet -> lifestyle
  {
    message:
      "My partner has hidradenitis suppurativa and the flare ups are awful. We'd like to know what causes the flares and if changing his diet would make any difference.",
    focus: 'hidradenitis suppurativa',
    types: ['cause', 'lifestyle'],
  },
  // why: how common -> frequency; how it is picked up -> diagnosis
  {
    message:
      'Interested in learning how common Klinefelter syndrome is and how it is usually picked up. My brother only found out at 35 through a fertility clinic.',
    focus: 'Klinefelter syndrome',
    types: ['frequency', 'diagnosis'],
  },
  // why: which gene -> genetic_changes; chance the next baby has it -> inheritance
  {
    message:
      'Good day. My son have tuberous sclerosis complex, the doctor say. I wish to know which is the gene of this and if the next baby will have it also. We are from Brazil and here is not much information.',
    focus: 'tuberous sclerosis complex',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: treatment options -> treatment; clinical trials -> research
  {
    message:
      'Mother with Waldenstrom macroglobulinemia, 78. I want to understand what her treatment options are, the oncologist keeps saying watch and wait. Also please let me know if there is anything in clinical trials for older patients',
    focus: 'Waldenstrom macroglobulinemia',
    types: ['treatment', 'research'],
  },
  // why: a doctor who knows it -> find_specialist; physical therapy -> treatment
  {
    message:
      "I have Ehlers-Danlos (hypermobile type). Need a doctor in the Seattle area who understands it, and info on physical therapy that won't make my joints worse. Thanks",
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist', 'treatment'],
  },

  // ---- three or more questions, or two conditions ----

  // why: what it is -> information; remission -> prognosis; children inheriting -> inheritance
  {
    message:
      "Hi. My husband was diagnosed with myasthenia gravis last month. I'd like to understand what it is, whether it can go into remission, and whether our children could inherit it.",
    focus: 'myasthenia gravis',
    types: ['information', 'prognosis', 'inheritance'],
  },
  // why: two conditions: the difference -> information; turning into cancer -> complications; who treats it -> find_specialist
  {
    message:
      "Please explain the difference between Ollier disease and Maffucci syndrome, my son has Ollier's. Also need to know the chance of the bumps turning into cancer, and who we should see for it in the Midwest",
    focus: 'Ollier disease',
    types: ['information', 'complications', 'find_specialist'],
  },
  // why: cancer risks -> complications; colonoscopies and testing sisters -> diagnosis; MSH2 meaning -> genetic_changes
  {
    subject: 'lynch syndrome',
    message:
      'just got my genetic test back positive, MSH2. need to know what cancers im at risk for, how often to get colonoscopies and if my 2 sisters should get tested too. also want to understand what MSH2 actually is',
    focus: 'Lynch syndrome',
    types: ['complications', 'diagnosis', 'genetic_changes'],
  },
  // why: what it does -> indication; fertility -> side_effects; how long to stay on it -> drug_usage; focus is the medicine
  {
    message:
      'My son (16) has sickle cell disease and his hematologist wants to start him on hydroxyurea. Looking for info on what it does, whether it can affect his fertility later, and how long he would need to stay on it.',
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: two conditions: the link with celiac -> association; whether she should be screened -> diagnosis
  {
    message:
      'Please explain the link between Turner syndrome and celiac disease. Our daughter has Turner and lately has a lot of stomach trouble, so I would also like to know if she should be screened for celiac.',
    focus: 'Turner syndrome',
    types: ['association', 'diagnosis'],
  },
  // why: what caused it -> cause; long term outlook -> prognosis; alcohol with the condition -> lifestyle
  {
    message:
      'I was diagnosed with primary biliary cholangitis at 48. Would like to know what caused it as nobody in my family has anything like it, what the long term outlook is, and whether I have to give up wine completely.',
    focus: 'primary biliary cholangitis',
    types: ['cause', 'prognosis', 'lifestyle'],
  },
  // why: surgery -> treatment; swimming -> lifestyle; experienced neurosurgeon -> find_specialist
  {
    subject: 'Moyamoya - 9 year old',
    message:
      'My 9 yr old was diagnosed with moyamoya after a mini stroke. I need info on the revascularization surgery, whether she can go back to swim team afterwards, and the name of a pediatric neurosurgeon who has done a lot of these. We are in Texas.',
    focus: 'Moyamoya disease',
    types: ['treatment', 'lifestyle', 'find_specialist'],
  },
  // why: higher risk of psychosis -> complications; passing it on -> inheritance; living independently -> prognosis
  {
    message:
      "My daughter has 22q11.2 deletion syndrome, she's 15 now. I want to learn about the risk of psychosis or schizophrenia with it, whether she could pass it on to her own kids one day, and whether she will be able to live on her own as an adult.",
    focus: '22q11.2 deletion syndrome',
    types: ['complications', 'inheritance', 'prognosis'],
  },
  // why: two conditions: the difference -> information; how they are told apart -> diagnosis
  {
    message:
      'My neurologist says I have Charcot-Marie-Tooth disease but my aunt had Friedreich ataxia and our walking problems look alike. I want to know the difference between the two and how doctors tell them apart',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['information', 'diagnosis'],
  },
  // why: cure/treatment -> treatment; cost of transplant -> other; going to work -> lifestyle
  {
    message:
      'Hello, I am writing from Nigeria for my brother who has aplastic anemia. We need information about the treatment and if bone marrow transplant is the only cure, the cost of the transplant in India, and if he can still go to his work at the market.',
    focus: 'aplastic anemia',
    types: ['treatment', 'other', 'lifestyle'],
  },
];
