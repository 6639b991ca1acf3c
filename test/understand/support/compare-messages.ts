/**
 * "compare" set. Messages comparing two treatments, medicines, conditions, tests or forms ("is X better than
 * Y?", "what is the difference?"), mixed with ordinary questions. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 0.975, type F1 0.713). Scored by compare.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --compare --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COMPARE_MESSAGES: ConsumerMessage[] = [
  {
    // "What is the difference between the two?" -> information (what each condition is)
    // "Is there a genetic test that can tell which one I have?" -> diagnosis (a test to confirm it)
    subject: 'hEDS or HSD??',
    message:
      "My rheumatologist says I have 'hypermobility spectrum disorder' but my physio is convinced it is hypermobile Ehlers-Danlos syndrome. What is the difference between the two? And is there a genetic test that can tell which one I actually have? I dislocate my shoulder about twice a month and I'm just tired of not knowing.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['information', 'diagnosis'],
  },
  {
    // "is becker the same thing as duchenne just milder?" -> information (what the condition is, compared with another)
    // "will he end up in a wheelchair like his cousin" -> prognosis (the course)
    // "do his sisters need testing to see if they are carriers" -> inheritance (carriers)
    message:
      'our son (7) was just diagnosed with Becker muscular dystrophy. his cousin on my side has duchenne and is in a wheelchair since he was 11. is becker the same thing as duchenne just milder? will he end up in a wheelchair like his cousin. do his 2 sisters need testing to see if they are carriers',
    focus: 'Becker muscular dystrophy',
    types: ['information', 'prognosis', 'inheritance'],
  },
  {
    // "is it ok to alternate tylenol and motrin" -> interactions (two medicines together)
    // "how much tylenol can she have in a day" -> drug_usage (dose)
    message:
      'is it ok to alternate tylenol and motrin for my 2 year olds fever? its 39.4 and wont come down. how much tylenol can she have in a day, she weighs about 12 kg',
    focus: 'tylenol',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Is the generic exactly the same as Synthroid?" -> ingredients (what the medicine contains)
    // "could that be from the new pills?" -> side_effects (whether a problem comes from the medicine)
    // "Do I still need to take it on an empty stomach" -> drug_usage (timing)
    subject: 'Synthroid vs generic',
    message:
      "My pharmacy switched me from Synthroid to a generic levothyroxine without telling me. Is the generic exactly the same as Synthroid? Since the switch about 6 weeks ago I'm exhausted and my hair is coming out in the shower - could that be from the new pills? Do I still need to take it on an empty stomach half an hour before breakfast like the old ones?",
    focus: 'Synthroid',
    types: ['ingredients', 'side_effects', 'drug_usage'],
  },
  {
    // "whats the difference between crohns and ulcerative colitis" -> information (what each is)
    // "how will they find out which one it is" -> diagnosis (telling it apart from another condition)
    message:
      'whats the difference between crohns and ulcerative colitis. my GI says mine is "indeterminate colitis" for now and they cant tell yet. how will they find out which one it is',
    focus: "Crohn's disease",
    types: ['information', 'diagnosis'],
  },
  {
    // "Is that the same as having sickle cell disease?" -> information (what the condition is)
    // "what are the chances our baby will have the disease?" -> inheritance (chance a child has it)
    subject: 'trait vs disease',
    message:
      'Hello, at my first prenatal appointment the blood test showed I have sickle cell trait. Is that the same as having sickle cell disease? I have never been sick. My husband was tested last week and he has the trait as well, so what are the chances our baby will have the disease? Thank you.',
    focus: 'sickle cell disease',
    types: ['information', 'inheritance'],
  },
  {
    // "Is Eliquis less likely to cause bleeding than warfarin?" -> side_effects (a medicine's side effect)
    // "Can he keep taking his baby aspirin with it?" -> interactions (with another medicine)
    // "does he still have to watch the vitamin K foods" -> interactions (with food; same type)
    message:
      'My father is 82 and has been on warfarin for years for his atrial fibrillation. His new cardiologist wants to switch him to Eliquis. Is Eliquis less likely to cause bleeding than warfarin? He bruises terribly now. Can he keep taking his baby aspirin with it? And he loves his spinach and broccoli, does he still have to watch the vitamin K foods on Eliquis?',
    focus: 'Eliquis',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is it hereditary?" -> inheritance (whether it runs in families)
    // "Should I be tested too?" -> diagnosis (whether to be tested)
    // "Can it damage the kidneys?" -> complications (other problems it leads to)
    message:
      'My brother was finally diagnosed with Fabry disease at 34, after 20 years of burning pain in his hands and feet that everyone called growing pains. Is it hereditary? Should I be tested too? I am his sister and I get the same burning when I am hot. Can it damage the kidneys? His are already affected.',
    focus: 'Fabry disease',
    types: ['inheritance', 'diagnosis', 'complications'],
  },
  {
    // "What is the difference between the sweat test and the genetic test for cystic fibrosis?" -> diagnosis (tests)
    // "Does a positive newborn screen mean she definitely has CF?" -> diagnosis (how it is confirmed; same type)
    // "what is the life expectancy these days" -> prognosis (life expectancy)
    subject: 'positive newborn screen',
    message:
      "What is the difference between the sweat test and the genetic test for cystic fibrosis? Our daughter's newborn screen came back positive and we have the sweat test on Monday. Does a positive newborn screen mean she definitely has CF? And if she does, what is the life expectancy these days? Everything online seems so out of date.",
    focus: 'cystic fibrosis',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "does he have it too?" -> diagnosis (whether his signs could be it)
    // "will he get as bad as her" -> prognosis (whether it gets worse)
    message:
      'my daughter (6) has NF1, she has dozens of cafe au lait spots and a big plexiform neurofibroma on her back. her little brother is 3 and has only 3 spots. does he have it too? and if he does will he get as bad as her',
    focus: 'NF1',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "What is the difference between SMA type 1 and type 2?" -> information (what the forms are)
    // "Will he ever walk?" -> prognosis (whether someone will walk)
    // "Is Spinraza or Zolgensma better for him?" -> treatment (comparing therapies)
    subject: 'grandson with SMA',
    message:
      'What is the difference between SMA type 1 and type 2? Our grandson (14 months) was diagnosed with type 2 last week. He can sit but not crawl. Will he ever walk? The doctors mentioned Spinraza and Zolgensma, is one better for him than the other?',
    focus: 'SMA',
    types: ['information', 'prognosis', 'treatment'],
  },
  {
    // "Is the weight gain from the levothyroxine?" -> side_effects (whether a problem comes from the medicine)
    // "should I take it before or after breakfast?" -> drug_usage (timing)
    message:
      "Before my thyroidectomy my Graves' disease made me skinny, shaky and anxious. Since the surgery I'm on levothyroxine 125 mcg and I have put on 20 pounds in 5 months. Is the weight gain from the levothyroxine? Also should I take it before or after breakfast, I've been told both.",
    focus: 'levothyroxine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "do they work the same way?" -> indication (how it works)
    // "can i stop the gabapentin all at once or do i need to taper" -> drug_usage (stopping)
    message:
      'my neurologist wants to switch me from gabapentin to lyrica for my nerve pain from diabetes. whats the difference between lyrica and gabapentin, do they work the same way? can i stop the gabapentin all at once or do i need to taper off',
    focus: 'lyrica',
    types: ['indication', 'drug_usage'],
  },
  {
    // "is ALS the same as MS?" -> information (what the condition is)
    // "how long do people usually live with it?" -> prognosis (life expectancy)
    message:
      'Is ALS the same as MS? My aunt was just told she has ALS and half the family keeps calling it MS. How long do people usually live with it?',
    focus: 'ALS',
    types: ['information', 'prognosis'],
  },
  {
    // "Does she have to avoid chocolate and shellfish forever?" -> lifestyle (diet)
    // "Is penicillamine or zinc better for her?" -> treatment (comparing medicines for the condition)
    // "Can she still go on the school trip to France" -> lifestyle (travel, school; same type)
    message:
      "Our 15 year old daughter has just been diagnosed with Wilson's disease after abnormal liver tests. Does she have to avoid chocolate and shellfish forever? Is penicillamine or zinc better for her, the specialist gave us the choice. Can she still go on the school trip to France in the spring?",
    focus: "Wilson's disease",
    types: ['lifestyle', 'treatment'],
  },
  {
    // "Is Nexium basically the same drug as omeprazole?" -> ingredients (what the medicine contains)
    // "is it bad for the bones to take for years" -> side_effects (a medicine's side effect)
    subject: 'nexium',
    message:
      'Is Nexium basically the same drug as omeprazole? The Nexium costs me 3 times as much. Also I have been on it for reflux for 6 years now, is it bad for the bones to take for years? My mother had osteoporosis.',
    focus: 'Nexium',
    types: ['ingredients', 'side_effects'],
  },
  {
    // "Whats the difference between type 1 and type 2?" -> information (what the condition is)
    // "Did all the sweets cause it?" -> association (a named exposure asked as its cause)
    // "Could he grow out of it?" -> prognosis (course)
    message:
      "My son is 12 and was diagnosed with type 1 diabetes last month. His teacher asked me if it's because he eats too many sweets and now I feel awful. Whats the difference between type 1 and type 2? Did all the sweets cause it? could he grow out of it",
    focus: 'type 1 diabetes',
    types: ['information', 'association', 'prognosis'],
  },
  {
    // "What is the chance I have the gene?" -> inheritance (chance a relative has it)
    // "Is the predictive test different from the test they did on mum?" -> diagnosis (tests)
    subject: 'predictive testing',
    message:
      "My mum has Huntington's disease, she was diagnosed at 52. I am 28 and I go back and forth about the predictive test. What is the chance I have the gene? Is the predictive test different from the test they did on mum when she got symptoms?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "is this lupus or rheumatoid arthritis?" -> diagnosis (whether someone's signs could be it)
    // "how do they tell the difference" -> diagnosis (told apart; same type)
    // "can lupus cause problems in pregnancy" -> complications (other problems it leads to)
    message:
      'im 29 f, joint pain in my hands for months, a red rash on my cheeks when im in the sun, tired all the time. my ANA came back positive. is this lupus or rheumatoid arthritis? how do they tell the difference. and can lupus cause problems in pregnancy, we were planning to try next year',
    focus: 'lupus',
    types: ['diagnosis', 'complications'],
  },
  {
    // "Is Humira more dangerous than methotrexate" -> side_effects (a medicine's side effects)
    // "Does it have to be kept in the fridge" -> storage_disposal (storing)
    message:
      "My rheumatologist wants to add Humira to my methotrexate because my RA isn't controlled. Is Humira more dangerous than methotrexate, I've read it lowers your immune system and causes infections? Does it have to be kept in the fridge, and what do I do with it when I fly to my daughter's for 3 weeks?",
    focus: 'Humira',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // "could it be haemophilia instead?" -> diagnosis (whether someone's signs could be another condition)
    // "How common is vWD?" -> frequency (how common)
    subject: 'bleeding after dentist',
    message:
      "My son (10) bled for two days after having a tooth pulled and he gets nosebleeds that last forever. The haematologist thinks it's von Willebrand disease but the results aren't back. Could it be haemophilia instead? How common is vWD? I had never heard of it.",
    focus: 'von Willebrand disease',
    types: ['diagnosis', 'frequency'],
  },
  {
    // "Are they the same thing?" -> information (what the condition is)
    // "Which gene is it?" -> genetic_changes (which gene)
    // "Will she ever talk?" -> prognosis (outlook)
    message:
      "Our daughter (2) was diagnosed with Angelman syndrome, a deletion on chromosome 15. A friend's son has Prader-Willi syndrome which is also a chromosome 15 deletion. Are they the same thing? Which gene is it in Angelman? Will she ever talk? She says no words yet but she laughs all day.",
    focus: 'Angelman syndrome',
    types: ['information', 'genetic_changes', 'prognosis'],
  },
  {
    // "is hashimotos the same thing as hypothyroidism" -> information (what the condition is)
    message: 'is hashimotos the same thing as hypothyroidism',
    focus: "Hashimoto's thyroiditis",
    types: ['information'],
  },
  {
    // "Could it be dumping syndrome?" -> diagnosis (whether someone's signs could be it)
    // "Is there a special diet for it?" -> lifestyle (diet)
    message:
      'Before my gastric bypass I never had anything like this. Now about 20 minutes after I eat I get sweaty, my heart pounds and I have to run to the bathroom. Could it be dumping syndrome? Is there a special diet for it?',
    focus: 'dumping syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "is it safe to keep taking zoloft in pregnancy or should I switch to prozac?" -> contraindications (pregnancy)
    // "can I breastfeed on it" -> contraindications (breastfeeding; same type)
    // "can I just stop it" -> drug_usage (stopping)
    message:
      "i'm on zoloft 100mg for anxiety and just found out i'm 6 weeks pregnant!! is it safe to keep taking zoloft in pregnancy or should I switch to prozac. can I breastfeed on it later? or can I just stop it now, I feel ok",
    focus: 'zoloft',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "Is there any research going on, any clinical trials for children?" -> research (trials)
    // "Where do we find a doctor who actually knows about it?" -> find_specialist (doctors)
    message:
      "My nephew (4) was diagnosed with FOP after a lump on his neck turned out to be bone. His parents are devastated and I'm trying to help. Is there any research going on, any clinical trials for children? Where do we find a doctor who actually knows about it? Their pediatrician had never seen a case.",
    focus: 'FOP',
    types: ['research', 'find_specialist'],
  },
  {
    // "how can they be sure?" -> diagnosis (telling it apart from another condition)
    // "does essential tremor turn into parkinsons later" -> complications (turning into another condition)
    subject: 'shaky hands',
    message:
      "my dad's hands shake when he holds his coffee cup, worse when he's tired. his GP says it's essential tremor not parkinsons. how can they be sure? does essential tremor turn into parkinsons later on",
    focus: 'essential tremor',
    types: ['diagnosis', 'complications'],
  },
  {
    // "What's the difference between type I and type III?" -> information (what the forms are)
    // "How many fractures can we expect?" -> prognosis (course)
    // "Will he be able to play sports" -> lifestyle (sports)
    subject: 'OI type 1 or 3',
    message:
      "Our baby boy was born with two fractures and they've told us it's osteogenesis imperfecta, probably type I and not type III. What's the difference between type I and type III? How many fractures can we expect as he grows? Will he be able to play sports at school?",
    focus: 'osteogenesis imperfecta',
    types: ['information', 'prognosis', 'lifestyle'],
  },
  {
    // "Is the anger from the Keppra?" -> side_effects (whether a problem comes from the medicine)
    // "would lamotrigine have fewer mood side effects?" -> side_effects (comparing side effects; same type)
    // "can he drink at parties on it" -> interactions (alcohol)
    message:
      "Since my 16 year old started Keppra for his seizures he is angry and moody all the time, slamming doors, nothing like himself. Is the anger from the Keppra? Would lamotrigine have fewer mood side effects? Also he's going to parties now, can he drink on it?",
    focus: 'Keppra',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is morphea the same as scleroderma?" -> information (what the condition is)
    // "Can it spread to her organs?" -> complications (other problems it can lead to)
    message:
      'Our daughter is 9 and has a hard shiny patch on her leg that the dermatologist says is morphea. Is morphea the same as scleroderma? I looked up scleroderma and it talks about the lungs and kidneys. Can it spread to her organs like that?',
    focus: 'morphea',
    types: ['information', 'complications'],
  },
  {
    // "is celiac disease the same as gluten intolerance?" -> information (what the condition is)
    // "do i need a biopsy" -> diagnosis (tests)
    message:
      'is celiac disease the same as gluten intolerance? i get bloated after bread and pasta but my blood test was negative. do i need a biopsy, i already stopped eating gluten 2 months ago',
    focus: 'celiac disease',
    types: ['information', 'diagnosis'],
  },
  {
    // "Could she still have it?" -> diagnosis (whether someone could have it)
    // "Could she be a carrier?" -> inheritance (carriers)
    // "Does the diet get easier as they get older?" -> lifestyle (diet)
    subject: 'PKU - our second baby',
    message:
      "Our first son has PKU and has been on the special diet since he was a week old. Our newborn daughter's heel prick test came back normal. Could she still have it? Could she be a carrier? And honestly, does the diet get easier as they get older? He is 5 and food is a battle every day.",
    focus: 'PKU',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  {
    // "Is giving blood better than taking the chelation tablets?" -> treatment (comparing therapies)
    // "Can I still drink wine?" -> lifestyle (diet, alcohol with the condition)
    // "Should my kids be tested?" -> diagnosis (whether to be tested)
    message:
      'I was diagnosed with haemochromatosis at 50, my ferritin was over 1000. Is giving blood every week better than taking the chelation tablets? Can I still drink wine? Should my kids be tested?',
    focus: 'haemochromatosis',
    types: ['treatment', 'lifestyle', 'diagnosis'],
  },
  {
    // "what is Pompe disease" -> information (what it is)
    // "is there any treatment" -> treatment (therapies)
    message: 'what is Pompe disease and is there any treatment for it',
    focus: 'Pompe disease',
    types: ['information', 'treatment'],
  },
  {
    // "Should she switch from Copaxone to Ocrevus?" -> treatment (comparing therapies for the condition)
    // "will she end up in a wheelchair" -> prognosis (course)
    subject: 'switching MS drugs',
    message:
      "My wife has relapsing multiple sclerosis, diagnosed 6 years ago. She had a bad relapse last year while on Copaxone and her neurologist suggested Ocrevus. Should she switch from Copaxone to Ocrevus? We are scared of what's ahead, will she end up in a wheelchair?",
    focus: 'multiple sclerosis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "is that the prednisone?" -> side_effects (whether a problem comes from the medicine)
    // "is it better to give it in the morning or at night?" -> drug_usage (timing)
    // "can he have his flu shot while he's on it?" -> interactions (with a vaccine)
    message:
      'My son (8) is on prednisone 40mg for nephrotic syndrome. Hes hungry all the time and cant sleep, is that the prednisone? is it better to give it in the morning or at night? can he have his flu shot while hes on it',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  {
    // "Which one is worse?" -> prognosis (outlook, compared)
    // "Can he keep playing basketball?" -> lifestyle (sports)
    message:
      "My son is 15, 6'4\", very thin with long fingers, and the cardiologist found his aorta is slightly enlarged. They are doing genetic testing for Marfan syndrome and Loeys-Dietz syndrome. Which one is worse? Can he keep playing basketball while we wait? It's his whole life.",
    focus: 'Marfan syndrome',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "Is that different from regular emphysema?" -> information (what the condition is)
    // "Should his brothers and I get tested?" -> diagnosis (whether to be tested)
    message:
      'My dad was told he has COPD at only 45 and he barely smoked. The lung doctor wants to test him for alpha-1 antitrypsin deficiency. Is that different from regular emphysema? Should his brothers and I get tested too?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['information', 'diagnosis'],
  },
  {
    // "can you have both?" -> association (a link between two conditions)
    // "what causes POTS anyway" -> cause (why it happens)
    subject: 'POTS or CFS?',
    message:
      'hi, 19 yo here. i get dizzy and my heart races whenever i stand up and im exhausted all the time, i had to drop out of uni this term. my doctor mentioned POTS but my mom is sure its chronic fatigue syndrome. can you have both? what causes POTS anyway',
    focus: 'POTS',
    types: ['association', 'cause'],
  },
  {
    // "Will growth hormone make her taller?" -> treatment (therapies)
    // "Will she be able to have children?" -> complications (infertility as a problem it leads to)
    // "Is there a support group in the UK?" -> find_specialist (support groups)
    message:
      'Our daughter was diagnosed with Turner syndrome at 11, only because she was so much shorter than her friends. Will growth hormone make her taller this late? Will she be able to have children when she is older? Is there a support group in the UK for parents?',
    focus: 'Turner syndrome',
    types: ['treatment', 'complications', 'find_specialist'],
  },
];
