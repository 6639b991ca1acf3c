/**
 * "work" set: 40 messages about working life with a rare or chronic condition. Written by employees (drivers,
 * shift workers, tradespeople, nurses, a pilot, cabin crew), and by managers, HR advisers and occupational
 * health nurses writing about an employee. They ask about fitness for a job, whether to tell the employer,
 * adjustments, returning after diagnosis or surgery, contagion worries from colleagues, and the medical
 * questions that come with that. 8 messages have a medicine as focus (one named only in the subject line); 13
 * have a subject line. Mixes abbreviations (MG, HAE, FMF, IIH, RP, MS, HCM, PNH, LAM, EDS), misspellings and
 * other conditions or medicines named in passing.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 0.975, type F1 0.579 (see BENCHMARKS.md).
 * Scored by work.test.ts and by `npx tsx test/understand/support/score-messages.ts --work --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const WORK_MESSAGES: ConsumerMessage[] = [
  {
    // "can someone with narcolepsy go back to driving for a living" = lifestyle; "get worse with age" = prognosis; "could she have got it from me" = inheritance.
    subject: 'HGV licence and narcolepsy',
    message:
      "I've driven lorries for 22 years and last month the sleep clinic confirmed narcolepsy after I nodded off in a loading bay. The DVLA form is sitting on my kitchen table. Can someone with narcolepsy ever go back to driving for a living if the tablets work? Does it tend to get worse with age or stay about the same? My daughter is 15 and already sleeps a lot, is this something she could have got from me?",
    focus: 'narcolepsy',
    types: ['lifestyle', 'prognosis', 'inheritance'],
  },
  {
    // "when to take it on nights" = drug_usage; "is coffee ok with it" = interactions.
    message:
      'Nurse here, rotating days and nights. Neurologist started me on modafinil 200mg and said take it in the morning. What do I do on nights - take it before the shift at 7pm, or will that stop me sleeping the next day? And I basically live on coffee at work, is that ok with it?',
    focus: 'modafinil',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "safe to carry on lifting / move him" = lifestyle; "is it catching" = susceptibility; "get worse over time" = prognosis.
    subject: 'Employee with myasthenia gravis - warehouse role',
    message:
      "Hello, I manage a distribution warehouse. One of our pickers has told us he has MG and is on tablets for it. He says his arms get weak towards the end of a shift and his eyelids droop. We want to support him properly. Is it safe for him to carry on lifting boxes of up to 20kg, or should we move him to a different role? A couple of the team have asked me whether it is catching and I'd like to be able to reassure them. Also, is it likely to get worse over time?",
    focus: 'MG',
    types: ['lifestyle', 'susceptibility', 'prognosis'],
  },
  {
    // "is that the pyridostigmine doing it" = side_effects; "take it with food / move the lunchtime dose" = drug_usage (one type).
    message:
      "I'm a primary school teacher with myasthenia gravis and take pyridostigmine 60mg four times a day. Since the dose went up I get stomach cramps and have to rush to the toilet, which is not easy when you have 30 seven-year-olds. Is that the pyridostigmine doing it? Could I take it with food to calm it down, and is it ok to move the lunchtime dose so it lands in my break?",
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "do I have to tell the salon owner" and "what changes at work help" = lifestyle (one type); "keep getting worse as I get older" = prognosis.
    message:
      'hi, 29, hairdresser, diagnosed with hypermobile EDS in the spring. standing all day and holding my arms up is killing my shoulders and my wrist subluxed twice last month mid-cut. do I have to tell the salon owner about the EDS? and what changes at work actually help people like me, stools, splints?? am I going to keep getting worse as I get older or does it settle',
    focus: 'EDS',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "end up needing a wheelchair" = prognosis; "anything in trials" = research; "is walking all day bad or good" = lifestyle.
    message:
      "I'm a postman with Charcot Marie Tooth. I walk rounds of 10+ miles a day and lately I'm tripping on kerbs and my ankles keep rolling. My manager has offered me a van round instead. Realistically, will I end up needing a wheelchair? Is there anything in trials at the moment that might slow it down? I'd like to stay on foot as long as I can - is walking all day bad for the nerves, or good for keeping me strong?",
    focus: 'Charcot Marie Tooth',
    types: ['prognosis', 'research', 'lifestyle'],
  },
  {
    // "could the dust and fumes have caused it" = association; "back to his old role / kept out of dusty areas" = lifestyle; "can they catch it" = susceptibility; "likely to come back" = prognosis.
    subject: 'Return to work advice - sarcoidosis',
    message:
      "I am an occupational health nurse at a steel foundry. An employee (52, furnace operator) has been off for four months with sarcoidosis affecting his lungs and is now on a reducing course of prednisolone. He asks whether the dust and fumes at the foundry could have caused it. We need to decide whether he can go back to his old role in the melt shop or should be kept out of dusty areas altogether. Some of his colleagues have heard it is 'like TB' and are asking if they can catch it from him. Finally, is it likely to come back once the steroids stop? Any referenced information would be appreciated.",
    focus: 'sarcoidosis',
    types: ['association', 'lifestyle', 'susceptibility', 'prognosis'],
  },
  {
    // "is the work bringing these on" = cause (what brings on attacks); "stop the attacks happening in the first place" = prevention.
    message:
      "I'm a joiner and I have HAE. Any time I bang my hand with a hammer or spend a day on the vibrating sander I get swelling the next day, sometimes my whole hand and arm. Is the work actually bringing these on? What can I do to stop the attacks happening in the first place, not just treating them when they come?",
    focus: 'HAE',
    types: ['cause', 'prevention'],
  },
  {
    // "anything that can cut down how many attacks" = prevention; "official letter for HR" = other (paperwork).
    subject: 'sick days',
    message:
      'I have FMF and get attacks of fever and stomach pain about once a month, each lasting 2-3 days. I am already on colchicine. My absence record at work has now triggered an HR review. Is there anything that can cut down how many attacks I get? And can I get some kind of official letter or information sheet explaining the condition that I can hand to HR?',
    focus: 'FMF',
    types: ['prevention', 'other'],
  },
  {
    // "ok to keep driving for work" = lifestyle; "lose some of my sight permanently" = complications; "is weight loss really the treatment" = treatment.
    message:
      'Diagnosed with IIH after my optician spotted swollen discs. I drive about 30k miles a year as a sales rep. Am I OK to keep driving for work? How likely is it that I lose some of my sight permanently? The neuro says losing weight is the main treatment, is that really it?',
    focus: 'IIH',
    types: ['lifestyle', 'complications', 'treatment'],
  },
  {
    // "how long does recovery take" and "can the tumour come back" = prognosis (one type); "would I need injections" = treatment.
    subject: 'back to work after pituitary surgery',
    message:
      'Had transsphenoidal surgery 3 weeks ago for acromegaly. Office job, mostly computer work, 40 minute commute on the train. How long does recovery normally take before people go back to work? Can the tumour come back, and if it does would I need injections?',
    focus: 'acromegaly',
    types: ['prognosis', 'treatment'],
  },
  {
    // "is outdoor work in hot weather ok" = lifestyle; "what signs to look out for in a crisis" = symptoms.
    message:
      'I have Addisons and work on a building site. The summer was hard, I was dizzy and sick a couple of times in the heat. Is outdoor work in hot weather ok with this condition or am I pushing my luck? My foreman wants to know what signs to look out for in case I go into a crisis on site.',
    focus: 'Addison disease',
    types: ['lifestyle', 'symptoms'],
  },
  {
    // "could long shifts without food trigger my attacks" = cause; "could my sister have the same gene" = inheritance.
    message:
      "I work 12 hour shifts at a bakery and often don't get to eat properly. I was diagnosed with acute intermittent porphyria after two hospital admissions with awful stomach pain. Could the long shifts without food be what triggers my attacks? My sister wants to know if she could have the same gene.",
    focus: 'acute intermittent porphyria',
    types: ['cause', 'inheritance'],
  },
  {
    // "how quickly does the sight go" = prognosis; "retrain or keep going with better lighting" = lifestyle; "gene therapy I could get into" = research.
    message:
      "Electrician, 38. RP diagnosed 5 yrs ago, night vision basically gone and now I'm starting to miss things at the sides. I do a lot of callouts in dark lofts and basements. How quickly does the sight usually go? Is there any point retraining now or can I keep going with better lighting? Read about gene therapy for RP - is there anything like that I could get into?",
    focus: 'RP',
    types: ['prognosis', 'lifestyle', 'research'],
  },
  {
    // "should I still be working at height" = lifestyle.
    message:
      "Scaffolder with Meniere's disease - had two spinning attacks this year, both on the ground thank God. Should I still be working at height?",
    focus: "Meniere's disease",
    types: ['lifestyle'],
  },
  {
    // "could flashing beacons set off a seizure" = cause; "what jobs would be safe" = lifestyle; "what should colleagues do if it happens" = treatment (managing a seizure).
    subject: 'Staff member had a seizure at work',
    message:
      'One of my production line staff had a seizure on the shop floor yesterday. She has told us she has epilepsy and had been seizure-free for years until her tablets were changed. We have flashing warning beacons on some machines - could those set off a seizure? What jobs would be safe for her in the meantime (she normally operates a press)? And what should colleagues do if it happens again?',
    focus: 'epilepsy',
    types: ['cause', 'lifestyle', 'treatment'],
  },
  {
    // "can Keppra cause mood changes" = side_effects; "ok to have a couple of drinks" = interactions.
    message:
      "Been on Keppra 500mg twice a day for 3 months. I'm usually easy going but I've been snapping at people at work and my manager has had a quiet word. Can Keppra cause mood changes like that? Work Christmas party is next week, am I ok to have a couple of drinks?",
    focus: 'Keppra',
    types: ['side_effects', 'interactions'],
  },
  {
    // "will it get worse to the point I can't work" = prognosis; "how do people manage full-time work, tell the employer early" = lifestyle.
    message:
      "Just been diagnosed with relapsing MS at 31. I'm an accountant and busy season is coming up, and I'm so tired all the time. Will it get worse to the point where I can't work? How do other people with MS manage full-time work - did they tell their employer early? I'm scared they'll see me differently.",
    focus: 'MS',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "can customers catch it / is it infectious" = susceptibility; "when can I get back to lifting stock pots" = lifestyle.
    message:
      "I'm a chef and I've just had part of my bowel removed for Crohn's disease. My head chef asked (half joking I think) whether customers can catch it from my cooking. Is it infectious in any way? And when can I get back to lifting heavy stock pots after the operation?",
    focus: "Crohn's disease",
    types: ['susceptibility', 'lifestyle'],
  },
  {
    // "is feeling sick and foggy normal from methotrexate" = side_effects; "switch to Friday night" = drug_usage; "glass of wine" = interactions.
    subject: 'methotrexate and work',
    message:
      'I take methotrexate weekly for psoriatic arthritis, on a Sunday night. Every Monday I feel sick and foggy at work. Is that normal from methotrexate? Would it be ok to switch to Friday night so it is over by the weekend? And can I still have a glass of wine on Saturday if I do that?',
    focus: 'methotrexate',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  {
    // "ok to skip the second dose" = drug_usage; "still groggy from it when I drive" = side_effects; "how to keep it safe while away" = storage_disposal.
    message:
      "I take sodium oxybate for narcolepsy, two doses a night. I'm starting a new job with a 6am start, which means my second dose would be around 3am. Is it ok to skip the second dose on work nights? Will I still be groggy from it when I drive in at 5.30? Also we have a hotel stay for training next month - how should I keep it safe while I'm away?",
    focus: 'sodium oxybate',
    types: ['drug_usage', 'side_effects', 'storage_disposal'],
  },
  {
    // "does it lower your immune system" = side_effects; "would I have to stop it to have a baby" = contraindications.
    message:
      "I have sickle cell and work in a children's nursery. My haematologist wants to start me on hydroxyurea. Does it lower your immune system? I already pick up everything the kids have. We are also hoping to have a baby in the next year or two, would I have to stop it?",
    focus: 'hydroxyurea',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "can the cold be bringing them on" = cause; "what can I do to stop them at work" = prevention; "does sickle cell count as disabled" = other (legal/HR).
    message:
      'My job is in a frozen food warehouse, in and out of the cold store all day. I have sickle cell anaemia and had three crises this winter. Can the cold be bringing them on? What can I do to stop them happening at work - more breaks, drinking more water? Also HR asked if I count as disabled, does sickle cell count?',
    focus: 'sickle cell anaemia',
    types: ['cause', 'prevention', 'other'],
  },
  {
    // "do the pens have to be kept in the fridge" and "how do I get rid of used pens" = storage_disposal (one type); "ok to do it a day or two late" = drug_usage.
    subject: 'Travelling for work with Humira',
    message:
      "I'm on fortnightly injections for ankylosing spondylitis and I'm away on site visits for 10 days next month, including two flights. Do the pens have to stay in the fridge the whole time, or can they be out for a few days? Can I take used pens through airport security, or how do I get rid of them while I'm away? If my injection day falls on a travel day, is it ok to do it a day or two late?",
    focus: 'Humira',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "are colleagues at risk of having caught it" and "is she still infectious" = susceptibility (one type); "should everyone be tested" = diagnosis.
    subject: 'Colleague diagnosed with TB',
    message:
      'I work in HR for a company of about 60 people in an open-plan office. One of our staff has been diagnosed with tuberculosis and is off sick. People are anxious. Are her colleagues at risk of having caught it? Should everyone in the office be tested? And once she has been on treatment for a while, will she still be infectious when she comes back?',
    focus: 'tuberculosis',
    types: ['susceptibility', 'diagnosis'],
  },
  {
    // "carry on with training and do procedures" = lifestyle (work); "damage my liver long term" = complications.
    message:
      'Student nurse, my placement bloods came back showing chronic hep B. Can I carry on with my training and doing procedures? Could it damage my liver long term?',
    focus: 'hepatitis B',
    types: ['lifestyle', 'complications'],
  },
  {
    // "could I have got it from the lambing" = association (named exposure as cause); "can my wife or worker catch it" = susceptibility; "will this ever go away" = prognosis.
    message:
      "Sheep farmer, 44. Had a horrible flu in April just after lambing, ended up in hospital and they said it was Q fever. Could I have got it from the lambing? Can my wife or the lad who works for me catch it off me? It's now September and I'm still absolutely wiped out, will this ever go away?",
    focus: 'Q fever',
    types: ['association', 'susceptibility', 'prognosis'],
  },
  {
    // "infusions at home or in the evening" = treatment; "still be able to walk in ten years" = prognosis.
    subject: 'Late onset Pompe disease - infusions and work',
    message:
      'I was diagnosed at 41 and have started enzyme replacement infusions every two weeks at the hospital, which takes most of a day each time. My employer has been good so far but it is a lot of time off. Is it possible to have the infusions at home or in the evening? Will I still be able to walk in ten years?',
    focus: 'Pompe disease',
    types: ['treatment', 'prognosis'],
  },
  {
    // "is the sleepiness part of the condition" = symptoms; "chances my kids have it / worse in each generation" = inheritance (one type).
    message:
      "I was diagnosed with myotonic dystrophy type 1 after my mum was. I work in IT and keep falling asleep in afternoon meetings, which is getting embarrassing. Is the sleepiness actually part of the condition or am I just lazy? My boss has noticed my hands lock up on the mouse too. I've got two kids - what are the chances they have it, and is it true it can be worse in each generation?",
    focus: 'myotonic dystrophy type 1',
    types: ['symptoms', 'inheritance'],
  },
  {
    // "fitness tests and breathing apparatus again" = lifestyle; "risk of dropping dead on a job" = complications (sudden cardiac death); "could my boys have inherited it" = inheritance.
    message:
      "Firefighter, 34, just been told I have HCM after a routine medical picked up a murmur. I've been stood down from operational duties until cardiology review me. Will I be allowed to do the fitness tests and wear breathing apparatus again? What's the actual risk of me dropping dead on a job? And could my two boys have inherited it?",
    focus: 'HCM',
    types: ['lifestyle', 'complications', 'inheritance'],
  },
  {
    // "keep a class 1 medical" = lifestyle (work: flying); "can fever bring on dangerous rhythms" = cause (what brings on its attacks).
    subject: 'Commercial pilot - Brugada syndrome',
    message:
      "I fly for a regional airline. After my father had a cardiac arrest I had a screening ECG, which showed a type 1 Brugada pattern, and I'm grounded while it's looked into. Is it possible to keep a class 1 medical with Brugada syndrome? I've also read that a fever can bring on the dangerous rhythms - is that true?",
    focus: 'Brugada syndrome',
    types: ['lifestyle', 'cause'],
  },
  {
    // "do I need to leave painting" = lifestyle; "lungs keep getting worse" = prognosis; "can it affect the liver" = complications.
    message:
      "I'm a spray painter in a car body shop and was diagnosed with alpha 1 antitripsin deficiency (ZZ) at 36 after getting breathless. My consultant said I should think about my job. Do I really need to give up painting if I wear a proper mask? Will my lungs keep getting worse even though I've never smoked? Can it affect the liver as well?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['lifestyle', 'prognosis', 'complications'],
  },
  {
    // "is the exhaustion the PNH itself" = symptoms; "can PNH cause blood clots" = complications; "is a long haul flight ok" = lifestyle (travel).
    message:
      'i have PNH and work in a call centre. always exhausted and out of breath on the stairs, is that the PNH itself? can PNH cause blood clots? work is sending me to the US for a week of training, is a long haul flight ok',
    focus: 'PNH',
    types: ['symptoms', 'complications', 'lifestyle'],
  },
  {
    // "how does it usually progress" = prognosis; "organisations that advise employers, specialists" = find_specialist.
    subject: "Supporting an employee with Huntington's disease",
    message:
      "I'm an HR adviser. An employee in our finance team (48) has told us he has it, and his manager has noticed more mistakes, some clumsiness and a couple of uncharacteristic outbursts. We want to plan ahead sensibly and fairly. How does it usually progress over the next few years? Are there organisations that give advice to employers, or specialists he could be referred to?",
    focus: "Huntington's disease",
    types: ['prognosis', 'find_specialist'],
  },
  {
    // "what causes it" = cause; "do the botox injections work well enough" = treatment.
    message:
      'Call centre worker, 8 hours on the phone a day. ENT says I have spasmodic dysphonia and my voice keeps breaking up mid-call. What causes it? Do the botox injections actually work well enough to keep doing a phone job?',
    focus: 'spasmodic dysphonia',
    types: ['cause', 'treatment'],
  },
  {
    // "does it make you drowsy or dizzy" = side_effects; "problem mixing with ibuprofen" = interactions.
    message:
      'I drive a forklift and my GP has put me on carbamazepine for trigeminal neuralgia. Does it make you drowsy or dizzy? I also take ibuprofen for my back most days, any problem mixing them?',
    focus: 'carbamazepine',
    types: ['side_effects', 'interactions'],
  },
  {
    // "mention it at the interview or wait" = lifestyle (work); "do tics get better with age" = prognosis.
    message:
      'got a job interview next week. I have tourettes, mostly vocal tics (sniffing, throat noises) that get worse when im nervous. should i mention it at the interview or wait till i start? do tics usually get better as you get older? im 23',
    focus: 'Tourette syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is HS contagious" = susceptibility; "what actually causes it" = cause.
    message:
      "I have hidradenitis suppurativa in my armpits and groin. Last week a colleague refused to share the work van with me after seeing my dressings and said it's an infection. Is HS contagious? People keep hinting it's from not washing, what actually causes it? It's really upsetting.",
    focus: 'hidradenitis suppurativa',
    types: ['susceptibility', 'cause'],
  },
  {
    // "safe to keep flying as part of my job" = lifestyle; "will it get worse" = prognosis.
    subject: 'cabin crew with LAM',
    message:
      "I'm 33 and work as cabin crew. After a collapsed lung last year I was diagnosed with LAM. Is it safe for me to keep flying as part of my job? Will it get worse?",
    focus: 'LAM',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "how long to get back to full strength" = prognosis; "could the flu jab have set it off or make it happen again" = association (named exposure).
    message:
      "Back at work (office) 4 months after Gullain Barre, on a phased return. Legs still weak and I'm shattered by lunchtime. How long does it usually take to get back to full strength? Work is running a flu jab clinic next month - could a flu jab have been what set it off, or make it happen again?",
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis', 'association'],
  },
];
