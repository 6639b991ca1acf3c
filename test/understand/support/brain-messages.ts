/**
 * "brain" set. Messages about brain malformations and structure: hydrocephalus and shunts, Chiari
 * malformation, microcephaly, agenesis of the corpus callosum, cysts, with other questions about the
 * condition and its medicines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each
 * focus is a name the knowledge base holds. Scored once, before any change made for it (focus 0.950, type F1
 * 0.912). Scored by brain.test.ts and by `npx tsx test/understand/support/score-messages.ts --brain
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BRAIN_MESSAGES: ConsumerMessage[] = [
  // why: one question, why the baby has fluid on the brain -> cause.
  {
    message:
      "our baby's head measured big at the 30 week scan and they said it might be hydrocephalus. what causes it?",
    focus: 'hydrocephalus',
    types: ['cause'],
  },
  // why: a past loss is story; the one question is the chance the next baby has it -> inheritance.
  {
    message:
      "Hello. We lost our daughter to anencephaly at 22 weeks last spring. We are thinking about trying again but I am so scared. What are the odds that it happens a second time? My husband thinks it was just bad luck, I don't know what to believe.",
    focus: 'anencephaly',
    types: ['inheritance'],
  },
  // why: asks whether it can be treated -> treatment.
  {
    message:
      'My father is 78 and was just told he has normal pressure hydrocephalus. Can anything be done for it at his age?',
    focus: 'normal pressure hydrocephalus',
    types: ['treatment'],
  },
  // why: how they confirm it vs Alzheimer's (diagnosis), then whether his walking will come back (prognosis).
  {
    subject: 'husband walking problems - NPH?',
    message:
      "My husband Gerald is 74. Over the last year he started shuffling like his feet are glued to the floor, he's forgetful, and he's had a few accidents with his bladder, which embarrasses him terribly. Our GP first said it was just age, then maybe Alzheimer's, and now the neurologist says it could be normal pressure hydrocephalus and wants to do a spinal tap where they drain some fluid and watch him walk. How do they actually know it's this and not Alzheimer's? Is that tap test reliable? And if it is NPH and he gets the shunt, will his walking really come back? He used to walk the dog every morning and he misses it so much. Thank you for any help.",
    focus: 'normal pressure hydrocephalus',
    types: ['diagnosis', 'prognosis'],
  },
  // why: condition only in the subject; asks whether ringing in the ears is one of its signs -> symptoms.
  {
    subject: 'Chiari',
    message: 'does it cause ringing in the ears?? mine never stops',
    focus: 'Chiari malformation',
    types: ['symptoms'],
  },
  // why: a teenager asks about options other than the decompression surgery, twice in other words -> treatment.
  {
    message:
      'hi im 15 and i have chiari malformation type 1. the neurosurgeon wants to do decompression surgery this summer and honestly im terrified. is surgery the only option?? could physio or some kind of medicine help with the headaches instead? my mom says we should just trust the doctor',
    focus: 'Chiari malformation',
    types: ['treatment'],
  },
  // why: asks how common it is -> frequency.
  {
    message: 'How common is microcephaly in newborns?',
    focus: 'microcephaly',
    types: ['frequency'],
  },
  // why: a named exposure (Zika) asked as its cause -> association; whether a scan can show it -> diagnosis.
  {
    message:
      "I'm 14 weeks pregnant and we came back from Brazil a month ago. I had a rash and some fever there which went away. Could Zika cause microcephaly in my baby? And is there a way to check for it on the ultrasound, or do I have to wait until he's born?",
    focus: 'microcephaly',
    types: ['association', 'diagnosis'],
  },
  // why: asks what the finding on the scan is -> information.
  {
    message: "The MRI says 'agenesis of the corpus callosum'. What does that mean?",
    focus: 'agenesis of the corpus callosum',
    types: ['information'],
  },
  // why: will she walk and talk (prognosis), can it happen again in another pregnancy (inheritance), other parents' groups (find_specialist).
  {
    subject: 'ACC found at 20 week scan',
    message:
      "Hi, I'm not really sure who to ask anymore. At our 20 week anatomy scan the sonographer went quiet and then we were sent for a fetal MRI, which showed complete agenesis of the corpus callosum. They said it looks 'isolated' and the amnio came back normal, so we decided to continue the pregnancy and our daughter Maya was born in March. She's 4 months now and seems like a happy baby, but she's a bit floppy and isn't holding her head up well yet. I keep googling and the stories go from kids at university to kids who never speak. Will she be able to walk and talk? My husband and I would love another child someday - is this something genetic that could happen again? Also I don't know a single other parent going through this, is there a group or organization for families? Thanks so much for reading this.",
    focus: 'agenesis of the corpus callosum',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: asks whether the cyst has to be removed -> treatment.
  {
    message:
      'They found an arachnoid cyst on my MRI by accident when I hit my head skiing. Does it need to be taken out?',
    focus: 'arachnoid cyst',
    types: ['treatment'],
  },
  // why: whether dizziness and headaches come from it (symptoms), what happens if it bursts (complications).
  {
    message:
      "i'm 29 and have a 3 cm arachnoid cyst in the left temporal area. for a few months i get headaches and dizzy spells, my neurologist says the cyst is probably not the reason. can an arachnoid cyst give headache and dizziness? also i play rugby, what happens if it bursts from a hit to the head?",
    focus: 'arachnoid cyst',
    types: ['symptoms', 'complications'],
  },
  // why: asks whether it is inherited -> inheritance.
  {
    subject: 'Dandy Walker question',
    message: 'Is dandy walker inherited? my nephew has it and my sister is pregnant again',
    focus: 'Dandy-Walker malformation',
    types: ['inheritance'],
  },
  // why: a grandmother asks whether he will live a normal life and how long -> prognosis.
  {
    subject: 'Dandy-Walker malformation',
    message:
      "My grandson Oliver is 6 weeks old and has just been diagnosed with this. He also has a shunt already. My daughter is too upset to ask questions so I'm trying to help. Will he have a normal life span? Will he be able to lead a normal life?",
    focus: 'Dandy-Walker malformation',
    types: ['prognosis'],
  },
  // why: asks which gene -> genetic_changes.
  {
    message: 'What gene is responsible for holoprosencephaly?',
    focus: 'holoprosencephaly',
    types: ['genetic_changes'],
  },
  // why: background about seizures; the question is life expectancy -> prognosis.
  {
    message:
      "Our son Leo is 2 and has lissencephaly (the classic type, they said). He has a lot of seizures and is fed with a tube, but he smiles at us all day and we love him to bits. Nobody will give us a straight answer so I'll just ask it: what is the life expectancy for kids with lissencephaly?",
    focus: 'lissencephaly',
    types: ['prognosis'],
  },
  // why: studies to join (research) and a neurologist who knows it in the UK (find_specialist).
  {
    message:
      'Hello, I am a 34 year old man from Leeds. I was diagnosed with bilateral perisylvian polymicrogyria when I was 9, after years of speech therapy and some seizures at school. The seizures are mostly under control now and I work as a warehouse supervisor, but my speech is still slow and I choke on food sometimes. My old neurologist retired and the new one admitted he had never seen PMG before and mostly just renews my prescription. I would really like to take part in research if there are any studies going on about polymicrogyria, because I have always wondered whether anything new is being learned about it. Are there any? And is there a neurologist in the UK who actually specialises in this? I am happy to travel.',
    focus: 'polymicrogyria',
    types: ['research', 'find_specialist'],
  },
  // why: non-native writer asks what signs to look for in a child -> symptoms.
  {
    message: 'Good day, what are the signs of schizencephaly in small child? My niece is diagnose with this.',
    focus: 'schizencephaly',
    types: ['symptoms'],
  },
  // why: whether it leads to diabetes insipidus later (complications); what kindergarten should know (lifestyle, school).
  {
    message:
      "Our son has septo-optic dysplasia. He has very poor vision and he's on growth hormone and hydrocortisone. The endocrinologist mentioned diabetes insipidus - can SOD lead to that later on even if he doesn't have it now? He starts kindergarten in September and I'm writing a letter for his teachers. What do they need to know to keep him safe at school?",
    focus: 'septo-optic dysplasia',
    types: ['complications', 'lifestyle'],
  },
  // why: non-native writer asks what causes it -> cause.
  {
    message:
      'Please what causes porencephaly? The doctor say my baby have this, I am thinking every day it is my fault from pregnancy.',
    focus: 'porencephaly',
    types: ['cause'],
  },
  // why: background; the question is whether it will keep getting worse -> prognosis.
  {
    message:
      "I was diagnosed with syringomyelia at 41 after numbness in both hands. The syrinx goes from C4 to T2 and my neurosurgeon has decided to watch it with yearly MRIs for now. Will it keep growing over the years? I'm worried about ending up unable to use my hands.",
    focus: 'syringomyelia',
    types: ['prognosis'],
  },
  // why: whether the cyst can turn into a tumor -> complications.
  {
    subject: 'pineal cyst 9mm',
    message: 'can a pineal cyst turn into a tumour later?',
    focus: 'pineal cyst',
    types: ['complications'],
  },
  // why: the chance the next baby has it (inheritance), whether it damages the kidneys (complications).
  {
    message:
      "Our 3 year old daughter has Joubert syndrome, confirmed by genetic testing (both of us carry one change). We'd like another baby. What are the chances our next child will have Joubert too? Also the doctor wants yearly kidney ultrasounds and liver blood tests - can Joubert damage her kidneys and liver?",
    focus: 'Joubert syndrome',
    types: ['inheritance', 'complications'],
  },
  // why: a friend asks what the condition is -> information.
  {
    message:
      "My best friend's newborn was diagnosed with hydranencephaly. I want to understand what she's going through - what is it exactly?",
    focus: 'hydranencephaly',
    types: ['information'],
  },
  // why: whether his big head could be it and what tests he needs -> diagnosis (one type, asked twice).
  {
    message:
      "Our pediatrician says our 10 month old's head is above the 98th percentile and keeps growing faster than the curve. He's crawling and babbling and seems fine otherwise. Could this be megalencephaly? What tests should he have to find out?",
    focus: 'megalencephaly',
    types: ['diagnosis'],
  },
  // why: surgery vs helmet and best age (treatment), what happens if nothing is done (complications), a craniofacial team in Ohio (find_specialist).
  {
    subject: 'baby skull shape',
    message:
      "Hi there. Our son Ethan is 3 months old. Since birth his head has been long and narrow, kind of like a boat, and there's a ridge along the top. The pediatrician sent us for a CT and it's sagittal craniosynostosis. The surgeon we saw talked about an endoscopic surgery followed by a helmet, or a bigger open surgery later on, and said we had to decide soon. Honestly it was a lot to take in. My wife and I are trying to understand the choices. Is surgery really necessary, or could a helmet alone fix it? Is there a best age to do it? My mother keeps saying he'll grow out of it, so what happens if we just leave it - can it put pressure on his brain? Lastly we'd feel better getting a second opinion, are there craniofacial teams in Ohio who do a lot of these?",
    focus: 'craniosynostosis',
    types: ['treatment', 'complications', 'find_specialist'],
  },
  // why: whether tingling and a metal taste come from the medicine (side_effects), wine with it (interactions); focus is the medicine.
  {
    message:
      'I started Diamox (acetazolamide) 2 weeks ago for intracranial hypertension. Now my fingers and toes tingle all the time and Coke tastes like metal. Is this from the Diamox?? Also my sisters wedding is next weekend, can I have a glass or two of wine while taking it?',
    focus: 'acetazolamide',
    types: ['side_effects', 'interactions'],
  },
  // why: whether the medicine is safe when trying to get pregnant -> contraindications.
  {
    message:
      'i take topiramate for my IIH headaches and we want to start trying for a baby. is it safe in pregnancy',
    focus: 'topiramate',
    types: ['contraindications'],
  },
  // why: named exposures (the pill, weight) asked as its cause -> association; whether it can damage her eyes for good -> complications.
  {
    message:
      "So about six months ago I started getting these pounding headaches every morning and a whooshing sound in my ears, like my heartbeat. Then my vision started greying out when I stood up. My optician saw swollen optic nerves and sent me straight to A&E and after a scan and lumbar puncture they diagnosed idiopathic intracranial hypertension. I'm 26. I put on about 15 kilos in the last two years after changing jobs and I've been on the combined pill since I was 18. The neurologist mentioned both of those but didn't really explain. Could the pill or my weight gain be what caused this? And what happens if the pressure stays high - can it damage my eyes permanently? I'm a graphic designer so my eyesight is literally my job.",
    focus: 'idiopathic intracranial hypertension',
    types: ['association', 'complications'],
  },
  // why: asks whether folic acid prevents it -> prevention.
  {
    subject: 'folic acid',
    message: 'Does taking folic acid before getting pregnant really prevent spina bifida?',
    focus: 'spina bifida',
    types: ['prevention'],
  },
  // why: condition named only in the subject; the question is how many girls have it -> frequency.
  {
    subject: 'Aicardi syndrome',
    message:
      "Our daughter Sofia (8 months) was diagnosed last week after infantile spasms started and the eye doctor found some spots on her retina. The neurologist said he's only seen one other case in his whole career. How many girls in the world have this? I feel like we are completely alone.",
    focus: 'Aicardi syndrome',
    types: ['frequency'],
  },
  // why: cousin parents ask whether they are both carriers and the chance for the next pregnancy -> inheritance (one type).
  {
    message:
      "My husband and I are first cousins, which is common where our families come from. Our first son, Yusuf, was born with Walker-Warburg syndrome and lived only four months. The doctors told us very little at the time, everything happened so fast in the NICU and then he was gone. Now, two years later, we are ready to think about another child but we are afraid. Our parents say it was God's will and we should not worry. But I read it is in the genes. Are we both carriers because we are cousins? If we try again, what is the chance that the next baby has the same thing? Thank you for your patience with my English.",
    focus: 'Walker-Warburg syndrome',
    types: ['inheritance'],
  },
  // why: whether it can bleed if left -> complications.
  {
    message: "I was told I have a cavernoma in my brainstem. If they don't remove it, can it bleed?",
    focus: 'cerebral cavernous malformation',
    types: ['complications'],
  },
  // why: whether her seizures are part of it (symptoms), driving (lifestyle, daily life).
  {
    message:
      'hi, im 23 and after my second seizure an mri showed periventricular heterotopia. i never heard of it before. is this what is causing my seizures? and will i still be allowed to drive, i need my car for work',
    focus: 'periventricular heterotopia',
    types: ['symptoms', 'lifestyle'],
  },
  // why: whether surgery is the only option and whether she is too young -> treatment (both about the surgery).
  {
    message:
      "Our daughter Ivy is 7 months old and has hemimegalencephaly on the right side. The seizures started at 3 weeks old and now, on three different medications, she still has 30 to 50 a day. She has stopped smiling and isn't rolling over anymore. Her neurosurgeon is recommending a functional hemispherectomy, meaning they disconnect the whole right half of her brain. I can't stop crying thinking about it. Is this really the only option left? Are there other treatments we should try first? And isn't she too young for such a huge operation? We want to do the right thing for her.",
    focus: 'hemimegalencephaly',
    types: ['treatment'],
  },
  // why: a missed dose and whether to double it -> drug_usage; the focus is the medicine, not the condition.
  {
    message:
      "Our daughter (4) has polymicrogyria and takes Keppra twice a day, 250 mg morning and evening. Last night we were at my in-laws and completely forgot her evening dose. It's now 10 am and she just had her morning one. Should we give her the missed dose now too or just skip it?",
    focus: 'levetiracetam',
    types: ['drug_usage'],
  },
  // why: which kind of doctor treats it in adults -> find_specialist.
  {
    message:
      "I'm 38 and was just diagnosed with tethered spinal cord syndrome after years of back pain and bladder trouble. Everyone online talks about children. Which kind of doctor should I see for this as an adult, and are there places that specialize in adults with tethered cord?",
    focus: 'tethered spinal cord syndrome',
    types: ['find_specialist'],
  },
  // why: which gene (genetic_changes), any research (research), insurance for a wheelchair (other).
  {
    message:
      'Hello, I write for my daughter Amira, she is 3 years old. She has pontocerebellar hypoplasia, the doctors say type 2. She does not sit alone, she has many muscle spasms, and she cries a lot in the night. We did the genetic test in Germany but the report is in very medical words and we do not understand everything. Which gene is it for this type? Is there any research happening for PCH, maybe some new medicine in the future? Also a different question, the insurance refused to pay for a special chair with head support, is this normally covered for children like her? Thank you very much.',
    focus: 'pontocerebellar hypoplasia',
    types: ['genetic_changes', 'research', 'other'],
  },
  // why: rollercoasters and basketball (lifestyle), research on something better than shunts (research).
  {
    message:
      'hey so im 16 and ive had hydrocephalus since i was born, i have a vp shunt and its been revised 3 times (last one when i was 12). my friends are going to six flags for my birthday and i really want to go on the big rollercoasters but my mom freaks out about it. can i go on rollercoasters with a shunt?? also i want to try out for the basketball team this year. and one more thing, is anyone researching something better than shunts?? i hate the idea of having surgery again every few years for the rest of my life lol',
    focus: 'hydrocephalus',
    types: ['lifestyle', 'research'],
  },
  // why: a list: what it is (information), whether the headaches come from it (symptoms), whether it needs treatment (treatment).
  {
    subject: 'empty sella on MRI - questions',
    message:
      'Good afternoon. I had an MRI for persistent headaches and the report says "partially empty sella". My GP has referred me to endocrinology but the appointment is three months away, so I have written down my questions:\n1. What exactly is empty sella syndrome?\n2. Could it be the reason for my headaches?\n3. Does it need to be treated, or is it usually left alone?\nI am 52, female, and otherwise healthy apart from high blood pressure. Many thanks in advance.',
    focus: 'empty sella syndrome',
    types: ['information', 'symptoms', 'treatment'],
  },
];
