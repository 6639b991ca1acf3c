/**
 * "autonomic" set. Messages about conditions of the autonomic nervous system and fainting (postural
 * orthostatic tachycardia syndrome, familial dysautonomia, multiple system atrophy, pure autonomic failure,
 * vasovagal syncope, orthostatic hypotension): salt and fluids, medicines, exercise, school and work, with
 * other questions. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 0.950, type F1 0.881).
 * Scored by autonomic.test.ts and by `npx tsx test/understand/support/score-messages.ts --autonomic
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const AUTONOMIC_MESSAGES: ConsumerMessage[] = [
  // why: only asks what the condition is -> information
  {
    message:
      'what is pure autonomic failure?? the neurologist wrote it on dads letter and nobody explained anything',
    focus: 'pure autonomic failure',
    types: ['information'],
  },
  // why: asks how to stop a medicine (taper) -> drug_usage; asks whether weight gain comes from it -> side_effects
  {
    message:
      "I've been on fludrocortisone for my POTS since last autumn. My symptoms are much better in the winter, can I just stop taking it then or do I have to come off slowly? Also my face looks puffy and I've put on 4 kg, is that the fludrocortisone doing it?",
    focus: 'fludrocortisone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: the chance a baby has it is inheritance; the Ashkenazi background is story
  {
    message:
      "Hi. My husband and I are both Ashkenazi Jewish. My sister's little boy was just diagnosed with familial dysautonomia. We are planning to start a family next year - what are the chances our baby would have it?",
    focus: 'familial dysautonomia',
    types: ['inheritance'],
  },
  // why: life expectancy -> prognosis; anything to slow it down -> treatment
  {
    message:
      'my husband was diagnosed with MSA in march. how long do people usually live with it? is there anything at all that slows it down, the neuro just said keep on the levodopa',
    focus: 'multiple system atrophy',
    types: ['prognosis', 'treatment'],
  },
  // why: asks only how to stop the faints happening -> prevention (vasovagal fainting is syncope)
  {
    message:
      'Our daughter is 15 and faints every time she sees blood or has an injection, she was checked and they said it is vasovagal. What can she do to stop the faints from happening?',
    focus: 'syncope',
    types: ['prevention'],
  },
  // why: asks only why it happens -> cause
  {
    message:
      "My grandad is 82 and gets very dizzy when he stands up, twice he nearly went over. GP says orthostatic hypotension. What causes it? He isn't on any blood pressure pills so we don't understand.",
    focus: 'orthostatic hypotension',
    types: ['cause'],
  },
  // why: fridge question -> storage_disposal; a forgotten dose -> drug_usage
  {
    subject: 'Northera questions',
    message:
      'Hello, I have just been started on Northera (droxidopa) capsules. Do they need to go in the fridge? And if I forget my lunchtime dose should I take it late or just skip it?',
    focus: 'droxidopa',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: how the medicine works for POTS -> indication; whether it causes cramps -> side_effects; focus is the medicine
  {
    message:
      'cardiologist wants me to try mestinon for my POTS. isnt that a myasthenia drug?? how is it supposed to help pots. and will it give me stomach cramps, my friend who takes it says it ruins her stomach',
    focus: 'pyridostigmine',
    types: ['indication', 'side_effects'],
  },
  // why: teacher asking about classroom adjustments -> lifestyle; whether she grows out of it -> prognosis
  {
    message:
      'I am a year 9 form tutor. One of my students has recently been diagnosed with postural orthostatic tachycardia syndrome and has fainted twice in assembly. What adjustments should we be making for her in school (standing in lines, PE, exams)? Her mum asked me if children usually grow out of it - is that true?',
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: which gene -> genetic_changes; a test -> diagnosis; how rare -> frequency
  {
    message:
      'Which gene is responsible for familial dysautonomia? Is there a blood test for it, and how rare is it in people who are not Jewish?',
    focus: 'familial dysautonomia',
    types: ['genetic_changes', 'diagnosis', 'frequency'],
  },
  // why: two conditions; could my signs be POTS -> diagnosis; link between EDS and POTS -> association
  {
    message:
      'I have hypermobile Ehlers-Danlos, diagnosed at 19. For about a year I get a racing heart and go grey whenever I stand in a queue or a hot shower. Could this be POTS? I keep reading that lots of people with EDS have POTS too - are they actually connected?',
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['diagnosis', 'association'],
  },
  // why: two conditions; how it is told apart from Parkinson's -> diagnosis
  {
    message:
      "My husband was told 3 years ago he has Parkinson's but the levodopa never did anything and now he's fainting and has bladder problems. A new neurologist mentioned multiple system atrophy. How do they tell MSA apart from Parkinson's disease?",
    focus: 'multiple system atrophy',
    types: ['diagnosis'],
  },
  // why: two other conditions named; turning into another condition -> complications; wheelchair -> prognosis
  {
    message:
      'Dad (68) has pure autonomic failure. I read online that some people with PAF later turn out to have Parkinsons or MSA. Can PAF turn into one of those? and will he end up in a wheelchair eventually',
    focus: 'pure autonomic failure',
    types: ['complications', 'prognosis'],
  },
  // why: second-language English; where to find a doctor -> find_specialist; a medicine for the crises -> treatment
  {
    message:
      'Hello, my son 9 years have the diagnosis of familial disautonomia. We live in Brazil, interior of Minas Gerais. Where I can find doctor who know this disease? Also exist some medicine for the crisis of vomit, he have them every month and stay in hospital. Thank you so much',
    focus: 'familial dysautonomia',
    types: ['find_specialist', 'treatment'],
  },
  // why: how much salt and water to have a day is diet -> lifestyle
  {
    message: "how much salt n water r u meant to have a day with pots?? my gp just said 'more' lol",
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['lifestyle'],
  },
  // why: breastfeeding precaution -> contraindications
  {
    message:
      'Is fludrocortisone safe to take while breastfeeding? My baby is 6 weeks old and my orthostatic symptoms have come back with a vengeance.',
    focus: 'fludrocortisone',
    types: ['contraindications'],
  },
  // why: alcohol with the medicine -> interactions; whether low potassium comes from it -> side_effects
  {
    message:
      'can i have a glass of wine at my sisters wedding while on florinef? also had bloods last week and potassium was low, could the florinef be causing that',
    focus: 'fludrocortisone',
    types: ['interactions', 'side_effects'],
  },
  // why: asks what the medicine is for here -> indication; focus is the medicine
  {
    message:
      'Why would a cardiologist give propranolol for POTS? I thought propranolol was a blood pressure tablet and my blood pressure is already low.',
    focus: 'propranolol',
    types: ['indication'],
  },
  // why: trying for a baby -> contraindications; with the pill -> interactions
  {
    message:
      'I was put on ivabradine for POTS 3 months ago and it has honestly changed my life. My partner and I want to try for a baby next year - is it ok to be on it when trying to get pregnant? And does it interfere with my contraceptive pill in the meantime?',
    focus: 'ivabradine',
    types: ['contraindications', 'interactions'],
  },
  // why: what it is -> information; is there treatment -> treatment
  {
    message:
      'They found ganglionic acetylcholine receptor antibodies in my blood and the doctor said autoimmune autonomic ganglionopathy. I had never heard of it. What is it exactly, and can it be treated?',
    focus: 'autoimmune autonomic ganglionopathy',
    types: ['information', 'treatment'],
  },
  // why: is there a treatment -> treatment; chance for the next baby -> inheritance; which gene -> genetic_changes
  {
    message:
      'Our daughter (4) has just been diagnosed with dopamine beta-hydroxylase deficiency after years of fainting and droopy eyelids. Is there any treatment for it? Which gene is it in? We would love another child - what is the chance the next baby has it as well?',
    focus: 'dopamine beta-hydroxylase deficiency',
    types: ['treatment', 'genetic_changes', 'inheritance'],
  },
  // why: could my signs be it -> diagnosis; could the named exposure (radiation) have caused it -> association
  {
    message:
      'Five years ago I had radiotherapy to my neck for throat cancer. Now my blood pressure swings from 90 to 220 within an hour and I get pounding headaches and flushing. Could this be baroreflex failure? Could the radiation have caused it?',
    focus: 'baroreflex failure',
    types: ['diagnosis', 'association'],
  },
  // why: whether not sweating belongs to the condition -> symptoms
  {
    message:
      'does CIPA mean he cant sweat at all?? our boy gets so hot in summer his temperature goes up to 39 and there is never a drop of sweat on him',
    focus: 'congenital insensitivity to pain with anhidrosis',
    types: ['symptoms'],
  },
  // why: work and driving are both daily life -> lifestyle once
  {
    subject: 'fainting at work',
    message:
      'i work 10 hour shifts on my feet in a packing factory and keep passing out, hospital says its vasovagal syncope and im fine. can i keep doing this job?? and am i allowed to drive',
    focus: 'syncope',
    types: ['lifestyle'],
  },
  // why: stockings and other treatments -> treatment; brain damage from it -> complications; driving -> lifestyle
  {
    message:
      'My mum is 79 and has orthostatic hypotension, she fell last week and broke her wrist. Are compression stockings any good, or what other treatments are there apart from more tablets? Could the low blood pressure be harming her brain over time? And should she still be driving?',
    focus: 'orthostatic hypotension',
    types: ['treatment', 'complications', 'lifestyle'],
  },
  // why: whether a sign belongs to the condition -> symptoms
  {
    message:
      'My husband has MSA (the cerebellar type). Lately he snores terribly and shouts and kicks in his sleep. Is that part of the MSA?',
    focus: 'multiple system atrophy',
    types: ['symptoms'],
  },
  // why: how common -> frequency
  {
    message: 'How common is multiple system atrophy?',
    focus: 'multiple system atrophy',
    types: ['frequency'],
  },
  // why: trials -> research; best clinic -> find_specialist
  {
    subject: 'PAF - trials?',
    message:
      "I was diagnosed with pure autonomic failure last year at 61. Are there any clinical trials I could join? And where are the best autonomic clinics in the US? I'm in Ohio but would travel.",
    focus: 'pure autonomic failure',
    types: ['research', 'find_specialist'],
  },
  // why: a named exposure (covid) asked as its cause -> association; back to normal -> prognosis
  {
    message:
      'my girlfriend got POTS after she had covid in 2022, before that she was running half marathons. could covid really have caused it? will she ever get back to how she was',
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['association', 'prognosis'],
  },
  // why: signs in babies -> symptoms; could my baby have it -> diagnosis
  {
    message:
      "What are the signs of familial dysautonomia in a newborn? My baby boy is 10 days old, he can't suck properly, he is floppy and he doesn't make tears when he cries. Could he have it?",
    focus: 'familial dysautonomia',
    types: ['symptoms', 'diagnosis'],
  },
  // why: a problem it can lead to -> complications
  {
    message:
      'Our son is 17 and has FD (familial dysautonomia). His doctor mentioned his kidneys at the last visit. Can FD damage the kidneys as he gets older?',
    focus: 'familial dysautonomia',
    types: ['complications'],
  },
  // why: brain fog part of it -> symptoms; tilt test -> diagnosis; medicines -> treatment; missing school -> lifestyle
  {
    message:
      'Hi, my daughter is 16 and her GP thinks she has postural orthostatic tachycardia syndrome. Her heart goes up to 150 when she stands, she is exhausted and she says her head is full of cotton wool - is the brain fog part of POTS as well? The hospital wants her to have a tilt table test, is that how they confirm it? what does it involve? If it is POTS what medicines are there, because we were told about midodrine and I am scared of her being on tablets at 16. She has missed half of this term at school, could she go part time? Sorry for the long message, we are just lost.',
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['symptoms', 'diagnosis', 'treatment', 'lifestyle'],
  },
  // why: whether fainting runs in the family -> inheritance
  {
    message:
      'Is vasovagal syncope hereditary? My mum faints, I faint, and now my 8 year old son has started fainting too.',
    focus: 'syncope',
    types: ['inheritance'],
  },
  // why: two conditions; whether they are the same -> information; should I be tested -> diagnosis
  {
    message:
      'I was diagnosed with vasovagal syncope 10 years ago. My new doctor thinks it may actually be POTS. Is POTS the same thing as vasovagal syncope? Should I be tested for POTS?',
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: what exercise is safe -> lifestyle
  {
    message:
      'What kind of exercise is safe with postural tachycardia syndrome? I used to play netball but even walking to the shop wipes me out now. Someone mentioned a rowing machine programme?',
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['lifestyle'],
  },
  // why: is the tiredness from the medicine -> side_effects; taking it at night -> drug_usage
  {
    message:
      'I take metoprolol 25mg twice a day for POTS and I am SO tired all the time, I fall asleep at my desk. is that the metoprolol? can I take the whole dose at night instead',
    focus: 'metoprolol',
    types: ['side_effects', 'drug_usage'],
  },
  // why: what the medicine contains -> ingredients; the medicine is named only in the subject line
  {
    subject: 'Florinef tablets',
    message: "Does it have lactose in it? I'm very lactose intolerant and just been prescribed it.",
    focus: 'fludrocortisone',
    types: ['ingredients'],
  },
  // why: two conditions; whether Parkinson's is causing the low BP -> association; what can be done -> treatment
  {
    message:
      "My father (74) has Parkinson's disease and now also orthostatic hypotension - his BP drops to 80/50 when he stands and he has had two falls. Is the low blood pressure because of the Parkinson's? What can be done for it?",
    focus: 'orthostatic hypotension',
    types: ['association', 'treatment'],
  },
  // why: what it is for and how it works -> indication; BP too high lying down -> side_effects; insurance -> other
  {
    message:
      "My neurologist suggested droxidopa for my pure autonomic failure. What is droxidopa actually for and how does it work? Can it make my blood pressure too high when I lie down at night? And is it usually covered by Medicare, I heard it's very expensive.",
    focus: 'droxidopa',
    types: ['indication', 'side_effects', 'other'],
  },
  // why: an exposure raising the risk -> susceptibility; preventing it -> prevention
  {
    message:
      'My dad died of multiple system atrophy two years ago. We farmed together for 30 years and sprayed a lot of pesticides. Does pesticide exposure raise the risk of getting MSA? Is there anything I can do to prevent it happening to me?',
    focus: 'multiple system atrophy',
    types: ['susceptibility', 'prevention'],
  },
];
