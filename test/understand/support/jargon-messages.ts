/**
 * "jargon" set. Messages quoting a doctor, a letter, a lab report or a genetic test result in its medical words
 * and asking what it means or what follows. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 0.950,
 * type F1 0.861). Scored by jargon.test.ts and by `npx tsx test/understand/support/score-messages.ts --jargon
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const JARGON_MESSAGES: ConsumerMessage[] = [
  {
    // "is that serious?" -> prognosis (the outlook of the condition)
    subject: 'letter says "unconjugated hyperbilirubinaemia, likely Gilbert syndrome"',
    message: 'is that serious?',
    focus: 'Gilbert syndrome',
    types: ['prognosis'],
  },
  {
    // "What does that actually mean in plain English?" -> information (what the condition is)
    // "can I keep running?" -> lifestyle (exercise)
    // "at what age should my kids be screened?" -> diagnosis (whether relatives should be tested)
    message:
      'My echo letter says "asymmetric septal hypertrophy, maximal wall thickness 17 mm, features ' +
      'consistent with hypertrophic cardiomyopathy, no LVOT obstruction at rest". What does that actually ' +
      'mean in plain English? I run half marathons, can I keep running? My cardiologist also mentioned ' +
      'family screening, at what age should my kids be screened?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['information', 'lifestyle', 'diagnosis'],
  },
  {
    // "Should he get tested?" -> diagnosis (whether a relative/partner should be tested)
    // "what are the chances our baby has CF?" -> inheritance (chance a child has it)
    subject: 'carrier result',
    message:
      'Hello, the genetic councellor\'s letter says I am "heterozygous for the F508del pathogenic ' +
      'variant in CFTR, consistent with carrier status for cystic fibrosis". I\'m 12 weeks pregnant. My ' +
      "husband hasn't been tested yet. Should he get tested? And if he is a carrier as well, what are " +
      'the chances our baby has CF?',
    focus: 'cystic fibrosis',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "Is there anything I can do to stop it happening again?" -> prevention (preventing another clot)
    message:
      'Hi, after my DVT last year the haematology report says "heterozygous for factor V Leiden ' +
      '(F5 c.1601G>A), mild thrombophilia". I fly a lot for work. Is there anything I can do to stop it ' +
      'happening again? Many thanks, Claire',
    focus: 'factor V Leiden thrombophilia',
    types: ['prevention'],
  },
  {
    // "Can MGUS turn into myeloma?" -> complications (whether it can turn into another condition)
    message:
      'My dad (74) had some blood work and the letter from the haemotologist says "small IgG kappa ' +
      'paraprotein, 6 g/L, in keeping with monoclonal gammopathy of undetermined significance. Annual ' +
      'review." Undetermined significance sounds scary to us. Can MGUS turn into myeloma, and how often ' +
      'does that happen?',
    focus: 'monoclonal gammopathy of undetermined significance',
    types: ['complications'],
  },
  {
    // "Does that mean they don't know what caused it?" -> cause (why it happens)
    // "Could it be from her years working in the cotton mill?" -> association (named exposure as cause)
    // "How long do people live with IPF?" -> prognosis (life expectancy)
    subject: 'what does idiopathic mean',
    message:
      'Mum\'s CT report says "usual interstitial pneumonia pattern, most consistent with ' +
      'idiopathic pulmonary fibrosis". The doctor kept saying idiopathic. Does that mean they don\'t know ' +
      'what caused it? Could it be from her years working in the cotton mill? And how long do people live ' +
      'with IPF? She is 71 and still very independent.',
    focus: 'idiopathic pulmonary fibrosis',
    types: ['cause', 'association', 'prognosis'],
  },
  {
    // "Which cancers does this put me at risk of?" -> complications (problems it leads to)
    // "Should my sister have the test too?" -> diagnosis (whether relatives should be tested)
    // "Will I have to tell my life insurance company?" -> other (insurance)
    subject: 'Lynch syndrome result',
    message:
      'Genetic test results came today: "Pathogenic variant detected in MSH2 (c.942+3A>T). This ' +
      'result is consistent with a diagnosis of Lynch syndrome." I\'m 38 and I have never had cancer. ' +
      'Which cancers does this put me at risk of? Should my sister have the test too? And will I have to ' +
      'tell my life insurance company?',
    focus: 'Lynch syndrome',
    types: ['complications', 'diagnosis', 'other'],
  },
  {
    // "What is NF1?" -> information (what the condition is)
    // "Is it something he will grow out of?" -> prognosis (course)
    message:
      'Our pediatrician wrote "six or more cafe-au-lait macules >5mm, axillary freckling, ?NF1, ' +
      'refer to clinical genetics". Our son is 3. What is NF1? Is it something he will grow out of?',
    focus: 'neurofibromatosis type 1',
    types: ['information', 'prognosis'],
  },
  {
    // "Can premutation carriers have symptoms themselves?" -> symptoms (signs in the carrier)
    // "what are the chances my children would have full fragile X?" -> inheritance (chance a child has it)
    message:
      'The result says "FMR1 premutation, 78 CGG repeats (normal <45)". I was tested because my ' +
      'nephew has fragile X syndrome. Can premutation carriers have symptoms themselves? And what are the ' +
      'chances my children would have full fragile X?',
    focus: 'fragile X syndrome',
    types: ['symptoms', 'inheritance'],
  },
  {
    // "Is there any treatment besides inhalers?" -> treatment (therapies)
    subject: 'PiZZ??',
    message:
      'Pulmonologist says my genotype is "PiZZ, severe alpha-1 antitrypsin deficiency" and my AAT ' +
      "level is 0.3 g/L. I'm 41 and quit smoking 2 yrs ago. Is there any treatment besides inhalers, I " +
      'read something about infusions?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['treatment'],
  },
  {
    // "Do we need to avoid foods like chocolate, nuts and shellfish?" -> lifestyle (diet)
    message:
      'My sister is 19 and the liver clinic letter says "low caeruloplasmin, raised 24h urinary ' +
      'copper, Kayser-Fleischer rings present on slit lamp; diagnosis Wilson disease". Do we need to ' +
      'avoid foods like chocolate, nuts and shellfish at home?',
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  {
    // "am i going to end up on dialysis like him?" -> prognosis (course of the disease)
    // "which gene is it normally, PKD1 or PKD2?" -> genetic_changes (which gene)
    message:
      'ultrasound report: "bilateral enlarged kidneys with multiple cortical cysts, appearances in ' +
      'keeping with ADPKD (autosomal dominant polycystic kidney disease)". my father had kidney failure ' +
      'at 55. am i going to end up on dialysis like him? the report doesnt say the gene, which gene is it ' +
      'normally, PKD1 or PKD2?',
    focus: 'polycystic kidney disease',
    types: ['prognosis', 'genetic_changes'],
  },
  {
    // "Is DMPK the gene that causes it?" -> genetic_changes (which gene)
    // "is the cataract I had removed at 40 part of it?" -> symptoms (whether a sign belongs to it)
    // "Can it affect my heart?" -> complications (other problems it leads to)
    subject: 'DM1',
    message:
      'The neurologist\'s letter says "EMG: widespread myotonic discharges. DMPK CTG expansion of ' +
      'approx. 400 repeats, confirming myotonic dystrophy type 1." Is DMPK the gene that causes it? Also, ' +
      'is the cataract I had removed at 40 part of it? And can it affect my heart?',
    focus: 'myotonic dystrophy',
    types: ['genetic_changes', 'symptoms', 'complications'],
  },
  {
    // "Is it ok for me to still drink alcohol?" -> lifestyle (alcohol in daily life)
    // "what happens if it isn't treated?" -> complications (untreated)
    // "should my brother get tested?" -> diagnosis (whether relatives should be tested)
    message:
      'GP says my bloods show "transferrin saturation 62%, ferritin 890 ug/L, HFE genotype C282Y ' +
      'homozygous" which means haemochromatosis. Venesection starts next month. Is it ok for me to still ' +
      "drink alcohol? What happens if it isn't treated? Should my brother get tested?",
    focus: 'hereditary hemochromatosis',
    types: ['lifestyle', 'complications', 'diagnosis'],
  },
  {
    // "Why is it once a week and not every day?" -> drug_usage (dose timing)
    // "Can I have a glass of wine at the weekend?" -> interactions (alcohol)
    subject: 'methotrexate once WEEKLY',
    message:
      'Rheumatology letter: "Commence methotrexate 15 mg once WEEKLY with folic acid 5 mg on a ' +
      'different day. Bloods fortnightly." Why is it once a week and not every day? Can I have a glass of ' +
      'wine at the weekend?',
    focus: 'methotrexate',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "what does that mean, will they keep changing my dose?" -> drug_usage (dose)
    message:
      'discharge summary says "warfarin, target INR 2.0-3.0". what does that mean, will they ' +
      'keep changing my dose?',
    focus: 'warfarin',
    types: ['drug_usage'],
  },
  {
    // "What makes the immune system attack platelets?" -> cause (why it happens)
    // "Is it safe for me to keep cycling to work?" -> lifestyle (daily life)
    message:
      'Full blood count report: "isolated thrombocytopenia, platelets 22 x10^9/L, film otherwise ' +
      'unremarkable, likely immune thrombocytopenia (ITP)". I\'m 34 and felt completely fine, just some ' +
      'bruises. What makes the immune system attack platelets? Is it safe for me to keep cycling to work?',
    focus: 'immune thrombocytopenia',
    types: ['cause', 'lifestyle'],
  },
  {
    // "will she need growth hormone injections?" -> treatment (therapies)
    // "how common is the mosaic type?" -> frequency (how common)
    subject: 'karyotype 45,X/46,XX',
    message:
      'karyotype result for our daughter (age 7): "45,X[12]/46,XX[18] mosaicism". the doctor said ' +
      'this is a mosaic form of Turner syndrome. will she need growth hormone injections? and how common ' +
      'is the mosaic type?',
    focus: 'Turner syndrome',
    types: ['treatment', 'frequency'],
  },
  {
    // "What will this mean for our son as he grows up?" -> prognosis (course / outlook)
    // "Is there a support group for parents?" -> find_specialist (support groups)
    subject: '47,XXY on amnio',
    message:
      'Amniocentesis result came back "47,XXY, consistent with Klinefelter syndrome". We were not ' +
      'expecting this at all and the appointment was very quick. What will this mean for our son as he ' +
      'grows up? Is there a support group for parents?',
    focus: 'Klinefelter syndrome',
    types: ['prognosis', 'find_specialist'],
  },
  {
    // "Does she have to stop swimming?" -> lifestyle (sport)
    // "Is there a gene test that can confirm it?" -> diagnosis (test to confirm)
    message:
      'ECG report: "QTc 495 ms, prolonged QT interval. Refer to inherited cardiac conditions ' +
      'clinic re ?congenital long QT syndrome". My daughter is 15 and swims competitively. Does she have ' +
      'to stop swimming? Is there a gene test that can confirm it?',
    focus: 'long QT syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "what is brugada syndrome exactly??" -> information (what the condition is)
    subject: 'ECG: "type 1 Brugada pattern after ajmaline challenge"',
    message: 'what is brugada syndrome exactly??',
    focus: 'Brugada syndrome',
    types: ['information'],
  },
  {
    // "What is G6PD deficiency?" -> information (what the condition is)
    // "what foods or medicines should he avoid?" -> prevention (preventing haemolysis attacks)
    message:
      'Newborn screening letter: "Your baby\'s screening result shows G6PD deficiency ' +
      '(glucose-6-phosphate dehydrogenase). Please avoid oxidant drugs." What is G6PD deficiency, and ' +
      'what foods or medicines should he avoid? Thanks',
    focus: 'glucose-6-phosphate dehydrogenase deficiency',
    types: ['information', 'prevention'],
  },
  {
    // "How rare is PKU?" -> frequency (how common)
    message:
      'The hospital phoned to say our baby\'s heel prick showed "raised phenylalanine, 1200 ' +
      'umol/L, classical phenylketonuria". We have never heard of anyone with it. How rare is PKU?',
    focus: 'phenylketonuria',
    types: ['frequency'],
  },
  {
    // "Are the headaches from this?" -> symptoms (whether a sign belongs to it)
    // "Will I need surgery?" -> treatment (surgery)
    // "Can it get worse over time?" -> prognosis (course)
    message:
      'MRI says "cerebellar tonsillar ectopia 7 mm below the foramen magnum, consistent with ' +
      'Chiari I malformation, no syrinx". I get a pounding headache at the back of my head whenever I ' +
      'cough or laugh. Are the headaches from this? Will I need surgery? Can it get worse over time?',
    focus: 'Chiari malformation',
    types: ['symptoms', 'treatment', 'prognosis'],
  },
  {
    // "Could it have been caused by the car accident I had as a teenager?" -> association (named exposure
    // asked as its cause)
    subject: 'incidental finding on MRI',
    message:
      'Had an MRI for migraines and the report says "incidental 2.5 cm arachnoid cyst in the left ' +
      'middle cranial fossa, no mass effect". Could it have been caused by the car accident I had as a ' +
      'teenager?',
    focus: 'arachnoid cyst',
    types: ['association'],
  },
  {
    // "Will he be able to walk?" -> prognosis (whether he will walk)
    // "Is there any physio we should be starting now?" -> treatment (therapy)
    // "Who should be following him up?" -> find_specialist (doctors)
    message:
      'Our son was born at 29 weeks. The NICU discharge letter says "cranial ultrasound: bilateral ' +
      'cystic periventricular leukomalacia (PVL), high risk of spastic diplegia". The neonatologist ' +
      'mentioned cerebral palsy and we went numb. Will he be able to walk? Is there any physio we should ' +
      'be starting now? And who should be following him up once we are home, a neurologist? Sorry for all ' +
      'the questions, we are exhausted. He has been in the unit for nine weeks, he is feeding well now ' +
      'and the nurses say he is a fighter, but nobody sat down and explained this part of the letter to ' +
      'us before we left, and the follow up appointment is not until March. Thank you for reading.',
    focus: 'periventricular leukomalacia',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  {
    // "did I inherit that from my parents?" -> inheritance (whether it runs in families)
    message:
      'Haematology letter: "JAK2 V617F positive, platelets 780, bone marrow consistent with ' +
      'essential thrombocythaemia (ET), low risk, aspirin 75 mg". The JAK2 mutation, did I inherit that ' +
      'from my parents?',
    focus: 'essential thrombocythemia',
    types: ['inheritance'],
  },
  {
    // "Does it make your hair fall out?" -> side_effects (a medicine's side effects)
    // "is it a problem that we're trying for a baby?" -> contraindications (pregnancy precautions)
    subject: 'hydroxycarbamide',
    message:
      'For my polycythaemia the consultant wrote "commence hydroxycarbamide 500 mg od, ' +
      'cytoreductive therapy". Pharmacist said that\'s the same as hydroxyurea. Does it make your hair ' +
      "fall out? Also me and my partner are trying for a baby, is that a problem while I'm on it?",
    focus: 'hydroxyurea',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "can she catch it from me?" -> susceptibility (whether someone can catch it)
    message:
      'Lymph node biopsy report: "non-caseating granulomatous inflammation, no organisms seen, ' +
      'consistent with sarcoidosis". The word granuloma frightened my wife, she thinks it is like TB. Can ' +
      'she catch it from me?',
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  {
    // "Can this be the reason for my heavy periods?" -> symptoms (whether a sign belongs to it)
    message:
      'My results letter: "VWF:Ag 38 IU/dL, VWF:Ac 35 IU/dL, FVIII 52 IU/dL - consistent with type ' +
      '1 von Willebrand disease". I have always had very heavy periods and nosebleeds. Can this be the ' +
      'reason for my heavy periods?',
    focus: 'von Willebrand disease',
    types: ['symptoms'],
  },
  {
    // "What is cascade testing, and are my kids too young to be tested?" -> diagnosis (testing relatives)
    // "would they need statins as children?" -> treatment (medicines)
    subject: 'cascade testing??',
    message:
      'Lipid clinic letter says "LDL-C 7.2 mmol/L, Dutch Lipid Clinic Network score 8, probable ' +
      'familial hypercholesterolaemia. Cascade testing recommended for first-degree relatives." What is ' +
      'cascade testing, and are my kids (8 and 11) too young to be tested? If they have it would they ' +
      'need statins as children?',
    focus: 'familial hypercholesterolemia',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Do I actually need iron?" -> treatment (managing it)
    // "what are the chances our children have thalassaemia major?" -> inheritance (chance a child has it)
    message:
      'My blood results say "microcytic hypochromic picture, HbA2 5.1%, ferritin normal, ' +
      'consistent with beta thalassaemia trait (minor)". The GP had me on iron tablets for months because ' +
      "she thought I was anaemic. Do I actually need iron? My fiance's family is from Cyprus, if he is a " +
      'carrier too what are the chances our children have thalassaemia major?',
    focus: 'beta-thalassemia minor',
    types: ['treatment', 'inheritance'],
  },
  {
    // "does that mean i can't have my coffee with it?" -> interactions (food/drink)
    subject: '"take on an empty stomach"',
    message:
      'my endo\'s letter says "levothyroxine 75 micrograms, to be taken on an empty stomach 30-60 ' +
      'minutes before breakfast, separate from calcium and iron supplements". does that mean i can\'t ' +
      'have my coffee with it?',
    focus: 'levothyroxine',
    types: ['interactions'],
  },
  {
    // "what does endometrial changes mean, should I worry about womb cancer?" -> side_effects
    // (a medicine's side effects)
    message:
      'Oncology letter: "ER-positive DCIS, adjuvant tamoxifen 20 mg daily for 5 years ' +
      'recommended". The leaflet lists "endometrial changes" - what does that mean, should I worry about ' +
      'womb cancer from the tamoxifen?',
    focus: 'tamoxifen',
    types: ['side_effects'],
  },
  {
    // "Do the tablets have to be kept in the fridge?" -> storage_disposal (storing a medicine)
    subject: 'deferasirox on holiday',
    message:
      'My son has beta thal major and his letter says "chelation: deferasirox film-coated tablets ' +
      '14 mg/kg/day, monitor serum creatinine monthly". We are going to Spain in July, do the tablets ' +
      'have to be kept in the fridge?',
    focus: 'deferasirox',
    types: ['storage_disposal'],
  },
  {
    // "does ferrous sulphate have gelatin or anything animal in it?" -> ingredients (what it contains)
    message:
      'The pharmacy label on my prescription says "ferrous sulfate 200 mg tablets - contains ' +
      'lactose". I\'m vegan, does ferrous sulphate have gelatin or anything animal in it?',
    focus: 'ferrous sulfate',
    types: ['ingredients'],
  },
  {
    // "Why do I need eye tests for a lupus tablet?" -> side_effects (retinal toxicity of the medicine)
    // "Should I take it with food?" -> drug_usage (how to take it)
    message:
      'The rheumatologist\'s clinic letter says "SLE - commence hydroxychloroquine 200 mg bd; ' +
      'baseline retinal screening (OCT) within 1 year". Why do I need eye tests for a lupus tablet? ' +
      'Should I take it with food, it upset my stomach the first two days?',
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "what is allopurinol for exactly?" -> indication (what a medicine is for)
    // "why can't i start it during a gout attack?" -> drug_usage (when to start it)
    message:
      'GP wrote: "urate 0.56 mmol/L; start allopurinol 100 mg od, titrate by 100 mg every 4 weeks ' +
      'to target urate <0.36. Do not start during acute attack." what is allopurinol for exactly, and why ' +
      "can't i start it during a gout attack?",
    focus: 'allopurinol',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Can HHT affect the lungs and brain, is that why they want these scans?" -> complications
    // "Is it true each of my kids has a 50% chance of having it?" -> inheritance (chance a child has it)
    // "Are there any trials of new treatments for the nosebleeds?" -> research (trials)
    subject: 'HHT1',
    message:
      'My genetic test says "heterozygous pathogenic variant in ENG, consistent with hereditary ' +
      'haemorrhagic telangiectasia type 1 (HHT1)". I get nosebleeds nearly every day. The doctor has ' +
      'booked a bubble echo and a brain MRI. Can HHT affect the lungs and brain, is that why they want ' +
      'these scans? Is it true each of my kids has a 50% chance of having it? Are there any trials of new ' +
      'treatments for the nosebleeds? Thank you so much.',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['complications', 'inheritance', 'research'],
  },
  {
    // "Could my children inherit a bigger expansion than mine?" -> inheritance (chance children get it)
    // "Is there any drug trial for people like me?" -> research (clinical trials)
    subject: 'HTT 39 CAG repeats',
    message:
      'My predictive test result for Huntington\'s says "HTT CAG repeat length 39, within the ' +
      'reduced penetrance range (36-39)". The counsellor called it a grey zone. Could my children inherit ' +
      "a bigger expansion than mine? Is there any drug trial for people like me who don't have symptoms " +
      'yet?',
    focus: 'Huntington disease',
    types: ['inheritance', 'research'],
  },
];
