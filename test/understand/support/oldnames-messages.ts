/**
 * "oldnames" set. Messages using old-fashioned or popular names of conditions and medicines (consumption,
 * dropsy, water tablets, shaking palsy, St. Vitus dance, the falling sickness, brittle bone disease, housemaid's
 * knee), mixed with messages using today's names. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 0.850,
 * type F1 0.867). Scored by oldnames.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --oldnames --verbose`.
 * (Its writer looked at the first five lines of another new set for the file's format, and used nothing of it.)
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const OLDNAMES_MESSAGES: ConsumerMessage[] = [
  // why: "was that the same thing as TB, and what was it" asks what consumption is (one question in two phrasings)
  {
    subject: 'an old word',
    message:
      'My grandmother always said her older brother died of consumption when he was only 19, back in 1931. Was that the same thing as TB? What exactly was it?',
    focus: 'consumption',
    types: ['information'],
  },
  // why: "morning or at night" asks how to take the tablets; "is it normal to feel dizzy" asks whether dizziness comes from them
  {
    message:
      'The doctor has put me on water tablets because my ankles keep swelling up. Do I take them in the morning or at night? And is it normal to feel dizzy when I stand up since starting them?',
    focus: 'water tablets',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "does it run in families" asks inheritance; "anything I can do to lower my chances" asks prevention
  {
    message:
      'My late father had the shaking palsy for the last ten years of his life, as his doctor called it then. Does it run in families? Is there anything I can do to lower my own chances of getting it?',
    focus: 'shaking palsy',
    types: ['inheritance', 'prevention'],
  },
  // why: "how long do people live" asks prognosis; "any trials" asks research; "clinic that specialises" asks find_specialist
  {
    subject: 'husband just diagnosed',
    message:
      "Hello, my husband Tom (58) was told last week that he has Lou Gehrig's disease. We are both in shock. How long do people usually live with it? Are there any trials he could join? And is there a clinic that specialises in it near Leeds? Thank you for any help.",
    focus: "Lou Gehrig's disease",
    types: ['prognosis', 'research', 'find_specialist'],
  },
  // why: "what causes it" asks cause; the bad throat is story
  {
    message:
      'My nan says she had St. Vitus dance as a girl of about ten, after a very bad throat, and was kept in bed for weeks. What causes it?',
    focus: 'St. Vitus dance',
    types: ['cause'],
  },
  // why: "how did I get it" asks cause; "how do I get rid of it" asks treatment
  {
    message:
      'came back from the beach in florida with a wiggly red itchy line on my foot that moves a bit every day. the pharmacist called it creeping eruption. how did i get it and how do i get rid of it??',
    focus: 'creeping eruption',
    types: ['cause', 'treatment'],
  },
  // why: "is it passed down" asks inheritance; "could his fits be the same thing" and "what tests" ask diagnosis; "will he grow out of it" asks prognosis
  {
    subject: 'fits in the family',
    message:
      'My great aunt had what the family always called the falling sickness. Now my grandson, who is seven, has started having fits at school. Is it passed down? Could his fits be the same thing, and what tests should he have? Will he grow out of it?',
    focus: 'falling sickness',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: "how do they find out for sure" asks diagnosis; the broken arm is story
  {
    message:
      'Our four month old broke his arm just from being changed and now the doctors are checking him for brittle bone disease. We feel awful. How do they find out for sure whether he has it?',
    focus: 'brittle bone disease',
    types: ['diagnosis'],
  },
  // why: "what is it" asks information; "will it go away on its own" asks prognosis
  {
    message:
      "I'm a tiler and kneel most of the day. There is a soft squashy swelling on the front of my knee and my old dad says it's housemaid's knee. What is it actually, and will it go down on its own?",
    focus: "housemaid's knee",
    types: ['information', 'prognosis'],
  },
  // why: "what did dropsy mean" asks what the condition is
  {
    message:
      "Going through my mother's letters from the 1950s I found that the doctor told her she had dropsy. What is dropsy?",
    focus: 'dropsy',
    types: ['information'],
  },
  // why: "can he still have his pint" asks diet (lifestyle); "can it make him go blind" asks complications
  {
    message:
      'My grandad has sugar diabetes and he does like his pint at the club on Saturdays. Can he still have a drink with it? He also keeps saying it will make him go blind like his sister, can it really do that?',
    focus: 'sugar diabetes',
    types: ['lifestyle', 'complications'],
  },
  // why: "is it catching" asks whether one can catch it (susceptibility); the cups are the same worry
  {
    message:
      'Mum has just been told she has the sugar. My sister is worried about using the same cups and plates as her. Is it catching?',
    focus: 'the sugar',
    types: ['susceptibility'],
  },
  // why: "do I need a jab" asks prevention; "is it the rust that causes it" asks cause; "first signs" asks symptoms
  {
    subject: 'rusty nail',
    message:
      "I stood on a rusty nail in the garden this afternoon and my husband says I'll get lockjaw. Do I need a jab, and how soon? Is it actually the rust that causes it? What are the first signs to watch for?",
    focus: 'lockjaw',
    types: ['prevention', 'cause', 'symptoms'],
  },
  // why: "can it harm my baby" asks complications; "should I have a blood test" asks diagnosis
  {
    message:
      'I am 10 weeks pregnant and work at a nursery. One of the children has been sent home with German measles. Can it harm my baby? Should I have a blood test to check?',
    focus: 'German measles',
    types: ['complications', 'diagnosis'],
  },
  // why: "what is the chance I have the gene" asks inheritance
  {
    subject: "Huntington's chorea",
    message:
      "Several people on my father's side had Huntington's chorea, including his mother. He died young in an accident so we never knew about him. What is the chance that I have the gene?",
    focus: "Huntington's chorea",
    types: ['inheritance'],
  },
  // why: "is this the same as thalassemia" asks information; "does he need transfusions for life" asks treatment
  {
    message:
      "Our nephew has Cooley's anemia. Is this the same as thalassemia or something different? Will he need blood transfusions for the rest of his life?",
    focus: "Cooley's anemia",
    types: ['information', 'treatment'],
  },
  // why: "what is it for" asks indication; "with her water tablets (frusemide)" asks interactions; "could it be why she has lost her appetite" asks side_effects
  {
    message:
      'My mother, 86, has been on Lanoxin for her heart for as long as I can remember. She calls them her foxglove pills. What is it actually for? Can she take it along with her water tablets (frusemide)? And could it be the reason she has gone off her food lately?',
    focus: 'Lanoxin',
    types: ['indication', 'interactions', 'side_effects'],
  },
  // why: "what was Bright's disease" asks what the condition is
  {
    subject: 'death certificate',
    message:
      "I'm doing our family tree and my great-grandfather's death certificate from 1908 says Bright's disease. What was that?",
    focus: "Bright's disease",
    types: ['information'],
  },
  // why: "can polio come back decades later" asks a late problem it leads to (complications); "anything that helps" asks treatment
  {
    message:
      'I had infantile paralysis as a boy in 1952 and got most of the strength back in my legs. Now at 75 they are getting weak again and I tire very quickly. Can polio come back like this after so many years? Is there anything that helps?',
    focus: 'infantile paralysis',
    types: ['complications', 'treatment'],
  },
  // why: "is that a kind of bone cancer" asks what the condition is, told apart from cancer (information)
  {
    message:
      'The hospital letter for my gran says osteitis deformans in her hip. Is that a kind of bone cancer?',
    focus: 'osteitis deformans',
    types: ['information'],
  },
  // why: "can he play football at school" asks lifestyle; "which gene is it" asks genetic_changes
  {
    subject: 'Christmas disease',
    message:
      'Our son Jamie has just been diagnosed with Christmas disease. The nurse said it is a type of haemophilia. Can he still play football at school? And which gene is it that is faulty?',
    focus: 'Christmas disease',
    types: ['lifestyle', 'genetic_changes'],
  },
  // why: "how long will she feel this tired" asks prognosis; "can she do hockey" asks lifestyle; "can her little brother catch it" asks susceptibility
  {
    message:
      'My daughter is 16 and has glandular fever. She sleeps all day. How long is she going to feel this tired? Can she still play hockey for the school team? And can her little brother catch it from her?',
    focus: 'glandular fever',
    types: ['prognosis', 'lifestyle', 'susceptibility'],
  },
  // why: "what does it actually do" asks how the medicine works (indication); "is it still given for drinkers" asks the same
  {
    message:
      'My brother was put on Antabuse back in the 80s for his drinking. Is it still given for that, and what does it actually do in the body?',
    focus: 'Antabuse',
    types: ['indication'],
  },
  // why: "can he eat his greens" asks food interactions; "what if he forgets a dose" asks drug_usage
  {
    message:
      'Dad calls his warfarin "the rat poison" and thinks he is not allowed any vegetables. Can he eat his greens while on it? And what should he do if he forgets a dose?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "do they still test newborns for it" asks diagnosis (screening)
  {
    message:
      "I was reading an old medical book of my grandfather's that had a chapter on cretinism in babies. Do they still test newborns for it nowadays?",
    focus: 'cretinism',
    types: ['diagnosis'],
  },
  // why: "how common is Down syndrome" asks frequency; the old word is story
  {
    message:
      "My mother still uses the old word mongolism when she talks about my niece, which upsets my sister. I've explained it is called Down syndrome now. How common is Down syndrome these days?",
    focus: 'Down syndrome',
    types: ['frequency'],
  },
  // why: "chances our child would have it" asks inheritance; "tested during pregnancy" asks diagnosis; "do the lumps become cancer" asks complications
  {
    subject: 'thinking about a baby',
    message:
      'My husband has von Recklinghausen disease, with soft lumps all over his back and chest. We would like a baby. What are the chances our child would have it? Can the baby be tested during the pregnancy? And do the lumps ever turn into cancer?',
    focus: 'von Recklinghausen disease',
    types: ['inheritance', 'diagnosis', 'complications'],
  },
  // why: "is it what we now call a stroke" asks what it is (information); "does it run in the family" asks inheritance
  {
    message:
      'The family bible says my great-great-grandfather "died of apoplexy" at 61, and so did his son. Is apoplexy what we now call a stroke? Should I worry that it runs in the family?',
    focus: 'apoplexy',
    types: ['information', 'inheritance'],
  },
  // why: "how many can I take in a day" asks drug_usage; "with a glass of sherry" asks interactions with alcohol
  {
    message:
      'My lumbago is playing up again. How many paracetamol can I safely take in a day, and is it alright to have them with my glass of sherry in the evening?',
    focus: 'paracetamol',
    types: ['drug_usage', 'interactions'],
  },
  // why: "can it be reversed" asks whether it can be treated or cured
  {
    subject: 'arteries',
    message: 'My doctor says I have hardening of the arteries. Can it be reversed?',
    focus: 'hardening of the arteries',
    types: ['treatment'],
  },
  // why: "why does he keep getting it" asks cause; "does he need an operation" asks treatment
  {
    message:
      'My son had quinsy last winter and now it has come back, same side, he can hardly swallow. Why does he keep getting it? Does he need an operation on his tonsils?',
    focus: 'quinsy',
    types: ['cause', 'treatment'],
  },
  // why: "could I have it too" asks diagnosis; "does it run in families" asks inheritance; "injections for life" asks treatment
  {
    message:
      'My gran had pernicous anemia and the nurse came every month to give her an injection. I am 44 and have been exhausted for months, with a sore red tongue and pins and needles. Could I have it too? Does it run in families? Would I need the injections for life like she did?',
    focus: 'pernicous anemia',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: "can you get the clap from a toilet seat" asks how one can catch it (susceptibility)
  {
    subject: 'bit embarrassing',
    message: 'Can you get the clap from a toilet seat? My mate swears you can.',
    focus: 'the clap',
    types: ['susceptibility'],
  },
  // why: "is that just scarlet fever with an old name" asks information; "does she need antibiotics" asks treatment
  {
    message:
      'The school has sent a letter home saying there is scarlatina going round year 2. Is that just scarlet fever with an old fashioned name? If my daughter gets the rash, will she need antibiotics?',
    focus: 'scarlatina',
    types: ['information', 'treatment'],
  },
  // why: "am I at risk of the same" with quarry dust asks whether an exposure raises the risk (susceptibility)
  {
    message:
      'My grandfather was a coal miner in Wales and died with black lung. I work in a stone quarry and breathe in dust every day. Am I at risk of getting the same thing?',
    focus: 'black lung',
    types: ['susceptibility'],
  },
  // why: "should I be tested" asks diagnosis; "chances our children would have it" asks inheritance; "how common among Greeks" asks frequency
  {
    subject: 'before we have kids',
    message:
      "My fiance is Greek and told me he carries Mediterranean anemia. I'm not Greek at all. Should I be tested before we start a family? What are the chances our children would have it? And is it really that common in Greece?",
    focus: 'Mediterranean anemia',
    types: ['diagnosis', 'inheritance', 'frequency'],
  },
  // why: "is that multiple myeloma" asks information; "what is the outlook" asks prognosis; "is chemo too hard at his age" asks treatment
  {
    message:
      'My uncle is 80 and his letter from the hospital says Kahler disease. Is that the same as multiple myeloma? What is the outlook at his age? Would chemotherapy be too hard on him, or are there gentler treatments?',
    focus: 'Kahler disease',
    types: ['information', 'prognosis', 'treatment'],
  },
  // why: "how do I stop them coming back" asks prevention
  {
    subject: 'every winter',
    message:
      'Every winter my toes go red, itchy and swollen. My mother always called them chilblains. How do I stop them coming back each year?',
    focus: 'chilblains',
    types: ['prevention'],
  },
  // why: "what foods will she need to avoid" asks diet (lifestyle); "will her brain develop normally" asks prognosis
  {
    subject: 'heel prick result',
    message:
      "Our newborn's heel prick test came back positive for PKU. My mother-in-law remembers it being called Folling disease. What foods will our daughter have to avoid? If we stick to the diet, will her brain develop normally?",
    focus: 'PKU',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "is there surgery instead" asks treatment; "can stress bring the attacks on" asks cause; "will it get worse with age" asks prognosis
  {
    message:
      'My wife has tic douloureux, terrible stabbing pains in her cheek when she eats or even when the wind blows on her face. Her doctor wants her on carbamazepine. Is there an operation for it instead? Can stress bring the attacks on? Will it get worse as she gets older?',
    focus: 'tic douloureux',
    types: ['treatment', 'cause', 'prognosis'],
  },
];
