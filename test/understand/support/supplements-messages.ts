/**
 * "supplements" set: 40 messages about supplements, herbal remedies, vitamins, special diets and
 * alternative treatments, often beside a condition or a prescription medicine: whether it works, whether it
 * is safe with their medicines or in pregnancy, how much to take, side effects, what is in it, what it is
 * for, and whether the condition can be treated or prevented naturally. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 1.000, type F1 0.677. Scored by supplements.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --supplements --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SUPPLEMENTS_MESSAGES: ConsumerMessage[] = [
  {
    // "Does turmeric actually do anything for RA" = treatment (a remedy for the condition). The rest is story.
    message:
      "Does turmeric actually do anything for RA, or is it all hype? My sister-in-law swears by her golden paste and keeps sending me articles. I've had RA for six years and I'm willing to try anything that isn't another injection.",
    focus: 'RA',
    types: ['treatment'],
  },
  {
    // "can i take st johns wort with sertraline" = interactions (a medicine with another product).
    message: 'can i take st johns wort with sertraline',
    focus: 'sertraline',
    types: ['interactions'],
  },
  {
    // "How many grams of fish oil should I actually be taking a day" = drug_usage; "is that from the fish oil"
    // (fishy burps, upset stomach) = side_effects; "does the bottle need to be kept in the fridge" = storage_disposal.
    message:
      "Hi there! I'm 58 and my GP said my triglycerides are a bit high, so I've started on fish oil along with my usual morning stack (vitamin C, glucosamine, collagen powder and a probiotic). How many grams of fish oil should I actually be taking a day to make a difference? The bottle says 1 capsule but I've read people take 4. Also, I've been getting fishy burps and a bit of an upset stomach since I started - is that from the fish oil? Last thing, does the bottle need to be kept in the fridge once it's open? Thanks so much!",
    focus: 'fish oil',
    types: ['drug_usage', 'side_effects', 'storage_disposal'],
  },
  {
    // "Is that much vitamin D safe while pregnant" = contraindications (pregnancy precaution).
    message:
      "I'm 12 weeks pregnant and I've been taking 4000 IU of vitamin D every day since last winter because my levels were low. My midwife looked a bit surprised when I told her. Is that much vitamin D safe while pregnant?",
    focus: 'vitamin D',
    types: ['contraindications'],
  },
  {
    // "Does CBD oil really help the seizures in Dravet syndrome" = treatment; "are there any trials still going on"
    // = research; "will our insurance pay for it" = other (cost). The apology is not a question.
    subject: 'CBD oil for our son',
    message:
      "Hello, our son Mateo is 4 and was diagnosed with Dravet syndrome when he was 11 months old. He's on three seizure medicines and still has clusters most weeks, and every time he ends up in hospital we lose a bit more of him. A family in our parents' group started their daughter on a CBD oil from a health shop and say her seizures have halved. Does CBD oil really help the seizures in Dravet syndrome, or is it just one lucky child? I know there is a prescription version, so I'd also like to know if there are any trials still going on with it or with anything newer. And if his neurologist agrees to prescribe it, will our insurance pay for it, or is it something families have to fund themselves? Sorry for the long message, we are exhausted.",
    focus: 'Dravet syndrome',
    types: ['treatment', 'research', 'other'],
  },
  {
    // "Is melatonin any good for insomnia" = treatment. The list of things tried is story.
    message:
      "Is melatonin any good for insomnia? I'm 67, I've tried valerian, magnesium, chamomile tea and a lavender pillow spray and I still lie awake from 3 am. I don't want sleeping pills.",
    focus: 'insomnia',
    types: ['treatment'],
  },
  {
    // "Is this from the tablets??" (constipation, black stools) = side_effects; "could I just take one a day, or
    // every other day" = drug_usage.
    message:
      "Started ferrous sulfate 325mg twice a day two weeks ago for anaemia. Since then I'm badly constipated and my poo is black. Is this from the tablets?? Also could I just take one a day, or every other day, instead of two? I'm miserable.",
    focus: 'ferrous sulfate',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "probiotics for IBS - worth the money or not?" = treatment.
    message: 'probiotics for IBS - worth the money or not?',
    focus: 'IBS',
    types: ['treatment'],
  },
  {
    // "Is there any truth in ginkgo, or any other natural remedy, for tinnitus" = treatment.
    message:
      "My husband has had tinnitus since a rock concert in the 80s and it's got much louder since he retired. A man at his golf club told him ginkgo biloba cured his. Is there any truth in ginkgo, or any other natural remedy, for tinnitus?",
    focus: 'tinnitus',
    types: ['treatment'],
  },
  {
    // "Is keto actually used as a treatment for epilepsy in adults, or only in children" = treatment.
    message:
      'My husband is 34 and his epilepsy has never been properly controlled despite trying four different medicines. Someone on a forum said the ketogenic diet stopped her seizures completely. Is keto actually used as a treatment for epilepsy in adults, or only in children?',
    focus: 'epilepsy',
    types: ['treatment'],
  },
  {
    // "Is celiac disease passed down in families" = inheritance; "should I be getting tested before I go fully
    // gluten free" = diagnosis.
    message:
      "My mum was diagnosed with celiac disease last year. I've cut out bread and pasta for a month and feel loads better, less bloated. Is celiac disease passed down in families? And should I be getting tested before I go fully gluten free, or can I just stay off it?",
    focus: 'celiac disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Can Hashimotos disease be reversed naturally, without being on thyroid tablets" = treatment.
    // Focus misspelled as written; the correct spelling "Hashimoto's disease" is held.
    message:
      'Diagnosed with Hashimotos disease at 29. My antibodies are over 800. I have read that going gluten free, dairy free and taking selenium can put it into remission. Can Hashimotos disease be reversed naturally, without being on thyroid tablets for the rest of my life?',
    focus: 'Hashimotos disease',
    types: ['treatment'],
  },
  {
    // "Can metformin really cause low B12" = side_effects (whether a problem comes from the medicine).
    message:
      "Been on metformin 1000mg twice daily for 8 years for type 2 diabetes. My feet have started tingling and a friend said it's because metformin drains your B12. Can metformin really cause low B12?",
    focus: 'metformin',
    types: ['side_effects'],
  },
  {
    // "How much folic acid should I take" and "when I should start it" = drug_usage (dose and timing, one type).
    message:
      "I'm on lamotrigine for my seizures and we are hoping to start trying for a baby in the spring. How much folic acid should I take, the normal 400 micrograms from the supermarket or the 5 mg one? I'd also like to know when I should start it: now, or once I'm pregnant?",
    focus: 'folic acid',
    types: ['drug_usage'],
  },
  {
    // "Does being vegan put me at risk of vitamin B12 deficiency" = susceptibility; "What are the symptoms to look
    // out for" = symptoms; "will tablets fix it or do I need the injections" = treatment.
    message:
      "I've been vegan for 6 years and only take a B12 supplement now and then when I remember. Does being vegan put me at risk of vitamin B12 deficiency? What are the symptoms to look out for? I get pins and needles in my hands at night and I'm tired all the time. If I do have it, will tablets fix it or do I need the injections?",
    focus: 'vitamin B12 deficiency',
    types: ['susceptibility', 'symptoms', 'treatment'],
  },
  {
    // "Does calcium interfere with levothyroxine" = interactions; "could I take the levothyroxine at bedtime
    // instead" = drug_usage (timing).
    message:
      'I take levothyroxine 75 mcg first thing in the morning, and my doctor has now put me on calcium tablets for my bones. Does calcium interfere with levothyroxine? If it does, could I take the levothyroxine at bedtime instead?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Are kidney stones a side effect of taking vitamin C" = side_effects.
    message:
      "I passed a kidney stone in March (worst pain of my life). Since covid I've been taking 1000 mg of vitamin C every day to keep my immune system up. Are kidney stones a side effect of taking vitamin C?",
    focus: 'vitamin C',
    types: ['side_effects'],
  },
  {
    // "Can taking these stop me getting AMD" = prevention (preventing the condition).
    message:
      "My mother lost most of her central vision to AMD in her seventies. I'm 55 and my eyes are fine so far, but I've started on the AREDS2 eye vitamins, lutein and a bilberry supplement just in case. Can taking these stop me getting AMD?",
    focus: 'AMD',
    types: ['prevention'],
  },
  {
    // "will biotin make my hair grow back??" = treatment (a remedy for alopecia areata).
    message: 'will biotin make my hair grow back?? alopecia areata, 3 bald patches since june',
    focus: 'alopecia areata',
    types: ['treatment'],
  },
  {
    // "What exactly does niacin do" = indication (how it works, what it is for); "is that a side effect of
    // niacin" (face and chest went red and hot) = side_effects.
    message:
      'My cardiologist added niacin to my simvastatin because my good cholesterol is low. What exactly does niacin do? The first night I took it my face and chest went bright red and hot for half an hour. Is that a side effect of niacin?',
    focus: 'niacin',
    types: ['indication', 'side_effects'],
  },
  {
    // "Is it OK to take them together with my atorvastatin" = interactions (red yeast rice and CoQ10 with the medicine).
    message:
      "I'm on atorvastatin 20 mg. My wife bought me red yeast rice and CoQ10 from the health food store because she read they're good for the heart. Is it OK to take them together with my atorvastatin?",
    focus: 'atorvastatin',
    types: ['interactions'],
  },
  {
    // "Is there any THC in them at all" = ingredients; "will they make me drowsy" = side_effects.
    message:
      'Thinking of trying cannabidiol gummies for my back pain. Is there any THC in them at all? I drive a forklift at work, so will they make me drowsy?',
    focus: 'cannabidiol',
    types: ['ingredients', 'side_effects'],
  },
  {
    // "Is MTHFR really the gene behind hyperhomocysteinemia" = genetic_changes; "is methylfolate actually better
    // for treating it" = treatment.
    message:
      'My homocysteine came back high on a blood test and the naturopath I see says it is because of my MTHFR gene. Is MTHFR really the gene behind hyperhomocysteinemia? She also wants me to swap my ordinary folic acid for methylfolate at five times the price. Is methylfolate actually better for treating it?',
    focus: 'hyperhomocysteinemia',
    types: ['genetic_changes', 'treatment'],
  },
  {
    // "Can high-dose vitamin D really prevent MS relapses" = prevention (preventing relapses).
    message:
      'I was diagnosed with relapsing MS in 2019. I take 10,000 IU of vitamin D a day because I read about the high-dose protocol online, and my neurologist just shrugs. Can high-dose vitamin D really prevent MS relapses?',
    focus: 'MS',
    types: ['prevention'],
  },
  {
    // "Could low iron be what's causing my restless legs" = association (a named exposure asked as its cause).
    message:
      "Could low iron be what's causing my restless legs? My ferritin was 22 and it's always worst in the evenings.",
    focus: 'restless legs',
    types: ['association'],
  },
  {
    // "Do I need to stop my multivitamin with iron and cut out red meat and the odd glass of wine" = lifestyle
    // (diet, alcohol); "what could happen to my liver if my levels stay high" = complications.
    // Focus misspelled as written; "hemochromatosis" is held.
    message:
      'Just found out I have hemochromotosis (two copies of C282Y) and I start venesections next month. Do I need to stop my multivitamin with iron and cut out red meat and the odd glass of wine? And what could happen to my liver if my levels stay high?',
    focus: 'hemochromotosis',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Does curcumin help keep ulcerative colitis in remission" = prevention (preventing relapses).
    message:
      "Does curcumin help keep ulcerative colitis in remission? I'm on mesalamine and have been flare-free for 8 months and I'd like to do anything that keeps it that way.",
    focus: 'ulcerative colitis',
    types: ['prevention'],
  },
  {
    // "what actually works for morning sickness naturally? ginger biscuits, sea bands, vitamin B6??" = treatment
    // (one question, the list names the remedies it asks about).
    message:
      "what actually works for morning sickness naturally? ginger biscuits, sea bands, vitamin B6?? i'm 9 weeks and sick all day",
    focus: 'morning sickness',
    types: ['treatment'],
  },
  {
    // "Is black cohosh safe to take alongside tamoxifen" = interactions; "is it the tamoxifen that's causing these
    // hot flushes" = side_effects.
    message:
      "I finished treatment for breast cancer last year and I'm now on tamoxifen for five years. The hot flushes are awful, 15 a day. A friend takes black cohosh for hers. Is black cohosh safe to take alongside tamoxifen? Also, is it the tamoxifen that's causing these hot flushes, or would I be getting them anyway at 51?",
    focus: 'tamoxifen',
    types: ['interactions', 'side_effects'],
  },
  {
    // "Does it work or is it a waste of money" (saw palmetto for an enlarged prostate) = treatment. Focus
    // misspelled as written; "enlarged prostate" is held.
    message:
      "Saw palmetto for an enlarged prostrate. Does it work or is it a waste of money? Asking for my dad who won't ask himself.",
    focus: 'enlarged prostrate',
    types: ['treatment'],
  },
  {
    // "Do cranberry capsules or D-mannose actually stop them coming back" = prevention.
    message:
      "I'm 44 and I get a UTI almost every month, I've had six courses of antibiotics this year. Do cranberry capsules or D-mannose actually stop them coming back?",
    focus: 'UTI',
    types: ['prevention'],
  },
  {
    // "What is Gilbert's syndrome actually" = information; "How common is it" = frequency; "should I be avoiding
    // those with this" (supplements, a drink at the weekend) = lifestyle.
    message:
      "A routine blood test showed raised bilirubin and the doctor said it's Gilbert's syndrome and nothing to worry about, then moved on to the next patient. What is Gilbert's syndrome actually? How common is it? I take a few supplements (milk thistle, ashwagandha, a multivitamin) and like a drink at the weekend, should I be avoiding those with this?",
    focus: "Gilbert's syndrome",
    types: ['information', 'frequency', 'lifestyle'],
  },
  {
    // "can echinacea and other immune-boosting supplements set off a flare" = cause (what brings on its attacks).
    message:
      'I have lupus. Is it true that echinacea and other immune-boosting supplements can set off a flare?',
    focus: 'lupus',
    types: ['cause'],
  },
  {
    // "Does inositol actually help PCOS" = treatment; "how much does PCOS affect my chances of getting pregnant"
    // = complications (effect on fertility).
    message:
      "The PCOS groups on Facebook are obsessed with inositol (myo and D-chiro in a 40:1 ratio, apparently). I'm 31, my periods come every 2-3 months and we want to start a family next year. Does inositol actually help PCOS? And how much does PCOS affect my chances of getting pregnant?",
    focus: 'PCOS',
    types: ['treatment', 'complications'],
  },
  {
    // "Will taking magnesium and riboflavin every day cut down how many I get" = prevention (preventing attacks).
    message:
      "I get migraines 6-8 times a month. Will taking magnesium and riboflavin every day cut down how many I get? My neurologist mentioned them but didn't give me any doses.",
    focus: 'migraines',
    types: ['prevention'],
  },
  {
    // "calcium supplements cause heart attacks! Is that true?" = side_effects (whether a problem comes from it).
    message:
      "I'm 68 with osteoporosis and was told to take calcium tablets, 1200 mg a day. Then I read in the paper that calcium supplements cause heart attacks! Is that true? I don't want to swap one problem for another.",
    focus: 'calcium',
    types: ['side_effects'],
  },
  {
    // "Will she be able to eat normal things like bread, or have diet drinks with aspartame" = lifestyle (diet);
    // "will she grow up with normal intelligence" = prognosis.
    message:
      "Our daughter was picked up with PKU on the heel prick test and she is now 3 weeks old. The dietitian has gone through the formula and the protein exchanges, but I'm already worried about later. Will she be able to eat normal things like bread, or have diet drinks with aspartame, when she's older? If we keep her levels in range, will she grow up with normal intelligence?",
    focus: 'PKU',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Does he still have to avoid chocolate, nuts, mushrooms and shellfish" = lifestyle (diet).
    message:
      "My son (17) has Wilson disease and is being switched to zinc for maintenance. Does he still have to avoid chocolate, nuts, mushrooms and shellfish now that he's on zinc?",
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  {
    // "Does the cocktail actually help MELAS" = treatment; "Are there any clinical trials of new treatments" =
    // research; "could our two daughters have inherited it from her" = inheritance; "where would we find a doctor
    // who specialises in mitochondrial disease" = find_specialist.
    subject: 'Mito cocktail',
    message:
      "My wife was diagnosed with MELAS last year after two stroke-like episodes. Her neurologist started her on what he calls the mito cocktail: CoQ10, L-arginine, L-carnitine, riboflavin and a B complex. It's about 150 pounds a month. Does the cocktail actually help MELAS, especially the arginine for the strokes? Are there any clinical trials of new treatments she could join? Could our two daughters have inherited it from her? And where would we find a doctor who specialises in mitochondrial disease, because her neurologist admits he has only seen one other case?",
    focus: 'MELAS',
    types: ['treatment', 'research', 'inheritance', 'find_specialist'],
  },
  {
    // "Is this safe with the warfarin" (turmeric, kale smoothies) = interactions (medicine with food and a supplement).
    message:
      'My mum is 81 and on warfarin for her heart rhythm. She has started putting turmeric in everything and drinking kale smoothies because of something she saw on TV. Is this safe with the warfarin? Her INR has been all over the place.',
    focus: 'warfarin',
    types: ['interactions'],
  },
];
