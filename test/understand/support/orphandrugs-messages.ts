/**
 * "orphandrugs" set. Messages about medicines for rare conditions, often by brand name: how they are given,
 * side effects, whether they would help, who can get them, with other questions. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.886). Scored by orphandrugs.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --orphandrugs --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ORPHANDRUGS_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether the headaches/stuffy nose come from the medicine -> side_effects; Kalydeco is ivacaftor
  {
    message:
      'my son just started kalydeco last week and hes been getting headaches and a stuffy nose every day. is that from the kalydeco??',
    focus: 'ivacaftor',
    types: ['side_effects'],
  },
  // why: grapefruit juice with a medicine -> interactions; Orkambi is lumacaftor and ivacaftor
  {
    message: 'Can I still have grapefruit juice for breakfast while taking Orkambi?',
    focus: 'lumacaftor and ivacaftor',
    types: ['interactions'],
  },
  // why: keeping the vials cold while travelling is storage of the medicine, not daily life; Soliris is eculizumab
  {
    subject: 'Soliris vials and travel',
    message:
      "Hello, we are flying from Boston to Lisbon next month to see family. My wife's Soliris infusion will be given there but we have to bring the vials ourselves. Do they have to stay in a fridge the whole trip, or is a few hours at room temperature ok? Thank you.",
    focus: 'eculizumab',
    types: ['storage_disposal'],
  },
  // why: a missed dose and whether to double up is how to take the medicine -> drug_usage; Kuvan is sapropterin
  {
    message:
      'our daughter (6, PKU) takes Kuvan tablets dissolved in water every morning. yesterday we totally forgot it because of a school trip. do we give her two today or just carry on as normal?',
    focus: 'sapropterin',
    types: ['drug_usage'],
  },
  // why: only asks about diet for adults with PKU -> lifestyle
  {
    message:
      "I'm 29 and was diagnosed with PKU as a baby but stopped the diet as a teenager. Kuvan didn't work for me. Is there a special diet for adults, or is it only kids who need to stay on it?",
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  // why: asks what treatments there are and how the two options compare, both about treating SMA type 1 -> treatment
  {
    message:
      'Our baby girl was just diagnosed with SMA type 1 at 5 weeks old. The neurologist talked about Spinraza and Zolgensma and maybe Evrysdi but we were in shock and understood nothing. What are the treatment options and how are they different? Which one is best for a baby this young?',
    focus: 'spinal muscular atrophy type 1',
    types: ['treatment'],
  },
  // why: asks only about clinical trials; the insurance denial is story, not a question -> research
  {
    subject: 'trials for adult HPP?',
    message:
      'my insurance denied Strensiq again because I was diagnosed as an adult and not as a child. are there any clinical trials for adults with hypophosphatasia that I could join?',
    focus: 'hypophosphatasia',
    types: ['research'],
  },
  // why: asks whether a pill exists instead of Fabrazyme infusions, i.e. treatment options for Fabry
  {
    message:
      'I have Fabry disease and have been on Fabrazyme infusions every two weeks for 6 years. I am so tired of the IVs. Are there any pills for Fabry instead?',
    focus: 'Fabry disease',
    types: ['treatment'],
  },
  // why: whether the diarrhea from Zavesca goes away is about the side effect -> side_effects; Zavesca is miglustat
  {
    message:
      'Zavesca gives me terrible diarrhea and gas since I started 3 weeks ago (Gaucher type 1, could not do infusions anymore). Does this get better with time or will it always be like this?',
    focus: 'miglustat',
    types: ['side_effects'],
  },
  // why: breastfeeding precaution -> contraindications; Exjade is deferasirox; second-language English
  {
    message:
      'Hello. I have thalassemia major and take Exjade for the iron. My baby is born 2 weeks ago. It is safe to give breastfeeding while I take Exjade or I must stop?',
    focus: 'deferasirox',
    types: ['contraindications'],
  },
  // why: asks whether the capsules contain pork -> ingredients; Creon is pancrelipase
  {
    message:
      'Assalamu alaikum. My son has cystic fibrosis and the hospital gave him Creon capsules. Someone at the mosque said these are made from pigs. Does Creon contain pork? We need to know for religious reasons.',
    focus: 'pancrelipase',
    types: ['ingredients'],
  },
  // why: how the medicine works -> indication
  {
    message:
      "how does c1 esterase inhibitor actually work?? the nurse said it 'replaces what im missing' but missing what",
    focus: 'C1 esterase inhibitor',
    types: ['indication'],
  },
  // why: asks only about his lifespan -> prognosis; the Cerezyme infusions are story
  {
    message:
      'My husband is 52 and was just diagnosed with Gaucher disease type 1 after years of a big spleen and low platelets that nobody could explain. He started Cerezyme infusions last month. Will he have a normal life expectancy now that he is treated?',
    focus: 'Gaucher disease',
    types: ['prognosis'],
  },
  // why: the chance the next baby has it -> inheritance; XLH is X-linked hypophosphatemia
  {
    message:
      "Our 4 year old daughter has XLH and gets Crysvita shots every 2 weeks, she's doing great. I'm now 10 weeks pregnant. What are the chances this baby has XLH too? I don't have it and neither does my husband as far as we know.",
    focus: 'X-linked hypophosphatemia',
    types: ['inheritance'],
  },
  // why: looking for a doctor who knows HAE -> find_specialist
  {
    message:
      'Looking for a hereditary angioedema specialist in or near Chicago. My allergist had never heard of Takhzyro or Firazyr and I ended up in the ER twice this year with throat swelling',
    focus: 'hereditary angioedema',
    types: ['find_specialist'],
  },
  // why: mouth sores from the medicine -> side_effects; morning or night -> drug_usage; Afinitor is everolimus
  {
    message:
      'My 11 yo son with tuberous sclerosis is starting Afinitor for his SEGA. What side effects should we watch for? I read about mouth sores. Also is it better to give it in the morning or at night?',
    focus: 'everolimus',
    types: ['side_effects', 'drug_usage'],
  },
  // why: wine with the medicine -> interactions; getting rid of leftover pills -> storage_disposal; Gleevec is imatinib
  {
    message:
      "I've been on Gleevec for GIST for 3 years, now my oncologist is switching me to something else. Two questions: can I have a glass of wine with dinner while I'm still finishing the Gleevec, and what do I do with the leftover bottles? Can they go in the trash?",
    focus: 'imatinib',
    types: ['interactions', 'storage_disposal'],
  },
  // why: whether it is for her mutation -> indication; price without insurance -> other
  {
    message:
      'Does Kalydeco work for the G551D mutation? My niece has that one. And how much does it cost without insurance, her parents are between jobs',
    focus: 'ivacaftor',
    types: ['indication', 'other'],
  },
  // why: what the medicine is -> indication; how to get a toddler to take the granules -> drug_usage
  {
    message:
      'what is orkambi exactly? cf clinic wants to start our 3 year old on it. he wont swallow anything, how do you give the granules to a toddler',
    focus: 'lumacaftor and ivacaftor',
    types: ['indication', 'drug_usage'],
  },
  // why: whether it can turn into leukemia -> complications; whether the kids could get it -> inheritance
  {
    message:
      "I'm 38 and was diagnosed with PNH (paroxysmal nocturnal hemoglobinuria) after a blood clot in my liver. I'm on Soliris now. Can PNH turn into leukemia? And is it hereditary, could my two kids get it?",
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['complications', 'inheritance'],
  },
  // why: whether Trikafta (not in the KB) is a cure is about treating CF -> treatment; rugby -> lifestyle
  {
    message:
      'Grandad here. My grandson (14) has cystic fibrosis and started Trikafta last year, he is like a new boy. Is Trikafta a cure then? And he wants to play rugby at school, is that ok with CF?',
    focus: 'cystic fibrosis',
    types: ['treatment', 'lifestyle'],
  },
  // why: whether Evrysdi would help her is about treating her SMA -> treatment; whether she will lose sitting -> prognosis
  {
    message:
      'would evrysdi help a 14 yr old w/ SMA type 2 or is it only for babies?? she can still sit but its getting harder. will she lose sitting eventually',
    focus: 'spinal muscular atrophy type 2',
    types: ['treatment', 'prognosis'],
  },
  // why: a teacher asks what it is -> information, and how to adapt PE class -> lifestyle
  {
    subject: 'New student with Morquio',
    message:
      "Hi, I'm a 3rd grade teacher. A new student is joining my class in September who has Morquio syndrome. Her mom mentioned she misses school once a week for Vimizim infusions. Could you tell me what Morquio syndrome is? And what should I keep in mind for PE and recess so she's safe but still included?",
    focus: 'Morquio syndrome',
    types: ['information', 'lifestyle'],
  },
  // why: whether early tooth loss is a sign -> symptoms; what test confirms it -> diagnosis
  {
    message:
      'Is losing baby teeth really early (like at 2) a sign of hypophosphatasia? Our dentist said the root was still on the tooth. What test would confirm it?',
    focus: 'hypophosphatasia',
    types: ['symptoms', 'diagnosis'],
  },
  // why: new gene therapies being studied -> research; which gene -> genetic_changes
  {
    message:
      "my nephew has duchenne, he's 7 and on steroids. are there any new gene therapies being tested for it? and what gene is it exactly, my sister says dystrophin but thats a protein?",
    focus: 'Duchenne muscular dystrophy',
    types: ['research', 'genetic_changes'],
  },
  // why: how it works -> indication; with his ADHD medicine -> interactions; Kuvan is sapropterin
  {
    message:
      'Our son with PKU had a Kuvan response test and it worked, so they are going to start it. How does Kuvan work exactly? Also he takes methylphenidate for ADHD, is it ok to take both together?',
    focus: 'sapropterin',
    types: ['indication', 'interactions'],
  },
  // why: what brings on attacks -> cause; stopping an attack before dental work -> prevention
  {
    message:
      'HAE type 1. what actually triggers the attacks? mine seem to come out of nowhere. and I have a wisdom tooth coming out in May - how do I keep it from setting off a swelling?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: keeping it cool in summer -> storage_disposal; what to do when a dose is forgotten -> drug_usage; Creon is pancrelipase
  {
    message:
      'creon question - we live in arizona and its 110 out, does it have to go in the fridge? also my daughter forgets it with snacks at school all the time, should she take it after when she remembers?',
    focus: 'pancrelipase',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: whether it can cause kidney problems -> complications; a support group -> find_specialist
  {
    message:
      'My daughter (9) has TSC with epilepsy, she is on Afinitor now. Can tuberous sclerosis cause kidney problems later on? And is there a support group for parents in the UK? I feel very alone with this.',
    focus: 'tuberous sclerosis complex',
    types: ['complications', 'find_specialist'],
  },
  // why: mixing with another medicine in the nebulizer -> interactions; time out of the fridge -> storage_disposal; Pulmozyme is dornase alfa
  {
    subject: 'Pulmozyme',
    message:
      'Can Pulmozyme be mixed with the hypertonic saline in the same neb cup to save time? And how long can the ampules be out of the fridge before they go bad?',
    focus: 'dornase alfa',
    types: ['interactions', 'storage_disposal'],
  },
  // why: contagious -> susceptibility; whether our kids would have it -> inheritance; should I be tested -> diagnosis
  {
    message:
      "My girlfriend has cystic fibrosis. She's on Trikafta and doing well. I have some dumb questions I'm too embarrassed to ask her: is CF contagious at all? If we have kids someday, would they have it? Should I get tested for something before we try?",
    focus: 'cystic fibrosis',
    types: ['susceptibility', 'inheritance', 'diagnosis'],
  },
  // why: names two conditions and asks whether they are the same -> information; leg surgery -> treatment; main focus is the son's XLH
  {
    message:
      'My son has XLH (x-linked hypophosphatemia) and takes Crysvita. At the clinic we met a boy with hypophosphatasia who gets Strensiq. Is hypophosphatasia the same thing as XLH, just another name? Both moms were confused. Also will my son still need surgery on his legs even with the Crysvita, they are still bowed',
    focus: 'X-linked hypophosphatemia',
    types: ['information', 'treatment'],
  },
  // why: what causes it -> cause; kidneys and heart damage -> complications; gene therapy trials -> research
  {
    message:
      "I'm 34 and was finally diagnosed with Fabry disease after 20 years of burning pain in my hands and feet. They want me to start enzyme replacement (Fabrazyme). What causes Fabry? Can it damage my kidneys and heart if I wait? And are there any trials for gene therapy, I would rather do that than infusions for life.",
    focus: 'Fabry disease',
    types: ['cause', 'complications', 'research'],
  },
  // why: what PKU is -> information; whether he will have normal intelligence -> prognosis; medicine besides the diet -> treatment
  {
    message:
      'grandma here, not good with computers. my grandson was born 2 weeks ago and the heel prick test says PKU. what is PKU? will he be normal in his mind if they follow the diet? the clinic also talked about a medicine Kuvan, is there medicine besides the diet?',
    focus: 'phenylketonuria',
    types: ['information', 'prognosis', 'treatment'],
  },
  // why: pregnancy -> contraindications; fridge and throwing away vials -> storage_disposal; blood clots from it -> side_effects
  {
    message:
      'I use C1 esterase inhibitor (Berinert) for my HAE attacks. Several questions: 1) Can I keep using it now that I am pregnant? 2) Does it need to be refrigerated or is room temperature fine? 3) How do I get rid of the used vials and needles? 4) I read it can cause blood clots, is that true?',
    focus: 'C1 esterase inhibitor',
    types: ['contraindications', 'storage_disposal', 'side_effects'],
  },
  // why: what triggers relapses -> cause; preventing relapses -> prevention; genetic -> inheritance; should the kids be tested -> diagnosis
  {
    message:
      'My wife has atypical HUS, she is on Soliris since her kidneys failed last year. The doctor says it can come back. What can trigger a relapse of aHUS? Is there a way to prevent relapses? And is aHUS genetic, should our two children be tested?',
    focus: 'atypical hemolytic uremic syndrome',
    types: ['cause', 'prevention', 'inheritance', 'diagnosis'],
  },
  // why: whether it is chemo -> indication; fertility -> side_effects; how the dose is decided -> drug_usage
  {
    message:
      "My son is 10 and has sickle cell disease. His hematologist wants to start hydroxyurea. Isn't that a chemo drug?? Will it hurt his ability to have kids later? And how do they decide how much he takes, my friend's son is on a different dose.",
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: how rare -> frequency; which gene -> genetic_changes; whether late-onset gets worse -> prognosis
  {
    subject: 'Late onset Pompe',
    message:
      'I was diagnosed with late-onset Pompe disease at 45 and started Lumizyme. How rare is Pompe? Which gene is it? And will my weakness keep getting worse even on treatment?',
    focus: 'Pompe disease',
    types: ['frequency', 'genetic_changes', 'prognosis'],
  },
  // why: names two conditions and asks only whether they are linked -> association
  {
    message:
      'Is there a link between Gaucher disease and Parkinsons? my dad has Gaucher (on Cerezyme 20 yrs) and now he has a tremor in his right hand',
    focus: 'Gaucher disease',
    types: ['association'],
  },
  // why: linked to TSC -> association; can men get it -> susceptibility; flying -> lifestyle
  {
    message:
      'I was diagnosed with LAM (lymphangioleiomyomatosis) after a collapsed lung. I am on sirolimus. Is LAM related to tuberous sclerosis? The doctor asked me about skin spots. Why is it only women, can men get it? And am I allowed to fly, we have a holiday booked in August.',
    focus: 'lymphangioleiomyomatosis',
    types: ['association', 'susceptibility', 'lifestyle'],
  },
];
