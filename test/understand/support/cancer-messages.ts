/**
 * "cancer" set: 40 messages about cancers, common and rare, and cancer syndromes, from patients, partners,
 * adult children and parents: what the diagnosis means, stages and outlook, treatment, side effects of
 * chemotherapy, testing the family, screening, trials, second opinions and specialist centres, diet,
 * exercise and coping. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. First scored before any change for it: focus 1.000, type F1 0.739.
 * Scored by cancer.test.ts and by `npx tsx test/understand/support/score-messages.ts --cancer --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CANCER_MESSAGES: ConsumerMessage[] = [
  {
    // "What are the chances they have it too?" = inheritance; "should they be tested now or wait" = diagnosis;
    // "Is there a support group or a clinic that sees families with LFS" = find_specialist.
    subject: 'TP53 result - worried about my kids',
    message:
      'Hello, I was told last week that I have Li-Fraumeni syndrome after a genetic test (TP53 pathogenic variant). I had breast cancer at 31 and my dad died of a sarcoma at 40, so looking back it makes sense. I have two children, 6 and 9. What are the chances they have it too? Should they be tested now or should we wait until they are old enough to decide for themselves? And is there a support group or a clinic that sees families with LFS? I feel very alone with this. Thank you.',
    focus: 'Li-Fraumeni syndrome',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  {
    // "is there anything I can do to lower my risk of getting cancer" = prevention. The aspirin remark is story.
    message:
      "My dad has Lynch syndrome, they only found out after he got bowel cancer at 46, and I tested positive too (MLH1). I'm 28 and already booked in for colonoscopies every 2 years. Apart from that, is there anything I can do to lower my risk of getting cancer? I read something about aspirin.",
    focus: 'Lynch syndrome',
    types: ['prevention'],
  },
  {
    // "is this from the tablets?" = side_effects (whether a problem comes from the medicine).
    message:
      'been on tamoxifin 4 months now, the hot flushes at night are awful and my periods have gone all over the place. is this from the tablets?',
    focus: 'tamoxifin',
    types: ['side_effects'],
  },
  {
    // "What are his chances, honestly?" = prognosis. The treatment plan is story.
    message:
      'Our son Ollie is 3 and was diagnosed 2 weeks ago with high risk nueroblastoma, stage 4, MYCN amplified, with spread to his bones and bone marrow. The oncologist went through the plan: induction chemo, surgery, high dose chemo with stem cell rescue, radiotherapy and then immunotherapy. It will take well over a year. What are his chances, honestly? Everything I read online is terrifying and the doctors keep saying every child is different.',
    focus: 'nueroblastoma',
    types: ['prognosis'],
  },
  {
    // "What are the pros and cons of each ... which one would you go for" = treatment (one question, asked twice).
    subject: 'Choosing treatment',
    message:
      "I'm 61 and was diagnosed with prostate cancer in June. MRI then biopsy: Gleason 3+4=7 (grade group 2) in 3 of 12 cores, PSA 7.4, T2a, no spread on the bone scan. The urologist has offered me three options: active surveillance, robotic radical prostatectomy, or radiotherapy with 6 months of hormone injections. He says they all have about the same results and it's my choice, which is not much help. I'm fit, still working, and I cycle a lot. What are the pros and cons of each for someone in my position? Which one would you go for?",
    focus: 'prostate cancer',
    types: ['treatment'],
  },
  {
    // "Could this be bowel cancer?" = diagnosis; "should I push for a colonoscopy" = diagnosis (same type, once).
    message:
      "I'm 52 and I've had blood in my poo on and off for about a month, and I've been really tired. Could this be bowel cancer? My GP has sent me a FIT test kit, is that enough or should I push for a colonoscopy?",
    focus: 'bowel cancer',
    types: ['diagnosis'],
  },
  {
    // "What does stage IB actually mean for me long term?" = prognosis;
    // "is that why I got it?" (the sunbeds) = association (a named exposure asked as its cause).
    subject: 'Letter from dermatology',
    message:
      "I had a mole taken off my back and the letter says: 'Superficial spreading malignant melanoma, Breslow thickness 1.2 mm, no ulceration, mitotic rate 2/mm2, margins clear. Stage IB.' They want to do a wider excision and a sentinel lymph node biopsy. What does stage IB actually mean for me long term? Also I used sunbeds loads in my twenties, is that why I got it?",
    focus: 'melanoma',
    types: ['prognosis', 'association'],
  },
  {
    // "Is that from the tablets?" = side_effects; "can he still have a glass of wine at the weekend" = interactions.
    message:
      "My husband is on capecitabene tablets after his operation, 2 weeks on and 1 week off. The skin on his palms and the soles of his feet is red, peeling and sore, he's struggling to walk. Is that from the tablets? And can he still have a glass of wine at the weekend while he's on them?",
    focus: 'capecitabene',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Are there any clinical trials for relapsed Ewing's" = research;
    // "Who are the experts we could go to for a second opinion?" = find_specialist.
    message:
      "My daughter is 15 and was treated for Ewing sarcoma of the pelvis 2 years ago. The scan last week shows it has come back in her lungs. Our local team are lovely but I want to make sure we are not missing anything. Are there any clinical trials for relapsed Ewing's in the UK or Europe? Who are the experts we could go to for a second opinion?",
    focus: 'Ewing sarcoma',
    types: ['research', 'find_specialist'],
  },
  {
    // "Will it get worse?" = prognosis.
    message:
      "Dad is 74 and has just been told he has CLL. They're not treating it, just 'watch and wait' with blood tests every 3 months. He's convinced that means they've given up on him. Will it get worse?",
    focus: 'CLL',
    types: ['prognosis'],
  },
  {
    // "Is this normal with this drug?" = side_effects; "Can I stop taking it for a few weeks" = drug_usage (stopping).
    message:
      'I started Femara (letrozole) in March after my lumpectomy and radiotherapy. Now my knees and fingers ache so badly in the mornings I can hardly get down the stairs and I feel about 90. Is this normal with this drug? Can I stop taking it for a few weeks to see if the pain goes?',
    focus: 'Femara',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "what time of day is best to take it, and what do I do if I'm sick straight after a dose" = drug_usage (timing, missed dose).
    message:
      "I was diagnosed with CML in January and I take imatinib 400 mg once a day. It makes me feel sick. What time of day is best to take it, and what do I do if I'm sick straight after a dose?",
    focus: 'imatinib',
    types: ['drug_usage'],
  },
  {
    // "What are the chances our next baby has it too?" = inheritance.
    message:
      "Our first baby had retinoblastoma in both eyes and had to have one eye removed when she was 8 months old. She is doing well now. The geneticist said it's in the RB1 gene and it's 'germline' but neither of us has it in our blood. We would like another child. What are the chances our next baby has it too?",
    focus: 'retinoblastoma',
    types: ['inheritance'],
  },
  {
    // "Are there certain foods or drinks that bring the flushing on?" = cause (what brings on its attacks).
    message:
      "I have a small bowel NET with liver mets and carcinoid syndrome. I have lanreotide injections every 4 weeks but my face and neck still go bright red several times a day. I've noticed it after red wine and maybe after cheese. Are there certain foods or drinks that bring the flushing on?",
    focus: 'carcinoid syndrome',
    types: ['cause'],
  },
  {
    // "what is multiple myeloma?" = information.
    message: 'what is multiple myeloma? my nan has just been told she has it and none of us know what it is',
    focus: 'multiple myeloma',
    types: ['information'],
  },
  {
    // "What are the chances it comes back?" = prognosis.
    message:
      'My son (22) finished 4 cycles of chemo for Hodgkin lymphoma in April and the PET scan says complete remission. We are so relieved but he is scared every time he gets a cold or a lump in his neck. What are the chances it comes back?',
    focus: 'Hodgkin lymphoma',
    types: ['prognosis'],
  },
  {
    // "Could the asbestos ... have caused it after all this time?" = association (named exposure asked as cause);
    // "Can we claim compensation" = other.
    subject: 'Dad - asbestos',
    message:
      "My father worked as a lagger in the shipyards in the 1970s and has now been diagnosed with pleural mesotheleoma at 79. Could the asbestos from back then have caused it after all this time? Can we claim compensation from the company, it doesn't exist anymore?",
    focus: 'mesotheleoma',
    types: ['association', 'other'],
  },
  {
    // "Ondansetron constipation??" = side_effects (whether a problem comes from the medicine).
    message: 'Ondansetron constipation?? 3 days now since chemo',
    focus: 'Ondansetron',
    types: ['side_effects'],
  },
  {
    // "How long does she have?" = prognosis; "Would chemo give her more time" = treatment;
    // "what should she be eating" = lifestyle (diet); "Is there anyone who specialises in it ... second opinion" = find_specialist.
    subject: 'Mum',
    message:
      "My mum (68) has been diagnosed with pancreatic cancer that has spread to her liver. The surgeon said it can't be operated on and we are seeing the oncologist next week. How long does she have? Would chemo give her more time, or would it just make the time she has left miserable? She has lost nearly 2 stone and barely eats, what should she be eating? Is there anyone who specialises in pancreatic cancer we could see for a second opinion? Sorry for all the questions, we are all in shock.",
    focus: 'pancreatic cancer',
    types: ['prognosis', 'treatment', 'lifestyle', 'find_specialist'],
  },
  {
    // "Does having IVF increase my risk of ovarian cancer?" = susceptibility (an exposure raising the risk).
    message:
      "I had three rounds of IVF in my thirties with a lot of stimulation drugs. Does having IVF increase my risk of ovarian cancer? I'm 44 now.",
    focus: 'ovarian cancer',
    types: ['susceptibility'],
  },
  {
    // "Are there any other treatments we should be asking about?" = treatment; "any clinical trials he could get on" = research.
    message:
      "Husband 49, glioblastoma, IDH wildtype, MGMT unmethylated. Debulking surgery in August, now 6 weeks of radiotherapy with temozolomide. The neuro-oncologist told us that unmethylated means the temozolomide probably won't do much. Are there any other treatments we should be asking about? Are there any clinical trials he could get on, even abroad?",
    focus: 'glioblastoma',
    types: ['treatment', 'research'],
  },
  {
    // "Can she do gymnastics and trampolining with only one kidney?" = lifestyle.
    message:
      "Our daughter is 5 and had her right kidney removed for Wilms tumour last year, then chemo, which finished in the summer. She's desperate to go back to gymnastics with her friends. Can she do gymnastics and trampolining with only one kidney?",
    focus: 'Wilms tumour',
    types: ['lifestyle'],
  },
  {
    // "Which gene causes it?" = genetic_changes; "Is having my whole colon removed the only treatment" = treatment;
    // "will my children get it" = inheritance.
    message:
      "I'm 19 and have just been diagnosed with familial adenomatous polyposis, they found hundreds of polyps. Nobody else in my family has it as far as we know. Which gene causes it? Is having my whole colon removed the only treatment? And if I have kids one day, will my children get it?",
    focus: 'familial adenomatous polyposis',
    types: ['genetic_changes', 'treatment', 'inheritance'],
  },
  {
    // "Could his smoking have caused my cancer?" = association (named exposure asked as its cause).
    message:
      "I have never smoked in my life but I've just been told I have lung cancer (adenocarcinoma, EGFR positive). My husband smoked 20 a day in the house for 30 years. Could his smoking have caused my cancer?",
    focus: 'lung cancer',
    types: ['association'],
  },
  {
    // "should we give him two tonight?" = drug_usage (missed dose); "is it true he can't take it with milk?" = interactions (food).
    message:
      "Our son (7) is in maintenance for ALL and takes mercaptopurine every night at bedtime. We forgot last night's dose, should we give him two tonight? And is it true he can't take it with milk? He has a glass every night before bed.",
    focus: 'mercaptopurine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Why do children get acute lymphoblastic leukaemia?" = cause; "Was it something we did" is the same question.
    message:
      'Why do children get acute lymphoblastic leukaemia? Our daughter was diagnosed at 4 and my wife keeps asking if it was something we did, something she ate in pregnancy, the cleaning products, anything.',
    focus: 'acute lymphoblastic leukaemia',
    types: ['cause'],
  },
  {
    // "What is a GIST exactly?" = information.
    message:
      "They found a 4 cm lump in the wall of my stomach during a camera test and the biopsy says GIST. The consultant said it's 'not quite cancer but not benign either'. What is a GIST exactly?",
    focus: 'GIST',
    types: ['information'],
  },
  {
    // "how does it actually work?" = indication.
    message:
      "My husband has just started Zytiga for prostate cancer that has spread to his bones, along with a small dose of prednisolone. He's already had the hormone injections for a year. How does it actually work?",
    focus: 'Zytiga',
    types: ['indication'],
  },
  {
    // "How rare is Merkel cell carcinoma?" = frequency; "Is there a specialist centre ... in Scotland" = find_specialist.
    message:
      'How rare is Merkel cell carcinoma? My GP said she had never seen one in 25 years. Is there a specialist centre for it in Scotland or do I need to go to England?',
    focus: 'Merkel cell carcinoma',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "What can I actually eat on the low iodine diet? Are eggs and bread ok?" = lifestyle (diet).
    message:
      "Hi, I'm having radioactive iodine next month after my thyroidectomy for papillary thyroid cancer. The hospital gave me a leaflet about a low iodine diet for 2 weeks before but it's confusing. What can I actually eat on the low iodine diet? Are eggs and bread ok?",
    focus: 'thyroid cancer',
    types: ['lifestyle'],
  },
  {
    // "Is DCIS actually cancer?" = information; "is that really necessary" (the mastectomy) = treatment.
    subject: 'DCIS - mastectomy?',
    message:
      "My screening mammogram picked up calcifications and the biopsy letter says 'high grade DCIS, extent approx 55 mm, no invasive component seen'. Is DCIS actually cancer? The surgeon is recommending a mastectomy because of the size. Is that really necessary for something that isn't invasive?",
    focus: 'DCIS',
    types: ['information', 'treatment'],
  },
  {
    // "Could the Keytruda have done that?" = side_effects.
    message:
      "Dad has been on Keytruda for his lung cancer since February and his latest bloods say his thyroid is underactive, he's never had thyroid problems before. Could the Keytruda have done that?",
    focus: 'Keytruda',
    types: ['side_effects'],
  },
  {
    // "Is it safe to get pregnant while I'm on it" = contraindications (pregnancy); "or do I have to wait" is the same question.
    message:
      "I'm 34 with HER2 positive breast cancer. I've finished chemo and now I'm due to have Herceptin every 3 weeks for a year. My husband and I were planning a second baby before all this happened. Is it safe to get pregnant while I'm on it, or do I have to wait until it's finished?",
    focus: 'Herceptin',
    types: ['contraindications'],
  },
  {
    // "Does testicular cancer hurt?" = symptoms (whether a sign belongs to it).
    message:
      'found a hard lump on my left testicle in the shower, about the size of a pea. it doesnt hurt at all. does testicular cancer hurt? trying to work out if i should be worried',
    focus: 'testicular cancer',
    types: ['symptoms'],
  },
  {
    // "does that sound like Gorlin syndrome?" = diagnosis.
    message:
      'My son is 11 and the dentist found two big cysts in his jaw on an x-ray. The oral surgeon mentioned Gorlin syndrome. He also has quite a large head and tiny pits on the palms of his hands, and I had several basal cell carcinomas removed in my thirties. Does that sound like Gorlin syndrome?',
    focus: 'Gorlin syndrome',
    types: ['diagnosis'],
  },
  {
    // "Will he be able to walk normally afterwards?" = prognosis (whether someone will walk); "Could he ever play football again?" = lifestyle.
    message:
      'My 14 year old has osteosarcomma in his left femur just above the knee. The team want to do chemo first, then limb salvage surgery with a metal implant, then more chemo. Football is his whole life. Will he be able to walk normally afterwards? Could he ever play football again?',
    focus: 'osteosarcomma',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "can you catch lukaemia off someone?" = susceptibility (whether someone can catch it).
    message:
      'can you catch lukaemia off someone? my friends little boy has it and my kids play with him all the time',
    focus: 'lukaemia',
    types: ['susceptibility'],
  },
  {
    // "What scans do I need and how often?" = diagnosis (screening); "Is there a VHL clinic anywhere in the north of England?" = find_specialist.
    message:
      "I was diagnosed with von Hippel-Lindau disease last year after they found a haemangioblastoma in my cerebellum. I've moved house since and my new GP knows nothing about it. What scans do I need and how often? Is there a VHL clinic anywhere in the north of England?",
    focus: 'von Hippel-Lindau disease',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "Is cervical cancer caused by HPV?" = association (a named exposure asked as its cause);
    // "would the vaccine still stop me getting cervical cancer" = prevention.
    message:
      "Is cervical cancer caused by HPV? My smear came back HPV positive with CIN3 and I'm having LLETZ next week. I never had the vaccine at school because my mum didn't agree with it. Would the vaccine still stop me getting cervical cancer now I'm 29?",
    focus: 'cervical cancer',
    types: ['association', 'prevention'],
  },
  {
    // "Does that mean I need another operation?" = treatment.
    subject: 'Biopsy result',
    message:
      "Result letter: 'Nodular basal cell carcinoma, left nasal ala, incompletely excised at the deep margin.' Does that mean I need another operation?",
    focus: 'basal cell carcinoma',
    types: ['treatment'],
  },
];
