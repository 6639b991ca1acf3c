/**
 * "bladder" set. Messages about bladder, urinary and prostate problems and their medicines (incontinence,
 * interstitial cystitis, kidney stones, recurrent urinary infections, enlarged prostate, bedwetting, tamsulosin,
 * oxybutynin), often written around the subject. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000,
 * type F1 0.892). Scored by bladder.test.ts and by `npx tsx test/understand/support/score-messages.ts --bladder
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BLADDER_MESSAGES: ConsumerMessage[] = [
  // why: "will he just grow out of it" asks the outlook of bedwetting (prognosis); the rest is story
  {
    message:
      "Hi, my son is 8 and still has accidents at night most nights, the doctor called it bedwetting and said not to worry but he is so embarrassed and won't go to sleepovers. Will he just grow out of it?",
    focus: 'bedwetting',
    types: ['prognosis'],
  },
  // why: "can I take it in the morning instead of after dinner" asks the timing of a medicine (drug_usage)
  {
    subject: 'Flomax timing',
    message:
      'The pharmacist label says take my Flomax half an hour after the same meal each day. I keep forgetting at night. Can I take it in the morning after breakfast instead of after dinner?',
    focus: 'Flomax',
    types: ['drug_usage'],
  },
  // why: "is that from the pills" asks whether dry mouth is a side effect of the (misspelled) oxybutinin
  {
    message:
      'started oxybutinin 2 weeks ago for the little leaks and now my mouth is dry as a bone all day and night, I drink water constantly which seems to defeat the purpose lol. is that from the pills?',
    focus: 'oxybutinin',
    types: ['side_effects'],
  },
  // why: "what exactly is interstitial cystitis" asks for an overview (information)
  {
    message:
      'My urologist mentioned interstitial cystitis at my last appointment but we ran out of time and I was too flustered to ask. What exactly is interstitial cystitis? Is it just a bad bladder infection?',
    focus: 'interstitial cystitis',
    types: ['information'],
  },
  // why: "how common are kidney stones in women" asks frequency
  {
    message:
      "I always thought kidney stones were a man thing, my dad had them. Now I've had one at 34. How common are kidney stones in women really?",
    focus: 'kidney stones',
    types: ['frequency'],
  },
  // why: "does Macrobid have lactose in it" asks what the medicine contains (ingredients)
  {
    subject: 'lactose?',
    message:
      'Got prescribed Macrobid for a water infection. I am badly lactose intolerant, does Macrobid have lactose in it?',
    focus: 'Macrobid',
    types: ['ingredients'],
  },
  // why: "is there a chance our children will get it" asks inheritance of cystinuria
  {
    message:
      'My husband was diagnosed with cystinuria after years of stones. We are planning a family. Is there a chance our children will get it too?',
    focus: 'cystinuria',
    types: ['inheritance'],
  },
  // why: "where can I find someone who treats this" asks for a specialist (find_specialist)
  {
    subject: 'who do I see?',
    message:
      'Since my second baby I leak a bit whenever I laugh, cough or jump with the kids. The GP said it is stress urinary incontinence and I should see someone about the pelvic floor. Where can I find someone who actually treats this? I am near Bristol.',
    focus: 'stress urinary incontinence',
    types: ['find_specialist'],
  },
  // why: "is it safe for her to touch the finasteride tablets" asks a pregnancy precaution (contraindications)
  {
    message:
      'My wife is 12 weeks pregnant and she usually sorts out my weekly pill box. One of my finasteride tablets got crushed in there. Is it safe for her to touch the finasteride tablets?',
    focus: 'finasteride',
    types: ['contraindications'],
  },
  // why: "are there any clinical trials" asks research
  {
    message:
      'Our daughter has primary hyperoxaluria type 1. Are there any clinical trials going on for new medicines that she could join, ideally in Europe?',
    focus: 'primary hyperoxaluria type 1',
    types: ['research'],
  },
  // why: "can an enlarged prostate turn into cancer" asks whether it can turn into another condition (complications)
  {
    subject: 'worried',
    message:
      'My husband (67) has an enlarged prostate, up several times a night. He refuses to talk about it but I lie awake worrying. Can an enlarged prostate turn into cancer?',
    focus: 'enlarged prostate',
    types: ['complications'],
  },
  // why: "what is Vesicare actually for" asks what the medicine is for (indication)
  {
    message:
      "My mum is 81 and came home from the clinic with a box of Vesicare. She can't remember what the doctor said. What is Vesicare actually for?",
    focus: 'Vesicare',
    types: ['indication'],
  },
  // why: "can I give it to my boyfriend / is it catching" asks whether a UTI is contagious (susceptibility), asked twice
  {
    message:
      'Sorry if this is a stupid question. I have a UTI again. Can I give it to my boyfriend? Like is it catching?',
    focus: 'UTI',
    types: ['susceptibility'],
  },
  // why: "does it need to be kept in the fridge" asks storage of the desmopressin spray (storage_disposal)
  {
    message:
      'Our 9 year old uses desmopressin nasal spray for night wetting. Does the desmopressin nasal spray need to be kept in the fridge or is the bathroom cupboard ok?',
    focus: 'desmopressin nasal',
    types: ['storage_disposal'],
  },
  // why: "can I take the cipro with my morning milky coffee" asks a food interaction (interactions)
  {
    message: 'quick one, can I take the cipro with my morning milky coffee or does the milk stop it working?',
    focus: 'cipro',
    types: ['interactions'],
  },
  // why: "is there a cure" asks treatment; "does coffee bring on the flares" asks what brings on attacks (cause)
  {
    subject: 'IC flares',
    message:
      "I was diagnosed with interstitial cystitis last year after months of being told it was just infections. The pain and constant need to go are wearing me down. Is there a cure for it? And does coffee bring on the flares? I can't face mornings without it.",
    focus: 'interstitial cystitis',
    types: ['treatment', 'cause'],
  },
  // why: "does tamsulosin make you dizzy" asks side effects; "can I still have a couple of pints" asks an alcohol interaction
  {
    message:
      'Been on tamsulosin a week for my waterworks. Does tamsulosin make you dizzy when you stand up? Nearly went over yesterday. Also can I still have a couple of pints on a Friday with it?',
    focus: 'tamsulosin',
    types: ['side_effects', 'interactions'],
  },
  // why: "what causes it" asks cause; "is it something that runs in families" asks inheritance
  {
    message:
      'Our 7 year old is still wetting the bed. My husband admits he did too until about 10. What causes bedwetting at this age, and is it something that runs in families?',
    focus: 'bedwetting',
    types: ['cause', 'inheritance'],
  },
  // why: "will I need a CT scan to be sure" asks diagnosis; "will it pass by itself" asks the course (prognosis)
  {
    subject: 'stone?',
    message:
      'I had the worst pain of my life in my side last night and the GP thinks it is a kidney stone. Will I need a CT scan to be sure? And will it pass by itself or do they have to get it out?',
    focus: 'kidney stone',
    types: ['diagnosis', 'prognosis'],
  },
  // why: "can urinary tract infections make her confused" asks whether a sign belongs to it (symptoms); "how do we stop them coming back" asks prevention
  {
    message:
      'My grandmother is 88 and every few months she suddenly gets very muddled and the care home says it is her urinary tract infections again. Can urinary tract infections really make an old person that confused? And how do we stop them coming back all the time?',
    focus: 'urinary tract infections',
    types: ['symptoms', 'prevention'],
  },
  // why: "is oxybutynin safe for a 6 year old" asks a precaution (contraindications); "how long will she have to take it" asks how to take it/stopping (drug_usage)
  {
    message:
      'The paediatrician wants our 6 year old to start oxybutynin because she has daytime accidents at school. Is oxybutynin safe for a child that young, and how long will she have to take it for?',
    focus: 'oxybutynin',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "what can be done apart from tablets" asks treatment; "is there a surgeon who does the steam treatment near Leeds" asks find_specialist
  {
    message:
      'Dad has an enlarged prostate and the tablets have stopped helping, he is up 5 times a night and it takes him forever to go. What can be done for an enlarged prostate apart from tablets? And is there a surgeon who does the steam treatment anywhere near Leeds?',
    focus: 'enlarged prostate',
    types: ['treatment', 'find_specialist'],
  },
  // why: "could it be Alport syndrome" asks diagnosis; "which gene would it be" asks genetic_changes
  {
    subject: 'blood in his wee',
    message:
      'Our 5 year old has blood in his urine on every dipstick. My brother had kidney failure in his 30s and wears hearing aids. Could it be Alport syndrome? And which gene would it be if it is?',
    focus: 'Alport syndrome',
    types: ['diagnosis', 'genetic_changes'],
  },
  // why: "what do I do, take it now or skip" asks a missed dose (drug_usage); "can it turn my pee dark brown" asks a side effect
  {
    subject: 'missed dose',
    message:
      "I forgot my nitrofurantoin this morning and it's now 4 hours late, do I take it now or skip it? Also my pee has gone a dark brownish colour, can the nitrofurantoin do that?",
    focus: 'nitrofurantoin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "how does Myrbetriq work" asks indication; "can it push up blood pressure" asks side effects
  {
    message:
      'My doctor switched me from one bladder pill to Myrbetriq because the old one made me foggy. How does Myrbetriq work differently? And can it push my blood pressure up? I already take something for that.',
    focus: 'Myrbetriq',
    types: ['indication', 'side_effects'],
  },
  // why: "what is medullary sponge kidney" asks information; "how rare is it" asks frequency
  {
    message:
      'After my third lot of stones the scan showed medullary sponge kidney. Nobody I know has ever heard of it. What is medullary sponge kidney, and how rare is it?',
    focus: 'medullary sponge kidney',
    types: ['information', 'frequency'],
  },
  // why: "is there a link with the menopause" asks association; "how do people manage long coach trips" asks daily life (lifestyle)
  {
    message:
      'Since the menopause I have to know where every toilet is. Doctor said overactive bladder. Is there a link between overactive bladder and the menopause? And how do people manage long coach trips with it? We have a holiday booked and I am dreading it.',
    focus: 'overactive bladder',
    types: ['association', 'lifestyle'],
  },
  // why: "is BPH the same thing as prostate cancer" asks information (difference); "should he have the PSA blood test" asks diagnosis
  {
    message:
      'My partner was told he has BPH. Is BPH the same thing as prostate cancer, just a nicer name for it? Should he be asking for the PSA blood test to check?',
    focus: 'BPH',
    types: ['information', 'diagnosis'],
  },
  // why: "will she grow out of it" asks prognosis; "does she really need antibiotics every day" asks treatment
  {
    subject: 'reflux in a toddler',
    message:
      'Our daughter is 2 and after three kidney infections they found vesicoureteral reflux, grade 3. Will she grow out of it? And does she really need to be on antibiotics every single day? I hate giving them to her.',
    focus: 'vesicoureteral reflux',
    types: ['prognosis', 'treatment'],
  },
  // why: "can it damage his kidneys if left" asks what happens untreated (complications); "how do they sort it out" asks treatment
  {
    message:
      'My father in law could not pass water at all last week and had to have a catheter in A&E. They called it urinary retention. If this happens again and he leaves it, can urinary retention damage his kidneys? And how do they usually sort it out for good?',
    focus: 'urinary retention',
    types: ['complications', 'treatment'],
  },
  // why: "what are the signs of IC" asks symptoms; "how do they test for it" asks diagnosis; "any support groups in Ohio" asks find_specialist
  {
    message:
      'I feel like I have had a UTI for a year but the tests keep coming back clear. A friend said it could be IC. What are the signs of IC, how do they test for it, and are there any support groups around Columbus, Ohio? I feel so alone with this.',
    focus: 'IC',
    types: ['symptoms', 'diagnosis', 'find_specialist'],
  },
  // why: "what causes kidney stones" asks cause; "can I stop getting more" asks prevention; "can they wreck my kidneys long term" asks complications
  {
    subject: 'stones again',
    message:
      'Fourth kidney stone in two years. What causes kidney stones in the first place? Is there anything I can do to stop getting more? And can they wreck my kidneys long term?',
    focus: 'kidney stones',
    types: ['cause', 'prevention', 'complications'],
  },
  // why: "what is finasteride for" asks indication; "with food or empty stomach" asks how to take it (drug_usage); "can it cause problems in the bedroom" asks side effects
  {
    message:
      "My husband has been given finasteride. What is finasteride actually for, is it the prostate or hair? Should he take it with food or on an empty stomach? And, um, can it cause problems in the bedroom? He won't ask so I am.",
    focus: 'finasteride',
    types: ['indication', 'drug_usage', 'side_effects'],
  },
  // why: "is there a medicine" asks treatment; "how many kids his age still wet" asks frequency; "how do we handle the school camp" asks daily life (lifestyle)
  {
    message:
      'Grandma here. My grandson is 10 and still wets most nights, his parents are at their wits end. Is there a medicine for bedwetting that works? How many kids his age still wet the bed? And he has a school camp in June, how do we handle that without the other kids finding out?',
    focus: 'bedwetting',
    types: ['treatment', 'frequency', 'lifestyle'],
  },
  // why: "is sex what causes them" asks cause; "does cranberry stop them" asks prevention; "are there trials of a vaccine" asks research
  {
    message:
      'I get urinary tract infections almost every time after I am intimate with my partner, it is so embarrassing. Is that actually what causes them? Does cranberry juice stop them or is that a myth? And I read about a vaccine, are there any trials of that I could be part of?',
    focus: 'urinary tract infections',
    types: ['cause', 'prevention', 'research'],
  },
  // why: "why give me tamsulosin" asks what it is for (indication); "can women take it" asks who should not (contraindications); "does it clash with my blood pressure pills" asks interactions
  {
    subject: 'prostate pill for a woman??',
    message:
      'I went to A&E with a kidney stone and came out with tamsulosin. I looked it up and it is a prostate pill! Why would they give tamsulosin to me? Can women even take it safely? And does it clash with my amlodipine for blood pressure?',
    focus: 'tamsulosin',
    types: ['indication', 'contraindications', 'interactions'],
  },
  // why: "what is his life expectancy" asks prognosis; "how did he get it when neither of us has it" asks inheritance; "is there a centre that specialises" asks find_specialist
  {
    message:
      'Our son (4) was diagnosed with primary hyperoxaluria after a kidney scan. We are devastated. What is his life expectancy? How did he get it when neither of us has it? Is there a centre in the US that specialises in primary hyperoxaluria?',
    focus: 'primary hyperoxaluria',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: "will the leaking stop" asks prognosis; "can surgery fix it" asks treatment; "will Medicare pay for the pads" asks costs (other)
  {
    subject: 'after my operation',
    message:
      "I'm 72 and had my prostate removed in March. The urologist says the leaking is urinary incontinence from the operation. I go through pads like nobody's business. Will it stop on its own eventually? If not, can surgery fix it? And will Medicare pay for the pads in the meantime?",
    focus: 'urinary incontinence',
    types: ['prognosis', 'treatment', 'other'],
  },
  // why: "can it damage my eyes" asks side effects; "should it be on an empty stomach" asks drug_usage; "is it ok with my aspirin" asks interactions
  {
    message:
      'I have taken pentosan polysulfate for my IC for three years. My optician asked about it which scared me. Can pentosan polysulfate damage your eyes? Should I be taking it on an empty stomach? And is it ok with the low dose aspirin I take for my heart?',
    focus: 'pentosan polysulfate',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: "what is neurogenic bladder" asks information; "will she always need the catheter" asks the course (prognosis); "can she still do swimming" asks lifestyle
  {
    subject: 'new diagnosis',
    message:
      'Our daughter has spina bifida and the team now says she has a neurogenic bladder and we have to use a catheter several times a day. What is neurogenic bladder exactly? Will she always need the catheter? Can she still do swimming lessons with her class?',
    focus: 'neurogenic bladder',
    types: ['information', 'prognosis', 'lifestyle'],
  },
];
