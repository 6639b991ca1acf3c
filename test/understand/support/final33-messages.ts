/**
 * "final33" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, after the first change of its round (focus 0.975, type F1 0.885). Scored by final33.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --final33 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL33_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the condition is -> information
  {
    message: 'hi, what exactly is fabry disease? my cousin was just told she has it',
    focus: 'Fabry disease',
    types: ['information'],
  },
  // why: asks whether joint pain is a sign of it -> symptoms
  {
    message:
      'Does hemochromatosis cause joint pain? My knuckles ache all the time and my ferritin came back high.',
    focus: 'hemochromatosis',
    types: ['symptoms'],
  },
  // why: alcohol with a medicine -> interactions
  {
    message: "Can I have a glass of wine now and then while I'm on warfarin?",
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: empty stomach timing and a missed dose are both how to take it -> drug_usage
  {
    subject: 'levothyroxine question',
    message: 'Does it really have to be on an empty stomach? And what do I do if I forget the morning one?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: how many people have it, asked twice -> frequency
  {
    message: 'How much people in the world have Gaucher disease? It is very rare?',
    focus: 'Gaucher disease',
    types: ['frequency'],
  },
  // why: clinical trials -> research
  {
    message: 'Are there any clinical trials for ALS going on right now in Ohio?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['research'],
  },
  // why: why it happens; condition named only in the subject -> cause
  {
    subject: 'Tourette syndrome',
    message: 'What causes it? My son started having tics when he was 7.',
    focus: 'Tourette syndrome',
    types: ['cause'],
  },
  // why: whether one can catch it -> susceptibility
  {
    message: "Is Kawasaki disease contagious? A little girl in my daughter's daycare group has it.",
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: whether it must be kept in the fridge -> storage_disposal
  {
    message: 'Does hydroxychloroquine need to be kept in the fridge or is a kitchen cupboard ok?',
    focus: 'hydroxychloroquine',
    types: ['storage_disposal'],
  },
  // why: whether the hair will grow back is the outlook -> prognosis
  {
    message: 'my sister is 15 and has alopecia areata will her hair grow back',
    focus: 'alopecia areata',
    types: ['prognosis'],
  },
  // why: which genes -> genetic_changes
  {
    message: 'Which genes are involved in tuberous sclerosis?',
    focus: 'tuberous sclerosis',
    types: ['genetic_changes'],
  },
  // why: stopping attacks from coming -> prevention
  {
    message:
      'I have hereditary angioedema and get swelling attacks almost every week. Is there anything that can stop them happening so often?',
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  // why: what the tablet contains -> ingredients
  {
    message: "Does lamotrigine contain lactose? I'm very intolerant.",
    focus: 'lamotrigine',
    types: ['ingredients'],
  },
  // why: what the medicine is for and how it works; focus is the medicine -> indication
  {
    message:
      'what is colchicine actually for?? my doctor gave it to me for my FMF but i dont get how a gout pill helps',
    focus: 'colchicine',
    types: ['indication'],
  },
  // why: whether it can turn into another condition -> complications
  {
    message: "Can Crohn's disease turn into colon cancer?",
    focus: 'Crohn disease',
    types: ['complications'],
  },
  // why: whether it is always passed from a parent and the chance for the next baby are both inheritance
  {
    message:
      'Our 4-year-old daughter was diagnosed with neurofibromatosis type 1 last month after the pediatrician counted her cafe-au-lait spots. Neither my husband nor I have it. Is it always passed down from a parent? And what are the chances our next baby has it too?',
    focus: 'neurofibromatosis type 1',
    types: ['inheritance'],
  },
  // why: whether it is spreading is the course -> prognosis; other treatments -> treatment
  {
    message:
      'I was diagnosed with myasthenia gravis two years ago, at first only droopy eyelids and double vision. Lately I get tired when I chew and my voice goes weak in the evening. Does this mean it is spreading to the rest of my body? What treatments are there besides pyridostigmine?',
    focus: 'myasthenia gravis',
    types: ['prognosis', 'treatment'],
  },
  // why: chance the children get it -> inheritance; genetic counselor -> find_specialist
  {
    message:
      "My fiance's father has Huntington's disease. My fiance doesn't want to be tested yet but we would like to have kids in a few years. What are the chances our children would get it? And where can we talk to a genetic counselor about all this?",
    focus: 'Huntington disease',
    types: ['inheritance', 'find_specialist'],
  },
  // why: stopping the crises from coming -> prevention
  {
    message:
      'My grandson is 9 and has sickle cell disease. He is in the hospital again with a pain crisis, the third time this year, and he misses so much school. What can be done to stop these crises coming so often?',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  // why: which test confirms it and test preparation are both diagnosis
  {
    message:
      'Hello, I am from Brazil and living in Canada now. My doctor think I have celiac disease because stomach pain and I am losing weight. Which test I need to do for be sure? I must stop eat bread before the test or not?',
    focus: 'celiac disease',
    types: ['diagnosis'],
  },
  // why: whether he can keep playing a sport -> lifestyle
  {
    message:
      'im 16 and got diagnosed with marfan syndrome last year. im on the basketball team and my coach says i might have to quit. is it actually dangerous for me to keep playing??',
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  // why: whether hair loss comes from the medicine -> side_effects; ibuprofen with it -> interactions
  {
    message:
      "I've been taking methotrexate once a week for rheumatoid arthritis for about 3 months. My hair is coming out in clumps when I brush it. Could that be from the methotrexate? Also, is it OK to take ibuprofen with it for my bad knee?",
    focus: 'methotrexate',
    types: ['side_effects', 'interactions'],
  },
  // why: whether the medicine is safe in pregnancy -> contraindications
  {
    subject: 'prednisone and pregnancy',
    message:
      'I have sarcoidosis and take 10 mg of prednisone every day. My husband and I are trying for a baby. Is it safe to keep taking it if I get pregnant?',
    focus: 'prednisone',
    types: ['contraindications'],
  },
  // why: life expectancy -> prognosis
  {
    message:
      "My best friend (22) just found out she has Wilson disease after her liver tests kept coming back weird. She is terrified and won't look anything up herself. What is the life expectancy for someone with this?",
    focus: 'Wilson disease',
    types: ['prognosis'],
  },
  // why: whether he should get tested and what the test is -> diagnosis
  {
    message:
      "My mother has polycystic kidney disease and has been on dialysis since last year. I'm 34 and feel completely fine. Should I get tested, and what kind of test would it be?",
    focus: 'polycystic kidney disease',
    types: ['diagnosis'],
  },
  // why: why it happens -> cause; something to take for it -> treatment
  {
    message:
      'every winter my fingers go white then blue then bright red when i go outside, it really hurts. my gp says its raynauds. what actually causes it? and is there something i can take for it',
    focus: 'Raynaud phenomenon',
    types: ['cause', 'treatment'],
  },
  // why: new treatments being studied -> research
  {
    message:
      'My son (19) was diagnosed with narcolepsy with cataplexy last year. His medicines help a bit but he still falls asleep in lectures. Are there any new treatments being studied? He read something online about orexin drugs.',
    focus: 'narcolepsy',
    types: ['research'],
  },
  // why: a link between two conditions -> association
  {
    message:
      "I was diagnosed with Addison's disease at 31, and my younger sister has had type 1 diabetes since she was a kid. Is there a link between the two? Nobody else in the family has anything like this.",
    focus: 'Addison disease',
    types: ['association'],
  },
  // why: what the medicine does for another condition and how it works -> indication
  {
    message:
      "My doctor started me on metformin for my PCOS, but I don't have diabetes. I'm confused - what is it supposed to do for PCOS? How does it even work?",
    focus: 'metformin',
    types: ['indication'],
  },
  // why: whether a food brings on a reaction -> cause
  {
    message:
      "Our newborn's screening came back showing G6PD deficiency. The nurse gave us a long list of foods and medicines to avoid and I'm a bit overwhelmed. Is it true that fava beans can set off a reaction?",
    focus: 'G6PD deficiency',
    types: ['cause'],
  },
  // why: what her mutations mean -> genetic_changes; normal school -> lifestyle; new pills for it -> treatment
  {
    message:
      "Dear team, our daughter Emma is 6 months old and was diagnosed with cystic fibrosis after her newborn screening and a sweat test. We had never even heard of it before. She is gaining weight now with the enzymes and we do her chest physio twice a day, but there is so much we don't understand. I have written my questions down: 1) The geneticist said she has F508del and another mutation with a long name. What do these mean? 2) Will she be able to go to a normal school and play with other kids? 3) A mom in a Facebook group said there are new pills now that fix the real problem. Is that true? Thank you so much for your time.",
    focus: 'cystic fibrosis',
    types: ['genetic_changes', 'lifestyle', 'treatment'],
  },
  // why: whether her signs could be it -> diagnosis; a doctor who knows it -> find_specialist
  {
    message:
      "I'm 28 and for as long as I can remember my joints have popped out of place. My shoulders dislocate if I reach for something on a high shelf, I bruise if someone looks at me wrong and my skin is really stretchy. I also have constant pain in my hips and knees. For years doctors told me I was just 'double-jointed' and sent me to physio. A friend sent me an article and I recognised myself in every line. Could this be Ehlers-Danlos syndrome? My GP doesn't seem to know much about it. Where can I find a doctor who actually knows about it? I live near Manchester, UK.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: how long boys live -> prognosis; what researchers are working on and trials -> research
  {
    message:
      "My grandson Lucas is 5 and was diagnosed with Duchenne muscular dystrophy this spring. He falls a lot and has trouble climbing the stairs at our house. My daughter is holding up well on the outside but I know she cries at night. I am 68 and I read on the internet that boys with Duchenne don't live past their twenties. Is that really true? I keep hoping the scientists are working on something. Are there any studies or trials he could be part of? We live in Texas and would drive anywhere.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  // why: whether it can harm the kidneys later -> complications; the chance her daughter gets it -> inheritance
  {
    message:
      "Two years ago I started getting a rash across my cheeks every time I went in the sun, then my wrists and fingers started hurting so badly I couldn't open jars. After a lot of blood tests I was diagnosed with systemic lupus erythematosus. I'm on hydroxychloroquine now and feeling much better most days. My rheumatologist checks my urine every visit and I never really asked why. Can lupus damage my kidneys later on? I also have a 10-year-old daughter and I worry about her a lot. Is she likely to get it too?",
    focus: 'systemic lupus erythematosus',
    types: ['complications', 'inheritance'],
  },
  // why: what happens if he stops the diet -> complications; a pill instead of the diet -> treatment
  {
    message:
      "Our son Jake has phenylketonuria. He was picked up on the heel prick test and we have kept him on the low-protein diet and the formula his whole life, and he has done great. He is 13 now and he is fighting us on everything, sneaking pizza at friends' houses and refusing his formula because it 'tastes like feet'. The clinic is three hours away and we only go twice a year. What actually happens if he stops the diet as a teenager? Is there a pill he could take instead? A dad at the PKU camp mentioned something called Kuvan.",
    focus: 'phenylketonuria',
    types: ['complications', 'treatment'],
  },
  // why: whether he will walk -> prognosis; comparing two therapies -> treatment; insurance -> other; condition named only in the subject
  {
    subject: 'SMA type 2 - questions from a dad',
    message:
      'Hi. My son Noah is 2 and a half. He sat up late and never crawled, and in January the neurologist gave us the diagnosis. He is a very smart and happy boy, he talks all day long. We have a few questions. Will he ever walk, even with help? The doctors talked about Spinraza and about the gene therapy, what is the difference between them and which one is better for a child his age? And our insurance said they need more paperwork before they pay, is this usually covered?',
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'treatment', 'other'],
  },
  // why: named exposures asked as its cause -> association; whether a partner can catch it -> susceptibility; what helps -> treatment
  {
    message:
      'so ive had these painful lumps in my armpits and groin since i was about 19, they fill up and burst and leave scars. i was too embarrassed to go to the doctor for years but finally went and she said its hidradenitis suppurativa. she said losing weight and stopping smoking would help. is it because im overweight and smoke?? my new boyfriend hasnt said anything but i think he is worried, is it contagious. also what actually helps because the antibiotic cream does nothing',
    focus: 'hidradenitis suppurativa',
    types: ['association', 'susceptibility', 'treatment'],
  },
  // why: whether he will get back to normal -> prognosis; whether the flu shot caused it -> association
  {
    message:
      "My husband is 54 and very fit, he runs every weekend. Three weeks ago his feet started tingling, then within days he couldn't climb stairs and he ended up in intensive care for a week. They said it is Guillain-Barre syndrome and gave him immunoglobulin. He is now in rehab and can walk with a frame. He is so frustrated, he keeps asking me if he will ever run again and I don't know what to tell him. Will he get back to normal? And he had his flu shot about two weeks before all of this started. Could the flu shot have caused it?",
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis', 'association'],
  },
  // why: what it is -> information; whether her sister's baby could have it -> inheritance; whether she should be tested -> diagnosis
  {
    message:
      'Hello, my nephew (3) was just diagnosed with fragile X syndrome. He has been slow to talk and the whole family is trying to understand. I have three questions: 1. What is fragile X exactly? The doctor explained but my sister was too upset to remember. 2. My sister is pregnant again, 12 weeks. Could this baby have it too? 3. I am her sister and I want children one day. Should I get tested?',
    focus: 'fragile X syndrome',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  // why: surgery as an option -> treatment; whether cold wind sets off attacks -> cause
  {
    message:
      "For about a year I have had attacks of pain on the right side of my face, like electric shocks in my cheek and jaw. Sometimes brushing my teeth or just a breeze sets it off. My neurologist said it is trigeminal neuralgia and put me on carbamazepine, but it makes me so dizzy I nearly fell at work. I'm 61 and otherwise healthy. Is surgery an option for someone my age? And is it really the cold wind that sets it off, because it is much worse in winter?",
    focus: 'trigeminal neuralgia',
    types: ['treatment', 'cause'],
  },
];
