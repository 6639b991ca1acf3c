/**
 * "final22" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, at the end of its round, after its last change (focus 1.000,
 * type F1 0.950). Never tuned on: change nothing because of its misses. Scored by final22.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --final22 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL22_MESSAGES: ConsumerMessage[] = [
  {
    // "fabry disease treatment" -> treatment (search query about therapies)
    message: 'fabry disease treatment',
    focus: 'Fabry disease',
    types: ['treatment'],
  },
  {
    // "wolfram syndrome what is it" -> information (what the condition is)
    message: 'wolfram syndrome what is it',
    focus: 'Wolfram syndrome',
    types: ['information'],
  },
  {
    // "Could this be Marfan syndrome?" -> diagnosis (whether his signs could be it)
    // "is it passed down from his dad?" -> inheritance (whether it runs in the family)
    subject: 'Marfan?',
    message:
      'My son is 14, very tall and thin with really long fingers, and the eye doctor said one of ' +
      'his lenses is slightly out of place. His father is 6\'6" and has had a heart murmur since he was ' +
      'young. Could this be Marfan syndrome? And if it is, is it passed down from his dad?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "is the diarrhea from the metformin" -> side_effects (whether a problem comes from the medicine)
    // "should I take it with food or before eating?" -> drug_usage (timing of the dose)
    message:
      'I just started metfromin 500mg twice a day for type 2 diabetes and I have had diarrhea ' +
      'every day since. Is the diarrhea from the metformin? Should I take it with food or before ' +
      'eating?',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "can i drink wine when on warfarin" -> interactions (medicine with alcohol)
    message: 'can i drink wine when on warfarin',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "What is the chance the next baby will be having sickle cell also?" -> inheritance (next baby)
    // "what we can do for stop the crisis coming so often" -> prevention (preventing crises)
    message:
      'Hello, I am writing from Lagos. My husband and me are both AS genotype and our first son is ' +
      'SS, he have sickle cell disease. He is 6 now and the crisis pain is coming almost every month, ' +
      'he miss school a lot. What is the chance the next baby will be having sickle cell also? And what ' +
      'we can do for stop the crisis coming so often? Thank you very much for your help.',
    focus: 'sickle cell disease',
    types: ['inheritance', 'prevention'],
  },
  {
    // "Should I get tested?" -> diagnosis (whether someone should be tested)
    // "What is the gene that causes it" -> genetic_changes (which gene)
    // "how long do people usually live after the symptoms start?" -> prognosis (life expectancy)
    subject: 'genetic test for huntingtons',
    message:
      "My mother was diagnosed with Huntington's disease last year at 52. I am 27 and engaged. " +
      'Should I get tested? What is the gene that causes it, and how long do people usually live after ' +
      'the symptoms start?',
    focus: 'Huntington disease',
    types: ['diagnosis', 'genetic_changes', 'prognosis'],
  },
  {
    // "Is isotretinoin (accutane) safe if there's a chance I'm pregnant?" -> contraindications (pregnancy)
    subject: 'accutane and pregnancy',
    message: "Is isotretinoin (accutane) safe if there's a chance I'm pregnant? My period is late.",
    focus: 'isotretinoin',
    types: ['contraindications'],
  },
  {
    // "When is the best time of day to take levothyroxine?" -> drug_usage (timing)
    // "is my coffee a problem?" -> interactions (medicine with food/drink)
    message:
      'When is the best time of day to take levothyroxine? I usually swallow it with my first cup ' +
      'of coffee at 7am, is my coffee a problem?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Are there any clinical trials for FOP right now?" -> research (clinical trials)
    // "is there anything that can slow it down?" -> treatment (managing it)
    message:
      'Our niece is 8 and was diagnosed with fibrodysplasia ossificans progressiva (FOP) after a ' +
      'lump on her back turned into bone. Are there any clinical trials for FOP right now? And is there ' +
      'anything that can slow it down?',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['research', 'treatment'],
  },
  {
    // "how rare is alport syndrome" -> frequency (how common or rare)
    message: 'how rare is alport syndrome',
    focus: 'Alport syndrome',
    types: ['frequency'],
  },
  {
    // "Where can I find a doctor who actually knows about EDS?" -> find_specialist (doctor)
    // "is it ok for me to keep doing yoga" -> lifestyle (exercise)
    // "could my kids have it too?" -> inheritance (chance children have it)
    subject: 'Ehler Danlos - need a doctor',
    message:
      'Hi, I\'m 31 and have always been "double jointed". My shoulders slip out of place, I bruise ' +
      "from nothing and I've had chronic pain since my teens. My physio thinks it is hypermobile " +
      'Ehlers-Danlos syndrome, but my GP just shrugs. Where can I find a doctor who actually knows ' +
      'about EDS? I live near Columbus, Ohio. Also, is it ok for me to keep doing yoga, or will the ' +
      'stretching make my joints looser? I have two kids, could my kids have it too? Thanks so much.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist', 'lifestyle', 'inheritance'],
  },
  {
    // "how do I get rid of the leftover gabapentin" -> storage_disposal (throwing away a medicine)
    message:
      'My dad passed away last month and there are three bottles of gabapentin left in the house. ' +
      'how do I get rid of the leftover gabapentin safely?',
    focus: 'gabapentin',
    types: ['storage_disposal'],
  },
  {
    // "Does omeprazole contain lactose?" -> ingredients (what the medicine contains)
    message: 'Does omeprazole contain lactose? I am very lactose intolerant.',
    focus: 'omeprazole',
    types: ['ingredients'],
  },
  {
    // "How does it actually work?" -> indication (how the medicine works)
    message:
      'My rheumatologist wants me to start plaquenil (hydroxychloroquine) for my lupus. I thought ' +
      'it was a malaria drug. How does it actually work?',
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  {
    // "Is there any program that helps families pay for it?" -> other (costs, insurance)
    subject: 'Pompe disease - insurance denied infusions',
    message:
      'Our son has late onset Pompe disease and the insurance just denied his enzyme infusions for ' +
      'the second time. Is there any program that helps families pay for it? We are desperate.',
    focus: 'Pompe disease',
    types: ['other'],
  },
  {
    // "Can celiac disease turn into cancer" -> complications (turning into another condition)
    // "is it ok to eat oats?" -> lifestyle (diet)
    message:
      'Can celiac disease turn into cancer if I accidentally eat gluten now and then? And is it ok ' +
      'to eat oats?',
    focus: 'celiac disease',
    types: ['complications', 'lifestyle'],
  },
  {
    // "can my pregnant daughter in law catch it from me?" -> susceptibility (whether someone can catch it)
    message: 'i have shingles on my back, can my pregnant daughter in law catch it from me',
    focus: 'shingles',
    types: ['susceptibility'],
  },
  {
    // "Is there a link between hidradenitis and smoking?" -> association (condition and an exposure)
    message:
      "I'm 26 and keep getting these painful lumps in my armpits and groin, the dermatologist " +
      "says it's hidradenitis suppurativa. I smoke about 10 a day. Is there a link between " +
      'hidradenitis and smoking?',
    focus: 'hidradenitis suppurativa',
    types: ['association'],
  },
  {
    // "What triggers the attacks?" -> cause (what brings on its attacks)
    // "Will she grow out of it?" -> prognosis (course)
    subject: 'FMF in my daughter',
    message:
      'Dear team, my daughter (6) was diagnosed with familial Mediterranean fever. Every few weeks ' +
      'she has high fever and terrible belly pain for 2-3 days. She takes colchicine now. What triggers ' +
      'the attacks? Will she grow out of it? Thank you.',
    focus: 'familial Mediterranean fever',
    types: ['cause', 'prognosis'],
  },
  {
    // "Does wilsons disease cause a tremor?" -> symptoms (whether a sign belongs to it)
    // "what blood test shows it?" -> diagnosis (tests)
    message:
      'My 17 yo son has high liver enzymes and now his right hand shakes when he writes. The ' +
      'doctor mentioned wilsons diesease. Does wilsons disease cause a tremor? what blood test shows ' +
      'it?',
    focus: 'Wilson disease',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "Will he walk again?" -> prognosis (whether someone will walk)
    // "How long does recovery usually take?" -> prognosis (course; same type)
    // "when could he go back to work" -> lifestyle (work)
    subject: 'Guillain Barre',
    message:
      'My husband (45) was diagnosed with Guillain-Barre syndrome last week, two weeks after a bad ' +
      "stomach bug. He can't stand anymore and he is in the ICU getting IVIG. Will he walk again? How " +
      'long does recovery usually take? And when could he go back to work, he is a long-haul truck ' +
      'driver and we only have his income.',
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "which gene mutation causes neurofibromatosis 1?" -> genetic_changes (which gene)
    message: 'which gene mutation causes neurofibromatosis 1?',
    focus: 'neurofibromatosis type 1',
    types: ['genetic_changes'],
  },
  {
    // "how do I prevent gout flares" -> prevention (preventing attacks)
    // "does beer bring them on more than wine?" -> cause (what brings on its attacks)
    message:
      'had 3 gout attacks in my big toe this year, how do I prevent gout flares? does beer bring ' +
      'them on more than wine?',
    focus: 'gout',
    types: ['prevention', 'cause'],
  },
  {
    // "Which one is best for him?" -> treatment (medicines)
    // "Are there new studies for older kids?" -> research (studies)
    subject: 'SMA type 2 - new medicines',
    message:
      'Our son is 3 and has spinal muscular atrophy type 2. He gets Spinraza injections but we ' +
      'keep reading about Zolgensma and risdiplam. Which one is best for him? Are there new studies for ' +
      'older kids?',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'research'],
  },
  {
    // "can it cause weight gain?" -> side_effects (a medicine's side effect)
    // "is it ok to keep taking when breastfeeding" -> contraindications (breastfeeding)
    // "can I take ibuprofen with it for my headaches?" -> interactions (with another medicine)
    message:
      'been on zoloft (sertraline) 50 mg for 2 months for post partum depression. can it cause ' +
      'weight gain? i put on 4 kg. is it ok to keep taking when breastfeeding, baby is 10 weeks. and ' +
      'can I take ibuprofen with it for my headaches?',
    focus: 'sertraline',
    types: ['side_effects', 'contraindications', 'interactions'],
  },
  {
    // "What is the life expectancy now?" -> prognosis (life expectancy)
    // "Should he follow a special diet or exercise plan?" -> lifestyle (diet, exercise)
    message:
      'My brother has Down syndrome and just turned 48. Our parents are gone and I am now his ' +
      'guardian. What is the life expectancy now for people with Down syndrome? Should he follow a ' +
      'special diet or exercise plan?',
    focus: 'Down syndrome',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "Is it realistic for her to live in a dorm" -> lifestyle (school, daily life)
    // "Can CF damage the liver?" -> complications (other problems it leads to)
    message:
      'Our daughter with CF got accepted to a college 500 miles away. Is it realistic for her to ' +
      'live in a dorm with all her treatments and the germ risk? Also her last bloodwork showed high ' +
      'liver numbers, can CF damage the liver?',
    focus: 'cystic fibrosis',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Is there any cure like bone marrow transplant for him?" -> treatment (cures, transplant)
    // "Where we can find hospital that do this in India?" -> find_specialist (expert center)
    message:
      'Good day doctor. My brother have the thalasemia major and need blood every month since ' +
      'small. He is 19. Is there any cure like bone marrow transplant for him? Where we can find ' +
      'hospital that do this in India? Please reply.',
    focus: 'thalassemia',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "What is this exactly?" -> information (what the condition is)
    // "Will she have normal intelligence?" -> prognosis (outlook)
    // "Are there support groups for parents?" -> find_specialist (support groups)
    subject: 'tuberous sclerosis - just diagnosed',
    message:
      'Our baby girl started having seizures at 5 months and after an MRI they told us she has ' +
      'tuberous sclerosis. We are in shock, nobody explained anything. What is this exactly? Will she ' +
      'have normal intelligence? Are there support groups for parents?',
    focus: 'tuberous sclerosis',
    types: ['information', 'prognosis', 'find_specialist'],
  },
  {
    // "does the amoxicillin liquid for kids have to be kept in the fridge?" -> storage_disposal (storing it)
    message:
      'does the amoxicillin liquid for kids have to be kept in the fridge? we left it on the ' +
      'counter overnight',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "difference between haemochromatosis and haemosiderosis?" -> information (difference between two)
    message: 'difference between haemochromatosis and haemosiderosis?',
    focus: 'hemochromatosis',
    types: ['information'],
  },
  {
    // "can I take it on Wednesday instead?" -> drug_usage (missed dose)
    // "Can I take ibuprofen with it for the pain?" -> interactions (with another medicine)
    // "is one glass of wine on the weekend OK?" -> interactions (alcohol; same type)
    subject: 'methotrexate questions',
    message:
      'I take methotrexate 15mg once a week (Mondays) for rheumatoid arthritis. I forgot it this ' +
      'Monday, can I take it on Wednesday instead? Can I take ibuprofen with it for the pain? And is ' +
      'one glass of wine on the weekend OK?',
    focus: 'methotrexate',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "prednisone making me not sleep??" -> side_effects (whether a problem comes from the medicine)
    message: 'prednisone making me not sleep??',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  {
    // "Could my dad have essential tremor?" -> diagnosis (whether his signs could be it)
    // "Does it run in families?" -> inheritance (runs in families)
    message:
      'Could my dad have essential tremor? His hands shake when he holds a cup or signs his name ' +
      'but not when they rest on his lap. His mother had the same shake. Does it run in families?',
    focus: 'essential tremor',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "Does fasting or dieting bring on the attacks?" -> cause (what brings on its attacks)
    // "How can I stop getting attacks every month before my period?" -> prevention (preventing attacks)
    subject: 'AIP attacks',
    message:
      'I have acute intermittent porphyria (AIP), diagnosed 2 years ago after many ER visits for ' +
      'stomach pain. Does fasting or dieting bring on the attacks? How can I stop getting attacks every ' +
      'month before my period?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  {
    // "Did he get it from his parents?" -> inheritance (whether it runs in families)
    // "How common is it?" -> frequency (how common)
    message:
      'My husband found out during our fertility tests that he has klinefelters syndrome (47,XXY). ' +
      'He is 34 and never knew. Did he get it from his parents? How common is it?',
    focus: 'Klinefelter syndrome',
    types: ['inheritance', 'frequency'],
  },
  {
    // "Is this Lyme disease?" -> diagnosis (whether his signs could be it)
    // "What happens if it isn't treated?" -> complications (untreated)
    // "Can his sisters catch it from him?" -> susceptibility (whether someone can catch it)
    subject: 'tick bite',
    message:
      'Found a tick on my 9 year old after camping in Connecticut, and 5 days later there is a red ' +
      "bullseye rash on his thigh. Is this Lyme disease? Our pediatrician can't see us until next " +
      "week. What happens if it isn't treated? Can his sisters catch it from him?",
    focus: 'Lyme disease',
    types: ['diagnosis', 'complications', 'susceptibility'],
  },
  {
    // "pku and diet coke, is it allowed for my 12yo?" -> lifestyle (diet)
    message: 'pku and diet coke, is it allowed for my 12yo?',
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  {
    // "What is it?" -> information (what the condition is)
    // "Does it cause the tiredness and the red bumps on my shins?" -> symptoms (whether signs belong to it)
    // "Does it always need treatment, or can it go away by itself?" -> treatment (managing it)
    subject: 'sarcoydosis?',
    message:
      'Hello, a chest x-ray for my cough showed swollen glands and the lung doctor said it is ' +
      'probably sarcoidosis. I had never heard of it. What is it? Does it cause the tiredness and the ' +
      'red bumps on my shins I have had since spring? Does it always need treatment, or can it go away ' +
      'by itself? Thank you in advance.',
    focus: 'sarcoidosis',
    types: ['information', 'symptoms', 'treatment'],
  },
];
