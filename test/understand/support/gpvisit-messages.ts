/**
 * "gpvisit" set. Messages written after a visit to the family doctor: what the GP said or did not say, a
 * referral, a result, a new prescription, and what it means. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.867). Scored by gpvisit.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --gpvisit --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GPVISIT_MESSAGES: ConsumerMessage[] = [
  // why: "what actually is it" asks for an overview of the condition
  {
    message:
      'had routine bloods done, gp phoned and said my bilirubin is a bit high and its probably gilberts syndrome, nothing to worry about. she didnt really explain. what actually is it',
    focus: 'gilberts syndrome',
    types: ['information'],
  },
  // why: "could this turn into myeloma" asks whether it can become another condition
  {
    subject: 'Blood test result from my GP',
    message:
      'My doctor told me a routine blood test picked up something called MGUS. He said he will simply repeat the test in six months and that most people never have a problem. I looked it up and keep seeing the word myeloma. Could this turn into myeloma?',
    focus: 'MGUS',
    types: ['complications'],
  },
  // why: "does it contain lactose" asks what the medicine contains
  {
    message:
      'GP started me on levothyroxine 50mcg today for an underactive thyroid. I am lactose intolerant and forgot to ask her - does levothyroxine have lactose in it?',
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
  // why: "is there a specific test" asks how the condition is confirmed
  {
    message:
      'My GP rang to say my ferritin came back very high (over 900) and she wants to rule out haemochromatosis before referring me on. Is there a specific test that shows for sure whether you have haemochromatosis, or is it just the iron levels?',
    focus: 'haemochromatosis',
    types: ['diagnosis'],
  },
  // why: "how long will I have this for" asks about the course of the condition
  {
    subject: 'polymyalgia rheumatica - how long?',
    message:
      'I am 71 and for the last two months could hardly lift my arms in the morning. GP did blood tests, said it is almost certainly polymyalgia rheumatica and put me on prednisolone 15mg. The stiffness is already much better, it is like a miracle. But she did not say how long this goes on for. How long will I have this for?',
    focus: 'polymyalgia rheumatica',
    types: ['prognosis'],
  },
  // why: "is there anything I can take for it" asks about treatment
  {
    message:
      "doc says my white and numb fingers in the cold are raynaud's phenomenon and just to wear gloves. is there anything i can actually take for it",
    focus: "raynaud's phenomenon",
    types: ['treatment'],
  },
  // why: "will he need an operation" asks about surgery, i.e. treatment
  {
    message:
      "Our 6 year old has been limping on and off for a few weeks. The GP examined his hip, sent him for an x-ray and has now referred us to the children's orthopaedic clinic because she thinks it could be Perthes disease. The wait is 8 weeks. Will he need an operation?",
    focus: 'Perthes disease',
    types: ['treatment'],
  },
  // why: "can I still have a couple of beers while on it" asks about the medicine with alcohol
  {
    message:
      'After my second gout attack this year the GP has put me on allopurinol 100mg, going up each month. Can I still have a couple of pints at the weekend while I am taking allopurinol or is that a no go',
    focus: 'allopurinol',
    types: ['interactions'],
  },
  // why: "where can I find a doctor who knows about it" asks for a specialist
  {
    subject: 'Factor V Leiden - who do I see?',
    message:
      "My sister had a clot after her surgery and tested positive, so my GP tested me too and I have factor V Leiden as well (heterozygous). The GP said that was that and didn't suggest anything else. Where can I find a doctor who actually knows about this?",
    focus: 'factor V Leiden',
    types: ['find_specialist'],
  },
  // why: "will my face go back to normal" asks whether he will recover
  {
    message: 'gp says its bells palsy. will my face go back to normal',
    focus: 'bells palsy',
    types: ['prognosis'],
  },
  // why: "could the sun cream have caused it" asks whether a named exposure caused the condition
  {
    message:
      "My GP said my level is 18 and I have vitamin D deficiency, and gave me a loading dose. I'm outdoors a lot but I always wear factor 50 because of skin cancer in the family. Could all that sun cream have caused my vitamin D deficiency?",
    focus: 'vitamin D deficiency',
    types: ['association'],
  },
  // why: "just how rare is it" asks about frequency
  {
    message:
      'Our 19 year old son had abnormal liver tests at the GP after a bout of tiredness. The GP has referred him to a liver specialist to rule out Wilson disease and admitted she had never seen a case in 25 years of practice. Just how rare is Wilson disease?',
    focus: 'Wilson disease',
    types: ['frequency'],
  },
  // why: "is it true that it can cause low magnesium" asks whether a problem comes from the medicine
  {
    subject: 'medication review',
    message:
      'I have been on omeprazole 20mg for about eight years for reflux. At my medication review the GP said she wants to cut me down because long term omeprazole can lower your magnesium. Nobody ever told me that before. Is that true?',
    focus: 'omeprazole',
    types: ['side_effects'],
  },
  // why: "should my children be tested too" asks whether relatives should be tested
  {
    message:
      "My cholesterol came back at 9.4 even though I'm slim and eat well. My GP mentioned familial hypercholesterolaemia and is sending me to the lipid clinic. I have two kids aged 8 and 11, should they be tested for familial hypercholesterolaemia as well?",
    focus: 'familial hypercholesterolaemia',
    types: ['diagnosis'],
  },
  // why: "are there any clinical trials" asks about research
  {
    message:
      'Finally after years of tripping over my own feet the neurology letter came back to my GP: CMT type 1A. GP said theres no treatment. are there any clinical trials going on for CMT?',
    focus: 'CMT',
    types: ['research'],
  },
  // why: "what causes it" asks cause; "can she still do gymnastics" asks about daily life
  {
    subject: 'ITP in my daughter',
    message:
      'My 7 year old came out in tiny red spots and bruises all over. The GP did a blood test the same day and sent us straight to the hospital, her platelets were 9. They said it is ITP and we are to watch and wait. What causes ITP in a child who was perfectly healthy? And can she still go to her gymnastics classes?',
    focus: 'ITP',
    types: ['cause', 'lifestyle'],
  },
  // why: "shouldn't I be on something" asks treatment; "will it turn into an underactive thyroid" asks whether it becomes another condition
  {
    message:
      "GP said my thyroid antibodies are very high so I have Hashimoto's thyroiditis, but my TSH is normal so she won't treat it, just recheck in a year. Shouldn't I be taking something now? And will it turn into an underactive thyroid eventually?",
    focus: "Hashimoto's thyroiditis",
    types: ['treatment', 'complications'],
  },
  // why: "can I still have grapefruit juice" asks about food with the medicine; "does it cause muscle pain" asks side effects
  {
    message:
      'new prescription from the gp today, atorvastatin 20mg. two things she didnt mention - can i still have my grapefruit juice in the morning, and is it true atorvastatin gives you muscle pains??',
    focus: 'atorvastatin',
    types: ['interactions', 'side_effects'],
  },
  // why: "can my family catch it" asks if it is contagious; "how will they confirm it" asks about diagnosis
  {
    message:
      "I had a chest x-ray for a cough that wouldn't go away and it showed swollen glands in my chest. My GP said it might be sarcoidosis and has referred me to the chest clinic. Can my wife and children catch sarcoidosis from me? And how will they confirm it, will I need a biopsy?",
    focus: 'sarcoidosis',
    types: ['susceptibility', 'diagnosis'],
  },
  // why: "why keep eating gluten before the biopsy" asks about the confirming test; "will my kids get it" asks inheritance
  {
    subject: 'Positive coeliac blood test',
    message:
      'My blood test for coeliac disease came back positive and the GP has referred me for a gastroscopy. She told me to keep eating gluten until then, which seems mad when it is what makes me ill. Is that really right, why do I have to keep eating it before the biopsy? Also is there a chance my two children will get coeliac disease?',
    focus: 'coeliac disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "is 2 weeks of antibiotics enough" asks treatment; "could it cause joint or heart problems later" asks complications
  {
    message:
      'Got bitten by a tick walking in the woods and a week later had a big bullseye rash. GP said classic Lyme disease and gave me doxycycline for 14 days. Is 2 weeks of antibiotics really enough to get rid of Lyme disease, and could it still cause problems with my joints or heart later on if it wasnt all killed off',
    focus: 'Lyme disease',
    types: ['treatment', 'complications'],
  },
  // why: "is there a cure or injections for life" asks treatment; "does it run in families" asks inheritance
  {
    message:
      'Just back from the GP. My B12 was very low and the intrinsic factor antibody was positive so he says pernicious anaemia and I am starting injections. Is there any cure for pernicious anaemia or is it injections every 3 months for the rest of my life? My mum had it too, does it run in families?',
    focus: 'pernicious anaemia',
    types: ['treatment', 'inheritance'],
  },
  // why: "what is it actually for" asks what the medicine is for; "is it ok with my asthma" asks who should not take it
  {
    message:
      'My GP said the shaking in my hands is an essential tremor and prescribed propranolol. I thought propranolol was a blood pressure tablet? What is it actually for and how does it help a tremor? I also have mild asthma and use an inhaler, is propranolol ok for me to take?',
    focus: 'propranolol',
    types: ['indication', 'contraindications'],
  },
  // why: "will it get worse over time" asks prognosis; "what are the chances my daughter has it" asks inheritance
  {
    subject: 'cysts on both kidneys',
    message:
      'I went to the GP with back pain and she sent me for an ultrasound. It showed lots of cysts on both kidneys and she says it looks like polycystic kidney disease, which my late father had, though nobody ever told me it could be passed on. My kidney function is normal at the moment. Will polycystic kidney disease get worse over time? And what are the chances that my daughter, who is 16, has it too?',
    focus: 'polycystic kidney disease',
    types: ['prognosis', 'inheritance'],
  },
  // why: "why report a sore throat" asks about a side effect; "can I take it while trying for a baby" asks a pregnancy precaution
  {
    message:
      'GP started me on methimazole for an overactive thyroid (Graves). The leaflet says to contact a doctor right away if I get a sore throat or fever. Why is that? Also my partner and I are trying for a baby, is methimazole safe to take if I get pregnant?',
    focus: 'methimazole',
    types: ['side_effects', 'contraindications'],
  },
  // why: "is there a test for it" asks diagnosis; "can I still drive" asks about daily life
  {
    message:
      'been having spinning attacks with ringing in my left ear. gp thinks menieres disease and has referred me to ENT but thats months away. is there a test for menieres disease? and am i allowed to drive in the meantime',
    focus: 'menieres disease',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "why an antidepressant for pain" asks what the medicine is for; "will it make me gain weight" asks side effects
  {
    subject: 'Amitriptyline for fibromyalgia??',
    message:
      "After a year of pain everywhere my GP finally said it is fibromyalgia and gave me amitriptyline 10mg at night. Isn't amitriptyline an antidepressant? How is it supposed to help with pain, or does he think it is all in my head? And will amitriptyline make me put on weight, I have read that it does.",
    focus: 'amitriptyline',
    types: ['indication', 'side_effects'],
  },
  // why: "will it leave lasting damage" asks complications; "should he stop football" asks about sport
  {
    message:
      'My 13 year old has a painful bony lump below his kneecap. GP said it is Osgood Schlatter and it is very common in growing boys, ice and rest. Can Osgood Schlatter do any lasting damage to his knee? And should he stop football completely, he trains 4 times a week',
    focus: 'Osgood Schlatter',
    types: ['complications', 'lifestyle'],
  },
  // why: "do I have it or am I a carrier" asks carrier status; "is there treatment for my lungs" asks treatment
  {
    message:
      "I'm 45 and have emphysema even though I only smoked for a few years in my twenties. My GP tested me for alpha-1 antitrypsin deficiency and the result came back as 'MZ'. He said he would have to look it up. Does MZ mean I have alpha-1 antitrypsin deficiency or that I just carry it? And is there any treatment that would help my lungs?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['inheritance', 'treatment'],
  },
  // why: "is it right to start steroids before the biopsy" asks treatment; "can it make me go blind" asks complications
  {
    message:
      'Went to the GP with a terrible headache on one side and pain in my jaw when chewing. She said it could be temporal arteritis, gave me 60mg of prednisolone there and then and booked an urgent biopsy next week. Is it right to start steroids before they even know for sure? And she mentioned eyesight - can temporal arteritis really make you go blind?',
    focus: 'temporal arteritis',
    types: ['treatment', 'complications'],
  },
  // why: "will she need her spleen out" asks treatment; "will it affect her as she grows" asks outlook; "which of us passed it on" asks inheritance
  {
    subject: 'baby girl - hereditary spherocytosis',
    message:
      "Our daughter is 4 months old. She was very jaundiced after birth and has looked pale since. Our GP did a blood film which showed spherocytes and said it is most likely hereditary spherocytosis. Her dad had his spleen removed as a child but never knew what for. Will she need her spleen taken out too? Is it going to affect her as she grows up, will she be able to live a normal life? And is it definitely from her dad's side, or could I be passing something on as well?",
    focus: 'hereditary spherocytosis',
    types: ['treatment', 'prognosis', 'inheritance'],
  },
  // why: "what is it exactly" asks information; "how common is it" asks frequency; "is testosterone the treatment" asks treatment
  {
    message:
      "We've been trying for a baby for two years. The GP sent my husband for a sperm test and then a chromosome test, and the result is Klinefelter syndrome (47,XXY). The GP said it was outside his area and referred us to a fertility clinic. What is Klinefelter syndrome exactly? How common is it - he is 34 and nobody ever noticed? And is testosterone the treatment for it?",
    focus: 'Klinefelter syndrome',
    types: ['information', 'frequency', 'treatment'],
  },
  // why: "is it hereditary" asks inheritance; "should my kids have an ECG" asks whether relatives should be tested; "can I keep running" asks about exercise
  {
    message:
      'I had a routine ECG at my GP surgery before starting a new medication and the GP said it showed long QT syndrome, so she has not started the tablet and has referred me to cardiology. I feel totally fine. Is long QT syndrome hereditary? Should my children (10 and 14) have an ECG as well? And I run half marathons, can I keep running until I see the cardiologist?',
    focus: 'long QT syndrome',
    types: ['inheritance', 'diagnosis', 'lifestyle'],
  },
  // why: "is the stomach upset from the metformin" asks side effects; "before or after food" asks how to take it; "a glass of wine" asks about alcohol with it
  {
    message:
      'diagnosed with type 2 diabetes last week, gp put me on metformin 500mg twice a day. my stomach has been terrible since, is that the metformin? should i be taking it before or after food, she didnt say. and am i ok to have a glass of wine with dinner on metformin',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: "does a positive ANA mean I have lupus" asks diagnosis; "what signs should I look for" asks symptoms; "could I pass it to my children" asks inheritance
  {
    subject: 'positive ANA - is it lupus?',
    message:
      "I've had sore joints and a rash on my cheeks after being in the sun. My GP ran some bloods and my ANA was positive, so he has referred me to rheumatology, he said to rule out lupus. Does a positive ANA mean I have lupus? What other signs of lupus should I be watching for while I wait? And if it is lupus, is it something I could pass on to my children?",
    focus: 'lupus',
    types: ['diagnosis', 'symptoms', 'inheritance'],
  },
  // why: "what does it do" asks what the medicine is for; "missed dose - should I double up" asks dosing; "can I take ibuprofen" asks about other medicines
  {
    message:
      'My GP found an irregular heartbeat (atrial fibrillation) when I went in about something else and started me on Eliquis 5mg twice daily. What exactly does Eliquis do, is it thinning my blood? Last night I forgot the evening tablet - should I take two this morning to catch up? And I usually take ibuprofen for my bad back, is that still alright with it?',
    focus: 'Eliquis',
    types: ['indication', 'drug_usage', 'interactions'],
  },
  // why: "what causes it" asks cause; "tablets for life" asks treatment; "how do I stop a crisis" asks prevention; "night shifts" asks about work
  {
    message:
      'For months I have been exhausted, dizzy when I stand up and my skin has gone darker. My GP did a morning cortisol test which was very low and has referred me urgently to endocrinology because she thinks it is Addisons disease. What causes Addisons disease? Will I be on steroid tablets for the rest of my life? She mentioned something called an adrenal crisis, how do I stop that from happening? And I work night shifts as a nurse, will I be able to carry on?',
    focus: 'Addisons disease',
    types: ['cause', 'treatment', 'prevention', 'lifestyle'],
  },
  // why: "will growth hormone help" asks treatment; "does it affect the heart" asks complications; "normal school" asks daily life; "support group" asks for organizations
  {
    subject: 'Turner syndrome diagnosis at age 9',
    message:
      "Our daughter has always been the smallest in her class. Our GP finally referred her to a paediatrician and a blood test has now confirmed Turner syndrome. We are still in shock and have so many questions. Will growth hormone injections help her get taller? The doctor mentioned her heart needs checking - does Turner syndrome affect the heart? Will she be able to stay in her normal school? And is there a support group for parents, we don't know anyone else in this situation.",
    focus: 'Turner syndrome',
    types: ['treatment', 'complications', 'lifestyle', 'find_specialist'],
  },
  // why: "how is it told apart from a virus" asks diagnosis; "what causes it" asks cause; "can it damage his heart" asks complications; "can his sister catch it" asks contagiousness
  {
    message:
      'our son (3) had a high fever for 5 days, red eyes, cracked lips and a rash. the gp said viral and to give calpol but it got worse and the hospital diagnosed kawasaki disease and gave him immunoglobulin. how do doctors tell kawasaki disease apart from a normal virus, it seems it was missed at first? what causes it? can it damage his heart long term? and is it catching, could his baby sister get it from him',
    focus: 'kawasaki disease',
    types: ['diagnosis', 'cause', 'complications', 'susceptibility'],
  },
  // why: "is it the same as Paget's of the breast" asks what each is; "does it need treating" asks treatment; "can it affect my hearing" asks complications
  {
    message:
      "My routine blood test showed a raised alkaline phosphatase, then an x-ray of my pelvis, and now my GP says I have Paget's disease of bone. Is this the same as the Paget's disease of the breast that my aunt had? Does it need treating if I have no pain? And I'm already a bit deaf in one ear - can Paget's disease of bone affect your hearing?",
    focus: "Paget's disease of bone",
    types: ['information', 'treatment', 'complications'],
  },
];
