/**
 * "pronouns" set. Messages that name a condition and a medicine (or two conditions) and then ask about "it",
 * "this", "the tablets" or "the disease" without naming again which one is meant. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.863). Scored by pronouns.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --pronouns --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PRONOUNS_MESSAGES: ConsumerMessage[] = [
  // why: "it" is the FMF (not the colchicine); whether the kids can get it from him -> inheritance
  {
    message:
      'my husband was diagnosed with familial mediterranean fever last month and started on colchicine. is it something our kids could get from him?',
    focus: 'familial Mediterranean fever',
    types: ['inheritance'],
  },
  // why: asks only whether the thin hair comes from the capsules (the medicine) -> side_effects
  {
    message:
      "I'm a teacher and one of my pupils (14) takes hydroxyurea for her sickle cell. Her hair has got really thin lately, could that be the capsules? Her mum asked me to write because her English is not so good.",
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: "it"/"the lunch one" is the zinc dose; what to do about a missed dose -> drug_usage
  {
    message:
      'Son has Wilson disease, the neurologist switched him from the other medicine to zinc. He is supposed to take it 3 times a day but at school he keeps forgetting the lunch one. What should he do when he misses it, take two next time?',
    focus: 'zinc',
    types: ['drug_usage'],
  },
  // why: "the disease" is the myasthenia; whether it gets worse with age -> prognosis
  {
    message:
      'I have myasthenia gravis and take Mestinon (pyridostigmine) 4x daily. Will the disease get worse as I get older or does it usually stay the same?',
    focus: 'myasthenia gravis',
    types: ['prognosis'],
  },
  // why: "that medicine" is sapropterin; what it is for and how it works are one question -> indication
  {
    message:
      'Our baby boy has PKU, it was found on the heel prick test. The metabolic clinic mentioned he might try sapropterin (Kuvan) when he is older. What is that medicine actually for, and how does it work if he is already on the diet?',
    focus: 'sapropterin',
    types: ['indication'],
  },
  // why: wine with the capsules -> interactions; diarrhea from it -> side_effects; both about miglustat
  {
    message:
      'My mother has Gaucher disease type 1 and her doctor wants to try miglustat instead of the infusions every two weeks. She likes a glass of wine with dinner, can she still have it with the capsules? Also I read it gives a lot of diarrhea, is that true?',
    focus: 'miglustat',
    types: ['interactions', 'side_effects'],
  },
  // why: "the disease" is PNH: how rare -> frequency; what happens without treatment -> complications
  {
    message:
      "hi, i was diagnosed with PNH (paroxysmal nocturnal hemoglobinuria) two months ago and had my first eculizumab infusion last week. how rare is the disease actually? and what would happen if i didnt have the treatment, my insurance is giving me trouble about paying for it and i'm scared",
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['frequency', 'complications'],
  },
  // why: two conditions; "that" is the rash: what it is -> information; connected to celiac -> association
  {
    message:
      'My son has had celiac disease since he was 4, no medicine, just the diet. Now at 15 a dermatologist says the itchy blisters on his elbows are dermatitis herpetiformis. What is that exactly? Is it connected to the celiac?',
    focus: 'dermatitis herpetiformis',
    types: ['information', 'association'],
  },
  // why: "it" is the box of everolimus; fridge or cupboard -> storage_disposal
  {
    message:
      'My daughter has tuberous sclerosis and they started her on everolimus for the kidney tumours. The pharmacy gave us a big box, does it have to go in the fridge or is the cupboard ok?',
    focus: 'everolimus',
    types: ['storage_disposal'],
  },
  // why: all three about the injections: gallstones -> side_effects; evening shot -> drug_usage; trying for a baby -> contraindications
  {
    subject: 'octreotide injections',
    message:
      'I have acromegaly and have been on octreotide injections for about 6 months now. 1) does it cause gallstones? my sister says it does 2) can I do the shot in the evening instead of the morning 3) my husband and I want to try for a baby, is it safe to keep using it?',
    focus: 'octreotide',
    types: ['side_effects', 'drug_usage', 'contraindications'],
  },
  // why: "this kind of tumour" is the prolactinoma; whether it goes away or is lifelong -> prognosis
  {
    message:
      'im 29 and have a prolactinoma, been on cabergoline twice a week for a year. does this kind of tumour ever go away for good or is it a lifelong thing?',
    focus: 'prolactinoma',
    types: ['prognosis'],
  },
  // why: vomiting right after a dose -> drug_usage; grapefruit juice with it -> interactions; both ivacaftor
  {
    message:
      'Grandson (7) has cystic fibrosis and just started on ivacaftor. Yesterday he threw up right after his morning dose, should we give him another one or wait till evening? And his mum gives him grapefruit juice every morning, is that ok with it?',
    focus: 'ivacaftor',
    types: ['drug_usage', 'interactions'],
  },
  // why: "the disease" is LAM, not the sirolimus; trials -> research
  {
    message:
      "I was diagnosed with LAM in March and started on sirolimus. It has helped my breathing a bit. Are there any clinical trials for the disease going on right now? I'd like to take part if I can.",
    focus: 'lymphangioleiomyomatosis',
    types: ['research'],
  },
  // why: "it" is the thalassemia: chances the kids get it -> inheritance; cure -> treatment
  {
    message:
      'my older sister has beta thalassemia major, she gets transfusions and takes exjade for the iron. me and my fiance both have the trait. what are the chances our kids get it? and is there a cure for it now, i heard something about bone marrow transplants',
    focus: 'beta thalassemia',
    types: ['inheritance', 'treatment'],
  },
  // why: "the disease"/"it" is Behcet: contagious -> susceptibility; stress bringing on flares -> cause; cure -> treatment
  {
    message:
      "I have Behcet's, on colchicine since last year. My new girlfriend is worried about my mouth ulcers - is the disease contagious? Can stress bring on the flare ups? And is there any cure for it?",
    focus: 'Behcet disease',
    types: ['susceptibility', 'cause', 'treatment'],
  },
  // why: stopping the crises from happening is preventing attacks -> prevention; about the sickle cell
  {
    message:
      'Our son has sickle cell disease and has been on hydroxyurea for a year, but he still ends up in hospital with pain crises every couple of months. What can we do to stop the crises happening so often?',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  // why: "the tablets" are danazol: weight gain from them -> side_effects; with warfarin -> interactions
  {
    message:
      "My dad has hereditary angioedema and has been on danazol for years to stop the swellings. He's put on a lot of weight, is that from the tablets? He was also just started on warfarin for his heart, can he take them together?",
    focus: 'danazol',
    types: ['side_effects', 'interactions'],
  },
  // why: whether "it" (the modafinil) has lactose -> ingredients
  {
    message:
      'hey so ive got narcolepsy and my doc put me on modafinil. does it have lactose in it?? im lactose intolerant and dont want to be sick lol',
    focus: 'modafinil',
    types: ['ingredients'],
  },
  // why: "it"/"the disease" is ALS, not riluzole: how long people live -> prognosis; doctor or clinic -> find_specialist
  {
    message:
      'My husband was told last week he has ALS (motor neurone disease). They gave him riluzole and sent us home. How long do people usually live with it? Is there a doctor or clinic in the north of England who specialises in the disease, our GP says he has never seen a case.',
    focus: 'amyotrophic lateral sclerosis',
    types: ['prognosis', 'find_specialist'],
  },
  // why: "it" is mexiletine: safe with a heart block -> contraindications; how it helps -> indication
  {
    message:
      'My wife has myotonic dystrophy type 1 and her neurologist wants to start mexiletine for the muscle stiffness. She already has a first degree heart block. Is it safe for someone with that to take it? And how does it actually help the stiffness?',
    focus: 'mexiletine',
    types: ['contraindications', 'indication'],
  },
  // why: leftover mitotane tablets, flush or take back -> storage_disposal
  {
    message:
      "I am taking mitotane for Cushing's from an adrenal tumour. My dose was lowered and I have half a bottle left over. Can I flush them down the toilet or where do I take them?",
    focus: 'mitotane',
    types: ['storage_disposal'],
  },
  // why: "this disease" is the CML: from the family / children -> inheritance; which gene -> genetic_changes; cure -> treatment
  {
    message:
      'Dear sir/madam, my brother is 45 years and have chronic myeloid leukemia, he take imatinib since 2 years. Is this disease coming from the family, can his children have it also? Which gene is making the problem? And is it possible to cure it completely? Thank you very much for your help.',
    focus: 'chronic myeloid leukemia',
    types: ['inheritance', 'genetic_changes', 'treatment'],
  },
  // why: travelling with "the condition" (Addison, not the tablets) -> lifestyle
  {
    message:
      "I have Addison's disease, take hydrocortisone 3x a day plus fludrocortisone. Going to Thailand for 3 weeks this summer (first long trip since diagnosis). Anything I should know about travelling with the condition - the heat, the long flight, getting a stomach bug?",
    focus: 'Addison disease',
    types: ['lifestyle'],
  },
  // why: "the pills" are acetazolamide: tingling from them -> side_effects; coffee with them -> interactions
  {
    message:
      'Diagnosed with IIH and started on acetazolamide (diamox) 2 weeks ago. my fingers and toes tingle all the time since, is it from the pills?? also can I still drink my coffee with them',
    focus: 'acetazolamide',
    types: ['side_effects', 'interactions'],
  },
  // why: two conditions; asks mainly about Sjogren: same as lupus or different -> information; "it" damaging kidneys -> complications
  {
    message:
      "My mum has had lupus for 20 years and now they say she has Sjogren's syndrome as well. Is Sjogren's the same thing as lupus or a different illness? And can it damage her kidneys like the lupus did?",
    focus: 'Sjogren syndrome',
    types: ['information', 'complications'],
  },
  // why: "the tablets" are Plaquenil (hydroxychloroquine): eye damage -> side_effects; breastfeeding -> contraindications
  {
    message:
      "i'm on plaquenil for lupus. my rheumatologist keeps sending me to the eye doctor every year, can the tablets really damage my eyes?? also i just had my baby, is it ok to keep taking it while breastfeeding",
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'contraindications'],
  },
  // why: "it"/"the disease" is Fabry: sister has it -> inheritance; kidney damage -> complications; signs to watch -> symptoms
  {
    message:
      'Our son (10) has Fabry disease and is starting enzyme replacement infusions (Fabrazyme) next month. What are the chances his younger sister has it too? Can the disease damage his kidneys later on? And what signs should we be watching for? He complains that his hands and feet burn sometimes.',
    focus: 'Fabry disease',
    types: ['inheritance', 'complications', 'symptoms'],
  },
  // why: all about anagrelide: in pregnancy -> contraindications; palpitations -> side_effects; right dose -> drug_usage
  {
    message:
      "I'm 34 with essential thrombocythemia, on anagrelide and a baby aspirin. We want to start a family - can I stay on the anagrelide when I'm pregnant? Can it cause heart palpitations? I get them a lot lately. And what's the normal dose, because the pharmacist and my haematologist told me different things.",
    focus: 'anagrelide',
    types: ['contraindications', 'side_effects', 'drug_usage'],
  },
  // why: "it" is the Kawasaki disease, not the aspirin; what caused it -> cause
  {
    message:
      "My 3 year old had Kawasaki disease last year, treated in hospital with IVIG and then aspirin for weeks. He's fine now thank god. But what caused it in the first place? nobody at the hospital could tell us",
    focus: 'Kawasaki disease',
    types: ['cause'],
  },
  // why: named drug asked as the cause of SJS -> association; whether skin and eyes recover -> prognosis
  {
    message:
      'My aunt (62) developed Stevens-Johnson syndrome two weeks after starting allopurinol for her gout. Could the allopurinol have caused it? She is still in the burns unit. Will her skin and eyes recover?',
    focus: 'Stevens-Johnson syndrome',
    types: ['association', 'prognosis'],
  },
  // why: whether someone with G6PD deficiency can take dapsone -> contraindications
  {
    message:
      'Can I take dapsone if I have G6PD deficiency? Just diagnosed with dermatitis herpetiformis and my dermatologist wants me to start it.',
    focus: 'dapsone',
    types: ['contraindications'],
  },
  // why: keeping the opened tub -> storage_disposal; how much to give -> drug_usage; both betaine
  {
    message:
      'our daughter (2) have homocystinuria and she take betaine powder. once the tub is opened how we should keep it, fridge or not? and how much she is meant to have, she is 14kg now and the scoop is confusing us',
    focus: 'betaine',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: a diet that helps with "the condition" (the paralysis, not acetazolamide) -> lifestyle
  {
    message:
      "I've got hypokalemic periodic paralysis, my doctor gave me acetazolamide to try. Is there a particular diet that helps with the condition? Someone on a forum said low carb.",
    focus: 'hypokalemic periodic paralysis',
    types: ['lifestyle'],
  },
  // why: two conditions, Marfan is the main one: telling them apart and a genetic test -> diagnosis; basketball at school -> lifestyle
  {
    subject: 'Marfan or EDS?',
    message:
      'My son is 12, very tall and very flexible, and the pediatrician says it could be Marfan syndrome or maybe Ehlers-Danlos. How do doctors tell them apart? Is there a genetic test for Marfan? He lives for basketball - can he keep playing on the school team if it is Marfan?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "it" is Wilson disease, not the zinc: should a sister be tested -> diagnosis; first signs -> symptoms
  {
    message:
      "My brother (23) has Wilsons disease and is treated with zinc. I'm his sister, 19. Should I get tested for it too? What would be the first signs I'd notice if I had it?",
    focus: 'Wilson disease',
    types: ['diagnosis', 'symptoms'],
  },
  // why: going blind "from this" means from the arteritis -> complications
  {
    message: 'mum 78 just diagnosed w giant cell arteritis, on prednisone 40mg. can she go blind from this??',
    focus: 'giant cell arteritis',
    types: ['complications'],
  },
  // why: all about sodium oxybate: beers with it -> interactions; sleeping through the second dose -> drug_usage; storing the liquid -> storage_disposal
  {
    subject: 'Xyrem questions',
    message:
      "My partner has narcolepsy with cataplexy and just started sodium oxybate. Can he have a couple of beers at the weekend with it? What happens if he sleeps through the second dose in the night? And how should we store it with two little kids in the house, it's a liquid.",
    focus: 'sodium oxybate',
    types: ['interactions', 'drug_usage', 'storage_disposal'],
  },
  // why: coffee and calcium with "it" -> interactions; gluten in the pills -> ingredients; both levothyroxine
  {
    message:
      'i have hashimotos and take levothyroxine every morning. my coworker says i shouldnt have my coffee or calcium tablets with it, is that true? also do the pills contain gluten, im trying to go gluten free',
    focus: 'levothyroxine',
    types: ['interactions', 'ingredients'],
  },
  // why: "the disease"/"it" is sarcoidosis: hereditary / kids -> inheritance; what brings it on -> cause; support groups -> find_specialist
  {
    subject: 'sarcoid',
    message:
      'Hello, I have sarcoidosis in my lungs and on my skin, and my rheumatologist started me on methotrexate. Is the disease hereditary, could my kids get it? What brings it on in the first place? Are there any support groups near Columbus, Ohio?',
    focus: 'sarcoidosis',
    types: ['inheritance', 'cause', 'find_specialist'],
  },
  // why: whether the pill brings on her attacks -> cause (like the beer example); what the attacks look like -> symptoms
  {
    message:
      "My sister has acute intermittent porphyria and her GP has just prescribed her the contraceptive pill for heavy periods. Can the pill bring on her attacks? And what do the attacks look like, I want to know what to watch for when I'm with her.",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'symptoms'],
  },
];
