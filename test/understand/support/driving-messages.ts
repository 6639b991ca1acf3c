/**
 * "driving" set. Messages about driving and getting around: driving with a condition or on a medicine, seizures
 * and licences, drowsy medicines, mobility aids, what the law and the doctor may say. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.800). Scored by driving.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --driving --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DRIVING_MESSAGES: ConsumerMessage[] = [
  // why: "how long before i can drive again" asks only about daily life (driving) with epilepsy
  {
    subject: 'driving after a seizure',
    message:
      'i have epilepsy and had a seizure at work 3 weeks ago, first one in two years. how long before i can drive again',
    focus: 'epilepsy',
    types: ['lifestyle'],
  },
  // why: "is it safe for me to drive" is lifestyle; "is there medicine that keeps me awake" is treatment
  {
    message:
      'My neurologist just told me I have narcolepsy. I commute 40 minutes each way on the highway. Is it safe for me to keep driving? And is there any medication that would keep me awake enough to drive?',
    focus: 'narcolepsy',
    types: ['lifestyle', 'treatment'],
  },
  // why: drowsiness is side_effects, "ok to drive on it" is a precaution (contraindications), missed dose is drug_usage
  {
    subject: 'Keppra questions',
    message:
      'Hi, I was started on Keppra 500 mg twice a day after a seizure in January. Does it make people drowsy? Is it OK to drive while on it once my doctor clears me? Also I forgot my evening dose last night, should I take two this morning?',
    focus: 'Keppra',
    types: ['side_effects', 'contraindications', 'drug_usage'],
  },
  // why: asks only whether the medicine causes sleepiness, a side effect
  {
    message: 'can gabapentin make you too sleepy to drive?? i nearly dozed off on the way home',
    focus: 'gabapentin',
    types: ['side_effects'],
  },
  // why: hand controls in the car is daily life (lifestyle); "does it always get worse" is prognosis
  {
    subject: 'MS and driving',
    message:
      'I was diagnosed with multiple sclerosis 4 years ago and lately my right foot goes numb, so I cannot always tell how hard I am pressing the brake. Would hand controls in the car be a good idea for someone with MS? And does it always keep getting worse until you cannot drive at all?',
    focus: 'multiple sclerosis',
    types: ['lifestyle', 'prognosis'],
  },
  // why: should he drive is lifestyle, how fast it progresses is prognosis, whether ropinirole causes sleep attacks is side_effects
  {
    message:
      "My father is 74 and has Parkinson's disease. He insists on driving to church and the store, but my sister says he drifts between lanes. Should someone with Parkinson's disease still be driving? How fast does it usually progress? And he takes ropinirole - can that make him fall asleep suddenly? He once nodded off at a stop sign.",
    focus: "Parkinson's disease",
    types: ['lifestyle', 'prognosis', 'side_effects'],
  },
  // why: "how do I stop that happening again" asks how to prevent the low-sugar episodes
  {
    subject: 'hypo behind the wheel',
    message:
      'I have type 1 diabetes and last week my sugar dropped to 2.9 while I was driving home. I pulled over and ate some sweets but it really scared me. How do I stop that happening again?',
    focus: 'type 1 diabetes',
    types: ['prevention'],
  },
  // why: cool bag in a hot car is storage; changing the dose on a long drive is drug_usage
  {
    message:
      'We are driving from Phoenix to Denver in July, about 13 hours. Does my insulin need to go in a cool bag or will it be ok in the car? and should I change my dose on a day when I am mostly sitting and eating less?',
    focus: 'insulin',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: "should he be tested for it" asks only about diagnosis
  {
    message:
      'my husband snores like a train and has fallen asleep at the wheel twice this month, once at a red light. should he be tested for sleep apnea?',
    focus: 'sleep apnea',
    types: ['diagnosis'],
  },
  // why: going blind is prognosis, legal point to stop driving is other (law), treatment and trials asked separately
  {
    subject: 'just diagnosed with RP at 19',
    message:
      'I am 19 and was just told I have retinitis pigmentosa. Night driving is already really hard for me and I bump into things on my left side. Am I going to go completely blind? At what point would I legally have to stop driving? Is there any treatment, and are there any clinical trials I could join?',
    focus: 'retinitis pigmentosa',
    types: ['prognosis', 'other', 'treatment', 'research'],
  },
  // why: asks only whether the dizziness and blurry vision come from the medicine
  {
    subject: 'lyrica and driving',
    message:
      'been on lyrica 75mg for 10 days for nerve pain. since then I feel dizzy and my vision goes blurry when I drive, is that from the lyrica',
    focus: 'lyrica',
    types: ['side_effects'],
  },
  // why: safe on the motorway is lifestyle; whether salt brings on the attacks is cause
  {
    message:
      "I've got Meniere disease and the vertigo attacks come out of nowhere, sometimes I get 10 seconds warning at most. Is it safe for me to drive on the motorway? And what actually sets the attacks off, is it salt?",
    focus: 'Meniere disease',
    types: ['lifestyle', 'cause'],
  },
  // why: what it is used for is indication; how long before the trip to take it is drug_usage
  {
    message:
      'What is meclizine actually for, is it only motion sickness? My kids get carsick on long drives. How long before we leave should they take it?',
    focus: 'meclizine',
    types: ['indication', 'drug_usage'],
  },
  // why: "could this be X" asks whether her signs fit the condition, which is diagnosis
  {
    subject: 'double vision when driving home',
    message:
      'By the end of the workday my eyelids droop and I start seeing double, which makes the drive home really scary. In the morning I am fine. Could this be myasthenia gravis?',
    focus: 'myasthenia gravis',
    types: ['diagnosis'],
  },
  // why: hours to wait before driving after a dose is a precaution (contraindications); wine with it is interactions
  {
    message:
      'I take Xyrem at bedtime and the second dose around 3am. How many hours after the second dose is it safe to drive? Also can I have a glass of wine with dinner on nights I take it',
    focus: 'Xyrem',
    types: ['contraindications', 'interactions'],
  },
  // why: long car trips is lifestyle, rescue medicine in the car is treatment, whether heat sets off seizures is cause, growing out of it is prognosis
  {
    subject: 'Long car trip with Dravet',
    message:
      'Our daughter is 6 and has Dravet syndrome. Grandma lives 9 hours away and we want to drive there this summer, but the last time we did a long trip she had a seizure in the car seat and we were in the middle of nowhere. Is it ok to do long car journeys with her? Should we keep rescue medicine like rectal diazepam in the car? Could getting overheated in the car be what brings her seizures on? And do kids with Dravet ever grow out of it? Thank you so much, we feel very alone.',
    focus: 'Dravet syndrome',
    types: ['lifestyle', 'treatment', 'cause', 'prognosis'],
  },
  // why: driving without feeling the pedals is lifestyle; whether ankle braces help is treatment
  {
    message:
      "I have Charcot-Marie-Tooth and can't really feel the pedals anymore, I just go by how far my knee moves. Can I still drive safely with CMT? Would ankle braces help?",
    focus: 'Charcot-Marie-Tooth',
    types: ['lifestyle', 'treatment'],
  },
  // why: "should I not drive" while starting a medicine is a precaution, which is contraindications
  {
    message:
      'I was just started on carbamazepine for trigeminal neuralgia. The leaflet says it can cause dizziness. Should I avoid driving for the first few weeks?',
    focus: 'carbamazepine',
    types: ['contraindications'],
  },
  // why: whether bad judgment on the road is part of the disease is symptoms; whether I have it too is inheritance
  {
    subject: "mom's driving",
    message:
      'My mom has Huntington disease. Her driving has gotten really erratic, she runs stop signs and gets angry when we say anything. Is the poor judgment part of the disease itself? And what is the chance that I have it too? I am 28.',
    focus: 'Huntington disease',
    types: ['symptoms', 'inheritance'],
  },
  // why: pedal extensions is daily life (lifestyle), back pain from spinal stenosis is complications, a doctor or clinic is find_specialist
  {
    message:
      "Hello! I'm 17 and a little person with achondroplasia (4 ft 1). I'm learning to drive with pedal extensions and a raised seat. Are pedal extensions safe for people my size, like with the airbag? My lower back and legs ache after long drives, is that the spinal stenosis thing that happens with achondroplasia? And is there a doctor or clinic that knows achondroplasia well who could check me out?",
    focus: 'achondroplasia',
    types: ['lifestyle', 'complications', 'find_specialist'],
  },
  // why: when to take the tablet before the commute is about timing, which is drug_usage
  {
    message:
      'on modafinil for shift work sleepiness. is it ok to take it at 5am right before my commute or will it keep me up all night when i get home',
    focus: 'modafinil',
    types: ['drug_usage'],
  },
  // why: rules for a learner permit are legal paperwork (other); whether lack of sleep sets off seizures is cause
  {
    subject: 'JME and learners permit',
    message:
      'Our son is 16 with juvenile myoclonic epilepsy, seizure free on meds for 14 months. What are the rules for getting a learners permit with epilepsy? Also his neurologist mentioned sleep, does staying up late really trigger the seizures?',
    focus: 'juvenile myoclonic epilepsy',
    types: ['other', 'cause'],
  },
  // why: can she drive is lifestyle, whether she'd notice one is symptoms, growing out of it is prognosis
  {
    message:
      "My daughter has absence seizures and she's turning 16 soon and wants to drive like all her friends. Can she drive? Would she even know if she had one while driving, she says she never feels them? And do most kids grow out of absence seizures?",
    focus: 'absence seizures',
    types: ['lifestyle', 'symptoms', 'prognosis'],
  },
  // why: "anything that can slow it down" asks about treatment; the driving is story
  {
    message:
      'my grandad has macular degeneration and still drives to the shops every day (we are worried). is there anything that can slow it down?',
    focus: 'macular degeneration',
    types: ['treatment'],
  },
  // why: insurance paying for a wheelchair is other; how fast the legs will get worse is prognosis
  {
    subject: 'power wheelchair',
    message:
      'My husband has ALS and can only walk a few steps now. He had to give up his car keys in the spring which was very hard. Will insurance pay for a power wheelchair? And how quickly are his legs likely to get worse?',
    focus: 'ALS',
    types: ['other', 'prognosis'],
  },
  // why: next-morning grogginess is side_effects; whether the sleep aid has the same ingredient asks what Benadryl contains
  {
    message:
      'If I take Benadryl at 11pm for allergies, will I still be groggy when I drive to work at 7? And is the stuff in Benadryl the same thing that is in those store brand sleep aids?',
    focus: 'Benadryl',
    types: ['side_effects', 'ingredients'],
  },
  // why: taking tramadol together with zolpidem asks about an interaction
  {
    message:
      'Can I take tramadol with my zolpidem? I drive a school bus at 6am and I do not want to be foggy',
    focus: 'tramadol',
    types: ['interactions'],
  },
  // why: when he can drive again is lifestyle; whether his arm will recover is prognosis
  {
    message:
      'Dad had a stroke 2 months ago and his right arm and leg are still weak. He keeps asking when he can drive again. When is it usually ok to drive after a stroke, and will his arm get better?',
    focus: 'stroke',
    types: ['lifestyle', 'prognosis'],
  },
  // why: passing out while seated is symptoms, stockings and salt is treatment, parking permit is other (paperwork), genetic is inheritance
  {
    subject: 'POTS - fainting, parking, driving',
    message:
      "I'm 23 and have POTS. I mostly nearly faint when I stand up, but I've started feeling lightheaded when I'm stuck in traffic too. Can POTS make you pass out while sitting down driving? What helps, do compression stockings and extra salt actually work? Can I get a disabled parking permit because of it, walking across big parking lots in the heat is the worst. and is it genetic? my mom has something similar",
    focus: 'POTS',
    types: ['symptoms', 'treatment', 'other', 'inheritance'],
  },
  // why: "what helps" asks only for treatment
  {
    subject: 'restless legs on long drives',
    message:
      'restless legs syndrome kills me on long drives, i have to pull over every hour to walk around. what helps',
    focus: 'restless legs syndrome',
    types: ['treatment'],
  },
  // why: safe for her to drive is lifestyle; whether her brother should be tested is diagnosis of a relative
  {
    message:
      'Our 16 year old was diagnosed with long QT syndrome after she fainted at swim practice. She is supposed to start drivers ed in the fall. Is it safe for her to drive? Should her younger brother be tested too?',
    focus: 'long QT syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: "is it the same as Parkinson's" asks what each is, which is information
  {
    message:
      "Is essential tremor the same thing as Parkinson's? My hands shake on the steering wheel but my doctor says it's essential tremor.",
    focus: 'essential tremor',
    types: ['information'],
  },
  // why: wheelchair and when is prognosis, driving with hand controls later is lifestyle, trials and the new drug is research
  {
    message:
      "Our son is 14 and was diagnosed with Friedreich ataxia last year. He's already wobbly and falls a lot. Will he end up in a wheelchair, and at what age usually? He's mad that he may never drive - could he learn to drive later with hand controls? We also heard about a new drug for Friedreich's, are there trials he could get into?",
    focus: 'Friedreich ataxia',
    types: ['prognosis', 'lifestyle', 'research'],
  },
  // why: "what is it exactly" is information; keeping a commercial truck licence is a legal matter (other)
  {
    subject: 'HCM and my CDL',
    message:
      'What is hypertrophic cardiomyopathy exactly? I drive trucks for a living and was just told I have it after an echo. Can I keep my commercial licence?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['information', 'other'],
  },
  // why: whether people with it can drive is daily life, lifestyle
  {
    message: 'can people with cerebral palsy drive',
    focus: 'cerebral palsy',
    types: ['lifestyle'],
  },
  // why: drowsiness is side_effects; skipping it for a day before a trip is stopping a medicine, drug_usage
  {
    message:
      'I take baclofen 20mg three times a day for spasticity after my spinal cord injury. Does it make you drowsy? Can I skip it for a day before a long road trip so I am more alert? I drive with hand controls.',
    focus: 'baclofen',
    types: ['side_effects', 'drug_usage'],
  },
  // why: what it is is information, inherited with healthy parents is inheritance, will I drive is lifestyle, which gene is genetic_changes
  {
    subject: "Stargardt's disease at 22",
    message:
      "The eye doctor says I have Stargardt's disease. I'm 22 and honestly I'd never heard of it. What is it? Is it inherited, because my parents and brother have perfect eyesight? Will I still be able to drive? And which gene causes it?",
    focus: "Stargardt's disease",
    types: ['information', 'inheritance', 'lifestyle', 'genetic_changes'],
  },
  // why: a safe car seat is about daily life and travel with the condition, lifestyle
  {
    message:
      'Our newborn has osteogenesis imperfecta and already had two fractures. Is there a special car seat or way to position her safely for car rides home from the hospital?',
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle'],
  },
  // why: driving next morning is a precaution (contraindications), a beer with it is interactions, coming off it is drug_usage
  {
    message:
      'I take klonopin 0.5 mg at night for panic attacks, been on it almost 3 years. Is it ok to drive the next morning? Can I have a beer or two with it on weekends? And how do I come off it safely, I want to stop.',
    focus: 'klonopin',
    types: ['contraindications', 'interactions', 'drug_usage'],
  },
  // why: taking the power chair on buses and planes is lifestyle; whether a medicine helps arm strength is treatment
  {
    subject: 'getting around with SMA',
    message:
      "My son has spinal muscular atrophy type 2 and uses a power chair. We don't have an adapted van yet. Can he take his power chair on city buses and on planes? Also is there a treatment that helps arm strength, he is finding it harder to use the joystick.",
    focus: 'spinal muscular atrophy type 2',
    types: ['lifestyle', 'treatment'],
  },
];
