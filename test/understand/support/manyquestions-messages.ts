/**
 * "manyquestions" set. Long messages that ask many questions at once (three to six in most of them), in
 * paragraphs or lists, with background in between. Written by someone who had read neither the understanding
 * or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus
 * 1.000, type F1 0.931). Scored by manyquestions.test.ts and by `npx tsx test/understand/support/score-messages.ts --manyquestions --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MANYQUESTIONS_MESSAGES: ConsumerMessage[] = [
  // why: what it is, kids inheriting, treatment, kidney damage, how long he will live
  {
    message:
      'Hello, my husband (42) was just diagnosed with Fabry disease after years of burning pain in his hands and feet that nobody could explain. The nephrologist said the word and then ran out of time, so we left with more questions than answers.\n\nFirst, what exactly is Fabry disease? Second, we have a daughter who is 9 and a son who is 6 - could they have inherited it from him? Third, is there any treatment, or is it just pain killers? I read something about enzyme infusions.\n\nHe has some protein in his urine already. Can this disease damage the kidneys over time, and what does that mean for how long he will live?\n\nThank you so much for any help.',
    focus: 'Fabry disease',
    types: ['information', 'inheritance', 'treatment', 'complications', 'prognosis'],
  },
  // why: sports = lifestyle; heart problems it leads to = complications; sister checked = diagnosis; clinic = find_specialist
  {
    subject: 'Son just diagnosed with Marfan - a few questions',
    message:
      "Hi there. Our son Jacob is 14, very tall, and after an echo last month the cardiologist confirmed Marfan syndrome. He is devastated mainly because of basketball. I wrote my questions down so I don't forget:\n\n1. Can he keep playing basketball on the school team, or is that dangerous now?\n2. What heart problems should we be watching for? The doctor mentioned the aorta but I didn't follow.\n3. His younger sister is also tall and thin. Should she get checked too?\n4. Is there a Marfan clinic or specialist you would recommend? We're in Ohio.\n\nThanks in advance.",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications', 'diagnosis', 'find_specialist'],
  },
  // why: only asks which foods to avoid -> lifestyle
  {
    message:
      'is there a diet for wilson disease?? dr said avoid copper but like what foods, chocolate? shellfish? im 19 just diagnosed',
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  // why: cause, which gene, cure/medicine, research studies
  {
    message:
      "My grandson is 7 months old and they told us he has Pompe disease. My daughter is too upset to talk about it so I'm trying to learn what I can. What causes this disease? Which gene is it - the doctor said something about GAA, is that right? Is there a cure or any medicine that helps? And are there any research studies he could be part of? We live near Durham NC. God bless you for doing this work.",
    focus: 'Pompe disease',
    types: ['cause', 'genetic_changes', 'treatment', 'research'],
  },
  // why: medicine questions: wine = interactions, eye damage = side_effects, pregnancy = contraindications, missed dose = drug_usage
  {
    subject: 'Plaquenil questions',
    message:
      "I was started on hydroxychloroquine (Plaquenil) for Sjogren's 2 weeks ago, 200mg twice a day. Few things:\n- is it ok to have a glass of wine with dinner while on it?\n- I've read it can damage the eyes. Is that true and how would I know?\n- my husband and I were hoping to try for a baby next year, is it safe in pregnancy or do I need to stop it?\n- and if I forget the evening dose should I just double up in the morning?\nthanks",
    focus: 'hydroxychloroquine',
    types: ['interactions', 'side_effects', 'contraindications', 'drug_usage'],
  },
  // why: losing walking = prognosis; swimming = lifestyle; trials = research; specialist = find_specialist
  {
    message:
      'our son Liam is 6 and has Duchenne muscular dystrophy. right now he still runs (slowly) and climbs stairs with the rail. how long until he loses the ability to walk? he loves swimming, is it ok for him to keep doing it or will it wear out his muscles? are there any trials for boys his age, we heard about exon skipping. also we live in a small town and his doctor has never had a DMD patient, where could we find a neuromuscular specialist?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'lifestyle', 'research', 'find_specialist'],
  },
  // why: what brings attacks = cause; preventing attacks = prevention; amyloidosis/kidney risk = complications; how rare = frequency
  {
    message:
      'Hello, I am 28, from Armenian family but born in France. I was diagnosed with familial mediterranean fever last year after many years of fever and belly pain attacks. I want to understand better. What is making the attacks come? I notice with stress and when I have my period. How can I prevent attacks better, I already take colchicine but still get them every month. My doctor say something about amyloidosis and kidney, what is this risk? Also, is this disease very rare? Nobody here knows it.',
    focus: 'familial Mediterranean fever',
    types: ['cause', 'prevention', 'complications', 'frequency'],
  },
  // why: medicine: fridge = storage_disposal; grapefruit juice = interactions; loose stools from it = side_effects
  {
    message:
      "My 10 yr old takes colchicine for FMF. Does it need to be kept in the fridge? We're going camping for a week. Also he loves grapefruit juice - I saw a warning online, is it ok with colchicine? And he's been having loose stools lately, could that be from the colchicine?",
    focus: 'colchicine',
    types: ['storage_disposal', 'interactions', 'side_effects'],
  },
  // why: difference between two conditions = information; lungs/brain = complications; screening teens = diagnosis; stopping nosebleeds = treatment
  {
    subject: 'HHT vs von Willebrand??',
    message:
      'My wife has nosebleeds almost every day and little red spots on her lips and fingers. Her father had the same and died of a stroke at 60. One doctor said HHT, another said maybe von Willebrand disease. What is the difference between hereditary hemorrhagic telangiectasia and von Willebrand disease? If it is HHT, can it affect the lungs or the brain? She is scared because of her dad. We have two teenagers, should they be screened? And is there anything that actually stops the nosebleeds, she has tried everything from the pharmacy.',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['information', 'complications', 'diagnosis', 'treatment'],
  },
  // why: chance a child of an affected parent gets it -> inheritance
  {
    message: 'my dad has huntingtons disease. whats the chance i get it too',
    focus: 'Huntington disease',
    types: ['inheritance'],
  },
  // why: stopping crises = prevention; school trip/swimming = lifestyle; cure = treatment; life expectancy = prognosis
  {
    message:
      "Hi, I'm mum to Amara who is 8 and has sickle cell disease (HbSS). She has had 3 hospital admissions for pain crises this year and missed a lot of school. I have a few questions.\n\nIs there anything we can do to stop the crises happening so often? We already push fluids.\n\nHer class is going on a residential trip to the Lake District in May with swimming in the lake. Is that safe for her or should she stay home?\n\nI keep hearing about bone marrow transplants and gene therapy. Is there an actual cure now?\n\nLastly, and this is hard to ask, what is the life expectancy for children with sickle cell these days?\n\nThank you.",
    focus: 'sickle cell disease',
    types: ['prevention', 'lifestyle', 'treatment', 'prognosis'],
  },
  // why: medicine: what for/how it works = indication; hair/weak = side_effects; morning or night, food = drug_usage
  {
    message:
      'Good day. Doctor give hydroxyurea to my son, 5 years, for sickle cell. Please I want to know what is this medicine for and how it is working in the body? Some people tell me it is medicine for cancer. Will it make his hair fall or make him weak? And he must take it morning or night, with food or no?',
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: food at school = lifestyle; whether meltdowns belong to it = symptoms
  {
    message:
      "I'm a year 2 teacher and I'll have a pupil with Prader-Willi syndrome in my class from September. What should we be doing about food in the classroom and at lunch - do other children's snacks need to be put away? And his previous teacher mentioned big meltdowns over small changes, is that part of the syndrome?",
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'symptoms'],
  },
  // why: whether two conditions are the same = information; telling them apart = diagnosis; two conditions named
  {
    message:
      "Is Angelman syndrome the same thing as Rett syndrome? Our daughter is 2 and not talking, and her doctor said it's one of the two but needs more tests. How do they tell them apart?",
    focus: 'Angelman syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: could it be NF/test = diagnosis; turn into cancer = complications; how if parents unaffected = inheritance; how common = frequency; get worse = prognosis
  {
    message:
      "Our baby girl is 5 months old and has 7 or 8 light brown patches on her body - the health visitor called them cafe au lait spots and said to see a doctor. Could this be neurofibromatosis? Is there a test that can say for sure?\n\nI've been reading online (I know I shouldn't) and I saw that NF1 can turn into cancer. Is that true?\n\nNeither me nor my husband has any spots, so how could she have it if it's genetic? How common is this?\n\nAnd if it is NF, what does the future look like for her - will it get worse as she grows?",
    focus: 'neurofibromatosis type 1',
    types: ['diagnosis', 'complications', 'inheritance', 'frequency', 'prognosis'],
  },
  // why: only asks about clinical trials -> research
  {
    message:
      'Are there any clinical trials right now for seizures in tuberous sclerosis? My son (11) still has seizures on 3 meds.',
    focus: 'tuberous sclerosis complex',
    types: ['research'],
  },
  // why: cure or pills to manage it -> treatment
  {
    message:
      'Diagnosed 3 months ago, my eyelids droop by evening. Is there a cure for myasthenia gravis, or only pills to manage it?',
    focus: 'myasthenia gravis',
    types: ['treatment'],
  },
  // why: medicine: before/after meals = drug_usage; cramps from it = side_effects
  {
    message:
      'Mestinon (pyridostigmine) question: should I take it before meals or after? I have MG and trouble swallowing by dinnertime. also the stomach cramps and diarrhea I get, are those from the mestinon?',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: contagious = susceptibility; dust as cause = association; go away by itself = prognosis; heart = complications; support group = find_specialist
  {
    subject: 'Partner diagnosed with sarcoidosis - lots of questions',
    message:
      "My partner Dave (51) was diagnosed with sarcoidosis in his lungs last month after a biopsy. I am trying to get my head around it.\n\nIs it contagious? We share everything and we have a grandchild staying with us a lot.\n\nHe worked 20 years as a stonemason with a lot of dust. Could the dust from his job have caused it?\n\nThe consultant said it might go away by itself. How likely is that, and what if it doesn't?\n\nCan it spread to the heart? His brother had a heart problem, so that worries me.\n\nAnd is there a support group somewhere for people with sarcoidosis and their families? Near Leeds ideally.\n\nSorry for the long message.",
    focus: 'sarcoidosis',
    types: ['susceptibility', 'association', 'prognosis', 'complications', 'find_specialist'],
  },
  // why: typical symptoms, cause, how treated, how common
  {
    message:
      "hi i'm 24 and i keep getting mouth ulcers, genital ulcers and now red painful eyes. my GP mentioned behcets. what are the typical symptoms of behcets? what causes it? how is it treated? and how common is it in the UK",
    focus: 'Behcet disease',
    types: ['symptoms', 'cause', 'treatment', 'frequency'],
  },
  // why: what brings on attacks = cause; preventing next one = prevention; other treatments = treatment; sister tested = diagnosis
  {
    subject: 'Acute intermittent porphyria - triggers?',
    message:
      "I'm 31 and was diagnosed with AIP after an attack that put me in hospital for 2 weeks. I want to avoid that ever happening again.\n\nWhat brings on attacks? Is it alcohol, dieting, my period, certain medicines? What can I do to prevent the next one?\n\nIn hospital they gave me hemin infusions. Are there other treatments now, I heard about a monthly injection?\n\nMy sister has had weird stomach pain episodes too. Should she be tested?",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention', 'treatment', 'diagnosis'],
  },
  // why: what is PKU = information; lifelong diet = lifestyle; develop normally = prognosis; diet not followed = complications; next baby = inheritance
  {
    message:
      "Our daughter is 10 days old and the heel prick test came back positive for phenylketonuria. We were given a leaflet but honestly we're in shock.\n\nWhat is PKU exactly? Will she have to be on a special diet forever? If we keep to the diet, will she develop normally and go to school like other kids? What happens if the diet isn't followed properly?\n\nWe also want more children one day - what are the chances the next one has it too?",
    focus: 'phenylketonuria',
    types: ['information', 'lifestyle', 'prognosis', 'complications', 'inheritance'],
  },
  // why: medicine: what it is/how it works = indication; how and when to take = drug_usage; aspartame = ingredients; breastfeeding = contraindications
  {
    message:
      "My 12 year old with PKU has been offered Kuvan (sapropterin). What is it and how does it work? Does it replace the diet? How do you take it, dissolved in water or juice, and what time of day? Does the tablet contain aspartame or phenylalanine? And I'm wondering for myself as I also have PKU - is it safe to take while breastfeeding?",
    focus: 'sapropterin',
    types: ['indication', 'drug_usage', 'ingredients', 'contraindications'],
  },
  // why: how rare = frequency; which gene = genetic_changes; outlook = prognosis
  {
    message:
      'How rare is cystinosis, and which gene is responsible? our son was diagnosed at 14 months. what is the outlook for kids with it now?',
    focus: 'cystinosis',
    types: ['frequency', 'genetic_changes', 'prognosis'],
  },
  // why: could this be HAE/test = diagnosis; why swellings/triggers = cause; runs in families = inheritance; medicine for an attack = treatment
  {
    message:
      "For about 3 years I've had episodes where my hands or face swell up for 2-3 days, and twice my throat felt tight. Antihistamines do nothing. My mum had the same thing and was always told it was allergies.\n\nCould this be hereditary angioedema? What test would show it?\n\nIf it is, why do the swellings happen - are there triggers I should look out for? I noticed after dental work once.\n\nDoes it run in families - is that why my mum has it too?\n\nAnd what should I do if my throat swells again? Is there medicine for an attack?",
    focus: 'hereditary angioedema',
    types: ['diagnosis', 'cause', 'inheritance', 'treatment'],
  },
  // why: whether hearing loss is a sign of it -> symptoms
  {
    message: 'Does Alport syndrome cause hearing loss? My nephew has it and is now getting hearing aids.',
    focus: 'Alport syndrome',
    types: ['symptoms'],
  },
  // why: diet = lifestyle; brain aneurysms = complications; will my kids get it = inheritance
  {
    message:
      'hey so i have pkd (polycystic kidney disease) diagnosed at 25 from an ultrasound. few qs: is there any diet i shud follow, like less salt or protein? cn it cause brain aneurysms bc my uncle died of 1. and will my kids get it?? dont have any yet but want to',
    focus: 'polycystic kidney disease',
    types: ['lifestyle', 'complications', 'inheritance'],
  },
  // why: could this be it = diagnosis; which mutation = genetic_changes; stop drinking = lifestyle; giving blood = treatment
  {
    message:
      "Hello. A routine blood test showed my ferritin is 900 and my transferrin saturation is high. My GP wants to refer me but the wait is 4 months.\n\nCould this be haemochromatosis? Which gene mutation would they look for - I've seen C282Y mentioned? Should I stop drinking alcohol in the meantime? And if it is, how is it treated - is it really just giving blood?\n\nThanks, Mark (47)",
    focus: 'hemochromatosis',
    types: ['diagnosis', 'genetic_changes', 'lifestyle', 'treatment'],
  },
  // why: liver = complications; replacement infusions = treatment; sons tested = diagnosis
  {
    message:
      'My husband, 55, has just found out he has alpha-1 antitrypsin deficiency (ZZ). He has emphysema already. Can it also affect his liver? Is there a treatment that replaces the missing protein, we heard about infusions? Our two sons are in their 20s - should they get tested?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['complications', 'treatment', 'diagnosis'],
  },
  // why: life expectancy = prognosis; pill instead of infusions = treatment
  {
    message:
      "I'm 34 with Gaucher disease type 1, on enzyme replacement every 2 weeks. What is the normal life expectancy? Is there a pill option instead of infusions?",
    focus: 'Gaucher disease',
    types: ['prognosis', 'treatment'],
  },
  // why: what is it = information; Spinraza/gene therapy = treatment; sit and walk = prognosis; research = research; insurance = other
  {
    message:
      'Dear sir or madam,\nMy granddaughter Sofia was diagnosed with spinal muscular atrophy at 10 months. I am 70 and my English is not perfect, sorry. Please can you explain what is this disease? The doctors talk about Spinraza and gene therapy - are these available for her and do they work? Will she be able to sit and walk one day? Is there research for children who are already older than one? And the family is worried about money, does insurance pay for these medicines, they cost millions?\nThank you very much.',
    focus: 'spinal muscular atrophy',
    types: ['information', 'treatment', 'prognosis', 'research', 'other'],
  },
  // why: medicine: alcohol = interactions; folic acid day/missed dose = drug_usage; pregnancy = contraindications; hair thinning = side_effects
  {
    message:
      "I have dermatomyositis and my rheumatologist has just put me on methotrexate, 15mg once a week, plus folic acid.\n\n1) Can I still drink alcohol at all?\n2) Which day should I take the folic acid, and what if I miss my weekly dose by a day or two?\n3) I'm 32 and we might want another baby. Is it safe to get pregnant on it?\n4) My hair seems thinner already - is that the methotrexate?",
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage', 'contraindications', 'side_effects'],
  },
  // why: only asks the signs in babies -> symptoms
  {
    message:
      'what are the signs of williams syndrome in babies? asking for my sister, her newborn has a heart murmur and she keeps googling',
    focus: 'Williams syndrome',
    types: ['symptoms'],
  },
  // why: growth hormone/later treatment = treatment; heart or kidney problems = complications; PE = lifestyle; prenatal test = diagnosis
  {
    message:
      "My daughter (7) was diagnosed with Turner syndrome last week. She is the smallest in her class by far.\n\n- The endocrinologist wants to start growth hormone injections. Does that really work, and are there other treatments she'll need later for puberty?\n- What heart or kidney problems does Turner syndrome cause that we need to watch for?\n- Can she do normal PE and sports at school?\n- I'm pregnant again - can they test the baby for Turner before birth?\n\nThanks",
    focus: 'Turner syndrome',
    types: ['treatment', 'complications', 'lifestyle', 'diagnosis'],
  },
  // why: what causes it = cause; passed down from parents = inheritance
  {
    message:
      'What causes Klinefelter syndrome? Is it something passed down from the parents? We just found out our son has it.',
    focus: 'Klinefelter syndrome',
    types: ['cause', 'inheritance'],
  },
  // why: which gene = genetic_changes; cancer screening = diagnosis; odds for kids = inheritance; genetic counselor = find_specialist
  {
    message:
      "I (38F) just had genetic testing after my second cancer and it came back as Li-Fraumeni syndrome. Which gene is it exactly, and is it the same one they find in tumours? What cancer screening should I be having from now on? I have three kids - what are the odds each of them has it? And can you point me to a genetic counselor who specializes in LFS? I'm in Toronto.",
    focus: 'Li-Fraumeni syndrome',
    types: ['genetic_changes', 'diagnosis', 'inheritance', 'find_specialist'],
  },
  // why: named exposure (flu shot) asked as cause = association; walk again = prognosis
  {
    message:
      'got GBS 2 weeks after my flu shot. could the flu shot have caused it? and will i walk normally again, right now i need a walker',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  // why: driving = lifestyle; worse with age = prognosis; swine flu vaccine link = association; other medicines = treatment
  {
    subject: 'narcolepsy - driving, vaccine, meds',
    message:
      "I'm 22 and was diagnosed with narcolepsy with cataplexy after a sleep study. Am I allowed to drive? Does it get worse as you get older? I read that some people got it after the swine flu vaccine in 2009 - is there really a link? I had that vaccine as a kid. What medicines are there for it besides modafinil, which isn't doing much?",
    focus: 'narcolepsy',
    types: ['lifestyle', 'prognosis', 'association', 'treatment'],
  },
  // why: medicine with another medicine (the pill) -> interactions
  {
    message: 'Can modafinil stop my birth control pill from working?',
    focus: 'modafinil',
    types: ['interactions'],
  },
  // why: contagious = susceptibility; what causes it = cause; heart damage = complications
  {
    message:
      'My 3 year old was just diagnosed with Kawasaki disease and is getting IVIG in hospital. Is it contagious? I have a baby at home too. What causes it in the first place? And can it damage his heart?',
    focus: 'Kawasaki disease',
    types: ['susceptibility', 'cause', 'complications'],
  },
];
