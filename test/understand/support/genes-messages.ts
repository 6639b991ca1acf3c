/**
 * "genes" set. Messages about conditions named by their gene after a genetic test (SCN2A, CDKL5 deficiency,
 * SYNGAP1, STXBP1, KIF1A, ADNP syndrome, FOXG1 syndrome, MECP2 duplication, PTEN, BRCA1, NF1, DMD, CFTR, HTT).
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.925, type F1 0.878). Scored by genes.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --genes --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GENES_MESSAGES: ConsumerMessage[] = [
  // why: "What is it exactly?" asks what the condition is (information)
  {
    subject: 'CDKL5 result',
    message:
      'Our daughter Mia is 7 months old and started having seizures at 6 weeks. The genetic test came back yesterday and the neurologist said she has a CDKL5-related disorder. We had never heard of it. What is it exactly?',
    focus: 'CDKL5-related disorder',
    types: ['information'],
  },
  // why: "what does this mean for his future" asks prognosis; "are there any trials" asks research
  {
    message:
      "My son's whole exome came back with a de novo variant in SCN2A. He is 3, has seizures most days and isn't talking yet. What does this mean for his future? And are there any trials going on for SCN2A kids?",
    focus: 'SCN2A',
    types: ['prognosis', 'research'],
  },
  // why: "something we passed on" asks inheritance; "will his sister need testing" asks diagnosis of a relative; "any medicine that helps" asks treatment
  {
    subject: 'SYNGAP1 questions',
    message:
      "The geneticist wrote SYNGAP1-related intellectual disability on our son's report. Is this something we passed on to him? Will his younger sister need testing as well? And is there any medicine that helps with the behaviour, the hitting and the meltdowns?",
    focus: 'SYNGAP1-related intellectual disability',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: "is there a cure for it" asks treatment
  {
    message:
      'hello, grandma here. my grandson (2) has stxbp1 encephalopaty, his mum is too tired to write to anyone. is there a cure for it or something that can fix the gene',
    focus: 'stxbp1 encephalopaty',
    types: ['treatment'],
  },
  // why: "is SPG30 the same as KAND" asks whether two names are the same (information); "will he lose the ability to walk" asks prognosis
  {
    subject: 'KIF1A / SPG30?',
    message:
      'The genetics letter says our son has a KIF1A variant and mentions "SPG30". Other KIF1A families online call it KAND. Is SPG30 the same thing as KAND? He walks with a walker now - will he lose the ability to walk?',
    focus: 'SPG30',
    types: ['information', 'prognosis'],
  },
  // why: "family organisation or a doctor who specialises" asks find_specialist
  {
    message:
      'We just got the diagnosis of ADNP syndrome for our 4 year old after two years of waiting. Is there a family organisation or a doctor who specialises in it in the UK?',
    focus: 'ADNP syndrome',
    types: ['find_specialist'],
  },
  // why: "what are the symptoms" asks symptoms; "how rare is it" asks frequency
  {
    message:
      "What are the symptoms of FOXG1 syndrome, and how rare is it? My friend's baby was just diagnosed and I want to understand what she is going through.",
    focus: 'FOXG1 syndrome',
    types: ['symptoms', 'frequency'],
  },
  // why: "could I be a carrier" and "chances if I have a boy" ask inheritance; "should I get tested" asks diagnosis; "will he get worse" asks prognosis
  {
    message:
      "My nephew was diagnosed with MECP2 duplication syndrome and the doctors say my sister is a carrier. I'm her younger sister. Could I be a carrier too, and if I have a boy what are the chances he would have it? Should I get tested before we start trying? Also, will my nephew get worse as he grows? He is 5.",
    focus: 'MECP2 duplication syndrome',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: "what cancers is he at risk of later" asks complications; "what screening will he need" asks diagnosis
  {
    subject: 'PTEN',
    message:
      'My 6 year old has a very big head and autism, and the genetic test found a PTEN change. They called it PTEN hamartoma tumor syndrome. What cancers is he at risk of later in life, and what screening will he need?',
    focus: 'PTEN hamartoma tumor syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: "what is the chance they have it too" asks inheritance for her daughters
  {
    message:
      'I tested positive for BRCA1 after my mum died of ovarian cancer. My daughters are 19 and 22. What is the chance they have it too?',
    focus: 'BRCA1',
    types: ['inheritance'],
  },
  // why: "what does it mean for her life expectancy" asks prognosis; "is there a medicine for the plexiform neurofibroma" asks treatment
  {
    message:
      'Our baby girl has lots of cafe au lait spots and the genetic test confirmed NF1. Neither of us has it. What does NF1 mean for her life expectancy? And is there a medicine for the plexiform neurofibromas? I read something about selumetinib.',
    focus: 'NF1',
    types: ['prognosis', 'treatment'],
  },
  // why: "does it weaken his immune system" asks side_effects of everolimus; "how long would he have to take it" asks drug_usage
  {
    message:
      'The genetic test found a TSC2 mutation, so tuberous sclerosis complex, and the neurologist wants to start our son on everolimus for his seizures. Does everolimus weaken the immune system? And how long would he have to take it, is it for life?',
    focus: 'everolimus',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "exon skipping trials" asks research; "how long do boys with Duchenne live" asks prognosis; "is my 1 year old at risk" asks inheritance (a sibling)
  {
    subject: 'DMD deletion exons 45-50',
    message:
      'Our son (4) was diagnosed with DMD after his CK came back very high. The report says deletion of exons 45-50. Are there any exon skipping trials for his deletion? How long do boys with Duchenne usually live? And is my 1 year old son at risk too?',
    focus: 'DMD',
    types: ['research', 'prognosis', 'inheritance'],
  },
  // why: "will it make him gain weight" asks a side effect of prednisone
  {
    message:
      'Our son with Duchenne muscular dystrophy was just put on prednisone every day. Will it make him gain a lot of weight?',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: "which of the new drugs would work" asks treatment; "what should she eat / high-fat diet" asks lifestyle
  {
    message:
      'Newborn screening flagged our daughter, and the sweat test and genetics showed two CFTR mutations, F508del and G551D. The nurse said she has cystic fibrosis. Which of the new drugs would work for her mutations? And what should she eat, I heard they need a high fat diet?',
    focus: 'cystic fibrosis',
    types: ['treatment', 'lifestyle'],
  },
  // why: "taken with fatty food" asks drug_usage; "grapefruit juice" asks interactions; "could it be the Kalydeco" asks side_effects
  {
    message:
      'My son takes Kalydeco for his CF. Does it have to be taken with fatty food? Can he have grapefruit juice at breakfast? He has been having stomach aches lately, could that be the Kalydeco?',
    focus: 'Kalydeco',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: "what are the chances our baby has cystic fibrosis" asks inheritance
  {
    subject: 'both CFTR carriers',
    message:
      'My husband and I both turned out to be CFTR carriers on the screening before IVF. What are the chances our baby will have cystic fibrosis?',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  // why: "how fast does it progress" asks prognosis; "anything I can do to delay it" asks prevention
  {
    subject: 'HTT result 42 repeats',
    message:
      "My father had Huntington's disease. I had the predictive test and I have 42 CAG repeats in the HTT gene. I'm 34 and feel fine. How fast does it usually progress once it starts? Is there anything I can do to delay it?",
    focus: "Huntington's disease",
    types: ['prognosis', 'prevention'],
  },
  // why: "could this be juvenile Huntington disease" asks whether his signs could be it (diagnosis)
  {
    message:
      'My brother has HD and his son, who is 9, has become stiff and clumsy and his school grades have dropped a lot this year. Could this be juvenile Huntington disease?',
    focus: 'juvenile Huntington disease',
    types: ['diagnosis'],
  },
  // why: "is there a new medicine" asks treatment; "will she lose more skills" asks prognosis
  {
    message:
      'The genetic test found an MECP2 mutation in our 2 year old daughter and they told us it is Rett syndrome. She already stopped using her hands the way she used to. I heard there is a new medicine for Rett syndrome, is that true? Will she lose more skills?',
    focus: 'Rett syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: "does this mean she definitely has it" asks whether the result confirms it (diagnosis)
  {
    message:
      'Our daughter\'s report says "pathogenic variant in UBE3A, consistent with Angelman syndrome". Her first test, the methylation one, was normal. Does this mean she definitely has Angelman syndrome?',
    focus: 'Angelman syndrome',
    types: ['diagnosis'],
  },
  // why: "is there a link between being a carrier and tremor" asks association; "should she be tested" asks diagnosis
  {
    subject: 'fragile X carrier',
    message:
      "My son has Fragile X syndrome and I was told I am a premutation carrier, from my mum's side. My mum is 68 and has started shaking and losing her balance. Is there a link between being a carrier and a tremor in older people? And my sister wants kids, should she be tested?",
    focus: 'Fragile X syndrome',
    types: ['association', 'diagnosis'],
  },
  // why: "how does Epidiolex work" asks indication
  {
    message:
      'Our son has Dravet syndrome (SCN1A). Someone in our parent group said Epidiolex helped their child a lot. How does Epidiolex work?',
    focus: 'Epidiolex',
    types: ['indication'],
  },
  // why: "together with clobazam" asks interactions; "does it affect the liver" asks side_effects; "does it contain THC" asks ingredients
  {
    message:
      'Our daughter has CDKL5 and the team wants to add cannabidiol. Can cannabidiol be given together with clobazam? Does it affect the liver? And does it contain any THC? Her grandparents are worried she will be "high".',
    focus: 'cannabidiol',
    types: ['interactions', 'side_effects', 'ingredients'],
  },
  // why: "which gene changes cause Lynch syndrome" asks genetic_changes
  {
    message:
      'I was found to have an MSH2 mutation, which the report calls Lynch syndrome. Which other gene changes cause Lynch syndrome besides MSH2?',
    focus: 'Lynch syndrome',
    types: ['genetic_changes'],
  },
  // why: "should he be tested now" asks diagnosis of a relative; "how likely to get cancer as a child" asks complications; "support group" asks find_specialist
  {
    subject: 'TP53 in my son?',
    message:
      'After my breast cancer at 31 I had genetic testing and I have a TP53 variant, Li-Fraumeni syndrome. My son is 5. Should he be tested now or wait until he is older? How likely is he to get cancer as a child if he has it? Is there a support group for families like ours?',
    focus: 'Li-Fraumeni syndrome',
    types: ['diagnosis', 'complications', 'find_specialist'],
  },
  // why: "what is Phelan-McDermid syndrome" asks information
  {
    message:
      "What is Phelan-McDermid syndrome? My best friend's little boy was just diagnosed, the genetics found a SHANK3 deletion, and I want to know how to support them.",
    focus: 'Phelan-McDermid syndrome',
    types: ['information'],
  },
  // why: "how common is this" asks frequency; "will he need more heart surgery" asks treatment
  {
    message:
      'our baby was born with a heart defect and the array found 22q11.2 deletion syndrome. how common is this? will he need more heart surgery after the first one',
    focus: '22q11.2 deletion syndrome',
    types: ['frequency', 'treatment'],
  },
  // why: "do I need to stop drinking alcohol" asks lifestyle with the condition
  {
    message:
      'My GP says I have two copies of the C282Y HFE mutation, so hemochromatosis, and my ferritin is high. Do I need to stop drinking alcohol completely?',
    focus: 'hemochromatosis',
    types: ['lifestyle'],
  },
  // why: "is it the same thing as hemophilia" asks whether two conditions are the same (information); "should my brother be tested" asks diagnosis
  {
    subject: 'factor V Leiden',
    message:
      "I'm 24 and just found out I'm heterozygous for factor V Leiden, my dad had a clot in his leg. Is factor V Leiden the same thing as hemophilia? My aunt has that. Should my brother be tested too?",
    focus: 'factor V Leiden',
    types: ['information', 'diagnosis'],
  },
  // why: "is it hereditary" asks inheritance
  {
    message: 'Is MTHFR gene mutation hereditary? I have it (homozygous) and have had two miscarriages.',
    focus: 'MTHFR gene mutation',
    types: ['inheritance'],
  },
  // why: "can he still play basketball" asks lifestyle; "will he need surgery on his aorta" asks treatment; "can it damage his eyes" asks complications
  {
    message:
      'Our 12 yo son is very tall and the genetic test found an FBN1 variant. The cardiologist says Marfan syndrome and his aorta is a bit wide. Can he still play basketball? Will he need surgery on his aorta? And can Marfan syndrome damage his eyes?',
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'treatment', 'complications'],
  },
  // why: "what treatments exist" asks treatment; "will she be able to sit and walk" asks prognosis
  {
    subject: 'SMA on heel prick',
    message:
      'Our newborn was diagnosed with SMA through the heel prick test, no SMN1 copies and 2 copies of SMN2. We are in shock. What treatments exist now? Will she be able to sit and walk?',
    focus: 'SMA',
    types: ['treatment', 'prognosis'],
  },
  // why: "what's the difference" between Becker and Duchenne asks information
  {
    message:
      "The test shows an in-frame deletion in the dystrophin gene and the doctor said Becker muscular dystrophy, not Duchenne. What's the difference between them?",
    focus: 'Becker muscular dystrophy',
    types: ['information'],
  },
  // why: "how long do I have to take it" asks drug_usage; "while breastfeeding" asks contraindications; "put me into menopause" asks side_effects
  {
    message:
      "I'm BRCA2 positive and my oncologist suggested tamoxifen to lower my risk. How long do I have to take it? Can I take it while I'm still breastfeeding my 8 month old? Will it put me into menopause?",
    focus: 'tamoxifen',
    types: ['drug_usage', 'contraindications', 'side_effects'],
  },
  // why: "what is it for exactly" asks indication; "stored in the fridge" asks storage_disposal
  {
    message:
      'My wife has ovarian cancer and a BRCA1 mutation, and she is starting olaparib tablets next week. What is olaparib for exactly, is it chemo? And should it be stored in the fridge?',
    focus: 'olaparib',
    types: ['indication', 'storage_disposal'],
  },
  // why: "chance each has inherited it" asks inheritance; "what signs should I look for" asks symptoms; "where can I find a clinic" asks find_specialist
  {
    subject: 'PTEN - me and my kids',
    message:
      "I've just been told I have Cowden syndrome after a thyroid nodule and a PTEN test. I have three children, 8, 11 and 15. What is the chance each of them has inherited it? What signs should I look for in them? Where can I find a clinic that follows PTEN patients?",
    focus: 'Cowden syndrome',
    types: ['inheritance', 'symptoms', 'find_specialist'],
  },
  // why: "what is the life expectancy" asks prognosis
  {
    message: 'ehmt1 deletion, kleefstra syndrom, our granddaughter. what is the life expectancy?',
    focus: 'kleefstra syndrom',
    types: ['prognosis'],
  },
  // why: "are these part of it" asks whether a sign belongs to it (symptoms); "are there drugs for it" asks treatment
  {
    message:
      'Our son was diagnosed with Pitt Hopkins syndrome (TCF4) at 3. He has episodes where he breathes very fast and then holds his breath until his lips go blue. Are these part of Pitt Hopkins syndrome, and are there any drugs for it?',
    focus: 'Pitt Hopkins syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: "is that the Keppra" asks side_effects; "missed dose" and "can he stop it" ask drug_usage; "ok with his melatonin" asks interactions
  {
    subject: 'Keppra rage',
    message:
      'My son has STXBP1-related encephalopathy and takes Keppra. He has been so angry since starting it, screaming and biting. Is that the Keppra? If he misses his evening dose should I give it in the morning? Can he stop it once the seizures are gone? And is it ok with his melatonin?',
    focus: 'Keppra',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
];
