/**
 * "neuromuscular" set. Messages about neuromuscular conditions (muscular dystrophies, spinal muscular
 * atrophy, myotonic dystrophy, Charcot-Marie-Tooth disease, myasthenia gravis, Pompe disease): breathing,
 * wheelchairs, heart, steroids, anaesthesia, school, with other questions. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.925, type F1 0.928). Scored by neuromuscular.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --neuromuscular --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NEUROMUSCULAR_MESSAGES: ConsumerMessage[] = [
  // why: asks only how long boys with it live -> prognosis
  {
    message:
      'how long do boys with duchenne live these days? my son is 9 and the internet says 20s but that was old info maybe',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: whether she will walk is prognosis; preschool in a wheelchair is school/daily life -> lifestyle
  {
    subject: 'SMA type 2 - walking and preschool',
    message:
      "Our daughter Mia is 3 and has SMA type 2. She sits but can't stand on her own, and her physio says it's time for a power chair. Is there any chance she will walk one day? And can she go to a normal preschool in a wheelchair, or do kids with SMA usually need a special school?",
    focus: 'spinal muscular atrophy type 2',
    types: ['prognosis', 'lifestyle'],
  },
  // why: asks whether the condition leads to problems under anaesthesia -> complications
  {
    message:
      "I have myotonic dystrophy (DM1) and I'm having my gallbladder out next month. My neurologist said to 'warn the anaesthetist'. Can having DM1 cause problems with a general anaesthetic, like breathing problems after?",
    focus: 'myotonic dystrophy type 1',
    types: ['complications'],
  },
  // why: chance the kids got it -> inheritance; whether to test the kids (relatives) -> diagnosis
  {
    message:
      "I have CMT1A (diagnosed at 30, my mum had it too). My kids are 6 and 10 and so far seem fine. What are the chances they got it from me? Should we get them tested now or is it better to wait till they're older?",
    focus: 'Charcot-Marie-Tooth disease type 1A',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks whether weight gain and mood come from the medicine -> side_effects of prednisone
  {
    message:
      'my son is 8 with duchenne and has been on prednisone daily for 2 yrs. hes put on loads of weight round his face and tummy and has meltdowns over nothing. is that the prednisone doing that??',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: timing of the bedtime dose -> drug_usage; whether cramps come from the tablets -> side_effects (Mestinon = pyridostigmine)
  {
    message:
      "Hi, I take Mestinon 60mg four times a day for myasthenia. Is it ok to take the last dose right at bedtime so I'm not weak in the morning? Also ive had terrible stomach cramps and diarrhoea since starting, could this be the tablets?",
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: what it is -> information; other treatments than the infusion -> treatment; ending on a ventilator is the course -> prognosis
  {
    message:
      'My husband (42) was diagnosed with late-onset Pompe disease after years of being told it was just back trouble. I had never heard of it. What is it exactly? Is the enzyme infusion every two weeks the only treatment there is? He already gets out of breath climbing stairs - will he end up on a ventilator?',
    focus: 'Pompe disease',
    types: ['information', 'treatment', 'prognosis'],
  },
  // why: how rare it is -> frequency
  {
    message: 'how rare is FSHD actually? im 35 and have never met one other person with it',
    focus: 'facioscapulohumeral muscular dystrophy',
    types: ['frequency'],
  },
  // why: which gene -> genetic_changes; whether the brother should be tested -> diagnosis
  {
    message:
      'Hello. I am 27 years, diagnosed with limb girdle dystrophy type 2A from muscle biopsy. The doctor said calpain but I did not understand. Which gene is broken in this disease? My younger brother also is falling and cannot run, should he do the test too?',
    focus: 'limb-girdle muscular dystrophy type 2A',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: what the medicine does / why it is given -> indication; the question is about lisinopril, not Becker
  {
    message:
      'My 16 year old has Becker muscular dystrophy and his cardiologist started him on lisinopril. His blood pressure has always been normal. Why would they give a blood pressure pill to a kid with normal blood pressure - what does it actually do?',
    focus: 'lisinopril',
    types: ['indication'],
  },
  // why: "could this be MG" -> diagnosis; whether swallowing trouble belongs to it -> symptoms
  {
    message:
      "For about 2 months my left eyelid droops by the evening and I get double vision when I'm tired or reading. It's fine in the morning. Could this be myasthenia gravis? And does MG also cause trouble swallowing? Sometimes I choke on water.",
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'symptoms'],
  },
  // why: ending in a wheelchair -> prognosis; heart damage is another problem it leads to -> complications
  {
    message:
      'my bf has beckers md, hes 28 and still walks fine just cant do stairs well. will he end up in a wheelchair at some point? and someone told me becker can damage the heart even if legs are ok, is that true',
    focus: 'Becker muscular dystrophy',
    types: ['prognosis', 'complications'],
  },
  // why: how the drug works -> indication; breastfeeding precaution -> contraindications (Soliris = eculizumab)
  {
    subject: 'Soliris for MG',
    message:
      "My neurologist wants to start me on Soliris for my generalised myasthenia because nothing else has worked. How does this drug work? And I'm still breastfeeding my 5 month old, is it safe to take while nursing?",
    focus: 'eculizumab',
    types: ['indication', 'contraindications'],
  },
  // why: how long babies live -> prognosis; which treatments -> treatment; trials -> research
  {
    message:
      'Our baby girl was diagnosed with SMA type 1 from the newborn screening when she was 5 days old. We are in shock. How long do babies with type 1 live now? What treatments are there - we have heard about a gene therapy and a spinal injection. And are there any clinical trials she could join? We live in Ohio.',
    focus: 'spinal muscular atrophy type 1',
    types: ['prognosis', 'treatment', 'research'],
  },
  // why: whether she is a carrier (family) -> inheritance
  {
    message:
      "My sister's little boy has Pompe disease. I'm 14 weeks pregnant with my first. Could I be a carrier too?",
    focus: 'Pompe disease',
    types: ['inheritance'],
  },
  // why: missed dose -> drug_usage; beer with the medicine -> interactions
  {
    message:
      'i keep forgetting my midday mexiletine (for myotonia congenita). if i miss it should i take two at dinner? also can i have a few beers on saturday while on it',
    focus: 'mexiletine',
    types: ['drug_usage', 'interactions'],
  },
  // why: what it is -> information; PE and playtime at school -> lifestyle; charities -> find_specialist
  {
    subject: 'Boy with Duchenne joining my class',
    message:
      "Hello, I'm a Year 3 teacher and in September I'll have a boy with Duchenne muscular dystrophy in my class. I know very little about it. Could you tell me what the condition is? How should I adapt PE and playtime so he's included but safe? And are there any charities that make guides for schools? Thank you.",
    focus: 'Duchenne muscular dystrophy',
    types: ['information', 'lifestyle', 'find_specialist'],
  },
  // why: whether morning headaches belong to it -> symptoms; whether a night breathing machine helps -> treatment
  {
    message:
      'dad 61 has pompe. he wakes up with headaches every morning and is groggy till lunch. is that a sign of the breathing problem from pompe? would a breathing machine at night help him',
    focus: 'Pompe disease',
    types: ['symptoms', 'treatment'],
  },
  // why: stopping the medicine for a break -> drug_usage of prednisone
  {
    message:
      'we want to give our son a break from his steroids (prednisone 15mg) over the summer holidays. he has DMD. can we just stop them for 6 weeks and restart in september?',
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  // why: whether cataract and sleepiness belong to it -> symptoms; chance her son has it -> inheritance; whether she and her brother should be tested -> diagnosis
  {
    subject: 'myotonic dystrophy in my family',
    message:
      'Dear Sir/Madam, My mother was diagnosed with myotonic dystrophy at age 58. She had cataract operation at 50 and now she is sleeping very much in the day time. Are cataract and the sleeping part of this disease? I have a son of 4 years, what is the chance he has it also? Should me and my brother make the test? Thank you for your answer.',
    focus: 'myotonic dystrophy',
    types: ['symptoms', 'inheritance', 'diagnosis'],
  },
  // why: heart problems it causes -> complications; football at school -> lifestyle
  {
    message:
      "My 15 yo son has Emery-Dreifuss muscular dystrophy. What kind of heart problems does it cause? He's mad about football and wants to keep playing at school, is that safe for him?",
    focus: 'Emery-Dreifuss muscular dystrophy',
    types: ['complications', 'lifestyle'],
  },
  // why: clinical trials -> research
  {
    message:
      "Are there any clinical trials for adults with SMA type 3? I'm 34, still walking short distances with a stick. Everything I find is for babies.",
    focus: 'spinal muscular atrophy type 3',
    types: ['research'],
  },
  // why: what causes it -> cause; wheelchair -> prognosis; physio or meds to slow it -> treatment
  {
    subject: 'just diagnosed LGMD',
    message:
      "hi. I'm 31 and just got told I have limb girdle muscular dystrophy, still waiting on genetics to find out which type. what causes it in the first place? will I end up in a wheelchair? and is there anything like physio or meds that can slow it down? sorry for all the questions, still processing",
    focus: 'limb-girdle muscular dystrophy',
    types: ['cause', 'prognosis', 'treatment'],
  },
  // why: wine with the medicine -> interactions; whether it causes skin cancer -> side_effects
  {
    message:
      "I've been on azathioprine for my myasthenia for 6 months. Can I drink wine with it? My sister also said it gives you skin cancer, is that true?",
    focus: 'azathioprine',
    types: ['interactions', 'side_effects'],
  },
  // why: a request for information about the condition -> information
  {
    message:
      'Could you please send me some information about nemaline myopathy? Our grandson has just been diagnosed and we had never heard of it.',
    focus: 'nemaline myopathy',
    types: ['information'],
  },
  // why: what brings on the attacks -> cause; stopping attacks -> prevention
  {
    message:
      'I have hypokalemic periodic paralysis. What brings on the attacks? I had one after a big pizza and a lot of soda, and one after football. How can I stop them from happening?',
    focus: 'hypokalemic periodic paralysis',
    types: ['cause', 'prevention'],
  },
  // why: getting rid of leftover tablets -> storage_disposal
  {
    message:
      'my neurologist switched me off acetazolamide. I have like 80 tablets left. how do I get rid of them? can I flush them or put them in the bin?',
    focus: 'acetazolamide',
    types: ['storage_disposal'],
  },
  // why: how it came from the mother with no family history -> inheritance; cure coming / gene therapy trials -> research; best specialists -> find_specialist
  {
    message:
      'My grandson is 4 and was just diagnosed with Duchenne. My daughter says the doctors told her it came from her. How can that be when nobody in our family ever had it? Also is there a cure coming, I read about gene therapy trials in the news. And how do we find the best specialists for this in the UK? We want to do everything we can for him.',
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'research', 'find_specialist'],
  },
  // why: tips for working -> lifestyle; medication for sleepiness -> treatment
  {
    message:
      "24F with DM1. I am exhausted all the time and honestly can't manage a full time job anymore. any tips for working with this? and is there any medication for the daytime sleepiness?",
    focus: 'myotonic dystrophy type 1',
    types: ['lifestyle', 'treatment'],
  },
  // why: a named exposure asked as its cause -> association
  {
    message:
      'Could the covid booster have caused my myasthenia gravis? I got my first symptoms about 3 weeks after it.',
    focus: 'myasthenia gravis',
    types: ['association'],
  },
  // why: scoliosis is a problem it leads to -> complications; rods surgery -> treatment
  {
    message:
      "Does SMA cause scoliosis? My son's curve has gotten worse this year. At what age do they usually do the spinal rods surgery?",
    focus: 'spinal muscular atrophy',
    types: ['complications', 'treatment'],
  },
  // why: whether someone with CMT should not have the drug -> contraindications; the question is about vincristine
  {
    message:
      "I have Charcot-Marie-Tooth and just found out I have lymphoma. The oncologist's plan includes vincristine. I read online it's dangerous for people with CMT. Is it safe for me to have it?",
    focus: 'vincristine',
    types: ['contraindications'],
  },
  // why: whether it can be caught -> susceptibility; working as a nurse -> lifestyle
  {
    message:
      'is myasthenia gravis contagious?? since I told people at work my coworkers keep away from me. also can I keep working as a nurse on 12 hr shifts with it',
    focus: 'myasthenia gravis',
    types: ['susceptibility', 'lifestyle'],
  },
  // why: avoiding another crisis (attack) -> prevention
  {
    message:
      "How do I avoid another myasthenic crisis? I ended up in ICU on a ventilator last winter after a chest infection and I'm terrified of it happening again.",
    focus: 'myasthenia gravis',
    types: ['prevention'],
  },
  // why: difference between two conditions -> information; treatment that works -> treatment; getting worse -> prognosis
  {
    message:
      'My husband is 68. For 2 years they treated him for polymyositis with high dose steroids which did nothing, now a second biopsy says inclusion body myositis. What is the difference between the two? Is there any treatment that actually works for IBM? Is it going to keep getting worse?',
    focus: 'inclusion body myositis',
    types: ['information', 'treatment', 'prognosis'],
  },
  // why: whether two conditions are the same -> information; Kennedy disease is the one the uncle has
  {
    message:
      "is kennedy disease the same thing as ALS? my uncle got told he has kennedy's but his swallowing and weak legs look just like my friend's dad who had ALS",
    focus: 'Kennedy disease',
    types: ['information'],
  },
  // why: higher risk of another condition (malignant hyperthermia) -> complications
  {
    message:
      'Our daughter (7) has central core disease and needs an operation on her hips. Does central core disease put her at risk of malignant hyperthermia with the anaesthetic?',
    focus: 'central core disease',
    types: ['complications'],
  },
  // why: a link between two conditions -> association
  {
    subject: 'Lambert-Eaton and cancer?',
    message:
      "My dad was diagnosed with Lambert-Eaton last week and now they're sending him for a CT scan of his chest to look for lung cancer. He's never had a cough. Is there a connection between LEMS and lung cancer?",
    focus: 'Lambert-Eaton myasthenic syndrome',
    types: ['association'],
  },
  // why: whether two conditions are the same -> information; how it is tested -> diagnosis
  {
    message:
      'My son is 12 and his hands lock up when he grips something and his legs are stiff when he starts running, but then it gets better. The neurologist thinks it might be myotonia congenita. My cousin has myotonic dystrophy - is that the same disease? How do they test for myotonia congenita?',
    focus: 'myotonia congenita',
    types: ['information', 'diagnosis'],
  },
  // why: insurance coverage -> other
  {
    message:
      'does anyone know if Medicare covers the enzyme infusions for Pompe disease? the bill they showed us is insane',
    focus: 'Pompe disease',
    types: ['other'],
  },
];
