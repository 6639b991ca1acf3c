/**
 * "surgery" set. Messages about operations and procedures with a condition or a medicine (anaesthesia, stopping
 * a medicine before, recovery, risks, whether to operate). Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.720). Scored by surgery.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --surgery --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SURGERY_MESSAGES: ConsumerMessage[] = [
  {
    // "Is malignant hyperthermia hereditary?" -> inheritance (whether it runs in families)
    // "Does she need to be tested for it before the operation?" -> diagnosis (should she be tested)
    // "What can the hospital do to make sure she doesn't have a reaction?" -> prevention (preventing an episode)
    subject: 'tonsil surgery and family history of malignant hyperthermia',
    message:
      "Hello, my daughter (6) is booked to have her tonsils and adenoids out next month. My brother nearly died during a knee operation years ago and they told us afterwards it was malignant hyperthermia. Is malignant hyperthermia hereditary? Does she need to be tested for it before the operation? And what can the hospital do to make sure she doesn't have a reaction? Thank you.",
    focus: 'malignant hyperthermia',
    types: ['inheritance', 'diagnosis', 'prevention'],
  },
  {
    // "Is a thymectomy really the best option for me?" -> treatment (whether surgery is the right treatment)
    // "How long does recovery usually take?" -> prognosis (course of recovery)
    message:
      'I was diagnosed with myasthenia gravis last year (generalised, AChR positive) and my neurologist is recommending a thymectomy even though my CT showed no thymoma. Is a thymectomy really the best option for me when my symptoms are mostly controlled with pyridostigmine? How long does recovery usually take?',
    focus: 'myasthenia gravis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "do people with EDS have more problems after surgery like bad scars or wounds opening" -> complications (problems it leads to)
    // "someone said local anesthetic doesnt work on people with EDS, is that true" -> symptoms (whether a sign belongs to it)
    message:
      'i have hypermobile EDS and need surgery on my kneecap because it keeps dislocating. do people with EDS have more problems after surgery like bad scars or wounds opening? also someone in my facebook group said local anesthetic doesnt work on people with EDS, is that true because the dentist never gets me numb',
    focus: 'EDS',
    types: ['complications', 'symptoms'],
  },
  {
    // "how many days before the operation should he stop his warfarin" -> drug_usage (stopping a medicine)
    // "can he take paracetamol for the pain afterwards while on warfarin" -> interactions (with another medicine)
    subject: 'Warfarin and hip replacement',
    message:
      'My father (78) takes warfarin for atrial fibrillation and is having a hip replacement on the 14th. The pre-op letter is confusing. How many days before the operation should he stop his warfarin? And can he take paracetamol for the pain afterwards while he is back on warfarin?',
    focus: 'warfarin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Does he need to go to the haemophilia centre for this or can our normal dentist do it?" -> find_specialist (which clinic)
    // "What do they give to stop the bleeding?" -> treatment (managing bleeding)
    message:
      "My son has mild haemophilia A and needs two baby teeth pulled that aren't coming out on their own. Does he need to go to the haemophilia centre for this or can our normal dentist do it? What do they give to stop the bleeding?",
    focus: 'haemophilia A',
    types: ['find_specialist', 'treatment'],
  },
  {
    // "What can be done so I don't bleed like that again during the surgery?" -> prevention (preventing bleeding episodes)
    // "Could my two daughters have inherited it" -> inheritance (chance children have it)
    // "Is there a test for them?" -> diagnosis (testing)
    subject: 'von Willebrand before surgery',
    message:
      "After I lost a lot of blood with my c-section they tested me and found I have von Willebrand disease type 1. Now I need my gallbladder taken out. What can be done so I don't bleed like that again during the surgery? Could my two daughters have inherited it, and is there a test for them?",
    focus: 'von Willebrand disease',
    types: ['prevention', 'inheritance', 'diagnosis'],
  },
  {
    // "What are the risks of that operation" -> treatment (risks of the surgery itself)
    // "could he not just keep taking his blood pressure tablets and wait a bit longer?" -> treatment (same: alternative treatment)
    // "how long before he can go back to work" -> lifestyle (work)
    message:
      'My husband has Marfan syndrome and his aortic root has grown to 4.8 cm. The cardiac surgeon wants to do a valve-sparing root replacement this spring. What are the risks of that operation, and could he not just keep taking his blood pressure tablets and wait a bit longer? He is a carpenter so we also wonder how long before he can go back to work.',
    focus: 'Marfan syndrome',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "boys with Duchenne muscular dystrophy can react badly to some anaesthetics, is that true?" -> complications (problem the condition leads to)
    // "will he still be able to feed himself after the fusion" -> prognosis (course after surgery)
    message:
      'Our son Liam is 13 and has Duchenne muscular dystrophy. His curve is getting worse and the spinal team want to do a fusion before his breathing gets worse. I read that boys with Duchenne muscular dystrophy can react badly to some anaesthetics, is that true? And will he still be able to feed himself after the fusion, he only just manages now.',
    focus: 'Duchenne muscular dystrophy',
    types: ['complications', 'prognosis'],
  },
  {
    // "What is this exactly?" -> information (what it is)
    // "Is it genetic?" -> inheritance (runs in families)
    // "Should my children be tested before they ever have an operation?" -> diagnosis (should they be tested)
    subject: "couldn't wake up after anaesthetic",
    message:
      'After my emergency c-section I was paralysed and on a ventilator for about 5 hours longer than I should have been. The anaesthetist said I have pseudocholinesterase deficiency and gave me a letter. What is this exactly? Is it genetic? Should my children be tested before they ever have an operation?',
    focus: 'pseudocholinesterase deficiency',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  {
    // "Will the Crohn's come back after they cut that bit out?" -> prognosis (course / recurrence)
    // "is there a special diet after bowel surgery" -> lifestyle (diet)
    message:
      "I've had Crohn's disease for 9 years and the stricture in my terminal ileum isn't responding to anything anymore so they're talking about a resection. Will the Crohn's come back after they cut that bit out? and is there a special diet after bowel surgery",
    focus: "Crohn's disease",
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "Can the anaesthetic or the painkillers bring on an attack?" -> cause (what brings on attacks)
    // "How can I avoid an attack around the time of the operation?" -> prevention (preventing attacks)
    message:
      'I have acute intermittent porphyria (diagnosed after 2 bad attacks in my twenties). I need shoulder surgery for a torn rotator cuff. Can the anaesthetic or the painkillers bring on an attack? How can I avoid an attack around the time of the operation? Fasting before surgery worries me too.',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  {
    // "Is it the sickle cell that gave him gallstones at his age?" -> complications (problem it leads to)
    // "Does he need a blood transfusion before the operation?" -> treatment (managing it around surgery)
    subject: 'Gallbladder op for my son',
    message:
      'My son is 11 and has sickle cell disease (HbSS). He keeps getting tummy pain and the scan showed gallstones so they want to take his gallbladder out. Is it the sickle cell that gave him gallstones at his age? Does he need a blood transfusion before the operation? Last time he had a general anaesthetic he ended up with a chest crisis.',
    focus: 'sickle cell disease',
    types: ['complications', 'treatment'],
  },
  {
    // "do i have to stop my metformin before a CT with contrast" -> drug_usage (stopping)
    // "when can i start it again" -> drug_usage (same: restarting)
    // "can the dye and metformin together hurt my kidneys" -> interactions (with another substance)
    message:
      'do i have to stop my metformin before a CT with contrast dye and when can i start it again?? also can the dye and metformin together hurt my kidneys',
    focus: 'metformin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Who do we listen to, should she stop the plavix or not?" -> drug_usage (stopping)
    // "will she bleed a lot if she keeps taking it" -> side_effects (bleeding from the medicine)
    subject: 'dentist vs cardiologist',
    message:
      'My mum had a stent put in 4 months ago and takes plavix and aspirin. The dentist wants her to stop the plavix for a week before pulling a broken tooth but the cardiologist said absolutely not. Who do we listen to, should she stop the plavix or not? Will she bleed a lot if she keeps taking it?',
    focus: 'plavix',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "When do they usually fix the palate and how many operations will she need in total?" -> treatment (surgery)
    // "will her speech be normal" -> prognosis (outcome)
    // "how do we find a good cleft team near us?" -> find_specialist (clinic)
    message:
      'Our baby girl was born 3 weeks ago with a cleft lip and palate. The lip repair is planned at 3 months. When do they usually fix the palate and how many operations will she need in total? Will her speech be normal? We also moved recently so how do we find a good cleft team near us?',
    focus: 'cleft lip and palate',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  {
    // "Will he have normal bowel movements after the pull-through or will he always have problems?" -> prognosis (outcome)
    // "could our next baby have it too" -> inheritance (chance next baby has it)
    message:
      "Our newborn has Hirschsprung's disease and will have a pull-through operation when he is 3 months old, right now he has a stoma. Will he have normal bowel movements after the pull-through or will he always have problems? We want more children - could our next baby have it too?",
    focus: "Hirschsprung's disease",
    types: ['prognosis', 'inheritance'],
  },
  {
    // "is rodding worth it, what if they break around the rods?" -> treatment (whether surgery is the best option)
    // "will he walk one day" -> prognosis (whether he will walk)
    message:
      'my son is 4 with OI type 3, he has broken both femurs 6 times already. the orthopaedic surgeon wants to put telescopic rods in both legs. is rodding worth it, what if they break around the rods? will he walk one day',
    focus: 'OI',
    types: ['treatment', 'prognosis'],
  },
  {
    // "Is sedation more dangerous for children with achondroplasia because of their small airways?" -> complications (problem the condition leads to)
    // "what signs of compression should we be watching for at home?" -> symptoms (signs)
    subject: 'MRI under sedation',
    message:
      'Our 10 month old has achondroplasia and the geneticist has ordered an MRI under sedation to look at the foramen magnum. Is sedation more dangerous for children with achondroplasia because of their small airways? Meanwhile, what signs of compression should we be watching for at home?',
    focus: 'achondroplasia',
    types: ['complications', 'symptoms'],
  },
  {
    // "is that neck instability part of down syndrome" -> complications (another problem it leads to)
    // "should he have a neck xray before the op" -> diagnosis (testing)
    message:
      'hi, my son is 17 with down syndrome and needs his wisdom teeth out under general anaesthetic. a nurse said something about the neck bones being loose and that the anaesthetist has to be careful moving his head. is that neck instability part of down syndrome? should he have a neck xray before the op. he has never had one',
    focus: 'down syndrome',
    types: ['complications', 'diagnosis'],
  },
  {
    // "How successful is epilepsy surgery for children with TSC?" -> treatment (surgery outcome)
    // "are there any trials of new medicines we could try first" -> research (clinical trials)
    message:
      'Our daughter is 8 and has tuberous sclerosis (TSC). She has tried 5 seizure medications and everolimus and still has daily seizures. The team is evaluating her for surgery to remove the tuber where the seizures start. How successful is epilepsy surgery for children with TSC? Before we agree to brain surgery, are there any trials of new medicines we could try first?',
    focus: 'TSC',
    types: ['treatment', 'research'],
  },
  {
    // "Will they grow back if I have them removed?" -> prognosis (course after surgery)
    // "Can they turn into cancer?" -> complications (turning into another condition)
    subject: 'removing neurofibromas',
    message:
      "I am 34 and have NF1. I have lots of small neurofibromas on my face and neck and I'd like to get some removed because people stare. Will they grow back if I have them removed? Can they turn into cancer?",
    focus: 'NF1',
    types: ['prognosis', 'complications'],
  },
  {
    // "Which is better?" -> treatment (choice of surgery)
    // "What happens to his brain development if we wait until 9 months?" -> complications (if left untreated)
    message:
      "Our 3 month old has sagittal craniosynostosis. We've been offered either endoscopic surgery now followed by a helmet for a year, or the open operation (vault remodelling) at about 9 months. Which is better? What happens to his brain development if we wait until 9 months?",
    focus: 'craniosynostosis',
    types: ['treatment', 'complications'],
  },
  {
    // "How successful is it for the headaches?" -> treatment (whether surgery works)
    // "Can the symptoms come back afterwards?" -> prognosis (course after surgery)
    message:
      'I have a Chiari malformation type 1 (tonsils 9mm down) with terrible headaches when I cough or laugh. My neurosurgeon is suggesting decompression surgery. How successful is it for the headaches? Can the symptoms come back afterwards? I am scared of brain surgery.',
    focus: 'Chiari malformation type 1',
    types: ['treatment', 'prognosis'],
  },
  {
    // "Should I take my morning dose on the day?" -> drug_usage (timing)
    // "Could missing one dose give me a seizure?" -> drug_usage (same: missed dose)
    // "does it interact with the anaesthetic drugs?" -> interactions (with other medicines)
    subject: 'Lamotrigine on the day of surgery',
    message:
      "I take lamotrigine 200mg twice a day for epilepsy. I'm having a laparoscopy on Friday and they said nothing to eat or drink from midnight. Should I take my morning dose on the day? Could missing one dose give me a seizure? Also does it interact with the anaesthetic drugs?",
    focus: 'lamotrigine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Can she take aspirin at her age?" -> contraindications (who should not take it)
    // "Could it make her bleed from where the tonsils were?" -> side_effects (bleeding from the medicine)
    message:
      'My daughter is 15 and had her tonsils out yesterday. She has really bad throat pain and all we have at home is aspirin. Can she take aspirin at her age? Could it make her bleed from where the tonsils were?',
    focus: 'aspirin',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "when do i stop eliquis before a knee replacement?" -> drug_usage (stopping)
    // "is it safe to have a spinal anaesthetic if im on eliquis" -> contraindications (precaution)
    message:
      'when do i stop eliquis before a knee replacement? and is it safe to have a spinal anaesthetic if im on eliquis',
    focus: 'eliquis',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // "What does that mean, do I take extra prednisone on the day?" -> drug_usage (dose around surgery)
    // "will the prednisone slow down healing of my wound?" -> side_effects (problem from the medicine)
    subject: 'stress dose steroids??',
    message:
      'I have been on prednisone 7.5mg daily for 2 years for polymyalgia. At the pre-assessment for my hernia repair the anaesthetist said I will need a "stress dose". What does that mean, do I take extra prednisone on the day? Also will the prednisone slow down healing of my wound?',
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Can surgery itself set off an adrenal crisis?" -> cause (what brings on crises)
    // "What should I ask the team to do so I don't have a crisis?" -> prevention (preventing crises)
    message:
      "I have Addison's disease and I'm having my appendix... no sorry, my ovarian cyst removed next week. I've had one adrenal crisis before with a stomach bug and it was horrible. Can surgery itself set off an adrenal crisis? What should I ask the team to do so I don't have a crisis?",
    focus: "Addison's disease",
    types: ['cause', 'prevention'],
  },
  {
    // "is the airway a big problem for anaesthesia with Hurler syndrome?" -> complications (problem it leads to)
    // "What are the chances the transplant works?" -> treatment (whether the transplant works)
    // "is there any research on gene therapy for MPS I?" -> research (new treatments)
    message:
      'Our daughter (14 months) was diagnosed with Hurler syndrome (MPS I) and is starting enzyme therapy, then a bone marrow transplant. She also needs grommets and a line put in first. Everyone keeps saying her airway is "difficult" - is the airway a big problem for anaesthesia with Hurler syndrome? What are the chances the transplant works? And is there any research on gene therapy for MPS I?',
    focus: 'Hurler syndrome',
    types: ['complications', 'treatment', 'research'],
  },
  {
    // "If they find endometriosis can they remove it in the same surgery or do I need another operation?" -> treatment (surgery)
    // "Will it come back?" -> prognosis (recurrence)
    // "will I be able to get pregnant after?" -> complications (infertility)
    message:
      "I'm booked for a diagnostic laparoscopy in June because my gynae thinks I have endometriosis. If they find endometriosis can they remove it in the same surgery or do I need another operation? Will it come back? We've been trying for a baby for 2 years, will I be able to get pregnant after?",
    focus: 'endometriosis',
    types: ['treatment', 'prognosis', 'complications'],
  },
  {
    // "do i really need it out or can i just change my diet" -> treatment (whether surgery is needed)
    // "can you live normally without a gallbladder? what can you eat after" -> lifestyle (daily life, diet)
    subject: 'gallstones',
    message:
      'Had 3 attacks of gallstones since christmas. surgeon says take the gallbladder out but i really dont want an operation. do i really need it out or can i just change my diet. can you live normally without a gallbladder? what can you eat after',
    focus: 'gallstones',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "the genetics nurse said I MUST warn the anaesthetist. Why?" -> complications (anaesthetic problems it leads to)
    // "Are cataracts part of myotonic dystrophy?" -> symptoms (whether a sign belongs to it)
    // "is it true that it gets worse with each generation" -> inheritance (how it passes in the family)
    message:
      'I have myotonic dystrophy type 1, diagnosed at 45 after my son was diagnosed. I need cataract surgery in both eyes and the genetics nurse said I MUST warn the anaesthetist. Why? Are cataracts part of myotonic dystrophy? And is it true that it gets worse with each generation, because my son is much more affected than me?',
    focus: 'myotonic dystrophy type 1',
    types: ['complications', 'symptoms', 'inheritance'],
  },
  {
    // "Why do I need lung and brain scans before a hip operation?" -> diagnosis (screening tests)
    // "can the nosebleeds be treated with laser" -> treatment (therapy)
    subject: 'HHT and scans before surgery',
    message:
      'I was diagnosed with HHT last year (my mum has it too, lots of nosebleeds). Now I need a hip operation and the orthopaedic surgeon wants a bubble echo and brain MRI first. Why do I need lung and brain scans before a hip operation? Also, can the nosebleeds be treated with laser, they are getting worse.',
    focus: 'HHT',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Do I need to stop it before my bunion surgery, and for how long?" -> drug_usage (stopping)
    // "Does it make an infection after the operation more likely?" -> side_effects (problem from the medicine)
    message:
      'I inject methotrexate 20mg weekly for psoriatic arthritis. Do I need to stop it before my bunion surgery, and for how long? Does it make an infection after the operation more likely?',
    focus: 'methotrexate',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "will i need to take levothyroxine for the rest of my life after?" -> drug_usage (how long to take it)
    // "can i take it with my morning coffee or do i have to wait" -> interactions (with food or drink)
    message:
      'having my whole thyroid taken out in august for a big goitre. will i need to take levothyroxine for the rest of my life after? can i take it with my morning coffee or do i have to wait',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "What is the life expectancy after the repair?" -> prognosis (outlook)
    // "Will he need more operations when he's older, like a valve?" -> treatment (further surgery)
    // "Is it something we passed on to him?" -> inheritance (whether inherited)
    message:
      "Our son was born with tetralogy of fallot and will have his full repair at around 6 months. What is the life expectancy after the repair? Will he need more operations when he's older, like a valve? Is it something we passed on to him? Nobody in either family has a heart problem.",
    focus: 'tetralogy of fallot',
    types: ['prognosis', 'treatment', 'inheritance'],
  },
  {
    // "what is moyamoya disease exactly?" -> information (overview)
    // "How well does that surgery work to prevent more strokes?" -> treatment (surgery outcome)
    // "Where can we find a surgeon who has done lots of these" -> find_specialist (doctors)
    subject: 'moyamoya - revascularisation surgery',
    message:
      'Our 7 year old had a small stroke and was diagnosed with moyamoya disease. Honestly we still dont really understand, what is moyamoya disease exactly? The neurosurgeon wants to do EDAS on both sides. How well does that surgery work to prevent more strokes? Where can we find a surgeon who has done lots of these, our hospital only sees a few a year.',
    focus: 'moyamoya disease',
    types: ['information', 'treatment', 'find_specialist'],
  },
  {
    // "I read that the numbing injection in the jaw can set off a flare-up. Can it?" -> cause (what brings on flare-ups)
    // "How rare is it?" -> frequency (how common)
    // "are there any new drugs being tested?" -> research (new treatments)
    message:
      'My nephew (12) has FOP. He has a bad cavity and needs a filling, but I read that the numbing injection in the jaw can set off a flare-up. Can it? His dentist had never heard of FOP. How rare is it? And are there any new drugs being tested?',
    focus: 'FOP',
    types: ['cause', 'frequency', 'research'],
  },
  {
    // "Can dental work trigger a swelling attack in my throat?" -> cause (what brings on attacks)
    // "What can I take before the extraction so I don't get one?" -> prevention (preventing attacks)
    message:
      "I have hereditary angioedema (type 1) and need 2 wisdom teeth removed. Can dental work trigger a swelling attack in my throat? What can I take before the extraction so I don't get one? I usually only use icatibant when an attack starts.",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // "The surgeon's nurse said to stop the lithium 3 days before. Is that right" -> drug_usage (stopping)
    // "can I take ibuprofen for the pain after surgery with lithium?" -> interactions (with another medicine)
    subject: 'lithium before operation',
    message:
      "I've been on lithium for bipolar for 11 years and I'm having my hysterectomy next month. The surgeon's nurse said to stop the lithium 3 days before. Is that right, I'm scared of getting unwell? Also can I take ibuprofen for the pain after surgery with lithium?",
    focus: 'lithium',
    types: ['drug_usage', 'interactions'],
  },
];
