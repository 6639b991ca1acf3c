/**
 * "rhythm" set. Messages about inherited heart rhythm and heart muscle conditions: fainting, sport, medicines
 * to avoid, ICDs, family screening, with other questions about the condition and its medicines. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.964). Scored by rhythm.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --rhythm --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const RHYTHM_MESSAGES: ConsumerMessage[] = [
  // why: asks which gene(s) cause it; the condition is named only in the subject -> genetic_changes.
  {
    subject: 'CPVT genes',
    message:
      'The genetic report for my son says RYR2. Is that the gene that causes it, and are there other genes too?',
    focus: 'catecholaminergic polymorphic ventricular tachycardia',
    types: ['genetic_changes'],
  },
  // why: what the tablets contain (lactose); the medicine is named only in the subject -> ingredients.
  {
    subject: 'bisoprolol',
    message: 'do these tablets have lactose in them? im lactose intolerant',
    focus: 'bisoprolol',
    types: ['ingredients'],
  },
  // why: how rare it is -> frequency.
  {
    message:
      'Is short QT syndrome very rare? The cardiologist said he has only seen two cases in his career.',
    focus: 'short QT syndrome',
    types: ['frequency'],
  },
  // why: whether a genetic test can show if he has it -> diagnosis.
  {
    message:
      "Three people in my family have atrial fibrillation, my father, his brother and my older sister, all of them before 40. My doctor mentioned familial atrial fibrillation. I'm 32 and have no symptoms at all. Is there a genetic test that can show whether I have it too?",
    focus: 'familial atrial fibrillation',
    types: ['diagnosis'],
  },
  // why: whether it differs from long QT or is the same thing -> information.
  {
    subject: 'Romano-Ward',
    message:
      'My cardiologist wrote Romano-Ward on my clinic letter. Is that different from long QT syndrome, or the same thing?',
    focus: 'Romano-Ward syndrome',
    types: ['information'],
  },
  // why: what ARVC is and whether it is the same as HCM -> information.
  {
    subject: "my friend's brother",
    message:
      "My best friend's brother collapsed and died while running a half marathon last month. He was only 24. The autopsy said arrhythmogenic right ventricular cardiomyopathy. I want to understand what happened so I can support her. What is ARVC exactly? Is it the same thing as the hypertrophic cardiomyopathy they talk about with footballers?",
    focus: 'arrhythmogenic right ventricular cardiomyopathy',
    types: ['information'],
  },
  // why: how the medicine helps in CPVT -> indication (focus is the medicine).
  {
    message:
      'my son has CPVT and the doctor wants to add flecainide to his nadolol, how does flecainide help with that?',
    focus: 'flecainide',
    types: ['indication'],
  },
  // why: what causes it -> cause; whether older people are more at risk -> susceptibility.
  {
    message:
      "My grandfather is 78 and has been having dizzy spells and a very slow pulse. After wearing a heart monitor for a week the cardiologist said it is sick sinus syndrome, and he's getting a pacemaker next week. What causes this? Are older people more at risk of getting it?",
    focus: 'sick sinus syndrome',
    types: ['cause', 'susceptibility'],
  },
  // why: whether his heart keeps getting weaker and how long people live with it are both the outlook -> prognosis.
  {
    message:
      "My dad is 58 and was just diagnosed with dilated cardiomyopathy. His ejection fraction is 30% and he's on a few new medications. The cardiologist didn't say much about the future. Will his heart keep getting weaker over time? How long do people usually live with this?",
    focus: 'dilated cardiomyopathy',
    types: ['prognosis'],
  },
  // why: whether more skipped beats mean it is getting worse -> prognosis; high-altitude trekking -> lifestyle; a group for people with ARVC/ICDs -> find_specialist.
  {
    message:
      "I'm 33 and was diagnosed with ARVC four years ago after a run of VT while cycling. I've had an ICD since then and it has shocked me once, last winter. I gave up competitive cycling like they told me and I'm on sotalol. Lately I've noticed way more skipped beats than before, especially in the evenings. does that mean the ARVC is getting worse? My girlfriend and I are planning a trekking trip in Nepal next year. Is high altitude hiking a bad idea with ARVC and an ICD? And honestly I feel pretty alone with this, none of my friends get it. Is there any group for people with ARVC or people living with ICDs?",
    focus: 'arrhythmogenic right ventricular cardiomyopathy',
    types: ['prognosis', 'lifestyle', 'find_specialist'],
  },
  // why: whether dry mouth and bladder trouble come from it -> side_effects; whether and when to stop it before surgery -> drug_usage.
  {
    message:
      "I'm 62 and have obstructive hypertrophic cardiomyopathy. Beta blockers alone weren't enough, so 3 months ago my cardiologist added disopyramide 150 mg twice a day. My breathlessness is definitely better. But my mouth is constantly dry, and I've had trouble emptying my bladder, which I never had before. Are these from the disopyramide? I'm also booked for a knee replacement in May, and the surgeon's nurse asked whether I need to stop my heart tablets before the operation. Do I stop the disopyramide beforehand, and if so how many days before?",
    focus: 'disopyramide',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks only what the condition is -> information.
  {
    message:
      'Hi, my doctor says I have long QT syndrome after an ECG I had before a small operation. What exactly is that?',
    focus: 'long QT syndrome',
    types: ['information'],
  },
  // why: timing of the dose -> drug_usage.
  {
    message: 'Can I take my nadolol at night instead of in the morning? It makes me sleepy during the day.',
    focus: 'nadolol',
    types: ['drug_usage'],
  },
  // why: how it is treated -> treatment; chance the next baby has it -> inheritance.
  {
    message:
      'Our son Ali was born deaf, and at his assessment for a cochlear implant they did an ECG and found a very long QT. Now the doctors say he has Jervell and Lange-Nielsen syndrome. He is 18 months old. How is it treated in such a small child? We are hoping for another baby, what is the chance the next one will have it too?',
    focus: 'Jervell and Lange-Nielsen syndrome',
    types: ['treatment', 'inheritance'],
  },
  // why: whether it is safe with long QT and in pregnancy -> contraindications.
  {
    message:
      "I'm 10 weeks pregnant and have long QT syndrome type 2. The morning sickness is terrible and my GP offered ondansetron, but the list of drugs to avoid from my cardiologist says 'use caution' next to it. Is ondansetron safe for someone with long QT? Is it okay for the baby?",
    focus: 'ondansetron',
    types: ['contraindications'],
  },
  // why: what an ablation involves and whether it fixes it -> treatment; whether he can play this season -> lifestyle.
  {
    message:
      "hey so i'm 17 and got told i have WPW after my basketball physical, the ECG had some weird wave thing on it. i've had my heart race out of nowhere a few times but thought it was just nerves lol. now they want to do an ablation. what do they actually do in that and does it fix it for good?? also can i still play this season or do i have to sit out",
    focus: 'Wolff-Parkinson-White syndrome',
    types: ['treatment', 'lifestyle'],
  },
  // why: whether a transplant is the only option or medicines can help -> treatment; whether his sister could be a carrier -> inheritance.
  {
    message:
      'Our son Lukas is 15. He has always been a bit behind at school and his muscles tire easily, but we never thought much of it. This year a routine sports check found that his heart muscle was very thick and his ECG showed something called pre-excitation. After many tests, a genetic test found a change in the LAMP2 gene and the doctors told us it is Danon disease. They have already talked to us about a heart transplant in the future. Is a transplant really the only treatment, or are there medicines that can help him? We also have a daughter who is 12 and perfectly healthy. The genetic counselor said it is linked to the X chromosome, so could she be a carrier? We are devastated and trying to understand everything.',
    focus: 'Danon disease',
    types: ['treatment', 'inheritance'],
  },
  // why: with or without food and what to do after a missed dose -> drug_usage.
  {
    message:
      'I have long QT type 3 and my cardiologist prescribed mexiletine on top of my beta blocker. It upsets my stomach a lot. Should I take it with food or on an empty stomach? And what should I do if I forget a dose, double up the next time?',
    focus: 'mexiletine',
    types: ['drug_usage'],
  },
  // why: preventing it from coming back in a next pregnancy -> prevention.
  {
    message:
      'I had peripartum cardiomyopathy after my first baby. Is there anything that can prevent it from happening again if we have another?',
    focus: 'peripartum cardiomyopathy',
    types: ['prevention'],
  },
  // why: whether the muscle disease can affect the heart -> complications.
  {
    message:
      "Our son is 16 and has Emery-Dreifuss muscular dystrophy. He mostly has stiff elbows and weak shoulders and he's managing well at school. At his last clinic visit the doctor said his heart needs to be checked every year. Can this disease affect the heart, even though it's a muscle disease?",
    focus: 'Emery-Dreifuss muscular dystrophy',
    types: ['complications'],
  },
  // why: life expectancy -> prognosis.
  {
    message:
      'My granddaughter is 4 and has restrictive cardiomyopathy. What is the life expectancy for a child with this?',
    focus: 'restrictive cardiomyopathy',
    types: ['prognosis'],
  },
  // why: breastfeeding while taking it -> contraindications.
  {
    message: 'Is it safe to breastfeed while taking metoprolol? I have HCM and my baby is 3 weeks old.',
    focus: 'metoprolol',
    types: ['contraindications'],
  },
  // why: list: how common -> frequency; new drugs being studied -> research; chance the kids inherited it -> inheritance.
  {
    subject: "Questions after my wife's HCM diagnosis",
    message:
      "Hello,\nMy wife (41) was diagnosed with hypertrophic cardiomyopathy two weeks ago after an echo for a heart murmur. She is doing ok, just short of breath on stairs. We have a few questions we didn't get to ask at the appointment:\n1. How common is HCM? We had never heard of it before.\n2. Are there any new drugs being studied for it? We read something about a new kind of medicine in the news.\n3. We have two kids, 8 and 12. What is the chance they have inherited it?\nMany thanks.",
    focus: 'hypertrophic cardiomyopathy',
    types: ['frequency', 'research', 'inheritance'],
  },
  // why: clinical trials -> research.
  {
    message:
      'Our baby has Noonan syndrome with a thickened heart muscle. Are there any clinical trials for children with Noonan?',
    focus: 'Noonan syndrome',
    types: ['research'],
  },
  // why: whether someone with long QT should take it -> contraindications (focus is the medicine).
  {
    message: 'I have long QT, is it safe for me to take azithromycin for a chest infection?',
    focus: 'azithromycin',
    types: ['contraindications'],
  },
  // why: what its signs are and whether the weak spells belong to it -> symptoms.
  {
    message:
      "Our daughter is 9. Since she was small she has had spells where her legs go weak and she can't get up for hours, usually after PE or a big meal. She is small for her age, and her ECG showed some extra beats. The neurologist now thinks it might be Andersen-Tawil syndrome. What are the signs of this syndrome? Are the weak spells part of it?",
    focus: 'Andersen-Tawil syndrome',
    types: ['symptoms'],
  },
  // why: whether it runs in families -> inheritance.
  {
    message: 'does brugada syndrome run in families? my dad just got diagnosed and i have two kids of my own',
    focus: 'Brugada syndrome',
    types: ['inheritance'],
  },
  // why: whether swimming competitively is safe is daily life/sport -> lifestyle; whether the brother needs an ECG or genetic test is testing a relative -> diagnosis.
  {
    message:
      "Hello. Our daughter Maya is 14 and was diagnosed with long QT syndrome (type 1) last spring after she fainted getting out of the pool at a swim meet. She's on a beta blocker now and hasn't fainted since, thank goodness. The problem is that swimming is her whole life. She trains five mornings a week and her coach keeps asking us whether she can compete again this season, and her cardiologist was a bit vague about it. Is competitive swimming actually dangerous for someone with LQT1, or can she go back with some precautions? We also have a 10 year old son who has never had any symptoms. Does he need an ECG or a genetic test as well? Thank you, we feel quite lost.",
    focus: 'long QT syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: what quinidine does for Brugada -> indication; grapefruit juice with it -> interactions; insurance cover -> other.
  {
    subject: 'quinidine for Brugada',
    message:
      "Hello, I am 46 and have Brugada syndrome with an ICD. Over the last year I had two 'electrical storms' where the ICD fired many times, and now my electrophysiologist wants to start me on quinidine. I was surprised because I thought quinidine was an old malaria medicine. what does it actually do for Brugada? I drink a big glass of grapefruit juice every morning, is that a problem with quinidine? Also the pharmacy said they must order it specially from abroad and it is very expensive. Will my insurance cover it?",
    focus: 'quinidine',
    types: ['indication', 'interactions', 'other'],
  },
  // why: what causes it / whether she was born with it -> cause; whether it can cause clots or stroke -> complications; a cardiologist who specialises in it -> find_specialist.
  {
    message:
      "Hi there. I'm 29 and a few months ago I went to my GP because I was getting breathless when running. I ended up having an echo and then a cardiac MRI, and they told me I have left ventricular noncompaction. The cardiologist described the inside of the heart muscle as 'spongy'. My pumping function is slightly reduced but they said it's mild. I'm trying to understand how this happened to me. What causes noncompaction, is it something I was born with? They also mentioned possibly starting me on a blood thinner, which freaked me out. Can it cause blood clots or a stroke? My local hospital doesn't see many people with this. Where would I find a cardiologist who specialises in it?",
    focus: 'left ventricular noncompaction',
    types: ['cause', 'complications', 'find_specialist'],
  },
  // why: whether nightmares/tiredness come from the medicine -> side_effects; using it together with an asthma inhaler -> interactions.
  {
    message:
      "My daughter is 7 and was diagnosed with long QT type 1 after her older cousin died suddenly. She was started on propranolol 4 weeks ago, three times a day. Since then she's been having nightmares almost every night and she's so tired after school that she falls asleep on the sofa. Her teacher says she seems flat. Could this be because of the propranolol? She also has mild asthma and uses a salbutamol inhaler when she gets a cold. Is it okay to use that together with the propranolol? I don't want to stop anything without asking first.",
    focus: 'propranolol',
    types: ['side_effects', 'interactions'],
  },
  // why: keeping the tablets in heat / in a car -> storage_disposal.
  {
    message:
      'Hello, I take sotalol for my atrial fibrillation. In August we travel to Spain for 3 weeks, there it will be 40 degrees. How must I keep the tablets? Is it ok when they stay in the rental car over the day?',
    focus: 'sotalol',
    types: ['storage_disposal'],
  },
  // why: whether Fabry can thicken the heart and which other organs it can damage -> complications.
  {
    message:
      "I'm 38 and was diagnosed with Fabry disease two years ago after years of burning pain in my hands and feet. I'm on enzyme infusions every two weeks. At my last check-up my cardiologist said the wall of my heart is getting thicker. Can Fabry disease affect the heart like this? What other organs can it damage?",
    focus: 'Fabry disease',
    types: ['complications'],
  },
  // why: whether he can lift weights at the gym is exercise/daily life -> lifestyle.
  {
    message:
      'im 16 with hypertrophic cardiomyopathy can i still go to the gym and lift wieghts with my friends',
    focus: 'hypertrophic cardiomyopathy',
    types: ['lifestyle'],
  },
  // why: whether the skin colour comes from the medicine and whether it fades -> side_effects.
  {
    message:
      'My mum (69) has dilated cardiomyopathy and has been on amiodarone for about 2 years for irregular heartbeats. Her face and the backs of her hands have turned a bluish grey colour, mostly where the sun hits. Could the amiodarone be doing this? Does it go away if she comes off it?',
    focus: 'amiodarone',
    types: ['side_effects'],
  },
  // why: whether his fainting could be CPVT and which test shows it -> diagnosis; whether he grows out of it -> prognosis.
  {
    message:
      'My son Tomás is 11. Twice this year he has collapsed, once during a football match and once when his sister jumped out to scare him. Both times he went stiff for a few seconds and came round quickly. The hospital thought it was seizures and started him on epilepsy medicine, but his EEG and brain MRI were normal. A nurse friend of my wife said we should ask about CPVT because he only faints with exercise or a fright. Could this be CPVT instead of epilepsy, and what test would pick it up? They did a normal ECG in A&E and said it was fine. If it does turn out to be CPVT, is it something he will grow out of or will he have it for life?',
    focus: 'catecholaminergic polymorphic ventricular tachycardia',
    types: ['diagnosis', 'prognosis'],
  },
  // why: asks why fever brings on the dangerous rhythm, i.e. what brings on its attacks -> cause.
  {
    message:
      'My husband have Brugada syndrome, diagnose last year after he faint in the night. We have three small kids and they bring home many colds, so he get fever often. Cardiologist tell us fever is dangerous for him and we must give paracetamol quick. Why the fever make the bad rhythm come in Brugada?',
    focus: 'Brugada syndrome',
    types: ['cause'],
  },
  // why: whether carpal tunnel was an early sign of it -> symptoms; what treatments exist -> treatment.
  {
    message:
      "My father (72) was just diagnosed with transthyretin amyloidosis affecting his heart. Years ago he had surgery for carpal tunnel in both wrists. Was the carpal tunnel an early sign of the amyloidosis? And what treatments are there now? We've heard there are some new medicines.",
    focus: 'transthyretin amyloidosis',
    types: ['symptoms', 'treatment'],
  },
  // why: asks whether a named exposure (heavy drinking) causes it -> association.
  {
    message:
      'can drinking too much alcohol cause dilated cardiomyopathy? my uncle was a heavy drinker for years and now he has it',
    focus: 'dilated cardiomyopathy',
    types: ['association'],
  },
  // why: whether to get checked and which test -> diagnosis; which warning signs to watch for -> symptoms.
  {
    message:
      "My mother had a pacemaker put in when she was 44 after she kept getting dizzy and once passed out in the supermarket. Her sister needed one at 47. Last year my cousin (my aunt's son) was told his ECG shows a 'bundle branch block', and his cardiologist said the family might have progressive familial heart block. I'm 35, I run three times a week and feel totally fine, but I'm worried. Should I be getting checked even without symptoms, and what kind of test would that be? what are the warning signs I should watch out for?",
    focus: 'progressive familial heart block',
    types: ['diagnosis', 'symptoms'],
  },
];
