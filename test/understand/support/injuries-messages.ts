/**
 * "injuries" set. Messages about injuries in people with a condition: falls, fractures, bruises, head bumps, cuts
 * that bleed long, sports injuries, what to do, medicines after an injury. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.869). Scored by injuries.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --injuries --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const INJURIES_MESSAGES: ConsumerMessage[] = [
  // why: "what do we do" about the swollen knee asks how to manage the bleed, treatment
  {
    message:
      'my son has hemophilia and he fell off his bike an hour ago, his knee is getting swollen and warm. what do we do',
    focus: 'hemophilia',
    types: ['treatment'],
  },
  // why: whether to stop the medicine for a few days is about stopping a dose, drug_usage
  {
    subject: 'Eliquis after a fall',
    message:
      'I take Eliquis for atrial fibrillation and slipped on the ice yesterday and banged my head. I feel fine now, no headache. Do I need to stop taking it for a few days until I know nothing is bleeding?',
    focus: 'Eliquis',
    types: ['drug_usage'],
  },
  // why: whether it gets better after puberty asks about its course, prognosis
  {
    message:
      'Does osteogenesis imperfecta get better after puberty? My daughter is 9 and has had 11 fractures already, the last one from just tripping over her backpack.',
    focus: 'osteogenesis imperfecta',
    types: ['prognosis'],
  },
  // why: whether someone with a bleeding disorder may take the medicine is a precaution, contraindications
  {
    message: 'Can I take ibuprofen for a sprained ankle if I have von Willebrand disease',
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  // why: "is there a link between epilepsy and osteoporosis" asks a link between two conditions, association
  {
    subject: 'seizures and broken bones',
    message:
      'My husband has had epilepsy since he was a teenager. Last month he fell during a seizure and broke his wrist, and the bone scan afterward said his bones are thin for a 45 year old. Is there a link between epilepsy and osteoporosis?',
    focus: 'epilepsy',
    types: ['association'],
  },
  // why: whether a fall or bump brings on flare ups asks what brings on its attacks, cause
  {
    message: 'does a fall or a bump bring on flare ups in fop',
    focus: 'fop',
    types: ['cause'],
  },
  // why: "is that from the warfarin" asks whether a problem comes from the medicine, side_effects
  {
    message:
      "I'm on warfarin and I bruise like crazy from the smallest bump, I walked into the coffee table and now half my shin is purple. Is that from the warfarin?",
    focus: 'warfarin',
    types: ['side_effects'],
  },
  // why: whether he may play contact sports is about daily life and sport, lifestyle
  {
    subject: 'Rugby?',
    message:
      'Are teenagers with Marfan syndrome allowed to play contact sports like rugby? My son really wants to join the school team.',
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  // why: "where can I find a doctor who understands it" asks for a specialist, find_specialist
  {
    message:
      'Where can I find a doctor who actually understands hypophosphatasia? My husband keeps getting stress fractures in his feet and the orthopedic surgeon here had never heard of it.',
    focus: 'hypophosphatasia',
    types: ['find_specialist'],
  },
  // why: the only question is whether there are clinical trials, research; the steroids are story
  {
    message:
      'Are there any clinical trials for bone health in boys with Duchenne? My son is 12 and broke his thigh bone when he slid out of his wheelchair, and the doctors say his bones are very weak from the steroids.',
    focus: 'Duchenne',
    types: ['research'],
  },
  // why: how many times a day and for how long asks how to take the medicine, drug_usage
  {
    message:
      'tranexamic acid for my daughter after she knocked out a front tooth at hockey (she has a mild bleeding disorder), dentist said use it as a mouthwash - how many times a day and for how long?',
    focus: 'tranexamic acid',
    types: ['drug_usage'],
  },
  // why: whether it is safe while pregnant is a pregnancy precaution, contraindications
  {
    message:
      "Is it safe to put arnica cream on bruises while I'm pregnant? I fell down two steps and my knee and arm are black and blue.",
    focus: 'arnica',
    types: ['contraindications'],
  },
  // why: "could this be it" asks whether the child's signs could be the condition, diagnosis
  {
    subject: 'bruises and eczema - Wiskott-Aldrich syndrome?',
    message:
      "Our 10 month old boy has had eczema since birth and now he has tiny red dots and bruises everywhere, even where he hasn't bumped anything. His finger bled a long time after a small cut. Our pediatrician said the words Wiskott-Aldrich syndrome and then said we will see. Could this be it??",
    focus: 'Wiskott-Aldrich syndrome',
    types: ['diagnosis'],
  },
  // why: "what is it" asks for an overview, information
  {
    message:
      "What is Osgood-Schlatter disease? the coach says my son has it, his knee hurts after every basketball practice and there's a bump under his kneecap",
    focus: 'Osgood-Schlatter disease',
    types: ['information'],
  },
  // why: taking one medicine together with another is interactions
  {
    message: 'can i take tylenol with my keppra? fell at work and my back is killing me',
    focus: 'tylenol',
    types: ['interactions'],
  },
  // why: whether to go to the ER asks how to manage the injury (treatment); whether platelets come back up asks the course (prognosis)
  {
    subject: 'ITP and fall',
    message:
      'I have ITP, platelets were 15 last week. I fell down the stairs this morning and there are big bruises on my thigh and hip. Should I go to the ER for this or just wait it out? And will my platelets ever come back up on their own, it has been 2 years',
    focus: 'ITP',
    types: ['treatment', 'prognosis'],
  },
  // why: how long until she recovers and walks is prognosis; whether Prolia is the right treatment is treatment
  {
    message:
      'My mother is 82 and has osteoporosis. She broke her hip last week getting out of the bath and had surgery. How long will it take her to recover and walk again? Her doctor now wants to start Prolia, is that the right treatment after a break?',
    focus: 'osteoporosis',
    types: ['prognosis', 'treatment'],
  },
  // why: whether the medicine caused the fracture is side_effects; whether to stop it is drug_usage
  {
    subject: 'Fosamax and a strange thigh pain',
    message:
      'I have been on Fosamax for 6 years. After a small fall my thigh has ached for weeks and the xray showed a crack in the middle of the thigh bone which the doctor called "atypical". Can Fosamax cause that kind of fracture? should i stop taking it',
    focus: 'Fosamax',
    types: ['side_effects', 'drug_usage'],
  },
  // why: whether it can cause brain bleeding is another problem it leads to (complications); a special doctor is find_specialist
  {
    message:
      'HHT here. got hit in the face with a ball and my nose bled for 2 hours. Can HHT cause bleeding in the brain if I hit my head? and is there a special doctor for HHT in the midwest',
    focus: 'HHT',
    types: ['complications', 'find_specialist'],
  },
  // why: caring for the wounds is managing it (treatment); whether the skin gets tougher as he grows is the course (prognosis)
  {
    message:
      'Our newborn son has epidermolysis bullosa. Every time we pick him up or change his diaper a new blister or raw patch appears. How should we care for these wounds, and will his skin get any tougher as he grows?',
    focus: 'epidermolysis bullosa',
    types: ['treatment', 'prognosis'],
  },
  // why: "am I a carrier" is inheritance; whether he should play football is lifestyle
  {
    subject: 'football and hemophilia B',
    message:
      'My brother has hemophilia B and his knee swells up with blood after almost every football game. My mom says it came from her side. Am I a carrier too? And should he really be playing football at all?',
    focus: 'hemophilia B',
    types: ['inheritance', 'lifestyle'],
  },
  // why: whether falls are part of it asks whether a sign belongs to it (symptoms); physiotherapy for balance is treatment
  {
    message:
      "Dad has Parkinson's disease and has broken his wrist twice this year, he just tips over backwards. Are falls part of Parkinson's or is something else going on? Is there physiotherapy that helps with balance?",
    focus: "Parkinson's disease",
    types: ['symptoms', 'treatment'],
  },
  // why: whether the medicine raises the chance of a head bleed is side_effects; ibuprofen with it is interactions
  {
    message:
      'bumped my head hard on a kitchen cupboard. I take Xarelto. Does Xarelto raise the chance of bleeding inside my head? Can I take ibuprofen for the headache',
    focus: 'Xarelto',
    types: ['side_effects', 'interactions'],
  },
  // why: treatment other than platelets is treatment; whether it comes from both parents is inheritance
  {
    message:
      'My daughter has Glanzmann thrombasthenia. She split her lip falling off the monkey bars and it bled for hours, she ended up needing platelets. Is there any treatment other than platelet transfusions? And does it come from both parents? Neither of us has a bleeding problem.',
    focus: 'Glanzmann thrombasthenia',
    types: ['treatment', 'inheritance'],
  },
  // why: whether trampoline and gymnastics are safe is lifestyle; how common it is is frequency
  {
    subject: 'trampoline',
    message:
      'My grandson has achondroplasia and loves the trampoline and gymnastics. Is it safe for him or could he hurt his neck? How common is achondroplasia, I had never heard of it before he was born.',
    focus: 'achondroplasia',
    types: ['lifestyle', 'frequency'],
  },
  // why: whether he needs a neck x-ray first is a screening test (diagnosis); whether he can do tumbling is lifestyle
  {
    subject: 'Down syndrome and the neck',
    message:
      'Our son has Down syndrome and is signing up for Special Olympics gymnastics. The form asks about atlantoaxial instability. Does he need a neck x-ray first? And if it is fine, can he do tumbling and somersaults?',
    focus: 'Down syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: whether ankle sprains are part of it is symptoms; which gene is genetic_changes
  {
    message:
      'i have CMT and sprain my ankles constantly, like every couple months. is that part of the disease? which gene is it that causes CMT',
    focus: 'CMT',
    types: ['symptoms', 'genetic_changes'],
  },
  // why: how they confirm it is diagnosis; support groups is find_specialist
  {
    message:
      "Our son is 4 and doesn't seem to feel pain at all. He broke his ankle at preschool and kept running around on it for two days before anyone noticed. The neurologist thinks it is congenital insensitivity to pain. How do they confirm it? And are there any support groups for parents, we feel so alone.",
    focus: 'congenital insensitivity to pain',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: surgery that fixes the dislocations is treatment; whether she should quit volleyball is lifestyle
  {
    message:
      'My 14 year old has Ehlers-Danlos and keeps dislocating her shoulder in volleyball, 5 times this season. Is there a surgery that fixes it? Should she quit volleyball?',
    focus: 'Ehlers-Danlos',
    types: ['treatment', 'lifestyle'],
  },
  // why: what the medicine is for is indication; whether the bruising is normal with it is side_effects
  {
    subject: 'Plavix',
    message:
      'What is Plavix actually for? My cardiologist put me on it after my stent. Since then I bruise from everything, even a seatbelt - is that normal with it?',
    focus: 'Plavix',
    types: ['indication', 'side_effects'],
  },
  // why: "what exactly is OI" is information; how it is diagnosed is diagnosis; whether she keeps breaking bones is prognosis; the next baby's chances is inheritance
  {
    message:
      'Hello, our daughter was born three weeks ago with two broken ribs and a broken arm, and nobody can tell us how it happened during a normal delivery. The doctors now suspect OI. What exactly is OI? How do they diagnose it, is it a blood test or genes? Will she keep breaking bones as she grows? My husband and I want another child someday, what are the chances the next baby has it too? Thank you so much',
    focus: 'OI',
    types: ['information', 'diagnosis', 'prognosis', 'inheritance'],
  },
  // why: whether she can play soccer is lifestyle; what to do for a nosebleed or cut is treatment; whether she grows out of it is prognosis
  {
    message:
      'my daughter has vwd type 1 and just started soccer. is it ok for her to play? what do we do if she gets a nosebleed that wont stop or a deep cut on the field? will she grow out of it',
    focus: 'vwd',
    types: ['lifestyle', 'treatment', 'prognosis'],
  },
  // why: how long before the game to use it is drug_usage; side effects to watch for is side_effects; fridge or sports bag is storage_disposal
  {
    subject: 'nasal spray before games',
    message:
      'My son uses desmopressin nasal spray for his mild hemophilia A before sports. How long before the game should he spray it? What side effects should we watch for? Does it need to go in the fridge or can it stay in his sports bag?',
    focus: 'desmopressin',
    types: ['drug_usage', 'side_effects', 'storage_disposal'],
  },
  // why: whether a tackle brings on a crisis is cause; whether he can keep playing is lifestyle; the best thing for pain is treatment
  {
    message:
      'My son is 16 and has sickle cell disease and plays high school football. Can a hard tackle bring on a pain crisis? Is it even safe for him to keep playing? whats the best thing for pain after a game',
    focus: 'sickle cell disease',
    types: ['cause', 'lifestyle', 'treatment'],
  },
  // why: whether the big bruise is from the medicine is side_effects; Tylenol with it is interactions; skipping tonight's dose is drug_usage
  {
    subject: 'Mom fell - she is on Coumadin',
    message:
      "Mom is 79 and takes Coumadin for a clot in her leg. She fell in the garden yesterday and has a bruise the size of a dinner plate on her hip. Is a bruise that big from the Coumadin? Can she take Tylenol with it for the pain? Should she skip tonight's dose?",
    focus: 'Coumadin',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: whether a head bump can cause brain bleeding is complications; what treatment he needs is treatment; the nearest treatment center is find_specialist; daycare is lifestyle
  {
    message:
      'We just found out our 3 year old has severe hemophilia A. It all started when he bumped his head on the coffee table and got a huge goose egg that kept growing, and the ER did blood tests. We are still in shock. Can a bump on the head cause bleeding in the brain with hemophilia? What treatment will he need, is it shots forever? Where is the nearest hemophilia treatment center to Tucson? And can he still go to daycare with the other kids?',
    focus: 'hemophilia A',
    types: ['complications', 'treatment', 'find_specialist', 'lifestyle'],
  },
  // why: whether MS weakens bones over time is another problem it leads to (complications); safe exercises is lifestyle; studies on balance training is research
  {
    message:
      'I have multiple sclerosis and I have been falling a lot, last week I cracked a rib on the bathtub. Can MS weaken the bones over time? What exercises are safe for my balance? Are there any studies on balance training for people with MS?',
    focus: 'multiple sclerosis',
    types: ['complications', 'lifestyle', 'research'],
  },
  // why: breaking more easily and turning into cancer are problems it leads to (complications); a medicine to strengthen bone is treatment; whether it is hereditary is inheritance
  {
    subject: 'Paget disease of bone and a broken leg',
    message:
      "Dad is 70 and has Paget disease of bone in his right shin. He broke it after a tiny trip on the curb. Does Paget's make bones break more easily? Could it turn into bone cancer? Is there a medicine that makes the bone stronger? And is it hereditary, should I worry for myself",
    focus: 'Paget disease of bone',
    types: ['complications', 'treatment', 'inheritance'],
  },
  // why: whether it always gets worse is prognosis; which gene is genetic_changes; whether the sister should be tested is diagnosis
  {
    message:
      'my sister has friedreich ataxia and is falling more and more, last week she broke her nose on the sidewalk. does it always get worse like this? which gene is it? should i get tested too, im 19',
    focus: 'friedreich ataxia',
    types: ['prognosis', 'genetic_changes', 'diagnosis'],
  },
  // why: how to treat the sprain and whether factor is needed is treatment; how rare it is is frequency; hematologists who specialize in it is find_specialist
  {
    subject: 'sprained ankle with factor VII deficiency',
    message:
      'I have factor VII deficiency and sprained my ankle badly hiking, it is huge and purple. How should a sprain be treated when you have this, do I need factor? How rare is factor VII deficiency? Are there hematologists who specialize in it?',
    focus: 'factor VII deficiency',
    types: ['treatment', 'frequency', 'find_specialist'],
  },
];
