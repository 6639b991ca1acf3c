/**
 * "liverrare" set. Messages about rare liver and gallbladder conditions (primary biliary cholangitis, primary
 * sclerosing cholangitis, Alagille syndrome, biliary atresia, Wilson disease, autoimmune hepatitis, Gilbert
 * syndrome, PFIC): itching, transplant, diet and alcohol, medicines, with other questions. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.925). Scored by liverrare.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --liverrare --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LIVERRARE_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the condition is -> information
  {
    message:
      'what is primary biliary cholangitis?? dr said it at my appt and i forgot to ask what it actually is',
    focus: 'primary biliary cholangitis',
    types: ['information'],
  },
  // why: foods to avoid is diet -> lifestyle; condition named in subject line
  {
    subject: 'Wilson disease and food',
    message:
      'My 14 yr old son was just diagnosed. Which foods does he need to stay away from? Someone at church told me chocolate and shellfish are bad for him.',
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  // why: asks what helps the itch -> treatment (managing it)
  {
    message:
      "The itching from my PSC is driving me insane. I scratch till I bleed at night and I've tried every cream in the pharmacy. Is there anything that actually helps??",
    focus: 'primary sclerosing cholangitis',
    types: ['treatment'],
  },
  // why: timing / combining doses of a medicine -> drug_usage
  {
    message:
      'can i take my ursodiol all at once in the morning instead of twice a day? i keep forgetting the evening one',
    focus: 'ursodiol',
    types: ['drug_usage'],
  },
  // why: asks only how rare it is -> frequency
  {
    message:
      "How rare is Alagille syndrome really? Our geneticist said she's only seen two cases in her whole career.",
    focus: 'Alagille syndrome',
    types: ['frequency'],
  },
  // why: outlook as he grows up, normal life -> prognosis; the Kasai story is not a question
  {
    message:
      'My grandson had the Kasai operation at 7 weeks old for biliary atresia. He is 2 now and doing ok, eating well and growing. What is the outlook for him as he grows up, will he be able to live a normal life?',
    focus: 'biliary atresia',
    types: ['prognosis'],
  },
  // why: asks whether hair loss comes from the medicine -> side_effects; focus is the medicine
  {
    message:
      'been on azathioprine for autoimmune hepatitis for 3 months and my hair is falling out in clumps in the shower. is that from the azathioprine??',
    focus: 'azathioprine',
    types: ['side_effects'],
  },
  // why: asks what brings on the yellow episodes -> cause
  {
    message:
      "I have Gilbert's syndrome. Why do I go yellow every time I skip a meal or get a cold? My eyes were bright yellow all last week.",
    focus: 'Gilbert syndrome',
    types: ['cause'],
  },
  // why: asks only about clinical trials -> research
  {
    subject: 'PFIC trials',
    message:
      'Are there any clinical trials open for PFIC in Europe? My daughter is 4, PFIC2. We are in Belgium but can travel.',
    focus: 'progressive familial intrahepatic cholestasis',
    types: ['research'],
  },
  // why: looking for a doctor who knows it -> find_specialist
  {
    message:
      'hi we live in rural montana. is there a doctor anywhere near us that knows about crigler najjar?? our baby is under the blue lights 12 hrs a day and our peds has never seen it before',
    focus: 'Crigler-Najjar syndrome',
    types: ['find_specialist'],
  },
  // why: wine with a medicine -> interactions
  {
    message: "Is it ok to have a glass of wine or two while on Urso? It's my sister's wedding on saturday.",
    focus: 'ursodiol',
    types: ['interactions'],
  },
  // why: safety of the medicine in pregnancy -> contraindications
  {
    message:
      "I'm 10 weeks pregnant and I take ursodiol for my PBC. Is it safe for the baby or should I come off it?",
    focus: 'ursodiol',
    types: ['contraindications'],
  },
  // why: "could this be X" about own signs -> diagnosis
  {
    message:
      'My bilirubin keeps coming back a little high on every blood test but all the other liver numbers are normal, and my eyes go a bit yellow when I am sick or stressed. Could this be Gilbert syndrome?',
    focus: 'Gilbert syndrome',
    types: ['diagnosis'],
  },
  // why: higher risk of another condition (bile duct cancer) -> complications
  {
    message:
      'Does primary sclerosing cholangitis raise your risk of bile duct cancer? I read something really scary online last night',
    focus: 'primary sclerosing cholangitis',
    types: ['complications'],
  },
  // why: asks about a cure -> treatment (second-language English)
  {
    message:
      'Hello, I am writing from Brazil. My wife have autoimmune hepatitis since 2019. It exist a cure for this, or she must take medicine for all the life?',
    focus: 'autoimmune hepatitis',
    types: ['treatment'],
  },
  // why: which gene -> genetic_changes; whether the sister should be tested -> diagnosis
  {
    message:
      'Our son has Alagille syndrome. Which gene causes it? And should his little sister be tested too?',
    focus: 'Alagille syndrome',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: what the symptoms are -> symptoms; how they test for it -> diagnosis
  {
    message:
      'what are the symptoms of wilsons disease and how do they test for it. my cousin has it and ive been getting shaky hands',
    focus: 'Wilson disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: runs in families -> inheritance; avoiding getting it -> prevention
  {
    message:
      "Is PBC hereditary? My mum had it and died of liver failure at 61, and now I'm terrified. Is there anything I can do to stop myself getting it?",
    focus: 'primary biliary cholangitis',
    types: ['inheritance', 'prevention'],
  },
  // why: what causes it -> cause; named exposure (antibiotics) asked as the cause -> association
  {
    message:
      'what causes biliary atresia? did i do something wrong when i was pregnant, i took antibiotics for a UTI at 20 weeks and i cant stop thinking it was that',
    focus: 'biliary atresia',
    types: ['cause', 'association'],
  },
  // why: what the medicine is for -> indication; diarrhea from it -> side_effects
  {
    message:
      "What is ursodiol actually for? My dad was prescribed it after his gallbladder problems and he doesn't really understand. Also can it cause diarrhea, he's been running to the loo since starting it.",
    focus: 'ursodiol',
    types: ['indication', 'side_effects'],
  },
  // why: weight gain/round face from the medicine -> side_effects; morning dosing -> drug_usage
  {
    message:
      'My teen daughter is on prednisone for autoimmune hepatitis. She has put on 15 lbs and her face has gone round and she hates it. Is that the prednisone? And can she take it in the morning instead so she sleeps better?',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: link between PSC and UC -> association; whether it gets worse -> prognosis
  {
    message:
      'I have PSC and ulcerative colitis. Is there a link between the two? And will my PSC keep getting worse over time?',
    focus: 'primary sclerosing cholangitis',
    types: ['association', 'prognosis'],
  },
  // why: alcohol with a condition (not a medicine) -> lifestyle; whether tiredness is part of it -> symptoms
  {
    message:
      'can i drink alcohol if i have gilberts? and does it make u tired all the time, im wiped out every day',
    focus: 'Gilbert syndrome',
    types: ['lifestyle', 'symptoms'],
  },
  // why: does transplant cure it -> treatment; chance next baby has it -> inheritance
  {
    message:
      'Our son has PFIC type 2 and the doctors are starting to talk about a transplant. Does a liver transplant cure PFIC? And what are the chances our next baby would have it too?',
    focus: 'progressive familial intrahepatic cholestasis',
    types: ['treatment', 'inheritance'],
  },
  // why: how common -> frequency; which gene -> genetic_changes
  {
    message: 'is crigler-najjar common at all? and which gene is it',
    focus: 'Crigler-Najjar syndrome',
    types: ['frequency', 'genetic_changes'],
  },
  // why: whether kids should be screened -> diagnosis; diet -> lifestyle; how common -> frequency
  {
    subject: 'Hemochromatosis question',
    message:
      'My husband was just diagnosed with hereditary hemochromatosis at 48. Should our three kids be screened for it? Is there a diet he should follow, like cutting out red meat? And how common is it, I had never heard of it before.',
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis', 'lifestyle', 'frequency'],
  },
  // why: what it is -> information; whether it damages the lungs too -> complications
  {
    message: 'What is alpha-1 antitrypsin deficiency, and does it affect the lungs as well as the liver?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['information', 'complications'],
  },
  // why: could my itching be it -> diagnosis; is it dangerous for the baby -> complications
  {
    subject: 'itching in pregnancy',
    message:
      '34 weeks, my palms and the soles of my feet itch like crazy, way worse at night. no rash. could this be cholestasis of pregnancy? is it dangerous for the baby?',
    focus: 'intrahepatic cholestasis of pregnancy',
    types: ['diagnosis', 'complications'],
  },
  // why: keeping it in the fridge -> storage_disposal; grapefruit juice with the medicine -> interactions
  {
    message:
      'my 8yo had a liver transplant for biliary atresia last year and she is on tacrolimus. does it need to be kept in the fridge when we go camping? and can she have grapefruit juice, she loves it',
    focus: 'tacrolimus',
    types: ['storage_disposal', 'interactions'],
  },
  // why: PE and school trip -> lifestyle; contagious -> susceptibility
  {
    message:
      'Teacher here. One of the boys in my class has autoimmune hepatitis. Can he do PE and come on the overnight school trip? A couple of parents are also asking me if it is contagious to the other kids.',
    focus: 'autoimmune hepatitis',
    types: ['lifestyle', 'susceptibility'],
  },
  // why: mixing the powder into juice is how to take it -> drug_usage; constipation from it -> side_effects
  {
    message:
      "The liver doctor gave my husband cholestyramine for his PBC itch. The powder tastes awful - can he mix it into orange juice? Also can it cause constipation? He's really blocked up.",
    focus: 'cholestyramine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: what it is -> information; what triggers episodes -> cause; stopping episodes -> prevention
  {
    message:
      'My son (19) gets these episodes of jaundice and terrible itching every year or so that go away by themselves after a few weeks. The hepatologist thinks it is BRIC. What is it exactly, what sets off the episodes, and is there any way to stop them happening?',
    focus: 'benign recurrent intrahepatic cholestasis',
    types: ['information', 'cause', 'prevention'],
  },
  // why: what causes it -> cause; is it inherited / will brother get it -> inheritance; treatments -> treatment
  {
    message:
      "Our 16 year old was diagnosed with Wilson's disease last month after months of being told it was just teenage moodiness and bad grades. Now we know his liver is already damaged. I have so many questions. What causes it? Is it inherited, and does that mean his younger brother will get it too? What treatments are there and will he be on them forever? Sorry for the long message, we are still in shock.",
    focus: 'Wilson disease',
    types: ['cause', 'inheritance', 'treatment'],
  },
  // why: two conditions; difference between them -> information; whether Gilbert needs treatment -> treatment
  {
    message:
      "whats the difference between gilbert syndrome and crigler najjar? my daughter has gilberts and my sister keeps saying it's basically the same thing her friends kid has. does gilberts even need any treatment",
    focus: 'Gilbert syndrome',
    types: ['information', 'treatment'],
  },
  // why: two conditions; PBC vs PSC difference -> information; how long people live -> prognosis; drinking -> lifestyle
  {
    message:
      "I keep mixing up PBC and PSC, what's the difference between them? I have PBC, diagnosed last month at 52. How long do people usually live with it? And can I still have the odd drink at all or is alcohol completely off the table now?",
    focus: 'primary biliary cholangitis',
    types: ['information', 'prognosis', 'lifestyle'],
  },
  // why: signs to watch -> symptoms; chance of another child with it -> inheritance; specialist clinic -> find_specialist
  {
    message:
      'My granddaughter (3) has just been diagnosed with Alagille syndrome. What signs should we be watching for as she gets older? Can her parents have another child without it? And is there a clinic anywhere in Canada that specialises in it? We are in Manitoba. Thank you so much for any help.',
    focus: 'Alagille syndrome',
    types: ['symptoms', 'inheritance', 'find_specialist'],
  },
  // why: what it does -> indication; breastfeeding -> contraindications; beer with it -> interactions
  {
    message:
      'My hepatologist wants me to start azathioprine for autoimmune hepatitis. What does it actually do? Is it safe while breastfeeding, my baby is 5 months? And can I still have a beer now and then while taking it?',
    focus: 'azathioprine',
    types: ['indication', 'contraindications', 'interactions'],
  },
  // why: how diagnosed -> diagnosis; what if no surgery in time -> complications; research into why -> research
  {
    message:
      'how is biliary atresia diagnosed? what happens if they dont do the surgery in time? and is there any research going on into why babies get it',
    focus: 'biliary atresia',
    types: ['diagnosis', 'complications', 'research'],
  },
  // why: the pill asked as the cause -> association; treatment -> treatment; life threatening -> prognosis
  {
    subject: 'Budd-Chiari',
    message:
      "I was just diagnosed with Budd-Chiari syndrome after they found clots in the veins of my liver. Was it caused by the birth control pill? I've been on it 10 years. What is the treatment and is it life threatening?",
    focus: 'Budd-Chiari syndrome',
    types: ['association', 'treatment', 'prognosis'],
  },
  // why: new drugs in trials -> research; support group -> find_specialist; coffee (diet) -> lifestyle
  {
    message:
      "My partner is 34 and has PSC, he was diagnosed at 29. He's doing ok for now but we know there's no real treatment. Are there any new drugs being tested in trials? Is there a support group for partners, I feel like I have nobody to talk to. And he keeps reading that coffee is good for the liver - should he be drinking more of it?",
    focus: 'primary sclerosing cholangitis',
    types: ['research', 'find_specialist', 'lifestyle'],
  },
];
