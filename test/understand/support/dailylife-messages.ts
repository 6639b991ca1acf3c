/**
 * "dailylife" set. Messages asking about daily life with a condition (food and drink, sport, school trips,
 * work and lifting, travel and flying, driving, holidays in the heat, sleep, pets, sex and relationships)
 * beside other questions. Written by someone who had read neither the understanding or retrieval code nor
 * any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once when it was added, before any change made for it (focus
 * 1.000, type F1 0.661). Scored by dailylife.test.ts and by `npx tsx test/understand/support/score-messages.ts --dailylife --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DAILYLIFE_MESSAGES: ConsumerMessage[] = [
  {
    // "Can she eat anything there, or should I pack her own food?" -> lifestyle (food at a party)
    subject: 'Birthday party',
    message:
      "Hi, my daughter Lily is 7 and has PKU. She has been invited to a friend's birthday party at a pizza restaurant next Saturday and she is so excited. Can she eat anything there, or should I pack her own food? Thanks.",
    focus: 'PKU',
    types: ['lifestyle'],
  },
  {
    // "Can she still have oats in her porridge?" -> lifestyle (diet)
    // "Does she need a separate toaster from the rest of us?" -> lifestyle (daily life in the kitchen; same type)
    // "If she slips up now and again, can it damage her bones?" -> complications (problem it leads to when not kept to the diet)
    subject: 'Mum newly diagnosed',
    message:
      'My mum is 74 and was diagnosed with celiac disease last month after years of tummy trouble. She has had porridge every morning of her life. Can she still have oats in her porridge? Does she need a separate toaster from the rest of us when she stays? And if she slips up now and again with a biscuit, can it damage her bones? She already has osteopenia.',
    focus: 'celiac disease',
    types: ['lifestyle', 'complications'],
  },
  {
    // "What do we need to plan so that she can take part safely?" -> lifestyle (school trip, activities)
    message:
      'I teach a Year 5 class and one of my pupils has type 1 diabetes. In May we go on a three-day residential trip to an outdoor centre with canoeing, climbing and a night walk. Her mum is happy for her to go but I have never done this before. What do we need to plan so that she can take part safely?',
    focus: 'type 1 diabetes',
    types: ['lifestyle'],
  },
  {
    // "How long do I have to wait before I can drive?" -> lifestyle (driving)
    // "Am I allowed to go swimming with my mates?" -> lifestyle (sport; same type)
    // "Is it likely to go away?" -> prognosis (course, whether he recovers)
    message:
      "I'm 19 and had my first seizure in March at work, then another two in the summer. The neurologist says it is epilepsy and I've started on tablets. I was about to take my driving test. How long do I have to wait before I can drive? Am I allowed to go swimming with my mates? Is it likely to go away as I get older?",
    focus: 'epilepsy',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Is rugby completely out for him?" -> lifestyle (contact sport)
    // "Could his little sister be a carrier?" -> inheritance (carriers)
    subject: 'Rugby',
    message:
      'Good evening. Our son is 10, he has severe hemophilia A and has prophylaxis injections three times a week. His two big brothers play rugby and he wants to join the club more than anything. Is rugby completely out for him, and if so what sports do the specialists suggest instead? Also, could his little sister be a carrier? Thank you for any help.',
    focus: 'hemophilia',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "Does he need extra salt in the heat, and how much?" -> lifestyle (holiday in the heat, diet)
    message:
      'We are going to Spain for two weeks in August with our 4 year old who has cystic fibrosis. It will be 35 degrees. Does he need extra salt in the heat, and how much?',
    focus: 'cystic fibrosis',
    types: ['lifestyle'],
  },
  {
    // "Should I be looking for a different job?" -> lifestyle (work and lifting)
    // "Is lifting weights at the gym safe at all?" -> lifestyle (exercise; same type)
    // "Is the widening going to get worse as I get older?" -> prognosis (whether it gets worse)
    message:
      "I was diagnosed with Marfan syndrome at 32 after a scan showed my aortic root is slightly widened. I'm on losartan. I work in a warehouse and lift heavy boxes all day long. Should I be looking for a different job? Is lifting weights at the gym safe at all, even light ones? And is the widening going to get worse as I get older?",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Is it safe for me to take this flight?" -> lifestyle (travel, flying)
    // "How can I stop a crisis coming while I am there?" -> prevention (preventing attacks)
    subject: 'Flying to Lagos',
    message:
      'Hello. I am 24 years and I have sickle cell disease, I take hydroxyurea every day since two years. My cousin is marrying in Lagos in December and it is 6 hours flight from London. Is it safe for me to take this flight? Last time I travel I was in hospital one week. How can I stop a crisis coming while I am there? Thank you very much.',
    focus: 'sickle cell disease',
    types: ['lifestyle', 'prevention'],
  },
  {
    // "Would living somewhere that hot be a bad idea for him?" -> lifestyle (daily life in the heat)
    message:
      'My husband has myasthenia gravis, well controlled on pyridostigmine. We are both retiring next year and have our eye on a little house in Cyprus, where the summers are very hot. Would living somewhere that hot be a bad idea for him?',
    focus: 'myasthenia gravis',
    types: ['lifestyle'],
  },
  {
    // "Should I ask to come off nights, or keep going as long as I can?" -> lifestyle (work)
    // "Is there any research into drugs that repair the myelin?" -> research (treatments being researched)
    message:
      'I am a staff nurse on a busy medical ward and was diagnosed with relapsing multiple sclerosis two years ago. Since then night shifts leave me wiped out for days. Should I ask to come off nights, or keep going as long as I can? On a more hopeful note, is there any research into drugs that repair the myelin?',
    focus: 'multiple sclerosis',
    types: ['lifestyle', 'research'],
  },
  {
    // "Is it safe for her to share the driving?" -> lifestyle (driving)
    subject: 'Road trip with my best friend',
    message:
      "My best friend has narcolepsy and takes medicine for it. We're planning a two-week road trip around Scotland this summer and she wants to split the driving 50/50. She says she's fine if she naps. Is it safe for her to share the driving?",
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  {
    // "Should she keep going with gymnastics?" -> lifestyle (sport)
    // "Could she pass it on to her own children one day?" -> inheritance (runs in families)
    message:
      "My 12 year old has hypermobile Ehlers-Danlos syndrome and she's a competitive gymnast, training 12 hours a week. Her physio says she should stop, her coach says the training keeps her strong. I feel stuck in the middle. Should she keep going with gymnastics? She also asked me last night something I couldn't answer: could she pass it on to her own children one day?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "Which food he must not eat?" -> lifestyle (diet)
    // "Will he be sick all his life from this?" -> prognosis (outlook)
    message:
      'Hello doctor, my baby boy is 8 month, the newborn test found G6PD deficiency. In my family we cook beans a lot, every week. Which food he must not eat? Soon he start eating same like us. Will he be sick all his life from this? Please answer, I am worry.',
    focus: 'G6PD deficiency',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "What can she safely eat when she stays with her grandparents?" -> lifestyle (food)
    message:
      'Our 3 year old has just been diagnosed with hereditary fructose intolerance after months of vomiting and not growing. My in-laws love to spoil her with juice, fruit and sweets, and she stays with them every Friday. What can she safely eat when she stays with her grandparents? I want to give them a clear list.',
    focus: 'hereditary fructose intolerance',
    types: ['lifestyle'],
  },
  {
    // "Is chocolate off the menu now?" -> lifestyle (diet)
    subject: 'chocolate??',
    message:
      "I'm 17 and just got told I have Wilson disease. I'm on zinc tablets. Is chocolate off the menu now? Please say no.",
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  {
    // "Do I have to give up beer completely, or is the odd pint OK?" -> lifestyle (drink)
    message:
      'Had my first gout attack a month ago, big toe, absolute agony. I like a few pints at the weekend with the lads after five-a-side. Do I have to give up beer completely, or is the odd pint OK?',
    focus: 'gout',
    types: ['lifestyle'],
  },
  {
    // "Do I really have to rehome them?" -> lifestyle (pets)
    // "Is there a blood test to see if I've already had it?" -> diagnosis (test)
    // "What could it do to the baby if I caught it now?" -> complications (problems it leads to)
    subject: 'Cats and pregnancy',
    message:
      "I'm 10 weeks pregnant with our first and we have two indoor-outdoor cats who are basically our children. Everyone keeps telling me to rehome them because of toxoplasmosis. Do I really have to rehome them? Is there a blood test to see if I've already had it? And what could it do to the baby if I caught it now?",
    focus: 'toxoplasmosis',
    types: ['lifestyle', 'diagnosis', 'complications'],
  },
  {
    // "Does he have to stop running?" -> lifestyle (sport)
    message:
      'My husband is 45 and has just been told he has hypertrophic cardiomyopathy after an ECG at a sports check. He has run twelve marathons and running is his whole identity. Does he have to stop running?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['lifestyle'],
  },
  {
    // "Would you advise us to let her go on the ski trip?" -> lifestyle (school trip, sport)
    subject: 'School ski trip',
    message:
      'Our 8 year old has osteogenesis imperfecta type I. She has had six fractures so far, mostly arms. Her school is organising a week-long ski trip to Austria and all her friends are going. The teachers are nervous and have left it to us. Would you advise us to let her go on the ski trip?',
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle'],
  },
  {
    // "Should I hire a wheelchair for the day trips?" -> lifestyle (outings, daily life)
    // "How long will he be able to keep walking?" -> prognosis (whether he will walk)
    // "Are there any new drugs being tested?" -> research (trials)
    message:
      'Dear Sir or Madam, my grandson has Duchenne muscular dystrophy. He is 9 and still walking but tires very quickly. I would like to take him to the zoo and the seaside this summer while his parents work. Should I hire a wheelchair for the day trips, or will that make him walk less? How long will he be able to keep walking? I have also read about new drugs in the paper. Are there any new drugs being tested that he could be part of? With thanks, a worried Nana.',
    focus: 'Duchenne muscular dystrophy',
    types: ['lifestyle', 'prognosis', 'research'],
  },
  {
    // "Any tips on food and water while I'm travelling?" -> lifestyle (travel, diet)
    // "What should I do if I get a flare while I'm away?" -> treatment (managing it)
    subject: 'Backpacking',
    message:
      "I have Crohn's disease, stable for a year on infliximab. I'm planning a three-week backpacking trip in Thailand and Vietnam with my girlfriend. Any tips on food and water while I'm travelling? What should I do if I get a flare while I'm away?",
    focus: "Crohn's disease",
    types: ['lifestyle', 'treatment'],
  },
  {
    // "Is it safe for me to go somewhere that sunny?" -> lifestyle (holiday in the heat)
    // "Can the sun set off a flare?" -> cause (what brings on its attacks)
    subject: 'Sunshine holiday',
    message:
      'I have lupus and my friends have booked a week in Crete in July for my 30th. Is it safe for me to go somewhere that sunny? Can the sun set off a flare?',
    focus: 'lupus',
    types: ['lifestyle', 'cause'],
  },
  {
    // "How can we let him join in with outdoor play and sports day safely?" -> lifestyle (school)
    message:
      'I am head teacher of a small village primary school. In September we will welcome a pupil with xeroderma pigmentosum. His parents are lovely and very organised but we want to get things right from our side. How can we let him join in with outdoor play and sports day safely?',
    focus: 'xeroderma pigmentosum',
    types: ['lifestyle'],
  },
  {
    // "Is that a daft idea with my hands?" -> lifestyle (work)
    // "Is there a link between scleroderma and Raynaud phenomenon?" -> association (link between two conditions)
    message:
      "I've had Raynaud phenomenon since I was a teenager, my fingers go white then blue in the cold. I've just been offered a good job in a frozen food warehouse. Is that a daft idea with my hands? My aunt has scleroderma. Is there a link between scleroderma and Raynaud phenomenon?",
    focus: 'Raynaud phenomenon',
    types: ['lifestyle', 'association'],
  },
  {
    // "Are there any dog breeds that are OK for a child with asthma?" -> lifestyle (pets)
    message:
      'My son is 8 and has asthma, on a brown inhaler morning and night. He has been begging for a puppy for two years. Are there any dog breeds that are OK for a child with asthma?',
    focus: 'asthma',
    types: ['lifestyle'],
  },
  {
    // "It is possible for me to run the half marathon?" -> lifestyle (sport)
    message:
      "Good day. I have Addison's disease since 5 years and take hydrocortisone three times in the day. My colleagues make a team for the city half marathon in October and they ask me to join. It is possible for me to run the half marathon with Addison's disease? I don't want to be a problem for the team.",
    focus: "Addison's disease",
    types: ['lifestyle'],
  },
  {
    // "How long can she safely go without food overnight?" -> lifestyle (sleepover, eating)
    message:
      "My 9 year old daughter has MCAD deficiency. She's been invited to her first sleepover and I'm terrified they'll stay up late and skip breakfast. How long can she safely go without food overnight?",
    focus: 'MCAD deficiency',
    types: ['lifestyle'],
  },
  {
    // "Is skiing sensible for me?" -> lifestyle (holiday, sport)
    message:
      "I am 68, have atrial fibrillation and take apixaban twice a day. The family have booked a skiing holiday in the Alps in February. I've skied all my life but my wife is worried about falls and the altitude. Is skiing sensible for me with atrial fibrillation?",
    focus: 'atrial fibrillation',
    types: ['lifestyle'],
  },
  {
    // "Does he need to stop eating his greens?" -> interactions (medicine with food)
    subject: 'Dad and his vegetables',
    message:
      'Dad is 81 and has been on warfarin since his heart valve operation. He grows all his own veg and eats mountains of spinach, kale and broccoli all summer. His neighbour told him greens cancel out the warfarin. Does he need to stop eating his greens?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "Can I get my ears pierced?" -> lifestyle (daily life)
    message: "I'm 16 and have von Willebrand disease type 1. Can I get my ears pierced like my friends?",
    focus: 'von Willebrand disease',
    types: ['lifestyle'],
  },
  {
    // "What is the best kind of mattress and sleeping position?" -> lifestyle (sleep)
    message:
      'What is the best kind of mattress and sleeping position for someone with ankylosing spondylitis? I wake at 3am every night stiff as a board.',
    focus: 'ankylosing spondylitis',
    types: ['lifestyle'],
  },
  {
    // "Any tips for getting through the flight?" -> lifestyle (travel, flying)
    subject: 'Long flight',
    message:
      "Long-haul flights are torture with my restless legs syndrome. We have a 22-hour journey to see our daughter and new grandson in Australia in the spring, and I can't face it. Any tips for getting through the flight?",
    focus: 'restless legs syndrome',
    types: ['lifestyle'],
  },
  {
    // "Is trampolining safe for her?" -> lifestyle (sport, play)
    message:
      'Our daughter is 4 and has achondroplasia. All her cousins have a big trampoline in the garden and she wants to join in, but someone at playgroup said it is bad for her neck. Is trampolining safe for her?',
    focus: 'achondroplasia',
    types: ['lifestyle'],
  },
  {
    // "Is alcohol allowed with it?" -> interactions (medicine with alcohol)
    // "Is it safe to get pregnant while I'm on it?" -> contraindications (pregnancy)
    message:
      "I've just been started on methotrexate injections once a week for my rheumatoid arthritis. My sister's wedding is in June and I'd like to join in the toast. Is alcohol allowed with it? Also my husband and I had hoped for another baby in a year or two. Is it safe to get pregnant while I'm on it?",
    focus: 'methotrexate',
    types: ['interactions', 'contraindications'],
  },
  {
    // "Is a trip like this sensible with hereditary angioedema?" -> lifestyle (travel)
    // "Could the stress of travelling bring on a swelling attack?" -> cause (what brings on its attacks)
    message:
      'I have hereditary angioedema and always carry icatibant. My partner and I are planning a trek in Peru next year, up at altitude and days from a hospital. Is a trip like this sensible with hereditary angioedema? Could the stress of travelling bring on a swelling attack?',
    focus: 'hereditary angioedema',
    types: ['lifestyle', 'cause'],
  },
  {
    // "What kind of PE activities would be safe for her?" -> lifestyle (school sport)
    // "If she has children one day, would they have FOP too?" -> inheritance (chance a child has it)
    subject: 'PE at the new school',
    message:
      'My daughter is 11 and has FOP. She is moving to secondary school and they want her to join PE lessons, which she would love. What kind of PE activities would be safe for her? She has also started asking me: if she has children one day, would they have FOP too?',
    focus: 'FOP',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "Is it safe for him to keep driving?" -> lifestyle (driving)
    // "Is there a support group for families like ours?" -> find_specialist (support groups)
    message:
      "My father has Huntington's disease, mid stage now. He still drives every day to the shops and refuses to hand over the keys. He has had two small bumps this year. Is it safe for him to keep driving? And is there a support group for families like ours? We are exhausted.",
    focus: "Huntington's disease",
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "Would we be better off sleeping in separate beds?" -> lifestyle (sleep, relationship)
    // "Is acting out dreams part of Parkinson's disease?" -> symptoms (whether a sign belongs to it)
    message:
      "I'm 66 and take levodopa for Parkinson's disease. My sleep has gone to pot. I shout and kick in my sleep and last week I caught my wife on the cheek. Would we be better off sleeping in separate beds? Is acting out dreams part of Parkinson's disease?",
    focus: "Parkinson's disease",
    types: ['lifestyle', 'symptoms'],
  },
  {
    // "Is it safe for us to keep having sex, or could that make the curve worse?" -> lifestyle (sex)
    // "What treatments are there apart from surgery?" -> treatment (therapies)
    subject: 'Private question',
    message:
      "I'm 55 and was diagnosed with Peyronie's disease in the spring. Sex has become painful for my wife and awkward for me. Is it safe for us to keep having sex, or could that make the curve worse? What treatments are there apart from surgery?",
    focus: "Peyronie's disease",
    types: ['lifestyle', 'treatment'],
  },
  {
    // "Does he have to get rid of his birds?" -> lifestyle (pets)
    // "Can my mum or the grandchildren catch it from him?" -> susceptibility (whether someone can catch it)
    message:
      'Dad has kept budgies and canaries for forty years, they are his pride and joy. He has just come out of hospital after a bad pneumonia that turned out to be psittacosis. Does he have to get rid of his birds? Can my mum or the grandchildren catch it from him?',
    focus: 'psittacosis',
    types: ['lifestyle', 'susceptibility'],
  },
];
