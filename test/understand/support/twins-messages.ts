/**
 * "twins" set. Messages about twins, triplets and siblings born close together: one twin affected and not the
 * other, identical or not, pregnancy with twins and a condition, medicines for two children. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.829). Scored by twins.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --twins --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TWINS_MESSAGES: ConsumerMessage[] = [
  // why: "what exactly is it" asks for an overview of the condition
  {
    message:
      'my twins were diagnosed with twin to twin transfusion syndrome at the 19 week scan. what exactly is it',
    focus: 'twin to twin transfusion syndrome',
    types: ['information'],
  },
  // why: odds that an identical twin also gets it is inheritance; "should I be tested" is diagnosis
  {
    subject: 'Identical twin with type 1 diabetes',
    message:
      "My identical twin brother was just diagnosed with type 1 diabetes at 24. I'm fine so far. What are the odds that I get it too? And should I be tested for the antibodies now?",
    focus: 'type 1 diabetes',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "why did only one get it" asks what caused it
  {
    message:
      'one of our twin boys has cerebral palsy and the other doesnt. they were born at 29 weeks, same pregnancy same everything. why did only one of them get it',
    focus: 'cerebral palsy',
    types: ['cause'],
  },
  // why: whether the twin needs testing is diagnosis; life expectancy is prognosis; trials is research
  {
    subject: 'Twin boys, one diagnosed with Duchenne',
    message:
      "Our son Leo was diagnosed with Duchenne muscular dystrophy last month after his CK came back very high. He has a twin brother, Max, who seems completely fine and runs around all day. They are fraternal. Does Max need to be tested as well? What is Leo's life expectancy? And are there any clinical trials for boys his age (4)?",
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis', 'prognosis', 'research'],
  },
  // why: "is it hereditary" is inheritance; "special diet" is lifestyle
  {
    message:
      'Is cystic fibrosis hereditary? Nobody in either of our families has ever had it and now both our twins have it. Also is there a special diet they should be on, they are so skinny compared to other kids.',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'lifestyle'],
  },
  // why: asks what treatments exist (treatment) and whether insurance will pay (other)
  {
    subject: 'SMA in one twin',
    message:
      'Our daughter was diagnosed with spinal muscular atrophy type 1 at 3 months. Her twin sister tested negative. What treatments are there for babies like her? We heard about a gene therapy that costs millions - will insurance actually pay for something like that?',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'other'],
  },
  // why: what the screening result means and how they tell which twin is diagnosis; how often both twins have it is frequency
  {
    message:
      "I'm 14 weeks pregnant with twins and the NIPT came back high risk for Down syndrome. Does that mean both babies have it?? How would they even know which twin it is? How common is it for both twins to have it?",
    focus: 'Down syndrome',
    types: ['diagnosis', 'frequency'],
  },
  // why: "could she have it too, should she get tested" asks whether her signs could be it (diagnosis), asked twice
  {
    message:
      'my son has fragile x syndrome. his twin sister is really struggling with reading and gets very anxious. could she have it too? should she get tested',
    focus: 'fragile x syndrome',
    types: ['diagnosis'],
  },
  // why: whether the other twin will start having seizures is the course (prognosis); anything to stop them starting is prevention
  {
    subject: 'identical twins with TSC, different seizures',
    message:
      'Our identical twin girls (3) both have tuberous sclerosis complex. One has seizures nearly every day and the other has never had one. Will the other one start having seizures later on? Is there anything we can do to prevent them from starting?',
    focus: 'tuberous sclerosis complex',
    types: ['prognosis', 'prevention'],
  },
  // why: the chance that the other identical twin gets it is inheritance
  {
    message: 'If an identical twin has multiple sclerosis, what are the chances the other twin gets it?',
    focus: 'multiple sclerosis',
    types: ['inheritance'],
  },
  // why: "could she have it too" about her spots is diagnosis; "which gene" is genetic_changes
  {
    subject: 'NF1 in only one twin?',
    message:
      "Our fraternal twins are 2. Ben has lots of cafe au lait spots and the pediatrician says it's probably neurofibromatosis type 1. His sister has two spots. Could she have it too? And which gene is it that's involved?",
    focus: 'neurofibromatosis type 1',
    types: ['diagnosis', 'genetic_changes'],
  },
  // why: "will they go blind" is prognosis; asking about the laser treatment is treatment
  {
    message:
      'triplets born at 26 weeks, two of them have retinopathy of prematurity stage 3 now. will they go blind? what does the laser treatment do and does it hurt them',
    focus: 'retinopathy of prematurity',
    types: ['prognosis', 'treatment'],
  },
  // why: whether siblings should be tested is diagnosis; runs in families is inheritance; gluten free house for everyone is lifestyle
  {
    subject: 'celiac - what about the siblings',
    message:
      "Hi, my daughter (8) was just diagnosed with celiac disease. She has a twin brother and a little sister who is only 13 months younger. Should the other two be tested? Does celiac disease run in families? And if we make the whole house gluten free so she doesn't feel left out, is that OK for the other two kids or do they need gluten?",
    focus: 'celiac disease',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  // why: whether the tablets contain gluten asks what the medicine contains
  {
    message:
      'Do Ritalin tablets have gluten in them? Both my twins take it for ADHD and one of them is celiac.',
    focus: 'Ritalin',
    types: ['ingredients'],
  },
  // why: whether the rash comes from the medicine is side_effects; fridge is storage_disposal
  {
    message:
      "Both twins had ear infections and were put on amoxicillin. Day 5 and one of them is now covered in a blotchy rash, the other is fine. Is the rash from the amoxicillin? Also does the liquid have to be kept in the fridge, we've been leaving it on the counter oops",
    focus: 'amoxicillin',
    types: ['side_effects', 'storage_disposal'],
  },
  // why: whether babies that young may have it is a precaution about who should not take it
  {
    message: 'can I give ibuprofen to 4 month old twins? both teething and miserable',
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  // why: safe for the babies is contraindications; how often is drug_usage; constipation from it is side_effects
  {
    subject: 'zofran with twins',
    message:
      'pregnant with twins (11 wks) and throwing up nonstop, they say its hyperemesis gravidarum. my doctor wants me on ondansetron. is it safe for the babies?? how often can i take it, every 8 hours or when i need it? and will it make me constipated because im already miserable',
    focus: 'ondansetron',
    types: ['contraindications', 'drug_usage', 'side_effects'],
  },
  // why: "is it dangerous for the babies" asks what problems it can lead to
  {
    message:
      "I'm 32 weeks with twins and was just diagnosed with intrahepatic cholestasis of pregnancy. The itching is unbearable. Is it dangerous for the babies?",
    focus: 'intrahepatic cholestasis of pregnancy',
    types: ['complications'],
  },
  // why: whether carrying twins raises the risk is susceptibility
  {
    message: 'Does carrying twins make you more likely to get gestational diabetes?',
    focus: 'gestational diabetes',
    types: ['susceptibility'],
  },
  // why: twins raising the risk is susceptibility; warning signs is symptoms; harm to babies is complications
  {
    subject: 'Twin pregnancy and preeclampsia risk',
    message:
      "I'm 20 weeks pregnant with di/di twins and my OB says I'm at high risk for preeclampsia and started me on baby aspirin. Is it true that having twins makes preeclampsia more likely? What warning signs should I watch for at home? And can it harm the babies if it happens?",
    focus: 'preeclampsia',
    types: ['susceptibility', 'symptoms', 'complications'],
  },
  // why: asks what early signs to look for, i.e. symptoms
  {
    message:
      "My son was diagnosed with autism at 3. His twin brother seems 'typical' but I keep second guessing. What are the early signs of autism I should be looking for in him?",
    focus: 'autism',
    types: ['symptoms'],
  },
  // why: "could it be Kawasaki too" about the twin's signs is diagnosis; "contagious between siblings" is susceptibility
  {
    message:
      'One of my twins had Kawasaki disease last year and was in hospital for a week. Now his brother has had a fever for 4 days and red eyes. Could this be Kawasaki disease too? Is it contagious between siblings?',
    focus: 'Kawasaki disease',
    types: ['diagnosis', 'susceptibility'],
  },
  // why: chances the babies have it is inheritance; testing before birth is diagnosis
  {
    message:
      'We both carry the sickle cell trait and we just found out we are expecting twins. What are the chances one or both of the twins will have sickle cell disease? Can they test the babies before they are born?',
    focus: 'sickle cell disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: what it does is indication; growth/fertility effects is side_effects; every day even when well is drug_usage; leftover capsules is storage_disposal
  {
    subject: 'hydroxyurea for both kids',
    message:
      'My two kids (6 and 7, born 13 months apart) both have sickle cell anemia and the hematologist wants to start them both on hydroxyurea at the same time. What does it actually do? Does it affect their growth or their fertility later in life? Do they need to take it every single day even when they feel well? And what do I do with leftover capsules, can they go in the trash?',
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects', 'drug_usage', 'storage_disposal'],
  },
  // why: whether the twin should be re-tested is diagnosis
  {
    message:
      'Newborn screening showed congenital hypothyroidism in one of our twins but the other was normal. We were told twins can share blood before birth and hide it on the first test. Should his brother be re-tested in a few weeks?',
    focus: 'congenital hypothyroidism',
    types: ['diagnosis'],
  },
  // why: how to give the tablet is drug_usage; mixing with soy formula is interactions
  {
    message:
      'Both twins are on levothyroxine now. How am I supposed to give a tablet to a 2 month old? Can I crush it and mix it in with their soy formula?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  // why: whether the twin girls could be carriers is inheritance
  {
    message: 'My son has hemophilia A. I am now pregnant with twin girls. Could they be carriers?',
    focus: 'hemophilia A',
    types: ['inheritance'],
  },
  // why: whether IVF caused it is a named exposure asked as cause (association); regular scans for tumors is screening (diagnosis)
  {
    subject: 'BWS in one identical twin after IVF',
    message:
      "Our IVF twin girl has Beckwith-Wiedemann syndrome (big tongue, one leg longer) and her identical sister doesn't have it at all. Did the IVF cause it? And does she really need ultrasounds every 3 months for tumors, for how long?",
    focus: 'Beckwith-Wiedemann syndrome',
    types: ['association', 'diagnosis'],
  },
  // why: "what is it" is information; treatment; "will she walk" is prognosis; support groups is find_specialist
  {
    subject: 'Twin losing skills - Rett syndrome?',
    message:
      "Our twin girls are 18 months old. Around 14 months Emma started losing the few words she had and now she constantly wrings her hands and doesn't use them to play anymore. Her twin Sophie is doing everything on time. The neurologist thinks Emma has Rett syndrome and we're waiting on the genetic test. I have barely slept. What is Rett syndrome exactly? Is there any treatment at all? Will Emma ever walk on her own? Is there a support group for families like ours where we could talk to other parents?",
    focus: 'Rett syndrome',
    types: ['information', 'treatment', 'prognosis', 'find_specialist'],
  },
  // why: asks what the surgery involves, i.e. treatment
  {
    message:
      'boy/girl twins, the boy has hirschsprung disease and needs the pull through surgery next month. what does the surgery involve',
    focus: 'hirschsprung disease',
    types: ['treatment'],
  },
  // why: shaky and hyper from it is side_effects; leaving inhalers in a hot car is storage_disposal
  {
    message:
      'My 4 year old twins both use albuterol inhalers for their asthma. After a few puffs they get really shaky and hyper, is that from the albuterol? And is it ok to keep the inhalers in the car in summer? It gets really hot in there.',
    focus: 'albuterol',
    types: ['side_effects', 'storage_disposal'],
  },
  // why: whether pregnancy with the condition is dangerous for her asks what problems it can lead to
  {
    message: "I have Marfan syndrome and I just found out I'm expecting twins. Is this dangerous for me?",
    focus: 'Marfan syndrome',
    types: ['complications'],
  },
  // why: school lunches is lifestyle; new medicines being studied is research; finding a dietitian is find_specialist
  {
    subject: 'PKU twins starting kindergarten',
    message:
      'Our twins both have PKU and they start kindergarten in the fall. How do we handle school lunches and birthday parties with the other kids? Is there any new medicine being studied so they could eat more normally one day? also where can we find a dietitian who actually knows PKU, ours retired',
    focus: 'PKU',
    types: ['lifestyle', 'research', 'find_specialist'],
  },
  // why: which gene is genetic_changes; whether brothers carry it is inheritance; which medicines to avoid/use is treatment
  {
    message:
      'Our daughter has Dravet syndrome. She is one of triplets, her two brothers are healthy. Which gene is it? Could her brothers be carrying it and pass it on to their own kids one day? And which seizure medicines work and which should be avoided?',
    focus: 'Dravet syndrome',
    types: ['genetic_changes', 'inheritance', 'treatment'],
  },
  // why: keep swimming competitively is lifestyle; grow out of it is prognosis
  {
    message:
      'My twin daughters (11) swim on the same team. One was just diagnosed with juvenile idiopathic arthritis in both knees. Can she keep swimming competitively? Will she grow out of it?',
    focus: 'juvenile idiopathic arthritis',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "is it genetic" asks whether it runs in families
  {
    message:
      'my identical twin has had alopecia areata since we were 15 and now i have a bald patch too at 23. is it genetic??',
    focus: 'alopecia areata',
    types: ['inheritance'],
  },
  // why: whether the twin will get it is inheritance; warning signs is symptoms; preventing it (avoiding weed) is prevention
  {
    subject: 'my twin has schizophrenia',
    message:
      "My identical twin brother was diagnosed with schizophrenia at 22. I'm 25 and I feel fine but I think about it every day. Am I going to get it too? What are the early warning signs? Is there anything I can do to prevent it, like completely staying away from weed?",
    focus: 'schizophrenia',
    types: ['inheritance', 'symptoms', 'prevention'],
  },
  // why: whether to repeat a vomited dose is drug_usage
  {
    message:
      'both twins have the flu and got tamiflu. one threw up about 10 min after her dose. do i give it again or wait for the next one',
    focus: 'tamiflu',
    types: ['drug_usage'],
  },
  // why: "what causes it, why only her" is cause; how long in the harness is treatment
  {
    message:
      "Our twin girl was breech and at her 6 week check she was diagnosed with developmental dysplasia of the hip. Her brother's hips are fine. What causes it and why only her? How long will she have to be in the Pavlik harness?",
    focus: 'developmental dysplasia of the hip',
    types: ['cause', 'treatment'],
  },
  // why: the twin's chance of getting it is inheritance; blood tests for him is diagnosis; chance of cure is prognosis
  {
    subject: 'Identical twin and leukemia',
    message:
      "My identical twin boys are 5. Noah was diagnosed with acute lymphoblastic leukemia two weeks ago. The oncologist mentioned that his brother Eli has a higher chance of getting it too because they're identical. Is that really true? Should Eli be having regular blood tests? And what are Noah's chances of being cured?",
    focus: 'acute lymphoblastic leukemia',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
];
