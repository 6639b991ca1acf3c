/**
 * "final17" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, a third of the way into its round, after the changes made for
 * the urgent set (focus 1.000, type F1 0.809). Never tuned on: change nothing because of its misses. Scored by
 * final17.test.ts and by `npx tsx test/understand/support/score-messages.ts --final17 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL17_MESSAGES: ConsumerMessage[] = [
  {
    // "EDS hypermobile type life expectancy" -> prognosis (life expectancy)
    message: 'EDS hypermobile type life expectancy',
    focus: 'EDS',
    types: ['prognosis'],
  },
  {
    // "What are the chances that we have it too?" -> inheritance (chance a child of an affected parent has it)
    // "Should I get tested before we try for a baby, and how does the test work?" -> diagnosis (testing)
    subject: 'Mum just diagnosed',
    message:
      "Hi, my mum (58) was diagnosed with Huntington's disease last month after a couple of years of clumsiness and mood swings that we all put down to the menopause. Her own father died young and nobody ever talked about why, so now it makes sense. I'm 31 and my brother is 27. What are the chances that we have it too? I honestly don't know if I want to know, but my partner and I are thinking about starting a family. Should I get tested before we try for a baby, and how does the test work? Thank you for reading this.",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "is that from the metformin??" -> side_effects (whether a problem comes from the medicine)
    // "can i take it with my evening meal instead of breakfast" -> drug_usage (timing)
    message:
      'been on metformin 500mg twice a day for 3 weeks and i have diarhea constantly. is that from the metformin?? can i take it with my evening meal instead of breakfast',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is this disease contagious for the children?" -> susceptibility (catching it)
    // "he can continue this work or is dangerous for him?" -> lifestyle (work)
    message:
      'Hello. My husband have been diagnosed with sarcoidosis in his lungs two weeks ago. We have three small children at home. Is this disease contagious for the children? Also he works in a farm with much dust and hay, he can continue this work or is dangerous for him? Thank you very much for your answer.',
    focus: 'sarcoidosis',
    types: ['susceptibility', 'lifestyle'],
  },
  {
    // "Are there any clinical trials going on for teenagers?" -> research (trials)
    // "is it true there is now a tablet that could replace the infusions?" -> treatment (therapies available)
    subject: 'Gaucher type 1 - anything new?',
    message:
      'My son (14) has Gaucher disease type 1 and has had enzyme infusions every two weeks since he was 5. He is getting really fed up with the hospital visits and missing school. Are there any clinical trials going on for teenagers? And is it true there is now a tablet that could replace the infusions?',
    focus: 'Gaucher disease type 1',
    types: ['research', 'treatment'],
  },
  {
    // "what is the chance the baby has cystic fibrosis?" -> inheritance (chance a baby has it)
    // "can they check during the pregnancy or do we have to wait until birth" -> diagnosis (prenatal testing)
    subject: 'both carriers',
    message:
      "we just found out my husband and i are both CF carriers (I'm 10 weeks pregnant). what is the chance the baby has cystic fibrosis? can they check during the pregnancy or do we have to wait until birth",
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Is it OK to have a glass or two of wine at the weekend while on methotrexate" -> interactions (alcohol)
    // "stopping it months before trying to get pregnant – why is that?" -> contraindications (pregnancy precaution)
    message:
      'Is it OK to have a glass or two of wine at the weekend while on methotrexate for rheumatoid arthritis? Also my rheumatologist said something about stopping it months before trying to get pregnant – why is that?',
    focus: 'methotrexate',
    types: ['interactions', 'contraindications'],
  },
  {
    // "What other long term problems can it leave?" -> complications (other problems it leads to)
    // "how can she make sure it never happens to her again?" -> prevention (preventing a recurrence)
    subject: 'friend with SJS',
    message:
      "My best friend ended up in the burns unit with Stevens Johnson syndrome after an antibiotic last year. She survived but her eyes are still very dry and sore and she can't wear contacts any more. What other long term problems can it leave? and how can she make sure it never happens to her again? She is scared to take any medicine now.",
    focus: 'Stevens Johnson syndrome',
    types: ['complications', 'prevention'],
  },
  {
    // "which foods have lots of copper??" -> lifestyle (diet)
    // "does she have to give them up completely" -> lifestyle (diet; same type)
    message:
      'wilsons disease diet... which foods have lots of copper?? my daughter is 11 and loves chocolate and nuts, does she have to give them up completely',
    focus: 'wilsons disease',
    types: ['lifestyle'],
  },
  {
    // "is narcolepsey genetic" -> inheritance (runs in families)
    message: 'is narcolepsey genetic',
    focus: 'narcolepsy',
    types: ['inheritance'],
  },
  {
    // "Can I just start again at my normal dose of 200mg or do I have to build up slowly again?" -> drug_usage (missed doses)
    // "does lamotrigine stop the pill from working?" -> interactions (with another medicine)
    message:
      'I forgot my lamotrigine for 3 days (was travelling, left it at home). Can I just start again at my normal dose of 200mg or do I have to build up slowly again? Also does lamotrigine stop the pill from working?',
    focus: 'lamotrigine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Could it be Tourette syndrome or is it just a phase?" -> diagnosis (could his signs be it)
    // "Do kids grow out of it?" -> prognosis (course)
    // "should we tell the school, is there anything they can do to help him in class?" -> lifestyle (school)
    subject: 'tics in my 8 year old',
    message:
      "Our son is 8. For about a year he's been blinking hard, clearing his throat and lately he makes a little squeak noise, worse when he's tired or excited. His teacher asked us if he has Tourettes. Could it be Tourette syndrome or is it just a phase? Do kids grow out of it? And should we tell the school, is there anything they can do to help him in class?",
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'prognosis', 'lifestyle'],
  },
  {
    // "Which gene is usually involved?" -> genetic_changes (gene)
    // "it can cause problems in the lungs and brain — is that true, how likely is that?" -> complications (other organs)
    message:
      'I get nosebleeds nearly every day, so does my dad and so did my grandma. My GP thinks it might be HHT (hereditary hemorrhagic telangiectasia) and is sending me to genetics. Which gene is usually involved? And I read it can cause problems in the lungs and brain — is that true, how likely is that?',
    focus: 'HHT',
    types: ['genetic_changes', 'complications'],
  },
  {
    // "Is that safe for someone with MG?" -> lifestyle (travel)
    // "What sorts of things can bring on a crisis?" -> cause (what brings on attacks)
    subject: 'myasthenia gravis and flying',
    message:
      "I have MG, diagnosed 2 yrs ago, fairly stable on pyridostigmine. We want to fly to Australia to see our daughter (24h travel). Is that safe for someone with MG? What sorts of things can bring on a crisis? I had one after a chest infection and really don't want that again.",
    focus: 'myasthenia gravis',
    types: ['lifestyle', 'cause'],
  },
  {
    // "is this the pred??" -> side_effects (whether the problem comes from the medicine)
    // "wld it help to take it all first thing in morning" -> drug_usage (timing)
    message:
      'predisone 40mg day 5 - cant sleep at all and im starving all the time. is this the pred?? wld it help to take it all first thing in morning',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Can it cause heart problems later in life, like when he's an adult?" -> complications (other problems)
    // "is it safe for him to play competitive sports?" -> lifestyle (sports)
    message:
      "Our son had Kawasaki disease when he was 2, treated with IVIG and aspirin, and the echo at the time showed a slightly enlarged coronary artery which went back to normal. He's now 7. Can it cause heart problems later in life, like when he's an adult? He wants to join a football team, is it safe for him to play competitive sports?",
    focus: 'Kawasaki disease',
    types: ['complications', 'lifestyle'],
  },
  {
    // "PKU adult off diet what happens" -> complications (what happens when not treated)
    message: 'PKU adult off diet what happens',
    focus: 'PKU',
    types: ['complications'],
  },
  {
    // "he must never eat them. Is that right?" -> interactions (food)
    // "what about the cranberry juice he drinks every morning?" -> interactions (food; same type)
    subject: 'green vegetables and warfarin',
    message:
      'My father (79) is on warfarin after a heart valve replacement. He loves spinach and broccoli and now someone told him he must never eat them. Is that right? And what about the cranberry juice he drinks every morning?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "could they have alpha-1 antitrypsin deficiency?" -> inheritance (chance the children have it)
    // "How do they test children for it, is it just a blood test?" -> diagnosis (tests)
    message:
      "I was told after a blood test that I'm an alpha-1 carrier (MZ). My wife hasn't been tested. What does this mean for our 2 kids, could they have alpha-1 antitrypsin deficiency? How do they test children for it, is it just a blood test?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Can I keep running or will it make it worse faster?" -> lifestyle (exercise)
    // "Will I end up needing a wheelchair eventually?" -> prognosis (course)
    message:
      'Charcot Marie Tooth type 1A here, 34 yo. Love running but my ankles are getting weaker every year. Can I keep running or will it make it worse faster? Will I end up needing a wheelchair eventually?',
    focus: 'Charcot Marie Tooth',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "does levothyroxine contain lactose?" -> ingredients (what it contains)
    // "how long do i have to wait after my tablet before my coffee" -> interactions (food/drink)
    message:
      "does levothyroxine contain lactose? i'm lactose intolerant and have been bloated since starting. also how long do i have to wait after my tablet before my coffee",
    focus: 'levothyroxine',
    types: ['ingredients', 'interactions'],
  },
  {
    // "what causes trigeminal nueralgia" -> cause (why it happens)
    // "is surgery an option if carbamazepine stops working" -> treatment (surgery)
    message: 'what causes trigeminal nueralgia and is surgery an option if carbamazepine stops working',
    focus: 'trigeminal neuralgia',
    types: ['cause', 'treatment'],
  },
  {
    // "What is Prader-Willi syndrome exactly?" -> information (overview)
    // "Will he ever be able to live on his own as an adult?" -> prognosis (outlook)
    subject: 'our grandson has PWS',
    message:
      'Our grandson was born 3 months ago and the doctors have just told our daughter he has Prader-Willi syndrome. He is very floppy and has trouble feeding. We had never heard of it. What is Prader-Willi syndrome exactly? Will he ever be able to live on his own as an adult?',
    focus: 'Prader-Willi syndrome',
    types: ['information', 'prognosis'],
  },
  {
    // "isn't that a chemo drug?? how does it actually work for sickle cell" -> indication (how the medicine works)
    // "can it affect her fertility when shes older" -> side_effects (effect of the medicine)
    message:
      "my daughter is 9 and has sickle cell. her haematologist wants to start hydroxyurea to cut down the pain crises. isn't that a chemo drug?? how does it actually work for sickle cell. and can it affect her fertility when shes older",
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects'],
  },
  {
    // "Is Behcet's disease very common in Turkey?" -> frequency (how common)
    // "Can this be Behcet's also for me" -> diagnosis (could my signs be it)
    // "what tests are done to confirm it?" -> diagnosis (tests; same type)
    message:
      "Good day. I am from Turkey, living in Germany since 10 years. Is Behcet's disease very common in Turkey? My father has it and now I have painful ulcers in my mouth many times in a year and also some in the genital area. Can this be Behcet's also for me, and what tests are done to confirm it?",
    focus: "Behcet's disease",
    types: ['frequency', 'diagnosis'],
  },
  {
    // "amyloidosis what is it" -> information (overview)
    // "how long can you live with it" -> prognosis (life expectancy)
    message: 'amyloidosis what is it and how long can you live with it',
    focus: 'amyloidosis',
    types: ['information', 'prognosis'],
  },
  {
    // "Can it cause depression?" -> side_effects (side effect)
    // "is it dangerous to drink alcohol while taking it?" -> interactions (alcohol)
    subject: 'Accutane and mood',
    message:
      'My son is 16 and started Accutane for severe acne a month ago. He has been very withdrawn and snappy since. Can it cause depression? Also he has a party coming up, is it dangerous to drink alcohol while taking it?',
    focus: 'Accutane',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Did the stomach bug cause this?" -> association (named exposure asked as its cause)
    // "Will he walk again and how long does recovery usually take?" -> prognosis (recovery)
    subject: 'Guillain Barre - husband in ICU',
    message:
      "My husband (52) is in intensive care with Guillain-Barre syndrome. It started 10 days after a bad stomach bug, first tingling in his feet, in 4 days he couldn't walk and now he's on a ventilator. The doctors are giving him IVIG. Did the stomach bug cause this? Will he walk again and how long does recovery usually take? Please, any information, I'm so scared.",
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "could it be NF1?" -> diagnosis (could the signs be it)
    // "does it always come from one of the parents" -> inheritance (runs in families)
    message:
      'baby 11 months has 7 cafe au lait spots, biggest one about 2cm. nobody in family has NF. could it be NF1? does it always come from one of the parents',
    focus: 'NF1',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "Do I need to change my diet, e.g. red meat, vitamin C, alcohol?" -> lifestyle (diet)
    // "Could it already have damaged my liver?" -> complications (organ damage)
    message:
      'Newly diagnosed haemochromatosis (C282Y homozygous), ferritin 1100. Do I need to change my diet, e.g. red meat, vitamin C, alcohol? Could it already have damaged my liver?',
    focus: 'haemochromatosis',
    types: ['lifestyle', 'complications'],
  },
  {
    // "clinical trials SMA type 3 adults" -> research (trials)
    message: 'clinical trials SMA type 3 adults',
    focus: 'SMA type 3',
    types: ['research'],
  },
  {
    // "Can I just stop or do I need to cut down slowly?" -> drug_usage (stopping)
    // "Is it true it's addictive?" -> side_effects (dependence)
    message:
      "I've been taking gabapentin 300mg three times a day for nerve pain for about 2 years. The pain is much better now and I'd like to come off it. Can I just stop or do I need to cut down slowly? Is it true it's addictive?",
    focus: 'gabapentin',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Does sun really trigger lupus flares or is it a myth?" -> cause (what brings on attacks)
    // "What else can I do to keep from flaring" -> prevention (preventing flares)
    subject: 'lupus flares',
    message:
      'Hi, 27F with SLE. I had 3 flares last summer. Does sun really trigger lupus flares or is it a myth? What else can I do to keep from flaring, other than taking my hydroxychloroquine?',
    focus: 'lupus',
    types: ['cause', 'prevention'],
  },
  {
    // "Which gene is affected?" -> genetic_changes (gene)
    // "how many children have Rett syndrome, is it very rare?" -> frequency (how common)
    message:
      'My niece was diagnosed with Rett syndrome at 2. Which gene is affected? And how many children have Rett syndrome, is it very rare?',
    focus: 'Rett syndrome',
    types: ['genetic_changes', 'frequency'],
  },
  {
    // "What are the chances that I'm a carrier too?" -> inheritance (carriers, relative)
    // "Where can I find a genetic counsellor to talk this through?" -> find_specialist (genetic counseling)
    subject: 'fragile X in the family',
    message:
      "My nephew has just been diagnosed with fragile X syndrome and my sister (his mum) turns out to be a carrier. I'm pregnant with my first. What are the chances that I'm a carrier too? Where can I find a genetic counsellor to talk this through?",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // "does it have to stay in the fridge the whole time? how long can it be out" -> storage_disposal (storing)
    // "where do i throw away the used pens" -> storage_disposal (disposal; same type)
    subject: 'Humira on holiday',
    message:
      'going away for 2 weeks - does it have to stay in the fridge the whole time? how long can it be out. and where do i throw away the used pens',
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  {
    // "can she eat oats?" -> lifestyle (diet)
    // "she has to have school lunches, how do others manage that" -> lifestyle (school; same type)
    // "will she grow out of it" -> prognosis (course)
    message:
      'my daughter (6) was just diagnosed with coeliac. can she eat oats? she has to have school lunches, how do others manage that. also will she grow out of it',
    focus: 'coeliac',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "What is the life expectancy these days?" -> prognosis (life expectancy)
    // "Are there any gene therapy trials he could join?" -> research (trials)
    // "is the steroid treatment covered by insurance" -> other (insurance)
    subject: 'DMD new treatments',
    message:
      'Our son Leo (5) has Duchenne muscular dystrophy (deletion exons 45-50). What is the life expectancy these days? Are there any gene therapy trials he could join? Also is the steroid treatment covered by insurance, our plan keeps refusing.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'other'],
  },
  {
    // "Could it be this?" -> diagnosis (could her signs be it)
    // "What test would show it?" -> diagnosis (tests; same type)
    message:
      'My daughter is 12 and much shorter than all her friends, the smallest in her class by far, and she has no signs of puberty yet. Our doctor says her growth is fine but I read about Turner syndrome online. Could it be this? What test would show it?',
    focus: 'Turner syndrome',
    types: ['diagnosis'],
  },
  {
    // "pompe disease late onset symptoms adults" -> symptoms (signs)
    message: 'pompe disease late onset symptoms adults',
    focus: 'Pompe disease',
    types: ['symptoms'],
  },
];
