/**
 * "requests" set. Messages whose questions are mostly phrased as requests and statements of need ("Please
 * send me...", "I need to know...", "Looking for...", "Info wanted:"), as people write to a library or an
 * information service, with a few ordinary questions mixed in. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the start of the round that wrote it, before any change to the understanding stage (focus 1.000,
 * type F1 0.788). Scored by requests.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --requests --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const REQUESTS_MESSAGES: ConsumerMessage[] = [
  {
    // "Please send me any information you have on the treatment of Fabry disease" -> treatment (therapies for it)
    subject: 'Information request',
    message:
      'Please send me any information you have on the treatment of Fabry disease. My brother was diagnosed last month and the doctors mentioned infusions every two weeks. Thank you in advance.',
    focus: 'Fabry disease',
    types: ['treatment'],
  },
  {
    // "I need to know whether it is hereditary and how likely it is our child would have it" -> inheritance (runs in families; chance a child has it)
    // "I would also like to find a cardiologist or geneticist near Boston who knows Marfan syndrome well" -> find_specialist (doctors)
    message:
      'Hello, my husband has Marfan syndrome and we are thinking about starting a family. I need to know whether it is hereditary and how likely it is our child would have it. I would also like to find a cardiologist or geneticist near Boston who knows Marfan syndrome well.',
    focus: 'Marfan syndrome',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // "Looking for side effects of metformin" -> side_effects (a medicine's side effects)
    subject: 'metformin',
    message:
      'Looking for side effects of metformin. Started 500 mg twice a day two weeks ago and my stomach has been upset ever since.',
    focus: 'metformin',
    types: ['side_effects'],
  },
  {
    // "I want to know how long he will live and if he will stop to walk" -> prognosis (life expectancy, whether he will walk)
    // "please tell me if there is new medicine in research" -> research (new treatments being researched)
    message:
      'Hello. My son have 7 years, doctor say he has Duchenne muscular dystrophy. I want to know how long he will live and if he will stop to walk. Also please tell me if there is new medicine in research, my cousin say in America they test gene medicine. Thank you very much.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  {
    // "Info wanted: life expectancy for cystic fibrosis today" -> prognosis (life expectancy)
    message:
      'Info wanted: life expectancy for cystic fibrosis today. Our baby girl was diagnosed at 3 weeks old through the heel prick test.',
    focus: 'cystic fibrosis',
    types: ['prognosis'],
  },
  {
    // "Kindly advise on the correct dose of ibuprofen for a child of 4 years" -> drug_usage (dose)
    subject: 'Dose for a child',
    message:
      'Kindly advise on the correct dose of ibuprofen for a child of 4 years who weighs about 16 kg. She has had a fever of 39 since this morning.',
    focus: 'ibuprofen',
    types: ['drug_usage'],
  },
  {
    // "i want to know what causes gout" -> cause (why it happens; the beer remark is story, and would be cause anyway)
    message:
      'i want to know what causes gout. my dad gets it in his big toe every few months and he thinks its the beer',
    focus: 'gout',
    types: ['cause'],
  },
  {
    // "I would like to know what can be done to prevent these crises" -> prevention (preventing attacks)
    // "advice on whether he can take part in swimming and sports at school" -> lifestyle (sports, school)
    subject: 'My grandson',
    message:
      'Dear Sir or Madam, my grandson is 5 and has sickle cell disease. He has been in hospital three times this year with terrible pain. I would like to know what can be done to prevent these crises. I would also like advice on whether he can take part in swimming and sports at school like the other children. Thank you kindly.',
    focus: 'sickle cell disease',
    types: ['prevention', 'lifestyle'],
  },
  {
    // "I would appreciate any guidance on how best to support him in the classroom and during tests" -> lifestyle (school, daily life)
    subject: 'Classroom support',
    message:
      'I am a Year 4 teacher and one of my pupils has Tourette syndrome. I would appreciate any guidance on how best to support him in the classroom and during tests.',
    focus: 'Tourette syndrome',
    types: ['lifestyle'],
  },
  {
    // "Requesting information on what triggers the swelling attacks" -> cause (what brings on its attacks)
    // "and on what emergency treatment we should have ready at school" -> treatment (managing it)
    message:
      'I am a school nurse. One of our students has hereditary angioedema. Requesting information on what triggers the swelling attacks, and on what emergency treatment we should have ready at school.',
    focus: 'hereditary angioedema',
    types: ['cause', 'treatment'],
  },
  {
    // "I need a list of foods to avoid" / "I'd like to know if a glass of wine with dinner is OK" -> interactions (the medicine with food and alcohol; one type)
    // "please explain what to do if I forget a dose" -> drug_usage (missed doses)
    message:
      "I have just been started on warfarin after a clot in my leg. I need a list of foods to avoid, and I'd like to know if a glass of wine with dinner is OK. Also please explain what to do if I forget a dose.",
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Is Huntington disease contagious?" -> susceptibility (whether someone can catch it)
    message:
      "Is Huntington disease contagious? My friend's husband has it and she is worried she could get it from him.",
    focus: 'Huntington disease',
    types: ['susceptibility'],
  },
  {
    // "Seeking a support group for parents of children with Angelman syndrome" -> find_specialist (support groups)
    message:
      'Seeking a support group for parents of children with Angelman syndrome in the north of England. Our daughter is 2 and we feel very alone.',
    focus: 'Angelman syndrome',
    types: ['find_specialist'],
  },
  {
    // "Please let me know how common fibrodysplasia ossificans progressiva is" -> frequency (how common)
    message:
      'Please let me know how common fibrodysplasia ossificans progressiva is. My nephew was just diagnosed and none of us had ever heard of it.',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['frequency'],
  },
  {
    // "I would like to find out whether she should be tested for it" -> diagnosis (should someone be tested)
    // "and which gene is involved" -> genetic_changes (which gene)
    message:
      "My daughter is 20 months old. She has stopped using her hands to play, she doesn't say the few words she had anymore, and she keeps wringing her hands. A friend mentioned Rett syndrome. I would like to find out whether she should be tested for it, and which gene is involved.",
    focus: 'Rett syndrome',
    types: ['diagnosis', 'genetic_changes'],
  },
  {
    // "Instructions needed on the best time of day to take levothyroxine" -> drug_usage (timing)
    subject: 'Timing',
    message:
      'Instructions needed on the best time of day to take levothyroxine, before breakfast or at bedtime. The pharmacist and my GP told me different things.',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  {
    // "Looking for a simple diet plan for a 14-year-old who was just diagnosed with celiac disease" -> lifestyle (diet)
    message:
      'Looking for a simple diet plan for a 14-year-old who was just diagnosed with celiac disease. He plays football and eats a lot.',
    focus: 'celiac disease',
    types: ['lifestyle'],
  },
  {
    // "I want information about clinical trials for progressive multiple sclerosis in or near Chicago" -> research (clinical trials)
    message:
      'I want information about clinical trials for progressive multiple sclerosis in or near Chicago. I am 51 and my neurologist says there is not much more he can offer me.',
    focus: 'multiple sclerosis',
    types: ['research'],
  },
  {
    // "I need to know if it is safe to take if there is a chance I could get pregnant" -> contraindications (pregnancy)
    // "I have also read it can cause depression and would like the facts on that" -> side_effects (a medicine's side effects)
    message:
      'My dermatologist wants to start me on Accutane for severe acne. I need to know if it is safe to take if there is a chance I could get pregnant. I have also read it can cause depression and would like the facts on that.',
    focus: 'Accutane',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "Please post general information about Gaucher disease to me" -> information (overview)
    subject: 'Leaflets',
    message:
      'Please post general information about Gaucher disease to me at the address below. Our youngest was recently diagnosed and the rest of the family would like to understand it.',
    focus: 'Gaucher disease',
    types: ['information'],
  },
  {
    // "Kindly explain what tests are done to confirm myasthenia gravis" -> diagnosis (tests, how it is confirmed)
    message:
      'Kindly explain what tests are done to confirm myasthenia gravis. By evening my eyelids droop and I see double, and my GP is referring me to a neurologist.',
    focus: 'myasthenia gravis',
    types: ['diagnosis'],
  },
  {
    // "Need to know how to keep the amoxicillin liquid" / "Fridge or cupboard?" / "is it still good?" -> storage_disposal (storing a medicine; one type)
    message:
      'Need to know how to keep the amoxicillin liquid for my toddler. Fridge or cupboard? We left the bottle on the table all night, is it still good?',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "I would like to know which foods are high in copper so I can avoid them" -> lifestyle (diet)
    // "I also want to know if the treatment is for life or if it can be stopped one day" -> treatment (managing it)
    message:
      'I was diagnosed with Wilson disease at 19. I would like to know which foods are high in copper so I can avoid them. I also want to know if the treatment is for life or if it can be stopped one day.',
    focus: 'Wilson disease',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "Info needed on the side effects of long-term prednisone" -> side_effects (a medicine's side effects)
    // "need instructions on how to come off it safely" -> drug_usage (stopping)
    subject: 'Long term steroids',
    message:
      "Info needed on the side effects of long-term prednisone. I've been on 10 mg a day for two years for polymyalgia. Also need instructions on how to come off it safely.",
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "I'd like to know what heart problems it can lead to later in life" -> complications (other problems it can lead to)
    message:
      "Our son had Kawasaki disease when he was 3. He is now 8 and doing well. I'd like to know what heart problems it can lead to later in life.",
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  {
    // "Please advise whether I should be tested too" -> diagnosis (should I be tested)
    // "what the chance is that my two children have the gene" -> inheritance (chance a child has it)
    // "and how it is treated if I do have it" -> treatment (therapies)
    message:
      'My brother has just been found to have hemochromatosis. Please advise whether I should be tested too, what the chance is that my two children have the gene, and how it is treated if I do have it.',
    focus: 'hemochromatosis',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  {
    // "I am looking for a sleep specialist who treats narcolepsy in the Phoenix area" -> find_specialist (doctors)
    message:
      'I am looking for a sleep specialist who treats narcolepsy in the Phoenix area. My daughter was diagnosed last year but her doctor retired.',
    focus: 'narcolepsy',
    types: ['find_specialist'],
  },
  {
    // "I need to find out whether our insurance will pay for the gene therapy" -> other (insurance)
    subject: 'Insurance',
    message:
      'Our baby has spinal muscular atrophy type 1. I need to find out whether our insurance will pay for the gene therapy the doctors are recommending.',
    focus: 'spinal muscular atrophy',
    types: ['other'],
  },
  {
    // "Please explain how hydroxyurea works" -> indication (how a medicine works)
    message:
      'Please explain how hydroxyurea works. The hematologist wants to start my son on it for his sickle cell and I am scared because I read that it is a cancer drug.',
    focus: 'hydroxyurea',
    types: ['indication'],
  },
  {
    // "I would like to know whether it can damage the kidneys" -> complications (other problems it leads to)
    // "and whether the red rash across my nose and cheeks is part of it" -> symptoms (whether a sign belongs to it)
    message:
      'I was diagnosed with lupus in the spring. I would like to know whether it can damage the kidneys, and whether the red rash across my nose and cheeks is part of it.',
    focus: 'lupus',
    types: ['complications', 'symptoms'],
  },
  {
    // "Looking for info on whether vitamin D capsules contain gelatin" -> ingredients (what a medicine contains)
    message:
      'Looking for info on whether vitamin D capsules contain gelatin. We are a vegetarian household and the label does not say.',
    focus: 'vitamin D',
    types: ['ingredients'],
  },
  {
    // "Please to tell me what is this disease" -> information (what the condition is)
    // "and if there is cure for it" -> treatment (cures)
    // "I want to know can she go to normal school later" -> lifestyle (school)
    message:
      'Good day, my niece have tuberous sclerosis, she is 3. Please to tell me what is this disease and if there is cure for it. Also I want to know can she go to normal school later. Thank you for your help.',
    focus: 'tuberous sclerosis',
    types: ['information', 'treatment', 'lifestyle'],
  },
  {
    // "I need to know what to expect as it progresses and how much time we might have" -> prognosis (course, life expectancy; one question in other words)
    message:
      'My father was diagnosed with ALS in March. I need to know what to expect as it progresses and how much time we might have together.',
    focus: 'ALS',
    types: ['prognosis'],
  },
  {
    // "I need to know if it is safe for the baby while I'm nursing" -> contraindications (breastfeeding)
    message:
      "I'm breastfeeding my 2-month-old and my doctor suggested Zoloft for postpartum depression. I need to know if it is safe for the baby while I'm nursing.",
    focus: 'Zoloft',
    types: ['contraindications'],
  },
  {
    // "Please send information about the screening tests for Down syndrome during pregnancy" -> diagnosis (tests, screening)
    subject: 'Prenatal screening',
    message:
      'Please send information about the screening tests for Down syndrome during pregnancy. I am 38 and 10 weeks along.',
    focus: 'Down syndrome',
    types: ['diagnosis'],
  },
  {
    // "Could this be alpha-1 antitrypsin deficiency?" -> diagnosis (could this be X)
    // "I would also like to know if it can affect the liver" -> complications (other problems it leads to)
    message:
      'I am 42 and have emphysema, though I only smoked for a few years in college. Could this be alpha-1 antitrypsin deficiency? I would also like to know if it can affect the liver.',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis', 'complications'],
  },
  {
    // "Would like to know if there is a link between psoriasis and heart disease" -> association (link between two conditions)
    message:
      'Would like to know if there is a link between psoriasis and heart disease. My doctor mentioned it in passing and I have had psoriasis for twenty years.',
    focus: 'psoriasis',
    types: ['association'],
  },
  {
    // "Please send me information on how often achondroplasia occurs" -> frequency (how common)
    // "and whether two average-height parents can have a baby with it" -> inheritance (how it runs in families; chance a child has it)
    message:
      'Please send me information on how often achondroplasia occurs, and whether two average-height parents can have a baby with it. Our newborn has just been diagnosed and nobody in either family is short.',
    focus: 'achondroplasia',
    types: ['frequency', 'inheritance'],
  },
  {
    // "Please advise how to protect my children from Lyme disease" -> prevention (preventing it)
    message:
      'Please advise how to protect my children from Lyme disease when we go camping in Connecticut this summer.',
    focus: 'Lyme disease',
    types: ['prevention'],
  },
  {
    // "I want to know whether there is a connection between Stevens-Johnson syndrome and the antibiotics I was given the week before" -> association (a named exposure asked as its cause)
    message:
      'I was in hospital with Stevens-Johnson syndrome last year. I want to know whether there is a connection between Stevens-Johnson syndrome and the antibiotics I was given the week before.',
    focus: 'Stevens-Johnson syndrome',
    types: ['association'],
  },
];
