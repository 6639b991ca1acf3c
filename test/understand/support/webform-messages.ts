/**
 * "Webform" evaluation set: 40 entries as they arrive from the desk's "ask a
 * question" web form, each with a Subject and a Message field. Writers use the
 * two fields in every way: the condition or medicine named only in the subject
 * with "it"/"this" in the message, a category picked from a list ("Treatment",
 * "Genetics", "Finding a doctor", "Medication question", ...) as the subject,
 * the message continuing the subject's sentence, a subject in capitals with a
 * one-line message, the question in the subject and a short story in the
 * message, or two questions split between the fields. The set mixes rare
 * diseases (the majority), a few common conditions, two entries naming two
 * conditions, and ten medicine questions. Labels give one type per question
 * asked across subject and message together, in order, each type listed once.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, checking
 * only that each focus is a name the knowledge base holds. Scored once before anything was changed against
 * it: focus 1.000, type F1 0.769 (see BENCHMARKS.md). Scored by webform.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --webform --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const WEBFORM_MESSAGES: ConsumerMessage[] = [
  {
    // condition only in subject; transplant = outlook, "slows it down" = treatment, sister = inheritance
    subject: 'Alport syndrome',
    message:
      'My nephew was diagnosed with it last month, he is 9. Will he end up needing a kidney transplant? Is there anything that slows it down? And should his little sister be checked, can she have it too?',
    focus: 'Alport syndrome',
    types: ['prognosis', 'treatment', 'inheritance'],
  },
  {
    // message continues the subject sentence; asks only about a cure
    subject: 'Is there a cure for',
    message:
      'cystinosis? my son was just diagnosed at 14 months and they are talking about eye drops and medicine every 6 hours for life. i just want to know if this ever goes away',
    focus: 'cystinosis',
    types: ['treatment'],
  },
  {
    // category subject; whether the daughter/son can get it from father = inheritance, what a girl would have = symptoms
    subject: 'Genetics',
    message:
      'My husband has Fabry disease. We are expecting a girl in March. Can she get it from him? And if she does, what symptoms would a girl have?',
    focus: 'Fabry disease',
    types: ['inheritance', 'symptoms'],
  },
  {
    // capitals subject with the question, one-line message; how common = frequency
    subject: 'GAUCHER DISEASE HOW COMMON',
    message: 'need it for a school biology project, thanks',
    focus: 'GAUCHER DISEASE',
    types: ['frequency'],
  },
  {
    // category subject; enzyme replacement, how given and whether it works = treatment
    subject: 'Treatment',
    message:
      'Our daughter is 7 months old and has infantile onset Pompe disease. The hospital mentioned enzyme replacement. How is that given and does it actually work in babies?',
    focus: 'Pompe disease',
    types: ['treatment'],
  },
  {
    // condition only in subject; basketball = lifestyle (exercise), heart problems to watch = complications
    subject: 'Marfan syndrome - sports?',
    message:
      'My son is 15 and was diagnosed last spring. He plays basketball on the school team and really wants to keep going. Is that safe for him? What heart problems should we be watching for?',
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications'],
  },
  {
    // category subject; specialist and parent support group = find_specialist
    subject: 'Finding a doctor',
    message:
      'Looking for a doctor who knows Ehlers-Danlos syndrome anywhere near Denver, our GP has never seen a case. Are there also support groups for parents?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  {
    // condition only in subject (abbreviation); what causes it = cause, how she got it when parents are unaffected = inheritance (carriers)
    subject: 'PKU',
    message:
      "What causes it? Our newborn screen came back positive and I don't understand how she got it when neither me nor my husband has it.",
    focus: 'PKU',
    types: ['cause', 'inheritance'],
  },
  {
    // condition only in subject; predictive test = diagnosis, where to get counseling = find_specialist
    subject: 'Huntington disease testing',
    message:
      "My father has it. I'm 28. Is there a test that can tell me if I will get it, and where can I talk to a genetic counselor before I decide?",
    focus: 'Huntington disease',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // condition only in subject; whether constant hunger belongs to it = symptoms, lifespan = prognosis
    subject: 'Prader-Willi syndrome',
    message:
      'Our grandson is always hungry, he even takes food from the bin. Is that part of this? How long do people with it usually live?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'prognosis'],
  },
  {
    // two conditions named; the question is which test confirms Rett = diagnosis
    subject: 'Rett or Angelman?',
    message:
      'Our daughter is 2, lost her words and wrings her hands. The neurologist now says Rett syndrome but the first doctor thought Angelman syndrome. What test actually confirms Rett syndrome?',
    focus: 'Rett syndrome',
    types: ['diagnosis'],
  },
  {
    // carrier chance = inheritance, how the carrier test is done = diagnosis
    subject: 'Tay-Sachs disease carrier',
    message:
      'My sister just found out she is a carrier. What are the chances I am one too? How is the carrier test done, is it just blood?',
    focus: 'Tay-Sachs disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // medicine question via category subject; cramps and diarrhea after the drug = side_effects
    subject: 'Medication question',
    message:
      'I have myasthenia gravis and take pyridostigmine 4 times a day. I often get bad stomach cramps and diarrhea about an hour after a dose. Is that a known side effect?',
    focus: 'pyridostigmine',
    types: ['side_effects'],
  },
  {
    // two questions split: subject "will it get worse" = prognosis, message cancer risk = complications
    subject: 'Neurofibromatosis type 1 - will it get worse?',
    message:
      'My daughter is 4 and so far only has the light brown spots. Can the lumps they talk about turn into cancer?',
    focus: 'Neurofibromatosis type 1',
    types: ['prognosis', 'complications'],
  },
  {
    // condition only in subject; how it is diagnosed = diagnosis
    subject: 'Tuberous sclerosis complex',
    message:
      'how is it diagnosed?? our baby had an MRI that showed spots in the brain and she has white patches on her skin. waiting 3 months for genetics appt',
    focus: 'Tuberous sclerosis complex',
    types: ['diagnosis'],
  },
  {
    // condition only in subject; which gene / what the FMR1 repeat means = genetic_changes
    subject: 'Fragile X syndrome',
    message:
      "What gene is involved? The lab report mentions FMR1 with 230 CGG repeats and I don't understand what that means.",
    focus: 'Fragile X syndrome',
    types: ['genetic_changes'],
  },
  {
    // category subject; clinical trials = research
    subject: 'Research',
    message:
      'Are there any clinical trials going on for Friedreich ataxia? My brother is 22 and still walking with a cane. We would travel anywhere.',
    focus: 'Friedreich ataxia',
    types: ['research'],
  },
  {
    // capitals subject, one-line message; what triggers the attacks = cause
    subject: 'HEREDITARY ANGIOEDEMA',
    message: 'what sets off the swelling attacks?',
    focus: 'HEREDITARY ANGIOEDEMA',
    types: ['cause'],
  },
  {
    // condition only in subject; change jobs = lifestyle (work), flour dust causing it = association (exposure)
    subject: 'Sarcoidosis and work',
    message:
      'I was diagnosed last year, only in the lungs. I work in a bakery with flour dust all day. Should I look for a different job? Could the dust be what gave it to me?',
    focus: 'Sarcoidosis',
    types: ['lifestyle', 'association'],
  },
  {
    // condition only in subject; contagious / can I catch it = susceptibility
    subject: "Behcet's disease",
    message:
      "Is it contagious? My partner gets mouth ulcers from it and I'm worried about kissing when he has them.",
    focus: "Behcet's disease",
    types: ['susceptibility'],
  },
  {
    // what is it = information, surgery cure = treatment, come back = prognosis
    subject: 'Castleman disease',
    message:
      'What is it exactly? My lymph node biopsy came back as unicentric Castleman disease and nobody explained anything. They want to remove the node - will that cure it, and can it come back?',
    focus: 'Castleman disease',
    types: ['information', 'treatment', 'prognosis'],
  },
  {
    // condition only in subject; future baby = inheritance, new drug for it = treatment
    subject: 'Achondroplasia',
    message:
      'We are both average height and our baby was born with this. If we have another baby, will it have it too? Also what is the new daily injection we read about?',
    focus: 'Achondroplasia',
    types: ['inheritance', 'treatment'],
  },
  {
    // condition only in subject; how common = frequency, can they test = diagnosis
    subject: 'osteogenesis imperfecta',
    message:
      'how common is it? my daughter has broken her arm 3 times before age 5 and school nurse asked if we ever heard of this. can they test her for it?',
    focus: 'osteogenesis imperfecta',
    types: ['frequency', 'diagnosis'],
  },
  {
    // category subject; will she end up on dialysis = prognosis
    subject: 'Prognosis',
    message:
      'My mother was diagnosed with polycystic kidney disease at 50. Her kidney function is about 60%. Will she end up on dialysis?',
    focus: 'polycystic kidney disease',
    types: ['prognosis'],
  },
  {
    // category subject; whether itching belongs to the condition = symptoms
    subject: 'Symptoms',
    message:
      'Is itching part of primary biliary cholangitis? I itch all over at night but my skin looks completely normal.',
    focus: 'primary biliary cholangitis',
    types: ['symptoms'],
  },
  {
    // condition only in subject; prevent emphysema = prevention, effect on liver = complications
    subject: 'Alpha-1 antitrypsin deficiency',
    message:
      "I'm 40, never smoked, and just found out I'm ZZ. Is there anything I can do to prevent emphysema? Does it affect the liver too?",
    focus: 'Alpha-1 antitrypsin deficiency',
    types: ['prevention', 'complications'],
  },
  {
    // condition only in subject; PMP22 as the causing gene = genetic_changes, kids = inheritance
    subject: 'Charcot-Marie-Tooth disease',
    message:
      'My report says PMP22 duplication. Is that the gene that causes it? Does it mean my kids will get it?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // two conditions, question in subject: connection = association; should he be tested = diagnosis
    subject: 'Are celiac disease and type 1 diabetes connected?',
    message:
      'My son has had type 1 diabetes since he was 4. He gets stomach aches a lot. Should he be tested for celiac?',
    focus: 'celiac disease',
    types: ['association', 'diagnosis'],
  },
  {
    // common condition only in subject; foods to avoid = lifestyle (diet)
    subject: 'Gout',
    message: 'Which foods should I avoid? I love seafood and beer.',
    focus: 'Gout',
    types: ['lifestyle'],
  },
  {
    // common condition only in subject; runs in the family = inheritance
    subject: 'migraine',
    message:
      'Is it hereditary? My mom and grandma both had them and now my 10 year old is getting headaches with throwing up.',
    focus: 'migraine',
    types: ['inheritance'],
  },
  {
    // question in subject, story in message; vaccine to stop it = prevention
    subject: 'Does the vaccine prevent shingles if you already had it once?',
    message: "I'm 62, had a bad case on my back two winters ago and still have some nerve pain from it.",
    focus: 'shingles',
    types: ['prevention'],
  },
  {
    // medicine only in subject; missed dose = drug_usage, cranberry juice = interactions
    subject: 'warfarin',
    message: 'I forgot my dose last night. Should I take two today? Also is it ok to drink cranberry juice?',
    focus: 'warfarin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // category subject; taking one drug with another = interactions
    subject: 'Medication question',
    message: "Can I take ibuprofen for my back while I'm on lisinopril for blood pressure?",
    focus: 'ibuprofen',
    types: ['interactions'],
  },
  {
    // capitals subject, one-line message; side effects
    subject: 'METFORMIN',
    message: 'what are the side effects',
    focus: 'METFORMIN',
    types: ['side_effects'],
  },
  {
    // medicine in subject; stopping before trying for pregnancy = contraindications (pregnancy)
    subject: 'Methotrexate and pregnancy',
    message:
      'I take it once a week for rheumatoid arthritis. We want to try for a baby. How long before trying do I need to be off it?',
    focus: 'Methotrexate',
    types: ['contraindications'],
  },
  {
    // question in subject = indication; taking it with omeprazole = interactions
    subject: 'What is hydroxychloroquine used for?',
    message:
      'My rheumatologist prescribed it for my lupus but I thought it was a malaria pill. Is it ok to take with my omeprazole?',
    focus: 'hydroxychloroquine',
    types: ['indication', 'interactions'],
  },
  {
    // medicine only in subject; empty stomach = drug_usage, calcium pill = interactions
    subject: 'Levothyroxine',
    message:
      'Do I really have to take it on an empty stomach? I usually take it with my coffee. And is my calcium supplement a problem with it?',
    focus: 'Levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // medicine only in subject; stopping vs tapering = drug_usage
    subject: 'prednisone',
    message:
      'Been on it 3 months for my lungs and the doctor says I can come off now. Can I just stop or do I need to taper down?',
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  {
    // leftover liquid antibiotic: still good or how to get rid of it = storage_disposal
    subject: 'Old antibiotic in the fridge',
    message:
      "We have a leftover bottle of liquid amoxicillin from my son's ear infection last year. Is it still good to use, or how do we get rid of it?",
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // message continues the subject sentence; what is in the capsules = ingredients
    subject: 'Does gabapentin contain',
    message: "lactose? I'm very lactose intolerant and just got a prescription",
    focus: 'gabapentin',
    types: ['ingredients'],
  },
];
