/**
 * "nutrition" set. Messages about food and nutrition with a condition (PKU, celiac disease, ketogenic diets for
 * epilepsy, low-oxalate and low-FODMAP diets, feeding tubes, vitamin deficiencies, eating disorders, failure to
 * thrive, supplements). Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.870). Scored
 * by nutrition.test.ts and by `npx tsx test/understand/support/score-messages.ts --nutrition --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NUTRITION_MESSAGES: ConsumerMessage[] = [
  // why: "how do we handle school lunches" with a protein-restricted diet asks daily life (lifestyle)
  {
    subject: 'school lunches',
    message:
      "My daughter has PKU and she starts secondary school next month. How do we handle school lunches when she can't have most of the protein foods the other kids eat?",
    focus: 'PKU',
    types: ['lifestyle'],
  },
  // why: "does the keto diet actually work for this" asks treatment; "can he still eat at birthday parties" asks lifestyle
  {
    message:
      'My 4 yr old has Doose syndrome and the neurologist wants to try the ketogenic diet. Does the keto diet actually work for this kind of epilepsy? And can he still eat at birthday parties with the other kids??',
    focus: 'Doose syndrome',
    types: ['treatment', 'lifestyle'],
  },
  // why: "should she get tested" asks diagnosis for a relative; "runs in families" asks inheritance; "are oats ok on a gluten free diet" asks lifestyle
  {
    message:
      'I was diagnosed with coeliac disease last year at 52. My sister keeps having stomach trouble, should she get tested? Is it true it runs in families? Also are oats ok on a gluten free diet, I keep reading different things.',
    focus: 'coeliac disease',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  // why: "with my breakfast or on an empty stomach" asks how to take the medicine (drug_usage)
  {
    message:
      'I have been prescribed ferrous sulfate for low iron. Should I take it with my breakfast or on an empty stomach? On an empty stomach it makes me feel really sick.',
    focus: 'ferrous sulfate',
    types: ['drug_usage'],
  },
  // why: "can I take them at the same time" (with calcium) asks interactions; "should I double up" after forgetting asks a missed dose (drug_usage)
  {
    message:
      'I take levothyroxine every morning and my doctor just added calcium for my bones. Can I take them at the same time? And if I forget my thyroid pill one morning should I double up the next day?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: "what foods should he avoid" asks diet (lifestyle); "could his kidneys fail" asks complications; "new medicines being tested" asks research
  {
    subject: 'low oxalate diet questions',
    message:
      'Our son (9) was diagnosed with primary hyperoxaluria type 1 after his third kidney stone. The dietitian gave us a low-oxalate list but I am confused. What foods should he really avoid, is it just spinach and rhubarb? Could his kidneys fail eventually? Are there any new medicines being tested for this?',
    focus: 'primary hyperoxaluria type 1',
    types: ['lifestyle', 'complications', 'research'],
  },
  // why: "which foods am I supposed to cut out" asks diet (lifestyle)
  {
    message:
      'Ive had IBS for 10 years and my GP mentioned the low FODMAP diet. Which foods am I supposed to cut out? The lists online are all different',
    focus: 'IBS',
    types: ['lifestyle'],
  },
  // why: "could this be anorexia nervosa" asks whether signs could be it (diagnosis); "where can we get help ... specialist" asks find_specialist
  {
    message:
      'My 15 year old daughter has lost a lot of weight, skips meals and says she is fat when she is clearly not. Could this be anorexia nervosa or is it just a teenage phase? Where can we find a specialist in eating disorders for teenagers near us?',
    focus: 'anorexia nervosa',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "what causes this" asks cause
  {
    subject: 'baby not gaining weight',
    message:
      'Our baby is 7 months and has dropped from the 50th to the 5th percentile. The GP wrote failure to thrive in his notes. What causes this? We feed him all the time.',
    focus: 'failure to thrive',
    types: ['cause'],
  },
  // why: "did the metformin cause it" asks whether a problem comes from the medicine (side_effects); "should I stop taking it" asks drug_usage
  {
    message:
      'I am diabetic and have been on metformin for 8 years, now my blood test shows my B12 is low. Did the metformin cause it? Should I stop taking it?',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "how many drops a day" asks dose (drug_usage); "go in the fridge" asks storage_disposal; "can too much hurt him" asks side_effects
  {
    message:
      "Hi, I am exclusively breastfeeding and the health visitor said my baby needs vitamin D drops. How many drops a day should he get? Does the bottle need to go in the fridge once it's open? And can too much vitamin D hurt him? Thank you.",
    focus: 'vitamin D',
    types: ['drug_usage', 'storage_disposal', 'side_effects'],
  },
  // why: "does cerebral palsy cause swallowing problems like this" asks whether a sign belongs to it (symptoms); "will he still be able to eat by mouth" asks daily life (lifestyle)
  {
    message:
      'My grandson has cerebral palsy and keeps choking on his food, so he is getting a feeding tube next month. Does cerebral palsy cause swallowing problems like this? Will he still be able to eat anything by mouth once he has the tube? His nan and I love cooking for him.',
    focus: 'cerebral palsy',
    types: ['symptoms', 'lifestyle'],
  },
  // why: "can never have milk or dairy" asks diet (lifestyle); "how did she get this when neither of us has it" asks inheritance
  {
    subject: 'newborn screen positive',
    message:
      'Our newborn screening came back positive for galactosemia and we switched her to soy formula. Does this mean she can never have milk or dairy? How did she get this when neither of us has it?',
    focus: 'galactosemia',
    types: ['lifestyle', 'inheritance'],
  },
  // why: "can it be fixed by eating more meat ... or do I need the shots" asks treatment
  {
    message: 'can pernicious anemia be fixed by eating more meat and eggs or do i really need the shots',
    focus: 'pernicious anemia',
    types: ['treatment'],
  },
  // why: "why does being ill make it worse" asks what brings on attacks (cause); "how do we stop these crises" asks prevention; "can these episodes cause brain damage" asks complications
  {
    message:
      'Our son has maple syrup urine disease and is on a special formula and a protein restricted diet. Every time he gets a cold his leucine levels go crazy and we end up in hospital. Why does being ill make it so much worse? How do we stop these crises happening every time he catches something? Can these episodes cause brain damage?',
    focus: 'maple syrup urine disease',
    types: ['cause', 'prevention', 'complications'],
  },
  // why: "can celiac disease make a child short" asks whether a sign belongs to it (symptoms)
  {
    message:
      'Can celiac disease make a child short? My son is the smallest in his class by far and has tummy aches all the time.',
    focus: 'celiac disease',
    types: ['symptoms'],
  },
  // why: "does he have to stop eating green vegetables" asks food with the medicine (interactions); "what happens if he misses a dose" asks drug_usage
  {
    subject: 'warfarin and greens',
    message:
      'My husband is on warfarin after his heart valve surgery. He loves spinach and kale and eats salad every day. Does he have to stop eating green vegetables? And what should he do if he misses a dose?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "is it safe to take iron supplements while pregnant" asks pregnancy precautions (contraindications)
  {
    subject: 'iron in pregnancy',
    message:
      "I'm 20 weeks pregnant and my iron came back low. Is it safe to take iron supplements while pregnant?",
    focus: 'iron supplements',
    types: ['contraindications'],
  },
  // why: "what damage can it do to her body" asks complications; "recover from it completely" asks prognosis; "someone who specialises in it" asks find_specialist
  {
    message:
      "My best friend makes herself sick after she eats, I'm pretty sure she has bulimia. What damage can it do to her body? Do people recover from it completely? How can I get her to see someone who actually specialises in it? She won't talk to her parents.",
    focus: 'bulimia',
    types: ['complications', 'prognosis', 'find_specialist'],
  },
  // why: "does he need it with snacks" asks drug_usage; "is it normal that his tummy still hurts" asks whether a problem comes from the medicine (side_effects); "what is Creon doing" asks how it works (indication)
  {
    subject: 'Creon with snacks?',
    message:
      'My 6yo has cystic fibrosis and takes Creon with meals. Does he need it with snacks like a yogurt or a biscuit too? Is it normal that his tummy still hurts even though he takes it, or is that from the Creon? And what is Creon actually doing in his body, I never really understood.',
    focus: 'Creon',
    types: ['drug_usage', 'side_effects', 'indication'],
  },
  // why: "will he grow out of it" asks the outlook (prognosis)
  {
    message:
      'My son has eosinophilic esophagitis and is on an elimination diet with only six foods allowed. Will he grow out of it?',
    focus: 'eosinophilic esophagitis',
    types: ['prognosis'],
  },
  // why: "how long will she have to stay on it" (the diet as the main treatment) asks treatment; "family group we could talk to" asks find_specialist
  {
    subject: 'keto for GLUT1',
    message:
      'Our daughter was just diagnosed with GLUT1 deficiency at 2. The doctors said the ketogenic diet is the main treatment. How long will she have to stay on it? Is there a family group or charity for GLUT1 deficiency we could talk to?',
    focus: 'GLUT1 deficiency',
    types: ['treatment', 'find_specialist'],
  },
  // why: "am I more likely to get it because of my diet" asks who is at risk from an exposure (susceptibility)
  {
    message:
      "I've been vegan for 3 years. Am I more likely to get vitamin B12 deficiency because of my diet?",
    focus: 'vitamin B12 deficiency',
    types: ['susceptibility'],
  },
  // why: "what causes rickets" asks cause; "is there a test to know for sure" asks diagnosis; "will her legs straighten" asks prognosis
  {
    message:
      "My toddler's legs are really bowed and the doctor mentioned rickets. I thought that was something from history books! What causes rickets in the first place? Is there a test to know for sure? Will her legs straighten out once she has the vitamin D?",
    focus: 'rickets',
    types: ['cause', 'diagnosis', 'prognosis'],
  },
  // why: "is it a real eating disorder" asks what it is (information); "what treatments are there" asks treatment
  {
    message:
      'I think I have binge eating disorder. I eat huge amounts in secret and then feel awful about myself. Is binge eating disorder a real thing or am I just weak? What treatments are there?',
    focus: 'binge eating disorder',
    types: ['information', 'treatment'],
  },
  // why: "can it cause low B12 or iron" asks whether a problem comes from the medicine (side_effects)
  {
    message: 'Been on omeprazole for reflux for 6 years now. Can it cause low B12 or low iron?',
    focus: 'omeprazole',
    types: ['side_effects'],
  },
  // why: "could it be hereditary fructose intolerance" asks whether signs could be it (diagnosis); "is it dangerous if we don't find out" asks what happens untreated (complications)
  {
    message:
      "My 1 year old vomits and goes sweaty and floppy after eating fruit or anything sweet. Could it be hereditary fructose intolerance? Is it dangerous if we don't find out soon?",
    focus: 'hereditary fructose intolerance',
    types: ['diagnosis', 'complications'],
  },
  // why: "what's the difference between lactose intolerance and a milk allergy" asks what each is (information)
  {
    subject: 'confused',
    message:
      "What's the difference between lactose intolerance and a milk allergy? Our nursery keeps using them like they are the same thing.",
    focus: 'lactose intolerance',
    types: ['information'],
  },
  // why: "is the constant hunger part of the syndrome" asks symptoms; "medicines that help with the hunger" asks treatment; "at risk of diabetes later" asks complications
  {
    message:
      'My grandson has Prader-Willi syndrome. He was a poor feeder as a baby but now at 4 he is hungry all the time and sneaks food, we have to lock the pantry. Is the constant hunger part of the syndrome? Are there any medicines that help with it? And will he be at risk of diabetes later on?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'treatment', 'complications'],
  },
  // why: "is it dangerous for the baby if my levels are high" asks what happens when it is not controlled (complications); "will my baby have PKU too" asks inheritance
  {
    subject: 'PKU and pregnancy',
    message:
      "I have PKU and went off diet as a teenager. Now I'm 28 and we want a baby. Is it dangerous for the baby if my phe levels are high? Will my baby have PKU too?",
    focus: 'PKU',
    types: ['complications', 'inheritance'],
  },
  // why: "what does sapropterin do" asks how the medicine works (indication)
  {
    message:
      'What does sapropterin do? Our metabolic clinic says our son might be a responder and wants to do a trial of it.',
    focus: 'sapropterin',
    types: ['indication'],
  },
  // why: "can they give me kidney stones or constipation" asks side_effects; "do they need to be taken with food" asks drug_usage
  {
    message:
      'I am 78 and take calcium carbonate tablets for my bones. Can they give me kidney stones or constipation? My neighbour said so. And do they need to be taken with food?',
    focus: 'calcium carbonate',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "what foods ... has to avoid" asks diet (lifestyle); "should his brothers get checked" asks testing relatives (diagnosis); "how common is this" asks frequency
  {
    message:
      'My husband was told he has Wilson disease, he is only 24. What foods are high in copper that he has to avoid, is chocolate ok? Should his brothers get checked too? How common is this, nobody we know has ever heard of it.',
    focus: 'Wilson disease',
    types: ['lifestyle', 'diagnosis', 'frequency'],
  },
  // why: "should I stop eating red meat and avoid orange juice with meals" asks diet (lifestyle)
  {
    subject: 'new diagnosis',
    message:
      "I've just found out I have hemochromatosis. Should I stop eating red meat and avoid orange juice with meals?",
    focus: 'hemochromatosis',
    types: ['lifestyle'],
  },
  // why: "does this work as well as medicine" asks treatment; "will his growth catch up" asks the outlook (prognosis)
  {
    message:
      "Our 12 year old has Crohn's disease and the team wants him on a liquid-only formula diet for 8 weeks instead of steroids. Does this really work as well as medicine? He is very small for his age, will his growth catch up?",
    focus: "Crohn's disease",
    types: ['treatment', 'prognosis'],
  },
  // why: "is there any research on drugs" asks research
  {
    subject: 'short bowel research',
    message:
      'My wife has short bowel syndrome after surgery and is on IV nutrition every night. Is there any research going on into drugs that help the bowel absorb more?',
    focus: 'short bowel syndrome',
    types: ['research'],
  },
  // why: "it's called pica and could mean low iron, is that true" asks a link between two conditions (association); "should we get her blood checked" asks diagnosis
  {
    message:
      "My 3yo keeps eating dirt and chewing ice. A friend said it's called pica and that it can mean low iron. Is that true? Should we get her blood checked?",
    focus: 'pica',
    types: ['association', 'diagnosis'],
  },
  // why: "can he have birthday cake" asks daily life on the diet (lifestyle); "will the seizures ever stop completely" asks prognosis; "new drugs being tested" asks research
  {
    subject: 'Dravet and keto',
    message:
      'Our son with Dravet syndrome started the ketogenic diet in March and the seizures are a bit better. Can he have a small piece of birthday cake at parties or will that undo everything? Will his seizures ever stop completely? Are there new drugs being tested for Dravet syndrome?',
    focus: 'Dravet syndrome',
    types: ['lifestyle', 'prognosis', 'research'],
  },
  // why: "what is thiamine for" asks indication; "how long does he have to take it" asks drug_usage
  {
    message:
      'My dad drinks heavily and barely eats, the hospital started him on thiamine. What is thiamine for? How long does he have to take it?',
    focus: 'thiamine',
    types: ['indication', 'drug_usage'],
  },
  // why: "is it passed down in families" asks inheritance
  {
    message:
      "Is acrodermatitis enteropathica passed down in families? Our baby has a rash around her mouth and nappy area and they said it's to do with zinc.",
    focus: 'acrodermatitis enteropathica',
    types: ['inheritance'],
  },
];
