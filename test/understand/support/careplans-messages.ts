/**
 * "careplans" set. Messages about emergency and care plans: steroid emergency cards, seizure plans, emergency
 * letters, what to tell paramedics, rescue medicines, sick-day rules for a condition or a medicine. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.764). Scored by careplans.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --careplans --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CAREPLANS_MESSAGES: ConsumerMessage[] = [
  // why: asks only what should be done in an emergency when tablets can't be kept down, which is managing it (treatment)
  {
    message:
      "I was diagnosed with Addison's disease last month and I'm still getting my head round it. What is supposed to happen in an emergency if I'm vomiting and can't keep my tablets down? My endocrinologist mentioned an injection but I didn't take it all in.",
    focus: "Addison's disease",
    types: ['treatment'],
  },
  // why: doubling the dose with a fever and for how long is one dosing question (drug_usage)
  {
    subject: 'sick day rules',
    message:
      'what are the sick day rules for hydrocortisone?? do i double my dose if i have a temperature and for how many days',
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: swimming and school trips is daily life (lifestyle); the warning signs staff should look for are its signs (symptoms)
  {
    subject: 'Nursery care plan for CAH',
    message:
      'Our 3 year old son has salt-wasting CAH and the nursery has asked us for a care plan before he starts. Can he join in with swimming and the outings like the other children? And what signs should the staff watch for that he is becoming unwell and going into a crisis?',
    focus: 'CAH',
    types: ['lifestyle', 'symptoms'],
  },
  // why: what goes into a seizure plan is about managing the seizures (treatment)
  {
    message: 'what should be in a seizure plan for a child with dravet syndrome',
    focus: 'dravet syndrome',
    types: ['treatment'],
  },
  // why: how much to give and when to repeat is dosing (drug_usage); whether sleepiness afterwards is from it is side_effects
  {
    message:
      "Our daughter's rescue medicine is buccal midazolam. How much do we give and how long do we have to wait before a second dose can be given? Also she is really sleepy and floppy for hours after it, is that normal from the midazolam?",
    focus: 'midazolam',
    types: ['drug_usage', 'side_effects'],
  },
  // why: rescue medicine options is treatment, whether it will get worse is prognosis, driving is daily life (lifestyle)
  {
    subject: 'Cluster seizures',
    message:
      "My husband has had epilepsy since he was a teenager but in the last year he's started having clusters, three or four seizures in a row. His neurologist wants to give us a rescue medicine for home. What are the options? Does this mean his epilepsy is going to keep getting worse? And will he ever be allowed to drive again?",
    focus: 'epilepsy',
    types: ['treatment', 'prognosis', 'lifestyle'],
  },
  // why: the signs that calcium is dangerously low are its signs (symptoms); what to take or whether to go to A&E is managing it (treatment)
  {
    message:
      "I have hypoparathyroidism after my thyroid was taken out. Sometimes the tingling round my mouth and cramps in my hands come back at night. How do I know when it's dangerous? And should I just take extra calcium or go straight to A&E?",
    focus: 'hypoparathyroidism',
    types: ['symptoms', 'treatment'],
  },
  // why: how to use the kit is drug_usage; whether it must go in the fridge is storage_disposal
  {
    subject: 'glucagon kit',
    message:
      'How do I actually use the glucagon kit if my son passes out from a low at night? And does it have to be kept in the fridge or is the kitchen drawer ok?',
    focus: 'glucagon',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: what hospital does when she vomits is treatment, how long she can go without a feed is diet (lifestyle), chance the next baby has it is inheritance
  {
    subject: 'Emergency letter for MCAD',
    message:
      "Our baby girl was picked up on the heel prick test with MCAD deficiency. The metabolic team gave us an emergency letter to show at A&E if she is ill. What do they actually do in hospital if she's vomiting, is it a glucose drip? How long can she safely go without a feed at night as she gets older? And what is the chance our next baby will have it too?",
    focus: 'MCAD deficiency',
    types: ['treatment', 'lifestyle', 'inheritance'],
  },
  // why: what paramedics should give instead of adrenaline is how the attack is treated (treatment)
  {
    message:
      'hi what do i tell the paramedics when my throat swells with my hereditary angioedema, they always try to give me adrenaline and it doesnt work and they dont know what else to do',
    focus: 'hereditary angioedema',
    types: ['treatment'],
  },
  // why: keeping it in a hot staff room and getting rid of expired pens are both storage_disposal
  {
    message:
      'My son carries an EpiPen for his nut allergy. Is it ok for school to keep his spare one in a cupboard in the staff room, it gets really hot in there in summer? And what do we do with the ones that have gone out of date?',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  // why: which medicines can set off a crisis is what brings on its attacks (cause); warning signs of a crisis are symptoms
  {
    subject: 'Myasthenia crisis - what to tell A&E',
    message:
      'I have myasthenia gravis (generalised, on Mestinon). I want to write down something to carry with me for A&E. Are there medicines that can trigger a myasthenic crisis? And what are the warning signs that I need to call an ambulance rather than wait it out?',
    focus: 'myasthenia gravis',
    types: ['cause', 'symptoms'],
  },
  // why: whether the brothers should be tested before surgery is whether relatives should be tested (diagnosis)
  {
    message:
      'My dad had malignant hyperthermia during an operation last year and was in intensive care. Should my brother and I be tested before we have any surgery ourselves?',
    focus: 'malignant hyperthermia',
    types: ['diagnosis'],
  },
  // why: pain medicines to take abroad for a crisis is treatment, stopping crises on the plane is prevention, swimming in the sea is lifestyle
  {
    subject: 'holiday with sickle cell',
    message:
      "My daughter is 7 and has sickle cell disease. We are going to Spain this summer, first time flying with her, and her haematologist is writing us a travel letter. What pain medicines should we take with us in case she has a crisis while we're away? How can we stop her having a crisis on the plane? And is it ok for her to swim in the sea or is the water too cold?",
    focus: 'sickle cell disease',
    types: ['treatment', 'prevention', 'lifestyle'],
  },
  // why: what to do with the replacement hormones when ill with flu is managing it (treatment)
  {
    message:
      "I have hypopituitarism after surgery for a pituitary tumour and I'm on several replacement hormones. If I get flu, what do I need to do differently?",
    focus: 'hypopituitarism',
    types: ['treatment'],
  },
  // why: whether hospital should stop it is drug_usage; whether it can cause low sodium is side_effects
  {
    message:
      'My son has diabetes insipidus and takes desmopressin tablets twice a day. If he ends up in hospital with a vomiting bug should they stop the desmopressin or keep giving it? Someone told me it can cause low sodium, is that true?',
    focus: 'desmopressin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: whether he needs a defibrillator is managing it (treatment), football is lifestyle, whether his sisters should be tested is diagnosis
  {
    subject: 'Just diagnosed with long QT',
    message:
      'Our 15 year old has just been diagnosed with long QT syndrome after he fainted at swimming. Does he need a defibrillator at home and at school? Can he still play football? And should his two sisters be tested as well?',
    focus: 'long QT syndrome',
    types: ['treatment', 'lifestyle', 'diagnosis'],
  },
  // why: what to ask for in an acute attack is treatment, what brings attacks on is cause, a support group or expert centre is find_specialist
  {
    message:
      'I have acute intermittent porphyria. The last time I went to A&E nobody had heard of it and they gave me something that made the attack much worse. What is the right treatment for an acute attack so I know what to ask for? What actually brings the attacks on? And is there a support group or an expert centre in the UK that could write me a proper emergency letter?',
    focus: 'acute intermittent porphyria',
    types: ['treatment', 'cause', 'find_specialist'],
  },
  // why: asks only for the signs (symptoms)
  {
    message: 'what are the signs of an addisonian crisis',
    focus: 'addisonian crisis',
    types: ['symptoms'],
  },
  // why: stopping all at once is drug_usage; whether it makes you put on weight is side_effects
  {
    subject: 'steroid card',
    message:
      'Ive been on prednisolone for 6 months for my lungs and the pharmacist gave me a blue steroid card to carry. My chest is much better now. can I just stop the tablets all at once. and is it the prednisolone thats made me put on nearly a stone',
    focus: 'prednisolone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: helmet at school and PE is daily life (lifestyle); life expectancy is prognosis
  {
    message:
      'Our son has Lennox-Gastaut syndrome and has drop seizures most days. School is writing a seizure care plan with us. Can he wear his helmet in class and still do PE safely? And honestly, what is his life expectancy?',
    focus: 'Lennox-Gastaut syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: factor after a head bump is treatment, ski trip is lifestyle, longer-lasting new treatments is research, nearest centre is find_specialist
  {
    subject: 'School emergency plan for haemophilia',
    message:
      'My son is 10 and has severe haemophilia A, he is on prophylaxis three times a week. What should happen if he bangs his head at school, does he need factor straight away even if he seems fine? Is it sensible to let him go on the school ski trip next year? Are there any new treatments coming that last longer so he needs fewer injections? And which is the nearest haemophilia centre to Leeds, we are moving there in September.',
    focus: 'haemophilia A',
    types: ['treatment', 'lifestyle', 'research', 'find_specialist'],
  },
  // why: what to do about a period that won't stop, tablets or hospital, is managing the bleeding (treatment)
  {
    message:
      "My 14 year old has von Willebrand disease and her periods are really heavy. If one night the bleeding just won't stop what should we do, are the tranexamic acid tablets enough or does she need to go to hospital?",
    focus: 'von Willebrand disease',
    types: ['treatment'],
  },
  // why: taking it with the pill is interactions; the most tablets a day is dose (drug_usage)
  {
    message:
      'My bleeding plan from the haematologist says to take tranexamic acid when my period starts. Can I take it together with the contraceptive pill? And what is the most tablets I can take in one day?',
    focus: 'tranexamic acid',
    types: ['interactions', 'drug_usage'],
  },
  // why: what to do at home during a tummy bug is managing it (treatment)
  {
    subject: 'MSUD sick day plan',
    message:
      'what are we meant to do at home when our son with MSUD gets a tummy bug and wont eat? we have the emergency regimen sheet but its confusing',
    focus: 'MSUD',
    types: ['treatment'],
  },
  // why: the emergency plan for the delivery is treatment; whether the baby will have it is inheritance
  {
    message:
      'My wife has OTC deficiency (she is a manifesting carrier) and she is 20 weeks pregnant. What kind of emergency plan does she need for labour and the days after the birth? And will our baby have it?',
    focus: 'OTC deficiency',
    types: ['treatment', 'inheritance'],
  },
  // why: sick day rules and when to go to hospital is treatment, brain damage from DKA is complications, chance the other kids get it is inheritance
  {
    message:
      'sick day rules for type 1 diabetes? when do we check ketones and at what point do we go to hospital. also can DKA cause brain damage. and what are the chances my other 2 kids get diabetes too',
    focus: 'type 1 diabetes',
    types: ['treatment', 'complications', 'inheritance'],
  },
  // why: whether to stop and when to restart is drug_usage; what it does to the kidneys when dehydrated is side_effects
  {
    message:
      "The diabetes nurse told me to stop my metformin if I have diarrhoea and vomiting. Is that right and when do I start it again? Why is that anyway, can metformin damage your kidneys when you're dehydrated?",
    focus: 'metformin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: whether to stop it before an operation is drug_usage
  {
    message: 'do I need to stop my empagliflozin before my operation',
    focus: 'empagliflozin',
    types: ['drug_usage'],
  },
  // why: the signs of lithium toxicity are a problem coming from the medicine (side_effects)
  {
    subject: 'lithium and being ill',
    message:
      "I've been on lithium for years. If I get a bad stomach bug what are the signs that my level is getting toxic?",
    focus: 'lithium',
    types: ['side_effects'],
  },
  // why: high pain threshold as part of PWS is symptoms, stomach rupture is complications, steroids for surgery is treatment, an organisation is find_specialist
  {
    subject: 'Emergency info sheet for PWS',
    message:
      'Our son has Prader-Willi syndrome. His specialist said we should carry an emergency information sheet because he hardly ever vomits or runs a temperature. Is the high pain threshold part of PWS too? Can it lead to his stomach rupturing without anyone noticing? Does he need extra steroids for his tooth operation? Is there an organisation that has template letters we could use?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'complications', 'treatment', 'find_specialist'],
  },
  // why: what to do when he has a temperature, including paracetamol, is managing it (treatment)
  {
    message:
      'My son has Brugada syndrome. What should we do when he has a temperature - give paracetamol straight away? His cardiologist said fever is dangerous for him.',
    focus: 'Brugada syndrome',
    types: ['treatment'],
  },
  // why: what triggers attacks is cause; whether to carry two EpiPens is managing the condition (treatment)
  {
    message:
      "I have systemic mastocytosis and I've had three episodes of anaphylaxis this year. What can trigger the attacks? I've heard anaesthetics and wasp stings. And should I be carrying two EpiPens instead of one?",
    focus: 'mastocytosis',
    types: ['cause', 'treatment'],
  },
  // why: emergency plan for a missed feed is treatment, sleepovers is lifestyle, growing out of it is prognosis, liver problems later is complications
  {
    message:
      "Our daughter is 6 and has glycogen storage disease type 1a. She has cornstarch overnight and we have a pump as backup. If she misses a feed or is being sick, what is the emergency plan? Can she ever go to sleepovers at friends' houses? Will she grow out of it? And could she get liver problems later on?",
    focus: 'glycogen storage disease type 1a',
    types: ['treatment', 'lifestyle', 'prognosis', 'complications'],
  },
  // why: asks what the condition is (information); learning the seizure plan is story
  {
    message:
      'tuberous sclerosis - what is it exactly? my nephew has just been diagnosed and my sister wants me to learn his seizure plan so I can babysit',
    focus: 'tuberous sclerosis',
    types: ['information'],
  },
  // why: giving it after Calpol is interactions; keeping it in a hot car is storage_disposal
  {
    message:
      "We've been given rectal diazepam for our son's long febrile seizures. Is it safe to give the diazepam if he's already had Calpol? And can we keep a tube in the glovebox of the car or does it get too hot?",
    focus: 'diazepam',
    types: ['interactions', 'storage_disposal'],
  },
  // why: whether he will have more is the course (prognosis); stopping them with paracetamol is prevention
  {
    message:
      'my 18 month old had a febrile seizure last night, the paramedics were amazing but i was terrified. will he have more of them. can we stop them happening by giving calpol as soon as he gets a temperature',
    focus: 'febrile seizure',
    types: ['prognosis', 'prevention'],
  },
  // why: whether she could be a carrier is inheritance; the steroid card is story
  {
    message:
      'My nephew has just been diagnosed with adrenoleukodystrophy, he already has a steroid card for his adrenals. My sister is his mum. Could I be a carrier as well?',
    focus: 'adrenoleukodystrophy',
    types: ['inheritance'],
  },
  // why: plan for a fall or fracture is treatment, residential trip is lifestyle, life expectancy is prognosis
  {
    subject: 'Duchenne care plan',
    message:
      'My son has Duchenne muscular dystrophy and is on daily steroids, he carries an emergency card. What should be in his emergency care plan in case he falls and breaks a bone? Can he still go on the school residential trip? And how long is life expectancy now with all the new treatments?',
    focus: 'Duchenne muscular dystrophy',
    types: ['treatment', 'lifestyle', 'prognosis'],
  },
  // why: what it is and how it differs from an ordinary reaction is information; whether it can kill is outlook (prognosis)
  {
    message:
      'The school nurse says my daughter needs an anaphylaxis care plan. What is anaphylaxis exactly, and how is it different from a normal allergic reaction? Can it actually be fatal?',
    focus: 'anaphylaxis',
    types: ['information', 'prognosis'],
  },
];
