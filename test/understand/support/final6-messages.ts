/**
 * "final6" set: a final, mixed set of 40 messages to a rare-disease information desk, in every style people
 * write in: short and long, careful and messy, lower case with no punctuation, several questions run together,
 * a question only in the subject line. Writers are parents, patients, relatives, friends, teenagers, a nurse
 * and a genetic counsellor asking for patients, and people whose first language is not English; some are
 * follow-ups to an earlier reply, several are about pregnancy, and some name two conditions or a condition and
 * a medicine where only one is asked about. 8 messages are about medicines; 13 have a subject line.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, at the end of the round that wrote it, and never tuned on: focus 0.975, type F1 0.811
 * (see BENCHMARKS.md). Scored by final6.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --final6 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL6_MESSAGES: ConsumerMessage[] = [
  {
    // question only in the subject: "passed from dad to the kids?" = inheritance; the message body is story only.
    subject: 'Fabry disease - passed from dad to the kids?',
    message:
      'My husband was diagnosed last month after years of burning pain in his hands and feet. We have two girls (6 and 9) and a little boy who is 3.',
    focus: 'Fabry disease',
    types: ['inheritance'],
  },
  {
    // "is exercise bad or good for it" = lifestyle; "will i grow out of it" = prognosis.
    message:
      "i'm 15 and got diagnosed with POTS in march. my pe teacher still makes me do the bleep test and i nearly passed out last week. is exercise actually bad for it or good for it and will i grow out of it by the time im an adult",
    focus: 'POTS',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is it safe for the baby" and "can I breastfeed on it" = contraindications (pregnancy and breastfeeding precautions, one type); lupus is only background.
    message:
      "Hello, I'm 8 weeks pregnant (first baby, very much wanted!) and I've been on Plaquenil 200mg twice a day for my lupus since 2021. My rheumatologist says carry on but the leaflet just says to ask your doctor, which is not exactly reassuring. Is it really safe for the baby? And will I be able to breastfeed while I'm on it?",
    focus: 'Plaquenil',
    types: ['contraindications'],
  },
  {
    // "usual course of the disease" = prognosis; "trials currently recruiting" = research; "specialist centre we could refer him to" = find_specialist.
    subject: 'Query re patient with Erdheim-Chester disease',
    message:
      "Hello, I'm a district nurse. One of my patients (54M) was recently diagnosed with Erdheim-Chester disease after leg bone pain and an incidental retroperitoneal finding on CT. He asked me what the usual course of the disease is and I didn't feel able to answer him. Are there any trials currently recruiting, ideally in the UK? And is there a specialist centre we could refer him to? Many thanks.",
    focus: 'Erdheim-Chester disease',
    types: ['prognosis', 'research', 'find_specialist'],
  },
  {
    // "why this happen" = cause; "is my fault because I take medicine in pregnancy" = association (named exposure asked as cause); "she will walk one day" = prognosis.
    message:
      'Hello, my daughter have 3 years, doctor say she has Angelman syndrom. She not speak any word and she laugh very much, sleep very bad. Why this happen to her? Is my fault because I take medicine for the headache when I was pregnant? She will walk one day? Sorry for my english.',
    focus: 'Angelman syndrom',
    types: ['cause', 'association', 'prognosis'],
  },
  {
    // follow-up: "is that part of amyloidosis too" (numb burning feet) = symptoms; "how do the doctors tell whether it's the hereditary type or AL" = diagnosis.
    subject: 'Re: your reply about amyloidosis',
    message:
      "Thank you for the information you sent last week about my father's amyloidosis, it helped us a lot at the cardiology appointment. One more thing - he has had numbness and burning in both feet for about a year and his GP put it down to age. Is that part of amyloidosis too? And how do the doctors tell whether it's the hereditary type or the AL type?",
    focus: 'amyloidosis',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "do the pens have to stay in the fridge" and "what to do with the used ones" = storage_disposal; "can he do it a day late" = drug_usage. Crohn's is background.
    subject: 'humira on holiday',
    message:
      "My son (14) is on Humira pens for his Crohn's. We're flying to Spain for two weeks in August. Do the pens have to stay in the fridge the whole time, and what are we supposed to do with the used ones while we're away? Also his injection day falls on the travel day, can he do it a day late?",
    focus: 'Humira',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "do the tablets have lactose in them" = ingredients.
    message:
      'do methotrexate tablets have lactose in them? im quite lactose intolerant and i just started them for psoriatic arthritis',
    focus: 'methotrexate',
    types: ['ingredients'],
  },
  {
    // "what is it used for apart from gout" = indication; gout and FMF are named but the question is about the medicine.
    message:
      "My grandmother (81) has been started on colchicine by a new doctor. She has never had gout as far as any of us know. What is it used for apart from gout? The clinic letter says something about FMF but she can't remember what they told her.",
    focus: 'colchicine',
    types: ['indication'],
  },
  {
    // "why would she give me a diabetes drug" (for PCOS) = indication; "can i still have a few drinks on it" = interactions (alcohol).
    message:
      'my gyno put me on metformin for PCOS but im not diabetic?? why would she give me a diabetes drug. and can i still have a few drinks on a night out while im on it',
    focus: 'metformin',
    types: ['indication', 'interactions'],
  },
  {
    // medicine named only in the subject: "is this from the tablets" (rash, spaced out) = side_effects; "should I just stop them" = drug_usage (stopping).
    subject: 'Tegretol - rash?',
    message:
      'Started it 3 weeks ago for trigeminal neuralgia (200mg twice a day). The face pain is so much better but now I have a red rash across my chest and back and I feel spaced out most of the day. Is this from the tablets? Should I just stop them until I can see my doctor on Monday?',
    focus: 'Tegretol',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "is Zofran safe in the first trimester" (worries about the baby) = contraindications; "how many can I take in a day" = drug_usage. Hyperemesis gravidarum is background.
    message:
      "Is Zofran safe in the first trimester?? I'm 9 weeks with hyperemesis gravidarum, lost 4kg, can't even keep water down. The midwife gave me zofran but I've read scary stuff online about the baby's heart and lip. Also how many can I take in a day, the box says one every 8 hours but I throw the first one up half the time",
    focus: 'Zofran',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "why is it such a big deal" (not getting pregnant on it) = contraindications; "dry lips, thinner hair, is that the accutane" = side_effects.
    message:
      'im 17 and on accutane for my acne and my mum keeps going on about how i cant get pregnant on it, im not even with anyone lol. why is it such a big deal? also my lips are SO dry and my hair seems thinner, is that the accutane??',
    focus: 'accutane',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "is it inherited" = inheritance; "should his little sister be tested" = diagnosis; "which gene is it" = genetic_changes; "avoid chocolate and shellfish" = lifestyle (diet).
    message:
      "Our son (12) was diagnosed with Wilson's disease after routine bloods showed his liver enzymes were high. We are still in shock. Is it inherited, and should his little sister (8) be tested as well? Which gene is it? The hospital mentioned a gene name but I didn't catch it. Also does he really need to avoid chocolate and shellfish? He loves prawns.",
    focus: "Wilson's disease",
    types: ['inheritance', 'diagnosis', 'genetic_changes', 'lifestyle'],
  },
  {
    // "what are the chances I have the gene" (grandfather affected) = inheritance; "can I be tested without her finding out" = diagnosis.
    subject: "Huntington's disease - my grandfather",
    message:
      "My mum's dad had Huntington's disease and died in a care home when I was small. My mum is 52 and refuses to get tested. I'm 24 and I think about it every single day. What are the chances I have the gene? Can I be tested without her finding out?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "is it contagious" and "does asthma make me more likely to get it" = susceptibility (one type).
    message:
      'Is sarcoidosis contagious? A colleague I share a small office with has just been diagnosed and some people are refusing to come in. I have asthma - does that make me more likely to get it?',
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  {
    // "what brings them on, is it the cold" = cause (what brings on attacks); "how do we stop them happening" = prevention. Hydroxyurea is only mentioned.
    message:
      "My son is 7 and has sickle cell. He's had three crises since November and was admitted twice. What brings them on - is it the cold weather? And how do we stop them happening? The haematologist mentioned hydroxyurea but we're nervous about it.",
    focus: 'sickle cell',
    types: ['cause', 'prevention'],
  },
  {
    // "what happens if it is left untreated" = complications.
    message:
      'what happens if celiac disease is left untreated? be honest. i keep cheating on the gluten free diet because its so expensive',
    focus: 'celiac disease',
    types: ['complications'],
  },
  {
    // "what is a Chiari malformation exactly" = information; "will I need brain surgery for it" = treatment. EDS is named but not asked about.
    message:
      "I've had hypermobile EDS since I was a teenager (finally diagnosed 2019) and after months of headaches every time I cough or laugh, an MRI showed a Chiari malformation. What is a Chiari malformation exactly, and will I need brain surgery for it?",
    focus: 'Chiari malformation',
    types: ['information', 'treatment'],
  },
  {
    // "any clinical trials I could join" = research; "will I eventually go completely blind" = prognosis.
    subject: 'Stargardt disease trials',
    message:
      "I'm 31 and was diagnosed with Stargardt disease at 19. My central vision has got noticeably worse this year and I've had to give up driving. Are there any clinical trials I could join? Will I eventually go completely blind?",
    focus: 'Stargardt disease',
    types: ['research', 'prognosis'],
  },
  {
    // "where can we find a doctor who knows about it" and "support groups or other families" = find_specialist (one type).
    message:
      "We live in rural Nebraska, three hours from the nearest children's hospital. Our daughter (2) was just diagnosed with Kabuki syndrome. Where can we find a doctor who actually knows about it? Are there any support groups or other families we could talk to?",
    focus: 'Kabuki syndrome',
    types: ['find_specialist'],
  },
  {
    // "does insurance cover the genetic test" = other (cost); "do my kids need testing too" = diagnosis.
    subject: 'HAE testing cost',
    message:
      "My sister has HAE and her doctor said the rest of the family should think about testing. Does insurance normally cover the genetic test for it? I'm self-employed and money is tight. And do my kids (4 and 7) need testing too or is it only for adults?",
    focus: 'HAE',
    types: ['other', 'diagnosis'],
  },
  {
    // "what is Castleman disease" and "is it a type of cancer" = information (what the condition is, one type).
    message:
      "What is Castleman disease? My lymph node biopsy report says 'features consistent with Castleman disease' and I can't see the haematologist for another 3 weeks. Is it a type of cancer?",
    focus: 'Castleman disease',
    types: ['information'],
  },
  {
    // question only in the subject: "early signs of Batten disease?" = symptoms; the message body is story only.
    subject: 'early signs of Batten disease?',
    message:
      'My niece is 5. Her older brother died of it at 11. She has started bumping into things and my sister is too frightened to bring it up with the doctors.',
    focus: 'Batten disease',
    types: ['symptoms'],
  },
  {
    // "could my son's symptoms be Marfans syndrome" = diagnosis; "who should we see" = find_specialist.
    message:
      "Could my son's symptoms be Marfans syndrome? He is 13, already 6 foot 2, very long thin fingers, his chest sinks in and he's very short-sighted. Our GP said he's 'just tall'. Who should we see?",
    focus: 'Marfans syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // professional: "which genes should the panel cover" = genetic_changes; "what proportion are X-linked versus autosomal" = inheritance.
    subject: 'Alport syndrome gene panel',
    message:
      "Genetic counsellor here. I'm seeing a family with suspected Alport syndrome: haematuria over three generations, two affected males with hearing loss and kidney failure in their 30s, their mothers with microscopic haematuria only. Which genes should the panel cover? And roughly what proportion of Alport cases are X-linked versus autosomal?",
    focus: 'Alport syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "could this be intrahepatic cholestasis of pregnancy" = diagnosis; "is it dangerous for the baby" = complications.
    message:
      "I'm 34 weeks pregnant and my palms and the soles of my feet itch like mad, worst at night, no rash at all. My sister had ICP with her second. Could this be intrahepatic cholestasis of pregnancy? Is it dangerous for the baby if it is?",
    focus: 'intrahepatic cholestasis of pregnancy',
    types: ['diagnosis', 'complications'],
  },
  {
    // "what causes HELLP syndrome" = cause; "anything I can do to stop it happening next time" = prevention. Aspirin is only mentioned.
    message:
      "I had HELLP at 32 weeks with my daughter (emergency section, 3 weeks in NICU). We're thinking about trying again. What actually causes HELLP syndrome? Is there anything I can do to stop it happening next time? My OB mentioned baby aspirin.",
    focus: 'HELLP syndrome',
    types: ['cause', 'prevention'],
  },
  {
    // follow-up, condition only in the subject: "does the pain come back after liposuction" = treatment; "is anyone researching new treatments" = research.
    subject: "Re: Dercum's disease question",
    message:
      'Hi again, thanks for answering my first email so quickly. You mentioned liposuction as one option for it. Does the pain come back afterwards, from what you know? And is anyone actually researching new treatments? It feels like nobody cares about this one.',
    focus: "Dercum's disease",
    types: ['treatment', 'research'],
  },
  {
    // run-together questions: "what happens long term, will she end up in a wheelchair" = prognosis; "anything to stop the relapses" = prevention. MS is named but not asked about.
    message:
      'my wife (38) just got dx with NMO after they thought it was MS for 2 yrs what happens long term will she end up in a wheelchair is there anything to stop the relapses shes had 3 already',
    focus: 'neuromyelitis optica',
    types: ['prognosis', 'prevention'],
  },
  {
    // "can you catch it from kissing" = susceptibility.
    message:
      'my bf has tuberous sclerosis (he gets seizures from it sometimes). can you catch it from kissing?? serious question my friend said you can',
    focus: 'tuberous sclerosis',
    types: ['susceptibility'],
  },
  {
    // "does beer really bring it on" = cause; "a tablet to stop the attacks coming back" = prevention.
    message:
      "Dad (67) gets gout in his big toe every couple of months, he's in agony. Does beer really bring it on? He says it's only red wine that does it. Is there a tablet he can take to stop the attacks coming back?",
    focus: 'gout',
    types: ['cause', 'prevention'],
  },
  {
    // "how common is it" = frequency; "does it still shorten your life a lot" = prognosis.
    message:
      "my sister's baby was just diagnosed with CF from the heel prick test. how common is it, none of us had ever heard of anyone having it. and does it still shorten your life a lot these days?",
    focus: 'CF',
    types: ['frequency', 'prognosis'],
  },
  {
    // "what is the life expectancy" = prognosis; "any clinical trials he might be eligible for" = research; "swimming and football at school" = lifestyle.
    subject: 'Our son - DMD',
    message:
      'Dear team, our son Oliver is 6 and was diagnosed with Duchenne muscular dystrophy in January after his nursery noticed he was falling a lot and struggling on the stairs. He is on steroids now and we are slowly getting used to the routine of clinic appointments, physio and night splints. There are a few things we keep going round in circles about as a family. What is the life expectancy these days? We have read very different numbers online and some of them have really frightened us. Are there any clinical trials he might be eligible for at his age? And should he carry on with swimming and football at school, or could that damage his muscles further? Thank you for taking the time to read this.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'lifestyle'],
  },
  {
    // "what does it do to your organs if it isnt treated" = complications; "can i still drink alcohol" = lifestyle (diet).
    message:
      'blood test showed ferritin of 1100 and my doctor thinks its haemochromatosis, gene test pending. what does it do to your organs if it isnt treated? and can i still drink alcohol, i do like a pint',
    focus: 'haemochromatosis',
    types: ['complications', 'lifestyle'],
  },
  {
    // condition only in the subject: "does it count as a disability" = other (paperwork/employment); "am I allowed to drive" = lifestyle. Modafinil is only mentioned.
    subject: 'narcolepsy and work',
    message:
      "I was diagnosed 6 months ago and I'm on modafinil, which helps a bit. My manager keeps giving me grief about nodding off in afternoon meetings. Does it count as a disability so I can ask for adjustments? And am I allowed to drive?",
    focus: 'narcolepsy',
    types: ['other', 'lifestyle'],
  },
  {
    // "what is causing this illness" = cause; "exist some cure now" = treatment.
    message:
      'Good day. I am from Brazil and my english is not good. I have fibromialgia since 5 years, the pain is in all the body and I am very tired always. What is causing this illness? Exist some cure now? Thank you very much for the help.',
    focus: 'fibromyalgia',
    types: ['cause', 'treatment'],
  },
  {
    // "what is it exactly" = information; "does it affect her heart" = complications.
    message:
      "My best friend just told me she has Turner's syndrome. I want to be supportive and not say anything stupid. What is it exactly? Does it affect her heart? She said something about having a heart scan every year.",
    focus: "Turner's syndrome",
    types: ['information', 'complications'],
  },
  {
    // "is there a cure" = treatment; "will her hair grow back on its own" = prognosis.
    message:
      'Is there a cure for alopecia areata? My daughter is 9 and has lost three big patches this year and the kids at school have noticed. Will her hair grow back on its own?',
    focus: 'alopecia areata',
    types: ['treatment', 'prognosis'],
  },
  {
    // "could the Lyme disease have caused my Bell's palsy" = association (named exposure asked as cause); "how long to get better" = prognosis.
    message:
      "I had Lyme disease two summers ago (treated with doxycycline) and last month I woke up with half my face drooping - they said Bell's palsy. Could the Lyme disease have caused my Bell's palsy? How long does it usually take to get better?",
    focus: "Bell's palsy",
    types: ['association', 'prognosis'],
  },
];
