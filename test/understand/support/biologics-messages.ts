/**
 * "biologics" set. Messages about biologic and immune medicines given as injections or infusions: how they
 * work, infections, vaccines while on them, stopping them, with questions about the condition they are taken
 * for. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 0.900, type F1 0.814). Scored by
 * biologics.test.ts and by `npx tsx test/understand/support/score-messages.ts --biologics --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BIOLOGICS_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether the frequent colds come from the medicine (Humira = adalimumab), a side_effects question.
  {
    message:
      'does humira make you catch colds easier? been on it 3 months for my crohns and ive had 4 colds already',
    focus: 'adalimumab',
    types: ['side_effects'],
  },
  // why: whether a vaccine can be given with the medicine is the medicine combined with another medicine, so interactions; focus is the medicine.
  {
    message:
      'Can my daughter have the chickenpox vaccine while she is on etanercept for her juvenile arthritis?',
    focus: 'etanercept',
    types: ['interactions'],
  },
  // why: "what is it for" is indication, "does it weaken the immune system" asks about an effect of the medicine, side_effects.
  {
    message:
      'My uncle just started on something called eculizumab. What is it for, and does it weaken your immune system?',
    focus: 'eculizumab',
    types: ['indication', 'side_effects'],
  },
  // why: the chance that a child of an affected parent gets it is inheritance; Cosentyx is only background.
  {
    message:
      "My dad has ankylosing spondylitis and gets cosentyx injections. I'm 17 - is it hereditary, am I going to get it too?",
    focus: 'ankylosing spondylitis',
    types: ['inheritance'],
  },
  // why: whether two conditions are the same is information; the Enbrel is background.
  {
    message:
      'is psoriatic arthritis the same thing as normal arthritis?? just been started on enbrel and nobody explained',
    focus: 'psoriatic arthritis',
    types: ['information'],
  },
  // why: keeping the pens cold while travelling is storage of a medicine (Stelara = ustekinumab), named only in the subject.
  {
    subject: 'Stelara',
    message:
      'Does it need to stay in the fridge the whole time? We are flying to Spain for two weeks and my next dose falls in the middle.',
    focus: 'ustekinumab',
    types: ['storage_disposal'],
  },
  // why: alcohol with a medicine is interactions.
  {
    message: 'can you drink alcohol on infliximab. asking for a wedding next month lol',
    focus: 'infliximab',
    types: ['interactions'],
  },
  // why: safety in pregnancy is contraindications; the medicine is the focus even though the condition is named.
  {
    message:
      'Is it safe to get pregnant while taking certolizumab (Cimzia)? I have psoriatic arthritis and we would like to start trying this year.',
    focus: 'certolizumab',
    types: ['contraindications'],
  },
  // why: "what is it" is an overview, information.
  {
    message:
      "What is paroxysmal nocturnal hemoglobinuria? My husband's hematologist said it today and mentioned infusions, and we were too shocked to ask anything.",
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['information'],
  },
  // why: asks for trials of new treatments, research; rituximab is background.
  {
    message:
      'Are there any clinical trials for neuromyelitis optica going on right now? Rituximab has not stopped my relapses and I am running out of options.',
    focus: 'neuromyelitis optica',
    types: ['research'],
  },
  // why: later heart problems caused by the disease are complications.
  {
    message:
      'Our son had Kawasaki disease at 2 and got the IVIG drip in hospital. Can it still cause heart problems later in his life?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: what to do about a missed dose is drug_usage (Actemra = tocilizumab).
  {
    message: 'my son missed his actemra shot by 4 days, do we give it now or just wait for the next one?',
    focus: 'tocilizumab',
    types: ['drug_usage'],
  },
  // why: whether he can catch it is susceptibility (contagious); Humira is background.
  {
    message:
      'my girlfriend has HS (hidradenitis suppurativa) and is starting humira. can i catch it from her? sorry if dumb question',
    focus: 'hidradenitis suppurativa',
    types: ['susceptibility'],
  },
  // why: how rare it is is frequency.
  {
    message:
      'My sister is 24 and was just diagnosed with Takayasu arteritis, they are putting her on tocilizumab. How rare is this disease actually?',
    focus: 'Takayasu arteritis',
    types: ['frequency'],
  },
  // why: which gene is genetic_changes; anakinra is background.
  {
    message:
      'Which gene is it in TRAPS? My son has it and gets anakinra, the doctor said a gene but I forgot which one.',
    focus: 'TNF receptor-associated periodic syndrome',
    types: ['genetic_changes'],
  },
  // why: whether the red swollen spots come from the injections is side_effects; how long she must stay on it is about stopping it, drug_usage.
  {
    message:
      'Our daughter is 9 and has systemic JIA. Since March she gets anakinra (Kineret) injections every day. The places where we inject get red, hot and swollen for a few days. Is that normal from this medicine? And how long will she have to keep taking it, is it for years?',
    focus: 'anakinra',
    types: ['side_effects', 'drug_usage'],
  },
  // why: vaccines together with the medicine are interactions; one question asked about two vaccines.
  {
    message:
      "I have rheumatoid arthritis and I've been on Orencia (abatacept) infusions for about a year, methotrexate too. My GP surgery is offering me the flu jab and the Shingrix shingles vaccine this autumn. Is it OK to have these while on Orencia, or do I need to time them around my infusions?",
    focus: 'abatacept',
    types: ['interactions'],
  },
  // why: "what does it actually do" is how the medicine works, indication.
  {
    message:
      "Hello. My grandson is 15 and has Crohn's disease. Next week he starts infliximab infusions at the children's hospital. His parents understand it but I am old fashioned and want to know what this medicine actually does in the body. Thank you.",
    focus: 'infliximab',
    types: ['indication'],
  },
  // why: whether the disease will go away is prognosis; other treatment than rituximab is treatment.
  {
    message:
      'My husband have myasthenia gravis since two years, he is 45 and always tired, eyes falling down in evening. Now doctor say maybe rituximab. Is possible this disease go away someday? And is there other treatment than this rituximab?',
    focus: 'myasthenia gravis',
    types: ['prognosis', 'treatment'],
  },
  // why: whether the medicine can give her the brain infection (PML) is a side effect of the medicine.
  {
    message:
      "My wife has MS and has been on Tysabri for 3 years and it's worked really well. Her last blood test came back JC virus positive and the nurse mentioned PML. Does this mean she is going to get that brain infection from the Tysabri? We're both pretty scared.",
    focus: 'natalizumab',
    types: ['side_effects'],
  },
  // why: sports and a school trip are daily life with the condition, lifestyle; one type although two activities.
  {
    message:
      'hi im 16 and have ulcerative colitis, im on entyvio every 8 weeks. can i still play football for my school team with it? and were going on a school trip to france in may, is that ok with my colitis',
    focus: 'ulcerative colitis',
    types: ['lifestyle'],
  },
  // why: the chance that the next baby has it is inheritance; the condition is named only in the subject.
  {
    subject: 'aHUS - question about our next baby',
    message:
      'Our son is 4. He had kidney failure at 18 months and has been on Soliris ever since, he is doing well now. The doctors found a gene change that causes his illness. I am pregnant again, due in March. Could this baby have it too?',
    focus: 'atypical hemolytic uremic syndrome',
    types: ['inheritance'],
  },
  // why: "what causes it" is cause; whether people of a given origin are more at risk is susceptibility.
  {
    message:
      "I was diagnosed with Behcet's last year (mouth ulcers, eye inflammation, skin stuff) and I'm now on infliximab which is helping. What causes Behcet's in the first place? My family is from Turkey and my rheumatologist said it's more common there - are people from there more at risk?",
    focus: 'Behcet disease',
    types: ['cause', 'susceptibility'],
  },
  // why: keeping it from coming back is preventing relapses, prevention.
  {
    message:
      "My mum is 68 and was diagnosed with GPA (granulomatosis with polyangiitis) after months of nosebleeds and then her kidneys started failing. She had rituximab infusions and she's in remission now, thank God. How do we keep it from coming back?",
    focus: 'granulomatosis with polyangiitis',
    types: ['prevention'],
  },
  // why: breastfeeding while on a medicine is contraindications.
  {
    message:
      "I get Xolair shots every 4 weeks for chronic hives. I had my baby 2 months ago and I'm breastfeeding. My allergist's office is closed till Monday. Is it ok to keep breastfeeding on omalizumab?",
    focus: 'omalizumab',
    types: ['contraindications'],
  },
  // why: how it is confirmed (biopsy or blood test) is diagnosis; the rituximab remark is not a question.
  {
    subject: 'pemphigus?',
    message:
      'My father (59) has had painful blisters in his mouth for months, now some on his chest too. The dermatologist thinks it could be pemphigus vulgaris. How do they confirm it, is it a biopsy or a blood test? I read online that rituximab is used for it, which sounds scary.',
    focus: 'pemphigus vulgaris',
    types: ['diagnosis'],
  },
  // why: throwing away used pens is storage_disposal; whether the cap contains latex is ingredients.
  {
    message:
      "Where am I supposed to throw away used Simponi pens? The pharmacy says they don't take them back and I don't want to put them in the bin. Also, does the cap of the pen have latex in it? My partner is allergic.",
    focus: 'golimumab',
    types: ['storage_disposal', 'ingredients'],
  },
  // why: damage to the kidneys if attacks continue is a complication of the condition.
  {
    message:
      'Our son (11) has FMF. Colchicine helps but he still has attacks with fever and belly pain every month, so the doctors want to add an injection (anakinra). If the attacks keep going, can FMF damage his kidneys?',
    focus: 'familial Mediterranean fever',
    types: ['complications'],
  },
  // why: diet and working as a nurse are daily life with the condition, lifestyle.
  {
    message:
      'I have sarcoidosis in my lungs and eyes and have been on infliximab since the steroids stopped working. Is there a special diet I should follow? And can I keep working as a nurse on a hospital ward with it?',
    focus: 'sarcoidosis',
    types: ['lifestyle'],
  },
  // why: the outlook for her eyesight is prognosis.
  {
    message:
      "My 6 year old has uveitis that came with her JIA. She's on Humira now and the eye doctor says the inflammation is calmer. What is the outlook for her eyesight long term? Will she go blind?",
    focus: 'uveitis',
    types: ['prognosis'],
  },
  // why: buried questions: whether the illnesses come from Humira (side_effects), whether he can go to camp (lifestyle), whether his sister should be tested (diagnosis); the first one asked is about the medicine.
  {
    message:
      "I'm writing about my son Leo, he's 14. Last year he lost almost 8 kg and had diarrhoea for months before they finally found out it was Crohn's disease. He was on steroids first, then in January they started him on Humira injections every two weeks. His gut is so much better, but since then he seems to catch everything going round at school, he has had two chest infections and a stomach bug. Is it the Humira that makes him get sick so often? In June his class goes to a camp in the mountains for a week, no fridge, long hikes, and he really wants to go. Can he go? One more thing, his little sister (10) has had stomach aches on and off for a few months. Should she be tested for Crohn's too? Sorry for the long message, it's been a hard year.",
    focus: 'adalimumab',
    types: ['side_effects', 'lifestyle', 'diagnosis'],
  },
  // why: a list: how it works (indication), old TB as a precaution (contraindications), with methotrexate (interactions), cost without insurance (other).
  {
    subject: 'Questions about Actemra before I start',
    message:
      'Hello, I am 52 and have had rheumatoid arthritis for 10 years. My rheumatologist wants me to start Actemra (tocilizumab) injections next month. I have a few questions:\n1. How does it work? Is it like the Humira I had before?\n2. I had TB as a child in the Philippines and was treated. Is that a problem for taking it?\n3. Can I keep taking my methotrexate with it?\n4. How much does it cost if my insurance refuses it?\nThank you very much for your help.',
    focus: 'tocilizumab',
    types: ['indication', 'contraindications', 'interactions', 'other'],
  },
  // why: staying on Benlysta while trying to conceive is contraindications (pregnancy); whether the child would get lupus is inheritance.
  {
    message:
      "I'm 29 and was diagnosed with lupus at 22. A few years ago it went to my kidneys and it was a really bad time, but since I started Benlysta infusions (plus my usual pills) things have been calm for almost two years. My husband and I now really want a baby. My rheumatologist is supportive but said we'd 'talk about the medicines' and the appointment isn't until April. Can I stay on Benlysta while we are trying to get pregnant? And honestly something I'm afraid to ask her, would our child get lupus from me?",
    focus: 'belimumab',
    types: ['contraindications', 'inheritance'],
  },
  // why: whether the belly trouble comes from the injections is side_effects; whether psoriasis can go into the joints is the condition turning into another one, complications.
  {
    message:
      "My husband has had really bad psoriasis since his 20s, all over his arms, legs and scalp. Last autumn he started Cosentyx injections and his skin is almost clear, he's a different man. But for the last six weeks he has had diarrhoea and cramps on and off, and he's lost some weight. He won't go to the doctor because he's afraid they'll take the injections away. Could the Cosentyx be doing this to his stomach? He also keeps saying his finger joints ache in the mornings, and he asked me to find out: can psoriasis go into the joints?",
    focus: 'secukinumab',
    types: ['side_effects', 'complications'],
  },
  // why: whether her own children will get it is inheritance; trials of stem cell transplant are research.
  {
    message:
      'my younger sister was diagnosed with MS in the summer, she is 31. it started with her losing sight in one eye and then numbness in her legs. the neurologist has given her the choice between infusions every 6 months or every 4 weeks (tysabri) and she is trying to decide. Our aunt also had MS. i have two kids myself, 8 and 5, and now im worried. is MS hereditary, could my kids get it? also my sister read about stem cell transplants for ms, are there any trials of that in the UK she could look into?',
    focus: 'multiple sclerosis',
    types: ['inheritance', 'research'],
  },
  // why: "what is it, is it a cancer" is information (what it is); finding a doctor who has seen it is find_specialist.
  {
    message:
      'Dear sir or madam, my father is 63. For almost a year he had fevers, night sweats, swollen glands everywhere and he lost a lot of weight. Everyone thought it was lymphoma, but after the third biopsy they said multicentric Castleman disease. He has had rituximab infusions and also another infusion every three weeks. The doctors at our local hospital are kind but they admit they have hardly ever seen it. What exactly is Castleman disease? Is it a kind of cancer or not? And where can we find a doctor who has real experience with it? We live in Ohio and can travel.',
    focus: 'Castleman disease',
    types: ['information', 'find_specialist'],
  },
  // why: whether her hearing loss belongs to it is symptoms; whether it will get worse is prognosis; something other than daily injections is treatment.
  {
    subject: 'Muckle-Wells syndrome - our daughter',
    message:
      "Our daughter Amelie is 7. Since she was a baby she got a rash like hives almost every day, with fevers and sore knees, and she was always tired. My husband has had the same rash all his life and is a bit deaf, and so was his mother, but nobody ever put it together. Last month a rheumatologist finally diagnosed Muckle-Wells syndrome in both of them and they started daily anakinra injections. The rash is already gone, it's like a miracle. But the hearing test showed Amelie also has some hearing loss. Is the hearing loss part of the syndrome? Will her hearing get worse as she grows up? And she cries at every injection, is there anything other than a shot every single day?",
    focus: 'Muckle-Wells syndrome',
    types: ['symptoms', 'prognosis', 'treatment'],
  },
  // why: shingles named as the cause is association; whether he can drive is daily life, lifestyle.
  {
    message:
      'im 74 and in october i had a terrible headache on one side, my jaw hurt when i chewed and then my eyesight went blurry. they said giant cell arteritis and put me on high dose prednisone and now also weekly injections of tocilizumab so they can lower the steroids. i had shingles very bad on my forehead last year. could the shingles have caused this? my wife is asking the doctors but they say nobody knows. and can i still drive my car, we live in the country and the bus is once a day',
    focus: 'giant cell arteritis',
    types: ['association', 'lifestyle'],
  },
  // why: his cancer risk after long colitis is a higher risk of another condition, complications; new pills under study are research.
  {
    message:
      "I'm 44 and have had ulcerative colitis since I was 23. Over the years I've been on mesalazine, azathioprine, infliximab (stopped working after 3 years) and now vedolizumab. It's OK but not great, I still have flares a couple of times a year and my surgeon has started using the word colectomy. My father died of bowel cancer and that's always at the back of my mind. After more than 20 years of colitis, how high is my risk of bowel cancer? And are there any new tablets being studied that I could try before surgery? I'd happily be in a study.",
    focus: 'ulcerative colitis',
    types: ['complications', 'research'],
  },
  // why: whether the infections come from rituximab is side_effects; whether vaccines work with it is interactions; how the infusions work is indication.
  {
    message:
      "Hi, I help look after my gran who is 81 and has rheumatoid arthritis. Her hands were so bad she couldn't open jars, so last year her rheumatologist started her on rituximab, two drips two weeks apart, repeated every six months. Her hands are much better. But this winter she has had three chest infections, one of them put her in hospital, and the hospital said her antibody levels are low. is that from the rituximab? The GP also wants her to have the pneumonia jab and the covid booster but someone told me vaccines don't work properly on rituximab, is that true? And how do these infusions actually work, my gran keeps asking me and I don't know what to tell her.",
    focus: 'rituximab',
    types: ['side_effects', 'interactions', 'indication'],
  },
];
