/**
 * "sports" set. Messages about sport and exercise with a condition (heart conditions and sudden death in
 * athletes, asthma, concussion, Marfan syndrome, sickle cell trait, diabetes, hypermobility, sport for children
 * with a rare condition, doping rules and medicines). Written by someone who had read neither the understanding
 * or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus
 * 0.925, type F1 0.797). Scored by sports.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --sports --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SPORTS_MESSAGES: ConsumerMessage[] = [
  // why: "is it safe to keep using my Ventolin" while "20 weeks pregnant" asks a pregnancy precaution
  {
    subject: 'inhaler while pregnant',
    message:
      "I'm 20 weeks pregnant and still doing my Saturday parkrun. Is it safe to keep using my Ventolin inhaler before I run?",
    focus: 'Ventolin',
    types: ['contraindications'],
  },
  // why: "is salbutamol allowed... or do I need some kind of form" asks about anti-doping paperwork, not medical
  {
    message:
      'hi, I swim at national level and use salbutamol for my asthma. Is salbutamol allowed in competition or do I need some kind of form filled in? I really dont want to fail a drug test',
    focus: 'salbutamol',
    types: ['other'],
  },
  // why: "should the rest of us get checked" asks whether relatives should be tested
  {
    message:
      'My brother collapsed and died playing basketball last month, he was 19. The autopsy said hypertrophic cardiomyopathy. Should the rest of us get checked?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['diagnosis'],
  },
  // why: "will it go away once she stops growing" asks about the course, i.e. outlook
  {
    subject: 'knee bumps',
    message:
      'Our daughter (13) has Osgood-Schlatter disease in both knees from volleyball. The doctor was pretty vague. Will it go away once she stops growing?',
    focus: 'Osgood-Schlatter disease',
    types: ['prognosis'],
  },
  // why: "what are the signs of concussion I should watch for" asks its signs
  {
    message:
      'My son took a hard knock to the head at hockey tonight, he says he is fine but seems a bit slow. What are the signs of concussion I should be watching for overnight?',
    focus: 'concussion',
    types: ['symptoms'],
  },
  // why: "can someone with Marfan syndrome lift weights" asks about exercise in daily life
  {
    message:
      "Can someone with Marfan syndrome lift weights at the gym? I'm 19 and just want to get a bit stronger.",
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  // why: "could it make me collapse during conditioning drills" asks what problem the trait can lead to
  {
    subject: 'result from team physical',
    message:
      'I just found out from my college athletics physical that I have sickle cell trait. Nobody really explained it. Could it make me collapse during hard conditioning drills?',
    focus: 'sickle cell trait',
    types: ['complications'],
  },
  // why: "I read it can damage tendons, is that true" asks whether the medicine causes a problem
  {
    message:
      "I'm training for a marathon and my GP gave me ciprofloxacin for a bladder infection. I read online that it can damage your Achilles tendon. Is that true??",
    focus: 'ciprofloxacin',
    types: ['side_effects'],
  },
  // why: "is it passed down in families" asks inheritance
  {
    message:
      'Our daughter was diagnosed with long QT syndrome after she fainted at a swim meet. Neither of us has ever had heart trouble. Is it passed down in families?',
    focus: 'long QT syndrome',
    types: ['inheritance'],
  },
  // why: "what is wolf parkinson white" asks what the condition is (misspelled name kept as written)
  {
    message:
      'what is wolf parkinson white?? the cardiologist said it after my sons sports physical ECG and we were too shocked to ask anything',
    focus: 'wolf parkinson white',
    types: ['information'],
  },
  // why: "are there any clinical trials" asks about research
  {
    subject: 'McArdle trials',
    message:
      "I have McArdle disease and I've learned to manage with gentle cycling, but I get cramps all the time. Are there any clinical trials going on for McArdle disease at the moment?",
    focus: 'McArdle disease',
    types: ['research'],
  },
  // why: "what triggers it" asks what brings on the attacks
  {
    message:
      "Twice now I've broken out in hives and my throat went tight while jogging after lunch. The ER doctor thinks it is exercise induced anaphylaxis. What actually triggers exercise induced anaphylaxis?",
    focus: 'exercise induced anaphylaxis',
    types: ['cause'],
  },
  // why: "how does montelukast work" asks how the medicine works
  {
    message:
      "The doctor added montelukast for my son's asthma because he gets so breathless at football. How does montelukast work? The pharmacist said it is not like his blue inhaler.",
    focus: 'montelukast',
    types: ['indication'],
  },
  // why: "can years of marathon running cause atrial fibrillation" asks a link between an exposure and the condition
  {
    subject: 'running and AF',
    message:
      'My dad is 62 and has run marathons for thirty years, now they say he has atrial fibrillation. Can years of endurance running cause atrial fibrillation?',
    focus: 'atrial fibrillation',
    types: ['association'],
  },
  // why: "where can we find a doctor who specialises in it" asks for a specialist
  {
    message:
      'Our 6 year old was just diagnosed with Perthes disease after limping at football. The local orthopedic clinic seems unsure what to do. Where can we find a doctor who specialises in Perthes disease?',
    focus: 'Perthes disease',
    types: ['find_specialist'],
  },
  // why: "will she be able to keep competing" asks about sport in daily life; "will she need insulin for the rest of her life" asks about treatment / cure
  {
    message:
      'My daughter is 11 and was just diagnosed with type 1 diabetes. She trains gymnastics 12 hours a week. Will she be able to keep competing? And will she need insulin for the rest of her life?',
    focus: 'type 1 diabetes',
    types: ['lifestyle', 'treatment'],
  },
  // why: "how would we find out for sure" asks how it is confirmed; "would he have to give up basketball" asks about sport
  {
    subject: "coach thinks it's Marfan",
    message:
      'My 15yo is 6\'5", long arms, very bendy fingers, and his basketball coach said he might have Marfan syndrome. How would we find out for sure? And would he have to give up basketball if he has it?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "anything that stops my shoulders dislocating" asks preventing recurrences; "will it get worse as I get older" asks outlook
  {
    message:
      "I'm a 24 year old dancer with the hypermobile type of Ehlers-Danlos syndrome. My shoulders keep popping out during rehearsals. Is there anything that stops them dislocating, and is this going to get worse as I get older?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['prevention', 'prognosis'],
  },
  // why: "is it safe for him to keep doing long rides" asks about exercise; "do our kids need to be tested" asks whether relatives should be tested
  {
    message:
      'My husband was diagnosed with Brugada syndrome last year. He is a keen cyclist and does 100km rides most weekends. Is it safe for him to keep doing long rides? And do our two kids need to be tested?',
    focus: 'Brugada syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: "do I need a therapeutic use exemption" asks anti-doping paperwork; "can it make my heart race" asks a side effect
  {
    subject: 'TUE question',
    message:
      "College 800m runner here. My asthma doctor switched me to a formoterol inhaler. Do I need a therapeutic use exemption for formoterol, and can it make my heart race? I've noticed it pounding before races.",
    focus: 'formoterol',
    types: ['other', 'side_effects'],
  },
  // why: "can repeated concussions cause permanent brain damage" asks what it leads to; "how do doctors know when he is fully healed" asks how recovery is confirmed by testing
  {
    message:
      'My son just had his third concussion playing high school football. Can repeated concussions cause permanent brain damage? And how do the doctors actually know when he is fully healed, is there a scan or test?',
    focus: 'concussion',
    types: ['complications', 'diagnosis'],
  },
  // why: "is running safe for her" asks about exercise; "how can we stop her having a pain crisis" asks preventing attacks
  {
    message:
      'Our daughter has sickle cell disease and she is desperate to join the track team at her new school. Is running safe for her? How can we stop her having a pain crisis during practice?',
    focus: 'sickle cell disease',
    types: ['lifestyle', 'prevention'],
  },
  // why: "can I stop the prednisone early" asks stopping a medicine; "will it make me put on weight" asks a side effect
  {
    message:
      'Rugby player, 28. I was put on a 10 day course of prednisone for an inflamed shoulder. I feel fine after 4 days. Can I just stop the prednisone early? Also will it make me put on weight, I have weigh-ins coming up.',
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what sports are safe for him" asks about sport; "any treatment to make his bones stronger" asks treatment
  {
    subject: 'grandson with brittle bones',
    message:
      'Hello, my grandson is 8 and has osteogenesis imperfecta. He has already broken his arm twice this year and he only wants to play football with his friends. What sports are safe for him? Is there any treatment that makes the bones stronger?',
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'treatment'],
  },
  // why: "what is the difference between exercise-induced asthma and regular asthma" asks what each is; "can she grow out of it" asks the course
  {
    message:
      'What is the difference between exercise-induced asthma and regular asthma? My daughter only wheezes when she runs. Can she grow out of it?',
    focus: 'exercise-induced asthma',
    types: ['information', 'prognosis'],
  },
  // why: "which gene causes it" asks genetic change; "how common is it" asks frequency
  {
    message:
      'My cousin, who is a triathlete, was diagnosed with arrhythmogenic right ventricular cardiomyopathy and told to stop all endurance sport. Which gene causes it, and how common is it?',
    focus: 'arrhythmogenic right ventricular cardiomyopathy',
    types: ['genetic_changes', 'frequency'],
  },
  // why: "is he allowed to play soccer" asks about sport; "could his little sister be a carrier" asks carrier status
  {
    message:
      'Our son has hemophilia A and he wants to join the school soccer team like all his friends. Is he allowed to play soccer? Also could his little sister be a carrier?',
    focus: 'hemophilia A',
    types: ['lifestyle', 'inheritance'],
  },
  // why: "can it cause low blood sugar" asks a side effect of metformin; "should I take it before or after my run" asks timing
  {
    message:
      "I take metformin for type 2 diabetes and I've started training for a half marathon. Can metformin cause low blood sugar on long runs? Should I take it before or after my morning run?",
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "is swimming good for him" asks about exercise; "will he stop being able to walk" asks outlook
  {
    subject: 'swimming',
    message:
      'My boy is 7 and has Duchenne muscular dystrophy. He loves the water. Is swimming good for him or will it tire his muscles out? And honestly, will he stop being able to walk?',
    focus: 'Duchenne muscular dystrophy',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "what causes it" asks cause; "can it damage the kidneys" asks complications
  {
    message:
      'My best friend ended up in hospital with rhabdomyolysis after her first CrossFit class, her pee was the colour of cola. What causes it? Can it damage the kidneys for good?',
    focus: 'rhabdomyolysis',
    types: ['cause', 'complications'],
  },
  // why: "can she ever play again" asks about sport; "is there medication" asks treatment; "should her brother be checked" asks testing of a relative
  {
    subject: 'HCM and soccer',
    message:
      'Our 16 year old daughter was diagnosed with hypertrophic cardiomyopathy after fainting in the middle of a soccer game. Soccer is her whole life. Can she ever play again? Is there medication for it? And should her little brother be checked too?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['lifestyle', 'treatment', 'diagnosis'],
  },
  // why: "does nadolol make him tired" asks a side effect; "what if he forgets a dose" asks missed doses; "can he take ibuprofen with it" asks an interaction
  {
    message:
      'My son (14) has long QT and takes nadolol every day. He plays baseball. Does nadolol make him tired? He seems slow on the field. What happens if he forgets a dose, and can he take ibuprofen with it when his arm is sore after pitching?',
    focus: 'nadolol',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: "which sports are safe" asks about sport; "could my aorta tear" asks complications; "will my kids have it" asks inheritance
  {
    message:
      "Hi, I'm 22 and was diagnosed with Marfan syndrome last month. I played volleyball all through school. Which sports are still safe for me? Could my aorta actually tear? And will my kids have it?",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications', 'inheritance'],
  },
  // why: "could this be CPT2 deficiency" asks whether his signs could be it; "what causes it" asks cause; "is there a special diet" asks diet
  {
    message:
      'My son is 17 and after long hikes or soccer tournaments he gets awful muscle pain and his urine goes dark brown. A friend who is a nurse mentioned CPT2 deficiency. Could this be CPT2 deficiency? What causes it? Is there a special diet he should follow?',
    focus: 'CPT2 deficiency',
    types: ['diagnosis', 'cause', 'lifestyle'],
  },
  // why: "how do I use it properly" asks how to take it; "can I leave it in my car" asks storage; "what side effects" asks side effects
  {
    subject: 'EpiPen for running',
    message:
      'I was prescribed an EpiPen for exercise-induced anaphylaxis and I run most mornings. How do I use the EpiPen properly if it happens? Can I leave it in my car in the summer heat? And what side effects can it have?',
    focus: 'EpiPen',
    types: ['drug_usage', 'storage_disposal', 'side_effects'],
  },
  // why: "how common is it" asks frequency; "could it make him collapse in the heat" asks complications; "should his girlfriend get tested before they have kids" asks carrier risk for children
  {
    message:
      'My son plays college football and his screening showed sickle cell trait. How common is sickle cell trait? Could it make him collapse in the heat at summer camp? And should his girlfriend get tested before they have kids one day?',
    focus: 'sickle cell trait',
    types: ['frequency', 'complications', 'inheritance'],
  },
  // why: "why do they want a neck x-ray" asks about a screening test; "is her neck at risk" asks complications; "what sports are safe" asks about sport
  {
    message:
      'My daughter has Down syndrome and wants to do gymnastics in the Special Olympics. They asked us for a neck x-ray first. Why do they want that? Is her neck really at risk? What sports are safest for her?',
    focus: 'Down syndrome',
    types: ['diagnosis', 'complications', 'lifestyle'],
  },
  // why: "could it be hypokalemic periodic paralysis" asks whether his signs could be it; "is it genetic" asks inheritance; "how can I prevent the attacks" asks prevention
  {
    subject: "can't move after workouts",
    message:
      "Sometimes I wake up and can't move my legs for an hour or two, always the morning after a hard gym session and a big pasta dinner. Could it be hypokalemic periodic paralysis? Is it genetic? How can I prevent the attacks?",
    focus: 'hypokalemic periodic paralysis',
    types: ['diagnosis', 'inheritance', 'prevention'],
  },
  // why: "is it allowed if I have a prescription" asks anti-doping rules; "could it raise my blood pressure" asks a side effect; "is it OK with my lisinopril" asks an interaction
  {
    message:
      "I'm 45, on testosterone replacement from my doctor, and I compete in masters powerlifting. Is testosterone allowed if I have a prescription? Could it raise my blood pressure? And is it OK to take with my lisinopril?",
    focus: 'testosterone',
    types: ['other', 'side_effects', 'interactions'],
  },
  // why: "will running and jumping damage her joints" asks about exercise; "will it go away" asks outlook; "any support groups" asks for a patient organization
  {
    message:
      'Our 9 year old has juvenile idiopathic arthritis in both knees and she loves netball. Will running and jumping damage her joints more? Does it usually go away by adulthood? Are there any support groups for sporty kids with JIA?',
    focus: 'juvenile idiopathic arthritis',
    types: ['lifestyle', 'prognosis', 'find_specialist'],
  },
];
