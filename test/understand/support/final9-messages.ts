/**
 * "final9" set: a final, mixed set of 40 messages in every style people write in: short and long, careful
 * and messy, lower case with no punctuation, several questions run together, a question only in the subject
 * line. Writers are parents, patients, relatives, friends, teenagers, professionals asking for patients and
 * people whose first language is not English; some are follow-ups, about a fifth are about medicines, some
 * about common conditions, some name two conditions where only one is asked about, and a few ask about a
 * link between two. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. Scored once, late in the round that wrote it, and never tuned on: focus
 * 1.000, type F1 0.807 (see BENCHMARKS.md). Scored by final9.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final9 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL9_MESSAGES: ConsumerMessage[] = [
  {
    // The only question is in the subject: "Is it hereditary?" = inheritance. The body (brother diagnosed, parents healthy) is story.
    subject: 'Is it hereditary?',
    message:
      "My brother was diagnosed with Wilson disease last month, he's 19. I'm 23 and feel fine. Our parents are both healthy.",
    focus: 'Wilson disease',
    types: ['inheritance'],
  },
  {
    // "does eds get worse as you get older" = prognosis; "can i keep doing gymnastics" = lifestyle (sport, daily life).
    message:
      'im 15 and my knees and shoulders keep popping out, my physio thinks its eds (the hypermobile type). does eds get worse as you get older?? and can i keep doing gymnastics bc its literally my whole life',
    focus: 'eds',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "Is this the metformin doing it?" = side_effects (whether a problem comes from the medicine); "does it usually settle down" asks the same side-effect question again. Type 2 diabetes is only named.
    message:
      "Hi, I was started on metformin for type 2 diabetes about 10 days ago, 500mg twice a day. Since then I've had an upset stomach and diarrhoea most days. Is this the metformin doing it? Does it usually settle down or is it going to be like this for good? Thanks, Brian",
    focus: 'metformin',
    types: ['side_effects'],
  },
  {
    // "Is there other treatment, maybe tablets, not infusion?" = treatment. The infusion story and thanks are not questions.
    message:
      'Hello, I am writing from Cairo. My daughter 9 years have Gaucher disease type 1, the doctors give her enzyme infusion every two weeks in hospital, it is very hard for her and for school. Is there other treatment, maybe tablets, not infusion? Thank you very much for your help.',
    focus: 'Gaucher disease type 1',
    types: ['treatment'],
  },
  {
    // "How do we stop the crises coming so often?" = prevention (preventing attacks).
    subject: 'Crises',
    message:
      "Our son Jayden is 6 and has sickle cell disease. He's been admitted three times since November with pain crises and he's missing so much school. How do we stop the crises coming so often? We already make sure he drinks loads of water.",
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  {
    // "What are the chances the next one will have it too?" = inheritance (chance a next baby has it).
    message:
      'My husband and I found out we are both carriers of CF after our first daughter was diagnosed with cystic fibrosis at 3 weeks old. We would love another baby. What are the chances the next one will have it too?',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  {
    // "what does the predictive test actually involve, is it just a blood test?" = diagnosis; "how do I find a genetic counselor who does this?" = find_specialist. Going back and forth about knowing is story.
    message:
      "Hello,\n\nMy dad was diagnosed with Huntington's disease two years ago, he was 52. It came as a total shock because his own father died young in an accident so nobody knew it was in the family. I'm 28 and I've been going back and forth for months about whether I want to know if I have it. Some days I think I'd rather not know, other days the not knowing is worse. My girlfriend and I are talking about getting married.\n\nI guess my questions are: what does the predictive test actually involve, is it just a blood test? And how do I find a genetic counselor who does this? I'm in Columbus, Ohio.\n\nSorry for the long email.\nMark",
    focus: "Huntington's disease",
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // Misspelled (myasthenia gravis). "what is it" = information; "how do you get it" = cause; "does it get worse" = prognosis; "is there a cure" = treatment.
    message:
      'myasthenia gravus what is it how do you get it does it get worse and is there a cure my aunt just got told she has it',
    focus: 'myasthenia gravus',
    types: ['information', 'cause', 'prognosis', 'treatment'],
  },
  {
    // "Is sarcoidosis contagious?" = susceptibility (whether someone can catch it).
    message:
      'Is sarcoidosis contagious? My husband has just been diagnosed and we have two small kids at home.',
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  {
    // "Could the cough be coming from the lisinopril?" = side_effects (whether a problem comes from the medicine).
    subject: "Cough that won't go away",
    message:
      "I've had a dry tickly cough for about two months. No cold, no fever. I started lisinopril for my blood pressure in the spring. Could the cough be coming from the lisinopril?",
    focus: 'lisinopril',
    types: ['side_effects'],
  },
  {
    // "is it ok to have a few glasses of prosecco or will it mess with the meds" = interactions (medicine with alcohol).
    message:
      'been on sertraline 50mg for 3 weeks (anxiety). my best friends wedding is saturday, is it ok to have a few glasses of prosecco or will it mess with the meds',
    focus: 'sertraline',
    types: ['interactions'],
  },
  {
    // "Could her screen time or chocolate be triggering the migraines?" = cause (what brings on its attacks).
    message:
      "My daughter is 10 and she's been getting migraines with vomiting about twice a month since September. She has to come home from school every time. Could her screen time or chocolate be triggering the migraines? We're trying to figure out a pattern.",
    focus: 'migraines',
    types: ['cause'],
  },
  {
    // "Is there a link between psoriasis and arthritis?" = association (a link between two conditions); the main condition is psoriasis.
    message:
      "I've had psoriasis on my elbows and scalp since my twenties. For the last few months my fingers have been swollen and stiff every morning, and one toe looks like a sausage. Is there a link between psoriasis and arthritis?",
    focus: 'psoriasis',
    types: ['association'],
  },
  {
    // "What should we do if she has a swelling attack during the school day?" = treatment (managing it); "are there any activities ... that she should sit out?" = lifestyle (school, sport).
    message:
      "I'm the school nurse at a middle school. A new 7th grader has hereditary angioedema and her mom gave us an emergency medication, but I've never seen the condition before. What should we do if she has a swelling attack during the school day? Also, are there any activities, like contact sports or field trips, that she should sit out?",
    focus: 'hereditary angioedema',
    types: ['treatment', 'lifestyle'],
  },
  {
    // Follow-up. "Could they have the gene too?" = inheritance (whether the writer's daughters carry it); "should I be tested myself first?" = diagnosis.
    subject: 'Re: your reply about porphyria',
    message:
      'Thank you for your reply last week about acute intermittent porphyria, it helped a lot. My sister was diagnosed with it after a terrible attack. I have two teenage daughters. Could they have the gene too? And should I be tested myself first?',
    focus: 'acute intermittent porphyria',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "What kind of diet should a child with Prader-Willi syndrome be on?" = lifestyle (diet).
    message:
      "Our son is 4 and has Prader-Willi syndrome. He's hungry all the time, we've had to put locks on the fridge and the cupboards. What kind of diet should a child with Prader-Willi syndrome be on? The dietitian appointment isn't until March.",
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle'],
  },
  {
    // "will he grow out of the tourette syndrome when hes older?" = prognosis (the course). ADHD is only named; the worry about bullying is story.
    message:
      'my little brother is 9 and he has adhd and tourette syndrome, his tics are really bad at the moment (sniffing and jerking his head). will he grow out of the tourette syndrome when hes older? im 16 and i worry about him getting picked on',
    focus: 'tourette syndrome',
    types: ['prognosis'],
  },
  {
    // "Is there a link between coeliac disease and Hashimoto's?" = association (link between two conditions); the newly diagnosed coeliac disease is the focus.
    message:
      "I was diagnosed with Hashimoto's thyroiditis five years ago and now, at 41, with coeliac disease as well. Is there a link between coeliac disease and Hashimoto's? It seems like a strange coincidence.",
    focus: 'coeliac disease',
    types: ['association'],
  },
  {
    // "Can it also damage my liver?" = complications; "is there any research going on into new treatments?" = research.
    message:
      "My doctor told me I have alpha-1 antitrypsin deficiency, the ZZ type. I'm 49, I smoked until 40 and I already have some emphysema. Can it also damage my liver? And is there any research going on into new treatments? I read something about gene therapy.",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['complications', 'research'],
  },
  {
    // "This lump can become a cancer?" = complications (another problem it can lead to).
    message:
      'Good morning. My son is 7 years and he have NF1, many cafe au lait spots on the body. Now there is one soft lump under the skin of his arm. This lump can become a cancer? I am very worry. Thank you',
    focus: 'NF1',
    types: ['complications'],
  },
  {
    // "Is Kawasaki disease contagious?" = susceptibility (whether someone can catch it).
    message:
      'Our 3 year old spent a week in hospital with Kawasaki disease, she is home now and doing well. Her baby brother shares a room with her. Is Kawasaki disease contagious?',
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  {
    // "Does she need to cut those out [spinach and broccoli]?" = interactions (medicine with food); "can she still take paracetamol" = interactions (with another medicine): one type, given once. Atrial fibrillation is only named.
    message:
      'My mum is 78 and has been put on warfarin for her atrial fibrillation. She eats a lot of greens, spinach and broccoli nearly every day. Does she need to cut those out? And can she still take paracetamol for her arthritic knees?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // The question is only in the subject: "can i take ibuprofen at 30 weeks pregnant" = contraindications (pregnancy).
    subject: 'can i take ibuprofen at 30 weeks pregnant',
    message:
      'awful toothache and the dentist cant see me till monday, paracetamol isnt touching it and i have ibuprofen in the cupboard',
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  {
    // Follow-up. "take it on an empty stomach ... Does it really matter?" = drug_usage (timing); "should I take two today?" = drug_usage (missed dose): one type, given once.
    message:
      "Following up on my earlier question about levothyroxine. The pharmacist said to take it on an empty stomach, but I always forget unless I take it with breakfast. Does it really matter? Also I missed yesterday's tablet completely, should I take two today?",
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  {
    // "does hidradenitis suppurativa run in families??" = inheritance.
    message:
      'does hidradenitis suppurativa run in families?? my mum always had boils in her armpits and groin same as me and now my 14 yr old has started getting them',
    focus: 'hidradenitis suppurativa',
    types: ['inheritance'],
  },
  {
    // "What is lupus exactly?" = information; "will she still be able to have children?" = complications (effect on fertility or pregnancy).
    message:
      "My best friend (26) has just been diagnosed with lupus. She's frightened and honestly so am I. I want to be able to support her properly. What is lupus exactly? And will she still be able to have children? She's always wanted a big family.",
    focus: 'lupus',
    types: ['information', 'complications'],
  },
  {
    // "If we stick to the special diet will he grow up normally?" = prognosis (the outlook).
    message:
      "We got a call today that our 6-day-old son's heel prick test showed PKU. The hospital is seeing us tomorrow. If we stick to the special diet will he grow up normally?",
    focus: 'PKU',
    types: ['prognosis'],
  },
  {
    // Misspelled (Guillain-Barre syndrome). "Will he walk again?" = prognosis; "could the flu jab ... have caused this?" = association (a named exposure asked as its cause).
    message:
      "My husband is 45 and has been in intensive care for two weeks with Guillian-Barre syndrome. He can't move his legs and he's on a breathing machine. The doctors keep saying every case is different. Will he walk again? And could the flu jab he had at the start of October have caused this? He's never been ill in his life.",
    focus: 'Guillian-Barre syndrome',
    types: ['prognosis', 'association'],
  },
  {
    // "Can my grandson catch shingles from me?" = susceptibility (whether someone can catch it). Chickenpox is only named.
    message:
      "Can my grandson catch shingles from me? He's 18 months and hasn't had chickenpox or the jab yet.",
    focus: 'shingles',
    types: ['susceptibility'],
  },
  {
    // Professional asking for a patient. "What's the right test to order" = diagnosis; "what is the risk for the mother's future pregnancies?" = inheritance (chance a next baby has it).
    message:
      "I'm a family physician. A 3-year-old boy in my practice has speech delay, hyperactivity and poor eye contact, and his maternal uncle has an intellectual disability. I'm considering fragile X syndrome. What's the right test to order, is a standard chromosome analysis enough? And if it's confirmed, what is the risk for the mother's future pregnancies?",
    focus: 'fragile X syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "the bottle says keep in the fridge but we left it on the counter overnight ... is it still ok to give her" = storage_disposal. The ear infection is only named.
    message:
      'my 2yo is on amoxicillin for an ear infection. the bottle says keep in the fridge but we left it on the counter overnight by accident. is it still ok to give her or do we need a new one',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "How does methotrexate work for RA?" = indication (how it works); "try for a baby next year, is that a problem on this medicine?" = contraindications (pregnancy).
    message:
      "I have rheumatoid arthritis and my rheumatologist wants to start me on methotrexate. I looked it up and it's a chemo drug, which terrified me. How does methotrexate work for RA? My husband and I also hope to try for a baby next year, is that a problem on this medicine?",
    focus: 'methotrexate',
    types: ['indication', 'contraindications'],
  },
  {
    // "what the life expectancy is" = prognosis; "how common it is" = frequency; "Is there also a support group for families in the UK?" = find_specialist.
    message:
      'Dear Sir or Madam,\n\nMy granddaughter Lily was born in June and at her 3 month check they found white patches on her skin, and then an echo showed tumours in her heart. After many tests she has been diagnosed with tuberous sclerosis complex. My daughter is devastated and has not been able to take much in, so I am trying to read up on everything for her.\n\nI would be very grateful if you could tell me what the life expectancy is for a child with tuberous sclerosis complex, and how common it is, as none of us had ever heard of it. Is there also a support group for families in the UK?\n\nWith thanks,\nMargaret Hughes',
    focus: 'tuberous sclerosis complex',
    types: ['prognosis', 'frequency', 'find_specialist'],
  },
  {
    // "Can you drive if you have narcolepsy?" = lifestyle (daily life).
    message: 'Can you drive if you have narcolepsy? Im 17 and supposed to start lessons after my birthday',
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  {
    // "my sister says its raynaud's phenomenon. could that be what it is?" = diagnosis (could this be X).
    message:
      "my fingers go white then purple when its cold, even in the freezer aisle at the supermarket. my sister says its raynaud's phenomenon. could that be what it is?",
    focus: "raynaud's phenomenon",
    types: ['diagnosis'],
  },
  {
    // Misspelled (hemochromatosis). "Which gene is it that they look at?" = genetic_changes; "should I cut out red meat in the meantime?" = lifestyle (diet).
    message:
      "My ferritin came back at 900 and my GP thinks it could be hemochromotosis, she's sending me for a gene test. Which gene is it that they look at? And should I cut out red meat in the meantime?",
    focus: 'hemochromotosis',
    types: ['genetic_changes', 'lifestyle'],
  },
  {
    // Professional asking for a patient. "Are there any exercise guidelines for people with CMT" = lifestyle (exercise).
    message:
      "I'm a physiotherapist and have just started seeing a 30-year-old man with Charcot-Marie-Tooth disease. He is keen to get fitter. Are there any exercise guidelines for people with CMT, things to encourage or avoid (for example strength training, running)?",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['lifestyle'],
  },
  {
    // "what sets off the flares?" = cause (what brings on its attacks); "do i need to be on a tablet for the rest of my life" = treatment.
    message:
      '52 M, third gout flare this year, big toe again, agony. what sets off the flares? and do i need to be on a tablet for the rest of my life now',
    focus: 'gout',
    types: ['cause', 'treatment'],
  },
  {
    // "Is there any link between Bell's palsy and the vaccine?" = association (link between the condition and an exposure).
    subject: "Bell's palsy and the covid booster",
    message:
      "I woke up with half my face drooping 10 days after my covid booster and the GP says it's Bell's palsy. Is there any link between Bell's palsy and the vaccine?",
    focus: "Bell's palsy",
    types: ['association'],
  },
  {
    // "does it actually make you depressed??" = side_effects; "can i drink on it" = interactions (medicine with alcohol).
    message:
      'starting accutane next month for my acne. does it actually make you depressed?? my mum is freaking out. also can i drink on it, its my 18th in april',
    focus: 'accutane',
    types: ['side_effects', 'interactions'],
  },
];
