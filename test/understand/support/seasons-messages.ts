/**
 * "seasons" set. Messages about weather and seasons: heat, cold, sun, winter infections, hay-fever season, beach
 * or ski holidays, how a condition or a medicine behaves in hot or cold weather, storing medicines in heat.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds.
 * Scored once, before any change made for it (focus 1.000, type F1 0.895). Scored by seasons.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --seasons --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SEASONS_MESSAGES: ConsumerMessage[] = [
  // why: "are there any pills or anything that help" asks treatment; the winter story is not a question
  {
    subject: "Raynaud's disease",
    message:
      'every winter my fingers go white then blue and numb, even just taking stuff out of the freezer. are there any pills or anything that help with this',
    focus: "Raynaud's disease",
    types: ['treatment'],
  },
  // why: "can you explain what this is" asks for an overview of the condition
  {
    message:
      'Hello, my nephew is 4 and cries with burning pain after only a few minutes outside in the sunshine, no rash or anything. The dermatologist mentioned erythropoietic protoporphyria. Can you explain what this is? Thank you',
    focus: 'erythropoietic protoporphyria',
    types: ['information'],
  },
  // why: asks whether the sun sensitivity and rash come from the medicine, a side effect
  {
    subject: 'Plaquenil and sun',
    message:
      'Does Plaquenil make you more sensitive to the sun? I got a terrible rash after one afternoon at the pool',
    focus: 'Plaquenil',
    types: ['side_effects'],
  },
  // why: "long term outlook" and "does it get worse with age" are one prognosis question
  {
    message:
      "I was diagnosed with cold agglutinin disease at 68. My hematologist says keep warm all winter and we'll watch it. What's the long term outlook, does it usually get worse with age?",
    focus: 'cold agglutinin disease',
    types: ['prognosis'],
  },
  // why: "stop hay fever before the season starts" asks prevention
  {
    message:
      'is there any way to stop hay fever before the season starts? every april im a wreck for 3 months',
    focus: 'hay fever',
    types: ['prevention'],
  },
  // why: asks whether the nightmares come from the medicine, a side effect
  {
    message:
      'My 8 year old started Singulair in November for his winter asthma and since then he wakes up screaming with nightmares. Could that be from the Singulair??',
    focus: 'Singulair',
    types: ['side_effects'],
  },
  // why: whether an inhaler left at -15 is still usable is a storage question
  {
    message:
      'left my ventolin inhaler in the car overnight, it was -15. is it still ok to use or do i need a new one',
    focus: 'ventolin',
    types: ['storage_disposal'],
  },
  // why: whether the pen freezes in a jacket pocket is about storing the medicine
  {
    subject: 'ski trip',
    message: 'Can an EpiPen freeze if I keep it in my ski jacket pocket all day?',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  // why: whether light lamps work asks about a therapy, treatment
  {
    message:
      'Do those light therapy lamps actually work for seasonal affective disorder or is it a gimmick? Dark months are really getting to me.',
    focus: 'seasonal affective disorder',
    types: ['treatment'],
  },
  // why: "does alcohol bring the blisters on" asks what brings on attacks, cause
  {
    message:
      'I have porphyria cutanea tarda and my hands blister much more in summer. Does drinking alcohol on holiday bring the blisters on too?',
    focus: 'porphyria cutanea tarda',
    types: ['cause'],
  },
  // why: "is X the same thing as Y" asks what each condition is, information
  {
    message:
      "Is paramyotonia congenita the same thing as myotonia congenita? Both seem to get worse in the cold and I'm confused",
    focus: 'paramyotonia congenita',
    types: ['information'],
  },
  // why: "stops the flares from coming back" asks preventing relapses
  {
    message:
      'hailey-hailey disease here, every summer the heat and sweat make my armpits and groin raw. anything that stops the flares from coming back each year?',
    focus: 'hailey-hailey disease',
    types: ['prevention'],
  },
  // why: "can kids get altitude sickness" asks who is at risk, susceptibility
  {
    message:
      'Taking our 6 year old skiing in Colorado, resort is around 3000m. Can kids get altitude sickness?',
    focus: 'altitude sickness',
    types: ['susceptibility'],
  },
  // why: lowering the dose during a heatwave is about how to take the medicine
  {
    subject: 'lithium in heatwave',
    message:
      "We are in the middle of a heatwave and I'm sweating alot. Should I lower my lithium dose until it cools down?",
    focus: 'lithium',
    types: ['drug_usage'],
  },
  // why: "what are the signs" asks symptoms; the story about dad is not a question
  {
    message:
      'What are the signs of heat exhaustion in older people? My dad is 84 and lives alone, no air con.',
    focus: 'heat exhaustion',
    types: ['symptoms'],
  },
  // why: "a test to confirm it" asks diagnosis; "safe to keep swimming" asks about daily activity, lifestyle
  {
    subject: 'hives after swimming',
    message:
      "Every time I swim in the lake in early summer I come out covered in hives and itching. My friend thinks it's cold urticaria. Is there a test to confirm it? And is it safe for me to keep swimming in cold water?",
    focus: 'cold urticaria',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: summer camp is daily life, lifestyle; chance the next baby has it is inheritance
  {
    subject: 'XP - summer camp',
    message:
      'Our son Leo (9) has xeroderma pigmentosum. He is begging to go to summer camp with his friends, they have a night camp option with all activities after sunset. Is that realistic for a child with XP? Also we are thinking of a second baby, what is the chance they would have it too?',
    focus: 'xeroderma pigmentosum',
    types: ['lifestyle', 'inheritance'],
  },
  // why: "does the sun trigger flares" asks what brings on attacks, cause; "avoid a flare" asks prevention
  {
    message:
      "Does the sun really trigger lupus flares? Going to Greece in July. What can I do to avoid a flare while I'm there, is sunscreen enough?",
    focus: 'lupus',
    types: ['cause', 'prevention'],
  },
  // why: burning more easily on it is a side effect; taking it at night instead of morning is timing, drug_usage
  {
    message:
      'im on doxycycline for 3 weeks for a tick bite and we fly to the beach on saturday. will i burn more easily on it? and can i take it at night instead of morning so im not taking it right before the sun',
    focus: 'doxycycline',
    types: ['side_effects', 'drug_usage'],
  },
  // why: extra salt in food is diet, lifestyle; whether salt loss can become dangerous asks complications
  {
    subject: 'CF and hot climate',
    message:
      "Our son (5) has cystic fibrosis and we're moving to Arizona for my job. Does he need extra salt in his food in the heat? I read kids with CF lose too much salt when they sweat, can that become dangerous for him?",
    focus: 'cystic fibrosis',
    types: ['lifestyle', 'complications'],
  },
  // why: "any treatment" asks treatment; "clinical trials we could join" asks research
  {
    message:
      'Three generations of my family have familial cold autoinflammatory syndrome - rash, fever, joint pain after any cold wind or air conditioning. Is there actually any treatment for it? Are there clinical trials in the UK we could join?',
    focus: 'familial cold autoinflammatory syndrome',
    types: ['treatment', 'research'],
  },
  // why: daily use all season or breaks is drug_usage; breastfeeding is a precaution, contraindications
  {
    message:
      "Can I take Zyrtec every single day from April to July for hay fever, or should I take breaks? I'm also breastfeeding my 3 month old, is that ok?",
    focus: 'Zyrtec',
    types: ['drug_usage', 'contraindications'],
  },
  // why: "why does cold air make it worse" asks what brings on attacks, cause; skiing is a sport, lifestyle
  {
    message: 'Why does cold air make my asthma so much worse? and is skiing a bad idea for me',
    focus: 'asthma',
    types: ['cause', 'lifestyle'],
  },
  // why: keeping insulin from getting hot is storage; taking less insulin in heat is dose, drug_usage
  {
    subject: 'insulin on beach holiday',
    message:
      "Hi, I have type 1 and we're off to Thailand for two weeks (35 degrees). How do I keep my insulin from getting too hot at the beach and on day trips? Also my sugars always go low when its hot, should I be taking less insulin?",
    focus: 'insulin',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: what to do on a beach holiday is travel and daily life, lifestyle; skin cancer risk later is a complication
  {
    message:
      'My daughter has oculocutaneous albinism and we are booking our first beach holiday. What do we need to do to look after her skin and eyes there? And how high is her risk of skin cancer later in life?',
    focus: 'oculocutaneous albinism',
    types: ['lifestyle', 'complications'],
  },
  // why: "any medicine that helps" asks treatment; skiing with school is lifestyle
  {
    message:
      'my son has myotonia congenita and in winter his legs lock up when he goes outside to play. is there any medicine that helps the stiffnes? can he still do skiing with school?',
    focus: 'myotonia congenita',
    types: ['treatment', 'lifestyle'],
  },
  // why: "how can we prevent seizures" asks prevention; "does it get better as she gets older" asks prognosis
  {
    subject: 'heat waves and seizures',
    message:
      'Our daughter is 3 and has Dravet syndrome. Heat sets off her seizures, even a warm bath or a hot car. How can we prevent seizures during summer heat waves? Does this heat sensitivity get better as she gets older?',
    focus: 'Dravet syndrome',
    types: ['prevention', 'prognosis'],
  },
  // why: "does hot weather make it worse" asks what brings on symptoms, cause; using the sauna is lifestyle
  {
    message:
      'Does hot weather make myasthenia gravis worse? My eyelids droop a lot more in summer. Is it ok for me to use the sauna at the gym?',
    focus: 'myasthenia gravis',
    types: ['cause', 'lifestyle'],
  },
  // why: "what is it for and how does it work" asks indication; whether the tingling is from it asks side_effects
  {
    message:
      'My doctor prescribed Diamox before our ski trip to the Alps. What is it actually for and how does it work? And is the tingling in my fingers from it?',
    focus: 'Diamox',
    types: ['indication', 'side_effects'],
  },
  // why: changing her diet is lifestyle; "will she grow out of it" asks prognosis
  {
    message:
      "My toddler's eczema is awful in winter with the heating on, then flares again with sweat in summer. Should we change her diet, cut out dairy or something? Will she grow out of it?",
    focus: 'eczema',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "why does heat do this" asks cause; "is the MS getting worse" asks prognosis; travel to a hot place is lifestyle
  {
    message:
      "My wife was diagnosed with multiple sclerosis last year. Whenever it's hot, or even after a hot shower, her legs get weak and her vision goes blurry, then it passes when she cools down. Why does heat do this? Does it mean the MS is getting worse or damaging her nerves more? We'd planned a trip to Spain in August - is it sensible for her to travel somewhere so hot?",
    focus: 'multiple sclerosis',
    types: ['cause', 'prognosis', 'lifestyle'],
  },
  // why: "does the cold cause the crises" asks cause; "prevent them" asks prevention; outdoor swimming is lifestyle
  {
    subject: 'cold weather and crises',
    message:
      'My daughter (7) has sickle cell disease. Last winter she had three crises and every time it started after she got cold waiting for the school bus. Does the cold actually cause the crises? What can we do to prevent them this winter? And is it ok for her to swim in an outdoor pool in summer or is the water too cold?',
    focus: 'sickle cell disease',
    types: ['cause', 'prevention', 'lifestyle'],
  },
  // why: "could this be X" asks diagnosis; "from the mother's side" asks inheritance; "which gene" asks genetic_changes
  {
    message:
      "Our baby boy doesnt sweat at all, overheated really badly last summer, and the dentist saw only a few tooth buds on the xray. could this be hypohidrotic ectodermal dysplasia?? does it come from the mother's side? which gene is it",
    focus: 'hypohidrotic ectodermal dysplasia',
    types: ['diagnosis', 'inheritance', 'genetic_changes'],
  },
  // why: how many sprays and how often is drug_usage; nosebleeds from it is side_effects; use with Claritin is interactions
  {
    subject: 'Flonase questions',
    message:
      'Started Flonase this spring for my alergies. How many sprays should I do and is it once or twice a day? Could it be causing my nosebleeds? And is it ok to use with Claritin?',
    focus: 'Flonase',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: "what causes them" asks cause; "linked to lupus" asks association; "a cream that helps" asks treatment
  {
    message:
      'Every winter my toes turn purple, swell up and itch like crazy. My GP called them chilblains. What causes them? My aunt has lupus, are chilblains linked to lupus at all? And is there a cream that helps?',
    focus: 'chilblains',
    types: ['cause', 'association', 'treatment'],
  },
  // why: "stop new patches" asks prevention; staying out of the sun on holiday is lifestyle; new research or trials is research
  {
    message:
      'i have vitiligo on my hands and face. does sunscreen stop new patches from forming? should i stay out of the sun completly when were at the beach this summer? also is there any new research or trials, i heard about a new cream',
    focus: 'vitiligo',
    types: ['prevention', 'lifestyle', 'research'],
  },
  // why: "could this be X" and "how do they diagnose it" are diagnosis; "run in families" is inheritance; a diet is lifestyle
  {
    message:
      "I'm 24 and on hot days, especially after a big pasta dinner, I wake up and can barely move my arms and legs for hours. Could this be hypokalemic periodic paralysis? How do they diagnose it? Does it run in families? Is there a diet I should follow?",
    focus: 'hypokalemic periodic paralysis',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  // why: whether the pain is part of it asks symptoms; treatments asks treatment; kidney damage asks complications; specialists asks find_specialist
  {
    subject: 'Fabry and summer',
    message:
      'My husband has Fabry disease. He hardly sweats and in hot weather he gets burning pain in his hands and feet. Is that pain part of Fabry? What treatments are available now? Can it damage his kidneys? And are there any specialists in Ohio who know it well?',
    focus: 'Fabry disease',
    types: ['symptoms', 'treatment', 'complications', 'find_specialist'],
  },
  // why: "are children more at risk" asks susceptibility; "first signs" asks symptoms; "can it be prevented, a vaccine" asks prevention
  {
    message:
      'We live next to the woods and the ticks are terrible every summer. Are children more at risk of Lyme disease? What are the first signs we should watch for? Can it be prevented - is there a vaccine yet?',
    focus: 'Lyme disease',
    types: ['susceptibility', 'symptoms', 'prevention'],
  },
  // why: "what signs" asks symptoms; "more at risk because premature" asks susceptibility; "an injection to protect her" asks prevention
  {
    message:
      'Our baby was born at 32 weeks in October and the nurse warned us about RSV season. What signs should we look for? Is she more at risk because she was premature? Is there an injection to protect her this winter?',
    focus: 'RSV',
    types: ['symptoms', 'susceptibility', 'prevention'],
  },
];
