/**
 * "genesymbols" set. Messages that name the gene or the genetic result as much as the condition (an SCN1A
 * mutation, a PKD1 variant, a BRCA2 result), with the questions people ask about the condition the gene
 * causes. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 0.875, type F1 0.878). Scored by
 * genesymbols.test.ts and by `npx tsx test/understand/support/score-messages.ts --genesymbols --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GENESYMBOLS_MESSAGES: ConsumerMessage[] = [
  // why: only asks whether he will grow out of the seizures -> prognosis; SCN1A here means Dravet syndrome
  {
    message:
      'my son is 3 and has an SCN1A mutation, the neurologist says its Dravet. will he ever grow out of the seizures??',
    focus: 'Dravet syndrome',
    types: ['prognosis'],
  },
  // why: should she be tested / could it be Marfan -> diagnosis only; FBN1 is the Marfan gene
  {
    message:
      "My brother was found to have an FBN1 mutation last year after his aorta was checked. My daughter is 14, very tall and thin with long fingers and she's short sighted. Should she be tested for Marfan syndrome too?",
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: whether Kalydeco is meant for her mutations and how it works -> indication, one type; the medicine is the focus
  {
    message:
      'Our daughter (7) has CF with F508del and G551D. Her clinic mentioned Kalydeco. Is it meant for her mutations or only some? How does it actually work on the CFTR gene?',
    focus: 'ivacaftor',
    types: ['indication'],
  },
  // why: chances the baby has CF when both parents carry a CFTR mutation -> inheritance
  {
    message:
      'me and my husband both came back as carriers of a CFTR mutation on the prenatal screen (me F508del, him something called R117H). what are the chances our baby will have cystic fibrosis?',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  // why: asks only how rare it is -> frequency
  {
    message:
      'Just found out I carry a VHL gene mutation after they took out a kidney tumour. No one I know has ever heard of von Hippel-Lindau. How rare is it?',
    focus: 'von Hippel-Lindau disease',
    types: ['frequency'],
  },
  // why: asks what brings on the palsies -> cause; PMP22 deletion is HNPP
  {
    subject: 'pmp22 deletion',
    message:
      'i have hnpp (pmp22 deletion). woke up with a dropped foot after sitting cross legged watching a film. what actually causes the palsies to happen?',
    focus: 'hereditary neuropathy with liability to pressure palsies',
    types: ['cause'],
  },
  // why: asks for other treatment options when statins fail -> treatment only
  {
    message:
      'I have an LDLR variant and my cholesterol is 9.2 even at 34. Statins gave me terrible muscle pain so I stopped. What else is there to treat familial hypercholesterolemia??',
    focus: 'familial hypercholesterolemia',
    types: ['treatment'],
  },
  // why: asks about clinical trials -> research
  {
    message:
      'Our girl is 9 months and has CDKL5 deficiency disorder, seizures since she was 6 weeks old. Are there any clinical trials recruiting in the UK that she could join?',
    focus: 'CDKL5 disorder',
    types: ['research'],
  },
  // why: asks what the condition is -> information; KMT2D change means Kabuki syndrome
  {
    message:
      'The geneticist found a KMT2D change in our daughter and said it is Kabuki syndrome. We were too shocked to ask anything. What is Kabuki syndrome?',
    focus: 'Kabuki syndrome',
    types: ['information'],
  },
  // why: liver harm and peeing a lot are both side effects of the medicine -> side_effects once; tolvaptan is the focus
  {
    message:
      'My nephrologist suggested Jynarque because of my PKD1 variant and fast growing kidneys. I read it can hurt the liver, is that true? And does it make you pee all night?',
    focus: 'tolvaptan',
    types: ['side_effects'],
  },
  // why: whether a medicine is safe before a planned pregnancy -> contraindications; focus is the medicine
  {
    message:
      "I'm a BRCA2 carrier, 33, and the breast clinic offered tamoxifen to lower my risk. We want to try for a baby in 2 years or so. Is it safe to take if I'm going to get pregnant?",
    focus: 'tamoxifen',
    types: ['contraindications'],
  },
  // why: asks whether she can switch from insulin to tablets -> treatment
  {
    message:
      'After 12 years being treated as type 1 diabetic they found an HNF1A mutation, MODY 3. Can I really come off insulin and just take tablets??',
    focus: 'MODY 3',
    types: ['treatment'],
  },
  // why: whether more signs belong to it (learning problems, what to look for) -> symptoms once
  {
    message:
      'Our baby has 8 cafe au lait spots and the blood test found a NF1 gene variant. What other signs should we look out for as she grows? Do children with neurofibromatosis type 1 have learning problems?',
    focus: 'neurofibromatosis type 1',
    types: ['symptoms'],
  },
  // why: looking for a doctor/clinic who knows it -> find_specialist
  {
    message:
      'does anyone know an NF2 specialist or clinic in the north of england? i have the NF2 gene change and two acoustic neuromas and my local hospital seems lost',
    focus: 'neurofibromatosis type 2',
    types: ['find_specialist'],
  },
  // why: how often scans are needed is screening -> diagnosis
  {
    message:
      "I tested positive for an SDHB mutation, my dad had a paraganglioma in his neck. How often should I be having MRI scans and blood tests? I'm scared of missing something.",
    focus: 'hereditary paraganglioma-pheochromocytoma',
    types: ['diagnosis'],
  },
  // why: whether kidneys will fail by a given age -> prognosis; whether he can keep lifting/rugby -> lifestyle
  {
    message:
      "Tested positive for a PKD1 variant last month (my mum has polycystic kidneys). I'm 28. Does PKD1 mean I will end up on dialysis by 50 like she did? Also I play rugby and lift weights, is that ok with cysts on my kidneys?",
    focus: 'autosomal dominant polycystic kidney disease',
    types: ['prognosis', 'lifestyle'],
  },
  // why: what the diagnosis is -> information; life expectancy -> prognosis; COL3A1 means vascular EDS
  {
    message:
      "My husband has a COL3A1 change, they say it's vascular Ehlers-Danlos. what does that mean exactly? and what is his life expectancy, please be honest",
    focus: 'Ehlers-Danlos syndrome, vascular type',
    types: ['information', 'prognosis'],
  },
  // why: how the predictive test is done -> diagnosis; trials to slow it -> research
  {
    subject: 'HD test',
    message:
      "My mum has Huntington's, her CAG repeat was 42. I'm 24 and not sure I want to know yet. How is the test done for me, is it just blood? And is there anything in trials that could slow it down?",
    focus: 'Huntington disease',
    types: ['diagnosis', 'research'],
  },
  // why: colonoscopy interval is screening -> diagnosis; other cancers it raises -> complications
  {
    message:
      'I have an MLH1 mutation (Lynch syndrome). How often should I have colonoscopies and from what age? What other cancers am I at risk of apart from bowel?',
    focus: 'Lynch syndrome',
    types: ['diagnosis', 'complications'],
  },
  // why: grapefruit with it -> interactions; mouth sores and infections from it -> side_effects; focus is the medicine
  {
    message:
      'my son (11) has tuberous sclerosis from a TSC2 deletion and the doctor wants to start Afinitor for the kidney tumors. what side effects should we watch for? ive read about mouth ulcers. and can he still have grapefruit juice with it',
    focus: 'everolimus',
    types: ['side_effects', 'interactions'],
  },
  // why: whether she needs treatment -> treatment; stop eating red meat -> lifestyle (diet)
  {
    message:
      'got my 23andme back, homozygous C282Y in HFE. my GP says hereditary hemochromatosis but my ferritin is only a bit high. do i need to get treated? should i stop eating red meat',
    focus: 'hereditary hemochromatosis',
    types: ['treatment', 'lifestyle'],
  },
  // why: missed dose -> drug_usage; beer with it -> interactions; the medicine is the focus
  {
    message:
      'My father (78) has the prothrombin gene mutation 20210A and takes warfarin after two clots. He forgot his dose yesterday, should he take double today? Also is one beer with dinner ok with warfarin?',
    focus: 'warfarin',
    types: ['drug_usage', 'interactions'],
  },
  // why: what the result means -> information; whether it caused the miscarriages -> association
  {
    message:
      'What does it mean to be MTHFR C677T homozygous? My naturopath says its the reason for my 2 miscarriages, is there really a connection?',
    focus: 'MTHFR gene mutation',
    types: ['information', 'association'],
  },
  // why: what sets off the fainting (alarm clock) -> cause; cure or only beta blockers -> treatment
  {
    message:
      'My daughter 15 has LQT2, KCNH2 gene. She fainted when her alarm clock went off in the morning. Why does a loud noise set it off?? Is there any cure or is it beta blockers for life?',
    focus: 'long QT syndrome 2',
    types: ['cause', 'treatment'],
  },
  // why: is autism part of it -> symptoms; when to start cancer screening -> diagnosis
  {
    message:
      'Our son is 5 and has autism and a large head. Genetics found a PTEN mutation and called it PTEN hamartoma tumor syndrome. Is autism part of this? And when should he start cancer screening?',
    focus: 'PTEN hamartoma tumor syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  // why: how common -> frequency; support groups -> find_specialist
  {
    message:
      'my grandson has a UBE3A mutation, they told us angelman syndrome. how common is it? is there a support group for families, we feel very alone',
    focus: 'Angelman syndrome',
    types: ['frequency', 'find_specialist'],
  },
  // why: whether sleep problems/eating non-food are part of it -> symptoms; which school -> lifestyle
  {
    message:
      'Our son (4) has SYNGAP1 related intellectual disability. Is it common for these kids to barely sleep and to eat things that arent food? Also we have to choose a school now - do most children with SYNGAP1 go to mainstream or special school?',
    focus: 'SYNGAP1-related intellectual disability',
    types: ['symptoms', 'lifestyle'],
  },
  // why: chance for the next baby -> inheritance; problems to watch for in the first year -> complications
  {
    message:
      "At our 30 week scan the baby's arms and legs were short and the amnio showed FGFR3 G380R, achondroplasia. Neither of us is short. What are the chances our next baby has it too? and what problems should we watch for in the first year, I read something about breathing in sleep",
    focus: 'achondroplasia',
    types: ['inheritance', 'complications'],
  },
  // why: what to tell the dentist to avoid a reaction -> prevention (of attacks); whether he can be tested -> diagnosis
  {
    message:
      "My dad had a reaction under anaesthetic, temperature shot up, and they later found a RYR1 variant (malignant hyperthermia). I need my wisdom teeth out under general. What do I need to tell them so it doesn't happen to me? And can I be tested first?",
    focus: 'malignant hyperthermia',
    types: ['prevention', 'diagnosis'],
  },
  // why: does the pill/period bring attacks on -> cause; how to stop attacks before dental work -> prevention
  {
    subject: 'HAE attacks',
    message:
      'HAE type 1, SERPING1 variant. My swellings are much worse around my period - does the contraceptive pill bring the attacks on? And what can I take to stop an attack before dental work?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: will she walk -> prognosis; what causes it when nobody in family had it -> cause; gene therapy studies -> research
  {
    message:
      'hello, my granddaughter age 2 diagnosed Rett syndrome, MECP2 gene. she stopped using her hands and talking. Will she walk? What causes this, nobody in our family has such thing. Are there studies for gene therapy she can be in? We are from Poland, my english not so good, sorry',
    focus: 'Rett syndrome',
    types: ['prognosis', 'cause', 'research'],
  },
  // why: what screening -> diagnosis; lowering cancer risk (avoid x-rays) -> prevention; a clinic for kids with LFS -> find_specialist
  {
    message:
      'My 6 year old inherited my TP53 variant (Li-Fraumeni). I had breast cancer at 31. What screening does she need as a child? Is there anything we can do to lower her cancer risk, like avoiding x-rays and CT scans? And is there a clinic in Texas that follows children with LFS?',
    focus: 'Li-Fraumeni syndrome',
    types: ['diagnosis', 'prevention', 'find_specialist'],
  },
  // why: what is SMA -> information; treatments -> treatment; will she sit -> prognosis
  {
    message:
      "Our newborn's screening came back with 0 copies of SMN1 and 2 copies of SMN2. She is 9 days old and looks perfect. What exactly is spinal muscular atrophy? What treatments are there and how fast do we need to start? Will she ever be able to sit up on her own?",
    focus: 'spinal muscular atrophy',
    types: ['information', 'treatment', 'prognosis'],
  },
  // why: what it is -> information; life expectancy -> prognosis; next child -> inheritance
  {
    message:
      'Hi, the exome came back STXBP1, de novo. What exactly is STXBP1 encephalopathy? What is the life expectancy? Could our next child have it too?',
    focus: 'STXBP1 encephalopathy with epilepsy',
    types: ['information', 'prognosis', 'inheritance'],
  },
  // why: link between Gaucher and Parkinson -> association; two conditions, Gaucher (his GBA result) is the main one
  {
    message:
      "My husband has Gaucher disease type 1 (GBA N370S) and his father had Parkinson's. Is there a link between Gaucher and Parkinson's disease?",
    focus: 'Gaucher disease',
    types: ['association'],
  },
  // why: difference between Duchenne and Becker -> information; whether his mum and my daughters are carriers -> inheritance
  {
    message:
      'My nephew has a deletion of exons 45 to 50 in the dystrophin gene and they said Duchenne. What is the difference between Duchenne and Becker muscular dystrophy? Is my sister a carrier, and could my two daughters be carriers as well?',
    focus: 'Duchenne muscular dystrophy',
    types: ['information', 'inheritance'],
  },
  // why: whether two conditions are the same -> information; two conditions, LDS is his diagnosis
  {
    message:
      'I have a TGFBR2 variant which my geneticist called Loeys-Dietz syndrome. Is that the same thing as Marfan? My cardiologist keeps calling it Marfan.',
    focus: 'Loeys-Dietz syndrome',
    types: ['information'],
  },
  // why: will kidneys fail -> prognosis; son getting it -> inheritance; can it be slowed -> treatment; netball -> lifestyle
  {
    message:
      "I'm a woman with a COL4A5 change (X-linked Alport) and blood in my urine. Both my brothers are on dialysis. Will my kidneys fail too? Is my son going to get it? Is there medicine that slows it down? My daughter also has the change, can she still play netball?",
    focus: 'Alport syndrome',
    types: ['prognosis', 'inheritance', 'treatment', 'lifestyle'],
  },
  // why: with food or not -> drug_usage; with her antidepressant -> interactions; the tiredness from it -> side_effects
  {
    message:
      'My mom is BRCA1 positive and just started olaparib for her ovarian cancer. Should she take it with food or on an empty stomach? Can she take it with her sertraline? She is so tired since starting, is that the olaparib?',
    focus: 'olaparib',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: preventive surgery -> prevention; chance daughters have it -> inheritance; life insurance -> other
  {
    subject: 'my BRCA2 result',
    message:
      "Got my BRCA2 result today, positive. I'm 38 with two daughters. Should I have my ovaries removed now to prevent cancer? What's the chance my girls have it? And will this result affect my life insurance?",
    focus: 'BRCA2 hereditary breast and ovarian cancer syndrome',
    types: ['prevention', 'inheritance', 'other'],
  },
];
