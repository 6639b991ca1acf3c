/**
 * "final35" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the end of its round, after its last change (focus 1.000, type F1 0.904). Scored by
 * final35.test.ts and by `npx tsx test/understand/support/score-messages.ts --final35 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL35_MESSAGES: ConsumerMessage[] = [
  // why: asks what the condition is -> information
  {
    message: 'my cousin was just told she has fabry disease, what even is that??',
    focus: 'Fabry disease',
    types: ['information'],
  },
  // why: asks about timing of a medicine during a flare -> drug_usage; the medicine is the focus
  {
    message:
      "Can I start allopurinol while I'm still in the middle of a gout flare or do I have to wait until it settles down?",
    focus: 'allopurinol',
    types: ['drug_usage'],
  },
  // why: asks what the medicine contains (animal products) -> ingredients
  {
    message:
      "Does metformin have gelatin or any other animal stuff in it? I'm vegan and my doctor had no idea.",
    focus: 'metformin',
    types: ['ingredients'],
  },
  // why: asks whether a problem comes from the medicine, named only in the subject -> side_effects
  {
    subject: 'hydroxychloroquine',
    message:
      'I have been losing a lot of hair since I started taking this 3 months ago. Could it be the pills?',
    focus: 'hydroxychloroquine',
    types: ['side_effects'],
  },
  // why: asks how rare the condition is -> frequency
  {
    message:
      'How rare is Moyamoya disease really? The neurologist said she has only ever seen one other case.',
    focus: 'Moyamoya disease',
    types: ['frequency'],
  },
  // why: asks why it happens -> cause
  {
    message: 'what causes narcolepsy?? i was totally fine until i turned 30 and now i fall asleep at my desk',
    focus: 'narcolepsy',
    types: ['cause'],
  },
  // why: asks about clinical trials -> research
  {
    message: 'Are there any clinical trials for Rett syndrome taking girls under 5? Our daughter is 3.',
    focus: 'Rett syndrome',
    types: ['research'],
  },
  // why: asks about the medicine with alcohol -> interactions
  {
    message: 'Is it ok to have a glass of wine with dinner when you are on warfarin?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: asks whether one can catch it -> susceptibility
  {
    message: 'my new roommate has celiac disease, can i catch it if we share plates and the toaster?',
    focus: 'celiac disease',
    types: ['susceptibility'],
  },
  // why: asks how to store the medicine -> storage_disposal
  {
    message: 'Does levothyroxine have to be kept in the fridge once the bottle is opened?',
    focus: 'levothyroxine',
    types: ['storage_disposal'],
  },
  // why: asks for doctors who know the condition -> find_specialist
  {
    message: 'any ehlers danlos specialists near chicago?? my pcp keeps brushing me off',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  // why: asks what a medicine is for -> indication
  {
    message:
      "My dad was just prescribed adalimumab and he doesn't understand what it's for. What does it do?",
    focus: 'adalimumab',
    types: ['indication'],
  },
  // why: asks whether and until when the boy will walk -> prognosis
  {
    message: 'My son have Duchenne muscular dystrophy, he is 6. Until what age he will be able to walk?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: asks for its early signs -> symptoms
  {
    message: "What are usually the first signs of Huntington's disease? My dad had it.",
    focus: 'Huntington disease',
    types: ['symptoms'],
  },
  // why: asks about a possible side effect, then about pregnancy -> side_effects, contraindications
  {
    message:
      'does isotretinoin really cause depression? and is it ok to take if im trying to get pregnant next year',
    focus: 'isotretinoin',
    types: ['side_effects', 'contraindications'],
  },
  // why: asks whether a medicine could replace the strict diet -> treatment
  {
    subject: 'Question about my daughter',
    message:
      "My daughter is 7 and was diagnosed with phenylketonuria through the newborn screening. She has been on the formula and the low-protein diet her whole life and she is doing well, but she is starting to get upset that she can't eat what her friends eat at birthday parties. Is there any medicine for PKU that would let her eat more normally?",
    focus: 'phenylketonuria',
    types: ['treatment'],
  },
  // why: asks the chance the next baby has it -> inheritance
  {
    message:
      'My husband and I both have sickle cell trait and our first son was born with sickle cell disease. He is 2 now. We would like another baby. What are the chances the next one will have it as well?',
    focus: 'sickle cell disease',
    types: ['inheritance'],
  },
  // why: asks what to do about a missed dose, then whether nausea comes from it -> drug_usage, side_effects
  {
    message:
      'I started methotrexate for rheumatoid arthritis three weeks ago, once a week on Mondays. I forgot it this Monday and only realized today (Wednesday). Should I take it now or just wait for next Monday? Also is it normal to feel sick to my stomach the day after I take it?',
    focus: 'methotrexate',
    types: ['drug_usage', 'side_effects'],
  },
  // why: asks whether her signs could be the condition and how it is confirmed (one question in other words) -> diagnosis
  {
    message:
      "I'm 38 and have had bone pain for over a year, I bruise very easily and an ultrasound showed my spleen is enlarged. So far nobody has figured out why. Could this be Gaucher disease? How would a doctor find out for sure?",
    focus: 'Gaucher disease',
    types: ['diagnosis'],
  },
  // why: asks whether it gets worse over time -> prognosis
  {
    message:
      'my mom was diagnosed with myasthenia gravis last month. her eyelids droop and she gets tired when she chews, by evening she can barely keep her eyes open. she is 68. does this get worse over time or can it stay like this',
    focus: 'myasthenia gravis',
    types: ['prognosis'],
  },
  // why: asks about the medicine together with another medicine -> interactions
  {
    message:
      "I've been on lithium for my bipolar disorder for about 6 years and I'm stable. My GP wants me to take ibuprofen for a few weeks for my knee. Is that safe to combine? I don't want to mess things up.",
    focus: 'lithium',
    types: ['interactions'],
  },
  // why: asks whether a sibling should be tested -> diagnosis
  {
    subject: 'hemochromatosis in the family',
    message:
      'My brother (45) just found out he has hemochromatosis after his blood work showed a very high ferritin. I am his younger sister and feel fine. Should I get tested too?',
    focus: 'hemochromatosis',
    types: ['diagnosis'],
  },
  // why: asks what heart problems it can lead to -> complications
  {
    message:
      'Our 3 year old was in the hospital last year with Kawasaki disease and got IVIG. He seems completely back to normal, but they told us to keep seeing cardiology. What kind of heart problems can it cause down the road?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: asks about stopping a medicine, then whether the weight gain is from it -> drug_usage, side_effects
  {
    message:
      'Hello doctor. My wife is taking prednisone 20 mg for her sarcoidosis since 2 month. She want to stop it because she gain very much weight and she is crying about it. Can she stop the tablets suddenly? The weight is coming from the medicine or from the sickness?',
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: asks what brings the attacks on, then how to stop them happening -> cause, prevention; condition named only in the subject
  {
    subject: 'hereditary angioedema - attacks getting worse',
    message:
      "For years I had maybe one swelling attack a year, now it is almost every month. A couple of them came after dental work and some when work was very stressful. What actually triggers them? And is there something I can take so they don't happen in the first place?",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: asks about diet -> lifestyle
  {
    message:
      "Had my first gout attack last week, big toe, worst pain of my life. I'm 42 and honestly I eat a lot of red meat and drink beer most weekends. Is there a diet I'm supposed to follow now?",
    focus: 'gout',
    types: ['lifestyle'],
  },
  // why: asks whether the growth hormone therapy works, then about insurance -> treatment, other
  {
    message:
      'Our granddaughter is 11 and has Turner syndrome. She is a lot shorter than the other kids in her class and it bothers her. Her parents were told about growth hormone shots. Do those really make a difference? And does insurance usually pay for them? We heard they are very expensive.',
    focus: 'Turner syndrome',
    types: ['treatment', 'other'],
  },
  // why: asks about the medicine with alcohol -> interactions
  {
    message:
      'im 16 and take carbamazepine for seizures. theres a party this weekend and everyone is gonna be drinking. what happens if i have a couple beers on it? please dont tell me to just not go',
    focus: 'carbamazepine',
    types: ['interactions'],
  },
  // why: asks how to find out whether she has it -> diagnosis
  {
    message:
      'My mother has polycystic kidney disease and has been on dialysis for two years. I am 30 and have no symptoms. How would I find out if I have it too? Is an ultrasound enough or do I need a genetic test?',
    focus: 'polycystic kidney disease',
    types: ['diagnosis'],
  },
  // why: asks whether the hair will grow back -> prognosis
  {
    message:
      "I'm 25 and my hairdresser found a perfectly round bald patch on the back of my head. Dermatologist says it's alopecia areata and gave me a cream. Will my hair grow back?",
    focus: 'alopecia areata',
    types: ['prognosis'],
  },
  // why: asks about his outlook, how healthy parents passed it on, and where the specialist center is -> prognosis, inheritance, find_specialist
  {
    message:
      "Our son Leo is 5 weeks old. His newborn screening came back flagged and after a sweat test last week they told us he has cystic fibrosis. We were completely blindsided. He looks perfect, he eats well and he is gaining weight. The doctor at the hospital was kind but we were in shock and didn't take anything in. Now I lie awake at night reading things online, and some of it is really old and scary. Does this mean he will have lung problems his whole life, and how long do people with CF live nowadays? My husband and I are both healthy and nobody in either of our families has ever had it, so how did he get it? We also live about two hours from the hospital where he was diagnosed. Is there a CF center closer to us in northern Michigan, or do we have to keep driving down there?",
    focus: 'cystic fibrosis',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: asks whether his signs could be the condition, then whether he can play a sport -> diagnosis, lifestyle
  {
    message:
      "I am writing about my nephew, who is 15 and lives with me. He is already 6 foot 4, very thin, with really long arms and fingers, and last year the eye doctor found that the lens in one of his eyes has moved out of place. He also has a chest that sinks in. His father (my brother) died suddenly at 41 from what they called a tear in the aorta, and nobody ever looked into why. I read about Marfan syndrome and a lot of it sounds like him. Could this be what he has? He lives for basketball and is trying out for varsity this fall, so if it is Marfan, will he still be allowed to play? I don't want to crush him but I don't want to lose him either.",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: list asks about diet, the gene, and whether a sibling should be tested -> lifestyle, genetic_changes, diagnosis
  {
    subject: 'Questions after diagnosis',
    message:
      'Hello, my son is 19 and was diagnosed with Wilson disease last month after his liver tests were abnormal at a college physical. He has started penicillamine and the hepatologist gave us a lot of information in a short time. We have a few questions we forgot to ask:\n1. Does he need to avoid chocolate, nuts and shellfish completely? He is living in a dorm and eats in the cafeteria.\n2. Which gene is responsible for this?\n3. He has a younger sister who is 14. Should she be tested as well?\nThank you very much for your time.',
    focus: 'Wilson disease',
    types: ['lifestyle', 'genetic_changes', 'diagnosis'],
  },
  // why: asks whether stomach problems come from the medicine, then about pausing it -> side_effects, drug_usage; the medicine is the focus
  {
    subject: 'FMF daughter',
    message:
      'Good day. My daughter is 9 years and she have familial mediterranean fever, the diagnosis was made in Turkey when she was 4. Since then she take colchicine every day, 1 mg. Last year we moved to Germany and the new doctor did not change anything. But from some months she have often stomach pain and diarrhea, sometimes she cannot go to school. Is this coming from the colchicine? Also in the summer holidays she has no fever attacks usually, so can she make a break from the medicine in summer? My mother says it is not good to give a child medicine every day for years. Thank you for answer.',
    focus: 'colchicine',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks about a cure, trials, and school -> treatment, research, lifestyle
  {
    message:
      'Our daughter Maya was born 4 months ago with blisters on her feet and hands and after a skin biopsy they told us she has epidermolysis bullosa, the dystrophic type. Every bath and every diaper change is a battle, we spend an hour a day on bandages and she screams the whole time. My husband has gone back to work and I am home with her and honestly I am exhausted. Our nurse is wonderful but she is not an expert. Is there any cure for this, or anything at all that makes the skin stronger? I read online about gene therapy and wanted to know if there are any trials that a baby could be part of. I also keep thinking about the future. Will she be able to go to a normal school with other kids or will it be too dangerous for her skin?',
    focus: 'epidermolysis bullosa',
    types: ['treatment', 'research', 'lifestyle'],
  },
  // why: asks how long he has, then whether the children could get it -> prognosis, inheritance
  {
    message:
      'my husband is 58 and was diagnosed with ALS in march. it started with his right hand, he couldnt button his shirts, and now his speech is getting slurred. the neurologist was very blunt and didnt give us much time to ask anything. im trying to plan, we have a mortgage and he wants to retire and travel while he can. realistically how much time do people usually have after diagnosis? his older brother died about 10 years ago of something the doctors called motor neuron disease, and now im scared for our kids who are 24 and 27. is this something that could be passed down to them',
    focus: 'amyotrophic lateral sclerosis',
    types: ['prognosis', 'inheritance'],
  },
  // why: asks whether a named exposure (the vaccine, then the stomach bug) caused it -> association
  {
    message:
      "Hi. I'm a 34 year old guy, pretty fit, I run about 30 miles a week. In October I got my flu shot at the pharmacy, and about two weeks later I had a nasty stomach bug for a few days. Maybe a week after that my feet started tingling, then my legs got weak, and within three days I couldn't climb stairs. I ended up in the ICU for a week and they diagnosed Guillain-Barre syndrome and gave me IVIG. I'm home now doing physio and slowly getting better. I keep going over it in my head. Could the flu shot have caused this? Or was it more likely the stomach bug? I need to know whether I should get the flu shot again next year.",
    focus: 'Guillain-Barre syndrome',
    types: ['association'],
  },
  // why: list asks about how long to take it, pregnancy, and another medicine -> drug_usage, contraindications, interactions
  {
    subject: 'tamoxifen questions',
    message:
      'I am 36 and finished treatment for ER-positive breast cancer last spring (surgery and radiation). My oncologist started me on tamoxifen in June. The hot flashes are rough but I can live with them. My husband and I had been planning to have a second child before all this happened, and I have a few questions before my next appointment:\n- How many years do I have to stay on it? Is 5 years the minimum?\n- Is it safe to get pregnant while I am taking it, or do I have to stop first?\n- I also take paroxetine for anxiety. Is it ok to take them together? Someone in my support group said it makes tamoxifen weaker.\nThanks in advance.',
    focus: 'tamoxifen',
    types: ['drug_usage', 'contraindications', 'interactions'],
  },
  // why: asks whether poor hygiene caused it, then what treatment works -> cause, treatment
  {
    message:
      'so ive had these painful lumps in my armpits and groin since i was like 17 they swell up and burst and leave scars and i honestly thought it was just bad boils for years. finaly a derm told me its hidradenitis supurativa. ive been on rounds and rounds of antibiotics and it comes right back every time. my ex used to say its because i dont wash enough and that still gets to me is that actually what causes it. i shower every day. and is there anything that actually works besides antibiotics because im 29 and so tired of this',
    focus: 'hidradenitis suppurativa',
    types: ['cause', 'treatment'],
  },
  // why: list asks what it is, whether the mother carries it, and how common it is -> information, inheritance, frequency
  {
    message:
      'Dear Sir or Madam, I am a grandmother of a lovely 4 year old boy, Sam, who was slow to talk and walk. After a long time of tests the doctors have told my daughter that he has Fragile X syndrome. My daughter is too upset to read about it and I want to help her understand it. I am 71 and not good with the internet so I hope you can answer a few things for me. What exactly is Fragile X? Does this mean my daughter is a carrier of it, and could it have come from me? And how common is it, because none of us had ever heard of it before? Thank you kindly.',
    focus: 'fragile X syndrome',
    types: ['information', 'inheritance', 'frequency'],
  },
];
