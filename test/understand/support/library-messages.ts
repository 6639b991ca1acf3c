/**
 * "library" set: 40 messages as sent through a national library of medicine's consumer health web form,
 * with terse or misspelled subject lines, many from older adults and lay writers, some in capitals, some with
 * the question buried in a story or a request to mail information; about a third about medicines,
 * supplements or products. Written by someone who had read neither the code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge
 * base holds. First scored before any change for it: focus 1.000, type F1 0.885.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LIBRARY_MESSAGES: ConsumerMessage[] = [
  {
    // "Can I take both pills together at breakfast instead" = drug_usage (timing/dose);
    // "can I have a glass of wine with supper while on it" = interactions (alcohol).
    subject: 'metformin',
    message:
      'I am 72 years old and my doctor started me on metformin 500 mg twice a day. I have trouble remembering the evening one. Can I take both pills together at breakfast instead. Also can I have a glass of wine with supper while I am on it? Thank you.',
    focus: 'metformin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "WHAT FOODS SHOULD HE STAY AWAY FROM" = interactions (medicine with food);
    // "IS THAT FROM THE COUMADIN" = side_effects (whether a problem comes from the medicine).
    subject: 'COUMADIN',
    message:
      'MY HUSBAND IS 81 AND ON COUMADIN FOR HIS HEART RHYTHM. WHAT FOODS SHOULD HE STAY AWAY FROM. HE LOVES SPINACH AND BROCCOLI FROM OUR GARDEN. ALSO HE BRUISES VERY EASY NOW ON HIS ARMS IS THAT FROM THE COUMADIN',
    focus: 'COUMADIN',
    types: ['interactions', 'side_effects'],
  },
  {
    // "Is the prednisone doing this?" = side_effects (weight gain, sleeplessness from the medicine);
    // "How long will she need to stay on it" and "can she just stop" = drug_usage (duration, stopping), once.
    // Focus is the medicine, not the polymyalgia mentioned in the story.
    subject: 'question',
    message:
      'My mother is 77 and has been on prednisone for 8 months for her polymyalgia. She has put on 20 pounds, her face is round and she cannot sleep at night. Is the prednisone doing this? How long will she need to stay on it, and can she just stop taking it when she feels better? She is very discouraged.',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "How do I get rid of it ... can it go down the toilet" and "does it have to be kept in the refrigerator"
    // = storage_disposal (both storing and throwing away), once.
    subject: 'old medicine',
    message:
      'I found half a bottle of amoxicillin liquid from my granddaughters ear infection in the back of the refrigerator, it expired last year. How do I get rid of it, can it go down the toilet? And next time does it really have to be kept in the refrigerator',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "Is that alright?" (with coffee and calcium pill) = interactions (food/other medicine);
    // "does it have lactose in it" = ingredients.
    subject: 'thyroid pill',
    message:
      'I take levothyroxine every morning with my coffee and my calcium pill. Is that alright? A lady at church said it should be taken on an empty stomach. I am also lactose intolerant, does it have lactose in it?',
    focus: 'levothyroxine',
    types: ['interactions', 'ingredients'],
  },
  {
    // "what is gabapentin for" / "how does it work on nerve pain" = indication, once. Focus is the medicine.
    subject: 'gabapentin',
    message:
      'what is gabapentin for? my doctor gave it to me for the pain left over after my shingles but the pharmacist said it is a seizure medicine. how does it work on nerve pain',
    focus: 'gabapentin',
    types: ['indication'],
  },
  {
    // "Is it safe to take ibuprofen while I am pregnant?" = contraindications (pregnancy);
    // "how many can I take in a day" = drug_usage (dose).
    subject: 'pregnant',
    message:
      'Is it safe to take ibuprofen while I am pregnant? I am 20 weeks along and my back is killing me. If it is ok, how many can I take in a day?',
    focus: 'ibuprofen',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "Does fish oil have any side effects?" = side_effects;
    // "is it ok to take them together?" (with aspirin) = interactions.
    subject: 'supplement',
    message:
      'Does fish oil have any side effects? I read it can thin the blood. I already take a baby aspirin every day, is it ok to take them together?',
    focus: 'fish oil',
    types: ['side_effects', 'interactions'],
  },
  {
    // "How does it work?" = indication; "what happens if I forget my day ... take it the next day" = drug_usage
    // (missed dose).
    subject: 'question',
    message:
      'Hello. My doctor prescribed Fosamax for bone loss after my bone density test. How does it work? I am supposed to take it once a week on Sunday, what happens if I forget my day, can I take it the next day?',
    focus: 'Fosamax',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Could Lipitor be causing my leg cramps?" = side_effects; "Is grapefruit juice ok with it" = interactions;
    // "is there a cheaper generic ... Medicare plan" = other (cost).
    subject: 'leg cramps',
    message:
      'I am 68 and have been taking Lipitor for two years for cholesterol. For the last few months I get terrible leg cramps at night. Could Lipitor be causing my leg cramps? Is grapefruit juice ok with it, I drink it every morning. And is there a cheaper generic, my Medicare plan charges me too much for it.',
    focus: 'Lipitor',
    types: ['side_effects', 'interactions', 'other'],
  },
  {
    // "What is it used for exactly" = indication; "what are the side effects" = side_effects;
    // "can she get pregnant while she is on it?" = contraindications (pregnancy).
    subject: 'tamoxifen',
    message:
      'My sister is 38 and was put on tamoxifen after her breast cancer surgery. What is it used for exactly since they already took the cancer out, and what are the side effects? She still wants a baby someday, can she get pregnant while she is on it?',
    focus: 'tamoxifen',
    types: ['indication', 'side_effects', 'contraindications'],
  },
  {
    // "does hydrochlorothiazide contain sulfa" = ingredients; "should I not be taking it" (allergy) =
    // contraindications.
    subject: 'water pill',
    message:
      'does hydrochlorothiazide contain sulfa. I am allergic to sulfa drugs and broke out in hives once from an antibiotic. should I not be taking it',
    focus: 'hydrochlorothiazide',
    types: ['ingredients', 'contraindications'],
  },
  {
    // "How much vitamin D should ... take a day" and "is it better with a meal" = drug_usage, once;
    // "Will it interfere with my blood pressure pills?" = interactions.
    subject: 'vitamins',
    message:
      'How much vitamin D should a woman of 80 take a day, and is it better with a meal? Will it interfere with my blood pressure pills?',
    focus: 'vitamin D',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Is it bad to take it that long?" and "Can it cause thin bones" = side_effects, once;
    // "How do I get off it" = drug_usage (stopping).
    subject: 'heartburn pill',
    message:
      'I have taken omeprazole every day for heartburn for 5 years now. Is it bad to take it that long? Can it cause thin bones, my friend broke her hip and said it was from that. How do I get off it, every time I stop the heartburn comes right back.',
    focus: 'omeprazole',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "What is it?" = information; "Will he have to take medicine for the rest of his life?" = treatment
    // (managing it); "What are the chances his younger sister has it too?" = inheritance (sibling).
    subject: 'Wilson',
    message:
      'Our son is 19 and was just diagnosed with Wilson disease after his liver tests came back bad. We had never heard of it. What is it? Will he have to take medicine for the rest of his life? What are the chances his younger sister has it too? Please help us understand.',
    focus: 'Wilson disease',
    types: ['information', 'treatment', 'inheritance'],
  },
  {
    // "Can women get symptoms" = symptoms; "Is there a treatment for me" = treatment;
    // "Are there studies going on" = research; "Does insurance pay for it" = other (insurance).
    subject: 'Fabry',
    message:
      'My brother has Fabry disease and I was told I am only a carrier. But I have burning pain in my hands and feet, especially in hot weather, and I hardly sweat. Can women get symptoms from being a carrier? Is there a treatment for me, I read about enzyme replacement. Are there studies going on? Does insurance pay for it, it sounds very expensive.',
    focus: 'Fabry disease',
    types: ['symptoms', 'treatment', 'research', 'other'],
  },
  {
    // "Could this be Marfan syndrome?" = diagnosis (whether signs could be it);
    // "What kind of doctor should we take him to?" = find_specialist.
    subject: 'tall grandson',
    message:
      'My grandson is 14 and already 6 foot 3, very thin with long arms and fingers, and the eye doctor said the lens in one eye is loose. His mother is also very tall. Could this be Marfan syndrome? What kind of doctor should we take him to?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "Am I at risk for shingles" and "Can I give it to my grandchildren" = susceptibility (risk, contagious), once;
    // "Is there a shot to prevent it" = prevention.
    subject: 'shingels',
    message:
      'I am 70 and had chicken pox as a little girl. Am I at risk for shingles now? Can I give it to my grandchildren if I get it? Is there a shot to prevent it and where do I get it',
    focus: 'shingles',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "DOES BEER AND RED MEAT BRING ON GOUT ATTACKS" = cause (what brings on attacks);
    // "WHAT CAN I EAT" = lifestyle (diet).
    subject: 'GOUT',
    message:
      'DOES BEER AND RED MEAT BRING ON GOUT ATTACKS. MY BIG TOE IS SWOLLEN AND RED AGAIN THIRD TIME THIS YEAR. WHAT CAN I EAT',
    focus: 'GOUT',
    types: ['cause', 'lifestyle'],
  },
  {
    // "What are the chances that I will get it, and that my children would?" = inheritance;
    // "Is there a test that can tell if I carry the gene" = diagnosis (test).
    subject: 'help',
    message:
      "I am 34 and my father died of Huntington's disease two years ago. He was in a nursing home the last years and could not talk or feed himself. My husband and I want to start a family but I am afraid. What are the chances that I will get it, and that my children would? Is there a test that can tell if I carry the gene before I get sick? I am not even sure I want to know.",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Please send me information about sarcoidosis by mail" = information (overview request);
    // "what causes it" = cause.
    subject: 'sarcoidosis',
    message:
      'Please send me information about sarcoidosis by mail. I do not have a computer, my daughter is typing this for me. I was told I have it in my lungs and I would like to know what causes it. My address is 412 Elm Street, Dayton Ohio. Thank you kindly.',
    focus: 'sarcoidosis',
    types: ['information', 'cause'],
  },
  {
    // "Will it get worse as I get older?" = prognosis; "Is it safe for me to go on a cruise" = lifestyle (travel).
    subject: 'MG',
    message:
      'I have had myasthenia gravis for 6 years and it is controlled with Mestinon. My eyelids still droop by evening. Will it get worse as I get older? Is it safe for me to go on a cruise to Alaska with my church group this summer?',
    focus: 'myasthenia gravis',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "Can she keep playing volleyball" = lifestyle (sports); "Which gene causes it" = genetic_changes.
    subject: 'eds',
    message:
      'My daughter is 15 and her joints bend every which way, her shoulder has popped out twice and her skin is very soft and stretchy. The geneticist says hypermobile Ehlers-Danlos syndrome. Can she keep playing volleyball on the school team? Which gene causes it?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'genetic_changes'],
  },
  {
    // "What is it?" = information; "Can it hurt his liver and his heart?" = complications;
    // "How common is it" = frequency.
    subject: 'iron',
    message:
      'My brother just found out he has hemochromatosis after his liver tests were high. What is it? Can it hurt his liver and his heart? How common is it, our family is Irish and someone told us the Irish get it a lot.',
    focus: 'hemochromatosis',
    types: ['information', 'complications', 'frequency'],
  },
  {
    // "What test do I need to ask my doctor for" (neighbor thinks it could be porphyria) = diagnosis;
    // "what brings on the attacks" = cause.
    subject: 'porfiria',
    message:
      'My neighbor is a retired nurse and she thinks I might have porphyria because my urine turns dark like tea and I get bad stomach attacks with numb legs. What test do I need to ask my doctor for? And what brings on the attacks, I seem to get them after I diet.',
    focus: 'porphyria',
    types: ['diagnosis', 'cause'],
  },
  {
    // "Are there braces or operations that can help him" = treatment; "any clinical trials he could be in" = research.
    subject: 'CMT',
    message:
      'My husband has Charcot-Marie-Tooth disease like his mother did. His feet are getting higher arches and he trips on the rugs. Are there braces or operations that can help him? Are there any clinical trials he could be in?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['treatment', 'research'],
  },
  {
    // "Can lupus make your hair fall out?" = symptoms; "Can it ruin my kidneys" = complications;
    // "Is there a special diet" = lifestyle.
    subject: 'lupus',
    message:
      'Can lupus make your hair fall out? Mine is coming out in the shower. The rheumatologist says my kidneys are now involved. Can it ruin my kidneys, will I need dialysis someday. Is there a special diet for lupus?',
    focus: 'lupus',
    types: ['symptoms', 'complications', 'lifestyle'],
  },
  {
    // "Could the weed killers ... have caused it?" = association (named exposure asked as cause);
    // "Is there a support group near Des Moines" = find_specialist.
    subject: 'Parkinsons',
    message:
      "My husband was diagnosed with Parkinson's disease at 66. He farmed corn and beans for 40 years and sprayed weed killers and bug spray without a mask. Could the weed killers he used on the farm have caused it? Is there a support group near Des Moines for wives like me?",
    focus: "Parkinson's disease",
    types: ['association', 'find_specialist'],
  },
  {
    // "Could this be trigeminal neuralgia?" = diagnosis; "What is the treatment" = treatment.
    subject: 'face pain',
    message:
      'For months I get sharp electric shocks in the right side of my face when I chew or brush my teeth or even when the wind blows. My dentist pulled two teeth and it did not help at all. Could this be trigeminal neuralgia? What is the treatment for it?',
    focus: 'trigeminal neuralgia',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Is celiac disease hereditary?" = inheritance; "Should I and her brothers be tested" = diagnosis (testing).
    subject: 'celiac',
    message:
      'Is celiac disease hereditary? My daughter was diagnosed at age 30 after years of stomach trouble. Should I and her brothers be tested too?',
    focus: 'celiac disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "What is it?" = information; "Can the lumps turn into cancer?" = complications (turn into another condition);
    // "How many children have this" = frequency.
    subject: 'brown spots',
    message:
      'Our baby girl is 8 months old and has seven light brown spots on her body, the pediatrician mentioned neurofibromatosis and wants her to see a specialist. What is it? Can the lumps turn into cancer? How many children have this?',
    focus: 'neurofibromatosis',
    types: ['information', 'complications', 'frequency'],
  },
  {
    // "Can he stay in a regular classroom" = lifestyle (school); "Will he grow out of it" = prognosis (course).
    subject: 'tics',
    message:
      'My son is 9 and has Tourette syndrome. He blinks and jerks his head and sometimes shouts words in class and the other kids laugh at him. The teacher wants him moved. Can he stay in a regular classroom? Will he grow out of it when he is a teenager?',
    focus: 'Tourette syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "What are the chances our baby will have sickle cell anemia?" = inheritance;
    // "how can we keep her from having the pain crises" = prevention (preventing attacks).
    subject: 'sickle cell trait',
    message:
      'My husband and I both have the sickle cell trait, we found out when I got pregnant. What are the chances our baby will have sickle cell anemia? And if she does, how can we keep her from having the pain crises?',
    focus: 'sickle cell anemia',
    types: ['inheritance', 'prevention'],
  },
  {
    // "Are there any new treatments being studied" = research; "What is his life expectancy" = prognosis.
    subject: 'nephew',
    message:
      'Are there any new treatments being studied for cystic fibrosis? My nephew is 12 and is in the hospital for his lungs again. What is his life expectancy now, when he was born they said he would not live to be a teenager.',
    focus: 'cystic fibrosis',
    types: ['research', 'prognosis'],
  },
  {
    // "Is there anything I can do besides taking more pills" = treatment; "Is it linked to low iron" = association.
    subject: 'restless legs',
    message:
      'I am 74 and cannot sleep because of my restless legs syndrome, my legs crawl every night around 10 and I have to get up and walk the hall. Is there anything I can do besides taking more pills? Is it linked to low iron, my blood count was low last year.',
    focus: 'restless legs syndrome',
    types: ['treatment', 'association'],
  },
  {
    // "Could the flu shot have caused it" = association (named exposure asked as cause);
    // "Will she walk again" = prognosis.
    subject: 'GBS',
    message:
      'My wife came down with Guillain-Barre syndrome two weeks after her flu shot. She is 63 and now paralyzed from the waist down and in rehab. Could the flu shot have caused it? Will she walk again?',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "What kind of diet should he be on" = lifestyle (diet); "Is there a clinic that knows about it" = find_specialist.
    subject: 'grandson always hungry',
    message:
      'Our grandson is 6 and has Prader-Willi syndrome. He is always hungry, he takes food out of the trash and we have to lock the cupboards. What kind of diet should he be on? Is there a clinic in Texas that knows about it?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "What is it" = information; "Is it genetic, could my kids have it" = inheritance, once.
    subject: 'COPD at 45',
    message:
      'I was diagnosed with COPD at 45 and I only smoked a few years when I was young. My lung doctor wants to test me for alpha-1 antitrypsin deficiency. What is it. Is it genetic, could my kids have it?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['information', 'inheritance'],
  },
  {
    // "Any information on FOP?" = information; "How rare is it?" = frequency.
    subject: 'FOP',
    message: "Any information on FOP? My cousin's little boy was just diagnosed. How rare is it?",
    focus: 'FOP',
    types: ['information', 'frequency'],
  },
  {
    // "What causes ALS?" = cause; "Are Gulf War veterans more at risk" = susceptibility (an exposure raising risk).
    subject: 'ALS',
    message:
      'What causes ALS? My brother was diagnosed at 48 and he served in the Gulf War. Are Gulf War veterans more at risk of getting it, the VA said something about that.',
    focus: 'ALS',
    types: ['cause', 'susceptibility'],
  },
];
