/**
 * "epilepsy" set. Messages about seizures and epilepsy: seizure medicines, their doses and side effects,
 * rescue medicines, triggers, seizures in rare syndromes, with other questions about the condition. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.919). Scored by epilepsy.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --epilepsy --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const EPILEPSY_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether a mood change comes from the medicine (Keppra) -> side_effects
  {
    message:
      'what does keppra do to your mood?? my husband has been snapping at everyone since he started it',
    focus: 'levetiracetam',
    types: ['side_effects'],
  },
  // why: one question: whether it is passed down from parents -> inheritance
  {
    message: 'Is Dravet syndrome passed down from the parents? Our daughter was diagnosed last week.',
    focus: 'Dravet syndrome',
    types: ['inheritance'],
  },
  // why: asks how many people have it -> frequency
  {
    message: 'how many people in the world actually have lafora disease',
    focus: 'Lafora disease',
    types: ['frequency'],
  },
  // why: alcohol with a medicine -> interactions
  {
    message: "Can I have a glass of wine at my sister's wedding if I'm on lamotrigine?",
    focus: 'lamotrigine',
    types: ['interactions'],
  },
  // why: how to throw away leftover tablets -> storage_disposal
  {
    message:
      'My son switched from phenobarbital to something else. What do I do with the tablets we have left at home, can they go in the bin?',
    focus: 'phenobarbital',
    types: ['storage_disposal'],
  },
  // why: asks for the early signs in a baby -> symptoms
  {
    message:
      "What do infantile spasms look like at the start? My baby keeps doing little crunches when he wakes up and I'm worried.",
    focus: 'infantile spasms',
    types: ['symptoms'],
  },
  // why: condition named only in the subject; asks about a cure -> treatment
  {
    subject: 'Rasmussen encephalitis',
    message: 'Is there any cure for this? My nephew is 6 and his seizures started on one side of his body.',
    focus: 'Rasmussen encephalitis',
    types: ['treatment'],
  },
  // why: asks about trials -> research
  {
    message: 'Are there clinical trials for Lennox-Gastaut syndrome that take adults? My brother is 31.',
    focus: 'Lennox-Gastaut syndrome',
    types: ['research'],
  },
  // why: whether febrile seizures turn into epilepsy later = can it turn into another condition -> complications
  {
    message:
      'Hello, my son have febrile seizure yesterday with high fever, 18 months. He will have epilepsy when he grow up??',
    focus: 'febrile seizures',
    types: ['complications'],
  },
  // why: breastfeeding precaution for a medicine -> contraindications
  {
    message:
      'Is topiramate safe to take while breastfeeding? My neurologist and my midwife told me different things.',
    focus: 'topiramate',
    types: ['contraindications'],
  },
  // why: which gene -> genetic_changes; condition named only in the subject
  {
    subject: 'Unverricht-Lundborg',
    message:
      "which gene is it? my cousin's neurologist said its a genetic kind of epilepsy with jerks that gets worse",
    focus: 'Unverricht-Lundborg disease',
    types: ['genetic_changes'],
  },
  // why: asks whether flashing games bring on seizures = what brings on attacks -> cause
  {
    message:
      'Can flashing lights in video games set off a seizure if you have photosensitive epilepsy? My 13 year old plays a lot.',
    focus: 'photosensitive epilepsy',
    types: ['cause'],
  },
  // why: difference between two conditions -> information; first named is the focus
  {
    message: 'What is the difference between West syndrome and Ohtahara syndrome?',
    focus: 'West syndrome',
    types: ['information'],
  },
  // why: how to give the nasal rescue spray -> drug_usage
  {
    message: 'how do you give the midazolam nose spray, do i spray both nostrils or just one',
    focus: 'midazolam',
    types: ['drug_usage'],
  },
  // why: whether the medicine contains lactose -> ingredients
  {
    message:
      'Does ethosuximide have lactose in it? My daughter is lactose intolerant and just got a prescription for her absence seizures.',
    focus: 'ethosuximide',
    types: ['ingredients'],
  },
  // why: asks what the medicine is for and how it works (indication), then whether it lowers immunity (side_effects); medicine is the focus
  {
    message:
      'My granddaughter is 4 and has tuberous sclerosis. She has seizures nearly every day even on two medicines, and now her doctor wants to add everolimus. I thought that was a cancer drug? What is it used for in her case and how does it work? And does it weaken the immune system, she is always catching colds at nursery.',
    focus: 'everolimus',
    types: ['indication', 'side_effects'],
  },
  // why: driving is daily life (lifestyle); whether he grows out of it is the outlook (prognosis)
  {
    message:
      'im 16 and just got told i have juvenile myoclonic epilepsy after i kept dropping stuff in the mornings and then had a big seizure at a sleepover. can i still learn to drive next year? and will i grow out of it or is it for life',
    focus: 'juvenile myoclonic epilepsy',
    types: ['lifestyle', 'prognosis'],
  },
  // why: asks what surgery is done (treatment) and where it is done (find_specialist)
  {
    message:
      "My wife has had temporal lobe epilepsy since she was a teenager. She's tried four different medicines and still has seizures most weeks. Her neurologist brought up surgery for the first time. What kind of operation is done for this, and which hospitals do it? We live in Ohio.",
    focus: 'temporal lobe epilepsy',
    types: ['treatment', 'find_specialist'],
  },
  // why: both questions are about how the condition is confirmed -> diagnosis
  {
    message:
      'Our son was born 3 weeks ago with a port wine birthmark over his forehead and eyelid. The pediatrician wants an MRI to look for Sturge-Weber syndrome. What exactly will the MRI show if he has it? Is a scan this early even reliable?',
    focus: 'Sturge-Weber syndrome',
    types: ['diagnosis'],
  },
  // why: asks whether leaving it without medicine is right = managing it -> treatment
  {
    message:
      "My 8-year-old has been having seizures in his sleep, his face twitches and he drools and can't talk for a minute. The EEG showed centrotemporal spikes and the doctor says it is benign rolandic epilepsy and that he doesn't need medicine. Is it really ok not to treat it? It's terrifying to watch.",
    focus: 'benign rolandic epilepsy',
    types: ['treatment'],
  },
  // why: whether the medicine is dangerous in pregnancy -> contraindications (Depakote = valproic acid)
  {
    message:
      'I have been taking Depakote for my epilepsy for 10 years and it works really well. My husband and I want to start trying for a baby this year. How dangerous is it for the baby?',
    focus: 'valproic acid',
    types: ['contraindications'],
  },
  // why: will the seizures stop when she is an adult = course of the condition -> prognosis
  {
    message:
      'Hello, my daughter is 3 years and she have Angelman syndrome. Now she have many seizures, the doctor give her valproate. I want to know, the seizures in Angelman syndrome, they stop when she is adult or they stay all life?',
    focus: 'Angelman syndrome',
    types: ['prognosis'],
  },
  // why: side effects to watch for, then whether it is ok with clobazam; focus is the medicine (Epidiolex = cannabidiol)
  {
    message:
      "so my son's neuro wants to start him on epidiolex for his LGS and honestly im nervous. what kind of side effects should we be watching for?? also he's been on clobazam for 2 years, is it ok to take them together",
    focus: 'cannabidiol',
    types: ['side_effects', 'interactions'],
  },
  // why: handling the diet at school and parties is daily life -> lifestyle
  {
    message:
      "Our 5 year old was diagnosed with GLUT1 deficiency syndrome after a lumbar puncture showed low sugar in his spinal fluid. He's starting the ketogenic diet next month and starts school in September. How do other families manage school lunches and birthday parties?",
    focus: 'GLUT1 deficiency syndrome',
    types: ['lifestyle'],
  },
  // why: whether swollen gums come from the medicine -> side_effects (Dilantin = phenytoin)
  {
    message:
      'My dad has taken Dilantin for his seizures for over 20 years. His gums have got really swollen and bleed when he brushes, and his dentist asked about his medicines. Could the Dilantin be doing this?',
    focus: 'phenytoin',
    types: ['side_effects'],
  },
  // why: asks life expectancy -> prognosis; condition named in the subject
  {
    subject: 'Aicardi syndrome - niece',
    message:
      "My niece was diagnosed at 4 months after she started having spasms, and the eye doctor found spots on her retinas. My sister can't bring herself to ask, so I am. How long do girls with this usually live?",
    focus: 'Aicardi syndrome',
    types: ['prognosis'],
  },
  // why: missed dose -> drug_usage (Vimpat = lacosamide)
  {
    message:
      "I forgot my evening Vimpat last night and only realised at breakfast. Do I take two now or just skip the one I missed? I've been seizure free for a year and really don't want to mess that up.",
    focus: 'lacosamide',
    types: ['drug_usage'],
  },
  // why: how it is found (diagnosis), then whether parents passed it on (inheritance)
  {
    message:
      'Our son is 9 and has seizures that no medicine has controlled, mostly long spells where he is confused and staring for ages. A geneticist suggested checking for ring chromosome 20 syndrome. How is that tested, is it a normal blood test? And is it something we passed on to him?',
    focus: 'ring chromosome 20 syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: what to do during a long seizure = managing it -> treatment
  {
    message:
      "My grandson has Wolf-Hirschhorn syndrome and has a lot of seizures, worse when he has a temperature. I look after him every other weekend. What should I do if he has one that doesn't stop?",
    focus: 'Wolf-Hirschhorn syndrome',
    types: ['treatment'],
  },
  // why: asks whether the medicine caused the low sodium and confusion -> side_effects
  {
    message:
      'My mother is 72 and was put on oxcarbazepine for focal seizures two months ago. She has been very confused and sleepy lately and her blood test came back with low sodium. Can the oxcarbazepine cause that?',
    focus: 'oxcarbazepine',
    types: ['side_effects'],
  },
  // why: vaccine asked as the cause = named exposure -> association; stopping seizures with heat -> prevention; family group -> find_specialist
  {
    subject: 'Dravet diagnosis - feeling lost',
    message:
      'Our daughter Aoife is 2. Her first seizure was at 6 months, the night after her vaccines, and it lasted 40 minutes. Since then she has had long seizures whenever she has a fever or even after a warm bath, and last month the genetic test came back with an SCN1A change and the diagnosis of Dravet syndrome. I keep going over it in my head. Could the vaccine have caused this? We have stopped giving her baths and we check her temperature constantly, is there anything else we can do to stop the seizures coming? We have rescue medicine but I want to avoid using it. We also feel very alone, we are in Galway. Is there a Dravet parents group in Ireland? Thank you for reading this.',
    focus: 'Dravet syndrome',
    types: ['association', 'prevention', 'find_specialist'],
  },
  // why: both questions are about the course and lifespan -> prognosis
  {
    message:
      'I am writing about my son Daniel who is 24 and has Lennox-Gastaut syndrome. His seizures started when he was 3 and he has tried more medicines than I can count. He wears a helmet because of the drop seizures and lives in a group home during the week. He had a VNS put in at 15 and it helped a bit. Lately his seizures seem to come in clusters at night and the staff are worried. As he gets older, do the seizures in LGS usually get less or worse? And I have to ask this one, what is the usual life expectancy for adults with it? My wife and I are in our sixties and we are trying to plan for when we are gone.',
    focus: 'Lennox-Gastaut syndrome',
    types: ['prognosis'],
  },
  // why: list: why adults get it and sleep loss as a trigger (cause), night shifts (lifestyle), chance kids get it (inheritance)
  {
    subject: 'questions about my new diagnosis',
    message:
      "Hi, I'm 38 and was diagnosed with epilepsy last month after two seizures, the first ever in my life. I have lots of questions:\n1. What causes epilepsy to start in an adult who never had it before?\n2. I'm a nurse and work night shifts. Can I keep doing that?\n3. Does missing sleep make a seizure more likely?\n4. Is there a chance my two kids will get it too?\nThank you.",
    focus: 'epilepsy',
    types: ['cause', 'lifestyle', 'inheritance'],
  },
  // why: testing before birth (diagnosis), whether all babies with it have seizures (symptoms), which parent it came from (inheritance)
  {
    message:
      "I'm 26 weeks pregnant with our first. At the anatomy scan they found several small tumors in his heart, rhabdomyomas, and the specialist said this is often a sign of tuberous sclerosis. We came home and read everything and now I can't sleep. How do they confirm it, can it be tested before he is born or do we have to wait? I read that lots of babies with TSC get seizures in the first year. Do all of them get seizures? And neither me nor my husband has anything like this, so where would it have come from, is one of us a carrier without knowing?",
    focus: 'tuberous sclerosis',
    types: ['diagnosis', 'symptoms', 'inheritance'],
  },
  // why: whether the rash comes from the medicine (side_effects); the pill lowering its levels (interactions)
  {
    message:
      "Hi, I'm 24 and I started lamotrigine about 3 weeks ago for epilepsy. I'm doing the slow increase thing, I'm on 50 mg now. Yesterday I noticed a few red spots on my arms and chest, not itchy, no fever. My neurologist warned me about a dangerous rash and told me to call if anything appeared but it's the weekend. Is this what they meant or could it be something else? Also I'm on the combined pill and my pharmacist mentioned the pill can lower the amount of lamotrigine in the blood. Is that true? Nobody told me that before.",
    focus: 'lamotrigine',
    types: ['side_effects', 'interactions'],
  },
  // why: whether he gets his words back (prognosis), steroids as the usual therapy (treatment)
  {
    message:
      'Our son Mateo is 5. About a year ago he started losing his words. First we thought he was ignoring us, then we thought he was going deaf, but his hearing tests were all normal. Then he had two seizures at night and an EEG while he slept showed a lot of abnormal activity. The neurologist says it is Landau-Kleffner syndrome. He hardly talks now and he used to chatter all day. Will he get his speech back? The doctor wants to start high dose prednisone. Are steroids the usual treatment for this? We are scared of the side effects but we will do anything.',
    focus: 'Landau-Kleffner syndrome',
    types: ['prognosis', 'treatment'],
  },
  // why: could my night episodes be this and should I be tested (diagnosis), which gene (genetic_changes)
  {
    message:
      "For years I've had these episodes at night. I wake up suddenly and my arms and legs thrash around, sometimes I shout, and it's over in under a minute. My partner thought they were nightmares and a sleep doctor said maybe night terrors. Then at Christmas my aunt said my dad used to do the same thing and so does she. I looked online and found autosomal dominant nocturnal frontal lobe epilepsy. Could this be what I have instead of a sleep problem? What gene is involved in it? I'm 29 and want answers before we have kids.",
    focus: 'autosomal dominant nocturnal frontal lobe epilepsy',
    types: ['diagnosis', 'genetic_changes'],
  },
  // why: whether breath-holding belongs to it (symptoms), how common (frequency), new treatments being studied (research)
  {
    message:
      "My granddaughter is 4 and has Rett syndrome. She was a happy babbling baby and then around 18 months she lost her words and started wringing her hands. Now she has seizures too and she's on medicine for them. She also has spells where she holds her breath or breathes very fast and goes blue around the lips. Are those breathing spells seizures or are they part of Rett? The family had never heard of it before. How many girls have Rett? And is there anything new being tested? My daughter says there are studies but she doesn't have time to look into them.",
    focus: 'Rett syndrome',
    types: ['symptoms', 'frequency', 'research'],
  },
  // why: storing the rescue gel in a hot bus (storage_disposal), giving a second dose (drug_usage)
  {
    message:
      "My son has cerebral palsy and seizures and his school is taking the class on a day trip by coach in July. His rescue medicine is the rectal diazepam gel and one of the teaching assistants is trained to give it. It's going to be very hot and the bus has no proper air con. How should the diazepam be kept on the trip, does it stop working if it gets too hot? Also the care plan from 2 years ago says one dose, but if the seizure is still going 10 minutes later can the assistant give a second dose or should they just call an ambulance? I'd like to update the plan before the trip.",
    focus: 'diazepam',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: both questions are about the outlook (seizures going away, catching up) -> prognosis
  {
    message:
      'ok so long story. my son is 3 and last spring out of nowhere he started dropping to the floor, like his legs just gave out, dozens of times a day. he smashed his chin open twice. then the little jerks started. after a million tests they said its doose syndrome, myoclonic astatic epilepsy. hes on valproate and we started the keto diet in january and honestly hes so much better, maybe a few a week now. but his talking has gone backwards a bit. does doose go away eventually? and will he catch up with other kids his age or is he always going to be behind',
    focus: 'Doose syndrome',
    types: ['prognosis'],
  },
];
