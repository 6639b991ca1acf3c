/**
 * "genetics" set: 40 messages about genes and genetic results (clinic tests, consumer DNA kits, carriers,
 * families, couples planning a pregnancy, adoptees), naming genes and variants and asking which change is
 * involved, what it means, how it is inherited, the chance for relatives, testing, how common it is and
 * what can be done. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. First scored before any change for it: focus 0.975, type F1 0.814.
 * Scored by genetics.test.ts and by `npx tsx test/understand/support/score-messages.ts --genetics
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GENETICS_MESSAGES: ConsumerMessage[] = [
  {
    // "What are the chances our baby would have cystic fibrosis" = inheritance (chance a child has it);
    // "should we ask for the baby to be tested after birth anyway" = diagnosis (should someone be tested).
    subject: 'Carrier screening result',
    message:
      'Hi, we did the expanded carrier screening before trying for a baby. I came back as a carrier for cystic fibrosis (F508del in the CFTR gene) and my husband came back negative for everything on the panel. What are the chances our baby would have cystic fibrosis? And should we ask for the baby to be tested after birth anyway, just to be sure?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "what is it exactly" = information; "Did he get it from one of us, and could it happen again if we have
    // another baby" = inheritance (one question about it passing in the family). The NICU story is not a question.
    message:
      'Our son is 3 weeks old and still in the NICU with a heart problem. Today the geneticist told us he has a deletion on chromosome 22 and called it 22q11.2 deletion syndrome. We were too shocked to ask anything. what is it exactly? Did he get it from one of us, and could it happen again if we have another baby?',
    focus: '22q11.2 deletion syndrome',
    types: ['information', 'inheritance'],
  },
  {
    // "How do they confirm Dravet syndrome when the gene result is uncertain? Would testing us parents help?" =
    // diagnosis (how it is confirmed; both sentences ask the same thing).
    message:
      "My daughter is 14 months old and has had five long seizures, all with a fever. Her epilepsy gene panel came back with a VUS in SCN1A. The neurologist says it might be Dravet syndrome but she can't say for sure. How do they confirm Dravet syndrome when the gene result is uncertain? Would testing us parents help?",
    focus: 'Dravet syndrome',
    types: ['diagnosis'],
  },
  {
    // "Is APOE4 THE gene for Alzheimer's disease or just one of several" = genetic_changes (which gene);
    // "is there anything I can actually do to lower my odds" = prevention.
    message:
      "Got my consumer DNA kit results and apparently I have two copies of APOE4. I'm 52 and my dad had dementia in his 70s. Is APOE4 THE gene for Alzheimer's disease or just one of several? And is there anything I can actually do to lower my odds, diet, exercise, anything?",
    focus: "Alzheimer's disease",
    types: ['genetic_changes', 'prevention'],
  },
  {
    // "do I need treatment if my iron levels are normal" = treatment. Misspelled focus; "hemochromatosis" is held.
    message:
      'letter from the blood service says I am C282Y homozygous for hemochromotosis. do I need treatment if my iron levels are normal?',
    focus: 'hemochromotosis',
    types: ['treatment'],
  },
  {
    // "does it make pregnancy risky for me" = complications (a condition's effect on a pregnancy).
    message:
      "After a DVT in my leg at 34 I was tested and my discharge letter says 'Factor V Leiden thrombophilia, heterozygous'. I had a miscarriage last year and we want to try again. Does it make pregnancy risky for me?",
    focus: 'Factor V Leiden thrombophilia',
    types: ['complications'],
  },
  {
    // "what is the chance that I get ovarian cancer like her" = inheritance (chance a relative gets it);
    // "is there anything that prevents ovarian cancer" = prevention;
    // "can I be referred to a genetic counsellor on the NHS" = find_specialist.
    subject: 'Mum has BRCA2',
    message:
      "Hello,\n\nMy mum was diagnosed with ovarian cancer last spring at 51. Her oncologist sent her for genetic testing and she has a BRCA2 mutation. I'm 29 and my sister is 26. Neither of us has been tested yet.\n\nI've been reading a lot online and I'm honestly scared. If I do carry it, what is the chance that I get ovarian cancer like her? Mum said someone mentioned removing the ovaries, is there anything that prevents ovarian cancer that doesn't mean surgery at my age? We'd like kids first.\n\nAlso, can I be referred to a genetic counsellor on the NHS or do I have to go private? We're in Leeds.\n\nThank you for reading this.",
    focus: 'ovarian cancer',
    types: ['inheritance', 'prevention', 'find_specialist'],
  },
  {
    // "How does clopidogrel actually work, and why would my CYP2C19 result make a difference" = indication
    // (how a medicine works; one question).
    message:
      "A pharmacogenomic test I did through work says I'm a CYP2C19 poor metabolizer. I've been on clopidogrel since my stent in March. How does clopidogrel actually work, and why would my CYP2C19 result make a difference to it?",
    focus: 'clopidogrel',
    types: ['indication'],
  },
  {
    // "Is codeine safe while breastfeeding if I'm ultrarapid" = contraindications (breastfeeding precaution).
    message:
      "I had a C-section 4 days ago and was sent home with painkillers containing codeine. My 23andMe-type report says I'm a CYP2D6 ultrarapid metaboliser. Is codeine safe while breastfeeding if I'm ultrarapid??",
    focus: 'codeine',
    types: ['contraindications'],
  },
  {
    // "does that mean I have a 50/50 chance, and my kids too" = inheritance; "should I get tested or is it better
    // not to know" = diagnosis (should I be tested); "are there any drug trials" = research.
    // Misspelled focus; "Huntington's disease" is held.
    subject: 'adopted - just found out about HD',
    message:
      "I was adopted as a baby and last month I finally found my birth mother. She told me Huntingtons disease runs in her family. Her father died of it and her brother has it now. She hasnt been tested herself. I'm 31 with two little kids. does that mean I have a 50/50 chance, and my kids too? should I get tested or is it better not to know? and are there any drug trials going on right now, in case I do have it",
    focus: 'Huntingtons disease',
    types: ['inheritance', 'diagnosis', 'research'],
  },
  {
    // "whats the chance our kids get sickle cell disease" = inheritance.
    message:
      'me and my fiance both have sickle cell trait. whats the chance our kids get sickle cell disease',
    focus: 'sickle cell disease',
    types: ['inheritance'],
  },
  {
    // "How common is Tay-Sachs among Ashkenazi Jews today" = frequency. The rabbi's advice is story.
    message:
      "Our rabbi suggested my fiancée and I get screened before the wedding since we're both Ashkenazi. How common is Tay-Sachs among Ashkenazi Jews today?",
    focus: 'Tay-Sachs',
    types: ['frequency'],
  },
  {
    // "Can they test the baby for SMA during the pregnancy" = diagnosis;
    // "what treatments are there now" = treatment.
    message:
      'We found out after our first daughter was born that we are both SMA carriers (SMN1). She is fine, thank God. Now I am 11 weeks pregnant again. Can they test the baby for SMA during the pregnancy? If the baby does have it, what treatments are there now? I read something about a gene therapy given as one infusion.',
    focus: 'SMA',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Does being a premutation carrier affect my own fertility" = complications (effect on fertility);
    // "what is the risk that a son of mine would have full fragile X syndrome" = inheritance.
    message:
      "I was tested because my nephew has fragile X syndrome, and I turned out to be a premutation carrier with 75 CGG repeats. I'm 33 and we've been trying for a baby for a year. Does being a premutation carrier affect my own fertility? And if I do get pregnant, what is the risk that a son of mine would have full fragile X syndrome?",
    focus: 'fragile X syndrome',
    types: ['complications', 'inheritance'],
  },
  {
    // "Do I legally have to tell my life insurance company" = other (insurance).
    subject: 'Insurance question',
    message:
      'My genetic test showed an MSH2 mutation, so I have Lynch syndrome. I feel perfectly healthy. Do I legally have to tell my life insurance company about it when I renew?',
    focus: 'Lynch syndrome',
    types: ['other'],
  },
  {
    // "What signs should we be watching for in him" = symptoms; "is it ok for him to play rugby" = lifestyle.
    message:
      "My husband has Marfan syndrome (FBN1 mutation). Our son is 6 and is already very tall and skinny like his dad, but hasn't been tested yet. What signs should we be watching for in him? He's desperate to join his friends at rugby, is it ok for him to play rugby if he does have it?",
    focus: 'Marfan syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "How is familial hypercholesterolaemia treated in children her age" = treatment.
    message:
      'Our 9 year old had a cholesterol of 7.9 and the gene test found an LDLR variant, so she has familial hypercholesterolaemia like her granddad who had a heart attack at 42. How is familial hypercholesterolaemia treated in children her age?',
    focus: 'familial hypercholesterolaemia',
    types: ['treatment'],
  },
  {
    // "can it affect other organs like the lungs or brain" = complications (other problems it leads to).
    message:
      "HHT runs in my dad's side (ENG gene) and I get nosebleeds most weeks. So far that's all. can it affect other organs like the lungs or brain?",
    focus: 'HHT',
    types: ['complications'],
  },
  {
    // "At what age would it show up on an ultrasound" = diagnosis; "Does it always get worse over time" = prognosis.
    message:
      "My mum has polycystic kidney disease and has been on dialysis for two years. I'm 24 and haven't had any tests. At what age would it show up on an ultrasound if I have it? Does it always get worse over time?",
    focus: 'polycystic kidney disease',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "which gene is it" and "why would the test be normal" = genetic_changes (which gene; one question).
    message:
      'My rheumatologist diagnosed me with hEDS but the connective tissue gene panel came back completely normal. If hEDS is genetic, which gene is it? why would the test be normal?',
    focus: 'hEDS',
    types: ['genetic_changes'],
  },
  {
    // "how much folic acid should I actually be taking" = drug_usage (dose). The naturopath's claim is story.
    message:
      "I have two copies of the MTHFR C677T variant. A naturopath told me my body 'can't use' ordinary folic acid and I need expensive supplements. We're trying to conceive. With this result, how much folic acid should I actually be taking each day?",
    focus: 'folic acid',
    types: ['drug_usage'],
  },
  {
    // "Are there treatments besides inhalers" = treatment (the augmentation infusions ask the same).
    message:
      "Diagnosed at 38 with alpha-1 antitrypsin deficiency (ZZ) after ten years of being told it was asthma. Are there treatments besides inhalers? I've heard of augmentation infusions but my GP had never heard of them.",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['treatment'],
  },
  {
    // "Will I end up in a wheelchair" = prognosis (whether someone will walk).
    message: 'CMT1A at 40. Will I end up in a wheelchair?',
    focus: 'CMT1A',
    types: ['prognosis'],
  },
  {
    // "can she keep swimming competitively" = lifestyle (sports).
    message:
      'Our daughter is 15 and fainted in the pool during a race. After lots of tests she has long QT syndrome, a KCNQ1 variant. Swimming is her whole life. can she keep swimming competitively or is that over?',
    focus: 'long QT syndrome',
    types: ['lifestyle'],
  },
  {
    // "Should my brother and I be screened, and how often" = diagnosis (should I be tested; screening).
    subject: 'Dad',
    message:
      'My father died suddenly at 45. The post-mortem said hypertrophic cardiomyopathy and the genetic testing found a MYBPC3 variant. Should my brother and I be screened, and how often?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['diagnosis'],
  },
  {
    // "Does the enzyme replacement actually help" = treatment; "how long do men with Fabry disease usually live" =
    // prognosis (life expectancy).
    message:
      'My son (19) was diagnosed with Fabry disease after years of burning pain in his hands and feet. The doctors want to start enzyme replacement every two weeks. Does the enzyme replacement actually help? And please be honest, how long do men with Fabry disease usually live?',
    focus: 'Fabry disease',
    types: ['treatment', 'prognosis'],
  },
  {
    // "Can we have biological children" = complications (the condition's effect on fertility).
    // Misspelled focus; "Klinefelter syndrome" is held.
    message:
      'After two years trying for a baby my husband had tests and he is 47,XXY, Klinefelters syndrome. He had no idea. Can we have biological children?',
    focus: 'Klinefelters syndrome',
    types: ['complications'],
  },
  {
    // "What is the chance it happens again in our next pregnancy" = inheritance (next baby).
    message:
      'Our baby girl has Down syndrome caused by a translocation, and my blood test showed that I carry a balanced 14;21 translocation. What is the chance it happens again in our next pregnancy?',
    focus: 'Down syndrome',
    types: ['inheritance'],
  },
  {
    // "what will he be able to eat, can I keep breastfeeding him" = lifestyle (diet; one question).
    message:
      'newborn heel prick test came back positive for PKU and it was confirmed today. what will he be able to eat, can I keep breastfeeding him?',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  {
    // "Can fava beans really set off an attack like that" = cause (what brings on its attacks);
    // "what else do we need to avoid so it never happens again" = prevention (preventing attacks).
    message:
      "My 4 year old ended up in hospital needing a blood transfusion after eating fava beans at his grandmother's house. Now they say he has G6PD deficiency. Can fava beans really set off an attack like that? What else do we need to avoid so it never happens again?",
    focus: 'G6PD deficiency',
    types: ['cause', 'prevention'],
  },
  {
    // "Is there a support group for Rett syndrome families in Ireland" = find_specialist (support groups).
    message:
      'Our daughter was diagnosed with Rett syndrome (MECP2) last week. We feel very alone. Is there a support group for Rett syndrome families in Ireland?',
    focus: 'Rett syndrome',
    types: ['find_specialist'],
  },
  {
    // "Is there really a link between Noonan syndrome and leukaemia" = association (link between two conditions).
    message:
      'Our son has Noonan syndrome (PTPN11). Another mum in a Facebook group said her child got leukaemia. Is there really a link between Noonan syndrome and leukaemia?',
    focus: 'Noonan syndrome',
    types: ['association'],
  },
  {
    // "are there any gene therapy trials for retinitis pigmentosa caused by USH2A" = research (clinical trials).
    message:
      "I'm 27 and losing my night vision. The gene test found two USH2A variants. are there any gene therapy trials for retinitis pigmentosa caused by USH2A that I could join?",
    focus: 'retinitis pigmentosa',
    types: ['research'],
  },
  {
    // "Are men more at risk of it than women" = susceptibility (who is at risk, not by family inheritance).
    message:
      'My brother was diagnosed with Brugada syndrome after an ECG. The cardiologist said it mostly affects men. Are men more at risk of it than women?',
    focus: 'Brugada syndrome',
    types: ['susceptibility'],
  },
  {
    // "What reaction are they worried about with abacavir" = side_effects.
    message:
      "I'm starting HIV treatment and the clinic did a genetic test (HLA-B*5701) before they would prescribe abacavir. What reaction are they worried about with abacavir?",
    focus: 'abacavir',
    types: ['side_effects'],
  },
  {
    // "Should my warfarin dose be lower because of this" = drug_usage (dose);
    // "I eat a lot of kale and spinach, does that affect it" = interactions (food).
    subject: 'warfarin and my genes',
    message:
      "The genetic report from my cardiologist says I have VKORC1 and CYP2C9 variants that make me 'sensitive to warfarin'. Should my warfarin dose be lower because of this? Also I eat a lot of kale and spinach, does that affect it?",
    focus: 'warfarin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Does Creon contain pork" = ingredients; "does it have to be kept cool" = storage_disposal.
    message:
      'Our daughter has CF and takes Creon with every meal. We are Muslim. Does Creon contain pork? And we are going to Dubai in August, does it have to be kept cool?',
    focus: 'Creon',
    types: ['ingredients', 'storage_disposal'],
  },
  {
    // "what is transthyretin amyloidosis exactly" = information; "how common is this variant in Black Americans" =
    // frequency.
    message:
      'My dad (African American, 68) has heart failure and they found the V122I change in his TTR gene. They said it can cause transthyretin amyloidosis. what is transthyretin amyloidosis exactly? and how common is this variant in Black Americans? my cousins want to know if they should worry',
    focus: 'transthyretin amyloidosis',
    types: ['information', 'frequency'],
  },
  {
    // "Can it make me tired all the time" = symptoms (whether a sign belongs to it);
    // "do I need to cut out alcohol or change how I eat" = lifestyle (diet).
    // Misspelled focus; "Gilbert's syndrome" is held.
    message:
      'My DNA kit says I probably have Gilberts syndrome (UGT1A1). Can it make me tired all the time? do I need to cut out alcohol or change how I eat?',
    focus: 'Gilberts syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // "what caused it" = cause. The parents' heights are story.
    message:
      'We are both average height and nobody in either family is short, but our baby was diagnosed with achondroplasia at her 3 month check. The report says FGFR3. what caused it?',
    focus: 'achondroplasia',
    types: ['cause'],
  },
];
