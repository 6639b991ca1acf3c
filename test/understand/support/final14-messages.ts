/**
 * "final14" set. A final, mixed set: forty messages in every way people write (short notes and long emails,
 * careful and messy, all lower case, run-together questions, a question asked only in the subject line,
 * voicemail-like run-on text, greetings and sign-offs) from parents, patients, grandparents, siblings,
 * friends, teenagers, teachers, carers, nurses, pharmacists and people writing in a second language, about
 * rare and common conditions; about a quarter about medicines or supplements, about a third asking two or
 * three questions. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. Scored once, at the start of the round that wrote it, before any change
 * to the understanding stage (focus 1.000, type F1 0.893), and never tuned on. Scored by final14.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --final14 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL14_MESSAGES: ConsumerMessage[] = [
  {
    // "Is Gaucher disease hereditary?" (subject only) -> inheritance (whether it runs in families)
    subject: 'Is Gaucher disease hereditary?',
    message:
      'Hello. My nephew (3) was diagnosed last week after months of tests for his swollen tummy. My husband and I are hoping to start a family next year and I am worried. Many thanks, Rosa',
    focus: 'Gaucher disease',
    types: ['inheritance'],
  },
  {
    // "my friend said it makes ppl depressed?? is that actually true" -> side_effects (whether a problem comes from the medicine)
    // "can i drink on it or not" -> interactions (the medicine with alcohol)
    message:
      'my dermatologist just put me on isotretinoin for my acne and my friend said it makes ppl depressed?? is that actually true. also my cousins wedding is next month can i drink on it or not',
    focus: 'isotretinoin',
    types: ['side_effects', 'interactions'],
  },
  {
    // "What is the outlook for a boy with this condition?" / "how long he will be able to walk" -> prognosis (outlook and whether he will walk; one question asked twice)
    subject: 'My grandson',
    message:
      'Dear Sir or Madam,\n\nMy grandson Oliver, who is four, was diagnosed with Duchenne muscular dystrophy in March. His parents are understandably devastated and I do not like to ask them too much. What is the outlook for a boy with this condition? I suppose what I am really asking is how long he will be able to walk.\n\nYours faithfully,\nMargaret Hale',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  {
    // "there is no cure for lupus, this is true?" -> treatment (cures)
    // "which medicine she can take for the pain in her joints" -> treatment (managing it; same type, listed once)
    message:
      'Hello, I write from Portugal, sorry for my english. My wife have lupus since two years. Doctor here tell us there is no cure for lupus, this is true? Also which medicine she can take for the pain in her joints, the paracetamol not help her. Thank you very much, Joao',
    focus: 'lupus',
    types: ['treatment'],
  },
  {
    // "what can he take for that pain or is there something the doctor can give him" -> treatment (managing the pain)
    message:
      "hi yes this is Gloria Mendez calling about my husband Frank he's seventy-one he had the shingles on his left side about a month ago and the rash is all gone now but the pain is still there burning like somebody's holding a match to him and he can't sleep at night so I was just wondering what can he take for that pain or is there something the doctor can give him okay my number is on the form thank you bye",
    focus: 'shingles',
    types: ['treatment'],
  },
  {
    // "What arrangements in the classroom and during exams tend to help" -> lifestyle (school)
    // "is it safe for her to join swimming lessons?" -> lifestyle (sport, daily life; same type)
    // "the name of any patient organization her parents could contact" -> find_specialist (patient organizations)
    subject: 'Student with narcolepsy',
    message:
      'Good afternoon, I am the nurse at a secondary school. One of our Year 8 pupils has just been diagnosed with narcolepsy with cataplexy. What arrangements in the classroom and during exams tend to help, and is it safe for her to join swimming lessons? I would also be grateful for the name of any patient organization her parents could contact. Best wishes, Janet Okafor, RN',
    focus: 'narcolepsy',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "Is this a genuine interaction" / "is there a safe amount she can have?" -> interactions (the medicine with a drink)
    subject: 'warfarin and cranberry juice',
    message:
      "I'm a community pharmacist. An elderly customer on warfarin drinks about a pint of cranberry juice a day for her bladder. Is this a genuine interaction, and is there a safe amount she can have?",
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "What is fibrodysplasia ossificans progressiva?" -> information (what the condition is)
    message: 'What is fibrodysplasia ossificans progressiva? Saw it mentioned on a TV programme.',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information'],
  },
  {
    // "Should I get tested?" -> diagnosis (whether someone should be tested)
    // "what are the chances my two kids have it too?" -> inheritance (the chance a child has it)
    message:
      "My older brother has Huntington disease. He is 41 and already struggling. I'm 36 and have no symptoms so far. Should I get tested? If it turns out I have the gene, what are the chances my two kids have it too? I haven't told my wife how scared I am.",
    focus: 'Huntington disease',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "Is it better to give it with breakfast or at bedtime, and does it matter if it is with food?" -> drug_usage (timing of a supplement)
    message:
      'I look after my elderly neighbour a few days a week. Her GP says her vitamin D is low and she should take a 1000 unit tablet every day. Is it better to give it with breakfast or at bedtime, and does it matter if it is with food?',
    focus: 'vitamin D',
    types: ['drug_usage'],
  },
  {
    // "What tends to set the tics off?" -> cause (what brings on its attacks)
    message:
      "I teach a lovely 9-year-old boy with Tourette syndrome. I've noticed his tics get a lot worse in the afternoons, before spelling tests and after PE. What tends to set the tics off? I want to make my classroom easier for him.",
    focus: 'Tourette syndrome',
    types: ['cause'],
  },
  {
    // "Should he be tested for celiac disease too?" -> diagnosis (should someone be tested)
    subject: 'brother too?',
    message:
      'Our daughter (6) was diagnosed with celiac disease last month after a blood test and a biopsy. Her little brother is 4 and also has a lot of tummy aches and is small for his age. Should he be tested for celiac disease too?',
    focus: 'celiac disease',
    types: ['diagnosis'],
  },
  {
    // "Could that be what she has?" -> diagnosis (whether her signs could be it)
    // "who would we even see to get her checked" -> find_specialist (which doctor)
    message:
      "My daughter is 14 and super bendy, she's dislocated her shoulder twice this year, bruises really easily and her skin is soft and a bit stretchy. Her PE teacher mentioned Ehlers-Danlos syndrome. Could that be what she has? And who would we even see to get her checked, her GP just said she's double jointed.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "Is that the methotrexate?" -> side_effects (whether hair loss comes from the medicine)
    // "is it OK to have a glass or two of wine on a Saturday night?" -> interactions (the medicine with alcohol)
    subject: 'hair loss?',
    message:
      'I started methotrexate for rheumatoid arthritis (15mg once a week) about three months ago. My hair is coming out in the shower much more than usual. Is that the methotrexate? Also, is it OK to have a glass or two of wine on a Saturday night?',
    focus: 'methotrexate',
    types: ['side_effects', 'interactions'],
  },
  {
    // "what happens if it's not treated?" / "What could it actually do to him if he just ignores it?" -> complications (what happens untreated; one question asked twice)
    subject: "what happens if it's not treated?",
    message:
      'My dad (62) has hemochromatosis and was told to have blood taken off regularly but he refuses, he says he feels fine. What could it actually do to him if he just ignores it? I need something to show him.',
    focus: 'hemochromatosis',
    types: ['complications'],
  },
  {
    // "Which foods she must not eat when she start solid food?" -> lifestyle (diet)
    message:
      'Good day. My baby girl has PKU, they find it from the heel test when she was 5 days. Doctor say she need special diet all life. Which foods she must not eat when she start solid food? Thank you and God bless.',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  {
    // "is it the allopurinol doing this" -> side_effects (whether the attack comes from the medicine)
    // "should i stop taking it till it calms down" -> drug_usage (stopping)
    subject: 'allopurinol making gout worse??',
    message:
      'started allopurinol 2 weeks ago because of the gout and now ive got the worst attack ive had in years in my big toe!! is it the allopurinol doing this should i stop taking it till it calms down',
    focus: 'allopurinol',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Can sarcoidosis affect the eyes as well, or is that something separate?" -> symptoms (whether a sign belongs to it)
    message:
      'My best friend was diagnosed with sarcoidosis in her lungs in the spring. Lately her eyes have been red, sore and really sensitive to light. Can sarcoidosis affect the eyes as well, or is that something separate?',
    focus: 'sarcoidosis',
    types: ['symptoms'],
  },
  {
    // "Can it cause heart problems later in life?" -> complications (other problems it can lead to)
    message:
      'Our son had Kawasaki disease when he was two and got IVIG in hospital. He is eight now and very active. Can it cause heart problems later in life? His cardiology follow-up stopped years ago.',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  {
    // "what does that mean for any kids we have" -> inheritance (carriers; the chance a child has it)
    message:
      'me and my partner both found out we are carriers of cystic fibrosis through screening at the fertility clinic. neither of us has it. what does that mean for any kids we have',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  {
    // "Are there any clinical trials of tablets or gene therapy I could sign up for?" -> research (clinical trials)
    subject: 'Trials',
    message:
      "Hi, I'm 29 and I have Fabry disease. I have enzyme infusions every two weeks and they're taking a big bite out of my working life. Are there any clinical trials of tablets or gene therapy I could sign up for? I'm in Leeds.",
    focus: 'Fabry disease',
    types: ['research'],
  },
  {
    // "Will my grandson go blind?" -> prognosis (the course, whether it gets worse)
    message:
      'Will my grandson go blind? He is 12 and has retinitis pigmentosa. His night vision is already poor.',
    focus: 'retinitis pigmentosa',
    types: ['prognosis'],
  },
  {
    // "what does it actually do, like how does it work in your brain?" -> indication (how a medicine works)
    // "will it make me put on weight" -> side_effects (a medicine's side effect)
    message:
      'hi im 16 and my doctor put me on sertraline for anxiety. what does it actually do, like how does it work in your brain? and will it make me put on weight because my friend put on loads on hers',
    focus: 'sertraline',
    types: ['indication', 'side_effects'],
  },
  {
    // "is hidradenitis suppurativa linked to smoking??" -> association (link between the condition and an exposure)
    // "is there anything that actually gets rid of it" -> treatment (cures)
    message:
      'is hidradenitis suppurativa linked to smoking?? i smoke about 10 a day and ive had it in my armpits and groin for 6 yrs. also is there anything that actually gets rid of it, ive done like 5 rounds of antibiotics and it keeps coming back',
    focus: 'hidradenitis suppurativa',
    types: ['association', 'treatment'],
  },
  {
    // "How rare is it actually?" -> frequency (how common or rare it is)
    message:
      'I was diagnosed with myasthenia gravis last month, aged 34, and nobody I know has ever heard of it, including half the staff at my GP surgery. How rare is it actually?',
    focus: 'myasthenia gravis',
    types: ['frequency'],
  },
  {
    // "Is that combination OK?" -> interactions (the supplement with another medicine)
    // "should I keep fish oil in the fridge, and how do I get rid of an old bottle?" -> storage_disposal (storing and throwing away)
    message:
      'I take fish oil capsules (1000 mg) with my lisinopril. Is that combination OK? And the capsules are starting to smell a bit. Should I keep fish oil in the fridge, and how do I get rid of an old bottle?',
    focus: 'fish oil',
    types: ['interactions', 'storage_disposal'],
  },
  {
    // "Is there anything she can take to stop the attacks happening in the first place?" -> prevention (preventing attacks)
    message:
      'My wife has hereditary angioedema. She gets swelling attacks every two or three weeks, in her hands, her stomach and once in her throat, which was terrifying. She has the icatibant injections for when an attack starts. Is there anything she can take to stop the attacks happening in the first place?',
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  {
    // "does it have to go in the fridge" -> storage_disposal (storing)
    // "can i just pour it down the sink" -> storage_disposal (throwing away; same type)
    message:
      'pharmacy gave my son liquid amoxicillin for his ear infection and i forgot to ask does it have to go in the fridge. also we have half a bottle left from last time can i just pour it down the sink',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "We would like to understand what causes Turner syndrome" -> cause (why it happens)
    // "whether there are any support groups where she could meet other girls with it" -> find_specialist (support groups)
    subject: 'Turner syndrome',
    message:
      'Dear team,\n\nOur daughter Amelia (11) has Turner syndrome and has been on growth hormone since she was eight. We would like to understand what causes Turner syndrome, as nobody in either of our families has anything similar. We would also like to know whether there are any support groups where she could meet other girls with it.\n\nKind regards,\nSarah and Paul Whitcombe',
    focus: 'Turner syndrome',
    types: ['cause', 'find_specialist'],
  },
  {
    // "how do I know it's not a stroke how do they tell the difference" -> diagnosis (telling it apart from another condition)
    message:
      "hello um yes I woke up this morning and the whole right side of my face is drooping I can't close my eye properly and my flatmate says it's probably Bell's palsy but how do I know it's not a stroke how do they tell the difference I'm 27 if that matters",
    focus: "Bell's palsy",
    types: ['diagnosis'],
  },
  {
    // "Is it safe for her to continue hydroxychloroquine through pregnancy and while breastfeeding afterwards?" -> contraindications (pregnancy and breastfeeding)
    message:
      "I'm a practice nurse. A patient with lupus who takes hydroxychloroquine has just found out she is 10 weeks pregnant. Is it safe for her to continue hydroxychloroquine through pregnancy and while breastfeeding afterwards?",
    focus: 'hydroxychloroquine',
    types: ['contraindications'],
  },
  {
    // "Which gene is faulty in Wilson disease?" -> genetic_changes (which gene)
    message:
      "Which gene is faulty in Wilson disease? My son's liver doctor said it but I didn't catch the name.",
    focus: 'Wilson disease',
    types: ['genetic_changes'],
  },
  {
    // "Does the colchicine tablet contain lactose?" -> ingredients (what a medicine contains)
    message:
      'My son (7) has familial Mediterranean fever and takes colchicine every day. Does the colchicine tablet contain lactose? He is very lactose intolerant.',
    focus: 'colchicine',
    types: ['ingredients'],
  },
  {
    // "Is it hereditary?" -> inheritance (whether it runs in families)
    // "Could that have caused it?" (the cold and flu medicine) -> association (a named exposure asked as its cause)
    message:
      'We are both average height and our newborn son has just been diagnosed with achondroplasia. Is it hereditary? Neither of us has it. I also took a cold and flu medicine a couple of times in early pregnancy before I knew. Could that have caused it?',
    focus: 'achondroplasia',
    types: ['inheritance', 'association'],
  },
  {
    // "Could the flu vaccine have caused it?" -> association (a named exposure asked as its cause)
    // "Will he recover fully?" -> prognosis (whether someone will recover)
    subject: 'Dad in ICU',
    message:
      'My father got Guillain-Barré syndrome about two weeks after his flu jab. He is 66 and now in intensive care on a ventilator. Could the flu vaccine have caused it? Will he recover fully? Everyone keeps saying different things.',
    focus: 'Guillain-Barré syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "what are all the treatment options and how do we choose" -> treatment (therapies; one question)
    message:
      'hi, our baby girl (4 months) was diagnosed with spinal muscular atrophy type 1 on Friday. the neurologist mentioned a gene therapy and some injections into the spine. what are all the treatment options and how do we choose',
    focus: 'spinal muscular atrophy',
    types: ['treatment'],
  },
  {
    // "is psoriasis contagious?" -> susceptibility (whether someone can catch it)
    message:
      'is psoriasis contagious? a boy in my class has it on his arms and elbows and nobody will sit next to him in science',
    focus: 'psoriasis',
    types: ['susceptibility'],
  },
  {
    // "What is this disease exactly?" -> information (what the condition is)
    // "How many people have it in Pakistan?" -> frequency (how common it is)
    // "if we have children can they get it also?" -> inheritance (the chance a child has it)
    message:
      'Hello doctor,\nI am from Pakistan, living in Manchester. My cousin son has thalassemia major, he need blood transfusion every month. What is this disease exactly? How many people have it in Pakistan? My wife and me are also cousins, if we have children can they get it also?\nThank you, Imran',
    focus: 'thalassemia',
    types: ['information', 'frequency', 'inheritance'],
  },
  {
    // "Will insurers turn him down or charge him more because of it?" -> other (insurance)
    message:
      'My 19 year old has Marfan syndrome and is coming off our family plan when he starts his first job in the autumn. Will insurers turn him down or charge him more because of it?',
    focus: 'Marfan syndrome',
    types: ['other'],
  },
  {
    // "is it hereditary because my dad walked funny too" -> inheritance (whether it runs in families)
    // "will she end up in a wheelchair" -> prognosis (whether she will walk)
    // "can she keep doing gymnastics" -> lifestyle (sport)
    message:
      'my 13 yo daughter was just diagnosed with Charcot-Marie-Tooth disease after years of tripping and weak ankles is it hereditary because my dad walked funny too will she end up in a wheelchair can she keep doing gymnastics she loves it so much',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['inheritance', 'prognosis', 'lifestyle'],
  },
];
