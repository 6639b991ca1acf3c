/**
 * "school" set: 40 messages from people who look after other people's children: class teachers, teaching
 * assistants, SENCos, school nurses, nursery staff, childminders, PE teachers, sports coaches, Scout leaders
 * and camp organisers. Mostly formal and careful, some hurried or lower-case; children are named by initials
 * or first name, and the message often names a second condition or medicine besides the focus. 8 messages are
 * about a medicine (given at school, on a trip or at camp); 13 have a subject line, which in some messages
 * holds the only usable name while the message just says "it".
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 1.000, type F1 0.690 (see BENCHMARKS.md).
 * Scored by school.test.ts and by `npx tsx test/understand/support/score-messages.ts --school --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SCHOOL_MESSAGES: ConsumerMessage[] = [
  {
    // "what exactly is Dravet syndrome" = information; "warning signs before a seizure" = symptoms; "safe to take part in swimming lessons" = lifestyle; "will she grow out of the seizures" = prognosis
    subject: 'Pupil with Dravet syndrome - swimming lessons',
    message:
      'Dear Sir/Madam, I am the class teacher of a Year 2 girl (E.) who has recently joined us with a diagnosis of Dravet syndrome. Her mother has given us a care plan but I would like to understand the condition better. What exactly is Dravet syndrome? Are there any warning signs we should look out for before a seizure starts? The class begins swimming lessons next term and I am unsure whether it is safe for E. to take part. Lastly, is it something children grow out of, or will the seizures continue into adulthood? Many thanks for your help.',
    focus: 'Dravet syndrome',
    types: ['information', 'symptoms', 'lifestyle', 'prognosis'],
  },
  {
    // "can we give a second dose" = drug_usage; "should the syringes be in the fridge" = storage_disposal
    message:
      "Hi, I'm a TA and one of 3 staff trained to give J. (age 6, epilepsy) his midazolam if a seizure goes past 5 minutes. Care plan says one dose then call 999. If the seizure stops and then starts again before the ambulance arrives can we give a second dose? Also the syringes are kept in the office cupboard which gets very warm in summer - should they be in the fridge?",
    focus: 'midazolam',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "should he still do PE / could exercise damage his muscles" = lifestyle; "will he need a wheelchair, when does walking become difficult" = prognosis
    message:
      'I teach PE at a primary school. A boy in Year 4 (T.) has just been diagnosed with Duchenne muscular dystrophy. Should he still be doing PE with everyone else, or could too much exercise actually damage his muscles? Mum mentioned he may need a wheelchair eventually - is that certain, and roughly at what age does walking usually become difficult? I want to plan ahead for him properly.',
    focus: 'Duchenne muscular dystrophy',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "can the other children catch it / how long is she contagious" = susceptibility; "does she need antibiotic cream or does it clear by itself" = treatment
    message:
      "one of our toddlers came in this morning with crusty yellow sores round her mouth, mum says the GP said impetigo. can the other children catch it off her and how long is she contagious for? does she need antibiotic cream or does it clear up by itself? we're a small nursery and want to get this right",
    focus: 'impetigo',
    types: ['susceptibility', 'treatment'],
  },
  {
    // "give it now at lunchtime or wait until tomorrow" = drug_usage; "could the hydroxyurea be causing the mouth sores" = side_effects
    subject: 'Missed dose on residential trip',
    message:
      'We are currently on a Year 6 residential with a pupil, A., who has sickle cell disease and takes hydroxyurea once a day in the morning. In the rush this morning it was not given at breakfast. Should we give it now at lunchtime or just wait until tomorrow morning? Also he has been complaining of sore patches in his mouth since Monday - could the hydroxyurea be causing this? We are trying to reach his parents as well. Thank you.',
    focus: 'hydroxyurea',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "what signs that a crisis is starting" = symptoms; "can hot weather or not drinking bring one on" = cause; "OK to play full matches" = lifestyle
    message:
      'Coach of an U14 football team here. One of my lads has sickle cell anaemia and his dad has asked me to be careful with him. What signs should I be watching for in training that a crisis might be starting? Is it true hot weather or not drinking enough can bring one on? And is it OK for him to play full matches or should I be subbing him off early?',
    focus: 'sickle cell anaemia',
    types: ['symptoms', 'cause', 'lifestyle'],
  },
  {
    // "OK in a cool box with no fridge" = storage_disposal; "full syringe or half for her size" = drug_usage; "what to do with the used needle" = storage_disposal (already counted)
    subject: 'Glucagon on summer camp',
    message:
      "We're running a week-long canoe camp and one camper (9, about 30kg) has type 1 diabetes. Her parents are sending a glucagon kit. We'll be in tents with no fridge - is it OK to keep it in a cool box or will it go off? If we ever had to use it, is it the full syringe for a child her size or half? And what do we do with the used needle afterwards out in the woods?",
    focus: 'glucagon',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "is the constant food seeking part of PWS" = symptoms; "can he take part in cooking lessons, what precautions" = lifestyle
    message:
      "I'm the SENCo at a secondary school. We have a Year 7 student, O., with Prader-Willi syndrome. Staff have noticed him taking food from other pupils' bags and from the bins at lunchtime. Is this constant food seeking part of PWS or something we should treat as a behaviour issue? Food technology starts next half-term - is it reasonable for him to take part in cooking lessons, and if so what precautions would you suggest?",
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "can she safely eat what we cook" = lifestyle (diet); "is the diet for life or will she grow out of it" = prognosis
    message:
      "Hello, M. in my Year 8 food technology class has PKU. Next week we are making pizzas and after that a meat dish. Is there anything she can safely eat from these, or should she just cook and not eat? Her dad mentioned the diet is for life but she told me she will grow out of it when she's older, which is it?",
    focus: 'PKU',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is it safe for him to do climbing and kayaking" = lifestyle; "what should we do if he bangs his head" = treatment
    message:
      "I'm a Scout leader. One of our Scouts, aged 12, has severe haemophilia A. We are off to camp in August with climbing, kayaking and the usual rough and tumble. Is it safe for him to do these activities? And what should we do if he has a fall and bangs his head - do we wait for a bruise or go straight to A&E?",
    focus: 'haemophilia A',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "how to pick her up / help with toileting" and "can she go on the climbing frame" = lifestyle; "does it get better as children grow" = prognosis
    subject: 'New starter with brittle bones',
    message:
      'We are a pre-school and in September we will be welcoming a three year old girl with osteogenesis imperfecta type 1. How should staff pick her up or help her with toileting without risking a fracture? Can she go on the climbing frame and slide with the others? Her mum says she has had 9 fractures already - does this usually get better as children grow?',
    focus: 'osteogenesis imperfecta type 1',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "how to explain to 9 year olds what Tourette's is" = information; "does stress make the tics worse" = cause; "should I let him leave the room" = lifestyle
    message:
      "Hi there, I teach Year 5. One of my pupils, R., has Tourette's and his tics have got a lot louder this term (shouting out words, some of them rude). Some of the class are laughing at him. How would you explain to 9 year olds what Tourette's actually is? I've also noticed it is worse before tests - does stress make the tics worse? Should I let him leave the room when he needs to, or does that make things worse?",
    focus: 'Tourette syndrome',
    types: ['information', 'cause', 'lifestyle'],
  },
  {
    // "how common is it" = frequency; "is the chattiness and distress at noise typical" = symptoms; "can it cause heart problems" = complications
    message:
      'Our setting has a little boy (4) with Williams syndrome - the first any of us have met. How common is it? He is incredibly chatty and friendly with strangers and gets really distressed by the hand dryer and the fire alarm - is that typical of Williams syndrome? His mum also mentioned his heart; can the condition cause heart problems we need to be aware of?',
    focus: 'Williams syndrome',
    types: ['frequency', 'symptoms', 'complications'],
  },
  {
    // "is it passed down in families / is it likely his sister has it too" = inheritance; "what classroom strategies work best" = lifestyle
    subject: 'Fragile X syndrome - sibling starting Reception',
    message:
      'Hello. We have a boy in Year 3 with fragile X and his younger sister starts in Reception in September. Is fragile X passed down in families, and is it likely she has it too? Staff in Reception want to be prepared. Also, what classroom strategies tend to work best for children with it - he struggles a lot with eye contact and transitions.',
    focus: 'Fragile X syndrome',
    types: ['inheritance', 'lifestyle'],
  },
  {
    // "are the laughing, flapping and water obsession part of it" = symptoms; "will she ever talk" = prognosis
    message:
      "I work 1:1 with a 7-year-old girl with Angelman syndrome at a special school. She laughs a lot, flaps her hands and is obsessed with water play. Are these part of Angelman syndrome or separate? She doesn't speak at all at the moment and uses a few signs - will she ever talk?",
    focus: 'Angelman syndrome',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "is the Monday nausea a known effect of methotrexate" = side_effects; "can we give ibuprofen alongside it" = interactions
    message:
      "I'm the school nurse. Year 5 pupil with juvenile idiopathic arthritis has methotrexate injections at home on Sunday evenings. Every Monday she is pale, nauseous and doesn't want to eat. Is this a known effect of methotrexate? Parents have also asked whether we can give her ibuprofen at school for joint pain - is that OK alongside it?",
    focus: 'methotrexate',
    types: ['side_effects', 'interactions'],
  },
  {
    // "sit out PE on swollen days or keep moving" = lifestyle (one question)
    message:
      'quick one - Year 9 boy with JIA, his knee swells up every few weeks. should he sit out PE on those days or is it better to keep it moving?',
    focus: 'JIA',
    types: ['lifestyle'],
  },
  {
    // "what should we do if her throat swells" = treatment; "can a knock in PE or exam stress set off an attack" = cause; "would EpiPen and antihistamine work" = treatment (already counted)
    subject: 'HAE - emergency plan',
    message:
      'Dear team, a Year 10 student has hereditary angioedema. We have never had a pupil with it before and her care plan is fairly brief. If she gets swelling in her throat at school, what should we do? Is it true that a knock during PE or even stress before exams can set off an attack? Our first aiders assume we should use an EpiPen and antihistamine as for an allergy - would these actually work for her?',
    focus: 'hereditary angioedema',
    types: ['treatment', 'cause'],
  },
  {
    // "does heat ruin them" = storage_disposal; "is it dangerous to give one when not needed" = side_effects; "how to dispose of out of date ones" = storage_disposal (already counted)
    message:
      "We take Epipens on every trip for two children with severe nut allergy. On the coach they sometimes get left in a bag in the sun - does heat ruin them? What happens if a member of staff panics and gives one to a child who wasn't actually having a reaction, is that dangerous? And how should we dispose of out of date ones?",
    focus: 'Epipens',
    types: ['storage_disposal', 'side_effects'],
  },
  {
    // "could the modafinil be causing the jitteriness and not eating" = side_effects; "does it mix with the contraceptive pill" = interactions
    message:
      "K. (16) in our sixth form has narcolepsy and started modafinil in January. Her tutor has noticed she seems very jittery and has stopped eating lunch. Could the modafinil be causing this? She also told our school nurse she is on the contraceptive pill and has heard they don't mix - is that right?",
    focus: 'modafinil',
    types: ['side_effects', 'interactions'],
  },
  {
    // "could this be narcolepsy" = diagnosis; "is there a particular kind of clinic that deals with it" = find_specialist
    subject: 'Pupil keeps falling asleep in lessons',
    message:
      "I'm a head of year. A Year 9 girl has been falling asleep in almost every lesson, even practical ones, and last week her legs went from under her when her friends made her laugh. Parents think she is just staying up on her phone. Could this be narcolepsy? If so, would the GP refer her on - is there a particular kind of clinic that deals with it?",
    focus: 'narcolepsy',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "is Creon made from pigs" = ingredients; "can we open the capsule and sprinkle it on yoghurt" = drug_usage
    subject: 'Creon capsules - halal question',
    message:
      'Assalamu alaikum. I am a lunchtime supervisor at an Islamic primary school. A boy in Year 1 has cystic fibrosis and takes Creon with his lunch and snacks. A parent volunteer said Creon is made from pigs - is that true? He has trouble swallowing the capsule whole; is it alright for us to open it and sprinkle it on his yoghurt?',
    focus: 'Creon',
    types: ['ingredients', 'drug_usage'],
  },
  {
    // "can children catch it / is it contagious" = susceptibility; "what adjustments in class" = lifestyle
    message:
      'Year 3 teacher here. A new boy with CF joins next week. A few parents have already asked me whether their children can catch it from him because he coughs a lot. Is cystic fibrosis contagious at all? Also, what adjustments should I make in class - his mum mentioned toilet access and a water bottle.',
    focus: 'cystic fibrosis',
    types: ['susceptibility', 'lifestyle'],
  },
  {
    // "could another child catch it" = susceptibility; "is trouble with concentration and learning normal in NF1" = symptoms
    message:
      "Hello, I'm a childminder. I look after a 5 year old with neurofibromatosis type 1 - she has lots of brown café au lait patches. Another parent asked me if her child could catch it. I'm sure not but want to be able to answer properly. Also is it normal for children with NF1 to have trouble with concentration and learning? She seems behind the others.",
    focus: 'neurofibromatosis type 1',
    types: ['susceptibility', 'symptoms'],
  },
  {
    // "an overview of what TSC is" = information; "is there a link between tuberous sclerosis and autism" = association; "will the seizures keep increasing as he gets older" = prognosis
    subject: 'Tuberous sclerosis - transfer of a pupil',
    message:
      'Good afternoon. I am writing as the Special Educational Needs Coordinator of a junior school. We are preparing for a child transferring to us with tuberous sclerosis complex, epilepsy and a query of autism. Could you send me an overview of what TSC is in plain language so I can brief staff? Is there a link between tuberous sclerosis and autism, or are they likely to be two separate things? Finally, his previous school reports that his seizures have become more frequent in the last year - is this likely to continue as he gets older? Kind regards, Mrs P. Okafor, SENCo',
    focus: 'tuberous sclerosis complex',
    types: ['information', 'association', 'prognosis'],
  },
  {
    // "are the chest and ear infections part of the syndrome" = symptoms (one question)
    message:
      'Child in my reception class has 22q11 deletion (DiGeorge syndrome). He is off school a lot with chest infections and ear infections, is this part of the syndrome or just bad luck?',
    focus: 'DiGeorge syndrome',
    types: ['symptoms'],
  },
  {
    // "what practical adjustments" and "should she avoid forward rolls and trampolining" = lifestyle; "can it cause breathing or ear problems" = complications
    message:
      'We have a 4-year-old with achondroplasia starting at our nursery. What practical adjustments do other settings make - steps at the sinks, toilets, coat pegs etc? Should she avoid forward rolls and the trampoline? Also, can achondroplasia cause problems with her breathing or ears that we need to know about?',
    focus: 'achondroplasia',
    types: ['lifestyle', 'complications'],
  },
  {
    // "can she go outside at playtime / are the windows a problem" = lifestyle; "what happens if she gets some sun by accident" = complications
    subject: 'XP pupil - outdoor learning',
    message:
      'Our school has a strong outdoor learning programme and we have just been told a Year 1 child has xeroderma pigmentosa. Can she go outside at playtime if she wears the hat and suit her parents have provided, and are our classroom windows a problem? What happens if she does get some sun by accident, for example on a school trip?',
    focus: 'XP',
    types: ['lifestyle', 'complications'],
  },
  {
    // "is competitive swimming safe" = lifestyle; "what can set off a dangerous rhythm" = cause; "should we get a defibrillator for poolside" = treatment
    subject: 'Long QT syndrome - swimming club',
    message:
      'A 13-year-old member of our swimming club was diagnosed with it after fainting at a gala. His parents want him to carry on. Is competitive swimming safe for him? What sort of things can set off a dangerous heart rhythm - is it the cold water, the starting buzzer? Should we be getting a defibrillator for poolside?',
    focus: 'Long QT syndrome',
    types: ['lifestyle', 'cause', 'treatment'],
  },
  {
    // "is the paddling pool OK for her" = lifestyle; "what should I do if a seizure doesn't stop" = treatment
    message:
      "I'm a registered childminder and have just taken on a 2 yr old with epilepsy. Parents are lovely but quite laid back. In summer I put the paddling pool out in the garden - is that ok for her if I'm right next to her? And what should I do if she has a seizure and it doesn't stop after a couple of minutes, she has no rescue medicine prescribed yet.",
    focus: 'epilepsy',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "what are the signs of a hypo" = symptoms; "swimming straight after lunch" and "birthday sweets and class parties" = lifestyle
    message:
      'Hello, I have a girl in my class (Year 2) who was diagnosed with type 1 diabetes over Easter. The diabetes nurse is coming in to train us next month but in the meantime what are the signs of a hypo that I should be looking for? She has swimming straight after lunch on Thursdays, is that okay? And can she still join in with birthday sweets and class parties?',
    focus: 'type 1 diabetes',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "can he still come in the pool" = lifestyle; "can the other kids catch it from the water or floats" = susceptibility
    message:
      'swim teacher here, boy in my beginners group has moluscum contagiosum on his tummy and arms. some parents complaining. can he still come in the pool and can the other kids catch it from the water or the floats?',
    focus: 'molluscum contagiosum',
    types: ['lifestyle', 'susceptibility'],
  },
  {
    // "is coeliac an allergy or something different" = information; "is it safe to handle flour / be in the room" = lifestyle
    message:
      'Teacher of food and nutrition. I have a Year 9 student with coeliac disease. Is coeliac an allergy like a nut allergy, or something different? For our bread-making practical, is it safe for her to handle the flour and be in the room while others are using it, or should she do something else?',
    focus: 'coeliac disease',
    types: ['information', 'lifestyle'],
  },
  {
    // "is it too late to give the missed lunchtime dose at 2.30" = drug_usage; "is not eating lunch due to the tablets" = side_effects; "does it have to be in a locked cabinet" = storage_disposal
    message:
      "Quick question from a busy school office - we keep a Year 6 boy's Ritalin for his lunchtime dose (ADHD). Today he was on a trip and missed it, he's back at 2.30 - is it too late to give it? His teacher says he never eats his lunch, is that the tablets? And does it have to be kept in a locked cabinet? Thanks",
    focus: 'Ritalin',
    types: ['drug_usage', 'side_effects', 'storage_disposal'],
  },
  {
    // "is it safe to play hockey and netball" = lifestyle; "what signs would tell us she is bleeding and needs hospital" = symptoms
    message:
      "One of our Year 8 girls has ITP - her platelet count is apparently quite low at the moment. She is desperate to keep playing hockey and netball. Is it safe? What signs would tell us she is bleeding somewhere she shouldn't be and needs to go to hospital?",
    focus: 'ITP',
    types: ['lifestyle', 'symptoms'],
  },
  {
    // "could a fall off the climbing frame have caused it" = association; "what can he do at playtime and in PE" = lifestyle; "will his hip recover completely" = prognosis
    subject: "Perthes' disease",
    message:
      'Dear Sir or Madam, I am a deputy head writing about a 6 year old boy who has been diagnosed with it after limping for several weeks. His parents are upset because he fell off the climbing frame at school in the autumn and they believe this caused it. Could a fall like that have caused Perthes? What should he be allowed to do at playtime and in PE? And will his hip recover completely? Yours faithfully, D. Marsh',
    focus: "Perthes' disease",
    types: ['association', 'lifestyle', 'prognosis'],
  },
  {
    // "could the other children catch it / is it infectious" = susceptibility; "what could happen to his heart" = complications
    message:
      'Nursery manager here. A little boy (3) is coming back to us after a week in hospital with Kawasaki disease. Some of our staff are worried the other children could catch it - is it infectious? His parents said he will be having heart scans for a while. What could happen to his heart?',
    focus: 'Kawasaki disease',
    types: ['susceptibility', 'complications'],
  },
  {
    // "what adjustments have helped / should she avoid gymnastics" = lifestyle; "will it get worse as she gets older" = prognosis
    message:
      'Y. in Year 4 has EDS (hypermobile type). Her fingers and wrists hurt after just a few lines of writing and she has started refusing to write at all. What adjustments have helped other children - pen grips, a laptop? Should she be avoiding gymnastics club? Her mum is worried it will get worse as she gets older; does it?',
    focus: 'EDS',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "can it be caught" = susceptibility; "will her hair grow back" = prognosis; "could the stress of the separation have caused it" = association (named exposure as cause)
    subject: 'Hair loss in a Year 3 pupil',
    message:
      'A girl in my class (Year 3) has been diagnosed with alopecia areata and has two large bald patches. Some children are refusing to sit next to her - can it be caught? Will her hair grow back? Her parents separated recently, could the stress of that have caused it?',
    focus: 'alopecia areata',
    types: ['susceptibility', 'prognosis', 'association'],
  },
  {
    // "is there no way he can play rugby / what sports instead" = lifestyle; "does Marfan run in families" = inheritance
    message:
      "I'm head of PE at a secondary school. A very tall Year 10 boy has been diagnosed with Marfan syndrome and has a letter from cardiology saying no contact sports or heavy lifting. He's our best rugby player and is gutted. Is there really no way he can play rugby, and what sports could he do instead? His cousin is in Year 8 with us and is also very tall - does Marfan run in families?",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'inheritance'],
  },
];
