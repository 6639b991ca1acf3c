/**
 * "movement" set. Messages about movement disorders: tremor, dystonia, tics, chorea, ataxia, restless legs,
 * Parkinson-like conditions and their medicines, from people describing movements they see in themselves or
 * relatives. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.952). Scored by
 * movement.test.ts and by `npx tsx test/understand/support/score-messages.ts --movement --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MOVEMENT_MESSAGES: ConsumerMessage[] = [
  // why: "whats the difference between X and Y" asks what each condition is, which is information
  {
    message: 'whats the difference between essential tremor and parkinsons',
    focus: 'essential tremor',
    types: ['information'],
  },
  // why: "is it hereditary" asks only whether it runs in families; the grandfather is story
  {
    message: "Is Huntington's disease hereditary? My grandfather had it and my mom won't talk about it.",
    focus: "Huntington's disease",
    types: ['inheritance'],
  },
  // why: asks whether the sudden sleep attacks come from the medicine, which is side_effects
  {
    subject: 'falling asleep on ropinirole??',
    message:
      "I've been on Requip for my restless legs for about 2 yrs and lately I keep dozing off out of nowhere during the day, once even at a red light. is this from the Requip",
    focus: 'Requip',
    types: ['side_effects'],
  },
  // why: "are there any clinical trials" asks only about research
  {
    message:
      "Are there any clinical trials for Friedreich's ataxia recruiting in the UK? My son is 14 and was diagnosed last year. We would travel anywhere.",
    focus: "Friedreich's ataxia",
    types: ['research'],
  },
  // why: "should dad be tested for it" asks whether his signs could be it and about testing, which is diagnosis
  {
    message:
      'My dad is 66 and over the last few years he has developed a shake in both hands and he is getting unsteady on his feet, he fell twice this winter. My nephew (his grandson) has fragile X. A nurse mentioned something called FXTAS. Should dad be tested for it?',
    focus: 'FXTAS',
    types: ['diagnosis'],
  },
  // why: "how common is it" asks frequency only
  {
    message: 'how common is spasmodic torticollis',
    focus: 'spasmodic torticollis',
    types: ['frequency'],
  },
  // why: whether a medicine is safe in pregnancy is contraindications; the tremor is story
  {
    subject: 'primidone and pregnancy',
    message:
      'Hi, I take primidone for essential tremor and my husband and I are trying for a baby. Can primidone be taken during pregnancy or do I need to come off it? Thank you.',
    focus: 'primidone',
    types: ['contraindications'],
  },
  // why: "which gene" asks genetic_changes only
  {
    message: 'Which gene causes dopa-responsive dystonia?',
    focus: 'dopa-responsive dystonia',
    types: ['genetic_changes'],
  },
  // why: the long story ends with one question, how long people live after diagnosis, which is prognosis
  {
    subject: 'my mother',
    message:
      "My mother is 71. For two years she kept falling backwards and we thought it was her age. Then we noticed she couldn't look down at her plate, she'd spill food everywhere, and her speech got slurred. Last month the neurologist finally told us it's progressive supranuclear palsy. Nobody has told us what to expect and I'm scared to ask in front of her. How long do people usually live after they are diagnosed?",
    focus: 'progressive supranuclear palsy',
    types: ['prognosis'],
  },
  // why: asks what treatment exists for the condition, which is treatment
  {
    message:
      "the left side of my face keeps twitching, my eye shuts and the corner of my mouth pulls up, it's been going on for a year now. what is the treatment for hemifacial spasm",
    focus: 'hemifacial spasm',
    types: ['treatment'],
  },
  // why: fridge or drawer asks how to store the medicine, which is storage_disposal
  {
    message:
      'the pharmacy gave me rotigotine patches, do they have to be kept in the fridge or is a drawer ok',
    focus: 'rotigotine',
    types: ['storage_disposal'],
  },
  // why: a support group is find_specialist; feeling alone and the voice breaks are story
  {
    message:
      'Is there a support group for people with spasmodic dysphonia? My voice breaks every time I answer the phone at work and I feel so alone with it.',
    focus: 'spasmodic dysphonia',
    types: ['find_specialist'],
  },
  // why: "what causes it" asks cause; the strep throat and the movements are story
  {
    message:
      "My daughter (8) had strep throat about a month ago. Now she's clumsy, drops her spoon, and her hands and face make these wriggly movements she can't stop. The pediatrician says it's Sydenham chorea. What causes it?",
    focus: 'Sydenham chorea',
    types: ['cause'],
  },
  // why: a medicine with alcohol is interactions
  {
    message:
      'im 19 and on Haldol for my tics. can i have a couple of beers at the weekend or is that a bad idea',
    focus: 'Haldol',
    types: ['interactions'],
  },
  // why: "what is it actually for" asks what the medicine is used for, which is indication
  {
    subject: 'pramipexole??',
    message:
      'what is pramipexole actually for? my dad was given it and he doesnt have parkinsons, he has restless legs. confused',
    focus: 'pramipexole',
    types: ['indication'],
  },
  // why: "before meals" asks timing (drug_usage) and "does protein stop it working" asks about food with the medicine (interactions)
  {
    subject: 'Sinemet and meals',
    message:
      "My husband takes Sinemet for Parkinson's disease. Should he be taking it before meals or with them? And is it true that protein in meat and eggs stops it working?",
    focus: 'Sinemet',
    types: ['drug_usage', 'interactions'],
  },
  // why: "could this be X" is diagnosis and "is there a special diet" is lifestyle
  {
    message:
      "Our 16 year old son has a tremor in his hands that's getting worse and his blood tests showed his liver enzymes are high. Could this be Wilson disease? If it is, will he have to follow a special diet?",
    focus: 'Wilson disease',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: cancer risk is a problem the condition leads to (complications) and life expectancy is prognosis
  {
    message:
      'our son was just diagnosed with ataxia-telangiectasia. does it mean he will get cancer? and what is his life expectancy',
    focus: 'ataxia-telangiectasia',
    types: ['complications', 'prognosis'],
  },
  // why: "is this X" asks whether her signs are it (diagnosis) and "will it go away" asks the outlook (prognosis)
  {
    message:
      "I've been on metoclopramide for gastroparesis for about a year and now my tongue keeps moving around in my mouth and my lips smack, my family noticed before I did. Is this tardive dyskinesia? Will it go away if I stop?",
    focus: 'tardive dyskinesia',
    types: ['diagnosis', 'prognosis'],
  },
  // why: how often the injections are given is drug_usage and whether swallowing trouble is normal after them is side_effects
  {
    subject: 'Botox for cervical dystonia',
    message:
      "How often do you normally get Botox injections for neck dystonia? I had my first round 2 weeks ago and ever since I've had trouble swallowing bread, is that normal?",
    focus: 'Botox',
    types: ['drug_usage', 'side_effects'],
  },
  // why: the chance that she has it is inheritance and a test before symptoms is diagnosis
  {
    message:
      'My father has Machado-Joseph disease. What are the chances I have it too? Is there a test that can tell me before I get any symptoms?',
    focus: 'Machado-Joseph disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what is it" is information and "what are the symptoms" is symptoms
  {
    message: 'what is myoclonus-dystonia and what are the symptoms',
    focus: 'myoclonus-dystonia',
    types: ['information', 'symptoms'],
  },
  // why: "is it because of low iron" asks a link between the condition and iron deficiency (association) and "what can I safely take" is treatment
  {
    message:
      "I'm 28 weeks pregnant and my restless legs are horrible at night, I'm up walking the hallway at 2am. Is it because of low iron? What can I safely take for it?",
    focus: 'restless legs',
    types: ['association', 'treatment'],
  },
  // why: how it differs from the adult form is information and how fast it progresses is prognosis
  {
    subject: 'juvenile HD',
    message:
      'My niece is 9 and the doctors think she has juvenile Huntington disease. How is it different from the adult type? How fast does it progress in children?',
    focus: 'juvenile Huntington disease',
    types: ['information', 'prognosis'],
  },
  // why: how a medicine helps is indication and whether someone with asthma can take it is contraindications
  {
    subject: 'propranolol for tremor',
    message:
      "How does propranolol help a tremor when it's a blood pressure pill? also can I take it if I have asthma",
    focus: 'propranolol',
    types: ['indication', 'contraindications'],
  },
  // why: "is it X" asks whether his signs could be it (diagnosis) and which doctor to see is find_specialist
  {
    message:
      "My dad is 68. His right hand shakes when it's resting on his lap and he's started shuffling when he walks, his writing has got tiny. Is it Parkinson's disease? Who should we see, a regular neurologist or a movement disorder specialist?",
    focus: "Parkinson's disease",
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "what causes it" is cause and "can it be treated" is treatment; the driving trouble is story
  {
    message:
      'my eyes keep clamping shut especially in bright light or when im stressed, i can barely drive anymore. what causes blepharospasm and can it be treated',
    focus: 'blepharospasm',
    types: ['cause', 'treatment'],
  },
  // why: what to watch for is side_effects and whether it is ok with her ADHD medicine is interactions
  {
    message:
      'Our daughter is 11 and has generalized dystonia. Her neurologist wants to start trihexyphenidyl. What side effects should we be watching for? And is it okay with her ADHD medicine (methylphenidate)?',
    focus: 'trihexyphenidyl',
    types: ['side_effects', 'interactions'],
  },
  // why: "how rare" is frequency and "is it genetic" is inheritance
  {
    message: 'How rare is multiple system atrophy? and is it genetic',
    focus: 'multiple system atrophy',
    types: ['frequency', 'inheritance'],
  },
  // why: "what exactly is it" is information and "how is it treated" is treatment; the tics after strep are story
  {
    subject: 'sudden tics after strep',
    message:
      "Our 7 yr old went from a normal kid to having tics, washing his hands constantly and raging, all within a week of a strep infection. The doctor mentioned PANDAS but said it's controversial. What exactly is PANDAS and how is it treated?",
    focus: 'PANDAS',
    types: ['information', 'treatment'],
  },
  // why: whether he grows out of it is prognosis, playing football is lifestyle, and medicine for it is treatment
  {
    message:
      "My 15 year old son gets sudden twisting of his arm and leg when he stands up fast or starts to run, it lasts a few seconds and he's fully awake. The doctor thinks it's paroxysmal kinesigenic dyskinesia. Will he grow out of it? Can he keep playing football? Is there a medicine for it?",
    focus: 'paroxysmal kinesigenic dyskinesia',
    types: ['prognosis', 'lifestyle', 'treatment'],
  },
  // why: "should I get tested" is diagnosis, "will my kids get it" is inheritance, "anything that slows it" is treatment
  {
    subject: 'worried about SCA',
    message:
      "I'm 42. My mother and her brother both had spinocerebellar ataxia. For a few months I've felt unsteady going down stairs and my handwriting looks worse. Should I get tested? If I do have it, will my kids get it? And is there any treatment that slows it down?",
    focus: 'spinocerebellar ataxia',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: the usual starting dose is drug_usage, weight gain is side_effects, and wine with it is interactions
  {
    subject: 'Neurontin for RLS',
    message:
      'my doctor put me on Neurontin for RLS. what dose do people usually start at? can it make you put on weight? and can i still have a glass of wine with dinner',
    focus: 'Neurontin',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: "what is it" is information, "how do they confirm it" is diagnosis, and whether levodopa is the treatment is treatment
  {
    subject: 'Segawa syndrome?',
    message:
      "Our daughter is 7. In the morning she's fine but by evening she walks on her toes and her foot turns in so badly she can barley walk. The neurologist suspects Segawa syndrome. What is it? How do they confirm it? Is levodopa the treatment for it?",
    focus: 'Segawa syndrome',
    types: ['information', 'diagnosis', 'treatment'],
  },
  // why: the difference from Parkinson's is information, how quickly it gets worse is prognosis, and help for the hallucinations is treatment
  {
    message:
      "My mum has been diagnosed with dementia with Lewy bodies. She's stiff and shaky and she sees children sitting in her living room that aren't there. What's the difference between dementia with Lewy bodies and Parkinson's? Does it usually get worse quickly? Is there anything that helps with the hallucinations?",
    focus: 'dementia with Lewy bodies',
    types: ['information', 'prognosis', 'treatment'],
  },
  // why: inheritance from the father, whether he will outgrow it (prognosis), and behavioral therapy instead of meds (treatment)
  {
    message:
      "Our son is 10 and was just diagnosed with Tourette's syndrome. My husband had tics as a boy, is it genetic? Will our son outgrow it? Are there behavioural therapies we can try instead of medication?",
    focus: "Tourette's syndrome",
    types: ['inheritance', 'prognosis', 'treatment'],
  },
  // why: how it helps tics is indication, what to expect is side_effects, and with melatonin is interactions
  {
    subject: 'clonidine for a 9 year old',
    message:
      "The doctor wants to put our 9 year old on clonidine for his tics. Isn't that a blood pressure drug?? How does it help tics, what side efects should we expect, and can he still take his melatonin at night with it",
    focus: 'clonidine',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: gene silencing trials are research, HD clinics are find_specialist, and how it is passed down is inheritance
  {
    subject: 'Huntington disease - a few questions',
    message:
      'My wife has HD, diagnosed at 45. Is there any new research, like the gene silencing trials I read about? Are there HD clinics near Columbus, Ohio? And how exactly is it passed down, our kids are 17 and 20.',
    focus: 'Huntington disease',
    types: ['research', 'find_specialist', 'inheritance'],
  },
  // why: with sertraline and cheese is interactions, morning or night is drug_usage, and what it does is indication
  {
    message:
      "Just started Azilect 1mg for early Parkinson's. Can I take it with my sertraline? Do I have to avoid cheese and wine? Should I take it in the morning or at night? And what is it supposed to do exactly, does it slow the disease down?",
    focus: 'Azilect',
    types: ['interactions', 'drug_usage', 'indication'],
  },
  // why: what it is is information, how many children have it is frequency, and whether any trials exist is research
  {
    subject: 'PKAN',
    message:
      "Our 6 year old daughter has just been diagnosed with PKAN after an MRI showed the 'eye of the tiger' sign. We had never heard of it. What is it? How many children have it? Are there any drug trials going on at the moment?",
    focus: 'PKAN',
    types: ['information', 'frequency', 'research'],
  },
];
