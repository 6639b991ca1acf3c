/**
 * "teachers" set. Messages from teachers, teaching assistants, coaches and school nurses about a pupil with a
 * condition or on a medicine: what to watch for, emergencies, sports and trips, learning, medicines at school.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds.
 * Scored once, before any change made for it (focus 1.000, type F1 0.839). Scored by teachers.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --teachers --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TEACHERS_MESSAGES: ConsumerMessage[] = [
  // why: "what is Williams syndrome?" asks only for an overview
  {
    message:
      'what is Williams syndrome? we have a new pupil starting in my class next term and i know nothing about it',
    focus: 'Williams syndrome',
    types: ['information'],
  },
  // why: missing a lunchtime dose and taking it later is drug_usage; whether irritability comes from it is side_effects
  {
    subject: 'Keppra at school',
    message:
      'One of my Year 4 pupils takes Keppra (levetiracetam) and his mum says he has a dose at lunchtime. If he misses it because we are out on a trip, can he just take it when he gets home? Also he seems really irritable and snappy in the afternoons, could that be the medicine?',
    focus: 'Keppra',
    types: ['drug_usage', 'side_effects'],
  },
  // why: signs of a low is symptoms, cross country is lifestyle, what to do if she collapses is treatment
  {
    message:
      'im a PE teacher and a girl in my year 8 class has type 1 diabetes. what signs should i look for if her sugar is going low during the lesson? can she still do the cross country run next week and what do i do if she actually collapses',
    focus: 'type 1 diabetes',
    types: ['symptoms', 'lifestyle', 'treatment'],
  },
  // why: whether it must be kept in the fridge is storage
  {
    subject: 'EpiPen storage',
    message:
      'Does an EpiPen need to be kept in the fridge? Our medical room gets very warm in the summer and I want to be sure the pens we hold for pupils will still work.',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  // why: losing walking is prognosis, what to avoid in PE is lifestyle, new treatments being studied is research
  {
    message:
      "I'm a teaching assistant supporting a 7 year old boy with Duchenne muscular dystrophy. He is such a happy little boy and loves football at break. Will he lose the ability to walk, and roughly at what age? Is there anything I should stop him doing in PE or at playtime so he doesn't damage his muscles? And is there any research going on, any new treatments coming? His mum seems very hopeful about something she read.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'lifestyle', 'research'],
  },
  // why: whether the tics get better with age is prognosis; how to handle tics in class is lifestyle (school)
  {
    subject: 'tics in class',
    message:
      'A boy in my Year 6 class has Tourette syndrome. Will his tics get better as he gets older? And should we just ignore the tics in lessons or is it better to say something to him or the class?',
    focus: 'Tourette syndrome',
    types: ['prognosis', 'lifestyle'],
  },
  // why: outdoor pool is lifestyle, what brings on a crisis is cause, avoiding one is prevention, what to do in one is treatment
  {
    subject: 'Residential trip - pupil with sickle cell',
    message:
      'Hello, we are taking our Year 6 on a 4 night residential to an outdoor centre in the Lake District in May. One of the children has sickle cell disease. His parents are happy for him to go but I want to do a proper risk assessment. Is it OK for him to go in the lake and the outdoor pool? What can bring on a crisis? How can we prevent one while we are away, is it just drinking lots of water? And what should staff do if he gets a pain crisis anyway when we are miles from a hospital?',
    focus: 'sickle cell disease',
    types: ['lifestyle', 'cause', 'prevention', 'treatment'],
  },
  // why: whether the medicine contains pork gelatine is about its ingredients
  {
    message:
      'Does Ritalin contain anything made from pork? The family of one of my pupils is Muslim and they asked the school to check before he starts taking it at lunchtime.',
    focus: 'Ritalin',
    types: ['ingredients'],
  },
  // why: "could this be absence seizures / should she be checked" is diagnosis; growing out of them is prognosis
  {
    message:
      "I think a girl in my reception class might be having absence seizures. She stares into space for a few seconds, many times a day, and doesn't respond when I say her name, then carries on as if nothing happened. Could this be absence seizures? Should I tell her parents she needs to be checked? And if it is, do children grow out of them?",
    focus: 'absence seizures',
    types: ['diagnosis', 'prognosis'],
  },
  // why: whether he needs it with snacks too is about when to take the medicine
  {
    message:
      'Our pupil with cystic fibrosis takes Creon with his lunch. Does he need to take it with snacks too, like a packet of crisps or a biscuit at break time?',
    focus: 'Creon',
    types: ['drug_usage'],
  },
  // why: whether rugby is allowed is lifestyle; what to do for a knock or a swollen joint is treatment
  {
    subject: 'rugby and haemophilia',
    message:
      'A lad on my under 12s rugby team has haemophilia. Is rugby off limits for him or can he carry on playing with precautions? What should I do if he takes a knock to the head or a joint swells up during a match?',
    focus: 'haemophilia',
    types: ['lifestyle', 'treatment'],
  },
  // why: which sports are unsafe is lifestyle; what could happen to his heart is complications
  {
    message:
      'PE teacher here. One of my tallest students has Marfan syndrome and wants to join the basketball team. Which sports are dangerous for him? What could happen to his heart if he pushes himself too hard?',
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications'],
  },
  // why: asks only for the signs
  {
    message: 'signs of anaphylaxis in a child?',
    focus: 'anaphylaxis',
    types: ['symptoms'],
  },
  // why: whether laughing making her collapse is part of it is symptoms; helping her in class and exams is lifestyle
  {
    message:
      'A 15 year old in my maths class keeps falling asleep, and last week her knees buckled when she was laughing with friends. Her mum told me she has been diagnosed with narcolepsy. Is it normal for laughing to make her legs go weak like that? What can we do in class to help her stay awake, and would extra time or rest breaks in exams be reasonable?',
    focus: 'narcolepsy',
    types: ['symptoms', 'lifestyle'],
  },
  // why: special diet and locking food away are both daily life at school, so lifestyle only
  {
    subject: 'lunchbox question',
    message:
      'We have a pupil with Prader-Willi syndrome joining Year 2. Is there a special diet he should be on at school? Should we be locking away food in the classroom, like the snack box and the fruit?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle'],
  },
  // why: when to give the injection is drug_usage, warning signs of a crisis is symptoms, fridge or room temperature is storage
  {
    subject: 'emergency hydrocortisone injection',
    message:
      'Hi, I am the school nurse at a primary school. A pupil with congenital adrenal hyperplasia has started with us and his parents have given us an emergency hydrocortisone injection kit. When exactly should we give the injection - is vomiting once enough of a reason? What are the warning signs of an adrenal crisis that staff should look for? And can the kit be kept in the first aid cupboard or does it need to go in the fridge?',
    focus: 'hydrocortisone',
    types: ['drug_usage', 'symptoms', 'storage_disposal'],
  },
  // why: chance the next baby has it is inheritance; how common is frequency
  {
    message:
      'is down syndrome inherited? the mum of one of my pupils is expecting again and asked me if the new baby will have it too, i didnt know what to say. also how common is it',
    focus: 'down syndrome',
    types: ['inheritance', 'frequency'],
  },
  // why: whether he can swim with the class is lifestyle
  {
    message:
      'Can a child with epilepsy go swimming with the rest of the class? His seizures are well controlled but the pool staff are asking us.',
    focus: 'epilepsy',
    types: ['lifestyle'],
  },
  // why: how long to wait before giving it is drug_usage; sleepiness afterwards from it is side_effects
  {
    message:
      'buccal midazolam - how long after the seizure starts are we meant to give it? and is it normal for him to be very sleepy for hours afterwards, is that the midazolam',
    focus: 'midazolam',
    types: ['drug_usage', 'side_effects'],
  },
  // why: what it is, PE, first aid for a fracture, and whether it improves after puberty are information, lifestyle, treatment and prognosis
  {
    message:
      "I'm a teaching assistant supporting a 6 year old girl with osteogenesis imperfecta (brittle bone disease). She is tiny, very bright and very determined! Some of the other staff are nervous about her in the playground and honestly so am I. What is the condition actually - is it just weak bones? Can she join in with PE at all? If she falls and we think something's broken, what should we do while we wait for the ambulance? Also, will she keep breaking bones as she gets older or does it get better after puberty? Thank you for any help.",
    focus: 'osteogenesis imperfecta',
    types: ['information', 'lifestyle', 'treatment', 'prognosis'],
  },
  // why: whether it is the same as a wheat allergy asks what it is (difference between two conditions)
  {
    message:
      'A parent told me her son\'s coeliac disease is "just a wheat allergy". Is coeliac disease the same thing as a wheat allergy?',
    focus: 'coeliac disease',
    types: ['information'],
  },
  // why: using it before PE or only when wheezy is drug_usage; shaking and racing heart from it is side_effects
  {
    subject: 'inhaler before PE',
    message:
      "Should my student use her Ventolin before every PE lesson or only when she's wheezy? Her hands shake and she says her heart is racing after she uses it - is that from the inhaler?",
    focus: 'Ventolin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: asks which gene causes it
  {
    message:
      'doing a science lesson on genetics and one of my pupils who has fragile x wants to present about it to the class. which gene causes it?',
    focus: 'fragile x',
    types: ['genetic_changes'],
  },
  // why: when to use it is drug_usage, harm if not low is side_effects, where to keep it and heat is storage, doctor's signature is other
  {
    subject: 'glucagon kit',
    message:
      "The nurse has trained a few of us on the glucagon kit for a diabetic pupil. How do we know when to use it instead of just giving her juice and glucose tablets? Can it do any harm if we give it and it turns out she wasn't actually low? Should we keep it in the classroom or the office, and is heat a problem on the school trip bus? Lastly, does a doctor have to sign a form before school staff are allowed to give it?",
    focus: 'glucagon',
    types: ['drug_usage', 'side_effects', 'storage_disposal', 'other'],
  },
  // why: whether other children can catch it is susceptibility
  {
    message:
      'A boy is coming back to school after Kawasaki disease. Is it contagious? Can the other kids catch it from him?',
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: tiredness from methotrexate is side_effects; ibuprofen on the same day is interactions
  {
    message:
      'A pupil with juvenile arthritis takes methotrexate once a week on Sunday nights. On Mondays she often looks pale and washed out and feels sick. Is that from the methotrexate? And can the school give her ibuprofen for her knee pain on the same day?',
    focus: 'methotrexate',
    types: ['side_effects', 'interactions'],
  },
  // why: whether her brother may have it too (runs in families) is inheritance
  {
    message:
      'is EDS hereditary? a girl in my class has it and her little brother in year 1 has the same really bendy fingers',
    focus: 'EDS',
    types: ['inheritance'],
  },
  // why: a link between strep throat and the behaviours is association; how it is confirmed is diagnosis
  {
    message:
      'A girl in my class suddenly developed tics and hand washing rituals a few weeks after a throat infection. Her parents mentioned PANDAS. Is there really a link between strep throat and these kinds of behaviours? How do doctors confirm it?',
    focus: 'PANDAS',
    types: ['association', 'diagnosis'],
  },
  // why: what happens off the diet is complications, squash with aspartame is diet (lifestyle), how common is frequency
  {
    subject: 'school dinners and PKU',
    message:
      "Our new Year 1 pupil has phenylketonuria. The catering staff have never heard of it - how common is it? What happens if he doesn't stick to his diet at lunch, for example if he swaps food with a friend? And is the sugar free squash with aspartame that we give out at lunch OK for him?",
    focus: 'phenylketonuria',
    types: ['frequency', 'complications', 'lifestyle'],
  },
  // why: whether orange juice stops it working is a food interaction
  {
    message:
      'can my student take his Adderall with orange juice at breakfast club? someone told me citrus stops it working',
    focus: 'Adderall',
    types: ['interactions'],
  },
  // why: what causes it is cause; whether he will always need the wheelchair is prognosis
  {
    message:
      "The children in my class asked me why their friend has spina bifida and I didn't know what to tell them. What causes it? Will he always need his wheelchair or could he walk one day?",
    focus: 'spina bifida',
    types: ['cause', 'prognosis'],
  },
  // why: competing is lifestyle; what sets off an episode is cause
  {
    message:
      'One of my swimmers (14) has long QT syndrome. Is it safe for her to keep competing? Is there anything like the starting buzzer or the cold water that can set off an episode?',
    focus: 'long QT syndrome',
    types: ['lifestyle', 'cause'],
  },
  // why: what it is, triggers, preventing seizures on hot days, organisations to train staff and trials are information, cause, prevention, find_specialist and research
  {
    subject: 'New pupil with Dravet syndrome',
    message:
      'Dear team, I am the SENCO at a small primary school and in September we will have a 5 year old boy with Dravet syndrome starting in reception. We have had children with epilepsy before but his parents say this is different. What is Dravet syndrome, in plain terms, so I can explain it to staff? What triggers his seizures? The parents mentioned heat and excitement. How do we prevent seizures on hot days and during things like sports day? Are there specialist organisations that could come in and train our staff? His dad also asked me to find out if there are any clinical trials he could take part in. Many thanks.',
    focus: 'Dravet syndrome',
    types: ['information', 'cause', 'prevention', 'find_specialist', 'research'],
  },
  // why: asks for an organisation or support group
  {
    message:
      'Is there a support group or organisation for cerebral palsy that has resources for schools? We want to make PE more inclusive.',
    focus: 'cerebral palsy',
    types: ['find_specialist'],
  },
  // why: feeling worse at first on it is side_effects; taking hay fever tablets with it is interactions
  {
    message:
      'A student in my tutor group told me she has just started sertraline for anxiety. Is it normal to feel worse in the first few weeks? Can she still take her hay fever tablets with it?',
    focus: 'sertraline',
    types: ['side_effects', 'interactions'],
  },
  // why: maths and hearing as features are symptoms, whether she should get a hearing test is diagnosis, her sister's chance is inheritance
  {
    subject: 'Turner syndrome - questions from her teacher',
    message:
      "I teach a lovely 10 year old with Turner syndrome. Her mum says she has injections every night to help her grow. She is good at reading but really struggles with maths - is that part of the condition? I have also noticed she doesn't always hear me. Can Turner syndrome affect hearing, and should I suggest she has a hearing test? Her little sister is in Year 1, is there a chance she has it too?",
    focus: 'Turner syndrome',
    types: ['symptoms', 'diagnosis', 'inheritance'],
  },
  // why: whether it is ok for a child that young to take it is a contraindication
  {
    message:
      'school nurse here. a parent has sent in Zyrtec for her 3 year old in nursery for hayfever. is it ok for kids that young',
    focus: 'Zyrtec',
    types: ['contraindications'],
  },
  // why: "how does it work" and whether it is a stimulant ask what the medicine is and how it works
  {
    message:
      'Is atomoxetine a stimulant like Ritalin? How does it work? One of my pupils has just been switched to it.',
    focus: 'atomoxetine',
    types: ['indication'],
  },
  // why: "is there a cure" is treatment; whether exam stress brings on a flare is cause
  {
    message:
      "A teenager in my tutor group has Crohn's disease and misses a lot of school. is there a cure for crohns? could the stress of her GCSEs bring on a flare",
    focus: "Crohn's disease",
    types: ['treatment', 'cause'],
  },
  // why: PE and playtime is lifestyle, signs of it coming back is symptoms, chance of relapse is prognosis
  {
    subject: 'pupil back after leukaemia treatment',
    message:
      'Hi, a boy in my Year 5 class is coming back part time after treatment for acute lymphoblastic leukaemia. His parents are understandably anxious and so are we. Can he join in with PE and playtime yet? What signs should we look out for that it might be coming back? And what is the chance that it does come back?',
    focus: 'acute lymphoblastic leukaemia',
    types: ['lifestyle', 'symptoms', 'prognosis'],
  },
];
