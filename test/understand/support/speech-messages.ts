/**
 * "speech" set. Messages about speech, language and communication: a child not talking, speech lost, stuttering,
 * slurred speech, swallowing and speaking problems, communication aids, speech therapy. Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.899). Scored by speech.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --speech --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SPEECH_MESSAGES: ConsumerMessage[] = [
  // why: "could it be childhood apraxia of speech" asks whether his signs could be it, which is diagnosis
  {
    message:
      'my 3 yr old isnt really talking yet, just a handful of words and he gets so frustrated trying. could it be childhood apraxia of speech',
    focus: 'childhood apraxia of speech',
    types: ['diagnosis'],
  },
  // why: "will she ever say words" asks prognosis; "what communication aids have helped" asks about managing it, treatment
  {
    subject: 'Angelman syndrome and talking',
    message:
      'Our daughter was diagnosed with Angelman syndrome at 14 months. She is now 2 and babbles but has no words. Will she ever be able to say words? And what communication aids or devices have helped other families with children like her?',
    focus: 'Angelman syndrome',
    types: ['prognosis', 'treatment'],
  },
  // why: "what is landau kleffner syndrome" asks for an overview, information
  {
    subject: 'LKS',
    message: 'what is landau kleffner syndrome',
    focus: 'landau kleffner syndrome',
    types: ['information'],
  },
  // why: "is it genetic" asks inheritance; "will he grow out of it" asks prognosis; "does speech therapy help" asks treatment
  {
    message:
      'My son is 6 and over the last few months he has started stuttering quite badly, especially when he is excited or tired. He gets stuck on the first sound and sometimes just gives up. His dad stuttered as a boy too. Is stuttering genetic? Will he grow out of it? And does speech therapy actually help at his age or should we wait and see?',
    focus: 'stuttering',
    types: ['inheritance', 'prognosis', 'treatment'],
  },
  // why: "is this from the topamax" asks whether a problem comes from the medicine, side_effects; "can I just stop or taper" asks about stopping, drug_usage
  {
    subject: 'cant find my words',
    message:
      'I started topamax for migraines 3 weeks ago and now I keep losing words in the middle of a sentence, I said "the thing you cook in" instead of pan yesterday. is this from the topamax?? can I just stop it or do I have to come off it slowly',
    focus: 'topamax',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "can it make your voice nasal and your speech slurred" asks whether a sign belongs to it, symptoms
  {
    message:
      'Can myasthenia gravis make your voice go nasal and your speech slurred later in the day? Mine is fine in the morning but by dinner I sound drunk.',
    focus: 'myasthenia gravis',
    types: ['symptoms'],
  },
  // why: "could this be Rett syndrome" and "what test would confirm it" are both diagnosis
  {
    subject: 'lost her words',
    message:
      "My daughter was saying mama, dada, ball and about ten other words at 15 months. Now she is 2 and has lost nearly all of them, she doesn't look at us as much and she keeps wringing and mouthing her hands. Could this be Rett syndrome? What test would confirm it?",
    focus: 'Rett syndrome',
    types: ['diagnosis'],
  },
  // why: "how long before he loses speech" asks prognosis; "voice banking" and "medicine that slows it" ask treatment; "trials" asks research
  {
    subject: 'ALS - speech going',
    message:
      'My husband is 58 and was diagnosed with ALS last spring. It started with his speech, slurring like he had been drinking, and now he coughs when he eats and his words are getting harder to understand every month. We have two teenagers and he wants to be able to talk to them for as long as possible. How long does it usually take before someone loses their speech completely? Should we be doing voice banking now while he still can, and is there any medicine that slows the speech and swallowing part down? Also, are there any trials for people whose ALS started with speech? We feel like we are running out of time.',
    focus: 'ALS',
    types: ['prognosis', 'treatment', 'research'],
  },
  // why: "can it be crushed and mixed in applesauce" asks how to take the medicine, drug_usage
  {
    message: "Can riluzole be crushed and mixed in applesauce? My dad can't swallow pills anymore.",
    focus: 'riluzole',
    types: ['drug_usage'],
  },
  // why: "what causes it" asks cause; "do botox injections really work" asks about a therapy for it, treatment
  {
    subject: 'voice breaks',
    message:
      'Ive been told I probably have spasmodic dysphonia. my voice sounds strained and strangled and keeps cutting out on the phone at work. what causes it? and do the botox injections really work',
    focus: 'spasmodic dysphonia',
    types: ['cause', 'treatment'],
  },
  // why: "is that from the Botox" asks whether a problem comes from the medicine, side_effects
  {
    subject: 'breathy voice after Botox',
    message:
      'I had my first Botox injection into my vocal cords for spasmodic dysphonia 5 days ago. Now my voice is very breathy and weak and I choke a bit when I drink water. Is that from the Botox?',
    focus: 'Botox',
    types: ['side_effects'],
  },
  // why: "how is it tested" asks diagnosis; "does that mean I'm a carrier" asks inheritance
  {
    message:
      'our son is 4 and only says a few words, he flaps his hands and hates eye contact. the pediatrician wants to test him for fragile X syndrome. how do they test for fragile x, is it just a blood test? and if he has it does that mean im a carrier?',
    focus: 'fragile X syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "when do they start talking" asks the course, prognosis; "speech therapy now" and "sign language" ask about managing it, treatment; "can it cause hearing loss" asks complications
  {
    subject: 'Down syndrome and speech',
    message:
      'Hi, my baby girl has Down syndrome and she is 18 months old. She has a few sounds but no real words yet. When do children with Down syndrome usually start talking? Should we start speech therapy now or wait until she is older? Our friend said to teach her signs (Makaton) - is that a good idea or will signing stop her from learning to talk? She has also had a lot of ear infections, can Down syndrome cause hearing loss? Thank you so much.',
    focus: 'Down syndrome',
    types: ['prognosis', 'treatment', 'complications'],
  },
  // why: "are kids with it really chatty" asks whether a trait belongs to it, symptoms
  {
    message: 'is it true that kids with williams syndrome are really chatty and friendly with everyone',
    focus: 'williams syndrome',
    types: ['symptoms'],
  },
  // why: "is that part of it" asks whether a sign belongs to it, symptoms; "is there speech therapy for it" asks treatment
  {
    message:
      "My mum has Parkinson's disease and over the past year her voice has gone very quiet and flat, we can hardly hear her on the phone and she thinks she is shouting. Is that part of the Parkinson's disease? Is there a particular kind of speech therapy that helps with it?",
    focus: "Parkinson's disease",
    types: ['symptoms', 'treatment'],
  },
  // why: "does sinemet help with speech or only the shaking" asks what the medicine is for, indication
  {
    message: 'does sinemet help with speech problems at all or only the shaking',
    focus: 'sinemet',
    types: ['indication'],
  },
  // why: "is it the same thing as Alzheimer's" asks whether two conditions are the same, information; "how fast does it progress" asks prognosis
  {
    subject: 'Dad losing his words',
    message:
      "My father is 66 and for about two years he has been struggling to find words. He knows what he wants to say but it won't come out, and he has started calling things by the wrong names. His memory otherwise seems ok. The neurologist says it is primary progressive aphasia. Is primary progressive aphasia the same thing as Alzheimer's, or something different? How fast does it usually progress?",
    focus: 'primary progressive aphasia',
    types: ['information', 'prognosis'],
  },
  // why: "what is it, is it a type of cerebral palsy" asks information; "will his speech improve" asks prognosis; "what treatments" asks treatment
  {
    message:
      'my son (5) has just been diagnosed with worster-drought syndrome. he drools alot, his speech is very hard to understand even for us and he struggles chewing. what is it exactly, is it a type of cerebral palsy? will his speech ever improve and what treatments are there',
    focus: 'worster-drought syndrome',
    types: ['information', 'prognosis', 'treatment'],
  },
  // why: "can clonazepam make your speech slurred" asks about a side effect, side_effects
  {
    message: 'Can clonazepam make your speech slurred?',
    focus: 'clonazepam',
    types: ['side_effects'],
  },
  // why: "can it lead to pneumonia" asks complications; "anything to help her swallow safely" asks treatment
  {
    subject: 'choking',
    message:
      'My mother has Huntington disease. Her speech has become slurred and she chokes on food and drinks most meals now. The nurse mentioned that choking is a big risk. Can Huntington disease lead to pneumonia from food going down the wrong way? Is there anything that can help her swallow more safely?',
    focus: 'Huntington disease',
    types: ['complications', 'treatment'],
  },
  // why: "what is that" asks for an overview, information
  {
    message:
      "My 5-year-old talks nonstop at home but won't say a single word at school, not even to her teacher. Her teacher mentioned selective mutism. What is that?",
    focus: 'selective mutism',
    types: ['information'],
  },
  // why: "which gene causes it" asks genetic_changes; "any research studies" asks research
  {
    subject: 'nonverbal son',
    message:
      'Our son has Phelan-McDermid syndrome and is still nonverbal at 7, he uses an iPad app to ask for things. Which gene causes Phelan-McDermid syndrome? And are there any research studies looking at speech or language in children with it?',
    focus: 'Phelan-McDermid syndrome',
    types: ['genetic_changes', 'research'],
  },
  // why: "could this be Wilson disease" asks diagnosis; "is it inherited" asks inheritance; "will my speech go back to normal" asks prognosis
  {
    message:
      'I am 22 and over the last year my speech has become slurred and slow, my handwriting is shaky and I drool sometimes. My liver tests were abnormal last year but nobody followed it up. A friend who is a nurse said it might be Wilson disease. Could this be Wilson disease? Is it inherited? If that is what it is, will my speech go back to normal once I am treated?',
    focus: 'Wilson disease',
    types: ['diagnosis', 'inheritance', 'prognosis'],
  },
  // why: "will she be able to talk normally" asks the outlook, prognosis
  {
    message: 'will my baby with a cleft palate be able to talk normally when shes older',
    focus: 'cleft palate',
    types: ['prognosis'],
  },
  // why: "can Keppra cause this" asks side_effects; "is it ok with her melatonin" asks interactions
  {
    subject: 'Keppra and speech',
    message:
      'My daughter (8) started Keppra for seizures two months ago. She has become very angry and tearful and her speech seems to have gone backwards, she is mixing up words again. Can Keppra cause this? Also is it ok to give it together with her melatonin at bedtime?',
    focus: 'Keppra',
    types: ['side_effects', 'interactions'],
  },
  // why: "how rare is it" asks frequency
  {
    subject: 'Moebius',
    message:
      'my nephew was born with moebius syndrome, his face doesnt move and hes having speech therapy because he cant make the lip sounds like b and p. how rare is it?',
    focus: 'moebius syndrome',
    types: ['frequency'],
  },
  // why: "is speech delay part of dravet" asks symptoms; "what can we do to help his language" asks treatment; "support group" asks find_specialist
  {
    message:
      'our son has dravet syndrome, hes 4 and has maybe 20 words and most people cant understand him. is speech delay part of dravet syndrome or is it something else? what can we do to help his language come on? and is there a support group for dravet families, we feel very alone',
    focus: 'dravet syndrome',
    types: ['symptoms', 'treatment', 'find_specialist'],
  },
  // why: "will he get his speech back" asks prognosis; "how long should speech therapy go on" asks treatment
  {
    message:
      'My husband had a stroke three months ago and has aphasia. He understands everything we say but he can\'t get his words out, just "yes" and "no" and sometimes the wrong one. Will he get his speech back? How long should he keep doing speech therapy for?',
    focus: 'aphasia',
    types: ['prognosis', 'treatment'],
  },
  // why: "is there any medication for it" asks treatment
  {
    message: "Is there any medication for stammering in adults? I'm 35 and have tried speech therapy twice.",
    focus: 'stammering',
    types: ['treatment'],
  },
  // why: "will he manage mainstream school" asks lifestyle; "is it linked to autism" asks association
  {
    subject: 'verbal dyspraxia',
    message:
      'Our son (4) has been diagnosed with developmental verbal dyspraxia. He is very bright but only we can understand him. Will he be able to cope in a mainstream school? And is developmental verbal dyspraxia linked to autism at all?',
    focus: 'developmental verbal dyspraxia',
    types: ['lifestyle', 'association'],
  },
  // why: "does he have it" asks diagnosis; "what causes it" asks cause; "will the tics get better" asks prognosis; "can school give him breaks" asks lifestyle
  {
    message:
      'my 9 yr old has started making grunting noises and repeating words he just said, sometimes over and over, and blinking alot. does he have tourette syndrome? what causes it?? will the tics get better as he gets older. also can his school give him breaks when the tics are bad, his teacher keeps telling him off',
    focus: 'tourette syndrome',
    types: ['diagnosis', 'cause', 'prognosis', 'lifestyle'],
  },
  // why: "should I take it 30 minutes before meals" asks about timing, drug_usage
  {
    subject: 'mestinon timing',
    message:
      'Should I take my Mestinon about 30 min before meals so I can chew and talk properly while eating?',
    focus: 'Mestinon',
    types: ['drug_usage'],
  },
  // why: "does it affect speech" asks whether a sign belongs to it, symptoms; "what is the life expectancy" asks prognosis
  {
    message:
      'Does Friedreich ataxia affect speech? My cousin was just diagnosed at 12. What is the life expectancy?',
    focus: 'Friedreich ataxia',
    types: ['symptoms', 'prognosis'],
  },
  // why: "what communication aids are there" asks about managing it, treatment; "will the NHS pay for one" asks about costs, other
  {
    subject: 'communication aids',
    message:
      "What kinds of communication aids are there for children with cerebral palsy who can't speak? Our daughter is 6, she can't use her hands well but she can look at things. Would the NHS pay for an eye gaze device?",
    focus: 'cerebral palsy',
    types: ['treatment', 'other'],
  },
  // why: "will it help him talk" asks what the medicine is for, indication; "does it cause weight gain" asks side_effects
  {
    message:
      'my autistic son is 10 and nonverbal, the psychiatrist wants to start risperidone for the aggression and self hitting. will it help him talk at all? does it cause weight gain, hes already a big boy',
    focus: 'risperidone',
    types: ['indication', 'side_effects'],
  },
  // why: "could I have it" asks diagnosis; "chances my kids have it" asks inheritance; "does it affect the heart" asks complications
  {
    subject: 'slurred speech & family',
    message:
      "I'm 34. Lately my speech has become a bit slurred and my hands get stuck when I grip something and can't let go straight away. My mother had cataracts in her 40s and has the same grip problem. Could I have myotonic dystrophy? If I do, what are the chances my two kids have it too? And does it affect the heart? My mum had a pacemaker fitted last year.",
    focus: 'myotonic dystrophy',
    types: ['diagnosis', 'inheritance', 'complications'],
  },
  // why: "does it always cause speech delay" asks whether a sign belongs to it, symptoms
  {
    message: 'Koolen-de Vries syndrome - does it always cause speech delay',
    focus: 'Koolen-de Vries syndrome',
    types: ['symptoms'],
  },
  // why: "is this toxicity" asks whether the problem comes from the medicine, side_effects; "can I take ibuprofen with it" asks interactions
  {
    message:
      'Since my lithium dose was increased last week my speech is slurred, my hands shake and I feel a bit sick. Is this lithium toxicity? Also can I take ibuprofen with lithium for my back pain?',
    focus: 'lithium',
    types: ['side_effects', 'interactions'],
  },
  // why: "which gene" asks genetic_changes; "is there surgery for the swallowing" asks treatment; "how rare" asks frequency
  {
    subject: 'OPMD',
    message:
      "My father and his brother both developed droopy eyelids and trouble swallowing in their 50s, and now Dad's voice has become weak and hoarse. His neurologist thinks it is oculopharyngeal muscular dystrophy and has sent off a blood test. Which gene is it? Is there an operation that can help with the swallowing? And how rare is it? We had never heard of it.",
    focus: 'oculopharyngeal muscular dystrophy',
    types: ['genetic_changes', 'treatment', 'frequency'],
  },
  // why: "is nasal speech common in it" asks symptoms; "would palate surgery help" asks treatment; "chances our next baby has it" asks inheritance
  {
    message:
      'Our daughter has 22q11.2 deletion syndrome and her speech is very nasal and hard to follow, air seems to come out of her nose when she talks. Is nasal speech common with 22q11.2 deletion syndrome? Would surgery on her palate help? And what are the chances our next baby has it too?',
    focus: '22q11.2 deletion syndrome',
    types: ['symptoms', 'treatment', 'inheritance'],
  },
];
