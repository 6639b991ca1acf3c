/**
 * "newborn" set: messages from parents (and a few grandparents and one community midwife) of babies and
 * infants up to two years old: abnormal newborn screening results, diagnoses made at birth or in the NICU,
 * prenatal scan findings now confirmed, feeding and growth worries, floppy babies, missed milestones and
 * seizures. Condition names are copied from hospital letters, abbreviated (PKU, MCADD, CF, X-ALD, TEF, BPD) or
 * misspelled (hirschprungs, Prader Willie, Zellwegger). 7 of the 40 messages are about a medicine given to the
 * baby; 14 have a subject line, a few of which carry the name while the message only says "it".
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 0.950, type F1 0.800 (see BENCHMARKS.md).
 * Scored by newborn.test.ts and by `npx tsx test/understand/support/score-messages.ts --newborn --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NEWBORN_MESSAGES: ConsumerMessage[] = [
  {
    // "can I really not breastfeed him" = lifestyle (diet); "if we stick to the diet will he grow up normal" = prognosis.
    message:
      "Our son's heel prick came back positive for phenylketonurea (PKU) and we've been told to stop breastfeeding until the clinic appointment on monday. Im in tears. Can I really not breastfeed him at all anymore?? And if we stick to the diet will he grow up normal or will his brain still be damaged",
    focus: 'PKU',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "what actually is it" = information; "what would happen if she got a stomach bug" = complications; "will they have it too" = inheritance.
    subject: 'MCADD result from heel prick test',
    message:
      "Hi, we got a call from the metabolic team yesterday, our daughter (9 days old) has MCADD. The nurse explained a bit but honestly I was in shock and didn't take it in. What actually is it? She said the danger is if she goes too long without feeding - what would happen to her if she got a stomach bug and couldn't keep anything down? Also we want more children, will they have it too?",
    focus: 'MCADD',
    types: ['information', 'complications', 'inheritance'],
  },
  {
    // "how much extra do we give / give it again if he vomits" = drug_usage; "will being on steroids affect his growth" = side_effects.
    subject: 'hydrocortisone doses when sick',
    message:
      'Our 4 month old son has CAH and takes hydrocortisone 3 times a day plus fludrocortisone. When he has a fever how much extra hydrocortisone do we give, and if he vomits within half an hour of a dose should we give it again? Also will being on steroids from birth affect his growth?',
    focus: 'hydrocortisone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "will the baby need an operation" = treatment; "can they test for it early in the next pregnancy" = diagnosis.
    message:
      'My granddaughter was born last week and the doctors could not tell at first if she was a girl or a boy. Now they say it is congenital adrenal hyperplaysia, the salt losing kind. My daughter is too upset to write so I am writing for her. Will the baby need an operation down there? And my daughter wants another baby one day, can they test for it early in the next pregnancy?',
    focus: 'congenital adrenal hyperplasia',
    types: ['treatment', 'diagnosis'],
  },
  {
    // "which treatment is better" = treatment; "will she ever sit up or crawl" = prognosis; "any trials" = research.
    subject: 'SMA type 1 - desperate',
    message:
      'Our 7 week old daughter was diagnosed with spinal muscle atrophy last Tuesday. She was so floppy and when she breathes her tummy sinks in. The neurologist says it is SMA type 1 and mentioned Spinraza and Zolgensma. Which treatment is better for a baby her age? Will she ever be able to sit up or crawl? Are there any trials we could get her into? Please we need help fast',
    focus: 'SMA type 1',
    types: ['treatment', 'prognosis', 'research'],
  },
  {
    // "is the sweat test definitive or could she just be a carrier" = diagnosis; "what is the life expectancy" = prognosis.
    message:
      'newborn screening flagged CF and they found 2 mutations, sweat test is friday. is the sweat test definitive or could she just be a carrier? what is the life expectancy with CF now, everything online is so old',
    focus: 'CF',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "should it be before the feed or halfway through" = drug_usage; "left the tub in the car, still ok" = storage_disposal; "made from pigs" = ingredients.
    message:
      "CF mum here. Our 6 week old is on Creon Micro, we put the granules on a spoon with a bit of apple puree before each feed. Should it be given before the feed or halfway through, as she's a really slow feeder? We left the tub in the car on a hot day, is it still ok to use? Someone at clinic said it's made from pigs, is that true?",
    focus: 'Creon',
    types: ['drug_usage', 'storage_disposal', 'ingredients'],
  },
  {
    // "what foods will she have to avoid when weaning" = lifestyle; "what sort of problems later on" = complications.
    subject: 'Galactosaemia diet',
    message:
      'Hello, our daughter was diagnosed with classic galactosaemia at 6 days old after she became very jaundiced and poorly on breast milk. She is now on a soya formula and doing much better. What foods will she have to avoid when we start weaning, is it just dairy? Also the consultant mentioned that even on the diet some children have problems later on. What sort of problems?',
    focus: 'galactosaemia',
    types: ['lifestyle', 'complications'],
  },
  {
    // "how common is it in our community" = frequency; "neither of us has it so how did she get it" = inheritance; "is a liver transplant something families do" = treatment.
    message:
      'We are Old Order Mennonite and our 2nd baby was just diagnosed with maple syrup urine disease after she got very sleepy and stopped feeding on day 5. How common is it in our community? Neither me nor my husband has it so how did she get it. Is a liver transplant something families do for this?',
    focus: 'maple syrup urine disease',
    types: ['frequency', 'inheritance', 'treatment'],
  },
  {
    // "what is that" = information; "is it treatable" = treatment.
    message: 'Newborn screen says partial biotinidase deficiency - what is that and is it treatable?',
    focus: 'biotinidase deficiency',
    types: ['information', 'treatment'],
  },
  {
    // "don't give it with soy formula - is that true" = interactions; "if he spits up right after, do I give another" = drug_usage.
    message:
      'Baby on Synthroid for congenital hypothyroidism (the scan showed his thyroid gland is missing). We crush the tablet and mix it with a little breast milk. The pharmacist said not to give it with his soy formula, is that true? And if he spits up right after, do I give him another one?',
    focus: 'Synthroid',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "how well does enzyme replacement work" = treatment; "what's the outlook" = prognosis; "a center that sees Pompe babies" = find_specialist; "how did he get it, no family history" = inheritance.
    subject: 'infantile onset Pompe disease',
    message:
      "Our son is 3 months old. He was floppy and not feeding well and the echo showed his heart muscle is very thick. They've now confirmed Pompe disease, infantile onset, and he starts enzyme replacement next week. How well does that actually work for babies? What's the outlook for him, really? We are in Ohio, is there a center that sees a lot of Pompe babies? And how did he get it when there is nothing like this in either family?",
    focus: 'Pompe disease',
    types: ['treatment', 'prognosis', 'find_specialist', 'inheritance'],
  },
  {
    // "what signs should we watch for" = symptoms; "why does the stem cell transplant have to be so soon" = treatment.
    message:
      "NY newborn screen came back with low GALC enzyme, the letter says 'possible Krabbes disease, high risk'. She is 2 weeks old and seems perfectly fine. What signs should we be watching for? The team talked about a stem cell transplant before symptoms start, why does it have to be done so soon?",
    focus: 'Krabbes disease',
    types: ['symptoms', 'treatment'],
  },
  {
    // "will he definitely get the brain form" = prognosis; "could my sister's boys have it too" = inheritance.
    subject: 'ALD on newborn screen',
    message:
      "My son screened positive for X-ALD and the genetic test confirmed it. He's 5 weeks old and completely healthy. Does this mean he will definitely get the brain form? The genetic counselor says I'm probably a carrier - does that mean my sister's boys could have it too?",
    focus: 'X-ALD',
    types: ['prognosis', 'inheritance'],
  },
  {
    // "what causes gastroschisis" = cause; "could the vaping have done it" = association; "will it happen again if I get pregnant" = inheritance.
    message:
      "hi, at my 20 week scan they saw gastroschisis and now he's born and had his bowel put back in with the silo bag thing. What causes gastroschisis? I vaped nicotine the whole pregnancy, could that be what did it? Will it happen again if I get pregnant again?",
    focus: 'gastroschisis',
    types: ['cause', 'association', 'inheritance'],
  },
  {
    // "skip the dose when she isn't feeding" = drug_usage; "waking more and cold hands, could that be the propranolol" = side_effects.
    message:
      "Our 10 week old girl has a big strawberry hemangioma next to her eye and started propranolol syrup (Hemangeol) 5 days ago. She now has a cold and isn't feeding much, should we still give the dose? She also seems to be waking a lot more at night and her hands are cold all the time, could that be the propranolol?",
    focus: 'propranolol',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "survival chances for babies who need ECMO" = prognosis; "what long term problems do CDH babies have" = complications.
    message:
      "Our daughter was born 4 days ago with a large left sided congenital diaphragmatic hernia. It was seen on the 20 week scan and confirmed at birth. She's on ECMO now and they are waiting to do the repair. What are the survival chances for babies who need ECMO? If she makes it, what long term problems do CDH babies have?",
    focus: 'congenital diaphragmatic hernia',
    types: ['prognosis', 'complications'],
  },
  {
    // "what does the op involve" = treatment; "will he be able to potty train like other kids" = prognosis.
    message:
      'baby didnt poo for 3 days after birth and the biopsy shows hirschprungs. they are talking about a pull through operation at 3 months. what does the op involve, and will he be able to potty train like other kids or will he always have accidents?',
    focus: 'Hirschsprung disease',
    types: ['treatment', 'prognosis'],
  },
  {
    // "could this be biliary atresia, what test would confirm it" = diagnosis; "how quickly does the Kasai need to be done" = treatment.
    message:
      "I'm a community midwife. One of my babies, 3 weeks old, is still yellow and mum showed me nappies with very pale, almost white stools. The GP thinks it's breastmilk jaundice. Could this be biliary atresia, and what test would confirm it? If it is, how quickly does the Kasai need to be done?",
    focus: 'biliary atresia',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "what else can it cause as he grows" = complications; "is there a parent group" = find_specialist.
    subject: 'EA/TEF questions',
    message:
      "Our son had his TEF and oesophageal atresia repaired on day 2. He's 6 months now and coughs and goes a bit blue sometimes when drinking, and he has this barking cough all the time. Are these problems common after the repair and what else can it cause as he grows? Is there a parent group for it?",
    focus: 'TEF',
    types: ['complications', 'find_specialist'],
  },
  {
    // "how long do babies usually live" = prognosis; "did something I do cause the extra chromosome" = cause; "where do we find other families and a palliative team" = find_specialist.
    subject: 'Edwards syndrome',
    message:
      "Our amnio confirmed full trisomy 18 at 21 weeks and we have chosen to continue the pregnancy. How long do babies with it usually live? Did something I did cause the extra chromosome? We'd like to talk to other families and to a perinatal palliative care team - where do we find them?",
    focus: 'trisomy 18',
    types: ['prognosis', 'cause', 'find_specialist'],
  },
  {
    // "how likely is vision damage / can it permanently damage vision" = side_effects; "how long will he need to be on it before they can stop it" = drug_usage.
    subject: 'vigabatrin and eyes',
    message:
      "Our son started vigabatrin for infantile spasms 2 weeks ago and the spasms have stopped, which is amazing. But I've read it can permanently damage vision. How likely is that in babies? How long will he need to be on it before they can stop it?",
    focus: 'vigabatrin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "will she always need the NG tube" = prognosis; "do babies this young get growth hormone" = treatment.
    message:
      "My daughter was very floppy at birth and couldn't suck, she's been tube fed for 8 weeks. The methylation test just came back as Prader Willie syndrome. Will she always need the NG tube? The geneticist also mentioned growth hormone, do babies this young get it?",
    focus: 'Prader-Willi syndrome',
    types: ['prognosis', 'treatment'],
  },
  {
    // "will his chin grow normally in time" = prognosis; "a special bottle for these babies" = lifestyle (feeding, daily life).
    message:
      'My grandson was born with Pierre Robin sequence, a small chin and a cleft palate, and he has to sleep on his tummy because his tongue falls back. Will his chin grow normally in time? My daughter is struggling to feed him, is there a special bottle that works for these babies?',
    focus: 'Pierre Robin sequence',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "will she be able to walk" = prognosis; "anything more I can do next time to prevent it" = prevention.
    subject: 'spina bifida',
    message:
      'Our daughter was born with a myelomeningocele (open spina bifida) low on her back. It was closed on day 1 and she has a shunt now. Will she be able to walk? I was already taking folic acid before I got pregnant. Is there anything more I can do next time to prevent it?',
    focus: 'myelomeningocele',
    types: ['prognosis', 'prevention'],
  },
  {
    // "how common is this" = frequency; "which genes are usually involved" = genetic_changes.
    message:
      'The MRI for our 4 month old showed complete agenesis of the corpus callosum. How common is this? The geneticist is running an exome, which genes are usually involved?',
    focus: 'agenesis of the corpus callosum',
    types: ['frequency', 'genetic_changes'],
  },
  {
    // "could it be that" = diagnosis; "what is the treatment if it is" = treatment.
    message:
      "Our 5 month old does these little crunches when he wakes up, arms fly up and his head drops, in groups of like 10-15. The GP said it's colic or the startle reflex but I saw a video online about infantile spasms and it looks exactly the same. Could it be that? What is the treatment if it is?",
    focus: 'infantile spasms',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "did she inherit it from one of us" = inheritance; "what brings the seizures on, avoid warm baths" = cause; "how do we stop these long seizures happening" = prevention.
    message:
      "Our 8mo has had 3 long seizures with fevers, one lasted 40 min and she went by ambulance. Genetic test found an SCN1A variant and they say it's Dravet syndrome. Did she inherit it from one of us? What brings the seizures on, should we avoid warm baths? How do we stop these long seizures from happening?",
    focus: 'Dravet syndrome',
    types: ['inheritance', 'cause', 'prevention'],
  },
  {
    // "how long do babies with this live" = prognosis; "any research, new treatments being tested" = research.
    subject: 'Zellwegger',
    message:
      'our baby boy was diagnosed with it at 2 weeks old (PEX1). he doesnt move much and isnt feeding. how long do babies with this live? is there any research going on, any new treatments being tested anywhere?',
    focus: 'Zellweger syndrome',
    types: ['prognosis', 'research'],
  },
  {
    // "what is it for, will it mean he can eat normal food" = indication; "is it safe for a baby so young" = contraindications.
    subject: 'sapropterin for my grandson',
    message:
      'My grandson has PKU. His mum told me the metabolic doctor wants to try him on sapropterin. What is this medicine for exactly, will it mean he can eat normal food? Is it safe for a baby so young?',
    focus: 'sapropterin',
    types: ['indication', 'contraindications'],
  },
  {
    // "will his lungs get better as he grows" = prognosis; "are we allowed to fly with him on oxygen" = lifestyle.
    message:
      'Twins born at 25 weeks, one of them is coming home on oxygen with BPD (chronic lung disease). Will his lungs get better as he grows? Are we allowed to fly to see family at Christmas with him on oxygen?',
    focus: 'BPD',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "which hospitals have the best results" = find_specialist; "what is the life expectancy" = prognosis.
    subject: 'hypoplastic left heart',
    message:
      "Found out at 22 weeks that our baby has it. We're in Texas. Which hospitals have the best results for the Norwood surgery? And realistically what is the life expectancy after all three surgeries?",
    focus: 'hypoplastic left heart',
    types: ['find_specialist', 'prognosis'],
  },
  {
    // "how do we pick him up and dress him" = lifestyle; "will he keep having fractures" = prognosis; "any treatment to make his bones stronger" = treatment.
    message:
      "Our baby was born with 6 fractures and they've diagnosed osteogenesis imperfecta (OI), probably type III. How do we pick him up, change his nappy and dress him without breaking something? Will he keep having fractures his whole life? Is there any treatment to make his bones stronger?",
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'prognosis', 'treatment'],
  },
  {
    // "is she contagious" = susceptibility; "could her hearing get worse" = prognosis; "should she be on the antiviral" = treatment.
    message:
      'Our daughter failed her newborn hearing screen in one ear and a saliva swab showed congenital CMV. Is she contagious? My sister is pregnant and wants to hold her. Could her hearing get worse over time? The ENT said there is an antiviral they sometimes give, should she be on it?',
    focus: 'congenital CMV',
    types: ['susceptibility', 'prognosis', 'treatment'],
  },
  {
    // "bottle in the fridge once opened" = storage_disposal; "cranky and screaming, known side effect" = side_effects; "miss a dose by a few hours" = drug_usage.
    message:
      "Our baby was cooled after a hard birth and had seizures on day 1, she came home on Keppra liquid twice a day. Does the bottle need to be kept in the fridge once opened? She's been really cranky and screaming since starting it, is that a known side effect? What happens if we miss a dose by a few hours?",
    focus: 'Keppra',
    types: ['storage_disposal', 'side_effects', 'drug_usage'],
  },
  {
    // "what causes hypotonia in babies" = cause; "what tests should they be doing" = diagnosis.
    message:
      "My son is 9 months old and still can't sit up on his own, he feels like a rag doll when I pick him up. The paediatrician wrote 'hypotonia ?central' in the letter. What causes hypotonia in babies? What tests should they be doing to find out why?",
    focus: 'hypotonia',
    types: ['cause', 'diagnosis'],
  },
  {
    // "what health problems should we watch out for" = complications; "does she need physio or early intervention" = treatment.
    message:
      "Our daughter was born 2 weeks ago and has Down syndrome, we didn't know before birth. She's a very sleepy feeder. What health problems should we watch out for in the first year? Does she need physio or early intervention this young?",
    focus: 'Down syndrome',
    types: ['complications', 'treatment'],
  },
  {
    // "could this be pyloric stenosis" = diagnosis; "could the formula have caused it" = association.
    subject: 'projectile vomiting 4 week old',
    message:
      "He's 4 weeks and for the last 5 days he's been projectile vomiting after every feed, like across the room, and then he's starving again straight away. Could this be pyloric stenosis? We switched him to a comfort formula last week, could the formula have caused it?",
    focus: 'pyloric stenosis',
    types: ['diagnosis', 'association'],
  },
  {
    // "is there another formula we can try" = lifestyle (diet); "will she grow out of it" = prognosis.
    message:
      "Our 3mo has streaks of blood in her nappies and terrible eczema. GP thinks cow's milk allergy and prescribed Nutramigen but she screams and refuses it. Is there another formula we can try? (someone in a facebook group said Neocate) And will she grow out of it?",
    focus: "cow's milk allergy",
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is it because he got it from me, would other children get it" = inheritance; "what's his outlook" = prognosis.
    message:
      "Our son was born floppy and needed a ventilator for 3 weeks. Genetic tests showed congenital myotonic dystrophy, and then they tested me and I have myotonic dystrophy too. I had no idea, I just thought I had weak hands. Is it because he got it from me, and would any other children I have get it too? What's his outlook now he's breathing on his own?",
    focus: 'congenital myotonic dystrophy',
    types: ['inheritance', 'prognosis'],
  },
];
