/**
 * "comorbid" set: 40 messages from people (or their relatives) who live with two or more conditions or take
 * several medicines and ask how they fit together: whether one condition causes, worsens or raises the risk of
 * another, whether a medicine for one is safe with the other, which doctor should coordinate care, whether a
 * new symptom belongs to one or the other, and ordinary questions about one condition with the others as
 * background. The focus is the one condition or medicine asked about. 12 messages have a medicine as focus
 * (brand names and one misspelling included); 14 have a subject line, some carrying the focus name while the
 * body says only "it".
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 1.000, type F1 0.698 (see BENCHMARKS.md).
 * Scored by comorbid.test.ts and by `npx tsx test/understand/support/score-messages.ts --comorbid --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COMORBID_MESSAGES: ConsumerMessage[] = [
  {
    // "can Sjogren's syndrome affect the nerves like this" = symptoms (whether a sign belongs to it); "what actually helps with the burning" = treatment.
    subject: 'burning feet',
    message:
      "Hi, I'm 52 and was diagnosed with Sjogren's syndrome in 2021, and I've had Hashimoto's for years (on thyroxine). For the past few months my feet burn and tingle, worse at night. My GP says my thyroid levels are fine. Can Sjogren's syndrome affect the nerves like this, or is it more likely something else? And what actually helps with the burning? The gabapentin I was given makes me so foggy I can't work.",
    focus: "Sjogren's syndrome",
    types: ['symptoms', 'treatment'],
  },
  {
    // "does Turner syndrome really make celiac more likely" = susceptibility (another condition raising the risk); "what signs should we watch for" = symptoms.
    message:
      "Our daughter (9) has Turner syndrome. At her last check-up the endocrinologist said girls with Turner have a higher chance of celiac disease and ordered a blood test, results in 2 weeks. Does Turner syndrome really make celiac more likely? And what signs should we be watching for in the meantime? She's always been a picky eater with tummy aches so it's hard to tell what is what.",
    focus: 'celiac disease',
    types: ['susceptibility', 'symptoms'],
  },
  {
    // "is POTS connected to EDS" = association; "does POTS usually get better with time" = prognosis; "who is supposed to treat POTS" = find_specialist.
    subject: 'EDS and now POTS??',
    message:
      'I (24F) was diagnosed with hypermobile EDS last year and now a tilt table test says I have POTS too. Is POTS connected to EDS or is it just bad luck? Does POTS usually get better with time? My cardiologist and my rheumatologist each say the other one should be managing it, so who is actually supposed to treat POTS?',
    focus: 'POTS',
    types: ['association', 'prognosis', 'find_specialist'],
  },
  {
    // "what are the chances she has EDS too" = inheritance; "is there a genetic test for the hypermobile type" = diagnosis.
    message:
      'I have Ehlers-Danlos (hypermobile type), MCAS and gastroparesis, so I know the drill. My daughter is 13 and very bendy, sprains her ankles all the time and bruises easily. What are the chances she has EDS too, and is there a genetic test for the hypermobile type or is it all just a checklist?',
    focus: 'EDS',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "what sets off the flares" = cause (what brings on its attacks); "is there a particular diet" = lifestyle.
    subject: 'MCAS flares',
    message:
      'Besides my EDS I was recently diagnosed with mast cell activation syndrome. What sets off the flares? I react to heat, perfume and some foods but honestly it seems random. Is there a particular diet people with mast cell activation syndrome should follow, like low histamine, or is that a myth?',
    focus: 'mast cell activation syndrome',
    types: ['cause', 'lifestyle'],
  },
  {
    // "could the depression have been part of the Wilson's disease" = symptoms (whether a sign belongs to it); "will it get better now that he's on treatment or is the damage permanent" = prognosis.
    message:
      "My brother, 19, was diagnosed with Wilson's disease after his liver tests came back bad. For about two years before that he had severe depression and anxiety and was even hospitalized once, and everyone thought it was just a psychiatric thing. Could the depression have been part of the Wilson's disease all along? Will it get better now that he's on treatment, or is the damage permanent?",
    focus: "Wilson's disease",
    types: ['symptoms', 'prognosis'],
  },
  {
    // "is stroke one of the things Fabry disease causes" = complications; "should he be back on the enzyme infusions" = treatment.
    message:
      "My husband has Fabry disease and had a kidney transplant 4 years ago. Last month he had a mini stroke (TIA) at 46. Is stroke one of the things Fabry disease causes? He stopped his enzyme infusions after the transplant because he thought the new kidney had 'fixed' it. Should he be back on them?",
    focus: 'Fabry disease',
    types: ['complications', 'treatment'],
  },
  {
    // "are the two related" = association; "are my kids more likely to get it" = inheritance; "should they be tested" = diagnosis.
    subject: "Type 1 diabetic, now Addison's",
    message:
      "I've had type 1 diabetes since I was 8 and last month I found out I also have Addison's disease after ending up in the ER. Are the two related? I have two kids (10 and 7), are they more likely to get it, and should they be tested?",
    focus: "Addison's disease",
    types: ['association', 'inheritance', 'diagnosis'],
  },
  {
    // "could the haemochromatosis be what caused my diabetes" = association (a condition asked as the cause of another); "will the venesections help the sugar levels" = treatment.
    message:
      'Male, 58. Type 2 diabetes for 6 yrs, fatty liver, and now they found my ferritin is 1400 and the gene test shows haemochromatosis (C282Y x2). Could the haemochromatosis be what caused my diabetes? Will the venesections help the sugar levels or just bring the iron down?',
    focus: 'haemochromatosis',
    types: ['association', 'treatment'],
  },
  {
    // "can it affect the heart" = complications; "what tests would show if it is in my heart" = diagnosis.
    subject: 'Sarcoidosis and the heart',
    message:
      "I've had it in my lungs for 8 years, stable, off prednisone for over a year. Recently I've been having palpitations and the ECG showed some kind of heart block, and I also have high blood pressure. Can it affect the heart? What tests would show if it's in my heart?",
    focus: 'sarcoidosis',
    types: ['complications', 'diagnosis'],
  },
  {
    // "are learning problems part of NF1" = symptoms; "what can we ask his school for" = lifestyle (school); "will they grow a lot in puberty" = prognosis.
    subject: 'NF1, ADHD and school',
    message:
      "Our son is 8, has NF1 and was just diagnosed with ADHD on top. He's falling behind in reading and the teacher says he can't focus. Are learning problems part of NF1? What can we ask his school for? His neurofibromas are small now, will they grow a lot in puberty?",
    focus: 'NF1',
    types: ['symptoms', 'lifestyle', 'prognosis'],
  },
  {
    // "how do they tell the difference between Behcet's disease and Crohn's" = diagnosis; "does it run in families" = inheritance.
    message:
      "I was diagnosed with Crohn's disease 5 years ago, but now I get mouth ulcers all the time, also genital ulcers, and my eye doctor found uveitis. My GI doctor is now wondering about Behcet's disease instead. How do they tell the difference between Behcet's disease and Crohn's? Does Behcet's run in families? My mother had similar ulcers her whole life.",
    focus: "Behcet's disease",
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "is there a link between Gaucher disease and Parkinson's" = association; "is anyone studying this" = research.
    message:
      "My father has Gaucher disease type 1, treated with enzyme replacement for many years and doing well. He's 67 and recently developed a tremor and stiffness, and the neurologist mentioned Parkinson's. Is there a link between Gaucher disease and Parkinson's? Is anyone studying this?",
    focus: 'Gaucher disease',
    types: ['association', 'research'],
  },
  {
    // "can a blood pressure pill bring on HAE attacks" = cause (what brings on its attacks); "how can I prevent an attack before my dental surgery" = prevention.
    subject: 'HAE and blood pressure pills',
    message:
      "I have HAE type 1 and was recently diagnosed with high blood pressure. My GP started me on a new blood pressure pill and since then I've had 3 swelling attacks in a month, way more than usual. Is it true that some blood pressure pills can bring on HAE attacks? And how can I prevent an attack before my wisdom tooth surgery next month?",
    focus: 'HAE',
    types: ['cause', 'prevention'],
  },
  {
    // "does PSC raise his risk of cancer" = complications; "how often will he need scopes and scans" = diagnosis (screening); "are there PSC specialists" = find_specialist.
    message:
      'My son (22) has had ulcerative colitis since he was 15. His liver tests were off so they did an MRCP and diagnosed primary sclerosing cholangitis. Does PSC raise his risk of cancer? How often will he need scopes and scans now? We live in a rural area, are there PSC specialists he could see, even remotely?',
    focus: 'PSC',
    types: ['complications', 'diagnosis', 'find_specialist'],
  },
  {
    // "how do they tell CIDP apart from diabetic nerve damage" = diagnosis; "is IVIG the main treatment and does it work in diabetics" = treatment.
    message:
      "Diabetic for 20 years (type 2) with neuropathy in my feet that I've gotten used to. But in the last 6 months my legs got weak really quickly, I've fallen three times, and now my hands are going numb too. The neurologist thinks it might be CIDP on top of the diabetic neuropathy, but he wasn't sure, and the nerve tests were 'mixed'. How do they tell CIDP apart from diabetic nerve damage? If it is CIDP, is IVIG the main treatment, and does it work as well in diabetics? Thank you for any help, I am getting scared of ending up in a wheelchair.",
    focus: 'CIDP',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "does having lupus make you more likely to get neuromyelitis optica" = susceptibility; "will my eye sight come back" = prognosis.
    subject: 'lupus and NMO',
    message:
      "I have had lupus for 12 years and now after losing the vision in one eye I've been told I have neuromyelitis optica. Does having lupus make you more likely to get neuromyelitis optica? Will my eye sight come back?",
    focus: 'neuromyelitis optica',
    types: ['susceptibility', 'prognosis'],
  },
  {
    // "is my CMT going to get worse faster now" = prognosis; "what kind of exercise is safe" = lifestyle.
    message:
      "I have Charcot Marie Tooth type 1A (like my dad) and was just told I'm prediabetic. Is my CMT going to get worse faster now, with diabetes on top? What kind of exercise is safe for me? I want to lose weight but my ankles are weak and I already wear braces.",
    focus: 'CMT',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "are the gallstones from the myotonic dystrophy" / "is the heart block part of it too" = complications; "which doctor should be following all of this" = find_specialist.
    message:
      "I'm 41 with myotonic dystrophy type 1. I already had cataracts removed at 35 and now I have gallstones and need my gallbladder out. Are the gallstones from the myotonic dystrophy? I also just had an ECG that showed a 'first degree block', is that part of it too? I see a GP, a surgeon, an eye doctor and a neurologist once a year, and nobody looks at the whole picture. Which doctor should be following all of this?",
    focus: 'myotonic dystrophy',
    types: ['complications', 'find_specialist'],
  },
  {
    // "does Down syndrome make dementia more likely" = complications; "is there an adult Down syndrome clinic" = find_specialist; "what is the life expectancy" = prognosis.
    message:
      "My sister is 44 and has Down syndrome and an underactive thyroid. Over the last year she has become forgetful, lost interest in her crafts and had her first ever seizure in March. Her thyroid blood test was normal, so the GP says it isn't that. Does Down syndrome make dementia more likely as people get older? Who should we see, her GP, a neurologist, or is there such a thing as a Down syndrome clinic for adults? And what is the life expectancy nowadays? We are trying to plan for her care when our parents are gone.",
    focus: 'Down syndrome',
    types: ['complications', 'find_specialist', 'prognosis'],
  },
  {
    // "can ADPKD cause brain aneurysms" = complications; "should I get a scan of my head" = diagnosis (screening).
    message:
      'I have ADPKD (diagnosed at 30, kidney function around 60% now) and high blood pressure. My mum also had it and she died of a brain bleed at 55. Can ADPKD cause brain aneurysms? Should I get a scan of my head?',
    focus: 'ADPKD',
    types: ['complications', 'diagnosis'],
  },
  {
    // "is there a link between HHT and migraine" = association; "is there a clinic that looks after HHT as a whole" = find_specialist.
    subject: 'nosebleeds, anaemia and migraines',
    message:
      "I've got HHT, iron deficiency anaemia from the nosebleeds, and bad migraines with aura. Is there a link between HHT and migraine? I see a different specialist for each thing. Is there a clinic that looks after HHT as a whole?",
    focus: 'HHT',
    types: ['association', 'find_specialist'],
  },
  {
    // "could the heavy bleeding be von Willebrand disease rather than endometriosis" / "what test do I need" = diagnosis; "would my kids get it" = inheritance.
    message:
      "I'm 17 and have had heavy periods since I started, like soaking through a pad every hour, and I bruise a lot. My aunt has von Willebrand disease and my gyno also thinks I might have endometriosis. Could the heavy bleeding be von Willebrand disease rather than endometriosis? What test do I need to ask for? If I have it would my kids get it one day?",
    focus: 'von Willebrand disease',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "does asthma make the sickle cell worse" = association (link between two conditions); "how can we stop these crises" = prevention.
    message:
      "Our 6 year old has sickle cell disease (HbSS) and asthma. He's had acute chest syndrome twice this year and was in the PICU the second time. Does asthma make the sickle cell worse? How can we stop these crises from happening so often?",
    focus: 'sickle cell disease',
    types: ['association', 'prevention'],
  },
  {
    // "is diabetes a normal part of CF as kids get older" = complications; "what should he actually be eating" = lifestyle (diet).
    message:
      'My son has CF and at 15 they have now diagnosed CF-related diabetes. Is diabetes a normal part of CF as kids get older? The CF dietitian always told us high fat, high salt, eat as much as possible, and now the diabetes nurse says cut the sugar. What should he actually be eating??',
    focus: 'CF',
    types: ['complications', 'lifestyle'],
  },
  {
    // "did my lupus cause this" = association (a condition asked as its cause); "do I need blood thinners for the rest of my life" = treatment.
    subject: 'antiphospholipid syndrome after DVT',
    message:
      "I'm 33, I have lupus, and after a DVT in my leg I was diagnosed with it. Did my lupus cause this? Do I need to be on blood thinners for the rest of my life?",
    focus: 'antiphospholipid syndrome',
    types: ['association', 'treatment'],
  },
  {
    // "does RA make you more likely to get fibromyalgia" = susceptibility; "what actually helps" = treatment; "should I keep exercising" = lifestyle.
    message:
      'have RA (on methotrexate) and hypothyroid. rheumy says my RA is in remission but i still hurt everywhere and am exhausted all the time, and now she says its fibromyalgia. does RA make you more likely to get fibromyalgia? what actually helps? exercise makes me feel worse the next day so should i keep doing it',
    focus: 'fibromyalgia',
    types: ['susceptibility', 'treatment', 'lifestyle'],
  },
  {
    // "is Chiari malformation linked to EDS" = association; "does having EDS change whether the surgery works" = treatment; "can you recommend a doctor who knows both" = find_specialist.
    message:
      "Hello, I have EDS and was recently found to have a Chiari malformation on MRI (6mm tonsils). I get terrible headaches when I cough or laugh, and my neck feels unstable. Neurosurgeon number 1 says decompression surgery, neurosurgeon number 2 says watch and wait and that my symptoms are 'from the EDS'. Is Chiari malformation linked to EDS? Does having EDS change whether the surgery works, I read something about the neck needing fusion too? Can you recommend a doctor who knows both conditions? I'm in the Midwest and willing to travel.",
    focus: 'Chiari malformation',
    types: ['association', 'treatment', 'find_specialist'],
  },
  {
    // "is hydroxychloroquine safe for someone with long QT" = contraindications; "does it interact with nadolol" = interactions.
    subject: 'Long QT + lupus',
    message:
      "My rheumatologist wants to start me on hydroxychloroquine for lupus. I also have long QT syndrome (type 2) and take nadolol. Is hydroxychloroquine safe for someone with long QT? Does it interact with nadolol? My cardiologist hasn't gotten back to me yet and I'm supposed to start Monday.",
    focus: 'hydroxychloroquine',
    types: ['contraindications', 'interactions'],
  },
  {
    // "can it make asthma worse" = side_effects; "should I space the doses differently" = drug_usage.
    message:
      'I have myasthenia gravis and asthma. Since starting Mestinon (pyridostygmine) 60mg four times a day my chest feels tighter and I am using my inhaler more. Can it make asthma worse? Also it seems to wear off before the next dose, should I space the doses differently?',
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "is colchicine ok with atorvastatin" = interactions; "is it still safe with my kidney disease" = contraindications.
    message:
      'FMF patient here, on colchicine since childhood. New doctor wants to start atorvastatin for cholesterol, and I have stage 3 kidney disease. Is colchicine ok with atorvastatin? Is it still safe with my kidneys?',
    focus: 'colchicine',
    types: ['interactions', 'contraindications'],
  },
  {
    // "is that from the prednisone" = side_effects; "can she take the whole dose in the morning" = drug_usage.
    subject: 'prednisone and blood sugar',
    message:
      'My mom is 70, type 2 diabetic on metformin, and was just diagnosed with polymyalgia rheumatica. They put her on prednisone 15mg and her sugars are in the 300s now. Is that from the prednisone? Can she take the whole dose in the morning?',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "could the losartan be causing the dizziness" = side_effects; "would taking it at bedtime help" = drug_usage.
    message:
      "My 16 yo son has Marfan syndrome and takes losartan to slow down his aortic root dilation. He also gets really dizzy when he stands up and has fainted twice at school, and they're testing him for POTS. Could the losartan be causing the dizziness? Would taking it at bedtime instead of with breakfast help?",
    focus: 'losartan',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "does modafinil make the pill not work" = interactions; "is modafinil safe if I get pregnant" = contraindications.
    message:
      "I have narcolepsy with cataplexy and also PCOS, and I'm on the combined pill for the PCOS. Just started modafinil last week. My pharmacist said something about it making the pill not work?? Is that true? And is modafinil safe if I do get pregnant by accident?",
    focus: 'modafinil',
    types: ['interactions', 'contraindications'],
  },
  {
    // "does carbamazepine change how everolimus works" = interactions; "can the tablets be dissolved in water" = drug_usage.
    subject: 'new medicine for tuberous sclerosis',
    message:
      "Our son (11) has tuberous sclerosis with epilepsy and has been on carbamazepine for years. The neurologist now wants to add everolimus for his seizures and the SEGA in his brain. Does carbamazepine change how everolimus works? He can't swallow tablets, can they be dissolved in water?",
    focus: 'everolimus',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "do I need to space the Urso apart from the other two" = interactions; "what exactly is Urso supposed to do for PBC" = indication.
    message:
      "I take Urso for PBC, levothyroxine for Hashimoto's, and cholestyramine for the itching. Do I need to space the Urso apart from the other two? Also what exactly is Urso supposed to do for PBC? It doesn't seem to help the itch at all.",
    focus: 'Urso',
    types: ['interactions', 'indication'],
  },
  {
    // "is Tegretol safe for someone with porphyria" = contraindications; "does it interact with the hemin infusions" = interactions.
    subject: 'porphyria and nerve pain meds',
    message:
      'I have acute intermittent porphyria and have just been diagnosed with trigeminal neuralgia. The neurologist wants to prescribe Tegretol. Is Tegretol safe for someone with porphyria? Does it interact with the hemin infusions I get during attacks?',
    focus: 'Tegretol',
    types: ['contraindications', 'interactions'],
  },
  {
    // "is CellCept safe in pregnancy" = contraindications; "how long before trying do I need to stop it" = drug_usage.
    message:
      "I have lupus nephritis and I'm on CellCept 1g twice a day plus hydroxychloroquine and prednisone 5mg. Kidneys finally in remission. My husband and I want to try for a baby next year. Is CellCept safe in pregnancy? How long before trying do I need to stop it?",
    focus: 'CellCept',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "how dangerous is it to miss doses of baclofen" = drug_usage (missed doses); "can I have a glass of wine while on it" = interactions.
    message:
      "stiff person syndrome + type 1 diabetes here. I take baclofen 20mg three times a day. I forgot my evening dose twice last week and got really bad spasms and felt awful, shaky and sweaty. How dangerous is it to miss doses of baclofen? Also can I have a glass of wine at my daughter's wedding while on it?",
    focus: 'baclofen',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "does levothyroxine contain gluten" = ingredients; "should I take it at night instead" = drug_usage; "how far apart from calcium and iron" = interactions.
    message:
      "Celiac disease and Hashimoto's here. My TSH keeps jumping around even though I take my levothyroxine every morning and I'm strict gluten free. Does levothyroxine contain gluten? I've switched generics a few times. Should I take it at night instead? And how far apart from my calcium and iron supplements does it need to be?",
    focus: 'levothyroxine',
    types: ['ingredients', 'drug_usage', 'interactions'],
  },
];
