/**
 * "outdoors" set. Messages about outdoor life: hiking at altitude, diving, camping, gardening, ticks and insects,
 * sun, farm work, with a condition or on a medicine. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000,
 * type F1 0.846). Scored by outdoors.test.ts and by `npx tsx test/understand/support/score-messages.ts --outdoors
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const OUTDOORS_MESSAGES: ConsumerMessage[] = [
  // why: asks which signs of toxicity come from the medicine when dehydrated -> side_effects only
  {
    subject: 'lithium and desert hiking',
    message:
      'Heading to Utah next week for 5 days of desert hiking in the heat. I take lithium for bipolar. What are the signs of lithium toxicity I should watch for if I get dehydrated out there?',
    focus: 'lithium',
    types: ['side_effects'],
  },
  // why: "is it safe to go up there" is travel/daily life; "what could happen to her at that altitude" asks problems the disease can lead to
  {
    message:
      'My daughter is 13 and has sickle cell disease. Her school is planning a ski trip to Colorado, the lodge is at about 9,000 feet. Is it safe for her to go up that high, and what could happen to her at that altitude? We have never been anywhere above sea level with her.',
    focus: 'sickle cell disease',
    types: ['lifestyle', 'complications'],
  },
  // why: "is that lyme disease" asks whether these signs could be the condition -> diagnosis
  {
    subject: 'tick bite after camping',
    message:
      'found a tick on the back of my knee after camping at the lake, pulled it out, now 6 days later theres a red ring around the spot about the size of my palm. is that lyme disease??',
    focus: 'lyme disease',
    types: ['diagnosis'],
  },
  // why: burning easier is a side effect, yogurt is food with the medicine, and protecting against malaria asks what the medicine is for
  {
    subject: 'Doxycycline at the beach',
    message:
      "Hi, my doctor gave me doxycycline for 3 weeks after a tick bite and we leave for the beach on Saturday. Does it really make you burn faster in the sun? Can I take it with my morning yogurt or do I have to skip dairy? Also my friend said it's also what people take to protect against malaria, is that true?",
    focus: 'doxycycline',
    types: ['side_effects', 'interactions', 'indication'],
  },
  // why: asks how the child can play outdoors at camp safely -> lifestyle only
  {
    message:
      'Our son is 7 and has xeroderma pigmentosum. He is desperate to go to day camp with his cousins this summer. Are there UV protective suits or face shields that other families use so kids with XP can play outside safely?',
    focus: 'xeroderma pigmentosum',
    types: ['lifestyle'],
  },
  // why: "any treatment that lets me be in the sun longer" asks treatment; "any trials" asks research
  {
    subject: 'EPP and gardening',
    message:
      'I have erythropoietic protoporphyria and gardening is the thing I love most, but 15 minutes of sun on my hands and the burning pain starts and lasts for days. Is there any treatment now that lets people with EPP tolerate sunlight longer? And are there clinical trials I could join?',
    focus: 'erythropoietic protoporphyria',
    types: ['treatment', 'research'],
  },
  // why: asks how to clean without catching it -> prevention only
  {
    subject: 'cleaning out the cabin',
    message:
      "We opened up our family's hunting cabin for the season and there are mouse droppings everywhere, in the drawers, on the mattresses. How do we clean it out without catching hantavirus?",
    focus: 'hantavirus',
    types: ['prevention'],
  },
  // why: "first signs" asks symptoms; "am I at risk working in flooded fields with cows" asks susceptibility to an exposure
  {
    message:
      'i work on a dairy farm and after all the rain this spring im wading through flooded pasture every day with cuts on my hands. what are the first signs of leptospirosis? and am i at risk just from working around the cows and the water',
    focus: 'leptospirosis',
    types: ['symptoms', 'susceptibility'],
  },
  // why: keeping insulin cool is storage, adjusting doses is how to take it, snacks to carry is daily life/diet with diabetes
  {
    subject: 'backpacking with type 1',
    message:
      'My 15 year old has type 1 diabetes and is going on a 6 day backpacking trip with his scout troop in August, daytime temps in the 90s. How do we keep his insulin from going bad in the heat with no fridge? Should he lower his doses on days when they hike 10+ miles? And what snacks should he carry in his pack? The leaders are great but none of them have done this before.',
    focus: 'insulin',
    types: ['storage_disposal', 'drug_usage', 'lifestyle'],
  },
  // why: asks what gear people use to keep hiking in winter -> lifestyle
  {
    message:
      "any tips from people with raynaud's disease on winter hiking? gloves, hand warmers, anything. my fingers go white and numb within 10 min even in good mittens",
    focus: "raynaud's disease",
    types: ['lifestyle'],
  },
  // why: "can I get scuba certified" is an activity question; "risk of another collapsed lung" asks a problem the syndrome can lead to
  {
    subject: 'Scuba diving with Marfan',
    message:
      "I'm 24 and have Marfan syndrome. I had a collapsed lung once at 19. My girlfriend wants us to get scuba certified on our trip to Belize. Is diving something people with Marfan syndrome can do, or is the risk of the lung collapsing again too high?",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications'],
  },
  // why: asks whether the auto-injector can be left in a hot car -> storage
  {
    message: 'Can an EpiPen be left in the car at the trailhead all day in July or does the heat ruin it',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  // why: whether mothballs/fava beans set off an episode asks triggers (cause); signs of an episode asks symptoms; not taking primaquine asks who should not take it
  {
    subject: 'G6PD and a trip to Ghana',
    message:
      'My husband has G6PD deficiency and we are going to Ghana for a month, staying in villages and doing a lot of hiking. Can things like mothballs in the stored tents or eating fava beans set off an episode? What signs should I watch for if he starts breaking down red cells? And is it true he must not take primaquine for malaria?',
    focus: 'G6PD deficiency',
    types: ['cause', 'symptoms', 'contraindications'],
  },
  // why: asks whether it is safe in pregnancy -> contraindications
  {
    subject: 'permethrin on clothes',
    message:
      "Is permethrin safe to use if I'm pregnant? I want to spray my hiking pants and socks for ticks.",
    focus: 'permethrin',
    types: ['contraindications'],
  },
  // why: "could this be RMSF" asks diagnosis; "what happens if it isn't caught in time" asks untreated consequences -> complications
  {
    message:
      'our dog came back from the woods covered in ticks last week and now my son (8) has high fever and a bad headache, no rash yet. could this be rocky mountain spotted fever? what happens if it isnt caught in time, the urgent care said its probably a virus',
    focus: 'rocky mountain spotted fever',
    types: ['diagnosis', 'complications'],
  },
  // why: "what exactly is it" asks an overview -> information; the rabbit story is not a question
  {
    subject: 'rabbit hunting',
    message:
      'What exactly is tularemia? My father-in-law skinned a couple of wild rabbits last weekend without gloves and his neighbor told him to look it up.',
    focus: 'tularemia',
    types: ['information'],
  },
  // why: on-demand medicine for an attack is treatment; whether altitude or cold set off swelling is cause of attacks; patient groups is find_specialist
  {
    message:
      "I have hereditary angioedema (type 1) and I'm planning a 2 week trek in Nepal, mostly days away from any hospital. Which on-demand medicine should I carry to treat an attack up there? Can altitude, cold or carrying a heavy pack trigger swelling? And is there an HAE patient group that gives advice on travelling to remote places?",
    focus: 'hereditary angioedema',
    types: ['treatment', 'cause', 'find_specialist'],
  },
  // why: "is this farmer's lung" asks diagnosis; "will it get worse if I keep baling" asks the course -> prognosis; workers comp is a non-medical question -> other
  {
    subject: 'hay and breathing',
    message:
      "Been baling hay 30 years. Last two winters every time I open up moldy bales in the barn I get short of breath, fever and achy like the flu a few hours later. Is this farmer's lung? Will it keep getting worse if I keep farming? Also does it count as an occupational disease for workers comp, I do custom work for other farms.",
    focus: "farmer's lung",
    types: ['diagnosis', 'prognosis', 'other'],
  },
  // why: asks whether a cold plunge can bring on a severe reaction -> a complication of the condition
  {
    message:
      'Can jumping into a cold mountain lake cause a severe whole-body reaction or anaphylaxis if you have cold urticaria? I only ever get hives on my hands.',
    focus: 'cold urticaria',
    types: ['complications'],
  },
  // why: asks the symptoms and how to prevent it
  {
    subject: 'Machu Picchu',
    message:
      'Going to Cusco and Machu Picchu next month. What are the symptoms of altitude sickness and is there anything I can do to prevent it',
    focus: 'altitude sickness',
    types: ['symptoms', 'prevention'],
  },
  // why: bleeding from thorn cuts is a medicine effect, homegrown greens is food with the medicine, doubling a missed dose is how to take it
  {
    message:
      "My dad is 74 and on warfarin for his heart. He insists on gardening every day, pruning roses and all. Are the little cuts from thorns dangerous when you're on warfarin, he bleeds for ages? He also eats a ton of the spinach and kale he grows, does that mess with it? And when he forgets his evening pill because he's out in the garden till dark, should he just take two the next day?",
    focus: 'warfarin',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: only asks how it is treated
  {
    message:
      'how is sporotrichosis treated? got pricked by rose thorns in april and now have lumps going up my arm',
    focus: 'sporotrichosis',
    types: ['treatment'],
  },
  // why: "can I get it from the soil" asks whether she can catch it -> susceptibility; "what could it do to the baby" asks complications
  {
    subject: 'gardening while pregnant',
    message:
      "I'm 12 weeks pregnant and my vegetable garden is my happy place, but the neighbors' cats use the beds as a litter box. Can I get toxoplasmosis just from the soil if I wear gloves? What could it do to the baby if I do get it?",
    focus: 'toxoplasmosis',
    types: ['susceptibility', 'complications'],
  },
  // why: asks whether blurry vision when overheated is a sign of the disease -> symptoms
  {
    message:
      'Does multiple sclerosis make your eyesight go blurry when you get overheated? Happened twice on summer hikes now and clears up once I cool down.',
    focus: 'multiple sclerosis',
    types: ['symptoms'],
  },
  // why: what he needs at farm camp to stay cool is daily life; sister having it is inheritance; which gene is genetic_changes; research on treatments is research
  {
    subject: "camp for a boy who can't sweat",
    message:
      'Our son is 9 and has hypohidrotic ectodermal dysplasia, he can barely sweat at all. He really wants to go to a week long farm camp in July. What does he need at camp to keep from overheating, cooling vest, spray bottles, rest in the shade? Is this something his baby sister could have too, and which gene is it? I also read somewhere about research on a treatment given before birth that helps sweat glands form, is that real?',
    focus: 'hypohidrotic ectodermal dysplasia',
    types: ['lifestyle', 'inheritance', 'genetic_changes', 'research'],
  },
  // why: asks whether nightmares come from the medicine -> side_effects
  {
    message:
      'does mefloquine give you nightmares? started it 1 week before our safari and i have had the weirdest dreams of my life',
    focus: 'mefloquine',
    types: ['side_effects'],
  },
  // why: "how is it treated / how long" asks treatment; "can I give it to my wife" asks whether it can be caught -> susceptibility
  {
    message:
      'I was just diagnosed with babesiosis after a summer on Nantucket, lots of tick bites. How is it treated and how long does treatment usually take? Can I give it to my wife?',
    focus: 'babesiosis',
    types: ['treatment', 'susceptibility'],
  },
  // why: asks how much extra to take on one day -> dose -> drug_usage
  {
    subject: 'stress dosing on Kilimanjaro',
    message:
      "I have Addison disease and I'm climbing Kilimanjaro in February. How much extra hydrocortisone should I take on summit day, when we start walking at midnight and go for about 14 hours?",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: "can swimming trigger an event" asks what brings attacks on -> cause; "can he go to the lake with friends" is daily life -> lifestyle
  {
    message:
      "My 12 year old was just diagnosed with Romano-Ward syndrome, long QT type 1. The cardiologist mentioned swimming. Is it true swimming can set off a dangerous heart rhythm? Can he still go to the lake with his friends this summer, that's all they do.",
    focus: 'Romano-Ward syndrome',
    types: ['cause', 'lifestyle'],
  },
  // why: "does it ever go away" asks the course (prognosis), another round of antibiotics is treatment, studies are research, passing it through breastfeeding asks whether the baby can catch it
  {
    subject: 'still sick 2 years after Lyme',
    message:
      "I got bitten hiking in Connecticut two years ago, the bullseye was missed and I was only diagnosed with Lyme disease months later. I had 4 weeks of doxy. I still have joint pain in my knees, brain fog and I'm exhausted all the time, I used to run trails and now I can barely walk the dog. Does Lyme disease ever really go away? Would another round of antibiotics help me or is that a myth? Are there any studies going on for people like me? And I'm breastfeeding my 4 month old, can I pass it to her through my milk? Sorry for the long message, I just don't know who to ask anymore.",
    focus: 'Lyme disease',
    types: ['prognosis', 'treatment', 'research', 'susceptibility'],
  },
  // why: booster question is prevention, first signs is symptoms, whether it can be treated is treatment
  {
    message:
      'stepped on a rusty nail in the barn this morning, went right through my boot. last tetanus shot was maybe 15 years ago. do i need a booster now or is it too late? what are the first signs of tetanus? and can it be treated if it does start',
    focus: 'tetanus',
    types: ['prevention', 'symptoms', 'treatment'],
  },
  // why: "how common around Phoenix" asks frequency; "can it be prevented" asks prevention
  {
    subject: 'Valley fever',
    message:
      "We're moving to Arizona and my husband and I love dirt biking in the desert, lots of dust. How common is valley fever around Phoenix? Can it be prevented, masks or anything?",
    focus: 'valley fever',
    types: ['frequency', 'prevention'],
  },
  // why: asks whether years of pesticide exposure caused the disease -> association with a named exposure
  {
    message:
      "I sprayed pesticides on our orchard for over 20 years, mostly without a mask. Could that have caused my Parkinson's disease?",
    focus: "Parkinson's disease",
    types: ['association'],
  },
  // why: whether sun brings on a flare asks cause of flares; best sunscreen/protection to avoid flares asks prevention
  {
    message:
      "Can the sun cause a lupus flare? I kayak most weekends in summer and the last two times I ended up with a rash and joint pain for a week. What's the best way to protect myself so it doesn't happen again, is there a particular sunscreen?",
    focus: 'lupus',
    types: ['cause', 'prevention'],
  },
  // why: what to do for a bleed is treatment, a treatment center near camp is find_specialist, rock climbing is an activity -> lifestyle
  {
    subject: 'Scout camp with hemophilia',
    message:
      "Our son is 10 and has severe hemophilia A, he's on prophylaxis twice a week. He wants to go to Scout camp in the Rockies for a week. If he has a bleed up there what should the camp do, can they give him factor? Is there a hemophilia treatment center near Colorado Springs we could contact before he goes? And is rock climbing ok or is that asking for trouble?",
    focus: 'hemophilia A',
    types: ['treatment', 'find_specialist', 'lifestyle'],
  },
  // why: "does it contain sulfa" asks ingredients; beer with it asks interactions
  {
    message:
      'does Diamox have sulfa in it? im allergic to bactrim. and can i have a beer at the hostel while im taking it',
    focus: 'Diamox',
    types: ['ingredients', 'interactions'],
  },
  // why: "what is Q fever" asks an overview; whether his pregnant wife is at risk from the lambs asks susceptibility
  {
    subject: 'lambing season',
    message:
      'I run a small sheep farm and lambing starts next month. What is Q fever? Is my wife at risk if she helps with the lambing, she is 5 months pregnant.',
    focus: 'Q fever',
    types: ['information', 'susceptibility'],
  },
  // why: whether the trek is realistic is daily life/travel, brother getting tested is diagnosis, a lung specialist in Lima is find_specialist
  {
    message:
      'I have alpha-1 antitrypsin deficiency, my FEV1 is about 65%. A friend and I want to do the Salkantay trek in Peru which goes over 4,500 m. Is a trek like that realistic for someone with alpha-1? My brother is coming with us, should he get tested first? And is there a lung specialist in Lima or Cusco who knows alpha-1 in case something goes wrong?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['lifestyle', 'diagnosis', 'find_specialist'],
  },
  // why: asks whether it can be caught from handling a dead bird -> susceptibility
  {
    message: 'can you catch west nile virus from picking up a dead crow at the campsite with your bare hands',
    focus: 'west nile virus',
    types: ['susceptibility'],
  },
  // why: the difference between two conditions is information; doxycycline for both asks treatment
  {
    subject: 'tick diseases',
    message:
      "What's the difference between ehrlichiosis and Lyme disease? And is doxycycline the treatment for both? My husband tested positive for ehrlichiosis after our camping trip in Missouri.",
    focus: 'ehrlichiosis',
    types: ['information', 'treatment'],
  },
];
