/**
 * "hospital" set. Messages about hospital stays: a relative in intensive care or on a ward, what the doctors
 * said, discharge, medicines started in hospital, what happens next. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.853). Scored by hospital.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --hospital --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HOSPITAL_MESSAGES: ConsumerMessage[] = [
  // why: "will he be able to walk again" asks the outlook only; ICU and ventilator are story
  {
    message:
      'My dad was admitted to intensive care two days ago with Guillain-Barre syndrome and they have put him on a ventilator because his breathing muscles got weak. Will he be able to walk again?',
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis'],
  },
  // why: "what set this off" asks the cause of the crisis; "how do we stop it happening again" asks prevention of crises
  {
    subject: 'myasthenic crisis - mum in ICU',
    message:
      'mum is in intensive care after a myasthenia gravis crisis, theyre doing plasma exchange. she was doing fine for years so what set this off? and how do we stop it happening again',
    focus: 'myasthenia gravis',
    types: ['cause', 'prevention'],
  },
  // why: wine and green vegetables with the drug are interactions; "how long will he be on it" is about duration of use
  {
    message:
      'Dad was discharged yesterday on warfarin after a clot in his leg. Can he still have his glass of red wine with dinner, and does he have to stop eating spinach and broccoli? Also how long will he have to stay on it?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "is it contagious" asks whether someone can catch it
  {
    message:
      'is stevens johnson syndrome contagious? my nephew is in the burns unit with it and i want to visit him with my kids',
    focus: 'stevens johnson syndrome',
    types: ['susceptibility'],
  },
  // why: "what is it exactly" is information, "will her heart go back to normal" is prognosis, "anything she can do so it does not happen again" is prevention
  {
    subject: 'broken heart syndrome??',
    message:
      "My wife collapsed at her sister's funeral and was rushed to the cardiac unit. They did an angiogram and the cardiologist said it was broken heart syndrome, not a heart attack. What is it exactly? Will her heart go back to normal? Is there anything she can do so it doesn't happen again?",
    focus: 'broken heart syndrome',
    types: ['information', 'prognosis', 'prevention'],
  },
  // why: "what causes it" is cause; "is she at higher risk of getting it again" asks who is at risk
  {
    message:
      "I'm writing from the maternity ward. My daughter had her baby by emergency c-section at 33 weeks because of HELLP syndrome and she is still in high dependency with low platelets. What causes it? If she has another baby is she at higher risk of getting it again?",
    focus: 'HELLP syndrome',
    types: ['cause', 'susceptibility'],
  },
  // why: "will his memory come back" asks the outlook; drinking and thiamine drip are story
  {
    message:
      "My brother drinks heavily and was brought in confused and falling over. They said Wernicke's encephalopathy and are giving him thiamine through a drip. Will his memory come back?",
    focus: "Wernicke's encephalopathy",
    types: ['prognosis'],
  },
  // why: diarrhoea from the medicine is side_effects, "should we cut the dose" is drug_usage, "what is it supposed to do" is indication
  {
    subject: 'lactulose after discharge',
    message:
      "Mum came home from hospital on lactulose for hepatic encephalopathy (she has cirrhosis). It's giving her terrible diarrhoea, 4 or 5 times a day. Is that normal from the lactulose, and can we cut the dose down ourselves? Also what is it actually supposed to do for her brain, I thought it was a laxative?",
    focus: 'lactulose',
    types: ['side_effects', 'drug_usage', 'indication'],
  },
  // why: "will there be any damage to his heart" asks about a problem the disease leads to
  {
    message:
      'our 3 year old is on the childrens ward with kawasaki disease, they gave him the immunoglobulin drip and high dose aspirin yesterday and the fever is finally down. will there be any damage to his heart',
    focus: 'kawasaki disease',
    types: ['complications'],
  },
  // why: "what is TTP" is information; "why did he get it" is cause
  {
    message:
      "My husband (42) was rushed to ICU with TTP. The haematologist used the word 'acquired' and talked about antibodies but honestly I was in shock and didn't take it in. What is TTP and why did he get it? He has had plasma exchange every day this week.",
    focus: 'TTP',
    types: ['information', 'cause'],
  },
  // why: "how does a healthy non-smoker get a clot" asks cause; flying home is travel, lifestyle
  {
    message:
      'pulmonary embolism at 29?? how does a healthy non smoker who runs get a clot in the lungs. im on the ward now, they said blood thiners for at least 3 months. will i be able to fly home to australia in 2 weeks',
    focus: 'pulmonary embolism',
    types: ['cause', 'lifestyle'],
  },
  // why: whether the tablet can be crushed is how to take it
  {
    message:
      'Can Eliquis be crushed? My father has trouble swallowing since his stroke and the nurses on the rehab ward asked us to find out.',
    focus: 'Eliquis',
    types: ['drug_usage'],
  },
  // why: "how did this happen" is cause, "is it the flesh eating bacteria" asks what it is, "will he walk normally" is prognosis, "what rehab will he need" is treatment
  {
    message:
      "My son is 24 and cut his shin on a rusty fence at a festival. Three days later his leg was swollen and purple and he was burning up. He's had two operations to cut away dead tissue and they call it necrotizing fasciitis. The surgeons have mentioned skin grafts. How did this happen from such a small cut? Is it the flesh eating bacteria you read about in the papers? Will he be able to walk normally again, and what sort of rehab will he need once he's out of ICU? We are beside ourselves.",
    focus: 'necrotizing fasciitis',
    types: ['cause', 'information', 'prognosis', 'treatment'],
  },
  // why: "does this run in families" is inheritance; "should my sisters and I be checked" asks whether relatives should be tested
  {
    subject: 'type A dissection - dad',
    message:
      'Dad had emergency surgery last night for an aortic dissection and is in cardiac ICU. Before the operation the surgeon asked whether anyone in the family has had aneurysms or died suddenly. Does this run in families? Should my sisters and I be checked?',
    focus: 'aortic dissection',
    types: ['inheritance', 'diagnosis'],
  },
  // why: a second bleed and vasospasm are both problems the bleed can lead to
  {
    message:
      'my wife is on day 5 in neuro ICU after a subarachnoid haemorrhage, they coiled the aneurysm. what are the chances of a second bleed? and the nurses keep talking about vasospasm, what is it and why is it so dangerous',
    focus: 'subarachnoid haemorrhage',
    types: ['complications'],
  },
  // why: "how do we make sure she never ends up in DKA again" asks prevention
  {
    message:
      'Our 12 year old was just diagnosed with type 1 diabetes after being admitted in DKA, she spent 2 nights in PICU and it was terrifying. How do we make sure she never ends up in DKA again?',
    focus: 'DKA',
    types: ['prevention'],
  },
  // why: transplant as cure is treatment, gene therapy trials is research, "does cold weather set them off" asks what brings on crises
  {
    subject: 'sickle cell crisis again',
    message:
      'my son is back in hospital with another sickle cell crisis, third time this year, on morphine pump again. the ward doctor mentioned hydroxyurea and maybe a bone marrow transplant from his sister. is transplant actually a cure? are there any gene therapy trials he could get into? also he swears the cold weather sets them off, is that true',
    focus: 'sickle cell',
    types: ['treatment', 'research', 'cause'],
  },
  // why: "what else can cause it" is cause; "what can he eat" is diet, lifestyle
  {
    message:
      "Hi, my partner was admitted with acute pancreatitis on Sunday, he's nil by mouth and on a drip. The doctors keep asking about alcohol but he hardly drinks. What else can cause it? And when he gets home what can he eat?",
    focus: 'acute pancreatitis',
    types: ['cause', 'lifestyle'],
  },
  // why: grapefruit is a food interaction, missed dose is drug_usage, shaky hands from the drug is side_effects
  {
    subject: 'going home after transplant',
    message:
      'My husband had a kidney transplant 10 days ago and is coming home tomorrow on tacrolimus. Can he still eat grapefruit? What should we do if he misses a dose or takes it late? His hands have been trembling since he started it, is that from the tacrolimus?',
    focus: 'tacrolimus',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: whether the anger and mood change come from the medicine is side_effects
  {
    message:
      'keppra side effects?? my 16 yr old had his first seizure, spent the night in hospital and got sent home on keppra and he is SO angry and moody now, is this the medicine',
    focus: 'keppra',
    types: ['side_effects'],
  },
  // why: "what is it" is information, "is it life threatening" is prognosis, "how is it treated" is treatment
  {
    message:
      'My brother was admitted to the ICU from the psych ward with a very high fever and his muscles all rigid. They think it is neuroleptic malignant syndrome. What is it? Is it life threatening? How is it treated?',
    focus: 'neuroleptic malignant syndrome',
    types: ['information', 'prognosis', 'treatment'],
  },
  // why: kidney damage is a complication; "when can she exercise again" is lifestyle
  {
    subject: 'rhabdo after spin class',
    message:
      "My 19 year old daughter went to her first spin class and ended up admitted with rhabdomyolysis, her CK was over 100,000. She's on IV fluids. Will her kidneys be ok? When can she exercise again?",
    focus: 'rhabdomyolysis',
    types: ['complications', 'lifestyle'],
  },
  // why: "what is HLH" asks for an overview; the testing is story
  {
    message: 'what is HLH. my grandson is 6 months old and in PICU, they are testing him for it',
    focus: 'HLH',
    types: ['information'],
  },
  // why: "how can she prevent more attacks" and drugs to avoid is prevention, "is it hereditary" inheritance, "should our kids be tested" diagnosis
  {
    message:
      'My sister has been in and out of A&E with terrible stomach pain for years and on this admission they finally diagnosed acute intermittent porphyria. They are giving her hemin. How can she prevent more attacks, are there medicines she must avoid? Is it hereditary? Should our children be tested?',
    focus: 'acute intermittent porphyria',
    types: ['prevention', 'inheritance', 'diagnosis'],
  },
  // why: "what is Addison's disease" is information, rugby is lifestyle, "will he need the tablets for life" is about its treatment
  {
    subject: 'new diagnosis after adrenal crisis',
    message:
      "My 15 year old collapsed at school and was admitted in an adrenal crisis, and now they say he has Addison's disease. He goes home Friday on hydrocortisone and fludrocortisone. What is Addison's disease? Can he still play rugby? Will he need the tablets for the rest of his life?",
    focus: "Addison's disease",
    types: ['information', 'lifestyle', 'treatment'],
  },
  // why: whether he should have the vaccine after recovering is preventing it again
  {
    message:
      'Grandad is in ICU with tetanus after a cut while gardening, he never had his boosters. Once he recovers does he still need the vaccine or is he immune now?',
    focus: 'tetanus',
    types: ['prevention'],
  },
  // why: "will he walk again" is prognosis; "could it turn into MS" asks whether it leads to another condition
  {
    subject: 'TM diagnosis',
    message:
      "My husband (34) woke up unable to feel his legs and after an MRI they told us transverse myelitis. He's on high dose steroids through a drip. Will he walk again? Could this turn into MS later on?",
    focus: 'transverse myelitis',
    types: ['prognosis', 'complications'],
  },
  // why: fridge and used syringes are both storage and disposal
  {
    message:
      'They sent mum home after her hip replacement with Lovenox injections for 4 weeks. Does it need to be kept in the fridge? And what do we do with the used syringes?',
    focus: 'Lovenox',
    types: ['storage_disposal'],
  },
  // why: taking it in the morning is timing, drug_usage; ibuprofen with it is interactions
  {
    message:
      'dad on lasix since his hospital stay for heart failure. hes up all night peeing, can he take it in the morning insted? and is it ok to take ibuprofen for his knee with it',
    focus: 'lasix',
    types: ['drug_usage', 'interactions'],
  },
  // why: raised blood sugar is a side effect; stopping versus tapering is drug_usage
  {
    message:
      "They started my dad on prednisone 60mg in hospital for inflammation in his lungs. Can it raise his blood sugar? He's diabetic and his readings are all over the place. And when he finishes can he just stop or does it have to be tapered down?",
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: drinking beer with the medicine is an interaction
  {
    message:
      'Started on metoprolol after my heart attack last week. can I still have a couple of beers on the weekend with it',
    focus: 'metoprolol',
    types: ['interactions'],
  },
  // why: "what are her chances" is prognosis, other treatment if no match is treatment, school is lifestyle
  {
    message:
      'my 17 year old was diagnosed with severe aplastic anaemia this week, we are on the haematology ward. they are talking about a bone marrow transplant from her brother. if he isnt a match what other treatment is there? what are her chances of getting better? and can she go back to school in the meantime, she has exams',
    focus: 'aplastic anaemia',
    types: ['treatment', 'prognosis', 'lifestyle'],
  },
  // why: "what is his outlook" asks prognosis only
  {
    subject: 'AML - dad on oncology ward',
    message:
      'My father (67) is on the oncology ward starting induction chemo for AML. The doctors talked about remission and consolidation but never gave a straight answer. Honestly, what is his outlook at his age?',
    focus: 'AML',
    types: ['prognosis'],
  },
  // why: "can he play football again" is a sports question, lifestyle
  {
    message:
      "Can my son play football again after myocarditis? He's 15 and was in the cardiac unit for a week after a virus.",
    focus: 'myocarditis',
    types: ['lifestyle'],
  },
  // why: "how long does it last" asks the course; "can he catch it" asks whether someone can catch it
  {
    message:
      'baby (4 months) in hospital with bronchiolitis on oxygen. how long does it usually last? she has a 2 yr old brother at home can he catch it',
    focus: 'bronchiolitis',
    types: ['prognosis', 'susceptibility'],
  },
  // why: "what causes NEC" cause, "is the other twin at risk" susceptibility, long term bowel problems complications, breast milk protective prevention
  {
    subject: 'twin with NEC',
    message:
      "Our twins were born at 28 weeks and one of them has been diagnosed with necrotizing enterocolitis in the NICU. They've stopped his feeds, he is on antibiotics and the surgeons are watching him. What causes NEC? Is his twin brother at risk too? If he gets through this, will he have long term bowel problems? And does breast milk protect against it, I have been pumping but not much is coming.",
    focus: 'necrotizing enterocolitis',
    types: ['cause', 'susceptibility', 'complications', 'prevention'],
  },
  // why: whether the drug can lower platelets asks whether a problem comes from the medicine
  {
    message:
      "The ICU nurse said mum's platelets dropped a lot and they have stopped her heparin. Can heparin really lower platelets?",
    focus: 'heparin',
    types: ['side_effects'],
  },
  // why: catching it from him is susceptibility; "how did he get it" is cause
  {
    subject: 'Legionnaires',
    message:
      "My husband came back from a conference and is now in ICU with Legionnaires' disease. Is it contagious to me and the kids? How did he get it? The doctors asked about the hotel.",
    focus: "Legionnaires' disease",
    types: ['susceptibility', 'cause'],
  },
  // why: "will she go back to her normal self" is prognosis; "is delirium the same as dementia" asks what each is
  {
    message:
      "My mum is 84 and since her hip surgery she's been very confused, seeing things that aren't there and pulling at her drips. The nurses call it delirium. Will she go back to her normal self? Is delirium the same as dementia?",
    focus: 'delirium',
    types: ['prognosis', 'information'],
  },
  // why: lasting brain damage is a complication; signs to watch for at home is symptoms
  {
    subject: 'CO poisoning - family',
    message:
      'Our whole family was taken to A&E after the boiler leaked. My father-in-law was kept in overnight with carbon monoxide poisoning and had oxygen treatment. Can there be lasting brain damage? Are there symptoms we should watch out for at home over the next weeks?',
    focus: 'carbon monoxide poisoning',
    types: ['complications', 'symptoms'],
  },
];
