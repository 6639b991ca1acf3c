/**
 * "results" set. Messages about genetic and lab test results people do not understand: variants of uncertain
 * significance, carrier results, gene names, borderline values, with other questions about the condition.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge
 * base holds. Scored once, before any change made for it (focus 0.900, type F1 0.807). Scored by
 * results.test.ts and by `npx tsx test/understand/support/score-messages.ts --results --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const RESULTS_MESSAGES: ConsumerMessage[] = [
  // why: asks whether the borderline screening result means he has it -> diagnosis
  {
    message:
      'my sons newborn screen came back borderline for PKU and they want to redo it. what does borderline mean, does he have it or not',
    focus: 'phenylketonuria',
    types: ['diagnosis'],
  },
  // why: asks whether being a carrier means the baby could have it -> inheritance
  {
    subject: 'Carrier result',
    message:
      "I just found out from my prenatal bloodwork that I'm a Tay-Sachs carrier. Does this mean our baby could have it?",
    focus: 'Tay-Sachs disease',
    types: ['inheritance'],
  },
  // why: asks whether GBA is the gene behind it -> genetic_changes
  {
    message:
      'My report lists a change in the GBA gene and says "consistent with Gaucher disease". Is GBA the gene that causes Gaucher or is that something different?',
    focus: 'Gaucher disease',
    types: ['genetic_changes'],
  },
  // why: asks how common the condition is -> frequency
  {
    subject: 'C282Y homozygous',
    message:
      'My doctor confirmed my DNA results, two copies of C282Y. How common is hemochromatosis actually?',
    focus: 'hemochromatosis',
    types: ['frequency'],
  },
  // why: asks what the condition named on the report is -> information
  {
    message:
      'hi what is MGUS?? my dads blood work says monoclonal gammopathy of undetermined significance and no one explained anything',
    focus: 'monoclonal gammopathy of undetermined significance',
    types: ['information'],
  },
  // why: asks whether it can lead to liver damage -> complications
  {
    message:
      "My bilirubin is always a little high (1.6 to 2.1) and the doctor says it's Gilbert syndrome. Can it damage my liver over the years?",
    focus: 'Gilbert syndrome',
    types: ['complications'],
  },
  // why: asks whether relatives (her kids) should be tested -> diagnosis; condition only in subject
  {
    subject: 'VUS - hypertrophic cardiomyopathy',
    message:
      'My gene panel found a variant of uncertain significance in MYBPC3. Do my two kids need to be tested for it too?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['diagnosis'],
  },
  // why: asks about life expectancy -> prognosis
  {
    message:
      'Our amnio result came back 45,X and the doctor said Turner syndrome. Can girls with this live a normal lifespan?',
    focus: 'Turner syndrome',
    types: ['prognosis'],
  },
  // why: asks whether the medicine is safe in pregnancy -> contraindications; focus is the medicine
  {
    message:
      'i tested positive for factor v leiden (heterozygous) and my doctor wants me on warfarin. is warfarin safe if i get pregnant',
    focus: 'warfarin',
    types: ['contraindications'],
  },
  // why: asks about clinical trials -> research
  {
    message:
      "Genetic testing confirmed two ABCA4 mutations, so it's Stargardt disease. Are there any clinical trials I could join?",
    focus: 'Stargardt disease',
    types: ['research'],
  },
  // why: asks which signs of an episode to watch for -> symptoms
  {
    subject: 'G6PD low',
    message:
      'My G6PD test came back deficient. What are the signs of a hemolytic episode that I should look out for?',
    focus: 'G6PD deficiency',
    types: ['symptoms'],
  },
  // why: asks whether their baby can have the disease given the wife is a carrier -> inheritance
  {
    message:
      'My wife blood test show she carry alpha thalassemia trait. I am not tested yet. Can our baby have the disease?',
    focus: 'alpha thalassemia',
    types: ['inheritance'],
  },
  // why: asks about a cure -> treatment
  {
    message: 'Is there any cure for Charcot-Marie-Tooth? My test showed a PMP22 duplication (CMT1A).',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['treatment'],
  },
  // why: asks whether learning problems belong to it -> symptoms
  {
    message:
      "Our son's chromosome test showed 47,XXY (Klinefelter syndrome). Does it cause learning problems?",
    focus: 'Klinefelter syndrome',
    types: ['symptoms'],
  },
  // why: asks what it is (information), then how rare (frequency)
  {
    message:
      "My TP53 result came back positive for Li-Fraumeni syndrome and I'd never even heard of it. What is it and how rare is it?",
    focus: 'Li-Fraumeni syndrome',
    types: ['information', 'frequency'],
  },
  // why: asks what kind of test it is (diagnosis), then which other cancers a person with it is at higher risk of (complications)
  {
    subject: 'Lynch syndrome testing',
    message:
      'My mom had colon cancer at 48 and the pathology report said her tumor was missing the MSH2 protein. Her oncologist thinks it could be Lynch syndrome and wants me and my brother tested. What kind of test is that, just a blood draw? And if I have it, what other cancers am I more likely to get?',
    focus: 'Lynch syndrome',
    types: ['diagnosis', 'complications'],
  },
  // why: asks the chance their baby has it after carrier screening -> inheritance (asked twice in other words)
  {
    message:
      'We did carrier screening at 10 weeks. My wife came back as a CF carrier (F508del). I came back negative, but my report says "residual risk 1 in 240". So is there still a chance our baby has cystic fibrosis? I thought negative meant zero chance.',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  // why: asks which treatment and how soon (treatment), then whether she will sit and crawl (prognosis)
  {
    message:
      "our baby girl's newborn screen flagged SMA and the follow up showed no SMN1 and 2 copies of SMN2. the neurologist talked about zolgensma and spinraza but we were too shocked to take it in. which treatment is best and how fast does she need it? will she be able to sit and crawl like other babies?",
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'prognosis'],
  },
  // why: asks which side of the family it came from and whether another daughter may be a carrier -> inheritance
  {
    message:
      'My granddaughter was tested for developmental delay and it turns out my daughter (her mother) is a fragile X premutation carrier, 75 repeats. My daughter says it has to come from me or from her father. Is that true? And could my other daughter be a carrier too?',
    focus: 'fragile X syndrome',
    types: ['inheritance'],
  },
  // why: asks about sports and diet -> lifestyle (both questions are daily life)
  {
    message:
      'im 16 and my cholestrol came back 290 at my sports physical. my dad had a heart attack at 41 and the doctor said it might be familial hypercholesterolemia. can i still play football?? and do i have to stop eating fast food completely lol',
    focus: 'familial hypercholesterolemia',
    types: ['lifestyle'],
  },
  // why: asks whether having the MZ result puts her at higher risk of another condition (COPD) -> complications
  {
    message:
      'My results say alpha-1 antitrypsin phenotype PiMZ, level 85 mg/dL, which the lab flagged as low-normal. My pulmonologist says I\'m "just a carrier". I smoked for 15 years but quit two years ago. Does being MZ still put me at higher risk of COPD or emphysema?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['complications'],
  },
  // why: asks whether the result could be something else and which test confirms it -> diagnosis
  {
    message:
      'My 19 year old son had slightly high liver enzymes twice, and then his ceruloplasmin came back at 18 (lab range 20-60). The GI doctor wants to look for Wilson disease. Could a borderline ceruloplasmin be something else? What test actually confirms it?',
    focus: 'Wilson disease',
    types: ['diagnosis'],
  },
  // why: asks whether her children could inherit it -> inheritance; condition named in subject
  {
    subject: 'Huntington result - 38 repeats',
    message:
      "My best friend just got her test back: 38 CAG repeats, which the report calls the reduced penetrance range. She's 29 and wants kids someday and she's really scared. Could her kids inherit it, maybe with a bigger number?",
    focus: 'Huntington disease',
    types: ['inheritance'],
  },
  // why: asks whether the trait and the disease are the same -> information
  {
    message:
      'The newborn screening letter for our daughter says "FAS" and that she has sickle cell trait. The pediatrician told us not to worry, but my cousin has sickle cell disease and has been in hospital many times. Is the trait the same thing as the disease?',
    focus: 'sickle cell disease',
    types: ['information'],
  },
  // why: asks whether the labs confirm it (diagnosis), then what brings on the swellings (cause); condition only in subject
  {
    subject: 'hereditary angioedema?',
    message:
      'For years I get swelling in my hands, lips and once my throat, and antihistamines never help. Now my C4 is low and the C1 inhibitor function is 41%. Does that mean I have it for sure? and what sets off the swellings?',
    focus: 'hereditary angioedema',
    types: ['diagnosis', 'cause'],
  },
  // why: asks how the medicine works and why for one mutation -> indication; focus is the medicine
  {
    message:
      "Our daughter has CF with F508del on one copy and R117H on the other. The clinic wants to start her on ivacaftor. Can someone explain how it works, and why it's supposed to work for R117H but not for F508del?",
    focus: 'ivacaftor',
    types: ['indication'],
  },
  // why: asks whether there is medication for it -> treatment
  {
    message:
      'I\'m 34 and had an ultrasound for back pain that showed several cysts on both kidneys. Genetic testing found a PKD1 variant called "likely pathogenic". My blood pressure is borderline too. Is there medication for polycystic kidney disease? I read something about tolvaptan.',
    focus: 'polycystic kidney disease',
    types: ['treatment'],
  },
  // why: asks the chance the baby has it (inheritance), then whether it can be tested before birth (diagnosis)
  {
    message:
      "My father was just diagnosed with myotonic dystrophy type 1 (report says around 600 CTG repeats). I'm 14 weeks pregnant and haven't been tested myself. What are the chances the baby has it, and can it be tested before birth?",
    focus: 'myotonic dystrophy',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks whether growth hormone is used for it -> treatment
  {
    message:
      "Our son's RASopathy gene panel came back with a PTPN11 variant and the geneticist says it's Noonan syndrome. He's at the 2nd percentile for height. Is growth hormone something that is used for Noonan?",
    focus: 'Noonan syndrome',
    types: ['treatment'],
  },
  // why: asks whether she can keep competing in sports -> lifestyle
  {
    subject: 'borderline QTc + VUS',
    message:
      'my ECG showed a QTc of 470 which they called borderline, and then the gene test found a KCNH2 variant of uncertain significance. so nobody knows if i actually have long QT syndrome. i swim for my college team, am i allowed to keep competing',
    focus: 'long QT syndrome',
    types: ['lifestyle'],
  },
  // why: asks whether it can still be diagnosed despite a negative panel (diagnosis), then for a specialist (find_specialist)
  {
    subject: 'Negative gene test but still EDS?',
    message:
      "I'm 23 and I've had joints slip out of place since I was a kid (shoulders, kneecaps, fingers), my skin is soft and stretchy and I bruise from nothing. My rheumatologist said it looks like Ehlers-Danlos syndrome and ordered a connective tissue gene panel. It came back negative except for one variant of uncertain significance in COL5A1, and she said that doesn't really tell us anything. Now my insurance is asking for a \"confirmed diagnosis\" for physical therapy and I'm stuck. Does a negative panel mean I don't have EDS, or can it still be diagnosed some other way? Also my rheumatologist admitted she doesn't see a lot of EDS. Is there anyone in the Midwest who actually specializes in this?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: asks the difference between Duchenne and Becker (information), whether the daughter could be a carrier (inheritance), and life expectancy (prognosis)
  {
    message:
      "Our son Mateo is 3. At a routine checkup his liver numbers looked off, and then they found his CK was over 15,000. After that they did a genetic test and it showed a deletion of exons 45-50 in the DMD gene. The neurologist said Duchenne, but when I read online it says Becker also comes from the DMD gene, so I'm confused. What's the difference between Duchenne and Becker? They also want to test me because I might be a carrier. I have a daughter who is 6, could she be a carrier too? And honestly, how long do boys with Duchenne live now? I'm sorry for all the questions, we are just lost.",
    focus: 'Duchenne muscular dystrophy',
    types: ['information', 'inheritance', 'prognosis'],
  },
  // why: asks whether his high ferritin could be it (diagnosis), about cutting alcohol (lifestyle), and whether giving blood fixes it (treatment)
  {
    message:
      'ok so long story. im 52, had routine bloods and my ferritin came back 450 (range up to 300), transferrin saturation 38%. doc ran the gene test and i have one copy of H63D, nothing else. he says one H63D basically doesnt count and its probably from my drinking or my weight. but my uncle had hemochromatosis and had to give blood every few weeks. so could my high ferritin still be hemochromatosis with just that one copy? i do like my beer on weekends, should i be cutting alcohol out totally? and if it does turn out to be that, does giving blood really fix it or is it just for show',
    focus: 'hemochromatosis',
    types: ['diagnosis', 'lifestyle', 'treatment'],
  },
  // why: a list: what it is (information), a link to miscarriage (association), and whether to switch folate (treatment)
  {
    subject: 'MTHFR questions',
    message:
      'Hello, I have a few questions after my fertility workup. I have had three miscarriages in two years. My doctor ran a lot of tests and everything was normal except that I am homozygous for MTHFR C677T and my homocysteine was 14, which she called upper normal. She said not to worry about it but the internet says the opposite. 1) What exactly is MTHFR, is it a disease? 2) Is there a link between MTHFR and miscarriage? 3) Should I switch from regular folic acid to methylfolate? Thank you so much.',
    focus: 'MTHFR deficiency',
    types: ['information', 'association', 'treatment'],
  },
  // why: asks what else it can affect (complications), whether his daughters should be tested (diagnosis), and for a patient group (find_specialist)
  {
    message:
      "I'm 41 and my nephrologist has been following protein in my urine for a couple of years. Last month she tested my alpha-galactosidase A enzyme, which was borderline low, and then a GLA gene test that found a variant of uncertain significance. She says it might be Fabry disease, or it might be nothing, and they want a kidney biopsy to decide. My uncle on my mother's side died of heart problems at 50 and nobody ever knew why. If it is Fabry, what else can it do besides the kidneys? My daughters are 12 and 15, should they be tested now? And is there a patient group where I could talk to other people who have it?",
    focus: 'Fabry disease',
    types: ['complications', 'diagnosis', 'find_specialist'],
  },
  // why: asks what the syndrome is (information), whether he can go to a regular school (lifestyle), and for a parents group (find_specialist)
  {
    message:
      'Hello. My son Luca had heart surgery as a baby for tetralogy of Fallot. Now he is 3 years and he speaks very late, so the genetist did a microarray. The report says "interstitial deletion 22q11.21, 2.5 Mb, pathogenic". The doctor said the name of syndrome but my English is not so good and I was too nervous. Please, what is this syndrome exactly? He will can go to normal school with the other children? Also is there a group of parents we can talk with? Thank you very much.',
    focus: '22q11.2 deletion syndrome',
    types: ['information', 'lifestyle', 'find_specialist'],
  },
  // why: asks when spleen removal is needed and whether she should take folic acid -> treatment (both questions)
  {
    subject: 'EMA test borderline',
    message:
      "Hi all, sorry this is long. Our daughter Maya is 7. She was very yellow as a newborn and needed the lights, and since then she's been a bit pale and tired and gets yellow eyes when she's sick. Her hemoglobin is usually around 10. Her spleen was a little big on exam, so the hematologist ran an EMA binding test, which came back \"borderline reduced\", and an osmotic fragility test that was increased. He says it's probably hereditary spherocytosis, a mild form. He mentioned that she might need her spleen out one day - when is that actually needed? And should she be taking folic acid every day?",
    focus: 'hereditary spherocytosis',
    types: ['treatment'],
  },
  // why: asks whether the pseudodeficiency means he doesn't have it (diagnosis), then what first signs to watch for (symptoms)
  {
    message:
      'Our son Ethan was flagged on the newborn screen for Pompe disease because of low GAA enzyme activity. We went through a week of hell waiting for the follow-up. The genetic test found one pathogenic variant and one "pseudodeficiency allele", and his CK and heart echo were normal. The metabolic team said they will keep watching him but they didn\'t give us a clear answer. Does the pseudodeficiency mean he doesn\'t actually have Pompe? If he does have the late-onset kind, what are the first signs we should be watching for at home?',
    focus: 'Pompe disease',
    types: ['diagnosis', 'symptoms'],
  },
  // why: asks whether the baby is at risk when the parents carry different conditions and whether future kids could be carriers -> inheritance
  {
    subject: 'expanded carrier screening',
    message:
      "My husband and I are both Ashkenazi and we did the expanded carrier panel before trying to get pregnant. The results came back today. He is a carrier for Canavan disease (ASPA c.854A>C) and I am a carrier for Gaucher type 1 but not for Canavan. The genetic counselor appointment isn't for three weeks and I can't stop thinking about it. Since we are carriers of different things, is our baby at risk for either one? And could our future children end up being carriers like us?",
    focus: 'Canavan disease',
    types: ['inheritance'],
  },
  // why: a list about the medicine: taking it on an empty stomach (drug_usage), with calcium, iron and coffee (interactions), in pregnancy (contraindications)
  {
    subject: 'Borderline TSH - started levothyroxine',
    message:
      "My TSH was 5.8 twice and my free T4 was normal, so my doctor called it subclinical hypothyroidism. My TPO antibodies were positive too. She started me on levothyroxine 25 mcg. I have some questions she didn't have time for:\n1. Do I really need to take it on an empty stomach, 30 minutes before breakfast?\n2. I take calcium and iron supplements and drink coffee first thing in the morning. Do these interfere with it?\n3. We are trying for a baby. Is it ok to keep taking it if I get pregnant?",
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions', 'contraindications'],
  },
];
