/**
 * "behavior" set. Messages about behavior and mood in people with a condition: tantrums, anxiety, autism-like
 * features, aggression, behavior medicines, with other questions about the condition and its medicines.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge
 * base holds. Scored once, before any change made for it (focus 0.975, type F1 0.786). Scored by
 * behavior.test.ts and by `npx tsx test/understand/support/score-messages.ts --behavior --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BEHAVIOR_MESSAGES: ConsumerMessage[] = [
  // why: asks what can help her sleep, which is managing the condition (treatment)
  {
    subject: 'Smith-Magenis',
    message:
      'My daughter (5) wakes up at 3am every single night and then the meltdowns start. What can we do to help her sleep??',
    focus: 'Smith-Magenis syndrome',
    types: ['treatment'],
  },
  // why: asks whether the constant hunger and weight gain come from the medicine (side_effects)
  {
    message:
      'Does risperidone cause weight gain in kids? my son started it for aggression 2 months ago and is hungry all the time',
    focus: 'risperidone',
    types: ['side_effects'],
  },
  // why: asks whether two conditions are the same thing (information)
  {
    message: 'is fragile x the same thing as autism or are they different',
    focus: 'fragile X syndrome',
    types: ['information'],
  },
  // why: asks about the time of day to give the medicine (drug_usage)
  {
    message:
      'Can guanfacine be given at bedtime or does it have to be in the morning? Pediatrician said either but the pharmacy label says morning.',
    focus: 'guanfacine',
    types: ['drug_usage'],
  },
  // why: asks whether anxiety belongs to the condition (symptoms)
  {
    message:
      'Is anxiety part of Williams syndrome? My grandson worries about everything, thunder, dogs, the vacuum cleaner, you name it.',
    focus: 'Williams syndrome',
    types: ['symptoms'],
  },
  // why: asks whether the child's signs could be the condition and how it is tested, both diagnosis
  {
    message: 'could my sons sudden tics and rages after strep throat be PANDAS? how do they test for it',
    focus: 'PANDAS',
    types: ['diagnosis'],
  },
  // why: asks how rare it is (frequency) and whether he will grow out of it (prognosis)
  {
    message:
      'how rare is kleine levin syndrome? and will my brother grow out of it, he sleeps for days and is like a different person when he wakes up',
    focus: 'Kleine-Levin syndrome',
    types: ['frequency', 'prognosis'],
  },
  // why: asks about wine with the medicine (interactions)
  {
    message: "Can I have a glass of wine with dinner while I'm on sertraline for my anxiety?",
    focus: 'sertraline',
    types: ['interactions'],
  },
  // why: asks about clinical trials (research)
  {
    subject: 'self injury',
    message:
      'Are there any clinical trials for the self-biting in Lesch-Nyhan? Our son is 8 and we are desperate.',
    focus: 'Lesch-Nyhan syndrome',
    types: ['research'],
  },
  // why: asks whether it runs in families (inheritance)
  {
    message:
      'is tourettes hereditary? my husband had tics as a kid and now our son has them too plus the anger outbursts',
    focus: 'Tourette syndrome',
    types: ['inheritance'],
  },
  // why: asks what the medicine is for (indication)
  {
    message:
      'What is Abilify actually for? The doctor wants to give it to my autistic 9 yo for aggression but I thought it was for schizophrenia.',
    focus: 'aripiprazole',
    types: ['indication'],
  },
  // why: asks for a parent support group (find_specialist); the condition is named only in the subject
  {
    subject: 'Angelman syndrome',
    message:
      'Where can we find a support group for parents? our little one laughs all day but doesnt sleep at night and we are exhausted',
    focus: 'Angelman syndrome',
    types: ['find_specialist'],
  },
  // why: asks whether the child's behavior is this condition or something else (diagnosis)
  {
    message:
      "My 6 year old talks nonstop at home but won't say one word at school. Is that selective mutism or could it be something else?",
    focus: 'selective mutism',
    types: ['diagnosis'],
  },
  // why: asks whether the medicine is safe while breastfeeding (contraindications)
  {
    message:
      'is it safe to take clonidine while breastfeeding? i was on it for sleep and anxiety before the baby',
    focus: 'clonidine',
    types: ['contraindications'],
  },
  // why: asks whether the behavior problems will get worse over time (prognosis)
  {
    subject: 'Sanfilippo',
    message:
      'Do the behavior problems in sanfilippo syndrome get worse with age?? He is 4 and already so hyper and wont sit still',
    focus: 'Sanfilippo syndrome',
    types: ['prognosis'],
  },
  // why: asks whether skin picking belongs to the condition (symptoms), then what helps the outbursts (treatment)
  {
    message:
      "Our son is 11 and has Prader-Willi syndrome. We lock the kitchen, but when he can't get food he has huge temper outbursts, and lately he picks at his skin until it bleeds. Is the skin picking part of PWS? And what can we do about the temper outbursts, is there any medication that helps?",
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: asks whether the medicine can worsen anxiety (side_effects) and about skipping it on weekends (drug_usage)
  {
    message:
      "I'm 29 and was just diagnosed with ADHD, started Ritalin 3 weeks ago. focus is way better but I feel jittery and more anxious in the afternoons. can ritalin make anxiety worse? also is it ok if I skip it on weekends when I don't work?",
    focus: 'methylphenidate',
    types: ['side_effects', 'drug_usage'],
  },
  // why: asks whether aggression belongs to the condition (symptoms)
  {
    subject: 'TSC and behaviour',
    message:
      "My son has tuberous sclerosis. His seizures are finally under control with vigabatrin but now he's 7 and hitting his sister and teachers, sometimes out of nowhere. Is aggression part of tuberous sclerosis itself or is it just him?",
    focus: 'tuberous sclerosis',
    types: ['symptoms'],
  },
  // why: asks whether people with the condition are at higher risk of another condition (complications)
  {
    message:
      'My daughter is 15 and has 22q11.2 deletion. She has always been anxious but this year she is very withdrawn. I read somewhere that people with 22q have a much higher chance of schizophrenia. Is that true?',
    focus: '22q11.2 deletion syndrome',
    types: ['complications'],
  },
  // why: asks whether his mood changes could be the condition and whether he should be tested (diagnosis)
  {
    message:
      "my husband is 41 and over the last year he has become really irritable, snaps at the kids, forgets things. his father died of Huntington's and he never wanted to know. could these mood changes be the start of Huntington disease? should he get tested even if he doesn't want to?",
    focus: 'Huntington disease',
    types: ['diagnosis'],
  },
  // why: asks whether the condition can cause mood symptoms (symptoms)
  {
    message:
      'Hello, I am 22. For two years I have depression and big mood swings and my hands shake a little. Now my liver tests came back high and my doctor mention Wilson disease. Can Wilson disease cause depression and mood swings?',
    focus: 'Wilson disease',
    types: ['symptoms'],
  },
  // why: asks whether people with the condition are more likely to get other conditions (complications)
  {
    subject: 'adult brother with Down syndrome',
    message:
      "My brother is 38 and has Down syndrome. He used to love going to his day program and now he barely talks, sits in his room and cries sometimes. Are adults with Down syndrome more likely to get depression or early Alzheimer's?",
    focus: 'Down syndrome',
    types: ['complications'],
  },
  // why: asks whether the medicine can cause suicidal thoughts (side_effects)
  {
    message:
      'My daughter 14 years have OCD, the doctor give her fluoxetine 10 mg. I read on internet it can make teenager have suicide thoughts. This is true for prozac? I am very worried',
    focus: 'fluoxetine',
    types: ['side_effects'],
  },
  // why: asks which gene is involved (genetic_changes), then whether he will always be like this (prognosis)
  {
    message:
      "Our son was diagnosed with Phelan-McDermid syndrome after a microarray. He's 3, no words yet, lots of chewing and head banging. Which gene is involved in this? And does this mean he will always be like this or can he improve?",
    focus: 'Phelan-McDermid syndrome',
    types: ['genetic_changes', 'prognosis'],
  },
  // why: asks whether the anger comes from the medicine (side_effects) and about taking it with vitamin B6 (interactions)
  {
    subject: 'keppra rage?',
    message:
      'my son is 12 and started levetiracetam for epilepsy in march. since then he is so angry, slams doors, screams at us, this is not him. is this from the keppra? someone in a facebook group said vitamin b6 helps, can he take b6 with it',
    focus: 'levetiracetam',
    types: ['side_effects', 'interactions'],
  },
  // why: asks what the condition is (information); the condition is named only in the subject
  {
    subject: 'Cornelia de Lange syndrome',
    message:
      'My granddaughter was just diagnosed with this. She is 2 and bites her hands and gets very upset with any noise. My daughter is too overwhelmed to explain it to me. What is this syndrome exactly?',
    focus: 'Cornelia de Lange syndrome',
    types: ['information'],
  },
  // why: asks whether testosterone would help his mood, i.e. a therapy (treatment)
  {
    message:
      "I'm 34 and found out I have Klinefelter syndrome during fertility testing. I've had social anxiety and low moods my whole life and always thought it was just me. Would testosterone treatment help with the mood and anxiety?",
    focus: 'Klinefelter syndrome',
    types: ['treatment'],
  },
  // why: asks what happens when the treatment (diet) is stopped (complications)
  {
    message:
      'i have pku and stopped the diet when i went to college, im 26 now. lately i am irritable all the time, cant concentrate and my girlfriend says i am not myself. what happens if an adult with pku stops the diet',
    focus: 'phenylketonuria',
    types: ['complications'],
  },
  // why: asks whether a named exposure (vaccines) caused the condition (association)
  {
    message:
      'hi im 16 and my little brother is autistic, he has meltdowns when things change and hits himself. my mum thinks his autism came from the vaccines he had when he was 1 and now she doesnt want my baby sister vaccinated. is that true??',
    focus: 'autism',
    types: ['association'],
  },
  // why: asks about a link between two conditions (association)
  {
    message:
      "I was diagnosed with narcolepsy last year after years of falling asleep at work. I've also been really down and short-tempered, and I wonder if it's connected. Is there a link between narcolepsy and depression?",
    focus: 'narcolepsy',
    types: ['association'],
  },
  // why: asks whether the daughter's signs could be the condition (diagnosis), about a new medicine (treatment) and the chance for the next baby (inheritance)
  {
    message:
      "I don't even know where to start. Our daughter Mia was a happy baby, she said mama and dada and a few words by 15 months. Now she is almost 3 and she has lost all her words, she doesn't look at us the way she used to, and she does this wringing thing with her hands all day. At night she wakes up screaming or laughing for hours. Our pediatrician said autism and put her on a waitlist, but a friend who is a nurse said I should look up Rett syndrome and honestly it looks exactly like her. Could this be Rett? If it is, I read there is a new medicine that was approved recently, is that a real treatment? We are also hoping to have another baby and I'm scared, what are the chances it happens again?",
    focus: 'Rett syndrome',
    types: ['diagnosis', 'treatment', 'inheritance'],
  },
  // why: a list asking whether hitting belongs to the condition (symptoms), how common it is (frequency) and about school (lifestyle)
  {
    subject: 'Questions about SMS',
    message:
      'Hello. Our daughter (7) was diagnosed with Smith-Magenis syndrome last month. We have several questions:\n1. She hits herself and pulls off her fingernails when she is upset. Is this normal for SMS?\n2. How common is SMS? Nobody in our town has heard of it.\n3. Will she be able to attend a regular school, or does she need a special program?\nThank you for any help.',
    focus: 'Smith-Magenis syndrome',
    types: ['symptoms', 'frequency', 'lifestyle'],
  },
  // why: asks the chance that a relative's baby has it (inheritance) and whether the relative should be tested (diagnosis)
  {
    message:
      "My grandson Tyler is 9 and has fragile X. He is a sweet boy but very anxious, he flaps his hands and can't look people in the eye, and crowds set him off so badly we can't go to church as a family anymore. After he was diagnosed my older daughter (his mom) was told she is a carrier. Now my younger daughter is 12 weeks pregnant with her first and nobody in the family is talking about it. Could her baby have fragile X too? Should she be tested before the baby comes? I don't want to upset her but I think someone needs to ask.",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks how long people live (prognosis), what helps the agitation (treatment) and for spouse support groups (find_specialist)
  {
    message:
      "My husband is 58. About three years ago he started doing things that were totally out of character, telling strangers rude jokes, buying things we didn't need, eating whole boxes of cookies. I honestly thought it was a midlife crisis and I was angry with him. Last month a neurologist finally said behavioral variant frontotemporal dementia. I've read a little but it's a lot to take in. How long do people usually live with this? He's also getting agitated in the evenings and yelled at our grandson, is there anything that can calm him down? And are there support groups for spouses? None of my friends understand what this is like.",
    focus: 'frontotemporal dementia',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  // why: asks twice whether behavior and sleep problems belong to the condition (symptoms)
  {
    message:
      'so our daughter has dravet syndrome, she is 6. seizures are a bit better since she started fenfluramine, but honestly the behavior is now the hardest part. she cant focus for more than a minute, runs off in parking lots, has huge meltdowns over small things, and she sleeps maybe 5 hours a night. her teacher asked if she has adhd. my question is does dravet itself cause this kind of adhd type behavior? and is the bad sleep part of dravet too or is that something separate',
    focus: 'Dravet syndrome',
    types: ['symptoms'],
  },
  // why: asks about a link to another condition (association) and what causes it (cause)
  {
    subject: 'XYY',
    message:
      "We found out during my pregnancy through the blood test that our son has an extra Y chromosome. The doctors said most boys with XYY are fine and we would hardly notice. He is 7 now and he has speech delay, big tantrums when he's frustrated, and his teacher says he has trouble making friends. Someone at his therapy mentioned autism. Is XYY syndrome linked with autism? And what causes the extra Y in the first place? My husband and I both had normal chromosomes.",
    focus: 'XYY syndrome',
    types: ['association', 'cause'],
  },
  // why: asks what the disease is and how it differs from a related type (information)
  {
    message:
      "My big sister is 19 and for the last two years everything went wrong. First she got clumsy and kept dropping things, then she started hearing voices and was in a psych ward for a month, they said schizophrenia. But she also can't move her eyes up and down properly and one doctor finally ordered more tests and now they say Niemann-Pick type C. I'm 16 and nobody explains anything to me. Can someone explain what this disease actually is? And how is it different from Niemann-Pick type A that I found on google, that one said babies.",
    focus: 'Niemann-Pick disease type C',
    types: ['information'],
  },
  // why: asks about giving the medicine with another supplement (interactions) and what to do after a missed dose (drug_usage)
  {
    subject: 'Risperdal questions',
    message:
      "Hi, my son is 10, autistic, and has been on risperidone 0.5 mg twice a day for about a year for aggression. It has helped a lot, he's hitting much less. A few questions. Our new doctor suggested melatonin for sleep, can he take melatonin together with the risperidone? Also we forgot his evening dose twice last week when we were travelling, should we give a double dose the next morning or just skip it?",
    focus: 'risperidone',
    types: ['interactions', 'drug_usage'],
  },
  // why: asks whether the anger and fears belong to the disease (symptoms), whether anything can cure it (treatment) and about trials (research)
  {
    message:
      'my grandson Ethan has juvenile batten disease (CLN3). he started losing his sight at 6, now hes 11 and almost blind. this past year he has become very angry and scared, he says he sees people in his room at night and he screams at his mother. my daughter is a single mom and i help her as much as i can but i am 72. is the anger and the seeing things part of the disease? is there anything that can cure it or slow it down, or any trials he could be in? we would travel anywhere',
    focus: 'Batten disease',
    types: ['symptoms', 'treatment', 'research'],
  },
  // why: asks whether boys with the condition are at higher risk of other conditions (complications) and whether the steroid causes the anger (side_effects)
  {
    message:
      "Hi, my son Owen is 8 and has Duchenne muscular dystrophy. He's still walking, thank goodness, and he started daily prednisone last year. The thing nobody warned us about is the behavior. He has become obsessive about certain routines, he can't sit still in class, and when something goes wrong he explodes, kicking, screaming, once he broke a window. I've heard other Duchenne moms talk about ADHD and OCD. Are boys with Duchenne more likely to have things like ADHD or OCD? Or could the prednisone be what's making him so angry? We don't want to stop the steroids but we are struggling.",
    focus: 'Duchenne muscular dystrophy',
    types: ['complications', 'side_effects'],
  },
];
