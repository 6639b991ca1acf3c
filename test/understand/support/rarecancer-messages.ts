/**
 * "rarecancer" set. Messages about rare cancers and tumor syndromes and their treatments (neuroblastoma,
 * retinoblastoma, Wilms tumor, sarcomas, mesothelioma, neuroendocrine tumors, Li-Fraumeni syndrome, von
 * Hippel-Lindau disease). Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 0.950, type F1 0.914). Scored
 * by rarecancer.test.ts and by `npx tsx test/understand/support/score-messages.ts --rarecancer --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const RARECANCER_MESSAGES: ConsumerMessage[] = [
  {
    // "wilms tumer hereditary?" -> inheritance (whether it runs in families)
    message: 'wilms tumer hereditary?',
    focus: 'Wilms tumor',
    types: ['inheritance'],
  },
  {
    // "What are her chances of surviving this?" -> prognosis (survival outlook)
    // "What does the treatment actually involve, step by step" -> treatment (the treatment plan)
    // "how rare is this?" -> frequency (how common it is)
    subject: 'Stage 4 neuroblastoma - so scared',
    message:
      'Hi, our 3 year old daughter was diagnosed with stage 4 nuroblastoma last week. It is in ' +
      'her adrenal gland and her bones. The oncologist talked about chemo, surgery, a stem cell ' +
      'transplant, radiation and immunotherapy and honestly it was all a blur. What are her ' +
      'chances of surviving this? What does the treatment actually involve, step by step, and how' +
      ' long does it go on? And how rare is this? Nobody we know has ever heard of it. Thank you ' +
      'so much for any help.',
    focus: 'neuroblastoma',
    types: ['prognosis', 'treatment', 'frequency'],
  },
  {
    // "Could the asbestos from that job have caused it" -> association (a named exposure asked as its cause)
    // "How long do people usually live with this?" -> prognosis (life expectancy)
    message:
      'My dad worked in a shipyard for 30 years lagging pipes and now at 74 he has been told he ' +
      'has pleural mesothelioma. Could the asbestos from that job have caused it, even though he ' +
      'left in 1985? How long do people usually live with this?',
    focus: 'mesothelioma',
    types: ['association', 'prognosis'],
  },
  {
    // "What are the chances the next baby will have it too?" -> inheritance (chance a next baby has it)
    // "should the new baby have eye checks from birth, or a genetic test?" -> diagnosis (testing a relative)
    subject: 'planning another baby after retinoblastoma',
    message:
      'Our little girl had retinoblastoma in her right eye and they had to remove the eye when ' +
      'she was 14 months. She is doing great now. We would like another baby. What are the ' +
      'chances the next baby will have it too? And should the new baby have eye checks from ' +
      'birth, or a genetic test?',
    focus: 'retinoblastoma',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "which gene is it - is it the TP53 one?" -> genetic_changes (which gene)
    message: 'my sister just tested positive for Li Fraumeni. which gene is it - is it the TP53 one?',
    focus: 'Li-Fraumeni syndrome',
    types: ['genetic_changes'],
  },
  {
    // "Can VHL cause kidney cancer?" -> complications (another problem it leads to)
    // "how often should I be getting MRI scans of my kidneys and brain?" -> diagnosis (surveillance scans)
    subject: 'VHL',
    message:
      'I am 28 and was diagnosed with von Hippel Lindau (VHL) after they found a hemangioblastoma' +
      ' in my spine. Can VHL cause kidney cancer? And how often should I be getting MRI scans of ' +
      'my kidneys and brain?',
    focus: 'von Hippel-Lindau disease',
    types: ['complications', 'diagnosis'],
  },
  {
    // "Does the octreotide have to be kept in the fridge" -> storage_disposal (storing it)
    message:
      'My mother has carcinoid syndrome and takes octreotide injections 3 times a day. We are ' +
      'flying to Spain for two weeks. Does the octreotide have to be kept in the fridge the whole' +
      ' time?',
    focus: 'octreotide',
    types: ['storage_disposal'],
  },
  {
    // "can i drink grapefruit juice with it?" -> interactions (medicine with food)
    // "puffy in the mornings, is that the gleevec?" -> side_effects (whether the medicine causes it)
    message:
      'hi, I have been on Gleevec 400mg for a GIST in my stomach for 6 months. can i drink ' +
      'grapefruit juice with it? also my eyes and ankles are really puffy in the mornings, is ' +
      'that the gleevec?',
    focus: 'Gleevec',
    types: ['interactions', 'side_effects'],
  },
  {
    // "How rare is Ewing's sarcoma?" -> frequency (how rare it is)
    subject: "Ewing's sarcoma",
    message: "How rare is Ewing's sarcoma? Our GP said he had never seen a case in 30 years.",
    focus: 'Ewing sarcoma',
    types: ['frequency'],
  },
  {
    // "Will he ever be able to play contact sport again?" -> lifestyle (sport)
    // "what are the chances the osteosarcoma comes back?" -> prognosis (course, relapse)
    message:
      'My 15 yr old son had limb salvage surgery for osteosarcoma in his left femur in March, he ' +
      'has a metal knee replacement now. He is desperate to get back to rugby. Will he ever be ' +
      'able to play contact sport again? And what are the chances the osteosarcoma comes back?',
    focus: 'osteosarcoma',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Is surgery really the only way to stop her getting the thyroid cancer?" -> prevention (preventing it)
    subject: 'MEN2A - thyroid surgery for a 4 year old?',
    message:
      'Our 4 year old tested positive for the same RET mutation as her dad, who has multiple ' +
      'endocrine neoplasia type 2A. The endocrinologist wants to take out her thyroid before she ' +
      'turns 5. It feels so drastic for a little girl. Is surgery really the only way to stop her' +
      ' getting the thyroid cancer?',
    focus: 'multiple endocrine neoplasia type 2',
    types: ['prevention'],
  },
  {
    // "Could this be a neuroendocrine tumour?" -> diagnosis (whether someone's signs could be it)
    // "do they also cause wheezing?" -> symptoms (whether a sign belongs to it)
    subject: 'flushing and diarrhoea for 2 years',
    message:
      'For two years I have had red flushing in my face and watery diarrhoea, doctors keep saying' +
      ' IBS. I read about neuroendocrine tumours online. Could this be a neuroendocrine tumour? ' +
      'And do they also cause wheezing? Because I get that too when I flush.',
    focus: 'neuroendocrine tumor',
    types: ['diagnosis', 'symptoms'],
  },
  {
    // "What foods should someone with carcinoid syndrome avoid?" -> lifestyle (diet)
    message:
      'What foods should someone with carcinoid syndrome avoid? My husband flushes after cheese ' +
      'and red wine.',
    focus: 'carcinoid syndrome',
    types: ['lifestyle'],
  },
  {
    // "Why is my son getting isotretinoin after his stem cell transplant" -> indication (what it is for)
    message:
      'Why is my son getting isotretinoin after his stem cell transplant for neuroblastoma?? I ' +
      'thought that was an acne drug',
    focus: 'isotretinoin',
    types: ['indication'],
  },
  {
    // "What side effects should we expect?" -> side_effects (the medicine's side effects)
    // "how is it given - is it a drip over several days" -> drug_usage (how the medicine is given)
    subject: 'dinutuximab',
    message:
      'Our daughter (5) starts dinutuximab for her neuroblastoma next month. Other parents say it' +
      ' is really painful. What side effects should we expect? And how is it given - is it a drip' +
      ' over several days, does she have to stay in hospital?',
    focus: 'dinutuximab',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is there really no cure?" -> treatment (cure)
    // "Are there any clinical trials anywhere in the world?" -> research (clinical trials)
    // "which hospitals have the most experience with DIPG?" -> find_specialist (expert centers)
    subject: 'DIPG - please help',
    message:
      'Our son is 6 and was diagnosed with DIPG two weeks ago. The doctors offered radiation and ' +
      'said there is nothing else. Is there really no cure? Are there any clinical trials ' +
      'anywhere in the world? We will travel. And which hospitals have the most experience with ' +
      'DIPG?',
    focus: 'DIPG',
    types: ['treatment', 'research', 'find_specialist'],
  },
  {
    // "Where can we find a surgeon or center that specializes in" -> find_specialist (expert center)
    // "is proton beam therapy the usual treatment or would normal radiation do?" -> treatment (therapy)
    message:
      'Hello, I hope someone can help. My husband is 52 and after a year of double vision and ' +
      'headaches an MRI found a chordoma at the base of his skull (clivus). Our local hospital ' +
      'has told us honestly that they have never operated on one and the neurosurgeon looked ' +
      'nervous. We have read that the first surgery is the most important one for chordoma and ' +
      'that it has to be done by a team who does these regularly. Where can we find a surgeon or ' +
      'center that specializes in skull base chordomas? And after surgery, is proton beam therapy' +
      ' the usual treatment or would normal radiation do? We have three kids and are trying to ' +
      'stay positive. Thank you.',
    focus: 'chordoma',
    types: ['find_specialist', 'treatment'],
  },
  {
    // "Should she take the tablets with a fatty meal or on an empty stomach?" -> drug_usage (how to take it)
    // "is it safe to get pregnant while on it?" -> contraindications (pregnancy precaution)
    message:
      'My wife takes mitotane for adrenocortical carcinoma. Should she take the tablets with a ' +
      'fatty meal or on an empty stomach? And we had been hoping for another child - is it safe ' +
      'to get pregnant while on it?',
    focus: 'mitotane',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // "What other signs should we look for?" -> symptoms (its signs)
    // "Does he need a genetic test to know for sure?" -> diagnosis (how it is confirmed)
    // "which gene is it, is it the one called PTCH?" -> genetic_changes (which gene)
    subject: 'gorlin?',
    message:
      'My son is 12 and had two jaw cysts removed this year. The oral surgeon mentioned gorlin ' +
      'syndrom and said we should look into it. What other signs should we look for? Does he need' +
      ' a genetic test to know for sure? And which gene is it, is it the one called PTCH?',
    focus: 'Gorlin syndrome',
    types: ['symptoms', 'diagnosis', 'genetic_changes'],
  },
  {
    // "What are the chances I have inherited it?" -> inheritance (chance a child has it)
    // "will it definitely turn into bowel cancer?" -> complications (turning into another condition)
    message:
      'Hi, I am 19 and my mum has familial adenomatous polyposis (FAP), she had her bowel removed' +
      ' at 35. What are the chances I have inherited it? If I do have it, will it definitely turn' +
      ' into bowel cancer?',
    focus: 'familial adenomatous polyposis',
    types: ['inheritance', 'complications'],
  },
  {
    // "Am I at risk of getting mesothelioma too?" -> susceptibility (whether an exposure puts her at risk)
    subject: "asbestos on my husband's clothes",
    message:
      "For 25 years I shook out and washed my husband's dusty work overalls, he was a builder and" +
      ' now has asbestosis. Am I at risk of getting mesothelioma too?',
    focus: 'mesothelioma',
    types: ['susceptibility'],
  },
  {
    // "What is a pheochromocytoma" -> information (what it is)
    // "could that be what I have?" -> diagnosis (whether someone's signs could be it)
    subject: 'pheo?',
    message:
      'My BP goes sky high in attacks with a pounding headache, sweating and racing heart, then ' +
      'goes back to normal. A friend who is a nurse said it might be a pheo. What is a ' +
      'pheochromocytoma, and could that be what I have?',
    focus: 'pheochromocytoma',
    types: ['information', 'diagnosis'],
  },
  {
    // "Is everolimus safe while breastfeeding?" -> contraindications (breastfeeding precaution)
    message:
      'Is everolimus safe while breastfeeding? I was diagnosed with a pancreatic NET 3 months ' +
      'after my baby was born.',
    focus: 'everolimus',
    types: ['contraindications'],
  },
  {
    // "does capecitabine have lactose in it?" -> ingredients (what the medicine contains)
    message:
      'does capecitabine have lactose in it? i am very lactose intolerant and just started it for' +
      ' a neuroendocrine tumor',
    focus: 'capecitabine',
    types: ['ingredients'],
  },
  {
    // "How do I get rid of them safely? Can I flush them?" -> storage_disposal (throwing away a medicine)
    message:
      'My father passed away last week. He had been taking temozolomide capsules for his ' +
      'neuroendocrine tumour and there are two bottles left. How do I get rid of them safely? Can' +
      ' I flush them?',
    focus: 'temozolomide',
    types: ['storage_disposal'],
  },
  {
    // "Is proton really better than normal radiation for Ewing?" -> treatment (choice of therapy)
    // "is that normal and how do people get it covered?" -> other (insurance)
    subject: 'proton therapy denied',
    message:
      'My 17 yr old has Ewing sarcoma in his pelvis. The team recommended proton therapy because ' +
      'it is close to his bladder and growth plates. Is proton really better than normal ' +
      'radiation for Ewing? Our insurance company denied it as experimental, is that normal and ' +
      'how do people get it covered?',
    focus: 'Ewing sarcoma',
    types: ['treatment', 'other'],
  },
  {
    // "Can it turn cancerous?" -> complications (turning into another condition)
    message:
      'My daughter has NF1 (neurofibromatosis type 1) and a big plexiform neurofibroma on her ' +
      'neck. Can it turn cancerous?',
    focus: 'neurofibromatosis type 1',
    types: ['complications'],
  },
  {
    // "What causes medulloblastoma?" -> cause (why it happens)
    // "Could that have caused it?" -> association (named exposures asked as its cause)
    message:
      'Our 7 year old son was diagnosed with medulloblastoma in January. What causes ' +
      'medulloblastoma? I keep thinking about when I was pregnant with him, I dyed my hair a few ' +
      'times and had a couple of X-rays at the dentist. Could that have caused it?',
    focus: 'medulloblastoma',
    types: ['cause', 'association'],
  },
  {
    // "is that a sign of retinoblastoma?" -> symptoms (whether a sign belongs to it)
    // "who do we go to, the GP or straight to an eye doctor?" -> find_specialist (which doctor)
    subject: 'white eye in photos',
    message:
      'our 10 month old has a white glow in his left pupil in flash photos, the other eye is red ' +
      'like normal. is that a sign of retinoblastoma? who do we go to, the GP or straight to an ' +
      'eye doctor?',
    focus: 'retinoblastoma',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "What is MEN1 exactly?" -> information (what it is)
    // "Is it inherited?" -> inheritance (whether it runs in families)
    // "Should my two children be tested and at what age?" -> diagnosis (whether relatives should be tested)
    message:
      'Hello. I am 41 and had parathyroid surgery 2 years ago, and now they have found a small ' +
      'tumour in my pancreas. My endocrinologist says I probably have MEN1 (multiple endocrine ' +
      'neoplasia type 1). What is MEN1 exactly? Is it inherited? Should my two children be tested' +
      ' and at what age?',
    focus: 'multiple endocrine neoplasia type 1',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  {
    // "Are desmoid tumors a cancer or not?" -> information (what it is)
    // "what treatments are there if it keeps growing?" -> treatment (therapies)
    subject: 'desmoid',
    message:
      'Are desmoid tumors a cancer or not? I have one in my abdominal wall that appeared after my' +
      ' c-section. The surgeon wants to watch and wait - what treatments are there if it keeps ' +
      'growing?',
    focus: 'desmoid tumor',
    types: ['information', 'treatment'],
  },
  {
    // "Is it available yet or still in trials?" -> research (a new treatment being researched)
    message:
      'I have von Hippel-Lindau and I read about a new pill that shrinks the kidney tumors. Is it' +
      ' available yet or still in trials?',
    focus: 'von Hippel-Lindau disease',
    types: ['research'],
  },
  {
    // "Is there a link between prematurity and hepatoblastoma?" -> association (link between two conditions)
    // "What is the treatment" -> treatment (therapies, transplant)
    // "what are his chances of a cure?" -> prognosis (outlook)
    message:
      'Good evening. My grandson is 18 months old and has just been diagnosed with ' +
      'hepatoblastoma. He was born at 27 weeks and weighed under 1kg, and spent 3 months in NICU.' +
      ' My daughter keeps asking whether being so premature has anything to do with it. Is there ' +
      'a link between prematurity and hepatoblastoma? What is the treatment - the doctors ' +
      'mentioned chemo with cisplatin and maybe a liver transplant. And what are his chances of a' +
      ' cure? We are all devastated and trying to understand. Thank you for reading.',
    focus: 'hepatoblastoma',
    types: ['association', 'treatment', 'prognosis'],
  },
  {
    // "What screening should I be having and how often?" -> diagnosis (screening)
    // "Is there anything I can do to lower my risk" -> prevention (preventing the cancers)
    // "is there a support group for young adults with LFS?" -> find_specialist (support group)
    subject: 'LFS at 26',
    message:
      'I tested positive for a TP53 mutation (Li-Fraumeni syndrome) after my mum had breast ' +
      'cancer at 31. What screening should I be having and how often? Is there anything I can do ' +
      'to lower my risk, like diet or avoiding certain things? And is there a support group for ' +
      'young adults with LFS?',
    focus: 'Li-Fraumeni syndrome',
    types: ['diagnosis', 'prevention', 'find_specialist'],
  },
  {
    // "can my daughter take zofran along with her other meds?" -> interactions (with other medicines)
    // "how often can she have it" -> drug_usage (dose timing)
    message:
      'can my daughter take zofran along with her other meds? she is on chemo for ' +
      'rhabdomyosarcoma and also takes an antibiotic and something for her stomach. and how often' +
      ' can she have it, she is sick all the time',
    focus: 'Zofran',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "What are the early signs of neuroblastoma in a toddler?" -> symptoms (early signs)
    message: 'What are the early signs of neuroblastoma in a toddler?',
    focus: 'neuroblastoma',
    types: ['symptoms'],
  },
  {
    // "How does this drug work?" -> indication (how a medicine works)
    subject: 'cabozantinib',
    message:
      'My father has medullary thyroid cancer that has spread, and his oncologist wants to start ' +
      'cabozantinib. How does this drug work?',
    focus: 'cabozantinib',
    types: ['indication'],
  },
  {
    // "Can it spread to the liver even years later?" -> complications (another problem it leads to)
    // "How often should she have liver scans?" -> diagnosis (screening tests)
    // "is it linked to sun exposure like skin melanoma?" -> association (link with an exposure)
    message:
      'My mom (63) was treated for uveal melanoma with a radioactive plaque. Her eye doctor ' +
      'mentioned something about it spreading to the liver. Can it spread to the liver even years' +
      ' later? How often should she have liver scans? And is it linked to sun exposure like skin ' +
      'melanoma?',
    focus: 'uveal melanoma',
    types: ['complications', 'diagnosis', 'association'],
  },
  {
    // "Is it caused by a virus then?" -> cause (why it happens)
    // "Can my grandchildren catch it from me?" -> susceptibility (whether someone can catch it)
    // "what will treatment be, surgery and radiation?" -> treatment (therapies)
    message:
      'hi, I was just diagnosed with merkel cell carcinoma on my forearm. The dermatologist said ' +
      'a virus is involved in most cases. Is it caused by a virus then? Can my grandchildren ' +
      'catch it from me? And what will treatment be, surgery and radiation?',
    focus: 'Merkel cell carcinoma',
    types: ['cause', 'susceptibility', 'treatment'],
  },
  {
    // "How can that be prevented?" -> prevention (preventing attacks)
    subject: 'carcinoid crisis',
    message:
      'Dad has carcinoid syndrome and is having his liver surgery next month. The surgeon ' +
      'mentioned a carcinoid crisis under anaesthetic. How can that be prevented?',
    focus: 'carcinoid syndrome',
    types: ['prevention'],
  },
];
