/**
 * "final20" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, a third of the way into its round, after the changes to the
 * names (focus 1.000, type F1 0.915). Never tuned on: change nothing because of its misses. Scored by
 * final20.test.ts and by `npx tsx test/understand/support/score-messages.ts --final20 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL20_MESSAGES: ConsumerMessage[] = [
  {
    // "fabry disease symptoms" -> symptoms (search query asking for its signs)
    message: 'fabry disease symptoms',
    focus: 'Fabry disease',
    types: ['symptoms'],
  },
  {
    // "can she keep playing volleyball" -> lifestyle (sport)
    // "what are the chances her little brother has it too" -> inheritance (chance a sibling has it)
    // "is there a Marfan clinic anywhere near Columbus" -> find_specialist (clinic)
    subject: 'Marfan syndrome - 14 year old daughter',
    message:
      'Hello, our daughter Emma is 14 and very tall and thin. After an echo showed her ' +
      'aorta is a bit wide, the cardiologist told us last week she has Marfan syndrome. She ' +
      'lives for volleyball and is on the school team, and she is heartbroken thinking she ' +
      'will have to quit. Can she keep playing volleyball? My husband is also tall but nobody ' +
      'in the family has ever been diagnosed with anything. What are the chances her little ' +
      'brother has it too? He is 10. And is there a Marfan clinic anywhere near Columbus, ' +
      'Ohio? We feel very lost. Thank you so much for any help.',
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'inheritance', 'find_specialist'],
  },
  {
    // "How we can stop the crisis to come so often?" -> prevention (preventing attacks)
    message:
      'Hello, my husband have the sickle cell disease since he is child. This year he is ' +
      'having the crisis very often, every month he goes to hospital with big pain in the back ' +
      'and legs. How we can stop the crisis to come so often? Thank you and God bless.',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  {
    // "Do I really have to stop eating salad and spinach" -> interactions (medicine with food)
    // "what should I do if I forget a dose" -> drug_usage (missed dose)
    subject: 'Warfarin and green vegetables',
    message:
      "I just started warfarin after a blood clot in my leg. My neighbor says I can't " +
      'eat green vegetables anymore. Do I really have to stop eating salad and spinach? Also, ' +
      'what should I do if I forget a dose, take two the next day?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "what is fibrodysplasia ossificans progresiva" -> information (what the condition is)
    message: 'what is fibrodysplasia ossificans progresiva (FOP)?',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information'],
  },
  {
    // "Should me and my sisters get tested" -> diagnosis (relatives tested)
    // "is there anything he should avoid eating" -> lifestyle (diet)
    // "can it damage his liver" -> complications (organ damage)
    subject: 'dad has hemochromatosis',
    message:
      'My dad was just diagnosed with hemochromatosis at 58, his iron levels were very ' +
      'high. Should me and my sisters get tested? is there anything he should avoid eating, ' +
      'like red meat? and can it damage his liver? thanks',
    focus: 'hemochromatosis',
    types: ['diagnosis', 'lifestyle', 'complications'],
  },
  {
    // "How many people have huntingtons disease in the US" -> frequency (how common)
    // "is there a cure yet" -> treatment (cure)
    message: 'How many people have huntingtons disease in the US, and is there a cure yet?',
    focus: 'Huntington disease',
    types: ['frequency', 'treatment'],
  },
  {
    // "Is it passed down from mother to child?" -> inheritance (runs in families)
    // "will my baby get it too" -> inheritance (same question in other words: chance a child has it)
    message:
      'Hi there. My mother and my aunt both have celiac disease. I am 20 weeks pregnant ' +
      "with my first. Is it passed down from mother to child? I'm worried my baby will get it " +
      'too.',
    focus: 'celiac disease',
    types: ['inheritance'],
  },
  {
    // "Does beer set off my gout attacks" -> cause (what brings on attacks)
    // "What can I take when it flares up" -> treatment (managing attacks)
    subject: 'gout',
    message:
      'Does beer set off my gout attacks or is it just the red meat? What can I take when ' +
      'it flares up, my doctor says no more ibuprofen because of my stomach.',
    focus: 'gout',
    types: ['cause', 'treatment'],
  },
  {
    // "can I take my weekly dose on Saturday instead" -> drug_usage (timing)
    // "does it need to be kept in the fridge" -> storage_disposal (storing)
    message:
      "I take methotrexate once a week (Fridays) for my RA. I'm flying to my sister's " +
      'wedding on Friday, can I take my weekly dose on Saturday instead? And does it need to ' +
      'be kept in the fridge while I travel?',
    focus: 'methotrexate',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "is the insomnia from the sertraline" -> side_effects (whether a problem comes from the medicine)
    message:
      'been on sertraline 50mg for 3 months for anxiety and now i can barely sleep, wake ' +
      'up at 3am every night. is the insomnia from the sertraline??',
    focus: 'sertraline',
    types: ['side_effects'],
  },
  {
    // "can I have my coffee with it or do I have to wait" -> interactions (medicine with food/drink)
    // "Is it safe while breastfeeding" -> contraindications (breastfeeding)
    subject: 'levothyroxine questions',
    message:
      'I take levothyroxine every morning. Can I have my coffee with it or do I have to ' +
      'wait? Is it safe while breastfeeding my 2 month old?',
    focus: 'levothyroxine',
    types: ['interactions', 'contraindications'],
  },
  {
    // "Will he stop walking, and how long do boys with Duchenne live" -> prognosis (walking, lifespan)
    // "Are there any clinical trials, like for exon skipping" -> research (trials)
    subject: 'Our son - Duchenne',
    message:
      'Dear raredesk, our son Lucas is 4. He always fell a lot and had trouble on the ' +
      'stairs, and after many tests and a muscle biopsy he was diagnosed with Duchenne ' +
      'muscular dystrophy last month. We are still in shock. He is a happy boy who loves ' +
      'running after his big sister. Will he stop walking, and how long do boys with Duchenne ' +
      'live nowadays? We read about new gene therapies. Are there any clinical trials, like ' +
      'for exon skipping, that he could join? Thank you for reading.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  {
    // "what gene is mutated in wilsons disease" -> genetic_changes (which gene)
    message: 'what gene is mutated in wilsons disease',
    focus: 'Wilson disease',
    types: ['genetic_changes'],
  },
  {
    // "what does PKU actually mean" -> information (what the condition is)
    // "how do they confirm it" -> diagnosis (how it is confirmed)
    subject: 'newborn screen positive for PKU',
    message:
      "The hospital called and said our son's newborn screening was positive for PKU. " +
      'What does PKU actually mean? And how do they confirm it, is it another heel prick?',
    focus: 'phenylketonuria',
    types: ['information', 'diagnosis'],
  },
  {
    // "Could this be Tourette's" -> diagnosis (whether signs could be it)
    message:
      'My 8 yr old started blinking really hard and clearing his throat over and over ' +
      'about 6 months ago. Now he also jerks his shoulder. His teacher noticed too. Could this ' +
      "be Tourette's?",
    focus: 'Tourette syndrome',
    types: ['diagnosis'],
  },
  {
    // "can lupus damage my kidneys" -> complications (organ damage)
    // "is it going to keep getting worse" -> prognosis (course)
    message:
      "Hi, I'm 26 (female) and was diagnosed with SLE in March. Joint pain and rash " +
      'mostly. Can lupus damage my kidneys? And is it going to keep getting worse as I get ' +
      'older?',
    focus: 'lupus',
    types: ['complications', 'prognosis'],
  },
  {
    // "vitamin d deficiency and multiple sclerosis link?" -> association (exposure link)
    message: 'vitamin d deficiency and multiple sclerosis link?',
    focus: 'multiple sclerosis',
    types: ['association'],
  },
  {
    // "Does myasthenia gravis cause trouble swallowing" -> symptoms (whether a sign belongs to it)
    subject: 'Myasthenia gravis',
    message:
      'Does myasthenia gravis cause trouble swallowing? My mom has it and chokes on food ' + 'sometimes.',
    focus: 'myasthenia gravis',
    types: ['symptoms'],
  },
  {
    // "is hidradenitis supurativa contagious" -> susceptibility (catching it)
    message: 'is hidradenitis supurativa contagious? my boyfriend is scared he can get it from ' + 'me',
    focus: 'hidradenitis suppurativa',
    types: ['susceptibility'],
  },
  {
    // "Does he need to avoid sports" -> lifestyle (sport)
    // "can it cause heart problems later in life" -> complications (later problems)
    subject: 'After Kawasaki disease',
    message:
      'Our son had Kawasaki disease when he was 3 and got IVIG in hospital. His last echo ' +
      'was normal. Now he is 6 and wants to start soccer. Does he need to avoid sports? And ' +
      'can it cause heart problems later in life even if the echo is fine?',
    focus: 'Kawasaki disease',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Is there a support group or parents organization" -> find_specialist (support group)
    subject: 'Neurofibromatosis type 1 - support for parents',
    message:
      'Our daughter (7) has NF1 with lots of cafe au lait spots and some learning ' +
      'problems. Is there a support group or parents organization we could contact? Thank you.',
    focus: 'neurofibromatosis type 1',
    types: ['find_specialist'],
  },
  {
    // "Is the constant hunger part of the syndrome" -> symptoms (whether a sign belongs to it)
    // "is there a gene test to be sure" -> diagnosis (test to confirm)
    // "is there any medicine for the hunger" -> treatment (medicine)
    message:
      'Good afternoon. I am writing about my grandson Tomas, he is 5. He was very floppy ' +
      'as a baby and could not feed well, and now he is hungry all the time, he even takes ' +
      'food out of the garbage. His pediatrician mentioned Prader Willi syndrome but nothing ' +
      'is confirmed yet and my daughter is exhausted. Is the constant hunger part of the ' +
      'syndrome? Is there a gene test to be sure? And is there any medicine for the hunger? We ' +
      'lock the fridge now. God bless you for your work.',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'diagnosis', 'treatment'],
  },
  {
    // "am I still allowed to drive" -> lifestyle (daily life: driving)
    // "what causes narcolepsy in the first place" -> cause (why it happens)
    message:
      'Just got diagnosed with narcolepsy after a sleep study. I commute 40 min each way. ' +
      'Am I still allowed to drive? And what causes narcolepsy in the first place?',
    focus: 'narcolepsy',
    types: ['lifestyle', 'cause'],
  },
  {
    // "does polycystic kidney disease skip generations" -> inheritance (how it runs in families)
    // "Is there a scan or test to know if I have it" -> diagnosis (test)
    subject: 'polycystic kidney disease - does it skip?',
    message:
      'My grandfather had polycystic kidney disease and was on dialysis, but my mom ' +
      "doesn't have it. Does polycystic kidney disease skip generations? Is there a scan or " +
      'test to know if I have it before I get any symptoms?',
    focus: 'polycystic kidney disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "How is TSC confirmed, is there a genetic test" -> diagnosis (how it is confirmed)
    // "where can we find a TSC clinic in the UK" -> find_specialist (clinic)
    message:
      'Our baby girl was born with tumours in her heart (rhabdomyomas) and the ' +
      'cardiologist says it might be tuberous sclerosis. How is TSC confirmed, is there a ' +
      'genetic test? And where can we find a TSC clinic in the UK? We are near Leeds.',
    focus: 'tuberous sclerosis complex',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "how long is my pen good for once I open it" -> storage_disposal (storing)
    // "does the one I'm using have to stay in the fridge" -> storage_disposal (storing; same type)
    subject: 'Lantus (insulin glargine) pen',
    message:
      "how long is my pen good for once I open it? and does the one I'm using have to " +
      'stay in the fridge?',
    focus: 'insulin glargine',
    types: ['storage_disposal'],
  },
  {
    // "How does it work" -> indication (how a medicine works)
    // "can I stop it early if I feel better" -> drug_usage (stopping)
    message:
      'My doctor gave me prednisone 40mg for 5 days for an asthma flare. How does it ' +
      'work? I already feel better after 2 days, can I stop it early?',
    focus: 'prednisone',
    types: ['indication', 'drug_usage'],
  },
  {
    // "is grapefruit juice ok with atorvastatin" -> interactions (medicine with food)
    // "could the aches in my legs be from it" -> side_effects (whether a problem comes from the medicine)
    subject: 'atorvastatin',
    message:
      'is grapefruit juice ok with atorvastatin? i have a glass every breakfast. also ' +
      'could the aches in my legs be from it, started around when i began the statin',
    focus: 'atorvastatin',
    types: ['interactions', 'side_effects'],
  },
  {
    // "Do gabapentin capsules have gelatin in them" -> ingredients (what it contains)
    message: 'Do gabapentin capsules have gelatin in them? I am strict vegetarian.',
    focus: 'gabapentin',
    types: ['ingredients'],
  },
  {
    // "It is safe for the baby if I continue" -> contraindications (pregnancy)
    subject: 'hydroxychloroquine and pregnancy',
    message:
      'Hello, I take hydroxychloroquine (Plaquenil) 200mg two times for my lupus and now ' +
      'I find out I am pregnant 6 weeks. It is safe for the baby if I continue?',
    focus: 'hydroxychloroquine',
    types: ['contraindications'],
  },
  {
    // "How do I get rid of the old ones" -> storage_disposal (throwing away)
    // "will insurance pay for a second set" -> other (insurance)
    message:
      "My son's epinephrine auto-injectors expire next month. How do I get rid of the " +
      'old ones, can they go in the trash? And will insurance pay for a second set so he can ' +
      'keep one at school?',
    focus: 'epinephrine',
    types: ['storage_disposal', 'other'],
  },
  {
    // "Can I get lyme disease from a tick that was on me less than a day" -> susceptibility (catching it)
    // "should I get a blood test now" -> diagnosis (test)
    subject: 'tick bite',
    message:
      'Pulled a tick off the back of my knee this morning after hiking, it was small and ' +
      'probably on me less than a day. Can I get lyme disease from a tick that was on me less ' +
      'than a day? Should I get a blood test now?',
    focus: 'Lyme disease',
    types: ['susceptibility', 'diagnosis'],
  },
  {
    // "Is this a cancer" -> information (what the condition is)
    // "How many time take to recover" -> prognosis (recovery)
    // "Exist new medicines in study" -> research (new treatments researched)
    message:
      'Hello doctor. I am from Brazil, sorry my english is not good. My sister have ' +
      'sarcoidosis in the lungs, the doctor find it on x-ray. She is 34. Is this a cancer? How ' +
      'many time take to recover? Exist new medicines in study for this? Thank you very much.',
    focus: 'sarcoidosis',
    types: ['information', 'prognosis', 'research'],
  },
  {
    // "Which gene is it" -> genetic_changes (which gene)
    // "can we prevent the fever attacks" -> prevention (preventing attacks)
    // "is it contagious" -> susceptibility (catching it)
    subject: 'FMF in my son',
    message:
      'We are Armenian family and our son (9) has familial mediterranean fever, he gets ' +
      'fever and belly pain every few weeks. Which gene is it? Can we prevent the fever ' +
      'attacks? His teacher asked me if it is contagious for other kids, is it?',
    focus: 'familial Mediterranean fever',
    types: ['genetic_changes', 'prevention', 'susceptibility'],
  },
  {
    // "Addison's disease vs Cushing's - what's the difference" -> information (difference)
    message: "Addison's disease vs Cushing's - what's the difference?",
    focus: 'Addison disease',
    types: ['information'],
  },
  {
    // "Can cystic fibrosis be cured" -> treatment (cure)
    // "how long do people with CF live these days" -> prognosis (life expectancy)
    // "should my wife and I get tested before we have kids" -> diagnosis (relatives tested)
    subject: 'nephew with CF',
    message:
      'Hi, my nephew was just diagnosed with CF at 3 weeks old through the newborn ' +
      'screen. Can cystic fibrosis be cured? How long do people with CF live these days? My ' +
      'wife and I are planning to start a family, should we get tested before we have kids?',
    focus: 'cystic fibrosis',
    types: ['treatment', 'prognosis', 'diagnosis'],
  },
  {
    // "can I catch shingles from my grandson" -> susceptibility (catching it)
    // "is the shingles vaccine worth getting" -> prevention (preventing it)
    // "what does the rash look like at the start" -> symptoms (what it looks like)
    message:
      'My grandson has chickenpox and I babysit him every day. I am 62 and had chickenpox ' +
      'as a kid. Can I catch shingles from my grandson? Is the shingles vaccine worth getting ' +
      'at my age? And what does the rash look like at the start so I know?',
    focus: 'shingles',
    types: ['susceptibility', 'prevention', 'symptoms'],
  },
  {
    // "How much ibuprofen can I take in a day" -> drug_usage (dose)
    // "will it hurt my stomach" -> side_effects (side effect)
    // "is it ok with my lisinopril" -> interactions (medicine with another medicine)
    subject: 'ibuprofen for back pain',
    message:
      'Hurt my back moving furniture. How much ibuprofen can I take in a day? Will it ' +
      'hurt my stomach if I take it for a week? And is it ok with my lisinopril for blood ' +
      'pressure?',
    focus: 'ibuprofen',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  {
    // "can raynauds turn into scleroderma or something worse" -> complications (turns into another)
    subject: 'white fingers in the cold',
    message:
      "My fingers go white then blue when its cold, doctor says Raynaud's phenomenon. " +
      'can raynauds turn into scleroderma or something worse?',
    focus: 'Raynaud phenomenon',
    types: ['complications'],
  },
];
