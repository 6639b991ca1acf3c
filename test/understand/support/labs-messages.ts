/**
 * "labs" set: 40 messages about tests and procedures: people who have had, or are about to have, a blood
 * test, a scan, a genetic test, a newborn screen, a biopsy, a sleep study or an eye exam, some pasting
 * their results, asking what a result means, whether a test is accurate, what it involves, whether more
 * tests are needed and what comes next. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. First scored before any change for it: focus
 * 0.975, type F1 0.741. Scored by labs.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --labs --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LABS_MESSAGES: ConsumerMessage[] = [
  {
    // "If the gene test comes back negative, could it still be hemochromatosis" = diagnosis; "what's the treatment" = treatment.
    subject: 'Ferritin 900',
    message:
      "Hi, I'm 52 and had routine bloods last week. Ferritin came back at 900 and transferrin saturation 78%. My GP thinks it's hemochromatosis and has sent off a gene test. If the gene test comes back negative, could it still be hemochromatosis? And what's the treatment, is it really just having blood taken off regularly?",
    focus: 'hemochromatosis',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Does this mean I have hypertrophic cardiomyopathy or not" = diagnosis; "What are the odds that my two girls have inherited whatever it is" = inheritance; "I run marathons, should I stop" = lifestyle; "is there a clinic anywhere that specializes in inherited heart conditions" = find_specialist.
    message:
      "My dad died of hypertrophic cardiomyopathy at 58, so the cardiologist sent me for genetic testing. The report says 'a variant of uncertain significance in MYH7' and my echo was normal. Does this mean I have hypertrophic cardiomyopathy or not? What are the odds that my two girls have inherited whatever it is? I run marathons, should I stop? And is there a clinic anywhere that specializes in inherited heart conditions? Sorry for all the questions, I'm going round in circles.",
    focus: 'hypertrophic cardiomyopathy',
    types: ['diagnosis', 'inheritance', 'lifestyle', 'find_specialist'],
  },
  {
    // "Is that lupus" = diagnosis (a result asked as "could this be X?").
    message: 'ANA positive 1:320, speckled pattern. Is that lupus?',
    focus: 'lupus',
    types: ['diagnosis'],
  },
  {
    // "How accurate is the heel prick screen, could it be a false alarm" and "What does the sweat test involve, does it hurt" = diagnosis (both ask about the tests, one type).
    subject: 'Newborn screen',
    message:
      "The midwife rang today to say our son's newborn screen came back positive for cystic fibrosis and we have to go in for a sweat test on Monday. He is 12 days old and seems perfectly healthy. How accurate is the heel prick screen, could it be a false alarm? What does the sweat test involve, does it hurt?",
    focus: 'cystic fibrosis',
    types: ['diagnosis'],
  },
  {
    // "Are there any other treatment options" = treatment; "What happens if I just don't use it" (left untreated) = complications.
    message:
      "Sleep study results: AHI 34, oxygen dropped to 81%. The consultant says severe obstructive sleep apnea and wants me on CPAP. I tried the mask for ten minutes and hated it. Are there any other treatment options? What happens if I just don't use it?",
    focus: 'obstructive sleep apnea',
    types: ['treatment', 'complications'],
  },
  {
    // "Am I going to go blind like she did" = prognosis (the outlook).
    message:
      "Had my eye exam yesterday and the optometrist measured my eye pressures at 27 and 29 and said my optic nerves look 'cupped'. She has referred me to the hospital for glaucoma tests. My mother lost most of her sight to glaucoma in her seventies. I am 49. Am I going to go blind like she did?",
    focus: 'glaucoma',
    types: ['prognosis'],
  },
  {
    // "Is the biopsy really necessary when the blood test is that high" = diagnosis (how it is confirmed).
    subject: 'tTG over 128, do I still need the scope?',
    message:
      'My tTG IgA came back at >128 (normal is under 7). The gastro wants to do an endoscopy with biopsies to confirm coeliac disease, and in the meantime I have to keep eating gluten, which is making me miserable. Is the biopsy really necessary when the blood test is that high?',
    focus: 'coeliac disease',
    types: ['diagnosis'],
  },
  {
    // "What does the testing process actually involve ... how long does it take to get the result" = diagnosis; "Where can I find genetic counselling for this in the Manchester area" = find_specialist.
    message:
      "Hello. My father was diagnosed with Huntington's disease last year, at 61. I am 29, married, and we would like to start a family in the next couple of years. I have been going back and forth about whether to have the predictive test. My wife thinks I should know. I am honestly not sure I want to. What does the testing process actually involve, is it just a blood test, and how long does it take to get the result? I've read that there is counselling beforehand. Where can I find genetic counselling for this in the Manchester area? Thank you for reading this.",
    focus: "Huntington's disease",
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "will she ever be able to eat normal food like pizza" = lifestyle (diet).
    message:
      'our baby girls heel prick test came back with PKU. shes 3 weeks old and on special formula now plus some breast milk. will she ever be able to eat normal food like pizza and stuff when shes older',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  {
    // "How can she have it if we don't" = inheritance (how it runs in families).
    message:
      "My daughter's newborn screening letter says her result is 'FS' and that she has sickle cell disease. My husband and I are both healthy, neither of us has sickle cell. How can she have it if we don't?",
    focus: 'sickle cell disease',
    types: ['inheritance'],
  },
  {
    // "what is the chance our baby will have beta thalassemia major" = inheritance.
    message:
      "My blood test at the antenatal booking showed a raised HbA2 and they told me I have beta thalassemia trait. My partner's test is next week. If he carries it too, what is the chance our baby will have beta thalassemia major?",
    focus: 'beta thalassemia',
    types: ['inheritance'],
  },
  {
    // "What treatments are available" = treatment; "Gaucher disease is linked to Parkinson's. Is that true" = association.
    message:
      "After two years of low platelets and an enlarged spleen, the enzyme test finally showed low glucocerebrosidase and I've been diagnosed with Gaucher disease type 1 at 34. What treatments are available? I also read somewhere that Gaucher disease is linked to Parkinson's. Is that true?",
    focus: 'Gaucher disease',
    types: ['treatment', 'association'],
  },
  {
    // "can it be cured" = treatment.
    message:
      "My 16-year-old son's bloods show ceruloplasmin 0.09 g/L and ALT 210. The liver team is doing a 24-hour urine copper and an eye exam for Kayser-Fleischer rings. If it turns out to be Wilson's disease, can it be cured?",
    focus: "Wilson's disease",
    types: ['treatment'],
  },
  {
    // "Does that mean I have to take it an hour before breakfast" = drug_usage; "can I still have my coffee with it" = interactions (medicine with food/drink).
    subject: 'TSH 8.9',
    message:
      'Started on levothyroxine 50 micrograms after my TSH came back at 8.9 twice. Pharmacist said take it on an empty stomach. Does that mean I have to take it an hour before breakfast? And can I still have my coffee with it first thing?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "What other cancers does Lynch syndrome put me at risk of" = complications; "does she have a 50/50 chance of having it too" = inheritance.
    message:
      "I was diagnosed with bowel cancer at 44. Tests on the tumour showed loss of MSH2 and the blood test has confirmed Lynch syndrome. The cancer was caught early and I'm recovering well from surgery. What other cancers does Lynch syndrome put me at risk of? My sister is 40, does she have a 50/50 chance of having it too?",
    focus: 'Lynch syndrome',
    types: ['complications', 'inheritance'],
  },
  {
    // "How long do boys with Duchenne live these days" = prognosis; "Are there any clinical trials he could get into" = research; "could she be a carrier" = inheritance.
    subject: 'CK 18,000',
    message:
      "Our son Leo is 3. He was slow to walk, falls a lot, and has trouble getting up off the floor. The paediatrician did a blood test and his CK was 18,000. She said it could be Duchenne muscular dystrophy and sent off a genetic test which takes 4-6 weeks. I can't stop googling and everything I read is terrifying. How long do boys with Duchenne live these days? Are there any clinical trials he could get into if it is confirmed? We also have a baby girl, could she be a carrier? I'm sorry if this is a lot. We are just so scared.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'inheritance'],
  },
  {
    // "How accurate is NIPT" and "Would I need an amnio to know for sure" = diagnosis (one type).
    message:
      "NIPT came back 'high chance' for trisomy 21 (Down syndrome). I'm 37 and 12 weeks. How accurate is NIPT? Would I need an amnio to know for sure?",
    focus: 'Down syndrome',
    types: ['diagnosis'],
  },
  {
    // "What treatments are there and how quickly do they need to start" = treatment.
    message:
      'Our newborn screen picked up SMA. Genetic confirmation: 0 copies of SMN1, 2 copies of SMN2. She is 9 days old and looks completely normal to us. What treatments are there and how quickly do they need to start?',
    focus: 'SMA',
    types: ['treatment'],
  },
  {
    // "Does this mean I'll end up on dialysis like her" = prognosis (course).
    message:
      "An ultrasound for something else found multiple cysts on both my kidneys. My mum has polycystic kidney disease and has been on dialysis for 3 years. I'm 27. Does this mean I'll end up on dialysis like her?",
    focus: 'polycystic kidney disease',
    types: ['prognosis'],
  },
  {
    // "Is this multiple sclerosis" and "Why would they need the lumbar puncture if the MRI already shows lesions" = diagnosis (one type).
    message:
      "MRI report: 'multiple T2 hyperintense lesions in periventricular and juxtacortical white matter, one enhancing, suggestive of demyelination.' Neurologist wants a lumbar puncture next. Is this multiple sclerosis? Why would they need the lumbar puncture if the MRI already shows lesions?",
    focus: 'multiple sclerosis',
    types: ['diagnosis'],
  },
  {
    // "is this going to spread to the rest of his body" = prognosis (whether it gets worse). Misspelled "gravus" for myasthenia gravis.
    message:
      'my husband was diagnosed with myasthenia gravus after a positive acetylcholine receptor antibody test and an EMG. right now its just his eyelids drooping and double vision by the evening. is this going to spread to the rest of his body',
    focus: 'myasthenia gravus',
    types: ['prognosis'],
  },
  {
    // "Am I allowed to keep driving" = lifestyle (work, daily life).
    message:
      "Results of my overnight sleep study and MSLT: mean sleep latency 2.5 minutes, 4 SOREMPs. Diagnosis narcolepsy type 1. I'm a delivery driver. Am I allowed to keep driving?",
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  {
    // "are there any gene therapy trials i could join" = research.
    message:
      "my ERG came back basically flat and they diagnosed retinitis pigmentosa. i'm 23, night vision has been bad for years. are there any gene therapy trials i could join?",
    focus: 'retinitis pigmentosa',
    types: ['research'],
  },
  {
    // "Could the metformin be causing the low B12" = side_effects (whether a problem comes from the medicine).
    message:
      "Blood test showed vitamin B12 of 145, which my doctor says is low. I've been taking metformin 1000mg twice a day for 8 years for type 2 diabetes. Could the metformin be causing the low B12?",
    focus: 'metformin',
    types: ['side_effects'],
  },
  {
    // "How does it actually work on the bones" = indication; "staying upright after taking it, how long for" = drug_usage.
    subject: 'DEXA result',
    message:
      'My DEXA scan showed a T-score of -2.9 at the spine, so osteoporosis. I am 64. The doctor has prescribed alendronate 70mg once a week. How does it actually work on the bones? And I was told something about staying upright after taking it, how long for?',
    focus: 'alendronate',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Is there a specialist centre I can ask to be referred to" = find_specialist.
    message:
      'My level came back at 0.3 g/L and the genotype is PiZZ, so alpha-1 antitrypsin deficiency. I am 45 and stopped smoking 5 years ago. My GP has never seen a case before. Is there a specialist centre I can ask to be referred to?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['find_specialist'],
  },
  {
    // "Should I have a genetic test to confirm it" = diagnosis; "Will my insurance pay for it" = other (insurance).
    message:
      "Cholesterol test at work: total 10.2, LDL 7.8. I'm 35, fit, don't smoke. My dad had a heart attack at 42. GP thinks it's familial hypercholesterolemia. Should I have a genetic test to confirm it? Will my insurance pay for it?",
    focus: 'familial hypercholesterolemia',
    types: ['diagnosis', 'other'],
  },
  {
    // "do we just go back to 5mg tomorrow" = drug_usage (dose after a skipped one); "could that have pushed her INR up" (wine) = interactions.
    message:
      "Mum's INR was 4.6 today. She's 79 and takes warfarin 5mg for AF. The clinic told her to skip tonight's dose. Then do we just go back to 5mg tomorrow? Also she had a few glasses of wine at my daughter's wedding on Saturday, could that have pushed her INR up?",
    focus: 'warfarin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Is the methotrexate doing this to my liver" = side_effects; "is it safe to be on it while trying" (for a baby) = contraindications.
    message:
      "I've been on methotrexate 15mg weekly for rheumatoid arthritis for 2 years. My last liver blood test showed ALT 88 (it was 30 before). Is the methotrexate doing this to my liver? Also my husband and I are thinking about trying for a baby next year, is it safe to be on it while trying?",
    focus: 'methotrexate',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "Is there any medicine I can take to stop the attacks happening in the first place" = prevention (preventing attacks).
    message:
      'C4 low and C1 inhibitor level 20% of normal. The immunologist says hereditary angioedema type 1. My swellings (face, hands, once my throat) usually come after dental work or a stressful week. Is there any medicine I can take to stop the attacks happening in the first place?',
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  {
    // "Can it go away on its own" = prognosis (course, recovery).
    message:
      'The biopsy from my bronchoscopy (EBUS) showed non-caseating granulomas, so the diagnosis is sarcoidosis. The lymph nodes in my chest are enlarged but my breathing tests are normal. Can it go away on its own?',
    focus: 'sarcoidosis',
    types: ['prognosis'],
  },
  {
    // "What happens if I just leave it" = complications (left untreated). Misspelled "pheocromocytoma" for pheochromocytoma.
    message:
      "Plasma metanephrines came back over 3x the upper limit, and the CT shows a 4cm mass on my left adrenal. Endo thinks pheocromocytoma and is talking surgery. I'm terrified of operations. What happens if I just leave it?",
    focus: 'pheocromocytoma',
    types: ['complications'],
  },
  {
    // "Is that realistic for someone with Addison's" (a trek to 4,000 m) = lifestyle (travel).
    message:
      "I failed my short synacthen test (cortisol 190 at 30 mins) and was diagnosed with Addison's disease in March. I'm now on hydrocortisone and fludrocortisone. We have a trekking trip to Nepal booked for October, up to about 4,000 m. Is that realistic for someone with Addison's?",
    focus: "Addison's disease",
    types: ['lifestyle'],
  },
  {
    // "Can a prolactinoma stop me getting pregnant" = complications (effect on fertility).
    message:
      "Prolactin 1800 and the MRI found a 6mm pituitary adenoma, they're calling it a prolactinoma. I've had no periods for 8 months. We want a baby next year. Can a prolactinoma stop me getting pregnant?",
    focus: 'prolactinoma',
    types: ['complications'],
  },
  {
    // "Which gene is it usually" = genetic_changes.
    message:
      "Nerve conduction studies show slow conduction in all four limbs and the neurologist says it's most likely Charcot-Marie-Tooth disease, type 1. My mum and my uncle both have high arches and thin legs. Which gene is it usually?",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['genetic_changes'],
  },
  {
    // "What actually triggers the attacks" = cause (what brings on its attacks).
    message:
      "My son's newborn screen showed G6PD deficiency. He's 6 weeks old. Someone at church told me fava beans can set off a reaction. What actually triggers the attacks?",
    focus: 'G6PD deficiency',
    types: ['cause'],
  },
  {
    // "How common is Brugada syndrome" = frequency; "Do I need an ICD" = treatment.
    subject: 'ajmaline test',
    message:
      "Positive ajmaline test at the hospital, so I have Brugada syndrome. I've never fainted and feel fine. How common is Brugada syndrome? Do I need an ICD if I've never had symptoms?",
    focus: 'Brugada syndrome',
    types: ['frequency', 'treatment'],
  },
  {
    // "What exactly is that" and "Is it a type of blood cancer" = information (what the condition is; one type).
    message:
      'My wife got her results: JAK2 V617F positive, haemoglobin 192, haematocrit 0.56. The haematologist said polycythemia vera. What exactly is that? Is it a type of blood cancer?',
    focus: 'polycythemia vera',
    types: ['information'],
  },
  {
    // "Could the Hashimotos be causing that" (exhaustion, hair falling out) = symptoms (whether a sign belongs to it). Misspelled "Hashimotos" for Hashimoto's thyroiditis.
    message:
      "My TPO antibodies came back at 650 but TSH is still normal (3.9). GP said it's Hashimotos thyroiditis but nothing to treat yet. I've been exhausted for months and my hair is falling out. Could the Hashimotos be causing that?",
    focus: 'Hashimotos thyroiditis',
    types: ['symptoms'],
  },
  {
    // "What does that mean, do I have hepatitis C or not" = diagnosis; "Could I pass it to my husband" = susceptibility (whether someone can catch it).
    message:
      "Blood donor screening came back hepatitis C antibody positive, but the follow-up RNA test was 'not detected'. What does that mean, do I have hepatitis C or not? Could I pass it to my husband?",
    focus: 'hepatitis C',
    types: ['diagnosis', 'susceptibility'],
  },
];
