/**
 * "fatigue" set. Messages about tiredness and exhaustion: fatigue in a condition or from a medicine, chronic
 * fatigue, sleepiness, whether tiredness is a sign of something, what helps. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.939). Scored by fatigue.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --fatigue --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FATIGUE_MESSAGES: ConsumerMessage[] = [
  // why: "is tiredness a symptom" asks whether a sign belongs to it: symptoms
  {
    message: 'is tiredness a symptom of hypothyroidism',
    focus: 'hypothyroidism',
    types: ['symptoms'],
  },
  // why: "can I take it in the afternoon" asks timing of the medicine: drug_usage
  {
    subject: 'Provigil timing',
    message:
      'Can I take Provigil in the afternoon instead of first thing? My neurologist said mornings but I work a late shift and by 6pm I am fading badly.',
    focus: 'Provigil',
    types: ['drug_usage'],
  },
  // why: "what is" asks for an overview: information
  {
    message: 'what is idiopathic hypersomnia?',
    focus: 'idiopathic hypersomnia',
    types: ['information'],
  },
  // why: "does metoprolol make you tired" asks whether a problem comes from the medicine: side_effects
  {
    message:
      'Does metoprolol make you tired?? ever since i started it 3 weeks ago i can barely get off the couch after work',
    focus: 'metoprolol',
    types: ['side_effects'],
  },
  // why: only question is for a specialist who sees teens; the glandular fever and school are story: find_specialist
  {
    subject: 'looking for help for my daughter',
    message:
      'My daughter is 16. She had glandular fever last spring and has never really recovered, she sleeps after school and still wakes up exausted, and some of her teachers think she is just being lazy. Our GP has finally said it is probably chronic fatigue syndrome but there is a long wait for anything. Is there a specialist or clinic that sees teenagers with chronic fatigue syndrome? We live near Leeds. Thank you so much for reading this.',
    focus: 'chronic fatigue syndrome',
    types: ['find_specialist'],
  },
  // why: "any trials I could join" asks about clinical trials; long covid is background: research
  {
    message:
      'Had long covid since 2022 and my clinic now says I meet the criteria for ME/CFS. Are there any trials for ME/CFS I could join',
    focus: 'ME/CFS',
    types: ['research'],
  },
  // why: "could this be X?" asks whether his signs could be it: diagnosis
  {
    subject: 'son sleeping for days',
    message:
      'Our son is 15. Every few months he sleeps 18-20 hours a day for about a week, eats everything in sight and acts like a different person, then goes back to totally normal. The GP says teenagers are just tired. Could this be Kleine-Levin syndrome?',
    focus: 'Kleine-Levin syndrome',
    types: ['diagnosis'],
  },
  // why: "how common" asks frequency
  {
    message: 'how common is narcolepsy',
    focus: 'narcolepsy',
    types: ['frequency'],
  },
  // why: asks about a diet for daily life with it: lifestyle
  {
    message:
      'Is there any diet that helps with the fatigue in myasthenia gravis? I am worn out by lunchtime most days.',
    focus: 'myasthenia gravis',
    types: ['lifestyle'],
  },
  // why: "outlook" and "will I ever have normal energy" are one question about the course: prognosis
  {
    message:
      "I'm 24 and was diagnosed with Addison's disease two months ago. I'm wiped out all the time. What is the outlook for someone with Addison's disease - will I ever have normal energy again?",
    focus: "Addison's disease",
    types: ['prognosis'],
  },
  // why: storing the bottles and getting rid of leftovers are both storage_disposal
  {
    subject: 'Xyrem',
    message:
      'How should Xyrem be stored, and what do I do with the leftover bottles now that my sleep doctor is stopping it?',
    focus: 'Xyrem',
    types: ['storage_disposal'],
  },
  // why: asks whether falling asleep is a sign of it: symptoms
  {
    message: 'can iron deficiency anemia make you so tired you actually fall asleep at your desk',
    focus: 'iron deficiency anemia',
    types: ['symptoms'],
  },
  // why: "could my exhaustion be X" asks whether her signs could be it: diagnosis
  {
    message:
      'Could my constant exhaustion be coeliac disease? I am bloated after most meals and tierd all the time even after 9 hours sleep.',
    focus: 'coeliac disease',
    types: ['diagnosis'],
  },
  // why: a glass of wine with the medicine asks about alcohol: interactions
  {
    message: 'is it ok to have a glass of wine with gabapentin, it already makes me so drowsy',
    focus: 'gabapentin',
    types: ['interactions'],
  },
  // why: "what causes" and "why would it come back" are one question: cause
  {
    subject: 'post-polio syndrome',
    message:
      'My dad had polio as a boy and now at 72 he is exhausted and his legs are getting weaker. The doctor mentioned post-polio syndrome. What causes post-polio syndrome, why would it come back so many years later?',
    focus: 'post-polio syndrome',
    types: ['cause'],
  },
  // why: "what treatments are there for the fatigue" is treatment; pacing at a full-time job is lifestyle
  {
    message:
      'MS fatigue is destroying me at work. What treatments are there for the fatigue itself? And how do other people with MS pace themselves in a full time office job without burning out?',
    focus: 'MS',
    types: ['treatment', 'lifestyle'],
  },
  // why: whether lupus causes fatigue is symptoms; whether it will get better is prognosis
  {
    subject: 'tired all the time with lupus',
    message:
      'does lupus cause fatigue even when my bloods look fine? and will it get better once this flare settles',
    focus: 'lupus',
    types: ['symptoms', 'prognosis'],
  },
  // why: "is it hereditary" is inheritance; "should I get tested" is diagnosis
  {
    message:
      "Is Hashimoto's thyroiditis hereditary? My mum and my sister both have it and I have been exhausted for months. Should I get tested?",
    focus: "Hashimoto's thyroiditis",
    types: ['inheritance', 'diagnosis'],
  },
  // why: coffee stopping it working is interactions; taking it at night is drug_usage
  {
    message:
      'I take my levothyroxine in the morning with my coffee and I still feel exhausted. Does coffee stop levothyroxine working? Should I be taking it at night instead?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: "what is POTS" is information; whether she can do PE at school is lifestyle
  {
    message:
      'what is POTS exactly and can a 14 yr old with it still do PE at school? she gets dizzy and completely drained after standing',
    focus: 'POTS',
    types: ['information', 'lifestyle'],
  },
  // why: naps at school is lifestyle; whether he will grow out of it is prognosis
  {
    subject: 'narcolepsy in a 9 year old',
    message:
      'Our 9 year old has just been diagnosed with narcolepsy after a year of falling asleep in class. Can he have scheduled naps at school? And is narcolepsy something he might grow out of?',
    focus: 'narcolepsy',
    types: ['lifestyle', 'prognosis'],
  },
  // why: whether tiredness comes from the medicine is side_effects; stopping it for a week is drug_usage
  {
    message:
      'Is tiredness a side effect of Plaquenil? Also, is it ok to stop it for a week over the holidays',
    focus: 'Plaquenil',
    types: ['side_effects', 'drug_usage'],
  },
  // why: heart problems if untreated is complications; how it is diagnosed is diagnosis
  {
    message:
      "My wife says I stop breathing at night and I'm falling asleep at traffic lights. Can obstructive sleep apnea cause heart problems if it isn't treated? And how is it diagnosed, do I have to stay overnight in a hospital?",
    focus: 'obstructive sleep apnea',
    types: ['complications', 'diagnosis'],
  },
  // why: "is it genetic" is inheritance; "which gene is involved" is genetic_changes
  {
    message:
      'Ive been tired for years and my ferritin came back very high. Is hemochromatosis genetic and which gene is involved?',
    focus: 'hemochromatosis',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: whether he can catch it is susceptibility; whether exercise helps is lifestyle
  {
    message:
      "fibromyalgia and constant exhaustion here. my husband half jokes he'll catch it from me - is fibromyalgia contagious at all? also does exercise help or make it worse",
    focus: 'fibromyalgia',
    types: ['susceptibility', 'lifestyle'],
  },
  // why: the difference between two conditions is information; injections for life is treatment
  {
    message:
      'What is the difference between pernicious anemia and ordinary B12 deficiency? And will I need the injections for the rest of my life?',
    focus: 'pernicious anemia',
    types: ['information', 'treatment'],
  },
  // why: "what does it do" is indication; whether it can make you more tired is side_effects
  {
    subject: 'Mestinon question',
    message:
      'Mestinon - what does it actually do? I thought it would help the tiredness from my myasthenia but it hasnt. Can Mestinon make you feel more tired?',
    focus: 'Mestinon',
    types: ['indication', 'side_effects'],
  },
  // why: "does PBC cause fatigue" is symptoms; "any treatment for that" is treatment
  {
    message: 'Does PBC cause fatigue, and is there any treatment for that?',
    focus: 'PBC',
    types: ['symptoms', 'treatment'],
  },
  // why: how long the tiredness lasts is the course: prognosis; staying home from school is lifestyle
  {
    message:
      'how long does the tiredness from mono last? my son has his exams in 6 weeks and can barely stay awake. should he stay home from school until then',
    focus: 'mono',
    types: ['prognosis', 'lifestyle'],
  },
  // why: whether it causes extreme fatigue is symptoms; "any studies" is research
  {
    message:
      'Can sarcoidosis cause extreme fatigue even when your lungs are ok? Are there any studies looking at fatigue in sarcoidosis?',
    focus: 'sarcoidosis',
    types: ['symptoms', 'research'],
  },
  // why: "what is it" is information; "is there a test" is diagnosis; "any treatment" is treatment; explaining pacing to an employer is lifestyle
  {
    subject: 'ME/CFS after long covid - so many questions',
    message:
      "I caught covid in 2021 and never got better. Any effort, even a shower, flattens me for two days. My doctor now uses the term ME/CFS. What actually is ME/CFS and how is it different from just being tired? Is there a test that proves it? Is there any treatment at all? And how do I explain pacing to my employer so they don't think I'm skiving?",
    focus: 'ME/CFS',
    types: ['information', 'diagnosis', 'treatment', 'lifestyle'],
  },
  // why: breastfeeding safety is contraindications; starting dose is drug_usage; the birth control pill is interactions
  {
    message:
      'my neuro wants to start me on modafinil for MS fatigue. is modafinil safe while breastfeeding? what dose do people usually start on? and does it interfere with the birth control pill',
    focus: 'modafinil',
    types: ['contraindications', 'drug_usage', 'interactions'],
  },
  // why: how they confirm it is diagnosis; inherited from mum is inheritance; getting worse is prognosis
  {
    message:
      'My daughter is 7 and gets exhausted after walking a short distance, her legs just give up. Her doctor suspects mitochondrial myopathy. How do they confirm mitochondrial myopathy? Is it something passed down from the mother? Will she get worse as she gets older?',
    focus: 'mitochondrial myopathy',
    types: ['diagnosis', 'inheritance', 'prognosis'],
  },
  // why: whether tiredness is normal for it is symptoms; what can be done is treatment; football is lifestyle
  {
    message:
      'my son has sickle cell disease and is always exhausted. is this normal for sickle cell? what can we do about the tiredness, and can he still play football with his friends',
    focus: 'sickle cell disease',
    types: ['symptoms', 'treatment', 'lifestyle'],
  },
  // why: splitting the dose is drug_usage; weight gain is side_effects; ibuprofen with it is interactions
  {
    subject: 'hydrocortisone and afternoon crash',
    message:
      "I'm on hydrocortisone for adrenal insufficiency and I'm still shattered by 3pm. Should I split the hydrocortisone dose differently? Can it cause weight gain, I've put on a stone. And is it ok to take ibuprofen with it for headaches?",
    focus: 'hydrocortisone',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: what causes it is cause; whether iron tablets help is treatment; whether kids could inherit it is inheritance
  {
    message:
      "Restless legs syndrome keeps me up half the night so I'm a zombie all day. What causes restless legs syndrome? Can iron tablets help? Is it something my kids could inherit?",
    focus: 'restless legs syndrome',
    types: ['cause', 'treatment', 'inheritance'],
  },
  // why: the difference between two conditions is information; a link to cancer is association; how it is treated is treatment
  {
    message:
      'What is the difference between Lambert-Eaton and myasthenia gravis? Both seem to cause weakness and tiredness. Is Lambert-Eaton linked to cancer, and how is it treated?',
    focus: 'Lambert-Eaton',
    types: ['information', 'association', 'treatment'],
  },
  // why: tiredness as a sign is symptoms; left untreated is complications; smoking raising the risk is susceptibility
  {
    message:
      "I thought an overactive thyroid made you wired but I'm exhausted. Is tiredness a symptom of Graves disease? What happens if it is left untreated? Does smoking raise the risk of getting Graves disease?",
    focus: 'Graves disease',
    types: ['symptoms', 'complications', 'susceptibility'],
  },
  // why: whether tiredness comes from it is side_effects; taking it at night is drug_usage; pregnancy is contraindications
  {
    subject: 'tamoxifen fatigue',
    message:
      'been on tamoxifen 8 months and so so tired. is exhaustion a known side effect of tamoxifen? can i take it at night so i sleep through the worst of it? and is it safe if we want to try for a baby next year',
    focus: 'tamoxifen',
    types: ['side_effects', 'drug_usage', 'contraindications'],
  },
  // why: whether fatigue is part of it is symptoms; a genetic test is diagnosis; a doctor and support groups are find_specialist
  {
    subject: 'EDS and crushing fatigue',
    message:
      "I'm 17 and was told I probably have hEDS. The fatigue is crushing, I nap every day after school. Is fatigue actually part of Ehlers-Danlos syndrome? Is there a genetic test to confirm it? Where can I find a doctor who knows about it in Ohio, and are there any support groups for teens?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['symptoms', 'diagnosis', 'find_specialist'],
  },
];
