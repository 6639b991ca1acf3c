/**
 * "breastfeeding" set. Messages about breastfeeding and the weeks after birth: medicines while breastfeeding, a
 * mother's condition and feeding, a baby with a condition who feeds poorly, formula for babies with metabolic
 * conditions. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.803). Scored by
 * breastfeeding.test.ts and by `npx tsx test/understand/support/score-messages.ts --breastfeeding --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BREASTFEEDING_MESSAGES: ConsumerMessage[] = [
  // why: "is zoloft ok while breastfeeding" asks a breastfeeding precaution, contraindications
  {
    message: 'is zoloft ok to take while breastfeeding my 2 week old? my ob wants to start me on it',
    focus: 'zoloft',
    types: ['contraindications'],
  },
  // why: "is ibuprofen safe for the baby while I'm nursing" asks a breastfeeding precaution only
  {
    subject: 'Afterpains and nursing',
    message:
      "Hi, I had my second baby five days ago and the afterpains are worse than the first time. The hospital gave me ibuprofen 600 mg but I'm exclusively breastfeeding. Is ibuprofen safe for the baby while I'm nursing?",
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  // why: "why do I keep getting it" asks cause, "best way to treat it" asks treatment
  {
    subject: 'mastitis again??',
    message:
      'This is my third bout of mastitis in 2 months. Red hot wedge on my left breast, fever and chills. Why do I keep getting it, and what is the best way to treat it? My GP just keeps handing me antibiotics.',
    focus: 'mastitis',
    types: ['cause', 'treatment'],
  },
  // why: "what exactly is PKU" is information, keep breastfeeding vs special formula is diet (lifestyle), normal development is prognosis
  {
    message:
      "Our daughter's heel prick test came back positive for PKU and we've been told to come to the metabolic clinic tomorrow. I've been breastfeeding her for 9 days. What exactly is PKU? Can I keep breastfeeding her or does she have to go onto the special formula only? And if we stick to the diet will she grow up with normal development?",
    focus: 'PKU',
    types: ['information', 'lifestyle', 'prognosis'],
  },
  // why: "chances it happens again" is inheritance, "tested for during pregnancy" is diagnosis
  {
    subject: 'galactosemia - next pregnancy',
    message:
      "Our son was diagnosed with classic galactosemia at 8 days old after he got very jaundiced and stopped feeding. He's on soy formula now and doing well. We are thinking about another baby. What are the chances it happens again, and can it be tested for during pregnancy so we know not to breastfeed from day one?",
    focus: 'galactosemia',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "should I be taking this while I feed him" asks a breastfeeding precaution; the news story is context
  {
    message:
      'Was sent home after my c section with tylenol with codeine. I read online that a baby died because mom was taking codeine while breastfeding?? Should I be taking this while I feed him',
    focus: 'codeine',
    types: ['contraindications'],
  },
  // why: "how many days do i need to take it" is drug_usage, "safe for him to keep nursing" is contraindications
  {
    message:
      'My nipples have been burning and the baby has white patches in his mouth, doctor says thrush and prescribed diflucan for me. how many days do i need to take it for, and is it safe for him to keep nursing while im on it?',
    focus: 'diflucan',
    types: ['drug_usage', 'contraindications'],
  },
  // why: whether HIV can pass to the baby through milk asks whether someone can catch it (susceptibility)
  {
    subject: 'HIV and breast milk',
    message:
      'I am HIV positive and have had an undetectable viral load for 4 years. Our baby is due in March. Can HIV be passed to my baby through breast milk if I am undetectable?',
    focus: 'HIV',
    types: ['susceptibility'],
  },
  // why: "can my baby catch it from my breastmilk" is susceptibility, "what can be done at birth to protect him" is prevention
  {
    message:
      'i have hep B (found out at my booking bloods). can my baby catch it from my breastmilk? and what can be done at birth to protect him from getting it',
    focus: 'hep B',
    types: ['susceptibility', 'prevention'],
  },
  // why: jaw growing on its own is prognosis, surgery is treatment, "passed down" is inheritance; the feeding story is context
  {
    subject: 'Newborn with Pierre Robin sequence, feeding is a nightmare',
    message:
      "Our son was born 3 weeks ago with a small jaw and a cleft palate and they told us it is Pierre Robin sequence. He can't latch at all and even with the special bottle each feed takes almost an hour and he is barely gaining. I'm pumping around the clock. Will his jaw grow enough on its own as he gets older? Is there surgery that can help him breathe and feed better? And is this something that is passed down, since my husband had a cleft as a child?",
    focus: 'Pierre Robin sequence',
    types: ['prognosis', 'treatment', 'inheritance'],
  },
  // why: whether a tongue tie should be snipped asks about a treatment (surgery)
  {
    message:
      'should a tongue tie be snipped if breastfeeding is really painful? midwife and lactation consultant disagree',
    focus: 'tongue tie',
    types: ['treatment'],
  },
  // why: "is the weak suck and floppiness part of Down syndrome" is symptoms, a lactation consultant or group with experience is find_specialist
  {
    message:
      "Hello. My daughter has Down syndrome and is 10 days old. She falls asleep after a couple of minutes at the breast and feels very floppy. Is the weak suck and floppiness part of Down syndrome? Also is there anyone (lactation consultant or group) who has experience helping Down syndrome babies breastfeed? We're in Ohio.",
    focus: 'Down syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  // why: whether metformin in the milk could give the baby low blood sugar asks whether a problem comes from the medicine
  {
    message:
      "I've been on metformin for PCOS since before I got pregnant and my doctor says to keep going now that baby is here. Could the metformin going into my milk give my baby low blood sugar?",
    focus: 'metformin',
    types: ['side_effects'],
  },
  // why: taking it together with an iron and calcium vitamin is interactions, okay while breastfeeding is contraindications
  {
    subject: 'Synthroid while nursing',
    message:
      "I take levothyroxine 100 mcg for Hashimoto's. Since the baby came I also take a postnatal vitamin with iron and calcium every morning. Can I take them together? And is levothyroxine okay to take while breastfeeding?",
    focus: 'levothyroxine',
    types: ['interactions', 'contraindications'],
  },
  // why: "what is this exactly" is information, how long it lasts is prognosis, leading to permanent hypothyroidism or goiter is complications
  {
    message:
      'Six months postpartum and my bloods just came back saying postpartum thyroiditis. First I was hyper and now apparently going hypo. what is this exactly? how long does it usually last? can it lead to permanent hypothyroidism or a goiter later on',
    focus: 'postpartum thyroiditis',
    types: ['information', 'prognosis', 'complications'],
  },
  // why: asking for support groups is find_specialist; the struggle is story
  {
    subject: 'support',
    message:
      "Are there any postpartum depression support groups near Leeds, online is fine too. I'm struggling and breastfeeding at 3am alone makes it worse",
    focus: 'postpartum depression',
    types: ['find_specialist'],
  },
  // why: whether the baby's sleepiness is from lamotrigine is side_effects, "should I stop breastfeeding" is contraindications
  {
    message:
      'I have epilepsy and take lamotrigine 200mg twice a day. My 3 week old has been very sleepy and not waking for feeds. Could this be from the lamotrigine in my breast milk? Should I stop breastfeeding?',
    focus: 'lamotrigine',
    types: ['side_effects', 'contraindications'],
  },
  // why: "how does it work to stop the milk" asks how a medicine works (indication)
  {
    message:
      'my baby was stillborn at 34 weeks and the hospital gave me one cabergoline tablet. how does it work to stop the milk?',
    focus: 'cabergoline',
    types: ['indication'],
  },
  // why: accuracy of the sweat test is diagnosis, breastfeeding vs formula or extra salt is diet (lifestyle)
  {
    subject: 'CF newborn screening result',
    message:
      'Our newborn screen flagged cystic fibrosis and we have a sweat test next week. How accurate is the sweat test, can it be wrong? If he does have CF, can I keep exclusively breastfeeding or will he need formula or extra salt to gain weight?',
    focus: 'cystic fibrosis',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: breastmilk mixed with formula is diet (lifestyle), brain damage from the crisis is complications, nearer metabolic doctors is find_specialist
  {
    message:
      'our son spent his first 2 weeks in nicu after he stopped feeding and went floppy. his diaper smelled like burnt sugar and it turned out to be maple syrup urine disease. now hes on a special formula. can he still have any of my breastmilk mixed in with the formula? could the crisis he had at the start have damaged his brain? and we live 3 hours from the hospital, are there metabolic doctors who know MSUD closer to us (northern michigan)',
    focus: 'maple syrup urine disease',
    types: ['lifestyle', 'complications', 'find_specialist'],
  },
  // why: "ok to take while breastfeeding" is contraindications, "with food or on an empty stomach" is drug_usage
  {
    subject: 'Macrobid and breastfeeding a newborn',
    message:
      "I've got a UTI at 2 weeks postpartum and been prescribed nitrofurantoin. Is it ok to take while breastfeeding a 2 week old? And should I take it with food or on an empty stomach?",
    focus: 'nitrofurantoin',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "what is" asks information
  {
    message: 'What is breast milk jaundice',
    focus: 'breast milk jaundice',
    types: ['information'],
  },
  // why: "can my preemies catch it from my pumped milk" is susceptibility, whether freezing or pasteurizing stops it is prevention
  {
    message:
      "My twins were born at 27 weeks and I'm pumping for them in the NICU. I tested positive for cytomegalovirus antibodies during pregnancy. Can my preemies catch cytomegalovirus from my pumped milk? Does freezing or pasteurizing the milk stop them from getting it?",
    focus: 'cytomegalovirus',
    types: ['susceptibility', 'prevention'],
  },
  // why: "could that be what I have, what tests" is diagnosis, "is it permanent" is prognosis, "how is it treated" is treatment
  {
    subject: 'milk never came in after hemorrhage',
    message:
      "I lost a lot of blood after delivery 7 weeks ago (needed 6 units). My milk never came in at all, I am exhausted, dizzy and cold all the time. A friend who is a nurse mentioned Sheehan's syndrome. Could that be what I have, and what tests would show it? If it is, is it permanent? And how is it treated?",
    focus: "Sheehan's syndrome",
    types: ['diagnosis', 'prognosis', 'treatment'],
  },
  // why: whether sudafed dries up milk asks whether a problem comes from the medicine (side_effects)
  {
    message:
      'does sudafed really dry up your milk supply?? I have the worst head cold and my 4 month old is ebf',
    focus: 'sudafed',
    types: ['side_effects'],
  },
  // why: "could this be Raynaud's phenomenon" is diagnosis, "what can help it" is treatment
  {
    message:
      "After every feed my nipples go white, then purple, and it is agony for 20 minutes. Baby's latch has been checked and is fine. I've always had cold white fingers in winter. Could this be Raynaud's phenomenon of the nipple? what can help it",
    focus: "Raynaud's phenomenon",
    types: ['diagnosis', 'treatment'],
  },
  // why: whether breastfeeding or anything else prevents a relapse is prevention, the chance the daughter gets it is inheritance
  {
    subject: 'MS and breastfeeding',
    message:
      "I have relapsing multiple sclerosis and just had my first baby. I've read that exclusive breastfeeding might lower the chance of a relapse in the months after birth. Is that true, or what else can I do to prevent a relapse? Also what is the chance my daughter will get multiple sclerosis too?",
    focus: 'multiple sclerosis',
    types: ['prevention', 'inheritance'],
  },
  // why: "could this be" is diagnosis, "is there a treatment" is treatment, "how long do babies live" is prognosis
  {
    message:
      "my 6 week old has gotten weaker at the breast, he used to feed well and now he can barely suck and his legs just lie there like a frog. his breathing looks like its coming from his tummy. could this be spinal muscular atrophy? my cousin's baby had it. if it is, is there a treatment, and how long do babies with it live",
    focus: 'spinal muscular atrophy',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  // why: whether a breastmilk-only baby can still get it asks who is at risk (susceptibility)
  {
    message: 'Can a baby who only gets breast milk still get infant botulism?',
    focus: 'infant botulism',
    types: ['susceptibility'],
  },
  // why: whether it is the same as milk-related zinc deficiency is information, "is it inherited" is inheritance
  {
    subject: 'rash around mouth and bottom - zinc?',
    message:
      "My 4 month old, breastfed only, has a red crusty rash around her mouth, fingers and nappy area that won't clear with creams. The dermatologist took bloods for zinc and mentioned acrodermatitis enteropathica. Is that the same thing as the zinc deficiency some breastfed babies get because of low zinc in the mother's milk? And is acrodermatitis enteropathica inherited?",
    focus: 'acrodermatitis enteropathica',
    types: ['information', 'inheritance'],
  },
  // why: foods to cut from the nursing mother's diet is lifestyle, growing out of it is prognosis, becoming anemic is complications
  {
    message:
      "Our 3 week old son was diagnosed with G6PD deficiency after he had bad jaundice in hospital. I'm breastfeeding. Are there foods like fava beans I need to cut out of my own diet while I nurse him? Will he grow out of G6PD deficiency? Can it make him anemic later on?",
    focus: 'G6PD deficiency',
    types: ['lifestyle', 'prognosis', 'complications'],
  },
  // why: "how does it increase milk" is indication, "how long would I take it" is drug_usage, depression coming back is side_effects
  {
    subject: 'Reglan for low supply',
    message:
      'My supply has dropped to barely 2 oz a pump at 5 weeks. My OB mentioned reglan. How does reglan increase milk? How long would I take it for? I had depression in the past, could it make that come back?',
    focus: 'reglan',
    types: ['indication', 'drug_usage', 'side_effects'],
  },
  // why: "how much a day" asks a dose (drug_usage)
  {
    message: 'how much vitamin D should a breastfed baby get a day',
    focus: 'vitamin D',
    types: ['drug_usage'],
  },
  // why: normal brain development with treatment is prognosis, "runs in families" is inheritance
  {
    message:
      "Our daughter was picked up on the newborn blood spot with congenital hypothyroidism and started on medicine at 10 days. She was always sleepy at the breast and had a big tongue, that's getting better now. If she takes her medicine every day, will her brain development and IQ be normal? Is congenital hypothyroidism something that runs in families?",
    focus: 'congenital hypothyroidism',
    types: ['prognosis', 'inheritance'],
  },
  // why: "explain what it is" is information, why she got sick once feeding started is cause, testing the next baby before birth is diagnosis, gene therapy trials is research
  {
    subject: 'UCD',
    message:
      'Our baby girl was fine for the first 2 days then stopped feeding, started vomiting and became very sleepy. Her ammonia was extremely high and the doctors say she has a urea cycle disorder, they are still waiting for the type. Can someone explain what a urea cycle disorder is in plain words? Why did she only get sick once my milk came in and she started feeding properly? Can the next baby be tested before birth? And are there any clinical trials for gene therapy?',
    focus: 'urea cycle disorder',
    types: ['information', 'cause', 'diagnosis', 'research'],
  },
  // why: "could it be" asks whether the signs could be the condition (diagnosis)
  {
    message:
      '4 week old boy, projectile vomiting after every feed, hungry again straight away. could it be pyloric stenosis?',
    focus: 'pyloric stenosis',
    types: ['diagnosis'],
  },
  // why: "keep taking plaquenil while nursing" is contraindications, stopping a lupus flare is prevention
  {
    message:
      'I have lupus and have been on plaquenil all through pregnancy. Baby is 2 weeks old now and breastfeeding well. Can I keep taking plaquenil while nursing? And is there anything I can do to stop my lupus flaring in the next few months, my last flare was right after my first baby',
    focus: 'plaquenil',
    types: ['contraindications', 'prevention'],
  },
  // why: "is it safe for him" while nursing is contraindications, timing feeds after the dose is drug_usage, lowering supply is side_effects
  {
    message:
      "ER gave me prednisone 40mg for 5 days for an asthma flare. I'm nursing a 2 month old. Is it safe for him? Should I wait a few hours after my dose before feeding him or pump and dump? Will it lower my milk supply?",
    focus: 'prednisone',
    types: ['contraindications', 'drug_usage', 'side_effects'],
  },
  // why: whether poor sucking is normal in the condition asks about its signs (symptoms)
  {
    subject: 'Prader-Willi - no interest in feeding',
    message:
      'Our son was diagnosed with Prader-Willi syndrome at 2 weeks. He never cries for food and can hardly suck, we are tube feeding my expressed milk. Is this poor sucking normal in babies with Prader-Willi?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms'],
  },
  // why: whether the liquid has to go in the fridge asks storage
  {
    message:
      'does the amoxicillin liquid the pharmacy made up for my 7 week olds ear infection have to be kept in the fridge',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
];
