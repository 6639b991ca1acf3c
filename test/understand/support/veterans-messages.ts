/**
 * "Veterans" evaluation set: 40 free-form messages from people who have lived
 * with a rare disease for years, or from parents and relatives who have cared
 * for an affected person for a long time. They know their condition well and
 * write detailed, specific messages: subtypes, genes and variants, medicines
 * already tried, test results and hospital names. Their questions are pointed:
 * whether a new drug or gene therapy is in trials or available, whether a new
 * symptom belongs to the condition, what happens in adulthood, how the move
 * from paediatric to adult care works, whether a second condition is linked,
 * which specialists or centres have experience, pregnancy and anaesthesia
 * risks, and interactions with medicines already taken. Some messages are long
 * (60-150 words), some short and blunt; 16 have a subject line. 30 messages are
 * about conditions (lysosomal storage diseases, muscular dystrophies and other
 * neuromuscular diseases, connective tissue disorders, metabolic disorders,
 * rare cancers, immune deficiencies, skeletal dysplasias, neurogenetic
 * diseases) and 10 about medicines used for rare diseases. Each `focus`
 * appears verbatim in the message or subject and names a condition or medicine
 * the knowledge base holds; `types` lists one question type per question, in
 * the order asked, each type listed once.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, checking
 * only that each focus is a name the knowledge base holds. Scored once before anything was changed against
 * it: focus 1.000, type F1 0.701 (see BENCHMARKS.md). Scored by veterans.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --veterans --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const VETERANS_MESSAGES: ConsumerMessage[] = [
  // ---------------------------------------------------------------- conditions
  {
    // only question: are gene therapy trials recruiting = research
    subject: 'Gene therapy trials for Fabry?',
    message:
      'My husband is 47 and has classic Fabry disease (GLA c.1025G>A, R342Q). He was diagnosed at 34 after twenty years of burning pain in his hands and feet being dismissed, and he has had agalsidase beta infusions every other week at the Royal Free ever since. His variant is not amenable to migalastat, his eGFR is now 58 and he has developed antibodies against the enzyme. I know AAV gene therapy for Fabry has been tested in the US and the UK. Are any of those gene therapy trials recruiting adult men in Europe at the moment?',
    focus: 'Fabry disease',
    types: ['research'],
  },
  {
    // "is this part of the Pompe" = whether a sign belongs (symptoms); "what test would show" = diagnosis
    subject: 'Late-onset Pompe - morning headaches',
    message:
      "I'm 52 and have late-onset Pompe disease (c.-32-13T>G plus a null allele). I was on alglucosidase alfa from 2011 and switched to avalglucosidase last year. Walking is stable with a stick. For the last two months I have woken up with a dull headache and feel foggy until about noon, and my wife says I snore and stop breathing at night. Is this part of the Pompe? And what test would show whether my breathing at night is the problem - is a normal sitting FVC at clinic enough to rule it out?",
    focus: 'Pompe disease',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // adult centres with experience = find_specialist; "is Gaucher linked to Parkinson's" = association
    message:
      "Our daughter, now 16, has Gaucher disease type 1 (N370S/L444P). She has had imiglucerase every two weeks since she was 4; her spleen and platelets are normal now and her only real problem is bone pain in the left femur, where she had avascular necrosis at 11. She moves from the children's metabolic team to adult services next year. Which adult centres in the UK have real experience with Gaucher? Also, her grandfather has just been diagnosed with Parkinson's disease and a cousin told us Gaucher is linked to Parkinson's. Is that true?",
    focus: 'Gaucher disease',
    types: ['find_specialist', 'association'],
  },
  {
    // which brain-penetrant enzyme / gene therapy trials are open = research
    message:
      'Our son Liam is 9 and has the neuronopathic (severe) form of Hunter syndrome, caused by a large IDS deletion. Weekly idursulfase since 18 months has made a real difference to his liver, joints and breathing, but he has been losing words since he was 6, and we know the enzyme does not cross the blood-brain barrier. I have read about brain-penetrating enzymes (pabinafusp alfa in Japan, tividenofusp alfa in the US) and an AAV gene therapy. Which of these trials are open to a boy his age who has already started to decline?',
    focus: 'Hunter syndrome',
    types: ['research'],
  },
  {
    // move to adult services / who coordinates = find_specialist; life expectancy = prognosis; university and carers = lifestyle
    subject: 'Turning 18 with Duchenne',
    message:
      "Tom is 17 and has Duchenne muscular dystrophy (deletion of exons 45-50). He has been on deflazacort since he was 5, in a power chair full time since 12 and on night-time BiPAP since last year; his heart is still fairly good on perindopril and eplerenone. The team at the children's hospital has been fantastic, but he turns 18 in April. How does the move to adult neuromuscular services usually work, and who coordinates his heart and breathing care afterwards? What is the life expectancy these days for young men with DMD who need night ventilation? And he wants to go to university away from home - how do other students with Duchenne manage their care and personal assistants?",
    focus: 'Duchenne muscular dystrophy',
    types: ['find_specialist', 'prognosis', 'lifestyle'],
  },
  {
    // short and blunt: heart transplant or LVAD for Becker = treatment
    message:
      'Becker muscular dystrophy, 44, still walking, but my cardiomyopathy keeps getting worse (EF 30% on sacubitril/valsartan and bisoprolol). Do they ever do heart transplants for people with Becker, or is an LVAD the usual route?',
    focus: 'Becker muscular dystrophy',
    types: ['treatment'],
  },
  {
    // chance our child inherits = inheritance; other DUX4 drugs in trials = research
    message:
      "I'm 31 and have facioscapulohumeral muscular dystrophy type 1 (D4Z4 array of 6 repeat units on a 4qA allele), mostly affecting my shoulders, face and right foot. My wife and I want to start a family. What is the chance that our child would inherit FSHD from me? And I read that losmapimod failed in phase 3 - is anything else that targets DUX4 in clinical trials now?",
    focus: 'facioscapulohumeral muscular dystrophy',
    types: ['inheritance', 'research'],
  },
  {
    // risks of general anaesthesia with DM1 = complications; experienced anaesthetists/hospitals = find_specialist
    subject: 'Anaesthetic with myotonic dystrophy',
    message:
      "I'm 45 and have myotonic dystrophy type 1 (about 400 CTG repeats), diagnosed after my son was born with the congenital form. I have a pacemaker, some trouble swallowing and daytime sleepiness that I take modafinil for. Now I need my gallbladder removed. What exactly are the risks of a general anaesthetic for someone with DM1? And are there anaesthetists or hospitals in the Midlands that have experience with myotonic dystrophy patients?",
    focus: 'myotonic dystrophy type 1',
    types: ['complications', 'find_specialist'],
  },
  {
    // does celiprolol reduce arterial ruptures = effectiveness of a treatment for the condition
    message:
      "I have vascular Ehlers-Danlos syndrome (COL3A1 glycine substitution, found after my sigmoid colon perforated at 27). I'm now 33 and had a small dissection of the left renal artery in the spring. My geneticist in Leuven wants me on celiprolol, built up to 400 mg a day. Does celiprolol really reduce the number of arterial ruptures and dissections in vascular EDS?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['treatment'],
  },
  {
    // which surgeons/centres = find_specialist; at what aortic size to operate = treatment (surgery)
    subject: 'Aortic surgery timing in LDS',
    message:
      'Our son (14) has Loeys-Dietz syndrome type 2 (TGFBR2) with an aortic root Z-score of 3.4 and very tortuous neck arteries. He has been on losartan since he was 8. Which surgeons or centres in the US have done many valve-sparing root replacements in children with Loeys-Dietz? And at what aortic size do they usually recommend surgery for LDS kids?',
    focus: 'Loeys-Dietz syndrome',
    types: ['find_specialist', 'treatment'],
  },
  {
    // whether newer drugs are still only in trials or available = research
    message:
      "Our daughter is 4 and has achondroplasia (FGFR3 G380R). She had decompression surgery for foramen magnum stenosis at 10 months and is doing well. We have been offered daily vosoritide injections, but I've also read about infigratinib tablets and weekly TransCon CNP. Are the tablet and weekly options still only in clinical trials, or can children get them now?",
    focus: 'achondroplasia',
    types: ['research'],
  },
  {
    // whether a new tremor belongs to the condition = symptoms
    message:
      "Wilson disease, diagnosed at 19 with acute liver failure (ATP7B H1069Q homozygous). I'm 38 now and have taken trientine twice a day for 19 years, and my copper and liver tests were fine at my last check. Over the past six months I've developed a fine tremor in my right hand when I write. Can this be a neurological Wilson's symptom appearing even though I'm treated?",
    focus: 'Wilson disease',
    types: ['symptoms'],
  },
  {
    // why dental work and periods set off attacks = cause; how to stop attacks before orthodontics = prevention
    subject: 'HAE triggers',
    message:
      "I've had hereditary angioedema type 1 since I was 13. I'm 38 now and on lanadelumab every two weeks, which has cut my attacks from three a month to one every few months. The attacks I still get come almost always after dental work or in the days before my period. Why do those things set attacks off? My daughter is 12 and her C1-inhibitor level came back low last week. How can we prevent attacks for her before her orthodontic work starts?",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // new studies for lung disease = research; adult immunologists = find_specialist; chance sister is a carrier / son affected = inheritance
    message:
      "I'm 40 and have X-linked agammaglobulinemia (BTK mutation, diagnosed at 2 after repeated pneumonias). I have weekly subcutaneous immunoglobulin and my IgG troughs are around 10 g/L, but I still developed bronchiectasis and chronic sinusitis. Is anything new being studied for lung disease in XLA? Are there adult immunologists in the north of England who see a lot of XLA patients? And my sister is pregnant with a boy - what is the chance that she is a carrier and that her son will be affected?",
    focus: 'X-linked agammaglobulinemia',
    types: ['research', 'find_specialist', 'inheritance'],
  },
  {
    // long-term outlook into adulthood after gene therapy = prognosis
    message:
      "Our daughter had ADA-deficient severe combined immunodeficiency and received gene therapy in London at 8 months, in 2016, after months on PEG-ADA injections. She is now 9, goes to school, has had her vaccines and her lymphocyte counts are close to normal. We're told she is one of the first children treated this way. What is known about the long-term outlook for children who had gene therapy for SCID - does the effect last into adulthood?",
    focus: 'severe combined immunodeficiency',
    types: ['prognosis'],
  },
  {
    // "is GLILD a recognised complication of CVID" = complications
    message:
      'I was diagnosed with common variable immune deficiency 9 years ago and have IVIG every 3 weeks. My last CT showed lung nodules and enlarged lymph nodes, and the lung biopsy was reported as granulomatous-lymphocytic interstitial lung disease (GLILD). Is GLILD a recognised complication of CVID?',
    focus: 'common variable immune deficiency',
    types: ['complications'],
  },
  {
    // growth after puberty = prognosis; risk of malignant change = complications; trials for adults = research
    subject: 'Plexiform neurofibroma - what next?',
    message:
      'Our daughter is 15 and has neurofibromatosis type 1 with a large plexiform neurofibroma in her neck and upper chest. She has taken selumetinib for two years and the tumour has shrunk by about 30 percent. What happens in adulthood - do plexiform neurofibromas keep growing after puberty? How high is the risk of one turning into a malignant peripheral nerve sheath tumour? And are there trials of newer MEK inhibitors for adults, since selumetinib is only licensed for children here?',
    focus: 'neurofibromatosis type 1',
    types: ['prognosis', 'complications', 'research'],
  },
  {
    // study comparing the two drugs = research; does it shorten life expectancy = prognosis
    message:
      "I'm 35 and have spinal muscular atrophy type 3; I walked until I was 24. I've had nusinersen for four years, but every lumbar puncture needs CT guidance because of my spinal rods. Is there any study comparing risdiplam with nusinersen in adults like me? And does type 3 SMA shorten life expectancy?",
    focus: 'spinal muscular atrophy',
    types: ['research', 'prognosis'],
  },
  {
    // whether swallowing trouble belongs to the condition in adults = symptoms
    message:
      'Our daughter is 23 and has nephropathic cystinosis. She had a kidney transplant at 12, takes cysteamine every 6 hours plus eye drops, and is on levothyroxine. In the past year she has started choking on food and drinks, and her hands are getting weaker. Is swallowing trouble part of cystinosis in adults?',
    focus: 'nephropathic cystinosis',
    types: ['symptoms'],
  },
  {
    // kidney damage and liver cancer risk from the disease itself = complications (listed once)
    subject: 'AIP - kidneys and liver',
    message:
      "Acute intermittent porphyria (HMBS mutation), diagnosed at 21 during an attack that kept me in intensive care for three weeks. I'm 34 now. Monthly givosiran injections have stopped my attacks, but my creatinine has slowly gone up over two years. Does AIP itself damage the kidneys in the long run? Do people with AIP also have a higher risk of liver cancer?",
    focus: 'Acute intermittent porphyria',
    types: ['complications'],
  },
  {
    // trials to join = research; is MZ son at risk of lung disease = susceptibility; avoid alcohol = lifestyle
    subject: 'ZZ at 55',
    message:
      "I have alpha-1 antitrypsin deficiency (PiZZ). I never smoked, my FEV1 is 48 percent at 55, and augmentation therapy isn't funded where I live. Are there trials of the new treatments, like fazirsiran or the oral correctors, that I could join? My son is 24 and tested MZ - is he at risk of getting lung disease himself? And should he or I be avoiding alcohol?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['research', 'susceptibility', 'lifestyle'],
  },
  {
    // "is diabetes linked to FA" = relation between two conditions (association)
    message:
      "My daughter is 20 and has Friedreich ataxia (GAA repeats 650 and 900). She has used a wheelchair since 15 and has hypertrophic cardiomyopathy followed at Children's Health Ireland. Last month she was diagnosed with diabetes. Is diabetes linked to Friedreich ataxia, or is it just bad luck?",
    focus: 'Friedreich ataxia',
    types: ['association'],
  },
  {
    // can irritability be an early sign = symptoms; trials for presymptomatic carriers = research
    message:
      "I'm 42 and tested positive for Huntington disease (CAG 43) eight years ago; my mother died of it at 61. I don't notice any movements, but my wife says I've become irritable and less organised over the past year. Can irritability and poor planning be early signs of HD before any chorea shows? Also, are there any trials for gene carriers who don't have symptoms yet?",
    focus: 'Huntington disease',
    types: ['symptoms', 'research'],
  },
  {
    // how to fuel and train for a marathon = lifestyle (exercise and diet)
    subject: 'Marathon with MCADD',
    message:
      "I'm 24 and was diagnosed with medium-chain acyl-CoA dehydrogenase deficiency through newborn screening (homozygous c.985A>G). I've never had a metabolic crisis and I follow my emergency regimen whenever I'm ill. I've signed up for my first marathon in October. How should someone with MCAD deficiency fuel and train for a race that long?",
    focus: 'medium-chain acyl-CoA dehydrogenase deficiency',
    types: ['lifestyle'],
  },
  {
    // danger after delivery for carrier women = complications; chance the baby girl is affected = inheritance
    message:
      "I'm 37 and a manifesting heterozygote for ornithine transcarbamylase deficiency - my son was the first diagnosed in our family, after a hyperammonaemic coma at 3 days old. I've always avoided meat and used to get terrible 'migraines' after high-protein meals. I'm now 10 weeks pregnant. Is the period after delivery dangerous for women carriers like me? And what is the chance that this baby, a girl, will be affected?",
    focus: 'ornithine transcarbamylase deficiency',
    types: ['complications', 'inheritance'],
  },
  {
    // chance she has the RET mutation = inheritance; at what age to test = diagnosis
    message:
      'Our family has multiple endocrine neoplasia type 2A (RET C634R). I had medullary thyroid cancer at 30 and a phaeochromocytoma at 36, and my son had a preventive thyroidectomy at 5. Our youngest, a daughter, is 2. What is the chance that she has the RET mutation? And at what age should she have the genetic test?',
    focus: 'multiple endocrine neoplasia type 2A',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // what clinical trials exist for recurrent disease = research
    subject: 'Third recurrence of clival chordoma',
    message:
      'Clival chordoma, first resected at Mass General in 2016, then proton therapy, second surgery in 2020. The MRI last week shows a third recurrence pressing on the brainstem and my surgeon says another operation would be very risky. What clinical trials exist for recurrent chordoma - brachyury-targeted drugs, immunotherapy, anything?',
    focus: 'chordoma',
    types: ['research'],
  },
  {
    // is palovarotene standard treatment / available in the UK = treatment; avoiding a flare from dental work = prevention
    message:
      'Our son has fibrodysplasia ossificans progressiva (classic ACVR1 R206H) and is 13. His jaw has been partly locked since a flare-up at 9 and both shoulders are fused. Is palovarotene now a standard treatment for children with FOP, and can he get it in the UK? He also needs a tooth filled soon. What can be done to avoid a flare-up from the dental work?',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['treatment', 'prevention'],
  },
  {
    // how many adults in the UK = frequency; adult patient group or clinic = find_specialist
    subject: 'Morquio A adults',
    message:
      "I'm 28 and have Morquio syndrome (MPS IVA). I'm 112 cm tall, on weekly elosulfase alfa since 2015, and I've had both hips replaced and my neck fused at C1-C2. I have never met another adult with Morquio. How many adults with Morquio syndrome are there in the UK? And is there an adult patient group, or a clinic that follows adults rather than children?",
    focus: 'Morquio syndrome',
    types: ['frequency', 'find_specialist'],
  },
  {
    // which other genes can cause OI = genetic_changes; trials children can join = research
    message:
      'Our daughter is 6 and has osteogenesis imperfecta, clinically type 4: 14 fractures so far, blue-grey sclerae and dentinogenesis imperfecta. Genetic testing found no change in COL1A1 or COL1A2. Which other genes can cause OI? She has had zoledronic acid every six months since she was 2 - are there any trials of setrusumab or other antibody drugs that children can join?',
    focus: 'osteogenesis imperfecta',
    types: ['genetic_changes', 'research'],
  },
  // ----------------------------------------------------------------- medicines
  {
    // does the diarrhoea settle = side_effects; loperamide with miglustat = interactions
    subject: 'Miglustat diarrhoea',
    message:
      'My sister (31) has adult-onset Niemann-Pick disease type C - mostly ataxia, slurred speech and vertical gaze palsy. She started miglustat 200 mg three times a day in March and the diarrhoea and wind have been awful; she has lost 5 kg. Does this side effect usually settle after the first few months? And is it safe for her to take loperamide with miglustat?',
    focus: 'miglustat',
    types: ['side_effects', 'interactions'],
  },
  {
    // keep taking it while trying to conceive and in pregnancy = pregnancy safety (contraindications)
    message:
      "I'm 26 and have classical phenylketonuria. I've been on sapropterin 20 mg/kg since a responsiveness test at 18, which lets me eat about 25 g of natural protein a day instead of 6. My husband and I want to try for a baby this year. Can I keep taking sapropterin while trying to conceive and during pregnancy, or do I have to stop it and go back to the strict diet?",
    focus: 'sapropterin',
    types: ['contraindications'],
  },
  {
    // are the cramps a known side effect = side_effects; missed two doses, double up? = drug_usage
    message:
      "I've had a KIT exon 11 gastrointestinal stromal tumor for nine years; since a liver relapse in 2019 I've taken imatinib 400 mg daily. The puffy eyes and the muscle cramps in my calves at night have never gone away. Are the cramps a known imatinib side effect? And last week I was vomiting for two days and missed two doses - should I double up to make up for them?",
    focus: 'imatinib',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // is it really used for seizures in TSC = indication; mouth ulcers from it = side_effects
    subject: 'Everolimus for seizures?',
    message:
      'Our son is 22 and has tuberous sclerosis complex with a SEGA, kidney angiomyolipomas and seizures that never stopped despite vigabatrin and three other anti-seizure drugs. He has taken everolimus for his kidneys since 2017, and now the neurologist says it is also meant to help his seizures. I thought everolimus was a cancer drug. Is it really used for seizures in TSC? He is also getting mouth ulcers again since the dose went up - is that from the everolimus?',
    focus: 'everolimus',
    types: ['indication', 'side_effects'],
  },
  {
    // how late an infusion can be = dosing schedule / delayed dose (drug_usage)
    message:
      "I've been on eculizumab for PNH for eight years, with infusions every 14 days at my local hospital. I'll be in New Zealand for three weeks next spring. What happens if an infusion is a few days late - how much leeway is there?",
    focus: 'eculizumab',
    types: ['drug_usage'],
  },
  {
    // lowers sperm count = side_effects; stop it before trying for children = drug_usage (stopping)
    subject: 'Hydroxyurea and fertility',
    message:
      "My son is 16 and has sickle cell disease (HbSS). He has taken hydroxyurea since he was 3, and it has cut his crises from monthly to maybe one a year. Now he's reading online about sperm and fertility. Does hydroxyurea lower sperm count in young men? And if he wants children one day, should he stop it for a while beforehand?",
    focus: 'hydroxyurea',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // clumped powder still usable / where to keep it = storage_disposal (listed once)
    message:
      "We've given our daughter betaine powder for pyridoxine-unresponsive homocystinuria for 12 years (6 g twice a day). The new tub we opened was kept in the bathroom cabinet and has gone lumpy and hard. Is the betaine still okay to use once it has clumped, and where should we be keeping it?",
    focus: 'betaine',
    types: ['storage_disposal'],
  },
  {
    // cramps and twitching from it = side_effects; extra dose before a hike = drug_usage; with azathioprine = interactions
    message:
      'Myasthenia gravis for 20 years, AChR-positive, thymectomy in 2005. I take pyridostigmine 60 mg five times a day plus azathioprine 150 mg. I get stomach cramps, loose stools and twitching under my eyes. Are these from the pyridostigmine? Is it safe to take an extra dose before a long hike? And does pyridostigmine interact with azathioprine?',
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  {
    // clarithromycin together with colchicine = interactions
    message:
      'I have familial Mediterranean fever (M694V homozygous) and have taken colchicine 1.5 mg a day since childhood, with only one or two attacks a year. My GP wants to give me clarithromycin for a chest infection. Is it safe to take clarithromycin with my colchicine?',
    focus: 'colchicine',
    types: ['interactions'],
  },
  {
    // is it actually used for periodic paralysis = indication; can it cause kidney stones = side_effects
    subject: 'Acetazolamide for periodic paralysis',
    message:
      "I've had hypokalemic periodic paralysis since I was 15 (CACNA1S R528H); attacks come after big carbohydrate meals or resting after exercise. Potassium helps, but my neurologist now suggests acetazolamide. I thought acetazolamide was for glaucoma and altitude sickness. Is it actually used for periodic paralysis? And is it true that it can cause kidney stones?",
    focus: 'acetazolamide',
    types: ['indication', 'side_effects'],
  },
];
