/**
 * "pregnancymeds" set. Messages about medicines during pregnancy, when trying to conceive and while
 * breastfeeding, for women with rare or chronic conditions: whether to stop or switch, doses, risks to the
 * baby, with other questions. Written by someone who had read neither the understanding or retrieval code nor
 * any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 0.850, type F1
 * 0.750). Scored by pregnancymeds.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --pregnancymeds --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PREGNANCYMEDS_MESSAGES: ConsumerMessage[] = [
  // why: only asks whether the medicine is safe for the baby in pregnancy -> contraindications; missed doses are story
  {
    message:
      'hi im 8 wks pregnant (found out yesterday) and on lamictal 200mg for my epilepsy. is it safe for the baby?? i dont want to stop it, i had a bad seizure last time i missed doses',
    focus: 'lamotrigine',
    types: ['contraindications'],
  },
  // why: what the drug does for lupus -> indication; breast milk / nursing -> contraindications
  {
    subject: 'Plaquenil while breastfeeding',
    message:
      'My daughter was born three weeks ago. I have SLE and my rheumatologist wants me to stay on hydroxychloroquine. Why does she keep me on a malaria drug anyway, what does it actually do for lupus? And does it pass into breast milk - is it ok to nurse?',
    focus: 'hydroxychloroquine',
    types: ['indication', 'contraindications'],
  },
  // why: whether pregnancy makes MG worse -> prognosis; babies born weak because of the mother's MG -> complications
  {
    message:
      'Hello. I have myasthenia gravis since 2019, I take Mestinon and it is quite stable now. My husband and I wish to have a baby. Does the pregnancy make the myasthenia more worse? Also I read that babies of mothers with MG can be born weak and floppy, is this true? Thank you very much from Poland.',
    focus: 'myasthenia gravis',
    types: ['prognosis', 'complications'],
  },
  // why: harm to baby from high phe (untreated) -> complications; when to restart the diet -> lifestyle; will the kid have PKU -> inheritance
  {
    message:
      "I'm 27 and I have PKU. I went off diet at 15 like a lot of us did. Now me and my partner want a baby and my clinic is making a big deal about it. What actually happens to the baby if my phe is high while I'm pregnant? When do I need to go back on the diet, before getting pregnant or once I am? And will my kid have PKU too?",
    focus: 'phenylketonuria',
    types: ['complications', 'lifestyle', 'inheritance'],
  },
  // why: a grandparent asks what the drug does to babies (why stop before pregnancy) -> contraindications only
  {
    subject: 'Depakote and having a baby',
    message:
      "My granddaughter is 23 and has taken Depakote for her seizures since she was a girl. Her neurologist says she has to come off it before she and her husband try for a baby. What does it do to babies? It's the only thing that ever stopped her seizures and we are all worried.",
    focus: 'valproic acid',
    types: ['contraindications'],
  },
  // why: what can happen to her if pregnant with PAH -> complications; research on safe pregnancy -> research
  {
    message:
      "My doctors say pregnancy with pulmonary arterial hypertension is very dangerous and I should never get pregnant. I'm 26 and this breaks my heart. What can actually happen to me if I do? Is anyone doing research on women with PAH having babies safely?",
    focus: 'pulmonary arterial hypertension',
    types: ['complications', 'research'],
  },
  // why: reduced fertility is a problem CF leads to -> complications; would our kids have it -> inheritance
  {
    message:
      'my girlfriend has cf and we r talking about kids in the future. is it harder for women with cf to get pregnant? and would our kids have it? i have no idea if im a carrier or not',
    focus: 'cystic fibrosis',
    types: ['complications', 'inheritance'],
  },
  // why: safe to keep taking in pregnancy -> contraindications; how to stop (at once or taper) -> drug_usage
  {
    message:
      'on kalydeco, just found out im pregnant (surprise!!) is it safe to keep taking in pregnancy? and if i do have to stop can i just stop or do i need to cut down slowly. my cf team is closed till monday',
    focus: 'ivacaftor',
    types: ['contraindications', 'drug_usage'],
  },
  // why: whether hEDS gets worse in and after pregnancy -> prognosis; chance of passing it on -> inheritance
  {
    message:
      'Hi, I was diagnosed with hypermobile EDS two years ago. We are thinking about trying for a baby. Do women with hEDS get worse during pregnancy, like more dislocations and pain, and does it stay worse afterwards? What is the chance I pass it to my baby?',
    focus: 'Ehlers-Danlos syndrome, hypermobility type',
    types: ['prognosis', 'inheritance'],
  },
  // why: what vEDS is / how it differs from another type -> information; what can go wrong -> complications; hospital -> find_specialist
  {
    subject: 'vascular EDS and pregnancy',
    message:
      "My sister (31) just found out she is pregnant and she has vascular Ehlers-Danlos. I honestly don't understand what vascular EDS even is, how is it different from the bendy kind? Her doctors look very worried. What can go wrong for her in pregnancy and delivery? Is there any hospital with experience of vEDS pregnancies, we're in Ohio.",
    focus: 'Ehlers-Danlos syndrome, vascular type',
    types: ['information', 'complications', 'find_specialist'],
  },
  // why: two conditions named; miscarriage as a problem APS leads to -> complications; how APS is treated in pregnancy -> treatment
  {
    message:
      "I have lupus and antiphospholipid syndrome. I've had 2 miscarriages, at 10 and 14 weeks. Could the APS be the reason I keep losing them? And what treatment do women with APS get to help a pregnancy, my friend mentioned heparin injections and baby aspirin?",
    focus: 'antiphospholipid syndrome',
    types: ['complications', 'treatment'],
  },
  // why: the question is about heart block (Sjogren named too): how often -> frequency; scans to check -> diagnosis; can HCQ stop it -> prevention
  {
    message:
      "I have Sjögren's and tested positive for anti-Ro. My rheumatologist said my baby could get congenital heart block. How often does that actually happen? Will they check the baby's heart during the pregnancy, with what scans? Can taking hydroxychloroquine stop it from happening?",
    focus: 'congenital heart block',
    types: ['frequency', 'diagnosis', 'prevention'],
  },
  // why: only asks whether the medicine harms the baby in pregnancy -> contraindications; Marfan and valve are story
  {
    message:
      "I have Marfan syndrome and a mechanical aortic valve so I'm on warfarin for life. I'm 6 weeks pregnant. Is warfarin dangerous for the baby at this stage?",
    focus: 'warfarin',
    types: ['contraindications'],
  },
  // why: a teacher asks how dangerous untreated PKU is for the baby -> complications; clinic or organization -> find_specialist
  {
    message:
      "I teach at a high school and one of my students (17) has PKU. She just told me she is pregnant and she hasn't followed her diet for years. How dangerous is this for the baby? Where can she get help quickly - is there a metabolic clinic or a PKU organization that supports teenagers? She won't talk to her parents yet.",
    focus: 'phenylketonuria',
    types: ['complications', 'find_specialist'],
  },
  // why: only asks whether the medicine is ok while breastfeeding -> contraindications; the dose is story
  {
    message: 'Is Mestinon ok while breastfeeding? 60mg four times a day. Baby is 2 weeks.',
    focus: 'pyridostigmine',
    types: ['contraindications'],
  },
  // why: safe when trying to conceive and pregnant -> contraindications; insurance coverage -> other
  {
    message:
      "Is Kuvan safe to take while trying to conceive and during pregnancy? It's the only thing that keeps my phe in range without eating basically nothing. Also my insurance said they may stop covering it, will they have to cover it if I'm pregnant?",
    focus: 'sapropterin',
    types: ['contraindications', 'other'],
  },
  // why: how much folic acid and when to start -> drug_usage (dose and timing are one type)
  {
    message:
      'I take carbamazepine for epilepsy and we are TTC. GP says I need high dose folic acid, not the normal pregnancy one. How much exactly and how long before trying do I start?',
    focus: 'folic acid',
    types: ['drug_usage'],
  },
  // why: whether seizures get worse during pregnancy -> prognosis (course)
  {
    message: 'will my seizures get worse now im pregnant?? 12 wks. had 3 this yr b4',
    focus: 'epilepsy',
    types: ['prognosis'],
  },
  // why: a parent asks what other medicines work for JME -> treatment; research into newer drugs -> research
  {
    message:
      "My daughter is 19 and has juvenile myoclonic epilepsy. She has been on valproate since she was 14 and her neurologist now says she must change because of pregnancy risks, even though she's not planning a baby. What other medicines work for JME? And is there research into newer drugs that are safer for young women?",
    focus: 'juvenile myoclonic epilepsy',
    types: ['treatment', 'research'],
  },
  // why: whether the medicine stops the pill working -> interactions
  {
    message:
      'does topiramate stop the pill working? im on it for my IIH and i really cant get pregnant right now',
    focus: 'topiramate',
    types: ['interactions'],
  },
  // why: birth defects when pregnant -> contraindications; stopping at once or tapering -> drug_usage
  {
    message:
      "I have dermatomyositis and I'm on methotrexate 20mg weekly. We'd like to try for a baby next year. Is it true methotrexate causes birth defects? And how do I come off it, do I stop it all at once or taper down?",
    focus: 'methotrexate',
    types: ['contraindications', 'drug_usage'],
  },
  // why: whether to continue the enzyme therapy for Gaucher in pregnancy -> treatment (no drug named)
  {
    message:
      'gaucher type 1, on enzyme infusions every 2 weeks. just got a positive test. do I keep the infusions going during pregnancy?',
    focus: 'Gaucher disease',
    types: ['treatment'],
  },
  // why: pregnancy and breastfeeding -> contraindications; wine with the medicine -> interactions
  {
    message:
      "Can I stay on azathioprine through pregnancy and breastfeeding? I have autoimmune hepatitis and it's finally under control. Also is it ok to have a glass of wine with it at my sister's wedding after the baby is born?",
    focus: 'azathioprine',
    types: ['contraindications', 'interactions'],
  },
  // why: whether the medicine causes gestational diabetes -> side_effects
  {
    message:
      'im 20 weeks pregnant and on prednisone 10 mg for lupus. can prednisone give me gestational diabetes? im so thirsty all the time and my sugar test is next week',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: flare in pregnancy -> prognosis; baby early or small -> complications; can the baby inherit it -> inheritance
  {
    subject: 'Lupus & pregnancy questions',
    message:
      "I've had SLE for 7 years, it's been quiet for about a year on hydroxychloroquine and azathioprine. We want to start trying. Is pregnancy likely to make my lupus flare? Is the baby at more risk of coming early or being small? And can my baby inherit lupus from me?",
    focus: 'systemic lupus erythematosus',
    types: ['prognosis', 'complications', 'inheritance'],
  },
  // why: attacks more or less in pregnancy -> prognosis; treating an attack -> treatment; labour setting off an attack -> cause
  {
    message:
      "I have hereditary angioedema type 1 and I'm pregnant with my first (11 weeks). Will my swelling attacks be more or less during the pregnancy? What is the treatment for an attack when you're pregnant? And can labour itself set off an attack?",
    focus: 'hereditary angioedema',
    types: ['prognosis', 'treatment', 'cause'],
  },
  // why: keeping it in the fridge -> storage_disposal; use while breastfeeding -> contraindications
  {
    message:
      "Does my C1 esterase inhibitor have to stay in the fridge? I'm bringing my own supply to the hospital for the delivery. And is it alright to use while breastfeeding?",
    focus: 'C1 esterase inhibitor',
    types: ['storage_disposal', 'contraindications'],
  },
  // why: whether PTU damages the liver -> side_effects; the switch is story
  {
    message:
      "I was switched from methimazole to PTU because I'm pregnant. Someone in my facebook group said PTU can damage your liver?? is that true",
    focus: 'propylthiouracil',
    types: ['side_effects'],
  },
  // why: effect of the mother's Graves on the baby's thyroid -> complications; test or scan in pregnancy -> diagnosis
  {
    message:
      "Can my Graves' disease affect the baby's thyroid even though my own levels are normal now after radioiodine? And how would they know - is there a test or scan during pregnancy?",
    focus: 'Graves disease',
    types: ['complications', 'diagnosis'],
  },
  // why: crises worse in pregnancy -> prognosis; chance baby has SCD -> inheritance; hematologist -> find_specialist
  {
    message:
      "Hi. I'm 28 and I have sickle cell disease (HbSS). I stopped hydroxyurea 3 months ago because my partner and I want to try for a baby. Will being pregnant make my crises worse? He has sickle cell trait, what are the chances our baby has SCD? Is there a hematologist in Atlanta who specialises in sickle cell pregnancies?",
    focus: 'sickle cell disease',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: dangers such as clots in pregnancy -> complications; whether her PNH treatment continues or changes -> treatment
  {
    message:
      'I have PNH and get infusions every two weeks. Is pregnancy dangerous with PNH, I know clots are the big thing? Would they keep me on my treatment the whole way through or change it?',
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['complications', 'treatment'],
  },
  // why: relapses more likely after birth -> prognosis; preventing a relapse -> prevention; a study to join -> research
  {
    message:
      "I have NMO (aquaporin-4 positive), I'm 34 and currently 24 weeks pregnant. I've read that relapses are more likely after giving birth - is that true? What can be done to prevent a relapse after delivery? Is there any study of pregnancy in NMO that I could take part in?",
    focus: 'neuromyelitis optica',
    types: ['prognosis', 'prevention', 'research'],
  },
  // why: chance next baby has it -> inheritance; early test -> diagnosis; steroids in pregnancy -> treatment; which gene -> genetic_changes
  {
    message:
      "Our first son has salt-wasting CAH. We are pregnant again, 7 weeks. What's the chance this baby has it too? Can they test early? I've heard doctors sometimes give the mum steroids in pregnancy so a girl isn't affected, is that a treatment? and which gene is it exactly, nobody ever told us.",
    focus: 'congenital adrenal hyperplasia',
    types: ['inheritance', 'diagnosis', 'treatment', 'genetic_changes'],
  },
  // why: whether and how much to raise the dose for labour -> drug_usage
  {
    message:
      "Addison's here, 34 weeks. Do I need to increase my hydrocortisone for labour and how much? My endo is on leave.",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: restarting while nursing -> contraindications; which dose to restart on -> drug_usage
  {
    subject: 'xyrem + breastfeeding??',
    message:
      'been off it the whole pregnancy for my narcolepsy and im nodding off holding my baby, its scary. can i restart if i nurse? and if i restart do i go back to my old dose or start low',
    focus: 'sodium oxybate',
    types: ['contraindications', 'drug_usage'],
  },
  // why: heart and aorta risks in pregnancy are problems Turner leads to -> complications
  {
    message:
      'I am 29 years old with Turner syndrome and I am 10 weeks pregnant thanks to egg donation. What risks to my heart and aorta are there in the pregnancy for someone with Turner?',
    focus: 'Turner syndrome',
    types: ['complications'],
  },
  // why: heavy bleeding at birth -> complications; baby having vWD -> inheritance; haemophilia centre -> find_specialist
  {
    message:
      "Type 1 von Willebrand's, 20 weeks pregnant with my first. Am I going to bleed a lot at the birth? Will the baby have vWD too? Is there a haemophilia centre near Leeds that looks after pregnant women with bleeding disorders?",
    focus: 'von Willebrand disease',
    types: ['complications', 'inheritance', 'find_specialist'],
  },
  // why: whether pregnancy brings on attacks -> cause
  {
    message:
      "Can pregnancy bring on acute intermittent porphyria attacks? My sister had a bad one in her second trimester and now I'm pregnant and terrified. Both of us have AIP.",
    focus: 'acute intermittent porphyria',
    types: ['cause'],
  },
  // why: chance of congenital form from the mother -> inheritance; testing baby in pregnancy -> diagnosis; her weakness worse -> prognosis
  {
    message:
      "I'm a 30 y/o woman with myotonic dystrophy type 1. My neurologist said if I have a baby it could have the congenital form which is much more severe. How likely is that when it comes from the mother? Can they test the baby during pregnancy? Will my own weakness get worse with pregnancy?",
    focus: 'myotonic dystrophy',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: whether she can keep swimming and doing pilates (exercise) -> lifestyle
  {
    message:
      'I have EDS and im 22 weeks, my hips are killing me. Is it ok to keep swimming and doing pilates while pregnant? Dont want to make things worse',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle'],
  },
];
