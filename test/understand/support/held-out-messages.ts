/**
 * A second set of long, informal consumer messages, written for this project before the treatment,
 * association and "what is it" rules and training questions of its round were changed, and never used for
 * training or tuning them: it measures those changes on wording nobody tuned on. It leans on the types that
 * were weakest on real messages: treatment asked for indirectly ("what can be done", "is there anything
 * that helps", "can it be reversed", "what are my options"), association (a condition and a second
 * condition, food, exposure or habit: "could X be caused by Y", "is X linked to Y", "can Y make X worse"),
 * and specific questions that are easily read as a general "what is it". A few plain requests for
 * information keep the default honest. None is taken or paraphrased from MedQuAD, LiveQA or the
 * classifier's training list. Later rounds checked their changes against it too (one rule, splitting "or is
 * it" questions, was narrowed to "and is it" after it lost messages here), so it is no longer unseen.
 * Scored by held-out.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --held-out --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HELD_OUT_MESSAGES: ConsumerMessage[] = [
  // ── treatment, asked without the word "treatment" ──
  {
    // "what can be done for" the pain: what can be done is a treatment question
    message:
      'my mom had shingles back in march and the rash is long gone but she still has this burning pain on her side, what can be done for the nerve pain? she is 74 and she cant sleep',
    focus: 'shingles',
    types: ['treatment'],
  },
  {
    // "is there anything that helps": asks for something that relieves it
    message:
      'Is there anything that helps with cluster headaches?? I get them every night around 2am for weeks at a time and I am going out of my mind',
    focus: 'cluster headaches',
    types: ['treatment'],
  },
  {
    // "what should we do about it" and whether to stop a sport: managing the condition
    subject: 'knee pain',
    message:
      'My son is 14 and has Osgood-Schlatter disease, both knees hurt after football practice. What should we do about it, should he stop playing for a while?',
    focus: 'Osgood-Schlatter disease',
    types: ['treatment'],
  },
  {
    // "can it be reversed": whether anything can undo it is a treatment question
    message:
      'i was told i have fatty liver from my bloodwork. can fatty liver be reversed or is it permanent? im 48 and about 60 lbs overweight',
    focus: 'fatty liver',
    types: ['treatment'],
  },
  {
    // "what are our other options" after a device that does not work
    message:
      'Hello, my husband was diagnosed with sleep apnea last year and he hates the CPAP mask, he pulls it off in his sleep every night. What are our other options?',
    focus: 'sleep apnea',
    types: ['treatment'],
  },
  {
    // "how do I get rid of": removal is treatment
    message:
      'how do i get rid of warts on my fingers?? ive tried the freezing stuff from the drugstore 3 times and they just keep coming back',
    focus: 'warts',
    types: ['treatment'],
  },
  {
    // "is surgery needed or is there a medicine": choosing between treatments
    message:
      'Our baby girl has a hemangioma on her eyelid, the pediatrician says it will go away by itself but it keeps getting bigger. Is surgery needed or is there a medicine for it?',
    focus: 'hemangioma',
    types: ['treatment'],
  },
  {
    // "which medicine would work best": asks for a treatment
    message:
      'I have bad rosacea on my cheeks and nose and I am so self conscious about it. Which medicine would work best for the redness? I am a 40 year old woman.',
    focus: 'rosacea',
    types: ['treatment'],
  },
  {
    // "can I take something for them": asks for a medicine against it
    message:
      'I get cold sores every time I am stressed or run down. Can I take something for them so they dont last 2 weeks every time?',
    focus: 'cold sores',
    types: ['treatment'],
  },
  {
    // "what helps with the burning", already on one medicine: what else treats it
    message:
      'my dad has peripheral neuropathy in both feet, the burning never stops and its worse at night. what helps with the burning. he already takes gabapentin and it does nothing',
    focus: 'peripheral neuropathy',
    types: ['treatment'],
  },
  {
    // "is there a cure yet": cure is treatment
    message:
      'Is there a cure for vitiligo yet? I am 22 and it is spreading on my hands and around my eyes, I hate going out.',
    focus: 'vitiligo',
    types: ['treatment'],
  },
  {
    // "will anything speed up the recovery": asks for something to do about it
    message:
      "I woke up with half my face drooping and the ER said it was Bell's palsy. Will anything speed up the recovery? I have my daughters wedding in 3 weeks",
    focus: "Bell's palsy",
    types: ['treatment'],
  },
  {
    // "what can we give her": a remedy for a child
    message:
      'my 3 yr old has had constipation for months, she cries every time she goes. what can we give her? prune juice doesnt work and she wont eat vegetables',
    focus: 'constipation',
    types: ['treatment'],
  },
  {
    // "is there any way to make it go away": treatment
    message:
      'I was diagnosed with lichen planus inside my mouth. Eating anything spicy or salty hurts so much. Is there any way to make it go away?',
    focus: 'lichen planus',
    types: ['treatment'],
  },
  {
    // "does he need laser or surgery": which treatment comes next
    message:
      'My dad has glaucoma and the eye drops are not bringing his pressure down enough. Does he need laser or surgery at this point?',
    focus: 'glaucoma',
    types: ['treatment'],
  },
  {
    // "a natural way to fix it for good": a treatment without pills
    message:
      'Hi I have GERD and I am tired of taking pills every single day. is there a natural way to fix it for good?',
    focus: 'GERD',
    types: ['treatment'],
  },
  {
    // "what else works for" it besides medicine
    message:
      'my son has adhd and the school keeps calling us about his behavior. we dont want to put him on meds, what else works for adhd?',
    focus: 'adhd',
    types: ['treatment'],
  },
  {
    // "do I have to have an operation or can shoes help": treatment choices
    message:
      'I have bunions on both feet and they are getting worse every year. Do I have to have an operation or can special shoes or splints help?',
    focus: 'bunions',
    types: ['treatment'],
  },
  {
    // "what are my options": treatment options
    message:
      'Ive had hemorrhoids since my pregnancy 2 years ago and they bleed sometimes when i go. What are my options? Im too embarrassed to ask my doctor',
    focus: 'hemorrhoids',
    types: ['treatment'],
  },
  {
    // "what's the best thing to do for her pain": treatment of the symptom of the condition
    message:
      'My daughter is 16 and has really heavy painful periods from endometriosis, she misses school every month. Whats the best thing to do for her pain',
    focus: 'endometriosis',
    types: ['treatment'],
  },
  {
    // "can it be treated now or is it too late": treatment
    message:
      'Dear sir/madam, my brother has hepatitis C that he got many years ago. He has no insurance. Can it still be treated or is it too late, he is 55.',
    focus: 'hepatitis C',
    types: ['treatment'],
  },
  {
    // "what else can I do to heal it faster": treatment
    message:
      'I have tennis elbow and it hurts to even pick up a coffee cup. I have been resting it for a month. What else can I do to heal it faster?',
    focus: 'tennis elbow',
    types: ['treatment'],
  },
  // ── association: a condition and a second condition, exposure, food or habit ──
  {
    // "is there a link between" two conditions
    message:
      'Is there a link between gum disease and heart disease? My dentist said my gums could affect my heart and I thought he was joking.',
    focus: 'gum disease',
    types: ['association'],
  },
  {
    // "can eating gluten make eczema worse": a food and a condition
    message:
      "Can eating gluten make eczema worse? My daughter's skin flares up every time we have pasta or bread for dinner.",
    focus: 'eczema',
    types: ['association'],
  },
  {
    // "could the Parkinson's be caused by Agent Orange": an exposure and a condition
    message:
      "My husband served in Vietnam and was exposed to Agent Orange. Now at 70 he has been diagnosed with Parkinson's. Could his Parkinson's be caused by the Agent Orange?",
    focus: "Parkinson's",
    types: ['association'],
  },
  {
    // "does drinking coffee raise your blood pressure": a habit and a condition
    message:
      'Does drinking coffee raise your blood pressure? I have high blood pressure and I drink about 5 cups a day, I dont want to give it up',
    focus: 'high blood pressure',
    types: ['association'],
  },
  {
    // "are the two connected": two conditions
    message:
      'I read that people with celiac disease often have thyroid problems too. My sister has celiac and now hypothyroidism. Are the two connected?',
    focus: 'celiac disease',
    types: ['association'],
  },
  {
    // "could the cat be making his asthma worse": an exposure and a condition
    message:
      'my son has asthma and we got a cat last summer. could the cat be making his asthma worse, he uses his inhaler way more now',
    focus: 'asthma',
    types: ['association'],
  },
  {
    // "can stress bring on a flare": what brings on its attacks (labeling guide: cause)
    message:
      'Can stress bring on a lupus flare? Every time something bad happens in my life I end up in bed for a week with joint pain.',
    focus: 'lupus',
    types: ['cause'],
  },
  {
    // "does rheumatoid arthritis cause osteoporosis": one condition leading to another
    message:
      'My mother has rheumatoid arthritis and now her doctor says she has osteoporosis too. Does rheumatoid arthritis cause osteoporosis or is it just her age?',
    focus: 'rheumatoid arthritis',
    types: ['association'],
  },
  {
    // "is X linked to Y": two conditions
    message:
      'Is sleep apnea linked to atrial fibrillation? My husband has both and I wonder if treating one would help the other.',
    focus: 'sleep apnea',
    types: ['association'],
  },
  {
    // "does milk really cause breakouts": a food and a condition
    message: 'i have acne and ive heard dairy makes it worse. does milk really cause breakouts? im 19',
    focus: 'acne',
    types: ['association'],
  },
  {
    // "can the flu trigger shingles": one condition bringing on another
    message:
      'My dad got shingles right after a bad case of the flu last winter. Can the flu trigger shingles? He is 68.',
    focus: 'shingles',
    types: ['association'],
  },
  {
    // "could her hair loss be related to her anemia": two conditions related
    message:
      "Could my daughter's hair loss be related to her iron deficiency anemia? She is 17 and she is losing clumps of hair in the shower.",
    focus: 'iron deficiency anemia',
    types: ['association'],
  },
  {
    // "does being overweight make gout worse": a condition and a risk
    message:
      'Does being overweight make gout worse? I have put on 30 pounds since I retired and my attacks come much more often now.',
    focus: 'gout',
    types: ['association'],
  },
  {
    // "can a head injury lead to epilepsy": one condition leading to another
    message:
      'Can a head injury lead to epilepsy later on? My son had a concussion playing hockey in the fall and now he has had two seizures.',
    focus: 'epilepsy',
    types: ['association'],
  },
  // ── a specific aspect, asked without its usual word ──
  {
    // "why does this happen to some babies": cause
    message:
      'My baby was just diagnosed with pyloric stenosis, she keeps throwing up after every feeding. Why does this happen to some babies?',
    focus: 'pyloric stenosis',
    types: ['cause'],
  },
  {
    // "what problems can diabetes cause over time": complications
    message:
      'My husband has had diabetes for 20 years and does not take care of himself. I am worried about his kidneys and his eyes. What problems can diabetes cause over time?',
    focus: 'diabetes',
    types: ['complications'],
  },
  {
    // "what signs should she watch for" that it is getting worse: symptoms
    message:
      "My sister just found out she has Hashimoto's. How would she know if it's getting worse, what signs should she watch for?",
    focus: "Hashimoto's",
    types: ['symptoms'],
  },
  {
    // "how did I get it": cause
    message:
      'how did i get ringworm? i dont have any pets and nobody else in my house has it. it is on my arm and its itchy',
    focus: 'ringworm',
    types: ['cause'],
  },
  {
    // "will he be able to walk and run like other kids": the outlook
    message:
      'Our son was born with a club foot and he is in casts now. Will he be able to walk and run like other kids when he grows up?',
    focus: 'club foot',
    types: ['prognosis'],
  },
  {
    // "how do they figure out what kind it was": how it is diagnosed
    message:
      'My grandmother had a stroke last month. How do they figure out what kind of stroke it was, do they need an MRI for that?',
    focus: 'stroke',
    types: ['diagnosis'],
  },
  {
    // "will I grow out of it": the outlook
    message:
      'I am 19 and I have keratosis pilaris all over my arms and thighs. I want to know if I will grow out of it or if I will have it forever.',
    focus: 'keratosis pilaris',
    types: ['prognosis'],
  },
  {
    // "did it come from me or my husband": inheritance; "should our other children be tested": diagnosis
    message:
      'We just learned our 4 year old son has fragile X syndrome. Did it come from me or my husband? Should our other two children be tested too?',
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // ── plain requests for information (the default stays right when nothing specific is asked) ──
  {
    // "send me anything you have on it": information
    message:
      'My granddaughter has been diagnosed with Prader-Willi syndrome. Can you send me anything you have on it? We are trying to understand what it means for her.',
    focus: 'Prader-Willi syndrome',
    types: ['information'],
  },
  {
    // "what is that exactly": information
    message:
      'Hi, I saw a program on TV about Moebius syndrome. What is that exactly? I had never heard of it.',
    focus: 'Moebius syndrome',
    types: ['information'],
  },
  {
    // "can you explain it to me": information
    message:
      'I have just been diagnosed with myasthenia gravis and I am scared. I do not know anything about it. Can you explain it to me?',
    focus: 'myasthenia gravis',
    types: ['information'],
  },
  {
    // wanting to understand the illness: information
    message:
      'hello, my best friend has sickle cell anemia. i want to understand her illness better so i can support her. thanks',
    focus: 'sickle cell anemia',
    types: ['information'],
  },
  // ── terse and non-native wording, as many people write to an information service ──
  {
    // "kindly suggest me some good medicine": asks for a treatment
    message:
      'sir i am suffering from psoriasis since 5 years. i have taken many medicines from different doctors but no relief. kindly suggest me some good medicine. thanking you',
    focus: 'psoriasis',
    types: ['treatment'],
  },
  {
    // "please advice what to do": what can be done about it
    message:
      'my son 10 years old having alopecia areata patches on his head since 2 years. please advice what to do, we are very worried',
    focus: 'alopecia areata',
    types: ['treatment'],
  },
  {
    // "any new medicine that can slow it down": treatment
    message:
      "I need help for my mother she has Alzheimer's disease and she is getting worse every day. Is there any new medicine that can slow it down",
    focus: "Alzheimer's disease",
    types: ['treatment'],
  },
  {
    // "any possibility of getting my eyesight back": whether it can be undone is treatment
    message:
      'Hi I have been diagnosed with keratoconus in both eyes. I want to know whether there is any possibility of getting my eyesight back to normal.',
    focus: 'keratoconus',
    types: ['treatment'],
  },
  {
    // "any ayurvedic or homeopathic medicine available": a treatment
    message:
      'my father 65 yrs old diagnosed with parkinsons disease. any ayurvedic or homeopathic medicine available for this disease? please reply',
    focus: 'parkinsons disease',
    types: ['treatment'],
  },
  {
    // "is there a permanent solution": treatment
    message:
      'I am a 30 year old male with chronic sinusitis. Antibiotics works only for a while then it comes back. Is there a permanent solution?',
    focus: 'sinusitis',
    types: ['treatment'],
  },
  {
    // "looking for a cure": treatment (not a request for general information)
    message:
      'Looking for a cure for my daughters nephrotic syndrome, she keeps relapsing every time the steroids are lowered. she is 7',
    focus: 'nephrotic syndrome',
    types: ['treatment'],
  },
  {
    // "can it be cured completely or tablets for life": treatment
    message: 'Can hypothyroidism be cured completely or do I have to take tablets for the rest of my life?',
    focus: 'hypothyroidism',
    types: ['treatment'],
  },
  {
    // "does smoking has any relation with": a habit and a condition
    message: 'Dear sir, does smoking has any relation with psoriasis? I smoke 10 cigarettes per day.',
    focus: 'psoriasis',
    types: ['association'],
  },
  {
    // "any relation of diabetes with erectile dysfunction": two conditions
    message:
      'Is there any relation of diabetes with erectile dysfunction? I am 45 and have had sugar for 6 years.',
    focus: 'erectile dysfunction',
    types: ['association'],
  },
  {
    // "does alcohol make rosacea worse": a drink and a condition
    message: 'does alcohol make rosacea worse? i only drink on weekends but my face is red for days after',
    focus: 'rosacea',
    types: ['association'],
  },
  {
    // "can strep throat cause tics": one condition bringing on another
    message:
      'My 6 year old has had strep throat 5 times this year and now the doctor says his tics might be from the strep. Can strep throat really cause tics?',
    focus: 'strep throat',
    types: ['association'],
  },
  {
    // "would a low thyroid have anything to do with my cholesterol": two conditions
    message:
      'Would a low thyroid have anything to do with my high cholesterol? My cholesterol went up from 190 to 260 in one year and I eat well.',
    focus: 'cholesterol',
    types: ['association'],
  },
  {
    // "why does this keep happening to me": cause
    message:
      'I keep getting UTIs, like every month. Why does this keep happening to me? I am 31 and healthy otherwise.',
    focus: 'UTIs',
    types: ['cause'],
  },
];
