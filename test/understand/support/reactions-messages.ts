/**
 * "reactions" set. Messages about reactions to medicines: rashes, swelling or hives after a medicine, drug
 * allergies, whether a similar medicine is safe, reactions to anaesthetics and dyes. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.912). Scored by reactions.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --reactions --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const REACTIONS_MESSAGES: ConsumerMessage[] = [
  // why: "is keflex safe if im allergic to amoxicillin" asks who should not take Keflex, so contraindications only
  {
    message:
      'is keflex safe if im allergic to amoxicillin? the dentist wants to give it to me before an extraction',
    focus: 'keflex',
    types: ['contraindications'],
  },
  // why: "what exactly is serum sickness" asks only what the condition is; the story about the swollen joints is background
  {
    subject: 'Serum sickness??',
    message:
      'My 4 year old was on cefaclor for an ear infection and on day 9 he got big purple hives and his knees and ankles swelled so badly he would not walk. The ER doctor said it was serum sickness and he is getting better now. I have never heard of this. What exactly is serum sickness?',
    focus: 'serum sickness',
    types: ['information'],
  },
  // why: "could I have it too" after a brother's episode asks the chance that a sibling has it, which is inheritance
  {
    message:
      'My brother went into malignant hyperthermia during his knee surgery last month, his temperature went through the roof and they had to stop the operation. Does this mean I could have it too?',
    focus: 'malignant hyperthermia',
    types: ['inheritance'],
  },
  // why: "can lisinopril make your tongue swell" asks whether the problem comes from the medicine, so side effects
  {
    message: 'can lisinopril make your tongue swell even if you have been on it for 3 years with no problem',
    focus: 'lisinopril',
    types: ['side_effects'],
  },
  // why: "what actually works for these hives" and "anything stronger than antihistamines" both ask treatment, one question in two wordings
  {
    subject: 'hives that wont go away',
    message:
      'I took a course of antibiotics for a sinus infection in March and broke out in hives near the end of it. The antibiotic is long gone but the hives keep coming back almost every day, it is now June. Cetirizine takes the edge off but thats it. What actually works for these hives? Is there anything stronger than antihistamines that a doctor can give?',
    focus: 'hives',
    types: ['treatment'],
  },
  // why: "will my eyesight get better" asks whether she will recover, which is prognosis
  {
    message:
      'I had Stevens-Johnson syndrome 6 months ago from an antibiotic. My skin has healed but my eyes are still dry and blurry and sensitive to light. Will my eyesight get better with time or is this permanent?',
    focus: 'Stevens-Johnson syndrome',
    types: ['prognosis'],
  },
  // why: "what time of day should I take keppra" asks timing of a medicine, drug usage; the rash on lamotrigine is story
  {
    message:
      'my neuro switched me from lamotrigine to keppra after i got a rash. what time of day should i take keppra, morning or night or both',
    focus: 'keppra',
    types: ['drug_usage'],
  },
  // why: "could this be hereditary angioedema, should she be tested" asks whether her signs could be the condition, diagnosis
  {
    subject: 'Swelling after dental work',
    message:
      'Every time my 15 year old daughter has dental work, her cheek and lip swell up hugely the next day and it lasts 2 to 3 days. Antihistamines do nothing. Her aunt has had unexplained swelling episodes for years. Could this be hereditary angioedema and should she be tested for it?',
    focus: 'hereditary angioedema',
    types: ['diagnosis'],
  },
  // why: "how common is an allergic reaction to the dye" asks how often it occurs, frequency
  {
    message:
      'I am booked for a CT scan with contrast next week and I am very nervous. How common is an allergic reaction to the dye they inject?',
    focus: 'allergic reaction',
    types: ['frequency'],
  },
  // why: "can I leave the epipen in the car" and "what do I do with the expired one" both ask storing or disposing of it
  {
    subject: 'epipen in hot car',
    message:
      'can I leave my sons epipen in the glove box during summer? and what do i do with the old expired one',
    focus: 'epipen',
    types: ['storage_disposal'],
  },
  // why: "does co-trimoxazole have sulfa in it" asks what the medicine contains, ingredients
  {
    message:
      'Does co-trimoxazole have sulfa in it? I am allergic to sulfa drugs and my GP just prescribed it for a bladder infection.',
    focus: 'co-trimoxazole',
    types: ['ingredients'],
  },
  // why: "what else is there for my gout" asks for other therapies, treatment; the allopurinol rash is story
  {
    message:
      'Allopurinol gave me an itchy red rash all over my chest after two weeks so my doctor stopped it. What else is there for my gout? I get flares about every 2 months.',
    focus: 'gout',
    types: ['treatment'],
  },
  // why: "is there a support group" asks for a patient organization, find specialist
  {
    subject: 'DRESS syndrome survivors',
    message:
      'Is there a support group for people who survived DRESS syndrome? I spent 5 weeks in hospital after a reaction to an epilepsy medicine and nobody around me understands what I went through.',
    focus: 'DRESS syndrome',
    types: ['find_specialist'],
  },
  // why: "are there any research studies" asks research only
  {
    message:
      'are there any research studies on drug allergy in children that we could join? my son has reacted to 3 different antibiotics',
    focus: 'drug allergy',
    types: ['research'],
  },
  // why: "what do ACE inhibitors actually do" asks how the medicine works, indication
  {
    message:
      "Grandma's face and throat swelled up and the hospital said it was from her blood pressure pill, one of the ACE inhibitors. She has taken it for years. What do ACE inhibitors actually do?",
    focus: 'ACE inhibitors',
    types: ['indication'],
  },
  // why: "why does angioedema happen" asks cause; "can I stop it happening again" asks prevention
  {
    subject: 'Angioedema',
    message:
      'I was diagnosed with angioedema after my lips and eyelids swelled up twice this year. I am on enalapril for blood pressure. Why does angioedema happen, and is there anything I can do to stop it from happening again?',
    focus: 'angioedema',
    types: ['cause', 'prevention'],
  },
  // why: "is it from a medicine or cold sores" asks its cause; "will it keep coming back" asks its course, prognosis
  {
    message:
      'got diagnosed with erythema multiforme, target shaped spots on my hands and feet. was it caused by the ibuprofen i took or by the cold sore i had the week before?? and will it keep coming back',
    focus: 'erythema multiforme',
    types: ['cause', 'prognosis'],
  },
  // why: "is it safe for a 2 year old" asks precautions, contraindications; "can it cause a rash" asks side effects
  {
    message:
      'Our 2 year old needs general anesthesia for ear tubes. Is general anesthesia safe for a child that young? After his MRI sedation last year he came out in a blotchy rash, can the anesthesia cause that?',
    focus: 'general anesthesia',
    types: ['contraindications', 'side_effects'],
  },
  // why: "is this rash from the amoxicillin" asks if a problem comes from the medicine, side effects; "can he have Augmentin" asks contraindications
  {
    subject: 'Rash on amoxicillin',
    message:
      'My son is on day 7 of amoxicillin for an ear infection and this morning he is covered in flat pink spots, no swelling, he is playing normally. Is this rash from the amoxicillin, is it a real allergy? And if he gets another ear infection can he have Augmentin or is that off limits now?',
    focus: 'amoxicillin',
    types: ['side_effects', 'contraindications'],
  },
  // why: "does ibuprofen cause hives" asks side effects; "is celecoxib safe for me instead" asks contraindications
  {
    message:
      'does ibuprofen cause hives?? i get them every time i take it for my period cramps. would celecoxib be safe for me instead',
    focus: 'ibuprofen',
    types: ['side_effects', 'contraindications'],
  },
  // why: "is the flushing an allergy to vancomycin" asks side effects; "can it be given slower" asks how it is given, drug usage
  {
    message:
      "My husband is on IV vancomycin for a bone infection and during the drip his face, neck and chest go bright red and itchy. Is this an allergy to vancomycin? Can they give it more slowly so it doesn't happen?",
    focus: 'vancomycin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "is HAE passed down" asks inheritance; "which gene is it" asks genetic changes
  {
    subject: 'HAE in our family',
    message:
      'My father and I both have HAE. I am pregnant with my first baby. Is HAE passed down to children every time, and which gene is it that is faulty?',
    focus: 'HAE',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: "can DRESS syndrome damage the liver for good" asks complications; "how long until he is back to normal" asks prognosis
  {
    message:
      'My 19 year old son developed DRESS syndrome from lamotrigine. His liver enzymes are very high and he still has a fever and rash after 3 weeks. Can DRESS syndrome damage the liver for good, and how long does it usually take until he is back to normal?',
    focus: 'DRESS syndrome',
    types: ['complications', 'prognosis'],
  },
  // why: "who gets latex allergy" asks who is at risk, susceptibility; "how do they test for it" asks diagnosis
  {
    message:
      'I am a nurse and my hands get red and itchy after a shift, and once my lips swelled after blowing up a balloon. Who usually gets latex allergy, is it people like healthcare workers? How do they test for it?',
    focus: 'latex allergy',
    types: ['susceptibility', 'diagnosis'],
  },
  // why: "is the sunburn rash from the doxycycline" asks side effects; "should I stop or finish the course" asks stopping, drug usage
  {
    subject: 'doxycycline and sun',
    message:
      'Im in Mexico on vacation taking doxycycline for malaria prevention and after one afternoon at the beach my arms are bright red and blistering, way worse than a normal sunburn. Is this from the doxycycline? Should i stop it or finish the course?',
    focus: 'doxycycline',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "could this be mastocytosis" asks whether her signs could be it, diagnosis; "what are the other symptoms" asks symptoms
  {
    message:
      'I nearly died during a routine operation, my blood pressure crashed as soon as they put me under and I had flushing all over. The allergy tests for all the drugs came back negative. I have also had little brown spots on my thighs that itch when rubbed for years. Could this be mastocytosis? What are the other symptoms of it?',
    focus: 'mastocytosis',
    types: ['diagnosis', 'symptoms'],
  },
  // why: "what other treatments are there for epilepsy" asks treatment; "can she go back to school and swimming" asks daily life, lifestyle
  {
    message:
      'Our daughter is 8 and has epilepsy. She got a bad rash and swollen gums on phenytoin so it was stopped. What other treatments are there for epilepsy in kids? And can she go back to school and swimming lessons while they sort out her medicine?',
    focus: 'epilepsy',
    types: ['treatment', 'lifestyle'],
  },
  // why: "what is nephrogenic systemic fibrosis" asks information; "was it caused by the MRI dye" asks a named exposure as its cause, association
  {
    subject: 'MRI dye reaction?',
    message:
      'My mother is on dialysis and after an MRI with contrast her skin on her legs went hard and tight. A dermatologist mentioned nephrogenic systemic fibrosis. What is nephrogenic systemic fibrosis, and was it caused by the MRI dye?',
    focus: 'nephrogenic systemic fibrosis',
    types: ['information', 'association'],
  },
  // why: "is the red stool a reaction to Omnicef" asks whether a problem comes from the medicine, side effects; "can she have it with her iron formula" asks interactions with food
  {
    message:
      'my toddler is on Omnicef and her diapers have red stuff in them, is that a reaction to Omnicef? also she drinks an iron fortified formula, can she have the medicine with her formula',
    focus: 'Omnicef',
    types: ['side_effects', 'interactions'],
  },
  // why: "how do they confirm heparin-induced thrombocytopenia" asks diagnosis; "what blood thinner can she have instead" asks treatment
  {
    message:
      'My mom had hip surgery and her platelets dropped after a few days of heparin shots. They suspect heparin-induced thrombocytopenia. How do they confirm heparin-induced thrombocytopenia, and what blood thinner can she have instead since she still needs one?',
    focus: 'heparin-induced thrombocytopenia',
    types: ['diagnosis', 'treatment'],
  },
  // why: "is it in families" asks inheritance; "how do I get tested" asks diagnosis; "can I outgrow it" asks its course, prognosis
  {
    subject: 'Am I really allergic?',
    message:
      'I was labeled with a penicillin allergy at age 3 because of a rash, and my mother and my sister are also allergic to penicillin. Is drug allergy something that runs in families? How can I get tested to see if I am still allergic? Is it true most people outgrow it?',
    focus: 'drug allergy',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: "are my kids at risk" asks the chance children have it, inheritance; "should they be tested" asks diagnosis; "is there safe anesthesia" asks preventing episodes, prevention; "where is an expert center" asks find specialist
  {
    subject: 'Malignant hyperthermia - what now for my children',
    message:
      "Last year I had a reaction during my gallbladder surgery, my muscles went rigid and my temperature shot up to 41. They gave me dantrolene and I pulled through, and after a muscle biopsy I was told I have malignant hyperthermia. I have three children aged 6, 10 and 13. Are my kids at risk of having it? Should they be tested, even though they have never had surgery? My 10 year old needs his tonsils out this winter, is there a safe way for him to be put to sleep so it doesn't happen to him? And where can we find a center that specializes in this, our local hospital seemed to know very little.",
    focus: 'malignant hyperthermia',
    types: ['inheritance', 'diagnosis', 'prevention', 'find_specialist'],
  },
  // why: "why did he get it" asks cause; "can it leave lasting eye or lung problems" asks complications; "is there a group" asks find specialist
  {
    message:
      'my dad (72) got stevens johnson syndrome three weeks after starting allopurinol for his gout, he lost skin on his chest and mouth and was in the burn unit. why did he get it when millions take that pill? can it leave him with lasting problems with his eyes or lungs. is there a group for families going through this',
    focus: 'stevens johnson syndrome',
    types: ['cause', 'complications', 'find_specialist'],
  },
  // why: "why did lamotrigine make her seizures worse" asks if the problem comes from the medicine, side effects; "which gene" asks genetic changes; "any trials" asks research
  {
    subject: 'Dravet and lamotrigine',
    message:
      'Our daughter is 3 and has Dravet syndrome. Before she was diagnosed she was put on lamotrigine and her seizures got much worse, more of them and longer. Why did lamotrigine make her seizures worse? Which gene is involved in Dravet syndrome? Are there any clinical trials for new Dravet treatments we could look into?',
    focus: 'lamotrigine',
    types: ['side_effects', 'genetic_changes', 'research'],
  },
  // why: "what is G6PD deficiency" asks information; "did he get it from us" asks inheritance; "what foods should he avoid" asks diet, lifestyle
  {
    message:
      'Our baby boy turned yellow and very pale after he was given a medicine for a urine infection and the hospital found he has G6PD deficiency. What is G6PD deficiency? Did he get it from me or his father? What foods does he need to stay away from?',
    focus: 'G6PD deficiency',
    types: ['information', 'inheritance', 'lifestyle'],
  },
  // why: "is the rash from hydroxychloroquine" asks side effects; "how does it work" asks indication; "can I take it if pregnant" asks contraindications
  {
    subject: 'hydroxychloroquine rash + pregnancy',
    message:
      'I started hydroxychloroquine for lupus 4 weeks ago and now I have an itchy scaly rash on my arms and back. Is this rash from hydroxychloroquine? How does it even work for lupus? And we want to try for a baby next year - can I stay on it if I get pregnant?',
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'indication', 'contraindications'],
  },
  // why: "what is pseudocholinesterase deficiency" asks information; "how rare" asks frequency; "does it run in families" asks inheritance
  {
    message:
      'after my c-section I could not move or breathe on my own for 4 hours after the anesthetic, they kept me on a ventilator. Now they say I have pseudocholinesterase deficiency. what is pseudocholinesterase deficiency, how rare is it, and does it run in families',
    focus: 'pseudocholinesterase deficiency',
    types: ['information', 'frequency', 'inheritance'],
  },
  // why: "what are the signs" asks symptoms; "what should we do if it happens" asks managing it, treatment; "how do we stop it happening" asks prevention
  {
    subject: 'Anaphylaxis to antibiotics',
    message:
      'My wife had anaphylaxis after an injection of an antibiotic at the clinic, she could not breathe and they used adrenaline. We are terrified it happens again at home. What are the early signs of anaphylaxis so we can catch it quickly? What should we do if it happens before the ambulance gets there? And how do we stop it happening again, apart from avoiding that antibiotic?',
    focus: 'anaphylaxis',
    types: ['symptoms', 'treatment', 'prevention'],
  },
  // why: "what is DPD deficiency" asks information; "should her children be tested" asks whether relatives should be tested, diagnosis; "is there another chemo" asks treatment
  {
    message:
      'My mother started capecitabine for bowel cancer and within ten days she had terrible mouth sores, diarrhea and her white cells crashed. The oncologist now says she has DPD deficiency. What is DPD deficiency? Should her children be tested before we ever need chemo? And is there another chemotherapy she can safely have, because the cancer still needs treating?',
    focus: 'DPD deficiency',
    types: ['information', 'diagnosis', 'treatment'],
  },
  // why: "can I have a beer on losartan" asks interactions; "is it safe after lisinopril angioedema" asks contraindications; "does it cause the cough" asks side effects
  {
    message:
      'Switched to losartan after lisinopril made my face swell. Few questions: can I have a beer or two on losartan? Is it actually safe for someone who had angioedema on lisinopril? And does losartan cause the dry cough too or was that just lisinopril',
    focus: 'losartan',
    types: ['interactions', 'contraindications', 'side_effects'],
  },
];
