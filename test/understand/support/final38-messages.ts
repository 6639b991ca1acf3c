/**
 * "final38" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, after the first change of its round (focus 1.000, type F1 0.912). Scored by final38.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --final38 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL38_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether it can be caught -> susceptibility
  {
    message: 'is fabry disease contagious? my coworker has it and im pregnant',
    focus: 'Fabry disease',
    types: ['susceptibility'],
  },
  // why: signs are story; the only question is how it is confirmed -> diagnosis
  {
    message:
      'My 14 yo son is 6\'3", has really long fingers and arms, and the eye doctor said one of his lenses is slightly out of place. Our GP mentioned Marfan syndrome. How do they actually confirm it, is it a blood test or what?',
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: insurance coverage of care is a cost question -> other
  {
    message:
      "Does Medicare cover home care for someone with Huntington's disease? My mother is in the later stages now and I can't lift her anymore.",
    focus: 'Huntington disease',
    types: ['other'],
  },
  // why: whether heat-exposed pills can still be used or must be thrown out -> storage_disposal; brand name in subject
  {
    subject: 'plaquenil left in hot car',
    message:
      'I left my hydroxychloroquine in the car all afternoon, it was about 35 degrees inside. Are the pills still ok to use or should I throw them out?',
    focus: 'hydroxychloroquine',
    types: ['storage_disposal'],
  },
  // why: asks only about clinical trials -> research
  {
    message:
      "Are there any clinical trials for myasthenia gravis going on right now? I'm 52, diagnosed in 2019, and mestinon isn't doing much for me anymore.",
    focus: 'myasthenia gravis',
    types: ['research'],
  },
  // why: which foods to eat or avoid is diet -> lifestyle
  {
    message:
      'wilsons disease - do i really have to give up chocolate and shellfish forever?? what foods are actually ok',
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  // why: a specialist clinic and a parent group are both find_specialist
  {
    message:
      'Hello, we live near Columbus, Ohio and our daughter (3) was diagnosed with Prader-Willi syndrome last month. Is there a clinic or doctor near us who specializes in PWS? We would also love to join a parent group if one exists. Thank you so much.',
    focus: 'Prader-Willi syndrome',
    types: ['find_specialist'],
  },
  // why: what the medicine contains (lactose) -> ingredients; the medicine is the focus
  {
    message: 'does kalydeco (ivacaftor) have lactose in it? my son has CF and is also lactose intolerant',
    focus: 'ivacaftor',
    types: ['ingredients'],
  },
  // why: family history is story; only asks why it happens -> cause
  {
    message:
      'What causes sarcoidosis? Nobody in my family has ever had anything like it and the doctors just shrug when I ask.',
    focus: 'sarcoidosis',
    types: ['cause'],
  },
  // why: a grandparent asks about the long-term outlook -> prognosis
  {
    message:
      'My grandson had Kawasaki disease when he was 2, they gave him IVIG at the hospital and he got better. He is 6 now and very active. Will he be alright in the long run?',
    focus: 'Kawasaki disease',
    types: ['prognosis'],
  },
  // why: whether the child will walk -> prognosis
  {
    message:
      'Will my son with Angelman syndrome ever walk on his own? He is 4 and can stand if he holds on to the furniture.',
    focus: 'Angelman syndrome',
    types: ['prognosis'],
  },
  // why: chance that her children get it -> inheritance (misspelled name)
  {
    message: 'my sister has stargarts disease, we have the same parents. whats the chance my kids get it',
    focus: 'Stargardt disease',
    types: ['inheritance'],
  },
  // why: what to do about a missed dose -> drug_usage; the medicine is the focus, FMF is story
  {
    message:
      'I forgot my colchicine this morning. Should I take 2 tonight or just skip it? I take it for familial mediterranean fever.',
    focus: 'colchicine',
    types: ['drug_usage'],
  },
  // why: asks what the condition is -> information; named in subject and message
  {
    subject: 'Turner syndrome',
    message:
      'Hi, after the 20 week ultrasound the doctor told us our baby girl might have Turner syndrome. Can you tell me what this is? We had never heard of it before and we are very worried.',
    focus: 'Turner syndrome',
    types: ['information'],
  },
  // why: what happens if a throat attack is not treated -> complications
  {
    message:
      "what can happen if a hereditary angioedema attack swells up my throat and i dont get to the ER in time? i've only ever had it in my hands and stomach",
    focus: 'hereditary angioedema',
    types: ['complications'],
  },
  // why: cure -> treatment; passing to his children -> inheritance
  {
    message:
      'Dear sir, my brother have Gaucher disease type 1, diagnosed in Cairo. Is there cure for this disease? And it is passing to his childrens also?',
    focus: 'Gaucher disease',
    types: ['treatment', 'inheritance'],
  },
  // why: whether hearing loss belongs to it -> symptoms; how fast it worsens -> prognosis
  {
    subject: 'Alport syndrome - hearing?',
    message:
      "My husband has Alport syndrome and his kidney numbers are getting worse. Does it also cause hearing loss? He keeps saying he can't hear the TV. And how fast does it usually get worse?",
    focus: 'Alport syndrome',
    types: ['symptoms', 'prognosis'],
  },
  // why: could my signs be it -> diagnosis; driving is daily life -> lifestyle
  {
    message:
      "I'm 19 and I keep falling asleep in lectures even after 9 hours of sleep, and sometimes my knees buckle when I laugh hard. Could this be narcolepsy? If it is, can I still drive?",
    focus: 'narcolepsy',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: which gene -> genetic_changes; newborn test -> diagnosis
  {
    message: 'Which gene causes Pompe disease, and is there a test for it in newborns?',
    focus: 'Pompe disease',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: catching it from kissing -> susceptibility; runs in family -> inheritance
  {
    message:
      'behcets - is it contagious?? my gf gets mouth ulcers all the time from it and im kinda scared to kiss her lol. also does it run in familys',
    focus: 'Behcet disease',
    types: ['susceptibility', 'inheritance'],
  },
  // why: wine with the medicine -> interactions; hair thinning from it -> side_effects; medicine is the focus
  {
    message:
      "I've been on methotrexate for my sarcoidosis since March. Is it ok to have a glass of wine at the weekend? Also my hair is thinning a lot, is that from the methotrexate?",
    focus: 'methotrexate',
    types: ['interactions', 'side_effects'],
  },
  // why: stopping pain crises -> prevention; swimming at school -> lifestyle
  {
    message:
      'My son (8) has sickle cell disease. How can we stop his pain crises from happening so often? And is it ok for him to do swimming lessons with his class?',
    focus: 'sickle cell disease',
    types: ['prevention', 'lifestyle'],
  },
  // why: a teacher asks about PE class -> lifestyle; getting worse -> prognosis
  {
    message:
      'I teach a 10 year old student who has Charcot-Marie-Tooth disease. What can I do to help him in PE class without making him feel singled out? Will his condition get worse as he grows?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['lifestyle', 'prognosis'],
  },
  // why: higher risk of cancers -> complications; how often colonoscopies -> diagnosis (screening)
  {
    message:
      'I just found out I have Lynch syndrome from a genetic test I did after my dad got colon cancer. What cancers am I more likely to get, and how often should I be getting colonoscopies?',
    focus: 'Lynch syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: safe while breastfeeding -> contraindications; how it works -> indication; medicine is the focus
  {
    message:
      'Is hydroxyurea safe to take while breastfeeding? My hematologist wants me back on it for my sickle cell now that the baby is here. how does it even work?',
    focus: 'hydroxyurea',
    types: ['contraindications', 'indication'],
  },
  // why: typical features -> symptoms; how many born with it -> frequency
  {
    message:
      'What are the typical features of Williams syndrome and how many children are born with it each year?',
    focus: 'Williams syndrome',
    types: ['symptoms', 'frequency'],
  },
  // why: alcohol bringing on attacks -> cause; avoiding attacks -> prevention
  {
    subject: 'AIP attacks and alcohol',
    message:
      'Does alcohol bring on acute intermittent porphyria attacks? I had a bad one after a wedding. What else should I avoid so I dont get them again?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: should the daughter be tested -> diagnosis; what is done for heavy periods -> treatment
  {
    message:
      'my daughter is 15 and has really heavy periods and nosebleeds that go on forever. my mom has von willebrand disease. should my daughter be tested? and what do they do for the heavy periods if she has it',
    focus: 'von Willebrand disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: before or after food -> drug_usage; cramps from it -> side_effects
  {
    message:
      'pyridostigmine - do i take it before or after food? and the stomach cramps i get, are those from it',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: treatment/surgery -> treatment; children getting it -> inheritance
  {
    message:
      'Hello. My wife is diagnosed moyamoya disease in Seoul last year. She have many headache and one time her arm was weak. What is the treatment, the surgery is necessary? And is possible our children get this disease?',
    focus: 'moyamoya disease',
    types: ['treatment', 'inheritance'],
  },
  // why: same as Becker -> information; sister's next baby -> inheritance; Duchenne is the nephew's condition
  {
    message:
      'Is Becker muscular dystrophy the same thing as Duchenne? My nephew was just diagnosed with Duchenne and my sister wants to know if her next baby could have it too.',
    focus: 'Duchenne muscular dystrophy',
    types: ['information', 'inheritance'],
  },
  // why: sweat test -> diagnosis; life expectancy -> prognosis; new drugs researched -> research
  {
    message:
      "Our newborn screening came back positive for cystic fibrosis and we have an appointment next week. What is the sweat test and how is it done on a baby? What's the life expectancy these days? Are there any new drugs being researched?",
    focus: 'cystic fibrosis',
    types: ['diagnosis', 'prognosis', 'research'],
  },
  // why: list: symptoms, gene -> genetic_changes, brother's risk -> inheritance, beer is diet -> lifestyle
  {
    subject: 'hemocromatosis questions',
    message:
      'just diagnosed.\n1. what are the symptoms\n2. which gene is it\n3. is my brother at risk too\n4. can i still drink beer',
    focus: 'hereditary hemochromatosis',
    types: ['symptoms', 'genetic_changes', 'inheritance', 'lifestyle'],
  },
  // why: turning into cancer -> complications; medicine to shrink them -> treatment; NF clinic -> find_specialist
  {
    message:
      'My daughter has NF1 with lots of cafe au lait spots and now a few bumps on her back. Can the neurofibromas turn into cancer? Is there any medicine that shrinks them? And where can we find an NF clinic in Texas?',
    focus: 'neurofibromatosis type 1',
    types: ['complications', 'treatment', 'find_specialist'],
  },
  // why: link with autism -> association; how common -> frequency; outlook -> prognosis
  {
    message:
      "Is there a link between tuberous sclerosis complex and autism? Our son was diagnosed with TSC at 1 year and now his preschool says he may be autistic. How common is TSC, and what's the outlook for him?",
    focus: 'tuberous sclerosis complex',
    types: ['association', 'frequency', 'prognosis'],
  },
  // why: next baby -> inheritance; diet and school -> lifestyle; normal development -> prognosis
  {
    message:
      'My wife and I found out we are both carriers of PKU when our daughter was diagnosed. What is the chance our next baby has it? Does she need the special diet forever or only as a child? Can she go to a normal school? Will her brain develop normally if we stick to the diet?',
    focus: 'phenylketonuria',
    types: ['inheritance', 'lifestyle', 'prognosis'],
  },
  // why: vaccine as cause -> association; recover and walk -> prognosis; speeding it up -> treatment
  {
    subject: 'GBS after flu shot?',
    message:
      "My dad (67) got Guillain-Barre syndrome three weeks after his flu shot. He's in the ICU on a ventilator. Could the vaccine have caused it? Will he recover and walk again? Is there anything they can give him to speed it up?",
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis', 'treatment'],
  },
  // why: what it does -> indication; beer with it -> interactions; where to keep it -> storage_disposal
  {
    message:
      "I was just prescribed sodium oxybate (Xyrem) for narcolepsy with cataplexy. What exactly does it do? Can I have a beer at a party while I'm on it? And where should I keep it, my kids are in the house",
    focus: 'sodium oxybate',
    types: ['indication', 'interactions', 'storage_disposal'],
  },
  // why: difference between two conditions -> information; telling apart and genetic test -> diagnosis
  {
    message:
      'my niece was diagnosed with rett syndrome but her first doctor thought it was angelman syndrome. whats the difference between them and how do they tell them apart? is there a genetic test for rett',
    focus: 'Rett syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: kidney damage -> complications; stopping the attacks -> prevention; which doctor -> find_specialist
  {
    message:
      'Merhaba, I am from Turkey living in Germany. My son 7 years has FMF, he has fever and stomach pain every month. 1) It can damage the kidneys? 2) How we can stop the attacks to come? 3) Which doctor in Germany knows this disease good?',
    focus: 'familial Mediterranean fever',
    types: ['complications', 'prevention', 'find_specialist'],
  },
];
