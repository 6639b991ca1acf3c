/**
 * "palliative" set. Messages about palliative and end-of-life care: a relative in the late stages of a condition,
 * hospice, comfort medicines, what the last stage looks like, support for the family. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.841). Scored by palliative.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --palliative --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PALLIATIVE_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether the sleepiness comes from the morphine, a medicine side effect
  {
    message:
      'Hospice started my mom on morphine for her breathing and now she sleeps almost all day. Is that from the morphine or is it just the cancer getting worse?',
    focus: 'morphine',
    types: ['side_effects'],
  },
  // why: "how long do people usually live" asks only the outlook
  {
    subject: 'how long',
    message:
      'My husband was diagnosed with ALS 3 years ago. He can no longer swallow and he has refused a feeding tube. How long do people usually live once they stop eating?',
    focus: 'ALS',
    types: ['prognosis'],
  },
  // why: asks the course and time left (prognosis) and for a family support group (find_specialist)
  {
    message:
      "My mother is in the late stage of Huntington's disease, bedbound and she can't talk anymore. What is the usual course from here and how long might it be? Also is there a support group for families like ours in the Midwest? My sisters and I are exhausted.",
    focus: "Huntington's disease",
    types: ['prognosis', 'find_specialist'],
  },
  // why: asks what helps the pain (treatment), how much time (prognosis) and whether to push food (lifestyle/diet)
  {
    message:
      'dad has stage 4 pancreatic cancer, they stopped the chemo last week. what can be done for the pain in his back, how much time does he have, and should we keep trying to make him eat when he doesnt want to',
    focus: 'pancreatic cancer',
    types: ['treatment', 'prognosis', 'lifestyle'],
  },
  // why: cutting a patch to change the dose is about how to use the medicine
  {
    message:
      'Can a fentanyl patch be cut in half if the dose is to strong for my grandmother? She is 92 and very frail.',
    focus: 'fentanyl patch',
    types: ['drug_usage'],
  },
  // why: asks what symptoms to expect (symptoms) and how quickly it goes at the end (prognosis)
  {
    subject: 'GBM end stage',
    message:
      'My brother is 41 and has glioblastoma. It came back and there are no more treatment options. What symptoms should we expect in the final weeks, and how quickly does it usually go once he starts sleeping most of the day?',
    focus: 'glioblastoma',
    types: ['symptoms', 'prognosis'],
  },
  // why: asks life expectancy (prognosis), a palliative team that knows it (find_specialist) and trials (research)
  {
    message:
      'Our son is 24 and has Duchenne muscular dystrophy. His heart is now failing and his cardiologist brought up palliative care for the first time, which hit us hard. What is the life expectancy at this point? Is there a palliative care team anywhere that actually knows Duchenne? And are there any trials for the heart problems that he could still join?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'find_specialist', 'research'],
  },
  // why: "what is it used for" asks the medicine's indication
  {
    message:
      'what is midazolam used for at end of life? the hospice nurse left some in the comfort kit in our fridge and didnt really explain',
    focus: 'midazolam',
    types: ['indication'],
  },
  // why: "is this the last stage" asks about the course of the disease
  {
    message:
      "mom has had alzheimer's disease for 10 yrs, now she isnt eating and doesnt recognize anyone, not even dad. is this the last stage",
    focus: "alzheimer's disease",
    types: ['prognosis'],
  },
  // why: asks why the drug is given (indication) and whether it causes confusion or stiffness (side_effects)
  {
    message:
      'Why would they give Haldol to my dad who is dying of lung cancer? He is not psychotic. Does it make people more confused or stiff?',
    focus: 'Haldol',
    types: ['indication', 'side_effects'],
  },
  // why: asks whether it gets worse and how long (prognosis) and the chance the next baby has it (inheritance)
  {
    subject: 'Tay-Sachs, our little girl',
    message:
      'Our daughter is 2 and has Tay-Sachs disease. She is now having many seizures a day and is fed through a tube. Will the seizures keep getting worse, and how long do children usually live with it? We also want another child someday - what are the chances our next baby would have it too?',
    focus: 'Tay-Sachs disease',
    types: ['prognosis', 'inheritance'],
  },
  // why: asks about keeping his medicines in hospice (treatment), insurance (other) and time left (prognosis)
  {
    message:
      'My son is 27 with cystic fibrosis and his lungs are failing, he was taken off the transplant list last month. If he goes into hospice can he still keep his CF treatments like the nebulizers? Will insurance pay for hospice and the CF meds both? And how long is typical once someone is taken off the list?',
    focus: 'cystic fibrosis',
    types: ['treatment', 'other', 'prognosis'],
  },
  // why: giving two medicines together asks about an interaction
  {
    message:
      'is it ok to give my husband oxycodone and his lorazepam together? he has mesothelioma and gets really anxious at night',
    focus: 'oxycodone',
    types: ['interactions'],
  },
  // why: choking leading to pneumonia is a complication; how long the late stage lasts is prognosis
  {
    message:
      'My father has progressive supranuclear palsy. He falls constantly and chokes on liquids. Can the choking lead to pneumonia, and is that what people with PSP usually die from? How long does the late stage last?',
    focus: 'progressive supranuclear palsy',
    types: ['complications', 'prognosis'],
  },
  // why: asks what it is (information), whether visitors can catch it (susceptibility) and time after diagnosis (prognosis)
  {
    subject: 'CJD in the family',
    message:
      'My aunt was just diagnosed with Creutzfeldt-Jakob disease and has been moved to hospice. What exactly is this disease? Can we catch it from visiting her or helping with her care? And how long do people usually have after diagnosis?',
    focus: 'Creutzfeldt-Jakob disease',
    types: ['information', 'susceptibility', 'prognosis'],
  },
  // why: asks how often the medicine should be given, a dosing/timing question
  {
    message: 'Dilaudid every 4 hours or only as needed?? hospice said prn but dad is moaning between doses',
    focus: 'Dilaudid',
    types: ['drug_usage'],
  },
  // why: asks for a children's hospice or respite program (find_specialist) and whether travel is ok (lifestyle)
  {
    message:
      "Our 9 year old has Sanfilippo syndrome and she no longer walks or eats by mouth. We want to keep her at home as long as we can. Is there a children's hospice or respite program that knows MPS families? And is it still ok to take her on a trip to the beach this summer, maybe for the last time?",
    focus: 'Sanfilippo syndrome',
    types: ['find_specialist', 'lifestyle'],
  },
  // why: asks what symptoms it causes and whether confusion is one of them
  {
    message:
      'what symptoms does end stage copd cause? my gran is on oxygen 24/7 and always short of breath, is the confusion part of it',
    focus: 'copd',
    types: ['symptoms'],
  },
  // why: "how does it work" asks indication; drying the mouth asks side effects
  {
    subject: 'death rattle',
    message:
      "The nurse suggested glycopyrrolate for the rattling sound in my mother's breathing. How does it work, and will it dry out her mouth even more? Her lips are already cracked.",
    focus: 'glycopyrrolate',
    types: ['indication', 'side_effects'],
  },
  // why: how long from wheelchair to the end is the course of the disease
  {
    message: 'multiple system atrophy - how long from wheelchair to the end',
    focus: 'multiple system atrophy',
    types: ['prognosis'],
  },
  // why: asks what helps air hunger (treatment), how long this stage lasts (prognosis) and whether he can fly (lifestyle)
  {
    message:
      'My husband has had idiopathic pulmonary fibrosis for six years. Over the winter he went downhill fast and now he is breathless even sitting in his chair, on 6 liters of oxygen. We signed up with hospice on Monday. Is there anything that helps the air hunger besides turning up the oxygen? How long does this stage usually last? Our daughter is getting married in Denver in August and he wants so badly to be there, can he still fly?',
    focus: 'idiopathic pulmonary fibrosis',
    types: ['treatment', 'prognosis', 'lifestyle'],
  },
  // why: whether the drug is safe for someone with a lung disease is a precaution
  {
    message:
      "Is Ativan safe for someone with severe COPD? Hospice wants to use it for my dad's panic attacks but I worry it will slow his breathing.",
    focus: 'Ativan',
    types: ['contraindications'],
  },
  // why: how long babies live is prognosis; keeping him comfortable is treatment
  {
    message:
      'Our newborn was diagnosed with SMA type 1 and after a lot of talking with the doctors we chose comfort care. How long do babies with SMA type 1 usually live? What can we do to keep him comfortable when his breathing gets hard?',
    focus: 'SMA type 1',
    types: ['prognosis', 'treatment'],
  },
  // why: asks survival after birth (prognosis), recurrence in another pregnancy (inheritance) and programs or groups (find_specialist)
  {
    subject: 'perinatal hospice',
    message:
      'We found out at our 20 week scan that our baby has trisomy 18. We are continuing the pregnancy and planning for comfort care. How long do babies usually live after birth? Could this happen again in another pregnancy? Are there perinatal hospice programs or support groups for trisomy 18 parents?',
    focus: 'trisomy 18',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: "why methadone for cancer pain" asks what the medicine is for
  {
    message:
      'why methadone for cancer pain?? my mom is not an addict and the hospice doctor wants to switch her from morphine to methadone',
    focus: 'methadone',
    types: ['indication'],
  },
  // why: how fast it progresses and how long the final stage is (prognosis); outings are daily life (lifestyle)
  {
    message:
      'My wife is 58 and has frontotemporal dementia. She no longer speaks and has lived in a care home since spring. How fast does it progress at this point and how long does the final stage usually last? Should we still take her out for drives and walks or is that too much for her now?',
    focus: 'frontotemporal dementia',
    types: ['prognosis', 'lifestyle'],
  },
  // why: continuing his water pill is managing the condition (treatment); Medicare coverage is other
  {
    message:
      'My father is 87 with end stage heart failure and has chosen hospice at home. Can hospice continue his furosemide and the other heart pills, or do they stop everything? Also does Medicare cover hospice at home?',
    focus: 'heart failure',
    types: ['treatment', 'other'],
  },
  // why: whether hallucinations belong to the disease is symptoms; whether she is near the end is prognosis
  {
    message:
      'Our daughter has Batten disease (CLN3). She is 19 now, blind, and having more seizures and hallucinations lately. Are the hallucinations part of the disease? Is she near the end?',
    focus: 'Batten disease',
    types: ['symptoms', 'prognosis'],
  },
  // why: "how long" asks only the outlook
  {
    message: 'krabbe disease baby 7 months, stopped responding to us. how long',
    focus: 'krabbe disease',
    types: ['prognosis'],
  },
  // why: asbestos as its cause is association; filing a claim is other; trials is research
  {
    message:
      'My father is dying of mesothelioma and is in hospice now. He worked in a shipyard in the 1970s. Could the asbestos there have caused it? Can we file a claim while he is still alive, or does it have to be after? And is there anything new in trials even at this point?',
    focus: 'mesothelioma',
    types: ['association', 'other', 'research'],
  },
  // why: where to put it and how often to change it is drug usage; whether confusion comes from the patch is side effects
  {
    message:
      'where do you put the scopolamine patch and how often do you change it? since they put it on my mom she seems more confused, could that be the patch',
    focus: 'scopolamine patch',
    types: ['drug_usage', 'side_effects'],
  },
  // why: whether hallucinating is part of the disease (symptoms), how long in this stage (prognosis), what helps drooling (treatment)
  {
    message:
      'my grandpa has had parkinson disease for 20 yrs and is now in a nursing home, he has hallucinations & can barely swallow. is the hallucinating from the parkinsons itself? how long do people live in this stage? and what can they do about the drooling, his shirts are soaked all day',
    focus: 'parkinson disease',
    types: ['symptoms', 'prognosis', 'treatment'],
  },
  // why: living into their 40s is prognosis; breathing spells causing sudden death is a complication
  {
    message:
      'Our daughter with Rett syndrome is 32. She has lost a lot of weight this year and sleeps much more. Do women with Rett syndrome usually live into their 40s? Could her breathing spells cause sudden death?',
    focus: 'Rett syndrome',
    types: ['prognosis', 'complications'],
  },
  // why: medicines for breathlessness is treatment; whether people choke to death is the expected course (prognosis)
  {
    subject: 'motor neuron disease - breathing at the end',
    message:
      'My mum has motor neuron disease and has decided against the breathing mask. What medicines are used to ease breathlessness at the end? Is it true that people with it choke to death? I am terrified of that for her.',
    focus: 'motor neuron disease',
    types: ['treatment', 'prognosis'],
  },
  // why: asks which gene (genetic_changes), risk to her own children (inheritance) and time left (prognosis)
  {
    message:
      'My sister has Niemann-Pick disease type C and went into hospice at 30. Which gene causes it? Should I be worried for my own kids? And how long do adults usually have once they can no longer swallow?',
    focus: 'Niemann-Pick disease type C',
    types: ['genetic_changes', 'inheritance', 'prognosis'],
  },
  // why: safety with kidney failure is a precaution (contraindications); how often to give it is drug usage
  {
    subject: 'morphine and kidneys',
    message:
      'Is morphine safe for someone whose kidneys have failed? My mother decided to stop dialysis and is now on hospice. Also how often can we give the liquid under her tongue?',
    focus: 'morphine',
    types: ['contraindications', 'drug_usage'],
  },
  // why: getting rid of leftover patches is disposal
  {
    message:
      "how do we get rid of my dad's leftover fentanyl patches now that he has passed? there are about ten unopened ones",
    focus: 'fentanyl',
    types: ['storage_disposal'],
  },
  // why: trials (research), keeping him comfortable (treatment), time after progression (prognosis), parent group (find_specialist)
  {
    subject: 'DIPG - what now',
    message:
      'Our son is 6 and has DIPG. He finished radiation in March and the last MRI shows the tumor growing again. Are there any trials left that would take him? If we stop, what can be done to keep him comfortable at home? How long do kids usually have after it progresses? Is there a group for parents going through this? We feel so alone.',
    focus: 'DIPG',
    types: ['research', 'treatment', 'prognosis', 'find_specialist'],
  },
  // why: "what is it" asks for information
  {
    message:
      'what is zellweger syndrome? the doctors said our grandson has it and they talked about palliative care',
    focus: 'zellweger syndrome',
    types: ['information'],
  },
  // why: asks whether rigidity and loss of speech are signs of the disease
  {
    subject: 'Lewy body dementia - end stage',
    message:
      'Do people with Lewy body dementia get rigid and stop talking at the end? Mom is in that place now.',
    focus: 'Lewy body dementia',
    types: ['symptoms'],
  },
];
