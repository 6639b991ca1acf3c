/**
 * "polypharmacy" set. Messages about many medicines at once: lists of medicines taken together, which to take
 * when, whether any clash, which one causes a side effect, stopping some. Written by someone who had read neither
 * the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.839). Scored by polypharmacy.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --polypharmacy --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const POLYPHARMACY_MESSAGES: ConsumerMessage[] = [
  // why: the only question is whether amiodarone clashes with her other medicines -> interactions
  {
    subject: "new heart pill added to mom's list",
    message:
      'My mother is 84 and already takes lisinopril, amlodipine, atorvastatin, omeprazole and levothyroxine every morning. Yesterday the cardiologist added amiodarone for her irregular heartbeat. Does amiodarone clash with any of the others she is on?',
    focus: 'amiodarone',
    types: ['interactions'],
  },
  // why: asks only about the timing of the Keppra doses -> drug_usage
  {
    message:
      'my daughter is 9 and takes keppra twice a day, plus her adhd pill in the morning and melatonin at bedtime. school days its easy but weekends we are all over the place. does the keppra have to be exactly 12 hours apart or is 8am and 6pm ok',
    focus: 'keppra',
    types: ['drug_usage'],
  },
  // why: asks whether the cough comes from lisinopril -> side_effects
  {
    subject: 'cough that wont quit',
    message:
      'I take lisinopril, metformin, atorvastatin and a baby aspirin. For about two months I have had a dry tickly cough, no cold. Is the lisinopril the one causing it?',
    focus: 'lisinopril',
    types: ['side_effects'],
  },
  // why: stopping omeprazole, asked twice in other words (stop at once or slowly) -> drug_usage
  {
    message:
      'I have been on omeprazole for 6 years and on 11 other medecines for various things and my goal this year is to cut down. Can I just stop the omeprazole or do I have to come off it slowly?',
    focus: 'omeprazole',
    types: ['drug_usage'],
  },
  // why: asks only what levothyroxine contains (lactose) -> ingredients
  {
    subject: 'lactose in thyroid pill?',
    message:
      'Severe lactose intolerance here, and between thyroid, blood pressure and cholesterol I swallow 7 tablets a day. Does levothyroxine contain lactose?',
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
  // why: whether Ambien is safe for a very old person with several conditions is a precaution -> contraindications
  {
    message:
      "Is Ambien safe for a 91 year old? My grandmother has heart failure, kidney disease and diabetes and is on 14 different pills already, and now she can't sleep and her doctor mentioned Ambien.",
    focus: 'Ambien',
    types: ['contraindications'],
  },
  // why: "what is spironolactone for" asks what the medicine is for -> indication
  {
    subject: 'Discharge list question',
    message:
      'Dad came home from hospital with a new medicine list. He was already on furosemide and carvedilol and now there is spironolactone too. What is spironolactone for?',
    focus: 'spironolactone',
    types: ['indication'],
  },
  // why: asks whether the confusion and dry mouth come from oxybutynin -> side_effects
  {
    message:
      'gran (87) has been on donepezil for her memory and a bunch of heart pills for years. 3 weeks ago the GP started oxybutynin for her bladder and since then she is more muddled and her mouth is dry all the time. is that the oxybutynin doing it',
    focus: 'oxybutynin',
    types: ['side_effects'],
  },
  // why: asks only for the signs of serotonin syndrome; the medicine list is story -> symptoms
  {
    message:
      'What are the signs of serotonin syndrome? My mum takes sertraline and trazodone and the pain clinic has just put her on tramadol.',
    focus: 'serotonin syndrome',
    types: ['symptoms'],
  },
  // why: asks how to get rid of leftover oxycodone safely -> storage_disposal
  {
    subject: 'leftover medicines',
    message:
      "After a medication review my father's tablets went from 15 down to 7, and we now have a shoebox full of the ones he stopped, including half a bottle of oxycodone. How do we get rid of the oxycodone and the rest safely?",
    focus: 'oxycodone',
    types: ['storage_disposal'],
  },
  // why: grapefruit juice with atorvastatin is a medicine-food question -> interactions
  {
    subject: 'grapefruit',
    message: 'ok to have grapefruit juice with atorvastatin? take it w/ my amlodipine + metoprolol every am',
    focus: 'atorvastatin',
    types: ['interactions'],
  },
  // why: what to do about a missed Eliquis dose -> drug_usage
  {
    message:
      'Missed my evening Eliquis last night. I take 8 other tablets and got muddled with the pill box. Do I take it now with the morning lot or skip it?',
    focus: 'Eliquis',
    types: ['drug_usage'],
  },
  // why: "could this be rhabdomyolysis?" asks whether his signs could be the condition -> diagnosis
  {
    subject: 'muscle pain and dark urine',
    message:
      'My husband takes simvastatin, colchicine for his gout and was started on an antibiotic last week. Now his thighs ache terribly and his urine is the colour of cola. Could this be rhabdomyolysis?',
    focus: 'rhabdomyolysis',
    types: ['diagnosis'],
  },
  // why: insurance coverage of Xarelto is a cost question -> other
  {
    message:
      'does medicare part D cover Xarelto? with 9 perscriptions between us the copays are killing my wife and me',
    focus: 'Xarelto',
    types: ['other'],
  },
  // why: "what can be done for" orthostatic hypotension asks about managing it -> treatment
  {
    message:
      'What can be done for orthostatic hypotension in an 83 year old who is already on ten medicines? My aunt nearly passes out every time she stands up and nobody wants to add yet another pill.',
    focus: 'orthostatic hypotension',
    types: ['treatment'],
  },
  // why: "how does lithium work" -> indication; Advil with lithium -> interactions
  {
    subject: 'lithium and advil',
    message:
      'I have been on lithium for years along with quetiapine and levothyroxine, and honestly I never understood what it does. How does lithium work? Also my back is killing me, can I take Advil with it?',
    focus: 'lithium',
    types: ['indication', 'interactions'],
  },
  // why: yellow vision from digoxin -> side_effects; best time of day to take it -> drug_usage
  {
    message:
      'My 79 year old aunt takes digoxin, furosemide, a potassium tablet and warfarin. She keeps saying everything looks yellow-ish. Is that from the digoxin? And what time of day is best for the digoxin, right now she swallows everything at breakfast.',
    focus: 'digoxin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: metformin with kidney disease is a precaution -> contraindications; clash with other pills -> interactions
  {
    message:
      'my dad has chronic kidney disease stage 3 and type 2 diabetes. is metformin safe with his kidneys?? and does it clash with his lisinopril and furosemide',
    focus: 'metformin',
    types: ['contraindications', 'interactions'],
  },
  // why: coumadin with aspirin and fish oil -> interactions; bleeding signs to watch for -> side_effects
  {
    subject: 'coumadin + baby aspirin + fish oil??',
    message:
      'The cardiologist has my father on coumadin and a baby aspirin, and he buys fish oil capsules at the drugstore on his own. Is that too much blood thinning all together? What bleeding signs should we watch for?',
    focus: 'coumadin',
    types: ['interactions', 'side_effects'],
  },
  // why: why alendronate is needed with prednisone -> indication; how to take it -> drug_usage
  {
    message:
      'My mother (76) was put on prednisone for polymyalgia, and at the same visit the rheumatologist added alendronate, calcium and vitamin D. Why would she need alendronate because of the prednisone? And how is she supposed to take it, she has all her other pills with breakfast and tea.',
    focus: 'alendronate',
    types: ['indication', 'drug_usage'],
  },
  // why: whether Parkinson's keeps getting worse -> prognosis; quetiapine worsening stiffness -> side_effects
  {
    message:
      "My husband has Parkinson's disease and is on Sinemet four times a day, ropinirole at night and now quetiapine because he sees people in the room. Will the Parkinson's disease keep getting worse even with all these tablets? And can the quetiapine make his stiffness worse?",
    focus: "Parkinson's disease",
    types: ['prognosis', 'side_effects'],
  },
  // why: cipro with myasthenia is a precaution -> contraindications; Mestinon before meals -> drug_usage
  {
    message:
      "I have myasthenia gravis, on Mestinon and prednisone. My GP wants to give me cipro for a bladder infection. Is cipro ok for someone with myasthenia? And while I'm on it, should I keep taking the Mestinon before meals like normal?",
    focus: 'cipro',
    types: ['contraindications', 'drug_usage'],
  },
  // why: stopping Lipitor at once or tapering -> drug_usage; whether leg aches came from it -> side_effects
  {
    subject: 'Stopping Lipitor at 92?',
    message:
      'Mum is 92, frail, and on far too many tablets. Her GP says we could drop the Lipitor. Can it be stopped all at once or does it need tapering? And could the aching in her legs have been from the Lipitor all along?',
    focus: 'Lipitor',
    types: ['drug_usage', 'side_effects'],
  },
  // why: gabapentin with oxycodone -> interactions; driving while on them -> lifestyle
  {
    message:
      "Is it safe to take gabapentin together with oxycodone? I was prescribed both after my back surgery and I still take my sertraline. Can I drive while I'm on them",
    focus: 'gabapentin',
    types: ['interactions', 'lifestyle'],
  },
  // why: "what causes hyperkalemia" -> cause; "how do they treat it" -> treatment
  {
    message:
      'Dads blood test says hyperkalemia, potassium 6.1. He takes lisinopril, spironolactone and a potassium supplement plus about six other things. what causes hyperkalemia and how do they treat it',
    focus: 'hyperkalemia',
    types: ['cause', 'treatment'],
  },
  // why: fluconazole changing prograf levels -> interactions; what time to take fluconazole -> drug_usage
  {
    message:
      'kidney transplant 3 yrs ago, i take prograf, cellcept, prednisone and amlodipine. now the doctor wants me on fluconazole for thrush. does fluconazole mess with my prograf levels? and do i take it with the morning prograf or at a different time of day',
    focus: 'fluconazole',
    types: ['interactions', 'drug_usage'],
  },
  // why: eye damage from plaquenil -> side_effects; staying on it in pregnancy -> contraindications
  {
    subject: 'plaquenil questions',
    message:
      'I have lupus and take plaquenil, prednisone, omeprazole and vitamin D. Can plaquenil damage your eyes? And is it ok to stay on it if I get pregnant?',
    focus: 'plaquenil',
    types: ['side_effects', 'contraindications'],
  },
  // why: whether to stop the aspirin -> drug_usage; studies on older people stopping it -> research
  {
    message:
      'My father is 80 and has taken a baby aspirin every day for twenty years though he never had a heart attack or stroke. He is on nine other pills too. Should he stop the aspirin? Are there any studies on older people stopping aspirin?',
    focus: 'aspirin',
    types: ['drug_usage', 'research'],
  },
  // why: what Aricept does next to Namenda -> indication; slow pulse and nightmares from it -> side_effects
  {
    message:
      'why do they give Aricept and Namenda at the same time, what does the Aricept do that the other one doesnt. also could Aricept be why her pulse is so slow and she has nightmares',
    focus: 'Aricept',
    types: ['indication', 'side_effects'],
  },
  // why: ibuprofen with heart failure and kidney problems -> contraindications; what else for the arthritis pain -> treatment
  {
    message:
      'Is ibuprofen safe for someone with heart failure and kidney problems? My grandad takes it for his arthritis on top of all his heart pills. What else can he take for the pain?',
    focus: 'ibuprofen',
    types: ['contraindications', 'treatment'],
  },
  // why: dizziness from Flomax -> side_effects; with his blood pressure pills -> interactions; bedtime vs morning -> drug_usage
  {
    subject: 'dizzy when standing - Flomax?',
    message:
      'My father is 81 and his list is: Flomax, metoprolol, lisinopril, amitriptyline at night for sleep, metformin, atorvastatin and aspirin. For the last month he gets dizzyness when he stands up and nearly fell twice. Could the Flomax be making him dizzy? Is it all right to take it with his two blood pressure pills? And would it be better taken at bedtime instead of in the morning?',
    focus: 'Flomax',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: Plavix with omeprazole -> interactions; stopping the aspirin -> drug_usage; bruising from Plavix -> side_effects
  {
    message:
      'Husband had a stent put in last spring. He takes Plavix, aspirin, omeprazole, a statin and metoprolol. Does Plavix clash with the omeprazole? I read somewhere it stops it working. Can he stop the aspirin now that it has been a year? And is all this bruising on his arms from the Plavix?',
    focus: 'Plavix',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: whether Reglan or Seroquel caused it -> association; will it go away -> prognosis; any treatment -> treatment
  {
    subject: 'mouth movements',
    message:
      'My mother, 78, was on Reglan for over a year for her stomach and has taken Seroquel at night for years. Now she is constantly chewing and pushing her tongue out and the neurologist said tardive dyskinesia. Was it caused by the Reglan or the Seroquel? If she stops them will it go away? Is there any treatment for it?',
    focus: 'tardive dyskinesia',
    types: ['association', 'prognosis', 'treatment'],
  },
  // why: ibuprofen with hydroxyurea -> interactions; effect on fertility -> side_effects; morning or night -> drug_usage
  {
    message:
      'My son is 15 and has sickle cell disease. He takes hydroxyurea, folic acid and penicillin every day and oxycodone when he has a crisis. Can he take ibuprofen with hydroxyurea? Can hydroxyurea affect his fertility later on? And is it better taken in the morning or at night, he keeps forgetting before school.',
    focus: 'hydroxyurea',
    types: ['interactions', 'side_effects', 'drug_usage'],
  },
  // why: how bosentan works -> indication; birth control pill failing -> interactions; pregnancy -> contraindications
  {
    subject: 'new PAH med',
    message:
      "Just diagnosed with pulmonary arterial hypertension at 29. I'm on sildenafil, warfarin and a diuretic and now they want to add bosentan. How does bosentan work? Does it stop my birth control pill from working? Is it safe in pregnancy?",
    focus: 'bosentan',
    types: ['indication', 'interactions', 'contraindications'],
  },
  // why: Tegretol with warfarin and simvastatin -> interactions; low sodium from it -> side_effects; finding a neurologist -> find_specialist
  {
    message:
      'My father (74) has had epilepsy since his 20s and takes Tegretol. This year he got atrial fibrillation and high cholesterol so now he is on warfarin and simvastatin as well. Does Tegretol interfere with the warfarin and the simvastatin? His sodium was low on his last blood test, could the Tegretol do that? And where can we find a neurologist who understands older people with epilepsy on lots of medicines?',
    focus: 'Tegretol',
    types: ['interactions', 'side_effects', 'find_specialist'],
  },
  // why: what Jardiance is for -> indication; thrush from it -> side_effects; skipping it when sick -> drug_usage
  {
    message:
      'mum has type 2 diabetes and takes metformin, januvia and insulin at night, and now the endocrinologist added Jardiance. what is jardiance for if she already has all the others? can it cause thrush down below, she had it twice since. and should she skip it when she has a stomach bug and isnt eating',
    focus: 'Jardiance',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: colchicine with clarithromycin -> interactions; max daily dose and pausing allopurinol -> drug_usage; the runs -> side_effects
  {
    subject: 'gout flare + antibiotic',
    message:
      "Got a gout flare and a chest infection at the same time. I take allopurinol, amlodipine, atorvastatin, and the walk-in clinic gave me clarithromycin. Can I take colchicine with clarithromycin? What's the most colchicine I can take in a day for the flare? Should I stop the allopurinol until the flare settles? Also it gives me the runs, is that normal with colchicine?",
    focus: 'colchicine',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: "could this be" -> diagnosis; how it is treated -> treatment; whether skin and eyes recover -> prognosis
  {
    message:
      'My sister has epilepsy and takes Depakote, and three weeks ago her neurologist added lamotrigine. Now she has a fever, blisters in her mouth and a rash that keeps spreading. Could this be Stevens-Johnson syndrome? How is it treated? Will her skin and eyes recover?',
    focus: 'Stevens-Johnson syndrome',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  // why: what time to take Lasix -> drug_usage; gout flare from it -> side_effects; Aleve with it -> interactions; clinic to review the list -> find_specialist
  {
    subject: 'Too many pills for dad - please help',
    message:
      'Dad is 87 and has heart failure, atrial fibrillation, kidney disease and gout. His list is 16 medicines long: Lasix, metoprolol, Eliquis, allopurinol, spironolactone, atorvastatin, pantoprazole, tamsulosin, vitamin D, and a pile of others I can never remember, and the pill organiser takes me half an hour every Sunday. The cardiologist just doubled the Lasix after his ankles swelled up again. What time should he take the Lasix so he is not up all night running to the toilet? Can it make his gout flare up? He likes to take Aleve for his knees, can he still do that while he is on it? And is there a clinic that specialises in older people on lots of medicines who could go through the whole list with us? We are exhausted.',
    focus: 'Lasix',
    types: ['drug_usage', 'side_effects', 'interactions', 'find_specialist'],
  },
];
