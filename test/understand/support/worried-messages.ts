/**
 * "worried" set. Messages from worried people with symptoms who found a condition online and ask whether they
 * might have it, how it is diagnosed and what it would mean. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.887). Scored by worried.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --worried --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const WORRIED_MESSAGES: ConsumerMessage[] = [
  // why: "could this be ALS" and "how do doctors actually test for it" both ask diagnosis
  {
    subject: 'twitching everywhere',
    message:
      "I'm 34 and for three weeks my left calf has been twitching nonstop, and now my eyelid and my thumb too. I googled it and every page says ALS. I haven't slept properly in days. Could this be ALS? How do doctors actually test for it?",
    focus: 'ALS',
    types: ['diagnosis'],
  },
  // why: "does it ever turn into ALS" asks complications (turning into another condition); "will the twitching ever go away" asks prognosis
  {
    message:
      'My EMG came back clean and the neurologist said it is probably cramp-fasciculation syndrome. I still twitch all day and get cramps in my feet. Does cramp-fasciculation syndrome ever turn into ALS later? Will the twitching ever go away?',
    focus: 'cramp-fasciculation syndrome',
    types: ['complications', 'prognosis'],
  },
  // why: "what are the first signs of a brain tumour" asks symptoms; "would a normal eye exam rule it out" asks diagnosis
  {
    subject: 'headaches every morning',
    message:
      "I have woken up with a headache almost every morning for a month now and it gets worse when I bend over to tie my shoes. I know it is probably nothing but I can't stop thinking brain tumour. What are the first signs of a brain tumour? My optician said my eyes looked fine last week, would a normal eye exam rule it out?",
    focus: 'brain tumour',
    types: ['symptoms', 'diagnosis'],
  },
  // why: "does a lump like mine sound like it" asks diagnosis; "can it be cured" asks treatment; "is it true it mostly hits people in their 20s" asks who is at risk (susceptibility)
  {
    message:
      "Found a painless lump just above my collarbone, about the size of a pea, and I've been having night sweats for a couple of weeks. Everything I read points to hodgkins lymphoma. Does a lump like mine sound like it? Can it be cured if it's caught early? And is it true it mostly hits people in their 20s? I'm 24.",
    focus: 'hodgkins lymphoma',
    types: ['diagnosis', 'treatment', 'susceptibility'],
  },
  // why: "what blood test would confirm it" asks diagnosis
  {
    message:
      'My wife is 29 and every time she is out in the sun she gets a red rash across her cheeks and nose, kind of a butterfly shape. Her knees and fingers ache and she is exhausted all the time. She is convinced it is lupus and so am I now. What blood test would confirm it?',
    focus: 'lupus',
    types: ['diagnosis'],
  },
  // why: "could these be MS symptoms" asks diagnosis; "is MS hereditary" asks inheritance; "what is the life expectancy" asks prognosis
  {
    message:
      "Last year I had blurry vision in one eye for about two weeks and it cleared up. Now my feet tingle and my right hand goes numb on and off. I'm terrified it's MS. Could these be MS symptoms? My aunt has it, so is MS hereditary? And honestly what is the life expectancy with it?",
    focus: 'MS',
    types: ['diagnosis', 'inheritance', 'prognosis'],
  },
  // why: "what is chronic fatigue syndrome exactly" and "is it the same as just being tired" both ask what it is (information)
  {
    message:
      'Ever since a bad virus in the spring I sleep ten hours and still wake up wiped out, and if I do a normal day of shopping I am in bed for the next two. My GP mentioned chronic fatigue syndrome almost in passing. What is chronic fatigue syndrome exactly? Is it the same thing as just being tired all the time?',
    focus: 'chronic fatigue syndrome',
    types: ['information'],
  },
  // why: "could it be celiac disease at my age" asks diagnosis; "should I stop eating gluten before the test" is also about testing (diagnosis)
  {
    subject: 'bloating and low iron',
    message:
      "Hello, I am 52 and for over a year I've had bloating, loose stools and my iron keeps coming back low even with tablets. My niece says it sounds like celiac disease. Could it be celiac disease at my age, I always thought children got it? Should I stop eating gluten before they test me?",
    focus: 'celiac disease',
    types: ['diagnosis'],
  },
  // why: "does it run in families" asks inheritance; "what damage can it do if it isn't caught" asks complications
  {
    message:
      "My ferritin came back really high on a routine blood test and I have been tired with achy knuckles for ages. I looked up hemochromatosis and it sort of fits. Does it run in families? My dad had liver problems and never drank. What damage can it do if it isn't caught?",
    focus: 'hemochromatosis',
    types: ['inheritance', 'complications'],
  },
  // why: "could it be melanoma" asks diagnosis; "how fast does melanoma spread" asks its course (prognosis)
  {
    subject: 'mole changed',
    message:
      "My boyfriend pointed out that a mole on my back has gotten darker and one edge looks blurry, and it itches sometimes. Could it be melanoma? The dermatologist can't see me for six weeks, how fast does melanoma spread?",
    focus: 'melanoma',
    types: ['diagnosis', 'prognosis'],
  },
  // why: "what is it" asks information; "how do they tell it apart from ordinary fatty lumps" asks diagnosis
  {
    message:
      'I have a lot of soft lumps under the skin on my arms and tummy, some of them really hurt when I press them or when my clothes rub. My doctor just says they are fatty lumps but I came across Dercum disease online. What is it? And how do they tell it apart from ordinary fatty lumps?',
    focus: 'Dercum disease',
    types: ['information', 'diagnosis'],
  },
  // why: "what does testicular cancer feel like, is it usually painful" asks its signs (symptoms)
  {
    message:
      'guy here, 19. found a small hard bit on one of my testicles in the shower, it doesnt hurt at all. too embarrassed to ask my mum. what does testicular cancer actually feel like, is it usually painful or not?',
    focus: 'testicular cancer',
    types: ['symptoms'],
  },
  // why: "could this be myasthenia gravis" asks diagnosis; "is it something you die from" asks prognosis
  {
    message:
      "By the evening my eyelids droop and I start seeing double, and at the end of a meal my jaw gets so tired I can barely chew. In the morning I'm fine. I read about myasthenia gravis. Could this be myasthenia gravis? Is it something you die from?",
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'prognosis'],
  },
  // why: "is there a gene test" asks diagnosis; "would my kids get it" asks inheritance; "any treatment that slows it down" asks treatment
  {
    subject: "grandad had Huntington's",
    message:
      "My grandfather had Huntington's disease and my mum never wanted to be tested. I'm 41 and lately I keep dropping things and my wife says I fidget constantly. I know I'm probably reading too much into it. Is there a gene test that tells you for sure? If I have it, would my kids get it? Is there any treatment that slows it down?",
    focus: "Huntington's disease",
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: "which kind of doctor checks for it" asks find_specialist; "can he keep playing basketball" asks lifestyle
  {
    message:
      "Our son is 15, very tall and thin, with really long fingers, flat feet and stretch marks on his back already. A friend who is a nurse said we should look into Marfan syndrome and now I'm reading about heart problems and panicking. Which kind of doctor checks for it? Can he keep playing basketball until we know?",
    focus: 'Marfan syndrome',
    types: ['find_specialist', 'lifestyle'],
  },
  // why: "can sertraline cause twitching" asks whether a problem comes from the medicine (side_effects)
  {
    message:
      "I started sertraline six weeks ago for anxiety, mostly health anxiety ironically, and now my legs and arms twitch at night when I'm lying in bed, which of course has me googling ALS. Can sertraline cause twitching?",
    focus: 'sertraline',
    types: ['side_effects'],
  },
  // why: "do I have to take it forever" and "do I take it before breakfast" ask drug_usage; "will it make me put on weight" asks side_effects
  {
    subject: 'thyroid pills',
    message:
      "My TSH came back a bit high and I've been cold and losing hair, so the GP started me on levothyroxine. I'm nervous about it. Do I have to take levothyroxine forever once I start? Do I take it before breakfast or with it? Will it make me put on weight?",
    focus: 'levothyroxine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "could the isotretinoin have caused it" asks a named exposure as cause (association); "how is it diagnosed, does she need a lumbar puncture" asks diagnosis
  {
    message:
      'My daughter (17) finished a course of isotretinoin for acne a few months ago and now she has headaches most days and says her vision goes grey for a second when she stands up. I read about idiopathic intracranial hypertension. Could the isotretinoin have caused it? How is it diagnosed, does she need a lumbar puncture?',
    focus: 'idiopathic intracranial hypertension',
    types: ['association', 'diagnosis'],
  },
  // why: "is this POTS" and "what is the tilt table test like" both ask diagnosis
  {
    message:
      'Every time I stand up my heart shoots up to 140 and I get dizzy and my vision goes fuzzy, I nearly fainted in the shower yesterday. My heart tests at the GP were normal. Is this POTS? What is the tilt table test like, does it hurt?',
    focus: 'POTS',
    types: ['diagnosis'],
  },
  // why: "is there a genetic test for it" asks diagnosis; "what are the chances my baby would have it" asks inheritance; "are there dangerous complications" asks complications
  {
    message:
      "I've always been super bendy, I bruise from nothing, my skin is stretchy and my shoulder slips out of place a few times a year. I'm pretty sure I have Ehlers Danlos. Is there a genetic test for it? We want to start a family, what are the chances my baby would have it? Are there any dangerous complications I should know about?",
    focus: 'Ehlers Danlos',
    types: ['diagnosis', 'inheritance', 'complications'],
  },
  // why: "can you have Lyme disease without the rash" asks whether a sign belongs to it (symptoms); "is it too late for antibiotics" asks treatment
  {
    subject: 'tick bite weeks ago',
    message:
      "I pulled a tick off my leg after a hike about five weeks ago. No bullseye rash that I saw but now my knees ache, I've had a couple of low fevers and I'm exhausted. Can you have Lyme disease without the rash? Is it too late for antibiotics?",
    focus: 'Lyme disease',
    types: ['symptoms', 'treatment'],
  },
  // why: "how do they test for it" asks diagnosis; "how rare is it" asks frequency; "can it be cured with surgery" asks treatment
  {
    message:
      "I get sudden attacks where my heart pounds, I sweat buckets and get a crushing headache, and once my blood pressure was 190 during one. Everyone keeps saying panic attacks but I read about pheochromocytoma and it matches exactly. How do they test for it? How rare is it really? If that's what it is, can it be cured with surgery?",
    focus: 'pheochromocytoma',
    types: ['diagnosis', 'frequency', 'treatment'],
  },
  // why: "am I at risk because I ate a lot of beef in the 90s" asks susceptibility (risk from an exposure); "how fast does it progress" asks prognosis
  {
    subject: 'memory and CJD',
    message:
      "My memory has been awful lately, I forget words halfway through sentences. I know it's probably stress but I read about CJD and now I can't get it out of my head. I lived in the UK in the 90s and ate a lot of burgers. Am I at risk because of that? How fast does it progress?",
    focus: 'CJD',
    types: ['susceptibility', 'prognosis'],
  },
  // why: "what is fibromialgia exactly" asks information; "how can they diagnose it if every blood test is normal" asks diagnosis
  {
    message:
      "I hurt everywhere, my shoulders, hips, even my skin feels bruised, and I'm so tired. Every blood test has come back normal and I feel like nobody believes me. My sister thinks it might be fibromialgia. What is fibromialgia exactly? How can they diagnose it if every blood test is normal?",
    focus: 'fibromialgia',
    types: ['information', 'diagnosis'],
  },
  // why: "what is multiple myeloma" asks information
  {
    message:
      'My husband is 70 and has had back pain for months. His blood test showed high protein and he is a little anaemic, and the doctor wants to check for multiple myeloma. We had never heard of it and are both very worried. What is multiple myeloma?',
    focus: 'multiple myeloma',
    types: ['information'],
  },
  // why: "is it a type of cancer" asks what it is (information); "will it go away on its own" asks prognosis
  {
    message:
      'A chest x-ray for a cough showed swollen glands in my chest and I have red tender bumps on my shins. The doctor said it could be sarcoidosis but they want a biopsy first. Is sarcoidosis a type of cancer? Will it go away on its own?',
    focus: 'sarcoidosis',
    types: ['information', 'prognosis'],
  },
  // why: "is it trigeminal neuralgia" and "how would a doctor confirm it" both ask diagnosis
  {
    message:
      "For two weeks I've been getting sharp electric shocks on the right side of my face when I brush my teeth or a breeze hits my cheek. It lasts seconds but it's the worst pain I've ever had. The dentist found nothing. Is it trigeminal neuralgia and how would a doctor confirm it?",
    focus: 'trigeminal neuralgia',
    types: ['diagnosis'],
  },
  // why: "can Raynaud's disease turn into scleroderma" asks complications (turning into another condition); "should I see a rheumatologist" asks find_specialist
  {
    subject: 'white fingers in the cold',
    message:
      "Whenever it's cold my fingers go dead white, then blue, then bright red and throb. I'm 26. I read it's Raynaud's disease but one site said it can be an early sign of scleroderma which scared me. Can Raynaud's disease turn into scleroderma? Should I see a rheumatologist?",
    focus: "Raynaud's disease",
    types: ['complications', 'find_specialist'],
  },
  // why: "is this cluster headaches" asks diagnosis; "can I stop the attacks coming" asks prevention; "does alcohol set them off" asks what brings on attacks (cause)
  {
    subject: 'pain behind eye at night',
    message:
      "Every night around 2am I wake up with a stabbing pain behind my right eye, the eye waters and my nose runs on that side, and it lasts about an hour. This has gone on for two weeks and I'm pacing the house. Is this cluster headaches? Can I stop the attacks coming? Does alcohol set them off, I had wine the first night.",
    focus: 'cluster headaches',
    types: ['diagnosis', 'prevention', 'cause'],
  },
  // why: "what causes restless legs" asks cause
  {
    message:
      'I am 7 months pregnant and every evening I get a creepy crawly feeling in my legs and have to get up and walk around. My mum says it is restless legs. What causes restless legs?',
    focus: 'restless legs',
    types: ['cause'],
  },
  // why: "could it be Guillan Barre" asks diagnosis; "can a stomach bug really cause it" asks a named exposure as its cause (association)
  {
    message:
      "My girlfriend had a bad stomach bug two weeks ago and now her feet tingle and her legs feel weak going up stairs, it's getting worse day by day. I read about Guillan Barre. Could it be Guillan Barre? Can a stomach bug really cause it?",
    focus: 'Guillan Barre',
    types: ['diagnosis', 'association'],
  },
  // why: "is it Parkinson's disease or essential tremor" and "how do doctors tell the difference" both ask diagnosis
  {
    message:
      "I'm 58 and my right hand shakes when I hold a cup of tea or sign my name. My father had a tremor too. Is it Parkinson's disease or essential tremor, and how do doctors tell the difference?",
    focus: "Parkinson's disease",
    types: ['diagnosis'],
  },
  // why: "how is it diagnosed, a sleep study" asks diagnosis; "can I still drive" asks lifestyle; "is there medicine that helps" asks treatment
  {
    message:
      'I keep falling asleep at my desk even after a full night, and when I laugh hard my knees buckle and I have to grab something. My friend says that sounds like narcolepsy. How is it diagnosed, is it a sleep study? Can I still drive? Is there medicine that helps?',
    focus: 'narcolepsy',
    types: ['diagnosis', 'lifestyle', 'treatment'],
  },
  // why: "could it be acromegaly" asks diagnosis
  {
    subject: "mum's face changing",
    message:
      "My mum's rings don't fit anymore, she has gone up a shoe size and when we look at old photos her jaw and nose look bigger. She also snores a lot now. Could it be acromegaly?",
    focus: 'acromegaly',
    types: ['diagnosis'],
  },
  // why: "could it be Addison's disease" asks diagnosis; "is it life threatening" asks prognosis; "would I need steroids for life" asks treatment
  {
    message:
      "I crave salt constantly, I've lost about 6 kilos without trying, I get dizzy when I stand and the creases in my hands look darker than before. I googled and Addison's disease came up. Could it be Addison's disease? Is it life threatening? Would I need steroids for life?",
    focus: "Addison's disease",
    types: ['diagnosis', 'prognosis', 'treatment'],
  },
  // why: "could my grandchildren catch it" asks whether it is catching (susceptibility)
  {
    message:
      'I am 68 and have noticed pale white patches on the backs of my hands and around my mouth. My doctor thinks it is vitiligo. My grandchildren like to hold my hands and I do not want to pass anything on. Could my grandchildren catch it from me?',
    focus: 'vitiligo',
    types: ['susceptibility'],
  },
  // why: "how long does it last" asks the course (prognosis)
  {
    message:
      'got one big oval scaly patch on my chest and a week later loads of smaller ones on my back in a sort of christmas tree shape. the pharmacist said pityriasis rosea. how long does pityriasis rosea last??',
    focus: 'pityriasis rosea',
    types: ['prognosis'],
  },
  // why: "what are the early warning signs" asks symptoms
  {
    subject: 'scared of pancreatic cancer',
    message:
      "I'm 45 and have had a dull pain in my upper belly that goes through to my back, and I've lost a few pounds. After an evening of googling I'm convinced it's pancreatic cancer. What are the early warning signs of pancreatic cancer?",
    focus: 'pancreatic cancer',
    types: ['symptoms'],
  },
  // why: "what is it" asks information; "is it treatable" asks treatment; "should her brother be tested" asks whether relatives should be tested (diagnosis)
  {
    message:
      "My best friend is 22. Her liver tests came back high, her hands have started shaking and her mood has been all over the place. The doctor mentioned Wilson disease and she is too scared to read about it, so I'm asking for her. What is it? Is it treatable? Should her little brother be tested too?",
    focus: 'Wilson disease',
    types: ['information', 'treatment', 'diagnosis'],
  },
  // why: "is there a blood test for Fabry disease" asks diagnosis; "which gene causes it" asks genetic_changes; "can it damage the kidneys" asks complications
  {
    subject: 'burning hands and feet',
    message:
      "Since I was a kid I've had burning pain in my hands and feet, I hardly sweat, and I have tiny dark red spots around my belly button. My mother had kidney failure in her forties. I read about Fabry disease. Is there a blood test for Fabry disease? Which gene causes it? Can it damage the kidneys?",
    focus: 'Fabry disease',
    types: ['diagnosis', 'genetic_changes', 'complications'],
  },
];
