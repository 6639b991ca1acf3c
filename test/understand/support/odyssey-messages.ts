/**
 * "odyssey" set. Messages from people still searching for a diagnosis or just diagnosed after years: symptoms
 * and whether they could be a given rare condition, tests to ask for, who to see, what the new diagnosis
 * means. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.938). Scored by
 * odyssey.test.ts and by `npx tsx test/understand/support/score-messages.ts --odyssey --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ODYSSEY_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether his signs could be Fabry -> diagnosis
  {
    message:
      'my husband has had burning pain in his hands and feet since he was a kid, and these tiny dark red spots around his belly button. 20 yrs of doctors saying growing pains then "nerves". could this be fabry disease??',
    focus: 'Fabry disease',
    types: ['diagnosis'],
  },
  // why: "what exactly is it" after a new diagnosis -> information
  {
    message:
      'My 17 year old daughter was just diagnosed with Wilson disease after a year of strange liver tests, shaky hands and mood swings that everyone put down to being a teenager. What exactly is it?',
    focus: 'Wilson disease',
    types: ['information'],
  },
  // why: asks which blood test to request -> diagnosis; condition named in the message
  {
    subject: 'swelling - which test??',
    message:
      'For about 9 years my lips, hands and sometimes my belly swell up for no reason. Antihistamines do nothing and the ER keeps saying allergy. What blood test do I need to ask for to check for hereditary angioedema?',
    focus: 'hereditary angioedema',
    types: ['diagnosis'],
  },
  // why: only asks what kind of doctor to see -> find_specialist
  {
    message:
      "who am i even supposed to see for POTS?? GP says anxiety, cardiologist says my heart is 'perfect', meanwhile i nearly pass out every time i stand in the shower. what kind of doctor actually deals with postural orthostatic tachycardia",
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['find_specialist'],
  },
  // why: asks whether it can damage the heart -> complications
  {
    message:
      'Diagnosed with acromegaly last week at 46. My rings and shoes have been getting tighter for ten years and I thought it was just age. Can this have damaged my heart?',
    focus: 'acromegaly',
    types: ['complications'],
  },
  // why: how rare it is -> frequency
  {
    message:
      "how rare is stiff person syndrome actually? my neurologist said im the first one he's seen in 30 years",
    focus: 'stiff person syndrome',
    types: ['frequency'],
  },
  // why: second-language English; asks only about clinical trials -> research
  {
    message:
      'Hello, I write from Brazil. My brother after 3 years of fever, losing weight and big lymph nodes everywhere have now the diagnosis of Castleman disease (multicentric). Is there some clinical trial where he can participate? Thank you very much',
    focus: 'Castleman disease',
    types: ['research'],
  },
  // why: grandparent asks which gene -> genetic_changes
  {
    message:
      'Our grandson was finally diagnosed with Gaucher disease at age 9 after years of a swollen tummy, bruising and nosebleeds. Nobody else in the family has it that we know of. Which gene causes this?',
    focus: 'Gaucher disease',
    types: ['genetic_changes'],
  },
  // why: missed dose of a medicine -> drug_usage; focus is the medicine
  {
    message:
      'just diagnosed w myasthenia gravis after 2 years of droopy eyelids that everyone said was tiredness. neuro started me on pyridostigmine. i forgot my morning dose today, do i take 2 at lunch or just skip it?',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: whether it can be caught -> susceptibility
  {
    message:
      'I was finally diagnosed with Takayasu arteritis after 5 years of arm pain and different blood pressures in each arm. Since I told people at work some of them keep their distance. Is Takayasu arteritis contagious?',
    focus: 'Takayasu arteritis',
    types: ['susceptibility'],
  },
  // why: asks what helps the pain -> treatment
  {
    message:
      'After 14 years of being told my painful lumps were "just fat" a dermatologist finally called it Dercum disease. Is there anything that actually helps the pain??',
    focus: 'Dercum disease',
    types: ['treatment'],
  },
  // why: teacher asks about PE, field trips and classroom -> lifestyle
  {
    message:
      "I teach 3rd grade and one of my students was just diagnosed with moyamoya disease after several 'funny spells' in class where her arm went weak. Can she still do PE and come on our field trip, and is there anything I should know for the classroom day to day?",
    focus: 'Moyamoya disease',
    types: ['lifestyle'],
  },
  // why: "what causes it / was I born with it" both ask cause -> cause
  {
    message:
      'had headaches every time i cough or laugh for like 8 years, MRI finally showed a chiari malformation. what causes it? was i born with it or did something happen',
    focus: 'Chiari malformation',
    types: ['cause'],
  },
  // why: whether two conditions are the same -> information
  {
    message:
      'is lipedema the same thing as just being overweight? ive been told to diet for 15 years and my legs never change even when the rest of me does',
    focus: 'lipedema',
    types: ['information'],
  },
  // why: a medicine with another medicine -> interactions; focus is the medicine
  {
    message:
      "I was diagnosed with Addison's disease in March after years of being told I was just tired and depressed. I'm on hydrocortisone and fludrocortisone now. Is it OK to take ibuprofen with the fludrocortisone for my back?",
    focus: 'fludrocortisone',
    types: ['interactions'],
  },
  // why: life expectancy -> prognosis; are there treatments -> treatment
  {
    message:
      'My father (71) has been diagnosed with Erdheim-Chester disease after years of bone pain in his legs and then diabetes insipidus out of nowhere. We had never heard of it. What is his life expectancy, and are there treatments for it?',
    focus: 'Erdheim-Chester disease',
    types: ['prognosis', 'treatment'],
  },
  // why: could it be Marfan -> diagnosis; is it passed down -> inheritance
  {
    message:
      "My son is 14, 6'4\", very thin with long fingers, and the eye doctor says one lens is slightly out of place. Could this be Marfan syndrome? Is it something that's passed down? His dad is very tall too.",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: genetic test -> diagnosis; what doctor for referral -> find_specialist
  {
    message:
      "ive been dislocating my shoulders since i was 12, i bruise like a peach and my skin stretches way more than my friends. every doctor just says im 'flexible'. is there a genetic test for ehlers danlos? and what kind of doctor do i ask my gp to refer me to",
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: should sisters be tested -> diagnosis; can I drink wine (condition, not medicine) -> lifestyle
  {
    message:
      'Just found out I have hereditary hemochromatosis after years of sore knuckles and exhaustion - ferritin was over 1000. Should my two sisters be tested too? And can I still have a glass of wine with dinner?',
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: early signs -> symptoms; which test would show it -> diagnosis
  {
    message:
      "What are the early signs of myasthenia gravis? My mum's eyelids droop by the evening and she's started choking on her food, but her GP says it's her age. What test would show it?",
    focus: 'myasthenia gravis',
    types: ['symptoms', 'diagnosis'],
  },
  // why: should I get tested -> diagnosis; what gene -> genetic_changes
  {
    message:
      'My mother had several strokes in her 50s and migraines with aura her whole life. I am 38 and have the exact same migraines. A neurologist mentioned CADASIL. Should I get tested, and what gene is it?',
    focus: 'CADASIL',
    types: ['diagnosis', 'genetic_changes'],
  },
  // why: named exposure asked as the cause -> association; will it go away -> prognosis
  {
    message:
      'After 3 years of coughing, rashes on my shins and being exhausted all the time I was diagnosed with sarcoidosis. I worked in a foundry for 20 years. Could the foundry dust have caused it? Will it go away on its own?',
    focus: 'sarcoidosis',
    types: ['association', 'prognosis'],
  },
  // why: second-language; can this be Behcet -> diagnosis; treatment for the eyes -> treatment
  {
    message:
      'Dear doctor, I am 29 years man from Turkey, living in Germany. I have mouth ulcers since 10 years, also ulcers in genital area and 2 times inflammation in the eye. Doctors here say it is nothing. Can this be Behcet disease? And what is the treatment for the eyes, I am afraid to lose my sight.',
    focus: 'Behcet disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: how common -> frequency; can his sister have it too -> inheritance
  {
    message:
      "my nephew has had blood in his pee since he was little and now at 15 he's losing his hearing. the kidney doctor said probably alport syndrome. how common is that?? and could his little sister have it too",
    focus: 'Alport syndrome',
    types: ['frequency', 'inheritance'],
  },
  // why: eye damage from the medicine -> side_effects; breastfeeding -> contraindications; focus is the medicine
  {
    message:
      "Diagnosed with Sjogren's after 9 years of dry eyes, dry mouth and fatigue. My rheumatologist wants to start me on hydroxychloroquine. Does it damage your eyes? I'm also still breastfeeding my 6 month old - is it safe?",
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'contraindications'],
  },
  // why: could this be it -> diagnosis; do carbs bring on attacks -> cause
  {
    message:
      'Since I was a teenager I wake up some mornings and cannot move my legs for hours, usually after a big pasta dinner the night before. My potassium was low once in the ER but nobody followed up. Is this hypokalemic periodic paralysis? Do carbs really bring on the attacks?',
    focus: 'hypokalemic periodic paralysis',
    types: ['diagnosis', 'cause'],
  },
  // why: enzyme treatment -> treatment; will she end up in a wheelchair -> prognosis
  {
    message:
      'my wife got diagnosed with late onset pompe disease at 41 after 10 yrs of "weak muscles" and being told to go to the gym. is there an enzyme treatment for it, and will she end up in a wheelchair?',
    focus: 'Pompe disease',
    types: ['treatment', 'prognosis'],
  },
  // why: difference between NMO and MS -> information; stop another attack -> prevention
  {
    message:
      "I was told I had MS for 4 years and now they've changed it to NMO after an antibody test. What is the difference between neuromyelitis optica and MS? How do I stop another attack from happening?",
    focus: 'neuromyelitis optica',
    types: ['information', 'prevention'],
  },
  // why: which gene -> genetic_changes; support groups -> find_specialist
  {
    subject: 'VHL',
    message:
      "Diagnosed with von Hippel-Lindau disease at 32 after a kidney tumor - turns out the 'eye thing' I had at 19 was part of it too. Which gene is it? Are there any support groups for people with VHL?",
    focus: 'Von Hippel-Lindau disease',
    types: ['genetic_changes', 'find_specialist'],
  },
  // why: what it is for -> indication; how often infusions -> drug_usage; focus is the medicine
  {
    message:
      'My wife was diagnosed with PNH (paroxysmal nocturnal hemoglobinuria) after years of unexplained anemia and dark pee in the mornings. The hematologist wants to start eculizumab. What does eculizumab actually do for PNH and how often are the infusions?',
    focus: 'eculizumab',
    types: ['indication', 'drug_usage'],
  },
  // why: could this be it / tests -> diagnosis; who treats it -> find_specialist; diet -> lifestyle
  {
    message:
      "Long story sorry. For 6 years I've had flushing, hives, stomach cramps and twice my throat closed up with no allergen anyone can find. Allergy tests all negative, EpiPen on me at all times. I read about mast cell activation syndrome and it sounds exactly like me. Could this be it and what tests should I ask for (tryptase?). Who even treats this, an allergist or a hematologist? And is there some kind of diet that helps? I'm scared to eat half the time.",
    focus: 'mast cell activation syndrome',
    types: ['diagnosis', 'find_specialist', 'lifestyle'],
  },
  // why: two conditions named; link between them -> association; will she grow out of POTS -> prognosis
  {
    message:
      'my daughter (16) got diagnosed with ehlers-danlos last year and now the cardiologist thinks she has POTS too. is there a connection between EDS and POTS? will she grow out of the POTS part',
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['association', 'prognosis'],
  },
  // why: chance I have it -> inheritance; get tested -> diagnosis; what will happen to him -> prognosis
  {
    message:
      "My dad was diagnosed with Huntington disease at 58 after years of us thinking it was just his temper and clumsiness. I'm 30. What's the chance I have it too? Should I get tested before we start trying for kids? And what is going to happen to him over the next few years?",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: two conditions named; telling them apart -> diagnosis; worse each generation -> inheritance
  {
    message:
      'My cousin has Charcot-Marie-Tooth and I assumed my weak hands and foot drop were the same thing, but my neurologist now thinks it is myotonic dystrophy. How do they tell the two apart? And is myotonic dystrophy the one that gets worse with each generation?',
    focus: 'myotonic dystrophy',
    types: ['diagnosis', 'inheritance'],
  },
  // why: triggers of attacks -> cause; prevent them -> prevention; specialist center -> find_specialist
  {
    message:
      "8 ER visits in 3 years for terrible belly pain, dark urine and once a seizure. Everyone said IBS or drug seeking until a resident thought of porphyria. Now it's confirmed: acute intermittent porphyria. What sets off the attacks? How can I keep them from happening? Is there a center in the US that specializes in this?",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention', 'find_specialist'],
  },
  // why: lose walking -> prognosis; heart -> complications; new drug -> treatment; trials -> research
  {
    message:
      'our 11 yr old was diagnosed w friedreichs ataxia after 2 yrs of falling over and a curved spine. will she lose the ability to walk? does it affect the heart? is that new drug omaveloxolone something she could get at her age? any trials for kids??',
    focus: 'Friedreich ataxia',
    types: ['prognosis', 'complications', 'treatment', 'research'],
  },
  // why: how it works -> indication; dose for a child -> drug_usage; harm growth -> side_effects; focus is the medicine
  {
    message:
      'My son (7) was finally diagnosed with familial Mediterranean fever after 4 years of fevers and tummy pain every month that the doctors called viruses. He is starting colchicine. How does colchicine work, what is the normal dose for a child his size, and can it affect his growth?',
    focus: 'colchicine',
    types: ['indication', 'drug_usage', 'side_effects'],
  },
  // why: what is it -> information; how common -> frequency; treatment to help have a baby -> treatment
  {
    subject: 'new diagnosis at 35',
    message:
      "My husband and I have been trying for a baby for 3 years and after lots of tests he was diagnosed with Klinefelter syndrome. We'd never heard of it. What is it, how common is it, and is there any treatment that could help us have a baby?",
    focus: 'Klinefelter syndrome',
    types: ['information', 'frequency', 'treatment'],
  },
  // why: what else it affects -> complications; kids screened -> diagnosis; what can be done for nosebleeds -> treatment
  {
    message:
      'nosebleeds my whole life, so did my mum and grandad, now im anemic and the ENT says its HHT (hereditary hemorrhagic telangiectasia). what else can it affect in the body? should my kids be screened? and what can be done about the nosebleeds, im going through a box of tissues a day',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['complications', 'diagnosis', 'treatment'],
  },
  // why: two conditions named; same as JIA -> information; come back after remission -> prognosis
  {
    message:
      "Is adult-onset Still disease the same as the juvenile arthritis I had as a kid? My rheumatologist says I have Still's after 2 years of spiking fevers and a salmon-pink rash nobody could explain. Can it come back after it goes into remission?",
    focus: 'adult-onset Still disease',
    types: ['information', 'prognosis'],
  },
];
