/**
 * "joints" set. Messages about joints and rheumatology and their medicines (arthritis of all kinds, gout, lupus,
 * ankylosing spondylitis, hypermobility, juvenile arthritis, methotrexate, biologics, steroids, NSAIDs). Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.909). Scored by joints.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --joints --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const JOINTS_MESSAGES: ConsumerMessage[] = [
  // why: "does beer bring on the gout or is it the steak" asks what brings on its attacks (cause)
  {
    subject: 'gout after a wedding',
    message:
      "My husband had his first gout attack the morning after his brother's wedding, big toe red and so swollen he couldn't put a sock on. He had a lot of beer and a steak dinner. Does beer bring on the gout or is it the steak? He wants to know what to blame.",
    focus: 'gout',
    types: ['cause'],
  },
  // why: "should I still take it or wait until next Friday" asks a missed dose (drug_usage); "can I have a glass of wine" asks alcohol with the medicine (interactions)
  {
    message:
      "I started methotrexate for rheumatoid arthritis six weeks ago, 15 mg every Friday. This week I completely forgot until Sunday night. Should I still take it now or wait until next Friday? Also can I have a glass of wine at my daughter's birthday party or is that a no?",
    focus: 'methotrexate',
    types: ['drug_usage', 'interactions'],
  },
  // why: "will she grow out of it" asks the outlook (prognosis); "why does arthritis affect the eyes" asks another problem it leads to (complications); "can she still go to ballet" asks daily life (lifestyle)
  {
    message:
      'Our daughter Maya is 4 and was just diagnosed with oligoarticular juvenile idiopathic arthritis in her left knee. We had no idea children could even get arthritis. Will she grow out of it? The rheumatologist said she needs eye checks every few months, why does arthritis affect the eyes?? And can she still go to her ballet class, she loves it so much. Sorry for all the questions, we are still in shock.',
    focus: 'oligoarticular juvenile idiopathic arthritis',
    types: ['prognosis', 'complications', 'lifestyle'],
  },
  // why: "will they get it from me" asks whether it passes to her children (inheritance)
  {
    subject: 'lupus and my girls',
    message: 'I was diagnosed with lupus at 34. I have two daughters, 8 and 11. Will they get it from me?',
    focus: 'lupus',
    types: ['inheritance'],
  },
  // why: "could it be ankylosing spondylitis" asks whether his signs could be it (diagnosis); "anything besides painkillers that helps" asks therapies (treatment)
  {
    message:
      'im 26 (m) and for about two years my lower back has been really stiff and painful in the mornings, it gets better once I move around but wakes me up at 4am most nights. GP keeps saying its posture from sitting at a desk. Could it be ankylosing spondylitis? And if it is, is there anything besides painkillers that actually helps?',
    focus: 'ankylosing spondylitis',
    types: ['diagnosis', 'treatment'],
  },
  // why: "which sports are safe for her" asks about exercise in daily life (lifestyle)
  {
    message:
      'The letter from the geneticist says our 14 year old has Ehlers-Danlos syndrome, hypermobility type. Her kneecap has slipped out three times this year. She wants to keep doing sport with her friends. Which sports are safe for her and which should she stay away from?',
    focus: 'Ehlers-Danlos syndrome, hypermobility type',
    types: ['lifestyle'],
  },
  // why: "is that from the allopurinol" asks whether a problem comes from the medicine (side_effects); "should I stop taking it" asks stopping (drug_usage)
  {
    subject: 'flare after starting allopurinol',
    message:
      "Started allopurinol 100mg ten days ago to finally get my uric acid down and now I have the worst gout flare I've had in a year, ankle and knee. Is that from the allopurinol? Should I stop taking it until the flare settles?",
    focus: 'allopurinol',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "what is Still's disease exactly" asks an overview (information); "how do they confirm it" asks tests (diagnosis); "will he have it all his life" asks the course (prognosis)
  {
    message:
      "Hello, I am writing for my grandson who is 6. For three weeks he has had a fever that shoots up every evening, with a pink rash that comes and goes, and now both wrists are swollen and he cries when he has to hold his spoon. The hospital is testing him for Still's disease. What is Still's disease exactly? How do they confirm it? Is it something he will have all his life? His mother is exhausted and I want to help her understand. Thank you.",
    focus: "Still's disease",
    types: ['information', 'diagnosis', 'prognosis'],
  },
  // why: "is this the prednisone" asks whether her problems come from the medicine (side_effects)
  {
    message:
      "I have been on prednisone 20 mg for polymyalgia rheumatica for three months. I hardly sleep, I have put on 6 kilos and my face has gone round like a moon. I don't recognise myself in the mirror. Is this the prednisone doing this?",
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: "is psoriatic arthritis linked to the psoriasis" asks a link between two conditions (association); "can it damage my joints for good" asks what it leads to (complications)
  {
    message:
      'Ive had psoriasis on my elbows since I was a teenager and now my middle finger is swollen like a sausage and my heel hurts. Dermatologist mentioned psoriatic arthritis. Is psoriatic arthritis linked to the psoriasis? Can it damage my joints for good?',
    focus: 'psoriatic arthritis',
    types: ['association', 'complications'],
  },
  // why: "how does it actually work for lupus" asks how the medicine works (indication)
  {
    subject: 'malaria pill for lupus??',
    message:
      "My rheumatologist put me on hydroxychloroquine for my lupus. Isn't that a malaria drug? How does it actually work for lupus?",
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  // why: "will it make my hair fall out" asks a side effect (side_effects); "can I still take my ibuprofen with it" asks another medicine with it (interactions); "hoping for a second baby, is that a problem" asks pregnancy precautions (contraindications)
  {
    subject: 'scared of methotrexate',
    message:
      "My rheumatologist wants to start me on methotrexate injections for my rheumatoid arthritis. I looked it up and it's a chemo drug, I'm honestly terrified. Will it make my hair fall out? Can I still take my ibuprofen with it on bad days? We are also hoping for a second baby next year, is that going to be a problem?",
    focus: 'methotrexate',
    types: ['side_effects', 'interactions', 'contraindications'],
  },
  // why: "how many women actually get gout" asks how common it is (frequency)
  {
    message:
      "I'm a 58 year old woman and was just told I have gout. I thought that was an old man's disease from too much port. How many women actually get gout?",
    focus: 'gout',
    types: ['frequency'],
  },
  // why: "it can lead to lymphoma, how worried should I be" asks another condition it can lead to (complications); "any clinical trials" asks research
  {
    message:
      "I have Sjogren's syndrome, dry eyes, dry mouth, aching joints and total exhaustion most days. I read online that it can lead to lymphoma. How worried should I be about that? Also are there any clinical trials I could join in the UK? I feel like nothing has changed in treatment for years.",
    focus: "Sjogren's syndrome",
    types: ['complications', 'research'],
  },
  // why: "does the Enbrel have to stay in the fridge the whole time" asks storage (storage_disposal); "can he move his injection a day or two" asks dose timing (drug_usage)
  {
    subject: 'Enbrel on holiday',
    message:
      'Our son is 15 and injects Enbrel once a week for his JIA. We are flying to Spain for two weeks in August and the apartment only has a tiny fridge. Does the Enbrel have to stay in the fridge the whole time? His injection day falls on the day we fly, can he move it a day or two?',
    focus: 'Enbrel',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: "is HLA-B27 the gene that causes it" asks which gene is involved (genetic_changes)
  {
    message:
      'My brother has ankylosing spondylitis and his rheumatologist kept talking about HLA-B27. Is that the gene that causes ankylosing spondylitis?',
    focus: 'ankylosing spondylitis',
    types: ['genetic_changes'],
  },
  // why: "could it actually be lupus" asks whether her signs could be it (diagnosis); "does lupus make your hair fall out" asks whether a sign belongs to it (symptoms); "what is the life expectancy" asks the outlook (prognosis)
  {
    message:
      "I was diagnosed with fibromyalgia five years ago but lately I get a red rash across my cheeks whenever I'm in the sun, my hair is coming out in the shower and my fingers swell. Could it actually be lupus instead? Does lupus make your hair fall out like that? And if it is lupus, what is the life expectancy nowadays? I'm 39 with two kids and I'm so tired of not knowing.",
    focus: 'lupus',
    types: ['diagnosis', 'symptoms', 'prognosis'],
  },
  // why: "can it be cured or do I just have to live with it" asks about a cure and managing it (treatment)
  {
    subject: 'knees',
    message:
      'Im 67 and my knees crunch and ache going downstairs, xray says osteoarthritis. Can osteoarthritis be cured or do I just have to live with it?',
    focus: 'osteoarthritis',
    types: ['treatment'],
  },
  // why: "how many tablets can I take in one day" asks the dose (drug_usage); "is it okay with my statin" asks another medicine with it (interactions)
  {
    message:
      'My doctor gave me colchicine for a gout attack in my knee. The leaflet is confusing. How many tablets can I take in one day during an attack? And is it okay with my statin for cholesterol?',
    focus: 'colchicine',
    types: ['drug_usage', 'interactions'],
  },
  // why: "how long does it usually last" asks its course (prognosis)
  {
    message:
      "After a bad bout of food poisoning on holiday in Mexico my knees and ankles swelled up and my eyes went red and sore. The doctor says it is reactive arthritis. How long does reactive arthritis usually last? I have a physical job and can't be off for months.",
    focus: 'reactive arthritis',
    types: ['prognosis'],
  },
  // why: "what causes it" asks why it happens (cause); "is there a link with giant cell arteritis" asks a link between two conditions (association)
  {
    message:
      'My dad is 74 and can hardly lift his arms to comb his hair in the mornings, his shoulders and hips are so stiff he needs help getting out of bed. The GP thinks it is polymyalgia rheumatica. What causes it? He was fine six weeks ago. And the GP also mentioned giant cell arteritis, is there a link between the two?',
    focus: 'polymyalgia rheumatica',
    types: ['cause', 'association'],
  },
  // why: "where can we find a doctor who knows about it" and "is there a support group" ask specialists and support (find_specialist); "anything for the pain that isn't opioids" asks treatment; "what are the chances our kids would have it" asks inheritance
  {
    subject: 'girlfriend with EDS',
    message:
      "My girlfriend has Ehlers-Danlos syndrome. She is in pain every single day, her shoulders and hips sublux just turning over in bed, and most doctors we see have never heard of it or tell her it's in her head. Where can we find a doctor who actually knows about Ehlers-Danlos? Is there a support group for partners too? Is there anything for the pain that isn't opioids? And one day we would like kids, what are the chances they would have it?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist', 'treatment', 'inheritance'],
  },
  // why: "what do I do with the used pens, can they go in the bin" asks disposal (storage_disposal)
  {
    message:
      'I just started Humira pens for my psoriatic arthritis. What am I supposed to do with the used pens? Can they just go in the household bin?',
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  // why: "is that the same as gout" asks whether two conditions are the same (information); "will it keep coming back" asks its course (prognosis)
  {
    message:
      'My mum is 81 and her knee suddenly swelled up hot and red. They drained fluid from it at the hospital and said it is pseudogout, from crystals. Is that the same thing as gout? Will it keep coming back now?',
    focus: 'pseudogout',
    types: ['information', 'prognosis'],
  },
  // why: "does having lupus mean I can never go to the beach" asks daily life (lifestyle)
  {
    subject: 'summer with lupus',
    message:
      "Does having lupus mean I can never go to the beach again? I grew up by the sea and it's the one place I feel like myself.",
    focus: 'lupus',
    types: ['lifestyle'],
  },
  // why: "will he still have arthritis as an adult" asks the outlook (prognosis); "any new treatments being studied for children" asks research; "how do we explain to his school what he needs" asks school life (lifestyle)
  {
    message:
      'Our son Leo was diagnosed with polyarticular JIA at 9. He is now 11 and has tried two medicines already, he is missing so much school with flares and hospital visits and honestly we are worn out. Will he still have arthritis as an adult? Are there any new treatments being studied for children? And how do we explain to his school what he needs, they think he is just lazy in PE.',
    focus: 'JIA',
    types: ['prognosis', 'research', 'lifestyle'],
  },
  // why: "can it damage my kidneys or stomach" asks side effects (side_effects); "ok to take with my blood pressure tablets" asks other medicines with it (interactions)
  {
    message:
      'I take ibuprofen three times a day for my hip osteoarthritis and have done for years. Can it damage my kidneys or stomach after that long? Is it ok to take with my blood pressure tablets?',
    focus: 'ibuprofen',
    types: ['side_effects', 'interactions'],
  },
  // why: "how do I stop them coming back" asks preventing attacks (prevention)
  {
    subject: 'third attack',
    message:
      "third gout attack this year. i can't keep missing work like this. how do I stop them coming back??",
    focus: 'gout',
    types: ['prevention'],
  },
  // why: "can RA affect your lungs" asks other problems it leads to (complications); "does smoking make you more likely to get it" asks an exposure raising the risk (susceptibility)
  {
    message:
      'Just diagnosed with rheumatoid arthritis at 45. My aunt had it and ended up on oxygen at the end. Can RA affect your lungs? Also, does smoking make you more likely to get it? I smoked for 20 years before I quit.',
    focus: 'rheumatoid arthritis',
    types: ['complications', 'susceptibility'],
  },
  // why: "how do they test for it" asks diagnosis; "will she grow out of it" asks the outlook (prognosis); "should she stop gymnastics" asks sport in daily life (lifestyle)
  {
    message:
      'Our 10 year old is always spraining her ankles, she can do the splits without warming up and bend her thumb back to her wrist. Her gym coach says it might be hypermobility syndrome. How do they test for hypermobility syndrome? Will she grow out of it as she gets older? Should she stop gymnastics?',
    focus: 'hypermobility syndrome',
    types: ['diagnosis', 'prognosis', 'lifestyle'],
  },
  // why: "will my spine fuse" asks the course (prognosis); "okay to keep lifting weights" asks exercise (lifestyle); "my eye went red and painful, is that part of it" asks whether a sign belongs to it (symptoms)
  {
    subject: 'AS questions',
    message:
      "I'm 31 and was diagnosed with ankylosing spondylitis last year. Will my spine eventually fuse like the pictures you see online? Is it okay to keep lifting weights at the gym or am I making it worse? And last month my eye went red and really painful for two weeks, is that part of ankylosing spondylitis?",
    focus: 'ankylosing spondylitis',
    types: ['prognosis', 'lifestyle', 'symptoms'],
  },
  // why: "is lupis contagious" asks whether someone can catch it (susceptibility); the name is misspelled so the focus is as written
  {
    message:
      'is lupis contagious? my sister just got diagnosed and my husband doesnt want her holding our new baby. i think he is being ridiculous but i want to be sure',
    focus: 'lupis',
    types: ['susceptibility'],
  },
  // why: "what is it for, isn't it a bowel medicine" asks what the medicine is for (indication); "will it turn my pee orange" asks a side effect (side_effects)
  {
    message:
      "My rheumatologist wants to add sulfasalazine to my methotrexate. What is sulfasalazine for exactly, isn't it a bowel medicine? And my friend says it turned her pee orange, will that happen to me?",
    focus: 'sulfasalazine',
    types: ['indication', 'side_effects'],
  },
  // why: "will he grow out of it" asks the outlook (prognosis); "should we get his little sister tested" asks whether a relative should be tested (diagnosis)
  {
    message:
      'Our son (7) has familial Mediterranean fever. Every few weeks he gets high fever, tummy pain and a swollen ankle for 2-3 days. He takes colchicine every day now and it is better. Will he grow out of it? Should we get his little sister tested too?',
    focus: 'familial Mediterranean fever',
    types: ['prognosis', 'diagnosis'],
  },
  // why: "what is it" asks an overview (information); "how rare is it" asks frequency; "is there any treatment now" asks treatment
  {
    subject: 'dark urine and bad joints',
    message:
      'My father is 62. His urine has always gone dark when it stands, he had both hips replaced in his fifties and now his back and knees are bad too. A specialist finally told him it is alkaptonuria. None of us had ever heard of it. What is it? How rare is it? Is there any treatment for it now?',
    focus: 'alkaptonuria',
    types: ['information', 'frequency', 'treatment'],
  },
  // why: "with food or on an empty stomach" asks how to take the medicine (drug_usage)
  {
    message:
      'Should naproxen be taken with food or on an empty stomach? I take it first thing in the morning for my back.',
    focus: 'naproxen',
    types: ['drug_usage'],
  },
  // why: "is that the prednisolone" asks whether a problem comes from the medicine (side_effects); "can we just stop it when she feels better" asks stopping (drug_usage)
  {
    message:
      'My daughter is 8 and on prednisolone liquid for a bad arthritis flare. She is starving all the time and crying over nothing, she is not herself at all. Is that the prednisolone? Can we just stop it when she feels better or does it have to be reduced slowly?',
    focus: 'prednisolone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "which gene is it" asks the gene (genetic_changes); "we are both healthy, how did she get it" asks how it passed in the family (inheritance); "can it affect her heart" asks another problem it leads to (complications)
  {
    subject: 'CACP',
    message:
      'Our daughter Amira is 3 and after two years of being told it was JIA she was diagnosed with CACP syndrome. Her fingers are bent and her knees and elbows are swollen but the medicines never helped. Which gene is it? My husband and I are both healthy, so how did she get it? And can it affect her heart? The doctors said something about pericarditis.',
    focus: 'CACP syndrome',
    types: ['genetic_changes', 'inheritance', 'complications'],
  },
  // why: "should I be worried it is scleroderma" asks whether her signs could be it (diagnosis); "is there a cure" asks treatment
  {
    message:
      "My fingers go white and then blue when it's cold, and over the last few months the skin on my hands has gone tight and shiny and my knuckles ache. Should I be worried it is scleroderma? Is there a cure for scleroderma if it is?",
    focus: 'scleroderma',
    types: ['diagnosis', 'treatment'],
  },
  // why: "will my insurance still cover it" asks about costs and insurance (other)
  {
    subject: 'cost of biologics',
    message:
      'My rheumatologist wants to switch me from my current injection to adalimumab for my rheumatoid arthritis. My plan changes in January. Will my insurance still cover adalimumab, or do I have to pay for it myself?',
    focus: 'adalimumab',
    types: ['other'],
  },
];
