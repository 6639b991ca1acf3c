/**
 * "hormones" set. Messages about hormone and gland conditions and their medicines (Addison disease, congenital
 * adrenal hyperplasia, thyroid conditions, Turner syndrome, growth hormone, insulin). Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.925, type F1 0.882). Scored by hormones.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --hormones --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HORMONES_MESSAGES: ConsumerMessage[] = [
  {
    // "addisons disease life expectancy" -> prognosis (life expectancy)
    message: 'addisons disease life expectancy',
    focus: 'Addison disease',
    types: ['prognosis'],
  },
  {
    // "Should I take it first thing in the morning or at bedtime?" -> drug_usage (timing of the dose)
    // "is it ok to have my coffee with it" -> interactions (medicine with a drink)
    // "Could it be why my hair is coming out in the shower?" -> side_effects (problem from the medicine)
    subject: 'levothyroxine question',
    message:
      'Hi, I was just started on levothyroxine 50mcg for an underactive thyroid. Should I take it ' +
      "first thing in the morning or at bedtime? And is it ok to have my coffee with it, because I can't " +
      'function without coffee lol. Also could it be why my hair is coming out in the shower? Thanks',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  {
    // "Did she get it from one of us?" -> inheritance (whether it was passed on by a parent)
    // "how common is it in girls?" -> frequency (how common)
    // "Do girls with it have heart problems?" -> complications (other problems it leads to)
    message:
      'Hello. Our daughter (9) was diagnosed with Turner syndrome last week after years of being the ' +
      'smallest in her class. Nobody in either of our families has anything like it. Did she get it from ' +
      'one of us? And how common is it in girls? The doctor also mentioned an echo of her heart, do girls ' +
      'with it have heart problems? Thank you for any info, we are still in shock.',
    focus: 'Turner syndrome',
    types: ['inheritance', 'frequency', 'complications'],
  },
  {
    // "what is klinefelters syndrome?" -> information (what the condition is)
    message: 'what is klinefelters syndrome?',
    focus: 'Klinefelter syndrome',
    types: ['information'],
  },
  {
    // "Is this part of the Graves?" -> symptoms (whether a sign belongs to it)
    // "What are my options besides the radioactive iodine?" -> treatment (therapies)
    subject: 'eyes',
    message:
      'I was diagnosed with Graves disease last month. My eyes are starting to look bulgy and feel ' +
      'gritty all the time. Is this part of the Graves or something else? What are my options besides ' +
      "the radioactive iodine my doctor keeps mentioning? I'm nervous about it.",
    focus: 'Graves disease',
    types: ['symptoms', 'treatment'],
  },
  {
    // "Does Hashimoto's run in families?" -> inheritance (runs in families)
    // "Should I get my thyroid checked too?" -> diagnosis (whether someone should be tested)
    message:
      "Does Hashimoto's run in families? My mother and my aunt both have it and now my sister was " +
      'just diagnosed at 30. Should I get my thyroid checked too?',
    focus: 'Hashimoto thyroiditis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "how much should he increase his dose??" -> drug_usage (dose on sick days)
    subject: 'sick day dose',
    message:
      'my husband has addisons and takes hydrocortisone 20mg a day. He has the flu with a fever of ' +
      '101. how much should he increase his dose??',
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  {
    // "Which gene causes this" -> genetic_changes (which gene)
    // "what are the chances our next baby will have it too?" -> inheritance (chance for a next baby)
    message:
      'Our newborn son screened positive for CAH on the heel prick test and it was confirmed ' +
      'yesterday. We are both healthy with no family history at all. Which gene causes this, and what ' +
      'are the chances our next baby will have it too? We are so scared.',
    focus: 'congenital adrenal hyperplasia',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "Could this be acromegaly?" -> diagnosis (whether someone's signs could be it)
    // "can it be fixed with surgery?" -> treatment (surgery)
    subject: 'my dad',
    message:
      'My dad (58) has had his hands and feet get bigger over the last few years, his wedding ring ' +
      "doesn't fit anymore and his jaw sticks out more than in old photos. He snores terribly too. Could " +
      'this be acromegaly? If it is, can it be fixed with surgery?',
    focus: 'acromegaly',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "does his insulin have to stay in the fridge the whole time, even on the plane?" -> storage_disposal
    //   (storing a medicine)
    message:
      'going to spain for 2 weeks with my T1D son. does his insulin have to stay in the fridge the ' +
      'whole time, even on the plane?',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // "Is there anything we can do to stop his little sister getting it?" -> prevention (preventing it)
    // "Are there any trials looking at this?" -> research (clinical trials)
    message:
      'Good morning. My older son has had type 1 diabetes since he was 4. His sister is now 2 and I ' +
      'watch her like a hawk. Is there anything we can do to stop his little sister getting it? Are there ' +
      'any trials looking at this? Many thanks.',
    focus: 'type 1 diabetes',
    types: ['prevention', 'research'],
  },
  {
    // "What causes Cushing's syndrome?" -> cause (why it happens)
    // "Can it be cured?" -> treatment (cure)
    // "where can I find a doctor who actually knows about it?" -> find_specialist (doctors)
    subject: 'Cushings??',
    message:
      "I've gained 30 lbs mostly around my stomach, my face is round and red and I have purple " +
      "stretch marks on my sides. I read about Cushing's syndrome and it fits me exactly. My GP laughed " +
      "it off. What causes Cushing's syndrome? Can it be cured? And where can I find a doctor who " +
      'actually knows about it?',
    focus: 'Cushing syndrome',
    types: ['cause', 'treatment', 'find_specialist'],
  },
  {
    // "Does Synthroid have lactose or gluten in it?" -> ingredients (what the medicine contains)
    subject: 'synthroid and lactose',
    message: 'Does Synthroid have lactose or gluten in it? I have celiac and I am also lactose intolerant.',
    focus: 'Synthroid',
    types: ['ingredients'],
  },
  {
    // "Is it safe for the baby?" -> contraindications (pregnancy)
    // "is that from the pills?" -> side_effects (whether a problem comes from the medicine)
    message:
      "I take methimazole for my overactive thyroid and we just found out I'm 5 weeks pregnant!! " +
      "Is it safe for the baby? Also I've had an itchy rash on my arms since I started it, is that from " +
      'the pills?',
    focus: 'methimazole',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "How do they test for it?" -> diagnosis (tests)
    // "Is it something he will grow out of?" -> prognosis (course)
    // "is it because I smoked when I was pregnant with him?" -> association (named exposure asked as cause)
    subject: 'my little boy',
    message:
      'Hi there, my son is 7 and only 3 foot 6, he has always been way smaller than his cousins and ' +
      'the kids in his class, and he gets teased a lot. His pediatrician measured him for a year and now ' +
      'says it might be growth hormone deficiency and is sending us to the hospital. How do they test for ' +
      "it? Is it something he will grow out of? I also can't stop thinking, is it because I smoked when " +
      'I was pregnant with him? I feel so guilty. Thank you for reading this.',
    focus: 'growth hormone deficiency',
    types: ['diagnosis', 'prognosis', 'association'],
  },
  {
    // "can hypothyroidism make you gain weight" -> symptoms (whether a sign belongs to it)
    message: 'can hypothyroidism make you gain weight',
    focus: 'hypothyroidism',
    types: ['symptoms'],
  },
  {
    // "Is there a link between Hashimoto's and celiac disease?" -> association (link between two conditions)
    message:
      'Is there a link between Hashimotos and celiac disease? My endo mentioned it in passing and ' +
      'I forgot to ask more.',
    focus: 'Hashimoto thyroiditis',
    types: ['association'],
  },
  {
    // "Is it safe for him to play full matches?" -> lifestyle (sports)
    // "What happens if his sugar drops too low during a game?" -> complications (problems it leads to)
    // "Will his pancreas ever start working again?" -> prognosis (whether he recovers)
    subject: 'football',
    message:
      'My 12 yo was diagnosed with type 1 diabetes in March. He is desperate to keep playing ' +
      'football. Is it safe for him to play full matches? What happens if his sugar drops too low during ' +
      'a game? And will his pancreas ever start working again or is this forever?',
    focus: 'type 1 diabetes',
    types: ['lifestyle', 'complications', 'prognosis'],
  },
  {
    // "Will testosterone help him?" -> treatment (therapies)
    // "Is there a support group for teens?" -> find_specialist (support groups)
    message:
      "My nephew was just diagnosed with Klinefelter's syndrome at 15 when he went to the doctor " +
      'about his breasts growing. Will testosterone help him? Is there a support group for teens with it? ' +
      "He won't talk to anyone about it.",
    focus: 'Klinefelter syndrome',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "what are the symptoms of a pheochromocytoma?" -> symptoms (its signs)
    // "could that be it?" -> diagnosis (whether someone's signs could be it)
    message:
      'what are the symptoms of a pheochromocytoma? i get pounding headaches, sweating and my heart ' +
      'races out of nowhere, maybe twice a week. could that be it?',
    focus: 'pheochromocytoma',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "Is diabetes insipidus the same thing as sugar diabetes?" -> information (whether two conditions
    //   are the same)
    message: 'Is diabetes insipidus the same thing as sugar diabetes?',
    focus: 'diabetes insipidus',
    types: ['information'],
  },
  {
    // "What does it actually do?" -> indication (how the medicine works)
    // "what should we do if he misses a dose?" -> drug_usage (missed doses)
    subject: 'DDAVP',
    message:
      'My son takes desmopressin tablets (DDAVP) for diabetes insipidus after his brain surgery last ' +
      'year. What does it actually do? And what should we do if he misses a dose? He forgot one at a ' +
      'sleepover.',
    focus: 'desmopressin',
    types: ['indication', 'drug_usage'],
  },
  {
    // "Can it cause heart valve problems?" -> side_effects (a medicine's side effects)
    message:
      "I've been on cabergoline for a prolactinoma for 2 years. Can it cause heart valve problems? " +
      'I read something scary online.',
    focus: 'cabergoline',
    types: ['side_effects'],
  },
  {
    // "What happens if she just leaves it alone?" -> complications (what happens untreated)
    // "Are there pills she can take instead of the operation?" -> treatment (medicines)
    message:
      'My mom is 72 and has hyperparathyroidism with high calcium. She does not want surgery at her ' +
      'age. What happens if she just leaves it alone? Are there pills she can take instead of the ' +
      'operation?',
    focus: 'hyperparathyroidism',
    types: ['complications', 'treatment'],
  },
  {
    // "What makes the adrenals just stop working?" -> cause (why it happens)
    // "Is it rare?" -> frequency (how rare)
    // "Can I still run marathons?" -> lifestyle (exercise)
    subject: "new Addison's diagnosis",
    message:
      "Hi, I'm 34 and was diagnosed with Addison's disease after ending up in ICU with an adrenal " +
      'crisis. I was healthy before this. What makes the adrenals just stop working? Is it rare? I have ' +
      'never met anyone with it. And can I still run marathons? I had one booked for October. Thank you.',
    focus: 'Addison disease',
    types: ['cause', 'frequency', 'lifestyle'],
  },
  {
    // "Does smoking make Graves disease more likely?" -> susceptibility (exposure raising the risk)
    message:
      'Does smoking make graves disease more likely? asking for my wife, she smokes a pack a day and ' +
      'her thyroid tests came back odd',
    focus: 'Graves disease',
    types: ['susceptibility'],
  },
  {
    // "Will her brain develop normally if we give the medicine every day?" -> prognosis (outlook)
    // "What happens if it is not treated?" -> complications (what happens untreated)
    subject: 'newborn screening',
    message:
      "Hi, our baby girl's heel prick showed congenital hypothyroidism. She is 3 weeks old and now " +
      'on thyroxine drops. Will her brain develop normally if we give the medicine every day? What ' +
      'happens if it is not treated? My mother-in-law says babies grow out of it. Thank you so much.',
    focus: 'congenital hypothyroidism',
    types: ['prognosis', 'complications'],
  },
  {
    // "Can I mix Lantus with my Humalog in the same syringe?" -> interactions (medicine with another
    //   medicine)
    message: 'Can I mix Lantus with my Humalog in the same syringe to save a shot?',
    focus: 'Lantus',
    types: ['interactions'],
  },
  {
    // "Does long term hydrocortisone cause osteoporosis?" -> side_effects (a medicine's side effects)
    message:
      'Does long term hydrocortisone cause osteoporosis? ive been on it 10 yrs for Addisons and my ' +
      'back hurts',
    focus: 'hydrocortisone',
    types: ['side_effects'],
  },
  {
    // "Should the rest of us be tested?" -> diagnosis (whether relatives should be tested)
    // "Which gene is it?" -> genetic_changes (which gene)
    // "are there specialist centres that follow families like ours?" -> find_specialist (expert centers)
    subject: 'MEN1 in the family',
    message:
      'Dear team, my brother (45) has been diagnosed with MEN1 after they found a parathyroid tumour ' +
      'and then something on his pancreas. There are five of us siblings and we all have kids. Should the ' +
      'rest of us be tested? Which gene is it? And are there specialist centres that follow families like ' +
      'ours? Kind regards, Margaret',
    focus: 'multiple endocrine neoplasia type 1',
    types: ['diagnosis', 'genetic_changes', 'find_specialist'],
  },
  {
    // "pcos and diabetes link?" -> association (link between two conditions)
    message: 'pcos and diabetes link?',
    focus: 'polycystic ovary syndrome',
    types: ['association'],
  },
  {
    // "Is it inherited?" -> inheritance (runs in families)
    // "What treatment is there to start his puberty?" -> treatment (therapies)
    message:
      "My son is 17 and still hasn't gone through puberty, no voice change, no facial hair, and he " +
      'has never been able to smell anything. The endocrinologist said Kallmann syndrome. Is it ' +
      'inherited? What treatment is there to start his puberty?',
    focus: 'Kallmann syndrome',
    types: ['inheritance', 'treatment'],
  },
  {
    // "Is levothyroxine covered by medicare part D?" -> other (insurance)
    message: 'Is levothyroxine covered by medicare part D? the price went up again at my pharmacy.',
    focus: 'levothyroxine',
    types: ['other'],
  },
  {
    // "What is thyroid storm" -> information (what the condition is)
    // "how do you prevent it?" -> prevention (preventing it)
    subject: 'thyroid storm??',
    message:
      "What is thyroid storm and how do you prevent it? My sister has graves that isn't under " +
      'control and the ER doctor said she was close to it.',
    focus: 'thyroid storm',
    types: ['information', 'prevention'],
  },
  {
    // "Can adults get type 1 diabetes?" -> susceptibility (who is at risk)
    message:
      'Can adults get type 1 diabetes? My husband was just diagnosed at 41 and I thought only kids ' +
      'got it.',
    focus: 'type 1 diabetes',
    types: ['susceptibility'],
  },
  {
    // "Can used insulin pens and needles go in the household trash?" -> storage_disposal (throwing it away)
    // "is there any help with the cost of insulin?" -> other (costs)
    subject: 'used needles',
    message:
      'Hello, can used insulin pens and needles go in the household trash or do they need something ' +
      'special? Also is there any help with the cost of insulin, we have no insurance right now.',
    focus: 'insulin',
    types: ['storage_disposal', 'other'],
  },
  {
    // "What is octreotide used for?" -> indication (what the medicine is for)
    // "does it cause gallstones?" -> side_effects (a medicine's side effects)
    message:
      'What is octreotide used for? My father was prescribed the monthly injection for his ' +
      'acromegaly and nobody explained it. His friend said it gives you gallstones, does it cause ' +
      'gallstones?',
    focus: 'octreotide',
    types: ['indication', 'side_effects'],
  },
  {
    // "Is this from the hypopituitarism?" -> symptoms (whether a sign belongs to it)
    // "Will she ever get better or is this for life?" -> prognosis (recovery, course)
    // "is anything new being researched?" -> research (new treatments being researched)
    subject: 'wife after pituitary surgery',
    message:
      'Hello, my wife had a large pituitary tumor removed 8 months ago and the doctors say she now ' +
      'has hypopituitarism. She takes hydrocortisone, thyroxine and estrogen, but she is still exhausted ' +
      'all day, always cold, and has lost all interest in things she loved, like gardening and seeing ' +
      'friends. She used to be the most energetic person I knew, always organising the whole street. Her ' +
      'blood tests come back "fine" and the GP just shrugs and says to give it time, and we have been ' +
      'giving it time. Is this from the hypopituitarism? Will she ever get better or is this for life? ' +
      'And is anything new being researched? We feel forgotten between appointments. Thank you for any ' +
      'help.',
    focus: 'hypopituitarism',
    types: ['symptoms', 'prognosis', 'research'],
  },
  {
    // "Is it safe to take hydrocortisone while breastfeeding?" -> contraindications (breastfeeding)
    message: 'Is it safe to take hydrocortisone while breastfeeding my 2 month old?',
    focus: 'hydrocortisone',
    types: ['contraindications'],
  },
  {
    // "graves disease cure?" -> treatment (cure)
    message: 'graves disease cure?',
    focus: 'Graves disease',
    types: ['treatment'],
  },
];
