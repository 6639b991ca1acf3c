/**
 * "bereaved" set. Messages from families after a death (sudden cardiac death, a rare genetic disease, a cancer,
 * a stillbirth): what it was, whether it runs in the family, whether to be tested, what the autopsy or genetic
 * results mean, where to find support. Written by someone who had read neither the understanding or retrieval
 * code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each
 * focus is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1
 * 0.871). Scored by bereaved.test.ts and by `npx tsx test/understand/support/score-messages.ts --bereaved
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BEREAVED_MESSAGES: ConsumerMessage[] = [
  // why: "should the rest of us get checked" asks whether relatives should be tested, which is diagnosis
  {
    subject: 'my brother',
    message:
      'My brother died in his sleep at 34. The autopsy found nothing wrong with his heart and the coroner thinks it may have been Brugada syndrome. Should the rest of us get checked?',
    focus: 'Brugada syndrome',
    types: ['diagnosis'],
  },
  // why: "is it passed down in families" asks inheritance; "what tests should my kids and I have" asks diagnosis; the misspelled name is the focus as written
  {
    message:
      'My dad collapsed playing five-a-side football at 51 and the post mortem said hypertropic cardiomyopathy. Is it passed down in families? And what tests should my kids and I have?',
    focus: 'hypertropic cardiomyopathy',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "is that the gene" asks genetic_changes; "50% chance her brother has it" asks inheritance; "anything that can stop it happening to him" asks prevention
  {
    message:
      'Our daughter Ellie died at 16 while swimming. Genetic testing on a blood sample afterwards showed long QT syndrome, and the letter mentions KCNQ1. Is KCNQ1 the gene that causes it? Is it true her younger brother has a 50% chance of having it? Is there anything that can stop it happening to him?',
    focus: 'long QT syndrome',
    types: ['genetic_changes', 'inheritance', 'prevention'],
  },
  // why: "is there any group for parents" asks for a support group, which is find_specialist; the rest is story
  {
    message:
      'We had a stillbirth at 38 weeks in January, a little girl, and the hospital never found a reason. I keep going over what I could have done differently. Is there any group for parents who have been through a stillbirth?',
    focus: 'stillbirth',
    types: ['find_specialist'],
  },
  // why: "could it happen again, does it run in families" asks the chance the next baby has it, which is inheritance; "what can they do to keep the new baby safe" asks prevention
  {
    subject: 'grandson',
    message:
      'My grandson died of SIDS when he was 3 months old. My daughter is expecting again in the summer. Could it happen again, does SIDS run in families? What can they do to keep the new baby safe?',
    focus: 'SIDS',
    types: ['inheritance', 'prevention'],
  },
  // why: "should I be tested" asks diagnosis
  {
    message:
      'My mother passed away last month after fifteen years with Huntington disease. I am 29 and honestly terrified. Should I be tested?',
    focus: 'Huntington disease',
    types: ['diagnosis'],
  },
  // why: "what is this condition" asks information; "could they have inherited it" asks inheritance; "should they be screened now or wait" asks diagnosis
  {
    subject: 'results from the genetic test',
    message:
      'After my husband died suddenly at 42 they tested his DNA and found a PKP2 variant. The cardiologist wrote arrhythmogenic right ventricular cardiomyopathy. What is this condition? Our sons are 8 and 11. Could they have inherited it, and should they be screened now or wait until they are older?',
    focus: 'arrhythmogenic right ventricular cardiomyopathy',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  // why: "what are the signs we missed" asks symptoms; "can it be checked after death" asks how it is confirmed, which is diagnosis
  {
    message:
      'My sister died from an aortic dissection at 38, nobody ever knew anything was wrong. Her doctors now wonder if she had Marfan syndrome. What are the signs of Marfan syndrome that we might have missed? Can it still be confirmed after someone has died?',
    focus: 'Marfan syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  // why: "what does that actually mean" about the named condition asks what it is, which is information
  {
    message:
      'my cousin died at 26, an artery in his belly burst. the autopsy report says "Ehlers-Danlos syndrome, vascular type" and i cant make sense of it. what does that actually mean??',
    focus: 'Ehlers-Danlos syndrome, vascular type',
    types: ['information'],
  },
  // why: "is ovarian cancer hereditary" asks inheritance; "where can I get genetic counselling" asks find_specialist
  {
    subject: 'mum and aunt',
    message:
      'Mum died of ovarian cancer at 52 and her sister had breast cancer in her forties. Is ovarian cancer hereditary? Where can I get genetic counselling?',
    focus: 'ovarian cancer',
    types: ['inheritance', 'find_specialist'],
  },
  // why: "which genes are involved" asks genetic_changes; "what other cancers can it lead to" asks complications; "how often should I have a colonoscopy" asks screening, which is diagnosis
  {
    message:
      'Dad died of bowel cancer at 46 and after he died the lab found he had Lynch syndrome. Which genes are involved in Lynch syndrome? What other cancers can it lead to besides bowel cancer? And how often should I be having a colonoscopy?',
    focus: 'Lynch syndrome',
    types: ['genetic_changes', 'complications', 'diagnosis'],
  },
  // why: "what does this mean for how long I will live" asks life expectancy, which is prognosis
  {
    message:
      'Our son was 7 when he died of an adrenal tumour. Genetics found a TP53 change and told us it is Li Fraumeni syndrome, and that I carry it as well. What does this mean for how long I will live?',
    focus: 'Li Fraumeni syndrome',
    types: ['prognosis'],
  },
  // why: "what are the chances it happens again" asks the chance for the next baby, which is inheritance; "is there a test during pregnancy" asks diagnosis
  {
    subject: 'baby Noah',
    message:
      'Our son Noah died at 5 months of spinal muscular atrophy type 1. We would love another baby one day. What are the chances it happens again? Is there a test we can have during the pregnancy?',
    focus: 'spinal muscular atrophy type 1',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "should my sister and her fiance get tested" asks whether relatives should be tested, which is diagnosis
  {
    message:
      'We lost our daughter to Tay-Sachs when she was three. My younger sister just got engaged. Should she and her fiance get tested before they start a family?',
    focus: 'Tay-Sachs',
    types: ['diagnosis'],
  },
  // why: "could we have caught it from him" asks whether it is contagious, which is susceptibility; "is it genetic" asks inheritance
  {
    message:
      'My father died of Creutzfeldt-Jakob disease in the spring. We nursed him at home for his last weeks, washing him, feeding him, everything. Could we have caught it from him? And is it genetic?',
    focus: 'Creutzfeldt-Jakob disease',
    types: ['susceptibility', 'inheritance'],
  },
  // why: "how likely is it that it runs in our family" asks inheritance
  {
    subject: 'ALS twice now',
    message:
      'Grandpa died of ALS two years ago and now his brother has been diagnosed with it too. How likely is it that ALS runs in our family?',
    focus: 'ALS',
    types: ['inheritance'],
  },
  // why: "what is it" asks information; "can children be tested for it" asks diagnosis; "how is it treated in children" asks treatment
  {
    message:
      'My husband had a fatal heart attack at 44. His cholesterol had been 11 for years and the GP says it was probably familial hypercholesterolemia. What is it exactly? Our kids are 6 and 9. Can children be tested for it, and if they have it, how is it treated at that age?',
    focus: 'familial hypercholesterolemia',
    types: ['information', 'diagnosis', 'treatment'],
  },
  // why: "is it ok to take nadolol while breastfeeding" asks contraindications; "does it make you tired" asks side_effects; both are about the medicine
  {
    message:
      'My brother died from long QT syndrome last year and after family screening I was diagnosed too and put on nadolol. I have a 2 month old. Is it ok to take nadolol while breastfeeding? And does it make you tired? I am exhausted all the time.',
    focus: 'nadolol',
    types: ['contraindications', 'side_effects'],
  },
  // why: "am I at higher risk" because a mother and uncle had it asks family risk, which is inheritance
  {
    message:
      'Both my mum and her brother died of pancreatic cancer, within three years of each other. Am I at higher risk of getting it?',
    focus: 'pancreatic cancer',
    types: ['inheritance'],
  },
  // why: "did we do something to cause it" asks cause; "is it likely to happen in our next pregnancy" asks the chance for a next baby, which is inheritance
  {
    subject: 'trisomy 18',
    message:
      'We lost our baby girl at 20 weeks. The amnio had shown trisomy 18. Did we do something to cause it? Is it likely to happen again in our next pregnancy?',
    focus: 'trisomy 18',
    types: ['cause', 'inheritance'],
  },
  // why: "were there any signs we should have noticed earlier" asks the early signs, which is symptoms
  {
    message:
      'My husband died of glioblastoma in March, only four months after he was diagnosed. Were there any signs we should have noticed earlier?',
    focus: 'glioblastoma',
    types: ['symptoms'],
  },
  // why: "is SCN1A the gene" asks genetic_changes; "could she have Dravet too" asks whether a sibling's signs could be it, which is diagnosis
  {
    message:
      'Our son had Dravet syndrome and died in his sleep at 9. The doctors mentioned SCN1A. Is that the gene that causes Dravet syndrome? His little sister has now had two seizures with fevers. Could she have Dravet too?',
    focus: 'Dravet syndrome',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: "how was this missed, isnt it in the newborn screening" asks diagnosis; "chance our other children have it" asks inheritance; "how do you treat it" asks treatment
  {
    subject: 'newborn screening?',
    message:
      'Our 2 year old died after a tummy bug and the post-mortem showed MCAD deficiency. How was this missed, isnt it part of the newborn heel prick test? What is the chance our other two children have it? And if they do, how do you treat it?',
    focus: 'MCAD deficiency',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: "what exactly is it" asks information; "could his sister have it too" asks inheritance; "is there a treatment" asks treatment
  {
    message:
      'My uncle died at 55 of kidney failure and heart problems, and only afterwards did they work out it was Fabry disease. What exactly is Fabry disease? My mum is his sister, could she have it too? And is there a treatment for it?',
    focus: 'Fabry disease',
    types: ['information', 'inheritance', 'treatment'],
  },
  // why: "is there treatment now" asks treatment; "any trials going on" asks research
  {
    message:
      'Dad died of heart failure last year and the biopsy showed transthyretin amyloidosis, the hereditary type. My brother and I are waiting on our gene results. If we have it, is there treatment these days? Are there any trials going on?',
    focus: 'transthyretin amyloidosis',
    types: ['treatment', 'research'],
  },
  // why: "could the asbestos have caused it" asks a named exposure as its cause, which is association
  {
    message:
      'My granddad died from mesothelioma. He worked in the shipyards for over 30 years and always said the air was full of dust. Could the asbestos there have caused it?',
    focus: 'mesothelioma',
    types: ['association'],
  },
  // why: "is tiredness a symptom" asks symptoms; "what causes it in someone so young" asks cause; "should she be screened" asks diagnosis
  {
    subject: 'sudden death at 39',
    message:
      'My partner died at 39 of dilated cardiomyopathy. For months he had been tired and short of breath and we put it down to work. Is that kind of tiredness a symptom of it? What causes dilated cardiomyopathy in someone so young? He has a daughter who is 4, should she be screened?',
    focus: 'dilated cardiomyopathy',
    types: ['symptoms', 'cause', 'diagnosis'],
  },
  // why: "what does the RYR2 result mean" asks genetic_changes; "can his twin brother be tested" asks diagnosis
  {
    message:
      'Our 12 year old son died running for the school bus. After months of waiting they told us it was catecholaminergic polymorphic ventricular tachycardia and something about the RYR2 gene. What does the RYR2 result mean? Can his twin brother be tested for it?',
    focus: 'catecholaminergic polymorphic ventricular tachycardia',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: "where can I find support for families" asks for support groups, which is find_specialist
  {
    message:
      'Where can I find support for families who have lost someone to sudden cardiac death? My son was 23 and it has been six weeks and I do not know who to talk to.',
    focus: 'sudden cardiac death',
    types: ['find_specialist'],
  },
  // why: "could she be a carrier" asks inheritance; "how do they test for it in pregnancy" asks diagnosis
  {
    subject: 'my grandson',
    message:
      "My grandson died at 19 from Duchenne muscular dystrophy. He was my eldest daughter's boy. Now my younger daughter is expecting a boy. Could she be a carrier as well? How do they test for Duchenne during pregnancy?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "can I be a carrier" asks inheritance; "should my husband be tested" asks diagnosis; "new treatments being worked on" asks research
  {
    message:
      'My brother died of cystic fibrosis at 27 while waiting for new lungs. I am healthy myself. Can I be a carrier without knowing it? Should my husband get tested too before we try for a baby? And are there new treatments being worked on that might help people like my brother in the future?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis', 'research'],
  },
  // why: "should my siblings and I be screened" asks whether relatives should be tested, which is diagnosis
  {
    message:
      'Mum died very suddenly at 50 from a brain aneurysm that burst. Should my siblings and I be screened for one?',
    focus: 'brain aneurysm',
    types: ['diagnosis'],
  },
  // why: "which gene causes that" asks genetic_changes; "what are the first symptoms" asks symptoms
  {
    message:
      'My sister died of pulmonary arterial hypertension at 31 and the specialist thought it might be the inherited kind. Which gene causes that? What are the first symptoms I should look out for in myself?',
    focus: 'pulmonary arterial hypertension',
    types: ['genetic_changes', 'symptoms'],
  },
  // why: "how rare is it" asks frequency
  {
    subject: 'Zellweger',
    message:
      'Our baby died at 4 months of Zellweger syndrome. Nobody we talk to has ever heard of it, not even our GP. How rare is Zellweger syndrome?',
    focus: 'Zellweger syndrome',
    types: ['frequency'],
  },
  // why: "is removing the stomach the only way to prevent it" asks prevention; "is there a screening test" asks diagnosis; "is there a link with breast cancer" asks association
  {
    message:
      'My father died of stomach cancer at 40 and they found a CDH1 mutation, hereditary diffuse gastric cancer. I am 22 and tested positive. Is having my stomach removed the only way to prevent it? Is there a screening test I could have instead? I also read there is a link with breast cancer, is that true?',
    focus: 'hereditary diffuse gastric cancer',
    types: ['prevention', 'diagnosis', 'association'],
  },
  // why: "what brings on a crisis" asks what brings on its attacks, which is cause; "should I get tested" asks diagnosis
  {
    message:
      'My cousin died in a sickle cell crisis at 24, she was like a sister to me. What brings on a crisis in sickle cell disease? Should I get tested? Nobody in my family has ever told me if I have the trait.',
    focus: 'sickle cell disease',
    types: ['cause', 'diagnosis'],
  },
  // why: "will he get it too" asks the chance a sibling has it, which is inheritance
  {
    subject: 'our daughter Mia',
    message:
      'Mia died last year aged 10 from Batten disease. Her little brother is 3 and seems fine so far. Will he get it too?',
    focus: 'Batten disease',
    types: ['inheritance'],
  },
  // why: "what causes an abruption" asks cause; "am I more at risk because of my blood pressure" asks whether a condition raises the risk, which is susceptibility
  {
    message:
      'Our son was stillborn at 34 weeks after a placental abruption. What causes a placental abruption? I have high blood pressure, does that put me more at risk of it next time?',
    focus: 'placental abruption',
    types: ['cause', 'susceptibility'],
  },
  // why: "can I take it in the morning" asks drug_usage; "is grapefruit a problem" asks interactions; "is that the atorvastatin" asks whether a problem comes from the medicine, which is side_effects
  {
    subject: 'atorvastatin questions',
    message:
      'After my brother died of a heart attack at 40, I was found to have familial hypercholesterolemia and started atorvastatin 40mg. Can I take it in the morning instead of at night? Is grapefruit juice a problem with it? I have had aching legs since I started, is that the atorvastatin?',
    focus: 'atorvastatin',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: "can it really kill you" asks the outlook of the condition, which is prognosis
  {
    message:
      'My best friend died at 27 and they said it was Wolff-Parkinson-White syndrome. He told me years ago his doctor said it was nothing to worry about. Can Wolff-Parkinson-White syndrome really kill you?',
    focus: 'Wolff-Parkinson-White syndrome',
    types: ['prognosis'],
  },
];
