/**
 * "links" set: 40 messages that each name two or more conditions, exposures or medicines and ask about at
 * least one of them: what one condition may lead to, whether a sign belongs to it, whether an exposure
 * caused it, whether two conditions a person has are related, a raised risk, a medicine blamed, two
 * medicines together, or a second condition named only as background. Written by someone who had read
 * neither the code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. First scored before any change for it: focus
 * 1.000, type F1 0.843.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LINKS_MESSAGES: ConsumerMessage[] = [
  {
    // "Can lupus damage her kidneys?" -> complications (a problem she does not have yet);
    // "anything she can do to keep it from flaring up?" -> prevention (preventing flares)
    subject: 'sister with lupus',
    message:
      'My sister was diagnosed with lupus last year, she is 29. Her rheumatologist keeps checking her urine. Can lupus damage her kidneys? And is there anything she can do to keep it from flaring up? Thank you.',
    focus: 'lupus',
    types: ['complications', 'prevention'],
  },
  {
    // "Does Crohn's disease cause joint pain, or is that something separate?" -> symptoms (whether a sign belongs to it; asked once);
    // "What helps with it?" -> treatment
    message:
      "I have Crohn's disease (ileum) for 6 yrs and lately my knees and ankles ache, my GP thinks maybe arthritis. Does Crohn's disease cause joint pain, or is that something separate? What helps with it?",
    focus: "Crohn's disease",
    types: ['symptoms', 'treatment'],
  },
  {
    // "Could the paint fumes have caused his asthma?" -> association (named exposure asked as cause);
    // "Will he outgrow it?" -> prognosis (course)
    subject: 'asthma after painting',
    message:
      'Our son is 7 and he developed asthma last spring, right after we repainted his bedroom with an oil based paint. Nobody else in the family has it. Could the paint fumes have caused his asthma? Will he outgrow it?',
    focus: 'asthma',
    types: ['association', 'prognosis'],
  },
  {
    // "Is there a connection between the two?" -> association (two conditions she already has);
    // "Will I need thyroid pills for the rest of my life?" -> treatment
    message:
      "I have had celiac disease since I was a teenager and now my doctor says I have Hashimoto's thyroiditis as well. Is there a connection between the two? Will I need thyroid pills for the rest of my life?",
    focus: "Hashimoto's thyroiditis",
    types: ['association', 'treatment'],
  },
  {
    // "Is she at higher risk for celiac disease because of it?" -> susceptibility (one condition raising risk of the focus);
    // "What are the signs of celiac disease we should watch for?" -> symptoms
    subject: 'diabetes and celiac',
    message:
      'Hello, our daughter (10) has type 1 diabetes since age 4. Another mom at the diabetes camp told me her son got celiac disease too. Is my daughter at higher risk for celiac disease because of her diabetes? What are the signs of celiac disease we should watch for?',
    focus: 'celiac disease',
    types: ['susceptibility', 'symptoms'],
  },
  {
    // "Could the metformin be causing this?" -> side_effects (problem blamed on the medicine);
    // "is it ok to have a glass of wine with it" -> interactions (medicine with alcohol)
    message:
      'im 58 type 2 diabetic been on metformin 3 years. lately numbness in my feet and my B12 came back low. could the metformin be causing this? also is it ok to have a glass of wine with it at dinner',
    focus: 'metformin',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is it safe for him to take ibuprofen with his warfarin?" -> interactions (two medicines);
    // "What should he do if he forgets a dose of warfarin?" -> drug_usage (missed dose)
    subject: 'Dad on warfarin',
    message:
      'My dad takes warfarin since his heart valve surgery. He has arthritis in his hands and keeps reaching for ibuprofen when they hurt. Is it safe for him to take ibuprofen with his warfarin? And what should he do if he forgets a dose of warfarin? He is 81 and gets mixed up sometimes.',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Is the lithium to blame?" -> side_effects (problem blamed on the medicine);
    // "Do I have to stop taking it?" -> drug_usage (stopping)
    message:
      "I've been on lithium for bipolar disorder for about ten years and it has kept me stable. My new bloodwork shows an underactive thyroid. Is the lithium to blame? Do I have to stop taking it? I'm scared of going off it.",
    focus: 'lithium',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is methotrexate safe during pregnancy" -> contraindications;
    // "how long before we start trying should I stop it?" -> drug_usage (stopping)
    subject: 'methotrexate and pregnancy',
    message:
      'I have rheumatoid arthritis and take methotrexate once a week, plus folic acid. My husband and I want to start trying for a baby next year. Is methotrexate safe during pregnancy, and how long before we start trying should I stop it?',
    focus: 'methotrexate',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "Can sickle cell disease really cause a stroke in a child this young?" -> complications (another condition it leads to);
    // "How do we stop the pain crises" -> prevention (preventing crises)
    message:
      'Our 4 year old has sickle cell disease. At the last visit the hematologist mentioned strokes and wants to do a special ultrasound of her head. Can sickle cell disease really cause a stroke in a child this young? Also how do we stop the pain crises, they happen every few weeks and she ends up in the ER every time. Please help us.',
    focus: 'sickle cell disease',
    types: ['complications', 'prevention'],
  },
  {
    // asthma is background only; "What are the chances the baby will have Marfan syndrome?" -> inheritance
    message:
      'I am 33 and have Marfan syndrome (diagnosed at 12) and asthma since childhood. My wife is 20 weeks pregnant with our first. What are the chances the baby will have Marfan syndrome?',
    focus: 'Marfan syndrome',
    types: ['inheritance'],
  },
  {
    // "Is there a link between the two?" -> association (two conditions she has);
    // "Is there a doctor in the Midwest who really knows EDS?" -> find_specialist
    subject: 'EDS and POTS',
    message:
      'I was diagnosed with hypermobile Ehlers-Danlos syndrome and POTS in the same year after fainting at work several times. Is there a link between the two? Is there a doctor in the Midwest who really knows EDS? My local doctors just shrug.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['association', 'find_specialist'],
  },
  {
    // "Can hemochromatosis turn into liver cancer?" -> complications (turning into another condition);
    // "Which gene is it" -> genetic_changes; "should I get tested too?" -> diagnosis
    message:
      'My brother has hemochromatosis and he drinks quite a lot, his liver enzymes are high. Can hemochromatosis turn into liver cancer? Which gene is it, and should I get tested too?',
    focus: 'hemochromatosis',
    types: ['complications', 'genetic_changes', 'diagnosis'],
  },
  {
    // "Is diabetes a common complication of cystic fibrosis?" -> complications;
    // "Is there anything new being studied that could help her lungs?" -> research
    subject: 'CF and diabetes',
    message:
      'My 15-year-old daughter has cystic fibrosis and her clinic says her sugars are creeping up and she might be developing diabetes. Is diabetes a common complication of cystic fibrosis? Is there anything new being studied that could help her lungs? She is so tired of the treatments.',
    focus: 'cystic fibrosis',
    types: ['complications', 'research'],
  },
  {
    // "How do they tell Fabry disease apart from MS?" -> diagnosis (telling apart);
    // "Is there a treatment for it?" -> treatment
    message:
      'My husband was told two years ago he probably had multiple sclerosis, but his new neurologist thinks it could be Fabry disease because of his burning hands, the rash and his kidney problems. How do they tell Fabry disease apart from MS? Is there a treatment for it?',
    focus: 'Fabry disease',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Can isotretinoin cause depression?" -> side_effects (problem blamed on the medicine);
    // "can he have a couple of beers ... while he's on it?" -> interactions (medicine with alcohol)
    message:
      "My son is 17 and was started on isotretinoin for severe acne 2 months ago. He had anxiety a few years back. Since starting he seems really down and stays in his room. Can isotretinoin cause depression? Also he wants to know if he can have a couple of beers at his graduation party while he's on it.",
    focus: 'isotretinoin',
    types: ['side_effects', 'interactions'],
  },
  {
    // "I read that it can lead to lymphoma. Is that true?" -> complications;
    // "How often should I be checked for it?" -> diagnosis (screening)
    subject: "Sjogren's and lymphoma",
    message:
      "I'm 62 and have had Sjögren's syndrome for years, dry eyes and mouth mostly. I read online that it can lead to lymphoma. Is that true? How often should I be checked for it?",
    focus: "Sjögren's syndrome",
    types: ['complications', 'diagnosis'],
  },
  {
    // heart defect is background; "What other health problems should we expect with Down syndrome?" -> complications;
    // "Will she be able to go to a regular school?" -> lifestyle (school)
    message:
      'Our baby girl has Down syndrome and a heart defect (AV canal) that will be repaired in the spring. We love her so much but we are overwhelmed. What other health problems should we expect with Down syndrome as she grows? Will she be able to go to a regular school?',
    focus: 'Down syndrome',
    types: ['complications', 'lifestyle'],
  },
  {
    // "Is there a link between NF1 and ADHD?" -> association (link between two conditions);
    // "can the bumps on his skin turn into cancer?" -> complications
    message:
      'my son has neurofibromatosis type 1 and now his teacher thinks he has ADHD. is there a link between NF1 and ADHD?? and can the bumps on his skin turn into cancer',
    focus: 'neurofibromatosis type 1',
    types: ['association', 'complications'],
  },
  {
    // "Will she develop normally? What is her life expectancy?" -> prognosis (one type);
    // "Are there any clinical trials for the seizures?" -> research
    subject: 'TSC and epilepsy',
    message:
      "Our daughter was diagnosed with tuberous sclerosis after her first seizures at 5 months. She is 2 now and has epilepsy that the medicines can't control. Will she develop normally? What is her life expectancy? Are there any clinical trials for the seizures?",
    focus: 'tuberous sclerosis',
    types: ['prognosis', 'research'],
  },
  {
    // "Did the thymoma cause his myasthenia?" -> association (link between two conditions he has);
    // "Will removing it cure him?" -> treatment (surgery, cure)
    message:
      'Dad (67) has myasthenia gravis, droopy eyes and trouble swallowing, and they found a thymoma on his CT scan. Did the thymoma cause his myasthenia? Will removing it cure him?',
    focus: 'myasthenia gravis',
    types: ['association', 'treatment'],
  },
  {
    // "Can sarcoidosis cause heart block?" -> complications;
    // "Is it contagious to my kids?" -> susceptibility (catching it)
    message:
      'I have sarcoidosis in my lungs for 3 years. Now my cardiologist wants an MRI of my heart because of a slow heartbeat. Can sarcoidosis cause heart block? And is it contagious to my kids?',
    focus: 'sarcoidosis',
    types: ['complications', 'susceptibility'],
  },
  {
    // "Could the pill be triggering my attacks?" -> cause (what brings on its attacks);
    // "Is there a medicine I can take to prevent attacks?" -> prevention
    subject: 'HAE and birth control',
    message:
      'I have hereditary angioedema and my swelling attacks got much worse, almost weekly, after I started the birth control pill in January. Could the pill be triggering my attacks? Is there a medicine I can take to prevent attacks?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // "Is he at higher risk for Parkinson's disease?" and "am I at risk too?" -> susceptibility (once);
    // "What early signs should we watch for?" -> symptoms
    message:
      "My father has Gaucher disease type 1. I read that people with Gaucher mutations are more likely to get Parkinson's disease. Is he at higher risk for Parkinson's disease? I'm a carrier, am I at risk too? What early signs should we watch for?",
    focus: "Parkinson's disease",
    types: ['susceptibility', 'symptoms'],
  },
  {
    // eczema is background; "What should his lunches look like, can he eat from the cafeteria?" -> lifestyle (diet, school);
    // "will he have learning problems later on?" -> prognosis
    message:
      'Our son has PKU and also bad eczema. He starts kindergarten in the fall. What should his lunches look like, can he eat from the school cafeteria at all? If we keep his levels good, will he have learning problems later on?',
    focus: 'PKU',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // depression is background; "What are the chances I got it?" -> inheritance;
    // "Where can I get genetic counseling" -> find_specialist; "will a positive result affect my life insurance?" -> other
    subject: 'mom has HD',
    message:
      "My mom has Huntington's disease. Looking back she was treated for depression for years before anyone figured it out. I'm 24. What are the chances I got it? Where can I get genetic counseling before I decide about the test? And will a positive result affect my life insurance?",
    focus: "Huntington's disease",
    types: ['inheritance', 'find_specialist', 'other'],
  },
  {
    // "Is hypothyroidism linked to Turner syndrome?" -> association (two conditions she has);
    // "Will growth hormone make her taller?" -> treatment
    message:
      'My daughter has Turner syndrome and at her last checkup they said her thyroid is low, hypothyroidism. Is hypothyroidism linked to Turner syndrome? Will growth hormone make her taller? She is 9 and the shortest in her class by far.',
    focus: 'Turner syndrome',
    types: ['association', 'treatment'],
  },
  {
    // "Can Klinefelter syndrome lead to osteoporosis?" -> complications;
    // "How common is Klinefelter syndrome?" -> frequency
    message:
      "My husband was diagnosed with Klinefelter syndrome at 35 when we couldn't get pregnant. He now takes testosterone. Can Klinefelter syndrome lead to osteoporosis? And how common is Klinefelter syndrome? We had never heard of it.",
    focus: 'Klinefelter syndrome',
    types: ['complications', 'frequency'],
  },
  {
    // "Can polycystic kidney disease cause aneurysms in the brain?" -> complications;
    // "Should I be screened for it?" -> diagnosis (screening)
    subject: 'PKD and aneurysm',
    message:
      "My mother has polycystic kidney disease and is on dialysis, and her sister died of a brain aneurysm at 50. Can polycystic kidney disease cause aneurysms in the brain? I'm 30 with no symptoms. Should I be screened for it?",
    focus: 'polycystic kidney disease',
    types: ['complications', 'diagnosis'],
  },
  {
    // "Could the tattoos be how I got hepatitis C?" -> association (named exposure asked as cause);
    // "Can it be cured now?" -> treatment
    message:
      "I just found out I have hepatitis C. I never used drugs but I have two tattoos I got in a friend's apartment in the 90s. Could the tattoos be how I got hepatitis C? Can it be cured now? I heard the old treatment was awful.",
    focus: 'hepatitis C',
    types: ['association', 'treatment'],
  },
  {
    // "Can Lyme disease cause facial paralysis like that?" -> symptoms (whether a sign belongs to it);
    // "What blood test would show if I had Lyme disease?" -> diagnosis
    message:
      "Last summer I was bitten by a tick while hiking and about a month later half my face drooped. The ER called it Bell's palsy and gave me steroids. Can Lyme disease cause facial paralysis like that? What blood test would show if I had Lyme disease?",
    focus: 'Lyme disease',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "Could the asbestos from the shipyard have caused the mesothelioma?" -> association (named exposure as cause);
    // "How long do people usually live after diagnosis?" -> prognosis
    subject: 'grandfather',
    message:
      'My grandfather worked in a shipyard for 30 years and has just been told he has mesothelioma. He also had asbestosis diagnosed years ago. Could the asbestos from the shipyard have caused the mesothelioma? How long do people usually live after diagnosis?',
    focus: 'mesothelioma',
    types: ['association', 'prognosis'],
  },
  {
    // "Can Raynaud's turn into scleroderma?" -> complications (turning into another condition);
    // "Is there a medication for the attacks?" -> treatment
    message:
      "I've had Raynaud phenomenon in my fingers since my teens, they go white then blue in the cold. My aunt has scleroderma. Can Raynaud's turn into scleroderma? Is there a medication for the attacks?",
    focus: 'Raynaud phenomenon',
    types: ['complications', 'treatment'],
  },
  {
    // colchicine is background; "does Behcet disease affect the eyes?" -> symptoms (whether a sign belongs to it);
    // "Could I go blind?" -> complications
    message:
      'I was diagnosed with Behcet disease after years of mouth ulcers and I take colchicine for it. My eyes have been red and blurry lately. Does Behcet disease affect the eyes? Could I go blind?',
    focus: 'Behcet disease',
    types: ['symptoms', 'complications'],
  },
  {
    // "What is primary sclerosing cholangitis?" -> information; "how is it diagnosed" -> diagnosis;
    // "Is there a treatment, or will he need a liver transplant?" -> treatment
    subject: 'UC and liver',
    message:
      'My husband has had ulcerative colitis for 12 years, and now his liver tests are off and the GI doctor mentioned primary sclerosing cholangitis. What is primary sclerosing cholangitis and how is it diagnosed? Is there a treatment, or will he need a liver transplant someday?',
    focus: 'primary sclerosing cholangitis',
    types: ['information', 'diagnosis', 'treatment'],
  },
  {
    // "Could the flu shot have caused it?" -> association (named exposure as cause);
    // "Will she walk again?" -> prognosis
    message:
      "My mother got a flu shot in October and two weeks later she couldn't walk. She is in the hospital now with Guillain-Barre syndrome, on IVIG. Could the flu shot have caused it? Will she walk again?",
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "what happens if he stops the colchicine, can he get amyloidosis?" -> complications (untreated; asked once);
    // "Which gene causes it?" -> genetic_changes
    message:
      'Our son (12) has familial Mediterranean fever and takes colchicine every day. He hates it and wants to stop. What happens if he stops the colchicine, can he get amyloidosis? Which gene causes familial Mediterranean fever? We are Armenian, both sides.',
    focus: 'familial Mediterranean fever',
    types: ['complications', 'genetic_changes'],
  },
  {
    // "Is that from the amiodarone?" -> side_effects (problem blamed on the medicine);
    // "What exactly does amiodarone do for the heart?" -> indication (how it works)
    subject: 'amiodarone thyroid',
    message:
      "My husband was put on amiodarone for atrial fibrillation last year. Now his thyroid is overactive and he's lost 15 pounds. Is that from the amiodarone? What exactly does amiodarone do for the heart?",
    focus: 'amiodarone',
    types: ['side_effects', 'indication'],
  },
  {
    // lupus is background; "Can I take them at the same time in the morning?" -> interactions (two medicines together);
    // "Is hydroxychloroquine safe while I'm breastfeeding?" -> contraindications
    message:
      "I take hydroxychloroquine for my lupus and levothyroxine for my thyroid. Can I take them at the same time in the morning? Also is hydroxychloroquine safe while I'm breastfeeding my 3 month old?",
    focus: 'hydroxychloroquine',
    types: ['interactions', 'contraindications'],
  },
  {
    // "is it the statin?" -> side_effects (problem blamed on the medicine); "can i still eat grapefruit" -> interactions (food);
    // "does it have lactose in it" -> ingredients
    message:
      'dr put me on simvastatin for cholesterol, i also take amlodipine for blood pressure. now my legs ache all the time. is it the statin? can i still eat grapefruit. and does it have lactose in it, im lactose intolerant',
    focus: 'simvastatin',
    types: ['side_effects', 'interactions', 'ingredients'],
  },
];
