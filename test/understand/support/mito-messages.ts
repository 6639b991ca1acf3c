/**
 * "mito" set. Messages about mitochondrial conditions: symptoms, supplements, exercise, inheritance through
 * the mother, testing, with other questions about the condition. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.897). Scored by mito.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --mito --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MITO_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether it passes down through the mother, which is how it runs in families (inheritance)
  {
    message: "is LHON only passed down from the mother? my uncle has it and im worried about my mom's side",
    focus: 'Leber hereditary optic neuropathy',
    types: ['inheritance'],
  },
  // why: asks for the first signs; the drooping eyelids are background, not a "could this be it" question (symptoms)
  {
    subject: 'Kearns-Sayre',
    message:
      'What are usually the first signs? My cousin is 15 and her eyelids have been drooping more and more this year.',
    focus: 'Kearns-Sayre syndrome',
    types: ['symptoms'],
  },
  // why: keeping the opened bottle in the fridge is about storing a medicine (storage_disposal)
  {
    message:
      "Does riboflavin need to be kept in the fridge once the bottle is opened? The pharmacy label doesn't say.",
    focus: 'riboflavin',
    types: ['storage_disposal'],
  },
  // why: asks only how rare it is (frequency)
  {
    message: 'how rare is pearson syndrome',
    focus: 'Pearson syndrome',
    types: ['frequency'],
  },
  // why: asks whether there is a test beyond newborn screening (diagnosis)
  {
    message:
      'Is there a blood test for MCAD deficiency for older kids, or is it only picked up by the newborn heel prick?',
    focus: 'MCAD deficiency',
    types: ['diagnosis'],
  },
  // why: joining a swim team is school and sport in daily life (lifestyle)
  {
    message: 'My daughter (13) has McArdle disease. Is it OK for her to join the school swim team?',
    focus: 'McArdle disease',
    types: ['lifestyle'],
  },
  // why: asks whether the cramps come from the medicine, so the focus is creatine (side_effects)
  {
    message:
      'can creatine give you stomach cramps?? my neurologist put me on it for my mito and my stomach has been awful since',
    focus: 'creatine',
    types: ['side_effects'],
  },
  // why: asks about ongoing trials (research)
  {
    subject: 'Question',
    message: 'Are there any clinical trials for MNGIE going on at the moment, in Europe or the US?',
    focus: 'MNGIE',
    types: ['research'],
  },
  // why: "what is it" is an overview (information) and "which gene" is genetic_changes
  {
    message: 'What is Barth syndrome and which gene causes it? Our nephew was just diagnosed.',
    focus: 'Barth syndrome',
    types: ['information', 'genetic_changes'],
  },
  // why: whether the child will walk is the outlook (prognosis)
  {
    message:
      'my son was just diagnosed with pyruvate dehydrogenase deficiency, he is 14 months and not crawling yet. will he ever be able to walk??',
    focus: 'pyruvate dehydrogenase deficiency',
    types: ['prognosis'],
  },
  // why: asks only whether it can be prevented (prevention)
  {
    message: 'can wolfram syndrome be prevented',
    focus: 'Wolfram syndrome',
    types: ['prevention'],
  },
  // why: whether the medicine is safe for someone with another condition is a precaution (contraindications), focus is the medicine
  {
    message:
      'is depakote safe for someone with a POLG mutation? my wife takes it for her seizures and her neurologist just found the mutation.',
    focus: 'Depakote',
    types: ['contraindications'],
  },
  // why: whether a child can catch it from playing together (susceptibility)
  {
    message: "Is Leigh's disease contagious? My nephew has it and my kids play with him every weekend.",
    focus: 'Leigh syndrome',
    types: ['susceptibility'],
  },
  // why: which kind of doctor to see (find_specialist)
  {
    message:
      "What kind of doctor treats mitochondrial myopathy - a neurologist or someone else? My GP doesn't seem to know.",
    focus: 'mitochondrial myopathy',
    types: ['find_specialist'],
  },
  // why: whether a medicine is safe given the person's condition is a precaution; the medicine is the focus (contraindications)
  {
    message:
      'i have chronic progressive external ophthalmoplegia, is it safe for me to take atorvastatin? my gp wants to start me on it for cholesterol',
    focus: 'atorvastatin',
    types: ['contraindications'],
  },
  // why: whether the mito cocktail helps is treatment; how long children live is prognosis
  {
    message:
      "My granddaughter is 4 and was diagnosed with Leigh syndrome last month. Her doctors mentioned giving her a 'mito cocktail' of vitamins and CoQ10. Does this actually help children with Leigh syndrome? And how long do children with it usually live? I'm sorry to ask so bluntly, her parents cannot bring themselves to ask.",
    focus: 'Leigh syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: whether exercise and football are good or bad is daily life (lifestyle); the question is repeated in other words
  {
    message:
      'im 16 and i got diagnosed with MELAS after having a stroke-like episode last year. i really want to keep playing football with my team. is exercise bad for me or is it actually good? like should i stop playing',
    focus: 'MELAS',
    types: ['lifestyle'],
  },
  // why: asks whether any medicine can bring his sight back (treatment)
  {
    message:
      "My husband was diagnosed with LHON at 28 after losing the central vision in both eyes over a few months. He can't drive or read anymore and he is very low. We read about a medicine called idebenone being used in Europe. Is there any treatment that can bring his sight back?",
    focus: 'LHON',
    types: ['treatment'],
  },
  // why: how they confirm it is diagnosis; whether the parents passed it on is inheritance; condition named in subject and text
  {
    subject: 'pyruvate carboxylase deficiency?',
    message:
      'Our baby daughter (5 months) has had high lactic acid on several blood tests, two seizures and she is behind on her milestones. The metabolic team mentioned pyruvate carboxylase deficiency. How do they confirm it? And is it something we could have passed on to her?',
    focus: 'pyruvate carboxylase deficiency',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "could I have the same thing" is diagnosis; what to avoid to stop the episodes is preventing attacks (prevention)
  {
    message:
      "I'm 45 and since my twenties I've had bad muscle pain and dark brown urine after long hikes or skipping meals. My brother was just diagnosed with CPT II deficiency. Could I have the same thing? And what should I avoid so these episodes don't keep happening?",
    focus: 'CPT II deficiency',
    types: ['diagnosis', 'prevention'],
  },
  // why: "what is it exactly" asks for an overview (information)
  {
    message:
      "A close friend of mine has Friedreich ataxia and recently started using a wheelchair. She doesn't like to talk about it much and I want to understand what she is going through without making her explain everything. What is it exactly?",
    focus: 'Friedreich ataxia',
    types: ['information'],
  },
  // why: a special formula or diet is lifestyle per the guide
  {
    message:
      'our newborn screening came back positive for VLCAD deficiency and the follow up appointment is not until next week. we are breastfeeding. will he need a special formula or diet?',
    focus: 'VLCAD deficiency',
    types: ['lifestyle'],
  },
  // why: asks whether the condition can affect the heart, another problem it leads to (complications)
  {
    message:
      'I was diagnosed with Kearns-Sayre syndrome at 19. My neurologist wants me to have an ECG and see a cardiologist every year, even though my heart feels fine. Can this condition damage the heart?',
    focus: 'Kearns-Sayre syndrome',
    types: ['complications'],
  },
  // why: whether the medicine is safe for someone with her condition is a precaution (contraindications), focus is the medicine
  {
    subject: 'metformin and mito',
    message:
      'My mother has maternally inherited diabetes and deafness and her new doctor started her on metformin. I read that metformin can cause lactic acidosis, and people with mitochondrial problems already have high lactate. Is metformin safe for her?',
    focus: 'metformin',
    types: ['contraindications'],
  },
  // why: the diet is background; the only question is whether his sister can have it too (inheritance)
  {
    message:
      'Dear doctor, my son have 10 years and he have GLUT1 deficiency. The doctor put him on ketogenic diet and his seizures are much better now. His small sister is 2 years. Can she also have this disease from the family?',
    focus: 'GLUT1 deficiency',
    types: ['inheritance'],
  },
  // why: taking the medicine with his supplements is interactions; the medicine is the focus
  {
    message:
      'My brother has MERRF. He is 30 and has jerking movements and seizures, and he was just prescribed levetiracetam. He already takes CoQ10, carnitine and a B vitamin every day. Can he take levetiracetam together with all of those?',
    focus: 'levetiracetam',
    types: ['interactions'],
  },
  // why: a link between the two conditions is association; "could mine be mito" is diagnosis
  {
    message:
      'hi! so my doctor thinks my constant exhaustion might be chronic fatigue syndrome, but my aunt has mitochondrial myopathy and her tiredness sounds exactly like mine lol. is there any link between the two? could mine actually be mito and not CFS?',
    focus: 'chronic fatigue syndrome',
    types: ['association', 'diagnosis'],
  },
  // why: asks only how common it is; the condition is named only in the subject (frequency)
  {
    subject: 'NARP',
    message:
      'My husband has just been diagnosed after years of balance problems and poor night vision. Not one of our friends or even his GP had heard of it. How common is this?',
    focus: 'NARP',
    types: ['frequency'],
  },
  // why: how much to give and at what time of day is dose and timing (drug_usage), focus the medicine
  {
    message:
      'My 3-year-old has complex I deficiency. Her neurologist recommended riboflavin, thiamine and CoQ10. How much riboflavin should a toddler take, and is it better to give it in the morning or at night?',
    focus: 'riboflavin',
    types: ['drug_usage'],
  },
  // why: the mother's-side remark is a statement; the question asks what causes it (cause)
  {
    message:
      "My girlfriend gets episodes of vomiting that last 2-3 days, every few weeks, and she ends up in the ER for fluids. Her doctor finally said cyclic vomiting syndrome. Someone in a forum said it can be tied to mitochondria from the mother's side. What actually causes it?",
    focus: 'cyclic vomiting syndrome',
    types: ['cause'],
  },
  // why: slowing it down is treatment, how long she has is prognosis, families to talk to is a support group (find_specialist)
  {
    message:
      "Our daughter Mia was a completely normal baby until about 18 months, when she started having seizures that no medicine would stop. Within a few weeks she lost her words and could not sit up anymore. After many tests at the children's hospital they told us it is Alpers syndrome, caused by POLG. They also said her liver must be watched very closely. We are still in shock and nobody explains much to us. Is there anything at all that can slow it down? The doctors avoid telling us how much time we have with her, can you tell us honestly? And are there other families going through this that we could talk to? We feel very alone.",
    focus: 'Alpers syndrome',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  // why: whether relatives should be tested is diagnosis; the chance her grandchildren have it is inheritance; arginine for the episodes is treatment
  {
    message:
      "Hello. My son (19) was diagnosed with MELAS last spring after two stroke-like episodes, and the genetic test then showed that I carry the same m.3243A>G change, although at a lower level. I have hearing loss and diabetes, which I always thought was just bad luck. I have three questions:\n1. Should my other two children be tested, even though they are healthy?\n2. My daughter is 24 and wants children. What is the chance her children will have it?\n3. My son's neurologist talked about arginine during the episodes. Is this the usual treatment?\nThank you very much for your time.",
    focus: 'MELAS',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: whether enzyme replacement is worth starting is treatment; whether he will end up on a ventilator is the course (prognosis)
  {
    message:
      "I'm 56 and for about ten years I have had trouble climbing stairs and getting out of low chairs. I put it down to age and my weight. Last year I started waking up with headaches and feeling exhausted all day, and a sleep study showed my breathing drops at night. After a muscle biopsy and a blood spot test I was told I have late-onset Pompe disease. The specialist offered me enzyme replacement infusions every two weeks, which means a day off work each time. Is it worth starting at my age? And honestly, will I end up on a ventilator full time? My wife and I are trying to plan the next few years.",
    focus: 'Pompe disease',
    types: ['treatment', 'prognosis'],
  },
  // why: the chance this baby has it is inheritance; testing the baby before birth is diagnosis
  {
    message:
      'We lost our first son at 4 months to mitochondrial DNA depletion syndrome. His liver failed and he was never strong enough to hold his head up. They found two changes in the DGUOK gene, one from me and one from my husband. I am now 9 weeks pregnant and we are so scared it will happen again. What are the chances this baby has it too? Can they test the baby during the pregnancy, and how early?',
    focus: 'mitochondrial DNA depletion syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: whether they will go fully blind is the course (prognosis); being able to drive is daily life (lifestyle)
  {
    message:
      'hey so im 17 and my dad has dominant optic atrophy and i got tested last year and i have it too. my vision has been getting slowly worse since i was like 10, i cant see the board at school without sitting in the front row and colors look kind of washed out. my dad can still see ok at 45 but hes never been able to drive. all my friends are getting their licenses this year. will i go completely blind? and will i be able to drive at all or is that just not happening for me',
    focus: 'dominant optic atrophy',
    types: ['prognosis', 'lifestyle'],
  },
  // why: both questions (does she need carnitine, and for life) are about treating it (treatment)
  {
    message:
      "My granddaughter's newborn screening showed low carnitine, and after more tests the doctors found out that it was actually coming from me - I have primary carnitine deficiency and never knew it. I am 68, I have always been healthy, I worked as a nurse for 40 years and I walk every day. The metabolic doctor wants me to take carnitine tablets three times a day. Do I really need to take it when I have no symptoms at all? And if I start, is it for the rest of my life? I don't like taking pills for nothing.",
    focus: 'primary carnitine deficiency',
    types: ['treatment'],
  },
  // why: whether it keeps getting worse is prognosis; support groups is find_specialist
  {
    subject: 'droopy eyelids again',
    message:
      "Hi, I'm a 52 year old woman with chronic progressive external ophthalmoplegia (diagnosed 8 yrs ago after a muscle biopsy). I had my eyelids lifted 3 years ago and it made a huge difference, but now they are drooping again and I've started getting double vision when I'm tired. I also notice I get tired swallowing dry food. My husband is very supportive but nobody around me really gets it. Is this going to keep getting worse? Are there any support groups, even online, for people with CPEO?",
    focus: 'chronic progressive external ophthalmoplegia',
    types: ['prognosis', 'find_specialist'],
  },
  // why: planning the trip and the flights is travel in daily life (lifestyle); both questions are the same type
  {
    subject: 'Flying with MCAD',
    message:
      'Our son Leo is 6 and has MCAD deficiency, diagnosed at birth through the heel prick. He has been very well, only one hospital stay when he had a stomach bug at 2. This summer we want to visit my parents in Australia, which means two flights of about 24 hours in total and a big time difference. I am worried about him going long hours without food, sleeping at odd times, and what happens if he gets sick there. What should we plan for the trip, and is there anything special we should do during the flights themselves?',
    focus: 'MCAD deficiency',
    types: ['lifestyle'],
  },
  // why: whether CoQ10 will fix his kidneys is treatment; a study to join is research
  {
    message:
      'Our son is 3 and 6 months ago he got very puffy and his urine was full of protein. The doctors treated him for nephrotic syndrome with steroids but nothing worked. A gene panel finally showed it is coenzyme Q10 deficiency (COQ8B). Now he is taking high dose CoQ10 powder in his yogurt every day and the protein in his urine has come down a bit. The kidney doctor is careful and does not promise anything. Is the CoQ10 going to fix his kidneys? Is there any research study we could join?',
    focus: 'coenzyme Q10 deficiency',
    types: ['treatment', 'research'],
  },
  // why: a link between her pregnancy liver problem and the baby's condition is association; the chance in the next pregnancy is inheritance
  {
    message:
      'In my first pregnancy I got very sick at 35 weeks, I was yellow and vomiting and they said it was acute fatty liver of pregnancy, I spent a week in intensive care after the c-section. My daughter seemed fine until she was 5 months old and had a bad cold, she stopped eating and became floppy and her blood sugar was very low. That is when they found LCHAD deficiency. Now she is 2 and eats every few hours with special oil and is doing well. My midwife friend said my liver problem and her condition could be connected? Is there really a connection? We are thinking about another baby, what is the chance it will have LCHAD too?',
    focus: 'LCHAD deficiency',
    types: ['association', 'inheritance'],
  },
];
