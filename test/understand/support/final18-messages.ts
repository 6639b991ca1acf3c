/**
 * "final18" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, at the end of its round, after its last change (focus 0.975,
 * type F1 0.906). Never tuned on: change nothing because of its misses. Scored by final18.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --final18 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL18_MESSAGES: ConsumerMessage[] = [
  {
    // "marfan syndrome life expectancy" -> prognosis (life expectancy)
    message: 'marfan syndrome life expectancy',
    focus: 'marfan syndrome',
    types: ['prognosis'],
  },
  {
    // "Will he lose the ability to walk, and if so around what age?" -> prognosis (whether he will walk)
    // "Are there any clinical trials he could be part of?" -> research (trials)
    subject: 'Newly diagnosed son - DMD',
    message:
      'Hi, my son Liam is 6 and was diagnosed with Duchenne muscular dystrophy last month after his CK came back ' +
      'really high. We had noticed he fell a lot and used his hands to push up off the floor but everyone said ' +
      'boys are clumsy. He is on steroids now and sees a neuromuscular team every 6 months. I am trying to get my ' +
      'head around all of it. Will he lose the ability to walk, and if so around what age? Are there any clinical ' +
      'trials he could be part of? We live in Ohio and can travel. Thank you for reading this.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  {
    // "hemochromotosis is it genetic" -> inheritance (runs in families)
    // "shoud i get tested" -> diagnosis (should I be tested)
    message: 'hemochromotosis is it genetic? my dad just got diagnosed at 58 shoud i get tested',
    focus: 'hemochromatosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Can I have a glass or two of wine on the weekend?" -> interactions (medicine with alcohol)
    // "can I just take it on Wednesday instead or skip it?" -> drug_usage (missed dose)
    subject: 'methotrexate and wine',
    message:
      'I was started on methotrexate 15mg once a week (Mondays) for rheumatoid arthritis. Can I have a glass or ' +
      'two of wine on the weekend? Also I completely forgot my dose this Monday, can I just take it on Wednesday ' +
      'instead or skip it?',
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "What food she must not eat?" -> lifestyle (diet)
    // "my brother and me, we must do the test also?" -> diagnosis (should we be tested)
    message:
      'Hello doctor, my mother have the disease of Wilson, the doctors say is too much copper in her body and in ' +
      'the liver. She take medicine now. What food she must not eat? And my brother and me, we must do the test ' +
      'also? Thank you very much for answer.',
    focus: 'Wilson disease',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "is sarcoidosis contagious" -> susceptibility (can one catch it)
    message: 'is sarcoidosis contagious',
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  {
    // "Is it stress that makes them worse?" -> cause (what brings the tics on)
    // "will they go away when she is an adult?" -> prognosis (course)
    subject: 'Tics worse since starting high school',
    message:
      'Our daughter is 14 and has Tourette syndrome, diagnosed when she was 8. It was pretty mild for years but ' +
      'since she started high school in September the tics have gotten a lot worse, neck jerking and a loud ' +
      'throat noise, and she is embarrassed to go to class. Is it stress that makes them worse? And is it true ' +
      'that they often go away when she is an adult?',
    focus: 'Tourette syndrome',
    types: ['cause', 'prognosis'],
  },
  {
    // "Does levothyroxine contain lactose?" -> ingredients (what it contains)
    // "can i take it with my morning coffee or do i have to wait" -> interactions (medicine with food/drink)
    message:
      'does levothyroxine contain lactose? im very lactose intolerant and get bloated. also can i take it with my ' +
      'morning coffee or do i have to wait',
    focus: 'levothyroxine',
    types: ['ingredients', 'interactions'],
  },
  {
    // "What is it exactly?" -> information (overview)
    // "Can it affect her kidneys?" -> complications (kidney damage)
    subject: 'my friend has lupus',
    message:
      'My best friend was just told she has lupus after months of joint pain and a rash on her face. She is ' +
      'scared and so am I honestly. What is it exactly? Can it affect her kidneys? I want to understand so I can ' +
      'support her.',
    focus: 'lupus',
    types: ['information', 'complications'],
  },
  {
    // "Can this damage his heart long term?" -> complications (heart damage)
    // "Could his baby sister catch it from him?" -> susceptibility (contagious)
    subject: 'Kawasaki - heart?',
    message:
      'My 3 yr old was in hospital last week with Kawasaki disease, fever for 6 days, red eyes, peeling fingers. ' +
      'He got IVIG and aspirin and is much better. The cardiologist wants another echo in 6 weeks. Can this ' +
      'damage his heart long term? Could his baby sister catch it from him?',
    focus: 'Kawasaki disease',
    types: ['complications', 'susceptibility'],
  },
  {
    // "What are the chances that I have it?" -> inheritance (chance a relative has it)
    // "Can I get tested without my mom knowing" -> diagnosis (testing)
    message:
      "My grandfather had Huntington's disease and died in a nursing home when I was a kid. My mom is 49 and " +
      "refuses to get tested, she says she doesn't want to know. I'm 22. What are the chances that I have it? " +
      'Can I get tested without my mom knowing?',
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "gaucher type 1 enzyme replacement therapy options" -> treatment (therapies)
    message: 'gaucher type 1 enzyme replacement therapy options',
    focus: 'Gaucher disease type 1',
    types: ['treatment'],
  },
  {
    // "does it really cause depression" -> side_effects (side effect)
    // "can i drink at all while on it" -> interactions (alcohol)
    subject: 'accutane questions!!',
    message:
      'im 19 and my derm wants to put me on accutane for cystic acne on my jaw and back, nothing else has worked. ' +
      'does it really cause depression? my mom read horror stories. and can i drink at all while on it, my ' +
      "friend's 21st is in 2 months lol",
    focus: 'accutane',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Could the cramps and diarrhea be from the pyridostigmine?" -> side_effects (problem from the medicine)
    // "Should I take it before meals or with them?" -> drug_usage (timing)
    message:
      'I have myasthenia gravis and take pyridostigmine (Mestinon) 60mg four times a day. For the last few weeks ' +
      'I get stomach cramps and diarrhea about an hour after each dose. Could that be from the pyridostigmine? ' +
      'Should I take it before meals or with them?',
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "what are the chances our next baby has cystic fibrosis" -> inheritance (chance next baby has it)
    // "can they test for it during the pregnancy" -> diagnosis (test)
    message:
      'we found out we are both carriers of CF after our first son was diagnosed through the newborn screen. ' +
      'what are the chances our next baby has cystic fibrosis, and can they test for it during the pregnancy',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "How do we stop the crises when it gets cold?" -> prevention (preventing attacks)
    // "is swimming ok for him?" -> lifestyle (exercise)
    subject: 'Sickle cell and winter',
    message:
      'My son is 9 and has sickle cell anemia. Every winter he ends up in hospital with pain crises, twice ' +
      'already since November. How do we stop the crises when it gets cold? He also wants to join the swim ' +
      'team at school, is swimming ok for him?',
    focus: 'sickle cell anemia',
    types: ['prevention', 'lifestyle'],
  },
  {
    // "can the lumps turn into cancer?" -> complications (turn into cancer)
    message: 'Neurofibromatosis type 1 - can the lumps turn into cancer?',
    focus: 'Neurofibromatosis type 1',
    types: ['complications'],
  },
  {
    // "Is there a special diet he should be on?" -> lifestyle (diet)
    // "is there a support group for grandparents" -> find_specialist (support groups)
    subject: 'grandson with Prader-Willi',
    message:
      'Hello, I am writing about my grandson who is 2 and has Prader-Willi syndrome. He was very floppy as a ' +
      'newborn and had to be tube fed, now he is eating well and my daughter has been told that later he will ' +
      'always be hungry and we will have to lock the kitchen cupboards. I look after him three days a week while ' +
      'she works. Is there a special diet he should be on, and is there a support group for grandparents ' +
      'somewhere in the UK? I feel quite alone with this.',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "can i still eat spinach and salad" -> interactions (medicine with food)
    message: 'warfarin and green vegetables?? can i still eat spinach and salad',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "could it be coeliac disease?" -> diagnosis (could this be X)
    // "what test do they do" -> diagnosis (same type, listed once)
    // "does she need to be totally gluten free at school as well" -> lifestyle (diet, school)
    message:
      'my 7 yr old gets tummy aches most days and is the smallest in her class by a lot. my sister has coeliac. ' +
      'could it be coeliac disease? what test do they do, is it a blood test? and if she has it does she need to ' +
      'be totally gluten free at school as well',
    focus: 'coeliac disease',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "How does a malaria drug help lupus?" -> indication (how it works)
    // "can it damage my eyes?" -> side_effects (side effect)
    subject: 'Plaquenil',
    message:
      "My rheumatologist put me on Plaquenil for lupus. How does a malaria drug even help lupus? And I've read it " +
      'can damage your eyes, is that true?',
    focus: 'Plaquenil',
    types: ['indication', 'side_effects'],
  },
  {
    // "he got guillain barre after his flu shot?? is that possible" -> association (named exposure as cause)
    // "will he walk again" -> prognosis (whether he will walk)
    message:
      "my dad (67) got guillain barre 3 weeks after his flu shot?? is that possible. he's in ICU on a ventilator " +
      'now and cant move his legs. will he walk again',
    focus: 'guillain barre',
    types: ['association', 'prognosis'],
  },
  {
    // "trigeminal neuralgia surgery vs meds" -> treatment (surgery, medicines)
    message: 'trigeminal neuralgia surgery vs meds',
    focus: 'trigeminal neuralgia',
    types: ['treatment'],
  },
  {
    // "What is Behcet's disease?" -> information (overview)
    // "what kind of doctor treats it?" -> find_specialist (doctors)
    message:
      "I keep getting painful mouth ulcers and genital sores and my GP mentioned Behcet's disease for the first " +
      "time today. What is Behcet's disease and what kind of doctor treats it?",
    focus: "Behcet's disease",
    types: ['information', 'find_specialist'],
  },
  {
    // "What does PKU mean?" -> information (what it is)
    // "Will she develop normally if we stick to the diet?" -> prognosis (outlook)
    // "did it come from my side or my husband's?" -> inheritance (how it runs in families)
    subject: 'heel prick positive for PKU',
    message:
      'Our baby girl is 10 days old and the heel prick test came back positive for PKU. We have an appointment ' +
      "at the metabolic clinic on Thursday but I can't wait that long without understanding anything. What does " +
      "PKU mean? Will she develop normally if we stick to the diet? And did it come from my side or my husband's? " +
      'Nobody in either family has it.',
    focus: 'PKU',
    types: ['information', 'prognosis', 'inheritance'],
  },
  {
    // "Does his insulin need to stay in the fridge the whole time?" -> storage_disposal (storing)
    // "what do we do with the used needles on the plane and at the hotel?" -> storage_disposal (throwing away)
    subject: 'insulin on holiday',
    message:
      'Travelling to Spain for two weeks with my son (12, type 1 diabetic, on pens). Does his insulin need to ' +
      'stay in the fridge the whole time, even in the hand luggage? And what do we do with the used needles on ' +
      'the plane and at the hotel?',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // "Is there a link between fragile X syndrome and autism?" -> association (link between conditions)
    // "which gene is it?" -> genetic_changes (gene)
    message:
      'Is there a link between fragile X syndrome and autism? My nephew has both diagnoses and my sister is ' +
      'confused because the doctors talk about them like they are the same thing. Also which gene is it?',
    focus: 'fragile X syndrome',
    types: ['association', 'genetic_changes'],
  },
  {
    // "turner syndrome how common" -> frequency (how common)
    message: 'turner syndrome how common',
    focus: 'turner syndrome',
    types: ['frequency'],
  },
  {
    // "How many can I take in one day?" -> drug_usage (dose)
    // "Is it ok with my simvastatin?" -> interactions (other medicine)
    subject: 'colchicine for gout flare',
    message:
      'GP gave me colchicine 500mcg tablets for a gout attack in my big toe. The leaflet is confusing. How many ' +
      'can I take in one day? And is it ok with my simvastatin?',
    focus: 'colchicine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Could this be narcolepsy?" -> diagnosis (could this be X)
    // "What kind of specialist do I need to see?" -> find_specialist (doctors)
    message:
      'I fall asleep at my desk every afternoon no matter how much I sleep at night, and sometimes when I laugh ' +
      'hard my knees just give way and I have to sit down. Could this be narcolepsy? What kind of specialist do ' +
      'I need to see?',
    focus: 'narcolepsy',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "is there a diet that helps" -> lifestyle (diet)
    // "will it come back after the surgery?" -> prognosis (course)
    subject: 'hidradenitis suppurativa',
    message:
      "24F, had hidradenitis suppurativa since I was 16, armpits and groin. I'm having excision surgery on my " +
      'armpits next month. is there a diet that helps? and will it come back after the surgery or is that it',
    focus: 'hidradenitis suppurativa',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "should we get them tested?" -> diagnosis (should they be tested)
    // "will they end up in a wheelchair like his uncle?" -> prognosis (whether they will walk)
    message:
      'My husband has Charcot Marie Tooth type 1A (CMT1A), high arches and weak ankles, he wears braces. Our ' +
      'kids are 8 and 11 and seem fine. Should we get them tested? Will they end up in a wheelchair like his ' +
      'uncle did?',
    focus: 'CMT1A',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "what is the life expectancy" -> prognosis (life expectancy)
    // "is it contagious for my family?" -> susceptibility (can one catch it)
    message:
      'Good evening. My father is 61, he have pemphigus vulgaris since one year, blisters in the mouth and on ' +
      'the skin. He is taking cortisone. Please what is the life expectancy with this illness, and is it ' +
      'contagious for my family? We live together in small apartment. Thank you',
    focus: 'pemphigus vulgaris',
    types: ['prognosis', 'susceptibility'],
  },
  {
    // "What treatments are there for the seizures?" -> treatment (therapies)
    // "Are there any research studies we could join?" -> research (studies)
    subject: 'TSC baby with infantile spasms',
    message:
      'Our daughter is 5 months old. She was diagnosed with tuberous sclerosis complex after a scan showed ' +
      'tumours in her heart before she was born, and now she has started having infantile spasms, clusters of ' +
      'little jerks when she wakes up. We are in hospital right now. What treatments are there for the seizures? ' +
      'Are there any research studies we could join? We are desperate to protect her development.',
    focus: 'tuberous sclerosis complex',
    types: ['treatment', 'research'],
  },
  {
    // "Rett syndrome - which gene" -> genetic_changes (gene)
    // "is it inherited from the parents?" -> inheritance (runs in families)
    message: 'Rett syndrome - which gene? is it inherited from the parents? asking for my niece',
    focus: 'Rett syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "There is new medicine for the growth?" -> treatment (medicines)
    // "It is very expensive?" -> other (costs)
    // "he can do sports like football?" -> lifestyle (sports)
    message:
      'Good morning. I am from Brazil, my son have achondroplasia, he is 4 years. There is new medicine for the ' +
      'growth? I read something about vosoritide. It is very expensive? Also he can do sports like football with the ' +
      'other kids?',
    focus: 'achondroplasia',
    types: ['treatment', 'other', 'lifestyle'],
  },
  {
    // "metformin b12 deficency" -> side_effects (problem from the medicine)
    message: 'metformin b12 deficency',
    focus: 'metformin',
    types: ['side_effects'],
  },
  {
    // "Why can't she just stop it?" -> drug_usage (stopping)
    // "could the prednisone be why her blood sugar is high now?" -> side_effects (problem from the medicine)
    subject: 'tapering prednisone',
    message:
      'My mom (78) has been on prednisone 20 mg for polymyalgia rheumatica for 3 months. It worked like magic on ' +
      "the stiffness. The doctor says to lower it very slowly over a year. Why can't she just stop it once she " +
      'feels fine? And could the prednisone be why her blood sugar is high now? She was never diabetic.',
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Is lamotrigine safe during pregnancy?" -> contraindications (pregnancy)
    // "does it make the pill less effective, or the other way around?" -> interactions (other medicines)
    subject: 'lamotrigine and pregnancy',
    message:
      "I've had epilepsy since my teens and I'm on lamotrigine 200mg a day, no seizures for 4 years. My partner " +
      'and I want to try for a baby next year. Is lamotrigine safe during pregnancy? And until then, does it make ' +
      'the pill less effective, or the other way around?',
    focus: 'lamotrigine',
    types: ['contraindications', 'interactions'],
  },
  {
    // "What is the risk it happens again?" -> inheritance (chance the next baby has it)
    // "is there anything we can do to prevent it, like IVF with testing?" -> prevention (preventing it)
    subject: 'SMA type 1 - next pregnancy',
    message:
      'We lost our son to SMA type 1 when he was 9 months old, two years ago. We would like to have another ' +
      'child but we are terrified. What is the risk it happens again? Is there anything we can do to prevent ' +
      'it, like IVF with testing of the embryos?',
    focus: 'SMA type 1',
    types: ['inheritance', 'prevention'],
  },
];
