/**
 * "stimulants" set. Messages about ADHD and stimulant medicines: doses, appetite and sleep, heart checks,
 * breaks from the medicine, with questions about ADHD and conditions that come with it. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.950, type F1 0.870). Scored by stimulants.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --stimulants --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const STIMULANTS_MESSAGES: ConsumerMessage[] = [
  // why: asks whether a growth problem comes from the medicine (side_effects); Ritalin is methylphenidate
  {
    message: 'does ritalin stunt kids growth??',
    focus: 'methylphenidate',
    types: ['side_effects'],
  },
  // why: the medicine together with alcohol is interactions; Vyvanse is lisdexamfetamine
  {
    message: "Is it safe to have a couple of beers on a Friday night while I'm taking Vyvanse?",
    focus: 'lisdexamfetamine',
    types: ['interactions'],
  },
  // why: "what is it" asks for an overview (information); the nephew's sleeping is story
  {
    message:
      'What is Kleine-Levin syndrome? My nephew sleeps for days at a time and his doctor brought it up.',
    focus: 'Kleine-Levin syndrome',
    types: ['information'],
  },
  // why: whether it runs in families is inheritance
  {
    message: 'is narcolepsy hereditary my dad has it and now im worried about my kids',
    focus: 'narcolepsy',
    types: ['inheritance'],
  },
  // why: how the medicine works for ADHD is indication
  {
    message: "How does guanfacine help ADHD when it's supposed to be a blood pressure pill?",
    focus: 'guanfacine',
    types: ['indication'],
  },
  // why: breastfeeding is a precaution (contraindications); the medicine (Strattera = atomoxetine) is named only in the subject
  {
    subject: 'Strattera',
    message: 'Is it ok to keep taking it while breastfeeding? My baby is 3 months old.',
    focus: 'atomoxetine',
    types: ['contraindications'],
  },
  // why: asks for studies to take part in (research)
  {
    message: 'Are there any studies going on right now for adults with ADHD? I would be happy to take part.',
    focus: 'ADHD',
    types: ['research'],
  },
  // why: whether stimulants help his hyperactivity is about managing the condition (treatment)
  {
    message:
      'my son has fragile x and hes super hyper all day, can stimulants help with that or do they not work for fragile x kids',
    focus: 'fragile X syndrome',
    types: ['treatment'],
  },
  // why: whether the medicine contains dyes is ingredients
  {
    message:
      'Does dexmethylphenidate come in a version without red dye? My daughter breaks out in hives from it.',
    focus: 'dexmethylphenidate',
    types: ['ingredients'],
  },
  // why: throwing away leftover pills is storage_disposal; Adderall is amphetamine salts
  {
    message:
      'whats the right way to get rid of old adderall pills? my son doesnt take them anymore and i dont want them sitting in the house',
    focus: 'amphetamine',
    types: ['storage_disposal'],
  },
  // why: how rare / how many kids get it is one question of frequency asked twice
  {
    message: 'Is Tourette syndrome rare? Roughly how many children get it?',
    focus: 'Tourette syndrome',
    types: ['frequency'],
  },
  // why: what can help the sleep is managing the condition (treatment); the condition is named only in the subject
  {
    subject: 'Smith-Magenis syndrome',
    message:
      'our daughter (7) barely sleeps 4 hrs a night and then is bouncing off the walls all day. what can help with her sleep?',
    focus: 'Smith-Magenis syndrome',
    types: ['treatment'],
  },
  // why: pregnancy is a precaution (contraindications)
  {
    message: 'can modafinil be taken when pregant',
    focus: 'modafinil',
    types: ['contraindications'],
  },
  // why: what happens when it is not treated is complications
  {
    message:
      "What happens to adults with ADHD who never get treated? I'm 52 and only just found out I have it.",
    focus: 'ADHD',
    types: ['complications'],
  },
  // why: whether it is safe to stop the medicine suddenly is drug_usage (stopping)
  {
    message:
      "Is it dangerous to just stop clonidine for a few days? My son ran out and the pharmacy can't fill it until Monday.",
    focus: 'clonidine',
    types: ['drug_usage'],
  },
  // why: asks whether poor appetite and weight loss come from the medicine (side_effects), then when to give the dose (drug_usage)
  {
    message:
      'Our son is 9 and started methylphenidate 10 mg two weeks ago. Since then he hardly touches his lunch and he has lost a kilo. Is this from the medicine? And would it help to give it after breakfast instead of before?',
    focus: 'methylphenidate',
    types: ['side_effects', 'drug_usage'],
  },
  // why: whether HCM is inherited is inheritance; whether she should be screened is diagnosis; the ECG before Vyvanse is story
  {
    subject: 'Heart check before ADHD medication',
    message:
      "I'm 34 and was diagnosed with ADHD last year. My doctor wants an ECG before I start Vyvanse because my father had hypertrophic cardiomyopathy and died of it at 58. Is HCM passed down in families? Should I be screened for it myself, apart from the ECG?",
    focus: 'hypertrophic cardiomyopathy',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks whether tiredness and stomach pain come from the medicine (side_effects)
  {
    message:
      'Hello, my daughter have 12 years and she take atomoxetine 40 mg since 3 month. She is very tired all day and have pain in stomach in the morning. It is from the medicine or something else?',
    focus: 'atomoxetine',
    types: ['side_effects'],
  },
  // why: whether the tics get worse or go away with age is the outlook (prognosis); guanfacine is story
  {
    message:
      'My grandson is 8 and has Tourette syndrome along with ADHD. His doctor has suggested guanfacine. What I would really like to know is whether his tics will get worse as he gets older, or do children grow out of them?',
    focus: 'Tourette syndrome',
    types: ['prognosis'],
  },
  // why: alcohol and coffee with the medicine are both interactions (one type)
  {
    message:
      'ok so im 16 and on adderall xr 20mg for adhd. theres a party this weekend and ppl are gonna be drinking, is it bad to drink on it?? also can i have coffee in the morning with my dose lol',
    focus: 'amphetamine',
    types: ['interactions'],
  },
  // why: a test to tell narcolepsy apart from ADHD is diagnosis; modafinil and the psychiatrist's view are story
  {
    message:
      "My husband has had narcolepsy for years and takes modafinil. His new psychiatrist thinks he might also have ADHD because he can't concentrate at work, but I wonder if it's just the sleepiness. Is there a test that can tell narcolepsy apart from ADHD?",
    focus: 'narcolepsy',
    types: ['diagnosis'],
  },
  // why: whether children with NF1 are more prone to ADHD is a higher risk of another condition (complications); the clinic is find_specialist
  {
    message:
      "Our daughter (6) has neurofibromatosis type 1. Her teacher says she can't sit still or focus in class. Are kids with NF1 more likely to have ADHD? And is there a clinic somewhere that knows about NF1 and learning problems?",
    focus: 'neurofibromatosis type 1',
    types: ['complications', 'find_specialist'],
  },
  // why: whether the medicine is safe after heart surgery is a precaution (contraindications); the condition in the subject is background
  {
    subject: '22q11.2 deletion - ADHD meds?',
    message:
      "Our son has 22q11 deletion and had his heart defect repaired as a baby. Now he's 9 and his pediatrician wants to start Focalin (dexmethylphenidate) for his ADHD. Is this medicine safe for a child who has had heart surgery?",
    focus: 'dexmethylphenidate',
    types: ['contraindications'],
  },
  // why: safety in pregnancy is contraindications; whether to taper or stop at once is drug_usage
  {
    message:
      'I take lisdexamfetamine 50 mg for ADHD and it has honestly changed my life. My partner and I want to try for a baby next year. Is it safe to take while pregnant? And if I do have to come off it, do I need to taper down or can I just stop?',
    focus: 'lisdexamfetamine',
    types: ['contraindications', 'drug_usage'],
  },
  // why: whether attention trouble is common in Klinefelter asks whether a sign belongs to it (symptoms)
  {
    message:
      'My son is 11. He was diagnosed with Klinefelter syndrome after a genetic test they did for his learning difficulties. Now his teacher thinks he has ADHD too. Is trouble paying attention a common thing with Klinefelter?',
    focus: 'Klinefelter syndrome',
    types: ['symptoms'],
  },
  // why: whether and how to stop the medicine for the summer and restart it is drug_usage (a medicine holiday)
  {
    subject: 'summer break from meds',
    message:
      'My daughter is 10 and takes dextroamphetamine on school days. The pediatrician said she could have a break over the summer holidays. Can she just stop it for two months and then start again at the same dose in September?',
    focus: 'dextroamphetamine',
    types: ['drug_usage'],
  },
  // why: attention problems from high phe levels are problems the condition leads to when not controlled (complications)
  {
    message:
      "Hi, my son is 13 and has phenylketonuria. We keep his levels in range most of the time but he's been sneaking food with his friends. He's really struggling to concentrate at school lately. Can high phe levels cause attention problems like ADHD?",
    focus: 'phenylketonuria',
    types: ['complications'],
  },
  // why: whether it can damage her fingers is a problem it leads to (complications); the link to the medicine is the doctor's statement, not a question
  {
    message:
      "My 14 yo's fingers go white and then blue when it's cold. Her doctor says it's Raynaud's and is probably linked to her ADHD medication. Can Raynaud's damage her fingers over time?",
    focus: 'Raynaud phenomenon',
    types: ['complications'],
  },
  // why: what causes it is cause
  {
    message:
      'my husband has adhd and also restless legs syndrome and between the two he barely sleeps. his legs feel like theyre crawling every night. what actually causes restless legs in the first place?',
    focus: 'restless legs syndrome',
    types: ['cause'],
  },
  // why: whether a child can have both and whether they are connected is a link between two conditions (association)
  {
    message:
      'My 6 year old was diagnosed with autism last month and the psychologist also mentioned ADHD. I thought it was one or the other. Can a child have both autism and ADHD? Is there a connection between them?',
    focus: 'autism',
    types: ['association'],
  },
  // why: the usual starting dose is drug_usage; dizziness from the medicine is side_effects; the medicine with melatonin is interactions
  {
    message:
      "Hello, I'm writing about my son Jake who is 8. He was diagnosed with ADHD in first grade and has been on methylphenidate in the mornings for about a year. It helps at school, but the evenings are really hard: he can't fall asleep before 11, and he has meltdowns where he hits his little sister. Last week our pediatrician added guanfacine at bedtime. She started him on a low dose and said we would go up slowly, but I didn't catch how high it usually goes. What dose do kids his age usually end up on? The other thing is that since starting it he says he feels dizzy when he gets out of bed in the morning, and once he nearly fell over. Could that be the guanfacine? We also still give him melatonin some nights. Is it ok to give both together? Thank you so much for any help, we are exhausted.",
    focus: 'guanfacine',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: whether WPW is genetic is inheritance; whether her children should be checked is diagnosis (testing relatives)
  {
    subject: 'WPW and my children',
    message:
      'Dear team,\n\nI was diagnosed with Wolff-Parkinson-White syndrome when I was 23 after an episode of racing heart and had a successful ablation. I am now 38 and was recently diagnosed with ADHD, and the psychiatrist asked a lot of questions about my heart before prescribing anything, which got me thinking about my own children (7 and 10). I have two questions:\n\n1. Is WPW genetic?\n2. Should my children have an ECG or some other test to check whether they have it?\n\nMany thanks,\nKaren',
    focus: 'Wolff-Parkinson-White syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: what sets off the dangerous rhythms is cause (what brings on its attacks); whether she can keep swimming is lifestyle
  {
    message:
      "Our daughter is 12. Last year she fainted at swim practice and after a lot of tests she was diagnosed with long QT syndrome. She takes nadolol every day and has been fine since. Now her school is pushing for an ADHD evaluation because she daydreams in class and forgets homework, and honestly we are terrified of putting her on a stimulant with her heart. We will talk that through with her cardiologist. But I realize I don't really understand her condition. What actually sets off the dangerous heart rhythms in long QT, is it exercise, being startled, something else? And swimming is her whole life. Can she keep swimming competitively?",
    focus: 'long QT syndrome',
    types: ['cause', 'lifestyle'],
  },
  // why: whether the medicine treats ADHD and how it works is indication; seizures from it is side_effects; energy drinks with it is interactions
  {
    message:
      'hi so im 17 and i was on adderall for like 2 years but it made my anxiety really bad and i couldnt sleep at all so my doctor switched me to wellbutrin last month. thing is i thought wellbutrin was an antidepressant?? does bupropion even treat adhd and how does it work for it. also my friend said it can give you seizures which freaked me out, is that true. and i basically live on energy drinks during exams is that ok with it. sorry for all the questions my doctor always seems in a rush',
    focus: 'bupropion',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: whether the hunger will last and how long people live are both the outlook (prognosis)
  {
    message:
      'I am writing for my daughter about her little boy, my grandson Tomas, who is 5 and has Prader-Willi syndrome. He was a floppy baby who would not feed and now he cannot stop thinking about food. We lock the kitchen and the fridge. He also has big tantrums and the school wonders about ADHD, but the doctor said any stimulant should be watched carefully. My daughter is very tired and I try to help when I can. I want to understand what is ahead for them. Will he always be this hungry, or does it get better when he is older? And how long do people with Prader-Willi usually live?',
    focus: 'Prader-Willi syndrome',
    types: ['prognosis'],
  },
  // why: could her signs be FAS and how it is diagnosed are diagnosis; support groups are find_specialist
  {
    subject: 'adopted daughter - ADHD or something else?',
    message:
      "We adopted our daughter from an orphanage in Eastern Europe when she was 2. She is 9 now. She was diagnosed with ADHD at 6, but we've tried three different medicines and none of them really help. She's small for her age, has trouble with memory and math, and her teacher says she doesn't understand consequences. We know almost nothing about her birth mother except that there were 'problems with alcohol' in the file. Could this be fetal alcohol syndrome and not just ADHD? How would they even diagnose it when we can't prove the birth mother drank? And are there any support groups for adoptive families dealing with this? We feel very alone.",
    focus: 'fetal alcohol syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: where it came from when neither parent has it and the chance for another baby are inheritance; which gene is genetic_changes
  {
    message:
      "Our son Liam was diagnosed with tuberous sclerosis complex at 4 months when he started having spasms. He's 6 now, his seizures are mostly controlled, but he is very hyperactive and impulsive and the neurologist has just started him on a low dose of ADHD medication, which seems to help a bit. My husband and I were both checked and neither of us has any signs of TSC. So how did Liam get it? We'd like to have another child and need to know what the chances are that a second baby would have it too. The report also mentioned a gene but I can't find the paper. Which gene is it usually?",
    focus: 'tuberous sclerosis complex',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: "what is it exactly" is information; whether a fever can set off an episode is cause (what brings on its attacks)
  {
    message:
      "I'm a 41-year-old man and was diagnosed with ADHD this spring after years of struggling at work. Before starting medication my GP did a routine ECG, and it came back abnormal. After more tests at the hospital the cardiologist told me I have Brugada syndrome. He was not keen on stimulants and we are now trying atomoxetine instead. To be honest I left the appointment with my head spinning and understood very little. What is Brugada syndrome exactly? He also said something about fever being dangerous, can a fever really set off an attack?",
    focus: 'Brugada syndrome',
    types: ['information', 'cause'],
  },
  // why: whether his ADHD is related to RTH is a link between two conditions (association); what treatment RTH needs is treatment
  {
    subject: 'thyroid results and ADHD',
    message:
      'Hello. Our son Mateo is 8. He was diagnosed with ADHD two years ago, and because he was also very thin and had a fast heartbeat the pediatrician ran thyroid tests. The results were confusing (high thyroid hormones but TSH not low) and after seeing an endocrinologist and doing genetic tests he has been diagnosed with resistance to thyroid hormone. The endocrinologist mentioned that many children with this also have ADHD. Is his ADHD related to the resistance to thyroid hormone? And does RTH itself need any treatment, or do we just treat the ADHD? Thank you.',
    focus: 'resistance to thyroid hormone',
    types: ['association', 'treatment'],
  },
  // why: whether he got it from his father is inheritance; how to help him at school is lifestyle
  {
    message:
      'My son is 10 and has had an ADHD diagnosis since he was 7. The medication has helped a lot with his behaviour and his teachers are happy with that side of things, but his reading is still way behind. He mixes up letters and reads really slowly and gets upset about it. His new teacher thinks he has dyslexia as well and they are going to test him. I was always a bad reader at school too, and nobody ever said anything back then. Did he get the dyslexia from me? And if it turns out he has it, how can we help him at school, what kind of things do they usually do for dyslexic kids in class?',
    focus: 'dyslexia',
    types: ['inheritance', 'lifestyle'],
  },
];
