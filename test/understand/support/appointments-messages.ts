/**
 * "appointments" set. Messages about appointments: preparing for a genetics or specialist appointment, tests
 * to expect, questions to bring, referrals, second opinions, with other questions about the condition and its
 * medicines. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 0.975, type F1 0.889). Scored by
 * appointments.test.ts and by `npx tsx test/understand/support/score-messages.ts --appointments --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const APPOINTMENTS_MESSAGES: ConsumerMessage[] = [
  // why: asks only which tests are done to confirm it at the appointment, so diagnosis
  {
    message:
      'what tests do they do at a marfan appointment?? my GP referred me to cardiology and genetics both',
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: condition named only in the subject; asks for a clinic that knows it, so find_specialist
  {
    subject: 'Fabry disease',
    message:
      'Is there any clinic in the Midwest that actually knows this disease? Our doctor has seen exactly one patient in his whole career.',
    focus: 'Fabry disease',
    types: ['find_specialist'],
  },
  // why: asks what therapies exist besides steroids, so treatment
  {
    message:
      'My son has his first visit at the neuromuscular clinic for Duchenne next month. Is there anything besides steroids that actually helps now?',
    focus: 'Duchenne muscular dystrophy',
    types: ['treatment'],
  },
  // why: asks whether the medicine must be kept cold on a long trip, so storage_disposal about hydroxyurea
  {
    message:
      'does hydroxyurea have to stay in the fridge? its a 3 hour drive to the hematology clinic and we stay overnight so i need to bring it',
    focus: 'hydroxyurea',
    types: ['storage_disposal'],
  },
  // why: asks whether it passes down from the father, so inheritance
  {
    message:
      "Is Klinefelter syndrome passed on from the father's side? Asking before my husband's genetics appointment.",
    focus: 'Klinefelter syndrome',
    types: ['inheritance'],
  },
  // why: asks how rare the condition is, so frequency
  {
    message:
      'hi how rare is alport syndrome really, the kidney doctor said hes only ever seen a few families with it',
    focus: 'Alport syndrome',
    types: ['frequency'],
  },
  // why: asks about timing of a dose on a blood-test day, so drug_usage about methotrexate
  {
    message:
      'Can I still take my weekly methotrexate the morning of my rheumatology appointment if they are drawing blood that day?',
    focus: 'methotrexate',
    types: ['drug_usage'],
  },
  // why: asks whether insurance pays for the test, a cost question, so other
  {
    subject: 'gene test cost',
    message:
      'My liver specialist wants to run the genetic test for hereditary hemochromatosis. Will my insurance pay for it or am I going to get a huge bill?',
    focus: 'hereditary hemochromatosis',
    types: ['other'],
  },
  // why: asks about trials the daughter could join, so research
  {
    message:
      'Are there any clinical trials for Rett syndrome that my daughter (age 6) could be part of? The neurologist told us to ask about it at the next visit.',
    focus: 'Rett syndrome',
    types: ['research'],
  },
  // why: asks who to see for a second opinion, so find_specialist
  {
    subject: 'second opinion',
    message:
      "Who is the best doctor for Ehlers-Danlos in the UK for a second opinion? My rheumatologist keeps saying I'm just bendy.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  // why: asks what the signs look like in a baby, so symptoms
  {
    message:
      'what are the signs of tuberous sclerosis in a baby? the pediatrician noticed some pale patches on his back and sent us to a specialist',
    focus: 'tuberous sclerosis',
    types: ['symptoms'],
  },
  // why: asks whether the medicine is safe while breastfeeding, so contraindications about pyridostigmine
  {
    message:
      'is it ok to keep taking pyridostigmine while breastfeeding my neurologist appt isnt until june and i cant get through on the phone',
    focus: 'pyridostigmine',
    types: ['contraindications'],
  },
  // why: condition named only in the subject; asks whether it gets worse over the years, so prognosis
  {
    subject: 'narcolepsy question',
    message:
      'Does it usually get worse with age? Seeing the sleep doctor again on Tuesday and want to know what to expect.',
    focus: 'narcolepsy',
    types: ['prognosis'],
  },
  // why: asks which gene is behind it, so genetic_changes
  {
    message:
      'Which gene causes Noonan syndrome? The letter from the genetics clinic says they will test "a panel" for our son and I dont understand what they are looking for.',
    focus: 'Noonan syndrome',
    types: ['genetic_changes'],
  },
  // why: asks whether the children can be kept from getting it, so prevention
  {
    message:
      "My wife has celiac disease and we're seeing the GI doctor with our toddler next week. Is there anything we can do so our kids don't get it too?",
    focus: 'celiac disease',
    types: ['prevention'],
  },
  // why: asks whether she will outgrow it (prognosis) and what the diet will be like (lifestyle)
  {
    message:
      "Our newborn's screening came back positive for phenylketonuria and we've been told to come to the metabolic clinic on Thursday. I'm honestly terrified. Is this something she will grow out of? And what is the diet going to look like for her day to day?",
    focus: 'phenylketonuria',
    types: ['prognosis', 'lifestyle'],
  },
  // why: asks what happens to the eyes if it is left untreated, so complications
  {
    message:
      'I was diagnosed with sarcoidosis last year after a lung biopsy. Now my optometrist wants me to see a uveitis specialist urgently. If sarcoid gets into the eyes and is not treated, could I actually lose my sight?',
    focus: 'sarcoidosis',
    types: ['complications'],
  },
  // why: asks which treatments will be offered and whether they work, so treatment
  {
    message:
      'im 16 and i have turner syndrome. i have an endocrinology appointment soon and my mum says they will talk about treatment. what kind of treatments are there and do they actually work or is it a waste of time',
    focus: 'Turner syndrome',
    types: ['treatment'],
  },
  // why: asks whether a future baby of the parents could have it, so inheritance
  {
    message:
      'My grandson was just diagnosed with achondroplasia. His parents have a genetics appointment next week and I want to understand so I can support them. Neither of them is short. Could their next baby have it too?',
    focus: 'achondroplasia',
    types: ['inheritance'],
  },
  // why: asks whether the condition can lead to heart problems, so complications
  {
    message:
      "My husband has myotonic dystrophy type 1 and his neurologist insists he gets a heart check with an ECG every single year. He thinks it's overkill. Can this disease really cause heart problems?",
    focus: 'myotonic dystrophy',
    types: ['complications'],
  },
  // why: asks how ALS is confirmed (diagnosis) and whether anything slows it (treatment)
  {
    message:
      'My best friend was just told she might have ALS and she has been sent to a neuromuscular center for a second opinion. What tests do they do to be sure it is ALS? And is there anything that slows it down?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['diagnosis', 'treatment'],
  },
  // why: asks how the medicine works and whom it is meant for, both indication about ivacaftor
  {
    message:
      'Hello, my daughter have cystic fibrosis, she is 7 years. Doctor in the CF center tell us about ivacaftor. How this medicine is working? It is for all patient with CF or only some?',
    focus: 'ivacaftor',
    types: ['indication'],
  },
  // why: asks whether the medicine can harm the eyes, so side_effects about hydroxychloroquine
  {
    message:
      "I've been on hydroxychloroquine for lupus for three years and my rheumatologist now says I need a yearly exam with an ophthalmologist. What is that about, can the pill damage my eyes?",
    focus: 'hydroxychloroquine',
    types: ['side_effects'],
  },
  // why: asks which kinds of specialists the child will need, so find_specialist
  {
    message:
      'We have our first appointment at the 22q clinic in a month. My son is 4, had heart surgery as a baby and his speech is behind. What kinds of specialists is he going to need to see as he grows up?',
    focus: '22q11.2 deletion syndrome',
    types: ['find_specialist'],
  },
  // why: asks what tests the unaffected siblings would have, so diagnosis
  {
    subject: 'Wilson disease - my sister',
    message:
      "My sister was diagnosed with Wilson disease at 19. The hepatologist said me and our brother should be checked too. What tests would they do on us? I'm 23 and feel completely fine.",
    focus: 'Wilson disease',
    types: ['diagnosis'],
  },
  // why: asks whether and when the children should be tested, so diagnosis
  {
    message:
      'My cholesterol came back at 9.8 and my dad had a heart attack at 44. My GP thinks it might be familial hypercholesterolemia and is referring me to a lipid clinic. Should my kids get tested as well, and from what age?',
    focus: 'familial hypercholesterolemia',
    types: ['diagnosis'],
  },
  // why: asks what happens in a tilt table test (diagnosis) and whether salt and water help (treatment)
  {
    message:
      "I've had POTS-type symptoms for two years and finally have a cardiology appointment for a tilt table test. What actually happens during the test? Also is it true that extra salt and water can help with POTS or is that a myth?",
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: asks the chance that her unborn son has her brother's condition, so inheritance
  {
    message:
      'My brother has hemophilia A and I am pregnant with a boy. My OB wants me to see a genetic counselor before 20 weeks. What are the odds my son will have it?',
    focus: 'hemophilia A',
    types: ['inheritance'],
  },
  // why: asks for parent support groups while waiting for the clinic, so find_specialist
  {
    message:
      'Our daughter was diagnosed with Angelman syndrome at 18 months. The neurologist referred us to a specialist clinic but the wait is 8 months. Are there any parent groups we could connect with in the meantime? We feel very alone.',
    focus: 'Angelman syndrome',
    types: ['find_specialist'],
  },
  // why: asks how common it is, so frequency
  {
    message:
      "I was told I have Gaucher disease type 1 after a scan found my spleen is enlarged. I'm seeing a metabolic specialist next week. I had never heard of it before - how many people actually have this?",
    focus: 'Gaucher disease',
    types: ['frequency'],
  },
  // why: asks how it is confirmed (diagnosis), whether the son got it from his mother (inheritance), and whether it can become cancer (complications)
  {
    subject: 'genetics referral for my son',
    message:
      "Hi, my son Leo is 3 and at his last check-up the doctor counted his cafe au lait spots and said there were 'more than six'. She mentioned neurofibromatosis type 1 and referred us to the genetics department, but the appointment isn't until March. I have been reading online too much. Will they do a blood test or can they tell just by looking at him? I have a few of those spots myself and never thought anything of it, so could he have got it from me? And my biggest fear, is it true the lumps can turn into cancer? Sorry for the long message, I just want to go in prepared.",
    focus: 'neurofibromatosis type 1',
    types: ['diagnosis', 'inheritance', 'complications'],
  },
  // why: a list asking about the test (diagnosis), the children's chance if positive (inheritance) and research on treatments (research)
  {
    message:
      "My mother was diagnosed with Huntington disease two years ago. I'm 31 and I finally booked the genetic counseling appointment about being tested. I'm writing my list of questions now so I don't freeze up in the room:\n1. Is it just a blood test, and how long does it take to get the result?\n2. If I turn out to be positive, what is the chance each of my two kids has it?\n3. Is there any research going on into treatments that could stop it or slow it down?\nThank you for any help.",
    focus: 'Huntington disease',
    types: ['diagnosis', 'inheritance', 'research'],
  },
  // why: asks how to find an adult hematologist (find_specialist) and how to stop the crises (prevention)
  {
    message:
      "My son is 17 and has sickle cell disease. He's been followed at the children's hospital his whole life and the team there is wonderful, but next year he has to move to adult care and they just gave us a list of names. Last time he went to an adult ER they treated him like a drug seeker. How do we find an adult hematologist who really knows sickle cell? He's had four pain crises this winter alone, is there any way to keep them from coming so often? He wants to start college in the fall.",
    focus: 'sickle cell disease',
    types: ['find_specialist', 'prevention'],
  },
  // why: asks about ending up on dialysis (prognosis), diet (lifestyle), and whether the sister should be scanned (diagnosis)
  {
    message:
      "I'm 38 and an ultrasound for something else found cysts on both of my kidneys. My dad had polycystic kidney disease and spent his last years on dialysis, so I wasn't exactly shocked. I have my first nephrology appointment on the 14th. My kidney function is normal right now. Realistically am I going to end up on dialysis like him? I've read about drinking lots of water and cutting salt, is there a diet that makes any real difference? My younger sister refuses to get checked but I think she should, should she be having a scan too? I'm trying to go in with a plan rather than just panicking.",
    focus: 'polycystic kidney disease',
    types: ['prognosis', 'lifestyle', 'diagnosis'],
  },
  // why: asks what treatments exist (treatment) and whether she will walk (prognosis)
  {
    message:
      'our baby girl is 2 weeks old and the newborn screening came back for spinal muscular atrophy. they confirmed it with a second blood test and we meet the neuromuscular team monday. she seems totally normal right now, kicking and everything. we were told there are treatments now but nobody explained anything on the phone. what treatments are there and how fast does she need to start? will she be able to walk one day? we are first time parents and this is a lot',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'prognosis'],
  },
  // why: asks whether the grandson's signs could be it (diagnosis) and whether it passes through the mother (inheritance)
  {
    message:
      "I am writing about my grandson who is 3 and a half. He only says a handful of words, flaps his hands when excited and doesn't like to look at people. His pediatrician wants him to see a developmental specialist and have a blood test for fragile X syndrome. My daughter is a bit in denial. Could his problems really be fragile X? I also went through the change very early, at 39, and I read somewhere that this can be connected. Does fragile X get passed down through the mother's side of the family? I would like to be able to help my daughter understand before the appointment.",
    focus: 'fragile X syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: asks about the risk of other cancers (complications), whether the children should be tested (diagnosis), and insurance (other)
  {
    message:
      "Last year at 46 I had surgery for colon cancer. The pathology report said the tumor was 'MMR deficient' and now I have been referred to a cancer genetics clinic because they suspect Lynch syndrome. My surgeon didn't explain much. Does having Lynch mean I'm more likely to get other cancers, like in the uterus? Should my three kids be tested, they are 15, 19 and 22? And does insurance usually cover the genetic test or will I be paying out of pocket? I have the appointment in two weeks.",
    focus: 'Lynch syndrome',
    types: ['complications', 'diagnosis', 'other'],
  },
  // why: asks how the neurologist confirms it (diagnosis) and whether stress triggers flares (cause)
  {
    message:
      'so for a few months ive had droopy eyelids by the evening and double vision when im tired, and chewing a steak wears my jaw out lol. my eye doctor said it might be myasthenia gravis and sent off an antibody blood test and referred me to a neurologist. the antibody test came back negative which confused me. what else will the neurologist do to confirm it if the blood test is negative? also ive noticed its way worse when im stressed at work, does stress actually bring on the flare ups or am i imagining it',
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'cause'],
  },
  // why: asks for a test telling it apart from abuse (diagnosis), the next baby's chance (inheritance), and sports (lifestyle)
  {
    subject: 'Fractures - please help',
    message:
      "Our son is 14 months old and has had three fractures since he started pulling himself up. After the third one child protective services got involved, which has been a nightmare. The orthopedic doctor finally said it could be osteogenesis imperfecta and referred us to a bone specialist at the children's hospital. Is there a test that can prove it is OI and not something we did to him? We also want to have another baby eventually, would that child be likely to have it as well? And later on, will he be able to do sports like swimming, or will he always have to be careful?",
    focus: 'osteogenesis imperfecta',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  // why: asks what brings on the attacks (cause) and how to stop one before dental work (prevention)
  {
    message:
      "I'm 27 and have been to the ER three times this year with my face or hand swelling up hugely, and once my throat felt tight which was terrifying. Antihistamines did nothing. Bloods finally showed low C4 and I've been referred to immunology for suspected hereditary angioedema. The last two swellings both happened a day after dental work. What sets off these attacks in the first place? I have a root canal booked for next month - is there anything I can take beforehand to stop an attack from happening?",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
];
