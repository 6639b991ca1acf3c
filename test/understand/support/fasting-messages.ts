/**
 * "fasting" set. Messages about fasting and religious or cultural practice: fasting with a condition or on a
 * medicine, doses around fasts, pilgrimages, special diets for religious reasons. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.814). Scored by fasting.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --fasting --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FASTING_MESSAGES: ConsumerMessage[] = [
  // why: only asks whether fasting is possible with the condition, a daily-life question
  {
    message: 'is it ok to fast ramadan with type 1 diabetes',
    focus: 'type 1 diabetes',
    types: ['lifestyle'],
  },
  // why: "both at iftar or one at each meal" is dosing/timing; "can it make my sugar go too low" is a side effect
  {
    subject: 'Metformin and Ramadan',
    message:
      'Salaam. My doctor has me on metformin 500 mg twice a day with breakfast and dinner. During Ramadan I will only eat at suhoor before dawn and at iftar after sunset. Should I take both tablets at iftar or one at each meal? And can metformin make my sugar drop too low while I am fasting during the day?',
    focus: 'metformin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: fava beans bringing on attacks is cause, warning signs is symptoms, whether he may fast is lifestyle
  {
    message:
      'My son is 9 and has G6PD deficiency. In our family we always break the fast with ful medames (fava beans) during Ramadan. Is it true that fava beans are what bring on his attacks? What signs should we watch for if he has a reaction? And is he allowed to fast a few days with us or is that dangerous for him?',
    focus: 'G6PD deficiency',
    types: ['cause', 'symptoms', 'lifestyle'],
  },
  // why: skipping the dose or moving it to the night before is about timing and missed doses
  {
    message:
      'I take levothyroxine every morning on an empty stomach. On Yom Kippur I fast for 25 hours, no food and no water. Can I just skip that days dose or should I take it the night before after the meal?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: whether heat and walking on Hajj are safe is travel/daily life; whether dehydration triggers a crisis is cause
  {
    subject: 'Hajj with sickle cell',
    message:
      'Our daughter (24) has sickle cell disease and has been given a place for Hajj this year. She is determined to go. Is the heat and all the walking between Mina and Arafat safe for someone like her? Can not drinking enough water set off a pain crisis?',
    focus: 'sickle cell disease',
    types: ['lifestyle', 'cause'],
  },
  // why: asks only whether fasting brings on seizures, i.e. what triggers its attacks
  {
    message: 'can fasting cause seizures?? i have epilepsy and ramadan starts next week',
    focus: 'epilepsy',
    types: ['cause'],
  },
  // why: moving the dose time is drug_usage, iftar foods changing INR is a food interaction, bleeding gums from it is a side effect
  {
    subject: 'warfarin during Ramadan',
    message:
      'My father is 71 and takes warfarin for his heart rhythm. He insists on fasting this Ramadan. Can he take the warfarin at suhoor instead of in the evening? At iftar he eats a lot of dates, spinach and salads, will this food change how the warfarin works? Also his gums have started bleeding when he brushes, is that from the warfarin?',
    focus: 'warfarin',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: keeping the Passover diet is a diet question; asking for a dietitian who knows kosher PKU diets is find_specialist
  {
    message:
      'Our daughter has PKU and we keep a kosher home. Passover is coming and matzah is very high in protein compared with her usual low protein bread. How can she keep Passover and still stay on her diet? Is there a metabolic dietitian anywhere who understands kosher-for-Passover PKU diets?',
    focus: 'PKU',
    types: ['lifestyle', 'find_specialist'],
  },
  // why: whether he can fast on Yom Kippur is lifestyle; what could happen to him if he fasts is complications
  {
    subject: 'bar mitzvah boy with MCAD deficiency',
    message:
      'My son just turned 13 and has MCAD deficiency. After his bar mitzvah he really wants to fast on Yom Kippur like the other boys in shul. Is it ever safe for someone with MCAD deficiency to fast that long? What could happen to him if he tries?',
    focus: 'MCAD deficiency',
    types: ['lifestyle', 'complications'],
  },
  // why: moving and increasing hydrocortisone doses is drug_usage, whether fasting is safe is lifestyle, signs of adrenal crisis is symptoms
  {
    message:
      "I have Addison's disease and take hydrocortisone three times a day (10/5/5). I would like to try fasting this Ramadan. Can I move my hydrocortisone doses to suhoor and iftar, and should I take an extra dose if I feel weak during the fast? Is fasting even safe for someone with Addison's? What are the warning signs of an adrenal crisis so I know when to break the fast?",
    focus: 'hydrocortisone',
    types: ['drug_usage', 'lifestyle', 'symptoms'],
  },
  // why: whether she can still receive communion with the condition is a diet/daily-life question
  {
    subject: 'communion wafers',
    message:
      'I was just diagnosed with coeliac disease and I am a practising Catholic. Can I still receive communion or are even the low gluten hosts going to harm me',
    focus: 'coeliac disease',
    types: ['lifestyle'],
  },
  // why: "is there a link between fasting and gallstones" asks an association; whether she can fast while waiting for surgery is lifestyle
  {
    message:
      'Last year after Ramadan I had terrible pain and the scan showed gallstones. Is there a link between long fasting and gallstones? I am waiting for my operation - can I fast this year or not?',
    focus: 'gallstones',
    types: ['association', 'lifestyle'],
  },
  // why: "could this be Gilbert's syndrome" asks whether his signs could be the condition, i.e. diagnosis
  {
    message:
      "Every Ramadan by the second week the whites of my eyes go slightly yellow and then it goes away after Eid. My cousin said it might be Gilbert's syndrome. could this be Gilbert's syndrome??",
    focus: "Gilbert's syndrome",
    types: ['diagnosis'],
  },
  // why: why fasting brings the flares on is cause; taking colchicine at suhoor is how to take a medicine
  {
    message:
      'My gout flares up almost every Ramadan, usually the big toe. Why does fasting bring it on? Can I take colchicine at suhoor every day of the month to stop it happening?',
    focus: 'gout',
    types: ['cause', 'drug_usage'],
  },
  // why: only asks how to stop the yearly attack, i.e. preventing attacks
  {
    subject: 'yom kippur headache',
    message:
      'i get a migraine every single yom kippur without fail, usually by the afternoon service. how do i stop it happening this year',
    focus: 'migraine',
    types: ['prevention'],
  },
  // why: both tablets at once / missed morning dose is drug_usage, grapefruit juice with it is interactions, stress of fasting bringing attacks is cause
  {
    subject: 'FMF and fasting',
    message:
      'My husband has familial Mediterranean fever and takes colchicine 0.5 mg twice a day. During Ramadan can he take both colchicine tablets together at iftar, or what if he misses the morning one? He also drinks a lot of grapefruit juice at iftar, is that OK with colchicine? And does the stress and tiredness of fasting bring on his FMF attacks?',
    focus: 'colchicine',
    types: ['drug_usage', 'interactions', 'cause'],
  },
  // why: asks only how to fit the dosing schedule into the fasting hours
  {
    message:
      'I have myasthenia gravis and take pyridostigmine every 4 hours while awake. How am I supposed to manage the pyridostigmine if I fast from dawn to sunset?',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: whether fasting triggers attacks is cause; where to find a porphyria expert is find_specialist
  {
    message:
      "I'm 28 and have acute intermittent porphyria. My family is very religious and expects me to fast through Ramadan like everyone else. I read online that fasting can trigger attacks, is that true? Where can I find a porphyria specialist in the UK who could advise me and maybe explain it to my parents?",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'find_specialist'],
  },
  // why: whether it is dangerous to fast while on the medicine is a precaution for taking it
  {
    subject: 'Ramadan and lithium',
    message:
      "I'm on lithium for bipolar disorder and I'm worried about dehydration in the long summer fasts. Is it dangerous to fast when you take lithium?",
    focus: 'lithium',
    types: ['contraindications'],
  },
  // why: "easy to catch" asks who is at risk / contagion; why the vaccine is needed is about preventing it
  {
    message:
      'We are going for Umrah in December and the agency says we all need the meningitis vaccine. Is meningitis easy to catch there with all the crowds? Does the vaccine really stop you getting it?',
    focus: 'meningitis',
    types: ['susceptibility', 'prevention'],
  },
  // why: whether she can fast and what to eat at iftar are lifestyle, whether fasting will make her kidneys worse is prognosis, a nephrologist who advises on fasting is find_specialist
  {
    subject: 'Grandmother with kidney disease wants to fast',
    message:
      'My grandmother is 78 and has chronic kidney disease, her doctor said stage 4. She has fasted every Ramadan of her life and refuses to stop now, she says God will protect her. We love her and do not want to fight with her but we are scared. Can someone with chronic kidney disease this advanced fast at all? If she fasts will her kidneys get worse faster? She breaks her fast with lots of dates and apricot juice, is that ok for her diet? Is there a kidney doctor who specialises in advising Muslim patients about fasting who we could take her to? Thank you so much.',
    focus: 'chronic kidney disease',
    types: ['lifestyle', 'prognosis', 'find_specialist'],
  },
  // why: asks only whether he can fast with the condition, a daily-life question
  {
    message:
      'Can someone with cystic fibrosis fast? My nephew is 19 and wants to fast Ramadan for the first time, he loses a lot of salt in sweat.',
    focus: 'cystic fibrosis',
    types: ['lifestyle'],
  },
  // why: fitting the low-copper diet into a vegetarian religious diet is lifestyle; whether it is hereditary for the brother is inheritance
  {
    message:
      "We are Jain and strictly vegetarian. My husband has Wilson's disease and was told to eat a low copper diet, but lentils, nuts and chickpeas are most of what we eat. How can he follow the diet and keep our religious food rules? Also his brother is asking - is it hereditary?",
    focus: "Wilson's disease",
    types: ['lifestyle', 'inheritance'],
  },
  // why: "how common in Cyprus" is frequency; whether the vegan Lent fast is okay for him is diet/lifestyle
  {
    message:
      'my son has beta thalassemia major and gets transfused every 3 weeks. we are greek cypriot orthodox and keep the lent fast, no meat, fish, dairy or eggs for weeks. is that kind of diet ok for him? and is beta thalassemia really that common in cyprus, the doctor said almost everyone knows someone',
    focus: 'beta thalassemia',
    types: ['lifestyle', 'frequency'],
  },
  // why: asks only for safe foods at iftar, a diet question
  {
    subject: 'Iftar dates and HFI',
    message:
      'Our daughter is 4 and has hereditary fructose intolerance. In our family everybody breaks the fast with dates and sweet drinks and she wants to join in. What can she eat at iftar instead that is safe?',
    focus: 'hereditary fructose intolerance',
    types: ['lifestyle'],
  },
  // why: low potassium from fasting setting off arrhythmia is cause; taking the beta blocker only at suhoor is drug_usage
  {
    message:
      'I have long QT syndrome (type 2). Can low potassium from fasting all day set off an arrhythmia? And is it OK to take my propranolol once at suhoor instead of twice a day during Ramadan?',
    focus: 'long QT syndrome',
    types: ['cause', 'drug_usage'],
  },
  // why: asks only whether the capsule contains pork gelatine, an ingredient question
  {
    message:
      'Do omeprazole capsules have pork gelatine in them? I am Muslim and want to know if they are halal',
    focus: 'omeprazole',
    types: ['ingredients'],
  },
  // why: whether it causes low sugar is side_effects; how to change the dose for Ramadan is drug_usage
  {
    subject: 'glibenclamide Ramadan',
    message:
      'Doctor put me on glibenclamide last year for my sugar. Can glibenclamide cause hypos when I fast 15 hours? how should i change the dose for ramadan',
    focus: 'glibenclamide',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks only whether the medicine can cause ketoacidosis while fasting, a side effect
  {
    message: 'Can empagliflozin cause ketoacidosis if I fast all day in Ramadan? A friend told me that.',
    focus: 'empagliflozin',
    types: ['side_effects'],
  },
  // why: fasting bringing on flares is cause, colchicine only at night is drug_usage, common in Turkey is frequency, is it genetic is inheritance
  {
    subject: "Behcet's, Ramadan and mouth ulcers",
    message:
      "Hello, I have Behçet's disease. Every Ramadan my mouth ulcers and joint pain get much worse. Can fasting bring on a flare? Can I take my colchicine only at night after iftar? Also is Behçet's disease common in Turkey, my mother and aunt both seem to have something similar, is it genetic?",
    focus: "Behçet's disease",
    types: ['cause', 'drug_usage', 'frequency', 'inheritance'],
  },
  // why: taking it at suhoor is drug_usage; "isn't it a malaria drug, how does it work for lupus" asks what it is for and how it works
  {
    message:
      "I have lupus and take hydroxychloroquine 200 mg once a day. Can I take it at suhoor before dawn with just water and a few dates? And I'm confused, isn't hydroxychloroquine a malaria medicine? How does it work for lupus?",
    focus: 'hydroxychloroquine',
    types: ['drug_usage', 'indication'],
  },
  // why: whether she can fast with friends is lifestyle; a letter for school is paperwork, i.e. other
  {
    message:
      'Our daughter is 15 and has congenital adrenal hyperplasia (salt wasting type). She wants to fast with her friends this Ramadan. Is that realistic with her condition? Also can her endocrine clinic give us a letter for her school so the teachers let her eat and drink if she needs to?',
    focus: 'congenital adrenal hyperplasia',
    types: ['lifestyle', 'other'],
  },
  // why: asks only whether to take the evening dose during a fast, a dosing question
  {
    message:
      'I take desmopressin tablets for diabetes insipidus. When I fast without water on Yom Kippur should I still take my desmopressin dose the evening before?',
    focus: 'desmopressin',
    types: ['drug_usage'],
  },
  // why: "what is it exactly" is information, chances if both carriers is inheritance, a blood test before marriage is diagnosis (screening)
  {
    subject: 'Dor Yeshorim question',
    message:
      'We are an Orthodox couple getting engaged. Our community does the Dor Yeshorim testing but nobody has explained to us what Tay-Sachs disease actually is. What is it exactly? If we were both carriers what are the chances a child would have it? And is the blood test before marriage accurate for people who are only half Ashkenazi?',
    focus: 'Tay-Sachs disease',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  // why: how common among Ashkenazi Jews is frequency, fasting on Yom Kippur is lifestyle, whether enzyme therapy is the only treatment is treatment
  {
    message:
      "I'm Ashkenazi and was recently told I have Gaucher disease type 1. How common is Gaucher disease in Ashkenazi Jews? Can I fast on Yom Kippur with it, I get tired very easily. Is enzyme replacement therapy the only treatment or are there pills?",
    focus: 'Gaucher disease',
    types: ['frequency', 'lifestyle', 'treatment'],
  },
  // why: asks only for advice on handling food at iftar, a daily-life/diet question
  {
    message:
      'our son has prader willi syndrome and we are muslim. ramadan is very hard for him because the whole family sits down to a huge iftar table every night and he gets very upset and sneaks food. any advice how to manage the iftar meals with him',
    focus: 'prader willi syndrome',
    types: ['lifestyle'],
  },
  // why: whether the mother fasting while breastfeeding is a problem for his diet is lifestyle; signs of a crisis is symptoms
  {
    subject: 'MSUD baby and Ramadan',
    message:
      'Our baby boy has maple syrup urine disease, he is partly breastfed along with his special formula. My wife wants to fast during Ramadan. Is that a problem for his feeds? What are the signs of a metabolic crisis we should look out for?',
    focus: 'maple syrup urine disease',
    types: ['lifestyle', 'symptoms'],
  },
  // why: all doses at iftar is drug_usage, fasting triggering a flare is cause, what to eat at suhoor/iftar is lifestyle
  {
    message:
      'I have ulcerative colitis and take mesalamine three times a day. Can I take all the mesalamine at once at iftar? Can fasting trigger a flare of my colitis? And what should I eat at suhoor and iftar to keep my gut calm?',
    focus: 'mesalamine',
    types: ['drug_usage', 'cause', 'lifestyle'],
  },
  // why: whether he can fast is lifestyle, whether fasting speeds the decline is prognosis, studies on fasting in PKD is research
  {
    message:
      'I have polycystic kidney disease and was told to drink 3 litres of water a day. Is it ok for me to fast during Ramadan? Will fasting make my kidney function go down faster? Are there any studies on fasting in polycystic kidney disease that I could show my imam',
    focus: 'polycystic kidney disease',
    types: ['lifestyle', 'prognosis', 'research'],
  },
  // why: asks only how to keep the medicine cool while travelling, a storage question
  {
    subject: 'hajj',
    message: 'how do i keep my insulin cold in the tents at mina, it is 45 degrees there',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
];
