/**
 * "lists" set. Messages that list their questions, numbered (1. 2. or 1) 2)), with dashes or bullets, or as
 * first, second and also; most ask two to four questions. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.888). Scored by lists.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --lists --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LISTS_MESSAGES: ConsumerMessage[] = [
  // why: "is it hereditary, could our daughters have it" asks inheritance; "what treatments are there" asks treatment
  {
    subject: 'Fabry questions',
    message:
      'Hi, my husband was just diagnosed with Fabry disease at 38 after years of burning pain in his hands and feet. I have two questions:\n1. Is it hereditary? Could our daughters have it?\n2. What treatments are there for it?',
    focus: 'Fabry disease',
    types: ['inheritance', 'treatment'],
  },
  // why: "what gene causes it" asks genetic_changes; "can I still do yoga and lift weights" asks lifestyle; "will it get worse as I get older" asks prognosis
  {
    message:
      'I was recently told I probably have hypermobile Ehlers-Danlos syndrome. A few things I want to ask:\n- what gene causes it?\n- can I still do yoga and lift weights?\n- will it get worse as I get older?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['genetic_changes', 'lifestyle', 'prognosis'],
  },
  // why: "could he have it, how is it tested for" asks diagnosis; "is it passed from a parent" asks inheritance; "can it affect his heart" asks complications; "keep playing basketball" asks lifestyle
  {
    message:
      'Our 12-year-old son is very tall with long thin fingers and his eye doctor mentioned Marfan syndrome. My questions:\n1) Could he have it, and how is it tested for?\n2) Is it passed on from a parent? Neither of us is especially tall.\n3) Can it affect his heart?\n4) Can he keep playing basketball?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'inheritance', 'complications', 'lifestyle'],
  },
  // why: items 1 and 2 are story; only "what kind of life expectancy" is asked, which is prognosis
  {
    subject: 'newborn screening',
    message:
      "My granddaughter's newborn screen came back positive for cystic fibrosis.\n1. The doctors want to do a sweat test next week.\n2. My daughter is beside herself and I am trying to be strong for her.\n3. What I really want to know is what kind of life expectancy a child with CF has nowadays?",
    focus: 'cystic fibrosis',
    types: ['prognosis'],
  },
  // why: "what are my chances of getting it" asks inheritance; "should I get tested" asks diagnosis
  {
    message:
      "My dad has Huntington's disease. First, what are my chances of getting it? Second, should I get tested before I have children of my own? I'm 27.",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  // why: "is the cramping and diarrhea from the pyridostigmine" asks side_effects; "should I take it with food" asks drug_usage; "OK with my blood pressure pills" asks interactions
  {
    message:
      'I have myasthenia gravis and was started on pyridostigmine 60 mg three times a day. Questions:\n- Is the stomach cramping and diarrhea from the pyridostigmine?\n- Should I take it with food or on an empty stomach?\n- Is it OK to take with my blood pressure pills (metoprolol)?',
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: "could his job sanding floors have caused it" asks about a named exposure as cause, association; "is it contagious" asks susceptibility
  {
    subject: 'Sarcoid and dust at work',
    message:
      'My husband has sarcoidosis in his lungs. Two questions: 1. Could his job sanding floors have caused it? 2. Is it contagious? Our kids are little and I worry.',
    focus: 'sarcoidosis',
    types: ['association', 'susceptibility'],
  },
  // why: "stop eating chocolate and nuts" asks lifestyle (diet); "will my liver get better" asks prognosis; "is there a cure or is it pills forever" asks treatment
  {
    message:
      'hi im 17 and just got diagnosed with wilson disease\n1 do i have to stop eating chocolate and nuts\n2 will my liver get better\n3 is there a cure or is it pills forever',
    focus: 'wilson disease',
    types: ['lifestyle', 'prognosis', 'treatment'],
  },
  // why: "does my brother need to be tested" asks whether a relative should be tested, diagnosis; "can I still drink wine" asks lifestyle
  {
    message:
      'Just found out I have hereditary hemochromatosis (C282Y from both parents).\n- Does my brother need to be tested?\n- Can I still drink wine?',
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "how rare is it" asks frequency; "what does enzyme replacement involve, is it for life" asks treatment; "new treatments being studied" asks research; "bone problems later on" asks complications
  {
    subject: 'Gaucher type 1',
    message:
      "Our 6 year old was diagnosed with Gaucher disease type 1 after her spleen was found to be enlarged. I'd be grateful for answers to:\n1. How rare is it?\n2. What does enzyme replacement therapy involve - is it for life?\n3. Are there any new treatments being studied?\n4. Can it cause bone problems later on?",
    focus: 'Gaucher disease type 1',
    types: ['frequency', 'treatment', 'research', 'complications'],
  },
  // why: the "first" item is story; "can my PKU harm the baby" asks what problems it leads to in pregnancy, complications
  {
    message:
      "I have PKU and I'm 8 weeks pregnant. First, I haven't been on the diet since my teens. Second, and this is what worries me: can my PKU harm the baby?",
    focus: 'PKU',
    types: ['complications'],
  },
  // why: "how does it work" asks indication; "can it cause headaches" asks side_effects
  {
    message:
      'Our son has PKU and the clinic has offered sapropterin.\n1) How does it work exactly?\n2) Can it cause headaches? He has had a few since the trial dose.',
    focus: 'sapropterin',
    types: ['indication', 'side_effects'],
  },
  // why: "is the constant hunger part of the syndrome" asks symptoms; "does he really need the growth hormone" asks treatment; "life expectancy" asks prognosis
  {
    message:
      'Good afternoon. My grandson has Prader-Willi syndrome and I help look after him three days a week. My questions are as follows:\n- Is the constant hunger part of the syndrome?\n- Does he really need the growth hormone injections?\n- What is the life expectancy for people with it?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'treatment', 'prognosis'],
  },
  // why: "how can they confirm it after birth" asks diagnosis; "does it always cause seizures" asks symptoms
  {
    message:
      'Our baby girl had heart tumors on the prenatal scan and they suspect tuberous sclerosis. 1. How can they confirm it after birth? 2. Does it always cause seizures?',
    focus: 'tuberous sclerosis',
    types: ['diagnosis', 'symptoms'],
  },
  // why: "could it be something else" asks diagnosis; "can the bumps turn into cancer" asks complications; "could our next baby have it" asks inheritance
  {
    subject: 'NF1?',
    message:
      'Hello, my son has six café au lait spots and the pediatrician thinks it is neurofibromatosis type 1.\n• Could it be something else?\n• Can the bumps turn into cancer?\n• Could our next baby have it too?',
    focus: 'neurofibromatosis type 1',
    types: ['diagnosis', 'complications', 'inheritance'],
  },
  // why: "any clinical trials she could join" asks research; "where can we find a specialist center" asks find_specialist
  {
    message:
      'Our daughter was diagnosed with SMA type 1 at 3 months. Two things: first, are there any clinical trials she could join? And second, where can we find a specialist center for SMA in the Midwest?',
    focus: 'SMA type 1',
    types: ['research', 'find_specialist'],
  },
  // why: "will he stop walking, at what age" asks prognosis; "are steroids worth it" asks treatment; "could she be a carrier" asks inheritance; "gene therapy research" asks research
  {
    message:
      'My son is 7 and has Duchenne muscular dystrophy. Here are my questions:\n1. Will he stop walking, and at what age?\n2. Are steroids like prednisone worth it?\n3. I also have a baby daughter. Could she be a carrier?\n4. Is there any gene therapy research going on?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'treatment', 'inheritance', 'research'],
  },
  // why: "do braces help with the foot drop" asks treatment; "is it OK to run" asks lifestyle (exercise)
  {
    message:
      'I have Charcot-Marie-Tooth disease type 1A, diagnosed at 40.\n- Do braces (AFOs) help with the foot drop?\n- Is it OK to keep running, or will running make my nerves worse?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['treatment', 'lifestyle'],
  },
  // why: "can he take it with grapefruit juice" asks interactions; "once a day or split in two" asks drug_usage; "is the diarrhea from the colchicine" asks side_effects
  {
    subject: 'Colchicine for FMF',
    message:
      'My 5-year-old takes colchicine for familial Mediterranean fever.\n1) Can he have it with grapefruit juice? He loves it.\n2) Should he take it once a day or split in two doses?\n3) Is his diarrhea from the colchicine?',
    focus: 'colchicine',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: "what triggers the attacks" asks cause; "how can I avoid having another one" asks prevention
  {
    message:
      'I was diagnosed with acute intermittent porphyria after a horrible attack last year that put me in hospital for two weeks. Questions: 1. What triggers the attacks? 2. How can I avoid having another one?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: "is it an allergy or something else" asks what it is, information; "can he eat a little gluten" asks lifestyle (diet); "if we have kids will they get it" asks inheritance
  {
    message:
      "My boyfriend has celiac disease and I'm trying to understand it better:\n- Is it an allergy or something else?\n- Can he ever eat a little bit of gluten, like crumbs?\n- If we have kids, will they get it?",
    focus: 'celiac disease',
    types: ['information', 'lifestyle', 'inheritance'],
  },
  // why: items 1 and 2 are story; "can it really damage my eyes" asks side_effects
  {
    subject: 'Plaquenil eye exams',
    message:
      "Hi, I've been on Plaquenil for lupus for 3 years.\n1. I take 200mg twice a day.\n2. My rheumatologist said I now need yearly eye exams.\n3. Can it really damage my eyes?",
    focus: 'Plaquenil',
    types: ['side_effects'],
  },
  // why: "what causes it" asks cause; "can it attack her kidneys" asks complications; "a lupus support group" asks find_specialist
  {
    message:
      'My sister was just diagnosed with lupus. I have three questions: first, what causes it? Second, can it attack her kidneys? And third, is there a lupus support group in the Phoenix area?',
    focus: 'lupus',
    types: ['cause', 'complications', 'find_specialist'],
  },
  // why: "a glass of wine" with the medicine asks interactions; "trying for a baby, is it safe" asks contraindications
  {
    message:
      'I was put on methotrexate for my rheumatoid arthritis.\n1 - can I still have a glass of wine at weekends?\n2 - we are thinking about trying for a baby next year, is it safe?',
    focus: 'methotrexate',
    types: ['interactions', 'contraindications'],
  },
  // why: "a diet that helps" asks lifestyle; "for life or can it go into remission" asks prognosis; "chance of colon cancer" asks complications
  {
    subject: "Crohn's questions",
    message:
      "Dear team, I'm 24 and was diagnosed with Crohn's disease last month.\n1. Is there a diet that helps?\n2. Is it something I will have for life, or can it go into remission?\n3. Does it increase the chance of colon cancer?",
    focus: "Crohn's disease",
    types: ['lifestyle', 'prognosis', 'complications'],
  },
  // why: "could my sister's tiredness be it, should she get tested" asks diagnosis; "can it lead to an adrenal crisis" asks complications; "how do I prevent one" asks prevention
  {
    message:
      "Quick list of questions about Addison's disease, which I was diagnosed with in January:\n- Could my sister's constant tiredness be Addison's too? Should she get tested?\n- Can it lead to an adrenal crisis?\n- How do I prevent one?",
    focus: "Addison's disease",
    types: ['diagnosis', 'complications', 'prevention'],
  },
  // why: "how does it work" asks indication; "drink alcohol while on it" asks interactions
  {
    message:
      'My daughter (19) has narcolepsy with cataplexy and her neurologist suggested sodium oxybate. 1. How does it work? 2. Can she drink alcohol at college while she is on it?',
    focus: 'sodium oxybate',
    types: ['indication', 'interactions'],
  },
  // why: "could the stomach bug have caused it" asks about a named exposure as cause, association; "will he walk again" asks prognosis; "is it contagious" asks susceptibility
  {
    subject: 'GBS after a stomach bug',
    message:
      'My husband developed Guillain-Barre syndrome two weeks after a stomach bug and is now in the ICU.\n1. Could the stomach bug have caused it?\n2. Will he walk again?\n3. Is it contagious? I have been at his bedside every day.',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis', 'susceptibility'],
  },
  // why: "should I stop shaving my armpits" asks lifestyle (daily life); "is it linked to my PCOS" asks association
  {
    message:
      'I have hidradenitis suppurativa, stage 2. First: should I stop shaving my armpits? Second: is it linked to my PCOS? My doctor never mentioned anything.',
    focus: 'hidradenitis suppurativa',
    types: ['lifestyle', 'association'],
  },
  // why: "usual symptoms besides mouth ulcers" asks symptoms; "is it genetic" asks inheritance; "can it cause blindness" asks complications
  {
    message:
      "Behcet's disease - 3 questions, thanks in advance:\n1) What are the usual symptoms besides mouth ulcers?\n2) Is it genetic?\n3) Can it cause blindness?",
    focus: "Behcet's disease",
    types: ['symptoms', 'inheritance', 'complications'],
  },
  // why: "can it damage his heart long term" asks complications; "how often will he need heart scans" asks diagnosis (tests)
  {
    subject: 'Kawasaki follow-up',
    message:
      'My 3-year-old had Kawasaki disease in March and was given IVIG. 1. Can it damage his heart long term? 2. How often will he need heart scans?',
    focus: 'Kawasaki disease',
    types: ['complications', 'diagnosis'],
  },
  // why: "what gene is involved" asks genetic_changes; "could my sister's kids have it" asks inheritance; "regular school" asks lifestyle; "a support group" asks find_specialist
  {
    message:
      "Our son was diagnosed with fragile X syndrome and it turns out I'm a carrier. My questions:\n1. What gene is involved?\n2. Could my sister's kids have it too?\n3. Will he be able to go to a regular school?\n4. Is there a support group for families like ours?",
    focus: 'fragile X syndrome',
    types: ['genetic_changes', 'inheritance', 'lifestyle', 'find_specialist'],
  },
  // why: "does it affect the liver as well" asks complications; "is augmentation therapy worth it" asks treatment; "should my children be tested" asks diagnosis
  {
    subject: 'Alpha-1 ZZ',
    message:
      'Just diagnosed with alpha-1 antitrypsin deficiency (ZZ type) at 52, never smoked.\n- Does it affect the liver as well as the lungs?\n- Is augmentation therapy worth it?\n- Should my children be tested?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['complications', 'treatment', 'diagnosis'],
  },
  // why: "what side effects does tolvaptan have" asks side_effects; "OK with his blood pressure pills" asks interactions
  {
    message:
      'My husband has polycystic kidney disease and his nephrologist is talking about tolvaptan. Two questions: 1) What side effects does tolvaptan have? 2) Is it OK to take with his blood pressure pills?',
    focus: 'tolvaptan',
    types: ['side_effects', 'interactions'],
  },
  // why: items 1 and 2 are background; "how can I stop an attack being triggered by the dental work" asks prevention
  {
    subject: 'HAE and dental work',
    message:
      'Hello, I have hereditary angioedema. Background first:\n1. I get swelling attacks about once a month.\n2. I have a tooth extraction booked in June.\nMy question: how can I stop an attack being triggered by the dental work?',
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  // why: "OK with her warfarin" asks interactions; "is the dizziness a side effect" asks side_effects; "take it with meals" asks drug_usage
  {
    message:
      'My mother (78) has trigeminal neuralgia and was prescribed carbamazepine.\n- Is it OK with her warfarin?\n- Her dizziness started around the same time. Is that a side effect?\n- Should she take it with meals?',
    focus: 'carbamazepine',
    types: ['interactions', 'side_effects', 'drug_usage'],
  },
  // why: "is it the same thing as COPD" asks information (difference between two conditions); "what is the life expectancy" asks prognosis
  {
    message:
      "My grandfather has idiopathic pulmonary fibrosis. First, is it the same thing as COPD? Second, what is the life expectancy? He's 81.",
    focus: 'idiopathic pulmonary fibrosis',
    types: ['information', 'prognosis'],
  },
  // why: "on an empty stomach" asks drug_usage; "with my coffee" asks interactions; "safe while breastfeeding" asks contraindications; "does the tablet contain lactose" asks ingredients
  {
    subject: 'levothyroxine timing',
    message:
      "I started levothyroxine for Hashimoto's last week.\n1. Do I really have to take it on an empty stomach?\n2. Can I take it with my morning coffee?\n3. Is it safe while I'm breastfeeding my 4-month-old?\n4. Does the tablet contain lactose? I'm intolerant.",
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions', 'contraindications', 'ingredients'],
  },
  // why: "how do we stop the pain crises" asks prevention; "can he do PE at school" asks lifestyle; "is a bone marrow transplant a cure" asks treatment
  {
    message:
      'Our son has sickle cell disease and he is 9.\n1. How do we stop the pain crises?\n2. Can he do PE at school?\n3. Is a bone marrow transplant a cure?',
    focus: 'sickle cell disease',
    types: ['prevention', 'lifestyle', 'treatment'],
  },
  // why: the dashed items are story; "is it normal for it to get worse with age" asks prognosis; the name is misspelled so the focus keeps the message's words
  {
    message:
      'Sorry for the list but:\n- My mom was diagnosed with mysthenia gravis in 2019\n- she is 71 now\n- her eyelids droop a lot more lately\nIs it normal for it to get worse with age?',
    focus: 'mysthenia gravis',
    types: ['prognosis'],
  },
];
