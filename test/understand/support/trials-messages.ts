/**
 * "trials" set. Messages about clinical trials and research: finding a trial, whether to join, experimental and
 * gene therapies, compassionate use, what a study found, and the condition itself. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.859). Scored by trials.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --trials --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TRIALS_MESSAGES: ConsumerMessage[] = [
  // why: "are there any clinical trials" asks only about trials
  {
    message: 'are there any clinical trials for fibrodysplasia ossificans progressiva',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['research'],
  },
  // why: the only question is whether any trial anywhere is open to her; the diagnosis and radiation are story
  {
    subject: 'Trials for DIPG',
    message:
      'My 6 year old daughter was diagnosed with DIPG three weeks ago. The oncologist says radiation is all they can offer us. We are desperate. Are there any trials anywhere in the world, even if we have to travel? Please help us.',
    focus: 'DIPG',
    types: ['research'],
  },
  // why: getting an experimental gene therapy through compassionate use or expanded access is a question about research access
  {
    subject: 'compassionate use',
    message:
      'My son is 14 and has Duchenne. He is no longer eligible for the gene therapy trial because he stopped walking last year. Is there any way to get it through compassionate use or expanded access? Who would we even ask?',
    focus: 'Duchenne',
    types: ['research'],
  },
  // why: both questions are about giving a sample to a research biobank and getting research results back
  {
    message:
      'the hospital asked if my daughter who has rett syndrome could give a blood sample for a research biobank. what will they actually do with it and will we ever get results back',
    focus: 'rett syndrome',
    types: ['research'],
  },
  // why: "any new research" asks only about research
  {
    message: 'any new research on choroideremia?',
    focus: 'choroideremia',
    types: ['research'],
  },
  // why: whether joining the trial is worth it and what the risks of joining are both ask about trial participation
  {
    subject: 'Should we join?',
    message:
      "Our 12 yo has Friedreich's ataxia. There's a trial recruiting about an hour from us but it means stopping one of her other meds for 4 weeks and going to the hospital every other week for a year. Is it worth it? What are the risks of joining a trial like this, could she end up worse off than now?",
    focus: "Friedreich's ataxia",
    types: ['research'],
  },
  // why: both questions are about consenting to give samples to a study; the disease itself is not asked about
  {
    subject: 'Request to keep my sputum samples',
    message:
      'I am 31 and have cystic fibrosis. My clinic wants to keep my sputum samples for a study on lung bacteria. Do I have to say yes? Would saying no affect the care I get there?',
    focus: 'cystic fibrosis',
    types: ['research'],
  },
  // why: asks only where trials are running
  {
    message: 'Are there any clinical trials for late-onset Tay-Sachs disease in Canada?',
    focus: 'Tay-Sachs disease',
    types: ['research'],
  },
  // why: asks whether the medicine is being studied, and what those studies are, which is research
  {
    message:
      'Is metformin being tested for anything rare? A friend said it was being studied in kids with fragile x and i cant find the study anywhere',
    focus: 'metformin',
    types: ['research'],
  },
  // why: "is there any research" asks research only
  {
    subject: 'CMT type 1A',
    message: 'is there any research going on into CMT type 1A? my whole family has it',
    focus: 'CMT',
    types: ['research'],
  },
  // why: "what is it used for and how does it work" asks what the medicine is for; the trial is story
  {
    message:
      'Zavesca for type 3 Gaucher - what is it used for and how does it work exactly? Our doctor wants to try it while we wait for a trial to open near us.',
    focus: 'Zavesca',
    types: ['indication'],
  },
  // why: asks only about new treatments being tested in trials; the worsening tremor is story
  {
    message:
      "are there any new parkinson's disease treatments in trials that could actually slow it down, not just help the symptoms? my husband is 58 and his tremor is getting worse every month",
    focus: "parkinson's disease",
    types: ['research'],
  },
  // why: "can it be picked up on newborn screening" asks about a screening test
  {
    message:
      'Can Krabbe disease be picked up on newborn screening? I read about a study in New York but our state doesnt seem to do it.',
    focus: 'Krabbe disease',
    types: ['diagnosis'],
  },
  // why: "does that mean I'm a carrier" asks about carrier status, which is inheritance; giving blood for the study is story
  {
    message:
      'i was asked to give blood for a fragile x study because my son has it. does that mean im a carrier??',
    focus: 'fragile x',
    types: ['inheritance'],
  },
  // why: "is it hereditary" asks inheritance only; the study asking for DNA is story
  {
    subject: 'Is Ewing sarcoma hereditary?',
    message:
      'My son (16) is in a trial for Ewing sarcoma and the research team asked for a DNA sample from me and my husband. Is this because it runs in families? We have two younger kids.',
    focus: 'Ewing sarcoma',
    types: ['inheritance'],
  },
  // why: "what is" asks an overview and "any research going on" asks research
  {
    message: 'What is Batten disease and is there any research going on for it?',
    focus: 'Batten disease',
    types: ['information', 'research'],
  },
  // why: stomach aches "from the medicine" is a side effect, and taking it with orange juice is a food interaction
  {
    message:
      "My son is in a study of Kalydeco for CF. He's been getting stomach aches since he started, could that be from the medicine? And is it ok for him to take it with his orange juice at breakfast?",
    focus: 'Kalydeco',
    types: ['side_effects', 'interactions'],
  },
  // why: "life expectancy" asks prognosis, and "studies of combining treatments" asks research
  {
    subject: 'baby diagnosed with SMA',
    message:
      'Our baby girl was diagnosed with SMA type 1 by newborn screening at 5 days old. What is the life expectancy now with the new treatments? Are there any studies of combining two of the treatments together?',
    focus: 'SMA',
    types: ['prognosis', 'research'],
  },
  // why: "how does it work" asks what the medicine does, and whether taking it bars him from a trial is research
  {
    message:
      'My husband was just diagnosed with ALS and the neurologist started him on riluzole. How does it work? And would taking it stop him from getting into a clinical trial later on?',
    focus: 'riluzole',
    types: ['indication', 'research'],
  },
  // why: asks the symptoms, and whether studies of new enzyme replacement are being done
  {
    message:
      'what are the symptoms of late onset Pompe disease and are they doing any studies on newer enzyme replacement',
    focus: 'Pompe disease',
    types: ['symptoms', 'research'],
  },
  // why: damage to the heart as well as the kidneys is complications; gene therapy trials is research
  {
    message:
      'I have Fabry disease and get enzyme infusions every two weeks. Can Fabry disease damage the heart as well as the kidneys? Also, are there any gene therapy trials I could look into?',
    focus: 'Fabry disease',
    types: ['complications', 'research'],
  },
  // why: "is that from the Epidiolex" asks a side effect, and stopping it suddenly asks how to stop a medicine
  {
    subject: 'sleepy on Epidiolex',
    message:
      'Our daughter with Dravet syndrome is in an open label extension study of Epidiolex. She seems really sleepy all afternoon. Is that from the Epidiolex? And if the study ends can we just stop it or does it have to be tapered?',
    focus: 'Epidiolex',
    types: ['side_effects', 'drug_usage'],
  },
  // why: whether trials accept people with vision loss is research, and "is it genetic, my mom has it" is inheritance
  {
    message:
      'do trials for retinitis pigmentosa accept people who already lost most of there vision. also is it genetic my mom has it too',
    focus: 'retinitis pigmentosa',
    types: ['research', 'inheritance'],
  },
  // why: "how long does he have" is prognosis and whether to join a trial at 71 is research
  {
    message:
      "My father is 71 and has idiopathic pulmonary fibrosis. He's on nintedanib and his lung doctor mentioned a trial of a new drug. How long do people usually live with this? Is it even worth joining a trial at his age?",
    focus: 'idiopathic pulmonary fibrosis',
    types: ['prognosis', 'research'],
  },
  // why: "does it need to be kept in the fridge" is storage, and a missed dose is drug usage; the trial is story
  {
    message:
      'Our son has tuberous sclerosis and has been on Afinitor since his trial ended. Does Afinitor need to be kept in the fridge? And what do we do if he misses a dose, give it late or skip it?',
    focus: 'Afinitor',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: whether the spinal tap for the study is safe and whether she can consent are about taking part in research; "will the results tell if I get it too" is inheritance
  {
    subject: 'research study for my mother',
    message:
      "My mom has early Alzheimer's disease and a research team asked her to do a spinal tap and brain scans for a study. Is it safe for her at 74? Can she still consent on her own? Also, will the results tell us whether I am likely to get it too?",
    focus: "Alzheimer's disease",
    types: ['research', 'inheritance'],
  },
  // why: "which genes cause it" is genetic changes; trials for the CEP290 type is research
  {
    message:
      'Which genes cause Leber congenital amaurosis? Our daughter has the CEP290 type and we were told the approved gene therapy is not for her. Are there trials for CEP290?',
    focus: 'Leber congenital amaurosis',
    types: ['genetic_changes', 'research'],
  },
  // why: pregnancy while on the medicine is a contraindication question; studies on pregnancy with LAM is research
  {
    message:
      'I have LAM and take sirolimus. Is it safe to get pregnant while on sirolimus? Are there any studies on LAM and pregnancy?',
    focus: 'sirolimus',
    types: ['contraindications', 'research'],
  },
  // why: "how rare" is frequency and "which gene" is genetic changes; the request for skin cells is story
  {
    message:
      'A researcher asked for a skin sample from my son for a cystinosis study, they said there are very few patients. How rare is cystinosis really and which gene is it?',
    focus: 'cystinosis',
    types: ['frequency', 'genetic_changes'],
  },
  // why: asbestos at the shipyard as the cause is an association question, and immunotherapy trials is research
  {
    subject: 'mesothelioma trials',
    message:
      "Was my dad's mesothelioma caused by the asbestos at the shipyard he worked at in the 70s? And are there immunotherapy trials that take patients over 80?",
    focus: 'mesothelioma',
    types: ['association', 'research'],
  },
  // why: whether he should get tested is diagnosis, his chances of having it is inheritance, and trials for gene carriers is research
  {
    subject: 'Huntington testing and trials',
    message:
      "My dad has Huntington's disease and I'm 24. Should I get tested? What are the chances I have it? If I do carry it, are there any trials for people who have the gene but no symptoms yet?",
    focus: "Huntington's disease",
    types: ['diagnosis', 'inheritance', 'research'],
  },
  // why: going blind is prognosis, inherited from both parents is inheritance, which gene is genetic changes, and how to sign up for the trial is research
  {
    message:
      "I was diagnosed with Stargardt disease at 19, I'm 23 now and reading is getting hard. Will I go completely blind? Is it true I had to get it from both my parents? I read about a gene therapy trial - which gene would they be fixing, and how do I sign up?",
    focus: 'Stargardt disease',
    types: ['prognosis', 'inheritance', 'genetic_changes', 'research'],
  },
  // why: "what is" is information, "how many kids" is frequency, and what the drug study showed is research
  {
    message:
      'What is progeria, how many kids in the world have it, and is it true a study showed a drug helps them live longer?',
    focus: 'progeria',
    types: ['information', 'frequency', 'research'],
  },
  // why: "is it a cure" asks treatment, trials to join is research, and stopping the crises meanwhile is prevention
  {
    subject: 'gene therapy for sickle cell',
    message:
      "I'm 27 and have sickle cell disease with crises almost every month, been in the hospital 6 times this year. Is the new gene therapy actually a cure? Are there still trials I could join instead of paying for it? And how do I stop the crises in the meantime, I already drink a lot of water.",
    focus: 'sickle cell disease',
    types: ['treatment', 'research', 'prevention'],
  },
  // why: weight gain from prednisone is a side effect, trials of drugs to get off steroids is research, and exercising is lifestyle
  {
    message:
      "I was diagnosed with myasthenia gravis 2 years ago and have been on prednisone since. I've put on 30 pounds. Is the weight gain from the prednisone? Are there trials of newer drugs that would let me come off steroids completely? And is it ok for me to go to the gym or will it make the weakness worse?",
    focus: 'prednisone',
    types: ['side_effects', 'research', 'lifestyle'],
  },
  // why: "what is" is information, "can it turn into cancer" is complications, and trials for the tumours is research
  {
    message: 'what is nf1 and can it turn into cancer. any trials for the tumours',
    focus: 'nf1',
    types: ['information', 'complications', 'research'],
  },
  // why: which gene is missing is genetic changes, "will he talk" is prognosis, and enrolling in the antisense trials and where they are run is research
  {
    message:
      'Our son is 4 and has Angelman syndrome (deletion type). Which gene is missing exactly? Will he ever talk? We heard about the antisense trials, is he old enough to enroll and where are they being run?',
    focus: 'Angelman syndrome',
    types: ['genetic_changes', 'prognosis', 'research'],
  },
  // why: whether the new baby is at risk is inheritance, studies for Becker is research, and "what about his heart" asks complications
  {
    message:
      'my nephew has Becker muscular dystrophy and my sister is pregnant again, is the baby at risk? also are there any studies for becker or is it all duchenne? and what about his heart, the cardiologist seemed worried',
    focus: 'Becker muscular dystrophy',
    types: ['inheritance', 'research', 'complications'],
  },
  // why: how it is passed on is inheritance, whether the sister should be tested is diagnosis, joining the trial on miglustat is research, and losing walking is prognosis
  {
    subject: 'NPC diagnosis, so many questions',
    message:
      'Our 8 year old was just diagnosed with Niemann-Pick disease type C after years of clumsiness and trouble at school, and we are still in shock. How is it passed on? We have a younger daughter, should she be tested too? The specialist mentioned miglustat and also a trial of a new drug. Can she join the trial and still take miglustat at the same time? And will she lose the ability to walk?',
    focus: 'Niemann-Pick disease type C',
    types: ['inheritance', 'diagnosis', 'research', 'prognosis'],
  },
  // why: which centres run trials is research, where to get a second opinion is a specialist question, and how long she has is prognosis
  {
    subject: 'second opinion and trials',
    message:
      'My wife has glioblastoma. It came back 8 months after surgery and temozolomide. Which centres have the best trials for recurrent glioblastoma, and can we get a second opinion from a neuro-oncologist there? Honestly how long does she have?',
    focus: 'glioblastoma',
    types: ['research', 'find_specialist', 'prognosis'],
  },
];
