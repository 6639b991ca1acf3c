/**
 * "access" set. Messages about getting care from rural areas, small countries or long waiting lists: where to
 * find a specialist, a clinic, a support group, a trial or a second opinion, with questions about the condition.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.890). Scored by access.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --access --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ACCESS_MESSAGES: ConsumerMessage[] = [
  // why: "is there a doctor or a center anywhere in the region that specializes in this" asks for a specialist; the rest is story
  {
    subject: 'Wilson disease doctor?',
    message:
      'We live on a farm three hours from the nearest city. Our daughter is 16 and her liver tests came back strange, and now the GP says it might be Wilson disease. He has never seen a case in 30 years. Is there a doctor or a center anywhere in the region that specializes in this?',
    focus: 'Wilson disease',
    types: ['find_specialist'],
  },
  // why: "are there any clinical trials he could join" asks research; "how long do people usually live with this" asks prognosis
  {
    message:
      'hi, my husband was diagnosed with ALS in march. the neurologist in our town says there is nothing more to do except the riluzole he is already on. are there any clinical trials he could join? and how long do people usually live with this? thank you',
    focus: 'ALS',
    types: ['research', 'prognosis'],
  },
  // why: "what is this disease exactly" asks information; "should he have a genetic test to be sure" asks diagnosis; "any specialist in Europe we could contact" asks find_specialist
  {
    subject: 'Grandson in Iceland',
    message:
      'I am writing from Iceland. My grandson is 4. His big toes have been short and bent since he was born, and now he has hard lumps on his back that came up after a fall. A doctor in Reykjavik mentioned fibrodysplasia ossificans progressiva but nobody here has ever treated it. What is this disease exactly? Should he have a genetic test to be sure? And is there any specialist in Europe we could contact? His grandmother and I are very worried.',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information', 'diagnosis', 'find_specialist'],
  },
  // why: "is there a support group for parents" asks find_specialist (support groups)
  {
    message:
      'Is there a support group for parents of children with Angelman syndrome? We are in rural Saskatchewan and we feel very alone with this.',
    focus: 'Angelman syndrome',
    types: ['find_specialist'],
  },
  // why: "is there a test my GP could order himself" asks diagnosis; "can it affect my breathing if it goes untreated" asks complications
  {
    message:
      'I have been on the waiting list for a neurologist for 11 months now. My GP thinks I may have myasthenia gravis because my eyelids droop by the evening and I see double when I am tired. Is there a test my GP could order himself while I wait? And can it affect my breathing if it goes untreated for that long?',
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'complications'],
  },
  // why: "what should she do about the doses she missed" asks how to take the medicine (missed doses)
  {
    message:
      'My mum lives on a small island and the pharmacy has run out of her pyridostigmine. The next boat with supplies comes Thursday. She has already missed two doses today. What should she do about the doses she missed?',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: "what are my chances" asks inheritance; "where can I get genetic counseling" asks find_specialist; "anything being researched to slow it down" asks research
  {
    subject: 'HD testing and counselling',
    message:
      "My father has Huntington's disease. I'm 27 and I want to know whether I will get it too - what are my chances? I read that you should see a genetic counselor before being tested, but the closest one is in another state. Where can I get genetic counseling without travelling that far? Also, is there anything being researched to slow it down?",
    focus: "Huntington's disease",
    types: ['inheritance', 'find_specialist', 'research'],
  },
  // why: "any treatment that can be taken as pills at home" asks treatment; "is there a patient association" asks find_specialist
  {
    message:
      'Our son was diagnosed with Gaucher disease last year. We live in Malta and his enzyme infusions have to be arranged with a hospital abroad, which means flying every few weeks. Is there any treatment that can be taken as pills at home instead of the infusions? And is there a patient association for Gaucher families that could help us with all this?',
    focus: 'Gaucher disease',
    types: ['treatment', 'find_specialist'],
  },
  // why: "where can I get a second opinion from someone who sees a lot of sarcoidosis patients" asks find_specialist
  {
    subject: 'second opinion',
    message:
      "I was told I have sarcoidosis in my lungs, but the pulmonologist spent ten minutes with me and I'm not convinced. Where can I get a second opinion from someone who sees a lot of sarcoidosis patients?",
    focus: 'sarcoidosis',
    types: ['find_specialist'],
  },
  // why: "is there a blood test that could confirm it sooner" asks diagnosis; "does Rett also cause seizures" asks symptoms; "any therapy she should start now" asks treatment
  {
    message:
      'Our daughter is 2. She was developing normally, but over the last few months she stopped using her hands to play and keeps wringing them, and she lost the few words she had. The pediatrician mentioned Rett syndrome, but the genetics clinic has a 14 month waiting list. Is there a blood test that could confirm it sooner? Does Rett also cause seizures? And is there any therapy she should start now while we wait?',
    focus: 'Rett syndrome',
    types: ['diagnosis', 'symptoms', 'treatment'],
  },
  // why: "is there a sleep specialist ... who sees people with narcolepsy" asks find_specialist
  {
    message:
      'Is there a sleep specialist anywhere in the north of Scotland who sees people with narcolepsy? Glasgow is four hours each way and I am not allowed to drive at the moment.',
    focus: 'narcolepsy',
    types: ['find_specialist'],
  },
  // why: "are there CF care centers in Montana" asks find_specialist; "is it OK for him to help with the cattle and the hay" asks lifestyle (daily life)
  {
    subject: 'Moving to Montana with CF',
    message:
      "We are thinking of moving to a small town in Montana for my husband's job. Our son is 9 and has cystic fibrosis, and right now he is followed at a big children's hospital. Are there CF care centers in Montana, or would we have to go out of state? And is it OK for him to help with the cattle and the hay, with all the dust?",
    focus: 'cystic fibrosis',
    types: ['find_specialist', 'lifestyle'],
  },
  // why: "what is the outlook ... without a transplant" asks prognosis; "newer medicines being tested in trials" asks research
  {
    message:
      'My wife has pulmonary arterial hypertension. Our hospital in Cyprus wants to refer her for a lung transplant assessment, but the nearest program is in Greece and she is scared of going so far. What is the outlook for pulmonary arterial hypertension without a transplant? Are there newer medicines being tested in trials that might help her?',
    focus: 'pulmonary arterial hypertension',
    types: ['prognosis', 'research'],
  },
  // why: "can anyone recommend a doctor in New Zealand who diagnoses Ehlers-Danlos syndrome" asks find_specialist
  {
    subject: 'EDS in New Zealand',
    message:
      'Can anyone recommend a doctor in New Zealand who diagnoses Ehlers-Danlos syndrome? Every rheumatologist I have been referred to says they "don\'t do EDS". I\'m exhausted from being bounced around.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  // why: "what causes the pain crises" asks cause; "how can they be prevented" asks prevention; "a hematologist who does video visits" asks find_specialist
  {
    message:
      'My nephew has sickle cell disease and my sister just moved with him to a small town where the hospital has never treated a crisis. What causes the pain crises? How can they be prevented? And is there a hematologist who does phone or video visits for families who live far away?',
    focus: 'sickle cell disease',
    types: ['cause', 'prevention', 'find_specialist'],
  },
  // why: "is there a clinical trial for late-onset Pompe disease in Australia" asks research; "will I end up needing a ventilator" asks prognosis
  {
    message:
      "Is there a clinical trial for late-onset Pompe disease in Australia? I'm 44, diagnosed two years ago, living in Broken Hill, and my breathing is slowly getting worse. Will I end up needing a ventilator?",
    focus: 'Pompe disease',
    types: ['research', 'prognosis'],
  },
  // why: "do the capsules need to be kept cold" asks storage of the medicine
  {
    message:
      'We live off-grid and our solar fridge is not always reliable. My daughter takes hydroxyurea capsules for her sickle cell. Do the capsules need to be kept cold?',
    focus: 'hydroxyurea',
    types: ['storage_disposal'],
  },
  // why: "will he go blind" asks prognosis; "any gene therapy trials ... he might be able to join" asks research
  {
    subject: 'Stargardt - rural Ireland',
    message:
      'My 12 year old son has just been diagnosed with Stargardt disease. We are in a rural part of Co. Mayo and the eye clinic in Dublin is hard to get to. Will he go blind? Are there any gene therapy trials for Stargardt that he might be able to join?',
    focus: 'Stargardt disease',
    types: ['prognosis', 'research'],
  },
  // why: "who are the surgeons with the most experience operating on moyamoya disease" asks find_specialist
  {
    message:
      'Who are the surgeons with the most experience operating on moyamoya disease? Our local neurosurgeon has done two. I want my daughter to go to someone who does this all the time, even if we have to fly across the country.',
    focus: 'moyamoya disease',
    types: ['find_specialist'],
  },
  // why: "what blood test shows it" asks diagnosis; "can stress or dental work bring on the attacks" asks cause (what brings on attacks); "is there a patient group in the Baltics" asks find_specialist
  {
    subject: 'HAE in Estonia?',
    message:
      'I live in Estonia and I think I have hereditary angioedema. My mother and I both get swelling of the hands and face and terrible stomach attacks, but never hives. No one here has ever tested us. What blood test shows it? Can stress or dental work bring on the attacks? Is there a patient group for it in the Baltics?',
    focus: 'hereditary angioedema',
    types: ['diagnosis', 'cause', 'find_specialist'],
  },
  // why: "what happens if it's left untreated for a few months" asks complications; "can it be diagnosed with blood tests alone" asks diagnosis
  {
    message:
      "I live in a small Caribbean country and my endocrinologist thinks I may have acromegaly. The MRI machine here is broken and the next one is overseas. What happens if it's left untreated for a few months? Can it be diagnosed with blood tests alone?",
    focus: 'acromegaly',
    types: ['complications', 'diagnosis'],
  },
  // why: "are there any trials open for boys ... already in a wheelchair" asks research
  {
    subject: 'Trials for older boys',
    message:
      'Are there any trials open for boys with Duchenne muscular dystrophy who already use a wheelchair full time? Everything we find is for younger boys who can still walk. Our son is 14.',
    focus: 'Duchenne muscular dystrophy',
    types: ['research'],
  },
  // why: "is there a specialist Behcet's centre in the UK" asks find_specialist; "can it make me lose my sight" asks complications
  {
    message:
      "I was diagnosed with Behcet's disease three years ago - mouth and genital ulcers, and now my eyes keep getting inflamed. The rheumatologist in Aberystwyth is retiring and nobody is replacing him. Is there a specialist Behcet's centre in the UK I could be referred to? Can it make me lose my sight?",
    focus: "Behcet's disease",
    types: ['find_specialist', 'complications'],
  },
  // why: "is there a dietitian who does video calls for PKU families" asks find_specialist
  {
    message:
      "Our baby was picked up with PKU on the newborn screen. The metabolic clinic is six hours' drive away and we can't go every week. Is there a dietitian who does video calls for PKU families?",
    focus: 'PKU',
    types: ['find_specialist'],
  },
  // why: "is it passed from parent to child every time" asks inheritance; "should our daughter be tested" asks diagnosis; "is there a neuromuscular clinic in Tromso" asks find_specialist
  {
    message:
      'We live in a village in northern Norway. My wife has Charcot Marie Tooth, like her father had, and now our daughter (10) has started tripping a lot and her ankles turn. Is it passed from parent to child every time? Should our daughter be tested? Is there a neuromuscular clinic in Tromso or do we have to go to Oslo?',
    focus: 'Charcot Marie Tooth',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: "any hospital or program abroad that treats children from countries like ours" asks find_specialist; "how long do babies with type 1 live" asks prognosis
  {
    message:
      'Our baby girl has spinal muscular atrophy type 1. We are in Armenia and the new medicines are not available here. Is there any hospital or program abroad that treats children from countries like ours? How long do babies with type 1 live without those medicines? Please, we will go anywhere.',
    focus: 'spinal muscular atrophy',
    types: ['find_specialist', 'prognosis'],
  },
  // why: "is there a TSC clinic there" asks find_specialist; "will his seizures stop as he gets older" asks prognosis
  {
    subject: 'TSC clinic near Brisbane?',
    message:
      'My son has tuberous sclerosis and his seizures started at 6 months. We live two hours out of Brisbane. Is there a TSC clinic there? Will his seizures stop as he gets older?',
    focus: 'tuberous sclerosis',
    types: ['find_specialist', 'prognosis'],
  },
  // why: "what is Castleman disease" asks information
  {
    message:
      "What is Castleman disease? My best friend was just told she has it. She lives on the other side of the world now and I can't get a straight answer from anybody.",
    focus: 'Castleman disease',
    types: ['information'],
  },
  // why: "should the rest of the family get tested" asks diagnosis (relatives being tested); "where could we do it here on the islands" asks find_specialist
  {
    message:
      'My cousin was diagnosed with Fabry disease in Lisbon. The rest of us all live in the Azores. Should the rest of the family get tested, and where could we do it here on the islands?',
    focus: 'Fabry disease',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "can the infusion be given at home" asks how the medicine is given; "does it raise his risk of meningitis" asks side_effects; "will insurance cover the home nurse" asks other (insurance)
  {
    subject: 'Soliris at home?',
    message:
      'My husband has PNH and is on eculizumab infusions every two weeks, which means a five hour round trip to the hospital each time. Can the infusion be given at home by a visiting nurse? Does the eculizumab raise his risk of meningitis? The hospital mentioned a vaccine. And will our insurance cover a home nurse?',
    focus: 'eculizumab',
    types: ['drug_usage', 'side_effects', 'other'],
  },
  // why: "are there clinical trials for Friedreich's ataxia in South America" asks research
  {
    message:
      "Are there clinical trials for Friedreich's ataxia in South America? My sister is 19 and lives in Paraguay, and her doctors there have told her to look abroad.",
    focus: "Friedreich's ataxia",
    types: ['research'],
  },
  // why: "is it true it can damage the lungs and kidneys" asks complications; "is there an online support group" asks find_specialist
  {
    subject: 'far from a rheumatologist',
    message:
      'I was diagnosed with scleroderma last year. The only rheumatologist in my province comes once a month and the appointments are very short. Is it true it can damage the lungs and kidneys? Also, is there an online support group for people with scleroderma? I have never met anyone else with it.',
    focus: 'scleroderma',
    types: ['complications', 'find_specialist'],
  },
  // why: "could I have it too" asks a sibling's chance (inheritance); "is there a simple test" asks diagnosis; "is there a specialist alpha-1 clinic in Ontario" asks find_specialist
  {
    message:
      "My brother was found to have alpha-1 antitrypsin deficiency at 45, after years of being told it was asthma. I'm his sister, I have never smoked and I feel fine. Could I have it too? Is there a simple test for it? And is there a specialist alpha-1 clinic in Ontario - our regional hospital had never heard of it.",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: "is there anything that can be done for the vertigo attacks in the meantime" asks treatment
  {
    message:
      "I've been on the ENT waiting list for 14 months with what my GP thinks is Meniere's disease. Is there anything that can be done for the vertigo attacks in the meantime? I've had to stop working.",
    focus: "Meniere's disease",
    types: ['treatment'],
  },
  // why: "how can they tell the two apart" asks diagnosis; "which hospital in Canada sees NMO patients" asks find_specialist
  {
    subject: 'MS or NMO?',
    message:
      'My daughter (23) had optic neuritis and then an attack in her spinal cord. The neurologist in our town says MS, but I have been reading about neuromyelitis optica and the treatments are different. How can they tell the two apart? Which hospital in Canada sees NMO patients? We are in northern Manitoba.',
    focus: 'neuromyelitis optica',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "is there an organization that helps families" asks find_specialist (patient organizations)
  {
    message:
      'My newborn granddaughter has epidermolysis bullosa. Her skin blisters if you just hold her. We are in rural Kenya. Is there an organization that helps families with this condition?',
    focus: 'epidermolysis bullosa',
    types: ['find_specialist'],
  },
  // why: "could this be von Willebrand" asks diagnosis; "anything that can help my periods until then" asks treatment
  {
    message:
      'im 17 and i get really heavy periods and nosebleeds that go on forever. my aunt has von Willebrand disease. my doctor wants me to see a hematologist but the waiting list is 9 months. could this be von Willebrand? is there anything that can help my periods until then??',
    focus: 'von Willebrand disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: "is there a special diet for PWS" asks lifestyle; "are the growth hormone shots really needed" asks treatment; "any PWS clinic within driving distance" asks find_specialist
  {
    subject: 'PWS - small town',
    message:
      'Our son has Prader-Willi syndrome. He is always hungry, he has even eaten out of the bin. We are in a small town in Idaho and no one here knows anything about it. Is there a special diet for PWS? Are the growth hormone shots really needed? Is there any PWS clinic within driving distance of Boise?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'treatment', 'find_specialist'],
  },
  // why: "does this disease usually progress fast" asks prognosis (whether it gets worse)
  {
    message:
      'My mum has primary biliary cholangitis and her liver appointment keeps getting pushed back, now it is in 8 months. Does this disease usually progress fast?',
    focus: 'primary biliary cholangitis',
    types: ['prognosis'],
  },
  // why: "should his brother and I be tested too" asks diagnosis (relatives tested); "can he still swim" asks lifestyle; "where is the nearest heart rhythm clinic" asks find_specialist
  {
    message:
      'My son fainted twice while swimming. The ECG at our little hospital showed a long QT and they think it is long QT syndrome. Should his brother and I be tested too? Can he still swim with his school team? Where is the nearest clinic for inherited heart rhythm problems in Tasmania, or do we have to go to Melbourne?',
    focus: 'long QT syndrome',
    types: ['diagnosis', 'lifestyle', 'find_specialist'],
  },
];
