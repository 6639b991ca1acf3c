/**
 * "continuations" set. Messages whose questions run on with clauses that depend on the one before ("if so,
 * how?", "or is it just a myth?", "and what is it called?"): a clause that only completes the question
 * before is part of it, one that asks something new is its own question. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the start of the round that wrote it, before any change to the understanding stage (focus 1.000,
 * type F1 0.847). Scored by continuations.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --continuations --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CONTINUATIONS_MESSAGES: ConsumerMessage[] = [
  {
    // "Does it need surgery or will it heal by itself?" -> treatment (whether surgery is needed; "or will it heal by itself" is the other answer to the same question)
    // "Will he be able to run normally when he's older?" -> prognosis (outlook)
    subject: 'grandson hip',
    message:
      "Hello, my grandson is 6 and was just diagnosed with Perthes disease in his left hip. He limps and cries at night. Does it need surgery or will it heal by itself? Will he be able to run normally when he's older? Thank you from a worried grandma.",
    focus: 'Perthes disease',
    types: ['treatment', 'prognosis'],
  },
  {
    // "Is it genetic? If so, could my other kids get it?" -> inheritance (runs in families; the "if so" clause asks the siblings' chance, still inheritance)
    // "Should they be tested" -> diagnosis (should someone be tested)
    // "and where?" -> find_specialist (a new question: which clinic or place does the testing)
    message:
      'My daughter was diagnosed with celiac disease at 9 after years of tummy aches. Is it genetic? If so, could my other kids get it? Should they be tested, and where? We live in a small town.',
    focus: 'celiac disease',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  {
    // "Is this from the metformin, and if yes, will it stop?" -> side_effects (whether a problem comes from the medicine; the "if yes" clause asks whether that side effect passes)
    // "Can I take the two pills together in the evening, or it must be morning and night?" -> drug_usage (timing of doses)
    message:
      'Good day. I am taking metformin 500 mg two times in day since March for my sugar. My stomach is very bad, diarrhea every day. Is this from the metformin, and if yes, will it stop? Can I take the two pills together in the evening, or it must be morning and night? Thank you very much.',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is there a special diet, and if not, what should I avoid eating?" -> lifestyle (diet; the "if not" clause only completes it)
    // "Could my kids get it? Why, if my wife doesn't have it?" -> inheritance (chance children get it; "Why" asks how it is passed on)
    // "Are there any doctors or centers in the Midwest who really know it?" -> find_specialist (expert centers)
    message:
      "I'm 24 and was diagnosed with Wilson disease last year. Is there a special diet, and if not, what should I avoid eating? Could my kids get it? Why, if my wife doesn't have it? Are there any doctors or centers in the Midwest who really know it? My GP admits he has never had a patient with it.",
    focus: 'Wilson disease',
    types: ['lifestyle', 'inheritance', 'find_specialist'],
  },
  {
    // "Can he join in with football in PE? If not, why?" -> lifestyle (school sports; "why" only completes it)
    // "What should I do if he falls and hits his head?" -> treatment (managing a bleed)
    subject: 'pupil with hemophilia',
    message:
      "I'm a PE teacher and one of the boys in my Year 5 class has hemophilia. His mum is lovely but very anxious. Can he join in with football in PE? If not, why? He so wants to. And what should I do if he falls and hits his head?",
    focus: 'hemophilia',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "Can I still drink coffee with it, or does caffeine change the levels?" -> interactions (medicine with food/drink)
    // "If I miss a dose, do I take two next time? If not, what do I do?" -> drug_usage (missed doses)
    // "Is it safe in pregnancy, and what about breastfeeding?" -> contraindications (pregnancy and breastfeeding precautions, one question)
    message:
      'My psychiatrist started me on lithium two weeks ago. Can I still drink coffee with it, or does caffeine change the levels? If I miss a dose, do I take two next time? If not, what do I do? We are also hoping to have a baby in a year or so. Is it safe in pregnancy, and what about breastfeeding?',
    focus: 'lithium',
    types: ['interactions', 'drug_usage', 'contraindications'],
  },
  {
    // "Could it be something else, and how do they know for sure?" -> diagnosis (telling it apart, confirming it)
    // "Will he grow out of it or is it for life?" -> prognosis (course)
    // "Does he need medicine, or can therapy help?" -> treatment
    message:
      'Our son is 8 and for a year he has been blinking, sniffing and clearing his throat over and over. The pediatrician thinks it is Tourette syndrome. Could it be something else, and how do they know for sure? Will he grow out of it or is it for life? Does he need medicine, or can therapy help? His teacher thinks he does it on purpose.',
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'prognosis', 'treatment'],
  },
  {
    // "What bring on the attacks? Is it only fava beans or also some medicines? Any others?" -> cause (what brings on attacks; the follow-ups only complete it)
    // "Can he eat normal baby food when he start solids?" -> lifestyle (diet)
    // "Will it go away when he grow?" -> prognosis
    message:
      'hello my baby son have G6PD deficiency, they found in the newborn screening. What bring on the attacks? Is it only fava beans or also some medicines? Any others? Can he eat normal baby food when he start solids? Will it go away when he grow? thanks',
    focus: 'G6PD deficiency',
    types: ['cause', 'lifestyle', 'prognosis'],
  },
  {
    // "Will I lose my hair, and if so, does it grow back?" -> side_effects (the "if so" clause asks about the same side effect)
    // "Do I have to stop drinking completely, or is one glass of wine okay?" -> interactions (medicine with alcohol)
    // "Can I inject it myself at home, and where on the body?" -> drug_usage (how to take it)
    message:
      "My gastroenterologist wants me to start methotrexate injections for my Crohn's. I'm nervous. Will I lose my hair, and if so, does it grow back? Do I have to stop drinking completely, or is one glass of wine okay? Can I inject it myself at home, and where on the body?",
    focus: 'methotrexate',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  {
    // "Is there a test to see if I have the gene, and if so, should I take it?" -> diagnosis (testing; whether to be tested)
    // "If I have it, will my children get it too?" -> inheritance
    // "Where can I get genetic counselling in Scotland?" -> find_specialist (genetic counseling)
    message:
      'Dear team, my father was diagnosed with Huntington disease in the spring. He is 58. Is there a test to see if I have the gene, and if so, should I take it? If I have it, will my children get it too? Where can I get genetic counselling in Scotland? Sorry for so many questions.',
    focus: 'Huntington disease',
    types: ['diagnosis', 'inheritance', 'find_specialist'],
  },
  {
    // "What can happen to the baby if my levels are high during pregnancy?" -> complications (what happens when it is not controlled)
    // "Will our baby have PKU too, or only if my husband is a carrier?" -> inheritance (the "or" clause completes the same question)
    // "Is there a clinic in Texas that handles pregnancies like this?" -> find_specialist
    message:
      'I have PKU and went off the diet as a teenager. Now my husband and I want a baby. What can happen to the baby if my levels are high during pregnancy? Will our baby have PKU too, or only if my husband is a carrier? Is there a clinic in Texas that handles pregnancies like this?',
    focus: 'PKU',
    types: ['complications', 'inheritance', 'find_specialist'],
  },
  {
    // "Is it contagious, or can I still hug my grandkids?" -> susceptibility (whether it can be caught; the "or" clause completes it)
    // "Could it have been caused by my 20 years in a foundry?" -> association (named exposure asked as cause)
    // "Will it go away on its own, or get worse?" -> prognosis
    subject: 'lungs',
    message:
      'The lung doctor says I have sarcoidosis. Is it contagious, or can I still hug my grandkids? Could it have been caused by my 20 years in a foundry? Will it go away on its own, or get worse?',
    focus: 'sarcoidosis',
    types: ['susceptibility', 'association', 'prognosis'],
  },
  {
    // "Can it come back" -> prognosis (course, recurrence)
    // "and if it does, is it treated the same way?" -> treatment (a new question about therapy)
    // "Could it damage his heart later in life?" -> complications
    message:
      'My 3 year old had Kawasaki disease last spring and got IVIG in hospital. He is fine now. Can it come back, and if it does, is it treated the same way? Could it damage his heart later in life? The cardiologist said his scan was normal but I still worry.',
    focus: 'Kawasaki disease',
    types: ['prognosis', 'treatment', 'complications'],
  },
  {
    // "Could this be myasthenia gravis?" / "Is there a test for it, and if so, what is it called?" -> diagnosis (could it be X; tests; the "if so" clause completes it)
    // "Can it be cured or is it lifelong?" -> treatment (cure; the "or" clause is the other answer)
    message:
      "For two months my right eyelid droops by evening and I see double when I'm tired. My sister looked it up. Could this be myasthenia gravis? Is there a test for it, and if so, what is it called? Can it be cured or is it lifelong?",
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Does exercise help or make it worse?" -> lifestyle (exercise)
    // "What causes it?" -> cause
    // "Is there any research going on, and if so, how can I join a study?" -> research (studies; the "if so" clause completes it)
    message:
      "I've had fibromyalgia for 11 years. Does exercise help or make it worse? My physio says one thing and my rheumatologist another. What causes it? Nobody has ever explained it to me. Is there any research going on, and if so, how can I join a study?",
    focus: 'fibromyalgia',
    types: ['lifestyle', 'cause', 'research'],
  },
  {
    // "What is lupus, in simple words?" -> information
    // "Is it contagious? If not, is it okay to share food with her?" -> susceptibility (whether it can be caught; the follow-up completes it)
    // "If she has kids someday, would they get it?" -> inheritance
    message:
      "My best friend was just diagnosed with lupus and she doesn't want to talk about it. What is lupus, in simple words? Is it contagious? If not, is it okay to share food with her? I feel silly asking. If she has kids someday, would they get it?",
    focus: 'lupus',
    types: ['information', 'susceptibility', 'inheritance'],
  },
  {
    // "Is there a way to stop the attacks coming back, and if so, what?" -> prevention (preventing attacks)
    // "If I leave it untreated, can it hurt my kidneys?" -> complications
    // "What should I eat, and is coffee good or bad for it?" -> lifestyle (diet)
    message:
      'I am 67 and had my third gout attack this year, big toe again. Is there a way to stop the attacks coming back, and if so, what? If I leave it untreated, can it hurt my kidneys? What should I eat, and is coffee good or bad for it?',
    focus: 'gout',
    types: ['prevention', 'complications', 'lifestyle'],
  },
  {
    // "How much should I take, and for how long?" -> drug_usage (dose and duration)
    // "Can I take it together with my thyroid pill, or should I space them out?" -> interactions
    // "Is it safe while breastfeeding?" -> contraindications
    message:
      'My blood test showed low vitamin D and the doctor said to buy vitamin D at the pharmacy. How much should I take, and for how long? Can I take it together with my thyroid pill, or should I space them out? Is it safe while breastfeeding? My baby is 4 months.',
    focus: 'vitamin D',
    types: ['drug_usage', 'interactions', 'contraindications'],
  },
  {
    // "Do I have to take it on an empty stomach, and how long before breakfast?" -> drug_usage (timing)
    // "Can I drink coffee right after, or does it stop it working?" -> interactions (medicine with drink)
    // "does it have to stay cool?" -> storage_disposal
    message:
      'I take levothyroxine every morning. Do I have to take it on an empty stomach, and how long before breakfast? Can I drink coffee right after, or does it stop it working? We are going to Spain for a month in August, does it have to stay cool?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions', 'storage_disposal'],
  },
  {
    // "What is it for exactly? Isn't it a malaria drug?" -> indication (what the medicine is for)
    // "Is that true, and if so, is it permanent?" -> side_effects (eye damage; the "if so" clause completes it)
    // "Does it contain lactose?" -> ingredients
    message:
      "My rheumatologist prescribed hydroxychloroquine. What is it for exactly? Isn't it a malaria drug? I've read it can damage the eyes. Is that true, and if so, is it permanent? Also, does it contain lactose? I'm intolerant.",
    focus: 'hydroxychloroquine',
    types: ['indication', 'side_effects', 'ingredients'],
  },
  {
    // "Could it be familial Mediterranean fever, and if so, how they test for it?" -> diagnosis (could it be X; the test)
    // "How we can stop the attacks coming every few weeks?" -> prevention (preventing attacks)
    // "What happen if it is not treated?" -> complications
    message:
      'Hello, my husband family is Armenian and my son (7) have fever every few weeks with strong belly pain, then after 2-3 days is fine. Could it be familial Mediterranean fever, and if so, how they test for it? How we can stop the attacks coming every few weeks? What happen if it is not treated? Please help us.',
    focus: 'familial Mediterranean fever',
    types: ['diagnosis', 'prevention', 'complications'],
  },
  {
    // "Which gene is it" -> genetic_changes
    // "and can they find out which type I have?" -> diagnosis (a new question: testing to confirm the type)
    // "Will I end up in a wheelchair like her?" -> prognosis
    message:
      "I have Charcot-Marie-Tooth disease, like my mother. Which gene is it, and can they find out which type I have? Will I end up in a wheelchair like her? I'm 31 and still hiking.",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['genetic_changes', 'diagnosis', 'prognosis'],
  },
  {
    // "Is it genetic?" -> inheritance
    // "If so, should my sister be tested?" -> diagnosis (a new question: whether a relative should be tested)
    // "Can I still have a beer now and then, or is alcohol off the table?" -> lifestyle
    // "Is giving blood the only treatment?" -> treatment
    message:
      'My blood tests showed very high iron and the doctor says it is probably hereditary hemochromatosis. Is it genetic? If so, should my sister be tested? Can I still have a beer now and then, or is alcohol off the table? Is giving blood the only treatment?',
    focus: 'hereditary hemochromatosis',
    types: ['inheritance', 'diagnosis', 'lifestyle', 'treatment'],
  },
  {
    // "Should he stop playing football, and if yes, for how long?" -> lifestyle (sport; the "if yes" clause completes it)
    // "Will the bump below his knee ever go away?" -> prognosis
    message:
      'My 13 year old has Osgood-Schlatter disease in both knees. Should he stop playing football, and if yes, for how long? He plays 4 times a week. Will the bump below his knee ever go away?',
    focus: 'Osgood-Schlatter disease',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Should we be tested for Tay-Sachs disease, and if so, both of us or only me?" -> diagnosis (screening; the "if so" clause completes it)
    // "If we are both carriers, what are the chances our baby has it?" -> inheritance
    // "How common is it nowadays?" -> frequency
    message:
      'We are both Ashkenazi Jewish and planning to start a family. Should we be tested for Tay-Sachs disease, and if so, both of us or only me? If we are both carriers, what are the chances our baby has it? How common is it nowadays?',
    focus: 'Tay-Sachs disease',
    types: ['diagnosis', 'inheritance', 'frequency'],
  },
  {
    // "Can it be corrected after birth? If yes, how?" -> treatment (the "if yes" fragment completes it)
    // "Will she walk normally?" -> prognosis
    // "Is there a hospital near Leeds that does the Ponseti method?" -> find_specialist
    subject: '20 week scan',
    message:
      'Our 20 week scan showed that our baby girl has clubfoot on the right side. Can it be corrected after birth? If yes, how? Will she walk normally? Is there a hospital near Leeds that does the Ponseti method?',
    focus: 'clubfoot',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  {
    // "Will he ever walk, or is that not possible with type 2?" -> prognosis (the "or" clause completes it)
    // "Is it available for him, or only for babies?" -> treatment (gene therapy)
    // "Is there a support group for grandparents?" -> find_specialist (support groups)
    message:
      "My grandson, 3, has spinal muscular atrophy type 2. Will he ever walk, or is that not possible with type 2? I've heard about a new gene therapy. Is it available for him, or only for babies? Is there a support group for grandparents? I want to help my daughter but I don't know how.",
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  {
    // "Am I a carrier, and if I am, could my daughter be one too?" -> inheritance (carriers)
    // "Does it affect the heart too, and if so, from what age?" -> complications
    // "Are there any drug studies he could join?" -> research
    message:
      'My son is 6 and has Duchenne muscular dystrophy. Nobody else in our family has it. Am I a carrier, and if I am, could my daughter be one too? Does it affect the heart too, and if so, from what age? Are there any drug studies he could join?',
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'complications', 'research'],
  },
  {
    // "Can I learn to drive, and if so, how long do I need to be seizure-free?" -> lifestyle (daily life; the "if so" clause completes it)
    // "Does staying up late bring on seizures?" -> cause (what brings on attacks)
    // "Will I grow out of it?" -> prognosis
    message:
      'im 16 and have epilepsy. can I learn to drive, and if so, how long do I need to be seizure-free? does staying up late bring on seizures? my mum thinks so. will I grow out of it?',
    focus: 'epilepsy',
    types: ['lifestyle', 'cause', 'prognosis'],
  },
  {
    // "Will my hair grow back, or is it gone for good?" -> prognosis (the "or" clause completes it)
    // "What causes it in the first place?" -> cause
    // "Are there treatments, and do they actually work?" -> treatment
    message:
      "I'm a 29 year old woman and I have round bald patches. The dermatologist said alopecia areata. Will my hair grow back, or is it gone for good? What causes it in the first place? Are there treatments, and do they actually work?",
    focus: 'alopecia areata',
    types: ['prognosis', 'cause', 'treatment'],
  },
  {
    // "Will my face go back to normal, and how long does it take?" / "Can it happen again?" -> prognosis (recovery and course)
    // "Should I tape my eye shut at night?" -> treatment (managing it)
    // "Was it caused by the cold I had last week?" -> association (a named condition asked as its cause)
    message:
      "On Tuesday half my face dropped and the ER said Bell's palsy. Will my face go back to normal, and how long does it take? Can it happen again? Should I tape my eye shut at night? Was it caused by the cold I had last week?",
    focus: "Bell's palsy",
    types: ['prognosis', 'treatment', 'association'],
  },
  {
    // "Can he stop it all at once, or does he need to taper?" -> drug_usage (stopping)
    // "is that from the prednisone? If yes, will it go away when he stops?" -> side_effects (whether a problem comes from the medicine)
    // "Can he still get his flu shot while he's on it?" -> interactions (medicine with a vaccine)
    message:
      "My son (10) has been on prednisone for 5 days for his asthma. Can he stop it all at once, or does he need to taper? He's so moody and hungry all the time, is that from the prednisone? If yes, will it go away when he stops? Can he still get his flu shot while he's on it?",
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  {
    // "Can I take ibuprofen with my blood pressure pills, or should I use something else?" -> interactions
    // "How many can I take in a day, and is it okay on an empty stomach?" -> drug_usage
    // "Is it safe in the third trimester?" -> contraindications (pregnancy)
    subject: 'back pain',
    message:
      'Can I take ibuprofen with my blood pressure pills, or should I use something else? How many can I take in a day, and is it okay on an empty stomach? And one more, for my sister: is it safe in the third trimester?',
    focus: 'ibuprofen',
    types: ['interactions', 'drug_usage', 'contraindications'],
  },
  {
    // "What does it actually do for the heart?" -> indication (how it works)
    // "Does it contain anything from shellfish?" -> ingredients
    // "Can I take it with my warfarin, or will I bleed more?" -> interactions
    message:
      "My cardiologist suggested fish oil after my bypass. What does it actually do for the heart? Does it contain anything from shellfish? I'm allergic. Can I take it with my warfarin, or will I bleed more?",
    focus: 'fish oil',
    types: ['indication', 'ingredients', 'interactions'],
  },
  {
    // "Will it make me depressed? ... Or is it just a myth?" -> side_effects (the "or" question completes it)
    // "Why do I need to be on two kinds of birth control with it?" -> contraindications (pregnancy precautions)
    // "What happens if I miss a day?" -> drug_usage (missed doses)
    message:
      "My dermatologist wants to put me on isotretinoin for my acne. Will it make me depressed? I've read scary stories online. Or is it just a myth? Why do I need to be on two kinds of birth control with it? And what happens if I miss a day?",
    focus: 'isotretinoin',
    types: ['side_effects', 'contraindications', 'drug_usage'],
  },
  {
    // "Could this be Raynaud phenomenon, and if so, how would a doctor confirm it?" -> diagnosis (the "if so" clause completes it)
    // "Is there a link between lupus and Raynaud's?" -> association (two conditions)
    // "How do I keep the attacks from happening in my freezing office?" -> prevention (preventing attacks)
    message:
      "My fingers go white, then blue, then red whenever I'm cold. Could this be Raynaud phenomenon, and if so, how would a doctor confirm it? My mother has lupus. Is there a link between lupus and Raynaud's? How do I keep the attacks from happening in my freezing office?",
    focus: 'Raynaud phenomenon',
    types: ['diagnosis', 'association', 'prevention'],
  },
  {
    // "What sets off the attacks, and why mostly before my period?" -> cause (what brings on attacks; the second clause completes it)
    // "How rare is it?" -> frequency
    // "Can it damage the liver in the long run?" -> complications
    subject: 'acute intermittent porphyria',
    message:
      'After years of being told my stomach pain was all in my head, I was finally diagnosed with this. What sets off the attacks, and why mostly before my period? How rare is it? None of my doctors had seen it before. Can it damage the liver in the long run?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'frequency', 'complications'],
  },
  {
    // "can i have a glass of wine w/ it or not at all?" -> interactions (medicine with alcohol)
    // "and if i forget one, do i double up next day?" -> drug_usage (missed dose)
    subject: 'warfarin',
    message: 'can i have a glass of wine w/ it or not at all? and if i forget one, do i double up next day?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Why did it happen? Was it something I ate while breastfeeding?" -> cause (the follow-up only completes it; no named exposure)
    // "Is he cured now, or can it come back?" -> prognosis
    // "Could our next baby have it too?" -> inheritance (chance the next baby has it)
    message:
      'Our baby boy (5 weeks) had an operation for pyloric stenosis on Monday. He was projectile vomiting for days. Why did it happen? Was it something I ate while breastfeeding? Is he cured now, or can it come back? Could our next baby have it too?',
    focus: 'pyloric stenosis',
    types: ['cause', 'prognosis', 'inheritance'],
  },
  {
    // "Is it something I'll have forever, or can it go away?" -> prognosis
    // "Can I still drive? If yes, are there rules?" -> lifestyle (daily life; the follow-up completes it)
    // "Is there a support group for students?" -> find_specialist
    message:
      "I'm a college sophomore and was just diagnosed with narcolepsy. Is it something I'll have forever, or can it go away? Can I still drive? If yes, are there rules? Is there a support group for students? Thanks in advance.",
    focus: 'narcolepsy',
    types: ['prognosis', 'lifestyle', 'find_specialist'],
  },
];
