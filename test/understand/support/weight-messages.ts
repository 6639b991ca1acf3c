/**
 * "weight" set. Messages about weight: gain or loss from a condition or a medicine, children not growing or
 * gaining, appetite, diets and weight-loss medicines with a condition. Written by someone who had read neither
 * the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.919). Scored by weight.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --weight --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const WEIGHT_MESSAGES: ConsumerMessage[] = [
  // why: "does depakote make you gain weight" asks only whether the medicine causes a problem
  {
    message: 'does depakote make you gain weight',
    focus: 'depakote',
    types: ['side_effects'],
  },
  // why: the only question is whether any medicine helps the hunger, which is treatment; the food-hiding is story
  {
    subject: 'hunger in Prader-Willi syndrome',
    message:
      'Our daughter is 11 and has Prader-Willi syndrome. She is hungry all the time, we have had to put locks on the fridge and the pantry and she still finds food at school. Her weight has gone up 6 kg this year even though we measure every meal. Is there any medicine that can help with the constant hunger?',
    focus: 'Prader-Willi syndrome',
    types: ['treatment'],
  },
  // why: "could it be celiac" asks whether his signs could be the condition, which is diagnosis
  {
    subject: 'not gaining weight',
    message:
      'My son is 2 and has hardly put on any weight in 8 months, he has a swollen tummy and loose smelly poos most days. The health visitor says he is "failing to thrive". Could this be celiac disease?',
    focus: 'celiac disease',
    types: ['diagnosis'],
  },
  // why: asks only what diet to follow, which is lifestyle
  {
    message:
      'what diet should i follow with hypothyroidism to lose weight? ive tried everything and the scale doesnt move',
    focus: 'hypothyroidism',
    types: ['lifestyle'],
  },
  // why: "what actually causes it" asks cause; the weight gain and round face are story
  {
    message:
      'I am 34 and in the last year I have put on a lot of weight around my middle, my face has gone round and I have purple stretch marks on my stomach. My GP is sending me for tests for Cushing syndrome. What actually causes Cushing syndrome?',
    focus: 'Cushing syndrome',
    types: ['cause'],
  },
  // why: whether a medicine can be used for weight loss asks what it is used for, which is indication
  {
    subject: 'metformin for weight loss?',
    message:
      'I do not have diabetes but a friend told me her doctor gave her metformin to lose weight. Can metformin be used for weight loss in someone who is not diabetic?',
    focus: 'metformin',
    types: ['indication'],
  },
  // why: the only question is about the timing of the dose, which is drug_usage; the appetite loss is story
  {
    message:
      'Since my son started Ritalin in September he barely eats his lunch and he has lost 2 kg, his teacher says his lunchbox comes home full. Can he take his morning dose after breakfast instead of before, so at least he eats breakfast?',
    focus: 'Ritalin',
    types: ['drug_usage'],
  },
  // why: "is it hereditary" asks whether it runs in families, which is inheritance
  {
    subject: 'lipedema in the family',
    message:
      'I was diagnosed with lipedema last year. My mother and grandmother both had the same heavy legs that never got smaller no matter how much they dieted. Is lipedema hereditary?',
    focus: 'lipedema',
    types: ['inheritance'],
  },
  // why: "how common is it" asks frequency; the extra finger and weight are story
  {
    message:
      'our son was born with an extra finger, he gained weight very fast as a toddler and now at 7 his eye doctor says his retina is not right. the geneticist thinks its Bardet-Biedl syndrome. how common is Bardet-Biedl syndrome',
    focus: 'Bardet-Biedl syndrome',
    types: ['frequency'],
  },
  // why: whether she will catch up asks the outlook, which is prognosis
  {
    message:
      'My daughter has Silver-Russell syndrome. She is 4, weighs 11 kg and is a very fussy eater. Will she ever catch up in height and weight with other children?',
    focus: 'Silver-Russell syndrome',
    types: ['prognosis'],
  },
  // why: taking one medicine with another medicine asks interactions
  {
    message: 'Can I take orlistat with my contraceptive pill?',
    focus: 'orlistat',
    types: ['interactions'],
  },
  // why: whether it is safe for a young child asks who should not take it, which is contraindications
  {
    subject: 'appetite medicine for toddler',
    message:
      'The pediatrician suggested cyproheptadine to help our 3 year old eat more as she is on the 1st centile for weight. Is cyproheptadine safe for a child that young?',
    focus: 'cyproheptadine',
    types: ['contraindications'],
  },
  // why: whether the pens must stay in the fridge asks storage_disposal
  {
    message: 'do saxenda pens have to stay in the fridge once youve started using them',
    focus: 'saxenda',
    types: ['storage_disposal'],
  },
  // why: looking for a dietitian who specialises in the condition asks find_specialist
  {
    subject: 'CF and underweight',
    message:
      'My son is 8 and has cystic fibrosis. He is very underweight, he eats a lot but nothing seems to stick, and the hospital we go to is small. Where can I find a dietitian who really knows cystic fibrosis?',
    focus: 'cystic fibrosis',
    types: ['find_specialist'],
  },
  // why: asks only whether there are clinical trials, which is research
  {
    message:
      "Are there any clinical trials for Dercum's disease? I have painful fatty lumps all over, I have been told to lose weight for years but the lumps do not go away.",
    focus: "Dercum's disease",
    types: ['research'],
  },
  // why: whether the weight from the medicine goes away is side_effects; how to come off it is drug_usage
  {
    subject: 'prednisone weight',
    message:
      'I have been on prednisone for 5 months for my lungs and I gained almost 10 kilos, mostly in my face and stomach. Will the weight I put on from the prednisone go away when I stop it? And how do I come off it, can I just stop or does it have to be slowly?',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "does PCOS cause weight gain" asks about a sign (symptoms); whether metformin helps PCOS is treatment
  {
    message: 'Does PCOS cause weight gain, and is metformin any good for it?',
    focus: 'PCOS',
    types: ['symptoms', 'treatment'],
  },
  // why: "what is it used for" asks indication; whether it is safe at his age asks contraindications
  {
    message:
      "My dad is 82 and has lost 10 kg since my mum passed away, he just isn't interested in food. His doctor wants to start him on Remeron to boost his appetite. Isn't that an antidepressant, what is it actually used for? And is it safe for someone his age?",
    focus: 'Remeron',
    types: ['indication', 'contraindications'],
  },
  // why: "could this be" asks diagnosis; "how is it treated" asks treatment
  {
    subject: 'losing weight without trying',
    message:
      'I have lost 8 kg in 3 months without trying, I eat more than ever, my heart races and my hands shake. My aunt has Graves disease. Could this be Graves disease? How is it treated?',
    focus: 'Graves disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: whether weight loss is a sign asks symptoms; which test confirms it asks diagnosis
  {
    message: "is weight loss a sign of Addison's disease and what test confirms it",
    focus: "Addison's disease",
    types: ['symptoms', 'diagnosis'],
  },
  // why: whether growth hormone helps asks treatment; what to watch in her diet asks lifestyle
  {
    message:
      'Our daughter is 9 and was just diagnosed with Turner syndrome. She is much shorter than her classmates but she has started to put on weight around the middle. Would growth hormone help her with Turner syndrome? Is there anything about her diet we should be careful with?',
    focus: 'Turner syndrome',
    types: ['treatment', 'lifestyle'],
  },
  // why: whether the gain is from Zyprexa asks side_effects; taking metformin with it asks interactions
  {
    subject: 'Zyprexa weight gain',
    message:
      'I have put on 15 kg in a year on Zyprexa. Is that normal with this medicine? My psychiatrist mentioned metformin, can I take that together with the Zyprexa?',
    focus: 'Zyprexa',
    types: ['side_effects', 'interactions'],
  },
  // why: whether he will catch up asks prognosis; what he should eat asks lifestyle
  {
    message:
      "my 13 yr old has crohn's disease and has not grown at all in a year, hes the smallest in his class and very skinny. will he catch up once its in remission? what should he be eating to put weight on",
    focus: "crohn's disease",
    types: ['prognosis', 'lifestyle'],
  },
  // why: why insulin makes her gain weight asks side_effects; what time to inject asks drug_usage
  {
    message:
      'Why does insulin make me gain weight? Since I started I am up 7 kg. Is there a time of day to inject it that makes it less?',
    focus: 'insulin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "what causes it" asks cause; whether losing weight cures it asks treatment
  {
    subject: 'told to lose weight',
    message:
      'I was diagnosed with idiopathic intracranial hypertension after months of headaches and blurry vision. Every doctor just tells me to lose weight. What causes idiopathic intracranial hypertension in the first place? If I lose the weight will it actually be cured?',
    focus: 'idiopathic intracranial hypertension',
    types: ['cause', 'treatment'],
  },
  // why: "is it inherited" asks inheritance; whether she will grow normally on the medicine asks prognosis
  {
    message:
      'Our baby girl was picked up on the newborn heel prick test with congenital hypothyroidism, she is 3 weeks old and was a bit slow to feed. Is it inherited? Will she grow and put on weight normally if she takes her medicine every day?',
    focus: 'congenital hypothyroidism',
    types: ['inheritance', 'prognosis'],
  },
  // why: whether the weight loss comes from topamax asks side_effects; whether it stops the pill working asks interactions
  {
    message:
      'neuro put me on topamax for migraines and I have no appetite at all, lost 6 kg in two months. is that from the topamax? also does it stop the pill from working',
    focus: 'topamax',
    types: ['side_effects', 'interactions'],
  },
  // why: "what treatments are there" asks treatment; "a hospital that specializes" asks find_specialist
  {
    subject: 'husband keeps losing weight',
    message:
      'My husband had most of his small bowel removed after a clot and now has short bowel syndrome. He keeps losing weight even though he eats all day, he is down to 58 kg. What treatments are there for short bowel syndrome? Is there a hospital that specializes in it?',
    focus: 'short bowel syndrome',
    types: ['treatment', 'find_specialist'],
  },
  // why: belly fat as a sign asks symptoms; whether it leads to diabetes asks complications
  {
    message: 'Does Klinefelter syndrome cause belly fat? And can it lead to diabetes later on?',
    focus: 'Klinefelter syndrome',
    types: ['symptoms', 'complications'],
  },
  // why: whether the shot causes weight gain asks side_effects; what is in it asks ingredients
  {
    message:
      'does depo provera cause weight gain?? everyone says so. and what is actually in the shot, is it just a hormone',
    focus: 'depo provera',
    types: ['side_effects', 'ingredients'],
  },
  // why: "what is it" asks information; growth hormone asks treatment; diet and nursery ask lifestyle; a clinic asks find_specialist
  {
    subject: 'newly diagnosed with PWS',
    message:
      'Our son was very floppy when he was born and could barely suck, he was tube fed for 6 weeks. At 2 he was diagnosed with Prader-Willi syndrome and now at 3 he has suddenly started asking for food all the time. We were given one leaflet and sent home. What is Prader-Willi syndrome exactly? Will growth hormone help him? How strict do we need to be with his diet, and what do we tell his nursery? Is there a clinic anywhere that specializes in PWS?',
    focus: 'Prader-Willi syndrome',
    types: ['information', 'treatment', 'lifestyle', 'find_specialist'],
  },
  // why: which gene asks genetic_changes; whether siblings may have it asks inheritance; new research asks research
  {
    message:
      'Our 10 year old son was diagnosed with Alström syndrome after losing some of his sight and putting on a lot of weight very quickly. Which gene causes Alström syndrome? Could his younger brother and sister have it too? Is there any research going on into treatments?',
    focus: 'Alström syndrome',
    types: ['genetic_changes', 'inheritance', 'research'],
  },
  // why: warning signs asks symptoms; getting her assessed asks diagnosis; a support group asks find_specialist
  {
    subject: 'worried about my daughter',
    message:
      'My daughter is 15 and has lost a lot of weight since the summer. She says she is just eating healthy and running but she skips meals and wears baggy clothes. What are the warning signs of anorexia nervosa? How do we get her properly assessed when she insists she is fine? And is there a support group for parents?',
    focus: 'anorexia nervosa',
    types: ['symptoms', 'diagnosis', 'find_specialist'],
  },
  // why: losing too much weight asks side_effects; drinking wine asks interactions; pregnancy asks contraindications
  {
    message:
      'I have type 2 diabetes and take Victoza. I have lost 12 kg which is great but can it make me lose too much weight? Can I have a glass of wine with it? We are also thinking of trying for a baby, is it safe to keep taking it?',
    focus: 'Victoza',
    types: ['side_effects', 'interactions', 'contraindications'],
  },
  // why: osteoporosis as a result asks complications; screening children asks diagnosis; a diet that avoids weight gain asks lifestyle
  {
    message:
      'i was diagnosed with celiac disease at 45 after years of losing weight and being tired. now on the gluten free diet im piling weight on instead. can celiac disease cause osteoporosis if it went undiagnosed for so long? should my kids be screened for it? and how do i eat gluten free without gaining so much',
    focus: 'celiac disease',
    types: ['complications', 'diagnosis', 'lifestyle'],
  },
  // why: weight gain after the tumour asks complications; helping the hunger asks treatment; trials asks research
  {
    subject: 'weight gain after brain surgery',
    message:
      'My son had a craniopharyngioma removed two years ago when he was 9. Since the surgery he has gained over 20 kg and is hungry all the time. Is this kind of weight gain common after a craniopharyngioma? What can be done about the hunger? Are there any trials of weight loss medicines for children like him?',
    focus: 'craniopharyngioma',
    types: ['complications', 'treatment', 'research'],
  },
  // why: "what is it" asks information; "how do they diagnose it" asks diagnosis; life expectancy asks prognosis
  {
    message:
      'Our 5 month old is not gaining weight, has greasy stools and his blood tests show low neutrophils. The doctor mentioned Shwachman-Diamond syndrome. What is it? How do they diagnose it for sure? Does it shorten life expectancy?',
    focus: 'Shwachman-Diamond syndrome',
    types: ['information', 'diagnosis', 'prognosis'],
  },
  // why: whether the gain is from seroquel asks side_effects; the dose and stopping ask drug_usage; what it is for asks indication
  {
    subject: 'seroquel and sugar cravings',
    message:
      'i take seroquel 50mg for sleep and ive gained 9 kg and crave sugar every night. is the weight from the seroquel? would a lower dose be better, or can i just stop taking it? and what is it actually for, my friend said its for schizophrenia',
    focus: 'seroquel',
    types: ['side_effects', 'drug_usage', 'indication'],
  },
  // why: "could it be" asks diagnosis; "is it genetic" asks inheritance; treatments asks treatment; liver problems asks complications
  {
    message:
      'I am 28, my arms and legs are very thin with visible veins but my face, neck and belly keep getting fatter and my triglycerides are sky high. A doctor on a forum mentioned familial partial lipodystrophy. Could it be that? Is it genetic? What treatments are there, and does it cause liver problems?',
    focus: 'familial partial lipodystrophy',
    types: ['diagnosis', 'inheritance', 'treatment', 'complications'],
  },
  // why: "what causes it" asks cause; gluten free diet asks lifestyle; phentermine with levothyroxine asks interactions
  {
    subject: 'cant lose weight',
    message:
      'I have Hashimoto thyroiditis and no matter what I do I cannot lose weight. What causes Hashimoto thyroiditis in the first place? Can a gluten free diet help? And would phentermine be ok to take with my levothyroxine?',
    focus: 'Hashimoto thyroiditis',
    types: ['cause', 'lifestyle', 'interactions'],
  },
];
