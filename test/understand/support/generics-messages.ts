/**
 * "generics" set. Messages about less common medicines, by generic or brand name: medicines for rare conditions
 * (nusinersen, eculizumab, ivacaftor, miglustat, hydroxyurea, penicillamine, trientine, sodium phenylbutyrate,
 * cysteamine, sapropterin) and older or specialist ones (dapsone, colchicine, mexiletine, pyridostigmine,
 * fludrocortisone, acetazolamide). Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 0.575, type F1 0.637).
 * Scored by generics.test.ts and by `npx tsx test/understand/support/score-messages.ts --generics --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GENERICS_MESSAGES: ConsumerMessage[] = [
  // why: "what side effects can Spinraza have" asks side_effects; the rest is story and a plea
  {
    subject: 'Spinraza for my grandson',
    message:
      'Hello, my grandson is 8 months old and has just been diagnosed with SMA type 1. The hospital wants to start him on Spinraza next week with injections in his back. What side effects can Spinraza have in a baby that small? His mum is too upset to ask so I said I would. Thank you.',
    focus: 'Spinraza',
    types: ['side_effects'],
  },
  // why: "more likely to get meningitis" asks a side effect of the medicine; "safe to get pregnant while on it" asks contraindications
  {
    message:
      'I have had PNH for four years and I get eculizumab every two weeks. The nurse keeps reminding me to carry my card. Does eculizumab really make me more likely to get meningitis even though I had the vaccines? Also my partner and I want a baby, is it safe to get pregnant while on it?',
    focus: 'eculizumab',
    types: ['side_effects', 'contraindications'],
  },
  // why: "does it have to be taken with fatty food" asks drug_usage; "grapefruit or oranges" asks interactions; "can it damage his liver" asks side_effects
  {
    subject: 'ivacaftor questions',
    message:
      'Our son is 6 and has CF with a gating mutation, so he has been started on ivacaftor (Kalydeco). Does it have to be taken with fatty food, or is a normal breakfast ok? He loves grapefruit and orange juice, is he allowed those with it? And can it damage his liver, because they want blood tests every few months and that worried me.',
    focus: 'ivacaftor',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: "what is miglustat actually used for" asks indication
  {
    message:
      'My sister has Niemann-Pick type C and her neurologist mentioned miglustat at the last visit. I tried to look it up but everything is so technical. What is miglustat actually used for?',
    focus: 'miglustat',
    types: ['indication'],
  },
  // why: "will it make my hair fall out" asks side_effects; "do I need to stop it if I want a baby" asks a pregnancy precaution (contraindications)
  {
    message:
      'hi im 19 and have sickle cell, my haematologist wants me on hydroxyuria. will it make my hair fall out?? and if i want to have a baby in a few years do i need to stop it first',
    focus: 'hydroxyuria',
    types: ['side_effects', 'contraindications'],
  },
  // why: "what do I do with the leftover capsules, can they go in the bin" asks storage_disposal (one question asked twice)
  {
    subject: 'old Droxia capsules',
    message:
      'My daughter has been switched from Droxia capsules to the liquid. We have half a bottle of capsules left at home. What should I do with them? Can they just go in the household bin or do they need to go back somewhere?',
    focus: 'Droxia',
    types: ['storage_disposal'],
  },
  // why: "on an empty stomach" asks drug_usage; "together with my iron tablets" asks interactions
  {
    message:
      'Good afternoon. I was diagnosed with Wilson disease in March and have just been started on penicillamine. Should I take it on an empty stomach? And can I take it at the same time as my iron tablets, or do they need to be spaced out?',
    focus: 'penicillamine',
    types: ['drug_usage', 'interactions'],
  },
  // why: "can trientine be taken at the same time as zinc" asks interactions
  {
    subject: 'trientine and zinc',
    message:
      'My hepatologist has me on trientine and wants to add zinc later. Can trientine be taken at the same time as zinc?',
    focus: 'trientine',
    types: ['interactions'],
  },
  // why: "crush them and mix in food" asks drug_usage; "what is it doing for her" asks indication; "is the smell a side effect" asks side_effects
  {
    message:
      "Our 4 year old has OTC deficiency and takes sodium phenylbutyrate tablets with every meal. She can't swallow them whole. Can we crush them and mix them into yoghurt? I also honestly don't understand what this medicine is doing for her when she already has the low protein diet. And she has started to have a strange body odour, is that from the sodium phenylbutyrate?",
    focus: 'sodium phenylbutyrate',
    types: ['drug_usage', 'indication', 'side_effects'],
  },
  // why: "is it ok to skip the night dose" asks drug_usage; "is the bad breath from the medicine" asks side_effects
  {
    message:
      'My son (11) has cystinosis and takes cysteamine (Cystagon) every 6 hours, which means waking him up at night. Is it ok if we skip the night dose and give a bigger one at bedtime? Also the kids at school tease him about bad breath, is that from the cysteamine?',
    focus: 'cysteamine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "why does he need the eye drops as well" asks what the drops are for (indication)
  {
    message:
      'Quick question from a worried uncle. My nephew takes cysteamine capsules for his cystinosis, so why does he need cysteamine eye drops as well?',
    focus: 'cysteamine',
    types: ['indication'],
  },
  // why: "how does Kuvan work" asks indication; "can I dissolve the tablets in apple juice" asks drug_usage
  {
    subject: 'Kuvan',
    message:
      'Our son has PKU and he responded to the Kuvan trial, so now he gets it every day. How does Kuvan work exactly? And can I dissolve the tablets in his apple juice instead of water, he refuses water.',
    focus: 'Kuvan',
    types: ['indication', 'drug_usage'],
  },
  // why: "is it safe to keep taking it in pregnancy" asks contraindications
  {
    message:
      'I am 29 with PKU and take sapropterin, which has let me relax my diet a little. My husband and I are starting to try for a baby. Is it safe to keep taking sapropterin during pregnancy?',
    focus: 'sapropterin',
    types: ['contraindications'],
  },
  // why: "are the blue lips from the dapsone" asks side_effects; "trimethoprim while on it" asks interactions; "once a day or split" asks drug_usage
  {
    subject: 'dapsone worries',
    message:
      "I have dermatitis herpetiformis and I've been on dapsone for six weeks. My husband says my lips look a bit blue-grey. Is that from the dapsone? I also have a UTI and the GP wants to give me trimethoprim, can I take it while on dapsone? And is it better to take the whole dose in the morning or split it in two?",
    focus: 'dapsone',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: "what is dapsone used for" asks indication
  {
    message:
      "My dermatologist gave me dapsone for a skin rash but when I googled it everything says leprosy. I don't have leprosy!! What is dapsone used for?",
    focus: 'dapsone',
    types: ['indication'],
  },
  // why: "will it affect his growth if he takes it for years" asks side_effects; "can he have grapefruit juice" asks interactions
  {
    message:
      'Our 5 year old was diagnosed with familial Mediterranean fever and the doctor says he will take colchicine every day, maybe for life. Is it safe for him to take it for years, will it affect his growth? And can he still have grapefruit juice at breakfast?',
    focus: 'colchicine',
    types: ['side_effects', 'interactions'],
  },
  // why: "are these ok together" (atorvastatin with colchicine) asks interactions
  {
    message:
      'I take atorvastatin 40mg for cholesterol. My GP has just prescribed colchicine for a gout flare. Are these ok together?',
    focus: 'colchicine',
    types: ['interactions'],
  },
  // why: "how many can I take in a day" asks drug_usage; "is the diarrhoea from them" asks side_effects; "a pint with them" asks interactions
  {
    subject: 'colchicine for gout',
    message:
      "Got colchicine for a gout attack in my big toe. How many can I take in one day? The leaflet and the pharmacist said different things. Already got diarrhoea, is that from the tablets? And can I have a pint or two while I'm on them, it's my brother's wedding Saturday.",
    focus: 'colchicine',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: "what is mexiletine for, I thought it was a heart drug" asks indication; "should I take it with food" asks drug_usage
  {
    message:
      'I have myotonia congenita and my neurologist wants me to try mexiletine for the stiffness. I thought mexiletine was a heart medicine? What is it for and how would it help muscles? Also it makes me a bit sick, should I take it with food?',
    focus: 'mexiletine',
    types: ['indication', 'drug_usage'],
  },
  // why: "is it safe while breastfeeding" asks contraindications
  {
    message:
      'is mexilitine safe while breastfeeding? baby is 3 weeks old and I take it for my muscle condition',
    focus: 'mexilitine',
    types: ['contraindications'],
  },
  // why: "is the stomach cramping normal with it" asks side_effects; "should I take it before meals" asks drug_usage
  {
    message:
      'I was diagnosed with myasthenia gravis last month and started Mestinon 60mg. Every time I take it I get stomach cramps and have to run to the loo. Is that normal with Mestinon? And should I take it before meals so that chewing is easier?',
    focus: 'Mestinon',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "does it have to be kept out of the heat" asks storage_disposal
  {
    subject: 'pyridostigmine in the heat',
    message:
      "We are going to southern Spain for two weeks in August and there is no air conditioning where we are staying. Does my wife's pyridostigmine have to be kept cool?",
    focus: 'pyridostigmine',
    types: ['storage_disposal'],
  },
  // why: "how is it supposed to help POTS" asks indication; "with my fludrocortisone" asks interactions; "is the twitching from it" asks side_effects
  {
    message:
      "My cardiologist has added pyridostigmine for my POTS. Isn't that a myasthenia medicine? How is it supposed to help POTS? Can I take it together with the fludrocortisone I'm already on? And since starting I get little muscle twitches in my eyelids and legs, is that the pyridostigmine?",
    focus: 'pyridostigmine',
    types: ['indication', 'interactions', 'side_effects'],
  },
  // why: "do we double the fludrocortisone when he is ill" asks drug_usage; "can the swollen ankles be from it" asks side_effects
  {
    message:
      "My husband has Addison's and takes hydrocortisone and fludrocortisone. We know to double the hydrocortisone when he is ill, but do we double the fludrocortisone too? Also his ankles have been swollen lately, can that be from the fludrocortisone?",
    focus: 'fludrocortisone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "is it safe for the baby" asks a pregnancy precaution (contraindications)
  {
    message:
      "I'm 10 weeks pregnant and take Fludrocortisone Acetate 100 micrograms a day for low blood pressure. I didn't plan this pregnancy and I'm panicking. Is it safe for the baby?",
    focus: 'Fludrocortisone Acetate',
    types: ['contraindications'],
  },
  // why: "tingling and flat fizzy drinks, normal?" asks side_effects; "is 500 twice a day high" asks drug_usage (dose); "with topiramate" asks interactions
  {
    subject: 'Diamox for IIH',
    message:
      'I have IIH and was started on acetazolamide (Diamox). My fingers and toes tingle all the time and fizzy drinks taste flat and horrible. Is that normal? My dose was just increased to 500mg twice a day, is that a high dose? My neuro also mentioned topiramate, can the two be taken together?',
    focus: 'acetazolamide',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: "how does acetazolamide stop the attacks" asks how the medicine works (indication)
  {
    message:
      'I have hypokalemic periodic paralysis and I was told to take acetazolamide. My pharmacist said it is a glaucoma drug. How does acetazolamide stop paralysis attacks?',
    focus: 'acetazolamide',
    types: ['indication'],
  },
  // why: "allergic to sulfa antibiotics, can I take it" asks contraindications; "how many days before should I start" asks drug_usage
  {
    message:
      "Off to climb Kilimanjaro in October (so excited!) and my travel clinic prescribed Diamox. Thing is I'm allergic to sulfa antibiotics, I came out in hives with Septrin. Can I still take Diamox? And how many days before the climb should I start taking it?",
    focus: 'Diamox',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "how does it work" asks indication; "will she have it for the rest of her life or can it be stopped" asks drug_usage (stopping)
  {
    subject: 'Soliris for our daughter',
    message:
      'Our daughter (7) was diagnosed with atypical HUS after being very ill in hospital, and she now has Soliris infusions. How does Soliris work? Will she have to have it for the rest of her life or can it be stopped at some point?',
    focus: 'Soliris',
    types: ['indication', 'drug_usage'],
  },
  // why: "is Kalydeco gluten free" asks ingredients
  {
    message: 'My daughter has both CF and coeliac disease. Is Kalydeco gluten free?',
    focus: 'Kalydeco',
    types: ['ingredients'],
  },
  // why: "does it stop the pill working" asks interactions; "can I take it in pregnancy" asks contraindications; "is the chest tightness normal" asks side_effects
  {
    message:
      "I'm 24 with CF and I've just started lumacaftor and ivacaftor. Does it stop my contraceptive pill from working? If I did get pregnant could I keep taking it? And my chest has felt tight since I started, is that normal?",
    focus: 'lumacaftor and ivacaftor',
    types: ['interactions', 'contraindications', 'side_effects'],
  },
  // why: "is the diarrhoea from the miglustat" asks side_effects; "does it help to take it between meals" asks drug_usage
  {
    message:
      "I have Gaucher disease type 1 and switched to miglustat because I can't get to infusions anymore. I have had diarrhoea nearly every day since. Is that from the miglustat? Does it help to take it between meals rather than with food?",
    focus: 'miglustat',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "how often does it have to be given after the loading doses" asks drug_usage
  {
    subject: 'nusinersen schedule',
    message:
      'My son finished his four loading doses of nusinersen. How often does he have to have it from now on?',
    focus: 'nusinersen',
    types: ['drug_usage'],
  },
  // why: "does it do anything for adults, what does it do" asks indication; "can I still have it with spinal rods" asks contraindications
  {
    message:
      "I'm 34 and have SMA type 3. I can still walk short distances but I'm getting weaker. My neurologist suggested Spinraza. Does it actually do anything for adults or is it really for babies? Also I had spinal fusion with rods as a teenager, can I still have it?",
    focus: 'Spinraza',
    types: ['indication', 'contraindications'],
  },
  // why: "can trientine cause the same rash" asks side_effects; "an hour before meals" asks drug_usage; "in the fridge" asks storage_disposal
  {
    message:
      'I was moved from penicillamine to trientine because penicillamine gave me a terrible rash. Can trientine cause the same rash? Do I need to take it an hour before meals like the old one? And the pharmacy label says to keep it in the fridge, does it really have to be in the fridge all the time?',
    focus: 'trientine',
    types: ['side_effects', 'drug_usage', 'storage_disposal'],
  },
  // why: "how much sodium is in it" asks ingredients
  {
    message:
      'My son with a urea cycle disorder takes Buphenyl powder, and now his blood pressure is high. How much salt is in Buphenyl powder?',
    focus: 'Buphenyl',
    types: ['ingredients'],
  },
  // why: "why a gout medicine for the heart" asks indication; "can I stop early if I feel better" asks drug_usage (stopping)
  {
    message:
      'Had pericarditis after a virus and the cardiologist put me on colchicine for three months. Why would they give a gout drug for a heart problem? And if I feel completely better after a month can I stop it early?',
    focus: 'colchicine',
    types: ['indication', 'drug_usage'],
  },
  // why: "is the leg ulcer from Hydrea" asks side_effects; "can he have the shingles vaccine while on it" asks interactions
  {
    message:
      "My husband is 72 and has taken Hydrea for essential thrombocythaemia for about ten years. He now has an ulcer on his ankle that won't heal. Could it be from the Hydrea? His GP also offered him the shingles vaccine, can he have it while on Hydrea?",
    focus: 'Hydrea',
    types: ['side_effects', 'interactions'],
  },
  // why: "with orange juice" asks interactions (food); "forgot the morning dose, take at lunch" asks drug_usage; "fridge" asks storage_disposal
  {
    subject: 'Procysbi',
    message:
      'My partner has cystinosis and just switched to Procysbi. He likes to take it with his orange juice, is that ok? This morning he forgot his dose, can he take it at lunch instead? And do the capsules need to be kept in the fridge? Sorry for all the questions, his clinic is hard to reach.',
    focus: 'Procysbi',
    types: ['interactions', 'drug_usage', 'storage_disposal'],
  },
  // why: "why does G6PD matter, should some people not take it" asks contraindications; "with her warfarin" asks interactions; "could the tiredness and breathlessness be the dapsone" asks side_effects
  {
    subject: 'Nan on dapsone',
    message:
      "My nan (81) has bullous pemphigoid and the dermatologist wants to try dapsone. The pharmacist asked if she had been tested for G6PD. Why does that matter, are there people who shouldn't take dapsone? She is also on warfarin, is that ok with it? And since starting she is much more tired and gets breathless on the stairs, could that be the dapsone?",
    focus: 'dapsone',
    types: ['contraindications', 'interactions', 'side_effects'],
  },
];
