/**
 * "inheritedheart" set. Messages about inherited heart and vessel conditions: sport, family screening,
 * implanted defibrillators, medicines, pregnancy, with other questions. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.875, type F1 0.825). Scored by inheritedheart.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --inheritedheart --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const INHERITEDHEART_MESSAGES: ConsumerMessage[] = [
  // why: only asks whether he can keep playing sport -> lifestyle
  {
    message:
      'my son is 15 and got diagnosed with HCM after he passed out at football practice. the cardiologist was kind of vague. is he allowed to keep playing football or any sport at all?? he is devastated',
    focus: 'familial hypertrophic cardiomyopathy',
    types: ['lifestyle'],
  },
  // why: running is exercise (lifestyle); whether it gets worse over time is prognosis
  {
    subject: 'ARVC and running',
    message:
      "Diagnosed with ARVC at 34, ICD fitted 6 weeks ago. I've run marathons for ten years. Am I going to have to give up running completely? And does ARVC usually get worse over time even if I stop?",
    focus: 'arrhythmogenic right ventricular cardiomyopathy',
    types: ['lifestyle', 'prognosis'],
  },
  // why: the chance the baby has it -> inheritance; the gene is only story
  {
    message:
      "My husband has long QT syndrome type 1 (KCNQ1). I'm 20 weeks pregnant. What are the chances our baby has it too?",
    focus: 'long QT syndrome',
    types: ['inheritance'],
  },
  // why: asks what it is and how it differs from Marfan (information) and which gene (genetic_changes)
  {
    message:
      'What exactly is Loeys-Dietz syndrome and how is it different from Marfan? Which gene causes it? My niece was just diagnosed and the family is confused.',
    focus: 'Loeys-Dietz syndrome',
    types: ['information', 'genetic_changes'],
  },
  // why: asks why fever brings out the pattern -> cause (what brings on its attacks)
  {
    message:
      "Why does fever set off Brugada? my daughter (8) had a high temp with the flu and her ECG looked totally different, the doctor said the fever brought out the Brugada pattern. I don't understand how a temperature can do that to the heart",
    focus: 'Brugada syndrome',
    types: ['cause'],
  },
  // why: 3 questions: how rare (frequency), how he got it from healthy parents (inheritance), cochlear implant operation (treatment)
  {
    message:
      'Dear sir/madam, my grandson was born deaf and at the hearing clinic they found long QT on his heart tracing. Now the doctors say Jervell and Lange-Nielsen syndrome. I have never heard of it. How rare is this? His mother and father hear perfectly and have normal hearts, so how can he have it from them? And can he still have the cochlear implant operation with this heart condition? Thank you, a worried grandmother',
    focus: 'Jervell and Lange-Nielsen syndrome',
    types: ['frequency', 'inheritance', 'treatment'],
  },
  // why: whether her children should be tested and from what age -> diagnosis (relatives' testing)
  {
    message:
      'Hi, my LDL came back at 7.2 and my GP says it is very likely familial hypercholesterolaemia (my dad had a heart attack at 44). Should my two children (6 and 9) be checked as well, and from what age can they do the blood test?',
    focus: 'familial hypercholesterolemia',
    types: ['diagnosis'],
  },
  // why: alcohol with the medicine, asked twice in other words -> interactions; focus is the medicine
  {
    message:
      "I'm 22 and take flecainide (plus nadolol) for CPVT. Is it ok to have a few drinks on a night out while on flecainide or is alcohol a bad idea with it?",
    focus: 'flecainide',
    types: ['interactions'],
  },
  // why: whether tiredness comes from nadolol (side_effects) and taking it at night (drug_usage)
  {
    message:
      'my daughter is 12 with long qt and on nadolol since may. she is tired all the time, cold hands, falling asleep in class. is that from the nadolol? also can she take it at night rather than before school',
    focus: 'nadolol',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks only about the risks pregnancy brings to her aorta -> complications
  {
    message:
      "I'm 28 with Marfan syndrome, aortic root 4.1 cm at last echo. My partner and I want a baby. What are the risks to my aorta if I get pregnant? I've read scary things about dissection in the third trimester.",
    focus: 'Marfan syndrome',
    types: ['complications'],
  },
  // why: what it is (information); whether she and her siblings should be tested (diagnosis)
  {
    message:
      'My sister passed away at 29 from a torn artery in her belly. The coroner said it looked like vascular Ehlers-Danlos. What is vascular EDS? And should I and my other siblings get tested?',
    focus: 'Ehlers-Danlos syndrome, vascular type',
    types: ['information', 'diagnosis'],
  },
  // why: keeping the pens cold -> storage_disposal; focus is the medicine
  {
    subject: 'Repatha pens on holiday',
    message:
      "We're going camping for 10 days in August and I'm due one of my evolocumab injections while we're away. Does it have to be kept in the fridge the whole time or is it ok at room temp for a while?",
    focus: 'evolocumab',
    types: ['storage_disposal'],
  },
  // why: one short question about life expectancy -> prognosis
  {
    message: 'what is the life expectancy with cpvt? my son is 7',
    focus: 'catecholaminergic polymorphic ventricular tachycardia',
    types: ['prognosis'],
  },
  // why: never heard of it (information), how many have it (frequency), studies (research)
  {
    message:
      'Never heard of short QT syndrome until my cardiologist said it about my ECG. What is it? How many people have it? Are there any studies going on?',
    focus: 'short QT syndrome',
    types: ['information', 'frequency', 'research'],
  },
  // why: screening, how often and genetic test are one diagnosis question; chance of passing it on -> inheritance
  {
    subject: 'dad has HCM - what about me?',
    message:
      "My father was diagnosed with hypertrophic cardiomyopathy last year at 58. I'm 31, no symptoms, run a bit. Do I need screening, and how often? Is there a genetic test I can ask for? And if I do carry it, what's the chance I pass it on to my kids?",
    focus: 'familial hypertrophic cardiomyopathy',
    types: ['diagnosis', 'inheritance'],
  },
  // why: driving and going back to work are daily life -> lifestyle only
  {
    message:
      'got an icd put in 2 weeks ago for brugada. i drive trucks for a living. when can i drive again and can i go back to my job with an icd',
    focus: 'Brugada syndrome',
    types: ['lifestyle'],
  },
  // why: pregnancy and breastfeeding safety of a medicine -> contraindications; focus is the medicine
  {
    subject: 'Atorvastatin and pregnancy',
    message:
      "I've been on atorvastatin 40mg since I was 19 for FH. We'd like to start trying for a baby. Is it safe to take while pregnant or breastfeeding?",
    focus: 'atorvastatin',
    types: ['contraindications'],
  },
  // why: what the gene does (genetic_changes); whether his brothers have it (inheritance)
  {
    message:
      "my genetic test came back with a PKP2 variant. cardiologist said it's the ARVC gene but didn't explain. what does PKP2 actually do, and does that mean my 2 brothers have it?",
    focus: 'arrhythmogenic right ventricular cardiomyopathy',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: could it be this (diagnosis), treatment for a small child (treatment), heart attack risk (complications)
  {
    message:
      'Our 4 yr old daughter has yellowish bumps on her knees and elbows and her cholesterol came back at 21. The paediatrician mentioned homozygous FH. Could that be what she has? What treatment is there for such a small child? Is she at risk of a heart attack young?',
    focus: 'homozygous familial hypercholesterolemia',
    types: ['diagnosis', 'treatment', 'complications'],
  },
  // why: how a medicine works for Marfan -> indication; focus is the medicine
  {
    message:
      'My 14 year old son with Marfan has just been started on losartan. I thought that was a blood pressure tablet, his blood pressure is normal. What is it actually doing for Marfan?',
    focus: 'losartan',
    types: ['indication'],
  },
  // why: whether dizziness and chest tightness belong to it -> symptoms
  {
    message:
      'does hcm cause dizzyness when u stand up fast?? i get it all the time and my chest gets tight going up stairs, had hcm dx last yr',
    focus: 'familial hypertrophic cardiomyopathy',
    types: ['symptoms'],
  },
  // why: diet alone is lifestyle; being on tablets for life is treatment
  {
    message:
      "Can diet alone bring my cholesterol down with familial hypercholesterolemia? I'm already vegetarian and I run. Or am I going to be on tablets for the rest of my life?",
    focus: 'familial hypercholesterolemia',
    types: ['lifestyle', 'treatment'],
  },
  // why: two conditions named; asks only whether they are the same -> information, about her own Brugada
  {
    message: 'I was told I have Brugada syndrome. My cousin has long QT syndrome. Is that the same thing?',
    focus: 'Brugada syndrome',
    types: ['information'],
  },
  // why: why operate early and valve-sparing surgery are both about the operation -> treatment
  {
    message:
      'My wife has Loeys-Dietz syndrome and her aortic root is 4.0 cm. The surgeon wants to operate this year, but I read that with Marfan they wait until 5.0. Why operate so early? And can they do the valve-sparing operation so she does not need blood thinners for life?',
    focus: 'Loeys-Dietz syndrome',
    types: ['treatment'],
  },
  // why: school PE is lifestyle; an organisation with school guidance is find_specialist
  {
    message:
      "I'm a PE teacher and a Year 8 pupil of mine has Marfan syndrome. Parents said 'nothing too strenuous' but that's vague. Should he be kept out of rugby and weights? Is there an organisation that produces guidance for schools?",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  // why: could it be this (diagnosis), which genes (genetic_changes), a clinic in Ohio (find_specialist)
  {
    message:
      'My father and his brother both had aortic dissections in their early 50s. I was tested for Marfan and it was negative. Could we have familial thoracic aortic aneurysm? Which genes cause it? And is there a clinic in Ohio that does family screening for aortic disease?',
    focus: 'familial thoracic aortic aneurysm and dissection',
    types: ['diagnosis', 'genetic_changes', 'find_specialist'],
  },
  // why: what brings on the attacks (cause) and how to stop them happening (prevention)
  {
    subject: 'Andersen-Tawil - paralysis episodes',
    message:
      'My daughter is 16 and has Andersen-Tawil. She gets these attacks where her legs go weak for hours, usually the morning after sports. What brings these on and how can we stop them happening?',
    focus: 'Andersen-Tawil syndrome',
    types: ['cause', 'prevention'],
  },
  // why: a missed dose -> drug_usage; focus is the medicine
  {
    message:
      'Forgot my evening sotalol last night (ARVC). Should I take two this morning to make up for it or just carry on as normal?',
    focus: 'sotalol',
    types: ['drug_usage'],
  },
  // why: runs in families (inheritance); whether the children should have echos (diagnosis)
  {
    message:
      'I had surgery for a bicuspid aortic valve at 40. Does that run in families? Should my kids have echos?',
    focus: 'bicuspid aortic valve',
    types: ['inheritance', 'diagnosis'],
  },
  // why: why swimming triggers it (cause), swim lessons (lifestyle), whether the sister still needs ECGs (diagnosis)
  {
    message:
      "my son (9) has LQT1. we were told swimming is a big trigger. why swimming of all things? can he still do swim lessons if there's a lifeguard right there? his sister tested negative for the family mutation, does she still need ECGs every year?",
    focus: 'long QT syndrome',
    types: ['cause', 'lifestyle', 'diagnosis'],
  },
  // why: whether the leg aches come from it (side_effects) and taking it with ezetimibe (interactions)
  {
    message:
      "rosuvastatin is giving me awful leg aches, or at least i think it is, i'm on it for FH. is that a known side effect? doc wants to add ezetimibe too, are they ok to take together?",
    focus: 'rosuvastatin',
    types: ['side_effects', 'interactions'],
  },
  // why: second-language English; asks whether he should be tested and which test -> diagnosis
  {
    message:
      'Hello doctor, my brother (26 year) is die in his sleep two month ago. The autopsy say heart is normal, the doctor say maybe it was Brugada syndrome. I am 30 and sometime I feel palpitation and dizzy at night. I should make test for this? Which test they do?',
    focus: 'Brugada syndrome',
    types: ['diagnosis'],
  },
  // why: trials and research (research); a surgery option (treatment)
  {
    message:
      'Are there any new trials or research for CPVT? My daughter (10) is on nadolol + flecainide and still gets extra beats on her treadmill test. Is there any kind of surgery that could help her?',
    focus: 'catecholaminergic polymorphic ventricular tachycardia',
    types: ['research', 'treatment'],
  },
  // why: two conditions named; whether Fabry is what caused the thick heart -> association; focus Fabry
  {
    message:
      "I'm 52 and was told I have a thick heart muscle (hypertrophic cardiomyopathy) and now a blood test shows Fabry disease. Is the Fabry what caused my heart to thicken or are these two separate problems?",
    focus: 'Fabry disease',
    types: ['association'],
  },
  // why: whether it runs in families (inheritance) and which gene (genetic_changes)
  {
    message:
      "My mum and her brother both needed heart transplants for dilated cardiomyopathy. Does this run in families? Is there a specific gene they look for? I'm 40 and feel fine",
    focus: 'familial dilated cardiomyopathy',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: pregnancy risk for her heart (complications), baby getting it (inheritance), a specialist clinic (find_specialist)
  {
    message:
      '33F, obstructive HCM, gradient around 50 at rest, on bisoprolol. My husband and I want a baby. What risks does a pregnancy carry for my heart? Would the baby get HCM from me? Is there a clinic that specialises in pregnancy and heart disease in the UK?',
    focus: 'familial hypertrophic cardiomyopathy',
    types: ['complications', 'inheritance', 'find_specialist'],
  },
  // why: what it is (information); whether it is serious, i.e. the outlook (prognosis)
  {
    message:
      'What is left ventricular noncompaction? It was picked up by accident on a cardiac MRI I had for something else. Is it serious??',
    focus: 'left ventricular noncompaction',
    types: ['information', 'prognosis'],
  },
  // why: two conditions named; how doctors tell Marfan from EDS -> diagnosis; Marfan is the suspected one
  {
    message:
      'My daughter is 13, very tall, very bendy joints and needs strong glasses. Her GP thinks Marfan syndrome but a friend said it sounds like Ehlers-Danlos. How do doctors tell the two apart?',
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: whether dry mouth and peeing problems are true (side_effects); with bisoprolol (interactions)
  {
    message:
      "My cardiologist wants to add disopyramide for my obstructive HCM because the beta blocker alone isn't enough. I've heard it causes dry mouth and problems peeing, is that true? And is it ok together with bisoprolol?",
    focus: 'disopyramide',
    types: ['side_effects', 'interactions'],
  },
  // why: two conditions named; asks only whether they are the same -> information; the lipid doctor points to sitosterolemia
  {
    message:
      "Is sitosterolemia the same as familial hypercholesterolemia? My son's cholesterol is very high and the statin barely moved it, now the lipid doctor is talking about plant sterols.",
    focus: 'sitosterolemia',
    types: ['information'],
  },
];
