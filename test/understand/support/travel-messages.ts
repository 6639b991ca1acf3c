/**
 * "travel" set. Messages about travelling with a condition or a medicine (flying with oxygen or insulin, time
 * zones and doses, medicines abroad, vaccines before travel, altitude, heat, holidays with a child who has a
 * rare condition, a lost medicine). Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.777).
 * Scored by travel.test.ts and by `npx tsx test/understand/support/score-messages.ts --travel --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TRAVEL_MESSAGES: ConsumerMessage[] = [
  // why: "can her insulin go in the suitcase in the hold or does it have to stay with us" asks how to store the medicine
  {
    subject: 'insulin in hold luggage?',
    message:
      "We're flying to Spain next month with our 9 year old who has type 1 diabetes. Can her insulin go in the suitcase in the hold or does it have to stay with us in the cabin?",
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  // why: "how do I shift my dose" with the time change asks dose timing; "will the heat ruin the pens" asks storage
  {
    message:
      "I take Lantus once a day at 10pm. In March I'm flying from London to Bangkok, which is 7 hours ahead, for three weeks. How do I shift my dose so I don't end up doubling up or leaving a big gap? And will the heat over there ruin the pens if I keep them in my backpack during the day?",
    focus: 'Lantus',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: "is flying safe for him" asks travel (lifestyle); "does he need oxygen on the plane" asks managing it (treatment); "can the cabin pressure cause a collapsed lung" asks a complication
  {
    message:
      'My son is 16 and has cystic fibrosis. His lung function has dropped to around 40% this year. His grandparents live in Florida and we would love to take him to see them at Christmas. Is flying safe for him? Does he need oxygen on the plane? And can the cabin pressure cause a collapsed lung? Thank you for any advice.',
    focus: 'cystic fibrosis',
    types: ['lifestyle', 'treatment', 'complications'],
  },
  // why: "can the altitude set off a crisis" asks what brings on attacks (cause); "what can we do so she doesn't have one" asks preventing attacks
  {
    subject: 'school ski trip',
    message:
      "My daughter is 14 and has sickle cell anemia. Her school is organising a ski trip to the Alps, to a resort at about 2000 metres. She is desperate to go with her friends. Can the altitude or the cold set off a crisis? What can we do so she doesn't have one while she is away?",
    focus: 'sickle cell anemia',
    types: ['cause', 'prevention'],
  },
  // why: "keep taking it on UK time or switch to local time" asks dose timing; "ok to have a couple of beers with it" asks alcohol with the medicine
  {
    message:
      'hi, my husband takes Keppra 500mg twice a day for his epilepsy. we are going to Japan for our anniversary, 9 hours ahead of us. should he keep taking it on UK time or switch to local time? and is it ok for him to have a couple of beers with it on holiday?',
    focus: 'Keppra',
    types: ['drug_usage', 'interactions'],
  },
  // why: "does all that salad and the cocktails affect my warfarin" asks food and alcohol with the medicine; "I forgot yesterday's tablet ... should I take two today" asks a missed dose
  {
    message:
      "I'm on warfarin for a mechanical heart valve and I'm currently on a Mediterranean cruise. Two questions. Does eating lots of salad and having a cocktail or two every evening affect my warfarin? And with the clocks changing I forgot yesterday's tablet completely. Should I take two today?",
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "what can bring on an adrenal crisis out there" asks what brings on attacks; "how do I avoid one" asks prevention; "is it sensible to go at all" asks travel (lifestyle)
  {
    subject: "Addison's and backpacking",
    message:
      "I was diagnosed with Addison's disease last year and I'm finally feeling well again. I've been planning to go backpacking in Vietnam for a month. What can bring on an adrenal crisis out there, is it things like heat or a stomach bug? How do I avoid one? And honestly, is it sensible for me to go at all?",
    focus: "Addison's disease",
    types: ['cause', 'prevention', 'lifestyle'],
  },
  // why: "what should we do if he has a bleed while we are miles from a hospital" asks managing it (treatment)
  {
    subject: 'grandson with us in the caravan',
    message:
      'Our grandson has severe hemophilia A and this summer he is coming with us for two weeks in our caravan in the Scottish Highlands. His mum has shown us how he does his infusions. What should we do if he has a bleed while we are miles from a hospital?',
    focus: 'hemophilia A',
    types: ['treatment'],
  },
  // why: "is it safe for me to go up to that altitude" asks travel with the condition (lifestyle)
  {
    message:
      "I have pulmonary arterial hypertension and I'm on sildenafil and ambrisentan. My daughter is getting married in Denver, which I'm told is a mile high. Is it safe for me to go up to that altitude for a long weekend?",
    focus: 'pulmonary arterial hypertension',
    types: ['lifestyle'],
  },
  // why: "is it safe for someone with G6PD deficiency" asks who should not take it; "what is it actually for" asks what the medicine is for
  {
    subject: 'malaria tablets',
    message:
      'My partner has G6PD deficiency and we are travelling to Ghana in the autumn. The travel clinic mentioned primaquine. Is primaquine safe for someone with G6PD deficiency? And what is it actually for, I thought malaria tablets were all the same?',
    focus: 'primaquine',
    types: ['contraindications', 'indication'],
  },
  // why: "was that the tablets" asks whether a problem comes from the medicine
  {
    message:
      'Last time I took mefloquine for a safari in Kenya I had awful vivid nightmares and felt really anxious the whole trip. Was that the tablets or just nerves?',
    focus: 'mefloquine',
    types: ['side_effects'],
  },
  // why: "is the yellow fever vaccine safe for me" while immunosuppressed asks precautions (contraindications); "how long before we leave do I need to have it" asks timing of the dose
  {
    message:
      "I have rheumatoid arthritis and I'm on treatment that suppresses my immune system. We are going to Brazil and the yellow fever vaccine is recommended for the areas we are visiting. Is the yellow fever vaccine safe for me? And if I can have it, how long before we leave do I need to have it done?",
    focus: 'yellow fever vaccine',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "is this a known thing with multiple sclerosis" asks whether the heat weakness belongs to the condition (symptoms)
  {
    message:
      'Every time I go somewhere hot my legs go weak and my vision goes blurry, then it settles once I cool down. It happened again on holiday in Crete last week. Is this a known thing with multiple sclerosis?',
    focus: 'multiple sclerosis',
    types: ['symptoms'],
  },
  // why: "what can I do about the pain during and after the flight" asks managing it (treatment); "should I avoid lifting my own case" asks daily life (lifestyle)
  {
    message:
      'I have hypermobile Ehlers-Danlos syndrome. Long-haul flights leave me in agony for days afterwards, my hips and knees just scream. I have a 12 hour flight to Singapore in June for work. What can I do about the pain during and after the flight? Should I avoid lifting my own case into the overhead locker, since my shoulder partly dislocated doing that last time?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['treatment', 'lifestyle'],
  },
  // why: "is it safe for someone with Marfan syndrome to fly" asks travel (lifestyle)
  {
    message:
      'Is it safe for someone with Marfan syndrome to fly? My brother had his aortic root replaced two years ago and we want to take him to New York for his 40th.',
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  // why: "how do we manage her diet" asks diet (lifestyle); "can we bring her protein substitute through customs" is paperwork (other); "what happens if her levels run high" asks what happens when it is not controlled (complications)
  {
    subject: 'PKU in Italy',
    message:
      'Our 6 year old has PKU. We are going to Italy for two weeks in August. How do we manage her diet when everyone around her is eating pasta and pizza? Can we bring a fortnight of her protein substitute through customs? And what happens if her levels run a bit high for a couple of weeks, will it harm her?',
    focus: 'PKU',
    types: ['lifestyle', 'other', 'complications'],
  },
  // why: "can I drink grapefruit juice with it" asks food with the medicine; "if I forget a dose" asks a missed dose
  {
    message:
      "I take colchicine every day for familial Mediterranean fever. The hotel we're staying at in Cyprus has fresh grapefruit juice at breakfast every morning. Can I drink grapefruit juice with it? Also if I forget a dose while we're away, should I take it as soon as I remember?",
    focus: 'colchicine',
    types: ['interactions', 'drug_usage'],
  },
  // why: "does it make you more sensitive to the sun" asks a side effect; "can I take it with Imodium" asks another medicine with it (misspelled name kept as focus)
  {
    message:
      "I'm on hydroxycloroquine for lupus and we're going to Greece in July. Does hydroxycloroquine make you more sensitive to the sun? And can I take it with Imodium if I get an upset stomach?",
    focus: 'hydroxycloroquine',
    types: ['side_effects', 'interactions'],
  },
  // why: "is there any treatment now that lets people with EPP be out in the sun" asks treatment
  {
    subject: 'beach holiday with EPP',
    message:
      'My son is 10 and has erythropoietic protoporphyria. All his friends go on beach holidays and he always has to stay inside or be covered head to toe. Is there any treatment now that lets people with EPP be out in the sun more?',
    focus: 'erythropoietic protoporphyria',
    types: ['treatment'],
  },
  // why: "why does heat make her so much weaker" asks what brings on the worsening (cause); "could it turn into a crisis" asks a complication
  {
    message:
      'My mum has myasthenia gravis and takes pyridostigmine. On holiday in Seville last summer she got much weaker in the afternoons, her eyelids drooped and she struggled to swallow. We want to go back this year. Why does heat make her myasthenia gravis so much worse? Could it turn into a myasthenic crisis?',
    focus: 'myasthenia gravis',
    types: ['cause', 'complications'],
  },
  // why: "is it legal to bring it / do I need a letter" is paperwork (other); "take it on local time" asks dose timing; "can I take it with melatonin" asks another medicine with it
  {
    subject: 'modafinil to Dubai',
    message:
      "I have narcolepsy and take modafinil 200mg each morning. I'm travelling to Dubai for a work conference. Is it legal to bring modafinil into the UAE, do I need a letter from my doctor? The flight lands at 6am local time after I've been awake all night, so when should I take my morning dose? And can I take it with melatonin to help me sleep on the plane?",
    focus: 'modafinil',
    types: ['other', 'drug_usage', 'interactions'],
  },
  // why: "how does it stop altitude sickness" asks how the medicine works; "I am allergic to sulfa antibiotics, can I still take it" asks who should not take it
  {
    message:
      "Doing the Inca Trail in Peru in May and my GP has prescribed acetazolamide. How does it actually stop altitude sickness? I'm allergic to sulfa antibiotics, can I still take it?",
    focus: 'acetazolamide',
    types: ['indication', 'contraindications'],
  },
  // why: "what are the signs I should look out for" asks symptoms
  {
    message:
      'My friend and I are flying into La Paz in Bolivia and everyone keeps warning us about altitude sickness. What are the signs I should look out for in her or in myself?',
    focus: 'altitude sickness',
    types: ['symptoms'],
  },
  // why: "am I more at risk of a DVT because I am on the pill" asks whether an exposure raises the risk (susceptibility); "how can I avoid getting one" asks prevention
  {
    message:
      "I'm 34, on the combined pill, and have a 14 hour flight to Australia to visit my sister. Am I more at risk of a DVT on the plane because I'm on the pill? How can I avoid getting one?",
    focus: 'DVT',
    types: ['susceptibility', 'prevention'],
  },
  // why: "can stress or the flight bring on a swelling attack" asks what brings on attacks; "anything to take beforehand to stop one" asks prevention; "how would I find a doctor in Thailand who knows it" asks a specialist
  {
    message:
      "I have hereditary angioedema. I get maybe one swelling attack a month and they seem to come when I'm stressed. I'm going to Thailand for three weeks. Can the stress of travelling or the long flight bring on an attack? Is there anything I can take beforehand to stop one happening? And if I do get a bad one over there, how would I find a doctor in Thailand who knows about hereditary angioedema?",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention', 'find_specialist'],
  },
  // why: "how long can Humira stay out of the fridge" asks storage
  {
    subject: 'road trip',
    message:
      "How long can Humira stay out of the fridge? We're driving two days to our cabin and my next injection is due halfway there.",
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  // why: "how do I stop my kids getting Lyme disease" asks prevention
  {
    message:
      "We're going hiking in Austria with our three kids and apparently the ticks there are everywhere in summer. How do I stop my kids getting Lyme disease?",
    focus: 'Lyme disease',
    types: ['prevention'],
  },
  // why: "could this be dengue" asks whether her signs could be it (diagnosis); "can I give it to my baby" asks whether it is catching (susceptibility)
  {
    subject: 'fever after Bali',
    message:
      "I got back from Bali four days ago and now I have a high fever, a terrible headache behind my eyes and a rash on my chest. Could this be dengue? I'm breastfeeding my 5 month old, can I give it to my baby?",
    focus: 'dengue',
    types: ['diagnosis', 'susceptibility'],
  },
  // why: "is loperamide safe for a 3 year old" asks who should not take it
  {
    message:
      'Is loperamide safe for a 3 year old? We are packing a first aid kit for our holiday in Turkey and I want to know whether to bring some for our daughter in case she gets diarrhoea.',
    focus: 'loperamide',
    types: ['contraindications'],
  },
  // why: "how long before we sail do I put it on" asks timing; "can it make your vision blurry" asks a side effect; "my husband has glaucoma, can he use one" asks who should not use it
  {
    message:
      'My doctor gave me a scopolamine patch for our first cruise. How long before we sail do I put it on? Can it make your vision blurry, because I read that somewhere? And my husband has glaucoma, can he use one too?',
    focus: 'scopolamine patch',
    types: ['drug_usage', 'side_effects', 'contraindications'],
  },
  // why: "is it dangerous to just stop suddenly until I get back" asks stopping the medicine
  {
    subject: 'left my sertraline at home',
    message:
      "I'm in Portugal for 10 days and realised I left my sertraline at home. I've already missed two days. Is it dangerous to just stop it suddenly until I get back home?",
    focus: 'sertraline',
    types: ['drug_usage'],
  },
  // why: "how do I keep taking it at the same time" with a 12 hour difference asks dose timing
  {
    message:
      'I take a birth control pill every morning at 8. Flying to New Zealand next week, which is 12 hours ahead. How do I keep taking it at the right time without messing up my protection?',
    focus: 'birth control pill',
    types: ['drug_usage'],
  },
  // why: "when should I take it" on the flight asks timing of the dose
  {
    message:
      'I take levothyroxine first thing every morning on an empty stomach, 30 minutes before breakfast. On the overnight flight to Dubai they serve breakfast at about 4am body time. When should I take it that day?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: "is that Raynaud phenomenon" asks whether the signs could be it (diagnosis); "can it cause frostbite" asks a complication; "what helps" asks treatment
  {
    message:
      "Whenever I get cold my fingers go white, then blue, then bright red and throb when they warm up. Is that Raynaud phenomenon? We're going skiing in Norway in January. Can it cause frostbite or lasting damage to my fingers? And what helps, are there special gloves or tablets?",
    focus: 'Raynaud phenomenon',
    types: ['diagnosis', 'complications', 'treatment'],
  },
  // why: "is it dangerous for her to swim in the sea" asks sport and daily life (lifestyle); "will she grow out of it" asks the outlook
  {
    subject: 'hives after swimming',
    message:
      'My 11 year old breaks out in huge hives whenever she swims in cold water, and the doctor says it is cold urticaria. We are spending the summer in Cornwall near the beach. Is it dangerous for her to swim in the sea? Will she grow out of it?',
    focus: 'cold urticaria',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "how do we handle the buffet" asks diet (lifestyle); "is that part of Prader-Willi" asks whether a sign belongs to it (symptoms); "groups of families" asks support groups
  {
    message:
      'Our son is 8 and has Prader-Willi syndrome. We are planning our first holiday abroad and the only place that suits is an all-inclusive resort. How do we handle the buffet three times a day? He also never seems to notice when he is overheating or thirsty, is that part of Prader-Willi syndrome? Are there any groups of PWS families who share tips about travelling?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'symptoms', 'find_specialist'],
  },
  // why: "is it safe for him to fly" asks travel (lifestyle); "will the airline let us take the machine on board" is a non-medical request (other)
  {
    subject: 'flying with BiPAP',
    message:
      'My son is 17 and has Duchenne muscular dystrophy. He is in a power wheelchair and uses a BiPAP machine at night. We have been invited to a family wedding in Canada. Is it safe for him to fly that far? Will the airline let us take his BiPAP machine on board as hand luggage?',
    focus: 'Duchenne muscular dystrophy',
    types: ['lifestyle', 'other'],
  },
  // why: "how long can she safely go without a feed" asks feeding in daily life (lifestyle)
  {
    message:
      "Our baby girl was diagnosed with MCAD deficiency from the newborn heel prick. She's 4 months old now and we have a 10 hour overnight flight to see my parents. How long can she safely go without a feed?",
    focus: 'MCAD deficiency',
    types: ['lifestyle'],
  },
  // why: "what should happen if her ammonia goes up" asks managing it (treatment); "should we find a metabolic doctor there" asks a specialist; "can the bug itself cause brain damage" asks a complication
  {
    message:
      'My daughter has OTC deficiency and we are travelling to Spain for the first time since she was diagnosed. If she picks up a tummy bug and her ammonia goes up, what should happen at the hospital over there? Should we find a metabolic doctor near where we are staying before we go? And can a sickness bug on its own cause brain damage?',
    focus: 'OTC deficiency',
    types: ['treatment', 'find_specialist', 'complications'],
  },
  // why: "what is it for exactly" asks what the vaccine is for; "is it safe at her age" asks precautions; "can it cause a fever" asks side effects
  {
    message:
      'My grandmother is 72 and coming with us to rural Vietnam. The travel nurse suggested the Japanese encephalitis vaccine. What is the Japanese encephalitis vaccine for exactly? Is it safe at her age? Can it give her a fever or make her feel ill for days?',
    focus: 'Japanese encephalitis vaccine',
    types: ['indication', 'contraindications', 'side_effects'],
  },
];
