/**
 * "final21" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, halfway into its round, after the rules made for its first
 * batch of sets (focus 0.950, type F1 0.944). Never tuned on: change nothing because of its misses. Scored by
 * final21.test.ts and by `npx tsx test/understand/support/score-messages.ts --final21 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL21_MESSAGES: ConsumerMessage[] = [
  {
    // "fabry disease life expectancy" -> prognosis (life expectancy)
    message: 'fabry disease life expectancy',
    focus: 'Fabry disease',
    types: ['prognosis'],
  },
  {
    // "metformin and alcohol??" -> interactions (the medicine with alcohol)
    message: 'metformin and alcohol??',
    focus: 'metformin',
    types: ['interactions'],
  },
  {
    // "Could this be Marfan syndrome?" -> diagnosis (whether his signs could be it)
    // "where would we find a doctor who actually knows about it?" -> find_specialist (a doctor who knows it)
    subject: 'worried about my son',
    message:
      'Hello, I hope someone can help. My son Jake is 14 and already 6 foot 3, very thin, ' +
      'with really long arms and fingers. At his last eye exam the optometrist said one of his ' +
      'lenses looks slightly out of place and asked if anyone had ever mentioned Marfan syndrome ' +
      "to us. Nobody has. His chest also sinks in a bit in the middle. My husband's side of the " +
      'family are all tall but nobody has had heart problems that we know of. Could this be ' +
      'Marfan syndrome? And where would we find a doctor who actually knows about it? Our GP ' +
      'seemed unsure. Thank you so much.',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "how did he get it if neither parent has it?" -> inheritance (how it passes from healthy parents)
    // "which gene is it, is it the same one in everybody?" -> genetic_changes (which gene)
    subject: 'CF in the family',
    message:
      'My nephew was just diagnosed with CF at 3 weeks old from the heel prick test. Both ' +
      'my sister and her husband are healthy, so how did he get it if neither parent has it? And ' +
      'which gene is it, is it the same one in everybody?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "Is there anything we can do at home to stop them coming so often?" -> prevention (preventing crises)
    subject: 'sickle cell crises',
    message:
      'My son is 9 and has sickle cell disease. He has been admitted four times this year ' +
      'with pain crises. Is there anything we can do at home to stop them coming so often?',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  {
    // "Is the cough from the lisinopril?" -> side_effects (whether a problem comes from the medicine)
    // "can I take it at night instead of in the morning?" -> drug_usage (timing)
    message:
      "I've had a dry tickly cough ever since my doctor put me on lisinopril 10mg for " +
      'blood pressure. Is the cough from the lisinopril? Also can I take it at night instead of ' +
      'in the morning?',
    focus: 'lisinopril',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is safe for her to make ballet with this condition?" -> lifestyle (dance, activity)
    // "when she grow up the problem will be more bad or it stay same?" -> prognosis (whether it gets worse)
    message:
      'Hello, I write from Brazil, sorry my english. My daughter (11 years) is diagnose ' +
      'with Ehlers-Danlos syndrome hypermobile type. She love ballet very much and want to ' +
      'continue. Is safe for her to make ballet with this condition? And when she grow up the ' +
      'problem will be more bad or it stay same? Thank you very much for help.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is psoriasis catching?" -> susceptibility (whether someone can catch it)
    message: 'is psoriasis catching? my new girlfriend has it on her elbows and knees',
    focus: 'psoriasis',
    types: ['susceptibility'],
  },
  {
    // "Is it the beer that brings them on?" -> cause (what brings on the attacks)
    // "What should I be eating and avoiding?" -> lifestyle (diet)
    // "is there a tablet that gets rid of it for good" -> treatment (medicine, cure)
    subject: 'Gout again!',
    message:
      'Third gout attack this year, big toe again, can barely walk. Is it the beer that ' +
      'brings them on? What should I be eating and avoiding? And is there a tablet that gets rid ' +
      'of it for good or am I stuck with this?',
    focus: 'gout',
    types: ['cause', 'lifestyle', 'treatment'],
  },
  {
    // "What are the chances that I have it too?" -> inheritance (chance that a child of a parent has it)
    // "Should I get the test" -> diagnosis (whether to be tested)
    message:
      "My dad was diagnosed with Huntington's disease last year, he is 52. I'm 24. What " +
      'are the chances that I have it too? Should I get the test, my doctor says it is my ' +
      'choice.',
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "What is it exactly?" -> information (what the condition is)
    // "how many people have it?" -> frequency (how rare)
    // "Is there any treatment?" -> treatment (therapies)
    subject: 'FOP',
    message:
      "A little boy in my daughter's class has something called FOP (fibrodysplasia " +
      'ossificans progressiva). What is it exactly? The teacher said it is extremely rare, how ' +
      'many people have it? Is there any treatment?',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information', 'frequency', 'treatment'],
  },
  {
    // "can he catch it from me?" -> susceptibility (whether someone can catch it)
    // "can shingles leave nerve pain that lasts?" -> complications (lasting problem it leads to)
    // "is the shingles vaccine worth getting after to stop it coming back?" -> prevention (relapse)
    message:
      'Im 68 and just got shingles on my side. My grandson is 4 months, can he catch it ' +
      'from me? My friend had pain for a year after hers, can shingles leave nerve pain that ' +
      'lasts? And is the shingles vaccine worth getting after to stop it coming back?',
    focus: 'shingles',
    types: ['susceptibility', 'complications', 'prevention'],
  },
  {
    // "Do I have to take levothyroxine on an empty stomach before breakfast?" -> drug_usage (timing)
    // "is it ok with my morning coffee?" -> interactions (the medicine with a drink)
    message:
      'Do I have to take levothyroxine on an empty stomach before breakfast? and is it ok ' +
      'with my morning coffee?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "wilson disease foods to avoid" -> lifestyle (diet)
    message: 'wilson disease foods to avoid',
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  {
    // "Should I be tested as well?" -> diagnosis (whether a relative should be tested)
    // "What can it do to the liver if it is left too long?" -> complications (untreated, liver damage)
    // "should he stop eating red meat?" -> lifestyle (diet)
    subject: 'haemochromatosis - brother diagnosed',
    message:
      'My older brother has just been told he has hemochromatosis after a routine blood ' +
      'test showed high iron. Should I be tested as well? What can it do to the liver if it is ' +
      'left too long? And should he stop eating red meat?',
    focus: 'hemochromatosis',
    types: ['diagnosis', 'complications', 'lifestyle'],
  },
  {
    // "is there a blood test for celiac or does she need the camera test?" -> diagnosis (tests)
    message:
      'my 6 yr old has tummy aches all the time and isnt growing well. is there a blood ' +
      'test for celiac or does she need the camera test?',
    focus: 'celiac disease',
    types: ['diagnosis'],
  },
  {
    // "Are there any studies or trials going on for Tourette syndrome in kids?" -> research (trials)
    subject: 'Tourette syndrome research',
    message:
      'Are there any studies or trials going on for Tourette syndrome in kids? Our son is ' +
      '10 and the medicines so far have made him very sleepy.',
    focus: 'Tourette syndrome',
    types: ['research'],
  },
  {
    // "What tests are used to confirm it, is the blood test enough?" -> diagnosis (tests)
    // "What treatment is there for it?" -> treatment (therapies)
    // "will it stay in her eyes or spread to the rest of her body?" -> prognosis (course)
    message:
      'Good evening. My mother is 72 and for a few months her eyelids droop by evening ' +
      'and she sees double when she watches TV. Sometimes her voice goes weak when she talks for ' +
      'long. The neurologist thinks it may be myasthenia gravis and has sent a blood test. What ' +
      'tests are used to confirm it, is the blood test enough? What treatment is there for it? ' +
      'And will it stay in her eyes or spread to the rest of her body? She is very independent ' +
      'and we are worried. Many thanks.',
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  {
    // "Is there a special diet for PWS kids?" -> lifestyle (diet)
    // "are there any parent support groups in the UK?" -> find_specialist (support groups)
    message:
      'Our daughter has Prader-Willi syndrome and she is always hungry, even right after ' +
      'meals. Is there a special diet for PWS kids? Also are there any parent support groups in ' +
      'the UK?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "Can I just stop taking it now?" -> drug_usage (stopping)
    // "does it make you put on weight" -> side_effects (weight gain)
    message:
      'Started sertraline 50mg 3 weeks ago and already feel better. Can I just stop ' +
      'taking it now? And does it make you put on weight, my jeans are tighter.',
    focus: 'sertraline',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Why do I need two kinds of birth control ... is it really that dangerous if you get pregnant on it?"
    //   -> contraindications (pregnancy precautions)
    subject: 'Accutane and pregnancy',
    message:
      "My dermatologist wants me to start isotretinoin (Accutane) for my acne. I'm 19 " +
      'and already on the pill. Why do I need two kinds of birth control and pregnancy tests ' +
      'every month, is it really that dangerous if you get pregnant on it?',
    focus: 'isotretinoin',
    types: ['contraindications'],
  },
  {
    // "How does colchicine actually work to stop the fevers?" -> indication (how it works)
    // "does the tablet have lactose in it?" -> ingredients (what it contains)
    message:
      'My son has familial Mediterranean fever and takes colchicine every day. How does ' +
      'colchicine actually work to stop the fevers? And does the tablet have lactose in it? He ' +
      'is lactose intolerant.',
    focus: 'colchicine',
    types: ['indication', 'ingredients'],
  },
  {
    // "pku newborn screening test" -> diagnosis (screening)
    message: 'pku newborn screening test',
    focus: 'phenylketonuria',
    types: ['diagnosis'],
  },
  {
    // "Can it come back again?" -> prognosis (course, recurrence)
    // "what heart problems can it cause later" -> complications (heart problems it leads to)
    message:
      'Our 3 year old had Kawasaki disease last month and got IVIG in hospital. He is ' +
      'back to himself now. Can it come back again? And what heart problems can it cause later ' +
      'that we should watch for?',
    focus: 'Kawasaki disease',
    types: ['prognosis', 'complications'],
  },
  {
    // "What is it, is it an allergy?" -> information (what it is, whether it is the same as an allergy)
    // "Which gene causes it?" -> genetic_changes (which gene)
    // "what is the chance my two kids have it?" -> inheritance (chance a child has it)
    subject: 'HAE in my family?',
    message:
      'Hi. My mum and I both get big swellings in our hands and face without any hives, ' +
      "and antihistamines don't help. A doctor mentioned hereditary angioedema. What is it, is " +
      'it an allergy? Which gene causes it? And what is the chance my two kids have it?',
    focus: 'hereditary angioedema',
    types: ['information', 'genetic_changes', 'inheritance'],
  },
  {
    // "Can it damage my eyes after so long?" -> side_effects (eye damage from the medicine)
    // "is it ok to keep taking it while I breastfeed" -> contraindications (breastfeeding)
    message:
      "I've been on plaquenil (hydroxychloroquine) for my lupus for 6 years. Can it " +
      'damage my eyes after so long? And is it ok to keep taking it while I breastfeed my new ' +
      'baby?',
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "What are the first signs of Charcot-Marie-Tooth in a child?" -> symptoms (early signs)
    message:
      'What are the first signs of Charcot-Marie-Tooth in a child? I have CMT myself and ' +
      'I keep watching how my 5 year old walks.',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['symptoms'],
  },
  {
    // "how is an epilepsy drug supposed to help the pain in my face?" -> indication (how it works)
    subject: 'tegretol for face pain??',
    message:
      'My doctor prescribed carbamazepine for trigeminal neuralgia but the leaflet says ' +
      'its for epilepsy. how is an epilepsy drug supposed to help the pain in my face?',
    focus: 'carbamazepine',
    types: ['indication'],
  },
  {
    // "Could this be Lyme?" -> diagnosis (whether the signs could be it)
    // "If I dont get antibiotics can it go to my joints or heart?" -> complications (untreated)
    subject: 'Lyme disease after tick bite?',
    message:
      'Went hiking in Connecticut last week and pulled a tick off the back of my knee. ' +
      'Now there is a red ring about 3 inches wide round the spot. Could this be Lyme? If I dont ' +
      'get antibiotics can it go to my joints or heart?',
    focus: 'Lyme disease',
    types: ['diagnosis', 'complications'],
  },
  {
    // "How common is Rett?" -> frequency (how common)
    // "Which gene is it?" -> genetic_changes (which gene)
    // "will she ever get those back?" -> prognosis (whether she will walk again)
    message:
      'Our daughter, 2, was just diagnosed with Rett syndrome. How common is Rett? Which ' +
      'gene is it? She has stopped walking and using her hands, will she ever get those back?',
    focus: 'Rett syndrome',
    types: ['frequency', 'genetic_changes', 'prognosis'],
  },
  {
    // "How we can get help for pay this?" -> other (costs, insurance)
    message:
      'Good morning. My baby boy have SMA type 1, diagnose when he was 2 month. Doctors ' +
      'say the medecine can help him but it is very very expensive and our insurance say no. How ' +
      'we can get help for pay this? God bless you',
    focus: 'spinal muscular atrophy',
    types: ['other'],
  },
  {
    // "how do I know if a rash is from the lamotrigine?" -> side_effects (whether a problem comes from it)
    // "does it interact with my birth control pill" -> interactions (with another medicine)
    message:
      'starting lamotrigine for bipolar next week. I read it can cause a serious rash ' +
      '(Stevens-Johnson?), how do I know if a rash is from the lamotrigine? Also does it ' +
      'interact with my birth control pill',
    focus: 'lamotrigine',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is there a link between alpha-1 and COPD?" -> association (link between two conditions)
    // "should my children be tested too?" -> diagnosis (whether relatives should be tested)
    message:
      "I'm 45 and was told I have COPD, but I only smoked for a couple of years in my " +
      '20s. My lung doctor wants to check for alpha-1 antitrypsin deficiency. Is there a link ' +
      'between alpha-1 and COPD? And should my children be tested too?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['association', 'diagnosis'],
  },
  {
    // "How long can an opened Lantus (insulin glargine) pen stay out of the fridge?" -> storage_disposal
    //   (storing the medicine)
    subject: 'Lantus pen out of the fridge',
    message:
      'How long can an opened Lantus (insulin glargine) pen stay out of the fridge? Going ' +
      'travelling for 3 weeks.',
    focus: 'insulin glargine',
    types: ['storage_disposal'],
  },
  {
    // "Is the dark red pee part of the porphyria?" -> symptoms (whether a sign belongs to it)
    // "what triggers the attacks, can it be my periods or dieting?" -> cause (what brings on attacks)
    // "how can I prevent more attacks?" -> prevention (preventing attacks)
    subject: 'acute intermittent porphyria',
    message:
      'hi, im 26 and was just diagnosed with AIP after 3 trips to ER with terrible belly ' +
      'pain. Is the dark red pee part of the porphyria? what triggers the attacks, can it be my ' +
      'periods or dieting? and how can I prevent more attacks?',
    focus: 'acute intermittent porphyria',
    types: ['symptoms', 'cause', 'prevention'],
  },
  {
    // "Does polycystic ovary syndrome make your hair thin on top?" -> symptoms (whether a sign is part)
    // "my mum says it can turn into diabetis, is that true?" -> complications (turning into another)
    message:
      "Does polycystic ovary syndrome make your hair thin on top? I'm 28 and have PCOS. " +
      'Also my mum says it can turn into diabetis, is that true?',
    focus: 'polycystic ovary syndrome',
    types: ['symptoms', 'complications'],
  },
  {
    // "Could the vaccine have caused it?" -> association (named exposure asked as its cause)
    // "Will he be able to walk normally again?" -> prognosis (whether he will walk)
    subject: 'Guillain Barre after flu shot',
    message:
      'My husband got the flu jab and 2 weeks later his legs went weak and tingly, now he ' +
      'is in hospital with Guillain-Barre syndrome. Could the vaccine have caused it? Will he be ' +
      'able to walk normally again?',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "sarcoidosis what is it?" -> information (what the condition is)
    message: 'sarcoidosis what is it? got the letter after my chest xray and dont understand',
    focus: 'sarcoidosis',
    types: ['information'],
  },
  {
    // "How much people have this illness?" -> frequency (how common)
    message:
      'Hello, I am Turkish living in Germany, my doctor say I have Behcet disease. How ' +
      'much people have this illness? In Germany nobody know it.',
    focus: 'Behcet disease',
    types: ['frequency'],
  },
  {
    // "Duchenne gene therapy trials for boys over 10?" -> research (trials)
    message: 'Duchenne gene therapy trials for boys over 10?',
    focus: 'Duchenne muscular dystrophy',
    types: ['research'],
  },
];
