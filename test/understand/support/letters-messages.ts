/**
 * "letters" set. Messages quoting a clinic letter, a lab report or a discharge summary (heterozygous, variant of
 * uncertain significance, karyotype, ejection fraction, eGFR, likely pathogenic) and asking what it means and
 * what comes next. Written by someone who had read neither the understanding or retrieval code nor any earlier
 * set, following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.797). Scored by
 * letters.test.ts and by `npx tsx test/understand/support/score-messages.ts --letters --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LETTERS_MESSAGES: ConsumerMessage[] = [
  // why: "does that mean they will have it too" asks whether the children get it from the parent (inheritance); the VUS wording is story
  {
    subject: 'VUS in MYBPC3??',
    message:
      'Hi, I got my letter from the inherited cardiac conditions clinic today. It says "echo shows asymmetric septal hypertrophy, maximal wall thickness 16 mm, consistent with hypertrophic cardiomyopathy" and "genetic testing identified a heterozygous variant of uncertain significance in MYBPC3". They want to see my two children aged 9 and 12. Does that mean they will have hypertrophic cardiomyopathy too?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['inheritance'],
  },
  // why: "how long before I need dialysis" asks the course and outlook (prognosis)
  {
    message:
      'My GP letter says "eGFR 52 mL/min/1.73m2, urine ACR 4, chronic kidney disease stage 3a, stable over 12 months, continue annual monitoring". I am 67 and it frightened me a bit to see the word chronic. Realistically how long before I need dialysis?',
    focus: 'chronic kidney disease',
    types: ['prognosis'],
  },
  // why: "will she need growth hormone injections" asks about therapy (treatment)
  {
    message:
      'The genetics lab report for our daughter (she is 6) reads "Karyotype: 45,X[18]/46,XX[12]. Interpretation: mosaicism for monosomy X, consistent with a diagnosis of Turner syndrome." She has always been the smallest in her class. Will she need growth hormone injections?',
    focus: 'Turner syndrome',
    types: ['treatment'],
  },
  // why: "does this mean I have MS" and "do I need more tests to be sure" both ask about confirming the diagnosis (one question, diagnosis)
  {
    subject: 'MRI report',
    message:
      'I read my MRI report on the patient portal before seeing the neurologist: "Multiple periventricular and juxtacortical T2 hyperintensities, some ovoid and perpendicular to the lateral ventricles. Findings are consistent with demyelinating disease; multiple sclerosis should be considered in the appropriate clinical context." My appointment is not for 5 weeks. Does this mean I have multiple sclerosis or do they need to do more tests to be sure?',
    focus: 'multiple sclerosis',
    types: ['diagnosis'],
  },
  // why: "does this run in families, should my brother be worried" asks whether relatives have it (inheritance)
  {
    message:
      'After my miscarriage they did some clotting bloods and the result says "Factor V Leiden (F5 c.1601G>A): heterozygous". The note underneath says "heterozygous carriers have a moderately increased risk of venous thromboembolism". Does this run in families, should my brother be worried about having it?',
    focus: 'Factor V Leiden',
    types: ['inheritance'],
  },
  // why: "what actually is Gilbert syndrome" asks for an overview (information)
  {
    message:
      'my discharge summary after having my appendix out says "incidental finding of isolated unconjugated hyperbilirubinaemia, LFTs otherwise normal, likely Gilbert syndrome, no follow up required". nobody mentioned it on the ward. what actually is Gilbert syndrome??',
    focus: 'Gilbert syndrome',
    types: ['information'],
  },
  // why: "how common is this" asks how many people have it (frequency)
  {
    subject: '47,XXY result',
    message:
      'Our son is 14 and was referred because he was not going through puberty like his friends. The paediatric endocrinology letter says "chromosome analysis: 47,XXY, consistent with Klinefelter syndrome". We had never heard of it and feel like we are the only family in the world. How common is this?',
    focus: 'Klinefelter syndrome',
    types: ['frequency'],
  },
  // why: "will he need an operation" asks about surgery (treatment)
  {
    subject: "Chiari on my son's MRI",
    message:
      'My son (16) had an MRI for headaches when he coughs or laughs. The report says "cerebellar tonsils extend 7 mm below the foramen magnum with a pointed configuration, consistent with Chiari malformation type 1. No syrinx." The neurosurgery referral letter came this morning. Will he need an operation?',
    focus: 'Chiari malformation type 1',
    types: ['treatment'],
  },
  // why: "can she still play football" asks about sport in daily life (lifestyle)
  {
    message:
      'Hello. My granddaughter fainted at school and the hospital letter says "ECG: sinus rhythm, QTc 490 ms, T wave morphology suggestive of long QT syndrome, referred to inherited arrhythmia clinic". She lives for her football team, plays three times a week. Can she still play football with long QT syndrome?',
    focus: 'long QT syndrome',
    types: ['lifestyle'],
  },
  // why: "which gene is this and what does the Z mean" asks about the gene and the variant (genetic_changes)
  {
    subject: 'what does PiMZ mean',
    message:
      'Lab report from the chest clinic: "Alpha-1 antitrypsin level 0.9 g/L (low). Phenotype PiMZ." The doctor just said it is a mild form of alpha-1 antitrypsin deficiency and moved on. Which gene is this and what does the Z actually mean?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['genetic_changes'],
  },
  // why: "before breakfast or at night" asks about timing of the medicine (drug_usage), focus the medicine
  {
    message:
      'Letter from the endocrinologist: "TSH 8.9 mU/L, free T4 11 pmol/L, anti-TPO antibodies strongly positive, consistent with Hashimoto\'s thyroiditis. Please commence levothyroxine 50 micrograms once daily." I start work at 6am and never eat breakfast. Do I have to take the levothyroxine before breakfast or can I take it at night?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: "are there any trials for his kind of deletion" asks about clinical trials (research)
  {
    subject: 'exons 45-50',
    message:
      'Our son is 4. The genetics report says "deletion of exons 45-50 of the DMD gene, predicted to disrupt the reading frame, consistent with Duchenne muscular dystrophy". I have been reading about exon skipping until 3am every night. Are there any trials for his kind of deletion?',
    focus: 'Duchenne muscular dystrophy',
    types: ['research'],
  },
  // why: "could my children end up with a bigger repeat" asks about passing it to children (inheritance)
  {
    message:
      'I had predictive testing because my father had Huntington disease. The letter says "HTT CAG repeat sizes 17 and 38. The 38 repeat allele is in the reduced penetrance range (36-39)." The counsellor was kind but I was in shock and did not take much in. Could my children end up with a bigger repeat than mine?',
    focus: 'Huntington disease',
    types: ['inheritance'],
  },
  // why: "can this turn into cancer" asks whether it can turn into another condition (complications)
  {
    message:
      'My husband\'s haematology letter says "IgG kappa paraprotein 8 g/L, free light chain ratio normal, bone marrow not indicated. Consistent with monoclonal gammopathy of undetermined significance. Plan: repeat in 6 months." Undetermined significance does not sound very reassuring. Can this turn into cancer?',
    focus: 'monoclonal gammopathy of undetermined significance',
    types: ['complications'],
  },
  // why: "will hydroxyurea make his hair fall out" asks whether a problem comes from the medicine (side_effects), focus the medicine
  {
    message:
      'Discharge summary for my son (11): "Known sickle cell anemia (HbSS). Admitted with vaso-occlusive crisis, third admission this year. Plan: start hydroxyurea 20 mg/kg once daily, FBC in 4 weeks." He is very proud of his hair. Will hydroxyurea make his hair fall out?',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: "what are the chances our baby has it" asks inheritance; "should my husband get tested" asks whether a relative should be tested (diagnosis)
  {
    subject: 'carrier result in pregnancy',
    message:
      'I am 11 weeks pregnant. The screening letter says "You are heterozygous for the CFTR variant c.1521_1523del (p.Phe508del). This means you are a carrier of cystic fibrosis." My husband has not been tested yet. What are the chances our baby has cystic fibrosis, and should my husband get tested now?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "how long can he live with it" asks prognosis; "what treatments are there besides the tablets" asks treatment
  {
    message:
      'My dad is 58. His echo report says "LV dilated, global hypokinesis, ejection fraction 30%, findings consistent with dilated cardiomyopathy". He is on bisoprolol and ramipril already. Is 30% really bad, how long can he live with it? And what other treatments are there besides the tablets?',
    focus: 'dilated cardiomyopathy',
    types: ['prognosis', 'treatment'],
  },
  // why: "is it definitely Marfan" asks whether the diagnosis is confirmed (diagnosis); "can she keep swimming competitively" asks about sport (lifestyle)
  {
    message:
      'Our daughter is 15 and tall and skinny like her dad. Clinic letter: "Aortic root 4.1 cm (Z score +3.2). Genetic testing: heterozygous likely pathogenic variant in FBN1." What does likely pathogenic mean here, is it definitely Marfan syndrome or not? And can she keep swimming competitively, she trains 5 mornings a week.',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "will I need venesections forever" asks treatment; "do I have to give up wine" asks about alcohol in daily life (lifestyle)
  {
    message:
      'My results: ferritin 890, transferrin saturation 72%, HFE genotype C282Y/C282Y (homozygous), "consistent with hereditary haemochromatosis, refer to haematology for venesection". Will I need venesections forever? Do I have to give up my glass of wine with dinner?',
    focus: 'hereditary haemochromatosis',
    types: ['treatment', 'lifestyle'],
  },
  // why: "should my daughters be tested" asks whether relatives should be tested (diagnosis); "what can I do to lower my risk, is surgery the only option" asks prevention
  {
    subject: 'BRCA2 letter',
    message:
      'The genetics letter concluded "a likely pathogenic variant c.5946del was identified in BRCA2. This result is consistent with BRCA2 hereditary breast and ovarian cancer syndrome." My mum died of ovarian cancer at 52. I have two daughters in their twenties. Should they be tested? And what can I do to lower my risk, is having my ovaries out the only option?',
    focus: 'BRCA2 hereditary breast and ovarian cancer syndrome',
    types: ['diagnosis', 'prevention'],
  },
  // why: "will I need a colonoscopy every year" asks about screening (diagnosis); "does it raise my risk of womb cancer" asks about other problems it leads to (complications)
  {
    message:
      'After my bowel tumour was tested, the genetics letter says "a pathogenic variant in MSH2 was identified, confirming a diagnosis of Lynch syndrome". I am 44 and recovering well from surgery. Will I need a colonoscopy every year from now on? Does Lynch syndrome also raise my risk of womb cancer?',
    focus: 'Lynch syndrome',
    types: ['diagnosis', 'complications'],
  },
  // why: "is SMN1 the only gene" asks which gene (genetic_changes); "chance our baby would have it" asks inheritance
  {
    message:
      'We did expanded carrier screening before trying for a baby. My report says "SMN1 copy number: 1. Interpretation: consistent with carrier status for spinal muscular atrophy." My partner\'s results are not back. Is SMN1 the only gene involved in this? If he turns out to be a carrier too, what is the chance our baby would have spinal muscular atrophy?',
    focus: 'spinal muscular atrophy',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: "does this mean early menopause" asks about a problem the premutation leads to (complications); "could my son have fragile X" asks inheritance
  {
    message:
      'My nephew has fragile X syndrome so I was tested. The result says "FMR1 CGG repeat sizes 30 and 85. The larger allele is in the premutation range." I am 29 and we want a family. Does this mean I will go through an early menopause? Could a son of mine have fragile X syndrome?',
    focus: 'fragile X syndrome',
    types: ['complications', 'inheritance'],
  },
  // why: "does she need a brain MRI" asks about tests (diagnosis); "is there any treatment for the lumps" asks treatment
  {
    message:
      'Dermatology letter about my 3 year old: "more than six cafe-au-lait macules over 5 mm and bilateral axillary freckling; clinical criteria for neurofibromatosis type 1 are met. Refer to paediatrics." Does she need an MRI of her brain now? And if she gets the lumps later on is there any treatment for them?',
    focus: 'neurofibromatosis type 1',
    types: ['diagnosis', 'treatment'],
  },
  // why: "does he have to avoid chocolate and shellfish" asks about diet (lifestyle); "should his brother be tested" asks whether a relative should be tested (diagnosis)
  {
    subject: 'copper results',
    message:
      'My boyfriend (22) got his hepatology letter: "serum caeruloplasmin 0.08 g/L, 24-hour urinary copper 3.1 umol, Kayser-Fleischer rings on slit lamp. Findings consistent with Wilson disease." He loves dark chocolate and prawns. Does he have to avoid them now? Should his younger brother be tested as well?',
    focus: 'Wilson disease',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: "at what age should the children be tested" asks diagnosis; "can statins be given to kids" asks treatment
  {
    message:
      'Lipid clinic letter: "LDL cholesterol 6.8 mmol/L, tendon xanthomata noted. Genetic testing: heterozygous pathogenic LDLR variant, consistent with familial hypercholesterolaemia. Cascade testing of first-degree relatives is recommended." My kids are 4 and 7. At what age should they be tested, and can statins even be given to children that young?',
    focus: 'familial hypercholesterolaemia',
    types: ['diagnosis', 'treatment'],
  },
  // why: "is the NIPT certain or do I need an amnio" asks about confirming it (diagnosis); "how likely is it to happen again" asks the chance for a next baby (inheritance)
  {
    subject: 'NIPT high chance',
    message:
      'The NIPT report says "High chance result for trisomy 21 (Down syndrome). This is a screening test and does not provide a diagnosis. Confirmatory diagnostic testing is recommended." I am 38 and 13 weeks. Is this result certain or do I really need an amniocentesis? If it is trisomy 21, how likely is it to happen again in another pregnancy?',
    focus: 'trisomy 21',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "will I end up on dialysis" asks the course (prognosis); "should I cut down on salt and protein" asks diet (lifestyle)
  {
    message:
      'Kidney biopsy report: "mesangial proliferation with dominant IgA deposits on immunofluorescence, consistent with IgA nephropathy. MEST-C score M1 E0 S1 T0 C0." eGFR 64 and protein in the urine. I am 33 and feel totally fine. Will I end up on dialysis one day? Should I cut down on salt and protein?',
    focus: 'IgA nephropathy',
    types: ['prognosis', 'lifestyle'],
  },
  // why: "can he use LoSalt with it" asks about food with the medicine (interactions); "can it cause breast swelling" asks side_effects; focus the medicine
  {
    message:
      'My husband came home from hospital with heart failure and the discharge letter says "start spironolactone 25 mg once daily, check U&Es in one week". He uses LoSalt on everything. Is that okay with spironolactone? Also a friend said it can make men\'s breasts swell, is that true?',
    focus: 'spironolactone',
    types: ['interactions', 'side_effects'],
  },
  // why: "is epilepsy part of it" asks whether a sign belongs to it (symptoms); "is there a support group" asks find_specialist
  {
    message:
      'Our baby had a brain MRI because of white patches on her skin. The report says "multiple cortical tubers and subependymal nodules, findings consistent with tuberous sclerosis complex". The doctor mentioned watching for infantile spasms. Is epilepsy part of tuberous sclerosis complex? Is there a support group for parents somewhere?',
    focus: 'tuberous sclerosis complex',
    types: ['symptoms', 'find_specialist'],
  },
  // why: "is there medication to slow it" asks treatment; "can it affect my liver or brain" asks complications; "when should my kids be checked" asks diagnosis
  {
    message:
      'Ultrasound report: "bilaterally enlarged kidneys (right 16 cm, left 17 cm) with innumerable cysts, several hepatic cysts. Appearances consistent with autosomal dominant polycystic kidney disease." My mum had this and was on dialysis at 60. Is there medication to slow it down? Can it affect my liver or my brain? My kids are 8 and 10, when should they be checked?',
    focus: 'autosomal dominant polycystic kidney disease',
    types: ['treatment', 'complications', 'diagnosis'],
  },
  // why: "what is Fabry disease" asks information; "would the burning pain fit" asks whether a sign belongs (symptoms); "is there treatment" asks treatment
  {
    subject: 'uncertain Fabry result',
    message:
      'I am 27 and have had burning pain in my hands and feet since I was a teenager. My gene panel report says "heterozygous variant of uncertain significance in GLA. Alpha-galactosidase A activity low-normal. Fabry disease cannot be confirmed or excluded." What is Fabry disease? Would the burning pain fit with it? And is there any treatment if it is confirmed?',
    focus: 'Fabry disease',
    types: ['information', 'symptoms', 'treatment'],
  },
  // why: "will it get worse" asks prognosis; "does it affect the heart" asks complications; "can the baby get a worse form" asks inheritance
  {
    message:
      'Neurology letter: "DNA analysis shows an expanded CTG repeat of approximately 400 repeats in DMPK, consistent with myotonic dystrophy type 1." My grip has been locking for years and I thought it was just cold hands. I am 31 and 20 weeks pregnant. Will it get worse? Does it affect the heart? Can the baby get a worse form than me?',
    focus: 'myotonic dystrophy type 1',
    types: ['prognosis', 'complications', 'inheritance'],
  },
  // why: "is this why I am tired" asks whether a sign belongs (symptoms); "should I take iron" asks treatment; "should my fiance be tested" asks whether a relative should be tested (diagnosis)
  {
    message:
      'My blood report says "MCV 63 fL, ferritin normal, HbA2 5.2%, consistent with beta thalassemia minor (carrier)". I have always been told I was anaemic and been given iron. Is this why I am always so tired? Should I keep taking iron tablets? My fiance is from Cyprus, should he be tested before we get married?',
    focus: 'beta thalassemia minor',
    types: ['symptoms', 'treatment', 'diagnosis'],
  },
  // why: "what does x1 mean" asks about the genetic change; "was it something we did in pregnancy" asks cause; "what will school be like" asks lifestyle
  {
    message:
      'The microarray result for our son says "arr[GRCh37] 22q11.21(18,900,000_21,500,000)x1 dn. Interpretation: pathogenic deletion, consistent with 22q11.2 deletion syndrome." He had heart surgery as a baby and now he is 3. What does x1 mean in that line? Was it something we did during the pregnancy? And what will school be like for him?',
    focus: '22q11.2 deletion syndrome',
    types: ['genetic_changes', 'cause', 'lifestyle'],
  },
  // why: "is it Pompe disease for sure" asks diagnosis; "what even is it" asks information; "where is the nearest specialist" asks find_specialist
  {
    subject: 'newborn screen callback',
    message:
      'We got a call and then a letter: "Newborn screening shows reduced acid alpha-glucosidase (GAA) activity. This may indicate Pompe disease. Your baby has been referred to the metabolic team for confirmatory testing." She seems perfectly healthy. Does this mean she has Pompe disease for sure? What even is it? Where is the nearest specialist, we live 3 hours from the city.',
    focus: 'Pompe disease',
    types: ['diagnosis', 'information', 'find_specialist'],
  },
  // why: "is the valve part of it" asks whether a sign belongs (symptoms); "is growth hormone an option" asks treatment; "how rare is it" asks frequency
  {
    message:
      'My nephew\'s genetics letter says "a heterozygous pathogenic variant in PTPN11 was detected, consistent with Noonan syndrome". His heart scan said "dysplastic pulmonary valve with moderate stenosis". Is the valve problem part of Noonan syndrome? He is also very short for 5, is growth hormone an option? And how rare is it, none of us had heard of it.',
    focus: 'Noonan syndrome',
    types: ['symptoms', 'treatment', 'frequency'],
  },
  // why: "is hearing loss part of Alport" asks symptoms; "could my daughter be a carrier" asks inheritance; "any trials" asks research
  {
    message:
      'Our son had blood in his urine since he was little. The result finally came: "hemizygous pathogenic variant in COL4A5, consistent with X-linked Alport syndrome". He is 10. Is hearing loss part of X-linked Alport syndrome? Could my daughter be a carrier? Are there any trials for new treatments?',
    focus: 'X-linked Alport syndrome',
    types: ['symptoms', 'inheritance', 'research'],
  },
  // why: "can my grandchildren catch it" asks contagion (susceptibility); "will it go away on its own" asks the course (prognosis); "can it affect my eyes" asks complications
  {
    message:
      'Dear desk, I am 71. The letter after my lymph node biopsy says "non-caseating granulomatous inflammation, no evidence of malignancy or mycobacterial infection, consistent with sarcoidosis". I look after my grandchildren two days a week. Can they catch sarcoidosis from me? Will it go away on its own? Can it affect my eyes? Thank you.',
    focus: 'sarcoidosis',
    types: ['susceptibility', 'prognosis', 'complications'],
  },
  // why: "what if I forget a dose" asks drug_usage; "can I have a glass of wine with it" asks interactions; "is it okay while breastfeeding" asks contraindications; focus the medicine
  {
    subject: 'warfarin questions',
    message:
      'Discharge summary: "Provoked left deep vein thrombosis post partum. Warfarin, target INR 2-3, for 3 months. INR clinic follow up arranged." My baby is 6 weeks old. What happens if I forget a dose of warfarin? Can I have a glass of wine with it at the weekend? And is warfarin really okay while I am breastfeeding?',
    focus: 'warfarin',
    types: ['drug_usage', 'interactions', 'contraindications'],
  },
];
