/**
 * A third set of consumer messages, written to be as messy as real mail to an information center: long
 * stories before the question, no capitals or punctuation, typos, greetings and signatures, several
 * questions in one message, and about a third about medicines (people ask about their pills as often as
 * about their conditions). Written for this project before the rules and training questions were
 * changed against it; its first score is kept in BENCHMARKS.md as the one taken on unseen wording. None is
 * taken or paraphrased from MedQuAD, LiveQA or the classifier's training list. Scored by messy.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --messy --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MESSY_MESSAGES: ConsumerMessage[] = [
  // ── conditions ──
  {
    // the question after the story asks what can be done: treatment
    message:
      'hi there, my dad is 81 and was told last year he has macular degeneration the dry kind. he can still read a little with a magnifier but its getting worse every month. is there anything at all they can do for the dry type or is it just wait and see. thanks, Carol',
    focus: 'macular degeneration',
    types: ['treatment'],
  },
  {
    // "what brings it on" asks for causes
    message:
      'I am 34 and have had 3 attacks of pancreatitis this year, I dont drink at all. what brings it on if its not alcohol??',
    focus: 'pancreatitis',
    types: ['cause'],
  },
  {
    // how it is found out: diagnosis
    message:
      'Good morning. My son (7) has been wetting the bed again after being dry for 2 years and drinks water all the time. Our neighbour said it could be diabetes. How would the doctor check for that?',
    focus: 'diabetes',
    types: ['diagnosis'],
  },
  {
    // "will she get it too" from a parent: inheritance
    message:
      'My husband was diagnosed with hemochromatosis at 52. We have a daughter who is 20. Is this something she could of inherited from him?',
    focus: 'hemochromatosis',
    types: ['inheritance'],
  },
  {
    // how long people live with it: prognosis
    message:
      'my brother in law just got diagnosed with ALS. nobody in the family knows much about it. how long do people usually live after they find out? we are all in shock',
    focus: 'ALS',
    types: ['prognosis'],
  },
  {
    // whether the signs belong to the condition: symptoms
    message:
      'Dear sir/madam, I have been diagnosed with Hashimotos a few months back. Lately my hair is falling out and I feel cold all the time. Are these symptoms of the Hashimotos? Regards',
    focus: 'Hashimotos',
    types: ['symptoms'],
  },
  {
    // who gets it: susceptibility
    message:
      'who usually gets gallstones? im a 28 yr old guy and just had my gallbladder out and the surgeon said i was young for it',
    focus: 'gallstones',
    types: ['susceptibility'],
  },
  {
    // keeping it from coming back: prevention
    message:
      'i had a kidney stone last month and i never want to go through that pain again. what can i do so i dont get another one? i drink alot of soda',
    focus: 'kidney stone',
    types: ['prevention'],
  },
  {
    // two questions: what it is, and whether it is serious (outlook)
    message:
      'My doctor wrote sarcoidosis on my lab form and said we would talk next week. What is sarcoidosis and is it serious?',
    focus: 'sarcoidosis',
    types: ['information', 'prognosis'],
  },
  {
    // looking for a doctor who knows the condition: find_specialist
    message:
      'We live in ohio and my daughter has Ehlers Danlos, the hypermobile type. Her pediatrician admits he doesnt know much about it. Where can we find a doctor who really understands EDS?',
    focus: 'Ehlers Danlos',
    types: ['find_specialist'],
  },
  {
    // studies for a rare disease: research
    message:
      'My son has Duchenne muscular dystrophy and is 9. Are there any new studies or trials he could be part of? We would travel anywhere.',
    focus: 'Duchenne muscular dystrophy',
    types: ['research'],
  },
  {
    // what to eat with the condition: lifestyle
    message:
      'just found out i have gout. my uncle said to stop eating red meat and beer. what foods should i avoid and what can i eat with gout?',
    focus: 'gout',
    types: ['lifestyle'],
  },
  {
    // a request for general information with no question mark
    message:
      'Hello, my granddaughter was born last week with a condition called gastroschisis. I would like any information you can send me about it. Thank you very much, Ruth',
    focus: 'gastroschisis',
    types: ['information'],
  },
  {
    // how common it is: frequency
    message:
      'Our baby has been diagnosed with biliary atresia. The doctors keep saying it is very rare. How rare is it actually?',
    focus: 'biliary atresia',
    types: ['frequency'],
  },
  {
    // the gene involved: genetic_changes
    message:
      'My nephew has fragile x syndrome and my sister is being tested now. What gene is involved in it?',
    focus: 'fragile x syndrome',
    types: ['genetic_changes'],
  },
  {
    // what it can lead to: complications
    message:
      'My wife has had high blood pressure for years and doesnt take her pills regularly. What can happen if it is not treated?',
    focus: 'high blood pressure',
    types: ['complications'],
  },
  {
    // a food blamed for the condition: association
    message:
      'I read online that eating too much sugar can give you psoriasis. Is there any truth to that? My flare ups seem worse after christmas',
    focus: 'psoriasis',
    types: ['association'],
  },
  {
    // three questions in one message: cause, treatment, and whether it comes back (prognosis)
    message:
      'My 4 year old got Bells palsy after a cold. Why did this happen to her? How is it treated in kids? Will her face go back to normal?',
    focus: 'Bells palsy',
    types: ['cause', 'treatment', 'prognosis'],
  },
  {
    // a misspelled condition and a plea for help: treatment
    message:
      'PLEASE HELP my son has been diagnosed with osteosarcome in his leg and he is only 15. what are the treatment options. we are so scared',
    focus: 'osteosarcome',
    types: ['treatment'],
  },
  {
    // how it spreads: susceptibility
    message:
      'My daughter has impetigo on her chin. Can her little brother catch it from sharing towels with her?',
    focus: 'impetigo',
    types: ['susceptibility'],
  },
  {
    // symptoms to watch for, in a person at risk
    message: 'My mother died of ovarian cancer and I am 45. What signs should I be looking out for?',
    focus: 'ovarian cancer',
    types: ['symptoms'],
  },
  {
    // diagnosis asked as "what test"
    message:
      'i keep getting headaches and dizzy spells and my doctor mentioned it could be an acoustic neuroma. what kind of scan do they do to see it?',
    focus: 'acoustic neuroma',
    types: ['diagnosis'],
  },
  {
    // a treatment named and asked whether it works: treatment
    message:
      'Has anyone had success with acupuncture for fibromyalgia? I have tried everything my rheumatologist has offered and nothing helps',
    focus: 'fibromyalgia',
    types: ['treatment'],
  },
  {
    // living with it at work: lifestyle
    message:
      'I was diagnosed with epilepsy at 30 and I drive a forklift at work. Can I keep working? What do I tell my boss?',
    focus: 'epilepsy',
    types: ['lifestyle'],
  },
  {
    // the chance that the next baby has it = inheritance, whatever the cause (labeling guide, src/understand/README.md)
    message:
      'Our first baby was born with spina bifida. We want more children. What are the chances it happens again?',
    focus: 'spina bifida',
    types: ['inheritance'],
  },
  {
    // patient organizations: find_specialist
    message:
      'Are there any support groups for parents of kids with Prader-Willi syndrome? We feel very alone.',
    focus: 'Prader-Willi syndrome',
    types: ['find_specialist'],
  },
  {
    // "what causes" and "is it contagious"
    message: 'what causes pink eye and is it contagious? my whole office seems to have it',
    focus: 'pink eye',
    types: ['cause', 'susceptibility'],
  },
  {
    // the outlook after a treatment
    message:
      'my dad had a heart attack in june and got two stents. he is 66. what is his outlook now, can he live a normal life?',
    focus: 'heart attack',
    types: ['prognosis'],
  },
  {
    // a condition with no question: information
    message: 'Looking for information on Marfan syndrome for my son who was just diagnosed.',
    focus: 'Marfan syndrome',
    types: ['information'],
  },
  {
    // reversing a condition: treatment
    message:
      'I was told I have fatty liver from my ultrasound. I am overweight and drink a few beers on weekends. Can fatty liver be reversed?',
    focus: 'fatty liver',
    types: ['treatment'],
  },
  // ── medicines ──
  {
    // how to take it: drug_usage
    message:
      'my doctor put me on levothyroxine 50 mcg. should i take it in the morning or at night and does it matter if i eat first?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  {
    // a missed dose: drug_usage
    message: 'I forgot to take my metformin last night, should I take two this morning or just skip it?',
    focus: 'metformin',
    types: ['drug_usage'],
  },
  {
    // coming off a medicine: drug_usage
    message:
      'I have been on Zoloft for 3 years and feel good now. Can I just stop taking it or do I have to come off slowly?',
    focus: 'Zoloft',
    types: ['drug_usage'],
  },
  {
    // what the medicine does to you: side_effects
    message:
      'my 80 year old mother was started on donepezil for her memory and now she has diarrhea and no appetite. is that from the medicine?',
    focus: 'donepezil',
    types: ['side_effects'],
  },
  {
    // weight gain from a medicine: side_effects
    message: 'does prednisone make you gain weight? i am on 20mg for my asthma and my face looks puffy',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  {
    // two medicines together: interactions
    message: 'Can I take ibuprofen while I am on lisinopril? My back is killing me.',
    focus: 'lisinopril',
    types: ['interactions'],
  },
  {
    // a drink with a medicine: interactions
    message:
      'hi i am on amoxicillin for a tooth infection and its my friends wedding on saturday. is one glass of wine going to be a problem?',
    focus: 'amoxicillin',
    types: ['interactions'],
  },
  {
    // safety in pregnancy: contraindications
    message:
      'I just found out I am 6 weeks pregnant and I have been taking sertraline. Is it safe for the baby?',
    focus: 'sertraline',
    types: ['contraindications'],
  },
  {
    // what the medicine is for: indication
    message:
      'The hospital sent my father home with a prescription for spironolactone. What is that used for? He has heart failure.',
    focus: 'spironolactone',
    types: ['indication'],
  },
  {
    // what is in it: ingredients
    message: 'Does the flu vaccine have egg in it? My son is allergic to eggs.',
    focus: 'flu vaccine',
    types: ['ingredients'],
  },
  {
    // keeping it: storage_disposal
    message:
      'we are going camping for a week. does my insulin need to stay in the fridge or is it ok at room temp?',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // a brand name and a side effect with a dose question
    message:
      'My husband takes Lipitor 40 and has been complaining of muscle aches in his legs. Could the Lipitor be doing this? Should he ask for a lower dose?',
    focus: 'Lipitor',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // how much to take: drug_usage
    message:
      'how many tylenol can i take in one day without hurting my liver? i have bad tooth pain until my dentist appt monday',
    focus: 'tylenol',
    types: ['drug_usage'],
  },
  {
    // a supplement asked about for a condition: indication (what it is good for)
    message: 'Does turmeric actually help with arthritis pain or is it just hype? My knees are bad.',
    focus: 'turmeric',
    types: ['indication'],
  },
  {
    // a medicine with a condition: contraindications
    message: 'I have kidney disease stage 3. Is it safe for me to take naproxen for my headaches?',
    focus: 'naproxen',
    types: ['contraindications'],
  },
];
