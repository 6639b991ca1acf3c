/**
 * "final16" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 0.975, type F1 0.877).
 * Never tuned on: change nothing because of its misses. Scored by final16.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final16 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL16_MESSAGES: ConsumerMessage[] = [
  {
    // "hypermobile ehlers danlos symptoms in teenagers" -> symptoms (its signs)
    message: 'hypermobile ehlers danlos symptoms in teenagers',
    focus: 'ehlers danlos',
    types: ['symptoms'],
  },
  {
    // "How long will he be able to walk?" -> prognosis (whether he will keep walking)
    // "Are there any clinical trials he could join?" -> research (clinical trials)
    // "is there a specialist clinic for Duchenne that we should go to?" -> find_specialist (expert clinic)
    subject: 'My son Ethan, 6, just diagnosed',
    message:
      "Hi, my name is Carla. Last month our son Ethan, who is 6, was diagnosed with Duchenne muscular dystrophy after his CK came back really high. He has always fallen a lot and has trouble with stairs but we thought he was just clumsy. The neurologist talked a lot but we were in shock and didn't take in much. How long will he be able to walk? Are there any clinical trials he could join? We live in rural Ohio and the nearest children's hospital is 3 hours away - is there a specialist clinic for Duchenne that we should go to? Thank you for any help.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'find_specialist'],
  },
  {
    // "Is it ok to have a glass of wine at the weekend?" -> interactions (medicine with alcohol)
    // "should I take it now on thursday or just skip it?" -> drug_usage (missed dose)
    subject: 'methotrexate and wine',
    message:
      "I've been on methotrexate 15mg weekly for my rheumatoid arthritis for about 4 months. Is it ok to have a glass of wine at the weekend? Also I forgot my dose on Monday (I take it Mondays), should I take it now on thursday or just skip it?",
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "There is other medicine or operation for this illness?" -> treatment (other therapies, surgery)
    // "it will become more worse with the age?" -> prognosis (whether it gets worse)
    message:
      'Hello, my mother is 67 years and she have myasthenia gravis since two years. Her eyes are falling down and she is tired very much when she speak long time. The doctor in our country give her only pyridostigmine. There is other medicine or operation for this illness? And it will become more worse with the age? Thank you very much from Romania.',
    focus: 'myasthenia gravis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "What are the odds that I have it and that my kids will get it?" -> inheritance (chance relatives have it)
    // "Should I get tested, and is it even worth knowing?" -> diagnosis (whether to be tested)
    subject: 'Dad has Huntingtons - what about us?',
    message:
      "My father was diagnosed with Huntington's disease last year at 52. I'm 28 and have two little kids. What are the odds that I have it and that my kids will get it? Should I get tested, and is it even worth knowing?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "how common is cf in the uk" -> frequency (how common)
    message: 'how common is cf in the uk',
    focus: 'cf',
    types: ['frequency'],
  },
  {
    // "My mom says I can't eat salad or spinach anymore is that true??" -> interactions (medicine with food)
    // "can I stay on it if I get pregnant" -> contraindications (pregnancy)
    subject: 'coumadin + greens?',
    message:
      "I was put on coumadin after a blood clot in my leg. My mom says I can't eat salad or spinach anymore is that true?? also me and my husband were trying for a baby, can I stay on it if I get pregnant",
    focus: 'coumadin',
    types: ['interactions', 'contraindications'],
  },
  {
    // "what causes sarcoidosis" -> cause (why it happens)
    // "is it contagious" -> susceptibility (whether one can catch it)
    message: 'what causes sarcoidosis and is it contagious',
    focus: 'sarcoidosis',
    types: ['cause', 'susceptibility'],
  },
  {
    // "Can she keep playing on her school team?" -> lifestyle (sports)
    // "which gene is it?" -> genetic_changes (which gene)
    subject: 'Basketball and Marfan',
    message:
      "Our 14 yr old daughter was diagnosed with Marfan syndrome this spring. She is 6ft 1 and lives for basketball. Can she keep playing on her school team? Her cardiologist said her aortic root is 'mildly enlarged'. Also, which gene is it? They did genetic testing but we haven't gotten the results letter yet.",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'genetic_changes'],
  },
  {
    // "what is metformin for?" -> indication (what a medicine is for)
    // "I read it makes people loose weight, is that a side effect?" -> side_effects (a medicine's side effect)
    message:
      'what is metformin for? my doctor wants me to start it for prediabetes. I read it makes people loose weight, is that a side effect?',
    focus: 'metformin',
    types: ['indication', 'side_effects'],
  },
  {
    // "how do they confirm it for sure?" -> diagnosis (how it is confirmed)
    // "what will she be able to eat" -> lifestyle (diet)
    subject: 'baby failed the heel prick test',
    message:
      'our newborn got a call back from the heel prick screening for PKU and they want to do more bloods. how do they confirm it for sure? if she has it what will she be able to eat, is it a special diet for life',
    focus: 'PKU',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "wilsons diseaes treatmant options" -> treatment (therapies)
    // "what happens if its not treated" -> complications (untreated)
    message: 'wilsons diseaes treatmant options and what happens if its not treated',
    focus: 'Wilson disease',
    types: ['treatment', 'complications'],
  },
  {
    // "Could the flu shot have caused this?" -> association (a named exposure asked as its cause)
    // "Will he recover and walk again?" -> prognosis (whether he will recover)
    subject: 'flu jab and GBS?',
    message:
      "My husband (58) got his flu shot and about 3 weeks later his feet went numb and then he couldn't walk. He's in ICU now with guillain barre syndrome. Could the flu shot have caused this? Will he recover and walk again? The doctors say it can take months.",
    focus: 'guillain barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "Can NF1 turn into cancer?" -> complications (turning into another condition)
    message:
      'Can NF1 turn into cancer? My son has lots of cafe au lait spots and a couple of soft bumps under the skin and I am scared.',
    focus: 'NF1',
    types: ['complications'],
  },
  {
    // "is there any cure or am I going to be on hydroxychloroquine forever?" -> treatment (cure, managing it)
    // "are there support groups for young women with lupus around Manchester?" -> find_specialist (support groups)
    subject: 'newly diagnosed SLE',
    message:
      'hi all, 31F, just diagnosed with lupus after a year of joint pain, rashes and being exhausted. is there any cure or am I going to be on hydroxychloroquine forever? and are there support groups for young women with lupus around Manchester?',
    focus: 'lupus',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "What are the long-term side effects?" -> side_effects (a medicine's side effects)
    // "why can't I just stop, and how do people usually taper?" -> drug_usage (stopping)
    message:
      "Been on prednisone 40mg for 6 weeks for a bad asthma flare. What are the long-term side effects? My doctor says I need to taper and not just stop - why can't I just stop, and how do people usually taper?",
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "any info please?" -> information (overview; the condition is named in the subject)
    subject: 'tuberous sclerosis',
    message: 'any info please? my nephew was just diagnosed and the family does not know anything about it',
    focus: 'tuberous sclerosis',
    types: ['information'],
  },
  {
    // "Is there a link between the two?" -> association (link between two conditions)
    // "What test do they do - is it just a blood test or does she need a scope?" -> diagnosis (tests)
    subject: 'coeliac + type 1',
    message:
      'My daughter has type 1 diabetes and her endo said we should screen her for coeliac disease every year. Is there a link between the two? What test do they do - is it just a blood test or does she need a scope?',
    focus: 'coeliac disease',
    types: ['association', 'diagnosis'],
  },
  {
    // "Is there anything we can do to stop them happening?" -> prevention (preventing the crises)
    // "what are the chances our next baby will have it too?" -> inheritance (chance for the next baby)
    message:
      'My son is 4 and has sickle cell anemia. He has had 3 pain crises this year and ended up in hospital every time. Is there anything we can do to stop them happening? Me and my wife are both carriers - what are the chances our next baby will have it too?',
    focus: 'sickle cell anemia',
    types: ['prevention', 'inheritance'],
  },
  {
    // "does coffee stop it working?" -> interactions (medicine with food/drink)
    // "is it better to take it at bedtime instead" -> drug_usage (timing)
    subject: 'synthroid with coffee??',
    message:
      "I take it in the morning with my coffee bc I'm always rushing to work. does coffee stop it working? and is it better to take it at bedtime instead",
    focus: 'synthroid',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "what is the usual life expectancy?" -> prognosis (life expectancy)
    // "Are there any new drugs being tested that he could try?" -> research (new treatments studied)
    subject: 'my best friend has ALS',
    message:
      "My best friend since college, Mark, was just told he has ALS. He's 44. I don't want to ask him directly - what is the usual life expectancy? Are there any new drugs being tested that he could try?",
    focus: 'ALS',
    types: ['prognosis', 'research'],
  },
  {
    // "how common is gauchers disease in ashkenazi jews?" -> frequency (how common in a population)
    // "What is the treatment, there is medicine?" -> treatment (therapies)
    message:
      'Hello doctor, I am from Israel, my english not so good. How common is gauchers disease in ashkenazi jews? The cousin of my husband have it now and we are both ashkenazi. What is the treatment, there is medicine for it?',
    focus: 'gauchers disease',
    types: ['frequency', 'treatment'],
  },
  {
    // "What are the symptoms?" -> symptoms (its signs)
    // "What damage can it do if it's not treated?" -> complications (untreated)
    subject: 'high ferritin',
    message:
      "My GP found my ferritin is 900 and says it might be haemochromatosis. What are the symptoms? I've been really tired and my joints ache. What damage can it do if it's not treated?",
    focus: 'haemochromatosis',
    types: ['symptoms', 'complications'],
  },
  {
    // "why is it so dangerous in pregnancy?" -> contraindications (pregnancy)
    // "does the capsule have gelatin in it?" -> ingredients (what it contains)
    message:
      "Im 19 and my dermatologist wants to put me on accutane for cystic acne. I have to sign a form about not getting pregnant, why is it so dangerous in pregnancy? Also I'm vegetarian, does the capsule have gelatin in it?",
    focus: 'accutane',
    types: ['contraindications', 'ingredients'],
  },
  {
    // "What causes narcolepsy?" -> cause (why it happens)
    // "Can I still get a driving licence?" -> lifestyle (driving, daily life)
    message: 'What causes narcolepsy? I was diagnosed at 22 with type 1. Can I still get a driving licence?',
    focus: 'narcolepsy',
    types: ['cause', 'lifestyle'],
  },
  {
    // "Can it damage his heart long term?" -> complications (other problems it leads to)
    // "Nobody could tell us what causes it, do you know?" -> cause (why it happens)
    subject: 'Kawasaki disease - heart?',
    message:
      'My 2 year old was in hospital last week with it, they gave him IVIG and he is much better now. Can it damage his heart long term? Nobody could tell us what causes it, do you know?',
    focus: 'Kawasaki disease',
    types: ['complications', 'cause'],
  },
  {
    // "Does his insulin need to be kept in the fridge the whole time?" -> storage_disposal (storing)
    // "What should we do with used pens and needles at the hotel?" -> storage_disposal (throwing away; same type)
    subject: 'travelling with insulin',
    message:
      "We're flying to Spain for two weeks in August with our 10 year old who has type 1 diabetes. Does his insulin need to be kept in the fridge the whole time, or is it ok in a bag at room temperature? What should we do with used pens and needles at the hotel?",
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // "could this be prader willy syndrome?" -> diagnosis (whether her signs could be it)
    // "what test would show it?" -> diagnosis (tests; same type)
    // "does it always cause learning difficulties" -> symptoms (whether a sign belongs to it)
    message:
      "my baby was very floppy at birth and didnt feed well, now at 2 she's always hungry and has tantrums over food. could this be prader willy syndrome? what test would show it? does it always cause learning difficulties",
    focus: 'Prader-Willi syndrome',
    types: ['diagnosis', 'symptoms'],
  },
  {
    // "Could I be a carrier?" -> inheritance (carriers)
    // "What exactly is the mutation?" -> genetic_changes (which mutation)
    message:
      "My brother's son has fragile X syndrome. I'm pregnant with my first. Could I be a carrier? What exactly is the mutation - someone mentioned 'repeats'?",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "my neuro says low vitamin d is linked to ms, is that true?" -> association (link with an exposure)
    // "is there any diet that helps" -> lifestyle (diet)
    subject: 'vitamin D and MS',
    message:
      'i have relapsing remitting ms (dx 2019). my neuro says low vitamin d is linked to ms, is that true? is there any diet that helps, like the wahls or swank diet',
    focus: 'ms',
    types: ['association', 'lifestyle'],
  },
  {
    // "is it from the antibiotic??" -> side_effects (whether a problem comes from the medicine)
    // "what do i do with the rest of the bottle we didnt use" -> storage_disposal (throwing away)
    message:
      'my son got a rash all over his tummy on day 5 of amoxicilin for an ear infection, is it from the antibiotic?? and what do i do with the rest of the bottle we didnt use',
    focus: 'amoxicillin',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // "What is the achalasia?" -> information (what it is)
    // "Which operations exist for it?" -> treatment (surgery)
    message:
      'Good day. My aunt have trouble to swallow since many months and now the doctor say she has the achalasia. What is the achalasia? Which operations exist for it? Thanks.',
    focus: 'achalasia',
    types: ['information', 'treatment'],
  },
  {
    // "Will I go completely blind?" -> prognosis (course)
    // "is there research or trials I could join in Canada?" -> research (trials, gene therapy)
    subject: 'will I go blind?',
    message:
      'I am 25 and was diagnosed with retinitis pigmentosa. My night vision is bad and my side vision is shrinking. Will I go completely blind? I heard about gene therapy for RP - is there research or trials I could join in Canada?',
    focus: 'retinitis pigmentosa',
    types: ['prognosis', 'research'],
  },
  {
    // "can you catch lymes disease from your partner?" -> susceptibility (whether one can catch it)
    // "how do i protect myself from ticks when hiking" -> prevention (preventing it)
    message: 'can you catch lymes disease from your partner? how do i protect myself from ticks when hiking',
    focus: 'lymes disease',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "how much advil can i give my 3 year old" -> drug_usage (dose)
    // "can i alternate it with tylenol" -> interactions (with another medicine)
    message: 'how much advil can i give my 3 year old she weighs 15kg. and can i alternate it with tylenol',
    focus: 'advil',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Does stress actually trigger attacks?" -> cause (what brings on its attacks)
    // "Is there a medicine to take every day to prevent them?" -> prevention (preventing attacks)
    subject: 'HAE attacks',
    message:
      'I have hereditary angioedema type 1. My swelling attacks seem to come after stressful weeks at work and after dental work. Does stress actually trigger attacks? Is there a medicine to take every day to prevent them instead of only treating them when they happen?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // "Can you give us information about it?" -> information (overview)
    // "will our insurance pay for her treatment?" -> other (insurance)
    subject: 'SMA type 1 - insurance',
    message:
      'Our daughter (5 months) has just been diagnosed with spinal muscular atrophy type 1. We had never heard of it. Can you give us information about it? The doctors mentioned gene therapy, will our insurance pay for her treatment? We heard it costs millions.',
    focus: 'spinal muscular atrophy',
    types: ['information', 'other'],
  },
  {
    // "addisons disease how rare is it" -> frequency (how rare)
    // "what are symptoms" -> symptoms (its signs)
    message: 'addisons disease how rare is it and what are symptoms',
    focus: 'addisons disease',
    types: ['frequency', 'symptoms'],
  },
  {
    // "What other treatments are there - is surgery an option?" -> treatment (therapies, surgery)
    // "Where can I find a neurosurgeon who specializes in this in the Netherlands?" -> find_specialist (doctors)
    subject: 'face pain like electric shocks',
    message:
      'For 3 years I have had trigeminal neuralgia on the right side. Carbamazepine worked at first but now makes me so dizzy I cant work. What other treatments are there - is surgery an option? Where can I find a neurosurgeon who specializes in this in the Netherlands?',
    focus: 'trigeminal neuralgia',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "how does this work for gout?" -> indication (how a medicine works)
    // "is it safe for me to take?" -> contraindications (precautions, kidney disease)
    subject: 'Allopurinol',
    message:
      'how does this work for gout? I just got prescribed it but my doctor also said I have kidney problems (CKD stage 3), is it safe for me to take?',
    focus: 'Allopurinol',
    types: ['indication', 'contraindications'],
  },
];
