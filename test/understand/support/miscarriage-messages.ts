/**
 * "miscarriage" set. Messages about pregnancy loss and difficult pregnancies: miscarriages and stillbirth linked
 * to a condition or a medicine, recurrent losses, tests after a loss, the chance it happens again. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.731). Scored by miscarriage.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --miscarriage --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MISCARRIAGE_MESSAGES: ConsumerMessage[] = [
  // why: "what is antiphospholipid syndrome" asks only for an overview
  {
    subject: 'APS??',
    message:
      "what is antiphospholipid syndrome? my OB mentioned it after my 3rd miscarriage and I didn't want to ask in front of everyone",
    focus: 'antiphospholipid syndrome',
    types: ['information'],
  },
  // why: "is factor V Leiden why I keep losing babies" links it to miscarriage (association); "will Lovenox shots help" asks treatment
  {
    message:
      "Hello. I've had two miscarriages, both around 10 weeks, and my blood work came back positive for factor V Leiden (heterozygous). Is factor V Leiden the reason I keep losing my babies? And will the Lovenox shots my doctor wants to start actually help me carry to term? Thank you so much.",
    focus: 'factor V Leiden',
    types: ['association', 'treatment'],
  },
  // why: "will it happen again" after a triploid pregnancy asks the chance for the next baby (inheritance)
  {
    subject: 'triploidy',
    message: 'lost our baby at 19 weeks, triploidy. will it happen again??',
    focus: 'triploidy',
    types: ['inheritance'],
  },
  // why: "did I cause this" asks cause; "chances in our next pregnancy" asks inheritance; "a test we can do early" asks diagnosis
  {
    subject: 'Trisomy 18 and our son',
    message:
      'Our son Elijah was diagnosed with trisomy 18 at our 20 week anatomy scan. We chose to continue the pregnancy but he was stillborn at 32 weeks. We held him for a few hours and he was perfect to us. Now that some time has passed I keep going over everything. Did I do something to cause this? I had a glass of wine before I knew I was pregnant. What are the chances it happens again if we try for another baby? And is there a test we can do early next time so we know sooner?',
    focus: 'trisomy 18',
    types: ['cause', 'inheritance', 'diagnosis'],
  },
  // why: "can it turn into cancer" asks complications only
  {
    message:
      'I had a D&C for a molar pregnancy two weeks ago and they keep checking my hcg every week. Can a molar pregnancy turn into cancer',
    focus: 'molar pregnancy',
    types: ['complications'],
  },
  // why: "could Accutane have caused the miscarriage" asks whether the problem came from the medicine (side_effects); "how long after stopping before trying" is a pregnancy precaution (contraindications)
  {
    subject: 'Accutane and miscarriage',
    message:
      'I found out I was pregnant while I was on Accutane for my acne, I stopped right away but I miscarried at 9 weeks. Could the Accutane have caused the miscarriage? And how long after stopping it is it safe to get pregnant again?',
    focus: 'Accutane',
    types: ['side_effects', 'contraindications'],
  },
  // why: "chance our next baby has it" asks inheritance; "anything I can take to prevent it" asks prevention
  {
    message:
      'our first pregnancy ended at 18 weeks because the baby had anencephaly. what is the chance our next baby has anencephaly too and is there anything i can take before getting pregnant to prevent it? someone said folic acid but how much',
    focus: 'anencephaly',
    types: ['inheritance', 'prevention'],
  },
  // why: "how long to wait before trying again" is a pregnancy precaution (contraindications); "is it normal to have bad cramps after the shot" asks side_effects
  {
    message:
      'I was given a methotrexate injection for an ectopic pregnancy on Monday. How long do I have to wait before we can try again? Also is it normal to have really bad cramping a few days after the shot?',
    focus: 'methotrexate',
    types: ['contraindications', 'side_effects'],
  },
  // why: "can lupus cause stillbirth" asks complications; "is Plaquenil safe if I get pregnant" asks contraindications; "where to find a high-risk doctor" asks find_specialist
  {
    subject: 'lupus and stillbirth - need guidance',
    message:
      'I have had lupus since I was 19. Last spring I had a stillbirth at 28 weeks, my daughter Maya. The hospital never really told me why. Can lupus cause stillbirths? I want to try again one day. Is it safe to keep taking Plaquenil if I get pregnant, or do I have to stop it? And where can I find a high-risk pregnancy doctor who actually knows lupus? My local OB seems out of her depth.',
    focus: 'lupus',
    types: ['complications', 'contraindications', 'find_specialist'],
  },
  // why: "is that always true" about survival asks the outlook only (prognosis)
  {
    message:
      'Our baby girl was diagnosed with thanatophoric dysplasia at the 20 week scan and the doctor told us she will not survive after birth. Is that always true? Has any baby lived with it?',
    focus: 'thanatophoric dysplasia',
    types: ['prognosis'],
  },
  // why: "what causes it" asks cause; "could it happen again" to a future baby asks inheritance
  {
    subject: 'Potter syndrome',
    message:
      'Our son was born still at 34 weeks, he had Potter syndrome, no kidneys and hardly any fluid around him the last months. What causes it and could it happen again with another baby?',
    focus: 'Potter syndrome',
    types: ['cause', 'inheritance'],
  },
  // why: "what is it" asks information; "what causes it" asks cause; "do babies ever survive" asks prognosis
  {
    message:
      'what is hydrops fetalis and what causes it. the scan at 22 weeks shows fluid everywhere in our baby and they said it may not make it. do babies ever survive hydrops fetalis?',
    focus: 'hydrops fetalis',
    types: ['information', 'cause', 'prognosis'],
  },
  // why: "can it make me miscarry" asks complications; "should I get a blood test" asks diagnosis
  {
    subject: 'Fifth disease while pregnant',
    message:
      "My 5 year old came home with fifth disease (the slapped cheek one) and I'm 14 weeks pregnant. I had a loss last year so I am panicking. Can it make me miscarry? Should I get a blood test to see if I caught it?",
    focus: 'fifth disease',
    types: ['complications', 'diagnosis'],
  },
  // why: "how did I get it" asks cause; "can my toddler catch it" asks susceptibility; "how do I avoid it next time" asks prevention
  {
    message:
      "I lost my baby at 22 weeks in March. The pathology on the placenta showed listeriosis. I honestly don't know how, I was careful, maybe the deli sandwich at work? How did I get listeriosis? Is it contagious, could my toddler catch it from me? And what do I need to do to avoid it if we get pregnant again, is it just food or is there more",
    focus: 'listeriosis',
    types: ['cause', 'susceptibility', 'prevention'],
  },
  // why: "how do they stop it being a problem next time" asks prevention only
  {
    message:
      'im rh negative and my husband is positive. we lost a baby at 10 weeks and nobody gave me the shot. how do they prevent Rh incompatibility problems in the next pregnancy',
    focus: 'Rh incompatibility',
    types: ['prevention'],
  },
  // why: "could warfarin have caused my miscarriage" asks whether the problem came from the medicine (side_effects); "is it safe if I try again" asks pregnancy precautions (contraindications)
  {
    message:
      'I have a mechanical mitral valve and take warfarin every day. I miscarried at 8 weeks last month. Could the warfarin have caused my miscarriage? Is it safe to stay on it if we try again?',
    focus: 'warfarin',
    types: ['side_effects', 'contraindications'],
  },
  // why: "can it cause stillbirth" asks complications only
  {
    subject: 'intrahepatic cholestasis of pregnancy',
    message:
      '34 weeks, diagnosed yesterday, my hands and feet itch like crazy. My friend lost her baby at 37 weeks with this. Can it really cause stillbirth?',
    focus: 'intrahepatic cholestasis of pregnancy',
    types: ['complications'],
  },
  // why: "what is Turner syndrome" asks information; "is it from me or my husband" asks inheritance; "how common" asks frequency
  {
    message:
      'We lost our baby at 16 weeks. The ultrasound showed a huge cystic hygroma and swelling and the genetic test said Turner syndrome. What is Turner syndrome exactly? Did it come from me or my husband? And how common is it, because the genetic counselor made it sound rare but then said a lot of these pregnancies end in miscarriage.',
    focus: 'Turner syndrome',
    types: ['information', 'inheritance', 'frequency'],
  },
  // why: "how do I take it" asks drug_usage; "how much bleeding is normal" asks side_effects
  {
    subject: 'misoprostol at home',
    message:
      'Doctor prescribed misoprostol to pass a missed miscarriage at home. Do I put the tablets in my cheek or vaginally, and do I take them all at once? And how much bleeding and pain is normal with it?',
    focus: 'misoprostol',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "can it be fixed" asks treatment only
  {
    message:
      "Got Asherman's syndrome after two D&Cs for miscarriages. Can it be fixed so I can carry a baby?",
    focus: "Asherman's syndrome",
    types: ['treatment'],
  },
  // why: "does it raise the risk of miscarriage" asks what it leads to (complications); "would my baby inherit it" asks inheritance
  {
    message:
      "I have myotonic dystrophy type 1 (mild, mostly hands). I've had two early losses and my last pregnancy had way too much fluid. Does myotonic dystrophy make miscarriage more likely? And would a baby of mine inherit it, I've read it can be worse in the child",
    focus: 'myotonic dystrophy',
    types: ['complications', 'inheritance'],
  },
  // why: "is it safe to get pregnant on depakote" asks a pregnancy precaution (contraindications)
  {
    message:
      'is it safe to get pregnant on depakote? i have epilepsy and had a miscarriage last year while on it',
    focus: 'depakote',
    types: ['contraindications'],
  },
  // why: "which chromosome" asks genetic_changes; "was it because I'm 41" asks susceptibility; "test early next time" asks diagnosis; "support group" asks find_specialist
  {
    subject: 'Patau syndrome - questions',
    message:
      "Our daughter Lily was born sleeping at 30 weeks. She had Patau syndrome. I have so many questions. Which chromosome is it that is extra? Was it because I'm 41? Can they test for it early in the next pregnancy, like before 12 weeks? Also is there a support group for parents who lost a baby with Patau syndrome? I feel very alone.",
    focus: 'Patau syndrome',
    types: ['genetic_changes', 'susceptibility', 'diagnosis', 'find_specialist'],
  },
  // why: "will progesterone stop me miscarrying / does it work" asks what the medicine does (indication)
  {
    message:
      'After 3 miscarriages my doctor put me on progesterone suppositories from the day of my positive test. How does progesterone actually work to stop a miscarriage, or is it just a guess?',
    focus: 'progesterone',
    types: ['indication'],
  },
  // why: "does PCOS make miscarriage more likely" asks complications; "would metformin help" asks treatment
  {
    subject: 'pcos and losing pregnancies',
    message:
      'does PCOS make miscarriage more likely? had 2 chemicals and one at 7 weeks. would metformin help',
    focus: 'PCOS',
    types: ['complications', 'treatment'],
  },
  // why: "how do I avoid Zika" and "how long should my husband wait" both ask prevention
  {
    subject: 'Zika',
    message:
      "We are trying again after losing a pregnancy last year and my sister's wedding is in Mexico. How do I avoid getting Zika while we're there and how long should my husband wait after the trip before we try again?",
    focus: 'Zika',
    types: ['prevention'],
  },
  // why: "what tests should be done to find out why" asks diagnosis only
  {
    message:
      'what tests should be done after a stillbirth to find out why it happened? the hospital only offered an autopsy and we said no',
    focus: 'stillbirth',
    types: ['diagnosis'],
  },
  // why: "is it treated with heparin and aspirin" asks treatment; "could my daughter get it" asks inheritance; "any studies" asks research
  {
    message:
      "I was finally diagnosed with antiphospholipid syndrome after four miscarriages and a stillbirth at 24 weeks. My hematologist wants heparin and aspirin next time. Is that really the treatment, and does it work for most women? I also have a 6 year old daughter from before all this - could she get antiphospholipid syndrome from me? And are there any studies going on with newer drugs like hydroxychloroquine for women like me? I'd happily sign up.",
    focus: 'antiphospholipid syndrome',
    types: ['treatment', 'inheritance', 'research'],
  },
  // why: "how rare is it" asks frequency only
  {
    message:
      'The geneticist said our baby that we lost at 14 weeks had Meckel-Gruber syndrome (kidney cysts, extra fingers, the brain thing). Just how rare is that?',
    focus: 'Meckel-Gruber syndrome',
    types: ['frequency'],
  },
  // why: "where does it come from / how did I get it" asks cause; "any way to protect the next baby" asks prevention
  {
    subject: 'CMV found after stillbirth',
    message:
      'The placenta tested positive for CMV after our stillbirth at 26 weeks. Where does cytomegalovirus even come from, I work in a daycare, is that how? And is there any way to protect our next baby from it?',
    focus: 'cytomegalovirus',
    types: ['cause', 'prevention'],
  },
  // why: "is lisinopril harmful to the baby" asks a pregnancy precaution (contraindications)
  {
    message:
      "I got pregnant while on lisinopril for blood pressure and didn't find out until 12 weeks. I had a miscarriage before this so I'm scared. Is lisinopril harmful to the baby?",
    focus: 'lisinopril',
    types: ['contraindications'],
  },
  // why: "can hypothyroidism cause miscarriage" asks complications; "should my Synthroid dose go up" asks drug_usage
  {
    message:
      'Can hypothyroidism cause miscarriage? My TSH was 6 when I lost the baby at 8 weeks. Im on Synthroid 50mcg now, should my dose go up as soon as I get a positive test?',
    focus: 'hypothyroidism',
    types: ['complications', 'drug_usage'],
  },
  // why: "which gene" asks genetic_changes; "how do they test for it next time" asks diagnosis; "is there treatment for babies who survive" asks treatment
  {
    subject: 'Smith-Lemli-Opitz syndrome',
    message:
      'our baby boy was stillborn at 36 weeks and the autopsy plus blood tests showed Smith-Lemli-Opitz syndrome. which gene causes it? how do they test for it in a next pregnancy? and if a baby does survive is there any treatment, we read something about cholesterol',
    focus: 'Smith-Lemli-Opitz syndrome',
    types: ['genetic_changes', 'diagnosis', 'treatment'],
  },
  // why: "is there a connection between celiac disease and miscarriages" asks association
  {
    message: 'is there a conection between celiac disease and repeated miscarriages',
    focus: 'celiac disease',
    types: ['association'],
  },
  // why: "does Clomid raise the risk of miscarriage" asks side_effects; "ok to take more than 6 cycles" asks drug_usage
  {
    subject: 'Clomid',
    message:
      'I conceived twice on Clomid and miscarried both times. Does Clomid raise the risk of miscarriage? My RE wants to keep going, is it ok to take it for more than 6 cycles?',
    focus: 'Clomid',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "what is HELLP" asks information; "what caused it" asks cause; "can aspirin prevent it" asks prevention
  {
    subject: 'HELLP syndrome',
    message:
      'I had HELLP syndrome at 27 weeks and we lost our son two days after he was born. Everything happened so fast I never understood it. What is HELLP syndrome exactly, and what caused it in me, I had normal blood pressure all along? My new OB says baby aspirin can prevent it next time, is that true?',
    focus: 'HELLP syndrome',
    types: ['information', 'cause', 'prevention'],
  },
  // why: "what does it actually do" asks how the medicine works (indication)
  {
    message:
      'doctor gave me mifepristone the day before the misoprostol for my missed miscarriage. what does mifepristone actually do',
    focus: 'mifepristone',
    types: ['indication'],
  },
  // why: "is it inherited" asks inheritance; "which gene" asks genetic_changes
  {
    message:
      'At the 18 week scan they saw many broken bones and our daughter died shortly after birth. The diagnosis was osteogenesis imperfecta type II. Is it inherited from one of us? Which gene was it? We want to understand before we think about another baby.',
    focus: 'osteogenesis imperfecta type II',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: "what causes it" asks cause; "would a stitch help next time" asks treatment; "can I keep working and exercising" asks lifestyle
  {
    subject: 'lost twins at 21 weeks',
    message:
      "I lost my twin boys at 21 weeks. They told me afterward it was an incompetent cervix, I never had any pain, just pressure. What causes an incompetent cervix? Would a stitch help next time? And if I do get pregnant again, can I keep working (I'm a nurse, on my feet 12 hours) and keep running or do I have to be on bed rest",
    focus: 'incompetent cervix',
    types: ['cause', 'treatment', 'lifestyle'],
  },
  // why: "odds for our next baby" asks inheritance; "can they check it with CVS" asks diagnosis
  {
    message:
      "Our baby died in the womb at 24 weeks from Hb Bart's hydrops. The doctors said it is alpha thalassemia and we are both carriers. What are the odds for our next baby? Can they check it early with CVS?",
    focus: 'alpha thalassemia',
    types: ['inheritance', 'diagnosis'],
  },
];
