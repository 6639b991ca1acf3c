/**
 * "final8" set: a final, mixed set of 40 messages in every style people write in: short and long, careful
 * and messy, lower case with no punctuation, several questions run together, a question only in the subject
 * line. Writers are parents, patients, relatives, friends, teenagers, professionals asking for patients and
 * people whose first language is not English; some are follow-ups, about a fifth are about medicines, some
 * about common conditions, some name two conditions where only one is asked about, and a few ask about a
 * link between two. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. Scored once, late in the round that wrote it, and never tuned on: focus
 * 1.000, type F1 0.877 (see BENCHMARKS.md). Scored by final8.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final8 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL8_MESSAGES: ConsumerMessage[] = [
  {
    // The only question is the subject line: "is wilsons disease hereditary" = inheritance. The body is story.
    subject: 'is wilsons disease hereditary',
    message:
      'My uncle was just diagnosed at 41 and now my mom is freaking out because she has 3 kids, me included. Nobody else in the family has ever had it as far as we know.',
    focus: 'wilsons disease',
    types: ['inheritance'],
  },
  {
    // "life expectancy" = prognosis. A few words, no punctuation.
    message: 'marfan syndrome life expectancy',
    focus: 'marfan syndrome',
    types: ['prognosis'],
  },
  {
    // The question is about the medicine sertraline (postnatal depression is story): "Is it OK while I'm breastfeeding" = contraindications.
    message:
      "Hi, I'm 6 weeks postpartum and my GP wants to start me on sertraline for postnatal depression. Is it OK while I'm breastfeeding? She's only on breast milk. Thanks",
    focus: 'sertraline',
    types: ['contraindications'],
  },
  {
    // "does it really make your lips peel" and "can it make u depressed" are both side_effects (one type);
    // "do i have to take it with food" = drug_usage.
    message:
      'im 16 and my derm is starting me on accutane next month. does it really make your lips peel that bad and can it make u depressed?? my cousin said it did. also do i have to take it with food',
    focus: 'accutane',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // Professional asking for a patient: "any clinical trials of new treatments she could join" = research. The rest is story.
    message:
      "I'm a practice nurse writing on behalf of a 58-year-old patient with primary biliary cholangitis who has not responded well to ursodeoxycholic acid. She would like to know whether there are any clinical trials of new treatments she could join in the UK.",
    focus: 'primary biliary cholangitis',
    types: ['research'],
  },
  {
    // First language not English, misspelled name (correct: Duchenne muscular dystrophy).
    // "He will can walk when he is older?" = prognosis; "What medicine there is for him?" = treatment.
    message:
      'Hello doctor, my son have 7 years and the doctor say he has Duchene muscular dystrophy. He fall a lot and is difficult for him the stairs. He will can walk when he is older? What medicine there is for him? Thank you very much from Brazil.',
    focus: 'Duchene muscular dystrophy',
    types: ['prognosis', 'treatment'],
  },
  {
    // Follow-up. "will she be able to have children of her own" = a condition's effect on fertility = complications.
    subject: 'Re: Turner syndrome question',
    message:
      "Thank you for your reply about my daughter's Turner syndrome, it really helped. One more thing that I didn't like to ask the doctor in front of her - will she be able to have children of her own one day?",
    focus: 'Turner syndrome',
    types: ['complications'],
  },
  {
    // Two conditions named, only gout asked about (diabetes is story). "the best way to deal with the gout flares" = treatment;
    // "foods he should stay away from" = lifestyle (diet).
    message:
      "My husband has had type 2 diabetes for years and has just been told he also has gout in his big toe. What's the best way to deal with the gout flares when they come? Are there foods he should stay away from? He loves his seafood.",
    focus: 'gout',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "Is there a link between celiac disease and type 1 diabetes?" = association;
    // "Should he be tested for celiac?" = diagnosis. Focus is celiac: the test question is about it.
    message:
      'Is there a link between celiac disease and type 1 diabetes? My son has had type 1 since he was 4 and now at 10 he keeps getting stomach aches and bloating and has lost weight. Should he be tested for celiac?',
    focus: 'celiac disease',
    types: ['association', 'diagnosis'],
  },
  {
    // Long email. "What causes Angelman syndrome?" and "Is it something I did during the pregnancy?" are one cause question;
    // "what are the chances it will happen again if we have another baby" = inheritance;
    // "support groups for parents ... near Manchester" = find_specialist.
    subject: 'Our son has just been diagnosed',
    message:
      "Hello, I hope someone can help. Our son Oliver is 2 and a half. He has never really babbled, he didn't walk until he was nearly 2 and he has these seizures that started in the summer. He is the happiest little boy, always laughing, and everyone commented on it. Last week the geneticist told us he has Angelman syndrome. We had never heard of it and we are both in shock. I've been reading things online at 3am and making myself sick with worry. What causes Angelman syndrome? Is it something I did during the pregnancy? We were hoping to have another child - what are the chances it will happen again if we have another baby? And are there any support groups for parents in the same situation near Manchester? Sorry for the long message and thank you for reading.",
    focus: 'Angelman syndrome',
    types: ['cause', 'inheritance', 'find_specialist'],
  },
  {
    // Messy, no punctuation, questions run together. Prednisone is story.
    // "does it get worse over time" = prognosis; "can it go to the heart" = complications.
    message:
      'my mom has sarcoidosis in her lungs for 10 yrs now shes on prednisone and coughing more lately does it get worse over time can it go to the heart her friend said it can',
    focus: 'sarcoidosis',
    types: ['prognosis', 'complications'],
  },
  {
    // "What triggers HAE attacks?" = cause (what brings on its attacks);
    // "is the awful stomach pain I get part of it" = symptoms (whether a sign belongs to it).
    message:
      "What triggers HAE attacks? Mine seem to come a day or two after dental work or when I'm stressed at work. And is the awful stomach pain I get sometimes part of it, or something else? My face doesn't always swell when I get the pain.",
    focus: 'HAE',
    types: ['cause', 'symptoms'],
  },
  {
    // "How rare is FOP?" = frequency.
    message:
      'How rare is FOP? Our doctor said he has only ever seen one case in his whole career and now our grandson is the second.',
    focus: 'FOP',
    types: ['frequency'],
  },
  {
    // Lower case, no punctuation. "which gene is mutated" = genetic_changes;
    // "can a genetic test tell which type my son has" = diagnosis.
    message:
      'which gene is mutated in alport syndrome and can a genetic test tell which type my son has he has blood in his urine and some hearing loss',
    focus: 'alport syndrome',
    types: ['genetic_changes', 'diagnosis'],
  },
  {
    // "Is shingles contagious?" and "Can the baby catch anything from her?" are one susceptibility question asked twice.
    message:
      "Is shingles contagious? My grandma has it on her back and I'm supposed to visit her on Sunday with my 2 month old. Can the baby catch anything from her?",
    focus: 'shingles',
    types: ['susceptibility'],
  },
  {
    // "What can I do to prevent them?" = prevention;
    // "Could my birth control pill be causing them?" = a named exposure asked as the cause = association.
    subject: 'Migraines every week',
    message:
      "I'm 34 and get migraines 3-4 times a week now, with the zigzag lights before. I've tried cutting out cheese and chocolate. What can I do to prevent them? Could my birth control pill be causing them? I started a new one in March.",
    focus: 'migraines',
    types: ['prevention', 'association'],
  },
  {
    // "Could this be Ehlers-Danlos?" = diagnosis. The rest is story.
    message:
      "Could this be Ehlers-Danlos? My 19 y/o daughter has dislocated her shoulder three times just reaching for things, bruises if you look at her, her skin is really soft and stretchy and she can bend her thumb to her wrist. Her GP says she's just flexible.",
    focus: 'Ehlers-Danlos',
    types: ['diagnosis'],
  },
  {
    // Medicine storage: "Does Humira have to stay in the fridge the whole time?" = storage_disposal.
    message:
      "Does Humira have to stay in the fridge the whole time? We're flying to Spain for two weeks in August and I'm due a pen while we're there.",
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  {
    // Lupus is named but the question is about the medicine: "what is hydroxychloroquine actually used for" = indication.
    message:
      'what is hydroxychloroquine actually used for? my rheumatologist gave it to me for my lupus but i thought it was a malaria drug. im confused',
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  {
    // Hashimoto's is story; "Does levothyroxine contain lactose?" = ingredients.
    message:
      "Does levothyroxine contain lactose? I'm quite lactose intolerant and was just started on it for Hashimoto's. My stomach has been off since.",
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
  {
    // Psoriasis is story. "is it OK for him to have a few beers with it" = a medicine with alcohol = interactions.
    message:
      "My husband takes methotrexate once a week for his psoriasis. He's been told to stay off the drink but it's his brother's stag do next month - is it OK for him to have a few beers with it just that once?",
    focus: 'methotrexate',
    types: ['interactions'],
  },
  {
    // Teenager's parent, short. "Can she do swimming and cross country at school?" = lifestyle (sport, school).
    message:
      'My 9 year old has asthma. Can she do swimming and cross country at school or is it too risky? Her PE teacher keeps sitting her out.',
    focus: 'asthma',
    types: ['lifestyle'],
  },
  {
    // Misspelled name (correct: hidradenitis suppurativa). "Is there any cure" = treatment.
    message:
      "Is there any cure for hidradenitis supurativa?? I have had it for 12 years, under my arms and in my groin, and nothing works. Antibiotics, creams, I've had 2 operations. I am at the end of my rope honestly.",
    focus: 'hidradenitis supurativa',
    types: ['treatment'],
  },
  {
    // Two conditions named (Down syndrome is story), only Hirschsprung asked about. "What is the surgery for Hirschsprung like" = treatment.
    message:
      "My sister's little boy has Down syndrome and at 3 weeks old he has just been diagnosed with Hirschsprung disease. He is having surgery next month. What is the surgery for Hirschsprung like? She is too upset to ask the surgeons so I am asking for her.",
    focus: 'Hirschsprung disease',
    types: ['treatment'],
  },
  {
    // Link between two: "Is there a link between endometriosis and ovarian cancer?" = association. Focus is the writer's condition.
    message:
      'I have had endometriosis since my 20s. Is there a link between endometriosis and ovarian cancer? I read an article that scared me.',
    focus: 'endometriosis',
    types: ['association'],
  },
  {
    // Teenager, misspelled name (correct: Tourette syndrome). "will my tics go away when im older" = prognosis.
    message:
      'hi im 15 and i have tourettes syndrome. will my tics go away when im older?? my friend said they go away for most people',
    focus: 'tourettes syndrome',
    types: ['prognosis'],
  },
  {
    // "Are there any clinical trials for Stargardt disease?" and "Is gene therapy anywhere close?" are one research question.
    message:
      "Are there any clinical trials for Stargardt disease? I'm 28 and losing my central vision fast, I can't read my phone anymore without zooming. Is gene therapy anywhere close?",
    focus: 'Stargardt disease',
    types: ['research'],
  },
  {
    // Professional for a patient. "what the chance is that his two children have inherited it" = inheritance.
    message:
      "I'm a GP. A 32-year-old man with confirmed hereditary haemochromatosis (C282Y homozygous, ferritin 1200) asks what the chance is that his two children, aged 6 and 9, have inherited it. His wife has not been tested.",
    focus: 'hereditary haemochromatosis',
    types: ['inheritance'],
  },
  {
    // A named exposure asked as the cause: "Can the flu jab cause Guillain-Barre syndrome?" = association.
    message:
      "Can the flu jab cause Guillain-Barre syndrome? My dad had it in 2019 after a chest infection and was in ICU for weeks. He's terrified of getting his jab this winter.",
    focus: 'Guillain-Barre syndrome',
    types: ['association'],
  },
  {
    // Narcolepsy is story; the question is about the medicine: "Can I take modafinil with my birth control pill?" = interactions.
    message:
      'I have narcolepsy and my neuro just put me on modafinil. Can I take modafinil with my birth control pill? A girl in my support group said it makes the pill stop working!!',
    focus: 'modafinil',
    types: ['interactions'],
  },
  {
    // "what can we do to stop our sons sickle cell crises" = prevention; "does cold weather set them off" = cause (brings on attacks).
    message:
      'what can we do to stop our sons sickle cell crises. hes 11 and has had 4 hospital stays this year alone. does cold weather set them off, they always seem to happen in winter',
    focus: 'sickle cell',
    types: ['prevention', 'cause'],
  },
  {
    // Grandparent. "What is CF exactly?" = information; "how did she get it" when both parents are healthy = inheritance (carriers).
    message:
      'My granddaughter was diagnosed with cystic fibrosis through the heel-prick test. She is 3 weeks old and looks perfectly healthy. What is CF exactly? Her parents are both healthy and nobody in either family has it - how did she get it?',
    focus: 'cystic fibrosis',
    types: ['information', 'inheritance'],
  },
  {
    // "Can Kawasaki disease damage the heart long term?" = complications.
    message:
      'Can Kawasaki disease damage the heart long term? Our 3 yo had it last year and got IVIG in hospital, the echo was fine then.',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  {
    // Subject line says nothing; "is it contagious" = susceptibility (whether someone can catch it).
    subject: 'question',
    message:
      'my boyfriend has psoriasis on his elbows and scalp. is it contagious? we just moved in together',
    focus: 'psoriasis',
    types: ['susceptibility'],
  },
  {
    // "Any information on moyamoya disease?" = information; "What are the warning signs" = symptoms.
    message:
      "Any information on moyamoya disease? My neighbour's little boy had a stroke at 5 and they say it's moyamoya. I have a 4 year old myself. What are the warning signs to look out for?",
    focus: 'moyamoya disease',
    types: ['information', 'symptoms'],
  },
  {
    // "Is there any help paying for it?" = costs = other;
    // "Are there any patient organizations that could help us with an appeal?" = find_specialist.
    message:
      "Our insurance just denied the enzyme replacement for my wife's Gaucher disease, after 6 years on it. Is there any help paying for it while we fight this? Are there any patient organizations that could help us with an appeal?",
    focus: 'Gaucher disease',
    types: ['other', 'find_specialist'],
  },
  {
    // "Is there a test to confirm it?" = diagnosis.
    message:
      "My routine blood test showed slightly high bilirubin and the doctor mentioned Gilbert's syndrome. Is there a test to confirm it? I feel totally fine and just want to know for sure.",
    focus: "Gilbert's syndrome",
    types: ['diagnosis'],
  },
  {
    // FMF is story; the question is how to take the medicine colchicine: "Can she take it crushed in yogurt?" = drug_usage.
    message:
      'My daughter (8) takes colchicine for FMF. She hates the taste & sometimes spits it out. Can she take it crushed in yogurt?',
    focus: 'colchicine',
    types: ['drug_usage'],
  },
  {
    // Friend, follow-up. "Does that surgery actually help?" (removing the thymus) = treatment.
    subject: 'Follow up - my friend with myasthenia',
    message:
      "Following up on my question last week about my friend with myasthenia gravis - she's now been told she needs her thymus out. Does that surgery actually help? She's scared of having her chest opened for nothing.",
    focus: 'myasthenia gravis',
    types: ['treatment'],
  },
  {
    // "What are the chances I have it too?" = inheritance; "Should I get tested?" = diagnosis;
    // "Are there any drug trials right now?" = research.
    message:
      "My father has Huntington's disease, he's 56 and in a care home now. I'm 24. What are the chances I have it too? Should I get tested? Are there any drug trials right now that could help people like me before it starts?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis', 'research'],
  },
];
