/**
 * "formulations" set. Messages about using different forms of medicine: inhalers and spacers, creams, eye drops,
 * nasal sprays, patches, liquids for children, injection pens, suppositories. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.832). Scored by formulations.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --formulations --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FORMULATIONS_MESSAGES: ConsumerMessage[] = [
  // why: only asks how to use the inhaler with a spacer, which is drug_usage
  {
    message: 'how do i use the spacer with my sons ventolin inhailer? hes 4 and wont hold his breath',
    focus: 'ventolin',
    types: ['drug_usage'],
  },
  // why: asks only whether the opened bottle must stay in the fridge, which is storage_disposal
  {
    subject: 'eye drops in fridge?',
    message:
      'Does latanoprost need to stay in the fridge after I open the bottle or can I keep it in my bag?',
    focus: 'latanoprost',
    types: ['storage_disposal'],
  },
  // why: the only question is how to throw away leftover patches, which is storage_disposal; the story is not a question
  {
    subject: 'Leftover patches',
    message:
      'My mother used fentanyl patches for her cancer pain and she passed away last week. There are two unopened boxes and some in the bin already used. How do I get rid of them safely? I have grandchildren in the house and I am scared one of them finds one.',
    focus: 'fentanyl',
    types: ['storage_disposal'],
  },
  // why: "what is it for" asks what the medicine is used for, which is indication
  {
    message: 'what is protopic ointment for',
    focus: 'protopic',
    types: ['indication'],
  },
  // why: asks whether the liquid contains sugar, which is ingredients
  {
    message:
      'Hi, my 3 year old has type 1 diabetes and the doctor prescribed amoxicillin liquid for an ear infection. Does the pink suspension have sugar in it? I need to count the carbs.',
    focus: 'amoxicillin',
    types: ['ingredients'],
  },
  // why: asks whether a pen left in heat is still usable, which is about storing the medicine (storage_disposal)
  {
    subject: 'EpiPen left in hot car',
    message:
      'my daughters EpiPen was in the car all afternoon, it was like 95 degrees out. is it still ok to use or do i need a new one',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  // why: asks how long the spray can be used every day, which is drug_usage
  {
    message:
      'How long is it okay to use Flonase every day? I have been using it since March for my allergies.',
    focus: 'Flonase',
    types: ['drug_usage'],
  },
  // why: asks when to give the rescue gel during a seizure, which is drug_usage; Dravet is only the story
  {
    subject: 'rescue med question',
    message:
      'Our son has Dravet syndrome and we were sent home with diazepam rectal gel. After how many minutes of seizing are we supposed to give it? The neurologist said it so fast and I was too stressed to remember.',
    focus: 'diazepam',
    types: ['drug_usage'],
  },
  // why: asks whether blurry vision comes from the patch, which is side_effects
  {
    message:
      'Can the scopolamine patch make your vision blurry? I put one on for a cruise and now I cant read my book.',
    focus: 'scopolamine',
    types: ['side_effects'],
  },
  // why: asks about taking the patch together with coffee, which is interactions
  {
    message: 'can I still have my morning coffee with the nicotine patch',
    focus: 'nicotine patch',
    types: ['interactions'],
  },
  // why: asks whether the insulin contains anything from pigs, which is ingredients
  {
    subject: 'Lantus and pork',
    message:
      'Assalamu alaikum. My husband was just started on Lantus. We are Muslim and want to know, is there anything made from pigs in it?',
    focus: 'Lantus',
    types: ['ingredients'],
  },
  // why: asks whether the cream is safe while breastfeeding, which is contraindications
  {
    message:
      'Is clobetasol cream safe to use while breastfeeding? I have a bad patch of psoriasis on my elbow.',
    focus: 'clobetasol',
    types: ['contraindications'],
  },
  // why: "what is it and how does it work" about a medicine is one indication question
  {
    subject: 'narcan',
    message:
      'My work is putting Narcan nasal spray in the first aid kit. What is it actually and how does it work??',
    focus: 'Narcan',
    types: ['indication'],
  },
  // why: asks whether the burning comes from the drops, which is side_effects
  {
    message: 'my eyes burn for like 10 min after i put in restasis is that from the medicine',
    focus: 'restasis',
    types: ['side_effects'],
  },
  // why: asks about preventer vs reliever inhalers for asthma, which is how asthma is treated (treatment)
  {
    message:
      "What's the difference between the brown preventer inhaler and the blue reliever one for asthma? My son got both and I don't understand why he needs two.",
    focus: 'asthma',
    types: ['treatment'],
  },
  // why: "how do I use the HandiHaler" is drug_usage and "is there lactose in the capsules" is ingredients
  {
    subject: 'Spiriva HandiHaler',
    message:
      'I was given Spiriva and the HandiHaler thing with capsules. How do I use it, do I swallow the capsule or put it in the device? Also is there lactose in the capsules? I am very lactose intolerant.',
    focus: 'Spiriva',
    types: ['drug_usage', 'ingredients'],
  },
  // why: how much and how often to apply is drug_usage; whether it thins the skin is side_effects
  {
    message:
      'how much hydrocortisone cream can i put on my 8 month olds eczma and how many times a day? and does it make baby skin thin, my mother in law says it does',
    focus: 'hydrocortisone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: how to apply the cream is drug_usage; whether it is ok in pregnancy is contraindications
  {
    subject: 'Scabies cream',
    message:
      'The whole family has scabies and the doctor gave us permethrin cream. Do we put it on the whole body including the face, and how long do we leave it on? I am 5 months pregnant, is it safe for me?',
    focus: 'permethrin',
    types: ['drug_usage', 'contraindications'],
  },
  // why: whether it is safe with asthma is contraindications; whether it can slow the heart is side_effects; glaucoma is story
  {
    message:
      'My eye doctor gave me timolol drops for glaucoma. I have had asthma since I was a kid. Is it safe for someone with asthma to use these? And can eye drops really slow down your heart? My watch says my pulse is 52 now.',
    focus: 'timolol',
    types: ['contraindications', 'side_effects'],
  },
  // why: keeping the pen cold on a flight is storage_disposal; what to do about a missed dose is drug_usage
  {
    subject: 'Flying with Humira',
    message:
      "I'm flying to Australia in June (24 hours of travel) with my Humira pens. How do I keep them cold the whole way? And if my injection day falls during the flight, can I just take it a day late?",
    focus: 'Humira',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: where to inject is drug_usage; whether bruising is normal from the shots is side_effects
  {
    message:
      'Where on the belly am I supposed to inject Lovenox? And is it normal to get big purple bruises after every shot',
    focus: 'Lovenox',
    types: ['drug_usage', 'side_effects'],
  },
  // why: how long to keep it in is drug_usage; whether they go in the fridge is storage_disposal
  {
    message:
      'ulcerative colitis flare, started mesalamine suppositories. how long do i have to keep it in, i cant hold it more than half an hour. and do they need to be kept in the fridge, the pharmacy didnt say',
    focus: 'mesalamine',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: swimming and a patch falling off are drug_usage; taking it with levothyroxine is interactions
  {
    subject: 'estradiol patch',
    message:
      'Can I go swimming with the estradiol patch on, and what do I do if it falls off in the pool? Also I take levothyroxine for my thyroid, is that a problem with the patch?',
    focus: 'estradiol',
    types: ['drug_usage', 'interactions'],
  },
  // why: the dose for the child is drug_usage; giving it together with Tylenol is interactions
  {
    message:
      'How much Motrin liquid for a 2 year old who weighs 26 lbs? Fever 102.5. Can I give Tylenol too in between',
    focus: 'Motrin',
    types: ['drug_usage', 'interactions'],
  },
  // why: "what is it for" is indication; rinsing the mouth after the nebulizer is drug_usage
  {
    message:
      'Our pediatrician started our 18 month old on Pulmicort in the nebulizer twice a day. What exactly is it for, he is not wheezing right now? Do we have to wipe his face or rinse his mouth after?',
    focus: 'Pulmicort',
    types: ['indication', 'drug_usage'],
  },
  // why: rebound congestion is side_effects; the maximum number of days is drug_usage
  {
    message:
      'is it true oxymetazoline nasal spray causes rebound congestion?? how many days max can i use it',
    focus: 'oxymetazoline',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asking about parabens in the cream is ingredients; use while trying to get pregnant is contraindications
  {
    subject: 'Retin-A question',
    message:
      'Does Retin-A cream contain parabens? I react badly to them. And should I stop using it if we are trying for a baby?',
    focus: 'Retin-A',
    types: ['ingredients', 'contraindications'],
  },
  // why: "what is it for" is indication; cutting it in half for a child is drug_usage
  {
    message:
      'what is a bisacodyl suppository for exactly, the pharmacist gave it for my 6 yr olds constipation. can i cut it in half because it looks huge for her',
    focus: 'bisacodyl',
    types: ['indication', 'drug_usage'],
  },
  // why: using it with sertraline is interactions; whether the awful taste comes from the spray is side_effects
  {
    message:
      'I use sumatriptan nasal spray for migraines. Is it ok with my sertraline? I read something about serotonin. Also the taste in my throat after is disgusting, is that normal with it?',
    focus: 'sumatriptan',
    types: ['interactions', 'side_effects'],
  },
  // why: where to keep the kit at school is storage_disposal; how to mix and give it is drug_usage
  {
    subject: 'glucagon at school',
    message:
      "My daughter (9, type 1) starts at a new school. Where should the glucagon kit be kept, can it sit in the nurse's office or does it need a fridge? And can someone explain simply how to mix it and inject it, I need to teach her teacher.",
    focus: 'glucagon',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: fridge question is storage_disposal; mixing in the nebulizer with albuterol is interactions; hoarse voice from it is side_effects
  {
    subject: 'Pulmozyme / dornase alfa questions',
    message:
      'Hello, our son is 7 and has cystic fibrosis. His team added dornase alfa to his morning routine. I have a few questions. Does it have to be refrigerated all the time or can it be out during the day? We go camping a lot in summer. Can we put it in the nebulizer cup together with his albuterol to save time, because the treatments take forever? And since he started it his voice sounds hoarse, could that be from the dornase alfa? Thank you so much, this center has helped us a lot.',
    focus: 'dornase alfa',
    types: ['storage_disposal', 'interactions', 'side_effects'],
  },
  // why: wife and kids touching the skin is contraindications (a precaution); shower timing is drug_usage; with a blood thinner is interactions; alcohol in the gel is ingredients
  {
    message:
      'Questions about AndroGel. My wife is worried about touching my shoulders after I put it on, and we have two small kids, is that dangerous for them? How long do I have to wait before I can shower? Is it ok with warfarin? And does it have alcohol in it, it smells like it.',
    focus: 'AndroGel',
    types: ['contraindications', 'drug_usage', 'interactions', 'ingredients'],
  },
  // why: priming and reusing needles are drug_usage; keeping spare pens and throwing away needles are storage_disposal; how it differs from Lantus is indication
  {
    subject: 'new to Humalog pens',
    message:
      'My son (12) was diagnosed with type 1 diabetes last week and we are overwhelmed. He has Humalog pens and Lantus pens. How do we prime the Humalog pen before each shot, and can we reuse the pen needles? Where should we keep the spare pens that are not opened yet? What do we do with the used needles, can they go in the trash? And what does Humalog do that Lantus doesnt, why does he need both?',
    focus: 'Humalog',
    types: ['drug_usage', 'storage_disposal', 'indication'],
  },
  // why: with ibuprofen and with alcohol are interactions; feeling sick from it is side_effects; getting rid of used pens is storage_disposal
  {
    message:
      'my daughter is 16 and has JIA, she does weekly methotrexate injection with a pen. can she keep taking ibuprofen for pain with it? she feels really sick the day after every shot, is that the methotrexate? shes going to prom and I know they will drink, how bad is alcohol with it. also how do we get rid of the empty pens',
    focus: 'methotrexate',
    types: ['interactions', 'side_effects', 'storage_disposal'],
  },
  // why: "what does it do" is indication; stunting growth is side_effects; rinsing after is drug_usage
  {
    subject: 'Flovent for my 5 yr old',
    message:
      'What does Flovent actually do? He uses it with a spacer twice a day. I read steroids can stunt growth, will it make him shorter? And does he really have to rinse his mouth after every time?',
    focus: 'Flovent',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: where to stick it and cutting it are drug_usage; the rash from it is side_effects; throwing away used patches is storage_disposal
  {
    message:
      "Dad has Alzheimer's and was switched from capsules to the rivastigmine patch. Where on the body is the best place to stick it, and is it ok to cut it if he gets too much? The skin under it gets red and itchy, is that the patch? And how do I throw away the old ones, my grandson is 2.",
    focus: 'rivastigmine',
    types: ['drug_usage', 'side_effects', 'storage_disposal'],
  },
  // why: the dose is drug_usage; dye and sugar are ingredients; sleepiness from it is side_effects
  {
    message:
      'zyrtec syrup for 3yo how much? does it have red dye or sugar. will it make him sleepy at daycare',
    focus: 'zyrtec',
    types: ['drug_usage', 'ingredients', 'side_effects'],
  },
  // why: what it is for is indication; together with clobetasol is interactions; pregnancy is contraindications; fridge is storage_disposal
  {
    subject: 'calcipotriene ointment',
    message:
      'What is calcipotriene for exactly, is it a steroid? Can I use it on the same spots as my clobetasol, at the same time? I might be pregnant (waiting to test), is it safe? Should the tube be kept in the fridge in summer?',
    focus: 'calcipotriene',
    types: ['indication', 'interactions', 'contraindications', 'storage_disposal'],
  },
  // why: bitter taste and drowsiness are side_effects; use with Flonase is interactions; insurance is other
  {
    message:
      'Azelastine nasal spray leaves a horrible bitter taste, is that normal? It also makes me drowsy, I drive for work. Can I use it the same day as my Flonase? My insurance says it needs prior authorization, how do I get that?',
    focus: 'Azelastine',
    types: ['side_effects', 'interactions', 'other'],
  },
  // why: warming up before injecting is drug_usage; stinging is side_effects; live vaccines with it is interactions; trying to get pregnant is contraindications
  {
    subject: 'Enbrel',
    message:
      'I have rheumatoid arthritis and just started Enbrel. How long should I leave the pen out of the fridge before injecting? It stings a lot, is that normal? I need a yellow fever vaccine for a trip, can I have it while on Enbrel? And we want a second child next year, do I have to stop it before?',
    focus: 'Enbrel',
    types: ['drug_usage', 'side_effects', 'interactions', 'contraindications'],
  },
];
