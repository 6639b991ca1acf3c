/**
 * "whatif" set. Messages asking hypothetical and conditional questions about rare conditions and medicines
 * ("what if she misses a dose", "if we have another baby", "suppose the treatment stops working"), all
 * question types. Written by someone who had read neither the understanding or retrieval code nor any earlier
 * set, following the labeling guide (src/understand/README.md) and checking only that each focus is a name
 * the knowledge base holds. Scored once, before any change made for it (focus 0.975, type F1 0.875). Scored
 * by whatif.test.ts and by `npx tsx test/understand/support/score-messages.ts --whatif --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const WHATIF_MESSAGES: ConsumerMessage[] = [
  // why: only asks what to do about a missed dose -> drug_usage; Kuvan is sapropterin
  {
    message:
      'if my daughter misses a dose of her kuvan what should we do?? she was at her dads this weekend and he forgot sat morning. do we give 2 today or just carry on',
    focus: 'sapropterin',
    types: ['drug_usage'],
  },
  // why: the chance that the next baby has it -> inheritance; being carriers is story
  {
    message:
      'Our son (4) has cystic fibrosis. If we have another baby, what are the chances it will have CF too? We had no idea we were both carriers.',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  // why: whether the medicine is safe while trying to conceive is a precaution -> contraindications, asked twice
  {
    subject: 'hydroxyurea and trying for a baby',
    message:
      'Hello, my husband is taking hydroxyurea for his sickle cell since 3 years. We would like to have a child next year. Would it still be safe if he keeps taking it while we try, or is it dangerous for the baby? Thank you very much.',
    focus: 'hydroxyurea',
    types: ['contraindications'],
  },
  // why: whether he can keep playing a sport -> lifestyle
  {
    message:
      'my son was diagnosed with marfan syndrome last month. hes 15 and lives for basketball. would it be ok if he kept playing on the school team or is that too risky for his heart',
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  // why: asks how to keep surgery from setting off an attack -> prevention of attacks
  {
    message:
      "Suppose my wife needs dental surgery next month - she has hereditary angioedema. Is there something she can take beforehand so the surgery doesn't set off a swelling attack?",
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  // why: whether she will walk one day -> prognosis; starting infusions is the condition of the question
  {
    message:
      'Our baby girl was diagnosed with Pompe disease at 3 months. If she starts the enzyme infusions now, will she be able to walk one day?',
    focus: 'Pompe disease',
    types: ['prognosis'],
  },
  // why: colchicine together with an antibiotic -> interactions; the medicine is the focus, not FMF
  {
    message:
      'I take colchicine every day for FMF. If my GP gives me clarithromycin for this chest infection, would it still be safe to take them together?',
    focus: 'colchicine',
    types: ['interactions'],
  },
  // why: how many people in a crowd would have it -> frequency
  {
    message:
      'Random question but say you took a stadium full of 50,000 people, how many of them would have Fabry disease? my cousin just got diagnosed and everyone keeps saying how rare it is',
    focus: 'Fabry disease',
    types: ['frequency'],
  },
  // why: what happens to the heart when it is not treated -> complications
  {
    message:
      "my friend's little boy is in hospital with kawasaki disease. what happens to a child's heart if it isn't caught in time and they never get the IVIG?",
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: whether vials left out of the fridge can still be used or must be thrown away -> storage_disposal; Soliris is eculizumab
  {
    subject: 'Soliris vials left out',
    message:
      "We had a power cut last night and my son's Soliris vials were out of the fridge for about 9 hours. If that happens, are they still ok to use or do we need to throw them away?",
    focus: 'eculizumab',
    types: ['storage_disposal'],
  },
  // why: help paying for the medicine -> other (cost); Kalydeco is ivacaftor
  {
    message:
      'if i lose my job next month will there be any help paying for my kalydeco?? its crazy expensive without insurance and im 24 with CF',
    focus: 'ivacaftor',
    types: ['other'],
  },
  // why: whether a food brings on a crisis -> cause (what brings on its attacks)
  {
    message:
      "My son is G6PD deficient. If he eats ful medames at his grandma's by accident, would that bring on a haemolytic crisis? She cooks with fava beans a lot",
    focus: 'glucose-6-phosphate dehydrogenase deficiency',
    types: ['cause'],
  },
  // why: how much to raise the dose when sick -> drug_usage; being abroad is only the setting
  {
    message:
      "My 10 yr old has Addison's. In case he gets a stomach bug while we're abroad this summer, how much should we raise his hydrocortisone and for how long?",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: whether the tablets contain lactose -> ingredients; the medicine is the focus
  {
    message:
      'does prednisone have lactose in it? my grandson has duchenne and might be starting steroids, if he has to take it every day I worry because he is very lactose intolerant',
    focus: 'prednisone',
    types: ['ingredients'],
  },
  // why: what it is for and how it works in muscle -> indication, asked twice
  {
    message:
      'If mexiletine is a heart rhythm drug, why would a neurologist prescribe it for my myotonia? How is it supposed to work on muscles?',
    focus: 'mexiletine',
    types: ['indication'],
  },
  // why: a test before symptoms -> diagnosis; the first signs -> symptoms
  {
    message:
      'my mum has huntingtons disease. suppose I want to know if Ill get it before anything shows up, is there a test for that? and what would the first signs be if i do have it',
    focus: 'Huntington disease',
    types: ['diagnosis', 'symptoms'],
  },
  // why: a late dose -> drug_usage; champagne with it -> interactions; focus is the medicine
  {
    message:
      'my mum has myasthenia gravis and takes pyridostigmine (mestinon) 4 times a day. if she takes a dose an hour or two late, is that a problem? and would it be safe for her to have a glass of champagne at my wedding with it?',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'interactions'],
  },
  // why: how likely the children inherit it -> inheritance; what treatment and from what age -> treatment
  {
    subject: 'FH and our kids',
    message:
      'I have familial hypercholesterolemia (my cholesterol was 11 when they found it). If we have children, how likely are they to inherit it? And supposing they do, what treatment would they have and from what age?',
    focus: 'familial hypercholesterolemia',
    types: ['inheritance', 'treatment'],
  },
  // why: whether a boy would have it and a girl be a carrier -> inheritance (once); a test in pregnancy -> diagnosis
  {
    message:
      "My nephew has Duchenne and my sister turned out to be a carrier. Me and my husband are thinking about kids. If I'm a carrier too, would a boy definitely have it, and could a girl be a carrier? Is there a test during pregnancy to find out?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'diagnosis'],
  },
  // why: how long she would live -> prognosis; what treatments exist -> treatment; the screening is story
  {
    message:
      'supose our baby is diagnosed with SMA from the newborn screening, how long would she live? and what treatments are there now? we are waiting on results and so scared',
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'treatment'],
  },
  // why: whether she can keep swimming -> lifestyle; what sets off the fainting -> cause
  {
    message:
      "I'm a PE teacher and one of my Year 8 students has long QT syndrome. If she wants to keep swimming in lessons, is that safe for her? And what sets off the fainting episodes, so I know what to look out for?",
    focus: 'long QT syndrome',
    types: ['lifestyle', 'cause'],
  },
  // why: safety in pregnancy -> contraindications; how to stop it -> drug_usage
  {
    message:
      "I've been on lamotrigine for my seizures for 6 years. If I get pregnant would it still be safe to take? and if I decided to stop it, can I just stop or do I have to come off it slowly?",
    focus: 'lamotrigine',
    types: ['contraindications', 'drug_usage'],
  },
  // why: whether he can catch it -> susceptibility; what causes it -> cause
  {
    message:
      "if my boyfriend kisses me when I have mouth ulcers from my behcets, can he catch it? what actually causes behcet's anyway",
    focus: 'Behcet disease',
    types: ['susceptibility', 'cause'],
  },
  // why: when to screen for AVMs -> diagnosis; what an AVM left unfound can do -> complications
  {
    message:
      'I have HHT (lots of nosebleeds). If my children have it too, when should they be screened for AVMs in the lungs and brain? And what can happen if an AVM is never found?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['diagnosis', 'complications'],
  },
  // why: whether avoiding alcohol and fasting stops attacks -> prevention; what else sets one off -> cause
  {
    message:
      "I was diagnosed with acute intermittent porphyria after a bad attack last year. If I stay off alcohol and don't skip meals, will that stop me from getting another attack? What else can set one off?",
    focus: 'acute intermittent porphyria',
    types: ['prevention', 'cause'],
  },
  // why: what causes it (no exposure named) -> cause; how many girls have it -> frequency
  {
    message:
      'Our daughter was just diagnosed with Turner syndrome. I keep wondering if it happened because of something I did when I was pregnant. What causes it? And how many girls have it?',
    focus: 'Turner syndrome',
    types: ['cause', 'frequency'],
  },
  // why: whether the sleeplessness comes from the medicine -> side_effects; how it works -> indication
  {
    message:
      'been on modafinil 2 weeks and cant sleep at night, could that be from the modafinil and if it is will it wear off? also how does it actually work, i was told its for narcolepsy but my flatmate says students take it for exams lol',
    focus: 'modafinil',
    types: ['side_effects', 'indication'],
  },
  // why: whether her signs could be it -> diagnosis; whether she will get worse -> prognosis
  {
    message:
      "my granddaughter was fine until about 18 months and now she's stopped using her hands and does this hand wringing thing. could it be rett syndrome? and if it is, will she get worse?",
    focus: 'Rett syndrome',
    types: ['diagnosis', 'prognosis'],
  },
  // why: what it is -> information; whether she could catch it -> susceptibility
  {
    message:
      'my husband has just been told he has sarcoidosis, what even is it? and if I share a bed with him could I catch it?',
    focus: 'sarcoidosis',
    types: ['information', 'susceptibility'],
  },
  // why: other options if the medicine stops working -> treatment; trials of new drugs -> research
  {
    message:
      "My brother (19) has Wilson's disease. He's on penicillamine but the doctors aren't happy with his liver numbers. Suppose it stops working altogether, what other options are there? Are there any trials of new drugs he could get into?",
    focus: 'Wilson disease',
    types: ['treatment', 'research'],
  },
  // why: two conditions; same or not -> information; his sister having it -> inheritance; test to tell them apart -> diagnosis; hEDS is the main one
  {
    message:
      'My 12 yo son is really bendy and tall. The GP thinks hypermobile EDS but the physio said maybe Marfan. Is hEDS the same thing as Marfan? If he has hEDS could his little sister have it as well? What test would show which one it is?',
    focus: 'hypermobile Ehlers-Danlos syndrome',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  // why: signs to watch for -> symptoms; a cure -> treatment; life span -> prognosis
  {
    message:
      "Our newborn screening came back that our baby might have sickle cell disease, we're waiting for the retest. If she does have it, what signs should we watch for while she's a baby? Is there a cure? Will she have a normal life span?",
    focus: 'sickle cell disease',
    types: ['symptoms', 'treatment', 'prognosis'],
  },
  // why: whether a transplant fixes it -> treatment; other organs it damages -> complications; research on better treatments -> research
  {
    message:
      'Grandmother here. My grandson has cystinosis and takes his eye drops and capsules. If his kidneys fail anyway, would a transplant fix the disease? What other organs can cystinosis damage as he grows up? Is anybody researching better treatments, the every 6 hours dosing is awful for the family.',
    focus: 'cystinosis',
    types: ['treatment', 'complications', 'research'],
  },
  // why: a missed second dose -> drug_usage; beer with it -> interactions; fridge -> storage_disposal; Xyrem is sodium oxybate
  {
    subject: 'xyrem questions',
    message:
      '1) if i sleep thru my alarm and miss the 2nd dose, can i take it at 5am or skip it? 2) would one beer at dinner be ok if i take it at bedtime 3) does the mixed dose need to go in the fridge overnight',
    focus: 'sodium oxybate',
    types: ['drug_usage', 'interactions', 'storage_disposal'],
  },
  // why: which gene -> genetic_changes; worse in her kids -> inheritance; genetic counselling -> find_specialist
  {
    message:
      'My brother has myotonic dystrophy type 1. Which gene is it? If I have it too, could it be worse in my kids, I read it gets worse each generation? And is there genetic counselling anywhere around Leeds?',
    focus: 'myotonic dystrophy type 1',
    types: ['genetic_changes', 'inheritance', 'find_specialist'],
  },
  // why: what it is -> information; which gene change -> genetic_changes; whether carrying it means he will get sick -> inheritance
  {
    message:
      'My father (68) was diagnosed with hereditary transthyretin amyloidosis. I had never heard of this before. What is it exactly? Which gene change is it, and if I carry it too does that mean I will definitely get sick?',
    focus: 'transthyretin amyloidosis',
    types: ['information', 'genetic_changes', 'inheritance'],
  },
  // why: turning into leukaemia -> complications; how long people live -> prognosis; other treatments -> treatment
  {
    message:
      'hi, 52F, diagnosed with PV in march. suppose my PV turns into leukaemia or myelofibrosis, can that actualy happen? how long do people live with it? and is aspirin and the blood letting all there is or are there other treatments',
    focus: 'polycythemia vera',
    types: ['complications', 'prognosis', 'treatment'],
  },
  // why: two conditions; NF1-ADHD link -> association; higher breast cancer risk with NF1 -> complications; support groups -> find_specialist
  {
    message:
      'I have NF1 and so does my son (8). His teacher thinks he might have ADHD as well. Is there a link between NF1 and ADHD? Also is it true that women with NF1 have a higher chance of breast cancer, should I be worried? And are there any NF support groups for families in the UK?',
    focus: 'neurofibromatosis type 1',
    types: ['association', 'complications', 'find_specialist'],
  },
  // why: kidney problems if it goes untreated -> complications; whether kids get it -> inheritance; army service -> lifestyle (work)
  {
    message:
      'My husband has familial mediterranean fever. If he stops his colchicine, could he get kidney problems? if we have kids would they get it too? And he wants to join the army - could he still serve with FMF?',
    focus: 'familial Mediterranean fever',
    types: ['complications', 'inheritance', 'lifestyle'],
  },
  // why: what overeating could do to her -> complications; medicine for the hunger -> treatment; school lunches -> lifestyle
  {
    message:
      'my granddaughter has prader willi. if she gets into the cupboards and eats too much at my house what could happen to her? is there any medicine for the constant hunger? and what should her school be doing at lunch times',
    focus: 'Prader-Willi syndrome',
    types: ['complications', 'treatment', 'lifestyle'],
  },
];
