/**
 * Sub-questions and their types on free-form questions written for this test (none comes from
 * MedQuAD, LiveQA or the classifier's training list). Each case says why its answer is the right one.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Understanding } from '../../src/understand/index.js';
import type { QuestionType } from '../../src/kb/index.js';
import { openTestUnderstanding } from '../support/understanding.js';

let u: Understanding;

before(async () => {
  u = await openTestUnderstanding();
});

interface Case {
  message: string;
  subject?: string;
  /** The sub-question types, in order. */
  types: QuestionType[];
  why: string;
}

const CASES: Case[] = [
  // --- one question, condition types
  { message: 'What exactly is Alport syndrome?', types: ['information'], why: 'asks what the condition is' },
  {
    message: 'Could you send me whatever you have on Behcet disease',
    types: ['information'],
    why: 'a general request for information, no question mark',
  },
  {
    message:
      'My granddaughter keeps having nosebleeds, are those part of hereditary hemorrhagic telangiectasia?',
    types: ['symptoms'],
    why: 'asks whether a sign belongs to the condition',
  },
  {
    message: 'Why did my baby get achondroplasia when neither of us has it?',
    types: ['cause'],
    why: 'asks why it happened (the answer is a new mutation: the cause section)',
  },
  {
    message: 'My brother has Huntington disease. Could I have inherited it too?',
    types: ['inheritance'],
    why: 'asks whether it passes in the family',
  },
  {
    message: 'Which gene is mutated in Rett syndrome?',
    types: ['genetic_changes'],
    why: 'asks for the gene',
  },
  {
    message: 'How many people are living with myasthenia gravis?',
    types: ['frequency'],
    why: 'asks how many are affected',
  },
  {
    message: 'What kind of test would show whether my son has Wilson disease?',
    types: ['diagnosis'],
    why: 'asks which test finds it',
  },
  {
    message: 'Is there anything that helps with the itching from sarcoidosis?',
    types: ['treatment'],
    why: 'asks what relieves a symptom: treatment',
  },
  {
    message: 'Has anyone found a cure for Tay-Sachs disease yet?',
    types: ['treatment'],
    why: 'cure questions are treatment questions',
  },
  {
    message: 'Will my daughter with Rett syndrome live into adulthood?',
    types: ['prognosis'],
    why: 'asks about life span',
  },
  {
    message: 'Can Marfan syndrome damage the aorta if nothing is done?',
    types: ['complications'],
    why: 'asks what the condition can lead to',
  },
  {
    message: 'Are Ashkenazi Jewish families more likely to carry Gaucher disease?',
    types: ['susceptibility'],
    why: 'asks which group is at higher risk ("carry" here is about a population, not the inheritance pattern)',
  },
  {
    message: 'Is there any way to stop my other children from getting cystic fibrosis?',
    types: ['prevention'],
    why: 'asks how to keep others from getting it',
  },
  {
    message: 'Who is the best specialist for Ehlers-Danlos syndrome in Ohio?',
    types: ['find_specialist'],
    why: 'asks for a specialist',
  },
  {
    message: 'Are there parent groups for families dealing with Prader-Willi syndrome?',
    types: ['find_specialist'],
    why: 'support groups belong to finding specialists and support',
  },
  {
    message: 'Is anybody running trials of gene therapy for spinal muscular atrophy?',
    types: ['research'],
    why: 'trials are research',
  },
  {
    message: 'What should my son with Williams syndrome eat to stay healthy?',
    types: ['lifestyle'],
    why: 'diet is living with the condition',
  },
  {
    message: 'Does celiac disease have anything to do with type 1 diabetes?',
    types: ['association'],
    why: 'relation between two conditions',
  },
  // --- drug questions
  {
    message: 'How many milligrams of ibuprofen can a 10 year old have?',
    types: ['drug_usage'],
    why: 'dosage for a child',
  },
  {
    message: 'I want to get off sertraline, how do I do it safely?',
    types: ['drug_usage'],
    why: 'stopping a drug (tapering) is a usage question',
  },
  {
    message: 'Since starting prednisone I cannot sleep. Is that from the pills?',
    types: ['side_effects'],
    why: 'asks whether a complaint comes from the drug',
  },
  {
    message: 'Is it okay to have a glass of wine on warfarin?',
    types: ['interactions'],
    why: 'alcohol with a drug is an interaction question',
  },
  {
    message: 'Can a breastfeeding mother use omeprazole?',
    types: ['contraindications'],
    why: 'safety for a group of people',
  },
  {
    message: 'What is gabapentin prescribed for?',
    types: ['indication'],
    why: 'asks what the drug is for',
  },
  {
    message: 'Are there any dairy ingredients in levothyroxine tablets?',
    types: ['ingredients'],
    why: 'asks what the product contains',
  },
  {
    message: 'Does my metformin have to go in the fridge?',
    types: ['storage_disposal'],
    why: 'asks how to store it',
  },
  // --- references, subject lines, filler
  {
    message: 'How do doctors confirm it?',
    subject: 'Turner syndrome',
    types: ['diagnosis'],
    why: '"it" refers to the condition in the subject; asks about confirming the diagnosis',
  },
  {
    message: 'Hello, I hope you can help me. What causes Angelman syndrome? Thank you so much, Linda',
    types: ['cause'],
    why: 'greeting, filler and signature are dropped; one real question remains',
  },
  {
    message: 'Can you help me? I need to know how sickle cell disease is treated.',
    types: ['treatment'],
    why: 'the filler question "Can you help me?" is not a sub-question',
  },
  // --- two and three questions in one message
  {
    message: 'What causes trigeminal neuralgia and how is it treated?',
    types: ['cause', 'treatment'],
    why: 'two questions joined by "and how"',
  },
  {
    message:
      'My son is 6 and has fragile X syndrome. Is it inherited from me? Are there clinical trials he could join? How long will he live?',
    types: ['inheritance', 'research', 'prognosis'],
    why: 'three questions after one background sentence',
  },
  {
    message: 'What are the symptoms of multiple sclerosis? How is it diagnosed? Is there a cure?',
    types: ['symptoms', 'diagnosis', 'treatment'],
    why: 'three short questions, one type each',
  },
  {
    message: 'How common is Turner syndrome, and can it be detected before birth?',
    types: ['frequency', 'diagnosis'],
    why: 'two questions in one sentence ("and can it")',
  },
  {
    message: 'Dear staff, my husband was told he has ALS. What is ALS and what should we expect?',
    types: ['information', 'prognosis'],
    why: 'abbreviation; asks what it is, then what to expect (outlook)',
  },
  {
    message: 'I take aspirin daily. Can I also take ibuprofen for my back?',
    types: ['interactions'],
    why: 'two drugs together',
  },
  {
    message: 'my mom has duchene muscular distrophy carrier status, is there a test for my sister?',
    types: ['diagnosis'],
    why: 'misspelled condition; asks for a test',
  },
  {
    message: 'Is Huntington disease more common in men or women?',
    types: ['susceptibility'],
    why: 'who is more likely to have it (a risk-group question, not a count)',
  },
  {
    message: 'What happens to the eyes in Marfan syndrome?',
    types: ['symptoms'],
    why: 'asks what the condition does to a body part: signs and symptoms',
  },
  {
    message: 'What type of doctor treats alpha-1 antitrypsin deficiency?',
    types: ['find_specialist'],
    why: 'asks which specialist, although the words "treats" appear',
  },
  {
    message: 'How should I take levothyroxine, before or after breakfast?',
    types: ['drug_usage'],
    why: 'how to take a drug',
  },
  // --- longer messages as people write them
  {
    message:
      'My grandson has been diagnosed with Williams syndrome. We live in rural Kansas. Is there anyone near us who works with these kids?',
    subject: 'Williams syndrome',
    types: ['find_specialist'],
    why: 'story, then a request for someone nearby who works with such children',
  },
  {
    message: 'I am 67 and was told I have polycythemia vera. How long do people live with this?',
    types: ['prognosis'],
    why: 'background with age, then a life-span question',
  },
  {
    message: 'my mother died of ALS and my brother now has it too. am i going to get it? should i get tested',
    subject: 'ALS',
    types: ['inheritance', 'diagnosis'],
    why: 'lower case, no question marks at the end: my own risk with a mother and a brother who have it (inheritance, labeling guide), then whether to be tested',
  },
  {
    message:
      'Please send me information on Ehlers Danlos syndrome hypermobility type. My daughter was just diagnosed and we are scared.',
    types: ['information'],
    why: 'a request for information; the second sentence is background',
  },
  // --- English as a second language: statement order, "it exist", a plea beside the question
  {
    message: 'My uncle has Fabry disease. How he can reduce the pain in his hands?',
    types: ['treatment'],
    why: '"How he can reduce" is "How can he reduce": what can be done about the pain',
  },
  {
    message:
      'Please I need help for my cousin, she has cystic fibrosis since birth. How much time she can live?',
    types: ['prognosis'],
    why: 'the plea is story beside a real question; "How much time she can live" asks the life span',
  },
  {
    message: 'Dear doctor, my son has Duchenne muscular dystrophy. It exist any new medicine in Europe?',
    types: ['treatment'],
    why: '"It exist any" is "Is there any": a question about treatments',
  },
  {
    message: 'My wife has lupus. She can have a baby with this disease?',
    types: ['complications'],
    why: 'a yes-no question in statement order: whether she can have children',
  },
  {
    message: 'My son has Marfan syndrome. He can go to a normal school?',
    types: ['lifestyle'],
    why: 'school is living with the condition',
  },
  // --- school, work, sport and food
  {
    message:
      'I teach a class of 7 year olds and one boy has hemophilia. What should we change in PE lessons for him?',
    types: ['lifestyle'],
    why: 'what a teacher does at school is living with the condition, not its treatment',
  },
  {
    message: 'One of my swimmers has epilepsy. Is swimming safe for her, and what should I watch for?',
    types: ['lifestyle', 'symptoms'],
    why: 'whether a sport is safe (lifestyle), then the signs to watch for',
  },
  {
    message: 'My husband has celiac disease. Which foods must he avoid when we eat out?',
    types: ['lifestyle'],
    why: 'foods to avoid are the diet, part of living with it',
  },
  {
    message: 'Our employee has multiple sclerosis. Which adjustments could help her at the office?',
    types: ['lifestyle'],
    why: 'adjustments at work are living with the condition',
  },
  // --- lists, overviews and medicines referred to
  {
    message:
      'I am writing a school report on Tay-Sachs disease and would like to know:\n- how common it is\n- which gene is involved\n- whether there is any treatment',
    types: ['frequency', 'genetic_changes', 'treatment'],
    why: 'one question per line of the list; the line that opens the list asks nothing itself',
  },
  {
    message: 'I am a nurse. Could you give me a short overview of Pompe disease?',
    types: ['information'],
    why: 'an overview is the general information',
  },
  {
    message:
      'Our daughter was found to have Angelman syndrome. Could it have come from my side of the family?',
    types: ['inheritance'],
    why: 'whether it came from a parent is how it is inherited',
  },
  {
    message: 'My mother takes amiodarone for her heart rhythm. Can this medicine harm her lungs?',
    types: ['side_effects'],
    why: '"this medicine" is the amiodarone: harm it does is a side effect, not a complication of the heart condition',
  },
  {
    message: 'I take sertraline. I forgot yesterday evening. Can I take two tablets together this morning?',
    types: ['drug_usage'],
    why: 'two doses of one medicine at once after a forgotten dose is how to take it, not an interaction',
  },
  {
    message: 'I read that rifampin can stop birth control pills from working. Is that right?',
    types: ['interactions'],
    why: 'one product making another fail is an interaction',
  },
  {
    message: 'My son has sickle cell disease. Do the pain crises become less frequent as he grows?',
    types: ['prognosis'],
    why: 'how the condition changes over time',
  },
  {
    message: 'My aunt has Behcet disease and red eyes. Could she become blind?',
    types: ['complications'],
    why: 'blindness is what the condition can lead to',
  },
  {
    message: 'My brother has hepatitis B. How can we protect our children?',
    types: ['prevention'],
    why: 'protecting others from catching it is prevention',
  },
  // --- forum and chat writing
  {
    message: 'dx w lupus last yr. is it normal to feel this exhausted?? and what helped u guys with that',
    types: ['symptoms', 'treatment'],
    why: 'a second question opening with "and what", in chat short forms: what helped others is treatment',
  },
  {
    message: 'my bf has gout lol. does diet actually matter w gout or is it just meds',
    types: ['lifestyle'],
    why: 'whether diet matters is living with it ("w" is "with", "lol" says nothing)',
  },
  {
    message: "my sister has cystic fibrosis. also has anyone's kid tried the new pills and did they help",
    types: ['treatment'],
    why: 'what others tried for it, after "also"',
  },
  {
    message: 'my son has SMA type 2. will he ever be able to walk?',
    types: ['prognosis'],
    why: 'whether a skill comes is the outlook',
  },
  {
    message: 'i have crohns disease. will i end up needing surgery one day?? does it ever go away',
    types: ['prognosis'],
    why: 'how the condition goes on: both questions are its outlook',
  },
  {
    message:
      'my mom has narcolepsy. is it true ppl with narcolepsy get diabetes more?? is it the same problem underneath',
    types: ['susceptibility', 'association'],
    why: 'who is at risk of the second condition, then whether the two share a cause',
  },
  {
    message: 'just found out i have celiac disease :( what helped u guys the most in the first months',
    types: ['treatment'],
    why: 'what helped others is what can be done',
  },
  {
    message: 'i have hereditary angioedema. how do you guys prevent a throat attack before surgery??',
    types: ['prevention'],
    why: 'preventing an attack, asked of "you guys"',
  },
  {
    message: 'my husband has hemophilia. can my kids get it from me?',
    types: ['inheritance'],
    why: 'getting it from a parent is inheritance, not catching it',
  },
  // --- professionals asking for a patient
  {
    message: 'Practice nurse. New patient with Wilson disease. What is the current first-line management?',
    types: ['treatment'],
    why: 'first-line management is the treatment',
  },
  {
    message:
      'GP here. Patient with hemophilia A needs a tooth out. What bleeding risks does the condition carry?',
    types: ['complications'],
    why: 'the risks a condition carries in a procedure are what it can lead to',
  },
  {
    message: 'Pharmacist. Patient on lithium. What blood monitoring does lithium need?',
    types: ['drug_usage'],
    why: 'the monitoring a medicine needs is part of how it is used',
  },
  {
    message:
      'Our patient has Huntington disease. Which service should I refer her son to for predictive testing?',
    types: ['find_specialist'],
    why: 'which service to refer to asks for a center',
  },
  {
    message: 'Patient with cystinosis, age 9. Should her siblings be tested?',
    types: ['diagnosis'],
    why: 'whether relatives should be tested is testing (labeling guide; 26 of 27 such questions in our sets say so)',
  },
  {
    message:
      'My son has Duchenne muscular dystrophy. Do his sisters need testing to see if they are carriers?',
    types: ['inheritance'],
    why: 'whether relatives carry it is inheritance',
  },
  {
    message: 'Care home manager. Resident with multiple system atrophy. What course should staff expect?',
    types: ['prognosis'],
    why: 'the course to expect is the outlook',
  },
  {
    message: 'My father has Parkinson disease. His carers asked me what causes it.',
    types: ['cause'],
    why: 'a question someone else asked, reported: "asked me what causes it"',
  },
  {
    message:
      'I have lupus and take hydroxychloroquine. How long before trying to conceive should it be stopped?',
    types: ['drug_usage'],
    why: 'when to stop a medicine is how it is used',
  },
  // --- formal letters
  {
    message:
      'Dear Sir or Madam, my wife has sarcoidosis. I should be grateful if you could tell me whether this condition is likely to get worse as time goes on. Yours faithfully, John',
    types: ['prognosis'],
    why: 'the question inside a polite request, read in question order: whether it gets worse is the outlook',
  },
  {
    message:
      'I am 80 and was told I have Paget disease of bone. My father had it too, so I should like to know what causes this condition, as I have three sons.',
    types: ['cause'],
    why: 'the request follows the story in the same sentence; the reason given after it is not asked',
  },
  {
    message:
      'I have myasthenia gravis. I should like to know whether it is sensible for me to carry on driving.',
    types: ['lifestyle'],
    why: 'driving is living with the condition',
  },
  {
    message: 'My husband has Parkinson disease. Might you advise whether dancing classes will do him good?',
    types: ['lifestyle'],
    why: 'whether exercise does him good is living with it',
  },
  {
    message:
      'My mother has progressive supranuclear palsy. What is likely to happen to her speech over the years?',
    types: ['prognosis'],
    why: 'what is likely to happen is the outlook',
  },
  {
    message: 'I take levothyroxine. I would be grateful if you could tell me what the tablets contain.',
    types: ['ingredients'],
    why: 'what a medicine contains',
  },
  {
    message:
      'My wife takes rivastigmine for her Alzheimer disease. I should be grateful if you could tell me what exactly this medicine is meant to do for her.',
    types: ['indication'],
    why: 'what a medicine is meant to do for someone is what it is used for',
  },
  {
    message: 'My husband takes metformin. Should people with weak kidneys not take it at all?',
    types: ['contraindications'],
    why: 'who a medicine does not suit, not a second medicine "with" the first',
  },
  {
    message:
      'I have myasthenia gravis and take pyridostigmine. I should like to know whether it is sensible for someone with this condition to carry on driving.',
    types: ['lifestyle'],
    why: '"this condition" is the disease, not the medicine named last: driving is living with it',
  },
  // --- the web form's subject and message
  {
    subject: 'Tay-Sachs disease',
    message: 'My cousin is a carrier. How is the carrier test done?',
    types: ['diagnosis'],
    why: 'how a test is done is how it is found, though the word "carrier" is there',
  },
  {
    subject: 'Familial Mediterranean fever',
    message: 'what sets off the fever attacks?',
    types: ['cause'],
    why: 'what triggers the attacks asks what causes them',
  },
  {
    subject: 'Asthma and work',
    message: 'I work with flour in a bakery. Should I look for a different job?',
    types: ['lifestyle'],
    why: 'work with the condition',
  },
  {
    subject: 'Achondroplasia',
    message: 'Our baby was born with this. What is the new daily injection we read about?',
    types: ['treatment'],
    why: 'a new medicine for the condition is its treatment',
  },
  {
    subject: 'Charcot-Marie-Tooth disease',
    message: 'My report says MFN2. Is that the gene that causes it?',
    types: ['genetic_changes'],
    why: 'whether a gene is the one that causes it',
  },
  {
    subject: 'Spinal muscular atrophy',
    message: 'My son is 2 and sitting well. Will it get worse?',
    types: ['prognosis'],
    why: 'whether it gets worse is the outlook',
  },
  // --- long stories
  {
    message:
      'Our son has Angelman syndrome. Is his love of water part of Angelman syndrome, or is it something else?',
    types: ['symptoms'],
    why: '"or is it something else" is the other half of one question, not a second one',
  },
  {
    message: 'My mother has ALS. How long does it usually take before it affects breathing?',
    types: ['prognosis'],
    why: 'how long before a stage comes is the course of the disease',
  },
  {
    message: 'My dad has Huntington disease. What are our chances of having the same gene?',
    types: ['inheritance'],
    why: 'the chance of carrying the family gene is inheritance',
  },
  {
    message: 'Our son has cystic fibrosis. What are the chances our next baby will have it?',
    types: ['inheritance'],
    why: 'a next baby having it is recurrence in the family, answered by how it is inherited (labeling guide)',
  },
  {
    message: 'My wife has Marfan syndrome. Will our children inherit it?',
    types: ['inheritance'],
    why: 'whether the children inherit it, not who is at risk',
  },
  {
    message: 'The letter says Behcet disease. Is it catching? I share a flat with my sister.',
    types: ['susceptibility'],
    why: '"is it catching" asks whether it can be caught',
  },
  {
    message: 'My migraines were diagnosed last year. Does red wine really bring them on?',
    types: ['cause'],
    why: 'what brings it on is its cause',
  },
  {
    message: 'I have had two kidney stones. How do I stop getting more stones?',
    types: ['prevention'],
    why: 'not having more of them is prevention, not treatment of the one there',
  },
  {
    message: 'They removed the tumor for Castleman disease. Can it come back after surgery?',
    types: ['prognosis'],
    why: 'whether it comes back is the course of the disease',
  },
  {
    message: 'My liver test shows PiZZ. Does that mean I definitely have alpha-1 antitrypsin deficiency?',
    types: ['diagnosis'],
    why: 'whether a result means one has it is a question of diagnosis',
  },
  {
    message:
      'My daughter had surgery for scoliosis. Will she be able to do PE again? Can she go back to ballet?',
    types: ['lifestyle'],
    why: 'school sport and dancing are daily life with it',
  },
  {
    message: 'I have LAM. Am I allowed to fly to Spain this summer?',
    types: ['lifestyle'],
    why: 'flying is travel, daily life with it',
  },
  {
    message:
      'Our son has Sotos syndrome and the report says de novo. What does de novo mean for his brother?',
    types: ['inheritance'],
    why: 'a new (de novo) change is about how it passes in the family',
  },
  {
    message: 'My mother has Hashimoto disease. Will my daughters get it too?',
    types: ['inheritance'],
    why: 'whether the daughters will have it is recurrence in the family (labeling guide)',
  },
  {
    message: 'It is polymyalgia rheumatica. What problems can it lead to that we should watch out for?',
    types: ['complications'],
    why: 'what problems it can lead to, even when they are to be watched for',
  },
  {
    message: 'Essential thrombocythemia with a JAK2 mutation. What does the JAK2 gene normally do?',
    types: ['genetic_changes'],
    why: 'what a gene does is about the genetic change',
  },
  {
    message: 'The haematologist wrote MGUS in the letter. Does she need any treatment for it?',
    types: ['treatment'],
    why: '"any treatment" after "need" is its object, not a new question ("Does she need" alone asks nothing)',
  },
  {
    message: 'You sent me information on Marfan syndrome last year. What are the chances my son has it too?',
    types: ['inheritance'],
    why: 'telling of an earlier reply is not a new request for information',
  },
  {
    message: 'I have Ehlers-Danlos syndrome and I am 10 weeks pregnant. Is a vaginal birth risky for me?',
    types: ['complications'],
    why: 'what the condition can lead to in a birth (labeling guide: complications)',
  },
  {
    message: 'Is it safe for a woman with Marfan syndrome to get pregnant?',
    types: ['complications'],
    why: 'the risks of pregnancy with the condition, not a medicine precaution',
  },
  {
    message: 'I have asthma. Can I go running or is it dangerous for me?',
    types: ['lifestyle'],
    why: 'whether a sport is dangerous is daily life with it; only danger to a baby or in a pregnancy is complications',
  },
  {
    message: 'I have myasthenia gravis. Will pregnancy make it worse?',
    types: ['prognosis'],
    why: 'how the condition goes during a pregnancy is its course',
  },
  {
    message: 'We are both carriers of Tay-Sachs disease. What are our odds of having a child with it?',
    types: ['inheritance'],
    why: 'the chance of a child with it is recurrence in the family',
  },
  {
    message: 'My husband has NF1. Is it 50/50 that our baby gets it?',
    types: ['inheritance'],
    why: 'a 50/50 chance for the baby is how it is inherited',
  },
  {
    message:
      'My mom says I need to go back on the low protein diet for my PKU before getting pregnant. Is that true?',
    types: ['lifestyle'],
    why: 'going back on a diet is daily life with it',
  },
  {
    message:
      'My son takes hydroxyurea for sickle cell disease. Does he have to take it for the rest of his life?',
    types: ['drug_usage'],
    why: 'how long a medicine is taken is how it is used',
  },
  {
    message: 'I have endometriosis. Will it stop me having children?',
    types: ['complications'],
    why: 'infertility is something the condition leads to, not something to prevent',
  },
  {
    message: 'My son has Dravet syndrome. How do we stop the seizures happening?',
    types: ['prevention'],
    why: 'keeping attacks from happening is prevention',
  },
  {
    message: 'I have hereditary angioedema. Can stress bring on attacks?',
    types: ['cause'],
    why: 'what brings on attacks is their cause, even when it is not a condition',
  },
  {
    message: 'My brother has polycystic kidney disease. Should I be screened even if I feel fine?',
    types: ['diagnosis'],
    why: 'being screened is testing',
  },
  {
    message: 'I have hidradenitis suppurativa. Could I give it to my boyfriend?',
    types: ['susceptibility'],
    why: 'giving it to a partner is catching it, not inheriting it',
  },
  {
    message:
      'Our son has Alport syndrome. Is he likely to need dialysis? Is it ok for him to drink alcohol at university?',
    types: ['prognosis', 'lifestyle'],
    why: 'needing dialysis later is the course; drinking at university is daily life',
  },
  {
    message: 'I have Addison disease and a trek planned. Is high altitude a problem with it?',
    types: ['lifestyle'],
    why: 'altitude on a trek is travel, daily life with it',
  },
  {
    message: 'Our daughter has cystic fibrosis. Does normal travel insurance cover her?',
    types: ['other'],
    why: 'insurance is not a medical question (labeling guide: other)',
  },
  {
    message: 'My husband has Gaucher disease. How much does the enzyme infusion cost?',
    types: ['other'],
    why: 'cost is not a medical question, even when it names a treatment',
  },
  {
    message:
      'My son has Ehlers-Danlos syndrome. I just wish I knew whether it will get worse as he grows. What helps the fatigue?',
    types: ['prognosis', 'treatment'],
    why: 'a wish to know is a question, beside the plain one',
  },
  {
    message: 'Our son has trisomy 18. Is there a higher chance of it happening again in a future pregnancy?',
    types: ['inheritance'],
    why: 'happening again in a next pregnancy is recurrence in the family (labeling guide)',
  },
  {
    message: 'I read about Dercum disease and the painful lumps fit. Could that be what I have?',
    types: ['diagnosis'],
    why: 'whether this is what one has is a question of diagnosis',
  },
  {
    message:
      'I have von Willebrand disease. My sister has the same problem with nosebleeds - should she be tested too?',
    types: ['diagnosis'],
    why: '"has the same problem" tells of her signs; it does not ask whether two things are one',
  },
  {
    message:
      'My face has been thinning on one side for two years with Parry-Romberg syndrome. Does it stop at some point?',
    types: ['prognosis'],
    why: 'whether it stops by itself is its course, not a treatment',
  },
  {
    message: 'My son has Marfan syndrome. What heart problems does Marfan syndrome cause?',
    types: ['complications'],
    why: 'the problems it causes in an organ are complications',
  },
  {
    message: 'Our daughter has CCHS and a trach. Can she go to a normal daycare?',
    types: ['lifestyle'],
    why: 'daycare is daily life',
  },
  {
    message: 'I get migraines twice a month. Is there anything I can do to have fewer attacks?',
    types: ['prevention'],
    why: 'fewer attacks is prevention',
  },
  {
    message: 'My brother has Gaucher disease. Which gene do they look at for carrier screening?',
    types: ['genetic_changes'],
    why: 'a question opening with "which gene" asks about the gene, even beside "carrier"',
  },
  {
    message: 'My mother started pyridostigmine last week and now has stomach cramps. Is that the drug?',
    types: ['side_effects'],
    why: '"the drug" is the medicine blamed for a new problem, not "could this be X"',
  },
  {
    message: 'I carry haemophilia A and the scan shows a boy. What is the chance he has it?',
    types: ['inheritance'],
    why: 'the chance that the baby has it is recurrence in the family',
  },
  {
    message: 'Our daughter has trisomy 18. Could it happen again if we try for another baby?',
    types: ['inheritance'],
    why: 'happening again in a next baby is recurrence in the family',
  },
  {
    message: 'I had preeclampsia last time. Is there anything that can prevent it this time?',
    types: ['prevention'],
    why: 'something that prevents it is prevention, not treatment',
  },
  {
    message: 'My baby has galactosemia. Will I ever be able to breastfeed her?',
    types: ['lifestyle'],
    why: 'breastfeeding is daily life with it',
  },
  {
    message: 'My nephew has Duchenne muscular dystrophy. Where can I get genetic counseling quickly?',
    types: ['find_specialist'],
    why: 'genetic counseling is a service to find (labeling guide)',
  },
  {
    message: 'My sister carries Duchenne muscular dystrophy. Do women who are carriers have any symptoms?',
    types: ['symptoms'],
    why: 'whether carriers show signs, even though it names carriers',
  },
  {
    message: 'Our son had surgery for Hirschprung disease. Is it inherited?',
    types: ['inheritance'],
    why: 'a misspelling that one source also has ("Hirschprung") still finds the common spelling',
  },
  {
    message: 'got diagnosed with POTS at 16. also am i allowed to drive with it, i want to start lessons',
    types: ['lifestyle'],
    why: '"am i" opens a question even without a question mark',
  },
  {
    message: 'I have FMF and get fevers every month. my cousin in Turkey has it too, is it genetic',
    types: ['inheritance'],
    why: 'a last clause that asks is a question without its question mark',
  },
  {
    message: 'my dad has CMT. if i do have it will i end up in a wheelchair like my grandad',
    types: ['prognosis'],
    why: 'a question after "if ..." typed without a question mark',
  },
  {
    message: 'i have friedreichs ataxia. also realistically how long until i need a wheelchair',
    types: ['prognosis'],
    why: 'an adverb before "how long" still opens a question',
  },
  {
    message: 'The hip specialist said it is Perthes disease. I go to a bridge club, which is my one outing.',
    types: ['information'],
    why: '", which is" adds to a statement: the message asks nothing but about the condition',
  },
  {
    message: 'physio said osgood schlatter disease, do i have to stop football??',
    types: ['lifestyle'],
    why: 'giving up a sport is daily life',
  },
  {
    message: 'I have coeliac disease. Is my little sister more likely to get it now?',
    types: ['inheritance'],
    why: 'a sibling getting it is recurrence in the family',
  },
  {
    message: 'my mum had wilson disease. whats the chance i have it too?',
    types: ['inheritance'],
    why: 'having it too, after a parent, is inheritance',
  },
  {
    message: 'My son has FAP. Which operation is better, keeping the rectum or the pouch?',
    types: ['treatment'],
    why: 'choosing between operations is a treatment question',
  },
  {
    message: 'I have trigeminal neuralgia. Is one safer than the other at my age, MVD or gamma knife?',
    types: ['treatment'],
    why: 'comparing two procedures is a treatment question',
  },
  {
    message: 'My husband has Fabry disease. What happens if he waits a year before starting?',
    types: ['complications'],
    why: 'what the condition leads to if it is left untreated (labeling guide: complications)',
  },
  {
    message: 'My father had prostate cancer. At what age should I start getting checked?',
    types: ['diagnosis'],
    why: 'starting to get checked is screening, not starting a treatment',
  },
  {
    message: 'My neighbour had Huntington disease. What are the chances his sons have it as well?',
    types: ['inheritance'],
    why: 'the chance that his children have it is recurrence in the family',
  },
  {
    message: 'My nephew has Marfan syndrome and his mum is very tall too. Should she get herself checked?',
    types: ['diagnosis'],
    why: 'getting oneself checked is testing',
  },
  {
    message:
      'A boy in my class has DiGeorge syndrome. Is there an organisation with information for schools?',
    types: ['find_specialist'],
    why: 'an organisation to turn to',
  },
  {
    message: 'A colleague has Creutzfeldt-Jakob disease. Is there any risk to us of catching it?',
    types: ['susceptibility'],
    why: 'the risk of catching it',
  },
  {
    message:
      'I have Fabry disease. Could my daughter have inherited it from me? My son is 9, what about him?',
    types: ['inheritance'],
    why: '"what about him?" asks the question before again, about someone else',
  },
  {
    message: 'My test shows hypertrophic cardiomyopathy. Should my children have the gene test now?',
    types: ['diagnosis'],
    why: 'having the gene test is testing',
  },
  {
    message:
      'It is a pheochromocytoma. The endocrinologist wants genetic testing - which genes do they look at?',
    types: ['genetic_changes'],
    why: '"which genes" after a dash opens the question',
  },
  {
    message: 'The tests show PNH. Does it put her at risk of blood clots?',
    types: ['complications'],
    why: 'what the condition can lead to',
  },
  {
    message: 'I take levothyroxine and omeprazole every morning. How many hours apart should they be?',
    types: ['interactions'],
    why: 'keeping two medicines apart is about how they interact',
  },
  {
    message: 'colchicine grapefruit juice ok?',
    types: ['interactions'],
    why: 'a drink with the medicine, typed as a search',
  },
  {
    message: 'My son has brown patches on his skin, is it worth seeing a doctor about neurofibromatosis?',
    types: ['find_specialist'],
    why: '"brown" and "worth" stay words: no Brown syndrome or Worth disease among the foci',
  },
  {
    message:
      'I take pyridostigmine for myasthenia gravis. Since the dose went up I have cramps - is this likely to be from the tablets?',
    types: ['side_effects'],
    why: 'a problem blamed on the tablets (the medicine) after a dash',
  },
  {
    message: 'I have PKU. Is there an adult metabolic clinic in the North West that I could be referred to?',
    types: ['find_specialist'],
    why: 'a clinic to be referred to',
  },
  {
    message: 'My sister has neuromyelitis optica. What can be done to stop her having further attacks?',
    types: ['prevention'],
    why: 'stopping further attacks is prevention',
  },
  {
    message: 'Our daughter has coeliac disease. Do her two brothers have a higher chance of getting it too?',
    types: ['inheritance'],
    why: 'her brothers having it is recurrence in the family',
  },
  {
    message: 'I have endometriosis. Can endometriosis affect my fertility?',
    types: ['complications'],
    why: 'what the condition can do to fertility',
  },
  {
    message: 'My son has Alport syndrome. Will his kidneys definitely fail?',
    types: ['prognosis'],
    why: 'whether the kidneys fail is the course of the disease',
  },
  {
    message: 'My daughter has Ehlers-Danlos syndrome. What do schools usually put in place for kids with it?',
    types: ['lifestyle'],
    why: 'what a school does is daily life with it',
  },
  {
    message: 'My son has Marfan syndrome. Is there any sport he can still do?',
    types: ['lifestyle'],
    why: 'sport is daily life',
  },
  {
    message: 'Our son has Alport syndrome. Is he likely to need dialysis, and roughly when?',
    types: ['prognosis'],
    why: '"and roughly when?" asks the question before again',
  },
  {
    message: 'I have PKU and want a baby. What happens to the baby if my levels are high?',
    types: ['complications'],
    why: 'what the condition can do to a baby in a pregnancy',
  },
  {
    message:
      'My cousin died young and the ECG mentions long QT syndrome. Should we be tested, and how is that done?',
    types: ['diagnosis'],
    why: '"and how is that done?" asks about the testing just asked',
  },
  {
    message: 'My arms have twitched for months. Can twitching on its own be ALS?',
    types: ['diagnosis'],
    why: 'whether a sign alone can be the condition is whether one has it',
  },
  {
    message:
      'i have a chiari malformation and get headaches when i cough. is that from the chiari malformation?',
    types: ['symptoms'],
    why: 'whether a sign belongs to the condition',
  },
  {
    message: 'on modafinil for narcolepsy. ive had headaches every day since starting is that the modafinil',
    types: ['side_effects'],
    why: 'a run-on ending that blames the medicine asks, without a question mark',
  },
  {
    message:
      'My son has Marfan syndrome and plays basketball. What heart problems should we be watching for?',
    types: ['complications'],
    why: 'problems of an organ to watch for are what the condition can lead to, not its signs',
  },
  {
    message: 'I have sarcoidosis and work in a bakery. Could the flour dust be what gave it to me?',
    types: ['association'],
    why: 'a named exposure asked as the cause (labeling guide: association)',
  },
  {
    message: 'Our baby has Pompe disease. How is the enzyme replacement given, and does it work in babies?',
    types: ['treatment'],
    why: 'how a treatment is given and whether it works',
  },
  {
    message: 'My son has Kawasaki disease. What is this disease and will his heart be ok?',
    types: ['information', 'complications'],
    why: '"and will his heart be ok" is a second question, about what the condition can do to the heart',
  },
  {
    message: 'Our father has ALS. Should my sisters and I be worried for our own children?',
    types: ['inheritance'],
    why: 'worry for relatives is about how it passes in the family',
  },
  {
    message:
      'ive been on lithium for bipolar disorder for 3 years and my hands shake. is the tremor from the lithium?',
    types: ['side_effects'],
    why: 'a complaint blamed on the medicine, not a sign of the condition',
  },
  {
    message: 'My husband takes Eliquis and has big purple bruises. Is that normal with Eliquis?',
    types: ['side_effects'],
    why: 'whether a complaint is usual on the medicine',
  },
  {
    message: 'My daughter has nosebleeds every day. Should we be asking to see an ENT?',
    types: ['find_specialist'],
    why: 'seeing a named specialist',
  },
  {
    message: 'baby had her 6 week check and the dr heard a heart murmur. what actually is a heart murmur?',
    types: ['information'],
    why: 'what the finding is',
  },
  {
    message: 'My platelets are low, thrombocytopenia they said. Will I need a bone marrow biopsy?',
    types: ['diagnosis'],
    why: 'needing a biopsy is testing, not treatment',
  },
  {
    message: 'My mum has swollen ankles from heart failure. Are compression socks a good idea?',
    types: ['treatment'],
    why: 'whether something helps is a treatment question',
  },
  {
    message: 'The doctor says it is primary lymphedema. Could it be genetic?',
    types: ['inheritance'],
    why: '"could it be genetic" asks whether it runs in families',
  },
  {
    message:
      'Her neutrophils are low, benign neutropenia they said. Does this mean she will get a lot of infections?',
    types: ['complications'],
    why: 'infections are what the condition can lead to',
  },
  {
    message: 'I take warfarin for my heart valve. Is it safe to have a tooth pulled while I am on it?',
    types: ['contraindications'],
    why: 'a procedure while on a medicine is one of its precautions, not a treatment question',
  },
  {
    message: 'My niece is 9 months old and has a cold. Is it safe to give her Sudafed at that age?',
    types: ['contraindications'],
    why: 'whether a medicine suits a baby is who should not take it',
  },
  {
    message: 'The baby is 2 weeks old and I have just started sertraline. Does it pass into breast milk?',
    types: ['contraindications'],
    why: 'a medicine reaching breast milk is its breastfeeding precaution ("milk" is no food interaction here)',
  },
  {
    message: 'We left the amoxicillin out of the fridge overnight. Is it still good?',
    types: ['storage_disposal'],
    why: '"still good" after a night out of the fridge asks how the medicine keeps',
  },
  {
    message:
      'Mum died last month and there is a drawer full of her tramadol left over. How do we get rid of it?',
    types: ['storage_disposal'],
    why: 'leftover medicine to get rid of is disposal (getting rid of a condition would be treatment)',
  },
  {
    message: "I feel fine after 5 days of prednisone. Why can't I just stop?",
    types: ['drug_usage'],
    why: 'stopping a medicine is how it is taken',
  },
  {
    message:
      "My neurologist put me on amitriptyline for migraine. Isn't that an antidepressant? How does it help migraine?",
    types: ['indication'],
    why: 'what a medicine of the message is for and how it works, though the question names the disease',
  },
  {
    message: 'I have had kidney stones twice this year. What can I do to stop getting them?',
    types: ['prevention'],
    why: 'stopping them coming back is prevention, not treatment of the stone there now',
  },
  {
    message: 'My son has psoriasis on his elbows just like I had as a boy. Is it something he got from me?',
    types: ['inheritance'],
    why: '"got from me" said of a son asks whether it runs in families',
  },
  {
    message:
      'The surgeon says my gallstones can wait for the operation. What happens if I leave them that long?',
    types: ['complications'],
    why: 'what happens when it is left untreated is a complication (labeling guide)',
  },
  {
    message: 'Is there a particular gene that causes ALS?',
    types: ['genetic_changes'],
    why: 'a gene that causes it is the genetic change, not a link between two things',
  },
  {
    message: 'Can you explain in simple words what sarcoidosis is?',
    types: ['information'],
    why: 'asking what it is, in plain words, is the general question',
  },
  {
    message: "My mum has Parkinson's disease and needs a carer now. Is there any help with the cost of care?",
    types: ['other'],
    why: 'costs are not a medical question (labeling guide: other)',
  },
  {
    message: 'The cellulitis on her leg is getting bigger. Can it get into her bloodstream?',
    types: ['complications'],
    why: 'spreading to the blood is what the condition can lead to',
  },
  {
    message: 'Does lupus cause problems with your kidneys?',
    types: ['complications'],
    why: 'problems with an organ are what it leads to, not its signs',
  },
  {
    message: 'I am 60 and got a bowel cancer screening kit in the post. Should I bother with it?',
    types: ['diagnosis'],
    why: 'a screening kit is how it is screened for, not a treatment',
  },
  {
    message: 'I have been on omeprazole for years. Someone said it damages your kidneys. Is that true?',
    types: ['side_effects'],
    why: '"is that true" asks about the sentence before: harm the medicine does',
  },
  {
    message:
      'Mum has heart failure and they put her on furosemide and bisoprolol. How long do people live with it?',
    types: ['prognosis'],
    why: '"live with it" points at the disease, not the medicines named just before ("with" is no interaction)',
  },
  {
    message:
      'The CT found something on his lung and they want a biopsy. If the biopsy is clear, could it still be cancer?',
    types: ['diagnosis'],
    why: '"could it still be X" asks whether it is X, like "could it be X"',
  },
  {
    message: 'The heel prick test came back positive for PKU. How accurate is it, could it be a false alarm?',
    types: ['diagnosis'],
    why: 'how sure a screening result is, is how it is diagnosed',
  },
  {
    message: "Both of us are healthy, so how can our baby have cystic fibrosis if we don't?",
    types: ['inheritance'],
    why: 'how a child has it when the parents do not is how it passes in a family (carriers)',
  },
  {
    message: 'My brother has Marfan syndrome. Do I have a 50/50 chance of having it too?',
    types: ['inheritance'],
    why: 'a 50/50 chance of having it is a dominant inheritance question',
  },
  {
    message: 'My mum has polycystic kidney disease and is on dialysis. Will I end up on dialysis like her?',
    types: ['prognosis'],
    why: 'ending up like a parent is the course it takes',
  },
  {
    message: 'I was told I have a heart murmur. I play rugby twice a week, should I stop?',
    types: ['lifestyle'],
    why: 'whether to keep up a sport is daily life with it, not whether to stop a treatment',
  },
  {
    message: 'My skin is dry and my hair is thinning. Could the hypothyroidism be causing that?',
    types: ['symptoms'],
    why: 'whether the signs told of belong to the condition',
  },
  {
    message: 'Started levothyroxine last week. Does that mean I have to take it before breakfast?',
    types: ['drug_usage'],
    why: '"does that mean I have to take it" is how to take it, not "does that mean I have X"',
  },
  {
    message: 'Is valerian any good for insomnia?',
    types: ['treatment'],
    why: 'whether a remedy works for the condition is a treatment question, named remedy or not',
  },
  {
    message: 'fish oil for rheumatoid arthritis - worth the money?',
    types: ['treatment'],
    why: 'a remedy for the condition, "worth the money" asks whether it works',
  },
  {
    message: 'Does aloe vera help keep ulcerative colitis in remission?',
    types: ['prevention'],
    why: 'keeping it in remission is preventing relapses',
  },
  {
    message: 'I have psoriasis. Can stress set off a flare?',
    types: ['cause'],
    why: 'what brings on its flares is a cause question (labeling guide)',
  },
  {
    message: 'Could too much coffee be what is causing my palpitations?',
    types: ['association'],
    why: 'a named thing asked as the cause (labeling guide: association)',
  },
  {
    message: 'Does endometriosis affect my chances of getting pregnant?',
    types: ['complications'],
    why: "a condition's effect on fertility is a complication (labeling guide)",
  },
  {
    message: 'I am on warfarin. Is it safe to take ginkgo alongside warfarin?',
    types: ['interactions'],
    why: 'a second product taken alongside a medicine, though only the medicine is recognized',
  },
  {
    message: 'Thinking of trying CBD gummies. Is there any THC in them?',
    types: ['ingredients'],
    why: 'what a product contains',
  },
  {
    message:
      'My sister has bipolar disorder and my mum is struggling. Is there anywhere for families to talk to others in the same boat?',
    types: ['find_specialist'],
    why: 'somewhere to talk to others is a support group',
  },
  {
    message: 'How do adults with dyslexia manage at work?',
    types: ['lifestyle'],
    why: 'work with it is daily life',
  },
  {
    message: 'Do people with anorexia nervosa ever fully recover?',
    types: ['prognosis'],
    why: 'whether people recover is the outlook',
  },
  {
    message: 'Can multiple sclerosis start with eye pain and blurred vision?',
    types: ['symptoms'],
    why: 'how it first shows is a symptom question',
  },
  {
    message: 'Our son takes clozapine and has started smoking. Why does smoking affect clozapine levels?',
    types: ['interactions'],
    why: 'a habit changing how a medicine works is an interaction',
  },
  {
    message: 'He takes Ritalin for ADHD. Is it OK to skip it at weekends?',
    types: ['drug_usage'],
    why: 'when to take it, and when not, is how it is taken',
  },
  {
    message:
      'I started lamotrigine two weeks ago and now have spots on my legs. Is this the rash they warn you about?',
    types: ['side_effects'],
    why: 'a rash after starting a medicine, asked about as its known reaction',
  },
  {
    message:
      'My doctor suggested light therapy for my seasonal affective disorder. Do those lamps actually help?',
    types: ['treatment'],
    why: 'whether a therapy helps is a treatment question',
  },
  {
    message:
      'I carry a BRCA1 mutation. Is there anything I can do to lower my risk of getting ovarian cancer?',
    types: ['prevention'],
    why: "lowering one's own risk is preventing it, not asking who is at risk",
  },
  {
    message: 'Our daughter has stage 4 neuroblastoma. What are her chances, honestly?',
    types: ['prognosis'],
    why: 'her chances are the outlook',
  },
  {
    message: 'He finished chemo for Hodgkin lymphoma in May. What are the chances it comes back?',
    types: ['prognosis'],
    why: 'whether it returns is its course, not its cause',
  },
  {
    message: 'I have had blood in my stool for weeks. Should I push for a colonoscopy?',
    types: ['diagnosis'],
    why: 'a test to ask for, not a doctor to find',
  },
  {
    message: 'My father worked with asbestos for years. Could the asbestos have caused his mesothelioma?',
    types: ['association'],
    why: 'a named exposure asked as the cause (labeling guide: association)',
  },
  {
    message: 'Does taking the pill for years increase my risk of breast cancer?',
    types: ['susceptibility'],
    why: 'an exposure raising the risk of the condition is who is at risk (labeling guide)',
  },
  {
    message:
      'The temozolomide is not working for his glioblastoma. Are there any other treatments we should ask about?',
    types: ['treatment'],
    why: 'other treatments of the condition, though the question follows a medicine',
  },
  {
    message: 'does testicular cancer hurt?',
    types: ['symptoms'],
    why: 'whether it hurts is how it shows',
  },
  {
    message: 'My dad has mesothelioma from his job. Can we claim compensation from the company?',
    types: ['other'],
    why: 'a legal claim is not a medical question (labeling guide: other)',
  },
  {
    message: 'I use Humalog pens. How long does a pen keep once it is opened?',
    types: ['storage_disposal'],
    why: 'how long an opened medicine keeps is storage',
  },
  {
    message: 'Can his EpiPen stay in the glovebox of the car in summer?',
    types: ['storage_disposal'],
    why: 'where a medicine is kept',
  },
  {
    message:
      'My son started amoxicillin three days ago and has a rash. Is this an allergic reaction to the amoxicillin?',
    types: ['side_effects'],
    why: 'a reaction blamed on the medicine is a side effect',
  },
  {
    message: 'I take levothyroxine and chew Rennie for heartburn. Will that stop it working?',
    types: ['interactions'],
    why: 'one product making a medicine fail is an interaction',
  },
  {
    message: 'My rheumatologist put me on methotrexate. How is it supposed to help rheumatoid arthritis?',
    types: ['indication'],
    why: 'how a medicine works for the disease is what it is for (labeling guide)',
  },
  {
    message: "The doctor wants to give my dad quetiapine. Is it safe in someone with Parkinson's disease?",
    types: ['contraindications'],
    why: 'whether a medicine suits someone with a condition',
  },
  {
    message: 'Januvia costs me $400 a month. Is there a generic?',
    types: ['other'],
    why: 'costs and cheaper versions are not a medical question (labeling guide: other)',
  },
  {
    message: 'I take gliclazide and metformin. Can they make my sugar go too low?',
    types: ['side_effects'],
    why: '"too low" is not "also": a low sugar blamed on the medicines',
  },
  {
    message: "I have Barrett's esophagus. Can it turn into cancer?",
    types: ['complications'],
    why: 'whether it turns into another condition is what it leads to (labeling guide)',
  },
  {
    message:
      'Our baby was born with cystic fibrosis. We want more children - what are the chances it would happen again?',
    types: ['inheritance'],
    why: 'happening again to a next child is the recurrence chance',
  },
  {
    message: "My son has haemophilia and I am a carrier. How does that work if I don't have it myself?",
    types: ['inheritance'],
    why: 'how a carrier passes on what she does not have is inheritance',
  },
  {
    message: 'I have cluster headaches. What can I do to stop the attacks?',
    types: ['prevention'],
    why: 'stopping the attacks is preventing them (labeling guide)',
  },
  {
    message: 'My son has impetigo. Can he pass it to his little brother?',
    types: ['susceptibility'],
    why: 'passing it to a brother is catching it, not inheriting it',
  },
  {
    message: 'I have a small lipoma on my back. Does it have to be taken out?',
    types: ['treatment'],
    why: 'whether it must be removed is treatment',
  },
  {
    message: 'I take methotrexate for my psoriasis. Is it safe to get pregnant while taking it?',
    types: ['contraindications'],
    why: 'pregnancy while on a medicine is its precaution, not a complication of the disease',
  },
  {
    message: 'Does finasteride work for women or is it only for men? How does it actually stop hair loss?',
    types: ['indication'],
    why: 'what a medicine is for and how it works',
  },
  {
    message:
      'I take allopurinol every day. I get an upset stomach an hour after a dose, is that from the tablets?',
    types: ['side_effects'],
    why: 'a complaint blamed on "the tablets" of the message is a side effect, not a sign of the disease',
  },
  {
    message: 'I am on metronidazole for an infection. How long after the last tablet can I have a drink?',
    types: ['interactions'],
    why: 'alcohol with a medicine is an interaction, whatever the timing',
  },
  {
    message: 'I have had hives for a month. Could something else be behind it?',
    types: ['cause'],
    why: 'what else causes it, nothing named',
  },
  {
    message: 'My daughter has terrible period pain. Should she be seeing a gynaecologist?',
    types: ['find_specialist'],
    why: 'which specialist to see',
  },
  {
    message: 'I was diagnosed with genital herpes. Can I pass it on when I have no sores?',
    types: ['susceptibility'],
    why: 'passing an infection to a partner is catching it, not inheriting it',
  },
  {
    message: 'I have Charcot-Marie-Tooth disease. Will it make the pregnancy or the birth more difficult?',
    types: ['complications'],
    why: "a condition's effect on a pregnancy is a complication (labeling guide)",
  },
  {
    message: 'Grandad had a wasting disease and now my brother has ALS. Could this be in the family?',
    types: ['inheritance'],
    why: 'being in the family is running in families',
  },
  {
    message: 'My son takes Keppra liquid. Does it have anything in it like sugar or colouring?',
    types: ['ingredients'],
    why: 'what a medicine contains',
  },
  {
    message:
      "My DNA kit says I carry APOE4. Is that the gene for Alzheimer's disease? Can I do anything to lower my odds?",
    types: ['genetic_changes', 'prevention'],
    why: "the gene for the disease is the genetic change; lowering one's odds is prevention",
  },
  {
    message: 'I have Factor V Leiden thrombophilia. Does it make pregnancy risky for me?',
    types: ['complications'],
    why: "a condition's effect on a pregnancy is a complication (labeling guide)",
  },
  {
    message: 'My husband has Klinefelter syndrome. Can we have biological children?',
    types: ['complications'],
    why: 'fertility is what the condition can lead to (labeling guide)',
  },
  {
    message: 'My mother has Huntington disease. Does that mean I have a 50/50 chance?',
    types: ['inheritance'],
    why: "a 50/50 chance of a parent's condition is dominant inheritance",
  },
  {
    message: 'Our newborn has PKU. Can I keep breastfeeding him?',
    types: ['lifestyle'],
    why: 'what a baby with PKU can feed on is diet',
  },
  {
    message: 'my dad had a stroke last week and cant move his right side is he going to walk again',
    types: ['prognosis'],
    why: 'whether he will walk again is the outlook',
  },
  {
    message: 'his coach thinks he might have Marfan syndrome, should we get him checked for it?',
    types: ['diagnosis'],
    why: 'getting someone checked for it is testing',
  },
  {
    message: 'My son has Down syndrome. What kind of problems should we be watching for as he grows?',
    types: ['complications'],
    why: 'problems to watch for are what it can lead to',
  },
  {
    message: "I have Addison's disease. Is there anything I need to know about travelling with it?",
    types: ['lifestyle'],
    why: 'travel is daily life with it',
  },
  {
    message: 'Is polio still a thing in this country?',
    types: ['frequency'],
    why: 'whether it is still around is how common it is',
  },
  {
    message: 'Can zika be passed on through sex?',
    types: ['susceptibility'],
    why: '"zika" alone names the infection (a curated name: a four-letter word is otherwise read as an abbreviation)',
  },
  {
    message: "We were given a liquid antibiotic, amoxicillin. What do we do with what's left at the end?",
    types: ['storage_disposal'],
    why: 'what to do with leftover medicine is disposal',
  },
  {
    message: 'My son have 6 years, fever every month and pain in belly. Could be FMF in my son?',
    types: ['diagnosis'],
    why: 'a question without its subject ("could be X") asks whether it is X',
  },
  {
    message: 'I have Chagas disease from Bolivia. Is dangerous for my heart?',
    types: ['complications'],
    why: '"is dangerous for my heart" without "it" asks what the condition can lead to',
  },
  {
    message:
      'My grandson have Duchenne muscular dystrophy. Exist some study for the children here in Brazil?',
    types: ['research'],
    why: '"exist some study" is "is there a study"',
  },
  {
    message: 'My father died from Huntington disease. What is the chance I have it also?',
    types: ['inheritance'],
    why: "the chance that a son has his father's condition is inheritance (labeling guide)",
  },
  {
    message: 'We are both carriers of cystic fibrosis. How big is the risk that our child will be sick?',
    types: ['inheritance'],
    why: 'the chance that a child is affected is inheritance',
  },
  {
    message:
      'I have psoriasis for 10 years and my new wife is worry. Can it pass to her when we share towel?',
    types: ['susceptibility'],
    why: 'passing it to a wife is catching it, not inheriting it',
  },
  {
    message: 'Can ibuprofen be given to a child with chickenpox?',
    types: ['contraindications'],
    why: 'whether a medicine suits a child with a condition is a precaution',
  },
  {
    message: 'I have hereditary angioedema and must remove a tooth. Can this procedure provoke an attack?',
    types: ['cause'],
    why: 'what brings on its attacks (labeling guide: cause)',
  },
  {
    message: 'Will my Chrons disease make it harder to get pregnant?',
    types: ['complications'],
    why: '"Chrons" sounds like "Crohn\'s" (an h after a vowel is silent); fertility is a complication (labeling guide)',
  },
  {
    message: 'I have long QT syndrome and take nadolol. Is it safe for me to swim?',
    types: ['lifestyle'],
    why: 'a sport with the condition is daily life, even in a message naming a medicine',
  },
  {
    message: "I was told I have Barrett's esophagus. Does this mean I'm going to get esophageal cancer?",
    types: ['complications'],
    why: 'another condition it may lead to',
  },
  {
    message: 'I have gastroparesis but I am not diabetic, so why do I have it?',
    types: ['cause'],
    why: 'why someone has it is its cause, not whether they have it',
  },
  {
    message: 'I have primary biliary cholangitis. Is the itching I get at night part of it?',
    types: ['symptoms'],
    why: 'whether a sign belongs to it',
  },
  {
    message: 'My GP put me on atorvastatin for high cholesterol. What does it actually do?',
    types: ['indication'],
    why: 'what a medicine does is what it is for and how it works',
  },
  {
    message: 'Our son has G6PD deficiency. What can set off a reaction in him?',
    types: ['cause'],
    why: 'what brings on its attacks is a cause question (labeling guide)',
  },
  {
    message: 'I had the hepatitis B jabs at school. Do I need a booster to still be protected?',
    types: ['prevention'],
    why: 'staying protected against it is prevention',
  },
  {
    message: 'One of our staff has sarcoidosis. The team have asked me whether it is catching.',
    types: ['susceptibility'],
    why: 'a question reported in a sentence ("asked me whether it is catching") is asked',
  },
  {
    message: 'I have chronic hep B from a blood test. Could it damage my liver long term?',
    types: ['complications'],
    why: '"hep B" is hepatitis B (a curated name); liver damage is what it leads to',
  },
  {
    message: 'I have sickle cell disease. HR asked if I count as disabled - does sickle cell count?',
    types: ['other'],
    why: 'a legal status is not a medical question (labeling guide: other)',
  },
  {
    message: 'I have Tourette syndrome and a job interview next week. Should I mention it at the interview?',
    types: ['lifestyle'],
    why: 'work with it is daily life',
  },
  {
    message: 'I take carbamazepine and drive a forklift. Does it make you drowsy?',
    types: ['side_effects'],
    why: 'drowsiness from a medicine is a side effect',
  },
  {
    message: 'I had Guillain-Barre syndrome last year. Could a flu jab have been what set it off?',
    types: ['association'],
    why: 'a named exposure asked as the cause (labeling guide: association)',
  },
  {
    message: 'My employee has Huntington disease. How does it usually progress over the next few years?',
    types: ['prognosis'],
    why: 'how it progresses is its course',
  },
  {
    message:
      "My doctor now wonders about Behcet's disease. How do they tell the difference between Behcet's disease and Crohn's disease?",
    types: ['diagnosis'],
    why: 'how doctors tell two conditions apart is diagnosis (labeling guide), not how they relate',
  },
  {
    message: "I have had type 1 diabetes for years and now Addison's disease too. Are the two related?",
    types: ['association'],
    why: '"are the two related" asks whether two conditions go together',
  },
  {
    message: 'I take omeprazole for years. Is bad to take it so long time, it can give me osteoporosis?',
    types: ['side_effects'],
    why: '"it can give me X" in statement order is harm blamed on the medicine',
  },
  {
    message:
      'I have hypermobile Ehlers-Danlos syndrome. I want to go to the gym, is it recommended or dangerous for my joints?',
    types: ['lifestyle'],
    why: 'exercise with it is daily life',
  },
  {
    message: 'My hair is falling out in clumps. Could my thyroid be behind the hair loss?',
    types: ['association'],
    why: '"my thyroid" is the gland and its diseases (a curated name), not the drug Thyroid: a condition blamed for a sign named as the focus',
  },
  {
    message: "My nephew has Becker muscular dystrophy. Could my sister's two boys have it too?",
    types: ['inheritance'],
    why: 'whether relatives have it too',
  },
  {
    message: "My son has Alport syndrome. How can he have got it if I'm healthy?",
    types: ['inheritance'],
    why: 'how a child has it when a parent does not is inheritance',
  },
  {
    message: "What's the difference between just being bendy and actually having EDS?",
    types: ['diagnosis'],
    why: 'telling a condition apart from ordinary bendiness is diagnosis (labeling guide)',
  },
  {
    message: 'I take levothyroxine and I am pregnant. Should I increase my dose myself?',
    types: ['drug_usage'],
    why: 'changing a dose is how a medicine is taken',
  },
  {
    message: 'I was told today I have retinitis pigmentosa. Am I going to go blind?',
    types: ['prognosis'],
    why: 'whether one will go blind is the course it takes, as writers read it ("can it make you go blind?" is a complication)',
  },
  {
    message:
      'Our son has Marfan syndrome and takes atenolol, but losartan is said to work too. Is one better than the other?',
    types: ['treatment'],
    why: 'choosing between two medicines for a condition is a treatment question',
  },

  {
    message: 'I started hydroxyurea for sickle cell. Does it make you infertile?',
    types: ['side_effects'],
    why: 'infertility from a medicine is a side effect',
  },
  {
    message: "A boy with Prader-Willi syndrome is coming to the party. Is there anything he just can't have?",
    types: ['lifestyle'],
    why: 'what he cannot eat is diet with the condition',
  },
  {
    message: 'My stepson has NF1 and soft lumps on his back. Can they be taken off?',
    types: ['treatment'],
    why: 'removing them is treatment',
  },
  {
    message: 'does alport syndrome cause hearing loss',
    types: ['symptoms'],
    why: 'whether a sign belongs to the condition; "can X cause Y" relates two conditions only when Y is not a sign',
  },
  {
    message: 'The pain in the knees can be from the Crohn also, or it is another thing?',
    types: ['symptoms'],
    why: 'a complaint blamed on the condition asks whether it is one of its signs',
  },
  {
    message: 'I have ADPKD and my mum died of a brain bleed. Can ADPKD cause brain aneurysms?',
    types: ['complications'],
    why: "what the person's condition may lead to, the second condition named only in the question",
  },
  {
    message:
      'My mother has rheumatoid arthritis and now her doctor says she has osteoporosis too. Does rheumatoid arthritis cause osteoporosis?',
    types: ['association'],
    why: 'two conditions she already has: how they relate, not what the first may lead to',
  },
  {
    message:
      'Our baby is 5 weeks old and still yellow. I have been reading about biliary atresia. Could it be that? How do they test for it?',
    types: ['diagnosis'],
    why: '"could it be that?" asks whether the signs told are the condition just named, as does the test question',
  },
  {
    message: 'Are these spots from the tuberous sclerosis? We will be very thankful for any information.',
    types: ['symptoms'],
    why: 'thanks for any information beside a real question is not a question of its own',
  },
  {
    subject: 'Kleine-Levin syndrome - please help',
    message: 'My son sleeps for days at a time. How rare is Kleine-Levin syndrome? Will he grow out of it?',
    types: ['frequency', 'prognosis'],
    why: 'a plea in the subject names the topic of the questions below; it does not ask for treatment',
  },
  {
    message:
      'I take modafinil for narcolepsy. Is modafinil safe to take while pregnant, do I have to come off it?',
    types: ['contraindications'],
    why: 'stopping a medicine for a pregnancy is the same question: whether it is safe then',
  },
  {
    message:
      'My son takes doxycycline for acne. Can I give it to him with his morning yogurt? It makes him sick on an empty stomach.',
    types: ['interactions'],
    why: 'a medicine with a named food (dairy) is an interaction; "with food or on an empty stomach" alone is how to take it',
  },
  {
    message: 'I take levothyroxine. How far apart from my calcium and iron supplements does it need to be?',
    types: ['interactions'],
    why: 'spacing a medicine from other ones is about how they interact',
  },
  {
    message:
      'Our daughter (10) has type 1 diabetes. Is my daughter at higher risk for celiac disease because of her diabetes?',
    types: ['susceptibility'],
    why: 'whether one condition raises the risk of another is who is at risk for the second (labeling guide)',
  },
  {
    message: "My mom has Huntington's disease. I'm 24. What are the chances I got it?",
    types: ['inheritance'],
    why: 'the chance of having it from an affected parent is how it passes in families',
  },
  {
    message:
      "I have had Sjögren's syndrome for years. I read online that it can lead to lymphoma. Is that true?",
    types: ['complications'],
    why: 'a claim of what the condition leads to, asked about',
  },
  {
    message: 'I have hereditary angioedema. Could the pill be triggering my attacks?',
    types: ['cause'],
    why: 'what brings on its attacks is a cause question (labeling guide)',
  },
  {
    message: 'I just found out I have hepatitis C. Could the tattoos be how I got hepatitis C?',
    types: ['association'],
    why: 'a named exposure asked as its cause (labeling guide)',
  },
  {
    message:
      'Our son has PKU. What should his lunches look like, can he eat from the school cafeteria at all?',
    types: ['lifestyle'],
    why: 'meals at school are diet with the condition',
  },
  {
    message: 'dr put me on simvastatin, i also take amlodipine. can i still eat grapefruit',
    types: ['interactions'],
    why: 'a food with the medicines of the message',
  },
  {
    message: 'My daughter has Turner syndrome. Will growth hormone make her taller?',
    types: ['treatment'],
    why: 'whether a treatment works',
  },
  {
    subject: 'old medicine',
    message:
      'I found half a bottle of amoxicillin liquid in the back of the refrigerator, it expired last year. How do I get rid of it?',
    types: ['storage_disposal'],
    why: 'getting rid of a medicine is disposal, not getting rid of a condition',
  },
  {
    subject: 'GOUT',
    message: 'DOES BEER AND RED MEAT BRING ON GOUT ATTACKS. MY BIG TOE IS SWOLLEN AGAIN.',
    types: ['cause'],
    why: 'what brings on its attacks is a cause question (labeling guide: "Does beer bring the attacks on?")',
  },
  {
    message:
      'I have had myasthenia gravis for 6 years. Is it safe for me to go on a cruise to Alaska with my church group this summer?',
    types: ['lifestyle'],
    why: 'travel is daily life with the condition',
  },
  {
    message:
      'My son is 9 and has Tourette syndrome. The teacher wants him moved. Can he stay in a regular classroom?',
    types: ['lifestyle'],
    why: 'school with the condition',
  },
  {
    message: 'My neighbor thinks I might have porphyria. What test do I need to ask my doctor for?',
    types: ['diagnosis'],
    why: 'which test to ask for is how it is tested for, not which doctor to see',
  },
  {
    message:
      'My lung doctor wants to test me for alpha-1 antitrypsin deficiency. Is it genetic, could my kids have it?',
    types: ['inheritance'],
    why: 'whether the children have it, asked with whether it is genetic, is how it passes in families',
  },
  {
    message: 'could my son have angelman? 2 yrs not talking, laughs a lot',
    types: ['diagnosis'],
    why: 'whether his signs could be the condition named',
  },
  {
    message: 'My son has osteosarcoma in his knee. Could he ever play football again?',
    types: ['lifestyle'],
    why: 'sport with the condition is daily life',
  },
  {
    message:
      'Our grandson has Angelman syndrome. He starts school in September - what kind of support should the school be giving him?',
    types: ['lifestyle'],
    why: 'school with the condition is daily life',
  },
  {
    message: 'I take warfarin since I had a clot in my leg. Do I have to stop eating spinach and salads?',
    types: ['interactions'],
    why: 'foods rich in vitamin K with warfarin are an interaction',
  },
  {
    message: 'can i give benadryl to my 18 month old so she sleeps on the long flight?',
    types: ['contraindications'],
    why: 'whether a medicine suits a young child is a precaution',
  },
  {
    message: 'How long is an albuterol inhaler good for once you start using it?',
    types: ['storage_disposal'],
    why: 'how long a medicine keeps is storage',
  },
  {
    message:
      'My dad has been on lithium for years and his doctor just added lisinopril. Is that combination a problem?',
    types: ['interactions'],
    why: 'two medicines named together',
  },
  {
    message:
      'My doctor wants me on allopurinol for the rest of my life. Can I just stop it when I feel fine?',
    types: ['drug_usage'],
    why: 'stopping a medicine is how it is taken',
  },
  {
    message:
      "My daughter has stomach pains and dark urine. I'm starting to wonder about acute intermittent porphyria. How is acute intermittent porphyria diagnosed?",
    types: ['diagnosis'],
    why: 'a statement read as a request only by a guess is story beside a real question',
  },
  {
    message:
      "My daughter has sickle cell and the doctor wants her on hydroxyurea. How does it help with sickle cell? And could it affect her having children when she's older?",
    types: ['indication', 'side_effects'],
    why: '"it" goes on with the medicine the question before asked about, though the disease was named last',
  },
  {
    message: 'My husband has Fabry disease. We are expecting a girl in March. Can she get it from him?',
    types: ['inheritance'],
    why: 'having it from a parent is how it passes in families ("can she catch it from him" would be catching it)',
  },
  {
    message:
      'Our first baby was born with spina bifida. We want more children. What are the chances it happens again?',
    types: ['inheritance'],
    why: 'the chance that a next baby has it (labeling guide)',
  },
  {
    message:
      "I'm in recovery and don't want any alcohol at all. Does the liquid form of sertraline have alcohol in it?",
    types: ['ingredients'],
    why: 'what a medicine contains, though the word is alcohol',
  },
  {
    message: 'My dermatologist gave me dapsone and no pharmacy has it. Where can I get dapsone?',
    types: ['other'],
    why: 'getting hold of a medicine in a shortage is none of the medical types',
  },
  {
    message:
      "I read that Plavix doesn't work as well when you take omeprazole, and I take both. Is that true?",
    types: ['interactions'],
    why: 'one medicine making another fail, asked about',
  },
  {
    message:
      'Had decompression surgery for a Chiari malformation last year and I was doing so well. Can it come back after surgery?',
    types: ['prognosis'],
    why: 'a sentence told diary-style, "Had ... surgery", opens with "had" but asks nothing',
  },
  {
    message: 'took my mini-pill 4 hours late this morning, am I still covered??',
    types: ['drug_usage'],
    why: 'a dose taken hours late is a missed dose, how the pill is used',
  },
  {
    message:
      'My father has Huntington disease and nobody in the family talks about it. Why is it always me? Is Huntington disease passed on to all the children?',
    types: ['inheritance'],
    why: '"Why is it always me?" is asked of nobody: story, not a question about the cause',
  },
  {
    message:
      'My daughter was diagnosed with multiple sclerosis at 24. Would giving her vitamin D as a child have prevented it?',
    types: ['prevention'],
    why: 'whether it could have been prevented is asked about prevention, even in the past',
  },
  {
    message: 'My husband accidentally took his metformin twice today. What should we do?',
    types: ['drug_usage'],
    why: 'a double dose, read with the vague follow-up after it, is about how the medicine is taken',
  },
  {
    message: 'how much childrens motrin for 2 yr old, she weighs 26 lbs and has a fever',
    types: ['drug_usage'],
    why: 'how much of a medicine to give is the dose',
  },
  {
    message:
      'My son had Kawasaki disease last year. Can it come back, and if it does, is it treated the same way?',
    types: ['prognosis', 'treatment'],
    why: '"and if it does" makes the second question depend on the first, but it asks something new: two questions, the first without the condition on its tail',
  },
  {
    message: 'Had surgery for acromegaly in March. Can the tumour come back?',
    types: ['prognosis'],
    why: 'whether the tumour can come back is the course the condition takes, as "can it come back?"',
  },
  {
    message: 'Could my son have familial Mediterranean fever? What happen if it is not treated?',
    types: ['diagnosis', 'complications'],
    why: 'what happens when it is not treated is what it leads to, also with the verb mistyped',
  },
  {
    message:
      'Kindly explain what tests are done to confirm myasthenia gravis. By evening my eyelids droop and I see double.',
    types: ['diagnosis'],
    why: '"kindly explain" asks as "please explain" does; the story after it is not part of the question',
  },
  {
    message:
      "Info needed on the side effects of long-term prednisone. I've been on 10 mg a day for two years. Also need instructions on how to come off it safely.",
    types: ['side_effects', 'drug_usage'],
    why: '"info needed on" and "need instructions on" are requests, each its own question',
  },
  {
    message:
      'I was diagnosed with lupus in the spring. I would like to know whether it can damage the kidneys, and whether the red rash across my nose is part of it.',
    types: ['complications', 'symptoms'],
    why: '", and whether" opens a second question inside the request',
  },
  {
    message:
      'She asked me whether myasthenia gravis is likely to get worse over time or whether it tends to settle.',
    types: ['prognosis'],
    why: '"or whether" gives the other answer to the same question: one question',
  },
  {
    subject: 'treatment for gout?',
    message:
      "My dad is 67 and for the third time this year his big toe has swollen up red and hot overnight. His GP gave him some pills last time but he stopped taking them. My mum and I are at our wits' end.",
    types: ['treatment'],
    why: "the message asks nothing and the subject does: the story is the background of the subject's question, not a question of its own",
  },
  {
    subject: 'Huntington disease',
    message:
      'My father was diagnosed last year. I go back and forth about whether I want to be tested. Is there someone I can talk to before I decide?',
    types: ['find_specialist'],
    why: 'someone to talk to before deciding on a test is a counselor to find',
  },
  {
    message: "Our son has Wilson's disease. What damage can the copper do if it isn't kept under control?",
    types: ['complications'],
    why: 'the damage it can do is what it leads to',
  },
  {
    message: 'My friend had Stevens-Johnson syndrome. What can she do to make sure it never happens again?',
    types: ['prevention'],
    why: 'making sure it never happens again is preventing it',
  },
  {
    message:
      'My wife has sarcoidosis in her lungs. This week her left eye went red. Is that part of the same disease?',
    types: ['symptoms'],
    why: 'whether a new sign is part of the same disease asks whether it belongs to it, not how two conditions relate',
  },
  {
    message:
      'My father was diagnosed with ALS in March. I need to know what to expect as it progresses and how much time we might have together.',
    types: ['prognosis'],
    why: 'what to expect as it progresses and how much time is left are both the outlook',
  },
  {
    message:
      'Please send me information on how often achondroplasia occurs, and whether two average-height parents can have a baby with it.',
    types: ['frequency', 'inheritance'],
    why: 'how often it occurs is how common it is; whether unaffected parents can have an affected baby is how it passes in families',
  },
  {
    message: 'whats the best thing for plantar fasciitis, it hurts every morning',
    types: ['treatment'],
    why: 'the best thing for a condition is what treats it',
  },
  {
    message: 'I get migraines every month. Can I take something for them so they dont ruin my weekends?',
    types: ['treatment'],
    why: 'something to take for them is a medicine that treats them, not how a medicine is taken',
  },
  {
    message:
      'My brother has Fabry disease and missed his infusions for months. Will his disease become worse without the treatment?',
    types: ['prognosis'],
    why: 'whether the disease becomes worse is its course, as "will it get worse"',
  },
  {
    message:
      'Our daughter (9) has long QT syndrome and takes nadolol. Her school starts swimming lessons. Is it safe for her to swim?',
    types: ['lifestyle'],
    why: '"it" in "is it safe for her to swim" stands for nothing: the question is about swimming with the condition, not about the medicine named before',
  },
  {
    message:
      'I had part of my bowel removed for Crohn disease. When can I get back to lifting heavy pots at work?',
    types: ['lifestyle'],
    why: 'getting back to lifting at work is daily life after the operation',
  },
  {
    message:
      'I started pyridostigmine for myasthenia last month and now I get stomach cramps and loose stools. Are these from the pyridostigmine?',
    types: ['side_effects'],
    why: 'complaints blamed on the medicine by name are its side effects, not what it contains',
  },
  {
    message:
      'My husband has melanoma and had two doses of Keytruda. Now his thyroid is off. Could the Keytruda have done that?',
    types: ['side_effects'],
    why: 'a change blamed on the medicine ("have done that") is a side effect',
  },
  {
    message: 'My son takes montelukast for his asthma. Can it make him moody?',
    types: ['side_effects'],
    why: 'whether the medicine can make him moody is a side effect',
  },
  {
    message:
      'My sister has just been found to have Fabry disease. Please advise whether I should be tested too, what the chance is that my son has it, and how it is treated.',
    types: ['diagnosis', 'inheritance', 'treatment'],
    why: 'a request listing three questions with commas asks each of them',
  },
  {
    message:
      'Our son is 12 and has haemophilia A. He wants to join the rugby club with his friends. Is rugby completely out for him?',
    types: ['lifestyle'],
    why: 'whether a sport is out for him is daily life with the condition, not its outlook',
  },
  {
    message:
      'I have restless legs syndrome and a 14-hour flight to Singapore next month. Any tips for getting through the flight?',
    types: ['lifestyle'],
    why: 'tips for a flight are about daily life with it, not preventing it',
  },
  {
    message:
      'I have sickle cell disease. I take hydroxyurea every day since two years. My cousin marries in Accra in December. Is it safe for me to take this flight?',
    types: ['lifestyle'],
    why: '"it" in "is it safe for me to take this flight" stands for nothing: flying with the condition, not the medicine',
  },
  {
    message: 'My daughter has FOP. If she has children one day, would they have FOP too?',
    types: ['inheritance'],
    why: 'whether her own children would have it is how it passes in families, not catching it',
  },
  {
    message:
      'My mother has Parkinsons and she cannot sleep at night, what medicine is safe for sleeping for her',
    types: ['treatment'],
    why: 'a safe medicine for her sleep is a treatment question, though it names sleep and safety',
  },
  {
    message:
      'My son has nephrotic syndrome and has been on prednisone since March. Can the dose be lowered slowly instead of stopping all at once?',
    types: ['drug_usage'],
    why: 'lowering the dose slowly is tapering, how the medicine is taken',
  },
  {
    message:
      'My daughter takes montelukast for asthma and wakes up screaming every night. Could the montelukast be giving her these bad dreams?',
    types: ['side_effects'],
    why: 'bad dreams blamed on the medicine ("be giving her") are a side effect',
  },
  {
    message:
      'I have hypothyroidism. I am always tired and my skin is dry. Are these things from the hypothyroidism or from something other?',
    types: ['symptoms'],
    why: 'whether complaints come from the condition, "or from something else" added, asks whether they belong to it',
  },
  {
    message: 'My husband was told he has sarcoidosis in his lungs. Could it scar his lungs for good?',
    types: ['complications'],
    why: 'scarring the lungs is damage it can lead to',
  },
  {
    message:
      'I have multiple sclerosis and lately I cry at adverts and snap at my kids. Can multiple sclerosis cause mood changes like this?',
    types: ['symptoms'],
    why: 'whether the condition causes changes "like this" asks whether the person\'s signs belong to it',
  },
  {
    message: 'My sister has Addison disease. Are the dark skin and the salt craving from Addison disease?',
    types: ['symptoms'],
    why: 'two signs blamed on the condition: whether they belong to it',
  },
  {
    message: 'My grandad has mesothelioma. Is there a hospital that specialises in it?',
    types: ['find_specialist'],
    why: 'a hospital that specialises in it is an expert center',
  },
  {
    message: 'I would like to learn about Schwartz-Jampel syndrome I am asking for my mother.',
    types: ['information'],
    why: 'learning about the condition is a request for information on it; whom it is asked for does not make it another question',
  },
  {
    message:
      'My son has Duchenne muscular dystrophy. Please tell me if there is new medicine in research for it.',
    types: ['research'],
    why: 'a medicine still "in research" is research, not an available treatment',
  },
  {
    message:
      'I was diagnosed with Wilson disease. I would like to know which foods are high in copper so I can avoid them.',
    types: ['lifestyle'],
    why: 'which foods to avoid is the diet with the condition',
  },
  {
    message:
      'We are going to Spain in August with our son who has cystic fibrosis. Does he need extra salt in the heat?',
    types: ['lifestyle'],
    why: 'extra salt in the heat is daily life with it, not its outlook',
  },
  {
    message:
      'Our daughter has osteogenesis imperfecta and her school is going skiing. Would you advise us to let her go on the ski trip?',
    types: ['lifestyle'],
    why: 'whether to let her go on a trip is daily life with the condition',
  },
  {
    message: 'My son has Duchenne muscular dystrophy. Can he take part in a clinical trial?',
    types: ['research'],
    why: 'taking part in a trial is research, though "take part" also asks about school and sport',
  },
  {
    message:
      'My son has type 1 diabetes and has been vomiting since lunch, his ketones are up. Is this dangerous?',
    types: ['complications'],
    why: 'whether a turn of the disease is dangerous asks what it can lead to',
  },
  {
    message: 'My mum is on warfarin and took her dose twice tonight. What should we look out for?',
    types: ['side_effects'],
    why: 'what to watch for after too much of a medicine is the harm the medicine can do',
  },
  {
    message:
      'My daughter has beta thalassaemia major and her ferritin is 4200. What does that much iron do to her heart?',
    types: ['complications'],
    why: 'harm to an organ in a disease (iron overload) is what the disease can lead to',
  },
  {
    message: 'My son has severe haemophilia A and bumped his head. Does he need an extra dose of factor now?',
    types: ['treatment'],
    why: 'an extra dose of what treats the disease is managing it',
  },
  {
    message:
      'I read online that metformin damages your kidneys over time. My doctor just started me on 500mg twice a day. Is that true?',
    types: ['side_effects'],
    why: '"is that true?" asks about the claim reported last before it (harm a medicine does), not the story between',
  },
  {
    message:
      'I read on a forum that cystic fibrosis is caused by the mother smoking while pregnant, is that true?',
    types: ['association'],
    why: 'the claim after "I read that", with the truth tag after it, asks whether a named exposure causes it',
  },
  {
    message:
      'My son is about to start Accutane. Reddit is full of stories saying it causes depression. Is that true or is it exaggerated?',
    types: ['side_effects'],
    why: '"or is it exaggerated" still only asks whether the claim is true',
  },
  {
    message: 'I have multiple sclerosis. Does MS fatigue count for PIP?',
    types: ['other'],
    why: 'whether a condition counts for a disability benefit is paperwork, not medicine',
  },
  {
    message: 'My son has Duchenne muscular dystrophy. Would he qualify for a clinical trial?',
    types: ['research'],
    why: 'qualifying for a trial is research, not an entitlement',
  },
  {
    message:
      'I have type 1 diabetes. Do I need a letter from my doctor to take my insulin needles on the plane?',
    types: ['other'],
    why: 'a letter for the airport is a travel document, not a question about taking insulin',
  },
  {
    message: 'My son has Duchenne muscular dystrophy. At what age do boys with DMD usually stop walking?',
    types: ['prognosis'],
    why: 'when walking is lost is the course of the disease',
  },
  {
    message: 'I have phenylketonuria and I am 19 now. Where do adults with PKU even go?',
    types: ['find_specialist'],
    why: 'where adults with it are seen asks for the clinic to turn to',
  },
  {
    message:
      'My brother has Down syndrome and our mother has died. Who should be looking after him medically now?',
    types: ['find_specialist'],
    why: 'who should look after him asks for the doctors to turn to',
  },
  {
    message:
      'I have myasthenia gravis and start a new job in September. Will I manage a full day of teaching with MG?',
    types: ['lifestyle'],
    why: 'whether a working day can be managed is work with the condition',
  },
  {
    message:
      'My daughter has neurofibromatosis type 1 and turns 18 next month. Does she still need yearly checks as an adult?',
    types: ['diagnosis'],
    why: 'regular checks are the tests that keep watch on it',
  },
  {
    message: 'My mum has just been told she has aplastic anaemia. Is it a type of leukaemia?',
    types: ['information'],
    why: 'whether it is a kind of another disease asks what it is',
  },
  {
    message: 'Our daughter has cystic fibrosis. Does pseudomonas mean her lungs will go downhill faster now?',
    types: ['prognosis'],
    why: 'going downhill is the course of the disease',
  },
  {
    message: 'My daughter has Dravet syndrome. How can we stop this happening every time she gets a cold?',
    types: ['prevention'],
    why: 'stopping the seizures from happening again is preventing attacks',
  },
  {
    message:
      'My son has PKU. The dietitian said he must stay on the diet for life, but an old doctor told us he could stop at 10. Who do I believe?',
    types: ['lifestyle'],
    why: '"who do I believe?" asks which advice told before is right: what it is about (the diet) is what is asked',
  },
  {
    message: 'I have hereditary angioedema. Can stress or my periods bring on the swellings?',
    types: ['cause'],
    why: 'what brings on its attacks is a cause question, even when something else is named as the trigger',
  },
  {
    message: 'My nephew has DiGeorge syndrome. Does it also affect learning and speech?',
    types: ['symptoms'],
    why: 'learning and speech are signs of the condition, not other problems it leads to',
  },
  {
    message:
      'I was just diagnosed with keratoconus. The doctor said it can get worse until your 30s, is that true?',
    types: ['prognosis'],
    why: 'the claim checked is about the course of the disease',
  },
  {
    message:
      "My daughter has a family history of malignant hyperthermia and needs her tonsils out. What can the hospital do to make sure she doesn't have a reaction?",
    types: ['prevention'],
    why: 'making sure an attack does not happen is prevention',
  },
  {
    message:
      "I have phenylketonuria. Is there any medicine now that can help keep phe down so I don't have to live on formula again?",
    types: ['treatment'],
    why: '"so I don\'t have to" says why a treatment is wanted, not what is prevented',
  },
  {
    message:
      'I have myasthenia gravis and my neurologist suggests a thymectomy. How long does recovery usually take?',
    types: ['prognosis'],
    why: 'how long recovery takes is the course after the operation',
  },
  {
    message:
      'My daughter has 22q11.2 deletion syndrome. Is it safe for her to have the MMR and other live vaccines?',
    types: ['contraindications'],
    why: 'whether someone with a condition may have a vaccine is a precaution',
  },
  {
    message: "I am on Humira for Crohn's. Does Humira itself make shingles more likely?",
    types: ['side_effects'],
    why: 'a disease a medicine makes more likely is harm the medicine does',
  },
  {
    message: 'We have one child with sickle cell disease. Is it really a 1 in 4 chance every time?',
    types: ['inheritance'],
    why: 'the odds for each pregnancy are the chance that the next child has it',
  },
  {
    message:
      'The rheumatologist said probably hypermobile EDS but there is no gene test for that type. How is it confirmed then? And is it ok to do weight training or pilates?',
    types: ['diagnosis', 'lifestyle'],
    why: 'how it is confirmed is diagnosis; whether an exercise is all right is daily life',
  },
  {
    message: 'My husband has CIDP and diabetes. Does IVIG work for it?',
    types: ['treatment'],
    why: 'whether a kind of treatment works for the condition is a treatment question',
  },
  {
    message: 'I have hereditary spherocytosis. Do I actually need my spleen out?',
    types: ['treatment'],
    why: 'whether an operation is needed now is a treatment question (whether it will be needed one day is the course)',
  },
  {
    message: 'I have hereditary haemochromatosis and my ferritin is high. Can I still drink wine?',
    types: ['lifestyle'],
    why: 'a drink with the condition (no medicine named) is daily life, diet',
  },
  {
    message: 'I have Wilson disease. What happens if I skip my meds for a while?',
    types: ['complications'],
    why: 'what the disease does when its treatment is stopped is what it leads to (no medicine named)',
  },
  {
    message: 'I have epilepsy and take lamotrigine. What happens if I forget my tablets?',
    types: ['drug_usage'],
    why: 'with the medicine named, a forgotten dose is how it is taken',
  },
  {
    message:
      "My boyfriend's brother has Friedreich ataxia and his mum says he could be a carrier. Could our children get it?",
    types: ['inheritance'],
    why: 'after talk of carriers, children getting it is inheritance (catching shingles from a parent stays susceptibility)',
  },
  {
    message:
      'Our first baby had spina bifida and I take medicine for epilepsy. Would high dose folic acid prevent it?',
    types: ['prevention'],
    why: 'whether something named prevents the condition is prevention, "high dose" notwithstanding',
  },
  {
    message: 'My daughter has moyamoya disease. How well does that surgery work to prevent more strokes?',
    types: ['treatment'],
    why: 'how well an operation works (to prevent strokes) asks about the treatment',
  },
  {
    message:
      'My mum is on Plavix after a stent and needs a tooth out. Will she bleed a lot if she keeps taking it?',
    types: ['side_effects'],
    why: 'bleeding while the medicine is taken is harm the medicine does',
  },
  {
    message:
      'I started Synthroid last week. If I keep taking it in the morning with my coffee, does the coffee stop it from working?',
    types: ['interactions'],
    why: '"if I keep taking it" only sets the scene: what is asked is the coffee with the medicine',
  },
  {
    message:
      'My ferritin is 6 and they say I have iron deficiency anaemia. Can iron deficiency anaemia make your hair fall out?',
    types: ['symptoms'],
    why: 'whether a complaint comes with the condition is about its signs',
  },
  {
    message: 'My mum takes warfarin and forgot her tablet yesterday. Should she take two today?',
    types: ['drug_usage'],
    why: 'a double dose after a missed one is how the medicine is taken',
  },
  {
    message:
      'My son takes methylphenidate for ADHD. Is it ok for him to have a break from it during the holidays?',
    types: ['drug_usage'],
    why: 'a break from the medicine is stopping it for a while',
  },
  {
    message: 'My daughter is 12 and has a fever. Can she take aspirin at her age?',
    types: ['contraindications'],
    why: 'whether a medicine suits someone of that age is who should not take it',
  },
  {
    message:
      'My husband has hypersensitivity pneumonitis and keeps pigeons. Are his birds really the reason?',
    types: ['association'],
    why: 'a named exposure asked as the cause of the condition is an association (labeling guide)',
  },
  {
    message: 'Is diabetes insipidus the same thing as sugar diabetes?',
    types: ['information', 'information'],
    why: 'whether two conditions are the same asks what each one is (labeling guide), with a word before the second name',
  },
  {
    message: 'can hypothyroidism make you gain weight',
    types: ['symptoms'],
    why: 'whether a complaint belongs to the condition; no medicine is named',
  },
  {
    message: 'my son has pink eye again, how do I stop the rest of us catching it?',
    types: ['prevention'],
    why: 'keeping it from spreading to the rest of the family is preventing it, not treating the son',
  },
  {
    message: 'Does smoking make graves disease more likely? Asking for my wife, she smokes a pack a day.',
    types: ['susceptibility'],
    why: 'an exposure raising the risk of the condition (labeling guide: susceptibility)',
  },
  {
    message:
      'My husband is on dialysis and gets Epogen with his treatments. Can the shots cause high blood pressure or clots?',
    types: ['side_effects'],
    why: '"the shots" are the medicine named before: a problem blamed on a medicine is a side effect',
  },
  {
    message: 'any way to stop the chest infections i get every winter with copd',
    types: ['prevention'],
    why: 'stopping what keeps coming back is preventing it (labeling guide: preventing attacks or relapses)',
  },
  {
    message: 'My mother takes pirfenidone. Should she take all 3 together or spread them out over the day?',
    types: ['drug_usage'],
    why: 'three tablets of one medicine taken together or apart: how the doses are taken, not an interaction',
  },
  {
    message:
      'The doctor gave us nystatin drops for her thrush. Do I keep using it once the white spots are gone?',
    types: ['drug_usage'],
    why: 'how long a medicine is used',
  },
  {
    message:
      'My 7 yr old has had tonsillitis 6 times since September. At what point do they take the tonsils out?',
    types: ['treatment'],
    why: 'an operation for the condition is its treatment',
  },
  {
    message: 'Can homocystinuria cause blood clots?',
    types: ['complications'],
    why: 'another disease the condition can lead to (labeling guide: complications), named by a topic word',
  },
  {
    message:
      'Our son was started on allopurinol. Should he take the allopurinol with his morning feed or at bedtime?',
    types: ['drug_usage'],
    why: 'when a medicine is taken, with a feed or at bedtime',
  },
  {
    message: 'is it safe to give my 4yr old benadryl (diphenhydramine) so she sleeps on a 10 hour flight?',
    types: ['contraindications'],
    why: 'whether a medicine suits a young child (labeling guide: contraindications), not how to pack it for a flight',
  },
  {
    message: 'Is it ok to take advil for a headache when you are on cyclosporine?',
    types: ['interactions'],
    why: 'one medicine taken while on another: how the two go together',
  },
  {
    message: 'can we get a puppy now that our son has had his kidney transplant?',
    types: ['lifestyle'],
    why: 'a pet at home after a transplant is daily life with it',
  },
  {
    message: 'Can I go back to gardening after my lung transplant?',
    types: ['lifestyle'],
    why: 'an activity after a transplant is daily life with it',
  },
  {
    message:
      "She was born without a womb. What treatment is there so that she can have a normal sex life when she's older?",
    types: ['treatment'],
    why: 'asks for a treatment, whatever it is for: a question naming treatment is not one about daily life',
  },
  {
    message:
      'My daughter is allergic to amoxicillin. The dentist prescribed cephalexin. Is it safe for her to take cephalexin with that allergy?',
    types: ['contraindications'],
    why: 'whether a medicine suits someone allergic to another one; "with that allergy" names no second medicine taken',
  },
  {
    message: "My cardiologist suggested fish oil. I'm allergic to shellfish. Can I take it with my warfarin?",
    types: ['interactions'],
    why: 'an allergy told before does not make "with my warfarin" a precaution: two medicines together',
  },
  {
    message:
      'The ABR showed auditory neuropathy. Will hearing aids help him or does he need a cochlear implant?',
    types: ['treatment'],
    why: 'whether a kind of treatment helps or is needed now',
  },
  {
    message:
      'Newborn screening for SMA: how is the test done on newborns? And what treatments are available once a baby is diagnosed?',
    types: ['diagnosis', 'treatment'],
    why: 'two questions; "what treatments are available" asks how it is treated, whatever the sentence before says about the test',
  },
  {
    message: "The haematologist says they will 'watch and wait'. Why would they not treat it straight away?",
    types: ['treatment'],
    why: 'why a treatment is not started asks about the treatment',
  },
  {
    message: 'Our baby has epidermolysis bullosa. Is there anything safe for the pain for such a tiny baby?',
    types: ['treatment'],
    why: 'what can be given for the pain',
  },
  {
    message:
      'im 14 and i have turner syndrome. is the growth hormone injection actually going to make me taller?',
    types: ['treatment'],
    why: 'whether a kind of treatment will work',
  },
  {
    message:
      'My stepdaughter has type 1 diabetes. If her sugar drops low at our house what exactly should I do?',
    types: ['treatment'],
    why: 'what to do when it happens is managing it',
  },
  {
    message: 'I have lupus and I am pregnant. Which lupus medicines are safe to keep taking?',
    types: ['treatment'],
    why: 'which medicines of the condition to take: its treatment (no medicine is named)',
  },
  {
    message:
      'dr put me on prednisone 40mg for a sarcoid flare. also the moon face + not sleeping at all, is that normal from it.',
    types: ['side_effects'],
    why: 'complaints blamed on "it", the medicine named before, though the question names the complaint',
  },
  {
    message: 'My dermatologist wants me on methotrexate for my psoriasis. Will it make my hair fall out?',
    types: ['side_effects'],
    why: 'a complaint a medicine may bring is a side effect (of the condition itself it would be a symptom)',
  },
  {
    message: 'My doctor switched me to Januvia. Can it still make my sugar go too low?',
    types: ['side_effects'],
    why: 'whether the medicine can still cause lows',
  },
  {
    message:
      'My daughter has coeliac. What actually happens long term if she keeps eating gluten now and then?',
    types: ['complications'],
    why: 'what the condition leads to when it is not kept to (labeling guide: complications)',
  },
  {
    message: 'I was born with PKU and came off the diet at 16. What can high phe levels do to the baby?',
    types: ['complications'],
    why: 'what the condition can do to a baby',
  },
  {
    message: 'My sister has EDS and has been sent for a heart scan. Does EDS cause heart problems?',
    types: ['complications'],
    why: 'another problem the condition can lead to, named by an organ and "problems"',
  },
  {
    message: 'marfan syndrome teen son, can he still play basket ball',
    types: ['lifestyle'],
    why: 'a sport with the condition is daily life with it',
  },
  {
    message:
      'The haematologist says it is benign neutropenia of infancy. She starts nursery next month, is that ok?',
    types: ['lifestyle'],
    why: 'going to nursery with the condition is daily life with it',
  },
  {
    message: 'My daughter has primary lymphedema in her left foot. Will it spread up her leg?',
    types: ['prognosis'],
    why: 'how the condition will go on (labeling guide: prognosis)',
  },
  {
    message: 'Our son had PFAPA fevers every month since he was two. Will he outgrow it?',
    types: ['prognosis'],
    why: 'whether a child grows out of it is the course of the condition',
  },
  {
    message: 'The haematologist thinks it is von Willebrand disease. Could it be haemophilia instead?',
    types: ['diagnosis'],
    why: 'whether the signs could be another condition (labeling guide: diagnosis)',
  },
  {
    message: 'My brother has Fabry disease and I get burning pain in my hands too, could i have it too',
    types: ['diagnosis'],
    why: "whether the writer's own signs could be it (of a sibling asked about, the chance is inheritance)",
  },
  {
    message: 'I have lupus and the rash on my face comes and goes. Does the sun make it worse?',
    types: ['cause'],
    why: 'what brings its flares on (labeling guide: cause)',
  },
  {
    message:
      'My husband has myasthenia gravis and is in hospital with a chest infection. Can a chest infection make it flare up like this?',
    types: ['cause'],
    why: 'something named as what brings on a flare of the condition asked about by "it"',
  },
  {
    message:
      'Our first baby had Zellweger syndrome and died at 5 months. If we try again, could it happen again?',
    types: ['inheritance'],
    why: 'the chance that a next baby has it (labeling guide: inheritance)',
  },
  {
    message: 'Our daughter has Dravet syndrome. Did she get the SCN1A mutation from one of us?',
    types: ['inheritance'],
    why: 'whether the change came from a parent: how it passes in families',
  },
  {
    message: "I have epilepsy and take lamotrigine. Is it safe to take while we're trying for a baby?",
    types: ['contraindications'],
    why: 'a medicine while trying for a baby (labeling guide: pregnancy precautions)',
  },
  {
    message: 'I take methotrexate on Monday mornings but I feel sick for work. Can I switch to Friday night?',
    types: ['drug_usage'],
    why: 'moving a weekly dose to another day is how the medicine is taken',
  },
  {
    message:
      'My sister was just diagnosed with lupus. First, what causes it? Second, can it attack her kidneys?',
    types: ['cause', 'complications'],
    why: 'an ordinal opening a question is a list marker: "Second, can it ..." is "can it attack her kidneys?"',
  },
  {
    message:
      'hi im 17 and just got diagnosed with wilson disease\n1 do i have to stop eating chocolate\n2 will my liver get better',
    types: ['lifestyle', 'prognosis'],
    why: 'a numbered list typed without punctuation: each line after its number is a question',
  },
  {
    subject: 'Myasthenia gravis and pregnancy',
    message:
      "I've had it for 4 years, well controlled on Mestinon, and I'm 12 weeks along. Does pregnancy usually make it better or worse?",
    types: ['prognosis'],
    why: 'what makes "it" better or worse is the disease, not the medicine named last',
  },
  {
    message:
      'I have myasthenia gravis, controlled with Mestinon. Is it safe for me to go on a cruise to Alaska?',
    types: ['lifestyle'],
    why: '"it" before going on a cruise stands for nothing: the question is about the trip, not the medicine',
  },
  {
    message: 'My daughter has cold urticaria. Is it dangerous for her to swim in the sea?',
    types: ['lifestyle'],
    why: 'whether an activity is safe with the condition is daily life, not a sign of it',
  },
  {
    message:
      'Our daughter was diagnosed with hypertrophic cardiomyopathy after fainting at soccer. Can she ever play again?',
    types: ['lifestyle'],
    why: 'going back to a sport',
  },
  {
    message: 'I was diagnosed with Marfan syndrome last month. Could my aorta actually tear?',
    types: ['complications'],
    why: 'an organ the condition can harm',
  },
  {
    message: 'My husband was told he has Wilson disease. Should his brothers get checked too?',
    types: ['diagnosis'],
    why: 'whether relatives should be checked is diagnosis (labeling guide), "get checked" as "be checked"',
  },
  {
    message: 'My daughter is 16 and has glandular fever. How long is she going to feel this tired?',
    types: ['prognosis'],
    why: 'how long the illness lasts',
  },
  {
    message: "I stood on a rusty nail and my husband says I'll get tetanus. Do I need a jab?",
    types: ['prevention'],
    why: 'a vaccine against the condition',
  },
  {
    message:
      'My mother has been on Lanoxin for years. Could it be the reason she has gone off her food lately?',
    types: ['side_effects'],
    why: 'a complaint blamed on the medicine, though it names food',
  },
  {
    message: 'My daughter takes levothyroxine. Can too much levothyroxine hurt her?',
    types: ['side_effects'],
    why: 'the harm of a medicine in excess',
  },
  {
    message:
      'I take paracetamol for my back. Is it alright to have it with my glass of sherry in the evening?',
    types: ['interactions'],
    why: 'sherry is a drink of alcohol with a medicine',
  },
  {
    message: "does accutane make u depressed?? also can u drink on it bc my cousin's wedding is in 3 weeks",
    types: ['side_effects', 'interactions'],
    why: 'drinking "on" a medicine is alcohol with it',
  },
  {
    message:
      'how rare is narcolepsy actually?? and can u drive w/ it, my dad wont let me take my driving test',
    types: ['frequency', 'lifestyle'],
    why: 'driving with the condition is daily life, asked with "u" for "you"',
  },
  {
    message: 'fainted at work again today. and what r u supposed to eat, ppl keep telling me salt salt salt',
    subject: 'POTS',
    types: ['lifestyle'],
    why: 'what to eat is the diet',
  },
  {
    message: 'how common is fragile x?? and is it the mom who passes it on?',
    types: ['frequency', 'inheritance'],
    why: 'which parent passes it on is how it is inherited',
  },
  {
    message: 'my 8yo has tourette syndrome. will his school have to know?',
    types: ['lifestyle'],
    why: 'what the school must know is school life (labeling guide: school)',
  },
  {
    message:
      'For six years I have had Prolia injections. I am 85 and tired of injections: may I simply stop them?',
    types: ['drug_usage'],
    why: 'stopping a medicine is how it is taken',
  },
  {
    message:
      'I was diagnosed with Parkinson disease at 76. Would there be any point in my sons being tested now?',
    types: ['diagnosis'],
    why: 'relatives being tested is diagnosis, not a treatment "being tested" in research',
  },
  {
    message:
      'I had a stroke at 34. What causes a stroke at my age? Should my brothers and sisters get checked?',
    types: ['cause', 'diagnosis'],
    why: 'whether relatives should be checked is diagnosis, two relatives named together',
  },
  {
    message: 'Three people in my family have cavernous malformations. Should my other two kids have an MRI?',
    types: ['diagnosis'],
    why: 'having a scan is a test',
  },
  {
    message: 'Can I eat grapefruit while on Lipitor? And does Lipitor have to be taken with food?',
    types: ['interactions', 'drug_usage'],
    why: 'a food with a medicine; then whether it must be taken with a meal, which is how to take it',
  },
  {
    message: "My father had a hemorrhagic stroke. What can he do so this doesn't happen again?",
    types: ['prevention'],
    why: 'keeping it from happening again',
  },
  {
    message:
      'My father died of Creutzfeldt-Jakob disease. We nursed him at home. Could we have caught it from him?',
    types: ['susceptibility'],
    why: 'whether it is catching',
  },
  {
    message: 'My husband died of glioblastoma. Were there any signs we should have noticed earlier?',
    types: ['symptoms'],
    why: 'its early signs',
  },
  {
    message: 'My friend died of Wolff-Parkinson-White syndrome. Can it really kill you?',
    types: ['prognosis'],
    why: 'whether it is deadly is the outlook',
  },
  {
    message:
      'My sister has Williams syndrome. What heart or blood pressure problems should we look out for as she gets older?',
    types: ['complications'],
    why: 'problems it leads to, named by organ before "problems"',
  },
  {
    message: 'My sister is 52 and has cerebral palsy. Who should she be seeing?',
    types: ['find_specialist'],
    why: 'which doctor to see',
  },
  {
    message: 'Our daughter has 22q11.2 deletion syndrome. What support will she need at school?',
    types: ['lifestyle'],
    why: 'school (labeling guide: school)',
  },
  {
    message:
      'The sperm donor was diagnosed with hypertrophic cardiomyopathy. Do my kids need heart screening?',
    types: ['diagnosis'],
    why: 'screening relatives is diagnosis',
  },
  {
    message: 'Our adopted son has Duchenne muscular dystrophy. Is it something his birth mother carries?',
    types: ['inheritance'],
    why: 'carriers are inheritance',
  },
  {
    message: 'I have lupus. How do I stop flaring every single finals week?',
    types: ['prevention'],
    why: 'preventing its flares',
  },
  {
    message:
      "My doctor prescribed nifedipine for my Raynaud's. How does nifedipine help with that? And can it give me headaches?",
    types: ['indication', 'side_effects'],
    why: '"it" giving a complaint right after the medicine is the medicine (the side effect), though the clause names headaches',
  },
  {
    message: 'I was started on lisinopril last week. Can it cause a cough?',
    types: ['side_effects'],
    why: 'the same: "it" is the medicine named last',
  },
  {
    message: 'I have hereditary angioedema. Is there anything I can take beforehand to stop one happening?',
    types: ['prevention'],
    why: 'stopping an attack before it happens is prevention, though "anything I can take" reads as treatment',
  },
  {
    message:
      'My mum and my gran had varicose veins. Is there anything I can do to stop myself getting varicose veins?',
    types: ['prevention'],
    why: 'keeping oneself from getting it',
  },
  {
    message: "I have Addison's disease. What can bring on an adrenal crisis out there? How do I avoid one?",
    types: ['cause', 'prevention'],
    why: 'what brings on its attacks is cause (labeling guide), avoiding one prevention',
  },
  {
    message: 'A friend from my IVF group swears by DHEA. What does it do exactly?',
    types: ['indication'],
    why: 'what a supplement does is what it is for',
  },
  {
    message:
      'I went to A&E with a kidney stone and came out with tamsulosin. Why would they give tamsulosin to me?',
    types: ['indication'],
    why: 'why it was given is what it is for',
  },
  {
    message: 'I looked up tamsulosin and it is a prostate pill! Can women even take it safely?',
    types: ['contraindications'],
    why: 'who should not take it',
  },
  {
    message:
      'I just started Humira pens for my psoriatic arthritis. What am I supposed to do with the used pens?',
    types: ['storage_disposal'],
    why: 'throwing used pens away',
  },
  {
    message:
      'Our son may have Pendred syndrome. We would like another baby, what are the chances it would have the same thing?',
    types: ['inheritance'],
    why: 'the chance a next child has it',
  },
  {
    message: 'The pediatrician thinks it is neurofibromatosis type 1. Could it be something else?',
    types: ['diagnosis'],
    why: 'whether it is it',
  },
  {
    message:
      "I have Gaucher disease and still get bone pain in my legs, is that from the Gaucher's or could it be something else?",
    types: ['symptoms'],
    why: 'one question with "or": whether the pain belongs to it',
  },
  {
    message:
      'I was diagnosed with fibromyalgia but get a red rash in the sun. Could it actually be lupus instead?',
    types: ['diagnosis'],
    why: '"could it be X instead?" with a word between',
  },
  {
    message: 'Our son has familial Mediterranean fever. Should we get his little sister tested too?',
    types: ['diagnosis'],
    why: 'testing a relative is diagnosis (labeling guide)',
  },
  {
    message: 'My father in law had urinary retention. How do they usually sort it out for good?',
    types: ['treatment'],
    why: 'how it is fixed',
  },
  {
    message: 'The MRI showed an AVM in her brain. Can it bleed?',
    types: ['complications'],
    why: 'what it can lead to',
  },
  {
    message: 'The newborn screen says our baby has partial biotinidase deficiency. Is it treatable?',
    types: ['treatment'],
    why: 'whether it can be treated',
  },
  {
    message: "I'm 58 and have osteogenesis imperfecta type I. Would bisphosphonates help someone my age?",
    types: ['treatment'],
    why: 'whether a treatment helps',
  },
  {
    message: 'I have antiphospholipid syndrome. Do I need to be on blood thinners for the rest of my life?',
    types: ['treatment'],
    why: 'how long the treatment lasts is the treatment',
  },
  {
    message:
      'My 6 year old has familial hypercholesterolemia. Do they really put children as young as 6 on statins?',
    types: ['treatment'],
    why: 'a treatment for a child',
  },
  {
    message: 'My husband has severe aplastic anemia. Is the transplant his best chance?',
    types: ['treatment'],
    why: 'the best treatment',
  },
  {
    message:
      'just got diagnosed w marfans syndrome last week. i play basketball 4x a week. can i still play??',
    types: ['lifestyle'],
    why: 'playing on with the condition',
  },
  {
    message: 'I have hemochromatosis. Is alcohol ok?',
    types: ['lifestyle'],
    why: 'a drink with a condition (not a medicine) is daily life',
  },
  {
    message:
      'Three of my under-14 players have Osgood-Schlatter disease. Should they be sitting out of training?',
    types: ['lifestyle'],
    why: 'sport with the condition',
  },
  {
    message:
      "Our son's heel prick came back positive for PKU. Can I really not breastfeed him at all anymore??",
    types: ['lifestyle'],
    why: 'feeding the baby is diet',
  },
  {
    message: 'I was diagnosed with achalasia last year. Is there an increased risk of oesophageal cancer?',
    types: ['complications'],
    why: 'another condition the one named before leads to',
  },
  {
    message:
      'My son was prescribed methylphenidate for ADHD. How should he take it, and what side effects should we watch for?',
    types: ['drug_usage', 'side_effects'],
    why: 'how to take it, then its side effects',
  },
  {
    message:
      "We keep a boy's Ritalin for his lunchtime dose. Today he missed it and he is back at 2.30 - is it too late to give it?",
    types: ['drug_usage'],
    why: 'a late dose is how it is taken',
  },
  {
    message: 'hi i was just started on metformin for my sugar. also it gives me the runs is that normal',
    types: ['side_effects'],
    why: 'a complaint "it" gives, asked without a question mark, is a side effect of the medicine named before',
  },
  {
    message: 'I take ibuprofen most days for my back. Can too much ibuprofen be harmful?',
    types: ['side_effects'],
    why: 'the harm of a medicine in excess',
  },
  {
    message:
      "Our daughter's genetic test showed a change in PTPN11 and they told us it means Noonan syndrome. What does the PTPN11 change mean?",
    types: ['genetic_changes'],
    why: 'what a change in a gene, named by its symbol, means',
  },
  {
    message:
      'My 6 year old has cystic fibrosis and takes Creon with meals. What is Creon actually doing in his body?',
    types: ['indication'],
    why: 'what the medicine does',
  },
  {
    message:
      'At 68 I was found to have hemochromatosis. Can the excess iron already have damaged my liver or heart?',
    types: ['complications'],
    why: 'organs the condition has harmed',
  },
  {
    message:
      'My late brother was diagnosed with oculopharyngeal muscular dystrophy and now my eyelids droop. Could I have the same thing?',
    types: ['diagnosis'],
    why: 'whether his own signs could be it',
  },
  {
    message:
      'My identical twin was diagnosed with multiple sclerosis at 31. What are my chances of getting it too?',
    types: ['inheritance'],
    why: 'the chance a relative gets it is inheritance (labeling guide)',
  },
  {
    message:
      'My late father had Parkinson disease. Is there anything I can do to lower my own chances of getting it?',
    types: ['prevention'],
    why: "lowering one's chances is prevention, though a relative is named",
  },
  {
    message:
      "My father has Huntington's disease. I want to be tested but the closest genetic counselor is in another state. Where can I get genetic counseling without travelling that far?",
    types: ['find_specialist'],
    why: 'where to find a counselor',
  },
  {
    message: 'My son has long QT syndrome. Where is the nearest clinic for inherited heart rhythm problems?',
    types: ['find_specialist'],
    why: 'where to find care, though it names "inherited"',
  },
  {
    message:
      'My sister is 16 and has anorexia nervosa. Is there anything that stops her relapsing once she is home?',
    types: ['prevention'],
    why: 'preventing a relapse',
  },
  {
    message:
      'My brother has severe hemophilia A and I am pregnant with a boy. Can they test him before he is born?',
    types: ['diagnosis'],
    why: 'testing before birth',
  },
  {
    message:
      'Our granddaughter has Turner syndrome. Will the growth hormone injections they mentioned help her grow taller?',
    types: ['treatment'],
    why: 'whether a treatment will help',
  },
  {
    message:
      'Our daughter is 8 and has mild hemophilia A. Is horse riding too dangerous for a child with hemophilia?',
    types: ['lifestyle'],
    why: 'a hobby with the condition',
  },
  {
    message:
      "I've had epilepsy since I was 14 and have been seizure free for six years. Can I learn to scuba dive?",
    types: ['lifestyle'],
    why: 'a hobby with the condition',
  },
  {
    message:
      'I play cello and my desk partner takes propranolol before concerts. Can I take it if I have asthma?',
    types: ['contraindications'],
    why: 'who should not take it',
  },
  {
    message: 'Is it common for myasthenia gravis to affect your voice? I sing in our church choir.',
    types: ['symptoms'],
    why: 'whether a sign belongs to it, not how common it is',
  },
  {
    message:
      'My son has sickle cell disease and his school trip goes up to 3000 metres. What can we do to stop him having a crisis while he is up there?',
    types: ['prevention'],
    why: 'preventing a crisis',
  },
  {
    message: 'My BRCA2 letter came back positive. What can I do to lower my risk?',
    types: ['prevention'],
    why: 'lowering the risk is prevention',
  },
  {
    message: 'My brother-in-law has Brugada syndrome. Does the heat of the sauna bring on dangerous rhythms?',
    types: ['cause'],
    why: 'what brings on its attacks',
  },
  {
    message:
      'After my bowel tumour was tested the letter confirmed Lynch syndrome. Does Lynch syndrome also raise my risk of womb cancer?',
    types: ['complications'],
    why: 'another condition the first one leads to',
  },
  {
    message:
      'My nephew has fragile X syndrome and I carry a premutation. Could a son of mine have fragile X syndrome?',
    types: ['inheritance'],
    why: 'the chance a child has it',
  },
  {
    message: 'My carrier report says "SMN1 copy number: 1". Is SMN1 the only gene involved in this?',
    types: ['genetic_changes'],
    why: 'which gene, named by its symbol',
  },
  {
    message:
      'Our daughter has Turner syndrome and is the smallest in her class. Will she need growth hormone injections?',
    types: ['treatment'],
    why: 'a treatment needed',
  },
  {
    message:
      'A student of mine has Ehlers-Danlos syndrome, the hypermobile type. Are dislocated joints a common symptom?',
    types: ['symptoms'],
    why: 'whether a sign belongs to it',
  },
  {
    message:
      "My fiancee's brother has hemophilia A. Can a woman who is a carrier have bleeding symptoms herself?",
    types: ['symptoms'],
    why: 'the signs a carrier has',
  },
  {
    message:
      "I have Addison's disease and have been throwing up since 2am. Is this what an adrenal crisis feels like?",
    types: ['symptoms'],
    why: 'what an attack looks like',
  },
  {
    message:
      'My daughter had Wilms tumor at 3 and she is 24 now. Can the Wilms tumor come back after all these years?',
    types: ['prognosis'],
    why: 'whether it comes back is its course',
  },
  {
    message:
      'My brother has chronic graft versus host disease after a transplant. Is this going to be lifelong for him?',
    types: ['prognosis'],
    why: 'whether it lasts for life',
  },
  {
    message: 'My Ventolin makes my hands all shaky. Is that from the inhaler?',
    types: ['side_effects'],
    why: '"the inhaler" points at the medicine named before',
  },
  {
    message: 'my dad has huntingtons disease. will i get it too?',
    types: ['inheritance'],
    why: "a child's chance of getting it from a parent",
  },
  {
    message: 'hi i am 10 and i have celiac. can i have birthday cake at partys?',
    types: ['lifestyle'],
    why: 'food with the condition',
  },
  {
    message: "I've got cystic fibrosis and I'm 12. Can I still do sleepovers at my friends houses?",
    types: ['lifestyle'],
    why: 'daily life',
  },
  {
    message:
      'i have tourettes and my teacher thinks i make noises on purpose. how do i get my school to understand?',
    types: ['lifestyle'],
    why: 'school',
  },
  {
    message:
      'I have to have a methotrexate injection every friday and it makes me sick all weekend. Can I have it on a different day?',
    types: ['drug_usage'],
    why: 'when to take it',
  },
  {
    message: 'My dad has bipolar disorder. Is there a group for kids whose parents have it?',
    types: ['find_specialist'],
    why: 'a support group',
  },
  {
    message:
      "I'm a sheep farmer and the vet has raised Q fever in the ewes. Can Q fever harm an unborn baby?",
    types: ['complications'],
    why: 'what it does to a pregnancy, not a child inheriting it',
  },
  {
    message:
      "I had premature ovarian failure after chemo. What happens to my bones if I don't take hormone replacement?",
    types: ['complications'],
    why: 'what it leads to untreated',
  },
  {
    message: 'My uncle has brucellosis from goat milk. How long is the treatment?',
    types: ['treatment'],
    why: 'the treatment',
  },
  {
    message:
      'I had retinoblastoma as a baby and we are expecting our first. Should the baby be checked after birth?',
    types: ['diagnosis'],
    why: 'testing the baby',
  },
  {
    message:
      'My doctor thinks the white patches on my hands are vitiligo. Could my grandchildren catch it from me?',
    types: ['susceptibility'],
    why: 'whether it is catching, though it names grandchildren',
  },
  {
    message:
      'I pulled a tick off my leg five weeks ago and now my knees ache. I think it is Lyme disease. Is it too late for treatment?',
    types: ['treatment'],
    why: 'a treatment, and whether it can still be given',
  },
  {
    message:
      'One of our boys has Angelman syndrome and he rarely sleeps more than 3 hours. Is poor sleep common in Angelman syndrome?',
    types: ['symptoms'],
    why: 'whether a sign belongs to it',
  },
  {
    message:
      'I care for a lady with multiple sclerosis. Her legs get weaker in hot weather. Is the heat making her multiple sclerosis worse?',
    types: ['cause'],
    why: 'what brings on its attacks',
  },
  {
    message:
      'A resident is back from hospital after Clostridium difficile infection. What should we do to stop it spreading to the other residents?',
    types: ['prevention'],
    why: 'preventing it in others',
  },
  {
    message: 'A resident fed via PEG is prescribed alendronate. Can it be given down the PEG?',
    types: ['drug_usage'],
    why: 'how to give it',
  },
  {
    message:
      "The geneticist wrote SYNGAP1-related intellectual disability on our son's report. Will his younger sister need testing as well?",
    types: ['diagnosis'],
    why: 'testing a relative',
  },
  {
    message: 'My mom has Huntington disease. How does the predictive test work?',
    types: ['diagnosis'],
    why: 'how the test is done',
  },
  {
    message: "I have Marfan syndrome and we want a baby. What's the chance baby gets Marfan syndrome?",
    types: ['inheritance'],
    why: 'the chance a child has it',
  },
  {
    message: 'Hubby has AF and is now on Eliquis. are his bleeding gums a s/e of it?',
    types: ['side_effects'],
    why: '"s/e" is a side effect',
  },
  {
    message:
      'I had a DVT after a long flight last year and I fly again in December. What can I do to stop another DVT happening on the plane?',
    types: ['prevention'],
    why: 'preventing it happening again',
  },
  {
    message:
      'The neurologist wants our son with tuberous sclerosis on everolimus. Does everolimus weaken the immune system?',
    types: ['side_effects'],
    why: 'what the medicine does besides its purpose',
  },
  {
    message:
      'A bat flew around our bedroom last night. Could we have been exposed to rabies without noticing a bite?',
    types: ['susceptibility'],
    why: 'whether someone may have caught it',
  },
  {
    message:
      'I have thalassemia major and took my deferasirox twice yesterday by accident. Could the extra dose hurt my kidneys?',
    types: ['side_effects'],
    why: 'harm blamed on a dose is a side effect',
  },
  {
    message:
      'My kidney transplant team insists I use 2 types of birth control while on CellCept. Why is that?',
    types: ['contraindications'],
    why: 'a precaution against pregnancy on the medicine',
  },
  {
    message: 'I take Tegretol for my epilepsy. Will it make my birth control implant not work?',
    types: ['interactions'],
    why: 'the medicine weakening the contraceptive ("birth control" is a topic, not the focus)',
  },
  {
    message: 'started rifampin for latent TB, do i need a backup method with my birth control?',
    types: ['interactions'],
    why: 'the medicine weakening the contraceptive',
  },
  {
    message: 'My son has Down syndrome, he just turned 3. How often should his thyroid be tested?',
    types: ['diagnosis'],
    why: 'the tests that follow a condition up',
  },
  {
    message:
      'Our son had Kawasaki disease 2 years ago and a small aneurysm. How long does he need to keep having echocardiograms?',
    types: ['diagnosis'],
    why: 'the tests that follow a condition up (not how long it lasts)',
  },
  {
    message: 'Is the yearly brain doppler scan really needed for kids with sickle cell?',
    types: ['diagnosis'],
    why: 'a follow-up test',
  },
  {
    message: 'Do I need a blood count check on tegretol',
    types: ['drug_usage'],
    why: 'the monitoring a medicine needs',
  },
  {
    message: 'what should my lithium level be?? mine came back 1.1',
    types: ['drug_usage'],
    why: 'the level a medicine is kept at',
  },
  {
    message:
      'Our daughter has Williams syndrome. Who is supposed to coordinate all of this, the pediatrician or the genetics clinic?',
    types: ['find_specialist'],
    why: 'which doctor or clinic leads the care',
  },
  {
    message: 'I have haemochromatosis. Is giving blood really the main treatment?',
    types: ['treatment'],
    why: 'the treatment of the condition',
  },
  {
    message:
      'My grandson has common variable immunodeficiency. Will he need the infusions for the rest of his life?',
    types: ['treatment'],
    why: 'a treatment for life is the treatment of the condition (not its outlook)',
  },
  {
    message: 'should a tongue tie be snipped if breastfeeding is really painful?',
    types: ['treatment'],
    why: 'an operation for it',
  },
  {
    message: 'Our newborn has a congenital melanocytic nevus. Should we have it removed?',
    types: ['treatment'],
    why: 'removing it is treating it',
  },
  {
    message:
      "I was diagnosed with Bell's palsy and I'm already on the steroids. Would adding acupuncture speed things up?",
    types: ['treatment'],
    why: 'whether a treatment helps',
  },
  {
    message: 'My daughter has scoliosis. Does the brace actually work or is it just to make us feel better?',
    types: ['treatment'],
    why: 'whether a treatment helps ("brace" is not Orthodontia)',
  },
  {
    message: "I'm 18 and have Wilson's disease. I'm starting uni in September. Can I drink at all?",
    types: ['lifestyle'],
    why: 'drinking with the condition',
  },
  {
    message: 'i have epilepsy and had a seizure at work 3 weeks ago. how long before i can drive again',
    types: ['lifestyle'],
    why: 'driving with the condition',
  },
  {
    message: 'My brother has hemophilia B. And should he really be playing football at all?',
    types: ['lifestyle'],
    why: 'a sport with the condition',
  },
  {
    message: 'Our son has Down syndrome. If the x-ray is fine, can he do tumbling and somersaults?',
    types: ['lifestyle'],
    why: 'a sport with the condition',
  },
  {
    message:
      'Our daughter has sickle cell disease and a place for Hajj. Is the heat and all the walking safe for someone like her?',
    types: ['lifestyle'],
    why: 'daily life with the condition',
  },
  {
    message: 'My son has G6PD deficiency. Is he allowed to fast a few days with us?',
    types: ['lifestyle'],
    why: 'fasting with the condition',
  },
  {
    message: 'Our son has PKU. Which drinks are actually safe for him?',
    types: ['lifestyle'],
    why: 'diet with the condition',
  },
  {
    message: 'I have hypokalemic periodic paralysis. Is there a diet I should follow?',
    types: ['lifestyle'],
    why: 'diet with the condition',
  },
  {
    message:
      'My daughter takes acetazolamide for her periodic paralysis. She is off to uni, can she drink alcohol while on it?',
    types: ['interactions'],
    why: 'drinking beside a medicine asks how the two mix',
  },
  {
    message:
      "My son has Crohn's disease and just started vedolizumab infusions. Is he at higher risk of colon cancer later on?",
    types: ['complications'],
    why: 'another condition the one he has leads to',
  },
  {
    message: 'My teenage daughter has albinism. Is she more likely to get skin cancer?',
    types: ['complications'],
    why: 'another condition the one she has leads to',
  },
  {
    message:
      'I had radiotherapy as a teenager. Am I really at higher risk of breast cancer because of the radiation?',
    types: ['susceptibility'],
    why: 'a risk blamed on an exposure is who is at risk',
  },
  {
    message: 'My son has haemophilia A. What should we do if he has a bleed while we are camping?',
    types: ['treatment'],
    why: 'managing it when it happens',
  },
  {
    message: 'what should be in a seizure plan for a child with dravet syndrome',
    types: ['treatment'],
    why: 'managing the seizures',
  },
  {
    message: 'sick day rules for type 1 diabetes?',
    types: ['treatment'],
    why: 'managing it when ill',
  },
  {
    message: 'My daughter takes Keppra for her epilepsy. What should we do if she throws up her dose?',
    types: ['drug_usage'],
    why: 'what to do about a vomited dose is how the medicine is taken',
  },
  {
    message: 'does sudafed really dry up your milk supply?? I have the worst head cold',
    types: ['side_effects'],
    why: 'harm a medicine does besides its purpose',
  },
  {
    message: 'im on doxycycline for 3 weeks for a tick bite. will i burn more easily on it?',
    types: ['side_effects'],
    why: 'harm a medicine does besides its purpose',
  },
  {
    message: 'If I take Benadryl at 11pm for allergies, will I still be groggy when I drive to work at 7?',
    types: ['side_effects'],
    why: 'harm a medicine does besides its purpose',
  },
  {
    message:
      'Started Flonase this spring for my allergies. How many sprays should I do? Could it be causing my nosebleeds?',
    types: ['drug_usage', 'side_effects'],
    why: '"it" causing a complaint, after a question on the medicine, is the medicine',
  },
  {
    message: 'My 15 year old takes mefenamic acid for her cramps. Should it be taken with food?',
    types: ['drug_usage'],
    why: 'taking it with food is how it is taken (no food is named with it)',
  },
  {
    message: 'How often do you normally get Botox injections for neck dystonia?',
    types: ['drug_usage'],
    why: 'how often a medicine is given',
  },
  {
    message:
      'I have myasthenia gravis and take pyridostigmine every 4 hours. How am I supposed to manage the pyridostigmine if I fast from dawn to sunset?',
    types: ['drug_usage'],
    why: 'how a medicine is taken',
  },
  {
    message:
      'My son takes prednisone every morning. He vomited right after it today. Should I give it again?',
    types: ['drug_usage'],
    why: 'what to do about a vomited dose',
  },
  {
    message: 'is it ok to take half my insulin dose until i can afford my next vial',
    types: ['drug_usage'],
    why: 'how much of a medicine is taken',
  },
  {
    message:
      'Our son has achondroplasia. The doctor said it was a new change. Are we likely to have another baby with it?',
    types: ['inheritance'],
    why: 'the chance that a next baby has it',
  },
  {
    message:
      'We lost our daughter to trisomy 18. Before we try again, is the chance of it happening again very small?',
    types: ['inheritance'],
    why: 'the chance that a next baby has it (the message speaks of trying again)',
  },
  {
    message: 'is it legal to import hydroxychloroquine from india for my lupus',
    types: ['other'],
    why: 'getting hold of a medicine',
  },
  {
    message:
      'Our baby has infantile spasms and the neurologist prescribed Sabril. Why is Sabril so hard to get?',
    types: ['other'],
    why: 'getting hold of a medicine',
  },
  {
    message: 'Is coeliac disease the same thing as a wheat allergy?',
    types: ['information', 'information'],
    why: 'whether two conditions are the same: what each is',
  },
  {
    message: 'is a cluster headache the same thing as a migraine?',
    types: ['information', 'information'],
    why: 'whether two conditions are the same: what each is',
  },
  {
    message: 'I have lupus and we are going hiking in the desert. Can the sun cause a lupus flare?',
    types: ['cause'],
    why: 'what brings on its attacks',
  },
  {
    message:
      'My eye doctor gave me timolol drops for glaucoma. I have had asthma since I was a kid. Is it safe for someone with asthma to use these?',
    types: ['contraindications'],
    why: 'using a medicine with a condition is a precaution, not daily life',
  },
  {
    message:
      'I have myotonic dystrophy type 1 and my ECG shows a conduction delay. Should I be getting a pacemaker or an ICD?',
    types: ['treatment'],
    why: 'a device that treats it',
  },
  {
    message:
      'Our baby failed her hearing screen and may have Waardenburg syndrome. Will she need hearing aids?',
    types: ['treatment'],
    why: 'a device that treats it',
  },
  {
    message:
      'Our daughter has recessive dystrophic epidermolysis bullosa. Could the next baby be tested early in pregnancy?',
    types: ['diagnosis'],
    why: 'testing for it before birth (not the chance the baby has it)',
  },
  {
    message:
      'Our son was born with hypoplastic left heart syndrome. We are thinking about trying again. Would they do a fetal echo next pregnancy?',
    types: ['diagnosis'],
    why: 'testing for it before birth',
  },
  {
    message: 'Can you get addicted to tramadol? Been taking it about 6 months for osteoarthritis.',
    types: ['side_effects'],
    why: 'harm a medicine does besides its purpose',
  },
  {
    message:
      'I take lisinopril, metformin and atorvastatin. For two months I have had a dry tickly cough. Is the lisinopril the one causing it?',
    types: ['side_effects'],
    why: 'a complaint blamed on one of the medicines',
  },
  {
    message: 'mum has type 2 diabetes and now takes Jardiance. can it cause thrush down below?',
    types: ['side_effects'],
    why: '"it" causing a complaint, right after the medicine, is the medicine',
  },
  {
    message: 'my aunt has addisons disease. can it kill you if its not treated',
    types: ['complications'],
    why: 'what it leads to without treatment (not the outlook)',
  },
  {
    message: 'is it ok to have a glass of wine with gabapentin, it already makes me so drowsy',
    types: ['interactions'],
    why: 'wine with a medicine; the drowsiness is told, not asked',
  },
  {
    message: 'My 80 year old mother is losing her hearing. Would hearing aids help her?',
    types: ['treatment'],
    why: 'whether a device (a topic, not a medicine) helps is treatment',
  },
  {
    message: 'I have myasthenia gravis and need an operation. Is the anesthesia riskier for someone with MG?',
    types: ['complications'],
    why: 'the risk of anesthesia with a condition is what the condition can lead to (anesthesia is a topic, not a disease)',
  },
  {
    message: 'My son has PKU. What happens if a teenager with PKU stops the diet?',
    types: ['complications'],
    why: 'what the condition leads to without its treatment',
  },
  {
    message: 'Our son has Angelman syndrome and laughs at odd moments. Is this normal for Angelman syndrome?',
    types: ['symptoms'],
    why: 'whether what was described belongs to the condition',
  },
  {
    message: 'My daughter has Down syndrome and turns 4 soon. Will she be able to go to a mainstream school?',
    types: ['lifestyle'],
    why: 'school with the condition, not the outlook',
  },
  {
    message: 'What causes aplastic anemia if it is not inherited?',
    types: ['cause'],
    why: 'asks the cause; "inherited" only rules one out',
  },
  {
    message:
      'I take lamotrigine and we hope to have a baby. Are there any studies on whether it is safe for the baby?',
    types: ['research'],
    why: 'asks for studies of the question, not for the answer',
  },
  {
    message: 'My sister carries the gene. Could her baby have Duchenne muscular dystrophy too?',
    types: ['inheritance'],
    why: 'whether another child of the family has it',
  },
  {
    message: 'My brother has MS and is on Tysabri. Can you get PML from the Tysabri?',
    types: ['side_effects'],
    why: 'a disease got from a medicine is its side effect',
  },
  {
    message: 'I have gained a lot of weight on prednisone. Will it go away when I come off it?',
    types: ['side_effects'],
    why: 'whether a side effect lasts after the medicine is stopped',
  },
  {
    message: 'Can clonidine be given at bedtime?',
    types: ['drug_usage'],
    why: 'when a medicine is given',
  },
  {
    message: 'Is possible the eczema go away alone without medicine?',
    types: ['prognosis'],
    why: 'whether it goes away by itself is its course (second-language word order)',
  },
  {
    message: 'My son has PFAPA syndrome. Does taking his tonsils out help?',
    types: ['treatment'],
    why: 'an organ taken out is a treatment',
  },
  {
    message:
      'My mother has Huntington disease and wants to donate her brain to research. How do we go about arranging that?',
    types: ['research'],
    why: 'arranging a brain donation to research, told in the sentence before',
  },
  {
    message: 'I have Gilbert syndrome. Am I allowed to give blood?',
    types: ['other'],
    why: 'whether someone can be a donor is not a medical question about the condition',
  },
  {
    message: 'Can people with hemophilia be organ donors?',
    types: ['other'],
    why: 'whether someone can be a donor',
  },
  {
    message: 'I stopped methotrexate last week. How long do I have to wait before I can donate blood?',
    types: ['other'],
    why: 'a wait before giving blood, not how the medicine is taken',
  },
  {
    message:
      'My son has Rett syndrome. The clinic asked if we would join their registry. Is Rett syndrome inherited?',
    types: ['inheritance'],
    why: 'what the clinic asked is told, not asked of us',
  },
  {
    message:
      'Our daughter has Angelman syndrome and we joined a natural history study. Are studies like this actually useful?',
    types: ['research'],
    why: 'what research is good for',
  },
  {
    message:
      'One doctor says it is Bartter syndrome, another says Gitelman syndrome. Are these the same thing or different?',
    types: ['information'],
    why: 'whether two conditions are the same is what each is (labeling guide)',
  },
  {
    message: 'My son has Crohn disease and had an MRI last week. What exactly is that scan looking for?',
    types: ['diagnosis'],
    why: 'what a test of the condition finds',
  },
  {
    message: 'Can lupus cause trouble swallowing?',
    types: ['symptoms'],
    why: 'a complaint not named as a condition, that belongs to it',
  },
  {
    message: 'I have Parkinson disease. Is drooling part of it, or is that something else?',
    types: ['symptoms'],
    why: 'whether a sign belongs to it, asked with its alternative',
  },
  {
    message: 'My niece has Rett syndrome. Are there any doctors in Texas who really know it?',
    types: ['find_specialist'],
    why: 'a doctor who knows the condition',
  },
  {
    message: 'Our son has sickle cell disease. How do we keep him from going into a crisis when it is cold?',
    types: ['prevention'],
    why: 'preventing its attacks',
  },
  {
    message: 'Our daughter has type 1 diabetes and takes insulin. What happens if it stays badly controlled?',
    types: ['complications'],
    why: 'what a condition that is not kept in check leads to ("it" after the medicine is still the condition)',
  },
  {
    message: 'My husband has celiac disease. Is it true he is more at risk of lymphoma?',
    types: ['complications'],
    why: 'someone with the condition at higher risk of another: complications of the condition (labeling guide)',
  },
  {
    message: 'I have myasthenia gravis and my doctor wants to start me on Cipro. Is that safe for me?',
    types: ['contraindications'],
    why: 'whether someone with a condition should take the medicine named before',
  },
  {
    message: 'Is CFTR the gene that causes cystic fibrosis?',
    types: ['genetic_changes'],
    why: 'which gene is involved',
  },
  {
    message: "My son's gene panel was negative. Does a negative panel mean he doesn't have Marfan syndrome?",
    types: ['diagnosis'],
    why: 'whether a result rules the condition out',
  },
  {
    message: 'The newborn screen was borderline for cystic fibrosis. What does a borderline result mean?',
    types: ['diagnosis'],
    why: 'what a result says about whether it is there',
  },
  {
    message:
      'My daughter has to take amoxicillin before the dentist. What exactly is the amoxicillin supposed to do?',
    types: ['indication'],
    why: 'what a medicine is for',
  },
  {
    message: 'My son carries beta thalassemia. Is being a carrier the same as having the disease?',
    types: ['information'],
    why: 'what the condition is, next to carrying it',
  },
  {
    message:
      'My son takes risperidone and has gained a lot of weight. Should he stop taking it until we can see his psychiatrist?',
    types: ['drug_usage'],
    why: 'stopping a medicine until a visit is how it is taken (the weight gain is told, not asked)',
  },
  {
    message: 'I had a DVT in March and take rivaroxaban. Is it ok for me to fly to Australia in the summer?',
    types: ['lifestyle'],
    why: 'travel with the condition, even on a medicine',
  },
  {
    message: 'My daughter has hemophilia and is on prophylaxis. Is skiing too risky for her?',
    types: ['lifestyle'],
    why: 'a sport with the condition',
  },
  {
    message: 'Is POTS just another name for dysautonomia?',
    types: ['information', 'information'],
    why: 'whether two names are the same condition is what each is',
  },
  {
    message: 'I have iron deficiency anemia. Should I ask for an iron infusion?',
    types: ['treatment'],
    why: 'asking for a treatment',
  },
  {
    message: 'I take sertraline and we want a baby. If I have to come off it, do I need to taper down?',
    types: ['drug_usage'],
    why: 'stopping a medicine is how it is taken, even with a pregnancy told',
  },
  {
    message:
      'I take lamotrigine for epilepsy and I am pregnant. Is it safe for the baby if I keep taking it?',
    types: ['contraindications'],
    why: 'a medicine in pregnancy is its precaution',
  },
  {
    message: 'Is it normal for my daughter to get a headache after her first infliximab infusion?',
    types: ['side_effects'],
    why: 'what a medicine does besides its purpose, after a dose',
  },
  {
    message: 'Can a kid with hemophilia play football or is it too risky for his joints?',
    types: ['lifestyle'],
    why: 'sport with the condition',
  },
  {
    message: 'My husband started topiramate. What does it do to your mood?',
    types: ['side_effects'],
    why: 'what a medicine does besides its purpose',
  },
  {
    message: 'I have epilepsy and I am 16. Can I learn to drive next year?',
    types: ['lifestyle'],
    why: 'driving with the condition',
  },
  {
    message: 'My son has McArdle disease. Is it OK for him to join the school football team?',
    types: ['lifestyle'],
    why: 'sport with the condition',
  },
  {
    message: 'Our baby was just diagnosed with galactosemia. Will she need a special formula?',
    types: ['lifestyle'],
    why: 'diet with the condition',
  },
  {
    message: 'I have narcolepsy and work as a nurse on night shifts. Can I keep doing that?',
    types: ['lifestyle'],
    why: 'work with the condition',
  },
  {
    message: 'I had the genetic test for Lynch syndrome. How long does it take to get the results?',
    types: ['diagnosis'],
    why: 'how the test is done',
  },
  {
    message: 'My genetic test for Huntington disease is next week. Will I be paying out of pocket?',
    types: ['other'],
    why: 'costs',
  },
  {
    message:
      'The doctor said autoimmune hepatitis. What is the difference between that and normal hepatitis?',
    types: ['information'],
    why: 'what the condition is, against its common form',
  },
  {
    message:
      'My son has Stickler syndrome and my niece has Marshall syndrome. Is that the same disease or something different?',
    types: ['information'],
    why: 'whether two conditions are the same is what each is',
  },
  {
    message: 'I take baclofen for spasms. Can I take the baclofen at night instead of the morning?',
    types: ['drug_usage'],
    why: 'when a medicine is taken',
  },
  {
    message: 'Is it true Humira makes you more likely to get infections?',
    types: ['side_effects'],
    why: 'harm a medicine can do',
  },
  {
    message: 'Is there some center with experience in Pompe disease?',
    types: ['find_specialist'],
    why: 'a center that knows the condition',
  },
  {
    message: 'I have neuromyelitis optica. What can I do to stop another attack?',
    types: ['prevention'],
    why: 'preventing its attacks',
  },
  {
    message:
      'I have pemphigus vulgaris and take prednisone. Is this something my grandchildren can catch from me?',
    types: ['susceptibility'],
    why: 'whether it can be caught, with a medicine named before',
  },
  {
    message: 'My mom has myasthenia gravis. Can I get it too?',
    types: ['inheritance'],
    why: 'the chance of getting it when a parent has it',
  },
  {
    message: 'What is actually in the vitamin K shot they give newborns?',
    types: ['ingredients'],
    why: 'what a shot contains',
  },
  {
    message: 'Our baby has a 1p36 deletion. What kind of problems do kids with this deletion usually have?',
    types: ['symptoms'],
    why: 'the signs of the condition',
  },
  {
    message: 'My son has Prader-Willi syndrome. At what age does the constant hunger usually start?',
    types: ['symptoms'],
    why: 'when its signs come',
  },
  {
    message: 'I am 42 and pregnant. How much does my age really raise the chance of Down syndrome?',
    types: ['susceptibility'],
    why: 'who is at risk, not a cost',
  },
  {
    message:
      "I have hemophilia A and need a tooth out. What do they usually give before surgery so I don't bleed?",
    types: ['treatment'],
    why: 'the care of a bleeding condition',
  },
  {
    message: 'My dad has HHT. Should my kids be screened, and what does that involve?',
    types: ['diagnosis'],
    why: 'both ask about testing: one question',
  },
  {
    message: 'My brother has Friedreich ataxia. If I have kids one day, could they get it?',
    types: ['inheritance'],
    why: "whether one's children will have it",
  },
  {
    message: 'I take carbamazepine for trigeminal neuralgia. Does carbamazepine lower sodium?',
    types: ['side_effects'],
    why: 'what a medicine does besides its purpose',
  },
  {
    message:
      'I have CIDP and take prednisone. Is it safe for someone like me to be on high dose steroids for this long?',
    types: ['contraindications'],
    why: 'whether someone should stay on a medicine',
  },
  {
    message:
      'We lost our baby to anencephaly and want to try again. What are the odds that it happens a second time?',
    types: ['inheritance'],
    why: 'the chance it happens again in the family',
  },
  {
    message:
      'We read about dexamethasone for CAH in pregnancy - are there any studies on whether that is safe for the baby?',
    types: ['research'],
    why: 'studies of the question, after a dash',
  },
  {
    message:
      'My grandson has epidermolysis bullosa. I read about gene therapy in America, is any of that research going on in the UK?',
    types: ['research'],
    why: 'research under way',
  },
  {
    message:
      'My son has nephrotic syndrome and takes prednisolone. Is it okay for him to be at kindergarten while he is on the high dose?',
    types: ['lifestyle'],
    why: 'school on a medicine',
  },
  {
    message: 'I have mevalonate kinase deficiency. Am I going to have this forever?',
    types: ['prognosis'],
    why: 'the course it takes',
  },
  {
    message:
      'Mum has a rivastigmine patch for her dementia. Is it okay to stick it on the same spot every day?',
    types: ['drug_usage'],
    why: 'how a patch is used',
  },
  {
    message: 'My son has hyper IgM syndrome. Do kids with it live to be adults?',
    types: ['prognosis'],
    why: 'the course it takes',
  },
  {
    message: 'Our baby may have thanatophoric dysplasia. Can babies with it survive after they are born?',
    types: ['prognosis'],
    why: 'whether a baby with it lives is the outlook',
  },
  {
    message: 'Is there anything that stops flare ups in FOP?',
    types: ['prevention'],
    why: 'preventing its flares',
  },
  {
    message: 'My husband has XLH. We have 2 boys, will they have it too?',
    types: ['inheritance'],
    why: 'whether the children have it',
  },
  {
    message:
      'My son has DiGeorge syndrome and the nurse said he should not get the MMR vaccine. Why is it not safe for him?',
    types: ['contraindications'],
    why: 'who should not have a vaccine',
  },
  {
    message: 'Does multiple epiphyseal dysplasia mean I will get arthritis in my hips?',
    types: ['complications'],
    why: 'another condition the first one leads to',
  },
  {
    message: 'My daughter has hemophilia A and she fell off her bike. Should we take her to the ER?',
    types: ['treatment'],
    why: 'whether to go to the emergency room is what to do about it',
  },
  {
    message: 'Our son has maple syrup urine disease and a cold. At what point do we call the hospital?',
    types: ['treatment'],
    why: 'when to seek emergency care is managing the condition',
  },
  {
    message: 'I have Addison disease. What should I tell the paramedics if I collapse?',
    types: ['treatment'],
    why: 'what to tell the emergency team is how the crisis is treated',
  },
  {
    message: 'I have Addison disease. What are the warning signs that I need to go to hospital?',
    types: ['symptoms'],
    why: 'the signs that call for hospital are symptoms, not what to do',
  },
  {
    message: 'I take hydrocortisone for Addison disease. Should I take it in the morning?',
    types: ['drug_usage'],
    why: '"take it in the morning" is when to take a medicine, not going in to hospital',
  },
  {
    message: 'My sister has maple syrup urine disease and is expecting. How dangerous is this for the baby?',
    types: ['complications'],
    why: "what the mother's condition can do to the pregnancy",
  },
  {
    message: 'I have primary ciliary dyskinesia. Will it be harder for me to get pregnant?',
    types: ['complications'],
    why: 'fertility is a problem the condition can lead to',
  },
  {
    message: 'I have multiple sclerosis. Will being pregnant make my relapses worse?',
    types: ['prognosis'],
    why: 'how the condition goes through a pregnancy is its course',
  },
  {
    message: 'I take lamotrigine for epilepsy. Is it dangerous for the baby?',
    types: ['contraindications'],
    why: "a medicine's safety in pregnancy, not what the condition does",
  },
  {
    message: 'Our son has craniosynostosis. At what age do they usually do the operation?',
    types: ['treatment'],
    why: 'when an operation is done is part of treating it',
  },
  {
    message: 'My daughter had her cleft lip repaired last year. Will she need another op?',
    types: ['treatment'],
    why: 'whether more surgery is needed is treatment, not the outlook',
  },
  {
    message: 'My daughter has Alport syndrome. My brother has two girls, could they have it as well?',
    types: ['inheritance'],
    why: 'whether other children of the family have it, named before "they"',
  },
  {
    message: 'I was diagnosed with porphyria after a bad attack last spring. What else can set one off?',
    types: ['cause'],
    why: 'what brings on its attacks ("one": an attack)',
  },
  {
    message: 'My son has familial adenomatous polyposis. Which other cancers is he at risk of?',
    types: ['complications'],
    why: 'the other conditions having it leads to',
  },
  {
    message: 'I was told I have Lynch syndrome. What kinds of cancer am I more likely to get?',
    types: ['complications'],
    why: 'the cancers the condition raises the risk of, asked by someone who has it',
  },
  {
    message: 'My son has cystinuria. What can we do to stop him forming more stones?',
    types: ['prevention'],
    why: 'keeping its attacks (here new stones) from happening',
  },
  {
    message:
      "I have hereditary angioedema. Is there anything I can take so I don't get a swelling attack at the dentist?",
    types: ['prevention'],
    why: 'preventing an attack before a known trigger',
  },
  {
    message: 'My son was diagnosed with MPS II. Is it the same thing as what his cousin has?',
    types: ['information'],
    why: 'whether two conditions are the same asks what each is, even when the other one is not named',
  },
  {
    message: 'I was told I have hypermobile EDS. Is that the same thing as hypermobility spectrum disorder?',
    types: ['information'],
    why: 'the same question with a name the knowledge base does not hold',
  },
  {
    message: 'The scan showed our baby has spina bifida. Are there any trials of surgery before birth?',
    types: ['research'],
    why: 'trials, even of treatment before birth, are research (not testing before birth)',
  },
  {
    message:
      'Our unborn son has transposition of the great arteries. What operations will he need after he is born?',
    types: ['treatment'],
    why: 'which operations are done is part of treating it',
  },
  {
    message: 'They found trisomy 18 at the 20 week scan. Is there any chance she can survive?',
    types: ['prognosis'],
    why: 'whether the baby survives is the outlook',
  },
  {
    message: 'Could the newborn screening have missed cystic fibrosis? He has salty skin.',
    types: ['diagnosis'],
    why: 'whether a test finds it',
  },
  {
    message: 'My son has hemophilia A and is starting factor VIII at home. How often do we give it?',
    types: ['drug_usage'],
    why: 'how often a treatment is given is how it is taken, not how common the condition is',
  },
  {
    message: 'Can a child with severe combined immunodeficiency have the chickenpox vaccine?',
    types: ['contraindications'],
    why: 'whether someone with a condition may have a vaccine is who should not take it',
  },
  {
    message: 'Our daughter has galactosemia and is on the special formula. Will her brain develop normally?',
    types: ['prognosis'],
    why: 'how the child will develop is the outlook',
  },
  {
    message:
      'One doctor said Sanfilippo syndrome and another said MPS III. Are these the same thing or does he have two different diseases?',
    types: ['information'],
    why: 'whether two names are one condition asks what each is',
  },
  {
    message:
      'Our son was born with Treacher Collins syndrome. And if we have another baby what are the chances it happens again',
    types: ['inheritance'],
    why: 'the chance a next child has it, asked after a condition without a question mark',
  },
  {
    message:
      'My daughter has myasthenia gravis and takes azathioprine. Is the shingles vaccine safe for her?',
    types: ['contraindications'],
    why: 'whether a vaccine is safe for someone is who should not have it',
  },
  {
    message: 'I have Gitelman syndrome and I run half marathons - is that ok?',
    types: ['lifestyle'],
    why: '"marathons" is no misspelling of malathion: two edits in a short word are not corrected',
  },
  {
    message: 'I have PNH and have eculizumab every 2 weeks. Can it be given at home by a nurse?',
    types: ['drug_usage'],
    why: 'how and where a medicine is given',
  },
  {
    message: 'My daughter takes betaine powder for homocystinuria. Is it okay to mix it into orange juice?',
    types: ['drug_usage'],
    why: 'how a medicine is taken',
  },
  {
    message: 'Her neurologist is adding cannabidiol for Dravet syndrome. What is actually in it?',
    types: ['ingredients'],
    why: 'what the medicine contains',
  },
  {
    message: 'My husband has Fabry disease. What is the difference between these two treatments?',
    types: ['treatment'],
    why: 'choosing between treatments, not how two conditions relate',
  },
  {
    message: 'Our son has Hunter syndrome. What would happen to him if we stopped the infusions?',
    types: ['complications'],
    why: 'what the condition leads to without its treatment',
  },
  {
    message: 'I have cystic fibrosis. What is the life expectancy for someone in my situation?',
    types: ['prognosis'],
    why: '"someone in my situation" is no one to find',
  },
  {
    message: 'My nephew has metachromatic leukodystrophy. Where in Europe is the gene therapy done?',
    types: ['find_specialist'],
    why: 'where a treatment is done is a place to find',
  },
  {
    message:
      'My rheumatologist wants to start hydroxychloroquine. Is hydroxychloroquine safe for someone with long QT syndrome?',
    types: ['contraindications'],
    why: 'who should take care with a medicine',
  },
  {
    message: 'Our son has been on carbamazepine for years. Does carbamazepine change how everolimus works?',
    types: ['interactions'],
    why: 'one medicine changing how another works',
  },
  {
    message:
      'My son takes losartan for Marfan syndrome. Would taking it at bedtime instead of with breakfast help?',
    types: ['drug_usage'],
    why: 'when a medicine is taken',
  },
  {
    message: 'I lost the sight in one eye from neuromyelitis optica. Will my eye sight come back?',
    types: ['prognosis'],
    why: 'whether sight returns is the course',
  },
  {
    message: 'My son has cystic fibrosis and now diabetes. What should he actually be eating?',
    types: ['lifestyle'],
    why: 'what to eat is daily life',
  },
  {
    message:
      'Newborn screening flagged cystic fibrosis. Is the sweat test definitive or could she just be a carrier?',
    types: ['diagnosis'],
    why: 'how sure a test is, even beside "carrier"',
  },
  {
    message: 'Our baby has congenital adrenal hyperplasia. Can they test for it early in the next pregnancy?',
    types: ['diagnosis'],
    why: 'testing in a next pregnancy is prenatal diagnosis, not the chance of recurrence',
  },
  {
    message: 'Our daughter has MCADD deficiency. We want more children, will they have it too?',
    types: ['inheritance'],
    why: 'future children having it is recurrence in the family',
  },
  {
    message: 'Our baby has maple syrup urine disease. Neither of us has it so how did she get it.',
    types: ['cause'],
    why: '"so how did she get it" asks, without a question mark (why it happened, as "why did my baby get X when neither of us has it")',
  },
  {
    message:
      'Our baby has osteogenesis imperfecta. How do we pick him up and change his nappy without breaking something?',
    types: ['lifestyle'],
    why: 'handling the baby is daily life',
  },
  {
    message: 'Our son has esophageal atresia. Is there a parent group for it?',
    types: ['find_specialist'],
    why: 'a group of parents to turn to',
  },
  {
    message: 'The biopsy shows hirschprungs. What does the operation involve?',
    types: ['treatment'],
    why: 'what an operation involves; "hirschprungs" is Hirschsprung disease one letter off',
  },
  {
    message:
      'I am a hairdresser with Ehlers-Danlos syndrome. Do I have to tell the salon owner? What changes at work help?',
    types: ['lifestyle'],
    why: 'telling an employer and changes at work are working life with it',
  },
  {
    message: 'One of our pickers has myasthenia gravis. Should we move him to a different role?',
    types: ['lifestyle'],
    why: 'the work someone can do is daily life with it',
  },
  {
    message: 'My colleague has tuberculosis. Will she still be infectious when she comes back?',
    types: ['susceptibility'],
    why: 'whether she can still pass it on',
  },
  {
    message: 'I have Q fever. Can my wife catch it off me?',
    types: ['susceptibility'],
    why: 'catching it from someone',
  },
  {
    message: 'I have FMF. Is there anything that can cut down how many attacks I get?',
    types: ['prevention'],
    why: 'fewer attacks is prevention; "how many" after "cut down" is embedded, not a new question',
  },
  {
    message: 'I have narcolepsy. Can I get an official letter explaining it for my employer?',
    types: ['other'],
    why: 'paperwork is not a medical question (labeling guide: other)',
  },
  {
    message:
      'Been on Keppra for epilepsy. Work Christmas party next week, am I ok to have a couple of drinks?',
    types: ['interactions'],
    why: 'drinks with the medicine; "Christmas" is no eponym (Christmas disease)',
  },
  {
    message:
      'One of our Scouts has severe haemophilia A and we are off to camp. Is it safe for him to do these activities?',
    types: ['lifestyle'],
    why: 'activities on a camp are daily life with it',
  },
  {
    message:
      'Year 9 boy with juvenile idiopathic arthritis. Should he sit out PE on the days his knee swells?',
    types: ['lifestyle'],
    why: 'sitting out PE is school life',
  },
  {
    message: 'Our pupil has Ehlers-Danlos syndrome. Should she be avoiding gymnastics club?',
    types: ['lifestyle'],
    why: 'which activities to avoid is daily life',
  },
  {
    message:
      'We carry EpiPens on trips for a child with a nut allergy. On the coach they get left in the sun - does heat ruin them?',
    types: ['storage_disposal'],
    why: 'how a medicine keeps in the heat',
  },
  {
    message:
      'She takes modafinil for narcolepsy and is on the pill, and she has heard they do not mix. Is that right?',
    types: ['interactions'],
    why: 'two products that may not mix',
  },
  {
    message: 'I have hidradenitis suppurativa. Can I still shave my armpits?',
    types: ['lifestyle'],
    why: 'personal care is daily life',
  },
  {
    message: 'just found out i have coeliac disease :( does this mean no more pizza with my mates ever??',
    types: ['lifestyle'],
    why: 'what one can eat is daily life',
  },
  {
    message: 'my friend sleeps for days, the nurse mentioned kleine levin syndrome. does that sound like it?',
    types: ['diagnosis'],
    why: 'whether the signs could be it (labeling guide: diagnosis)',
  },
  {
    message: 'they think i have myasthenia gravis. i read about myasthenic crisis, could it happen to me?',
    types: ['complications'],
    why: 'whether a complication can happen to me',
  },
  {
    message: 'My doctors want to test me for Wilson disease. What do they do for the test?',
    types: ['diagnosis'],
    why: 'what the test involves',
  },
  {
    message: 'My husband has shingles, can my kids get it?',
    types: ['susceptibility'],
    why: 'catching it from a parent is contagion: "get it" about relatives stays susceptibility without a chance or inherit word',
  },
  {
    message: 'My son has Kawasaki disease. What else could this lead to as he grows up?',
    types: ['complications'],
    why: 'what else it leads to',
  },
  {
    message:
      'My daughter has sickle cell disease. Is there anything we can do to stop the crises from happening?',
    types: ['prevention'],
    why: 'stopping crises before they happen is prevention',
  },
  {
    message: 'Our daughter has cystic fibrosis. Is it true that people with it now live into their fifties?',
    types: ['prognosis'],
    why: 'how long people live with it is the outlook',
  },
  {
    message: 'Our son has Menkes disease. Are there other parents we could talk to?',
    types: ['find_specialist'],
    why: 'other families to talk to are a support group',
  },
  {
    message: 'My wife has Wilson disease. Will her speech get better with the treatment?',
    types: ['prognosis'],
    why: 'whether it gets better is the outlook, not the treatment itself',
  },
  {
    message: 'Her report says ATP7B. What is that gene?',
    subject: 'Wilson disease',
    types: ['genetic_changes'],
    why: 'what a named gene is',
  },
  {
    message: 'My son has hemophilia. His teacher asked me about it. What should the school know?',
    types: ['lifestyle'],
    why: '"asked me about it" is story, not a question someone asked; what the school should know is living with it',
  },
  // --- people who suspect a condition
  {
    message: 'My legs shake when I stand. Apart from POTS, what else could make my heart race like this?',
    types: ['cause'],
    why: 'what else could cause a sign asks for causes, not a relation between two named things',
  },
  {
    message:
      'My son blinks and sniffs all day. How do doctors decide it is Tourette syndrome and not ordinary tics?',
    types: ['diagnosis'],
    why: 'how doctors tell one condition from another is how it is diagnosed',
  },
  {
    message: 'I think I have mast cell activation syndrome. Is there a diet that helps?',
    types: ['lifestyle'],
    why: 'a diet is living with the condition',
  },
  {
    message:
      'She falls asleep in class and her knees buckle when she laughs. Is this what narcolepsy looks like?',
    types: ['symptoms'],
    why: 'what the condition looks like is its signs',
  },
  {
    message: 'Our son has Stickler syndrome. What other problems should we be watching out for?',
    types: ['complications'],
    why: 'other problems the condition brings are its complications',
  },
  // --- hurried messages without punctuation, in capitals, as commands
  {
    message: 'MY DAD HAS ALS HOW LONG DOES HE HAVE WHAT TREATMENT IS THERE',
    types: ['prognosis', 'treatment'],
    why: 'two questions run together in capitals: the abbreviation is still read, and each question typed',
  },
  {
    message: 'diabetes runs in my family mom has it am i going to get it too how to prevent it',
    types: ['inheritance', 'prevention'],
    why: 'three run-on parts: it runs in the family and my own risk with a mother who has it (both inheritance, labeling guide), and how to avoid it',
  },
  {
    message: 'my son has celiac disease and now eczema is there a link',
    types: ['association'],
    why: '"is there a link" after a story naming two conditions asks whether they go together',
  },
  {
    message: 'metoprolol whats it for',
    types: ['indication'],
    why: '"whats it for" asks what the medicine is used for',
  },
  {
    subject: 'insulin',
    message: 'how to get rid of used needles',
    types: ['storage_disposal'],
    why: 'getting rid of used needles is disposal',
  },
  {
    message: 'ON WARFARIN FOR MY HEART CAN I TAKE ASPIRIN FOR A HEADACHE',
    types: ['interactions'],
    why: 'a second medicine while on a first',
  },
  {
    message: 'my sister has cystic fibrosis and my nephew has it too. what is it exactly',
    types: ['information'],
    why: '"what is it" asks what the condition is',
  },
  // --- people who know their condition well
  {
    message:
      'I have had hereditary angioedema for 20 years. I need a tooth pulled next month. How can I avoid an attack from the dental work?',
    types: ['prevention'],
    why: 'avoiding an attack is prevention, not what to do once it comes',
  },
  {
    message:
      'I have myasthenia gravis and need knee surgery. What are the risks of a general anaesthetic for me?',
    types: ['complications'],
    why: 'what the condition can lead to under anaesthesia',
  },
  {
    message:
      'My son has Pompe disease and turns 18 soon. Who coordinates his heart and lung care in adult services?',
    types: ['find_specialist'],
    why: 'who looks after his care as an adult is a question for people and centers',
  },
  {
    message:
      'My daughter has osteogenesis imperfecta but no change in COL1A1 was found. Which other genes can cause it?',
    types: ['genetic_changes'],
    why: 'other genes are the genetic changes, not something else named as a cause',
  },
  {
    message:
      'I take everolimus for my tuberous sclerosis. I have mouth ulcers now. Is that from the everolimus?',
    types: ['side_effects'],
    why: 'a complaint blamed on the medicine the question names',
  },
  {
    message:
      'My doctor wants me on metformin for PCOS. Why would they give it for PCOS when I do not have diabetes?',
    types: ['indication'],
    why: 'why a medicine is given for a condition asks what it is used for',
  },
  {
    message:
      'My son has Duchenne muscular dystrophy and takes deflazacort. What happens to people with Duchenne in adulthood?',
    types: ['prognosis'],
    why: 'a question about a disease "with" no second medicine is no interaction: the outlook',
  },
  {
    message:
      'I have Becker muscular dystrophy and take valsartan and bisoprolol. Do they ever do heart transplants for people with it?',
    types: ['treatment'],
    why: 'a procedure for people "with" the disease is its treatment, not an interaction of the two medicines',
  },
  // --- statements, name-only messages and the subject line
  {
    message: 'Sjogren syndrome',
    types: ['information'],
    why: 'a message that only names the condition asks about it in general',
  },
  {
    message: "I'm looking for information about Gaucher disease.",
    types: ['information'],
    why: 'a statement with an implicit request for information',
  },
  {
    message: 'My daughter has crohns disease.',
    types: ['information'],
    why: 'no question at all, and nothing says which aspect: the general information about it',
  },
  {
    message: 'My mother has lupus and she is in pain all the time. Please help us.',
    types: ['treatment'],
    why: 'no question, a problem described and a plea for help: what can be done',
  },
  {
    message: 'My daughter has eczema on her arms. Which cream should we use?',
    types: ['treatment'],
    why: '"which cream should we use" asks what to treat it with',
  },
  {
    message: 'I have had hives for a month and the antihistamines do not help anymore. What next?',
    types: ['treatment'],
    why: 'after a treatment that failed, "what next?" asks for another treatment',
  },
  {
    message: "Help with my son's autism, he has meltdowns every day.",
    types: ['treatment'],
    why: 'a plea for help with a condition, without a question: what can be done about it',
  },
  {
    message: 'My aunt has myasthenia gravis. Any information would be appreciated.',
    types: ['information'],
    why: 'no question, and the only request is for information',
  },
  {
    message: 'My brother was diagnosed last month and he is only 30.',
    subject: 'Treatment options for Gaucher disease',
    types: ['treatment'],
    why: 'the question is in the subject line; the message is background',
  },
  {
    message: 'My joints ache and I have a rash on my face. Could this be lupus?',
    types: ['diagnosis'],
    why: 'asks whether the complaints are the condition',
  },
  {
    message: 'Are people with psoriasis at a higher risk of heart disease?',
    types: ['susceptibility'],
    why: 'psoriasis asked about as a risk factor of heart disease: who is at risk for heart disease',
  },
  {
    message: 'Can lupus cause kidney disease?',
    types: ['association'],
    why: 'one condition as a cause of another, without a word of risk: how the two relate',
  },
  {
    message: "Will my daughter's scoliosis affect her lungs when she is older?",
    types: ['complications'],
    why: 'what else the condition can lead to (an organ it may harm)',
  },
  {
    message: 'What are the long term effects of diabetes?',
    types: ['complications'],
    why: 'long-term effects of a disease are its complications',
  },
  {
    message: 'what are the long term effects of prednisone',
    types: ['side_effects'],
    why: 'long-term effects of a medicine are its side effects',
  },
  {
    message: 'How can you tell if you have Lyme disease?',
    types: ['diagnosis'],
    why: 'how one finds out whether one has it',
  },
  {
    message: 'How do you catch hepatitis C?',
    types: ['susceptibility'],
    why: 'how one catches it: who is at risk and how it spreads',
  },
  {
    message: 'My mother had breast cancer at 50. What signs should I be looking out for?',
    types: ['symptoms'],
    why: 'what to look out for is what the condition looks like',
  },
  {
    message: 'I have had seizures since my accident. Can I still drive to work?',
    types: ['lifestyle'],
    why: 'driving and work with the condition: living with it',
  },
  {
    message: 'Has anyone had any luck with physical therapy for fibromyalgia?',
    types: ['treatment'],
    why: 'whether a treatment worked for others',
  },
  {
    message: 'My aunt says that drinking milk can give you acne. Is that true?',
    types: ['association'],
    why: '"is that true" asks about the claim before it: a food named as a cause of the condition',
  },
  {
    message: 'The hospital sent him home with a prescription for furosemide. What is that used for?',
    types: ['indication'],
    why: '"that" is the medicine named in the sentence before: what it is for',
  },
  {
    message: 'What is lupus and is it serious?',
    types: ['information', 'prognosis'],
    why: 'two questions joined by "and is it": what it is, and how serious (the outlook)',
  },
  {
    message: 'I had a kidney stone in May. What can I do so I dont get another one?',
    types: ['prevention'],
    why: 'how not to get it again',
  },
  {
    message: 'Our son was born with a cleft palate. Will our next baby have it too?',
    types: ['inheritance'],
    why: 'the chance that a future child has it is inheritance, whatever the cause (labeling guide)',
  },
  {
    message: 'Our son was born with a cleft palate. After the surgery will he speak normally?',
    types: ['prognosis'],
    why: 'whether he will be normal after treatment is the outlook (the surgery is the background)',
  },
  {
    message: 'Which hospital in the USA is best for moyamoya disease surgery?',
    types: ['find_specialist'],
    why: 'asks for a place that treats it',
  },
  {
    message: 'my 2 year old swallowed one of my iron tablets, what should i do',
    types: ['drug_usage'],
    why: 'too much of a product taken: what to do in an overdose is part of how to take it',
  },
  {
    message: 'I have asthma. Can I go to the gym or do running?',
    types: ['lifestyle'],
    why: 'exercise with the condition: living with it',
  },
  {
    message: 'Our daughter has Stickler syndrome. Did she get it from one of us?',
    types: ['inheritance'],
    why: 'getting it from a parent is inheritance (catching it from someone is not)',
  },
  {
    message:
      'What causes Guillain-Barre syndrome, what are the first symptoms, and do people recover completely?',
    types: ['cause', 'symptoms', 'prognosis'],
    why: 'three questions listed with commas: each is typed on its own',
  },
  {
    message: 'If I miss a dose of metformin, what should I do?',
    types: ['drug_usage'],
    why: 'a condition before the comma is not a question of its own',
  },
  {
    message: 'I just started warfarin. What foods should I avoid?',
    types: ['interactions'],
    why: 'foods with a medicine are its food interactions',
  },
  {
    message: 'I have gout. What foods should I avoid?',
    types: ['lifestyle'],
    why: 'foods with a condition are living with it',
  },
  {
    message: 'Why do boys get Alport syndrome worse than girls?',
    types: ['susceptibility'],
    why: 'who gets it worse: who is at risk',
  },
  {
    message: 'what happens if you overdose on tylenol',
    types: ['drug_usage'],
    why: 'an overdose of a medicine is part of how to take it ("overdose" is a question word, not the focus)',
  },
  {
    message: 'I missed my birth control pill yesterday, what should I do?',
    types: ['drug_usage'],
    why: 'a missed dose (contraceptive pills are a topic in the sources, not a drug)',
  },
  {
    message: 'Is it safe to take ibuprofen with high blood pressure?',
    types: ['contraindications'],
    why: 'whether a medicine suits someone with a condition',
  },
  {
    message: 'Is it safe to take ibuprofen with lisinopril?',
    types: ['interactions'],
    why: 'two medicines together',
  },
  {
    message: 'My wife has MS and we want to have a baby. Will our child get MS?',
    types: ['inheritance'],
    why: 'whether their child will get it is recurrence in the family (labeling guide)',
  },
  {
    message: 'what are the chances of having another child with down syndrome',
    types: ['inheritance'],
    why: 'the chance that another child has it is recurrence in the family, whatever the cause (labeling guide)',
  },
  {
    message: 'my mom has copd, how long does she have',
    types: ['prognosis'],
    why: 'how long she has left is the outlook',
  },
  {
    message: 'what are the symtoms of lupus',
    types: ['symptoms'],
    why: '"symtoms" is a misspelling of "symptoms" (one edit from a word of the training questions)',
  },
  {
    message: 'is psoriasis contagous?',
    types: ['susceptibility'],
    why: '"contagous" is "contagious": whether one can catch it',
  },
  {
    message: 'treatment of Graves disease',
    types: ['treatment'],
    why: '"treatment of X" as the whole question asks how it is treated',
  },
  {
    message: 'What is the effect of prednisone on diabetes?',
    types: ['association'],
    why: 'the effect of a drug on a disease relates the two',
  },
  {
    message: 'Can I catch shingles from my grandson?',
    types: ['susceptibility'],
    why: 'asks whether one can get it from someone',
  },
  {
    message: 'What is the outlook for babies born with achondroplasia?',
    types: ['prognosis'],
    why: 'the word outlook',
  },
  {
    message: 'My uncle takes ibuprofen for his knees, is that bad with kidney disease?',
    types: ['contraindications'],
    why: 'the medicine weighed against a condition the person has',
  },
  {
    message: 'What should I drink so that I do not get another urinary tract infection?',
    types: ['prevention'],
    why: '"so that I do not get another" states the aim: not getting it again',
  },
  {
    message: 'I had gallstones before. What can I do to prevent them?',
    types: ['prevention'],
    why: '"do to prevent" asks how to avoid it, not how to treat it',
  },
  {
    message: 'He has asthma. What kinds of sports can he play?',
    types: ['lifestyle'],
    why: 'which activities suit someone living with the condition',
  },
  {
    message: 'How are cataracts fixed?',
    types: ['treatment'],
    why: 'fixing a condition is treating it',
  },
  {
    message: 'Can hepatitis B develop into liver cancer?',
    types: ['complications'],
    why: 'whether one condition becomes another is what it leads to (labeling guide: complications)',
  },
  {
    message: 'Which gene is changed in Gaucher disease, and what does the gene do in healthy people?',
    types: ['genetic_changes'],
    why: 'what the gene does is part of the genetic changes section',
  },
  {
    message: 'My daughter has celiac disease. Will she be able to eat birthday cake at parties?',
    types: ['lifestyle'],
    why: 'food in everyday life with the condition',
  },
  {
    message: 'He has hemophilia. Can he play soccer with his friends?',
    types: ['lifestyle'],
    why: 'a sport with the condition is living with it',
  },
  {
    message: 'I have sickle cell disease. Will I need blood transfusions all my life?',
    types: ['treatment'],
    why: 'needing a treatment asks about the treatment',
  },
  {
    message: 'Our son has spina bifida. Is it our fault?',
    types: ['cause'],
    why: 'parents asking whether they caused it ask what causes it',
  },
  {
    message: 'I have cystic fibrosis. Will it affect my pancreas?',
    types: ['complications'],
    why: 'what the condition does to another organ',
  },
  {
    message: 'My son has Klinefelter syndrome. Will he be able to have kids?',
    types: ['complications'],
    why: 'infertility is a complication of the condition',
  },
  {
    message: 'My husband started on Lyrica in May. Could the pills make him so forgetful?',
    types: ['side_effects'],
    why: 'a change in the person blamed on the medicine',
  },
  {
    message: 'She takes lamotrigine for seizures. Can the medication be causing this rash?',
    types: ['side_effects'],
    why: '"the medication" stands for the drug named before, blamed for the rash',
  },
  {
    message: "My son has a broken leg. Does he need surgery at the children's hospital?",
    types: ['treatment'],
    why: 'a treatment needed, not a hospital to find',
  },
  {
    message: 'My daughter has eczema. Will she grow out of it?',
    types: ['prognosis'],
    why: 'whether it lasts is its course',
  },
  {
    message: 'I have endometriosis. Can I still get pregnant?',
    types: ['complications'],
    why: 'infertility is what the condition may lead to',
  },
  {
    message: 'Do I take my omeprazole before meals or with food?',
    types: ['drug_usage'],
    why: 'when to take it with respect to food is how to take it, not a food interaction',
  },
  {
    message: 'Can the Keppra tablets be split for my son?',
    types: ['drug_usage'],
    why: 'splitting a tablet is how to take it',
  },
  {
    message: 'Does her Humira need to be kept cold?',
    types: ['storage_disposal'],
    why: 'keeping it cold is how to store it',
  },
  {
    message: 'Why should teenagers not take aspirin? Who should not take it?',
    types: ['contraindications'],
    why: 'the people a medicine does not suit',
  },
  {
    message: 'I am nursing my baby. Is it ok to take ibuprofen for my headache?',
    types: ['contraindications'],
    why: 'the sentence before says who the medicine is for: a nursing mother',
  },
  {
    message: 'I skipped three doses of my lisinopril last week. Is that a problem?',
    types: ['drug_usage'],
    why: 'the question is vague; the sentence before says what happened: missed doses',
  },
  {
    message: 'Is it ok to take vitamin E while he is taking warfarin?',
    types: ['interactions'],
    why: 'a second product while on a first is an interaction, though "is it ok to take" alone asks whom it suits',
  },
  {
    message: 'I have lupus and I am 12 weeks pregnant. Will it affect the baby?',
    types: ['complications'],
    why: 'what the condition may do to the pregnancy',
  },
  {
    message: 'My son has type 1 diabetes. What does his coach need to know?',
    types: ['lifestyle'],
    why: 'living with the condition at sport and school',
  },
  {
    message: 'How fast does ALS usually progress?',
    types: ['prognosis'],
    why: 'the pace of the course is the outlook',
  },
  {
    message: 'My son has celiac disease. Can his school handle his meals safely?',
    types: ['lifestyle'],
    why: 'daily life at school with the condition',
  },
  {
    message: 'Is there a charity that helps families of children with cystic fibrosis?',
    types: ['find_specialist'],
    why: 'organizations for families are among the people and groups to contact',
  },
  {
    message: 'My father is on lithium. How often does he need his blood tested?',
    types: ['drug_usage'],
    why: 'the monitoring a medicine needs is part of how it is used',
  },
  {
    message: 'Where should I keep my insulin pens when I travel, can they stay in a hot car?',
    types: ['storage_disposal'],
    why: 'where and in what heat to keep a medicine is how to store it',
  },
  {
    message: 'I broke out in hives yesterday. Could it be a reaction to the amoxicillin?',
    types: ['side_effects'],
    why: 'a reaction blamed on the medicine is a side effect',
  },
  {
    message: 'I have gout and take allopurinol. Is allopurinol the only option?',
    types: ['treatment'],
    why: 'asks for other treatments of the condition, not about the medicine',
  },
];

