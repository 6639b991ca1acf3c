/**
 * "final12" set: a final, mixed set of 40 messages in every style people write in (short and long, careful
 * and messy, lower case, run-together questions, a question only in the subject line, voicemail-like run-on
 * text, emails with greetings and sign-offs), from parents, patients, grandparents, siblings, friends,
 * teenagers, teachers, carers, nurses and pharmacists and people whose first language is not English; about
 * a quarter about medicines or supplements. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. Scored once, at the end of the round that wrote
 * it, after its last change to the understanding stage, and never tuned on: focus 1.000, type F1 0.837 (see
 * BENCHMARKS.md). Scored by final12.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --final12 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL12_MESSAGES: ConsumerMessage[] = [
  {
    // "Is it something we passed on to her?" -> inheritance (runs in family);
    // "should he be tested as well?" -> diagnosis (should someone be tested);
    // "avoid chocolate and shellfish" -> lifestyle (diet)
    subject: 'Wilson disease - my daughter',
    message:
      'Hello, my daughter Mia (16) was diagnosed with Wilson disease last month after her liver tests came back strange. The doctors started her on medicine but everything went so fast. Is it something we passed on to her? Her little brother is 12, should he be tested as well? And does she really have to avoid chocolate and shellfish for the rest of her life? Thank you so much, Karen',
    focus: 'Wilson disease',
    types: ['inheritance', 'diagnosis', 'lifestyle'],
  },
  {
    // "is that from the tablets" -> side_effects (problem from the medicine);
    // "can i take it with dinner instead of breakfast" -> drug_usage (timing)
    message:
      'been on metformin 2 weeks and my stomach is a mess is that from the tablets and can i take it with dinner instead of breakfast',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // question only in the subject: "Is gout hereditary?" -> inheritance; body is story only
    subject: 'Is gout hereditary?',
    message:
      "My dad and his brother both have it and now my big toe has been swollen twice this year. I'm 38.\n\nSent from my phone",
    focus: 'gout',
    types: ['inheritance'],
  },
  {
    // "anything we can do to stop them from coming so often" -> prevention (stopping crises);
    // "new gene therapy ... could he get into a trial" -> research (trials, new treatments)
    message:
      "hi yes this is Dolores calling about my grandson he's got the sickle cell disease and he's been in the hospital three times this winter with the pain crises and I want to know is there anything we can do to stop them from coming so often and also his mother was asking about that new gene therapy they talked about on the news is that something he could get into a trial for or is that only for grown ups okay you can call me back at the number thank you bye",
    focus: 'sickle cell disease',
    types: ['prevention', 'research'],
  },
  {
    // "How they can know it is Marfan and not Ehlers-Danlos? Which test is make?" -> diagnosis (one question,
    // telling apart / confirming); "Marfan is dangerous for the heart?" -> complications;
    // "He play basketball ... he can continue?" -> lifestyle (sport)
    message:
      'Dear Sir/Madam, I am writing from Poland. My son is 14 years, very tall and thin, long fingers. Our doctor say he think it is Marfan syndrome, but his joints are also very flexible and other doctor say maybe Ehlers-Danlos syndrome. How they can know it is Marfan and not Ehlers-Danlos? Which test is make? Marfan is dangerous for the heart? He play basketball in school team, he can continue? Best regards, Tomasz',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'complications', 'lifestyle'],
  },
  {
    // "is it contagious??" -> susceptibility; "does it ever go away for good or is it forever" -> prognosis (course)
    message:
      'hey so im 17 and ive got psoriasis on my elbows and scalp. is it contagious?? ppl at school keep asking. also does it ever go away for good or is it forever',
    focus: 'psoriasis',
    types: ['susceptibility', 'prognosis'],
  },
  {
    // "Is there a known interaction with either?" -> interactions (medicine with food / supplement);
    // "should she take a double dose today?" after a missed dose -> drug_usage
    subject: 'Query re warfarin and cranberry',
    message:
      "Good afternoon, I'm a community pharmacist. A patient of ours on warfarin has started drinking cranberry juice daily and taking an over-the-counter fish oil supplement. Is there a known interaction with either? She also missed yesterday's dose - should she take a double dose today to make up for it? Kind regards, R. Patel",
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "What are the chances each of us has it?" -> inheritance (chance a relative has it);
    // "where can I get genetic counseling" -> find_specialist; "anything being researched" -> research
    message:
      "Hi,\n\nMy mother was diagnosed with Huntington disease two years ago and she's now in a care home. My sister and I are both in our thirties. What are the chances each of us has it? I'm thinking about getting the predictive test but I'm scared - where can I get genetic counseling before I decide? And is there anything being researched that might slow it down?\n\nThanks for reading,\nJen",
    focus: 'Huntington disease',
    types: ['inheritance', 'find_specialist', 'research'],
  },
  {
    // "does chocolate or red wine bring on migraine attacks" -> cause (what brings on its attacks)
    message: 'does chocolate or red wine bring on migraine attacks',
    focus: 'migraine',
    types: ['cause'],
  },
  {
    // "What do I need to know about it, in plain words?" -> information;
    // "Can he do PE with the others?" -> lifestyle (school, sport); "Is it contagious" -> susceptibility
    subject: 'Pupil with cystic fibrosis joining my class',
    message:
      "Hello, I'm a Year 3 teacher and a boy with cystic fibrosis is joining my class in September. What do I need to know about it, in plain words? Can he do PE with the others? One parent has already asked me whether it is contagious to the other children - is it? Many thanks, Mr Hughes",
    focus: 'cystic fibrosis',
    types: ['information', 'lifestyle', 'susceptibility'],
  },
  {
    // "Does coffee stop it from working properly?" -> interactions (medicine with food/drink);
    // "Is it safe to keep taking now that I'm pregnant?" -> contraindications;
    // "does the new one contain lactose?" -> ingredients
    message:
      "I take levothyroxine 75mcg every morning. Does coffee stop it from working properly? Is it safe to keep taking now that I'm pregnant? And my pharmacist changed the brand - does the new one contain lactose? I'm lactose intolerant.",
    focus: 'levothyroxine',
    types: ['interactions', 'contraindications', 'ingredients'],
  },
  {
    // two conditions; "Is one causing the other?" -> association (link between two conditions);
    // "What can he eat now" -> lifestyle (diet); the diet question is about the celiac disease
    subject: 'celiac and diabetes link?',
    message:
      "My son has had type 1 diabetes since he was 5 and now his blood test shows celiac disease. Is one causing the other? What can he eat now, I'm overwhelmed with two diets.",
    focus: 'celiac disease',
    types: ['association', 'lifestyle'],
  },
  {
    // "will she be able to walk?" -> prognosis; "growth hormone is that something she needs" -> treatment
    message:
      'our baby girl is 3 months and they just told us prader-willi syndrome. she is so floppy and doesnt feed well. will she be able to walk? someone told us about growth hormone is that something she needs',
    focus: 'prader-willi syndrome',
    types: ['prognosis', 'treatment'],
  },
  {
    // "Can I catch it from her?" -> susceptibility (catching it); "is the vaccine worth having" -> prevention
    message:
      'I am 72 and my neighbour has shingles. Can I catch it from her? I had chickenpox as a child. Also is the vaccine worth having at my age? Regards, Margaret',
    focus: 'shingles',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "it can cause depression - is that true?" -> side_effects; "have a beer ... while on it?" -> interactions
    // (alcohol); "what should we do with the leftover capsules" -> storage_disposal
    subject: 'Acne tablets questions',
    message:
      "My 16 year old son has been prescribed isotretinoin for severe acne. I've read it can cause depression - is that true? Can he still have a beer at his cousin's wedding while he's on it? And what should we do with the leftover capsules when he finishes the course?",
    focus: 'isotretinoin',
    types: ['side_effects', 'interactions', 'storage_disposal'],
  },
  {
    // "How rare is it?" -> frequency; "Which gene is it?" -> genetic_changes;
    // "Will my insurance cover the enzyme infusions?" -> other (insurance)
    message:
      'I was diagnosed with Gaucher disease type 1 at 45 after years of a big spleen and low platelets. How rare is it? Which gene is it? My specialist wants to start enzyme infusions every two weeks - will my insurance cover them?',
    focus: 'Gaucher disease',
    types: ['frequency', 'genetic_changes', 'other'],
  },
  {
    // "can it be reversed if he loses weight" -> treatment (managing/cure);
    // "what food should he stay away from" -> lifestyle (diet); "can it damage his eyes" -> complications
    message:
      "hello I'm ringing for my husband Frank he's 60 and they told him he has type 2 diabetes at his check up, what we want to know is can it be reversed if he loses weight, and what food should he stay away from, and his brother went blind with his so can it damage his eyes too, right thanks very much",
    focus: 'type 2 diabetes',
    types: ['treatment', 'lifestyle', 'complications'],
  },
  {
    // "Should people with asthma avoid ibuprofen?" -> contraindications (who should not take it);
    // "What's the maximum dose for a 14 year old?" -> drug_usage
    message:
      "Quick question from a school nurse: a student with asthma is asking for ibuprofen for period pain. Should people with asthma avoid ibuprofen? What's the maximum dose for a 14 year old?",
    focus: 'ibuprofen',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "what even is NF1" -> information; "can the lumps turn into cancer?" -> complications;
    // "how common is it" -> frequency
    subject: 'NF1',
    message:
      'my little sister has NF1 and shes got lots of cafe au lait spots and now a lump on her back. what even is NF1 like whats actually wrong in her body? can the lumps turn into cancer? and how common is it anyway, nobody at school has heard of it',
    focus: 'NF1',
    types: ['information', 'complications', 'frequency'],
  },
  {
    // "What exam can confirm it?" -> diagnosis; "Can it make me not able to have baby?" -> complications
    message:
      'Hello, I am from Brazil living in Ireland. I have much pain every period and my GP thinks maybe endometriosis. What exam can confirm it? If I have it, can it make me not able to have baby? Thank you for help.',
    focus: 'endometriosis',
    types: ['diagnosis', 'complications'],
  },
  {
    // "Can she just stop it?" -> drug_usage (stopping); "is feeling numb a side effect" -> side_effects
    message:
      "Asking for a friend who's too shy to write: she started sertraline 50 mg three weeks ago and wants to stop because she feels numb. Can she just stop it? And is feeling numb a side effect or is that the depression itself?",
    focus: 'sertraline',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "How do we choose between them?" -> treatment; "What is the life expectancy" -> prognosis;
    // "chances the next baby has it" -> inheritance; "family support group" -> find_specialist
    message:
      "Dear team,\n\nOur son Leo was diagnosed with SMA type 1 at 6 weeks through newborn screening. We have been offered gene therapy and also a spinal injection medicine. How do we choose between them? What is the life expectancy now with these treatments? We're planning another child one day - what are the chances the next baby has it too? Is there a family support group in the north of England?\n\nWith gratitude,\nSam and Priya",
    focus: 'SMA',
    types: ['treatment', 'prognosis', 'inheritance', 'find_specialist'],
  },
  {
    // "is the cat bringing them on" -> cause (what brings on attacks); "can i still play football" -> lifestyle
    message:
      'we just got a cat and my asthma attacks are way worse is the cat bringing them on. also can i still play football with asthma or should i stop',
    focus: 'asthma',
    types: ['cause', 'lifestyle'],
  },
  {
    // "Is there test to be sure it is FMF" -> diagnosis; "amyloidosis, it is connect to FMF?" -> association
    // (link between two conditions); "Our children can get it from him?" -> inheritance
    message:
      'Good day. I am Armenian, my husband have FMF since child, fever attacks and belly pain. He never had the genetic test, only doctor say. Is there test to be sure it is FMF? I read about amyloidosis, it is connect to FMF? Our children can get it from him? Thank you very much.',
    focus: 'FMF',
    types: ['diagnosis', 'association', 'inheritance'],
  },
  {
    // "How much is right for a toddler?" -> drug_usage (dose); "kept in the fridge once opened?" -> storage_disposal
    subject: 'vitamin D for my grandson',
    message:
      'Hello, my daughter gives my 2 year old grandson vitamin D drops every day. How much is right for a toddler? And does the bottle have to be kept in the fridge once opened? Best wishes, Grandpa Joe',
    focus: 'vitamin D',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "What causes it?" -> cause; "I've gained 10 kilos ... is that part of it?" -> symptoms (a sign belongs to it);
    // "Will I need to be on tablets forever?" -> treatment
    message:
      "I'm 29 and just found out I have hypothyroidism. What causes it? I've gained 10 kilos this year, is that part of it? Will I need to be on tablets forever?",
    focus: 'hypothyroidism',
    types: ['cause', 'symptoms', 'treatment'],
  },
  {
    // "What brings the attacks on?" -> cause; "medicines I have to avoid to stop another attack" -> prevention
    // (preventing attacks); "raise my risk of liver cancer later?" -> complications
    subject: 'acute intermittent porphyria - attacks',
    message:
      'I had my first attack at 24 and was only diagnosed two years later. What brings the attacks on? Is there a list of medicines I have to avoid so I do not get another one? Does it raise my risk of liver cancer later in life? Thanks, Elena',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention', 'complications'],
  },
  {
    // "What can I put on my baby's eczema" -> treatment; "Could it be caused by the cow's milk formula?" ->
    // association (named exposure asked as its cause)
    message:
      "What can I put on my baby's eczema, the cream from the doctor isn't working. Could it be caused by the cow's milk formula?",
    focus: 'eczema',
    types: ['treatment', 'association'],
  },
  {
    // "Can I have a glass of wine at weekends?" -> interactions (alcohol); "could that be the methotrexate?" ->
    // side_effects; "how does it work?" -> indication
    message:
      'I have rheumatoid arthritis and just started methotrexate once a week. Can I have a glass of wine at weekends? My hair seems to be thinning, could that be the methotrexate? Also what is it actually doing for my joints, how does it work?',
    focus: 'methotrexate',
    types: ['interactions', 'side_effects', 'indication'],
  },
  {
    // "Is that part of Rett?" -> symptoms (a sign belongs to it); "Does it get worse with age?" -> prognosis;
    // "any studies going on we could take part in?" -> research
    message:
      "I'm a support worker for a young woman with Rett syndrome. Sometimes she holds her breath and then breathes very fast. Is that part of Rett? Does it get worse with age? Are there any studies going on that we could take part in?",
    focus: 'Rett syndrome',
    types: ['symptoms', 'prognosis', 'research'],
  },
  {
    // "why do I keep getting them" -> cause; "what can I do to stop them coming back" -> prevention (relapses)
    subject: 'kidney stones again!!!',
    message:
      'third one this year. why do I keep getting them. already drinking more water. what else can I do to stop them coming back',
    focus: 'kidney stones',
    types: ['cause', 'prevention'],
  },
  {
    // "if she is a carrier" -> inheritance; "What gene is it?" -> genetic_changes;
    // "where can the family get genetic counseling?" -> find_specialist
    message:
      'My grandson was just diagnosed with Fragile X syndrome. My daughter is asking if that means she is a carrier. What gene is it? And where can the family get genetic counseling near Leeds? Thank you, Barbara',
    focus: 'Fragile X syndrome',
    types: ['inheritance', 'genetic_changes', 'find_specialist'],
  },
  {
    // "Can prednisone cause these problems?" -> side_effects; "why can't he simply stop?" -> drug_usage (stopping)
    message:
      "Dear Sir or Madam,\n\nMy husband (68) has been on prednisone for polymyalgia for eight months. He is now very moody and can't sleep. Can prednisone cause these problems? His doctor wants to reduce the dose slowly over months - why can't he simply stop taking it?\n\nYours faithfully,\nAnne Whitfield",
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // question only in the subject: "Can hereditary angioedema be triggered by stress?" -> cause (what brings on attacks)
    subject: 'Can hereditary angioedema be triggered by stress?',
    message:
      "I've had swelling of my hands and face since I was a teenager and was finally diagnosed last year. My exams are coming up and I'm really worried.",
    focus: 'hereditary angioedema',
    types: ['cause'],
  },
  {
    // "runs in families?" -> inheritance; "Does smoking make it more likely?" -> susceptibility (exposure raising
    // risk); "What exercises are safe?" -> lifestyle; "new drugs being tested?" -> research
    message:
      "Hello, I'm 58 and my bone scan shows osteoporosis. My mother had it too and broke her hip. Is it something that runs in families? I smoked for 30 years - does smoking make it more likely? What exercises are safe for me? And are there any new drugs being tested? Thanks, Linda",
    focus: 'osteoporosis',
    types: ['inheritance', 'susceptibility', 'lifestyle', 'research'],
  },
  {
    // "How does it help?" -> indication; "Does it lower his immunity?" -> side_effects;
    // "how to dispose of it safely" -> storage_disposal
    message:
      "Our 4 year old with sickle cell disease was started on hydroxyurea. How does it help him? Does it lower his immunity? We also need to know how to throw away old capsules safely, since it's a chemo drug and we have other kids at home.",
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects', 'storage_disposal'],
  },
  {
    // "what is tuberous sclerosis" -> information; "is there a cure" -> treatment
    subject: 'school project',
    message: 'hi im doing a project for biology. what is tuberous sclerosis and is there a cure for it',
    focus: 'tuberous sclerosis',
    types: ['information', 'treatment'],
  },
  {
    // "can stress cause flares?" -> cause (what brings on attacks); "what should he eat" -> lifestyle (diet);
    // "is surgery ever needed" -> treatment
    message:
      "my boyfriend has crohn's disease and is having a bad flare right now. can stress cause flares? what should he eat during a flare? is surgery ever needed",
    focus: "crohn's disease",
    types: ['cause', 'lifestyle', 'treatment'],
  },
  {
    // "Could it be Duchenne?" and "What blood test would show it?" -> diagnosis (asked once);
    // "How fast does it get worse?" -> prognosis
    subject: 'worried about my son',
    message:
      "Our son is 4 and falls a lot, has big calves and pushes on his legs with his hands to get up from the floor. Our friend's son has Duchenne muscular dystrophy and did the exact same thing. Could it be Duchenne? What blood test would show it? And if it is, how fast does it get worse? - worried mum",
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "got a rash on day 5 is she allergic to it" -> side_effects (whether a problem comes from the medicine);
    // "left it out overnight is it still ok" -> storage_disposal
    message:
      'my daughter is on amoxicillin for an ear infection and got a rash on day 5 is she allergic to it? the bottle says keep in fridge but we left it out overnight is it still ok to give',
    focus: 'amoxicillin',
    types: ['side_effects', 'storage_disposal'],
  },
];
