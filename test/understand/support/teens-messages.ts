/**
 * "teens" set: 40 messages from young people aged 13 to 19, mostly about themselves, a few about a brother,
 * sister or best friend. Casual teen writing: often lower case, slang and abbreviations (rn, tbh, idk, ngl,
 * lowkey), emoticons and emojis written as words, misspelled names (marfans, crohns, tourettes, klinefelters).
 * Worries about school, exams, sport, uni, driving, parties and alcohol, body image, friends; plus the usual
 * medical questions (will it get worse, is it genetic, is there a cure, can I stop my meds). 6 messages are
 * about a medicine they take; 14 have a subject line, 4 of which carry the only mention of the focus name.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 1.000, type F1 0.646 (see BENCHMARKS.md).
 * Scored by teens.test.ts and by `npx tsx test/understand/support/score-messages.ts --teens --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TEENS_MESSAGES: ConsumerMessage[] = [
  {
    // "can i still play" (basketball) = lifestyle; "will it get worse as i get older" = prognosis.
    message:
      'just got diagnosed w marfans syndrome last week (im 15 and 6ft3 lol). i play basketball like 4x a week and my coach is being weird about it now. can i still play?? and will it get worse as i get older',
    focus: 'marfans syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is the dancing causing it or is it just the EDS" = cause; "anything that actually helps the pain" = treatment.
    subject: 'EDS + ballet',
    message:
      'hi so i have EDS (hypermobile type they think) and i do ballet 5 days a week. my hips and shoulders keep subluxing rn. is the dancing causing it or is it just the EDS? and is there anything that actually helps the pain bc paracetamol does literally nothing',
    focus: 'EDS',
    types: ['cause', 'treatment'],
  },
  {
    // "how do people manage physio/meds living alone, is it ok to go out for freshers" = lifestyle; "what is life expectancy now" = prognosis.
    message:
      'im 18 and have cystic fibrosis, off to uni in september and moving into halls. ngl im lowkey terrified. how do people with CF manage physio and all the meds living on their own, and is it ok to go out for freshers week? also what is the life expectancy now, my mum always changes the subject when i ask',
    focus: 'cystic fibrosis',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is the growth hormone injection going to make me taller" = treatment; "did my mum pass it on" = inheritance.
    subject: 'turner syndrome question',
    message:
      'im 14 and i have it. all my friends are getting taller and im the smallest in year 10 by miles. is the growth hormone injection actually going to make me taller? and did my mum pass it on to me, she feels really guilty about it',
    focus: 'turner syndrome',
    types: ['treatment', 'inheritance'],
  },
  {
    // "is the chest thing part of it" = symptoms; "what test do they do to know for sure" = diagnosis.
    message:
      'this is really embarrassing but im 16 (m) and i have like, a bit of boobs, and everything down there is kind of small. i dread the changing rooms. my gp did bloods and said klinefelters might be a possibility. is the chest thing part of it? what test do they do to know for sure',
    focus: 'Klinefelter syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "does POTS go away" = prognosis; "am i allowed to drive with it" = lifestyle.
    message:
      'does POTS go away?? got diagnosed at 16, i literally pass out in assembly and everyone thinks its hilarious (skull emoji). cardiologist said some teens grow out of it. also am i allowed to drive with it, i want to start lessons in the summer',
    focus: 'POTS',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "is there food i should avoid forever" = lifestyle; "is there a cure yet" = treatment.
    message:
      'crohns at 17 is the worst thing ever. im on the liquid only diet rn before my mocks and i cant even eat with my friends at lunch. once im off it is there food i should avoid forever? and is there a cure yet or nah',
    focus: "Crohn's disease",
    types: ['lifestyle', 'treatment'],
  },
  {
    // "is it safe to drink alcohol when youre on insulin" = interactions; "should i take less insulin before bed" = drug_usage.
    subject: 'insulin + drinking?',
    message:
      'ok so im 17, type 1 diabetic, on insulin injections. theres a house party on saturday and everyone is going to be drinking. is it safe to drink alcohol when youre on insulin? and should i take less insulin before bed that night so i dont go low in my sleep. pls dont just tell me not to go',
    focus: 'insulin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "can i take an extra one on exam days" = drug_usage; "headaches every day since starting, is that the modafinil" = side_effects.
    message:
      'been on modafinil for narcolepsy for about 3 months. exams start in june. can i take an extra one on exam days so i dont crash in the afternoon? also ive had headaches pretty much every day since starting is that the modafinil',
    focus: 'modafinil',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "will his tics get better when hes older" = prognosis; "anything that can actually stop them" = treatment.
    message:
      'my little bro is 13 and has tourettes. kids at school have started filming his tics and putting them on snap and now he doesnt want to go in. will his tics get better when hes older? is there anything that can actually stop them? i just want to help him tbh',
    focus: 'Tourette syndrome',
    types: ['prognosis', 'treatment'],
  },
  {
    // "eyes go yellow when ill, is that part of it" = symptoms; "do i actually need my spleen out" = treatment; "could i still play rugby" = lifestyle.
    message:
      'why do my eyes go yellow every time i get ill?? i have hereditary spherocytosis btw, is that part of it? my haematologist keeps going on about taking my spleen out, do i actually need that. and could i still play rugby without a spleen',
    focus: 'hereditary spherocytosis',
    types: ['symptoms', 'treatment', 'lifestyle'],
  },
  {
    // "can it damage my kidneys" = complications; "my cousin has it too, is it genetic" = inheritance.
    message:
      'I (15f) have FMF and get the fever and stomach pain attacks like every 3-4 weeks, I miss loads of school. I take colchicine but still get them. My doctor said something about amyloidosis if the attacks keep happening?? Can it damage my kidneys? Also my cousin in Turkey has it too, is it genetic',
    focus: 'FMF',
    types: ['complications', 'inheritance'],
  },
  {
    // "can i stop taking them" (tablets) = drug_usage; "will it come back" = prognosis; "is it the reason im so anxious" = symptoms.
    subject: 'can i stop my tablets',
    message:
      'ive had graves disease since i was 15 (17 now). been on tablets for 18 months and my bloods are normal now. can i stop taking them? will it come back if i do? also is it the reason im so anxious all the time or is that just me lol',
    focus: 'graves disease',
    types: ['drug_usage', 'prognosis', 'symptoms'],
  },
  {
    // "what even is it" = information; "whats the chance i have it too" = inheritance; "what do they do for the test" = diagnosis.
    message:
      'my sister is 16 and just got diagnosed with wilsons disease after being in hospital with her liver. what even is it? the doctors want to test me as well (im 14). whats the chance i have it too? and what do they do for the test, is it needles bc i hate needles',
    focus: 'wilsons disease',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  {
    // "will i grow out of it" = prognosis; "should i even be doing PE" = lifestyle.
    message:
      '15 with JIA in both knees and my right wrist. will i grow out of it by the time im an adult? my PE teacher thinks im faking bc some days im fine and some days i can barely walk. should i even be doing PE',
    focus: 'JIA',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "will it grow back" = prognosis; "does stress cause it" = cause.
    message:
      'found a bald patch the size of a 2p coin on the back of my head. my hair is long so nobody can see it yet but im freaking out. dermatologist said alopecia areata. will it grow back? does stress cause it bc it started right in the middle of my gcses',
    focus: 'alopecia areata',
    types: ['prognosis', 'cause'],
  },
  {
    // "is it because im not clean enough" = cause; "anything that makes it go away for good" = treatment; "can i still shave my armpits" = lifestyle.
    subject: 'HS (hidradenitis suppurativa) - so embarrassed',
    message:
      '17f. i get these really painful lumps in my armpits and inner thighs that burst and leave marks. the derm said its hidradenitis suppurativa. is it because im not clean enough?? i shower every day. is there anything that makes it go away for good? and can i still shave my armpits or does that make it worse',
    focus: 'hidradenitis suppurativa',
    types: ['cause', 'treatment', 'lifestyle'],
  },
  {
    // "do the pens have to stay in the fridge" = storage_disposal; "can i do it a day or two late" = drug_usage.
    subject: 'humira on school trip',
    message:
      'im 16 and on humira pens every 2 weeks for ulcerative colitis. going on a school ski trip to france for a week. do the pens have to stay in the fridge the whole time or can they be out? my injection day is in the middle of the trip, can i do it a day or two late instead',
    focus: 'humira',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "is it [contagious]" = susceptibility; "does it get worse with age" = prognosis.
    message:
      'i have NF1 (neurofibromatosis) and i have brown birthmark spots and a few little lumps on my arms. people at school keep asking if its contagious and one girl wont sit next to me anymore. is it? and does it get worse with age, like will i get loads more lumps',
    focus: 'NF1',
    types: ['susceptibility', 'prognosis'],
  },
  {
    // "do i have to stop football" = lifestyle; "how long does it last" = prognosis.
    message:
      'physio said osgood schlatter, do i have to stop football?? how long does it last. academy trials in 2 months',
    focus: 'osgood schlatter',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "was it from training too hard" = cause; "his little brother, could he have it too" = inheritance; "will he ever be able to play football again" = lifestyle.
    message:
      'my best mate (17) collapsed at football training last month. hes ok now but they said hypertrophic cardiomyopathy and he has to get a defibrillator thing put in his chest. was it from training too hard? his little brother is 12, could he have it too? and will he ever be able to play football again, its literally his whole life',
    focus: 'hypertrophic cardiomyopathy',
    types: ['cause', 'inheritance', 'lifestyle'],
  },
  {
    // "is it safe with long qt" (rollercoasters) = lifestyle; "is it even genetic" = inheritance.
    subject: 'long qt syndrome + rollercoasters',
    message:
      'ok this is kinda dumb but my friends are going to thorpe park for my 16th and idk if im allowed on the rides. is it safe with long qt? also nobody else in my family has it so is it even genetic',
    focus: 'long qt syndrome',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "could the tripping be CMT, whats the test like" = diagnosis; "will i end up in a wheelchair" = prognosis.
    message:
      'my dad has CMT and im 15. ive started tripping over my own feet loads and i have really high arches like him. could the tripping be CMT? whats the test like? if i do have it will i end up in a wheelchair like my grandad',
    focus: 'CMT',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "what causes it" = cause; "what is a myasthenic crisis and could it happen to me" = complications.
    message:
      "17f doing a levels. my eyelid droops by the end of the day, i see double when im tired and sometimes my jaw gets tired chewing. the neurologist thinks its myasthenia gravis and im waiting for bloods. what causes it? i googled it and saw 'myasthenic crisis' and now im scared, what is that and could it happen to me",
    focus: 'myasthenia gravis',
    types: ['cause', 'complications'],
  },
  {
    // "does that sound like it" = diagnosis; "how rare is it" = frequency.
    subject: 'friend sleeping for days??',
    message:
      'my friend (15) has these episodes where she sleeps like 20 hours a day for over a week, and when shes awake shes not really herself, eats loads and acts like a little kid. then shes totally fine for months. our school nurse mentioned kleine levin syndrome. does that sound like it? how rare is it',
    focus: 'kleine levin syndrome',
    types: ['diagnosis', 'frequency'],
  },
  {
    // "no more pizza with my mates", "can i still drink beer" = lifestyle; "is my little sister more likely to get it" = inheritance.
    message:
      'just found out i have coeliac disease :( does this mean no more pizza with my mates ever?? can i still drink beer at parties. also is my little sister more likely to get it now bc of me',
    focus: 'coeliac disease',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "was it the all nighter that caused it" = cause; "does it ever go away or is it for life" = prognosis; "can i still learn to drive" = lifestyle.
    message:
      'had my first big seizure at a sleepover after staying up all night, then they worked out the jerks i get in the mornings are seizures too. its juvenile myoclonic epilepsy. was it the all nighter that caused it? does it ever go away or is it for life? and can i still learn to drive when im 17',
    focus: 'juvenile myoclonic epilepsy',
    types: ['cause', 'prognosis', 'lifestyle'],
  },
  {
    // "does the pill mess with lamictal" = interactions; "rash, is it from the lamictal" = side_effects.
    subject: 'lamictal and the pill',
    message:
      'hey im 18 (f) and on lamictal for epilepsy, been fine on it for 2 years. i want to go on the pill bc i have a bf now. does the pill mess with lamictal? also i got a rash on my arms last week, should i be worried its from the lamictal',
    focus: 'lamictal',
    types: ['interactions', 'side_effects'],
  },
  {
    // "what causes it" = cause; "anything for the hair" = treatment.
    message:
      '16 and just got told i have PCOS. the hair on my chin and stomach and the weight gain make me hate how i look, i wont even go swimming with my friends anymore. what causes it? is there anything for the hair thats not just shaving',
    focus: 'PCOS',
    types: ['cause', 'treatment'],
  },
  {
    // "how common is it" = frequency; "a group where i could talk to other girls" = find_specialist.
    subject: 'MRKH',
    message:
      'im 17 and never got my period so i had scans and they told me i was born without a uterus. i havent told anyone, not even my best friend. how common is it? is there like a group where i could talk to other girls my age who have it',
    focus: 'MRKH',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "does it make you infertile" = side_effects; "do i have to keep taking it forever or can i come off it" = drug_usage.
    message:
      'im 15 and started hydroxyurea for sickle cell in january. does it make you infertile? i really want kids one day. and do i have to keep taking it forever or can i come off it when im older',
    focus: 'hydroxyurea',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "what sets the swelling off" = cause; "a way to stop it happening before my exams" = prevention.
    message:
      'my face and hands swell up randomly and once my throat did at a party which was terrifying. they think its hereditary angioedema, waiting on results. what sets the swelling off? is there a way to stop it happening before my exams, i cant have my lip blow up in the middle of a maths paper lol',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // "any new treatments or trials" = research; "how long until i need a wheelchair" = prognosis.
    message:
      'i have friedreichs ataxia, im 16. people think im drunk when i walk down the corridor which is hilarious (not). are there any new treatments or trials? i saw something about a new drug in america. also realistically how long until i need a wheelchair full time',
    focus: 'friedreichs ataxia',
    types: ['research', 'prognosis'],
  },
  {
    // "how long do people with it live now" = prognosis; "girls can be carriers, could my kids have it" = inheritance.
    subject: 'my brother',
    message:
      'my brother has duchenne muscular dystrophy, hes 11 and im 16. hes in a wheelchair now and everyone at home is sad all the time and nobody tells me anything. how long do people with it live now? and my aunt said girls can be carriers, could my kids have it one day?',
    focus: 'duchenne muscular dystrophy',
    types: ['prognosis', 'inheritance'],
  },
  {
    // "can i still get my driving licence" = lifestyle; "was it caused by rubbing my eyes" = cause.
    message:
      'optician referred me and the eye hospital said keratoconus. im 18. can i still get my driving licence with it? and was it caused by rubbing my eyes, i do that loads bc of hayfever',
    focus: 'keratoconus',
    types: ['lifestyle', 'cause'],
  },
  {
    // "am i going to go blind" = prognosis; "is there a cure" = treatment.
    subject: 'Stargardt disease',
    message: 'im 13 and got told i have it today. am i going to go blind?? is there a cure',
    focus: 'Stargardt disease',
    types: ['prognosis', 'treatment'],
  },
  {
    // "can you catch it from kissing" = susceptibility; "how long until i feel normal" = prognosis; "ok to go to the gym" = lifestyle.
    subject: 'mono before exams',
    message:
      'got glandular fever literally 2 weeks before my a levels. can you actually catch it from kissing?? (asking for a friend lol). how long until i feel normal again, i can barely get out of bed. and is it ok to go to the gym or will that make it worse',
    focus: 'glandular fever',
    types: ['susceptibility', 'prognosis', 'lifestyle'],
  },
  {
    // "is the brace going to stop it getting worse or will i need surgery" = treatment; "can i hide it under my school uniform" = lifestyle.
    message:
      'im 14 and have scoliosis, 35 degree curve. they want me in a brace for 20 hours a day. is the brace actually going to stop it getting worse or will i need surgery anyway? can i hide it under my school uniform',
    focus: 'scoliosis',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "can it make you depressed" = side_effects; "can i still drink at prom on it" = interactions.
    message:
      'starting accutane next month for my acne, its been really bad since year 8 and ive tried everything. my friend said it can make you depressed, is that true? and can i still drink at prom in june or is that a bad idea on it',
    focus: 'accutane',
    types: ['side_effects', 'interactions'],
  },
  {
    // "is that [headache when coughing] from the chiari" = symptoms; "decompression surgery, how risky is it" = treatment; "a letter for extra time in my exams" = other.
    subject: 'chiari and headaches',
    message:
      'i have a chiari malformation (type 1) and get really bad headaches at the back of my head whenever i cough or laugh. is that from the chiari? my neurosurgeon says decompression surgery might be an option, how risky is it? and can i get a letter from the hospital for extra time in my exams',
    focus: 'chiari malformation',
    types: ['symptoms', 'treatment', 'other'],
  },
];
