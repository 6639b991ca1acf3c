/**
 * "liver" set. Messages about liver and bile duct conditions and their medicines and tests (primary biliary
 * cholangitis, primary sclerosing cholangitis, autoimmune hepatitis, Wilson disease, biliary atresia, hepatitis,
 * cirrhosis). Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 0.950, type F1 0.905). Scored by
 * liver.test.ts and by `npx tsx test/understand/support/score-messages.ts --liver --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LIVER_MESSAGES: ConsumerMessage[] = [
  {
    // "Is Gilbert's hereditary?" -> inheritance (whether it runs in families)
    message: "Is Gilbert's hereditary?",
    focus: 'Gilbert syndrome',
    types: ['inheritance'],
  },
  {
    // "Should I double up at dinner or just skip it?" -> drug_usage (missed dose)
    // "can I take it at the same time as my cholestyramine" -> interactions (with another medicine)
    subject: 'urso doses',
    message:
      "Hi, I was diagnosed with PBC last spring and I'm on ursodial 250mg three times a day. I " +
      'keep forgetting the lunchtime one at work. Should I double up at dinner or just skip it?' +
      ' And can I take it at the same time as my cholestyramine or do they cancel each other ' +
      'out? Thanks.',
    focus: 'ursodiol',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Is there a link between the two?" -> association (link between ulcerative colitis and PSC)
    // "What does the MRCP scan involve?" -> diagnosis (test to confirm it)
    subject: 'primary sclerosing cholangitis?',
    message:
      'My husband (42) has had ulcerative colitis for years. Now his liver tests came back ' +
      'abnormal and the GI thinks it might be PSC. Is there a link between the two? What does ' +
      'the MRCP scan involve?',
    focus: 'primary sclerosing cholangitis',
    types: ['association', 'diagnosis'],
  },
  {
    // "Which gene causes it?" -> genetic_changes (which gene)
    // "What are the chances I have it too?" -> inheritance (chance a sibling has it)
    // "should I still get tested?" -> diagnosis (whether to be tested)
    message:
      "My brother was just diagnosed with Wilson's disease at 19 after he started getting " +
      'tremors and slurred speech. Which gene causes it? What are the chances I have it too? ' +
      "I'm 23 and feel totally fine, should I still get tested?",
    focus: 'Wilson disease',
    types: ['genetic_changes', 'inheritance', 'diagnosis'],
  },
  {
    // "What causes this, was it something I did while pregnant?" -> cause (why it happens, asked twice)
    // "Will the Kasai cure it or is it just buying time?" -> treatment (whether the surgery cures it)
    // "what is the long term outlook for babies like him?" -> prognosis (outlook)
    subject: 'baby with biliary atresia',
    message:
      'Hello. Our son Leo is 7 weeks old. He was yellow from birth and everyone said it was ' +
      "normal newborn jaundice, but his poos were pale and he wasn't gaining weight, so we " +
      'pushed for more tests. Last week the liver team told us he has biliary atresia. We had ' +
      'never heard of it. They want to do an operation called a Kasai on Monday. I keep going ' +
      'over my pregnancy in my head. What causes this, was it something I did while pregnant? ' +
      'Will the Kasai cure it or is it just buying time? And what is the long term outlook for ' +
      'babies like him? Sorry for all the questions, we are scared.',
    focus: 'biliary atresia',
    types: ['cause', 'treatment', 'prognosis'],
  },
  {
    // "What can help with the itching?" -> treatment (managing a symptom)
    message:
      'My daughter is 4 and has Alagille syndrome. She itches all the time and scratches until ' +
      'she bleeds, especially at night. None of us are sleeping. What can help with the ' +
      'itching?',
    focus: 'Alagille syndrome',
    types: ['treatment'],
  },
  {
    // "which gene is that?" -> genetic_changes (which gene)
    // "does that mean me and my sister are carriers?" -> inheritance (carriers)
    // "will his lungs get affected as well?" -> complications (another problem it leads to)
    message:
      "hi my dad was told he is PiZZ alpha 1 antitrypsin and it's affecting his liver. which " +
      'gene is that? does that mean me and my sister are carriers? and will his lungs get ' +
      'affected as well?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['genetic_changes', 'inheritance', 'complications'],
  },
  {
    // "is hep B contagious through kissing?" -> susceptibility (whether someone can catch it)
    message: 'is hep B contagious through kissing?',
    focus: 'hepatitis B',
    types: ['susceptibility'],
  },
  {
    // "Is this from the pill?" -> side_effects (whether a problem comes from the medicine)
    // "is it ok to keep taking that with it?" -> interactions (with another medicine)
    subject: 'Harvoni side effects?',
    message:
      "Started Harvoni 2 weeks ago for hep C (12 week course). Since then I've had headaches " +
      "and I'm exhausted all day. Is this from the pill? Also I take omeprazole for heartburn, " +
      'is it ok to keep taking that with it?',
    focus: 'Harvoni',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is that what is causing the ache under my right ribs?" -> symptoms (whether a sign belongs to it)
    // "What diet should I follow?" -> lifestyle (diet)
    // "Could it turn into cirrhosis?" -> complications (turning into another condition)
    subject: 'fatty liver on ultrasound',
    message:
      "I had an ultrasound for gallbladder pain and they said I have a fatty liver. I'm 38, " +
      'overweight but I hardly drink. Is that what is causing the ache under my right ribs? ' +
      'What diet should I follow? Could it turn into cirrhosis?',
    focus: 'fatty liver',
    types: ['symptoms', 'lifestyle', 'complications'],
  },
  {
    // "How long can someone live with cirrosis?" -> prognosis (life expectancy)
    message:
      'How long can someone live with cirrosis? My mom was just diagnosed, they said it is end ' +
      'stage, and the doctors are not telling us much.',
    focus: 'cirrhosis',
    types: ['prognosis'],
  },
  {
    // "Is azathioprine safe to take during pregnancy?" -> contraindications (pregnancy)
    // "could I breastfeed while on it?" -> contraindications (breastfeeding)
    message:
      'I have autoimmune hepatitis and have been stable on azathioprine 100mg plus a low dose ' +
      'of prednisone for 3 years. My husband and I want to try for a baby next year. Is ' +
      'azathioprine safe to take during pregnancy? And could I breastfeed while on it?',
    focus: 'azathioprine',
    types: ['contraindications'],
  },
  {
    // "what is autoimmune hepatitis??" -> information (what it is)
    // "is it the same thing as hep C?" -> information (whether two conditions are the same)
    message:
      'what is autoimmune hepatitis?? is it the same thing as hep C? my sister just got told ' + 'she has it',
    focus: 'autoimmune hepatitis',
    types: ['information'],
  },
  {
    // "Does it make you tired too?" -> symptoms (whether a sign belongs to it)
    // "Is it serious long term?" -> prognosis (outlook)
    message:
      "Dr told me I have gilberts. My eyes go a bit yellow whenever I'm ill or skip meals. Does" +
      ' it make you tired too? Is it serious long term?',
    focus: 'Gilbert syndrome',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "what is it actually for, isn't it just a laxative?" -> indication (what the medicine is for)
    // "how many times a day should he be going to the toilet on it?" -> drug_usage (dose target)
    message:
      'my grandpa takes lactulose for his liver, something about hepatic encephalopathy. what ' +
      "is it actually for, isn't it just a laxative? and how many times a day should he be " +
      'going to the toilet on it?',
    focus: 'lactulose',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Is rifaximin covered by Medicare part D?" -> other (insurance and cost)
    message:
      'Is rifaximin covered by Medicare part D? My husband takes it for hepatic encephalopathy ' +
      'and the pharmacy wants over $2000 a month.',
    focus: 'rifaximin',
    types: ['other'],
  },
  {
    // "Does the hepatitis B vaccine contain yeast?" -> ingredients (what it contains)
    subject: 'hep b shot',
    message:
      'Does the hepatitis B vaccine contain yeast? I have a yeast allergy and need it for my ' +
      'nursing course.',
    focus: 'hepatitis B vaccine',
    types: ['ingredients'],
  },
  {
    // "How should we keep the capsules in the heat?" -> storage_disposal (storing the medicine)
    // "how do we shift his dose times?" -> drug_usage (timing of doses)
    subject: 'traveling with tacrolimus',
    message:
      'Our son had a liver transplant at 1 for biliary atresia and takes tacrolimus twice a ' +
      'day, 8am and 8pm. We are flying to Spain for two weeks in August. How should we keep the' +
      ' capsules in the heat? And with the time difference, how do we shift his dose times?',
    focus: 'tacrolimus',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "How common is haemochromatosis?" -> frequency (how common)
    message:
      'How common is haemochromatosis? My GP found high iron and raised liver enzymes and said ' +
      "it's common in Irish people like me.",
    focus: 'hemochromatosis',
    types: ['frequency'],
  },
  {
    // "Is there any research into gene therapy for this?" -> research (treatments being researched)
    // "Where are the specialist centers in the US?" -> find_specialist (expert centers)
    subject: 'Crigler-Najjar type 1',
    message:
      'Our newborn daughter was diagnosed with Crigler-Najjar type 1. She is under blue lights ' +
      '12 hours a day and we are exhausted. Is there any research into gene therapy for this? ' +
      'Where are the specialist centers in the US?',
    focus: 'Crigler-Najjar syndrome',
    types: ['research', 'find_specialist'],
  },
  {
    // "how rare is it" -> frequency (how rare)
    // "what gene is involved" -> genetic_changes (which gene)
    // "are there any support groups for families?" -> find_specialist (support groups)
    message:
      'PFIC type 2 - how rare is it, what gene is involved, and are there any support groups ' +
      'for families? Our grandson was just diagnosed.',
    focus: 'progressive familial intrahepatic cholestasis',
    types: ['frequency', 'genetic_changes', 'find_specialist'],
  },
  {
    // "Could I catch it from her?" -> susceptibility (whether someone can catch it)
    // "What can I do to avoid getting it?" -> prevention (preventing it)
    message:
      'A coworker of mine was just diagnosed with hepatitis A. We share a small kitchen and the' +
      ' same coffee machine. Could I catch it from her? What can I do to avoid getting it?',
    focus: 'hepatitis A',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "what is primary biliary cholangitis?" -> information (what it is)
    // "does it cause the itching and dry eyes" -> symptoms (whether signs belong to it)
    subject: 'PBC??',
    message:
      'what is primary biliary cholangitis? my mother in law was just told she has it. does it ' +
      'cause the itching and dry eyes she has been complaining about for years?',
    focus: 'primary biliary cholangitis',
    types: ['information', 'symptoms'],
  },
  {
    // "Does he have to avoid chocolate and nuts for good?" -> lifestyle (diet)
    // "Can he still play football with his team?" -> lifestyle (sport)
    // "Will he need medicine for the rest of his life?" -> treatment (how long it must be treated)
    message:
      "Hi there, my 14 yr old son has Wilsons disease, diagnosed last year, he's on zinc now. " +
      'Does he have to avoid chocolate and nuts for good? Can he still play football with his ' +
      'team? Will he need medicine for the rest of his life?',
    focus: 'Wilson disease',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "how do you take zinc for wilsons, before or after meals?" -> drug_usage (timing)
    message: 'how do you take zinc for wilsons, before or after meals?',
    focus: 'zinc',
    types: ['drug_usage'],
  },
  {
    // "Could the spironolactone be doing that?" -> side_effects (problem from the medicine)
    message:
      'My husband has cirrhosis with fluid in his belly and takes spironolactone and ' +
      'furosemide. Now one side of his chest is swollen and sore, like a lump behind the ' +
      'nipple. Could the spironolactone be doing that?',
    focus: 'spironolactone',
    types: ['side_effects'],
  },
  {
    // "Could this be cholestasis of pregnancy?" -> diagnosis (whether her signs could be it)
    // "Is it dangerous for the baby?" -> complications (problems it can lead to)
    // "Is there anything to stop the itching?" -> treatment (managing a symptom)
    subject: 'itching at 33 weeks',
    message:
      "I'm 33 weeks pregnant and my palms and the soles of my feet itch like crazy, much worse " +
      'at night. No rash. My midwife is sending bloods for bile acids. Could this be ' +
      'cholestasis of pregnancy? Is it dangerous for the baby? Is there anything to stop the ' +
      'itching?',
    focus: 'cholestasis of pregnancy',
    types: ['diagnosis', 'complications', 'treatment'],
  },
  {
    // "Can it turn into liver cancer?" -> complications (turning into another condition)
    // "Should he be on treatment now anyway?" -> treatment (whether to treat it)
    message:
      'My dad has had hep B for about 30 years and never been treated because he feels fine. ' +
      'Can it turn into liver cancer? Should he be on treatment now anyway?',
    focus: 'hepatitis B',
    types: ['complications', 'treatment'],
  },
  {
    // "Should entecavir be taken on an empty stomach?" -> drug_usage (timing with meals)
    subject: 'entecavir',
    message:
      'Should entecavir be taken on an empty stomach? I have been taking it with my breakfast ' +
      'for a month.',
    focus: 'entecavir',
    types: ['drug_usage'],
  },
  {
    // "Is tenofovir safe for the baby?" -> contraindications (pregnancy)
    message:
      "I have hep B with a high viral load and I'm 26 weeks pregnant. My doctor wants me to " +
      "start tenofovir in the third trimester so the baby doesn't get it. Is tenofovir safe for" +
      ' the baby?',
    focus: 'tenofovir',
    types: ['contraindications'],
  },
  {
    // "What causes Budd-Chiari syndrome?" -> cause (why it happens)
    // "could that have caused it?" -> association (a named exposure (the pill) asked as its cause)
    message:
      'What causes Budd-Chiari syndrome? My sister is 29 and was diagnosed after her belly ' +
      'swelled up over a couple of weeks. She has been on the pill for 10 years, could that ' +
      'have caused it?',
    focus: 'Budd-Chiari syndrome',
    types: ['cause', 'association'],
  },
  {
    // "Is it genetic?" -> inheritance (whether it runs in families)
    // "Is it linked to the cysts they found in his kidneys?" -> association (link between two conditions)
    // "What are the treatment options?" -> treatment (therapies)
    message:
      'Hello, my son (16) has been diagnosed with Caroli disease after several bouts of ' +
      'cholangitis and fevers. The doctors say it is very rare. Is it genetic? Is it linked to ' +
      'the cysts they found in his kidneys? What are the treatment options?',
    focus: 'Caroli disease',
    types: ['inheritance', 'association', 'treatment'],
  },
  {
    // "what are the early signs we should watch for" -> symptoms (early signs)
    message:
      'my uncle has cirrhosis and sometimes gets confused and sleepy, the hospital called it ' +
      'hepatic encephalopathy. what are the early signs we should watch for so we can get him ' +
      'help sooner?',
    focus: 'hepatic encephalopathy',
    types: ['symptoms'],
  },
  {
    // "What is cholestyramine used for?" -> indication (what the medicine is for)
    message:
      'What is cholestyramine used for? My hepatologist gave it to me for the itching from PBC ' +
      'but the pharmacist said it is a cholesterol medicine. Confused.',
    focus: 'cholestyramine',
    types: ['indication'],
  },
  {
    // "Are there any new treatments or clinical trials I could join?" -> research (trials, new treatments)
    // "should I be seeing a hepatologist rather than my regular GI?" -> find_specialist (which doctor)
    subject: 'PBC not responding to urso',
    message:
      "Hi. I've had PBC for 6 yrs and urso isn't bringing my ALP down enough. Are there any new" +
      ' treatments or clinical trials I could join? Also should I be seeing a hepatologist ' +
      'rather than my regular GI? I live in Ohio.',
    focus: 'primary biliary cholangitis',
    types: ['research', 'find_specialist'],
  },
  {
    // "Blood test for alpha-1?" -> diagnosis (test)
    message: 'Blood test for alpha-1?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis'],
  },
  {
    // "What causes cirrhosis in someone who never drank?" -> cause (why it happens)
    message: 'What causes cirrhosis in someone who never drank? My dad has never touched alcohol.',
    focus: 'cirrhosis',
    types: ['cause'],
  },
  {
    // "Does having diabetes make you more likely to get it?" -> susceptibility (condition raises risk)
    // "How is it different from plain fatty liver?" -> information (difference between two conditions)
    message:
      "I'm type 2 diabetic and my liver enzymes keep creeping up. My doctor mentioned NASH (non" +
      ' alcoholic steatohepatitis). Does having diabetes make you more likely to get it? How is' +
      ' it different from plain fatty liver?',
    focus: 'nonalcoholic steatohepatitis',
    types: ['susceptibility', 'information'],
  },
  {
    // "is being premature linked to it?" -> association (link between an exposure and the condition)
    // "what is the survival rate after chemo and surgery?" -> prognosis (survival)
    message:
      'our little boy is 18 months and has hepatoblastoma. he was born at 27 weeks. is being ' +
      'premature linked to it? what is the survival rate after chemo and surgery?',
    focus: 'hepatoblastoma',
    types: ['association', 'prognosis'],
  },
  {
    // "Should my husband and kids get tested?" -> diagnosis (whether relatives should be tested)
    // "Could I have given it to my husband through sex?" -> susceptibility (whether someone can catch it)
    // "How long does the treatment take these days?" -> treatment (therapy)
    subject: 'hep C and my family',
    message:
      'I just found out I have hepatitis C, probably from a blood transfusion in 1988. Should ' +
      'my husband and kids get tested? Could I have given it to my husband through sex? How ' +
      'long does the treatment take these days?',
    focus: 'hepatitis C',
    types: ['diagnosis', 'susceptibility', 'treatment'],
  },
];
