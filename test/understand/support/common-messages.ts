/**
 * "common" set: 40 messages about common conditions rather than rare ones (diabetes, high blood pressure,
 * arthritis, shingles, gout, migraine, thyroid problems, cancers and others) written by the public to a
 * national health information service, often older adults or their grown-up children; some very short, some
 * long with history, results and a list of medicines. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 1.000, type F1 0.748. Scored by common.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --common --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COMMON_MESSAGES: ConsumerMessage[] = [
  {
    // "how long does it last??" = prognosis; "is he catching" = susceptibility (whether someone can catch it).
    // Focus "shingels" is a misspelling of "shingles".
    subject: 'shingles',
    message:
      'my husband is 72 and has come down with shingels on his back and side, the doctor gave him tablets. how long does it last?? and is he catching, our granddaughter is 5 months pregnant and she comes round most days',
    focus: 'shingels',
    types: ['prognosis', 'susceptibility'],
  },
  {
    // "What foods should I stay away from?" = lifestyle (diet).
    message: 'Just diagnosed with gout in my big toe at 61. What foods should I stay away from?',
    focus: 'gout',
    types: ['lifestyle'],
  },
  {
    // "Is there anything else I can do to stop getting them?" = prevention (stopping them coming back).
    subject: 'Kidney stones again',
    message:
      'Hello, I am 48 and have now had kidney stones three times in two years, the last one I passed in A&E after a night of agony. The urologist said it was calcium oxalate and told me to drink more water but that was about it. Is there anything else I can do to stop getting them? Thanks',
    focus: 'kidney stones',
    types: ['prevention'],
  },
  {
    // "Is it something she has got from me?" = inheritance. Focus "migranes" is a misspelling of "migraines".
    message:
      'My daughter is 15 and gets migranes, she sees zigzag lights first then is sick and has to lie in a dark room. I had exactly the same at her age. Is it something she has got from me?',
    focus: 'migranes',
    types: ['inheritance'],
  },
  {
    // "What would cause it to start at my age?" = cause.
    message:
      "I'm 63 and have just been told I have asthma. I never had it as a child and never smoked. What would cause it to start at my age?",
    focus: 'asthma',
    types: ['cause'],
  },
  {
    // "What is that exactly" = information; "do I need treatment with numbers like that?" = treatment.
    subject: 'Blood test results',
    message:
      "Got my blood results back, TSH 8.2 and T4 normal, and the receptionist said the doctor wants to talk to me about an underactive thyroid. What is that exactly, and do I need treatment with numbers like that? I feel tired but I'm 74 so who doesn't",
    focus: 'underactive thyroid',
    types: ['information', 'treatment'],
  },
  {
    // "whats the best thing for back pain" = treatment.
    message: 'whats the best thing for back pain. 3 weeks now, cant get comfy at night',
    focus: 'back pain',
    types: ['treatment'],
  },
  {
    // "Can a water infection really make someone that muddled?" = symptoms (whether a sign belongs to it);
    // "is there anything we can do to stop her getting them" = prevention.
    message:
      "My mum is 84 and keeps getting water infections, four since Christmas. With the last one she was so confused she didn't know who I was and we honestly thought it was dementia setting in, then after the antibiotics she was back to herself. Can a water infection really make someone that muddled? And is there anything we can do to stop her getting them all the time?",
    focus: 'water infections',
    types: ['symptoms', 'prevention'],
  },
  {
    // "Can it get into his blood if the tablets don't work?" = complications (what it can lead to when treatment fails).
    message:
      "My husband is 80 and has cellulitis in his left leg. He has been on antibiotics for 5 days and the redness is still spreading up past the line the nurse drew on. Can it get into his blood if the tablets don't work?",
    focus: 'cellulitis',
    types: ['complications'],
  },
  {
    // "Will she grow out of it?" = prognosis; "is there actually a link?" (eczema and food allergy) = association.
    subject: 'baby eczema',
    message:
      "Our little girl is 8 months and has had eczema on her cheeks and behind her knees since about 3 months. We're using the creams from the health visitor. Will she grow out of it? Also my mother in law keeps saying it's down to a food allergy and we should stop dairy - is there actually a link?",
    focus: 'eczema',
    types: ['prognosis', 'association'],
  },
  {
    // "What tests will they do to find out if it is cancer?" = diagnosis; "what treatments are there" = treatment;
    // "are my two sons more likely to get it?" (brother had it) = inheritance.
    subject: 'Raised PSA',
    message:
      'Dear Sir/Madam, I am 67. My PSA was 4.1 last year and has now come back at 6.8, and the GP has referred me on the two week pathway to urology. I have no symptoms apart from getting up twice a night to pass water, which I put down to age. My brother had prostate cancer at 70 and had radiotherapy. What tests will they do to find out if it is cancer? If it is, what treatments are there for a man my age? And with my brother having had it, are my two sons more likely to get it? Regards, Geoffrey',
    focus: 'prostate cancer',
    types: ['diagnosis', 'treatment', 'inheritance'],
  },
  {
    // "Should I be getting checked already" = diagnosis (screening).
    message:
      "My dad had bowel cancer when he was 52. I'm 45 now. Should I be getting checked already or do I wait for the home screening kit?",
    focus: 'bowel cancer',
    types: ['diagnosis'],
  },
  {
    // "how long do people usually live with it at her age?" = prognosis.
    subject: 'mum',
    message:
      'Mum is 88 and was diagnosed with heart failure in hospital last month. Her ankles are very swollen and she gets breathless just getting to the toilet. They have put her on furosemide and bisoprolol. Nobody will give us a straight answer - how long do people usually live with it at her age?',
    focus: 'heart failure',
    types: ['prognosis'],
  },
  {
    // "How do you tell if it's dementia or just old age?" = diagnosis; "Who do we see ... is there a memory clinic" = find_specialist;
    // "is there any help with the cost of care" = other (costs).
    message:
      "I am worried about my husband, he is 79. He forgets what I told him an hour ago, asks the same question over and over, and last week he got lost driving home from the shops he has been going to for 30 years. How do you tell if it's dementia or just old age? Who do we see, the GP or is there a memory clinic we can go to directly? And if that is what it is, is there any help with the cost of care, we are not well off.",
    focus: 'dementia',
    types: ['diagnosis', 'find_specialist', 'other'],
  },
  {
    // "is that the tablets?" = side_effects; "can i still have a drink at the weekend on it" = interactions (alcohol).
    message:
      'been on metformin 3 weeks and my stomachs been bad ever since, runs and cramps. is that the tablets? also can i still have a drink at the weekend on it',
    focus: 'metformin',
    types: ['side_effects', 'interactions'],
  },
  {
    // "explain in plain English what it is" = information; "Can it give me a stroke?" = complications.
    // Focus "atrial fibrilation" is a misspelling of "atrial fibrillation".
    message:
      "After my ECG the heart doctor told me I have atrial fibrilation. I'm 71 and I was too flustered to ask anything. Can you explain in plain English what it is? Can it give me a stroke?",
    focus: 'atrial fibrilation',
    types: ['information', 'complications'],
  },
  {
    // "Will his lungs keep getting worse even though he's stopped?" = prognosis.
    message:
      "Dad smoked for 40 years and has now been diagnosed with COPD. He stopped smoking the day he was told. Will his lungs keep getting worse even though he's stopped?",
    focus: 'COPD',
    types: ['prognosis'],
  },
  {
    // "How common is it?" = frequency; "Will my face go back to how it was?" = prognosis (recovery).
    subject: 'Face dropped',
    message:
      "Woke up Saturday with the left side of my face drooping and I couldn't close my eye. A&E said it's Bell's palsy and gave me steroids. How common is it? Will my face go back to how it was?",
    focus: "Bell's palsy",
    types: ['frequency', 'prognosis'],
  },
  {
    // "how much difference can cutting salt and losing weight really make?" = lifestyle (diet);
    // "what happens if it stays high?" = complications (left uncontrolled).
    subject: 'blood pressure - rather not take more tablets',
    message:
      "Hi, I'm 69 and have had high blood pressure for about 10 years. My readings at home lately are around 158/94 even though I take amlodipine 10mg. I'm also on atorvastatin 20mg and omeprazole 20mg. The doctor wants to add another tablet. I would much rather try and get it down with diet - how much difference can cutting salt and losing weight really make? And what happens if it stays high? My father had a heart attack at 72 so I do worry.",
    focus: 'high blood pressure',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Does diabetes cause problems with your feet?" = complications.
    message:
      "Does diabetes cause problems with your feet? My nan had to have toes taken off and now I've been told I'm diabetic",
    focus: 'diabetes',
    types: ['complications'],
  },
  {
    // "Is there a particular gene that causes it?" = genetic_changes.
    message:
      "My dad and his brother both had Alzheimer's disease in their early 60s. Is there a particular gene that causes it?",
    focus: "Alzheimer's disease",
    types: ['genetic_changes'],
  },
  {
    // "Is there anything she can take to make her bones stronger" = treatment; "does osteoporosis run in families" = inheritance;
    // "should I be asking for a scan myself?" = diagnosis.
    message:
      "My mum (78) broke her wrist just tripping on the kerb and a bone scan showed osteoporosis. Is there anything she can take to make her bones stronger, or is it too late at her age? I'm 52 - does osteoporosis run in families and should I be asking for a scan myself?",
    focus: 'osteoporosis',
    types: ['treatment', 'inheritance', 'diagnosis'],
  },
  {
    // "Does amoxicilin liquid need to go in the fridge?" = storage_disposal. Focus is a misspelling of "amoxicillin".
    message:
      "Does amoxicilin liquid need to go in the fridge? Chemist gave it to my grandson and my daughter's forgotten what they said",
    focus: 'amoxicilin',
    types: ['storage_disposal'],
  },
  {
    // "Could the diabetes have caused them?" = association (a named condition asked as its cause).
    message:
      "I'm only 52 and the optician says I'm starting with cataracts in both eyes. I've had type 1 diabetes since I was a teenager. Could the diabetes have caused them?",
    focus: 'cataracts',
    types: ['association'],
  },
  {
    // "Is there any research going on or trials she could join?" = research.
    message:
      'My mother is 90 and has the dry type of macular degeneration in both eyes. We were told there is no treatment for dry. Is there any research going on or trials she could join?',
    focus: 'macular degeneration',
    types: ['research'],
  },
  {
    // "What causes tinnitus?" = cause.
    message:
      "I've had a constant ringing in both ears since last winter, worse at night when it's quiet. What causes tinnitus?",
    focus: 'tinnitus',
    types: ['cause'],
  },
  {
    // "What is it for?" = indication.
    message:
      "The urologist has put me on tamsulosin. What is it for? He said something about my prostate but I didn't catch it.",
    focus: 'tamsulosin',
    types: ['indication'],
  },
  {
    // "Can stress actually bring it on?" = cause (what brings on its flare-ups).
    message:
      "I'm 58 and have had IBS for years. It always flares up when I'm stressed, like when my husband was in hospital. Can stress actually bring it on?",
    focus: 'IBS',
    types: ['cause'],
  },
  {
    // "what should I be eating?" (high or low fibre) = lifestyle (diet); asked twice in other words, one question.
    message:
      'Second bout of diverticulitis this year. One doctor says high fibre, the nurse said low fibre. Which is it, what should I be eating?',
    focus: 'diverticulitis',
    types: ['lifestyle'],
  },
  {
    // "what happens if I leave them that long" = complications (left untreated).
    message:
      'scan showed gallstones. had 2 attacks of pain under my ribs. waiting list for the op is 9 months. what happens if I leave them that long',
    focus: 'gallstones',
    types: ['complications'],
  },
  {
    // "it thins your bones if you take it for years. Is that true?" = side_effects.
    subject: 'omeprazole long term',
    message:
      'I have been taking omeprazole 20mg every morning for about 6 years for reflux. A friend told me it thins your bones if you take it for years. Is that true?',
    focus: 'omeprazole',
    types: ['side_effects'],
  },
  {
    // "Could it be the tablets?" = side_effects (whether the aches come from the medicine).
    message:
      'Since starting atorvastatin in the summer my thighs and calves ache all the time, I can hardly get up the stairs. Could it be the tablets?',
    focus: 'atorvastatin',
    types: ['side_effects'],
  },
  {
    // "Is it ok for him to drink cranberry juice?" = interactions (food); "should he take two tonight?" = drug_usage (missed dose).
    message:
      'Dad (83) is on warfarin for his heart. Is it ok for him to drink cranberry juice? He has a glass every morning. Also he forgot his tablet last night, should he take two tonight?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Can I take my levothyroxine at night instead of first thing?" = drug_usage (timing); "does it have lactose in it?" = ingredients.
    message:
      "Can I take my levothyroxine at night instead of first thing? I never remember to wait before my breakfast. And does it have lactose in it? I'm lactose intolerant.",
    focus: 'levothyroxine',
    types: ['drug_usage', 'ingredients'],
  },
  {
    // "Can I start allopurinol in the middle of a gout attack or should I wait" = drug_usage (when to start).
    message: 'Can I start allopurinol in the middle of a gout attack or should I wait until it settles down?',
    focus: 'allopurinol',
    types: ['drug_usage'],
  },
  {
    // "Is it safe to take sertraline while breastfeeding?" = contraindications.
    message:
      'Is it safe to take sertraline while breastfeeding? Baby is 6 weeks and the GP wants to start me on it',
    focus: 'sertraline',
    types: ['contraindications'],
  },
  {
    // "Is there a support group near Leeds?" = find_specialist; "is that part of his condition?" (choking on food) = symptoms.
    // Focus "Parkinsons disease" is a misspelling of "Parkinson's disease".
    message:
      'My husband was diagnosed with Parkinsons disease two years ago, he is 76. We have no family nearby and I feel very alone with it all. Is there a support group near Leeds? Also he has started choking on his food sometimes, is that part of his condition?',
    focus: 'Parkinsons disease',
    types: ['find_specialist', 'symptoms'],
  },
  {
    // "what are the warning signs of a stroke" = symptoms.
    message:
      'what are the warning signs of a stroke, my mum had a mini one last year and I want to know what to look out for',
    focus: 'stroke',
    types: ['symptoms'],
  },
  {
    // "Is psoriasis catching?" = susceptibility (whether someone can catch it).
    message: 'Is psoriasis catching?',
    focus: 'psoriasis',
    types: ['susceptibility'],
  },
  {
    // "Will it go away on its own?" = prognosis. Focus "plantar fascitis" is a misspelling of "plantar fasciitis".
    message:
      "Physio says I've got plantar fascitis in my right heel, agony first thing in the morning. I'm a postman so I'm on my feet all day. Will it go away on its own?",
    focus: 'plantar fascitis',
    types: ['prognosis'],
  },
];
