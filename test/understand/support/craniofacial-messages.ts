/**
 * "craniofacial" set. Messages about craniofacial conditions (cleft lip and palate, craniosynostosis,
 * Crouzon, Apert, Treacher Collins, Pierre Robin sequence, Goldenhar syndrome, hemifacial microsomia):
 * surgeries, feeding, speech, hearing, appearance and bullying, with other questions. Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.830). Scored by craniofacial.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --craniofacial --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CRANIOFACIAL_MESSAGES: ConsumerMessage[] = [
  // ---------- one question ----------

  // why: only asks the chance that their baby gets it -> inheritance
  {
    message:
      'I have Van der Woude syndrome (the lip pits + had a cleft lip fixed as a baby). Me and my wife are thinking about starting a family. What are the odds our kid ends up with it too?',
    focus: 'Van der Woude syndrome',
    types: ['inheritance'],
  },
  // why: asks which surgeries and when -> treatment only
  {
    subject: 'Crouzon - surgery plan??',
    message:
      "Our daughter is 8 months old and has Crouzon. The craniofacial team keeps talking about 'vault remodeling' now and 'midface advancement' later. Honestly its all going over my head. What operations does she actually need and at what ages?",
    focus: 'Crouzon syndrome',
    types: ['treatment'],
  },
  // why: asks how rare it is -> frequency
  {
    message: 'how rare is apert syndrome?? the pediatrician said shed only seen one other case in 20 yrs',
    focus: 'Apert syndrome',
    types: ['frequency'],
  },
  // why: asks why it happens, no named exposure -> cause
  {
    message:
      'Why does Pierre Robin happen? Our little boy was born with the small jaw and the tongue falling back and I keep wondering what went wrong while I was carrying him.',
    focus: 'Pierre Robin sequence',
    types: ['cause'],
  },
  // why: asks for a support group -> find_specialist
  {
    message:
      'Hi all, looking for a support group for parents of kids with Goldenhar syndrome, ideally in the North West of England. Does one exist? Feeling very alone with this.',
    focus: 'Goldenhar syndrome',
    types: ['find_specialist'],
  },
  // why: "could it be X / should we get a CT" is one diagnosis question asked twice
  {
    message:
      "My 3 month old's head is long and narrow with a hard ridge along the top. Our GP says it's just from how he lies. Could this be craniosynostosis? Should we be pushing for a scan?",
    focus: 'craniosynostosis',
    types: ['diagnosis'],
  },
  // why: asks whether the asymmetry will get worse with growth -> prognosis
  {
    message:
      'my son (6) has hemifacial microsomia on the left side. will his face get more uneven as he grows or does it stay about the same',
    focus: 'hemifacial microsomia',
    types: ['prognosis'],
  },
  // why: asks only which gene -> genetic_changes
  {
    message:
      'Which gene is responsible for Saethre-Chotzen syndrome? We have the genetics appointment in 3 months and I want to understand the report when it comes.',
    focus: 'Saethre-Chotzen syndrome',
    types: ['genetic_changes'],
  },
  // why: a teacher asks how to support the pupil in class -> lifestyle (school)
  {
    message:
      "I'm a Year 2 teacher and next term a girl with Moebius syndrome is joining my class. I'm told she can't smile and can't move her eyes side to side. What can I do in the classroom to help her - seating, reading, joining in with the other children?",
    focus: 'Moebius syndrome',
    types: ['lifestyle'],
  },
  // why: asks only about clinical trials -> research
  {
    message: 'are there any clinical trials for nager syndrome',
    focus: 'Nager syndrome',
    types: ['research'],
  },
  // why: whether the constipation and itching come from the medicine -> side_effects of oxycodone
  {
    message:
      'my 17 yr old had jaw surgery last week (his cleft) and they sent him home on oxycodone. hes super constipated and itchy all over, is that from the oxycodone?',
    focus: 'oxycodone',
    types: ['side_effects'],
  },
  // why: how much to give a child -> drug_usage; the medicine is the focus
  {
    message:
      'How much Tylenol can I give my 14 month old after her palate repair? She weighs about 10 kg. The discharge sheet got wet and I cant read it.',
    focus: 'acetaminophen',
    types: ['drug_usage'],
  },
  // why: whether it is safe in pregnancy -> contraindications of the medicine
  {
    message:
      'my neurologist wants me on topiramate for my migraines but we are trying for another baby. is it safe to take in pregnancy? my first son was born with a cleft palate and i really dont want to risk anything',
    focus: 'topiramate',
    types: ['contraindications'],
  },
  // why: who is more at risk (sex, ethnicity), not family -> susceptibility
  {
    message: 'r boys more likely to get cleft lip than girls? does being asian make it more likely?',
    focus: 'cleft lip',
    types: ['susceptibility'],
  },
  // why: whether it can lead to hearing problems later -> complications
  {
    message:
      'Can a cleft palate lead to hearing problems later on? My grandson has had so many ear infections since his repair.',
    focus: 'cleft palate',
    types: ['complications'],
  },

  // ---------- two questions ----------

  // why: "is it genetic" -> inheritance; "anything to prevent it" -> prevention
  {
    message:
      "Is cleft lip genetic? My husband was born with one. I'm 8 weeks pregnant - is there anything I can do to prevent it, like taking extra folic acid?",
    focus: 'cleft lip',
    types: ['inheritance', 'prevention'],
  },
  // why: which test confirms it -> diagnosis; retinal detachment as a result -> complications
  {
    message:
      "Our daughter had a cleft palate and she's very short-sighted, so the eye doctor thinks it might be Stickler syndrome. What test confirms it? And is it true it can cause the retina to detach?",
    focus: 'Stickler syndrome',
    types: ['diagnosis', 'complications'],
  },
  // why: "what is it" -> information; "should he be tested" -> diagnosis
  {
    message:
      "Our son's speech is still really nasal after his palate repair and the speech therapist mentioned '22q'. What is 22q11.2 deletion syndrome?? and should he be tested for it?",
    focus: '22q11.2 deletion syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: whether hearing loss belongs to it -> symptoms; when reconstruction can be done -> treatment
  {
    subject: 'microtia baby',
    message:
      'our baby girl was born with microtia on her right ear. does microtia usually mean she is deaf on that side? and when can they do the ear reconstruction?',
    focus: 'microtia',
    types: ['symptoms', 'treatment'],
  },
  // why: bullying at school and preparing him -> lifestyle; life expectancy -> prognosis
  {
    message:
      'My son is 4 and has Crouzon syndrome, his eyes bulge quite a lot. He starts school in September and I am terrified. How do other families handle the staring and bullying at school? Also, is his life expectancy normal? Nobody has ever told us straight.',
    focus: 'Crouzon syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: does it run in families -> inheritance; how common -> frequency
  {
    message:
      'hi. my nephew was diagnosed with goldenhar syndrome (one ear missing + small jaw on one side). does it run in families? my sister is worried about her next pregnancy. and how common is it actually?',
    focus: 'Goldenhar syndrome',
    types: ['inheritance', 'frequency'],
  },
  // why: fridge -> storage_disposal; repeating a spat-out dose -> drug_usage
  {
    message:
      'My son (repaired cleft palate) gets ear infections constantly and is on amoxicillin AGAIN. Does the liquid have to be kept in the fridge? And if he spits half the dose out should I give him another one?',
    focus: 'amoxicillin',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: "why did it happen" -> cause; named exposure (thyroid meds) asked as its cause -> association
  {
    message:
      'Why did my baby get craniosynostosis? Was it because I was on thyroid medication the whole pregnancy? I cant stop blaming myself',
    focus: 'craniosynostosis',
    types: ['cause', 'association'],
  },
  // why: ordinary school -> lifestyle; hearing aids -> treatment
  {
    message:
      'Can kids with Treacher Collins go to a normal school? And do they need hearing aids, or the bone anchored kind?',
    focus: 'Treacher Collins syndrome',
    types: ['lifestyle', 'treatment'],
  },
  // why: will he grow out of it -> prognosis; another operation -> treatment
  {
    message:
      'my 4yo had his cleft palate repaired at 1 but he still sounds v nasal & air comes out his nose when he talks. will he grow out of it or does he need another op?',
    focus: 'cleft palate',
    types: ['prognosis', 'treatment'],
  },
  // why: hand surgery -> treatment; whether it affects intelligence -> symptoms
  {
    message:
      'Our daughter has Apert syndrome and her fingers are fused together on both hands. Does the hand surgery work well, will she be able to hold a pencil? Also does Apert syndrome affect intelligence?',
    focus: 'Apert syndrome',
    types: ['treatment', 'symptoms'],
  },
  // why: with Tylenol -> interactions; whether it can make the palate bleed -> side_effects
  {
    message:
      'can i give ibuprofen and tylenol together after my sons cleft palate surgery? and can ibuprofen make his palate bleed? the nurse said something about that',
    focus: 'ibuprofen',
    types: ['interactions', 'side_effects'],
  },
  // why: dose and when to start -> drug_usage; breastfeeding -> contraindications
  {
    message:
      "I had a baby with a cleft lip last year. My doctor says I should take high dose folic acid before we try again. How much should I take and how long before getting pregnant should I start? Is it ok to take while I'm still breastfeeding?",
    focus: 'folic acid',
    types: ['drug_usage', 'contraindications'],
  },
  // why: which gene -> genetic_changes; whether the parents should be tested -> diagnosis
  {
    message:
      'Our son was just diagnosed with Muenke syndrome after his coronal surgery. Which gene is it? And do me and my husband need testing? (my husband has a big forehead lol)',
    focus: 'Muenke syndrome',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: whether diarrhea and rash come from it -> side_effects; whether to stop it -> drug_usage
  {
    message:
      'my son has been on augmentin for 4 days for an ear infection (he has a cleft palate) and now he has terrible diarrhea and a red rash on his bum. is that from the antibiotic? should i stop giving it?',
    focus: 'Augmentin',
    types: ['side_effects', 'drug_usage'],
  },

  // ---------- three or more questions, or two conditions ----------

  // why: what is it -> information; what causes -> cause; what surgeries -> treatment; will she talk normally -> prognosis
  {
    message:
      "My granddaughter was born last week with a cleft lip and palate. I had never heard of it before and my daughter is too upset to ask the doctors anything. What exactly is it and what causes it? What surgeries will she need? Will she be able to talk normally when she's older?",
    focus: 'cleft lip and palate',
    types: ['information', 'cause', 'treatment', 'prognosis'],
  },
  // why: risk for her child -> inheritance; test in pregnancy -> diagnosis; hearing getting worse with age -> prognosis
  {
    message:
      'Hello, I am 24 years woman from Brazil and I have Treacher Collins syndrome. I want to have baby. What is the risk my child have the same? Is there test during the pregnancy to know it? Also my hearing is more bad now, is normal it get worse with the age?',
    focus: 'Treacher Collins syndrome',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: two conditions; link between them -> association; genetic counselor -> find_specialist
  {
    message:
      'Our son has Pierre Robin sequence. The eye doctor wants to check him for Stickler syndrome. Are the two related? And where can we find a genetic counselor who knows about this?',
    focus: 'Pierre Robin sequence',
    types: ['association', 'find_specialist'],
  },
  // why: two conditions; whether they are the same -> information
  {
    subject: 'HFM or Goldenhar??',
    message:
      "Is hemifacial microsomia the same thing as Goldenhar syndrome? My daughter's clinic letter says both and I don't know which one she has.",
    focus: 'hemifacial microsomia',
    types: ['information'],
  },
  // why: age for the surgery -> treatment; support groups -> find_specialist; sleep apnea as a result -> complications
  {
    message:
      "crouzon syndrome - my son is 15 and he's getting bullied bad about his eyes, he wants the face surgery NOW. is there an age they have to wait for for the midface advancement? are there any support groups for teens with crouzon? also can crouzon lead to sleep apnea bc he snores like a train and is always tired",
    focus: 'Crouzon syndrome',
    types: ['treatment', 'find_specialist', 'complications'],
  },
  // why: what it is -> information; how often -> frequency; what if no surgery -> complications
  {
    message: 'What is craniosynostosis, how often does it happen, and what happens if you dont operate?',
    focus: 'craniosynostosis',
    types: ['information', 'frequency', 'complications'],
  },
  // why: medicine focus; what it is for -> indication; with sertraline -> interactions; gelatin -> ingredients
  {
    message:
      "I'm 19 and having jaw surgery for my cleft next month. The surgeon prescribed ondansetron for afterwards. What is it actually for? Can I take it with my sertraline? And does it have gelatin in it, I'm vegetarian.",
    focus: 'ondansetron',
    types: ['indication', 'interactions', 'ingredients'],
  },
  // why: two conditions; how they differ -> information; which test tells them apart -> diagnosis
  {
    message:
      "The genetics doctor said our baby has either Pfeiffer syndrome or Crouzon and they're waiting on results. How is Pfeiffer different from Crouzon? What test will tell which one he has?",
    focus: 'Pfeiffer syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: feeding -> lifestyle; will the jaw catch up -> prognosis; tracheostomy / jaw surgery -> treatment
  {
    message:
      'Our 2 week old has Pierre Robin sequence. Feeding is a nightmare, she gets tired and chokes and takes an hour for 40ml. How do other parents feed babies like this day to day? Will her jaw catch up as she grows? And is she likely to need a tracheostomy or the jaw stretching surgery?',
    focus: 'Pierre Robin sequence',
    types: ['lifestyle', 'prognosis', 'treatment'],
  },
  // why: scar revision -> treatment; insurance -> other; group or counselor -> find_specialist
  {
    message:
      'My daughter is 12 and hates the scar from her cleft lip repair. Kids at school call her names and she cries every morning. Can the scar be revised? Would our insurance cover it or is that cosmetic? And is there a counselor or group for kids like her?',
    focus: 'cleft lip',
    types: ['treatment', 'other', 'find_specialist'],
  },
];
