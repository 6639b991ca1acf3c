/**
 * "diabetes" set. Messages about rare and unusual kinds of diabetes and blood sugar problems, their medicines
 * and tests, with other questions about the condition. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.925, type F1 0.734). Scored by diabetes.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --diabetes --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DIABETES_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the condition is, an overview -> information.
  {
    message: 'what is wolfram syndrome?? our neighbours boy has it',
    focus: 'Wolfram syndrome',
    types: ['information'],
  },
  // why: asks whether it runs in families, with a next baby in mind -> inheritance.
  {
    message:
      'Is congenital hyperinsulinism passed down in families? Our newborn daughter was just diagnosed and we are hoping for another baby someday.',
    focus: 'congenital hyperinsulinism',
    types: ['inheritance'],
  },
  // why: how to give the tablets and how often is how to take a medicine -> drug_usage; the medicine is the focus.
  {
    subject: 'Glibenclamide for our baby',
    message:
      'Our 6 week old with neonatal diabetes has been switched from insulin to glibenclamide tablets - do we crush them and mix with breast milk or water, and how often does he need it?',
    focus: 'glibenclamide',
    types: ['drug_usage'],
  },
  // why: fridge or room temperature is storing a medicine -> storage_disposal.
  {
    message: 'Does octreotide have to be kept in the fridge or is room temp ok for a few days?',
    focus: 'octreotide',
    types: ['storage_disposal'],
  },
  // why: how rare it is -> frequency.
  {
    message: 'How rare is Donohue syndrome? The genetics doctor said she had never seen a case.',
    focus: 'Donohue syndrome',
    types: ['frequency'],
  },
  // why: asks about trials; condition named only in the subject -> research.
  {
    subject: 'Alström syndrome',
    message: 'hi, are there any trials going on at the moment? my brother has it and is 23',
    focus: 'Alström syndrome',
    types: ['research'],
  },
  // why: sports and a school trip are daily life -> lifestyle.
  {
    message:
      'My son (14) has MODY3. Is it OK for him to play rugby and go on the school ski trip like everyone else?',
    focus: 'maturity-onset diabetes of the young type 3',
    types: ['lifestyle'],
  },
  // why: whether a problem (low B12) comes from the medicine -> side_effects.
  {
    message:
      'I have been on metformin for 10 years. Can it cause low vitamin B12? My feet have been tingling.',
    focus: 'metformin',
    types: ['side_effects'],
  },
  // why: which gene -> genetic_changes.
  {
    message: 'which gene is faulty in wolcott rallison syndrome',
    focus: 'Wolcott-Rallison syndrome',
    types: ['genetic_changes'],
  },
  // why: a medicine with alcohol -> interactions.
  {
    message: 'can u drink alcohol while taking glimepiride?? going to a wedding saturday',
    focus: 'glimepiride',
    types: ['interactions'],
  },
  // why: cure, surgery or tablets are therapies; condition named only in the subject -> treatment.
  {
    subject: 'insulinoma',
    message: 'Is surgery the only way to cure this, or are there tablets that work?',
    focus: 'insulinoma',
    types: ['treatment'],
  },
  // why: whether it will come back later is the course of the condition -> prognosis.
  {
    message:
      'my grandson was born with transient neonatal diabetes and its gone now at 8 months, will it come back when hes older',
    focus: 'transient neonatal diabetes mellitus',
    types: ['prognosis'],
  },
  // why: whether it can damage the pancreas and lead to diabetes is another problem it leads to -> complications.
  {
    message: 'Can haemochromatosis damage the pancreas and cause diabetes?',
    focus: 'hemochromatosis',
    types: ['complications'],
  },
  // why: whether the medicine contains animal products -> ingredients.
  {
    message: "Does Lantus (insulin glargine) contain anything from animals? I'm vegan.",
    focus: 'insulin glargine',
    types: ['ingredients'],
  },
  // why: what a medicine is for and how it works (one question asked twice) -> indication.
  {
    message: 'my endo mentioned pramlintide as an add on. what is it actually for and how does it work',
    focus: 'pramlintide',
    types: ['indication'],
  },
  // why: whether tablets can replace insulin is treatment; the chance a next baby has it is inheritance.
  {
    message:
      'Hello, our son is 4 months old and has permanent neonatal diabetes caused by a KCNJ11 mutation. The team wants to move him from his insulin pump to sulfonylurea tablets. Is it realistic that he could come off insulin completely? We also want another child - what are the chances the next baby will have it? Neither of us has diabetes.',
    focus: 'permanent neonatal diabetes mellitus',
    types: ['treatment', 'inheritance'],
  },
  // why: which test confirms the suspected condition -> diagnosis.
  {
    message:
      'Hello, I am 29 years old, diagnosed with type 1 diabetes at 24 years, but my new doctor think it is maybe MODY 3 because my mother and my grandfather also have diabetes young and I need very little insulin. Which test I must do to know this for sure? Thank you very much.',
    focus: 'maturity-onset diabetes of the young type 3',
    types: ['diagnosis'],
  },
  // why: whether someone with CF will end up with diabetes is a higher risk of another condition -> complications.
  {
    subject: 'CF and diabetes??',
    message:
      'im 15 and have cystic fibrosis. at clinic they said my sugar test was borderline. does having CF mean im definitely going to end up with diabetes at some point, my friend from clinic got it at 17',
    focus: 'cystic fibrosis',
    types: ['complications'],
  },
  // why: a named exposure (the supplement) asked as its cause is association; whether it goes away is prognosis.
  {
    message:
      'My husband is 62 and for two months he has been having shaky, sweaty low blood sugars a few hours after meals. His insulin antibodies came back very high and the endocrinologist says it is insulin autoimmune syndrome. He started taking alpha-lipoic acid for his nerves just before this began - could that supplement have caused it? And does it usually go away by itself?',
    focus: 'insulin autoimmune syndrome',
    types: ['association', 'prognosis'],
  },
  // why: what the scan is looking for is a test for the condition -> diagnosis.
  {
    message:
      'My granddaughter is 3 weeks old and still in the NICU with congenital hyperinsulinism. They want to fly her to another hospital for a special PET scan (18F-DOPA). What exactly is that scan looking for? I am trying to understand before I go and see my daughter.',
    focus: 'congenital hyperinsulinism',
    types: ['diagnosis'],
  },
  // why: whether gallstones come from the medicine -> side_effects; the medicine is the focus.
  {
    message:
      'Our son has been on octreotide injections for his hyperinsulinism for about a year. Lately he complains of tummy pain after eating and the ultrasound showed gallstones. He is only 6. Could the octreotide be behind this?',
    focus: 'octreotide',
    types: ['side_effects'],
  },
  // why: "could this be X?" and which test confirms it are both diagnosis.
  {
    message:
      'Our daughter is 9 and has had diabetes since she was 5. At her eye check they found optic atrophy and her sight is getting worse, and she has started wetting the bed again. Could this be Wolfram syndrome? Is there a test that would confirm it?',
    focus: 'Wolfram syndrome',
    types: ['diagnosis'],
  },
  // why: where to inject, how much, and what to do after is how to use a medicine -> drug_usage.
  {
    message:
      'My roommate has type 1 and just handed me her glucagon kit "in case". I\'ve never done an injection in my life. If she passes out, where do I inject it and how much do I give? Should I try to get her to eat afterwards?',
    focus: 'glucagon',
    types: ['drug_usage'],
  },
  // why: safety of a medicine in pregnancy -> contraindications.
  {
    message:
      "I'm 8 weeks pregnant and I have PCOS, I've been on metformin 1000 mg a day to help me conceive. My GP says to keep taking it until 12 weeks but I read online that it crosses the placenta. Is it actually safe for the baby?",
    focus: 'metformin',
    types: ['contraindications'],
  },
  // why: "could this be X?" is diagnosis; which doctor knows about it is find_specialist.
  {
    message:
      "I'm a 34 year old woman. Ever since puberty my arms and legs have been really thin and veiny, almost muscular looking, but I carry fat on my face, neck and chin. Now I have diabetes that needs huge doses of insulin and my triglycerides are over 1000. My cousin has the same body shape. Could this be familial partial lipodystrophy? And which kind of doctor actually knows about this?",
    focus: 'familial partial lipodystrophy',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: whether it only comes down through the mother is how it runs in families -> inheritance.
  {
    subject: 'MIDD question',
    message:
      "My mum has diabetes and wears hearing aids and her mum was the same. Her doctor now says it's maternally inherited diabetes and deafness. Does that mean it only comes down through the mother? I'm a man with two little daughters.",
    focus: 'maternally inherited diabetes and deafness',
    types: ['inheritance'],
  },
  // why: why protein brings on the sugar crashes is what brings on its attacks -> cause.
  {
    message:
      'our 2 yr old has HI/HA syndrome (hyperinsulinism hyperammonemia). the dietitian told us that a big protein meal can make his sugar crash. why does protein do that??? it seems so backwards',
    focus: 'hyperinsulinism-hyperammonemia syndrome',
    types: ['cause'],
  },
  // why: whether the night-time peeing and infection come from the new medicine -> side_effects.
  {
    message:
      "My father is 70 with type 2 diabetes and his doctor recently started him on empagliflozin (Jardiance). Since then he is up 4 or 5 times a night to pee and he's had a fungal infection down there. Is this from the new tablet?",
    focus: 'empagliflozin',
    types: ['side_effects'],
  },
  // why: managing the condition away from home at a camp is daily life -> lifestyle.
  {
    message:
      "Hi there, our son has GSD 1a and needs cornstarch every 4 hours through the night. He's 7 now and desperate to go on the cub scout sleepover camp. Is there a safe way to manage this with him away from home for two nights?",
    focus: 'glycogen storage disease type I',
    types: ['lifestyle'],
  },
  // why: whether two conditions are the same is information; life expectancy is prognosis.
  {
    message:
      'Our 3 year old has severe insulin resistance, thick dark skin on the neck and armpits, early and crooked teeth and is very small for her age. One doctor says Rabson-Mendenhall syndrome, another says it is a mild form of Donohue syndrome. Are these the same thing or different? And what is her life expectancy?',
    focus: 'Rabson-Mendenhall syndrome',
    types: ['information', 'prognosis'],
  },
  // why: whether B1 gets her off insulin is treatment; whether hearing comes back is prognosis; whether the brother should be checked is testing a relative -> diagnosis.
  {
    subject: 'Rogers syndrome / TRMA - several questions',
    message:
      'Hello. Our daughter Amira is 4. Since she was a baby she has had anaemia that did not get better with iron, then she failed her hearing test at 2, and last spring she was diagnosed with diabetes after losing weight and drinking all the time. After a long search the geneticist found two changes in the SLC19A2 gene and told us it is thiamine-responsive megaloblastic anemia syndrome. She now takes high-dose vitamin B1 every day and her blood count is already better. We have been told different things by different people. Can the vitamin B1 get her off insulin completely, or only reduce it? Will her hearing come back now that she is treated? We also have a son who is 10 months old and seems fine - should he be checked as well? Thank you for any help.',
    focus: 'thiamine-responsive megaloblastic anemia syndrome',
    types: ['treatment', 'prognosis', 'diagnosis'],
  },
  // why: transplant versus medicines is treatment; the odds the new baby has it is inheritance; a family group is find_specialist.
  {
    message:
      "I don't really know where to start. Our son Leo was born in March and by 6 weeks he had terrible watery diarrhoea, a rash all over, and then they found his blood sugar was over 30 and he had diabetes. He spent two months in hospital before a gene test showed FOXP3 and IPEX syndrome. Right now he is on tacrolimus and the doctors are talking about a bone marrow transplant when he is bigger, which terrifies me. Is transplant really the only proper treatment or can medicines keep him well long term? I am also 10 weeks pregnant, and they said it is X linked - what are the odds this baby has it too? And is there any group of families with IPEX we could talk to? Nobody we know has ever heard of it.",
    focus: 'IPEX syndrome',
    types: ['treatment', 'inheritance', 'find_specialist'],
  },
  // why: whether being South Asian is the reason is who is at risk -> susceptibility; diabetes or low sugar in the baby is complications; whether it goes away after delivery is prognosis; eating fruit is diet -> lifestyle.
  {
    subject: 'just diagnosed with GD, questions',
    message:
      "Hi! 28 weeks with my first and I just failed the 3 hour glucose test so now I officially have gestational diabetes 😩 My midwife was lovely but I forgot to ask half my questions so here goes:\n1. I'm not overweight and I eat pretty healthy - is it because I'm South Asian?\n2. Will the baby come out with diabetes or low sugar?\n3. Does it go away after delivery or am I stuck with it?\n4. Can I still eat fruit?? I live on mangoes\nthanks so much",
    focus: 'gestational diabetes',
    types: ['susceptibility', 'complications', 'prognosis', 'lifestyle'],
  },
  // why: whether metreleptin treats the disease and helps the liver is treatment; whether she will get diabetes is complications.
  {
    message:
      'Good morning. I write from Brazil, sorry for my english. My daughter Beatriz have 6 years and she have congenital generalized lipodystrophy, the Berardinelli-Seip type 2. She have no fat in the body, very muscular, the liver is very big and the triglycerides are 2000. She eat all the time, never is full. Here the doctors only give diet and fenofibrate. I read about a medicine called metreleptin (leptin) in the United States. Is this medicine a treatment for her disease and it help for the liver? Also the doctor say she will have diabetes in the future, is this true for all the children with this disease? We are very worried. Thank you.',
    focus: 'congenital generalized lipodystrophy',
    types: ['treatment', 'complications'],
  },
  // why: whether FA itself makes diabetes more likely is higher risk of another condition -> complications; how the diabetes is treated -> treatment.
  {
    message:
      "Hi. I'm 26 and have Friedreich's ataxia, diagnosed at 13, full-time wheelchair user since 19. My cardiologist keeps an eye on my heart which has been stable so far. At my last blood test my HbA1c came back 7.1 and the GP said I now have diabetes. I always figured diabetes was something older overweight people get, so I was surprised. Does having FA itself make diabetes more likely, or is this just bad luck from sitting all day? And is the diabetes treated any differently in FA than in regular type 2, or is it just the usual tablets? Appreciate any info.",
    focus: 'Friedreich ataxia',
    types: ['complications', 'treatment'],
  },
  // why: which foods to avoid and a diet list is diet -> lifestyle; whether she grows out of it is the course -> prognosis.
  {
    message:
      "Our daughter is 14 months old. Around 6 months when we started purees she began vomiting after meals, she was pale and sleepy, and twice she had very low blood sugar and ended up in A&E. Her liver was enlarged too. It took months but a genetic test finally showed hereditary fructose intolerance (ALDOB). Since we stopped fruit she is a different child, eating and growing. But I am terrified of making a mistake. I've read that some baby paracetamol and other syrups contain sorbitol - what foods and things do we need to avoid, and is there a proper diet list somewhere? And is this something she might grow out of, or will she always have to be this careful?",
    focus: 'hereditary fructose intolerance',
    types: ['lifestyle', 'prognosis'],
  },
  // why: keeping insulin cool is storage and used needles is disposal -> storage_disposal; dose timing across time zones -> drug_usage.
  {
    message:
      "hey so my 16 yr old (type 1, on pens, one long acting and one fast acting) and I are going to Thailand for 3 weeks in July and i'm honestly stressing. how do we keep the insulin from cooking in 35 degree heat, we're doing a few days of island hopping with no fridge. also bangkok is 7 hours ahead of us, so when does she take her long acting, does she just switch to the new time straight away? and random one but what do we do with the used needles at hostels lol",
    focus: 'insulin',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: stopping the episodes happening again is preventing attacks -> prevention; help paying for a monitor is insurance/costs -> other.
  {
    message:
      'Our daughter is 14 and has had type 1 diabetes since she was 8. This year she has been admitted with DKA three times - the last time she was in the ICU for two days and I honestly thought we were going to lose her. The hospital says it is partly missed insulin doses (she is a teenager and hates being different) and partly one time with a stomach bug. What can we actually do to stop this happening again? The nurse suggested a continuous glucose monitor with ketone alerts but our insurance denied it twice. Are there programs that help pay for one? Sorry for the long message, I am exhausted.',
    focus: 'diabetic ketoacidosis',
    types: ['prevention', 'other'],
  },
  // why: how long the low sugars go on is the course -> prognosis; which tumours she is at risk of is higher risk of another condition -> complications.
  {
    message:
      'Our baby girl was born 3 weeks ago at 4.9 kg with a big tongue and one side of her body slightly bigger than the other. Her sugars kept dropping in the first days and she needed a glucose drip, and now the doctors say Beckwith-Wiedemann syndrome and she is on diazoxide. Nobody has really sat down to explain anything. How long do the low sugars usually go on for in babies with this? They also want her to have tummy ultrasounds every 3 months until she is 4 because of tumour risk - what kind of tumours, and how high is that risk really?',
    focus: 'Beckwith-Wiedemann syndrome',
    types: ['prognosis', 'complications'],
  },
  // why: telling it apart from insulinoma is diagnosis; changes to what I eat is diet -> lifestyle; what else can be done is treatment.
  {
    message:
      "I had a gastric bypass three years ago and lost 60 kg, which was great. But for the last six months, about two hours after eating I get shaky, sweaty, confused and my heart races. Last month I actually passed out at work and the paramedics measured my sugar at 2.3. My surgeon thinks it's late dumping syndrome. But my sister googled it and said it could be an insulinoma - how do they tell the two apart? Are there changes to what I eat that help? And if diet doesn't work, what else can be done?",
    focus: 'dumping syndrome',
    types: ['diagnosis', 'lifestyle', 'treatment'],
  },
];
