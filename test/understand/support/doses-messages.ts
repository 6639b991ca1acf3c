/**
 * "doses" set. Messages about mistakes and worries with doses: a double or missed dose, a child who swallowed a
 * tablet, vomiting after a dose, running out, a changed pill, mixed-up medicines, and the condition the medicine
 * is for. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.726). Scored by
 * doses.test.ts and by `npx tsx test/understand/support/score-messages.ts --doses --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DOSES_MESSAGES: ConsumerMessage[] = [
  // why: "took it twice... what should I do, should I skip tomorrow" asks about handling a double dose → drug_usage
  {
    subject: 'took synthroid twice',
    message:
      "I accidentally took my Synthroid twice this morning. Forgot I already had it before my shower. What should I do, should I skip tomorrow's?",
    focus: 'Synthroid',
    types: ['drug_usage'],
  },
  // why: "what should we do now" after a daily instead of weekly dose asks dose handling; "can that much cause mouth sores or damage her blood counts" asks the medicine's harms → drug_usage, side_effects
  {
    subject: 'methotrexate taken every day by mistake',
    message:
      'My mum (72) has rheumatoid arthritis and is supposed to take her methotrexate once a week on Sundays. We just found out she has been taking it every day for five days because the new box looked like her other pills. What should we do now? Can that much cause mouth sores or damage her blood counts?',
    focus: 'methotrexate',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "do i take 2 tonight to catch up" asks about a missed dose → drug_usage
  {
    message: 'forgot my coumadin last night do i take 2 tonight to catch up',
    focus: 'coumadin',
    types: ['drug_usage'],
  },
  // why: "should we skip today's dose" asks dosing; "warning signs of too much colchicine" asks the medicine's effects; "chances his baby sister has it" asks inheritance → drug_usage, side_effects, inheritance
  {
    message:
      "Our son (8) has familial Mediterranean fever and takes colchicine. Yesterday my husband and I both gave him his evening dose without telling each other, so he got a double dose. He seems ok so far. Should we skip today's dose? What are the warning signs of too much colchicine? And what are the chances his baby sister has it too?",
    focus: 'colchicine',
    types: ['drug_usage', 'side_effects', 'inheritance'],
  },
  // why: "is it dangerous for him to stop for a week" asks about stopping the medicine; "will insurance pay" is a cost question → drug_usage, other
  {
    message:
      "My son is 9 with sickle cell disease and we ran out of hydroxyurea. The pharmacy can't get more until next Thursday. Is it dangerous for him to stop for a week? And will insurance pay for an emergency supply from a different pharmacy?",
    focus: 'hydroxyurea',
    types: ['drug_usage', 'other'],
  },
  // why: "should he take the missed one now, or wait" asks about timing a missed dose; Parkinson disease is only story → drug_usage
  {
    message:
      "My father has Parkinson disease and takes Sinemet four times a day. Today the afternoon dose got missed because he was at the dentist and nobody remembered until 8pm. His next dose is at 10pm. Should he take the missed one now, or just wait for the 10 o'clock one?",
    focus: 'Sinemet',
    types: ['drug_usage'],
  },
  // why: "what should I do right now" after a child swallowed a tablet asks how to handle the dose; "what signs should I watch for" asks the medicine's effects → drug_usage, side_effects
  {
    message:
      'HELP my 2 year old got into my purse and I think he swallowed one of my clonidine tablets (0.1 mg). What should I do right now?? what signs should I watch for',
    focus: 'clonidine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "is it still ok to use or do we have to throw the bottle out" after heat exposure asks storage/disposal → storage_disposal
  {
    subject: 'Creon left in hot car',
    message:
      "We left my son's Creon in the car all afternoon, it was about 35 degrees out. He has cystic fibrosis and needs it with every meal and snack. Is it still ok to use or do we have to throw the bottle out?",
    focus: 'Creon',
    types: ['storage_disposal'],
  },
  // why: "restart at the clinic with heart monitoring" asks how to restart after missed doses; "safe to try for a baby while on Gilenya" asks pregnancy precautions → drug_usage, contraindications
  {
    message:
      "I'm on Gilenya for multiple sclerosis and missed 3 days over the holidays (left it at my sister's). Do I need to restart it at the clinic with heart monitoring like the very first dose? Also is it safe to try for a baby while on Gilenya?",
    focus: 'Gilenya',
    types: ['drug_usage', 'contraindications'],
  },
  // why: "do the new tablets contain gluten or wheat starch" asks what the medicine contains; celiac disease and the transplant are story → ingredients
  {
    message:
      'My husband had a kidney transplant and takes CellCept. The pharmacy just switched him from the capsules to tablets that look totally different (purple and oval). He also has celiac disease. Do the new tablets contain gluten or any wheat starch?',
    focus: 'CellCept',
    types: ['ingredients'],
  },
  // why: "is depakote safe in pregnancy" asks precautions; "should i stop it right away" asks about stopping; "will my baby have epilepsy too" asks the chance a child has it → contraindications, drug_usage, inheritance
  {
    message:
      "i'm 26, have epilepsy and take depakote. missed 2 doses this week and then just found out im pregnant. is depakote safe to take in pregnancy?? should i stop it right away? and will my baby have epilepsy too",
    focus: 'depakote',
    types: ['contraindications', 'drug_usage', 'inheritance'],
  },
  // why: "do i give more" asks about a partial dose; "how does kuvan actually work" asks how the medicine works; the diet is only story → drug_usage, indication
  {
    message:
      'my daughter (4) has PKU and spat out about half of her Kuvan this morning, it was dissolved in apple juice. do i give more? and how does kuvan actually work, her diet is still so strict',
    focus: 'Kuvan',
    types: ['drug_usage', 'indication'],
  },
  // why: "can I still take the Plaquenil now" and "should I take less prednisone tomorrow" both ask about doses and timing, one type → drug_usage
  {
    subject: 'mixed up my pills',
    message:
      'I have lupus and take Plaquenil in the morning and prednisone with breakfast. Today I was half asleep and I think I took two prednisone and no Plaquenil at all. Can I still take the Plaquenil now at lunchtime, and should I take less prednisone tomorrow to even it out?',
    focus: 'Plaquenil',
    types: ['drug_usage'],
  },
  // why: "should I give the dose again" asks about a vomited dose; "signs of an adrenal crisis" asks the signs of the condition → drug_usage, symptoms
  {
    subject: 'vomited hydrocortisone dose',
    message:
      'My 11 year old has Addison disease. He threw up about 15 minutes after his morning hydrocortisone, he has a stomach bug. Should I give the dose again? What are the signs of an adrenal crisis that mean we need to go to the ER?',
    focus: 'hydrocortisone',
    types: ['drug_usage', 'symptoms'],
  },
  // why: "what is it exactly" asks for an overview of the condition; the medicines are story → information
  {
    subject: 'what is LGS',
    message:
      "My nephew was just started on rufinamide and clobazam and my sister says he has Lennox-Gastaut syndrome. I didn't want to ask her too many questions because she is exhausted. What is it exactly?",
    focus: 'Lennox-Gastaut syndrome',
    types: ['information'],
  },
  // why: "signs that his ammonia is going up" asks signs; "can one bad day cause brain damage" asks a complication; "could a liver transplant fix this" asks treatment → symptoms, complications, treatment
  {
    message:
      "Our 2 year old has OTC deficiency. He has a stomach virus and threw up his medicine twice today and won't eat or drink much. The metabolic team told us to come in and we are on our way, but I'm panicking in the car. What are the signs that his ammonia is going up? Can one bad day like this cause brain damage? And is a liver transplant something that could fix this for good?",
    focus: 'OTC deficiency',
    types: ['symptoms', 'complications', 'treatment'],
  },
  // why: "could the extra dose hurt my kidneys" asks the medicine's harm; "does thalassemia major get worse as you get older" asks the course → side_effects, prognosis
  {
    message:
      'I have thalassemia major and took my Jadenu twice yesterday, morning and night, by accident. Could the extra dose hurt my kidneys? Also, does thalassemia major get worse as you get older?',
    focus: 'Jadenu',
    types: ['side_effects', 'prognosis'],
  },
  // why: "do i take another one or not" after vomiting asks about redosing → drug_usage
  {
    message: 'threw up about 20 min after my lamictal this morning. do i take another one or not',
    focus: 'lamictal',
    types: ['drug_usage'],
  },
  // why: "is that from the double dose" asks whether problems come from the medicine; "can myasthenia gravis be passed on to her kids" asks inheritance → side_effects, inheritance
  {
    message:
      'Took two Mestinon at once by mistake (thought I had forgotten the first one). Now I have stomach cramps and my eyelids are twitching. Is that from the double dose? Also my daughter wants to know if myasthenia gravis can be passed on to her kids.',
    focus: 'Mestinon',
    types: ['side_effects', 'inheritance'],
  },
  // why: "how rare is it / how many people have Wilson disease" asks frequency; the missed zinc doses are story → frequency
  {
    message:
      "My brother has Wilson disease. He got sloppy about taking his zinc and his liver tests went up, so now he's back on track with a pill box. The doctor said it's very rare. How rare is it really, how many people have Wilson disease?",
    focus: 'Wilson disease',
    types: ['frequency'],
  },
  // why: "is the dizziness from the double dose" asks a side effect; "can he still do basketball tryouts" asks daily life; "what is the life expectancy" asks outlook → side_effects, lifestyle, prognosis
  {
    message:
      "My son is 16 and has Marfan syndrome. He took his losartan twice today (he forgot he'd already taken it) and he says he feels dizzy when he stands up. Is the dizziness from the double dose? Can he still do basketball tryouts next week? And honestly, what is the life expectancy with Marfan these days?",
    focus: 'losartan',
    types: ['side_effects', 'lifestyle', 'prognosis'],
  },
  // why: "is this my graves disease coming back" asks whether the signs belong to the condition; "how do I restart, same dose" asks dosing → symptoms, drug_usage
  {
    message:
      'missed my tapazole 3 days on vacation and now my heart is pounding and my hands shake. is this my graves disease coming back? how do I restart, same dose?',
    focus: 'graves disease',
    types: ['symptoms', 'drug_usage'],
  },
  // why: "what actually happens if gout is left untreated" asks what the untreated condition leads to → complications
  {
    message:
      'i skip my allopurinol alot because i feel fine between attacks. what actually happens if gout is left untreated long term',
    focus: 'gout',
    types: ['complications'],
  },
  // why: "is missing one dose dangerous" asks about a missed dose; "can he still play in his soccer game" asks daily life → drug_usage, lifestyle
  {
    message:
      'My son is 15 and has long QT syndrome. He forgot his nadolol last night and took it this morning instead. Is missing one dose dangerous for him? Can he still play in his soccer game tonight?',
    focus: 'nadolol',
    types: ['drug_usage', 'lifestyle'],
  },
  // why: "is it ok to just stop or do I need to taper" asks about stopping; "other treatments for hereditary angioedema" asks treatment; "can stress bring on attacks" asks what triggers attacks → drug_usage, treatment, cause
  {
    message:
      'ran out of danazol and the pharmacy says its back-ordered for 2 weeks. is it ok to just stop for 2 weeks or do I need to taper off? are there other treatments for hereditary angioedema I could ask my doctor about? also my swellings seem to come after stressful days at work, can stress bring on attacks',
    focus: 'danazol',
    types: ['drug_usage', 'treatment', 'cause'],
  },
  // why: "which gene is it" asks the gene; the missed biotin at camp is story → genetic_changes
  {
    message:
      "Our daughter has biotinidase deficiency and takes biotin every day. She went to camp for a week and the counselor forgot to give it to her for three days, but she seems fine, thank goodness. We never really understood the genetics part when she was diagnosed as a baby. Which gene is it that's changed?",
    focus: 'biotinidase deficiency',
    types: ['genetic_changes'],
  },
  // why: "where can we find a TSC clinic or doctor" asks for specialists; "if she misses a few days, is that a problem" asks about missed doses → find_specialist, drug_usage
  {
    subject: 'TSC clinic in Ohio?',
    message:
      "We just moved to Ohio with our daughter who has tuberous sclerosis. Where can we find a TSC clinic or a doctor who knows tuberous sclerosis? She takes everolimus and we're down to a week's supply. If she misses a few days until we get a new prescriber, is that a problem?",
    focus: 'tuberous sclerosis',
    types: ['find_specialist', 'drug_usage'],
  },
  // why: "do I just pick up again at the usual dose" asks about missed doses; "is that from the miglustat" asks a side effect; "special diet" asks diet; "support group" asks patient organizations → drug_usage, side_effects, lifestyle, find_specialist
  {
    subject: 'miglustat questions',
    message:
      'I have type 1 Gaucher disease and started miglustat last month. I missed two days while travelling. Do I just pick up again at the usual dose? The diarrhea has been really bad, is that from the miglustat? Should I cut out carbs or follow some kind of special diet? And is there a Gaucher support group for adults?',
    focus: 'miglustat',
    types: ['drug_usage', 'side_effects', 'lifestyle', 'find_specialist'],
  },
  // why: "do I still give the evening dose" after a possible double dose asks dosing → drug_usage
  {
    subject: 'Keppra given twice?',
    message:
      'Chaotic morning. I gave my son (6) his Keppra at 7 and I think my husband also gave it to him at 7:30 because the syringe was empty when I looked. He is on 250 mg twice a day. Do I still give the evening dose tonight?',
    focus: 'Keppra',
    types: ['drug_usage'],
  },
  // why: "is carbamazepine safe for someone with porphyria" asks who should not take it; "what brings on attacks" asks triggers; "anything I can do to stop an attack from starting" asks prevention → contraindications, cause, prevention
  {
    message:
      'I have acute intermittent porphyria. Last night my husband handed me one of his carbamazepine tablets thinking it was my sleeping pill (they are the same size and color) and I took it. Is carbamazepine safe for someone with porphyria? What kinds of things bring on attacks? And is there anything I can do now to stop an attack from starting?',
    focus: 'carbamazepine',
    types: ['contraindications', 'cause', 'prevention'],
  },
  // why: "should I give it again" asks about a vomited dose; "any clinical trials for Duchenne boys" asks research → drug_usage, research
  {
    message:
      "My son has Duchenne muscular dystrophy and takes prednisone every morning. He vomited right after it today. Should I give it again? Also, are there any clinical trials for Duchenne boys his age (he's 8)?",
    focus: 'prednisone',
    types: ['drug_usage', 'research'],
  },
  // why: "is hypokalemic periodic paralysis the same thing as having low potassium" asks whether two conditions are the same → information
  {
    message:
      "I have hypokalemic periodic paralysis and take Diamox. I missed a few doses and had a weak spell at work, and my coworker said that's just low potassium, everyone gets that. Is hypokalemic periodic paralysis the same thing as just having low potassium?",
    focus: 'hypokalemic periodic paralysis',
    types: ['information'],
  },
  // why: "is that from the extra dose" asks a side effect; "does modafinil mess with birth control pills" asks an interaction; "does narcolepsy run in families" asks inheritance → side_effects, interactions, inheritance
  {
    message:
      "Took modafinil twice today because I forgot I'd had my morning one. It's midnight and I can't sleep and my heart is racing. Is that from the extra dose? Does modafinil mess with birth control pills? Also does narcolepsy run in families? my aunt has it",
    focus: 'modafinil',
    types: ['side_effects', 'interactions', 'inheritance'],
  },
  // why: "is one pill harmful" asks the medicine's harm; "should I get tested" for hypothyroidism asks diagnosis → side_effects, diagnosis
  {
    message:
      "I mixed up my mom's bottle with mine and took her levothyroxine instead of my vitamin D this morning. Is one pill harmful for someone who doesn't have thyroid problems? Hypothyroidism runs in our family and I'm always tired, should I get tested?",
    focus: 'levothyroxine',
    types: ['side_effects', 'diagnosis'],
  },
  // why: "could that be from the new tablets" asks whether a problem comes from the medicine → side_effects
  {
    subject: 'new looking pills',
    message:
      "My daughter takes topiramate for migraines. The pharmacy changed brands and her pills went from small round white ones to a bigger yellow one. Since then she's had pins and needles in her fingers and says food tastes weird. Could that be from the new tablets?",
    focus: 'topiramate',
    types: ['side_effects'],
  },
  // why: "what should we do" asks dose handling; "could her blood pressure drop too low" asks a side effect; "pediatric pulmonary hypertension center" asks for specialists; "research on new treatments" asks research → drug_usage, side_effects, find_specialist, research
  {
    subject: 'double sildenafil dose, 3 year old',
    message:
      'Our daughter is 3 and has pulmonary arterial hypertension. Tonight her dad gave her sildenafil and then I did too, not knowing he already had. What should we do? Could her blood pressure drop too low? Is there a pediatric pulmonary hypertension center near Denver? And is there any research going on into new treatments for kids?',
    focus: 'sildenafil',
    types: ['drug_usage', 'side_effects', 'find_specialist', 'research'],
  },
  // why: "do we give extra tomorrow" asks about a missed dose; "is there a link between absence seizures and ADHD" asks a link between conditions → drug_usage, association
  {
    message:
      'My daughter has absence seizures and takes ethosuximide twice a day. She missed her evening dose at a sleepover. Do we give extra tomorrow? Her teacher also thinks she has ADHD. Is there a link between absence seizures and ADHD?',
    focus: 'ethosuximide',
    types: ['drug_usage', 'association'],
  },
  // why: "how long do people usually live with ALS" asks outlook; the forgotten riluzole is story → prognosis
  {
    message:
      "My dad has ALS. He keeps forgetting his riluzole so we've set alarms on his phone now. I'm scared to ask his neurologist in front of him. how long do people usually live with ALS",
    focus: 'ALS',
    types: ['prognosis'],
  },
  // why: "should he skip tonight's dose" asks dosing after an extra tablet; "does lupus put me at higher risk of antiphospholipid syndrome" asks whether a condition raises risk → drug_usage, susceptibility
  {
    message:
      "My husband takes warfarin for antiphospholipid syndrome and took an extra tablet last night by mistake. Should he skip tonight's dose? Also I have lupus, does that put me at higher risk of getting antiphospholipid syndrome?",
    focus: 'warfarin',
    types: ['drug_usage', 'susceptibility'],
  },
  // why: "is the tingling from my hypoparathyroidism" asks whether a sign belongs to it; "can I take double today" asks dosing; "what causes hypoparathyroidism" asks cause → symptoms, drug_usage, cause
  {
    message:
      'Is the tingling around my lips from my hypoparathyroidism? I missed my calcitriol yesterday and this morning. Can I take double today to catch up? What causes hypoparathyroidism anyway, I never had neck surgery',
    focus: 'hypoparathyroidism',
    types: ['symptoms', 'drug_usage', 'cause'],
  },
];
