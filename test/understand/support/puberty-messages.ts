/**
 * "puberty" set. Messages about puberty and growing up: early or late puberty, growth spurts, periods starting,
 * body changes in a condition, growth hormone and puberty blockers. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.857). Scored by puberty.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --puberty --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PUBERTY_MESSAGES: ConsumerMessage[] = [
  // why: "what is it" asks for an overview
  {
    message:
      'what is precocious puberty exactly? our pediatrician said our 7 yr old daughter might have it because shes already getting breasts',
    focus: 'precocious puberty',
    types: ['information'],
  },
  // why: "inherited from the father or mother" asks how it runs in families
  {
    message: 'is klinefelter syndrome inherited from the father or mother',
    focus: 'klinefelter syndrome',
    types: ['inheritance'],
  },
  // why: "is missing puberty part of it" asks about a sign; "what treatment" asks treatment
  {
    subject: 'Turner syndrome and periods',
    message:
      "My daughter is 13 and has Turner syndrome. She hasn't started her period and all her friends have, she is really upset about it. Is not going into puberty on her own part of Turner syndrome? And what treatment do doctors give to get puberty started?",
    focus: 'Turner syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: "does Lupron cause weight gain" asks a side effect of the medicine
  {
    message:
      'Does Lupron cause weight gain? My son has been on it for 6 months for early puberty and he has put on almost 10 pounds.',
    focus: 'Lupron',
    types: ['side_effects'],
  },
  // why: asks which gene, whether his children can inherit it, and what treatment starts puberty
  {
    subject: 'Kallmann syndrome - 16 year old son',
    message:
      'Hello, our 16 year old son was just diagnosed with Kallmann syndrome after we went to the doctor because he had no signs of puberty at all (no voice change, no facial hair, still looks about 12). He has also never been able to smell anything, which we never thought much about. We have three questions. Which gene is responsible for Kallmann syndrome? Could his own children inherit it one day? And what treatment will bring on his puberty? Thank you so much for any help.',
    focus: 'Kallmann syndrome',
    types: ['genetic_changes', 'inheritance', 'treatment'],
  },
  // why: "could this be" and "how is it diagnosed" are one diagnosis question; "is it rare" asks frequency
  {
    message:
      'my 4 year old daughter has had some vaginal bleeding twice now and she has large light brown birthmarks on her back. could this be mccune albright syndrome?? how do they diagnose it. and is it very rare',
    focus: 'mccune albright syndrome',
    types: ['diagnosis', 'frequency'],
  },
  // why: "how long does it last before replacing" asks timing of the medicine
  {
    message: 'How long does the histrelin implant last before it has to be taken out and replaced?',
    focus: 'histrelin implant',
    types: ['drug_usage'],
  },
  // why: "is this from the accutane" asks side effect; drinking while on it asks interactions
  {
    subject: 'accutane and my period',
    message:
      'im 16 and started accutane for my acne 2 months ago. my period has been really irregular since then, is that from the accutane? also can i drink a little at a party while im on it or is that bad',
    focus: 'accutane',
    types: ['side_effects', 'interactions'],
  },
  // why: asks cause, cure, diet, and whether it affects having babies later (complication)
  {
    subject: 'Just diagnosed with PCOS at 15',
    message:
      "hi, my doctor told me today i have PCOS. i'm 15. my periods come like every 3 months and i have hair growing on my chin and my stomach which is so embarrassing at school. i looked online and got scared. what causes PCOS? can it be cured or is it for life? is there a special diet that helps? and will it stop me having babies when im older?",
    focus: 'PCOS',
    types: ['cause', 'treatment', 'lifestyle', 'complications'],
  },
  // why: "will it go away on its own" asks the course
  {
    message:
      'My 14 year old son has developed small breasts and refuses to go swimming anymore. His doctor said it is gynecomastia and common in puberty. Will it go away on its own?',
    focus: 'gynecomastia',
    types: ['prognosis'],
  },
  // why: "is that part of CAH" asks a sign; "can it make him short" asks a complication
  {
    message:
      'Our son has congenital adrenal hyperplasia and at 5 he is getting pubic hair and body odor. Is that part of the condition? Can it make him end up short as an adult?',
    focus: 'congenital adrenal hyperplasia',
    types: ['symptoms', 'complications'],
  },
  // why: "can he keep playing football" asks daily life/sports
  {
    message: 'can my son keep playing football with osgood schlatter',
    focus: 'osgood schlatter',
    types: ['lifestyle'],
  },
  // why: "do they go through puberty normally" asks a sign; "is hormone treatment recommended" asks treatment
  {
    subject: 'puberty in PWS',
    message:
      'Do children with Prader-Willi syndrome go through puberty normally? Is hormone treatment usually recommended for them as teenagers?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: "what happens if we miss a dose" asks about a missed dose
  {
    message:
      'Teenage son with late puberty, the endocrinologist started him on testosterone injections once a month. What happens if we miss a dose by a week or so, do we just give it late?',
    focus: 'testosterone',
    types: ['drug_usage'],
  },
  // why: "could it be Marfan" asks diagnosis; runs in families asks inheritance; heart problems it can cause asks complications
  {
    message:
      'My 12 yo son shot up 4 inches this year, he is way taller than everyone, very thin with long fingers and he is short sighted. Could this be Marfan syndrome? Is it something that runs in families (his dad is tall too)? And what heart problems can it cause?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'inheritance', 'complications'],
  },
  // why: asks what causes it, what tests, and whether she will grow out of it (course)
  {
    subject: 'no period at 16',
    message:
      'My daughter is 16 and has never had a period. Otherwise she seems healthy, she runs cross country. The GP wrote primary amenorrhea on the referral. What causes primary amenorrhea, what tests will she have to go through, and is it something she might just grow out of',
    focus: 'primary amenorrhea',
    types: ['cause', 'diagnosis', 'prognosis'],
  },
  // why: "new research or trials on uterus transplants" asks research; "support groups" asks find_specialist
  {
    message:
      "I'm 17 and I just found out I have MRKH, I was born without a uterus. I'm still trying to process it. Is there any research or trials going on with uterus transplants for girls with MRKH? And are there support groups where I could talk to others my age?",
    focus: 'MRKH',
    types: ['research', 'find_specialist'],
  },
  // why: "should she be tested" asks diagnosis
  {
    subject: 'very heavy periods',
    message:
      'My 13 year old started her periods last year and they are super heavy, she soaks through a pad every hour and gets nosebleeds a lot too. Should she be tested for von Willebrand disease?',
    focus: 'von Willebrand disease',
    types: ['diagnosis'],
  },
  // why: "what is it" asks information; "how common" asks frequency
  {
    message: 'What is androgen insensitivity syndrome and how common is it?',
    focus: 'androgen insensitivity syndrome',
    types: ['information', 'frequency'],
  },
  // why: asks whether late puberty is a sign, whether growth hormone would help (treatment), and final height (outlook)
  {
    message:
      'our son has noonan syndrome and is the shortest in his class at 13 with no signs of puberty yet, his friends are all getting deep voices. is late puberty common in noonan syndrome? would growth hormone help him? will he reach a normal adult height',
    focus: 'noonan syndrome',
    types: ['symptoms', 'treatment', 'prognosis'],
  },
  // why: "what is it used for" asks what the medicine is for
  {
    message: 'what is triptorelin used for in kids',
    focus: 'triptorelin',
    types: ['indication'],
  },
  // why: "will it affect her bones" asks side effects; "kept in the fridge" asks storage
  {
    subject: 'Leuprolide questions',
    message:
      'Our 8 year old is starting leuprolide for early puberty. Is it safe long term, like will it affect her bones? And does it have to be kept in the fridge before the appointment?',
    focus: 'leuprolide',
    types: ['side_effects', 'storage_disposal'],
  },
  // why: "higher risk because of his weight" asks who is at risk
  {
    message:
      'my 12 yr old son is overweight and in the middle of a big growth spurt, now he limps and says his knee hurts. the doctor mentioned slipped capital femoral epiphysis. is he at more risk of this because of his weight?',
    focus: 'slipped capital femoral epiphysis',
    types: ['susceptibility'],
  },
  // why: "what does idiopathic mean here" asks what the condition is; "is there treatment to make her taller" asks treatment
  {
    message:
      'Our daughter (11) was told she has idiopathic short stature. What does that actually mean? Is there any treatment that can make her taller before her growth plates close?',
    focus: 'idiopathic short stature',
    types: ['information', 'treatment'],
  },
  // why: asks how common, testosterone for life (treatment), and sports/normal life (lifestyle)
  {
    subject: "Son diagnosed with Klinefelter's",
    message:
      "My son (15) was diagnosed with Klinefelter's syndrome after blood tests for breast growth and small testicles. We had never heard of it. How common is it? Will he need testosterone for the rest of his life? Can he still play sports and have a normal life?",
    focus: "Klinefelter's syndrome",
    types: ['frequency', 'treatment', 'lifestyle'],
  },
  // why: "before breakfast" asks timing; "with cereal and milk" asks food interaction
  {
    message:
      'My daughter takes levothyroxine for her thyroid, she is 14 and always rushing in the morning. Does she have to take it before breakfast or can she take it with her cereal and milk?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  // why: "why do girls get it" asks cause; "hormones in chicken" asks about a named exposure as cause
  {
    message:
      'Why do girls get precocious puberty? Is it something in the food, like hormones in chicken and milk?',
    focus: 'precocious puberty',
    types: ['cause', 'association'],
  },
  // why: "same as GHD" asks what each is; "which gene" asks genetic change; "how is it treated" asks treatment
  {
    subject: 'Laron syndrome',
    message:
      "Is Laron syndrome the same thing as growth hormone deficiency? Which gene is it, and how is it treated if growth hormone shots don't work for these kids?",
    focus: 'Laron syndrome',
    types: ['information', 'genetic_changes', 'treatment'],
  },
  // why: "does Sotos cause early puberty" asks a sign; "outlook for adult height" asks prognosis
  {
    message:
      'Our 8 yo with Sotos syndrome is already 5 foot tall and has breast buds. Does Sotos syndrome cause early puberty? What is the outlook for her adult height, will she keep growing this fast?',
    focus: 'Sotos syndrome',
    types: ['symptoms', 'prognosis'],
  },
  // why: "why the cancer risk" asks complications; hormones for puberty asks treatment; "which gene" asks genetic change
  {
    message:
      'My 15 year old daughter has Swyer syndrome. The doctors say her gonads have to be removed because of the risk of cancer. Why is there a cancer risk? What hormone therapy will she need to go through puberty after surgery? And which gene change caused this, since she has XY chromosomes?',
    focus: 'Swyer syndrome',
    types: ['complications', 'treatment', 'genetic_changes'],
  },
  // why: "best thing for cramps" asks treatment
  {
    message:
      'whats the best thing for really bad period cramps in a 14 yr old?? dr called it dysmenorrhea and said take painkillers but they arent working',
    focus: 'dysmenorrhea',
    types: ['treatment'],
  },
  // why: "with ibuprofen" asks interactions; "with food" asks how to take it
  {
    message:
      'Can my 15 year old take mefenamic acid together with ibuprofen for her cramps? And should it be taken with food?',
    focus: 'mefenamic acid',
    types: ['interactions', 'drug_usage'],
  },
  // why: asks whether large testicles are a sign, medication for aggression, trials, and a specialist clinic
  {
    subject: 'Fragile X and puberty - help',
    message:
      "My son has fragile X syndrome and he is 11. Lately we noticed his testicles are getting large, is that part of fragile X syndrome as they go into puberty? Also his behaviour has gotten much worse with all the hormones, hitting and meltdowns. Is there any medication for the aggression? Are there any clinical trials he could join? And where can we find a specialist clinic, our local doctors don't know much about it. Thank you.",
    focus: 'fragile X syndrome',
    types: ['symptoms', 'treatment', 'research', 'find_specialist'],
  },
  // why: "is it a symptom" asks whether a sign belongs to it
  {
    message: 'is delayed puberty a symptom of Bardet-Biedl syndrome',
    focus: 'Bardet-Biedl syndrome',
    types: ['symptoms'],
  },
  // why: "how is it diagnosed" asks diagnosis; "where can we find a gender clinic" asks find_specialist
  {
    message:
      'My 12 year old says he was born in the wrong body and he is terrified of puberty starting. How is gender dysphoria diagnosed in kids? And where can we find a specialist gender clinic for teens near us?',
    focus: 'gender dysphoria',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "permanent damage to bones and fertility" asks what it can lead to
  {
    message:
      "Can anorexia nervosa cause permanent damage to a teenager's bones and fertility? My daughter is 15 and her periods stopped a year ago.",
    focus: 'anorexia nervosa',
    types: ['complications'],
  },
  // why: "is this common in it" asks a sign; "can Lupron help" asks treatment of the condition
  {
    subject: 'early puberty in SRS',
    message:
      'Our son with Silver-Russell syndrome is starting puberty early, he is only 8. Is this common in Silver-Russell syndrome? Can treatment with Lupron help him get a bit more height?',
    focus: 'Silver-Russell syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: "will they go away" asks the course
  {
    message: 'im 14 and got stretch marks on my thighs and back from growing so fast. will they go away',
    focus: 'stretch marks',
    types: ['prognosis'],
  },
  // why: "what is it" asks information; late periods as a sign asks symptoms; early menopause asks complications
  {
    message:
      'What is trisomy X? Our daughter was diagnosed at 12 because she is very tall and has some learning problems. Is late puberty or irregular periods a sign of it? And can it cause early menopause later on?',
    focus: 'trisomy X',
    types: ['information', 'symptoms', 'complications'],
  },
  // why: "does chocolate or dairy make it worse" asks a link with a named exposure
  {
    subject: 'teen acne',
    message: 'does eating chocolate or dairy make acne worse in teenagers',
    focus: 'acne',
    types: ['association'],
  },
];
