/**
 * "nurses" set. Messages from nurses, carers and care-home staff writing for a patient or resident: a condition
 * or a medicine, doses through feeding tubes, crushing tablets, side effects noticed, what to watch for, whom to
 * refer to. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.820). Scored by
 * nurses.test.ts and by `npx tsx test/understand/support/score-messages.ts --nurses --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NURSES_MESSAGES: ConsumerMessage[] = [
  // why: "can the CR tablets be crushed and put down the PEG, or does he need a different formulation" is one question on how to give Sinemet: drug_usage
  {
    subject: 'Sinemet via PEG',
    message:
      'Hi, staff nurse on a neuro rehab ward here. A gentleman with Parkinson disease had a PEG placed yesterday as his swallow has deteriorated. He is on Sinemet CR 25/100 twice daily. Can the CR tablets be crushed and put down the PEG, or does he need a different formulation? Thanks in advance.',
    focus: 'Sinemet',
    types: ['drug_usage'],
  },
  // why: "how close together is it ok for the doses to be" asks about dose timing of pyridostigmine: drug_usage
  {
    message:
      'District nurse here, visiting a 71 yr old man with myasthenia gravis at home (he is happy for me to ask). He is prescribed pyridostigmine 60mg four times a day but his wife tells me he takes an extra one whenever he feels weak, sometimes only an hour apart. How close together is it ok for the doses to be?',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: "does the feed affect how the phenytoin is absorbed" asks about phenytoin with food (enteral feed): interactions
  {
    subject: 'phenytoin and NG feed',
    message:
      'Resident on continuous NG feed over 20 hrs and phenytoin liquid via the tube. His levels keep coming back low even though the dose has gone up twice. Does the feed affect how the phenytoin is absorbed?',
    focus: 'phenytoin',
    types: ['interactions'],
  },
  // why: "is this breathing pattern a normal part of Rett syndrome" asks whether a sign belongs to the condition: symptoms
  {
    message:
      'I support a 19 year old woman with Rett syndrome in a residential college, she and her mum are fine with me asking. When she is awake she has episodes of holding her breath and then breathing very fast, sometimes she goes a bit blue round the lips. New staff find it frightening. Is this breathing pattern a normal part of Rett syndrome?',
    focus: 'Rett syndrome',
    types: ['symptoms'],
  },
  // why: "can the capsules be opened and the granules flushed down the tube" asks how to give Creon: drug_usage
  {
    subject: 'Creon with overnight feeds',
    message:
      "Community children's nurse. 12yo with cystic fibrosis now has a gastrostomy with overnight pump feeds. Parents and our carers are unsure how to give his Creon with the overnight feed - can the capsules be opened and the granules flushed down the tube?",
    focus: 'Creon',
    types: ['drug_usage'],
  },
  // why: "whether there is anything he should avoid eating" asks about diet with the condition: lifestyle
  {
    message:
      'We have a new tenant in our supported living service who has Wilson disease. The kitchen staff have asked me whether there is anything he should avoid eating - I have read something about shellfish and chocolate?',
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  // why: "whether he will walk again" and "what is the usual recovery like" are one question on the outlook: prognosis
  {
    message:
      "I am a physio assistant on a rehab unit. Patient is 3 months on from Guillain-Barre syndrome, still using a wheelchair but getting some movement back in his legs. His family keep asking me whether he will walk again and I don't want to give them false hope. What is the usual recovery like?",
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis'],
  },
  // why: "are we allowed to give a second dose" asks about dosing midazolam: drug_usage
  {
    message:
      'Respite unit for children. One of our kids has Dravet syndrome and her plan says buccal midazolam if a seizure goes past 5 minutes. If it has not stopped 10 minutes after the midazolam, are we allowed to give a second dose or is it straight to 999?',
    focus: 'midazolam',
    types: ['drug_usage'],
  },
  // why: "can she catch anything from him" asks whether the pregnant carer can catch it: susceptibility
  {
    message:
      'One of our residents has been diagnosed with shingles on his back. A carer on the unit is 20 weeks pregnant and has never had chickenpox. Can she catch anything from him if she does his personal care?',
    focus: 'shingles',
    types: ['susceptibility'],
  },
  // why: "how long people usually live with it" asks life expectancy: prognosis
  {
    subject: 'PSP life expectancy',
    message:
      'Nursing home. Resident was diagnosed with progressive supranuclear palsy about 2 years ago, now having lots of falls and chest infections. His son has asked me how long people usually live with it. What should I tell him?',
    focus: 'progressive supranuclear palsy',
    types: ['prognosis'],
  },
  // why: "correct way to get rid of used fentanyl patches" asks about disposal: storage_disposal
  {
    subject: 'used patches',
    message:
      'What is the correct way to get rid of used fentanyl patches in a care home? Night staff have been putting them in the sharps bin and day staff fold them and put them in the clinical waste.',
    focus: 'fentanyl',
    types: ['storage_disposal'],
  },
  // why: "how memantine actually works and what it is meant to do for her" asks what the medicine is for and how it works: indication
  {
    message:
      'Quick one. A resident with Alzheimer disease has been switched from donepezil to memantine. Her husband asked me how memantine actually works and what it is meant to do for her, and I could not explain it well. Could you help?',
    focus: 'memantine',
    types: ['indication'],
  },
  // why: "is there a charity or support group for adults with Friedreich ataxia" asks for a patient organization: find_specialist
  {
    message:
      'Hello, I am a support worker for a man in his 30s with Friedreich ataxia. He lives quite isolated and has said he would like to talk to other people who have the condition. Is there a charity or support group for adults with Friedreich ataxia?',
    focus: 'Friedreich ataxia',
    types: ['find_specialist'],
  },
  // why: "is that OK with the warfarin" asks about warfarin with cranberry juice (a food/drink): interactions
  {
    subject: 'warfarin + cranberry juice',
    message:
      'Resident on warfarin for AF. Her daughter brings in cranberry juice every day because she gets a lot of UTIs, and she drinks about two glasses. Is that OK with the warfarin?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: "how long can it be kept at room temperature ... before it has to be thrown away" asks about storing the pen: storage_disposal
  {
    message:
      'Care home, we keep the spare pens in the medication fridge. Once a pen of insulin glargine has been started, how long can it be kept at room temperature in the drugs trolley before it has to be thrown away?',
    focus: 'insulin glargine',
    types: ['storage_disposal'],
  },
  // why: "is haloperidol safe for her" with Lewy bodies asks who should not take it: contraindications; "what reactions should we be watching for" asks its side effects: side_effects
  {
    message:
      'I am a senior carer in a dementia unit. One of our ladies has dementia with Lewy bodies and has become very agitated at night. The out of hours GP wants to start haloperidol but her daughter has read that it can be dangerous for people with Lewy bodies. Is haloperidol safe for her? If she does get it, what reactions should we be watching for?',
    focus: 'haloperidol',
    types: ['contraindications', 'side_effects'],
  },
  // why: "is there a connection between her tremor and his fragile X syndrome" asks a link between two conditions: association; "should she be tested for anything" asks whether a relative should be tested: diagnosis
  {
    message:
      'I am the key worker for a 40 year old man with fragile X syndrome. His mum (70) has recently developed a tremor and is unsteady on her feet. Is there a connection between her tremor and his fragile X syndrome? Should she be tested for anything?',
    focus: 'fragile X syndrome',
    types: ['association', 'diagnosis'],
  },
  // why: "what are the early signs of Alzheimer disease" asks symptoms; "how is it assessed" asks how it is confirmed: diagnosis
  {
    subject: 'dementia in Down syndrome',
    message:
      'Learning disability nurse here. One of the women on my caseload has Down syndrome and is 51. Staff at her home say she has been losing skills, getting lost in the house and has had her first ever seizure. What are the early signs of Alzheimer disease in adults with Down syndrome, and how is it assessed when someone already has a learning disability?',
    focus: 'Alzheimer disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: "are the ulcers from the everolimus" asks whether a problem comes from the medicine: side_effects; "does he need to avoid [grapefruit juice]" asks about the medicine with a food: interactions
  {
    message:
      'Young man (22) with tuberous sclerosis complex, lives in our residential home. He started everolimus 6 weeks ago for kidney tumours and now has several painful mouth ulcers. Are the ulcers from the everolimus? Also he loves grapefruit juice - does he need to avoid it while on this medicine?',
    focus: 'everolimus',
    types: ['side_effects', 'interactions'],
  },
  // why: "is it safe for them [pregnant carers] to handle the capsules" asks a pregnancy precaution: contraindications; "how should we get rid of them" asks disposal: storage_disposal
  {
    message:
      'We provide home care for a young woman with sickle cell disease who takes hydroxyurea capsules. Two of our carers are pregnant - is it safe for them to handle the capsules when prompting her meds? Also she has a box of old ones from a previous dose, how should we get rid of them?',
    focus: 'hydroxyurea',
    types: ['contraindications', 'storage_disposal'],
  },
  // why: "what should we be doing with her hydrocortisone dose while she is unwell" asks dosing: drug_usage; "is it ok with the hydrocortisone" about ibuprofen asks medicine with medicine: interactions
  {
    subject: 'steroid sick day rules',
    message:
      'Resident with Addison disease on hydrocortisone 10mg morning, 5mg lunch, 5mg afternoon. She has a temperature of 38.4 today and is off her food. What should we be doing with her hydrocortisone dose while she is unwell? And the GP has suggested ibuprofen for joint pain, is it ok with the hydrocortisone?',
    focus: 'hydrocortisone',
    types: ['drug_usage', 'interactions'],
  },
  // why: "what sets off these swellings" asks what brings on attacks: cause; "can anything be done beforehand to stop one happening" asks preventing attacks: prevention
  {
    message:
      'Practice nurse. One of our patients with hereditary angioedema had a bad swelling of her face and throat two days after dental treatment. She has more dental work booked next month. What sets off these swellings, and can anything be done beforehand to stop one happening?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: "is the heat making her multiple sclerosis worse" asks what brings on her worsening: cause; "is it ok for her to use the warm hydrotherapy pool" asks about daily activity/exercise: lifestyle
  {
    message:
      'I am a carer for a lady with multiple sclerosis, she agreed I could write. During the hot weather her legs get much weaker and she struggles to transfer, then it gets better when it cools down. Is the heat making her multiple sclerosis worse? She also loves swimming - is it ok for her to use the warm hydrotherapy pool at the leisure centre?',
    focus: 'multiple sclerosis',
    types: ['cause', 'lifestyle'],
  },
  // why: "can he take ibuprofen with lithium" asks medicine with medicine: interactions; "what signs of lithium toxicity" asks the medicine's adverse effects: side_effects
  {
    subject: 'lithium query',
    message:
      'Mental health supported accommodation. One of our residents takes lithium. He has hurt his back and the pharmacy sold him ibuprofen. Can he take ibuprofen with lithium? What signs of lithium toxicity should staff be looking out for?',
    focus: 'lithium',
    types: ['interactions', 'side_effects'],
  },
  // why: "is hand gel enough ... what else should we do to stop it spreading" asks preventing spread: prevention; "does that [omeprazole] raise her risk of getting it again" asks whether an exposure raises the risk: susceptibility
  {
    subject: 'C diff return from hospital',
    message:
      'Resident returning to us tomorrow after treatment for Clostridium difficile infection. Is hand gel enough for staff or do we need soap and water, and what else should we do to stop it spreading to the other residents? She has been on omeprazole for years - does that raise her risk of getting it again?',
    focus: 'Clostridium difficile infection',
    types: ['prevention', 'susceptibility'],
  },
  // why: "can ordinary medicines ... bring on an attack" asks what brings on attacks: cause; "what are the first signs of an attack" asks symptoms
  {
    message:
      'We have a patient with acute intermittent porphyria coming onto the surgical ward for a planned operation. Can ordinary medicines like antibiotics or painkillers bring on an attack? What are the first signs of an attack that the nurses should look out for?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'symptoms'],
  },
  // why: "is the sleepiness part of myotonic dystrophy" asks whether a sign belongs to it: symptoms; "are there any extra risks [under general anaesthetic]" asks other problems it can lead to: complications
  {
    message:
      'Gentleman with myotonic dystrophy in our nursing home keeps falling asleep during the day, even in the middle of his lunch. Is the sleepiness part of myotonic dystrophy? He is going in for a gallbladder operation under general anaesthetic - are there any extra risks we should flag to the hospital?',
    focus: 'myotonic dystrophy',
    types: ['symptoms', 'complications'],
  },
  // why: "is there any treatment that can still help him" asks treatment; "if his memory will ever come back" asks recovery: prognosis
  {
    message:
      'Resident with Wernicke-Korsakoff syndrome, he has not had a drink for over a year and is on thiamine. His short term memory is still very poor. Is there any treatment that can still help him at this stage? His family also want to know if his memory will ever come back.',
    focus: 'Wernicke-Korsakoff syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: "is it still safe for her to have it" when she cannot sit upright asks a precaution: contraindications; "can it be given down the PEG" asks how to take it: drug_usage
  {
    message:
      "Resident with osteoporosis, fed via PEG and mostly cared for in bed. She is prescribed alendronate (Fosamax) 70mg weekly. She can't sit upright for 30 minutes afterwards. Is it still safe for her to have it? If so, can it be given down the PEG?",
    focus: 'alendronate',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "can [they] be dispersed in water and given via a fine bore NG tube" asks how to give it: drug_usage; "does it contain lactose" asks what it contains: ingredients
  {
    subject: 'lansoprazole via NG',
    message:
      'Can lansoprazole orodispersible tablets be dispersed in water and given via a fine bore NG tube without blocking it? Also does it contain lactose? Patient has severe lactose intolerance.',
    focus: 'lansoprazole',
    types: ['drug_usage', 'ingredients'],
  },
  // why: "is the weight loss part of Huntington disease" asks symptoms; "should he be on a special high calorie diet" asks diet: lifestyle; "will this keep getting worse" asks the course: prognosis
  {
    message:
      'Nurse in a specialist nursing unit. We have a 54 year old man with Huntington disease who has lost nearly 8kg in three months even though he eats everything we give him. Is the weight loss part of Huntington disease? Should he be on a special high calorie diet? His swallowing is also getting worse and he coughs with drinks - will this keep getting worse?',
    focus: 'Huntington disease',
    types: ['symptoms', 'lifestyle', 'prognosis'],
  },
  // why: "is this constant food seeking part of Prader-Willi syndrome" asks symptoms; "any medicines that help with the hunger" asks treatment; "is it OK for us to lock the kitchen" asks daily life at home: lifestyle
  {
    message:
      'I manage a small supported living house. One of our tenants has Prader-Willi syndrome and staff keep finding food missing from the fridge and wrappers hidden in her room. Is this constant food seeking part of Prader-Willi syndrome? Are there any medicines that help with the hunger? And practically, is it OK for us to lock the kitchen? We want to respect her rights.',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'treatment', 'lifestyle'],
  },
  // why: "which foods does he need to avoid" asks diet: lifestyle; "could high levels be why he has been irritable" asks problems it leads to when uncontrolled: complications; "available on prescription or do we have to buy them" asks costs: other
  {
    message:
      "New resident in our care home, 63, has phenylketonuria that was picked up late so he has a learning disability. He came from his sister's house with no diet plan. Which foods does he need to avoid? Could high levels be why he has been irritable and restless since he moved in? Also are his special low protein foods available on prescription or do we have to buy them?",
    focus: 'phenylketonuria',
    types: ['lifestyle', 'complications', 'other'],
  },
  // why: "what should they do if he misses a dose or vomits it up" asks missed doses: drug_usage; "is that from the prednisolone" asks whether weight gain comes from it: side_effects; "can he have ibuprofen with it" asks medicine with medicine: interactions
  {
    subject: 'steroids on school trip',
    message:
      'School nurse. 13yo boy with Duchenne muscular dystrophy takes prednisolone every morning. He is going on a residential trip and staff are worried - what should they do if he misses a dose or vomits it up? He has put on a lot of weight since starting, is that from the prednisolone? And can he have ibuprofen with it if his legs ache after the walks?',
    focus: 'prednisolone',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: "is the drooling caused by clozapine" asks side_effects; "will stopping smoking change his clozapine levels" asks interactions; "can he just restart at his normal dose" after missed doses asks drug_usage
  {
    message:
      'Supported housing for adults with mental illness. One of our residents on clozapine has been drooling a lot at night, his pillow is soaked. Is the drooling caused by clozapine? He is also trying to stop smoking with our help - will stopping smoking change his clozapine levels? Last week he missed 3 days of doses while away with family, can he just restart at his normal dose?',
    focus: 'clozapine',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: "how contagious is it to staff and the other residents" asks susceptibility; "is it treated with cream or with tablets" asks treatment; "what do we need to do ... to stop it going round the whole home" asks prevention
  {
    subject: 'crusted scabies in the home',
    message:
      'Urgent-ish. One of our residents has been diagnosed with crusted scabies by the dermatologist. How contagious is it to staff and the other residents? Is it treated with cream or with tablets? And what do we need to do with bedding, clothes and chairs to stop it going round the whole home?',
    focus: 'crusted scabies',
    types: ['susceptibility', 'treatment', 'prevention'],
  },
  // why: "is poor sleep common in Angelman syndrome" asks symptoms; "what can help him sleep" asks treatment; "any research studies he could join" asks research
  {
    message:
      "I work nights in a children's residential home. One of our boys has Angelman syndrome and he rarely sleeps more than 3-4 hours, then he is up laughing and trying to climb out. Is poor sleep common in Angelman syndrome? What can help him sleep? His mum also asked me if there are any research studies he could join.",
    focus: 'Angelman syndrome',
    types: ['symptoms', 'treatment', 'research'],
  },
  // why: "trials he could go into as an adult" asks research; "is his breathing likely to get worse" asks the course: prognosis; "specialist neuromuscular service for adults" asks find_specialist
  {
    subject: 'adult SMA',
    message:
      'Care agency team leader. Our client is 26 and has spinal muscular atrophy type 2, uses a powerchair and a cough assist. He has heard about new drugs for children and wants to know if there are trials he could go into as an adult. Is his breathing likely to get worse over the next few years? Also is there a specialist neuromuscular service for adults we could ask his GP to refer him to?',
    focus: 'spinal muscular atrophy',
    types: ['research', 'prognosis', 'find_specialist'],
  },
  // why: "which gene is affected in that type" asks genetic_changes; "could they have inherited it from him through her" asks inheritance; "who do we refer him to for ankle splints" asks find_specialist
  {
    message:
      'Resident with Charcot-Marie-Tooth disease, 72, consented to us asking. The neurology letter says CMT1A but does not explain - which gene is affected in that type? His daughter is worried about her two boys, could they have inherited it from him through her? And who do we refer him to for ankle splints, his feet are dropping more?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['genetic_changes', 'inheritance', 'find_specialist'],
  },
  // why: "what is Sanfilippo syndrome exactly" asks information; "how rare is it" asks frequency; "what should we expect as it progresses in the later stages" asks the course: prognosis
  {
    message:
      'Hospice nurse. We are admitting a 9 year old with Sanfilippo syndrome for respite and end of life planning next week. I have never nursed a child with it before. What is Sanfilippo syndrome exactly? How rare is it? And what should we expect as it progresses in the later stages?',
    focus: 'Sanfilippo syndrome',
    types: ['information', 'frequency', 'prognosis'],
  },
];
