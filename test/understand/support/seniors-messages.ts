/**
 * "seniors" set. Messages from older people about their own health, formal and polite, sometimes long-winded:
 * several medicines at once, conditions of old age (macular degeneration, shingles, polymyalgia rheumatica,
 * atrial fibrillation, osteoporosis, Parkinson disease), whether it is too late for treatment. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.851). Scored by seniors.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --seniors --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SENIORS_MESSAGES: ConsumerMessage[] = [
  // why: "is it too late for any treatment to be of use" asks treatment; the rest is story
  {
    subject: 'Macular degeneration at 84',
    message:
      'Dear Sir or Madam, I am 84 years of age and my optician has recently told me that I have age-related macular degeneration in my left eye. I still do my crossword and read the newspaper with a magnifier. My daughter feels I ought to ask whether, at my time of life, it is too late for any treatment to be of use, or whether one simply has to put up with it. I would be grateful for your advice.',
    focus: 'age-related macular degeneration',
    types: ['treatment'],
  },
  // why: "is this the prednisone's doing" (round face, poor sleep) asks side effects; "stop the tablets myself" asks drug usage
  {
    message:
      "Good afternoon. I am a 77-year-old retired bank manager and I was diagnosed with polymyalgia rheumatica last spring. I have been taking prednisone ever since, and while the aching in my shoulders has gone, my face has become quite round and I sleep very poorly. Is this the prednisone's doing? And now that I feel so much better, would it be in order for me to stop the tablets myself? With thanks, Harold",
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "safe to carry on taking these (aspirin, ibuprofen) alongside the apixaban" asks interactions
  {
    message:
      'My doctor has started me on apixaban for atrial fibrillation. I am 81 and I also take a baby aspirin each morning, which I have done for twenty years, and ibuprofen when my knees are bad. Is it safe to carry on taking these alongside the apixaban?',
    focus: 'apixaban',
    types: ['interactions'],
  },
  // why: "how it should be taken ... sit upright" asks drug usage; "with my morning cup of tea and my calcium tablet" asks interactions
  {
    subject: 'Taking alendronate',
    message:
      'Dear Desk, following a bone scan I have been prescribed alendronate once a week for osteoporosis. The leaflet is in very small print and I find it hard to follow. Could you please tell me plainly how it should be taken? Must I really sit upright for half an hour afterwards? Also, may I take it together with my morning cup of tea and my calcium tablet, or should they be kept apart? Yours faithfully, Mrs. E. Parker (aged 79)',
    focus: 'alendronate',
    types: ['drug_usage', 'interactions'],
  },
  // why: "are they likely to develop it themselves because I have it" asks inheritance; "any point in their being tested" asks diagnosis (testing relatives)
  {
    message:
      'I was diagnosed with Parkinson disease last year at the age of 76. My two sons, who are both in their forties, are understandably worried. What ought I to tell them: are they likely to develop it themselves because I have it? And would there be any point in their being tested now?',
    focus: 'Parkinson disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "explain what this condition is" asks information; "passed down in families" asks inheritance; "whether any treatment is available" asks treatment
  {
    subject: 'Amyloid in the heart',
    message:
      'Dear Sir, I am 79 and have been troubled by breathlessness and swollen ankles, and also numbness in both hands, for which I had carpal tunnel operations some years ago. My cardiologist now believes I may have transthyretin amyloidosis. I confess I had never heard of it. Could you please explain what this condition is? I should also like to know whether it is passed down in families, as I have three children and seven grandchildren, and whether any treatment is available or worthwhile for a man of my age. Respectfully yours, Gordon W.',
    focus: 'transthyretin amyloidosis',
    types: ['information', 'inheritance', 'treatment'],
  },
  // why: "will I end up confined to a wheelchair" and "how quickly does it progress" both ask prognosis
  {
    subject: 'Inclusion body myositis',
    message:
      'I am a retired schoolteacher of 72. After several years of unexplained falls and difficulty getting up from chairs, a muscle biopsy has shown inclusion body myositis. I should like to know honestly what lies ahead of me. Will I end up confined to a wheelchair, and how quickly does it usually progress?',
    focus: 'inclusion body myositis',
    types: ['prognosis'],
  },
  // why: "how common is this condition" asks frequency; "any clinical trials of newer treatments" asks research
  {
    message:
      'Hello. A routine blood test at my annual check-up led, after a great many further tests, to a diagnosis of Waldenstrom macroglobulinemia. I am 74 and feel perfectly well. My haematologist advises "watch and wait". How common is this condition? And are there any clinical trials of newer treatments that a person of my age might be able to take part in?',
    focus: 'Waldenstrom macroglobulinemia',
    types: ['frequency', 'research'],
  },
  // why: "could the gabapentin be causing this dizziness" asks side effects of the medicine
  {
    message:
      'Three months after a bout of shingles across my forehead I still have burning pain, and my GP has prescribed gabapentin. I am 83 and already rather unsteady on my feet, and since starting it I feel light-headed and have nearly fallen twice. Could the gabapentin be causing this dizziness?',
    focus: 'gabapentin',
    types: ['side_effects'],
  },
  // why: "will either of these (kale, cranberry juice) upset my warfarin" asks interactions with food
  {
    subject: 'Warfarin and my diet',
    message:
      'I have taken warfarin for atrial fibrillation for eleven years without difficulty. My granddaughter, who is very keen on healthy eating, has lately had me drinking kale smoothies, and a friend recommended cranberry juice for my waterworks. Will either of these upset my warfarin?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: "what the usual symptoms are" asks symptoms; "whether it is the same thing as Parkinson disease" asks information; "how long people generally live with it" asks prognosis
  {
    message:
      'Dear Sirs, I am 70 years old and for two years I have had falls backwards, trouble looking downwards when going down stairs, and my speech has become slurred. My neurologist now mentions progressive supranuclear palsy. I would be most grateful if you could tell me what the usual symptoms are, whether it is the same thing as Parkinson disease (which my late brother had), and how long people generally live with it.',
    focus: 'progressive supranuclear palsy',
    types: ['symptoms', 'information', 'prognosis'],
  },
  // why: "could this be what I have" asks diagnosis; "an operation can put it right" asks treatment
  {
    message:
      'My wife tells me my walking has turned into a shuffle, I have had one or two accidents with my bladder, and I forget things more than I used to. I put it all down to being 78. Then I read an article about normal pressure hydrocephalus. Could this be what I have? And is it true that an operation can put it right, even at my age?',
    focus: 'normal pressure hydrocephalus',
    types: ['diagnosis', 'treatment'],
  },
  // why: "is it catching" asks susceptibility; "could that tablet have brought it on" asks association (named exposure as cause)
  {
    message:
      'I am 88 and have developed large tense blisters on my legs and tummy, which the skin specialist says is bullous pemphigoid. My great-grandchildren visit every Sunday and I do not want to pass anything on to them. Is it catching? Also, I started a new tablet for my diabetes a few months before it began; could that tablet have brought it on?',
    focus: 'bullous pemphigoid',
    types: ['susceptibility', 'association'],
  },
  // why: "it can sometimes become a bone cancer; is that so" asks complications; "should my son and daughter be checked" asks diagnosis (testing relatives)
  {
    subject: "Paget's disease in my pelvis",
    message:
      'Good morning. An X-ray of my hip, taken after a fall, showed that I have Paget disease of bone in the pelvis. I am 80. I have read that it can sometimes become a bone cancer; is that so? And should my son and daughter be checked for it as well?',
    focus: 'Paget disease of bone',
    types: ['complications', 'diagnosis'],
  },
  // why: "something that runs in families" asks inheritance
  {
    message:
      'My ophthalmologist tells me I have Fuchs endothelial dystrophy, which explains why my vision is so misty in the mornings. My mother had cloudy eyes in old age too. Is this something that runs in families?',
    focus: 'Fuchs endothelial dystrophy',
    types: ['inheritance'],
  },
  // why: "likely life expectancy" asks prognosis; "any treatment for the fainting" asks treatment; "support groups" asks find_specialist
  {
    subject: 'Multiple system atrophy - some questions',
    message:
      'Dear Information Desk, please forgive the length of this letter; my handwriting has deteriorated, so my wife is typing it for me. I am 68 and was diagnosed eighteen months ago with multiple system atrophy after problems with my balance, my bladder and, most troublesome of all, fainting whenever I stand up quickly. I have three questions, if I may. First, what is the likely life expectancy with this condition? Second, is there any treatment for the fainting when I stand? Third, are there any support groups for people with MSA and their families in the north of England? Thank you for your patience. Yours sincerely, Peter.',
    focus: 'multiple system atrophy',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  // why: "which gene is involved" asks genetic changes; "could they be carriers, and could the boys be affected" asks inheritance
  {
    subject: 'What to tell my daughters',
    message:
      'My neurologist believes the weakness in my legs and my difficulty swallowing are due to Kennedy disease, and a genetic test has been sent off. I am 66 and have two daughters and four young grandsons. Which gene is involved in this? And what ought I to tell my daughters: could they be carriers, and could the boys be affected?',
    focus: 'Kennedy disease',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: "could I have the same thing" asks diagnosis; "anything that can be done to help the swallowing" asks treatment; "my own children will get it" asks inheritance
  {
    message:
      'For some years my eyelids have been drooping, and lately I choke on meat and have to take small sips of water with every mouthful. My late brother was diagnosed with oculopharyngeal muscular dystrophy in his seventies. I am now 71. Could I have the same thing? If so, is there anything that can be done to help the swallowing, and is it likely my own children will get it as well?',
    focus: 'oculopharyngeal muscular dystrophy',
    types: ['diagnosis', 'treatment', 'inheritance'],
  },
  // why: "is the shingles vaccine safe for someone with my condition" asks a precaution of the vaccine (contraindications)
  {
    subject: 'Shingles jab and leukaemia',
    message:
      'I have chronic lymphocytic leukemia, which has not needed treatment so far, and I have been told to avoid live vaccines. My surgery has invited me for the shingles vaccine. Is the shingles vaccine safe for someone with my condition?',
    focus: 'shingles vaccine',
    types: ['contraindications'],
  },
  // why: "anything I can do to stop it coming back" asks prevention
  {
    message:
      'Last year I had a most unpleasant attack of shingles around my waist. I am 76. My neighbour has now had it twice. Is there anything I can do to stop it coming back?',
    focus: 'shingles',
    types: ['prevention'],
  },
  // why: "can the excess iron have damaged my liver or heart" asks complications; "should my brother and sister be tested" asks diagnosis; "give up my glass of red wine" asks lifestyle
  {
    message:
      'Dear Sir/Madam, at the age of 68 I was found to have hemochromatosis after my liver tests came back abnormal. I am now having blood taken off regularly. Can the excess iron already have damaged my liver or heart? Should my younger brother and sister be tested? And must I give up my glass of red wine with dinner, which is one of the few pleasures left to me?',
    focus: 'hemochromatosis',
    types: ['complications', 'diagnosis', 'lifestyle'],
  },
  // why: "how does pirfenidone actually work" asks indication; "what side effects ought I to expect" asks side effects
  {
    subject: 'New tablets for lung fibrosis',
    message:
      'I have idiopathic pulmonary fibrosis, and at my last appointment the consultant offered me pirfenidone. I am 75 and rather wary of new medicines. How does pirfenidone actually work, given that it cannot cure the condition? And what side effects ought I to expect?',
    focus: 'pirfenidone',
    types: ['indication', 'side_effects'],
  },
  // why: "caused by drink. Is that so" asks association (named exposure as cause); "treatment other than an operation" asks treatment; "will my sons get it too" asks inheritance
  {
    message:
      'Two fingers of my right hand have curled into my palm, and my doctor calls it Dupuytren contracture. A friend at the golf club says it is caused by drink. Is that so? I should add that I enjoy a whisky most evenings. Is there any treatment other than an operation? And will my sons get it too, as my father also had it?',
    focus: 'Dupuytren contracture',
    types: ['association', 'treatment', 'inheritance'],
  },
  // why: "what Pompe disease is" asks information; "enzyme replacement therapy worth starting at my age" asks treatment; "special diet or exercise" asks lifestyle
  {
    message:
      'At 66 I have been diagnosed with late-onset Pompe disease after years of weakness in my hips and breathing difficulties at night. Could you tell me what Pompe disease is, in plain terms? Is enzyme replacement therapy worth starting at my age? And is there a special diet or exercise that would help?',
    focus: 'Pompe disease',
    types: ['information', 'treatment', 'lifestyle'],
  },
  // why: "how did it come into the family, and was it passed to my grandson through my daughter" asks inheritance; "will my condition get worse" asks prognosis
  {
    message:
      'My grandson has fragile X syndrome, and during the family testing it was found that I carry a change in the same gene. I am 70 and have developed a tremor and some unsteadiness, and my neurologist believes it is fragile X-associated tremor/ataxia syndrome. I have never heard of anyone else in the family having it. How did it come into the family, and was it passed to my grandson through my daughter? Will my condition get worse over time?',
    focus: 'fragile X-associated tremor/ataxia syndrome',
    types: ['inheritance', 'prognosis'],
  },
  // why: "half an hour before meals" and "forget a dose" ask drug usage; "cheese sandwich with it" asks interactions with food; "could it be the Sinemet that makes me see people" asks side effects
  {
    message:
      "I have had Parkinson's disease for six years and take Sinemet four times a day. I was told that protein can interfere with it. Should I take it half an hour before meals, and what should I do if I forget a dose? Can I still eat my cheese sandwich at lunchtime with it? Lastly, could it be the Sinemet that makes me see people in the room who are not there?",
    focus: 'Sinemet',
    types: ['drug_usage', 'interactions', 'side_effects'],
  },
  // why: "safe to have a tooth out while on denosumab" asks a precaution (contraindications); "may I simply stop them" asks drug usage
  {
    message:
      'For six years I have had a Prolia (denosumab) injection every six months for osteoporosis. My dentist now wishes to extract a back tooth. Is it safe to have a tooth out while on denosumab? Also, I am 85 and tired of injections: may I simply stop them?',
    focus: 'denosumab',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "safe to take all three together" asks interactions; "could the amiodarone be the cause" (grey skin, sunburn) asks side effects
  {
    subject: 'Amiodarone and my other tablets',
    message:
      'Dear Sir or Madam, I am 82 and take amiodarone for my heart rhythm, along with digoxin and warfarin. I have read that amiodarone does not mix well with other medicines. Is it safe to take all three together? In addition, my skin has taken on a greyish-blue tinge and I burn in the sun very easily. Could the amiodarone be the cause? Thanking you in advance.',
    focus: 'amiodarone',
    types: ['interactions', 'side_effects'],
  },
  // why: "what exactly does donepezil do" asks indication; "vivid dreams; is that due to the tablet" asks side effects; "take it in the morning instead" asks drug usage
  {
    message:
      'I am 80 and have been prescribed donepezil after being told I have early Alzheimer disease. My doctor was rather rushed. What exactly does donepezil do, and will it stop my memory getting worse? I take it at bedtime and have been having very vivid dreams; is that due to the tablet, and may I take it in the morning instead?',
    focus: 'donepezil',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: "what causes it" and "why should a cold wind or brushing my teeth set it off" both ask cause
  {
    message:
      'At 77 I have begun to suffer sudden stabbing pains in my right cheek, like an electric shock, when I brush my teeth or go out in a cold wind. My doctor says it is trigeminal neuralgia. What causes it, and why should a cold wind or brushing my teeth set it off?',
    focus: 'trigeminal neuralgia',
    types: ['cause'],
  },
  // why: "whether it can lead to a stroke" asks complications; "is a long flight advisable" asks lifestyle (travel)
  {
    message:
      'Good evening. I was diagnosed with atrial fibrillation at 82, after a dizzy spell in the supermarket. I should like to know whether it can lead to a stroke, as my father died of one. Also, my daughter in Australia is expecting her first baby, and I had hoped to fly out to see her. Is a long flight advisable with this condition?',
    focus: 'atrial fibrillation',
    types: ['complications', 'lifestyle'],
  },
  // why: "which gene is responsible" asks genetic changes; "can they inherit it from me" asks inheritance; "a test they could have" asks diagnosis (testing relatives)
  {
    message:
      'Two years ago, at 67, I had a small stroke, and the MRI scan showed changes which my neurologist says suggest CADASIL. I also have migraines that go back to my thirties. I am now wondering what to tell my children. Which gene is responsible? Can they inherit it from me? And is there a test they could have to find out whether they have it?',
    focus: 'CADASIL',
    types: ['genetic_changes', 'inheritance', 'diagnosis'],
  },
  // why: "any information on Erdheim-Chester disease" asks information; "where might I find a specialist" asks find_specialist
  {
    subject: 'Erdheim-Chester disease',
    message:
      'Can you give me any information on Erdheim-Chester disease? I was diagnosed at 71 after pains in my legs and a scan that showed changes in my bones and around my kidneys. My own doctors admit they have never seen a case before. Where might I find a specialist who knows about it?',
    focus: 'Erdheim-Chester disease',
    types: ['information', 'find_specialist'],
  },
  // why: "could this be polymyalgia rheumatica" and "a blood test which would show it" both ask diagnosis
  {
    message:
      'Each morning for the past two months I have been so stiff in my shoulders and hips that I need help to get out of bed and cannot lift my arms to brush my hair. By lunchtime it eases. I am 73. Could this be polymyalgia rheumatica? Is there a blood test which would show it?',
    focus: 'polymyalgia rheumatica',
    types: ['diagnosis'],
  },
  // why: "is valacyclovir safe for someone with poor kidneys" asks a precaution (contraindications)
  {
    message:
      'My doctor has prescribed valacyclovir for a rash of shingles on my side. I am 86 and my kidneys are not what they were; the specialist says my kidney function is about a third of normal. Is valacyclovir safe for someone with poor kidneys?',
    focus: 'valacyclovir',
    types: ['contraindications'],
  },
  // why: "keep the capsules in the bathroom cabinet" asks storage; "get rid of the half-used boxes" asks disposal: both storage_disposal
  {
    subject: 'Storing my prostate tablets',
    message:
      'I take tamsulosin each evening for my prostate. Is it all right to keep the capsules in the bathroom cabinet, where it gets rather steamy? And what is the proper way to get rid of the half-used boxes I have left from an earlier prescription?',
    focus: 'tamsulosin',
    types: ['storage_disposal'],
  },
  // why: "does metoprolol contain lactose" asks ingredients
  {
    message:
      'I have been prescribed metoprolol for my blood pressure and palpitations. I am lactose intolerant. Does metoprolol contain lactose?',
    focus: 'metoprolol',
    types: ['ingredients'],
  },
  // why: "how often will these injections be needed" asks drug usage; "will Medicare pay for them" asks cost (other)
  {
    message:
      'My husband and I are both retired and on a fixed income. I have wet macular degeneration and the eye hospital wants to start me on aflibercept injections. How often will these injections be needed? And will Medicare pay for them, or must I find the money myself?',
    focus: 'aflibercept',
    types: ['drug_usage', 'other'],
  },
  // why: "should I avoid any of these (grapefruit, Seville orange, fish oil) while on ibrutinib" asks interactions
  {
    message:
      'I am 78 and have just begun ibrutinib for chronic lymphocytic leukemia. I am very fond of Seville orange marmalade and grapefruit at breakfast, and I also take fish oil capsules. Should I avoid any of these while on ibrutinib?',
    focus: 'ibrutinib',
    types: ['interactions'],
  },
  // why: "any studies or clinical trials I could volunteer for" asks research; "no treatment to slow it" is a statement
  {
    subject: 'Volunteering for research',
    message:
      'I am 69 and was diagnosed with corticobasal degeneration last autumn. My left hand no longer does what I tell it. I understand there is no treatment to slow it at present. Are there any studies or clinical trials I could volunteer for? I would like my illness to be of some use to those who come after me.',
    focus: 'corticobasal degeneration',
    types: ['research'],
  },
];
