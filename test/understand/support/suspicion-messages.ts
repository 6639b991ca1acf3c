/**
 * "Suspicion" set: 40 messages from members of the public who have NOT been
 * diagnosed but suspect a condition they read about online, saw on TV or heard
 * from a friend, for themselves, a child or a relative. They describe symptoms,
 * name the suspected condition (sometimes alongside a second candidate that is
 * not what they ask about) and ask whether the signs fit, how it is tested,
 * which doctor to see, whether it runs in the family, what else could cause the
 * symptoms, what happens if it is left untreated, and so on. 36 messages are
 * about conditions (most of them rare) and 4 suspect a medicine of causing the
 * symptoms (focus on the medicine). Lengths vary from about 15 to 130 words;
 * 13 messages have a subject line. Types are listed in the order the questions
 * are asked, each type once.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, checking
 * only that each focus is a name the knowledge base holds. Scored once before anything was changed against
 * it: focus 1.000, type F1 0.720 (see BENCHMARKS.md). Scored by suspicion.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --suspicion --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SUSPICION_MESSAGES: ConsumerMessage[] = [
  {
    // "do his features fit" = symptoms; "gene test or heart scan" = diagnosis; "what kind of doctor" = find_specialist. EDS only mentioned by GP.
    subject: 'Tall son - Marfan syndrome?',
    message:
      "My 14-year-old has shot up to six foot three, has very long thin fingers, a chest that sinks in, and he already wears thick glasses for short sight. He can bend his thumb right back to his wrist. Our GP said Ehlers-Danlos syndrome was a possibility, but everything I read sounds more like Marfan syndrome, especially as his late uncle had 'a problem with his aorta'. Do his features actually fit Marfan syndrome? How is it confirmed, is it a gene test or a heart scan? And what kind of doctor should we ask to be referred to?",
    focus: 'Marfan syndrome',
    types: ['symptoms', 'diagnosis', 'find_specialist'],
  },
  {
    // "is it inherited" = inheritance; "what tests to rule it in or out" = diagnosis.
    message:
      "I'm 22. Over the past year my hand has become shaky when I write, and my liver tests came back abnormal even though I barely drink. My aunt died of liver failure at 30 and nobody ever found out why. I came across Wilson disease online. Is Wilson disease inherited, and what tests would I need to rule it in or out?",
    focus: 'Wilson disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "what are the signs" = symptoms; "could I have inherited it from him" = inheritance.
    subject: 'Iron overload in the family?',
    message:
      "My dad always said he had 'too much iron' and had to give blood every few months. I'm 45, exhausted all the time, my knuckles ache and a colleague said my skin looks tanned in the middle of winter. What are the signs of hemochromatosis, and is it something I could have inherited from him?",
    focus: 'hemochromatosis',
    types: ['symptoms', 'inheritance'],
  },
  {
    // Single question: how to get tested = diagnosis.
    message:
      "My grandfather had what the family called 'the shakes' and ended up in a care home in his fifties. Now my mother is 48, keeps dropping things, has jerky movements and has become very irritable. I'm terrified it's Huntington disease. How does a person get tested for Huntington disease?",
    focus: 'Huntington disease',
    types: ['diagnosis'],
  },
  {
    // "could this be" = symptoms; "which specialist would diagnose it" = find_specialist.
    message:
      "Our 10-year-old son gets burning pain in his hands and feet, especially when he has a fever or after football in the heat, and he hardly ever sweats. The pediatrician says it's growing pains. I watched a programme about Fabry disease and it sounded exactly like him. Could this be Fabry disease? Which specialist would diagnose it?",
    focus: 'Fabry disease',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "could it be" = symptoms; "how is it treated" = treatment.
    message:
      "My mum is 72 and for about six weeks she's been so stiff in her shoulders and hips in the mornings that she can't get out of bed without help. By the afternoon she's much better. Her GP thinks it's just arthritis. Could it be polymyalgia rheumatica? And if it is, how is it treated?",
    focus: 'polymyalgia rheumatica',
    types: ['symptoms', 'treatment'],
  },
  {
    // "are these typical signs" = symptoms; "what happens if left untreated" = prognosis.
    subject: "Rings and shoes don't fit any more",
    message:
      "Over the last few years my wedding ring has had to be resized twice, I've gone up a shoe size at 41, my jaw seems to stick out more and I snore terribly. My sister jokes that I look like a different person in old photos. I've been reading about acromegaly. Are these typical signs of acromegaly? What happens if it's left untreated for years?",
    focus: 'acromegaly',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "how do doctors test" = diagnosis; "what else could cause this pattern" = cause.
    message:
      "I've put on weight mostly round my face and belly while my arms and legs have got thinner, and I have wide purple stretch marks on my stomach. My doctor just told me to go on a diet. I think it might be Cushing syndrome. How do doctors test for Cushing syndrome? And if it isn't that, what else could cause this pattern?",
    focus: 'Cushing syndrome',
    types: ['diagnosis', 'cause'],
  },
  {
    // "could this be" = symptoms; "what happens if untreated" = prognosis.
    message:
      "For months I've craved salt constantly, I get dizzy when I stand up, I've lost weight without trying and my skin has gone darker, even my gums. Could this be Addison's disease? What happens if it goes untreated?",
    focus: "Addison's disease",
    types: ['symptoms', 'prognosis'],
  },
  {
    // Single question about the signs = symptoms.
    message:
      'Drooping eyelid every evening and double vision watching TV, fine in the morning. What are the symptoms of myasthenia gravis?',
    focus: 'myasthenia gravis',
    types: ['symptoms'],
  },
  {
    // "does this sound like" = symptoms; "how do doctors decide" = diagnosis; "do children grow out of it" = prognosis.
    subject: 'Tics in my 8 year old',
    message:
      "About a year ago my son started blinking hard, then it changed to jerking his shoulder, and now he makes little sniffing and throat-clearing noises all day long. It comes and goes and is worse when he's tired or excited. His teacher asked us whether he has Tourette syndrome. Does this sound like Tourette syndrome? How do doctors decide it's Tourette and not just ordinary tics? Do children grow out of it?",
    focus: 'Tourette syndrome',
    types: ['symptoms', 'diagnosis', 'prognosis'],
  },
  {
    // "could this be" = symptoms; "is there a test that can confirm it" = diagnosis.
    message:
      'Our daughter is 20 months old. She had about ten words at her first birthday and now says none. She has stopped picking things up and instead keeps rubbing and wringing her hands in front of her mouth, and her head measurement has dropped on the growth chart. Could this be Rett syndrome? Is there a test that can confirm it?',
    focus: 'Rett syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // Single question: passed down through the mother's side = inheritance.
    message:
      "My son has a speech delay, flaps his hands, and has a long face and big ears, and my sister's boy is very similar. Is fragile X syndrome passed down through the mother's side of the family?",
    focus: 'fragile X syndrome',
    types: ['inheritance'],
  },
  {
    // "is this what it looks like" = symptoms; "what kind of specialist" = find_specialist.
    subject: 'Falls asleep everywhere',
    message:
      "My 16-year-old daughter falls asleep in class, on the bus, even in the middle of a conversation. When she laughs hard her knees give way and her head drops, and she says she sometimes can't move for a few seconds when she wakes up. Is this what narcolepsy looks like? What kind of specialist should we see?",
    focus: 'narcolepsy',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "what else could cause my heart to race" = cause; "how is it diagnosed / tilt table" = diagnosis.
    message:
      "Whenever I stand up my heart rate jumps from about 70 to 130 and I feel faint and foggy, worse after a hot shower. I'm 24 and otherwise healthy. I've been reading about postural orthostatic tachycardia syndrome. Apart from postural orthostatic tachycardia syndrome, what else could make my heart race like this when I stand? And how is it diagnosed, do I need a tilt table test?",
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['cause', 'diagnosis'],
  },
  {
    // "how would I get tested" = diagnosis; "does it run in families" = inheritance. Common condition.
    message:
      "I'm always bloated, I've been anaemic for years despite iron tablets, and my younger sister has just been diagnosed with celiac disease. How would I get tested for celiac disease, and does it run in families?",
    focus: 'celiac disease',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "could these be signs" = symptoms; "which blood tests" = diagnosis.
    message:
      "A red rash appeared across my cheeks and nose after a beach holiday, my fingers and wrists ache, I keep getting mouth ulcers and I'm exhausted. I'm a 29-year-old woman. Could these be signs of lupus? Which blood tests are used to check for it?",
    focus: 'lupus',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // Single question: what happens if not treated = prognosis.
    message:
      "My husband's chest X-ray showed swollen glands in his chest, he has a dry cough that won't go away and tender red lumps on his shins. The doctor said it may be sarcoidosis but wants to 'wait and see'. What happens if sarcoidosis is not treated?",
    focus: 'sarcoidosis',
    types: ['prognosis'],
  },
  {
    // "could this be" = symptoms; "what can be done for her joint pain" = treatment.
    message:
      "My daughter (15) can put her legs behind her head, her kneecap pops out when she plays netball, she bruises from nothing and her skin is very soft and stretchy. The physio says she's 'just bendy'. Could this be Ehlers-Danlos syndrome? What can be done for her constant joint pain?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['symptoms', 'treatment'],
  },
  {
    // Two questions, both about testing = diagnosis listed once.
    subject: 'Unexplained attacks of belly pain',
    message:
      "Three times this year I've ended up in the ER with severe stomach pain, vomiting and a racing heart, and my urine turned reddish brown. Scans show nothing. I'm starting to wonder about acute intermittent porphyria. How is acute intermittent porphyria diagnosed, and does the test have to be done during an attack?",
    focus: 'acute intermittent porphyria',
    types: ['diagnosis'],
  },
  {
    // "are these spots enough to mean" = symptoms; "what else can cause cafe-au-lait spots" = cause.
    message:
      "Our baby is 7 months old and has six light brown 'coffee' patches on his body, two of them bigger than my thumbnail. The health visitor mentioned neurofibromatosis type 1. Are these spots enough to mean neurofibromatosis type 1? What else can cause café-au-lait spots?",
    focus: 'neurofibromatosis type 1',
    types: ['symptoms', 'cause'],
  },
  {
    // "what is it" = information; "would a brain scan or genetic test show it" = diagnosis.
    message:
      'My nephew had seizures as a baby and now has a few pale leaf-shaped patches on his back that show up under a UV lamp. Someone at his nursery suggested tuberous sclerosis. What is tuberous sclerosis, and would a brain scan or a genetic test show it?',
    focus: 'tuberous sclerosis',
    types: ['information', 'diagnosis'],
  },
  {
    // "could I have" = symptoms; "which gene is usually behind it" = genetic_changes.
    subject: 'High arches and tripping',
    message:
      "I'm 30 and have always had very high arches and curled toes. I trip a lot, and my lower legs are thin compared to my thighs. My dad's feet look identical and he wears ankle braces. Could I have Charcot-Marie-Tooth disease? Which gene is usually behind it?",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['symptoms', 'genetic_changes'],
  },
  {
    // "early signs" = symptoms; "which test" = diagnosis; "how fast does it get worse" = prognosis.
    message:
      "My son is three and a half. He falls over a lot, can't jump with both feet, has really big firm calves, and when he gets up from the floor he 'walks' his hands up his legs. His nursery says boys are just clumsy and our family doctor told us to come back in six months if we are still worried, but we are worried now. My husband thinks I am overreacting because nobody in either family has ever had a muscle problem that we know of. Then last night I saw a video about Duchenne muscular dystrophy and the little boy in it stood up exactly the way ours does, and now I can't sleep. What are the early signs of Duchenne muscular dystrophy? Which test would show it? And if it is that, how fast does it get worse?",
    focus: 'Duchenne muscular dystrophy',
    types: ['symptoms', 'diagnosis', 'prognosis'],
  },
  {
    // "what is it" = information; "does this fit it" = symptoms.
    message:
      "Our 4-month-old seems floppy, she can't hold her head up, her cry is weak and her tongue keeps flickering. What is spinal muscular atrophy, and does this fit it?",
    focus: 'spinal muscular atrophy',
    types: ['information', 'symptoms'],
  },
  {
    // "is it hereditary" = inheritance; "what other problems to watch out for" = complications.
    subject: 'Cleft palate, glasses at 2, now hearing',
    message:
      'Our toddler was born with a cleft palate, needed strong glasses for short sight at age two and has just failed a hearing test. My husband had a detached retina at 19 and has bad knees already. The eye doctor said the words Stickler syndrome. Is Stickler syndrome hereditary? What other problems should we be watching out for?',
    focus: 'Stickler syndrome',
    types: ['inheritance', 'complications'],
  },
  {
    // "could this be" = symptoms; "what complications can it cause" = complications.
    message:
      "My 3 year old has had a high fever for five days, bloodshot eyes with no discharge, cracked red lips, a bright red tongue and now puffy hands. The walk-in clinic said it's a virus. Could this be Kawasaki disease? I read it can affect the heart, what complications can it cause?",
    focus: 'Kawasaki disease',
    types: ['symptoms', 'complications'],
  },
  {
    // "is there a blood test" = diagnosis; "how can I protect myself next time" = prevention. Common condition.
    message:
      "Found a tick on my leg after camping two weeks ago and now there's a spreading red ring around the spot and I feel achy and feverish. Is there a blood test for Lyme disease? And how can I avoid getting it again next time I go hiking?",
    focus: 'Lyme disease',
    types: ['diagnosis', 'prevention'],
  },
  {
    // "first signs" = symptoms; "what kind of doctor" = find_specialist. Common condition.
    message:
      "For two weeks my right eye has been blurry and it hurts when I move it, and last year I had numbness down one leg that went away on its own. I'm worried about multiple sclerosis. What are the first signs of multiple sclerosis, and what kind of doctor should I see?",
    focus: 'multiple sclerosis',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "can twitching on its own be ALS" = symptoms; "what else causes twitching" = cause.
    subject: 'Muscle twitching - ALS?',
    message:
      "My calves and arms have been twitching for three months, mostly when I'm resting. I have no weakness that I can tell, but I've read everything about ALS and can't stop worrying. Can twitching on its own be ALS? What else causes constant twitching?",
    focus: 'ALS',
    types: ['symptoms', 'cause'],
  },
  {
    // "passed down in families" = inheritance; "how do you get tested" = diagnosis.
    message:
      "Every few months my lips or one hand swell up hugely for two or three days, with no itching or hives, and antihistamines do nothing. Sometimes I get awful stomach cramps at the same time. My mum had 'swelling attacks' too. Is hereditary angioedema passed down in families? How do you get tested for it?",
    focus: 'hereditary angioedema',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "what is it" = information; "is it connected to rheumatoid arthritis" = association.
    message:
      "My eyes feel gritty all the time, my mouth is so dry I can't eat a cracker without water, and my dentist says I suddenly have lots of cavities. I'm 52. A pharmacist mentioned Sjogren syndrome. What is Sjogren syndrome, and is it connected to rheumatoid arthritis? My mother has RA.",
    focus: 'Sjogren syndrome',
    types: ['information', 'association'],
  },
  {
    // "how rare is it" = frequency; "what test would pick it up" = diagnosis.
    subject: 'Spells of pounding headache and sweating',
    message:
      "Several times a week I get sudden spells of pounding headache, drenching sweat and palpitations lasting 10 to 20 minutes, and during one my blood pressure was 190/110. My GP says it's anxiety. I came across pheochromocytoma while searching. How rare is pheochromocytoma? What test would pick it up?",
    focus: 'pheochromocytoma',
    types: ['frequency', 'diagnosis'],
  },
  {
    // "could this be" = symptoms; "could my children have inherited it" = inheritance.
    message:
      "I'm 41, have never smoked, and I've become short of breath climbing stairs; a scan report mentioned emphysema. My uncle had liver trouble and lung problems young. Could this be alpha-1 antitrypsin deficiency? Could my children have inherited it from me?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['symptoms', 'inheritance'],
  },
  {
    // "what kind of doctor diagnoses" = find_specialist; "is there a diet that helps" = lifestyle.
    message:
      'I flush bright red, get hives, my heart races and my stomach cramps after eating all sorts of foods, and also with heat or stress. Allergy tests were all negative. I think it might be mast cell activation syndrome. What kind of doctor diagnoses mast cell activation syndrome? Is there a diet that helps while I wait for an appointment?',
    focus: 'mast cell activation syndrome',
    types: ['find_specialist', 'lifestyle'],
  },
  {
    // "is it hereditary" = inheritance; "should we be tested, and how" = diagnosis.
    subject: 'Fainted in the pool',
    message:
      'My 13-year-old fainted while swimming last week, and once before when the alarm clock went off. My cousin died suddenly in his sleep at 25. An ER doctor mentioned long QT syndrome and said the ECG was borderline. Is long QT syndrome hereditary? Should the rest of us be tested, and how is that done?',
    focus: 'long QT syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // Medicine suspected of causing the mood change: "can it cause" = side_effects.
    subject: 'Isotretinoin and mood',
    message:
      'My 17-year-old started isotretinoin for acne two months ago and has become withdrawn and tearful and stays in his room. At first I wondered if he was developing depression on his own. Can isotretinoin cause mood changes like this?',
    focus: 'isotretinoin',
    types: ['side_effects'],
  },
  {
    // Medicine suspected instead of a sleep disorder: "could it be causing this" = side_effects.
    message:
      'Since our 6-year-old started montelukast for asthma she has nightmares nearly every night and has begun sleepwalking. We thought of night terrors or a sleep disorder. Could montelukast be causing this?',
    focus: 'montelukast',
    types: ['side_effects'],
  },
  {
    // "does it cause swollen ankles" = side_effects; "with ibuprofen, could the two together make it worse" = interactions.
    message:
      "My dad's ankles have become really swollen over the last month and I was afraid it was heart failure, but his doctor started him on amlodipine around the same time. Does amlodipine cause swollen ankles? He also takes ibuprofen most days for his knee, could the two together be making it worse?",
    focus: 'amlodipine',
    types: ['side_effects', 'interactions'],
  },
  {
    // Medicine suspected instead of lung disease: "is a cough a known side effect" = side_effects.
    subject: 'Dry cough for 3 months',
    message:
      "I've had a tickly dry cough for three months and got scared it was something like pulmonary fibrosis, but my chest X-ray is clear. I started lisinopril for blood pressure shortly before it began. Is a cough a known side effect of lisinopril?",
    focus: 'lisinopril',
    types: ['side_effects'],
  },
];
