/**
 * "metabolic" set. Messages about inherited metabolic conditions and the diets and medicines that treat them
 * (phenylketonuria, MCAD deficiency, galactosemia, Gaucher disease, urea cycle disorders; newborn screening,
 * special formula, illness days). Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 0.950, type F1 0.823).
 * Scored by metabolic.test.ts and by `npx tsx test/understand/support/score-messages.ts --metabolic --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const METABOLIC_MESSAGES: ConsumerMessage[] = [
  {
    // "what does that actually mean" -> information (what PKU is)
    // "how can it be hereditary if neither of us has it" -> inheritance (how it runs in families)
    subject: 'newborn screening result',
    message:
      'Hello, our son is 6 days old and the hospital called to say his heel prick test ' +
      'came back positive for PKU. We have an appointment at the metabolic clinic tomorrow but ' +
      "I can't sleep. What does that actually mean? And how can it be hereditary if neither " +
      'me nor my husband has it? Thank you for any help.',
    focus: 'phenylketonuria',
    types: ['information', 'inheritance'],
  },
  {
    // "is it safe to keep taking it while pregnant" -> contraindications (pregnancy)
    // "can I dissolve the tablets in orange juice" -> drug_usage (how to take it)
    subject: 'Kuvan and pregnancy',
    message:
      "Hi, I'm 26 with PKU and I've been on Kuvan (sapropterin) for 3 years, it lets " +
      'me eat a bit more protein. Me and my partner want to start trying for a baby. Is it ' +
      'safe to keep taking it while pregnant? Also can I dissolve the tablets in orange juice ' +
      'instead of water, the taste is awful.',
    focus: 'sapropterin',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "can a liver transplant cure MSUD" -> treatment (cure)
    message: 'can a liver transplant cure MSUD?',
    focus: 'maple syrup urine disease',
    types: ['treatment'],
  },
  {
    // "what are we supposed to do when he cant keep anything down" -> treatment (managing an illness day)
    // "how do we stop this turning into a crisis every time he gets sick" -> prevention (preventing crises)
    message:
      'Our 2yo has MCAD and hes caught a stomach bug from daycare, been throwing up ' +
      'since 5am and wont drink. What are we supposed to do when he cant keep anything down? ' +
      'Last winter he ended up in hospital with low sugar and was so floppy. How do we stop ' +
      'this turning into a crisis every time he gets sick??',
    focus: 'MCAD deficiency',
    types: ['treatment', 'prevention'],
  },
  {
    // "what side effects should I expect" -> side_effects (the medicine's side effects)
    message:
      'My hematologist wants to switch me from infusions to miglustat capsules for my ' +
      'Gaucher. I read online about diarrhea and weight loss, what side effects should I ' +
      'expect?',
    focus: 'Miglustat',
    types: ['side_effects'],
  },
  {
    // "should I and my two boys be tested" -> diagnosis (whether relatives should be tested)
    // "which gene is it" -> genetic_changes (which gene)
    subject: 'brother has Fabry',
    message:
      'My brother (42) was just diagnosed with Fabry disease after his kidneys started ' +
      'failing, they found it on a biopsy. Should I and my two boys be tested? Which gene is ' +
      'it, his report just says "a variant was found".',
    focus: 'Fabry disease',
    types: ['diagnosis', 'genetic_changes'],
  },
  {
    // "do women actually get symptoms too" -> symptoms (its signs in women)
    message:
      'I was told I\'m a "carrier" of Fabry\'s disease because my dad has it. Ive ' +
      'always had burning hands and feet in summer and can hardly sweat. Do women actually get ' +
      'symptoms too or are we only carriers?',
    focus: "Fabry's disease",
    types: ['symptoms'],
  },
  {
    // "will he be able to walk" -> prognosis (whether he will walk)
    // "are there any trials of gene therapy for pompe" -> research (clinical trials)
    subject: 'grandson with Pompe',
    message:
      'Good afternoon. My grandson was diagnosed with infantile pompe at 3 weeks old ' +
      'and has had enzyme infusions every other week since then. He is now 14 months, sitting ' +
      'up but not standing yet. Will he be able to walk? Also are there any trials of gene ' +
      'therapy for pompe that he could join? Many thanks, Margaret',
    focus: 'Pompe disease',
    types: ['prognosis', 'research'],
  },
  {
    // "what brings on his high ammonia episodes" -> cause (what brings on attacks)
    message:
      'My son has a urea cycle disorder and every couple of months his ammonia shoots ' +
      'up and he gets sleepy and confused, often after a birthday party or a cold. What brings ' +
      'on these high ammonia episodes, is it the protein or being sick?',
    focus: 'urea cycle disorders',
    types: ['cause'],
  },
  {
    // "is there any other way than waking her every 3 hours for cornstarch" -> treatment (managing it)
    // "will she get liver tumours later on" -> complications (other problems it leads to)
    subject: 'GSD 1a night feeds',
    message:
      'Our daughter is 4 with glycogen storage disease type 1a (von Gierke). We give ' +
      'her cornstarch every 3 hours through the night and we are exhausted, my husband and I ' +
      "take shifts and haven't slept properly in 4 years. Is there any other way than waking " +
      'her every 3 hours? Our doctor mentioned her liver will need scans, will she get liver ' +
      'tumours later on?',
    focus: 'glycogen storage disease type I',
    types: ['treatment', 'complications'],
  },
  {
    // "can homocystinuria cause blood clots" -> complications (other problems it can lead to)
    message:
      'Our 12yo was diagnosed with homocystinuria after the lens in his eye dislocated. ' +
      'His doctor keeps talking about clots before his surgery. Can homocystinuria cause blood ' +
      'clots?',
    focus: 'homocystinuria',
    types: ['complications'],
  },
  {
    // "do I have to give up chocolate and shellfish forever" -> lifestyle (diet)
    // "will my liver go back to normal" -> prognosis (whether she will recover)
    message:
      "I'm 19 and was diagnosed with Wilsons disease in the spring after my liver " +
      'tests were off and my eyes showed copper rings. Do I have to give up chocolate and ' +
      'shellfish forever? And will my liver go back to normal if I take my meds?',
    focus: 'Wilson disease',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "does coffee or food stop the zinc from working" -> interactions (medicine with food)
    // "is the stomach ache coming from the zinc" -> side_effects (whether a problem comes from it)
    subject: 'zinc tablets',
    message:
      "I take zinc three times a day for Wilson's. Does coffee or food stop the zinc " +
      'from working? I usually take it with breakfast. Also I get a bad stomach ache about an ' +
      'hour after, is that coming from the zinc?',
    focus: 'zinc',
    types: ['interactions', 'side_effects'],
  },
  {
    // "how do they confirm it, is a muscle biopsy really needed" -> diagnosis (how it is confirmed)
    message:
      'The neurologist thinks my son (8) has a mito myopathy because he is always ' +
      'exhausted and his muscles give out on the stairs. How do they confirm a mitochondrial ' +
      'myopathy, is a muscle biopsy really needed?',
    focus: 'mitochondrial myopathy',
    types: ['diagnosis'],
  },
  {
    // "can I pass it to my children" -> inheritance (chance a child gets it)
    // "could my hearing loss and diabetes mean I have it too" -> diagnosis (whether his signs could be it)
    subject: 'mum has MELAS',
    message:
      'Hi, my mum was diagnosed with MELAS at 55 after a couple of stroke like ' +
      'episodes. I am her son, 31, and my wife is expecting. Can I pass it to my children? I ' +
      'also have some hearing loss and was diagnosed with type 2 diabetes early, could that ' +
      'mean I have it too? Thanks',
    focus: 'MELAS',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "is Depakote safe for him" -> contraindications (who should not take it)
    message:
      'Our son has Alpers syndrome (POLG) and his seizures are getting worse. The ER ' +
      'doctor at our local hospital wants to try Depakote. Is Depakote safe for him?? Please ' +
      'answer quickly',
    focus: 'Depakote',
    types: ['contraindications'],
  },
  {
    // "why is he on B6 for homocystinuria" -> indication (what the medicine is for)
    // "can high doses of B6 cause numbness" -> side_effects (a medicine's side effects)
    message:
      'The metabolic team started our son on high dose vitamin B6 (pyridoxine) for his ' +
      "homocystinuria. Why is he on B6 for that, he isn't deficient? And can high doses of B6 " +
      'cause numbness in the feet? He has been saying his toes tingle.',
    focus: 'vitamin B6',
    types: ['indication', 'side_effects'],
  },
  {
    // "what happens if it isnt treated" -> complications (what happens when untreated)
    // "will he develop normally on the biotin" -> prognosis (the outlook)
    message:
      'newborn screen flagged biotinidase deficiency, partial. doc says just give ' +
      "biotin and he'll be fine but I want to understand. what happens if it isnt treated? " +
      'and will he develop normally on the biotin?',
    focus: 'biotinidase deficiency',
    types: ['complications', 'prognosis'],
  },
  {
    // "how rare is tyrosinemia" -> frequency (how rare)
    // "is there a parents group in Quebec" -> find_specialist (support groups)
    subject: 'tyrosinemie',
    message:
      'Bonjour, our baby girl was diagnosed with tyrosinemia type 1. We are from the ' +
      'Saguenay region and the doctor said it is more frequent here. How rare is tyrosinemia, ' +
      'really? Is there a parents group in Quebec we could talk to?',
    focus: 'tyrosinemia',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "will she need a kidney transplant eventually" -> prognosis (the course)
    // "is anyone studying a version she could take less often" -> research (new treatments researched)
    message:
      'Our daughter (6) has cystinosis and takes her cysteamine every 6 hours including ' +
      'the middle of the night, plus eye drops every hour she is awake. Will she need a kidney ' +
      'transplant eventually? And is anyone studying a version she could take less often?',
    focus: 'cystinosis',
    types: ['prognosis', 'research'],
  },
  {
    // "should we get tested before we have children" -> diagnosis (whether someone should be tested)
    // "if we are both carriers what are the chances our baby has it" -> inheritance (chance a child has it)
    message:
      'My fiance and I are both Ashkenazi. Should we get tested for Tay Sachs before we ' +
      'have children? And if we are both carriers what are the chances our baby has it?',
    focus: 'Tay-Sachs disease',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "do the zofran melt tablets have aspartame in them" -> ingredients (what it contains)
    // "can I give it with his tylenol" -> interactions (with other medicines)
    subject: 'Zofran and PKU',
    message:
      'My son has PKU and the urgent care gave us zofran melt tablets for his vomiting. ' +
      'Do the zofran melt tablets have aspartame in them? Can I give it with his tylenol for ' +
      'the fever?',
    focus: 'Zofran',
    types: ['ingredients', 'interactions'],
  },
  {
    // "are there any clinical trials for Niemann-Pick type C" -> research (clinical trials)
    // "where is a center that really knows NPC" -> find_specialist (expert centers)
    message:
      'Hi. Our daughter is 9 and has Niemann Pick type C. In the last year she has ' +
      'started falling and her speech is slurring, and her teachers have noticed. Are there ' +
      'any clinical trials for Niemann-Pick type C she could join? Where is a center in the US ' +
      'that really knows NPC? Our neurologist has never seen another case. We will travel ' +
      'anywhere, we just want someone who has seen this before. Thank you for reading this.',
    focus: 'Niemann-Pick disease type C',
    types: ['research', 'find_specialist'],
  },
  {
    // "can she have soy formula and when can she have cheese" -> lifestyle (diet)
    // "will she have learning or speech problems when she's older" -> complications (later problems)
    // "is there a parent support group" -> find_specialist (support groups)
    subject: 'baby with galactosimia',
    message:
      'Hello, our daughter was diagnosed with classic galactosimia at 9 days old, she ' +
      "was very yellow and sick in the NICU before they stopped breastfeeding. She's doing so " +
      'much better now and is on soy formula, but every visit someone in the family offers her ' +
      'a bit of milk or yoghurt and I have to explain all over again. Can she have soy formula ' +
      'long term and when can she have things like cheese? Our doctor mentioned speech and ' +
      "school problems, will she have learning or speech problems when she's older even on " +
      'the diet? Is there a parent support group? We feel very alone.',
    focus: 'classic galactosemia',
    types: ['lifestyle', 'complications', 'find_specialist'],
  },
  {
    // "could I be a carrier" -> inheritance (carriers)
    // "can the baby be tested before he is born" -> diagnosis (tests)
    // "if he does have it what is the treatment" -> treatment (therapies)
    subject: 'OTC in family - pregnant',
    message:
      "I am 28 and 20 weeks pregnant with a boy. My sister's son died at 4 days old " +
      'from OTC deficiency, his ammonia was so high. Could I be a carrier too? Can the baby be ' +
      'tested before he is born? And if he does have it what is the treatment, I need to know ' +
      'what we are facing.',
    focus: 'ornithine transcarbamylase deficiency',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  {
    // "how do I measure it and mix it into her formula" -> drug_usage (dose and how to take it)
    // "is the fishy smell from the betaine" -> side_effects (whether a problem comes from the medicine)
    // "does the opened tub need to go in the fridge" -> storage_disposal (storing the medicine)
    message:
      'hi we just started betaine powder for our daughters homocystinuria. how do I ' +
      'measure it and mix it into her formula, the scoop is huge and the dose is tiny? she ' +
      'smells kind of fishy since we started, is the smell from the betaine? and does the ' +
      'opened tub need to go in the fridge',
    focus: 'betaine',
    types: ['drug_usage', 'side_effects', 'storage_disposal'],
  },
  {
    // "is a liver transplant a cure for MMA" -> treatment (cure)
    // "can it damage his kidneys" -> complications (other problems it leads to)
    // "are there trials of the new mRNA treatment" -> research (clinical trials)
    message:
      'Our son is 3 with methylmalonic acidemia (mut0). He is on a special formula, ' +
      'carnitine and B12 shots and still gets admitted every time he catches a cold. Some ' +
      'families in our group talk about liver transplant, is a liver transplant a cure for ' +
      'MMA? Can it damage his kidneys? Are there trials of the new mRNA treatment we could ask ' +
      'about?',
    focus: 'methylmalonic acidemia',
    types: ['treatment', 'complications', 'research'],
  },
  {
    // "is cola coloured urine after exercise a sign of McArdle" -> symptoms (whether a sign belongs to it)
    // "can I still go to the gym" -> lifestyle (exercise)
    // "is there a genetic test instead of a muscle biopsy" -> diagnosis (tests)
    subject: 'McArdle?',
    message:
      "I'm 23 and always get cramps in the first few minutes of running, then it eases " +
      'off. Twice after a heavy gym session my pee was the colour of cola. My GP mentioned ' +
      'McArdle disease. Is cola coloured urine after exercise a sign of McArdle? Can I still ' +
      'go to the gym? And is there a genetic test instead of a muscle biopsy?',
    focus: 'McArdle disease',
    types: ['symptoms', 'lifestyle', 'diagnosis'],
  },
  {
    // "is it too late to go back on diet at 31" -> treatment (managing it)
    // "could my brain fog and anxiety be from high phe" -> symptoms (whether a sign belongs to it)
    // "what can high levels do to a baby if I get pregnant" -> complications (what happens when untreated)
    message:
      'I have phenylketonurea and went off the diet at 15 like most of my friends at ' +
      "clinic did. Now I'm 31 and struggle with brain fog, anxiety and my hands shake. Is it " +
      'too late to go back on diet at 31? Could the brain fog and anxiety be from my high phe? ' +
      'And what can high levels do to a baby if I get pregnant?',
    focus: 'PKU',
    types: ['treatment', 'symptoms', 'complications'],
  },
  {
    // "is it the same as fructose malabsorption" -> information (whether two conditions are the same)
    // "can he eat sugar free sweets with sorbitol" -> lifestyle (diet)
    // "what happens to his liver if he keeps sneaking fruit" -> complications (what happens untreated)
    message:
      'Our 5 year old has HFI (hereditary fructose intolerance), diagnosed after he got ' +
      'very sick when we started fruit purees. Is it the same as fructose malabsorption, his ' +
      'nursery keeps mixing them up? Can he eat sugar free sweets with sorbitol? And what ' +
      'happens to his liver if he keeps sneaking fruit at his grandparents house?',
    focus: 'hereditary fructose intolerance',
    types: ['information', 'lifestyle', 'complications'],
  },
  {
    // "will he definitely get the brain form" -> prognosis (the course)
    // "how often does he need MRI scans" -> diagnosis (tests)
    // "if the MRI shows changes what can be done" -> treatment (therapies)
    subject: 'positive newborn screen for ALD',
    message:
      'Our son screened positive for X-linked adrenoleukodystrophy at birth and it was ' +
      'confirmed with the gene test. He is perfectly well now at 10 months. Will he definitely ' +
      'get the brain form of ALD? How often does he need MRI scans? If the MRI ever shows ' +
      'changes what can be done?',
    focus: 'X-linked adrenoleukodystrophy',
    types: ['prognosis', 'diagnosis', 'treatment'],
  },
  {
    // "what is propionic acidemia" -> information (what it is)
    message: 'what is propionic acidemia',
    focus: 'propionic acidemia',
    types: ['information'],
  },
  {
    // "is the smell part of it" -> symptoms (whether a sign belongs to it)
    message:
      'Our newborn was diagnosed with isovaleric acidemia last week. When she got sick ' +
      'she smelled like sweaty feet, honestly. Is the smell part of it?',
    focus: 'isovaleric acidemia',
    types: ['symptoms'],
  },
  {
    // "is hunter syndrome the same thing as hurler" -> information (whether two conditions are the same)
    message: 'my nephew has hunter syndrome. is that the same thing as hurler?',
    focus: 'Hunter syndrome',
    types: ['information'],
  },
  {
    // "is Gauchers contagious" -> susceptibility (whether someone can catch it)
    message: 'is Gauchers contagious?',
    focus: 'Gaucher disease',
    types: ['susceptibility'],
  },
  {
    // "is there a link between Gaucher and Parkinson's" -> association (link between two conditions)
    subject: 'Gaucher and Parkinsons',
    message:
      'My father has had Gaucher disease for 20 years and is well on treatment, but now ' +
      'at 68 he has a tremor and is walking slower. Is there a link between Gaucher and ' +
      "Parkinson's?",
    focus: 'Gaucher disease',
    types: ['association'],
  },
  {
    // "is there any way to get the formula covered by insurance" -> other (insurance)
    message:
      'Our insurance just denied our daughter\'s PKU formula again, calling it "food" ' +
      "even though it's the only thing keeping her brain safe. It costs us over $1000 a " +
      'month. Is there any way to get the formula for phenylketonuria covered by insurance?',
    focus: 'phenylketonuria',
    types: ['other'],
  },
  {
    // "would glucagon even help her lows" -> indication (how the medicine works)
    message:
      'Our daughter has GSD1 and the school nurse wants a glucagon pen kept in the ' +
      'office for her low sugars, like the diabetic kids have. What does glucagon actually do, ' +
      'would it even help her kind of lows?',
    focus: 'glucagon',
    types: ['indication'],
  },
  {
    // "how do I stop the attacks coming every month" -> prevention (preventing attacks)
    message:
      "I'm 27 and have acute intermittent porphyria, my attacks come almost every " +
      'month just before my period and I end up in the ER with the pain. How do I stop the ' +
      'attacks coming every month?',
    focus: 'acute intermittent porphyria',
    types: ['prevention'],
  },
  {
    // "should he take it with his morning feed or at bedtime" -> drug_usage (timing)
    message:
      'Our son (GSD 1a) was started on allopurinol because his uric acid is high. ' +
      'Should he take the allopurinol with his morning feed or at bedtime?',
    focus: 'allopurinol',
    types: ['drug_usage'],
  },
];
