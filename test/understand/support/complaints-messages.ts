/**
 * "complaints" set. Messages describing a complaint (a rash, tiredness, hair loss, mood changes, swelling,
 * weight gain) and asking what is behind it: a medicine, the condition itself, an exposure or another
 * condition, or what it could lead to, often with a second question. Written by someone who had read neither
 * the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once when it was added, before any change made for it (focus 1.000, type F1 0.880). Scored by
 * complaints.test.ts and by `npx tsx test/understand/support/score-messages.ts --complaints --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COMPLAINTS_MESSAGES: ConsumerMessage[] = [
  {
    // "Is the weight gain and the anger from the prednisone?" -> side_effects (whether a problem comes from the medicine)
    // "Can the dose be lowered slowly instead of stopping all at once?" -> drug_usage (dose and stopping)
    subject: 'Son on steroids',
    message:
      'Hello, my 7 year old was diagnosed with nephrotic syndrome in March and has been on prednisone since. He has put on almost 5 kilos, his face is round like a moon and he is having temper tantrums we never saw before, crying over nothing. Is the weight gain and the anger from the prednisone? His doctor wants to keep him on it for another two months. Can the dose be lowered slowly instead of stopping all at once? Thank you.',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Could the montelukast be giving her these bad dreams?" -> side_effects (whether the dreams come from the medicine)
    // "Should we give it in the morning instead?" -> drug_usage (timing of doses)
    subject: 'nightmares',
    message:
      'My daughter is 5 and she takes montelukast for her asthma, every night before bed. For about three weeks she wakes up screaming, says there are monsters in the room, and in the day she is clingy and cross. Could the montelukast be giving her these bad dreams? Should we give it in the morning instead?',
    focus: 'montelukast',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is this cough a known thing with lisinopril?" -> side_effects (whether the cough comes from the medicine)
    // "can I take an over the counter cough syrup with it?" -> interactions (the medicine with another medicine)
    message:
      "I'm 68 and was started on lisinopril 10 mg for blood pressure in the spring. Ever since I have had this dry tickly cough, worse at night, and my wife can't sleep for it. No cold, no fever, nothing coming up. Is this cough a known thing with lisinopril? Also can I take an over the counter cough syrup with it?",
    focus: 'lisinopril',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Are these from the methotrexate?" -> side_effects (whether hair loss and mouth sores come from the medicine)
    // "is it safe to keep taking it while we are trying?" -> contraindications (precautions around pregnancy)
    subject: 'Hair coming out',
    message:
      'I have rheumatoid arthritis and take methotrexate once a week. My hair is coming out in the shower, far more than normal, and I get mouth sores the day after my dose. Are these from the methotrexate? My husband and I want to try for a baby next year, is it safe to keep taking it while we are trying?',
    focus: 'methotrexate',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "Is this rash part of lupus or is it something else?" -> symptoms (whether a sign belongs to the condition)
    // "What can I put on it?" -> treatment (managing it)
    subject: 'rash on my face',
    message:
      "I'm 24 and was diagnosed with lupus last year. This summer I have a red rash across my cheeks and nose that gets worse whenever I am in the sun, and my knuckles ache in the mornings. Is this rash part of lupus or is it something else? What can I put on it?",
    focus: 'lupus',
    types: ['symptoms', 'treatment'],
  },
  {
    // "Are these things from the hypothyroidism or from something other?" -> symptoms (whether the signs belong to the condition)
    // "Will it be better when the doctor finds right dose?" -> prognosis (whether it will improve)
    message:
      'Good day. I am from Poland, my english is not so good. I have hypothyroidism since 2 years. I am always so tired, I sleep 10 hours and still tired, I gain 6 kg and my skin is very dry and cold. Are these things from the hypothyroidism or from something other? Will it be better when the doctor finds right dose? Thank you very much.',
    focus: 'hypothyroidism',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "Is the swelling caused by the amlodipine?" -> side_effects (whether the swelling comes from the medicine)
    // "would it help to give it at bedtime instead of in the morning?" -> drug_usage (timing of doses)
    subject: 'Swollen ankles',
    message:
      "I'm a home care nurse. One of my patients, a lady of 79, has been on amlodipine for her blood pressure for six weeks and by the evening her ankles are so swollen her shoes don't fit. No breathlessness, her heart was checked last year. Is the swelling caused by the amlodipine? Her daughter asks would it help to give it at bedtime instead of in the morning?",
    focus: 'amlodipine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Can isotretinoin cause depression or mood changes like this?" -> side_effects (whether the mood change comes from the medicine)
    // "Should he stop it straight away or wait until he sees the dermatologist next month?" -> drug_usage (stopping)
    message:
      "My 16 year old son started isotretinoin for his acne two months ago. His skin is finally clearing but he has become withdrawn, stays in his room, snapped at his little sister and last night said he doesn't see the point of anything. This isn't like him at all. Can isotretinoin cause depression or mood changes like this? Should he stop it straight away or wait until he sees the dermatologist next month? I'm really worried.",
    focus: 'isotretinoin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is this the lithium?" -> side_effects (whether the tremor and thirst come from the medicine)
    // "is it ok to take ibuprofen while on lithium?" -> interactions (the medicine with another medicine)
    message:
      "I've been on lithium for bipolar disorder for 3 years. Lately my hands shake when I hold a cup and I'm thirsty all the time, up to pee 3 or 4 times a night. Is this the lithium? Also I've hurt my back lifting boxes, is it ok to take ibuprofen while on lithium?",
    focus: 'lithium',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is that from the metformin?" -> side_effects (whether the diarrhea comes from the medicine)
    // "Does it help to take it with meals?" -> drug_usage (how to take it)
    subject: 'stomach problems',
    message:
      "Started metformin last month for type 2 diabetes and I've had diarrhea and cramps most days. Is that from the metformin? Does it help to take it with meals?",
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Could my inhaler and spray have caused it?" -> association (a named exposure asked as the cause of the condition)
    // "What can happen if it is not treated?" -> complications (what happens when untreated)
    message:
      'I have used a high-dose steroid inhaler and a steroid nasal spray for asthma and allergies for many years. Over the past year my face has gone round, I have purple stretch marks on my stomach and my blood pressure is up. My GP now suspects Cushing syndrome and has sent me for tests. Could my inhaler and spray have caused it? What can happen if it is not treated?',
    focus: 'Cushing syndrome',
    types: ['association', 'complications'],
  },
  {
    // "Could the vitamin D be doing this?" -> side_effects (whether the problems come from the supplement)
    // "How much is safe to take a day?" -> drug_usage (dose)
    message:
      "I read that vitamin D is good for the immune system so I've been taking 10,000 IU a day for about 8 months. Recently I feel sick, I'm constipated and thirsty all the time, and a blood test showed my calcium is high. Could the vitamin D be doing this? How much is safe to take a day?",
    focus: 'vitamin D',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "is it the biotin??" -> side_effects (whether the spots come from the supplement)
    // "should i stop taking it" -> drug_usage (stopping)
    message:
      'hi im 17 and i started taking biotin gummies for my hair like 2 months ago bc everyone online said it works. now i have so many spots on my chin and jaw and i never had acne before. is it the biotin?? should i stop taking it',
    focus: 'biotin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is hair loss part of Hashimoto thyroiditis even when the levels are normal?" -> symptoms (whether a sign belongs to the condition)
    // "Is there a diet that helps?" -> lifestyle (diet)
    subject: 'Still losing hair',
    message:
      'I was diagnosed with Hashimoto thyroiditis two years ago. I take my tablets every day and my doctor says my TSH is normal now. But my hair keeps falling out, the outer ends of my eyebrows have gone thin and I feel foggy most afternoons. Is hair loss part of Hashimoto thyroiditis even when the levels are normal? Is there a diet that helps?',
    focus: 'Hashimoto thyroiditis',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "Is the cough part of the sarcoidosis?" -> symptoms (whether a sign belongs to the condition)
    // "Could it scar his lungs for good?" -> complications (damage it can lead to)
    message:
      "My husband (45) was told he has sarcoidosis in his lungs after a chest X-ray for something else. He's had a dry cough for over a year that we put down to the dust at his work. Is the cough part of the sarcoidosis? Could it scar his lungs for good?",
    focus: 'sarcoidosis',
    types: ['symptoms', 'complications'],
  },
  {
    // "Are these from the polycystic ovary syndrome?" -> symptoms (whether the signs belong to the condition)
    // "can it lead to diabetes later on?" -> complications (whether it can lead to another condition)
    message:
      "I'm 22 and have polycystic ovary syndrome. I keep gaining weight even though I eat less than my friends, and I've got dark hairs on my chin and darker skin on the back of my neck. Are these from the polycystic ovary syndrome? And can it lead to diabetes later on?",
    focus: 'polycystic ovary syndrome',
    types: ['symptoms', 'complications'],
  },
  {
    // "Could the asbestos at work have caused this?" -> association (a named exposure asked as the cause)
    // "How long do people usually live with it?" -> prognosis (life expectancy)
    // "Is there a hospital that specialises in it?" -> find_specialist (expert centers)
    subject: 'My grandad',
    message:
      "My grandad has just been diagnosed with mesothelioma. He worked in the shipyards in the 1960s lagging pipes and says they were covered in white dust every day. He's been short of breath and had chest pain for months. Could the asbestos at work have caused this? How long do people usually live with it? Is there a hospital that specialises in it? We are in the north of England.",
    focus: 'mesothelioma',
    types: ['association', 'prognosis', 'find_specialist'],
  },
  {
    // "Can celiac disease cause a rash like this?" -> symptoms (whether a sign belongs to the condition)
    // "Is there a cream that would help?" -> treatment (managing it)
    message:
      'My 30 year old son has celiac disease but he is not always strict with his diet, he likes his beer and pizza. He has terribly itchy little blisters on his elbows, knees and buttocks that come and go. Can celiac disease cause a rash like this? Is there a cream that would help?',
    focus: 'celiac disease',
    types: ['symptoms', 'treatment'],
  },
  {
    // "Is this part of narcolepsy?" -> symptoms (whether the dreams and visions belong to the condition)
    // "How can we help her at school?" -> lifestyle (school)
    subject: 'A student of mine',
    message:
      "I am a secondary school teacher and one of my students, 15, has narcolepsy. She told me that when she is falling asleep she sees people standing in her room and can't move, and she has very vivid, frightening dreams. She was scared she is going mad. Is this part of narcolepsy? How can we help her at school?",
    focus: 'narcolepsy',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "Is this still the Lyme disease?" -> symptoms (whether the tiredness and aches belong to the condition)
    // "Could it damage my joints or heart in the long run?" -> complications (damage it can lead to)
    message:
      "I was bitten by a tick last summer and treated for Lyme disease with 3 weeks of doxycycline. Eight months later I'm still exhausted, my knees ache and I have trouble concentrating at work. Is this still the Lyme disease? Could it damage my joints or heart in the long run?",
    focus: 'Lyme disease',
    types: ['symptoms', 'complications'],
  },
  {
    // "Could the tiredness and the aching knuckles be from the hemochromatosis?" -> symptoms (whether the signs belong to the condition)
    // "Can it damage his liver?" -> complications (damage it can lead to)
    subject: 'friend with high iron',
    message:
      "My best friend found out he has hemochromatosis after a routine blood test showed very high ferritin. He's 52, always tired, and the knuckles of his first two fingers ache so he can hardly grip a pen. Could the tiredness and the aching knuckles be from the hemochromatosis? Can it damage his liver? He does like a drink.",
    focus: 'hemochromatosis',
    types: ['symptoms', 'complications'],
  },
  {
    // "Are the mood swings part of Wilson disease?" -> symptoms (whether a sign belongs to the condition)
    // "Will they settle down once the treatment is working?" -> prognosis (whether she will recover)
    message:
      'Our daughter is 19 and was diagnosed with Wilson disease in the spring. For the past year she has been moody, crying one minute and furious the next, and her handwriting has become shaky. We thought it was just her age. Are the mood swings part of Wilson disease? Will they settle down once the treatment is working?',
    focus: 'Wilson disease',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "Could the ashwagandha be causing this?" -> side_effects (whether the problems come from the supplement)
    // "is it OK to take both together?" -> interactions (the supplement with another medicine)
    message:
      'I started ashwagandha capsules 6 weeks ago for stress and sleep. Since then I feel jittery, my heart races at times and my stomach is upset. Could the ashwagandha be causing this? I also take levothyroxine for my thyroid, is it OK to take both together?',
    focus: 'ashwagandha',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is hair loss a side effect of levothyroxine?" -> side_effects (a problem from the medicine)
    // "I take it with my coffee in the morning, is that a problem?" -> interactions (the medicine with food or drink)
    message:
      'I was started on levothyroxine 50 mcg three months ago and my hair has been falling out in clumps when I brush it. Is hair loss a side effect of levothyroxine? Also I take it with my coffee in the morning, is that a problem?',
    focus: 'levothyroxine',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Are these side effects of propranolol?" -> side_effects (whether the dreams and cold hands come from the medicine)
    message:
      'Hi, I take propranolol 40 mg twice a day for anxiety and palpitations. Since I started I have the weirdest, most vivid dreams, and my hands and feet are always freezing. Are these side effects of propranolol?',
    focus: 'propranolol',
    types: ['side_effects'],
  },
  {
    // "Is the weight gain from the sertraline?" -> side_effects (whether a problem comes from the medicine)
    // "Can I just stop taking it now that I feel better?" -> drug_usage (stopping)
    subject: 'Weight and feeling flat',
    message:
      "I've been taking sertraline for 9 months for depression and it has helped my mood a lot, but I've put on nearly a stone and I feel emotionally flat, like nothing makes me laugh or cry. Is the weight gain from the sertraline? Can I just stop taking it now that I feel better?",
    focus: 'sertraline',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Could hydroxychloroquine be affecting her eyes?" -> side_effects (whether the eye problem comes from the medicine)
    // "is it safe while breastfeeding?" -> contraindications (breastfeeding)
    message:
      "My wife takes hydroxychloroquine for Sjogren's syndrome. Lately she says reading is blurry and she sees halos around lights at night. Could hydroxychloroquine be affecting her eyes? She is also feeding our 3 month old herself, is it safe while breastfeeding?",
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "I read it can be linked to scleroderma, is that true?" -> association (a link between two conditions)
    // "How can I stop the attacks?" -> prevention (preventing attacks)
    subject: 'white fingers',
    message:
      "Every time I go out in the cold my fingers go white, then blue, then red and throbbing. My doctor called it Raynaud phenomenon. I'm 38 and it only started last winter, and lately my fingers look puffy and the skin feels tight. I read it can be linked to scleroderma, is that true? How can I stop the attacks?",
    focus: 'Raynaud phenomenon',
    types: ['association', 'prevention'],
  },
  {
    // "What can the swelling lead to if I don't wear the sleeve?" -> complications (what happens when it is not treated)
    // "is flying okay?" -> lifestyle (travel)
    message:
      "After my breast cancer surgery last year, when they took lymph nodes from my armpit, my right arm has been swelling and feels heavy and tight. The nurse said it is lymphedema and gave me a compression sleeve, but it is hot and I hate wearing it. What can the swelling lead to if I don't wear the sleeve? We have a long flight to Australia booked for Christmas, is flying okay?",
    focus: 'lymphedema',
    types: ['complications', 'lifestyle'],
  },
  {
    // "Can multiple sclerosis cause mood changes like this, or is it just me?" -> symptoms (whether a sign belongs to the condition)
    // "What can be done about it?" -> treatment (managing it)
    message:
      "I was diagnosed with multiple sclerosis 4 years ago. This year I've been crying at adverts, snapping at my kids, and sometimes I laugh at things that aren't funny at all. I don't recognise myself. Can multiple sclerosis cause mood changes like this, or is it just me? What can be done about it?",
    focus: 'multiple sclerosis',
    types: ['symptoms', 'treatment'],
  },
  {
    // "Are these dreams part of Parkinson disease?" -> symptoms (whether a sign belongs to the condition)
    // "could that have caused it?" -> association (a named exposure, pesticides, asked as the cause)
    message:
      'My husband has Parkinson disease, diagnosed two years ago. For years before that he would shout and kick in his sleep, and once he punched the headboard while dreaming he was fighting someone off. Are these dreams part of Parkinson disease? He farmed for 40 years and sprayed pesticides without any mask, could that have caused it?',
    focus: 'Parkinson disease',
    types: ['symptoms', 'association'],
  },
  {
    // "Could the ropinirole be behind this?" -> side_effects (whether the gambling comes from the medicine)
    // "Can he stop it suddenly or does he need to taper?" -> drug_usage (stopping)
    subject: 'Dad gambling',
    message:
      "My dad (66) takes ropinirole for restless legs. My mom just found out he has spent thousands of dollars on online gambling over the last few months, something he has never done in his life, and he can't explain it. Could the ropinirole be behind this? Can he stop it suddenly or does he need to taper?",
    focus: 'ropinirole',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is that normal with iron tablets?" -> side_effects (whether the black stools and constipation come from the medicine)
    // "Can I take it with my morning tea?" -> interactions (the medicine with food or drink)
    message:
      "I'm 24 weeks pregnant and my midwife put me on ferrous sulfate for low iron. My poo has gone black and I'm really constipated. Is that normal with iron tablets? Can I take it with my morning tea?",
    focus: 'ferrous sulfate',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Are the dark skin and the salt craving from Addison disease?" -> symptoms (whether the signs belong to the condition)
    // "What causes it?" -> cause (why it happens)
    message:
      'Dear doctor, my sister (34) has Addison disease, found last month after she fainted at work. Over a year her skin got darker like a suntan even in winter, her gums have dark spots, and she craved salt so much she ate it from the packet. Are the dark skin and the salt craving from Addison disease? What causes it? Nobody in our family has it.',
    focus: 'Addison disease',
    types: ['symptoms', 'cause'],
  },
  {
    // "Is there a link between vitiligo and thyroid problems?" -> association (a link between two conditions)
    // "Will the patches spread?" -> prognosis (whether it gets worse)
    message:
      'My son (10) has white patches around his eyes and on the backs of his hands. The dermatologist says vitiligo. The GP wants to check his thyroid. Is there a link between vitiligo and thyroid problems? Will the patches spread?',
    focus: 'vitiligo',
    types: ['association', 'prognosis'],
  },
  {
    // "Are the rash and the weakness part of dermatomyositis?" -> symptoms (whether the signs belong to the condition)
    // "We read it is sometimes linked with cancer, is that right?" -> association (a link between two conditions)
    subject: 'Mother-in-law',
    message:
      "My mother-in-law, 61, has a purple rash on her eyelids and red bumps over her knuckles, and she can hardly get up from a chair or lift her arms to brush her hair. The rheumatologist thinks it's dermatomyositis. Are the rash and the weakness part of dermatomyositis? We read it is sometimes linked with cancer, is that right?",
    focus: 'dermatomyositis',
    types: ['symptoms', 'association'],
  },
  {
    // "Is this rash from the lamotrigine?" -> side_effects (whether the rash comes from the medicine)
    // "Should I stop taking it?" -> drug_usage (stopping)
    message:
      'I started lamotrigine two weeks ago for epilepsy and now I have a red rash on my chest and back, a bit itchy, no blisters. Is this rash from the lamotrigine? Should I stop taking it? My neurologist is away until Monday.',
    focus: 'lamotrigine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Could the glandular fever have caused it?" -> association (another condition asked as the cause)
    // "Will she ever get back to normal?" -> prognosis (whether she will recover)
    message:
      'Our daughter (20) had glandular fever at university 18 months ago and has never got her energy back. Even a short walk wipes her out for days, and she has now been diagnosed with chronic fatigue syndrome. Could the glandular fever have caused it? Will she ever get back to normal?',
    focus: 'chronic fatigue syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "Could the antibiotic have brought the attack on?" -> cause (what brings on its attacks)
    // "How can I avoid more attacks?" -> prevention (preventing attacks)
    message:
      'I have acute intermittent porphyria. Last week I had an attack with terrible stomach pain, vomiting and dark red urine, three days after starting an antibiotic for a bladder infection, and it was also the week of my period. Could the antibiotic have brought the attack on? How can I avoid more attacks?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  {
    // "Is the peeling part of Kawasaki disease?" -> symptoms (whether a sign belongs to the condition)
    // "Can it affect his heart later on?" -> complications (damage it can lead to)
    subject: 'peeling skin',
    message:
      'My 3 year old had Kawasaki disease last month and was treated in hospital with a drip. Now the skin on his fingertips and toes is peeling off in sheets. Is the peeling part of Kawasaki disease? Can it affect his heart later on?',
    focus: 'Kawasaki disease',
    types: ['symptoms', 'complications'],
  },
];
