/**
 * "prenatal" set. Messages about pregnancy and before birth: scan findings, prenatal testing, IVF and embryo
 * testing, a diagnosis made during pregnancy, what it means for the baby, with other questions. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.851). Scored by prenatal.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --prenatal --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PRENATAL_MESSAGES: ConsumerMessage[] = [
  // why: only asks what the condition is -> information; the NIPT result is story
  {
    message:
      'got our nipt back today and it says high risk for trisomy 18. what even is that?? nobody explained anything',
    focus: 'Trisomy 18',
    types: ['information'],
  },
  // why: asks about normal life and life span -> prognosis only
  {
    message:
      'Our CVS came back 45,X and the genetic counselor says our daughter has Turner syndrome. We have decided to continue the pregnancy. What kind of future does she have? Will she live as long as other people?',
    focus: 'Turner syndrome',
    types: ['prognosis'],
  },
  // why: asks where to find a hospital doing the laser surgery -> find_specialist; misspelled name, focus is KB name
  {
    message:
      'im 18 wks with identical twin boys and they just told us its twin to twin transfussion stage 2. which hospitals in texas do the laser surgery? our local OB doesnt do it',
    focus: 'Twin-twin transfusion syndrome',
    types: ['find_specialist'],
  },
  // why: asks only how common it is -> frequency
  {
    message:
      'How common is anencephaly really? The sonographer said she had only seen two in twenty years. I feel like the only person in the world this has happened to.',
    focus: 'Anencephaly',
    types: ['frequency'],
  },
  // why: asks if the medicine is safe in pregnancy -> contraindications; focus is the medicine
  {
    message:
      "I take lamotrigine 200mg a day for epilepsy and I just found out I'm 5 weeks pregnant (not planned). Is it safe for the baby if I keep taking it?",
    focus: 'Lamotrigine',
    types: ['contraindications'],
  },
  // why: asks how it is fixed (casting or surgery) -> treatment
  {
    message:
      "My wife's 20 week scan showed our son has clubfoot on both sides. How do they fix it after he is born - is it casts or an operation?",
    focus: 'Clubfoot',
    types: ['treatment'],
  },
  // why: chance each embryo is affected when both parents are carriers -> inheritance
  {
    message:
      'we found out through carrier screening before IVF that we are both CF carriers. what are the chances each embryo will have cystic fibrosis?',
    focus: 'Cystic fibrosis',
    types: ['inheritance'],
  },
  // why: asks whether her job (exposure to toddlers) raises the baby's risk -> susceptibility
  {
    message:
      "I'm a preschool teacher and 14 weeks pregnant. My midwife mentioned CMV. Am I more at risk of my baby getting congenital CMV because I work with little kids all day changing nappies?",
    focus: 'Congenital cytomegalovirus',
    types: ['susceptibility'],
  },
  // why: asks only about clinical trials -> research; SMN2 copies are story
  {
    message:
      'Amnio confirmed our baby has SMA and only 2 copies of SMN2. Are there any clinical trials for babies diagnosed before birth, even ones that start treatment in the womb?',
    focus: 'Spinal muscular atrophy',
    types: ['research'],
  },
  // why: whether a problem in the baby comes from the medicine -> side_effects; focus is the medicine
  {
    message:
      'I was on warfarin for my mechanical heart valve until 8 weeks, before I knew I was pregnant. Now the scan shows a very flat nose and some stippling in the bones. Could the warfarin have done this?',
    focus: 'Warfarin',
    types: ['side_effects'],
  },
  // why: asks which gene change -> genetic_changes; height of parents is story
  {
    message:
      'The doctors think our baby has achondroplasia because the arms and legs measured short at 28 weeks. Neither of us is short. What gene change is it that causes achondroplasia?',
    focus: 'Achondroplasia',
    types: ['genetic_changes'],
  },
  // why: whether the test could have missed it / confirming with amnio -> diagnosis
  {
    message:
      'our NIPT was low risk but now the 20 week scan found a heart defect and the specialist mentioned mosaic trisomy 9. can NIPT miss mosaic trisomy 9? would amnio definitely pick it up?',
    focus: 'Trisomy 9 mosaicism',
    types: ['diagnosis'],
  },
  // why: asks the dose of a medicine -> drug_usage; focus is the medicine though spina bifida is named
  {
    subject: 'folic acid dose',
    message:
      'My last pregnancy ended because of spina bifida. We want to try again. My GP said 400 micrograms of folic acid but I read online it should be 4 mg for people like me. Which is right and when do I start?',
    focus: 'Folic acid',
    types: ['drug_usage'],
  },
  // why: asks what causes it (did I do something wrong = same question) -> cause
  {
    message:
      'What causes congenital diaphragmatic hernia? I keep going over everything I did in the first weeks and wondering if it was my fault.',
    focus: 'Congenital diaphragmatic hernia',
    types: ['cause'],
  },
  // why: asks what babies with it look like -> symptoms
  {
    message:
      'Our baby has been diagnosed with holoprosencephaly at 22 weeks. The doctor mentioned the face can be affected. What do babies with holoprosencephaly look like? I want to be prepared when she is born.',
    focus: 'Holoprosencephaly',
    types: ['symptoms'],
  },
  // why: surgeries -> treatment; how long they live -> prognosis
  {
    message:
      'our baby boy was diagnosed with hypoplastic left heart syndrome at the anatomy scan. what surgeries will he need after birth and how long do kids with HLHS usually live?',
    focus: 'Hypoplastic left heart syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: "from genetic / next baby" -> inheritance; which doctor operates -> find_specialist
  {
    message:
      'Hello, I am from Brazil and my wife is 22 weeks pregnant. Doctor find in ultrasound the baby have cleft lip and palate. Is this from genetic, our next baby can have it also? Which kind of doctor make the operation for this and where we find good one? Thank you very much',
    focus: 'Cleft lip and palate',
    types: ['inheritance', 'find_specialist'],
  },
  // why: what signs a boy shows -> symptoms; how common -> frequency
  {
    message:
      'We did amnio only because of my age and it came back 47,XXY, Klinefelter syndrome. Honestly we had never heard of it. What signs will our son actually have as he grows up? And how common is it?',
    focus: 'Klinefelter syndrome',
    types: ['symptoms', 'frequency'],
  },
  // why: getting pregnant soon after stopping is a pregnancy precaution -> contraindications; dry lips from it -> side_effects
  {
    message:
      'I stopped isotretinoin about 3 weeks before I got pregnant. Is that too soon, how long are you supposed to wait? Also my lips are still really dry and cracked, is that still from the isotretinoin even after stopping?',
    focus: 'Isotretinoin',
    types: ['contraindications', 'side_effects'],
  },
  // why: telling OI apart from another dysplasia -> diagnosis; whether it is lethal -> prognosis
  {
    message:
      'Scan at 20 wks showed bent, short and broken bones and they think it could be osteogenesis imperfecta type 2. Could it be a different skeletal dysplasia like thanatophoric instead, how do they tell? And is OI type 2 always fatal?',
    focus: 'Osteogenesis imperfecta',
    types: ['diagnosis', 'prognosis'],
  },
  // why: chance the baby has it -> inheritance; testing in pregnancy -> diagnosis
  {
    message:
      "I found out I'm a fragile X premutation carrier after my nephew was diagnosed. Now I'm 11 weeks pregnant with a boy. What are the chances he has fragile X syndrome, and can it be tested during the pregnancy?",
    focus: 'Fragile X syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: where fetal surgery is done -> find_specialist; will he walk -> prognosis
  {
    message:
      'Our baby has open spina bifida (myelomeningocele), picked up at the 20 week scan. We have been told about surgery before birth. Which hospitals in the UK do it? Will he be able to walk?',
    focus: 'Spina bifida',
    types: ['find_specialist', 'prognosis'],
  },
  // why: whether NIPT is always right -> diagnosis; whether her age raises the risk -> susceptibility
  {
    message:
      "My daughter is 41 and her NIPT came back high chance for Down syndrome. Is that test always right or does she need an amnio to be sure? And is it more likely because of her age? I'm the grandmother and I want to help her understand.",
    focus: 'Down syndrome',
    types: ['diagnosis', 'susceptibility'],
  },
  // why: missed dose -> drug_usage; bloating and mood -> side_effects
  {
    message:
      'my ivf clinic has me on progesterone pessaries twice a day. forgot the morning one, do i put it in now or just wait for tonight?? also is it normal to feel this bloated and weepy on it',
    focus: 'Progesterone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: what it is -> information; whether one parent passed it on -> inheritance; "lethal" is story
  {
    subject: 'thanatophoric dysplasia',
    message:
      'What is it exactly? The specialist said the word lethal and we were too shocked to ask anything else. Is it something one of us passed on to the baby?',
    focus: 'Thanatophoric dysplasia',
    types: ['information', 'inheritance'],
  },
  // why: how it helps -> indication; safe for the baby -> contraindications; focus is the medicine
  {
    message:
      'I have anti-Ro antibodies and we lost our first baby to congenital heart block. This time my rheumatologist wants me on hydroxychloroquine from early on. How is it supposed to help? Is it safe for the baby?',
    focus: 'Hydroxychloroquine',
    types: ['indication', 'contraindications'],
  },
  // why: baby more affected when it comes from the mother -> inheritance; problems it causes in pregnancy -> complications
  {
    message:
      "I have myotonic dystrophy type 1 and I'm 16 weeks pregnant. Is it true the baby can be more badly affected if it is passed on from the mother? And what problems can myotonic dystrophy cause for me during the pregnancy and birth?",
    focus: 'Myotonic dystrophy',
    types: ['inheritance', 'complications'],
  },
  // why: any chance of survival -> prognosis; amnioinfusion trials -> research
  {
    message:
      'no fluid around the baby at 20 weeks and they cant see any kidneys. bilateral renal agenesis. is there ANY chance our baby can survive? I read something about amnioinfusion trials, are they real and could we be part of one',
    focus: 'Renal agenesis',
    types: ['prognosis', 'research'],
  },
  // why: IVF named as its cause -> association; higher cancer risk -> complications
  {
    message:
      'Our baby was conceived by IVF and the scan shows a large tongue and an omphalocele so they suspect Beckwith-Wiedemann syndrome. I read IVF can cause BWS - is that true? Does having it mean a higher chance of childhood cancers?',
    focus: 'Beckwith-Wiedemann syndrome',
    types: ['association', 'complications'],
  },
  // why: how the test is done -> diagnosis; cost and insurance -> other
  {
    subject: 'Noonan testing in pregnancy',
    message:
      "The baby's nuchal translucency was 4.5mm but the karyotype was normal, so now they want to test for Noonan syndrome. Is that done on the amnio fluid they already have or do we need another procedure? How much does the gene panel cost and will insurance usually pay for it?",
    focus: 'Noonan syndrome',
    types: ['diagnosis', 'other'],
  },
  // why: two conditions; same as Down syndrome? -> information; happen again next pregnancy -> inheritance
  {
    message:
      'Our doctor said the baby has triploidy. Is that the same thing as Down syndrome? I only know about Down. And could it happen again if we try for another baby?',
    focus: 'Triploidy',
    types: ['information', 'inheritance'],
  },
  // why: two conditions; asks the difference -> information; omphalocele is the baby's diagnosis so main focus
  {
    message:
      'they found an omphalocele on my 13 week scan. whats the difference between that and gastroschisis? everything i google mixes them up',
    focus: 'Omphalocele',
    types: ['information'],
  },
  // why: why it happens -> cause; young mums at risk -> susceptibility; surgery after birth -> treatment
  {
    message:
      "My granddaughter is only 19 and her baby has gastroschisis. Why does this happen? Are young mothers more at risk of it? Will the baby need an operation straight after he is born? She is so scared and I don't know what to tell her.",
    focus: 'Gastroschisis',
    types: ['cause', 'susceptibility', 'treatment'],
  },
  // why: confirming before birth -> diagnosis; will tumours go away -> prognosis; will she have seizures (a sign) -> symptoms
  {
    message:
      "They found several tumours in our baby's heart (rhabdomyomas) on the 28 week scan and said it may be tuberous sclerosis. What tests can confirm it before she is born? Do the heart tumours go away by themselves? Will she have seizures?",
    focus: 'Tuberous sclerosis complex',
    types: ['diagnosis', 'prognosis', 'symptoms'],
  },
  // why: how dangerous in pregnancy -> contraindications; stopping it -> drug_usage; weight gain from it -> side_effects; brand name, focus is KB name
  {
    subject: 'depakote and trying for a baby',
    message:
      "I've been on Depakote for bipolar for 4 years and we want to start trying. Is it really as dangerous in pregnancy as people say? Could I just stop it myself as soon as I get a positive test? Also I've put on 10 kg since starting, is that the Depakote?",
    focus: 'Valproic acid',
    types: ['contraindications', 'drug_usage', 'side_effects'],
  },
  // why: carrier/chance he has it -> inheritance; test in pregnancy and sister testing -> diagnosis; which gene -> genetic_changes
  {
    message:
      "My brother has Duchenne. I'm 10 weeks pregnant and the NIPT says it's a boy. Could I be a carrier and what's the chance my son has it? What test would tell us during pregnancy, and should my younger sister be tested too? Which gene is it that's affected?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'diagnosis', 'genetic_changes'],
  },
  // why: two conditions named (Bart's hydrops); what it is -> information; chance for carriers' baby -> inheritance; transfusions in the womb -> treatment
  {
    message:
      "We are from Vietnam and both of us carry alpha thalassemia. The doctor said our baby could have Bart's hydrops. What is that? How often does it happen to a couple like us? Is there any treatment like blood transfusion in the womb?",
    focus: 'Alpha thalassemia',
    types: ['information', 'inheritance', 'treatment'],
  },
  // why: confirming it -> diagnosis; symptoms -> symptoms; cholesterol supplements -> treatment
  {
    message:
      'my quad screen showed very low estriol and the MFM doctor mentioned smith lemli opitz syndrome. how do they confirm it? what are the symptoms in a baby? is there treatment, i read something about cholesterol supplements',
    focus: 'Smith-Lemli-Opitz syndrome',
    types: ['diagnosis', 'symptoms', 'treatment'],
  },
  // why: risk because she drank -> susceptibility; seen on scan -> diagnosis; lowering the chance now -> prevention
  {
    message:
      'i drank quite a lot at parties before i knew i was pregnant (im about 7 weeks now). is my baby at risk of fetal alcohol syndrome because of that? can they see it on a scan? is there anything i can do now to lower the chance',
    focus: 'Fetal alcohol syndrome',
    types: ['susceptibility', 'diagnosis', 'prevention'],
  },
  // why: happening again in next baby -> inheritance; IVIG -> treatment; who specializes -> find_specialist
  {
    message:
      "Our first daughter had a bleed in her brain at birth because of FNAIT. I'm pregnant again. Will this baby have it too? What treatment is there during pregnancy, is it IVIG? And who specializes in this, our hospital has never seen a case.",
    focus: 'Fetal and neonatal alloimmune thrombocytopenia',
    types: ['inheritance', 'treatment', 'find_specialist'],
  },
];
