/**
 * "weddings" set. Messages about big life events: weddings, honeymoons, moving house, new jobs, a baby on the
 * way, with a condition or on a medicine. Written by someone who had read neither the understanding or retrieval
 * code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each
 * focus is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1
 * 0.792). Scored by weddings.test.ts and by `npx tsx test/understand/support/score-messages.ts --weddings
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const WEDDINGS_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether to double the hydrocortisone dose on the day, which is how to take the medicine
  {
    subject: 'stress dosing on my wedding day??',
    message:
      "I have Addison's disease and I'm getting married in June. My endo mentioned sick day rules but a wedding isn't being sick. Do I need to double my hydrocortisone on the wedding day because of the stress and the long day, or just take my normal doses?",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: drinking champagne while on the medicine is a medicine-alcohol question only
  {
    message: 'can i drink champagne at my wedding if im on lamotrigine',
    focus: 'lamotrigine',
    types: ['interactions'],
  },
  // why: getting pregnant while taking the medicine is a pregnancy precaution, so contraindications only
  {
    subject: 'Methotrexate and trying for a baby',
    message:
      "Hello, I take methotrexate weekly for my rheumatoid arthritis. My partner and I are getting married in September and we would love to start a family on the honeymoon. Is it safe to get pregnant while I'm still on methotrexate? Thank you.",
    focus: 'methotrexate',
    types: ['contraindications'],
  },
  // why: whether the cracked lips from the drug will be gone is a side-effect question; the photos are just story
  {
    message:
      'Im on month 4 of Accutane and the wedding is 6 weeks away. My lips are so cracked and peeling they bleed. Will the dry lips settle down before the wedding or is that just how it is until I finish the course? Dont want them in every photo lol',
    focus: 'Accutane',
    types: ['side_effects'],
  },
  // why: asks whether stress brings on the attacks, which is what triggers them (cause)
  {
    message:
      "Does stress bring on attacks of familial Mediterranean fever? Ever since we started planning the wedding I've had a fever and belly pain almost every two weeks, before that it was maybe every couple of months.",
    focus: 'familial Mediterranean fever',
    types: ['cause'],
  },
  // why: keeping the pens cold on a long flight is about storing the medicine
  {
    subject: 'Humira on a long haul flight',
    message:
      'We fly to Bali for our honeymoon, about 17 hours door to door with a layover in Doha. How do I keep my Humira pens cold the whole way? Is a cool bag with ice packs enough or do they need an actual fridge?',
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  // why: managing the low-protein diet at a new job with a canteen is daily life and diet
  {
    message:
      "I am 24 with PKU and I just got my first proper job in an office. Everyone eats together in the canteen and there's nothing I can eat there. How do other adults manage the diet at work without it being a whole thing every day?",
    focus: 'PKU',
    types: ['lifestyle'],
  },
  // why: asks only whether the nightmares come from the malaria tablet, a side-effect question
  {
    message:
      'Doctor gave me mefloquine for our honeymoon in Tanzania. My friend said it gave her horrible nightmares and made her feel crazy. Is that true?',
    focus: 'mefloquine',
    types: ['side_effects'],
  },
  // why: only asks where to find a doctor who knows the condition in the new city
  {
    subject: 'moving house - new HAE doctor',
    message:
      "We are moving from Leeds to Aberdeen for my husband's new job next month. I have HAE type 1 and my current immunologist has been brilliant. Where can I find someone up there who actually knows about it? I don't want to end up in A&E explaining it from scratch.",
    focus: 'HAE',
    types: ['find_specialist'],
  },
  // why: whether she can travel to high altitude with the condition is a travel/daily life question
  {
    message:
      'my fiance has sickle cell and we want to do machu picchu for the honeymoon. cusco is like 3400 metres up. can someone with sickle cell travel to places that high or is that a bad idea',
    focus: 'sickle cell',
    types: ['lifestyle'],
  },
  // why: how much wine is ok on the medicine is a medicine-alcohol interaction question
  {
    subject: 'warfarin + Italian honeymoon',
    message:
      'Two weeks in Tuscany, and yes there will be wine. How much wine can I have on warfarin without messing up my INR?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: "what is it exactly" asks for an overview of the condition
  {
    subject: "Gilbert's syndrome",
    message:
      "My fiancé had bloods done for his pre-wedding health check and the doctor said his bilirubin is a bit high and it's probably Gilbert's syndrome, nothing to worry about. But what is it exactly?",
    focus: "Gilbert's syndrome",
    types: ['information'],
  },
  // why: asks the chance her baby will have the condition, which the guide puts under inheritance
  {
    message:
      'I have myasthenia gravis and we just found out we are expecting our first baby!! I am over the moon but also scared. Is my baby going to be born with myasthenia gravis too?',
    focus: 'myasthenia gravis',
    types: ['inheritance'],
  },
  // why: whether a relative (the husband) should be tested is diagnosis; the collapse is story
  {
    message:
      "At our wedding my husband's younger brother collapsed on the dance floor. He's ok now, thank god, and they diagnosed him with Brugada syndrome in hospital. My husband feels completely fine. Should he be tested for it as well?",
    focus: 'Brugada syndrome',
    types: ['diagnosis'],
  },
  // why: taking the pills in the morning instead of at night for shift work is about timing the dose
  {
    message:
      'new job starts monday, its rotating night shifts. Ive always taken my lithium at bedtime, can I switch to taking it in the morning when I get home from work instead',
    focus: 'lithium',
    types: ['drug_usage'],
  },
  // why: asks whether wedding stress causes the flares (cause) and how to avoid a flare on the day (prevention)
  {
    subject: "Crohn's disease flare before the wedding",
    message:
      "I have Crohn's disease and the last three months of planning have been hell for my gut. Is it the stress that is causing the flares? And is there anything I can do so I don't flare on the actual day? I'm terrified of spending my wedding in the toilet.",
    focus: "Crohn's disease",
    types: ['cause', 'prevention'],
  },
  // why: whether pregnancy makes the illness worse is its course (prognosis); breastfeeding on treatment is a precaution (contraindications)
  {
    message:
      'Baby on the way, due in March! I have relapsing MS. Will being pregnant make my MS worse, either during or after the birth? And will I be able to breastfeed while on my treatment or will I have to choose?',
    focus: 'MS',
    types: ['prognosis', 'contraindications'],
  },
  // why: whether the sun triggers flares is cause; whether she can still do beach days and snorkelling is daily life
  {
    message:
      'Getting married in Cancun in April. I have lupus. Can the sun actually set off a flare? And can I still do the normal beach stuff like snorkelling and lying by the pool or do I need to hide in the room the whole time',
    focus: 'lupus',
    types: ['cause', 'lifestyle'],
  },
  // why: whether to tell the employer is a non-medical paperwork/work-rights question (other); keeping insulin with no fridge is storage
  {
    subject: 'new job, type 1',
    message:
      "Do I legally have to tell my new employer that I have type 1 diabetes? I'd rather not. Also the office has no fridge and gets really hot in summer, how do I keep my insulin from going off during the day?",
    focus: 'type 1 diabetes',
    types: ['other', 'storage_disposal'],
  },
  // why: drinking on the medicine is an interaction; skipping a dose for the party is how to take it
  {
    message:
      'I take colchicine every day. My sisters wedding is on saturday and it will be a big party. Is it ok to drink alcohol with colchicine? Should i skip my dose that day just to be safe?',
    focus: 'colchicine',
    types: ['interactions', 'drug_usage'],
  },
  // why: the chance the baby has it is inheritance; testing before birth is diagnosis
  {
    subject: 'expecting - Marfan',
    message:
      'My husband has Marfan syndrome and I am 10 weeks pregnant. What are the chances our baby has Marfan syndrome? Can they test for it before the baby is born?',
    focus: 'Marfan syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: whether strobe lights bring on seizures is cause; whether she can drink at the reception is daily life with the condition
  {
    message:
      'hi, i have epilepsy and the DJ wants to do a big light show with strobes for the first dance. can flashing lights set off a seizure even if i have never had one from lights before? also is it ok for me to have a few drinks at my own reception or is that asking for trouble',
    focus: 'epilepsy',
    types: ['cause', 'lifestyle'],
  },
  // why: finding a CF clinic abroad is find_specialist; what the new school needs to know is school life
  {
    message:
      'We are relocating to Toronto with our 6 year old son who has cystic fibrosis. How do we find a CF clinic there and get him registered before we land? And what should his new school know, he needs enzymes with every snack and physio at lunchtime sometimes.',
    focus: 'cystic fibrosis',
    types: ['find_specialist', 'lifestyle'],
  },
  // why: taking a second tablet the same day is dosing; whether it makes you drowsy is a side effect
  {
    subject: 'migraine on the big day',
    message:
      "Knowing my luck I'll get a migraine on my wedding day. If I take sumatriptan in the morning and it comes back in the evening, can I take a second one the same day? Does it make you drowsy? I don't want to be a zombie for the speeches.",
    focus: 'sumatriptan',
    types: ['drug_usage', 'side_effects'],
  },
  // why: whether fava beans bring on a reaction is a trigger (cause); what signs to watch for is symptoms
  {
    message:
      "I have G6PD deficiency and we're going to a big Greek wedding where there will definitely be fava bean dishes on the buffet. Can eating a little bit trigger a reaction, or only a lot? And what signs should I look out for in case it happens?",
    focus: 'G6PD deficiency',
    types: ['cause', 'symptoms'],
  },
  // why: stopping a flare in the dress is prevention; whether her weight caused it is a named exposure asked as cause (association)
  {
    message:
      "I have hidradenitis suppurativa under my arms and in my groin. My wedding dress is strapless and tight and I am so scared of a flare. Is there any way to stop one happening before the day? Also my mum keeps saying I only have it because I'm overweight, is that actually true??",
    focus: 'hidradenitis suppurativa',
    types: ['prevention', 'association'],
  },
  // why: whether labour is riskier with the condition is complications; whether the baby will have it is inheritance
  {
    message:
      'Just found out im pregnant (surprise honeymoon baby!). I have EDS, the hypermobile type. Is labour more dangerous for people with EDS, like tearing or bleeding? And will the baby have it too?',
    focus: 'EDS',
    types: ['complications', 'inheritance'],
  },
  // why: whether she can drive for the new job is daily life/work; modafinil with the pill is a drug interaction
  {
    subject: 'narcolepsy and new job',
    message:
      "I've been offered a job as a community nurse which means driving between patients all day. I have narcolepsy (well controlled). Can I drive for work with narcolepsy? Also my GP just started me on modafinil, does it stop the contraceptive pill from working? We're getting married next year and don't want a baby just yet.",
    focus: 'narcolepsy',
    types: ['lifestyle', 'interactions'],
  },
  // why: "did he get it from his parents" is inheritance; "how common is it" is frequency
  {
    message:
      "My fiance was just diagnosed with hemochromatosis after a routine blood test, he's only 31. Is it something he got from his parents? And how common is it? His doctor said loads of Irish people have it.",
    focus: 'hemochromatosis',
    types: ['inheritance', 'frequency'],
  },
  // why: whether dieting brings on an attack is cause; how an attack is treated abroad is treatment
  {
    message:
      'I have acute intermittent porphyria. Everyone is doing the pre-wedding diet thing, can cutting calories to fit into the dress bring on an attack? And if I get an attack on our honeymoon in Thailand how would they treat it there?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'treatment'],
  },
  // why: whether it will be under control by the wedding is outlook; getting pregnant on PTU is a pregnancy precaution; asking about radioactive iodine is treatment
  {
    subject: "Graves' disease two months before the wedding",
    message:
      "I was diagnosed with Graves' disease in January and the wedding is at the end of March. I'm shaky, sweaty and I've lost a lot of weight, the dress has already been taken in twice. Will it be under control by the wedding? I'm on propylthiouracil at the moment, is it safe to get pregnant on the honeymoon while taking it? And is radioactive iodine a better option, I heard it's more of a permanent fix.",
    focus: "Graves' disease",
    types: ['prognosis', 'contraindications', 'treatment'],
  },
  // why: grapefruit cocktails with the drug are interactions; shifting dose times across time zones is dosing; swimming in the ocean after a transplant is daily life
  {
    message:
      "I had a kidney transplant 18 months ago and I'm finally getting married, in Hawaii! Three questions. Can I have the grapefruit cocktails at the resort on tacrolimus? How do I shift my tacrolimus times with an 11 hour time difference, I take it at 8am and 8pm? And am I allowed to swim in the sea with a kidney transplant or is infection a worry?",
    focus: 'tacrolimus',
    types: ['interactions', 'drug_usage', 'lifestyle'],
  },
  // why: a quick fix before the wedding is treatment; whether it will clear in time is outlook; whether it can appear on the face is a sign
  {
    message:
      'my psoriasis has gone crazy since we got engaged, its all over my elbows and now my scalp. whats the fastest thing that works? will it be gone in 8 weeks for the wedding. and can it spread to my face because that would be the end of me',
    focus: 'psoriasis',
    types: ['treatment', 'prognosis', 'symptoms'],
  },
  // why: "what is it" is information; whether coworkers can catch it is susceptibility; whether it goes away by itself is prognosis
  {
    subject: 'sarcoidosis and starting a new job',
    message:
      "Hi. I start a new job in two weeks and I've just been told I have sarcoidosis in my lungs after a chest xray. Honestly I'd never heard of it. What is sarcoidosis? Is it contagious, can I give it to people at work? Does it go away on its own or is it for life?",
    focus: 'sarcoidosis',
    types: ['information', 'susceptibility', 'prognosis'],
  },
  // why: chances for son and daughter are inheritance; testing in pregnancy is diagnosis; brain bleeding at birth is a complication
  {
    message:
      "My husband has hemophilia A and I'm 14 weeks pregnant with our first. If it's a boy will he have it? What about a girl? Can they find out while I'm still pregnant? And is a normal delivery safe, could the baby bleed into the brain during birth?",
    focus: 'hemophilia A',
    types: ['inheritance', 'diagnosis', 'complications'],
  },
  // why: trouble getting pregnant and gestational diabetes are problems it leads to (complications); what helps is treatment; the sister question is inheritance
  {
    message:
      'We just got married and want to start trying straight away. I have PCOS and my periods are all over the place. Does PCOS make it harder to get pregnant? Is there treatment that helps with fertility? My sister has it too, is it genetic? And does it raise the risk of diabetes in pregnancy?',
    focus: 'PCOS',
    types: ['complications', 'treatment', 'inheritance'],
  },
  // why: sharing a kitchen is daily life; passing it to children is inheritance; a pill in development is research
  {
    subject: 'moving in together with coeliac disease',
    message:
      'Moving in with my boyfriend next month. Does the whole kitchen have to be gluten free or can we share a toaster if we are careful? Can coeliac disease be passed on to our children one day? And is there anything new being researched, I read about a pill that might let us eat gluten?',
    focus: 'coeliac disease',
    types: ['lifestyle', 'inheritance', 'research'],
  },
  // why: whether the fiancé (a relative) should be tested is diagnosis; his chance of having it is inheritance; how fast it progresses is prognosis
  {
    message:
      "My fiancé's dad was just diagnosed with Huntington's disease at 52. We're getting married in the autumn. Should my fiancé get tested before the wedding? What's the chance he has it as well? And if he does have it, how quickly does it get worse? I love him no matter what, I just want to know what we are facing.",
    focus: "Huntington's disease",
    types: ['diagnosis', 'inheritance', 'prognosis'],
  },
  // why: increasing the dose is dosing; taking it with prenatal vitamins is an interaction; safety for the baby is a pregnancy precaution
  {
    subject: 'pregnant on honeymoon, on levothyroxine',
    message:
      "Found out I'm pregnant on our honeymoon!! I've had an underactive thyroid for years and take 100mcg levothyroxine. Do I need to increase my levothyroxine now? Can I take it together with my prenatal vitamins in the morning? And is it definitely safe for the baby?",
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions', 'contraindications'],
  },
  // why: what sets off reactions is cause; whether to carry an epipen is treatment; finding a knowledgeable doctor is find_specialist
  {
    message:
      'I have mast cell activation syndrome and we are having a destination wedding in Portugal in August. What sets off reactions, is it the heat, alcohol, stress, all of the above? Should I be carrying an epipen with me the whole time? And is there anyone who knows about mast cell activation syndrome that I could see before we go, my GP has pretty much given up',
    focus: 'mast cell activation syndrome',
    types: ['cause', 'treatment', 'find_specialist'],
  },
];
