/**
 * "final36" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the end of its round, after its last change (focus 1.000, type F1 0.881). Scored by
 * final36.test.ts and by `npx tsx test/understand/support/score-messages.ts --final36 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL36_MESSAGES: ConsumerMessage[] = [
  // why: asks only for an explanation of what the condition is -> information.
  {
    message:
      'hi, can someone explain what fabry disease actually is? my cousin was just diagnosed and nobody in the family had heard of it',
    focus: 'Fabry disease',
    types: ['information'],
  },
  // why: asks whether it is passed from parents to children -> inheritance.
  {
    message: 'is narcolepsy something you inherit from your parents',
    focus: 'narcolepsy',
    types: ['inheritance'],
  },
  // why: asks what the tablet contains (lactose) -> ingredients; the medicine is the focus.
  {
    message:
      "does colchicine have lactose in it? i'm really lactose intolerant and just got prescribed it for gout",
    focus: 'colchicine',
    types: ['ingredients'],
  },
  // why: condition named only in the subject; asks whether it worsens with age -> prognosis.
  {
    subject: 'Gilbert syndrome',
    message:
      'I was told last week I have this after a routine blood test. Will it get worse as I get older or does it stay the same?',
    focus: 'Gilbert syndrome',
    types: ['prognosis'],
  },
  // why: asks how many children are born with it / how rare it is -> frequency.
  {
    message: 'How many children are born with Angelman syndrome? Is it very rare?',
    focus: 'Angelman syndrome',
    types: ['frequency'],
  },
  // why: asks whether a named exposure (dust at work) caused it -> association.
  {
    message: 'Could the dust at my construction job have caused my sarcoidosis?',
    focus: 'sarcoidosis',
    types: ['association'],
  },
  // why: asks how the medicine must be stored -> storage_disposal.
  {
    message: 'Does modafinil need to be kept in the fridge or is a kitchen cupboard ok?',
    focus: 'modafinil',
    types: ['storage_disposal'],
  },
  // why: asks about a blood test to check for it -> diagnosis.
  {
    message:
      'my dr mentioned haemochromatosis because my iron was high, is there a simple blood test to check for it??',
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis'],
  },
  // why: asks whether nail dents are part of the condition -> symptoms.
  {
    message:
      'Can alopecia areata affect the nails too? Mine have lots of tiny dents since my hair started falling out in patches.',
    focus: 'alopecia areata',
    types: ['symptoms'],
  },
  // why: asks whether the medicine is safe while breastfeeding -> contraindications.
  {
    message: 'is lamotrigene ok to take while breastfeeding my 2 month old',
    focus: 'lamotrigine',
    types: ['contraindications'],
  },
  // why: asks for support groups for parents -> find_specialist.
  {
    message: 'Are there any support groups for parents of kids with Prader-Willi syndrome? We live in Ohio.',
    focus: 'Prader-Willi syndrome',
    types: ['find_specialist'],
  },
  // why: asks which gene causes it -> genetic_changes.
  {
    message: 'what gene causes marfan syndrome',
    focus: 'Marfan syndrome',
    types: ['genetic_changes'],
  },
  // why: asks whether the family can catch it from him -> susceptibility.
  {
    message: 'Hello, my husband have Behcet disease. It is contagious for me and for the children?',
    focus: 'Behcet disease',
    types: ['susceptibility'],
  },
  // why: asks whether it can lead to heart problems later on -> complications.
  {
    message:
      'My son had Kawasaki disease when he was 2, he is 9 now. Can it cause heart problems later in life?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: asks what the medicine does and how it works -> indication (asked twice in other words, one type).
  {
    message:
      "Why is methotrexate used for rheumatoid arthritis when it's a cancer drug? How does it actually work?",
    focus: 'methotrexate',
    types: ['indication'],
  },
  // why: asks how accurate the confirming sweat test is -> diagnosis.
  {
    message:
      "Our daughter's newborn screening came back positive for cystic fibrosis and she has a sweat test booked for next Tuesday. We are trying not to panic until then. How accurate is the sweat test? Can it be wrong?",
    focus: 'cystic fibrosis',
    types: ['diagnosis'],
  },
  // why: asks whether cramps and diarrhea come from the medicine -> side_effects; the medicine is the focus.
  {
    message:
      'I was diagnosed with myasthenia gravis last year and I take pyridostigmine three times a day. For the past few weeks I have had bad stomach cramps and diarrhea, usually an hour after a dose. Could this be from the pyridostigmine?',
    focus: 'pyridostigmine',
    types: ['side_effects'],
  },
  // why: asks what helps calm the tics -> treatment.
  {
    message:
      'im 15 and i have tourettes. my tics get way worse before exams and kids in my class notice. is there anything that actually helps calm them down, like meds or some kind of therapy',
    focus: 'Tourette syndrome',
    types: ['treatment'],
  },
  // why: asks whether the sister could have it or be a carrier -> inheritance.
  {
    message:
      "My grandson, who is 4, was diagnosed with Duchenne muscular dystrophy last month. His mother, my daughter, is devastated and I am trying to help where I can. Could his little sister (she's 2) also have it, or be a carrier?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance'],
  },
  // why: asks the chance their children inherit it -> inheritance; then how to have children without passing it on -> prevention.
  {
    message:
      "My fiancé's father has Huntington's disease. My fiancé doesn't want to get tested yet, which I respect. But we want children. If he does have the gene, what are the odds our kids get it? And is there any way to have children without passing it on?",
    focus: 'Huntington disease',
    types: ['inheritance', 'prevention'],
  },
  // why: non-native English; asks which test confirms the suspected condition -> diagnosis.
  {
    message:
      'Hello. I am from Turkey, living in Germany. My son 7 years have fever and belly pain every month, 2 or 3 days, then he is fine again. Doctor say maybe it is Familial Mediterranean fever. Which test we can do for be sure? Thank you very much',
    focus: 'familial Mediterranean fever',
    types: ['diagnosis'],
  },
  // why: asks whether the medicine can harm her fertility -> side_effects; the medicine is the focus.
  {
    message:
      "My daughter is 12 and has sickle cell disease. Her hematologist wants to start her on hydroxyurea. I read online that it's a chemotherapy drug and now I'm scared. Can it affect her ability to have children later on?",
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: asks about school lunches and avoiding crumbs -> lifestyle (school and diet).
  {
    subject: 'Gluten free at school??',
    message:
      "My son was just diagnosed with celiac disease. He's in 2nd grade and eats lunch in the school cafeteria. What should we tell the school, and does he really have to avoid even tiny amounts like crumbs on the table?",
    focus: 'celiac disease',
    types: ['lifestyle'],
  },
  // why: asks whether coffee and breakfast matter -> interactions; then whether she can take it at bedtime -> drug_usage.
  {
    message:
      'I take levothyroxine every morning but honestly I usually swallow it with my coffee and then have breakfast right away. Does that matter? Could I switch to taking it at bedtime instead?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: asks whether the siblings should be tested -> diagnosis; then what happens without treatment -> complications.
  {
    message:
      'My sister (19) was diagnosed with Wilson disease after her liver tests came back abnormal. There are three more of us kids. Should we all get tested? And what happens if it is not treated, she is not great at taking her pills.',
    focus: 'Wilson disease',
    types: ['diagnosis', 'complications'],
  },
  // why: asks what causes the condition -> cause.
  {
    message:
      'My dad was diagnosed with ALS in March. He is 68 and was always healthy, ran every morning. Nobody in our family has ever had anything like it. What causes ALS?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['cause'],
  },
  // why: asks whether dental work and stress bring on attacks -> cause; then how to stop an attack before the dentist -> prevention.
  {
    message:
      "I have hereditary angioedema and get swelling in my face and sometimes horrible stomach attacks. I've noticed they often come after dental work or when I'm stressed out. Is that a known trigger? I have a tooth pulled next month, how do I keep it from setting off an attack?",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: asks why yearly eye exams are needed and whether the medicine can damage the eyes -> side_effects.
  {
    message:
      "I've had lupus for 5 years and have been on hydroxychloroquine (Plaquenil) the whole time. My new rheumatologist says I must have an eye exam every year because of it. Why? Can it really damage my eyes?",
    focus: 'hydroxychloroquine',
    types: ['side_effects'],
  },
  // why: asks whether the baby will walk and live a normal life -> prognosis.
  {
    message:
      'We found out at the 30 week scan that our baby most likely has achondroplasia. We are still in shock. Will our baby be able to walk and run and live a normal life like other kids?',
    focus: 'achondroplasia',
    types: ['prognosis'],
  },
  // why: asks why a vaccine is needed and whether there is a serious infection risk with the medicine -> side_effects.
  {
    message:
      'My husband has PNH and is starting Soliris (eculizumab) infusions. They insisted he get a meningitis vaccine two weeks before the first one. Why is that needed? Does this medicine put him at risk of serious infections?',
    focus: 'eculizumab',
    types: ['side_effects'],
  },
  // why: asks whether her signs could be EDS -> diagnosis; which doctor to see -> find_specialist; whether she can keep doing gymnastics -> lifestyle.
  {
    message:
      "Hi. I'm 17 and I've always been super bendy, which was great for gymnastics, but the last two years my shoulders have popped out of place four times, I bruise really easily and I'm tired all the time. My knees hurt after every practice. My PE teacher said it could be Ehlers-Danlos and I looked it up and a lot of it sounds like me, but my mom thinks I'm just overtraining. Could it actually be EDS? What kind of doctor would even check for that, our GP didn't seem to know much. And if it is, am I going to have to quit gymnastics? It's kind of my whole life.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'find_specialist', 'lifestyle'],
  },
  // why: a list: what it is -> information; whether the infusions are for life -> treatment; trials of pills -> research; insurance -> other.
  {
    subject: "Questions after our son's diagnosis",
    message:
      'Dear team,\nOur son Leo (6) was diagnosed with Gaucher disease type 1 after his belly got big and he had nosebleeds all the time. The hospital gave us a lot of information at once and we did not take it all in. We wrote down our questions:\n1. What is Gaucher disease exactly, in simple words?\n2. Will he need the enzyme infusions every two weeks for the rest of his life?\n3. We heard there are pills instead of infusions, are there studies for children?\n4. Will our insurance pay for the infusions? They told us the cost is enormous.\nThank you for your time.',
    focus: 'Gaucher disease',
    types: ['information', 'treatment', 'research', 'other'],
  },
  // why: asks whether the bumps can become cancer -> complications; asks for an NF clinic -> find_specialist.
  {
    message:
      "My son is 8 and has had light brown spots since he was a baby. Our pediatrician never worried about them but this year a dermatologist said it's neurofibromatosis type 1, and now he has a few small soft bumps on his back too. He's doing fine in school and plays soccer, so honestly he doesn't seem sick at all. But I read stories online and now I can't sleep. Can those bumps turn into cancer? We live in Indiana and the closest children's hospital doesn't have anyone who specializes in NF, is there a specialist clinic somewhere in the Midwest we could go to?",
    focus: 'neurofibromatosis type 1',
    types: ['complications', 'find_specialist'],
  },
  // why: asks whether his kids should be tested -> diagnosis; heavy weightlifting -> lifestyle; medicine to slow it -> treatment.
  {
    message:
      "My mother had polycystic kidney disease and was on dialysis for the last six years of her life. I was diagnosed at 35 after an ultrasound for something else. I'm 41 now and my kidney function is still ok, but my blood pressure is creeping up. I have two kids, 10 and 13. should they be tested now or wait until they are adults? I also lift weights 4 times a week, heavy deadlifts etc, my doctor didn't say anything about it but is that safe with big kidneys? and is there any medication that slows it down, I heard about one but my nephrologist said I'm not a candidate yet",
    focus: 'polycystic kidney disease',
    types: ['diagnosis', 'lifestyle', 'treatment'],
  },
  // why: asks about wine with the medicine -> interactions; what to do if the second dose is missed -> drug_usage.
  {
    message:
      "I have narcolepsy with cataplexy and just started sodium oxybate (Xyrem) a month ago. It's been life changing honestly, the first time in years I wake up rested. Two things I'm unsure about though. My partner and I usually have a glass of wine with dinner, is that ok on nights I take it? And sometimes I sleep right through the alarm for the second dose and wake up at 6am. Should I take it then or just skip it?",
    focus: 'sodium oxybate',
    types: ['interactions', 'drug_usage'],
  },
  // why: asks whether the flu shot caused it -> association; whether he will walk again -> prognosis.
  {
    message:
      "My husband is 52 and three weeks ago he started with tingling in his feet. Within four days he couldn't stand up. He's in the ICU now with Guillain-Barré syndrome, they are giving him IVIG and he's on a breathing machine for now. The doctors are kind but very busy. He had his flu shot about three weeks before it started, could the flu shot have caused this? He's a carpenter and his work is everything to him. Will he be able to walk again?",
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  // why: all lowercase, no punctuation; could her signs be Rett -> diagnosis; passed down in the family -> inheritance; new medicine being studied -> research.
  {
    message:
      'hello i am writing about my granddaughter she is 2 now and she was doing everything normal until about 18 months she was saying a few words and playing with her toys then she stopped talking and now she just wrings her hands all the time and doesnt use them to pick things up my daughter says the doctor mentioned rett syndrome but they are still waiting for a genetic test could this be rett syndrome is it something that was passed down from our side of the family i also read about a new medicine they are studying for it is that true',
    focus: 'Rett syndrome',
    types: ['diagnosis', 'inheritance', 'research'],
  },
  // why: life expectancy -> prognosis; whether oxygen helps -> treatment; whether smoking caused it -> association.
  {
    subject: 'My father - IPF',
    message:
      "My father (74) was diagnosed with idiopathic pulmonary fibrosis in January. He gets breathless walking to the mailbox now. The lung specialist talked about medications but Dad doesn't want to take anything more, he already takes 9 pills a day. I have some questions I didn't dare ask in front of him:\n- How long do people usually live after being diagnosed?\n- Will oxygen at home help him breathe better?\n- He smoked for 30 years and quit in 1995. Did that cause this?\nThank you.",
    focus: 'idiopathic pulmonary fibrosis',
    types: ['prognosis', 'treatment', 'association'],
  },
  // why: what high levels do to the baby -> complications; what to eat -> lifestyle; where to find an adult metabolic clinic -> find_specialist.
  {
    message:
      "I'm 29 and have PKU. I was on the diet strictly as a kid but stopped around 15 like a lot of people do, and honestly I've felt fine. Now my husband and I want to start trying for a baby and my GP looked worried when I mentioned PKU. What could happen to the baby if my levels are high during pregnancy? What would I need to eat, do I have to go back to the formula? And where can I find a metabolic clinic for adults, I aged out of my children's hospital years ago and never found a new one.",
    focus: 'phenylketonuria',
    types: ['complications', 'lifestyle', 'find_specialist'],
  },
  // why: condition named only in the subject; chance she is a carrier -> inheritance; how common -> frequency.
  {
    subject: 'Fragile X - questions from a worried aunt',
    message:
      "Hello, my nephew (5) was diagnosed with it last month after years of speech delay and meltdowns. My sister is the carrier, they found out through her testing after his diagnosis. I'm 31 and want to have kids in the next few years. What is the chance that I'm a carrier too since we have the same mother? Also how common is it? I had never heard of it before and now it seems to be everywhere I look.",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'frequency'],
  },
];