void describe('question types on free-form questions', () => {
  for (const c of CASES) {
    void it(`${c.message} → ${c.types.join(', ')} (${c.why})`, () => {
      const a = u.analyze(c.message, { subject: c.subject });
      assert.deepEqual(
        a.subquestions.map((s) => s.type),
        c.types,
        JSON.stringify(a.subquestions.map((s) => [s.type, s.text])),
      );
    });
  }
});

void describe("the issue's example", () => {
  const message =
    'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated? How can I locate doctors who are familiar with the management of this condition?';

  void it('finds GARD:7338 and two sub-questions with their canonical questions', () => {
    const a = u.analyze(message, { subject: 'Progressive hemifacial atrophy' });
    assert.equal(a.foci[0]?.conditionId, 'GARD:7338');
    assert.deepEqual(
      a.subquestions.map((s) => [s.type, s.focus, s.question]),
      [
        ['treatment', 'GARD:7338', 'How might progressive hemifacial atrophy be treated?'],
        [
          'find_specialist',
          'GARD:7338',
          'How can I find physicians who are knowledgeable about progressive hemifacial atrophy?',
        ],
      ],
    );
    assert.equal(a.subquestions[0]?.text, 'How is this condition treated?');
  });

  void it('leaves a line announcing the questions out of the first question', () => {
    const a = u.analyze('My son has impetigo. Two questions: is it contagious and can he still go to school');
    assert.deepEqual(
      a.subquestions.map((s) => [s.type, s.text]),
      [
        ['susceptibility', 'is it contagious'],
        ['lifestyle', 'can he still go to school'],
      ],
    );
  });

  void it('reads a one-word name after "could it" as a verb, not a condition', () => {
    const a = u.analyze(
      'My husband was told he has sarcoidosis in his lungs. Could it scar his lungs for good?',
    );
    assert.deepEqual(
      a.foci.map((f) => f.text),
      ['sarcoidosis'],
    );
    assert.equal(a.subquestions[0]?.focus, a.foci[0]?.conditionId);
    // (a scar that is named stays one: "My son has a scar on his face.")
    assert.ok(u.analyze('My son has a scar on his face. Will it fade?').foci.some((f) => f.text === 'scar'));
  });

  void it('keeps the background sentence', () => {
    const a = u.analyze(message);
    assert.deepEqual(a.background, ['I have a friend who is affected by progressive hemifacial atrophy.']);
  });

  void it('asks about the condition named last in a risk question, in sentence case', () => {
    // "heart disease" is the outcome asked about; the knowledge base names it "Heart Diseases" (a title),
    // and the canonical question reads it as ordinary words.
    const a = u.analyze('Does having psoriasis make you more likely to get heart disease?');
    const psoriasis = a.foci.find((f) => /psoriasis/i.test(f.text));
    assert.ok(psoriasis);
    assert.equal(a.subquestions[0]?.type, 'susceptibility');
    assert.notEqual(a.subquestions[0]?.focus, psoriasis.conditionId);
    assert.equal(a.subquestions[0]?.question, 'Who is at risk for heart diseases?');
  });

  void it('names the condition, not its adjective or page ending, in canonical questions', () => {
    assert.equal(
      u.analyze('What foods are high in iron? I am anemic.').subquestions[0]?.question,
      'What can help in living with anemia?',
    );
    assert.equal(
      u.analyze('How do I treat shin splints?').subquestions[0]?.question,
      'How might shin splints be treated?',
    );
  });

  void it('keeps the capital of an eponym before "syndrome"', () => {
    const a = u.analyze('Is Down syndrome inherited?');
    assert.equal(a.subquestions[0]?.question, 'Is Down syndrome inherited?');
  });

  void it('gives the second focus of an association question', () => {
    const a = u.analyze('Is there a link between Noonan syndrome and polycystic kidney disease?');
    assert.equal(a.subquestions[0]?.type, 'association');
    assert.equal(a.subquestions[0]?.focus, 'GARD:10955');
    assert.equal(a.subquestions[0]?.secondFocus, 'GARD:7419');
  });

  void it('asks what each of two conditions is when the difference between them is asked', () => {
    // the knowledge base answers it with the overview of each; "a link between" stays an association
    const a = u.analyze(
      'What is the difference between Becker muscular dystrophy and Duchenne muscular dystrophy?',
    );
    assert.deepEqual(
      a.subquestions.map((s) => [s.type, s.focus, s.question]),
      [
        ['information', 'GARD:5900', 'What is Becker muscular dystrophy?'],
        ['information', 'GARD:6291', 'What is Duchenne muscular dystrophy?'],
      ],
    );
  });

  void it('puts a question about the course of the illness on the disease, not the medicine taken for it', () => {
    // the clause names nothing; riluzole (a drug) is named with more confidence than the abbreviation ALS,
    // but trials are run for the disease
    const a = u.analyze('My father has ALS. He is on riluzole. Are there any studies he could take part in?');
    assert.equal(a.subquestions[0]?.type, 'research');
    assert.equal(a.subquestions[0]?.focus, 'GARD:5786');
  });

  void it('puts a question naming only a complaint on the disease the message is about', () => {
    // "the nosebleeds" are HHT's; the knowledge base also holds Nosebleed as a condition of its own
    const a = u.analyze(
      'My uncle has hereditary hemorrhagic telangiectasia and bleeds from the nose every day. What can be done for the nosebleeds?',
    );
    assert.equal(a.subquestions[0]?.type, 'treatment');
    assert.equal(a.subquestions[0]?.focus, 'GARD:6626');
    // complaints come after the diseases among the foci, however early they are named
    const b = u.analyze(
      'Years of stomach pain before they found acute intermittent porphyria. What brings the attacks on?',
    );
    assert.equal(b.foci[0]?.conditionId, 'GARD:5732');
  });

  void it('puts a question about a condition on a disease named only by an everyday word, not on the medicine', () => {
    // "neonatal diabetes" is found only as "diabetes" (a weak focus), insulin as a medicine; how a condition
    // passes to a next baby is asked of the disease
    const a = u.analyze(
      'Our son has permanent neonatal diabetes and uses an insulin pump. What are the chances our next baby will have it?',
    );
    assert.equal(a.subquestions[0]?.type, 'inheritance');
    assert.equal(a.subquestions[0]?.focus, a.foci.find((f) => f.text === 'diabetes')?.conditionId);
  });

  void it('puts a question naming nothing on what was named before it, not on what a later question names', () => {
    // "nosebleed" is named inside a question, which makes it the most salient focus of the message, but
    // "Can she go swimming?" comes before it and is about the hemophilia
    const a = u.analyze(
      'My daughter has hemophilia. Can she go swimming? What should we do when she has a nosebleed?',
    );
    assert.equal(a.subquestions[0]?.type, 'lifestyle');
    assert.equal(a.subquestions[0]?.focus, a.foci.find((f) => f.text === 'hemophilia')?.conditionId);
  });

  void it('reads a question naming nothing as one about the medicine named before it, kind and all', () => {
    // the disease named after the question is the most salient (named twice), but "What is it for?" comes
    // after the medicine and two sentences away from it: it asks what lisinopril is used for
    const after = 'My high blood pressure is very high and high blood pressure runs in my family.';
    const a = u.analyze(
      `I started taking lisinopril last week. It was my doctor's idea. What is it for? ${after}`,
    );
    assert.equal(a.subquestions[0]?.focus, 'RD:lisinopril');
    assert.equal(a.subquestions[0]?.type, 'indication');
    // a missed dose is a medicine's usage, not the disease's diagnosis
    const b = u.analyze(
      `I started taking lisinopril last week. It was my doctor's idea. What happens if I forget one? ${after}`,
    );
    assert.equal(b.subquestions[0]?.focus, 'RD:lisinopril');
    assert.equal(b.subquestions[0]?.type, 'drug_usage');
  });

  void it('reads "it" right after a medicine, or "this medicine", as the medicine', () => {
    // the disease is named first, the medicine last: "it" is the medicine, and harm to an organ is a side effect
    const a = u.analyze(
      'My son has beta thalassemia. The doctor prescribed deferasirox for the iron. Can it damage his kidneys?',
    );
    assert.equal(a.subquestions[0]?.focus, 'RD:deferasirox');
    assert.equal(a.subquestions[0]?.type, 'side_effects');
    // "this medicine" before the condition the question names: the medicine is asked about
    const b = u.analyze(
      'My daughter has sickle cell disease and the doctor wants to start hydroxyurea. Is this medicine causing cancer later?',
    );
    assert.equal(b.subquestions[0]?.focus, 'RD:hydroxyurea');
    assert.equal(b.subquestions[0]?.type, 'side_effects');
    // "the medicine" after the condition the question names: the condition is asked about
    const c = u.analyze(
      'I had a blood clot in my leg and I am on Eliquis now. How can I keep from getting another DVT once I stop the medicine?',
    );
    assert.equal(c.subquestions[0]?.type, 'prevention');
    // taking "it" is taking the medicine, though the question then names the disease it is taken for
    const d = u.analyze(
      'My rheumatologist put me on hydroxychloroquine. Is it safe to take it long term for lupus?',
    );
    assert.equal(d.subquestions[0]?.focus, 'RD:hydroxychloroquine');
    assert.equal(d.subquestions[0]?.type, 'drug_usage');
    // the "it" of a claim that "is that true?" asks about is the medicine named before the claim
    const e = u.analyze(
      'I have lupus and take hydroxychloroquine. My friend sent me an article saying it makes you go blind. Is that true?',
    );
    assert.equal(e.subquestions[0]?.focus, 'RD:hydroxychloroquine');
    assert.equal(e.subquestions[0]?.type, 'side_effects');
    // only a treatment is contraindicated: "it" is the medicine, though the question names a condition
    const f = u.analyze('My father is on deferasirox. Is it contraindicated with heart failure?');
    assert.equal(f.subquestions[0]?.focus, 'RD:deferasirox');
    assert.equal(f.subquestions[0]?.type, 'contraindications');
    // a dose is the medicine's, though a condition was named after the medicine
    const g = u.analyze(
      'My father takes Sinemet for his Parkinson disease. The afternoon dose got missed. Should he take the missed one now?',
    );
    assert.equal(g.subquestions[0]?.focus, 'RD:levodopa-and-carbidopa');
    assert.equal(g.subquestions[0]?.type, 'drug_usage');
    // a complaint blamed on a dose blames the medicine
    const h = u.analyze(
      'My son has Marfan syndrome and took his losartan twice today. Is the dizziness from the double dose?',
    );
    assert.equal(h.subquestions[0]?.focus, 'RD:losartan');
    assert.equal(h.subquestions[0]?.type, 'side_effects');
  });

  void it('keeps a question naming only a topic on the medicine named before it', () => {
    // "alcohol" is a topic (weak), the disease is named after the question: drinking with warfarin
    const a = u.analyze(
      'I take warfarin. Can I drink alcohol with it? I also have atrial fibrillation, and atrial fibrillation scares me.',
    );
    assert.equal(a.subquestions[0]?.focus, 'RD:warfarin');
    assert.equal(a.subquestions[0]?.type, 'interactions');
  });

  void it('does not read a relation into a list of conditions and medicines that relates none', () => {
    // four things named, no word relating them: the classifier may not answer `association`
    const a = u.analyze('My son has ADHD and anxiety. He takes Ritalin and Zoloft. He is not sleeping well.');
    assert.ok(!a.subquestions.some((s) => s.type === 'association'), JSON.stringify(a.subquestions));
    // with a relating word it may
    const b = u.analyze('My son has ADHD and anxiety. Are they related?');
    assert.equal(b.subquestions[0]?.type, 'association');
  });
  void it('does not let an everyday word named before a question take it from the condition named after', () => {
    // "pain" (a broad word) comes first, sciatica only after the question: the question is about sciatica
    const a = u.analyze('I am in so much pain. What can I do? I have sciatica.');
    assert.equal(a.subquestions[0]?.focus, a.foci.find((f) => f.text === 'sciatica')?.conditionId);
    // between two broad words, the one named before the question wins over one named in it
    const b = u.analyze('My son is 14 and has scoliosis. What is the treatment, does he need a brace?');
    assert.equal(b.subquestions[0]?.focus, b.foci.find((f) => f.text === 'scoliosis')?.conditionId);
  });
  void it('puts the complications "it" can cause on the main condition, not on the one the clause names', () => {
    const a = u.analyze('I have lupus. Can it cause kidney disease?');
    assert.equal(a.subquestions[0]?.type, 'complications');
    assert.equal(a.subquestions[0]?.focus, a.foci.find((f) => f.text === 'lupus')?.conditionId);
    // "diabetes" is a broad word, but still the condition "it" stands for; a topic named before is not
    const b = u.analyze('My father has diabetes. Could it damage his kidneys?');
    assert.equal(b.subquestions[0]?.type, 'complications');
    assert.equal(b.subquestions[0]?.focus, b.foci.find((f) => f.text === 'diabetes')?.conditionId);
  });
});
