/**
 * "headaches" set. Messages about headaches and migraine, alone or as part of another condition: triggers,
 * headache medicines, warning signs, with other questions about the condition and its medicines. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.975, type F1 0.893). Scored by headaches.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --headaches --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HEADACHES_MESSAGES: ConsumerMessage[] = [
  // why: cause is what brings on its attacks; the spring timing is story
  {
    message:
      'what brings on cluster headaches?? i get them every spring like clockwork and nobody can tell me why',
    focus: 'cluster headache',
    types: ['cause'],
  },
  // why: whether a medicine is safe while breastfeeding is a precaution, so contraindications
  {
    subject: 'Imitrex and nursing',
    message:
      "I'm nursing my 3 month old. Can I take my sumatriptan when a migraine hits, or do I have to pump and dump?",
    focus: 'sumatriptan',
    types: ['contraindications'],
  },
  // why: blindness is another problem the condition can lead to, so complications
  {
    message:
      'My mom (78) was just diagnosed with giant cell arteritis after weeks of headaches at her temples. Can it make her go blind?',
    focus: 'giant cell arteritis',
    types: ['complications'],
  },
  // why: asks which gene is involved; the condition is named only in the subject
  {
    subject: 'CADASIL',
    message: 'My father was diagnosed with this last week. Which gene is it?',
    focus: 'CADASIL',
    types: ['genetic_changes'],
  },
  // why: asks how rare the condition is, so frequency
  {
    message: 'how rare is hemicrania continua? never met anyone else who has it',
    focus: 'hemicrania continua',
    types: ['frequency'],
  },
  // why: a medicine with alcohol is interactions
  {
    message: "Can I have a glass of wine with dinner while I'm on topiramate?",
    focus: 'topiramate',
    types: ['interactions'],
  },
  // why: whether she will grow out of it is the outlook, so prognosis
  {
    message:
      "My daughter is 7 and gets bad tummy aches with vomiting every few weeks, and the doctor says it's abdominal migraine. Will she grow out of it?",
    focus: 'abdominal migraine',
    types: ['prognosis'],
  },
  // why: timing and missed doses of a medicine are drug_usage
  {
    message:
      'Do I have to take propranolol at exactly the same time every day for my migraines? I keep forgetting the evening dose.',
    focus: 'propranolol',
    types: ['drug_usage'],
  },
  // why: asks for the signs of the condition, so symptoms
  {
    message:
      'what are the warning signs of a brain aneurysm before it bursts my brother had one and now im scared',
    focus: 'brain aneurysm',
    types: ['symptoms'],
  },
  // why: asks about a cure and the therapy, so treatment
  {
    message:
      'My best friend has trigeminal neuralgia and is in so much pain. Is there any cure or is it just pills forever?',
    focus: 'trigeminal neuralgia',
    types: ['treatment'],
  },
  // why: how a medicine works is indication
  {
    subject: 'botox',
    message: "How does Botox actually stop migraines? Isn't it for wrinkles? Thanks",
    focus: 'onabotulinumtoxinA',
    types: ['indication'],
  },
  // why: whether two conditions are the same is information; the first one asked about is the focus
  {
    message: 'is paroxysmal hemicrania the same thing as cluster headache? my neuro used both words',
    focus: 'paroxysmal hemicrania',
    types: ['information'],
  },
  // why: whether the family's signs could be the condition is diagnosis
  {
    message:
      'Hello, in our house we all have headache in the evening when heater is working, and outside we feel better. It can be carbon monoxide?',
    focus: 'carbon monoxide poisoning',
    types: ['diagnosis'],
  },
  // why: whether a problem comes from the medicine is side_effects
  {
    message: 'does maxalt make u drowsy?? took one at lunch and slept like 4 hrs',
    focus: 'rizatriptan',
    types: ['side_effects'],
  },
  // why: whether someone can catch it is susceptibility; the headache is story
  {
    message:
      "Is meningitis contagious? A boy in my daughter's class has it and she woke up with a headache this morning.",
    focus: 'meningitis',
    types: ['susceptibility'],
  },
  // why: whether screens set off attacks is what brings on attacks (cause); sports with it is lifestyle
  {
    message:
      'hey so im 15 and i get migraines like twice a month, mostly when i dont sleep enough or skip lunch. my mom thinks its my phone. can screens actually set off a migraine? also is it ok to still play volleyball when i feel one coming on',
    focus: 'migraine',
    types: ['cause', 'lifestyle'],
  },
  // why: getting out of the painkiller cycle is managing the condition, so treatment
  {
    subject: 'daily painkillers',
    message:
      "For the last year I've been taking ibuprofen or Excedrin almost every day because of headaches. My pharmacist brought up medication overuse headache and said the pills might be what keeps the headaches going. How do people get out of this cycle?",
    focus: 'medication overuse headache',
    types: ['treatment'],
  },
  // why: asks for therapies other than weight loss, so treatment
  {
    message:
      'I was diagnosed with pseudotumor cerebri last month after my eye doctor saw swelling at the back of my eyes. Everyone keeps telling me to lose weight. Are there any other treatments besides weight loss?',
    focus: 'pseudotumor cerebri',
    types: ['treatment'],
  },
  // why: whether the tingling and taste come from the medicine is side_effects
  {
    message:
      'My neuro-ophthalmologist started me on acetazolamide 500 mg twice a day for the high pressure in my head. Since then my fingers and toes tingle and soda tastes like metal. Is this from the medication?',
    focus: 'acetazolamide',
    types: ['side_effects'],
  },
  // why: whether her signs could be the condition is diagnosis; danger to the baby is a problem it leads to, so complications
  {
    message:
      "I'm 34 weeks with my first and I've had a headache for two days that Tylenol won't touch, and now I'm seeing little sparkles. My ankles are really puffy too. Could this be preeclampsia? And if it is, is the baby in danger?",
    focus: 'preeclampsia',
    types: ['diagnosis', 'complications'],
  },
  // why: stopping the episodes from starting is prevention; new treatments being studied is research
  {
    message:
      'My husband gets these terrible attacks behind one eye, every night around 2am, for weeks at a time, and then nothing for months. His neurologist said cluster headache and gave him oxygen for the attacks. Is there something he can take to stop the episodes from starting? Are there any new treatments being studied?',
    focus: 'cluster headache',
    types: ['prevention', 'research'],
  },
  // why: a medicine with a food (grapefruit) is interactions
  {
    message:
      'I take verapamil for cluster headaches, 240 mg a day. I drink grapefruit juice every morning with breakfast. Is that a bad combination?',
    focus: 'verapamil',
    types: ['interactions'],
  },
  // why: asks what the future looks like for children with it, so prognosis
  {
    message:
      'Our 9 year old son has had headaches for a year, and last month his arm went weak after a crying fit. The MRI showed moyamoya disease. What does the future look like for kids with moyamoya?',
    focus: 'moyamoya disease',
    types: ['prognosis'],
  },
  // why: asks which test would show whether the signs are the condition, so diagnosis
  {
    subject: 'chiari??',
    message:
      'i get this crushing headache at the back of my head whenever i cough or laugh hard, it goes away after a few mins. a friend who has chiari said it sounds exactly like hers. what test would show if i have it',
    focus: 'Chiari malformation',
    types: ['diagnosis'],
  },
  // why: a medicine together with another medicine (warfarin) is interactions
  {
    message:
      'I am 72 years old and take Advil for my headaches maybe 3 or 4 times a week. Last month my doctor put me on warferin for my heart rhythm. Can I keep taking the Advil with it?',
    focus: 'ibuprofen',
    types: ['interactions'],
  },
  // why: how a medicine helps a condition is how it works, so indication
  {
    message:
      "My neurologist wants me to try candesartan to prevent my migraines. I looked it up and it's a blood pressure pill, but my blood pressure is normal. How would it help with migraines?",
    focus: 'candesartan',
    types: ['indication'],
  },
  // why: asks why it happens, so cause
  {
    message:
      'Hello. I am from Brazil, sorry for my english. Since 3 months I have pain like electric shock in the back of head, it go to the top of the head. The doctor say is occipital neuralgia. What is the reason of this?',
    focus: 'occipital neuralgia',
    types: ['cause'],
  },
  // why: why a medicine is prescribed for her problem is what it is for, so indication
  {
    message:
      "My doctor prescribed amitriptyline 10mg at bedtime for my tension headaches. I'm a bit confused because I read it's an antidepressant and I'm not depressed. Why would she give me this?",
    focus: 'amitriptyline',
    types: ['indication'],
  },
  // why: asks how the condition is tested for, so diagnosis
  {
    message:
      'My sister (41) gets sudden spells where her head pounds, she sweats through her clothes and her heart races. At urgent care during one her BP was 210/120. Her doctor mentioned pheochromocytoma. How do they test for that?',
    focus: 'pheochromocytoma',
    types: ['diagnosis'],
  },
  // why: the most she can take in a day is dose, so drug_usage
  {
    message:
      "I get headaches from staring at screens all day at work and I take tylenol extra strenght most days. I only weigh about 110 lbs. What's the most I can safely take in 24 hours?",
    focus: 'acetaminophen',
    types: ['drug_usage'],
  },
  // why: the chance her brothers have it is inheritance; stopping the attacks is prevention
  {
    message:
      'Hi, my daughter Emma is 12. Since she was 8 she\'s had these "migraines" where her right arm and face go numb and weak and she can\'t get her words out, and then the headache comes. The first time we thought she was having a stroke and called 911. After a lot of tests the neurologist did a genetic test and found a change in the CACNA1A gene, and now they\'re calling it familial hemiplegic migraine. Looking back, my mom had "mini strokes" when she was young that nobody could explain. I have two younger boys, 6 and 3. What are the chances they have it too? And is there anything that can stop these attacks from happening? She\'s missing so much school. Thank you so much for any help.',
    focus: 'familial hemiplegic migraine',
    types: ['inheritance', 'prevention'],
  },
  // why: 'could this be what we have' is diagnosis; how rare is frequency; any treatment is treatment
  {
    message:
      "I'm 26 and I've had migraines since I was a teenager, really bad ones with vomiting. In the last couple of years I've also started losing hearing in both ears, and I was diagnosed with diabetes even though I'm skinny and active. I'm also short compared to everyone in my family. My mom had a \"stroke\" at 40 that her doctors said looked strange on the scan, and she has diabetes and hearing aids too. I was reading online and found MELAS and it felt like reading about us. Could this be what we have? How rare is it? And if it is MELAS, is there any treatment?",
    focus: 'MELAS',
    types: ['diagnosis', 'frequency', 'treatment'],
  },
  // why: whether she gets back to how she was is prognosis; work and driving are lifestyle; running in families is inheritance
  {
    subject: 'wife recovering from a brain bleed',
    message:
      "Three weeks ago my wife (52) had the worst headache of her life while gardening and collapsed. At the hospital they found a subarachnoid hemorrhage from a burst aneurysm and they coiled it. She's home now but tired, forgetful, and gets headaches most afternoons. The doctors were great but everything happened so fast I didn't ask much. Will she get back to how she was before? She's a teacher and really wants to go back in the fall, is that realistic, and when can she drive again? Her sister also keeps asking me whether this kind of thing runs in families.",
    focus: 'subarachnoid hemorrhage',
    types: ['prognosis', 'lifestyle', 'inheritance'],
  },
  // why: higher stroke risk with the condition is complications; children getting it is inheritance; what to use for attacks in pregnancy is treatment
  {
    subject: 'Migraine and planning a pregnancy',
    message:
      'Dear Sir or Madam,\n\nI am a 31-year-old woman and have had migraine with aura since my early twenties, about three or four attacks a month. My husband and I hope to start a family next year, and I would be grateful if you could answer a few questions:\n\n1. I have read that migraine with aura raises the risk of stroke. Is this true?\n2. Are our children likely to get migraines as well?\n3. What can be used to treat an attack while I am pregnant?\n\nKind regards,\nHelen',
    focus: 'migraine',
    types: ['complications', 'inheritance', 'treatment'],
  },
  // why: playing soccer is lifestyle; blindness is a problem it can lead to, so complications
  {
    message:
      "My daughter is 16 and was just diagnosed with idiopathic intracranial hypertension. It started with headaches every morning and a whooshing sound in her ears, then she said her vision kept going gray for a few seconds when she stood up. The eye doctor saw swollen optic nerves and sent us straight to the ER, where they did a spinal tap and the pressure was high. She's on medicine now and the headaches are a bit better. She's the goalkeeper on her soccer team and is begging to go back to practice. Is it safe for her to play? And I keep reading that this can cause blindness. How worried should we be about her eyesight?",
    focus: 'idiopathic intracranial hypertension',
    types: ['lifestyle', 'complications'],
  },
  // why: a named exposure (Sudafed) asked as its cause is association; whether it comes back is prognosis
  {
    message:
      "Bit of a long story. Two weeks ago I (44M) got a sudden explosive headache at the gym, like getting hit with a bat. Went to the ER, CT was clear, they sent me home. Then it happened twice more in the next week, once during sex, which was fun to explain. At the second ER visit they did a CT angiogram, found narrowed blood vessels and diagnosed reversible cerebral vasoconstriction syndrome. I had been taking Sudafed for a cold for about 10 days before it started, and I'm also on sertraline. Could the Sudafed have caused this? And is it likely to come back once it clears up?",
    focus: 'reversible cerebral vasoconstriction syndrome',
    types: ['association', 'prognosis'],
  },
  // why: a link with migraine is association; what sets off the episodes is cause; other families to talk to is a support group, so find_specialist
  {
    subject: 'son with vomiting episodes',
    message:
      "Our son is 8. Every 4 to 6 weeks he has these episodes where he vomits every 15 minutes for a day or two, he's pale and just lies there, and twice we ended up in the ER for fluids. In between he's totally fine. After a year of tests his GI doctor finally said cyclic vomiting syndrome. My husband and his mom both have migraines and the doctor said that's relevant. Is this connected to migraine somehow? We also can't figure out what sets the episodes off, sometimes it's after a birthday party, sometimes right before a trip. What usually triggers them? And are there other families dealing with this we could talk to? We feel very alone.",
    focus: 'cyclic vomiting syndrome',
    types: ['association', 'cause', 'find_specialist'],
  },
  // why: ulcers from the medicine are side_effects; with food or empty stomach is drug_usage; with lisinopril is interactions
  {
    message:
      "I'm 58 and was diagnosed with paroxysmal hemicrania in March. The neurologist put me on indomethacin and honestly it's been a miracle, the stabbing attacks around my eye stopped within two days. But now I've got a burning pain in my stomach, especially at night. My questions: Can indomethacin cause stomach ulcers? Should I be taking it with food or on an empty stomach? I also take lisinopril for blood pressure, is it ok to take them together?",
    focus: 'indomethacin',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: explaining what it is is information; whether the spells can lead to a stroke is complications
  {
    message:
      "My granddaughter Sophie is 14 and lives with me. Twice this year she has had spells where she sees double, the room spins, her words come out slurred, and once she fainted, and then she gets a terrible headache at the back of her head and vomits. Scary as anything. Her pediatrician sent us to a neurologist who called it basilar migraine, but the appointment was very short and I didn't really understand. Could you explain what basilar migraine is? And can these spells lead to a stroke? I lost my husband to a stroke so I worry.",
    focus: 'basilar migraine',
    types: ['information', 'complications'],
  },
  // why: whether headaches belong to it is symptoms; whether it can lead to Chiari or instability is complications; a doctor who understands it is find_specialist
  {
    message:
      "I have hypermobile Ehlers-Danlos syndrome, diagnosed at 29 after years of being told I was just flexible and anxious. For the past two years I've had headaches almost every day, worst at the base of my skull, and they get better when I lie down. My neck clicks and feels unstable and sometimes my hands go tingly. My GP says headaches are just common. Are headaches actually part of EDS? People in my Facebook group talk about Chiari and craniocervical instability, can EDS lead to those? And I really need to find a doctor who understands EDS, I'm in Ohio.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['symptoms', 'complications', 'find_specialist'],
  },
];
