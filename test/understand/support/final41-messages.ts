/**
 * "final41" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, after the round's first end-of-round measurements, before its last changes (focus 0.950, type F1 0.952). Scored by
 * final41.test.ts and by `npx tsx test/understand/support/score-messages.ts --final41 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL41_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether it can be caught -> susceptibility ("should i worry" is the same question)
  {
    message:
      'is kawasaki contagious?? my nephew has it and my daughter was playing with him all weekend. should i be worried',
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: asks whether loss of side vision is one of its signs -> symptoms
  {
    message: 'Does Stargardt disease affect side vision too or only the center?',
    focus: 'Stargardt disease',
    types: ['symptoms'],
  },
  // why: how many people have it -> frequency; FOP is fibrodysplasia ossificans progressiva
  {
    message: 'how many ppl in the world actually have FOP',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['frequency'],
  },
  // why: timing of a dose is drug_usage; Plaquenil is hydroxychloroquine; the nausea is told, not asked
  {
    message:
      'can i take my plaquenil at night instead of in the morning? the morning dose makes me queasy at work',
    focus: 'hydroxychloroquine',
    types: ['drug_usage'],
  },
  // why: asks only why it happens -> cause
  {
    message:
      "Dercum's disease - what causes it?? I've had these painful fatty lumps for 8 yrs and not one doctor can tell me why",
    focus: 'Dercum disease',
    types: ['cause'],
  },
  // why: asks which gene(s) -> genetic_changes
  {
    message:
      'Hi, our nephrologist says my son has Alport syndrome. Which gene is it caused by? The report mentions COL4A5 but I read online that there are others too.',
    focus: 'Alport syndrome',
    types: ['genetic_changes'],
  },
  // why: how to throw away leftover medicine -> storage_disposal; the loss is story
  {
    subject: 'leftover medication',
    message:
      "My husband passed away in March and I still have about half a bottle of his modafinil in the bathroom cabinet. What is the right way to get rid of it? I don't want to just flush it.",
    focus: 'modafinil',
    types: ['storage_disposal'],
  },
  // why: asks only about clinical trials -> research
  {
    message:
      'Good afternoon. Are there some clinical trials for idiopathic multicentric Castleman disease in Europe? I live in Portugal and my doctor say there is no more option here. Thank you',
    focus: 'Castleman disease',
    types: ['research'],
  },
  // why: teacher asks about school and PE -> lifestyle
  {
    message:
      "I'm a 4th grade teacher and a girl with Turner syndrome is joining my class after the break. Is there anything I should know to help her at school - for example can she take part in PE like the other kids?",
    focus: 'Turner syndrome',
    types: ['lifestyle'],
  },
  // why: a named exposure asked as its cause -> association
  {
    message: 'could the flu shot have caused my GBS? i got sick exactly 2 weeks after the jab',
    focus: 'Guillain-Barre syndrome',
    types: ['association'],
  },
  // why: asks for a doctor who knows it -> find_specialist; a friend writes
  {
    message:
      'my best friend was just diagnosed with moyamoya and her local neurologist admitted he has never seen it before. is there a doctor or hospital in texas that specializes in moyamoya?',
    focus: 'moyamoya disease',
    types: ['find_specialist'],
  },
  // why: a medicine with alcohol -> interactions; Xyrem is sodium oxybate
  {
    message:
      "I'm on Xyrem for narcolepsy. Is one glass of wine at my sister's wedding dinner ok or is that dangerous?",
    focus: 'sodium oxybate',
    types: ['interactions'],
  },
  // why: asks what the condition is -> information; second-language English
  {
    message:
      'Hello, the baby of my sister in Poland is diagnosed with Williams syndrom. Please can you explain me what is this illness? We dont understand the doctors.',
    focus: 'Williams syndrome',
    types: ['information'],
  },
  // why: preventing an attack -> prevention; the past swelling is story
  {
    subject: 'HAE and dentist',
    message:
      'I have to get two teeth pulled next month. Last time I had dental work my face and throat swelled up badly and I ended up in the ER. How can I prevent an attack this time?',
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  // why: breastfeeding precaution -> contraindications
  {
    message: 'Is colchicine safe to take while breastfeeding? My baby is 6 weeks old.',
    focus: 'colchicine',
    types: ['contraindications'],
  },
  // why: "could this be marfan" -> diagnosis; life expectancy -> prognosis
  {
    message:
      "my son is 14, already 6'3 with very long fingers and the eye doctor found the lens in his left eye is slightly out of place. could this be marfan? and if it is what is the life expectancy",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'prognosis'],
  },
  // why: which parent he got it from -> inheritance; therapy for children -> treatment
  {
    message:
      'Our son (8) was finally diagnosed with Fabry disease after years of burning pain in his hands and feet. Did he get it from me or from his father? And is there any treatment for kids his age?',
    focus: 'Fabry disease',
    types: ['inheritance', 'treatment'],
  },
  // why: whether the cramps come from the medicine -> side_effects; splitting the tablet -> drug_usage; Mestinon is pyridostigmine
  {
    message:
      "Since I started Mestinon for my myasthenia I've had stomach cramps and diarrhea almost every day. Is it the Mestinon doing this? Also can I cut the 60 mg tablet in half, I feel like I don't need a whole one.",
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage'],
  },
  // why: signs -> symptoms; how it is confirmed -> diagnosis
  {
    message:
      'what are the symptoms of behcets and how do they diagnose it? i keep getting mouth ulcers that wont heal and my gp just shrugs',
    focus: 'Behcet disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: higher risk of another condition (lymphoma) -> complications; special diet -> lifestyle
  {
    message:
      "Does Sjogren's increase your risk of lymphoma? My rheumatologist mentioned it very briefly at the end of the appointment and now I can't stop thinking about it. Also, is there a special diet I should be following?",
    focus: 'Sjogren syndrome',
    types: ['complications', 'lifestyle'],
  },
  // why: how common -> frequency; support groups -> find_specialist; a grandparent writes
  {
    message:
      'My grandson was born three weeks ago with Prader-Willi syndrome. How common is it? Are there any support groups for families, maybe even for grandparents like us?',
    focus: 'Prader-Willi syndrome',
    types: ['frequency', 'find_specialist'],
  },
  // why: what brings on the attacks -> cause; avoiding another one -> prevention
  {
    subject: 'AIP',
    message:
      'what brings on the attacks? ive had 3 this year and ended up in hospital every time. how do i avoid another one',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: how the medicine works -> indication; hair loss from it -> side_effects; focus is the medicine
  {
    message:
      'My doctor wants to start me on methotrexate for my scleroderma. How does it actually work? Will it make my hair fall out?',
    focus: 'methotrexate',
    types: ['indication', 'side_effects'],
  },
  // why: chance a child of an affected parent has it -> inheritance; "should I get tested" -> diagnosis
  {
    message:
      "My dad was just diagnosed with Huntington's at 55. What are the chances I have it too? Should I get tested? I'm 28 and my wife and I want kids soon.",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: an exposure raising the risk -> susceptibility; signs to watch for -> symptoms
  {
    message:
      'I was a firefighter for 20 years and two guys from my old station now have sarcoidosis. Am I at higher risk because of the smoke I breathed? What symptoms should I be watching for?',
    focus: 'sarcoidosis',
    types: ['susceptibility', 'symptoms'],
  },
  // why: higher risk of other cancers -> complications; colonoscopy schedule is screening -> diagnosis
  {
    message:
      'Just found out I have Lynch syndrome (MLH1). Which cancers am I at risk for besides colon? And how often should I be having colonoscopies?',
    focus: 'Lynch syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: what the medicine is for -> indication; lactose content -> ingredients; Exjade is deferasirox
  {
    message:
      'what is exjade used for exactly? my daughter has thalassemia and was just prescribed it. and does it contain lactose, she is very intolerant',
    focus: 'deferasirox',
    types: ['indication', 'ingredients'],
  },
  // why: cure / gene therapy -> treatment; cost and insurance -> other
  {
    message:
      "Is there a cure for SMA? Our baby girl was diagnosed at 3 months. We've heard about a gene therapy but how much does it cost and will insurance pay for it??",
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'other'],
  },
  // why: why it happens -> cause; whether surgery helps -> treatment
  {
    subject: 'trigeminal neuralgia',
    message:
      "My mum (67) has had stabbing pain in her cheek for a year, the neurologist says it's TN. What causes it? The tablets make her so drowsy, would surgery help her?",
    focus: 'trigeminal neuralgia',
    types: ['cause', 'treatment'],
  },
  // why: whether tiredness/joint pain are signs -> symptoms; which gene -> genetic_changes
  {
    message:
      'does hemochromatosis cause joint pain and being tired all the time? and which gene is it, my brother says his test showed a "C282Y" thing',
    focus: 'hemochromatosis',
    types: ['symptoms', 'genetic_changes'],
  },
  // why: same as Marfan? -> information; gymnastics -> lifestyle; joints worse with age -> prognosis; EDS is the main condition
  {
    message:
      'My daughter (12) was diagnosed with hypermobile EDS last month. Is EDS the same thing as Marfan syndrome? A relative keeps saying it is. Her coach wants to know if she can keep doing gymnastics. And will her joints get worse as she gets older?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['information', 'lifestyle', 'prognosis'],
  },
  // why: questions are about the medicine, so focus is miglustat: its side effects -> side_effects; trying for a baby -> contraindications
  {
    message:
      "My wife has type 1 Gaucher disease and her doctor suggests switching from the infusions to Zavesca (miglustat) capsules. What side effects does miglustat have? We're also hoping to try for a baby next year, is it ok to be on it then?",
    focus: 'miglustat',
    types: ['side_effects', 'contraindications'],
  },
  // why: walking again and life expectancy are both outlook -> prognosis; which gene -> genetic_changes; should the sister be tested -> diagnosis
  {
    message:
      "Our daughter Mia is 4 and was diagnosed with Rett syndrome in the spring. She was walking at 14 months but over the last year she lost most of her words and now she hardly walks, and she wrings her hands all day. We are trying to understand what is ahead of us. Will she ever walk again on her own? What is the life expectancy for girls with Rett? The geneticist mentioned a gene but we were so overwhelmed we didn't catch the name - which gene is it? And should her little sister, who is 18 months, be tested as well? Thank you for reading this.",
    focus: 'Rett syndrome',
    types: ['prognosis', 'genetic_changes', 'diagnosis'],
  },
  // why: hereditary -> inheritance; turn to cancer -> complications; removing the lumps -> treatment; support groups -> find_specialist
  {
    subject: 'NF1 questions',
    message:
      'Hi, I was diagnosed with NF1 at 30 after a dermatologist saw my spots. A few questions:\n1. is it hereditary? will my kids get it\n2. can the lumps on my skin turn into cancer\n3. can the lumps be removed\n4. any support groups in the UK?',
    focus: 'neurofibromatosis type 1',
    types: ['inheritance', 'complications', 'treatment', 'find_specialist'],
  },
  // why: all questions are about the medicine: what it does -> indication; infertility -> side_effects; with penicillin -> interactions
  {
    message:
      "My son (9) with sickle cell has been prescribed hydroxyurea. 1) Isn't that a chemo drug?? How does it help sickle cell? 2) Can it make him infertile later on? 3) He takes penicillin every day, is it ok to combine the two?",
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: what it is -> information; normal development -> prognosis; next baby -> inheritance
  {
    message:
      "we just got a call that our newborn's heel prick test came back positive for PKU. what is it exactly? will he grow up normal, like normal intelligence? and what are the chances our next baby has it too. sorry for all the questions we are in shock",
    focus: 'phenylketonuria',
    types: ['information', 'prognosis', 'inheritance'],
  },
  // why: what caused it -> cause; travel -> lifestyle; risk of thyroid disease -> complications
  {
    message:
      "I was diagnosed with Addison's disease after collapsing at work. What caused it? I'm supposed to fly to Thailand in the summer - is it safe to travel long haul with it? And does having Addison's mean I'm more likely to get thyroid problems too?",
    focus: 'Addison disease',
    types: ['cause', 'lifestyle', 'complications'],
  },
  // why: Becker the same as Duchenne -> information; next baby's chance -> inheritance; Duchenne is the nephew's condition
  {
    message:
      'My nephew has Duchenne muscular dystrophy. The doctor also mentioned Becker - is Becker the same as Duchenne? My sister is pregnant again, what are the chances this baby has it too?',
    focus: 'Duchenne muscular dystrophy',
    types: ['information', 'inheritance'],
  },
  // why: flying -> lifestyle; how rare -> frequency; sirolimus trials -> research
  {
    subject: 'LAM',
    message:
      'Diagnosed 2 months ago at 34. Is it safe for me to fly? How rare is this really, my pulmonologist said he has only seen 2 cases. Are there any trials going on besides sirolimus?',
    focus: 'lymphangioleiomyomatosis',
    types: ['lifestyle', 'frequency', 'research'],
  },
  // why: "could they have it / is there a test" is one question -> diagnosis; kidney damage -> complications; other than colchicine -> treatment (focus stays FMF)
  {
    subject: 'FMF question',
    message:
      'My husband is armenian and he has familial mediterranean fever. Now our two kids get high fevers with belly pain every few weeks. Could they have it also? Is there a test for it? I read it can damage the kidneys, is this true? And is there other treatment than colchicine because it gives my husband stomach problems.',
    focus: 'familial Mediterranean fever',
    types: ['diagnosis', 'complications', 'treatment'],
  },
];
