/**
 * "howcommon" set. Messages about how common or rare a condition is and who gets it, with other questions about
 * the condition. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.887). Scored by
 * howcommon.test.ts and by `npx tsx test/understand/support/score-messages.ts --howcommon --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HOWCOMMON_MESSAGES: ConsumerMessage[] = [
  // why: "how common is it" asks only frequency
  {
    message: 'how common is sarcoidosis',
    focus: 'sarcoidosis',
    types: ['frequency'],
  },
  // why: "how many people in the US have it" asks frequency
  {
    subject: 'Fabry disease numbers',
    message: 'Hello, how many people in the United States have Fabry disease? Thank you.',
    focus: 'Fabry disease',
    types: ['frequency'],
  },
  // why: the long story leads to one question, whether it is really that rare at her age, which is frequency
  {
    message:
      'My mother is 72 and after months of drooping eyelids and trouble swallowing she was finally diagnosed with myasthenia gravis by a neurologist at the university hospital. Her family doctor, who has been practising for over 30 years, told us he had never seen a single case. I always thought this was something young women get. Is it really that rare, especially in someone her age?',
    focus: 'myasthenia gravis',
    types: ['frequency'],
  },
  // why: asking whether it is more common in Japan is a frequency question
  {
    message: 'is moyamoya disease more common in japan or is that a myth',
    focus: 'moyamoya disease',
    types: ['frequency'],
  },
  // why: "how often does this happen" asks how common it is
  {
    subject: "Turner's syndrome",
    message:
      "Our daughter was diagnosed with Turner's syndrome last week at age 11 because she is so much shorter than her friends. How often does this happen in girls?",
    focus: "Turner's syndrome",
    types: ['frequency'],
  },
  // why: checking a claimed case count is a frequency question
  {
    message:
      'our son is 16 and sleeps for days at a time, the neurologist thinks it is Kleine-Levin syndrome and said there are only a few hundred cases known in the whole world. is that really right??',
    focus: 'Kleine-Levin syndrome',
    types: ['frequency'],
  },
  // why: "how rare is it" asks frequency; not knowing men could get it is story
  {
    message:
      "I'm a 58 year old man and I was just told I have breast cancer. I honestly didn't know men could get it. How rare is male breast cancer?",
    focus: 'male breast cancer',
    types: ['frequency'],
  },
  // why: "how rare" asks frequency; the doctor looking it up is story
  {
    subject: 'very rare?',
    message:
      "How rare is Erdheim-Chester disease? My husband's hematologist admitted he had to look it up after the biopsy came back.",
    focus: 'Erdheim-Chester disease',
    types: ['frequency'],
  },
  // why: how rare it is in adults compared with children is frequency by age
  {
    message:
      'I am 29 and just got out of hospital with Kawasaki disease. Everything I read is about toddlers. How rare is it in adults?',
    focus: 'Kawasaki disease',
    types: ['frequency'],
  },
  // why: "how unusual is that" at a young age asks frequency
  {
    message: 'tic douloureux at 30 years old, how unusual is that',
    focus: 'tic douloureux',
    types: ['frequency'],
  },
  // why: "what percentage of people have it" asks frequency
  {
    subject: 'Question',
    message: 'Roughly what percentage of the population has narcolepsy?',
    focus: 'narcolepsy',
    types: ['frequency'],
  },
  // why: asks only whether it is really very common (frequency); "not to worry" is story
  {
    subject: 'is gilberts common',
    message:
      "my bloodwork came back with high bilirubin and the doc said i have Gilbert's syndrome and not to worry because it's very common. is that true? i never heard of it before in my life",
    focus: "Gilbert's syndrome",
    types: ['frequency'],
  },
  // why: number of children diagnosed each year is frequency
  {
    message: 'How many kids are diagnosed with retinoblastoma each year?',
    focus: 'retinoblastoma',
    types: ['frequency'],
  },
  // why: "what is it" asks information; the doctor calling it rare is story, not a question
  {
    message:
      'what is castleman disease? my brother was told he has it and the doctor said it is very rare but did not explain anything else',
    focus: 'castleman disease',
    types: ['information'],
  },
  // why: only question is what treatment exists; the GP never seeing a case is story
  {
    subject: 'NMO',
    message:
      'Our GP told us he had never seen a case of neuromyelitis optica before and had to refer my wife to a hospital two hours away. She has lost some sight in one eye. What treatment is there for it?',
    focus: 'neuromyelitis optica',
    types: ['treatment'],
  },
  // why: "how common" is frequency; "chances I will get it" from my father is inheritance
  {
    message:
      "How common is Huntington's disease, and since my father has it, what are the chances that I will get it too?",
    focus: "Huntington's disease",
    types: ['frequency', 'inheritance'],
  },
  // why: babies born with it per year is frequency; newborn screen picking it up is diagnosis
  {
    subject: 'cystic fibrosis',
    message:
      'How many babies are born with cystic fibrosis every year, and is it picked up on the newborn heel prick test?',
    focus: 'cystic fibrosis',
    types: ['frequency', 'diagnosis'],
  },
  // why: more common in women is frequency; whether it gets worse over time is prognosis
  {
    message:
      'is multiple sclerosis more common in women than men? and does it always get worse over time or can it stay the same',
    focus: 'multiple sclerosis',
    types: ['frequency', 'prognosis'],
  },
  // why: "most common genetic disorder in Irish people, true?" is frequency; "is the treatment just giving blood" is treatment
  {
    message:
      'I read that hereditary hemochromatosis is the most common genetic disorder in people of Irish descent - is that true? My dad has it. What is the treatment, is it just giving blood regularly?',
    focus: 'hereditary hemochromatosis',
    types: ['frequency', 'treatment'],
  },
  // why: "how many people have it" is frequency; "first symptoms" is symptoms
  {
    message:
      'After hearing about Celine Dion on the news I looked up stiff person syndrome. How many people actually have it? And what are the first symptoms usually?',
    focus: 'stiff person syndrome',
    types: ['frequency', 'symptoms'],
  },
  // why: how rare under 40 is frequency; life expectancy is prognosis
  {
    message: 'how rare is ALS in people under 40 and whats the life expectancy',
    focus: 'ALS',
    types: ['frequency', 'prognosis'],
  },
  // why: how common in boys vs girls is frequency; whether he will grow out of it is prognosis
  {
    subject: 'Son just diagnosed',
    message:
      'My son is 8 and was just diagnosed with tourette syndrome. How common is it in boys compared to girls? Will he grow out of it when he is older?',
    focus: 'tourette syndrome',
    types: ['frequency', 'prognosis'],
  },
  // why: "how rare" is frequency; "which gene" is genetic_changes
  {
    message: 'Wilson disease - how rare is it? which gene is involved',
    focus: 'Wilson disease',
    types: ['frequency', 'genetic_changes'],
  },
  // why: "how rare is it" is frequency; finding a specialist in the Midwest is find_specialist
  {
    message:
      'My endocrinologist confirmed acromegaly after I had years of growing hands and feet and headaches. She said most family doctors never see a case in their whole career. How rare is it exactly? And where can I find a specialist in the Midwest, she is moving away.',
    focus: 'acromegaly',
    types: ['frequency', 'find_specialist'],
  },
  // why: "how common" is frequency; clinical trials is research
  {
    message:
      'How common is Pompe disease? And are there any clinical trials for the late onset type right now?',
    focus: 'Pompe disease',
    types: ['frequency', 'research'],
  },
  // why: rare at age 34 is frequency; turning into leukemia is complications
  {
    subject: 'ET at 34',
    message:
      'Is essential thrombocythemia rare in someone my age (34)? My hematologist seemed surprised. Also can it turn into leukemia?',
    focus: 'essential thrombocythemia',
    types: ['frequency', 'complications'],
  },
  // why: more common in Turkey / doctor never saw it is frequency; "is it contagious" is susceptibility
  {
    message:
      "is Behcet's disease more common in turkey? i am turkish living in germany and my doctor here says he never saw it before. also is it contagious, my wife is worried",
    focus: "Behcet's disease",
    types: ['frequency', 'susceptibility'],
  },
  // why: how many kids are born with it is frequency; special diet is lifestyle
  {
    message:
      'How many children are born with Prader-Willi syndrome? And is there a special diet we should follow for our little girl',
    focus: 'Prader-Willi syndrome',
    types: ['frequency', 'lifestyle'],
  },
  // why: whether the cramps come from the medicine and how often is side_effects; taking it at bedtime is drug_usage
  {
    subject: 'Mestinon',
    message:
      'I have myasthenia gravis and started Mestinon last month. How often do people get stomach cramps and diarrhea from it? And can I take my last dose at bedtime?',
    focus: 'Mestinon',
    types: ['side_effects', 'drug_usage'],
  },
  // why: how common over 70 is frequency; whether a biopsy is always needed is diagnosis
  {
    message:
      'Is temporal arteritis common in people over 70? My mum has bad headaches and jaw pain when she chews. Is a biopsy always needed to confirm it?',
    focus: 'temporal arteritis',
    types: ['frequency', 'diagnosis'],
  },
  // why: how common is frequency; inherited is inheritance; how to test is diagnosis; sports is lifestyle
  {
    message:
      "My 15 year old daughter is very bendy, dislocates her shoulder a lot and bruises easily, and the physio mentioned Ehlers-Danlos syndrome. How common is Ehlers-Danlos syndrome really? I've seen 1 in 5000 and also that it is massively underdiagnosed. Is it inherited (I am pretty flexible myself)? How do they test for it? And should she keep doing gymnastics?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['frequency', 'inheritance', 'diagnosis', 'lifestyle'],
  },
  // why: how many people is frequency; any treatment is treatment; trials is research
  {
    subject: 'FOP',
    message:
      'how many people in the world have FOP?? is there any treatment at all and are there any trials going on',
    focus: 'FOP',
    types: ['frequency', 'treatment', 'research'],
  },
  // why: how rare is frequency; chance the daughter has it is inheritance; needing a transplant is prognosis
  {
    message:
      'How rare is Alport syndrome? Our son (12) has it and his kidney function is going down. What are the chances his little sister has it too? And will he definitely need a kidney transplant one day?',
    focus: 'Alport syndrome',
    types: ['frequency', 'inheritance', 'prognosis'],
  },
  // why: how many children is frequency; what causes it is cause; how long they live is prognosis
  {
    message: 'how many children in the world have progeria, what causes it and how long do they usually live',
    focus: 'progeria',
    types: ['frequency', 'cause', 'prognosis'],
  },
  // why: how rare is frequency; what triggers attacks is cause; how to stop attacks is prevention
  {
    subject: 'HAE questions',
    message:
      'How rare is hereditary angioedema? Every time I end up in the ER the doctors treat it like an allergy. What triggers the swelling attacks, and how can I stop them from happening so often?',
    focus: 'hereditary angioedema',
    types: ['frequency', 'cause', 'prevention'],
  },
  // why: how common is frequency (focus sickle cell disease); hydroxyurea side effects is side_effects; safe in pregnancy is contraindications
  {
    message:
      'How common is sickle cell disease in the US? My hematologist wants me to start hydroxyurea. What are the side effects and is it safe if I get pregnant?',
    focus: 'sickle cell disease',
    types: ['frequency', 'side_effects', 'contraindications'],
  },
  // why: how rare is frequency; signs is symptoms; what happens untreated is complications
  {
    message:
      'how rare is addisons disease? what are the signs to look out for. can it kill you if its not treated',
    focus: 'addisons disease',
    types: ['frequency', 'symptoms', 'complications'],
  },
  // why: almost only in women / how many have it is frequency; outlook is prognosis; treatment is treatment
  {
    subject: 'LAM',
    message:
      'I was diagnosed with LAM after a collapsed lung. Is it really almost only found in women, and how many women have it? What is the outlook, and is there any treatment?',
    focus: 'LAM',
    types: ['frequency', 'prognosis', 'treatment'],
  },
  // why: how common is frequency; newborn screening is diagnosis; chance next baby has it is inheritance
  {
    message:
      'Our first baby has SMA type 1. How common is SMA? Is it part of newborn screening now? What are the chances our next baby will have it as well?',
    focus: 'SMA',
    types: ['frequency', 'diagnosis', 'inheritance'],
  },
  // why: how rare is frequency; can you catch it is susceptibility; is it genetic is inheritance; could I have it is diagnosis
  {
    subject: 'uncle died of CJD',
    message:
      'My uncle died last month of CJD and nobody in the family had ever heard of it. How rare is it? Can you catch it from someone? Is it genetic? I have been forgetting things lately, could I have it?',
    focus: 'CJD',
    types: ['frequency', 'susceptibility', 'inheritance', 'diagnosis'],
  },
];
