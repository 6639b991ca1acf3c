/**
 * "signs" set: members of the public (mostly parents, some adults writing about themselves or a relative)
 * asking about a sign, symptom or test finding rather than a diagnosed condition: nosebleeds, hair loss,
 * café-au-lait spots, twitching, high ferritin/CK, murmurs, short stature, newborn seizures, swollen ankles,
 * etc. Most foci are the sign itself; 11 are a rare condition a doctor said it might be; 5 are about a
 * medicine suspected of causing the sign (atorvastatin, amlodipine, Eliquis, lithium, Depakote). 13 have a
 * subject line.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 0.975, type F1 0.681 (see BENCHMARKS.md).
 * Scored by signs.test.ts and by `npx tsx test/understand/support/score-messages.ts --signs --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SIGNS_MESSAGES: ConsumerMessage[] = [
  {
    // "what causes nose bleeds this often" = cause; "anything we can do at home to stop them happening" = prevention; "should we be asking to see an ENT" = find_specialist.
    message:
      "My daughter is 13 and gets nose bleeds nearly every day, sometimes in the night so her pillow is covered in blood. They last 10-20 mins. Our GP just says it's the dry air. What causes nose bleeds this often in a kid? Is there anything we can do at home to stop them happening? And should we be asking to see an ENT?",
    focus: 'nosebleeds',
    types: ['cause', 'prevention', 'find_specialist'],
  },
  {
    // "could my thyroid be behind the hair loss" = association (a named condition asked as its cause); "will it all grow back" = prognosis.
    subject: 'Hair coming out in handfuls',
    message:
      "I'm 34, had my second baby 4 months ago and my hair is coming out in the shower in clumps, I can see my scalp at the temples now. My mum says it's normal after pregnancy but it's scaring me. Could my thyroid be behind the hair loss? Will it all grow back?",
    focus: 'hair loss',
    types: ['association', 'prognosis'],
  },
  {
    // "what causes cafe au lait spots" = cause; "does he need to be tested for anything" = diagnosis; "who should check them" = find_specialist.
    message:
      "Hi, our son is 8 months old and we've counted 5 light brown cafe au lait spots on his body, the biggest is on his back about the size of a 10p coin. The health visitor said to keep an eye on them but I read online that they can be linked to a genetic condition and now I can't sleep. What causes cafe au lait spots? Does he need to be tested for anything? Who should be checking them - a dermatologist or a paediatrician?",
    focus: 'cafe au lait spots',
    types: ['cause', 'diagnosis', 'find_specialist'],
  },
  {
    // "is muscle twitching like this a sign of ALS" = diagnosis (could my signs be X); "can stress and too much coffee cause it" = association (named exposures asked as its cause).
    subject: 'twitching - terrified it is ALS',
    message:
      "For 6 weeks my calves and sometimes my eyelid have been twitching constantly, like popcorn under the skin. No weakness that I can tell. I've read way too much online. Is muscle twitching like this a sign of ALS? Can stress and too much coffee cause it? I'm 29, male, no family history of anything.",
    focus: 'muscle twitching',
    types: ['diagnosis', 'association'],
  },
  {
    // "is haemochromatosis passed down" = inheritance; "do I need to stop drinking wine" = lifestyle; "what's the treatment" = treatment.
    subject: 'high ferritin result',
    message:
      "Routine bloods showed my ferritin at 1,100 and transferrin saturation 62%. GP says it could be haemochromatosis and has sent off a gene test. My dad died of liver cancer at 66 and I wonder now if he had it too. Is haemochromatosis passed down? Do I need to stop drinking wine while I wait for the results? And if it is that, what's the treatment - I've heard it's just giving blood?",
    focus: 'haemochromatosis',
    types: ['inheritance', 'lifestyle', 'treatment'],
  },
  {
    // "what is Becker's muscular dystrophy exactly" = information; "will he lose the ability to walk" = prognosis; "could my sister's two boys have it too" = inheritance.
    message:
      "Our son (11) had bloods for something unrelated and his CK came back at 9,000. He's always had big calves and gets cramps after football but we thought nothing of it. The neurologist said it could be Becker's muscular dystrophy and wants a genetic test. What is Becker's muscular dystrophy exactly? Will he lose the ability to walk? Could my sister's two boys have it too?",
    focus: "Becker's muscular dystrophy",
    types: ['information', 'prognosis', 'inheritance'],
  },
  {
    // "what actually is a murmer" = information; "will she grow out of it" = prognosis. ("heart murmer" is misspelled and prints NO.)
    message:
      'baby had her 6 week check today and the dr heard a heart murmer, were being sent for an echo in 3 weeks. what actually is a murmer? will she grow out of it',
    focus: 'heart murmur',
    types: ['information', 'prognosis'],
  },
  {
    // "usual causes of short stature" = cause; "what tests ... bone age X-ray" = diagnosis; "paediatric endocrinologist or GP" = find_specialist.
    message:
      'My son is 9 and has always been below the 2nd centile for height. My husband and I are both average height. He eats well and is healthy otherwise, just tiny next to his friends. What are the usual causes of short stature in children? What tests would a doctor normally do - is a bone age X-ray enough? And would he need to see a paediatric endocrinologist or can the GP sort it?',
    focus: 'short stature',
    types: ['cause', 'diagnosis', 'find_specialist'],
  },
  {
    // "what causes seizures in a newborn" = cause; "likely to keep having them ... will his development be normal" = prognosis.
    message:
      "Our son is 10 days old. On day 3 he had seizures - his right arm and leg jerking and his lips smacking - and he was taken to NICU. They did an MRI, an EEG and lots of bloods and everything came back normal. He's on phenobarbital for now. Nobody can tell us why it happened. What causes seizures in a newborn when all the tests are normal? Is he likely to keep having them as he gets older, and will his development be normal?",
    focus: 'seizures',
    types: ['cause', 'prognosis'],
  },
  {
    // "how serious is this" = prognosis; "is it treatable" = treatment.
    subject: 'Infantile spasms??',
    message:
      "My 6 month old has started doing these strange movements just after she wakes up - her arms fly up and her head drops forward like a little crunch, 10 or 15 times in a row with a few seconds in between. I filmed it and our GP went pale and said it might be infantile spasms and we have to go to A&E for an EEG. We're sitting in the waiting room now. How serious is this? Is it treatable?",
    focus: 'infantile spasms',
    types: ['prognosis', 'treatment'],
  },
  {
    // "why would not eating make my eyes go yellow" = cause (what brings it on); "will my liver get damaged over time" = complications.
    subject: "Gilbert's syndrome",
    message:
      "Since uni I've noticed the whites of my eyes go yellow when I'm hungover, ill or haven't eaten for a while. Bloods show my bilirubin is a bit high but the other liver tests are fine. The doctor thinks it's probably Gilberts syndrome and said there's no need to do anything. Why would not eating make my eyes go yellow? Does it mean my liver will get damaged over time?",
    focus: 'Gilberts syndrome',
    types: ['cause', 'complications'],
  },
  {
    // "what causes swollen ankles in older people" = cause; "could it be her heart" = diagnosis; "are compression socks a good idea" = treatment.
    message:
      'My mum is 78 and her ankles are swollen every evening, you can press a dent in them with your finger. By the morning it has mostly gone down. What causes swollen ankles in older people? Could it be her heart? Are compression socks a good idea?',
    focus: 'swollen ankles',
    types: ['cause', 'diagnosis', 'treatment'],
  },
  {
    // "could this be a bleeding disorder" + "what blood tests should I ask for" = diagnosis; "does it run in families" = inheritance.
    message:
      "I'm a 24 year old woman and I keep finding bruises on my legs and arms that I don't remember getting, some the size of my palm. My periods are really heavy too and I bled for ages after having a wisdom tooth out. My mum is exactly the same. Could this be some kind of bleeding disorder, and what blood tests should I ask my GP for? Does it run in families?",
    focus: 'bruises',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "what can cause thrombocytopenia" = cause; "will I need a bone marrow biopsy" = diagnosis; "is it safe to carry on cycling" = lifestyle.
    message:
      "Hello. A routine blood test before my knee operation showed 'mild thrombocytopenia', platelets 98. I feel completely well. The surgeon has postponed the op until it's sorted. What can cause thrombocytopenia in an otherwise healthy 52 year old man? Will I need a bone marrow biopsy? In the meantime is it safe for me to carry on cycling to work?",
    focus: 'thrombocytopenia',
    types: ['cause', 'diagnosis', 'lifestyle'],
  },
  {
    // "how can he have got it if I'm healthy" = inheritance; "will he end up needing dialysis" = prognosis.
    subject: 'blood in urine - possible Alport syndrome',
    message:
      "Our 7 yr old has had blood in his urine on every dipstick for over a year. His kidney scan was normal. The kidney doctor asked about family history and when I said my dad went deaf in his 40s and was on dialysis she mentioned Alport syndrome and wants to do genetic testing. I'm his mum and I'm perfectly fine. How can he have got it if I'm healthy? Will he end up needing dialysis like his grandad?",
    focus: 'Alport syndrome',
    types: ['inheritance', 'prognosis'],
  },
  {
    // "is there a genetic test to confirm it" = diagnosis; "potassium tablets for life" = treatment; "I run half marathons - is that ok" = lifestyle.
    message:
      "I'm 26 and have had low potassium (hypokalemia) and low magnesium on and off since I was a teenager, plus cramps, tingling hands and real salt cravings. A nephrologist now says it's probably Gitelman syndrome. Is there a genetic test to confirm it? Will I have to take potassium tablets for the rest of my life? I run half marathons - is that ok?",
    focus: 'Gitelman syndrome',
    types: ['diagnosis', 'treatment', 'lifestyle'],
  },
  {
    // "whats the usual reason for an enlarged spleen" = cause; "should I stop rugby" = lifestyle.
    message:
      "An ultrasound for stomach pain showed an enlarged spleen (16cm) but nothing else. The doctor didnt seem worried and said we'd repeat it in 3 months. Whats the usual reason for an enlarged spleen in a 30 year old? I play rugby at weekends, should I stop till the next scan?",
    focus: 'enlarged spleen',
    types: ['cause', 'lifestyle'],
  },
  {
    // "what does that mean" = information; "what might be causing it" = cause; "able to sit and walk" = prognosis; "what will genetics test for" = diagnosis.
    subject: 'hypotonia in 4 month old',
    message:
      "Our daughter was always a bit floppy, and at 4 months she still can't hold her head up. The paediatrician wrote 'central hypotonia' in the clinic letter and referred her to genetics. What does that mean, and what might be causing it? Is she going to be able to sit and walk? What will the genetics team test for?",
    focus: 'hypotonia',
    types: ['information', 'cause', 'prognosis', 'diagnosis'],
  },
  {
    // "what causes clubbing" = cause; "is it always a sign of lung cancer" = diagnosis (could the sign be X).
    message:
      "My husband (61, ex smoker) has noticed his fingertips have gone bulbous and his nails curve round like the back of a spoon. I looked it up and I think it's called clubbing. What causes clubbing? Is it always a sign of lung cancer?",
    focus: 'clubbing',
    types: ['cause', 'diagnosis'],
  },
  {
    // "is it linked to scleroderma or lupus" = association; "is there any medicine that helps" = treatment. (Name only in the subject.)
    subject: "Raynaud's disease",
    message:
      "My fingers go white, then blue, then bright red whenever I'm cold or even just holding something from the freezer. The GP said that's what it is and to wear gloves. I'm 38 which I read is quite late for it to start. Is it linked to scleroderma or lupus? Is there any medicine that helps?",
    focus: "Raynaud's disease",
    types: ['association', 'treatment'],
  },
  {
    // "could this be a nerve or muscle problem like myasthenia" = diagnosis; "which specialist should I be referred to" = find_specialist.
    message:
      "For the last month my left eyelid droops - it's fine in the morning but by the evening it's half closed, and sometimes I see double when I'm tired. The optician said it's ptosis and I should see my GP. Could this be a nerve or muscle problem like myasthenia? Which specialist should I ask to be referred to?",
    focus: 'ptosis',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "why does it happen" = cause; "how can we stop it happening again" = prevention; "should she have more tests for a metabolic condition" = diagnosis.
    message:
      "Our 2 year old has twice been very hard to wake in the morning, sweaty and pale, after a day of being poorly and not eating much. The paramedics measured her blood sugar at 2.1. The hospital said it's probably 'ketotic' low blood sugars and she'll grow out of it, but I'm worried they've missed something. Why does it happen? How can we stop it happening again? Should she have more tests for a metabolic condition?",
    focus: 'low blood sugars',
    types: ['cause', 'prevention', 'diagnosis'],
  },
  {
    // "can a big head just run in families" = inheritance; "does he need a scan" = diagnosis.
    message:
      "At our son's 1 year check the health visitor said his head circumference is above the 99.8th centile and we need to see a paediatrician. He's hitting all his milestones and is a really happy boy. His dad also has a very big head (hat size XL!). Can a big head just run in families? Does he need a scan?",
    focus: 'head circumference',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "will it go away by itself" = prognosis; "what can be done - would he need surgery" = treatment.
    message:
      "My 14yo son has developed breast tissue on both sides, it's tender and he's so embarrassed he won't go swimming with his mates any more. The GP said it's gynaecomastia and common at puberty. Will it go away by itself? If not, what can be done - would he need surgery?",
    focus: 'gynaecomastia',
    types: ['prognosis', 'treatment'],
  },
  {
    // "why does this happen so young" = cause; "does she need the injections" = treatment; "will she end up short if we don't treat it" = complications (untreated).
    message:
      "Our daughter is 6 and a half and has breast buds, body odour and a bit of pubic hair. The endocrinologist says it's central precocious puberty and her bone age is 9. Her brain MRI was normal, thank goodness. Why does this happen so young? Does she really need the injections to stop puberty? Will she end up short if we don't treat it?",
    focus: 'precocious puberty',
    types: ['cause', 'treatment', 'complications'],
  },
  {
    // "difference between just being bendy and having EDS" = diagnosis (telling apart); "should she stop gymnastics" = lifestyle; "who can diagnose it" = find_specialist.
    subject: 'hypermobility or EDS?',
    message:
      "My 12 year old can bend her thumbs back to her wrist and her knees go backwards. She's dislocated her kneecap twice this year, is tired a lot and bruises easily. A physio said she's hypermobile and might have EDS. What's the difference between just being bendy and actually having EDS? Should she stop gymnastics? Who can diagnose it - rheumatology?",
    focus: 'EDS',
    types: ['diagnosis', 'lifestyle', 'find_specialist'],
  },
  {
    // "are they linked to heart disease" = association; "can they be removed" = treatment.
    message:
      "I have flat yellowish patches on both upper eyelids near my nose. Google says xanthelasma. My cholesterol was 'slightly high' two years ago but I wasn't put on anything. Are they linked to heart disease? Can they be removed?",
    focus: 'xanthelasma',
    types: ['association', 'treatment'],
  },
  {
    // "is it contagious" = susceptibility; "will it spread all over her body" = prognosis; "is there a connection [with thyroid]" = association.
    message:
      "My 7yo has white patches around her eyes and on her knees which are slowly getting bigger. The GP said it's vitiligo. Some of the other mums at school are asking if it's catching and keeping their kids away from her. Is it contagious? Will it spread all over her body? Her granny has an underactive thyroid - is there a connection?",
    focus: 'vitiligo',
    types: ['susceptibility', 'prognosis', 'association'],
  },
  {
    // "what is Sturge-Weber syndrome" = information; "does it always cause seizures" = symptoms; "can the birthmark be lasered" = treatment.
    subject: 'port wine stain on newborn',
    message:
      'Our daughter was born last week with a port wine stain covering her forehead and left eyelid. The paediatrician wants her to have an MRI and an eye pressure check because of Sturge-Weber syndrome. What is Sturge-Weber syndrome? Does it always cause seizures? Can the birthmark be lasered, and at what age?',
    focus: 'Sturge-Weber syndrome',
    types: ['information', 'symptoms', 'treatment'],
  },
  {
    // "could it be genetic" = inheritance; "will it spread up her leg" = prognosis; "school trip by plane, any precautions" = lifestyle.
    message:
      "My 15 year old daughter's left foot and ankle have been swollen for a few months, no injury. Scans ruled out a clot and the vascular doctor says it's primary lymphedema. Could it be genetic? Will it spread up her leg? She has a school trip by plane in the spring, are there any precautions she should take?",
    focus: 'lymphedema',
    types: ['inheritance', 'prognosis', 'lifestyle'],
  },
  {
    // "will she get a lot of infections" = complications; "she starts nursery next month, is that ok" = lifestyle.
    message:
      "Our 10 month old had a blood count because of a long fever and her neutrophils came back at 0.6. They repeated it 2 weeks later and got 0.7. The haematologist said it's probably 'benign neutropenia of infancy' and to watch and wait. Does this mean she'll get a lot of infections? She starts nursery next month, is that ok?",
    focus: 'neutropenia',
    types: ['complications', 'lifestyle'],
  },
  {
    // "what causes high calcium in babies" = cause; "do we need to switch his formula" = lifestyle (diet).
    message:
      "hi, my 3 month old's bloods showed hypercalcaemia (calcium 3.1) after he kept vomiting and wasn't gaining weight. they're doing more tests including one for williams syndrome. what causes high calcium in babies? do we need to switch his formula?",
    focus: 'hypercalcaemia',
    types: ['cause', 'lifestyle'],
  },
  {
    // "what is long QT" = information; "could her brother have it too" = inheritance; "can she keep swimming" = lifestyle. ("long QT" prints NO.)
    subject: 'fainting during swimming',
    message:
      "Our 15 year old has fainted twice in the last 6 months, once at the pool and once when her alarm clock went off. The GP did an ECG and has asked a cardiologist to look at it for long QT. What is long QT? Could her brother have it too? Is it safe for her to keep swimming until she's been seen?",
    focus: 'long QT syndrome',
    types: ['information', 'inheritance', 'lifestyle'],
  },
  {
    // "how is it confirmed" = diagnosis; "does growth hormone help" = treatment; "tips for getting her to eat" = lifestyle.
    message:
      "Our daughter was 1.9kg at full term, has a small triangular face and one leg is slightly longer than the other. She's 18 months now and a very fussy eater, hardly gains any weight. The geneticist suspects Silver Russell syndrome. How is it confirmed - I've heard the test can come back normal even if she has it? Does growth hormone help? Any tips for getting her to eat more?",
    focus: 'Silver Russell syndrome',
    types: ['diagnosis', 'treatment', 'lifestyle'],
  },
  {
    // "could I have it" + "what test would confirm it" = diagnosis; "is there treatment for adults" = treatment.
    message:
      "I'm 45 and my alkaline phosphatase has been low (around 25) on every blood test for years. Nobody has ever commented on it. I've had two stress fractures in my feet, lost some baby teeth very early as a kid (according to my mum) and ache a lot. I came across hypophosphatasia. Could I have it? What test would confirm it? Is there any treatment for adults?",
    focus: 'hypophosphatasia',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "is the atorvastatin causing this" = side_effects; "should I stop taking it straight away" = drug_usage.
    message:
      'Started atorvastatin 40mg in January. Since about March my thighs and shoulders ache and going upstairs is hard work. My GP checked my CK and it was 1,450 (normal is up to 200). Is the atorvastatin causing this? Should I stop taking it straight away or wait until I see the GP next week?',
    focus: 'atorvastatin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "is this from the amlodipine" = side_effects; "take it at night instead of the morning" = drug_usage.
    subject: 'swollen ankles on BP tablets',
    message:
      "Hi, I'm 66 and was put on amlodipine 10mg for blood pressure 2 months ago. Now my ankles and feet are puffy by lunchtime and my shoes are tight. Is this from the amlodipine? Would it help to take it at night instead of in the morning?",
    focus: 'amlodipine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "is that normal with Eliquis" = side_effects; "can he take ibuprofen with it" = interactions; "does he have to stop it before the extraction" = drug_usage.
    message:
      "My husband takes Eliquis for AF and his arms are covered in big purple bruises, even from just knocking them on a door frame. Is that normal with Eliquis? He also has bad arthritis in his knee - can he take ibuprofen with it or only paracetamol? And he's due a tooth extraction next month, does he have to stop it beforehand?",
    focus: 'Eliquis',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  {
    // "is the tremor from the lithium" = side_effects; "does coffee make it worse" = interactions (medicine with food/drink).
    message:
      'ive been on lithium for bipolar for 3 years, last few months my hands shake so bad I spill my tea and my handwriting is a mess. level was 0.9 last time. is the tremor from the lithium? does coffee make it worse?',
    focus: 'lithium',
    types: ['side_effects', 'interactions'],
  },
  {
    // "could that be the Depakote / will it grow back if she switches" = side_effects (one question in two parts); "safe to give zinc and selenium with it" = interactions.
    subject: 'Hair loss on Depakote',
    message:
      "My daughter is 16 and has been on Depakote for her epilepsy for 8 months. Her hair is thinning really badly and she is devastated, she won't go out. Could that be the Depakote, and would it grow back if she switched? Is it safe to give her a zinc and selenium supplement with it?",
    focus: 'Depakote',
    types: ['side_effects', 'interactions'],
  },
];
