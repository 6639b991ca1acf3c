/**
 * "final11" set: a final, mixed set of 40 messages in every style people write in (short and long, careful
 * and messy, lower case, run-together questions, a question only in the subject line, long stories with the
 * question at the end), from parents, patients, grandparents, partners, friends, teenagers, teachers, nurses
 * and people whose first language is not English; about a quarter about medicines or supplements, some asking
 * three or four things. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. Scored once, a third of the way into the round that wrote it, and never tuned on: focus
 * 1.000, type F1 0.859 (see BENCHMARKS.md). Scored by final11.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final11 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL11_MESSAGES: ConsumerMessage[] = [
  {
    // "what foods does she have to avoid" -> lifestyle (diet); "will she have to take medicine forever" -> treatment (managing it)
    message:
      'my daughter is 14 and was just diagnosed with wilson disease her liver numbers were high for months and now they say its copper what foods does she have to avoid and will she have to take medicine forever',
    focus: 'wilson disease',
    types: ['lifestyle', 'treatment'],
  },
  {
    // subject "Is Turner syndrome inherited?" -> inheritance; the message body is only story and thanks
    subject: 'Is Turner syndrome inherited?',
    message:
      'My niece was diagnosed last week after they checked why she was so small for her age. My sister is pregnant again and the whole family is worried. Thank you.',
    focus: 'Turner syndrome',
    types: ['inheritance'],
  },
  {
    // "is that from the metformin?" -> side_effects (whether a problem comes from the medicine);
    // "Can I take it with dinner instead of breakfast?" -> drug_usage (timing); "a glass of wine with it" -> interactions (alcohol)
    message:
      "I've been on metformin 500 mg twice a day for two months for type 2 diabetes. I get a lot of stomach upset and diarrhea, is that from the metformin? Can I take it with dinner instead of breakfast? And is it OK to have a glass of wine with it on the weekend?",
    focus: 'metformin',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  {
    // long story; only question "What can we do at home to stop the crises from happening so often?" -> prevention (preventing attacks)
    message:
      'My grandson is 6 and has sickle cell disease. He has been in the hospital three times this year with pain crises, once because his chest hurt and he could not breathe properly. His mother works nights so I take care of him most days and I feel helpless when it starts. The doctors mentioned hydroxyurea at the last visit but my daughter is scared of it. What can we do at home to stop the crises from happening so often?',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  {
    // "What is the chance I have it also?" -> inheritance; "Exist a test for know if I will have?" -> diagnosis (test);
    // "How fast does it get worse" -> prognosis (course)
    message:
      'Hello, I am from Brazil and my english is not so good. My father have Huntington disease, he is 52 and now he cannot walk alone. I am 24 years. What is the chance I have it also? Exist a test for know if I will have it? And how fast does it get worse, because my father change very quick in two years. Thank you very much',
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  {
    // "could that be EDS?" -> diagnosis (whether signs could be it); "can i still do gymnastics" -> lifestyle (sports);
    // "what kind of doctor do i even go to" -> find_specialist
    message:
      'hi im 16 and my joints pop out all the time, i bruise super easy and my skin is really stretchy. my friend says its EDS. could that be EDS?? can i still do gymnastics if i have it? and what kind of doctor do i even go to for this bc my mom thinks im making it up',
    focus: 'EDS',
    types: ['diagnosis', 'lifestyle', 'find_specialist'],
  },
  {
    // "Is it a problem to take these together?" -> interactions (with calcium and iron);
    // "should she take two the next day?" -> drug_usage (missed dose)
    message:
      'I am a home care nurse. One of my patients, 81, takes levothyroxine 75 mcg and also a calcium carbonate tablet and an iron tablet every morning, all together with her breakfast. Is it a problem to take these together? Also she sometimes forgets her levothyroxine dose, should she take two the next day?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "What are the chances the next baby will have CF too?" -> inheritance (next baby);
    // "is there anything new being studied for kids his age" -> research
    subject: 'carriers',
    message:
      'My husband and I both found out we are carriers of cystic fibrosis after our first son was diagnosed through newborn screening. He is 2 now and doing OK. We would like another child. What are the chances the next baby will have CF too? And is there anything new being studied for kids his age? We keep hearing about new drugs.',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'research'],
  },
  {
    // "what is sarcoidosis" -> information; "is it contagious" -> susceptibility
    message: 'what is sarcoidosis and is it contagious',
    focus: 'sarcoidosis',
    types: ['information', 'susceptibility'],
  },
  {
    // "can u take ibuprofen if ur pregnant??" -> contraindications (pregnancy)
    message:
      'can u take ibuprofen if ur pregnant?? 20 weeks and have a really bad toothache, dentist cant see me till monday',
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  {
    // "Could it be myasthenia gravis and what test would show it?" -> diagnosis (one question: could it be + test);
    // "Is it something that can be treated?" -> treatment
    message:
      'My husband is 67. For about four months his eyelids droop by evening and he sees double when he drives. Last month he started having trouble chewing steak, and his voice gets weak after he has been on the phone for a while. Our GP said it is probably just his age. I read about myasthenia gravis online and it sounds exactly like him. Could it be myasthenia gravis, and what test would show it? Is it something that can be treated?',
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "How do other families handle the food seeking, do you lock the kitchen?" -> lifestyle (daily life, food);
    // "Is growth hormone still worth starting at her age?" -> treatment; "Is there a support group" -> find_specialist
    message:
      'Our daughter is 3 and has Prader-Willi syndrome. In the last months she has become obsessed with food and gets very upset when she cannot have more. How do other families handle the food seeking, do you lock the kitchen? Is growth hormone still worth starting at her age? And is there a support group for parents in the Midwest?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'treatment', 'find_specialist'],
  },
  {
    // "Is hair loss part of lupus?" -> symptoms (whether a sign belongs); "Can it affect my kidneys?" -> complications
    message:
      "I was diagnosed with lupus in 2019. Lately I'm exhausted all the time and my hair is falling out in clumps in the shower. Is hair loss part of lupus? Can it affect my kidneys? My aunt had kidney failure and I'm scared.",
    focus: 'lupus',
    types: ['symptoms', 'complications'],
  },
  {
    // "Is celiac disease genetic?" -> inheritance; "Which test does she need, the blood test or the scope?" -> diagnosis
    message:
      'Is celiac disease genetic? My son was diagnosed in the spring and the doctor said his older sister should be tested too, but she has no symptoms at all. Which test does she need, the blood test or the scope?',
    focus: 'celiac disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "do beer and red meat bring on the attacks" -> cause (what brings on its attacks); "what else can i do besides colchicine" -> treatment
    subject: 'gout',
    message:
      'do beer and red meat bring on the attacks or is that a myth i have had three gout attacks since christmas always in the big toe what else can i do besides colchicine',
    focus: 'gout',
    types: ['cause', 'treatment'],
  },
  {
    // "Is that true?" (no spinach or broccoli) and "can I take Tylenol ... with it?" -> interactions (food, medicine; one type);
    // "What should I do with the old 5 mg tablets?" -> storage_disposal
    message:
      'I am 78 and take warfarin for atrial fibrillation. My grandson says I must not eat spinach or broccoli anymore. Is that true? Can I take Tylenol for my back with it? And my dose was changed from 5 mg to 3 mg, what should I do with the old 5 mg tablets I still have?',
    focus: 'warfarin',
    types: ['interactions', 'storage_disposal'],
  },
  {
    // "What can I do in the classroom to help him?" -> lifestyle (school); "Will the tics go away as he gets older?" -> prognosis
    message:
      'I teach 4th grade and one of my students has Tourette syndrome. His tics get much worse before tests and some of the other kids have started copying him. What can I do in the classroom to help him? Will the tics go away as he gets older?',
    focus: 'Tourette syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "How long will he be able to walk?" -> prognosis; "Are there any clinical trials" -> research;
    // "Is it the dystrophin gene that is broken?" -> genetic_changes
    message:
      'Our son Liam is 5 and was diagnosed with Duchenne muscular dystrophy in March. He falls a lot and has trouble on the stairs. How long will he be able to walk? Are there any clinical trials for boys his age? And is it the dystrophin gene that is broken? The letter from the lab was very hard to understand.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'genetic_changes'],
  },
  {
    // "Do I need to go back on the strict diet before?" -> lifestyle (diet); "What can happen to the baby if my levels are high?" -> complications
    message:
      "I have PKU and stopped the diet as a teenager. I'm 31 now and want to get pregnant next year. Do I need to go back on the strict diet before? What can happen to the baby if my levels are high?",
    focus: 'PKU',
    types: ['lifestyle', 'complications'],
  },
  {
    // "how much vitamin D should she take a day ... is 4000 IU too much" -> drug_usage (dose; one question);
    // "are the gel caps made from fish or sheep wool" -> ingredients
    message:
      'how much vitamin D should my daughter take a day in winter? she is 19 and at university, inside all day. is 4000 IU too much? also she is vegan, are the gel caps made from fish or sheep wool??',
    focus: 'vitamin D',
    types: ['drug_usage', 'ingredients'],
  },
  {
    // "What caused it, was it something we did?" -> cause; "Can it cause heart problems later in life?" -> complications;
    // "Is it contagious to his baby sister?" -> susceptibility
    message:
      'My 2 year old had Kawasaki disease in November and was treated with IVIG. The last echo was normal. What caused it, was it something we did? Can it cause heart problems later in life? And is it contagious to his baby sister?',
    focus: 'Kawasaki disease',
    types: ['cause', 'complications', 'susceptibility'],
  },
  {
    // "Can these neurofibromas turn into cancer?" -> complications; "will our child definitely have it?" -> inheritance;
    // "is there any treatment for the bumps" -> treatment; "is there an NF clinic near Seattle?" -> find_specialist
    message:
      'I am 29 and have NF1, lots of cafe au lait spots and more and more bumps on my back. Can these neurofibromas turn into cancer? My partner and I want a baby, will our child definitely have it? Is there any treatment for the bumps, they hurt where my bra rubs. And is there an NF clinic near Seattle?',
    focus: 'NF1',
    types: ['complications', 'inheritance', 'treatment', 'find_specialist'],
  },
  {
    // "Is there anything she needs to be careful about while travelling?" -> lifestyle (travel);
    // "what do we do if she goes into an adrenal crisis" -> treatment (managing it)
    message:
      "My best friend has Addison's disease and four of us are going hiking in the mountains for a week in August. Is there anything she needs to be careful about while travelling and hiking? What do we do if she goes into an adrenal crisis out there? She showed me an injection kit but I have no idea how it works.",
    focus: "Addison's disease",
    types: ['lifestyle', 'treatment'],
  },
  {
    // "Is this an allergy to the amoxicillin?" -> side_effects (whether a problem comes from the medicine);
    // "is it ruined if it was left out overnight?" -> storage_disposal
    message:
      'My son (4) is on amoxicillin for an ear infection and got a red spotty rash on his tummy on day 7. Is this an allergy to the amoxicillin? Also the bottle says keep in the fridge, is it ruined if it was left out on the counter overnight?',
    focus: 'amoxicillin',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // long story; "Will he get back to normal?" -> prognosis (recovery); "Can the stomach bug have caused it?" -> association (named exposure asked as cause)
    message:
      'My husband had a bad stomach bug in January. Two weeks later his feet went numb, and within a few days he could not stand. He spent three weeks in intensive care with Guillain-Barre syndrome and was on a ventilator for part of it. He is now in a rehab center and can walk short distances with a walker. Everyone tells us he will recover but nobody says how much. He is a carpenter and worries about his work. Will he get back to normal? And can the stomach bug have caused it?',
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis', 'association'],
  },
  {
    // "Is there any research with gene therapy or new medicine?" -> research;
    // "Should I wear sunglasses or avoid vitamin A supplements?" -> lifestyle (daily life, diet)
    message:
      'Hello. I am 19 years from Poland. I have diagnosis Stargardt disease since last year, my central vision is going down and reading is hard now. Is there any research with gene therapy or new medicine? Should I wear sunglasses all the time or avoid vitamin A supplements? Thank you for answer.',
    focus: 'Stargardt disease',
    types: ['research', 'lifestyle'],
  },
  {
    // "What brings on the attacks?" -> cause; "How can I stop them happening?" -> prevention (preventing attacks)
    message:
      "I have acute intermittent porphyria and just had my third attack this year, each time with terrible belly pain and a week in hospital getting hemin. What brings on the attacks? I was told to avoid some medicines and dieting but I don't really understand why. How can I stop them happening?",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  {
    // "Does it usually cause seizures?" -> symptoms (whether a sign belongs); "How common is this?" -> frequency
    subject: 'TSC question',
    message:
      'Our baby girl had heart tumors on the ultrasound before she was born and now at 4 months the doctors say she has tuberous sclerosis. We have never heard of it. Does it usually cause seizures? How common is this?',
    focus: 'tuberous sclerosis',
    types: ['symptoms', 'frequency'],
  },
  {
    // "can i just stop?" -> drug_usage (stopping); "is that the pred" (no sleep, hungry) -> side_effects
    message:
      'been on prednisone 40mg for 3 weeks for a asthma flare, doc says taper but i feel fine now can i just stop? also cant sleep at all and im starving all the time is that the pred',
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "What is Rett syndrome?" -> information; "How do they confirm it?" -> diagnosis
    message:
      'My granddaughter is 2. She was walking and saying words like mama and ball, but since the summer she lost her words and keeps wringing her hands. The pediatrician said maybe Rett syndrome and sent us to a neurologist, the appointment is in 3 months. What is Rett syndrome? How do they confirm it?',
    focus: 'Rett syndrome',
    types: ['information', 'diagnosis'],
  },
  {
    // "Can the estrogen in birth control pills bring on attacks?" -> cause (what brings on its attacks);
    // "Where can I find an HAE specialist in Texas?" -> find_specialist
    message:
      "I have hereditary angioedema. Most of my attacks are swelling of my hands and belly, but once it was my throat and I ended up in the ER. I'm 22 and thinking about starting birth control. Can the estrogen in birth control pills bring on attacks? Where can I find an HAE specialist in Texas? My GP has only seen one other patient.",
    focus: 'hereditary angioedema',
    types: ['cause', 'find_specialist'],
  },
  {
    // "Should I be tested?" -> diagnosis; "Can it cause liver disease as well?" -> complications
    message:
      'My brother was just diagnosed with alpha-1 antitrypsin deficiency at 44 after years of being treated for COPD. He smoked for years but I never have. Should I be tested? Can it cause liver disease as well?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis', 'complications'],
  },
  {
    // "What is the best way to prevent migraine attacks?" -> prevention;
    // "Are the CGRP injections my neurologist mentioned worth trying?" -> treatment
    message:
      "What is the best way to prevent migraine attacks? I get migraine 6 to 8 times a month, I've missed a lot of work, and triptans only help sometimes. Are the CGRP injections my neurologist mentioned worth trying?",
    focus: 'migraine',
    types: ['prevention', 'treatment'],
  },
  {
    // "is that normal from the medication?" (numb feeling) -> side_effects; "Can he drink at his brother's wedding?" -> interactions (alcohol)
    message:
      "My boyfriend started Zoloft three weeks ago for anxiety. He says he feels kind of numb and flat, like he doesn't care about anything. Is that normal from the medication? Can he drink at his brother's wedding this weekend or is that a bad idea?",
    focus: 'Zoloft',
    types: ['side_effects', 'interactions'],
  },
  {
    // "How does it actually work for arthritis" -> indication (how it works);
    // "How long do I need to be off it before getting pregnant?" -> contraindications (pregnancy)
    message:
      'I take methotrexate once a week for rheumatoid arthritis. My friend said it is a chemo drug, how does it actually work for arthritis? Also my husband and I are thinking about a second baby. How long do I need to be off it before getting pregnant?',
    focus: 'methotrexate',
    types: ['indication', 'contraindications'],
  },
  {
    // "Can he go school normal and do sport?" -> lifestyle (school, sports);
    // "If he not take colchicine, what happen to him later?" -> complications (what happens if untreated)
    message:
      'Hello, my son is 8 years and have FMF, he take colchicine. Still every month he have fever and stomach pain for 2 or 3 days. Can he go school normal and do sport like other children? If he not take colchicine, what happen to him later? He hate the pills.',
    focus: 'FMF',
    types: ['lifestyle', 'complications'],
  },
  {
    // "How do we appeal this?" (insurance denial) -> other; "Is there a doctor in the Northeast who specializes in OI?" -> find_specialist
    message:
      'Our son has osteogenesis imperfecta type III and has had more than 20 fractures at age 7. Our insurance just denied his pamidronate infusions as experimental. How do we appeal this? Is there a doctor in the Northeast who specializes in OI? Our local hospital does not really know what to do with him.',
    focus: 'osteogenesis imperfecta',
    types: ['other', 'find_specialist'],
  },
  {
    // "How rare is Behcet's disease in Europe?" -> frequency; "Is there a cure or is it just managing the ulcers?" -> treatment
    message:
      "How rare is Behcet's disease in Europe? I am German with Turkish parents and my rheumatologist thinks I might have it because of mouth ulcers that keep coming back and inflammation in my eye last year. Is there a cure or is it just managing the ulcers?",
    focus: "Behcet's disease",
    types: ['frequency', 'treatment'],
  },
  {
    // "it makes my poop black is that normal??" -> side_effects; "can i take it with my orange juice or with milk" -> interactions (food)
    subject: 'iron pills',
    message:
      'my doctor gave me ferrous sulfate for anemia from really heavy periods (im 17). it makes my poop black is that normal?? and can i take it with my morning orange juice or with milk',
    focus: 'ferrous sulfate',
    types: ['side_effects', 'interactions'],
  },
  {
    // two conditions; "Is there a link between the two?" -> association; "Can the same biologic treat both?" -> treatment
    message:
      "I've had Crohn's disease for 10 years and it is mostly controlled. Last year I started getting painful boils in my armpits and groin and a dermatologist diagnosed hidradenitis suppurativa. Is there a link between the two? Can the same biologic treat both? I'm on Humira already.",
    focus: 'hidradenitis suppurativa',
    types: ['association', 'treatment'],
  },
];
