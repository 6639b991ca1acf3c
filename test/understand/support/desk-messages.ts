/**
 * A fourth set of messages, in the shape of the mail a rare-disease information desk receives: a family
 * member writing about a diagnosis, often a long story, several questions, sometimes a medicine, sometimes
 * the condition only in the subject line. Written for this project after the messy set was used up for
 * tuning and before any rule was changed against this one; its first score is kept in BENCHMARKS.md. None
 * is taken or paraphrased from MedQuAD, LiveQA or the classifier's training list. Scored by desk.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --desk --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DESK_MESSAGES: ConsumerMessage[] = [
  {
    // what it is, and whether it passes to children
    message:
      'Hello. My 6 year old nephew was recently diagnosed with Duchenne muscular dystrophy. Can you explain what this is? My sister is pregnant again and we are worried, can the new baby have it too?',
    focus: 'Duchenne muscular dystrophy',
    types: ['information', 'susceptibility'],
  },
  {
    // the condition only in the subject line; treatment and doctors
    subject: 'Hereditary angioedema',
    message:
      'My husband has had swelling attacks in his face and throat since he was a teenager and was finally told what it is. What treatments are available now? Are there doctors in Texas who specialize in this?',
    focus: 'Hereditary angioedema',
    types: ['treatment', 'find_specialist'],
  },
  {
    // the outlook for a child
    message:
      'our daughter is 2 and has been diagnosed with Rett syndrome. we are devastated. what can we expect as she gets older',
    focus: 'Rett syndrome',
    types: ['prognosis'],
  },
  {
    // how it is diagnosed, in a long story
    message:
      'For years I have had joint pain, dislocations and very stretchy skin. Three doctors told me it was nothing. Now a physical therapist thinks I might have Ehlers-Danlos syndrome. How do I get a proper diagnosis and what kind of doctor should I see?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // the gene and the test for relatives
    message:
      'My mother was diagnosed with hereditary hemorrhagic telangiectasia. Which gene causes it, and should my brother and I be tested?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['genetic_changes', 'diagnosis'],
  },
  {
    // how many people have it
    message:
      'How many people in the US have myasthenia gravis? I was just diagnosed and have never heard of it before.',
    focus: 'myasthenia gravis',
    types: ['frequency'],
  },
  {
    // the cause of a rare disease in an adult
    message:
      'I am 45 and was just told I have sarcoidosis in my lungs. Nobody can tell me why I got it. What causes it?',
    focus: 'sarcoidosis',
    types: ['cause'],
  },
  {
    // research for a rare disease
    message:
      'Is anyone doing research on Niemann-Pick disease type C? Our son was diagnosed last year and we want to help if we can.',
    focus: 'Niemann-Pick disease type C',
    types: ['research'],
  },
  {
    // support for the family
    message:
      'My grandson has Cornelia de Lange syndrome. Is there a foundation or support group for families? My daughter needs to talk to other parents.',
    focus: 'Cornelia de Lange syndrome',
    types: ['find_specialist'],
  },
  {
    // symptoms in adults
    message:
      'What are the symptoms of Fabry disease in women? My brother has it and I have burning pain in my hands and feet.',
    focus: 'Fabry disease',
    types: ['symptoms'],
  },
  {
    // inheritance in plain words
    message:
      'Our son has been diagnosed with hemophilia A. Neither of us has it. How did he get it? Could our daughter be a carrier?',
    focus: 'hemophilia A',
    types: ['cause', 'inheritance'],
  },
  {
    // what to eat
    message:
      'My baby was born with PKU. What can she eat and what foods must she avoid? The hospital gave us a list but I am confused.',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  {
    // prevention of complications
    message:
      'My son has sickle cell anemia. How can we prevent him from having pain crises? He has had three this winter.',
    focus: 'sickle cell anemia',
    types: ['prevention'],
  },
  {
    // treatment for a rare skin disease with a misspelling
    message:
      'My daughter has epidermolysis bulosa and her skin blisters with any touch. Is there any treatment that can help her skin heal?',
    focus: 'epidermolysis bulosa',
    types: ['treatment'],
  },
  {
    // complications of a rare condition
    message:
      'My father has had polycythemia vera for 10 years. What complications should we watch for as he gets older?',
    focus: 'polycythemia vera',
    types: ['complications'],
  },
  {
    // abbreviation, outlook
    message:
      'My friend has been diagnosed with PSP, progressive supranuclear palsy. How quickly does it progress? She is 68.',
    focus: 'progressive supranuclear palsy',
    types: ['prognosis'],
  },
  {
    // whether it can be cured
    message:
      'Can Wilson disease be cured? My son was diagnosed at 17 and he is on medication but he hates taking it.',
    focus: 'Wilson disease',
    types: ['treatment'],
  },
  {
    // who is at risk
    message:
      'Is Gaucher disease more common in certain populations? My husband is Ashkenazi Jewish and we are planning a family.',
    focus: 'Gaucher disease',
    types: ['susceptibility'],
  },
  {
    // a general request with a signature
    message:
      'Dear Sir or Madam, I would be grateful for any information you have on Alport syndrome. My son was diagnosed at age 12. Thank you. Mrs. J. Peters',
    focus: 'Alport syndrome',
    types: ['information'],
  },
  {
    // a rare disease and an exposure: association
    message:
      'My husband worked with pesticides on a farm for 30 years and now has Parkinsons. Could the pesticides have caused it?',
    focus: 'Parkinsons',
    types: ['association'],
  },
  {
    // living with it at school
    message:
      'Our 8 year old has Tourette syndrome and the school keeps punishing him for his tics. What can we ask the school to do for him?',
    focus: 'Tourette syndrome',
    types: ['lifestyle'],
  },
  {
    // diagnosis asked as "is this what she has"
    message:
      'My daughter has café au lait spots and now some bumps on her skin. Could she have neurofibromatosis? What tests should she have?',
    focus: 'neurofibromatosis',
    types: ['diagnosis'],
  },
  {
    // two conditions: a link
    message:
      'My son has Klinefelter syndrome and was just diagnosed with osteoporosis at 25. Is there a connection between the two?',
    focus: 'Klinefelter syndrome',
    types: ['association'],
  },
  {
    // a rare disease and a pregnancy question: complications
    message:
      'I have Marfan syndrome and I am 12 weeks pregnant. What are the risks to me and the baby during pregnancy?',
    focus: 'Marfan syndrome',
    types: ['complications'],
  },
  // ── medicines for rare and common conditions ──
  {
    // side effects of a medicine for a rare disease
    message:
      'My son takes hydroxyurea for his sickle cell. What side effects should we look out for? He is 10.',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  {
    // dose of a medicine
    message:
      'The neurologist started my mother on pyridostigmine for myasthenia gravis. How many times a day should she take it?',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  {
    // a medicine with a condition: is it safe
    message:
      'I have G6PD deficiency. Is it safe for me to take aspirin? My doctor wants me on a low dose for my heart.',
    focus: 'aspirin',
    types: ['contraindications'],
  },
  {
    // two medicines together
    message:
      'My dad takes warfarin and his dentist wants to give him an antibiotic, metronidazole. Can he take them together?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // what the medicine is for
    message:
      'My mother was prescribed colchicine after a hospital stay. What is colchicine used for? She does not have gout.',
    focus: 'colchicine',
    types: ['indication'],
  },
  {
    // stopping a medicine
    message:
      'I have been on prednisone 40 mg for a month for my sarcoidosis. The doctor wants me to stop. Can I just stop or do I need to taper down?',
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  {
    // a blamed medicine
    message:
      'Since my husband started amiodarone for his heart rhythm he has been short of breath all the time. Could the amiodarone be causing this?',
    focus: 'amiodarone',
    types: ['side_effects'],
  },
  {
    // storage while travelling
    message:
      'we are flying to europe next month. my son uses an epipen for his peanut allergy. how should we store it on the plane and in hot weather?',
    focus: 'epipen',
    types: ['storage_disposal'],
  },
  {
    // a supplement for a condition
    message:
      'Can coenzyme Q10 help with mitochondrial disease? Our doctor mentioned it but insurance will not pay.',
    focus: 'coenzyme Q10',
    types: ['indication'],
  },
  {
    // pregnancy and a medicine: contraindications
    message:
      'I take lamotrigine for my epilepsy and we want to start trying for a baby. Is lamotrigine safe during pregnancy?',
    focus: 'lamotrigine',
    types: ['contraindications'],
  },
  {
    // a medicine and alcohol
    message:
      'my doctor prescribed me gabapentin for nerve pain. can i have a couple of beers on the weekend while taking it?',
    focus: 'gabapentin',
    types: ['interactions'],
  },
  {
    // what to do about a missed dose
    message:
      'I forgot my morning dose of levothyroxine and it is already 4 pm. Should I take it now or wait until tomorrow?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  {
    // what is in the medicine
    message: 'Does prednisone contain lactose? I am very lactose intolerant and get sick from tiny amounts.',
    focus: 'prednisone',
    types: ['ingredients'],
  },
  {
    // long-term effects of a drug: side effects
    message:
      'My teenage son has been on methotrexate for juvenile arthritis for 3 years. Are there long term effects we should worry about?',
    focus: 'methotrexate',
    types: ['side_effects'],
  },
  {
    // treatment of a complication, indirect
    message:
      'My mother has scleroderma and her fingers turn white and hurt in the cold. Is there anything she can take for this?',
    focus: 'scleroderma',
    types: ['treatment'],
  },
  {
    // the condition explained with a misspelled name
    message:
      'my daughter was just diagnosed with hypoplastic left heart syndrom. what is it exactly and how is it treated',
    focus: 'hypoplastic left heart syndrom',
    types: ['information', 'treatment'],
  },
];
