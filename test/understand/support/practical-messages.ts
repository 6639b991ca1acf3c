/**
 * "practical" set. Messages mixing practical matters (costs, insurance, benefits, paperwork, travel, driving)
 * with medical questions. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 0.975, type F1 0.722). Scored
 * by practical.test.ts and by `npx tsx test/understand/support/score-messages.ts --practical --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PRACTICAL_MESSAGES: ConsumerMessage[] = [
  {
    // "Do I have to tell the DVLA and my car insurance myself or does the neurologist do that?" -> other (licence and insurance paperwork)
    // "is it likely to get worse over the years?" -> prognosis (course of the condition)
    subject: 'driving after first seizures',
    message:
      "I was diagnosed with epilepsy in March after two seizures at work. Do I have to tell the DVLA and my car insurance myself or does the neurologist do that? Also is it likely to get worse over the years? I'm 34.",
    focus: 'epilepsy',
    types: ['other', 'prognosis'],
  },
  {
    // "Do we need a letter from her consultant to take her Creon, nebuliser and the hypertonic saline through security and on the plane?" -> other (travel documents)
    // "should she be having extra salt or salty snacks while we're in the heat?" -> lifestyle (diet on holiday)
    subject: 'Flying to Spain with CF',
    message:
      "Hi, my daughter is 9 and has CF. We are flying to Malaga in July, first time abroad since she was diagnosed. Do we need a letter from her consultant to take her Creon, nebuliser and the hypertonic saline through security and on the plane? And I read that CF kids lose more salt when they sweat, should she be having extra salt or salty snacks while we're in the heat? Thanks so much",
    focus: 'CF',
    types: ['other', 'lifestyle'],
  },
  {
    // "how do i adjust my long acting insulin dose with the 10 hour time change?" -> drug_usage (dose and timing)
    // "can the spare pens go in the hold or will they freeze" -> storage_disposal (storing the medicine)
    // "do i need a gp letter for the needles" -> other (travel document)
    message:
      'flying london to sydney next month, i use insulin pens (basal bolus). how do i adjust my long acting insulin dose with the 10 hour time change? can the spare pens go in the hold or will they freeze. do i need a gp letter for the needles',
    focus: 'insulin',
    types: ['drug_usage', 'storage_disposal', 'other'],
  },
  {
    // "is there a standard form, and who is supposed to fill it in, us or the hospital?" -> other (school paperwork)
    // "why does that set it off?" -> cause (what brings on the crises)
    // "Should he be excused from swimming lessons?" -> lifestyle (school and sport)
    subject: 'starting secondary school',
    message:
      "My son Kwame has sickle cell disease and starts secondary school in September. The school has asked for an individual health care plan - is there a standard form, and who is supposed to fill it in, us or the hospital? He tends to get a crisis after swimming in cold water or if he doesn't drink enough, why does that set it off? Should he be excused from swimming lessons?",
    focus: 'sickle cell disease',
    types: ['other', 'cause', 'lifestyle'],
  },
  {
    // "Is there anything we can do to get a longer authorization or appeal this?" -> other (insurance)
    // "we keep hearing about gene therapy for hemophilia, are there trials he could be part of?" -> research (clinical trials)
    message:
      "Our insurance switched us to a new plan in January and now they want a prior authorization every month for my son's factor VIII. He has severe hemophilia A and we can't have gaps. Is there anything we can do to get a longer authorization or appeal this? And we keep hearing about gene therapy for hemophilia, are there trials he could be part of? He's 16.",
    focus: 'hemophilia A',
    types: ['other', 'research'],
  },
  {
    // "Is modafinil allowed in Japan or do I need some kind of import certificate (Yakkan Shoumei?) to bring six months supply?" -> other (getting a medicine abroad)
    // "I'm on the combined pill, does modafinil stop it working?" -> interactions (with another medicine)
    subject: 'modafinil in Japan',
    message:
      "I take modafinil 200mg for narcolepsy and I'm being sent to Tokyo for work for six months. Is modafinil allowed in Japan or do I need some kind of import certificate (Yakkan Shoumei?) to bring six months supply? Also I'm on the combined pill, does modafinil stop it working?",
    focus: 'modafinil',
    types: ['other', 'interactions'],
  },
  {
    // "Does MS fatigue actually count for PIP?" -> other (disability benefits)
    // "Is there a charity that helps people fill these forms in?" -> find_specialist (patient organization)
    // "can stress bring on a relapse?" -> cause (what brings on its attacks)
    message:
      "I was diagnosed with relapsing MS last year (38F). I'm filling in the PIP form and I don't know how to describe the fatigue, it's not something you can see. Does MS fatigue actually count for PIP? Is there a charity that helps people fill these forms in? Also my neuro says stress doesn't cause relapses but every relapse I've had was during a stressful time - can stress bring on a relapse?",
    focus: 'MS',
    types: ['other', 'find_specialist', 'cause'],
  },
  {
    // "If I test positive do I have to tell life insurance companies or my employer?" -> other (insurance disclosure)
    // "What are the chances I have it?" -> inheritance (chance a child of an affected parent has it)
    message:
      "My mum has Huntington's disease. I'm 29 and thinking about being tested. If I test positive do I have to tell life insurance companies or my employer? What are the chances I have it?",
    focus: "Huntington's disease",
    types: ['other', 'inheritance'],
  },
  {
    // "can i have a few beers while im there?" -> interactions (with alcohol)
    // "my injection day is saturday, can i do it on thursday that week instead?" -> drug_usage (timing of doses)
    // "do i need anything to show the airport for the syringes" -> other (travel document)
    message:
      'going on a stag do in Prague next month. im on methotrexate injections once a week for psoriatic arthritis. can i have a few beers while im there? my injection day is saturday, can i do it on thursday that week instead? and do i need anything to show the airport for the syringes',
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage', 'other'],
  },
  {
    // "Are we entitled to any financial help, like Disability Living Allowance or Carer's Allowance?" -> other (benefits)
    // "what other heart or health problems should we watch for as she gets older?" -> complications (problems it can lead to)
    subject: 'financial help?',
    message:
      "We have a two year old daughter with Down syndrome. I had to drop to part time to take her to all her appointments. Are we entitled to any financial help, like Disability Living Allowance or Carer's Allowance? She had a small hole in the heart that closed by itself, but what other heart or health problems should we watch for as she gets older?",
    focus: 'Down syndrome',
    types: ['other', 'complications'],
  },
  {
    // "What paperwork do I need to take them through customs in Kathmandu?" -> other (travel documents)
    // "can altitude or a long flight trigger a swelling attack?" -> cause (what brings on its attacks)
    message:
      "I have HAE type 1 and I'm planning a trekking trip in Nepal in October. I carry icatibant syringes for attacks. What paperwork do I need to take them through customs in Kathmandu? And can altitude or a long flight trigger a swelling attack?",
    focus: 'HAE',
    types: ['other', 'cause'],
  },
  {
    // "can my GP give me a fit note for amended duties instead of signing me off completely?" -> other (work paperwork)
    // "what triggers the ulcers" -> cause (what brings on its attacks)
    subject: 'behcets and work',
    message:
      'i work in a call centre and with behcets my mouth ulcers are so bad some weeks i can barely talk. can my GP give me a fit note for amended duties instead of signing me off completely? what triggers the ulcers, i cant see a pattern',
    focus: 'Behcet disease',
    types: ['other', 'cause'],
  },
  {
    // "Can he still get gluten-free bread and pasta on prescription when he registers with a GP there?" -> other (prescriptions and costs)
    // "is coeliac hereditary, should his younger sister worry?" -> inheritance (whether a sibling may have it)
    message:
      "My son (19) was just diagnosed with coeliac disease and he's off to university in September. Can he still get gluten-free bread and pasta on prescription when he registers with a GP there? And is coeliac hereditary, should his younger sister worry?",
    focus: 'coeliac disease',
    types: ['other', 'inheritance'],
  },
  {
    // "can she get access arrangements for her GCSEs like extra time or a separate room" -> other (exam arrangements)
    // "what evidence does the school need from the doctor?" -> other (school paperwork)
    // "why do the tics get worse when shes stressed" -> cause (what brings on the tics)
    message:
      'my daughter has tourettes and her tics go through the roof in exams. can she get access arrangements for her GCSEs like extra time or a separate room, and what evidence does the school need from the doctor? why do the tics get worse when shes stressed',
    focus: 'Tourette syndrome',
    types: ['other', 'cause'],
  },
  {
    // "Can we apply for a Blue Badge now or do we have to wait until he uses a wheelchair?" -> other (disability parking paperwork)
    // "At what age do boys with DMD usually stop walking?" -> prognosis (whether he will keep walking)
    message:
      'Our son is 8 and has Duchenne. He still walks but gets tired after short distances and falls a lot. Can we apply for a Blue Badge now or do we have to wait until he uses a wheelchair? At what age do boys with DMD usually stop walking?',
    focus: 'DMD',
    types: ['other', 'prognosis'],
  },
  {
    // "Will my travel insurance cover me or do I have to declare it as a pre-existing condition?" -> other (travel insurance)
    // "is it OK to have a few glasses of wine at the wedding while on warfarin?" -> interactions (with alcohol)
    message:
      "I'm on warfarin because of factor V Leiden and a DVT two years ago. We're flying to Vancouver for my daughter's wedding in May. Will my travel insurance cover me or do I have to declare it as a pre-existing condition? And is it OK to have a few glasses of wine at the wedding while on warfarin?",
    focus: 'warfarin',
    types: ['other', 'interactions'],
  },
  {
    // "Is Crohn's classed as a disability under the Equality Act so they have to make reasonable adjustments?" -> other (employment rights)
    // "is there a particular diet I should be following?" -> lifestyle (diet)
    subject: 'Time off work with Crohns',
    message:
      "I have Crohn's disease and I've had 11 days off sick this year with flares. My manager has started talking about a disciplinary. Is Crohn's classed as a disability under the Equality Act so they have to make reasonable adjustments? Also is there a particular diet I should be following?",
    focus: "Crohn's disease",
    types: ['other', 'lifestyle'],
  },
  {
    // "How should I space my doses when I'm awake at night and sleeping in the day?" -> drug_usage (timing of doses)
    // "do I have to tell occupational health about my condition?" -> other (work disclosure)
    message:
      "I take pyridostigmine 60mg four times a day for myasthenia gravis. I'm starting a job with rotating night shifts next month. How should I space my doses when I'm awake at night and sleeping in the day? And do I have to tell occupational health about my condition?",
    focus: 'pyridostigmine',
    types: ['drug_usage', 'other'],
  },
  {
    // "How do we make sure his treatment continues there and who pays for it, the German or Portuguese insurance?" -> other (insurance when moving abroad)
    // "is there a tablet instead of infusions?" -> treatment (therapies)
    message:
      'My husband has Gaucher disease type 1 and gets enzyme infusions every two weeks here in Germany. We are moving to Portugal for my job next year. How do we make sure his treatment continues there and who pays for it, the German or Portuguese insurance? Also is there a tablet instead of infusions? It would make travelling easier.',
    focus: 'Gaucher disease',
    types: ['other', 'treatment'],
  },
  {
    // "What do we need to bring it legally?" -> other (getting a medicine abroad)
    // "is it ok for him to have a break from it during the holidays?" -> drug_usage (stopping the medicine)
    message:
      "My son takes Ritalin for ADHD. We're visiting family in Dubai over the summer and I heard it's a controlled drug there and people have been arrested. What do we need to bring it legally? Also is it ok for him to have a break from it during the holidays?",
    focus: 'Ritalin',
    types: ['other', 'drug_usage'],
  },
  {
    // "Is there any help with the cost of low protein foods for PKU?" -> other (costs)
    // "Is there any medication that would let my daughter eat more normal protein?" -> treatment (medicines for it)
    subject: 'cost of low protein food',
    message:
      'Is there any help with the cost of low protein foods for PKU? The special bread and pasta are so expensive and not all of it is on prescription. Is there any medication that would let my daughter eat more normal protein?',
    focus: 'PKU',
    types: ['other', 'treatment'],
  },
  {
    // "will my medical history get me rejected at the medical?" -> other (job eligibility)
    // "what exercise is safe for me to do" -> lifestyle (exercise)
    message:
      'Im 18 and have Marfan syndrome, my aortic root is slightly enlarged but stable. I want to join the army. will my medical history get me rejected at the medical? what exercise is safe for me to do',
    focus: 'Marfan syndrome',
    types: ['other', 'lifestyle'],
  },
  {
    // "Can I order it from a pharmacy in another country?" -> other (getting a medicine abroad)
    // "is it OK to miss a few days until it comes in?" -> drug_usage (missed doses)
    message:
      "My pharmacy says hydroxychloroquine is out of stock and they don't know when it'll be back. I take it for lupus. Can I order it from a pharmacy in another country? And is it OK to miss a few days until it comes in?",
    focus: 'hydroxychloroquine',
    types: ['other', 'drug_usage'],
  },
  {
    // "what happens after that, will they take his licence off him straight away?" -> other (driving licence)
    // "hes also been getting confused and seeing things at night, is that part of the parkinsons?" -> symptoms (whether a sign belongs to it)
    message:
      'my dad is 74 and has parkinsons. the GP told him he has to tell the DVLA. what happens after that, will they take his licence off him straight away? hes also been getting confused and seeing things at night, is that part of the parkinsons?',
    focus: "Parkinson's disease",
    types: ['other', 'symptoms'],
  },
  {
    // "Is it possible to get a Class 1 medical to become a commercial pilot with T1D?" -> other (licence eligibility)
    // "My last HbA1c was 8.1, can that damage my eyes or kidneys long term?" -> complications (problems it can lead to)
    subject: 'pilot with T1D?',
    message:
      "I'm 17 and have had type 1 diabetes since I was 12. Is it possible to get a Class 1 medical to become a commercial pilot with T1D? My last HbA1c was 8.1, can that damage my eyes or kidneys long term?",
    focus: 'type 1 diabetes',
    types: ['other', 'complications'],
  },
  {
    // "Do they have to cover it if we appeal?" -> other (insurance)
    // "Are there any patient groups that help families with appeals like this?" -> find_specialist (patient organizations)
    // "What is the life expectancy without treatment?" -> prognosis (life expectancy)
    message:
      'Our baby girl was diagnosed with SMA type 1 at 6 weeks. The neurologist wants to start Spinraza but our insurance has denied it. Do they have to cover it if we appeal? Are there any patient groups that help families with appeals like this? What is the life expectancy without treatment? We are desperate.',
    focus: 'SMA',
    types: ['other', 'find_specialist', 'prognosis'],
  },
  {
    // "If I get diarrhoea and vomiting what do I do with my hydrocortisone, how much extra do I take?" -> drug_usage (sick-day dosing)
    // "do I need a letter for customs for the emergency injection kit?" -> other (travel documents)
    message:
      "I have Addison's and I'm going backpacking in Vietnam and Thailand for 2 months. If I get diarrhoea and vomiting what do I do with my hydrocortisone, how much extra do I take? And do I need a letter for customs for the emergency injection kit?",
    focus: 'hydrocortisone',
    types: ['drug_usage', 'other'],
  },
  {
    // "Am I entitled to paid time off for hospital treatment?" -> other (time off work)
    // "what would happen to my kidneys if I skipped some infusions?" -> complications (what happens when not treated)
    message:
      'I have Fabry disease and get an enzyme infusion every other week, which means a half day off work each time. My boss is getting annoyed. Am I entitled to paid time off for hospital treatment? And what would happen to my kidneys if I skipped some infusions?',
    focus: 'Fabry disease',
    types: ['other', 'complications'],
  },
  {
    // "does EDS qualify for SSDI?" -> other (disability benefits)
    // "whats the process" -> other (benefits paperwork)
    // "is it genetic" -> inheritance (whether it runs in families)
    message:
      'have hEDS, some weeks i cant work at all because of joint pain and dislocations. does EDS qualify for SSDI? whats the process. also is it genetic, my 10 yr old daughter is super bendy too',
    focus: 'hEDS',
    types: ['other', 'inheritance'],
  },
  {
    // "Can my doctor write "dispense as written" and would they have to cover it then?" -> other (insurance)
    // "I've been really irritable and snappy since the dose went up, could that be the Keppra?" -> side_effects (whether a problem comes from the medicine)
    message:
      'Our insurance won\'t pay for brand name Keppra anymore, only generic levetiracetam. Can my doctor write "dispense as written" and would they have to cover it then? Also I\'ve been really irritable and snappy since the dose went up, could that be the Keppra?',
    focus: 'Keppra',
    types: ['other', 'side_effects'],
  },
  {
    // "When do I legally have to give up my driving licence?" -> other (driving licence)
    // "Will I go completely blind?" -> prognosis (course of the condition)
    // "Are there any clinical trials I could join?" -> research (clinical trials)
    subject: 'stargardt and driving',
    message:
      'Diagnosed with Stargardt disease at 23, central vision getting worse. When do I legally have to give up my driving licence? Will I go completely blind? Are there any clinical trials I could join?',
    focus: 'Stargardt disease',
    types: ['other', 'prognosis', 'research'],
  },
  {
    // "Are there any patient assistance programs for this?" -> other (costs)
    // "What test would they need to find out if they have it or carry it?" -> diagnosis (tests)
    message:
      "Long story short: I'm 52, never smoked, got breathless, and after two years of being told it was asthma I was diagnosed with alpha-1 antitrypsin deficiency (ZZ). My pulmonologist wants me to start weekly augmentation infusions, but my plan only covers part of it and the copay is over $1,000 a month. Are there any patient assistance programs for this? I have three grown children. What test would they need to find out if they have it or carry it?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['other', 'diagnosis'],
  },
  {
    // "How do we arrange special assistance and can we take his own wheelchair to the gate?" -> other (travel arrangements)
    // "will they get less frequent when he's older?" -> prognosis (course of the condition)
    message:
      "We're flying with our 4 year old who has osteogenesis imperfecta type 3. How do we arrange special assistance and can we take his own wheelchair to the gate? Also he's had 14 fractures already, will they get less frequent when he's older?",
    focus: 'osteogenesis imperfecta',
    types: ['other', 'prognosis'],
  },
  {
    // "Could the welding fumes have caused it?" -> association (named exposure asked as its cause)
    // "If they did, can I claim Industrial Injuries Disablement Benefit?" -> other (benefits)
    // "is it safe for me to keep welding?" -> lifestyle (work)
    message:
      "I've been a welder for 20 years and was just diagnosed with sarcoidosis in my lungs. Could the welding fumes have caused it? If they did, can I claim Industrial Injuries Disablement Benefit? And is it safe for me to keep welding?",
    focus: 'sarcoidosis',
    types: ['association', 'other', 'lifestyle'],
  },
  {
    // "is it just shellfish, liver and chocolate or more?" -> lifestyle (diet)
    // "will the school's travel insurance cover a pre-existing condition like this, or do we need our own?" -> other (travel insurance)
    message:
      "My son has Wilson's disease and is going on a 3 week school exchange to France. The host family asked what he can't eat - is it just shellfish, liver and chocolate or more? Also will the school's travel insurance cover a pre-existing condition like this, or do we need our own?",
    focus: "Wilson's disease",
    types: ['lifestyle', 'other'],
  },
  {
    // "Is growth hormone actually a standard treatment for Turner syndrome?" -> treatment (therapies)
    // "How do we appeal the decision?" -> other (insurance)
    message:
      'Our insurer has refused growth hormone for our 7 year old with Turner syndrome, saying it\'s "cosmetic". Is growth hormone actually a standard treatment for Turner syndrome? How do we appeal the decision?',
    focus: 'Turner syndrome',
    types: ['treatment', 'other'],
  },
  {
    // "how long can the pens stay out of the fridge?" -> storage_disposal (storing the medicine)
    // "will the airline let me take a cool bag in the cabin or do i need a letter" -> other (travel documents)
    subject: 'enbrel and camping',
    message:
      'i inject enbrel weekly for ankylosing spondylitis. going camping in france for 10 days - how long can the pens stay out of the fridge? and will the airline let me take a cool bag in the cabin or do i need a letter',
    focus: 'enbrel',
    types: ['storage_disposal', 'other'],
  },
  {
    // "Do I have to tell the DVLA about the lithium or only about the bipolar?" -> other (driving licence)
    // "My hands have started shaking a lot, is that the lithium?" -> side_effects (whether a problem comes from the medicine)
    message:
      'I take lithium for bipolar disorder and drive lorries for a living. Do I have to tell the DVLA about the lithium or only about the bipolar? My hands have started shaking a lot, is that the lithium?',
    focus: 'lithium',
    types: ['other', 'side_effects'],
  },
  {
    // "Do I have to declare it?" -> other (insurance disclosure)
    // "What's the chance my kids have it?" -> inheritance (chance a child has it)
    // "Will I end up on dialysis like he did?" -> prognosis (outlook)
    message:
      "We're applying for a mortgage and the life insurance form asks about kidney disease. My dad had polycystic kidney disease and a scan last year showed I have a few cysts too. Do I have to declare it? What's the chance my kids have it? Will I end up on dialysis like he did?",
    focus: 'polycystic kidney disease',
    types: ['other', 'inheritance', 'prognosis'],
  },
  {
    // "how do I apply for extenuating circumstances or a reduced study load, does the uni need a letter from my GP?" -> other (university paperwork)
    // "is there anything that actually helps with the fatigue" -> treatment (managing it)
    message:
      'Hi im a 2nd year student with ME/CFS, diagnosed in first year. ive missed loads of deadlines. how do I apply for extenuating circumstances or a reduced study load, does the uni need a letter from my GP? and is there anything that actually helps with the fatigue, pacing isnt enough',
    focus: 'ME/CFS',
    types: ['other', 'treatment'],
  },
];
