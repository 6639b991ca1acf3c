/**
 * "parentsnew" set. Messages from parents in the first weeks after their baby or child was diagnosed with a
 * rare condition: what it is, what the future holds, what to do now, who to talk to, how to tell the family,
 * with other questions. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 0.975, type F1 0.871).
 * Scored by parentsnew.test.ts and by `npx tsx test/understand/support/score-messages.ts --parentsnew
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PARENTSNEW_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the condition is -> information
  {
    message:
      'our daughter is 4 months old and yesterday the neurologist told us she has spinal muscular atrophy type 1. i had never heard those words before and i didnt take anything in after that. can someone explain to me in simple words what this disease actually is',
    focus: 'Spinal muscular atrophy',
    types: ['information'],
  },
  // why: life expectancy and what the next years look like are both the outlook -> prognosis once
  {
    subject: 'Duchenne - honest answer please',
    message:
      'My son Max is 4 and was diagnosed with Duchenne muscular dystrophy last Thursday after a blood test showed a very high CK. My wife is reading everything online and I have asked her to stop. I just want one straight answer from someone who knows: how long do boys with Duchenne usually live, and what will the next years look like for him?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: what the medicine is and how it works -> indication; focus is the medicine, not PKU
  {
    message:
      'The metabolic dietitian said our son (PKU, 3 weeks old) might be tested to see if he responds to Kuvan. What is Kuvan and how does it work exactly?',
    focus: 'Kuvan',
    types: ['indication'],
  },
  // why: whether it keeps getting worse and whether she gets words back are both the course -> prognosis
  {
    message:
      "hi. my daughter is 2 1/2. she was walking and saying mama, dada, ball, and since the summer she's lost all her words and keeps wringing her hands. yesterday the genetic test came back as Rett syndrome. does it keep getting worse from here? will she ever get her words back?",
    focus: 'Rett syndrome',
    types: ['prognosis'],
  },
  // why: whether the mouth ulcers come from the medicine and what else to watch for -> side_effects of everolimus
  {
    message:
      "Our 3 yr old has tuberous sclerosis and the team started everolimus for a SEGA tumor in his brain. Since starting he has sore ulcers in his mouth and won't eat. Is that from the everolimus? What other side effects should we be watching for?",
    focus: 'everolimus',
    types: ['side_effects'],
  },
  // why: breast milk and which milk to drink instead are diet -> lifestyle
  {
    message:
      'Hello, I am mother of baby boy 12 days. The hospital call us that newborn test show galactosemia and we must stop the breastfeeding right now. I am very sad for this. Is it true he can never have breast milk, also not a little? And what milk he can drink instead?',
    focus: 'Galactosemia',
    types: ['lifestyle'],
  },
  // why: how to give the dose and what to do if spat out are both how to take it -> drug_usage
  {
    message:
      'Pharmacy gave us hydrocortisone 10mg tablets for our 3 week old daughter (CAH) and said to give 1.25mg three times a day. How am I supposed to do that?? do I crush them and mix with water? and if she spits half of it out do I give it again?',
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: fridge, shelf life and throwing away leftovers -> storage_disposal only
  {
    message:
      'quick q - our son had his kasai op 2 wks ago and came home on ursodiol liquid that the hospital pharmacy made up. does it have to go in the fridge? and how long is it good for once opened, can i pour the leftover down the sink?',
    focus: 'ursodiol',
    types: ['storage_disposal'],
  },
  // why: whether it runs in families and the odds for a sibling -> inheritance once
  {
    subject: "Hirschsprung's and next baby",
    message:
      "Our son had surgery for Hirschsprung disease at 5 days old and is doing ok now. We want another baby in a year or two. Is Hirschsprung's passed down in families, and what are the odds a brother or sister would have it?",
    focus: 'Hirschsprung disease',
    types: ['inheritance'],
  },
  // why: whether three names are the same condition -> information
  {
    message:
      'so confused. the cardiologist said DiGeorge, the geneticist wrote 22q11.2 deletion syndrome on the report and a nurse said velocardiofacial syndrome. are these all the same thing or does my son have 3 different problems??',
    focus: '22q11.2 deletion syndrome',
    types: ['information'],
  },
  // why: growth hormone and whether it helps are both therapy -> treatment
  {
    message:
      'My son (2) was just diagnosed with Noonan syndrome. He is way below the growth chart. Do children with Noonan syndrome get growth hormone shots, and does it actually help them grow?',
    focus: 'Noonan syndrome',
    types: ['treatment'],
  },
  // why: whether hearing loss belongs to it and what else is part of it -> symptoms
  {
    message:
      "He has coloboma in both eyes and a heart defect and they've now said CHARGE syndrome. Is hearing loss part of CHARGE? what else is part of it that we should be looking out for",
    focus: 'CHARGE syndrome',
    types: ['symptoms'],
  },
  // why: an aunt asks only whether the sister can catch it -> susceptibility
  {
    message:
      'my nephew (2) is in hospital with kawasaki disease, i look after him and his big sister most days while my sister works. is it contagious? they share a room and a bath',
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: whether it can be seen on a scan in the next pregnancy -> diagnosis (not the chance of it)
  {
    message:
      'Our daughter was born with hypoplastic left heart syndrome and had her first surgery at 4 days old. Nobody saw it on the 20 week scan. If we have another baby, can it be picked up before birth, and what scan should we ask for?',
    focus: 'Hypoplastic left heart syndrome',
    types: ['diagnosis'],
  },
  // why: the enzyme treatment is story; asks only about trials -> research
  {
    message:
      "Our 4 year old was diagnosed with CLN2 Batten disease last month. I've read about the enzyme that goes into the brain but are there any clinical trials of newer treatments that she could join?",
    focus: 'Batten disease',
    types: ['research'],
  },
  // why: chance for another child -> inheritance; finding a CF centre -> find_specialist
  {
    message:
      "Our baby son's newborn screening came back positive for cystic fibrosis and the sweat test confirmed it on Friday. My partner and I are both carriers apparently, which we had no idea about. What are the chances that another child of ours would have CF too? And how do we find a proper CF centre, we live in a rural area and our GP has only ever seen one case.",
    focus: 'Cystic fibrosis',
    types: ['inheritance', 'find_specialist'],
  },
  // why: how to give it to a baby -> drug_usage; whether the sore bottom comes from it -> side_effects
  {
    subject: 'Creon question',
    message:
      "Our 6 week old with CF has to have Creon with every feed. The nurse showed us once, opening the capsule onto a spoon of apple puree, but honestly I'm lost. How exactly do I give it to a tiny baby who only has milk, before or during the feed? Also her bottom has gone really red and sore, can Creon cause that?",
    focus: 'Creon',
    types: ['drug_usage', 'side_effects'],
  },
  // why: normal food vs special formula is diet -> lifestyle; whether her brain develops normally -> prognosis
  {
    message:
      'heel prick test said PKU. our daughter is 9 days old. will she ever be able to eat normal food like pizza and meat or is it special formula forever? and if we follow the diet perfectly will her brain develop normally?',
    focus: 'Phenylketonuria',
    types: ['lifestyle', 'prognosis'],
  },
  // why: what causes it -> cause; a named exposure (alcohol) asked as its cause -> association
  {
    message:
      'I keep going over everything I did when I was pregnant with her. Our daughter was diagnosed with Angelman syndrome at 14 months. What actually causes it? I drank at a wedding before I knew I was pregnant, could that have caused it?',
    focus: 'Angelman syndrome',
    types: ['cause', 'association'],
  },
  // why: a grandfather asks about further heart/blood pressure problems -> complications; ordinary school -> lifestyle
  {
    message:
      'My granddaughter (18 months) has just been diagnosed with Williams syndrome. They found a narrowing above the heart valve. Can Williams syndrome lead to other heart or blood pressure problems as she grows? My daughter also wants to know if she will be able to go to an ordinary school with her cousins.',
    focus: 'Williams syndrome',
    types: ['complications', 'lifestyle'],
  },
  // why: how rare -> frequency; chance for the next baby -> inheritance
  {
    subject: 'achondroplasia??',
    message:
      'Neither me or my husband is short, nobody in either family is. our baby boy was diagnosed with achondroplasia at birth. how rare is this? and if we have another baby what are the chances it happens again',
    focus: 'Achondroplasia',
    types: ['frequency', 'inheritance'],
  },
  // why: nappy, dressing, bathing is daily life -> lifestyle; medicine for stronger bones -> treatment
  {
    message:
      "Our daughter was born 3 weeks ago with 4 fractures and they've said osteogenesis imperfecta. I'm scared to touch her. How do we change her nappy, dress her and bath her without breaking something? Is there any medicine that makes the bones stronger?",
    focus: 'Osteogenesis imperfecta',
    types: ['lifestyle', 'treatment'],
  },
  // why: what sets the seizures off -> cause (what brings on attacks); stopping them happening -> prevention
  {
    message:
      'Our son (11 months) has had 6 long seizures since the summer, always with a temperature or after a warm bath, and the gene test just came back as Dravet syndrome. What sets the seizures off, is it only fevers? and what can we do to stop them happening in the first place?',
    focus: 'Dravet syndrome',
    types: ['cause', 'prevention'],
  },
  // why: with clobazam and valproate -> interactions; whether it contains THC -> ingredients; focus is the medicine
  {
    message:
      "neurologist wants to add Epidiolex for our daughter's Dravet. she's already on clobazam and valproate. is it ok to take Epidiolex together with those? also it comes from cannabis right, is there any THC in it?",
    focus: 'Epidiolex',
    types: ['interactions', 'ingredients'],
  },
  // why: whether she needs an operation -> treatment; how sure the diagnosis is / a confirming genetic test -> diagnosis
  {
    message:
      "Our baby was born with genitals the doctors couldn't say were boy or girl, and after tests they say she is a girl with congenital adrenal hyperplasia. One doctor talked about surgery. Will she need an operation, and when? Also how sure are they? The 17-OHP blood test was high but should we ask for a genetic test to confirm it?",
    focus: 'Congenital adrenal hyperplasia',
    types: ['treatment', 'diagnosis'],
  },
  // why: can it lead to glaucoma -> complications; lasering the birthmark -> treatment
  {
    subject: 'Sturge-Weber syndrome',
    message:
      'Our daughter has a port wine stain over her left eye and forehead and the MRI at 6 weeks confirmed Sturge Weber. Can it lead to glaucoma? And can the birthmark be lasered off, from what age?',
    focus: 'Sturge-Weber syndrome',
    types: ['complications', 'treatment'],
  },
  // why: how long babies live -> prognosis; heart surgery -> treatment; the anger is story
  {
    message:
      "Our baby girl was born 2 weeks ago with trisomy 18. Every doctor says 'incompatible with life' and it makes me so angry because she is here, she feeds by tube and she grips my finger. Realistically how long do babies with Edwards syndrome live? Is heart surgery ever done for these babies? She has a VSD.",
    focus: 'Trisomy 18',
    types: ['prognosis', 'treatment'],
  },
  // why: how often vision loss happens -> side_effects; whether it must be reduced slowly -> drug_usage (stopping)
  {
    message:
      'Our 6 month old started vigabatrin (Sabril) for infantile spasms. The leaflet says it can cause permanent loss of side vision. How often does that really happen in babies? The plan is to stop after 6 months - does it have to be reduced slowly or can it just be stopped?',
    focus: 'vigabatrin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: missed dose -> drug_usage; fridge -> storage_disposal; focus is the medicine
  {
    message:
      "My baby has sickle cell anemia and has to take penicillin V liquid twice a day till he's 5. If I forget the night dose do I give double in the morning? and does the bottle have to stay in the fridge, we're going to my mums for the weekend",
    focus: 'Penicillin V potassium',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: support group / other parents -> find_specialist; how to tell the grandparents is non-medical -> other
  {
    message:
      "Our son was diagnosed with Prader-Willi syndrome at 3 weeks because he was so floppy and couldn't feed. We are in the UK. Is there a support group or other parents we could talk to? And how do we tell the grandparents? My mum is going to blame herself or me, I just know it.",
    focus: 'Prader-Willi syndrome',
    types: ['find_specialist', 'other'],
  },
  // why: which gene -> genetic_changes; lumps turning into cancer -> complications; should the father be tested -> diagnosis
  {
    message:
      'Hi there, our son is 3 and has lots of cafe au lait spots, the dermatologist sent us to genetics and it was confirmed as neurofibromatosis type 1. Which gene is it? Can the lumps it causes turn into cancer? My husband has 3 or 4 of those brown spots himself, should he be tested too?',
    focus: 'Neurofibromatosis type 1',
    types: ['genetic_changes', 'complications', 'diagnosis'],
  },
  // why: what it is -> information; brain damage from it -> complications; a metabolic doctor nearby -> find_specialist
  {
    message:
      'omg our son is 10 days old & they just told us maple syrup urine disease. wat is that even?? will it give him brain damage?? we r in rural ohio, where is the nearest metabolic dr who knows about it',
    focus: 'Maple syrup urine disease',
    types: ['information', 'complications', 'find_specialist'],
  },
  // why: cure -> treatment; gene therapy trials -> research; organisation or specialist team -> find_specialist
  {
    subject: 'Newborn with EB',
    message:
      'Our son was born 5 days ago with blisters and missing skin on his hands and feet and the biopsy says dystrophic epidermolysis bullosa. The nurses are wonderful but no one here has seen it before. Is there a cure or anything to make his skin stronger? Are there trials of gene therapy we could get him into? And is there an organisation or specialist team for EB we should contact?',
    focus: 'Dystrophic epidermolysis bullosa',
    types: ['treatment', 'research', 'find_specialist'],
  },
  // why: did we cause it -> cause; could it happen again in another baby -> inheritance; preventing that -> prevention
  {
    message:
      'We got the results of the chromosome test, our baby has cri du chat syndrome (5p deletion). The genetic counselor appointment is not until next month. Did we do something that caused it? Could it happen again if we try for another baby, and is there a way to prevent that?',
    focus: 'Cri du chat syndrome',
    types: ['cause', 'inheritance', 'prevention'],
  },
  // why: which gene -> genetic_changes; passed on / daughter a carrier -> inheritance; should she be tested -> diagnosis
  {
    message:
      "My son is 3 and was just diagnosed with Fragile X syndrome after they looked into his speech delay. Which gene is it, and is it something I passed on to him? I also have a daughter aged 6. Could she be a carrier, and should she be tested now or wait until she's older?",
    focus: 'Fragile X syndrome',
    types: ['genetic_changes', 'inheritance', 'diagnosis'],
  },
  // why: is transplant the only option -> treatment; gene therapy trials -> research; life expectancy / walking after it -> prognosis
  {
    message:
      "Newborn screening flagged Krabbe disease and they confirmed the infantile form. Our son is 17 days old and they're talking about a cord blood transplant in the next couple of weeks. Is transplant the only option? Are there gene therapy trials? If he has the transplant what is his life expectancy, will he walk?",
    focus: 'Krabbe disease',
    types: ['treatment', 'research', 'prognosis'],
  },
  // why: losing sight -> prognosis; chemo -> treatment; hereditary -> inheritance; checking the brother -> diagnosis
  {
    message:
      'Our daughter is 11 months old and was diagnosed with retinoblastoma in both eyes last week after we noticed a white glow in photos. Will she lose her sight? What treatment will she have, is it chemo? Is it hereditary, and should her baby brother be checked too?',
    focus: 'Retinoblastoma',
    types: ['prognosis', 'treatment', 'inheritance', 'diagnosis'],
  },
  // why: trait vs disease -> information; football and swimming -> lifestyle; bone marrow transplant cure -> treatment
  {
    message:
      'hello, the newborn screening shows our son has sickle cell anemia. my husband and me both have sickle cell trait and our doctor back home said trait is nothing. what is the difference between the trait and the disease? can he play football and swim when he is bigger? and can bone marrow transplant cure it?',
    focus: 'Sickle cell anemia',
    types: ['information', 'lifestyle', 'treatment'],
  },
  // why: two conditions; higher risk of Wilms tumor -> complications; the screening scans -> diagnosis
  {
    message:
      "My son was diagnosed with Beckwith-Wiedemann syndrome at birth (big tongue, one side of his body bigger). Now they want an ultrasound of his tummy every 3 months until he's 8, plus AFP blood tests. Does Beckwith-Wiedemann really make Wilms tumor more likely? and are all these scans really necessary?",
    focus: 'Beckwith-Wiedemann syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: two conditions; link between them -> association; how TSC is confirmed -> diagnosis
  {
    message:
      "Our 5 month old started having clusters of jerks when he wakes up and the EEG showed infantile spasms. The MRI also showed 'tubers' and now they suspect tuberous sclerosis. Is there a link between tuberous sclerosis and infantile spasms? And how do they confirm it is tuberous sclerosis, is it a blood test?",
    focus: 'Tuberous sclerosis complex',
    types: ['association', 'diagnosis'],
  },
];
