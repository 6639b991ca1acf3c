/**
 * "final32" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the start of its round, before any change (focus 1.000, type F1 0.877). Scored by final32.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --final32 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL32_MESSAGES: ConsumerMessage[] = [
  // why: asks for a plain explanation of what the condition is, so information.
  {
    message:
      'can someone explain fabry disease in simple words? my cousin just found out he has it and none of us know what it is',
    focus: 'Fabry disease',
    types: ['information'],
  },
  // why: condition named only in the subject; whether a relative should be tested and what the test involves are both diagnosis.
  {
    subject: 'Wilson disease - my sister',
    message:
      "Hi, my younger sister (19) was just diagnosed after months of liver problems nobody could explain. She is starting treatment now. I'm 23 and feel fine. Should I get tested as well, and what would the test involve?",
    focus: 'Wilson disease',
    types: ['diagnosis'],
  },
  // why: asks whether hair loss can come from the medicine, which is a side effect question.
  {
    message: 'can methotrexate make your hair fall out?? mine is coming out in the shower',
    focus: 'methotrexate',
    types: ['side_effects'],
  },
  // why: three questions buried in the story: could the boy have it and which doctor to see, plus whether he can keep playing basketball (diagnosis, find_specialist, lifestyle).
  {
    message:
      "My son is 14 and already 6'3\", very thin, with really long arms and fingers. At his last eye appointment the optometrist said one of his lenses is slightly out of place and mentioned the word Marfan and told us to follow up. His dad is also very tall and thin but has never been checked for anything. I have been reading online all week and I am scared because of what I read about the aorta. Could my son have Marfan syndrome? If so what kind of doctor should we be seeing, our pediatrician didn't seem to know much. And he lives for basketball, he is on two teams. Would he have to give that up?",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist', 'lifestyle'],
  },
  // why: asks whether it runs in families, which is inheritance.
  {
    message: 'My dad was just diagnosed with hemochromatosis. Does it run in families?',
    focus: 'hemochromatosis',
    types: ['inheritance'],
  },
  // why: the grandmother asks how long boys with the condition live, which is the outlook (prognosis).
  {
    message:
      "My grandson is 5 and has Duchenne muscular dystrophy. My daughter doesn't like to talk about what's ahead and I don't want to upset her by asking. How long do boys with this usually live? I just want to be prepared.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: condition named only in the subject; asks whether it needs any treatment.
  {
    subject: "Gilbert's syndrome",
    message:
      "My blood test showed raised bilirubin and the GP says that's what it is and that it's harmless. Does it need any treatment at all?",
    focus: 'Gilbert syndrome',
    types: ['treatment'],
  },
  // why: asks how common the condition is (frequency).
  {
    message:
      'how common is rett syndrome? the little girl next door has it and I had never even heard of it before',
    focus: 'Rett syndrome',
    types: ['frequency'],
  },
  // why: asks whether the medicine and ibuprofen can be taken together, a question about a medicine with another medicine (interactions).
  {
    message:
      "I've been on lithium for bipolar disorder for about 6 years and I'm stable on it. My new GP wants me to take ibuprofen for a few weeks for my knee. Is it OK to take them together? My old psychiatrist said something once about painkillers but I can't remember what.",
    focus: 'lithium',
    types: ['interactions'],
  },
  // why: a list of three questions about outlook, research and financial help (other).
  {
    message:
      "Hello. Our son is 2 and has cystic fibrosis (two copies of F508del). He is doing well so far, he had one hospital stay last year for a chest infection. My husband and I have a few questions we haven't been able to get clear answers on:\n1) How long do people with CF live these days? The numbers online are all over the place.\n2) Is there anything new being studied for little kids his age?\n3) Is there any financial help for families? Between the enzymes, the nebulizer and the trips to the clinic (2 hours away) we are struggling.\nThank you so much for any help.",
    focus: 'cystic fibrosis',
    types: ['prognosis', 'research', 'other'],
  },
  // why: asks whether the child can catch it from a friend, which is whether it is contagious (susceptibility).
  {
    message:
      "My son's best friend is in hospital with Kawasaki disease. Can my son catch it from him? They were together all last week.",
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: asks about timing of the dose (bedtime instead of morning), which is drug usage.
  {
    message:
      'Is it ok to take my levothyroxine at bedtime instead of first thing in the morning? I always forget it in the mornings.',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: the husband asks whether the new bumps belong to the disease (symptoms) and what treatments exist besides steroids (treatment).
  {
    message:
      'My wife has sarcoidosis in her lungs, diagnosed last spring. For the last few weeks she has been exhausted and now she has painful red lumps on both shins. Is that part of the sarcoidosis? And are there any treatments other than steroids? She really hates what the prednisone does to her.',
    focus: 'sarcoidosis',
    types: ['symptoms', 'treatment'],
  },
  // why: asks about trials, which is research.
  {
    message:
      'Are there any ALS clinical trials recruiting in Ontario right now? My brother was diagnosed in March.',
    focus: 'amyotrophic lateral sclerosis',
    types: ['research'],
  },
  // why: non-native English; story of attacks, the one question is how to stop the attacks coming (prevention).
  {
    message:
      'Good day. My brother is living in Turkey and the doctors there say he has the familial Mediterranean fever. Every month he get high fever and very strong pain in the belly for 2 or 3 days and he cannot go to work. Is there some way to stop these attacks coming? Thank you very much.',
    focus: 'familial Mediterranean fever',
    types: ['prevention'],
  },
  // why: a school project asking which gene is mutated, which is genetic changes.
  {
    message: "Hi, I'm doing a school project on Marfan syndrome. What gene is mutated in people who have it?",
    focus: 'Marfan syndrome',
    types: ['genetic_changes'],
  },
  // why: asks the odds of having inherited it, whether anything slows it, and about trials (inheritance, treatment, research).
  {
    message:
      "My father was diagnosed with Huntington's disease two years ago, he was 52. I'm 26 and I have been going back and forth for a long time about whether to get the predictive test. Some days I want to know, some days I really don't. My girlfriend and I are talking about getting married and I feel like she deserves to know what she's getting into. So I guess my questions are: what are the real odds that I got it from him? If I did test positive, is there anything that could slow it down? And are there any trials going on that I could join? Sorry this is long, I don't really have anyone else to ask.",
    focus: 'Huntington disease',
    types: ['inheritance', 'treatment', 'research'],
  },
  // why: non-native English; asks whether a complete cure exists, which is treatment.
  {
    message:
      'Hello, my husband have the myasthenia gravis since 2019. It is possible to cure completely this disease?',
    focus: 'myasthenia gravis',
    types: ['treatment'],
  },
  // why: the question is whether a problem (agitation, no sleep) comes from the medicine, which is side effects.
  {
    message:
      'My mother is 78 and was put on prednisone 40 mg two weeks ago for polymyalgia. Since then she is barely sleeping and she is very agitated and snappy, which is not like her at all. Could this be from the prednisone?',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: asks how to store the tablets, which is storage.
  {
    message: 'How should warfarin tablets be stored? Is the bathroom cabinet ok?',
    focus: 'warfarin',
    types: ['storage_disposal'],
  },
  // why: asks what brings on the tics getting worse (stress), which is what brings on its attacks (cause).
  {
    message:
      'im 16 and i have tourettes. my tics get sooo much worse right before exams and when im tired. is it stress that makes them worse or is it something else',
    focus: 'Tourette syndrome',
    types: ['cause'],
  },
  // why: no punctuation, non-native; asks what test confirms it (diagnosis) and whether he can lose his vision (complications).
  {
    message:
      'hello i am writing from brazil my husband have many ulcers in the mouth and also in private parts since 2 years they come and go and now one eye is red and he see blurry the doctor say maybe is behcet disease but he is not sure what test can confirm this disease and is it dangerous for the eye can he lose the vision please help us we are very worried',
    focus: 'Behcet disease',
    types: ['diagnosis', 'complications'],
  },
  // why: two questions of different types: what causes it and whether it goes away on its own (cause, prognosis).
  {
    message: 'what causes trigeminal neuralgia and does it ever go away by itself',
    focus: 'trigeminal neuralgia',
    types: ['cause', 'prognosis'],
  },
  // why: a friend asks what food to avoid for a dinner, which is diet (lifestyle).
  {
    message:
      "So my friend just told me she has celiac disease and I'm hosting a dinner party next weekend. I really want her to be able to eat everything I make. Is it just bread and pasta I need to avoid or is there more to it than that?",
    focus: 'celiac disease',
    types: ['lifestyle'],
  },
  // why: whether the flu shot could have caused it is a named exposure asked as its cause (association); whether he will walk normally again is prognosis.
  {
    message:
      "My dad (67) got his flu shot in October and about two weeks later his legs went weak and within days he was in the ICU with Guillain-Barre syndrome. He's out now and in rehab, walking with a frame. Could the flu shot have caused it? And will he walk normally again?",
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  // why: a medicine precaution question about breastfeeding (contraindications); the medicine is the focus.
  {
    message:
      'Is hydroxychloroquine safe to take while breastfeeding? I have lupus and just had my baby 3 weeks ago.',
    focus: 'hydroxychloroquine',
    types: ['contraindications'],
  },
  // why: asks the chance the next baby has it (inheritance) and whether it can be tested for in pregnancy (diagnosis).
  {
    message:
      "We just found out our son has fragile X syndrome. He's 4 and has a speech delay. We had been thinking about having another baby. What are the chances it happens again? And can it be tested for during pregnancy?",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks what a missed dose means (drug usage) and whether it is safe when trying for a baby (contraindications).
  {
    message:
      "I've had rheumatoid arthritis for about 10 years and my rheumatologist just started me on methotrexate, 15 mg once a week, plus folic acid on another day. The pharmacist made a big deal about it being weekly and not daily and now I'm paranoid I'll get it wrong. If I forget my dose on the day, should I take it the next day or skip it until the next week? Also, my husband and I were hoping to try for a baby next year. Is it safe to be on it when we start trying?",
    focus: 'methotrexate',
    types: ['drug_usage', 'contraindications'],
  },
  // why: subject line; a question about what the medicine contains (ingredients).
  {
    subject: 'colchicine question',
    message: "Quick question - do colchicine tablets have lactose in them? I'm very lactose intolerant.",
    focus: 'colchicine',
    types: ['ingredients'],
  },
  // why: the grandmother asks what it is (information), whether babies with it get seizures (symptoms), and how it happened when neither parent has it (inheritance).
  {
    message:
      'My granddaughter was born 3 months ago. Before she was born the ultrasound showed little tumors in her heart and after she was born they did more scans and now the doctors say she has tuberous sclerosis complex. My son and his wife are overwhelmed and I want to be able to help them but I have never heard of this. What is it exactly? Do babies with it get seizures? And neither of her parents has it, so how could this happen to her?',
    focus: 'tuberous sclerosis',
    types: ['information', 'symptoms', 'inheritance'],
  },
  // why: asks whether this could turn into scleroderma, which is whether it can lead to another condition (complications).
  {
    message:
      "I was told I have Raynaud's after my fingers kept going white and then blue every time it's cold. I'm 34 and otherwise healthy. Could this turn into something worse like scleroderma?",
    focus: 'Raynaud phenomenon',
    types: ['complications'],
  },
  // why: asks how the same medicine works for two problems, which is what it is for and how it works (indication).
  {
    message:
      'My neurologist put me on carbamazepine for seizures, but my friend takes the same thing for nerve pain in her face. How can one drug be used for both? How does it actually work?',
    focus: 'carbamazepine',
    types: ['indication'],
  },
  // why: whether the daughter could have it and should be tested are both diagnosis; what can be done for the heavy periods is treatment.
  {
    message:
      'My daughter is 15 and since her periods started they have been really heavy, she has to change pads every hour on the first days and last month her GP found she is anemic. She also bruises very easily and when she gets a nosebleed it goes on for ages. My sister was diagnosed with von Willebrand disease a few years ago after bleeding a lot at the dentist. Could my daughter have it too? Should she be tested? And if she does have it what can be done about the periods, she is missing school because of it.',
    focus: 'von Willebrand disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: subject line; asks for a doctor who knows the condition, which is find_specialist.
  {
    subject: 'EDS specialist',
    message:
      'looking for a doctor near chicago who actually knows about ehlers danlos, any ideas? every doctor i see just tells me im flexible',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  // why: subject line; asks whether it could be narcolepsy and how it is tested (diagnosis), and whether he can still drive (lifestyle).
  {
    subject: 'falling asleep everywhere',
    message:
      "Hi, I'm 22 and in college. For about a year I've been falling asleep in class, on the bus, even once while talking to my professor. I sleep 8-9 hours a night and I'm still exhausted. The weirdest thing is when I laugh really hard my knees sort of buckle and I have to grab onto something. My roommate looked it up and thinks it's narcolepsy. Could that be what this is? How do they test for it? And should I be driving? I drive home every weekend, 3 hours each way.",
    focus: 'narcolepsy',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: asks how to confirm the suspected condition, which is diagnosis.
  {
    subject: 'swelling attacks',
    message:
      'For a few years my face, hands and sometimes my belly swell up for 2-3 days at a time. Antihistamines do nothing. My new doctor thinks it might be hereditary angioedema. How do they confirm it?',
    focus: 'hereditary angioedema',
    types: ['diagnosis'],
  },
  // why: the boyfriend asks whether relapses can be prevented, with diet or vitamin D as the means (prevention).
  {
    message:
      'my girlfriend was diagnosed with MS in january, shes 27. shes had two relapses already and the last one left her with numb feet. is there anything she can do to stop more relapses, like diet or vitamin D or something? her neuro doesnt say much',
    focus: 'multiple sclerosis',
    types: ['prevention'],
  },
  // why: a list: whether it is lifelong (prognosis), what causes it in adults (cause), and whether marathons are possible (lifestyle).
  {
    message:
      "Hello, I was diagnosed with Addison's disease last month after collapsing at work. I'm 38 and I was completely healthy before, I run marathons. I'm on tablets now and feeling much better. I have a few questions:\n- Is this something that will go away or is it for life?\n- What causes it in adults? Nobody has really explained why it happened.\n- Can I still run marathons with it?\nThanks in advance.",
    focus: 'Addison disease',
    types: ['prognosis', 'cause', 'lifestyle'],
  },
  // why: a parent asks what she will be able to eat once she starts solids, which is diet (lifestyle).
  {
    message:
      'Our daughter was diagnosed with phenylketonuria through the newborn screening. She is 3 months old and doing well on her special formula. What will she be able to eat once she starts solid food?',
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  // why: asks how to stop the crises (prevention) and about gene therapy research (research); the hydroxyurea worry is story, not a question.
  {
    message:
      "My daughter is 8 and has sickle cell disease (HbSS). This winter she has been admitted three times with pain crises and she has missed so much school. Every time it seems to start after she gets cold, or after swimming lessons. Her hematologist has mentioned hydroxyurea but honestly I'm scared of giving her a chemo drug at her age. How can we stop these crises from happening so often? I also saw on the news something about gene therapy for sickle cell. Is there research going on that might cure her one day?",
    focus: 'sickle cell disease',
    types: ['prevention', 'research'],
  },
];
