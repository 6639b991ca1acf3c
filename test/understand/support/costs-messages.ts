/**
 * "costs" set. Messages that mix money and paperwork (insurance refusing a medicine, costs, benefits, forms,
 * time off work, travel to a specialist center) with the medical questions people ask alongside. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.975, type F1 0.909). Scored by costs.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --costs --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COSTS_MESSAGES: ConsumerMessage[] = [
  // why: one question, what happens if PNH goes untreated -> complications; the appeal is story
  {
    message:
      "Our insurance denied Soliris for my husband, they say it's not medically necessary and the appeal could take months. What happens to someone with PNH if it's left untreated during that time?",
    focus: 'Paroxysmal nocturnal hemoglobinuria',
    types: ['complications'],
  },
  // why: only asks whether the medicine is covered -> other; focus is the medicine
  {
    message:
      'does medicaid cover hydroxyurea?? my daughter has sickle cell and just turned 19 so she lost the kids plan',
    focus: 'hydroxyurea',
    types: ['other'],
  },
  // why: a pill instead of infusions is treatment; help paying is other
  {
    subject: 'Gaucher - cheaper option?',
    message:
      "I have type 1 Gaucher disease and get enzyme infusions every two weeks. My new plan has a 30% coinsurance and I just can't do it. Is there a pill that works instead of the infusions? And are there any programs that help pay for Gaucher treatment?",
    focus: 'Gaucher disease',
    types: ['treatment', 'other'],
  },
  // why: how fast it gets worse is prognosis; the disability form is only the reason for asking
  {
    message:
      "Hello. My wife was diagnosed with Huntington's last year. The disability office sent a form asking her neurologist how her condition will progress over the next five years, and he wrote 'variable'. They rejected it. In general, how quickly does Huntington disease get worse once symptoms start?",
    focus: 'Huntington disease',
    types: ['prognosis'],
  },
  // why: ADA disability status is other; whether nephews/nieces should be tested is diagnosis
  {
    message:
      "I'm 34 with Fabry disease and need a day off every other week for my infusion. My manager is getting annoyed. Does Fabry count as a disability under the ADA so they can't fire me for it? Also my brother has two kids, should they get tested?",
    focus: 'Fabry disease',
    types: ['other', 'diagnosis'],
  },
  // why: how Kalydeco works is indication, liver problems are side effects, with his other meds is interactions
  {
    message:
      "our son (9) has CF and the clinic wants to start Kalydeco. the insurance approved it after 2 months of paperwork, it's like $25,000 a month which is insane. how does it actually work, is it different from his other CF meds? does it hurt the liver? they said he needs blood tests. and can he keep taking his antibiotics and the reflux medicine with it",
    focus: 'ivacaftor',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: cure or lifelong medicine is treatment; insurance is story
  {
    message:
      'Good day, I am from Romania and now living in England, my insurance from home not paying the medicine here. Wilson disease can be cured or I need the medicine for all my life? Thank you',
    focus: 'Wilson disease',
    types: ['treatment'],
  },
  // why: a closer clinic is find_specialist; reimbursement for gas and hotel is other
  {
    message:
      "We drive 5 hours each way to Cincinnati for my daughter's SMA clinic, plus a hotel every time, and I'm missing work. Are there any spinal muscular atrophy specialists or clinics closer to Toledo? And is there any program that reimburses travel costs for these visits?",
    focus: 'Spinal muscular atrophy',
    types: ['find_specialist', 'other'],
  },
  // why: how to take the generic (dose, timing) is drug_usage; the switch to save money is story
  {
    message:
      'My pharmacy switched me from Mestinon to the generic pyridostigmine because my plan only covers generics now. I was on 60 mg every 4 hours while awake. Do I take the generic exactly the same way?',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: wine with Xyrem is interactions; fridge after mixing is storage
  {
    subject: 'xyrem questions',
    message:
      'finally got xyrem approved after 3 denials (copay card brings it down to $35). two things the pharmacist rushed through: can I have a glass of wine with dinner if I take the first dose at bedtime? and once I mix the doses does it have to go in the fridge',
    focus: 'sodium oxybate',
    types: ['interactions', 'storage_disposal'],
  },
  // why: how it works is indication; how to give it is drug_usage; whether insurance must pay is other
  {
    message:
      "My grandson is 4 and has PKU. His doctor wants to try Kuvan but the insurance wants proof it will work for him first, which seems backwards to me. Can you explain how Kuvan works? Does it have to be dissolved in something or can he swallow the tablets whole? And can the insurance company really refuse to pay until he's tried it? I'm his guardian and do all the paperwork.",
    focus: 'sapropterin',
    types: ['indication', 'drug_usage', 'other'],
  },
  // why: stopping the attacks from coming is prevention
  {
    message:
      "insurance ok'd the rescue shots for my HAE but denied the preventive one. i'm having attacks like every week. how do i stop them from happening so often??",
    focus: 'Hereditary angioedema',
    types: ['prevention'],
  },
  // why: when he will stop walking is prognosis; gene therapy being tested is research
  {
    message:
      "I'm filling out the county disability paperwork for my son who has Duchenne muscular dystrophy. He's 7 and still walks but falls a lot. The form asks if he'll need a wheelchair. At what age do boys with Duchenne usually stop walking? And is there research on gene therapy? I keep seeing it on Facebook but don't know what's real.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  // why: what riluzole does and how it works is indication; a cheaper version is other
  {
    message:
      "Dad's riluzole copay just went up to $600 a month. What does it actually do for ALS, how does it work? Is there a cheaper version?",
    focus: 'riluzole',
    types: ['indication', 'other'],
  },
  // why: whether enzyme replacement is the standard therapy and what therapies exist are both treatment
  {
    message:
      "I have late-onset Pompe disease. My employer switched insurance and the new company says enzyme replacement for adults is 'experimental' and won't pay. Is that true? What treatments are there for adults with Pompe?",
    focus: 'Pompe disease',
    types: ['treatment'],
  },
  // why: life expectancy is prognosis, a physical job is lifestyle, life insurance refusal is other
  {
    message:
      '23 y/o guy with Marfan syndrome. Just got turned down for life insurance because of it. Is my life expectancy actually shorter? I work in a warehouse lifting boxes all day, is that ok for me or should I find a different job? And is it even legal for them to refuse me?',
    focus: 'Marfan syndrome',
    types: ['prognosis', 'lifestyle', 'other'],
  },
  // why: two conditions; telling them apart is diagnosis, how treatment differs is treatment
  {
    message:
      "My rheumatologist thinks I have familial Mediterranean fever but says it could also be Behcet's. My insurance won't cover the genetic test without a confirmed diagnosis code, so I'm stuck in a loop. How do doctors tell FMF and Behcet apart? And would the treatment be different?",
    focus: 'Familial Mediterranean fever',
    types: ['diagnosis', 'treatment'],
  },
  // why: financial help is other; damage from missed doses (untreated) is complications; how long they live is prognosis
  {
    subject: 'Cystinosis help',
    message:
      'Our son is 6 and has cystinosis. Between the pills every 6 hours and the eye drops we are paying over $1,000 a month even with insurance. Is there any financial assistance for families like ours? When we have to ration, what does it do to his kidneys and eyes if he misses doses? And honestly, how long do people with cystinosis live now?',
    focus: 'Cystinosis',
    types: ['other', 'complications', 'prognosis'],
  },
  // why: splitting/timing the doses is drug_usage; sunburn from the medicine is side effects
  {
    message:
      "I'm on pirfenidone for IPF and I hit the Medicare donut hole in April so every pill counts. Can I take all of my daily capsules at once at night instead of three times a day? Also I burn really easily in the garden now, is that the pirfenidone?",
    focus: 'pirfenidone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: keeping injections refrigerated while travelling is storage
  {
    message:
      "I'm a teacher and I've been asked to go on a 10-day school trip to Spain. The school won't pay for a second hotel room for me to have a fridge. I get octreotide injections for acromegaly. Do they need to stay refrigerated the whole time?",
    focus: 'octreotide',
    types: ['storage_disposal'],
  },
  // why: whether the kids should be tested is diagnosis; pre-existing condition for insurance is other
  {
    message:
      'Just found out I have alpha-1 antitrypsin deficiency at 52. I have two kids in their twenties. Should they be tested? And my daughter is buying her own health insurance next month - if she tests positive, will that count as a pre-existing condition?',
    focus: 'Alpha-1 antitrypsin deficiency',
    types: ['diagnosis', 'other'],
  },
  // why: football at school is lifestyle, whether his kids get it is inheritance, gene therapy trials is research
  {
    message:
      'My grandson has hemophilia A. His factor VIII costs more than my house, the insurance man told his mum. He wants to play football at school, is that safe for him? Will his children have it too when he grows up? And is there any new gene therapy being tried that could fix it for good?',
    focus: 'Hemophilia A',
    types: ['lifestyle', 'inheritance', 'research'],
  },
  // why: whether the generic contains the same as Gleevec is ingredients
  {
    message:
      'My drug plan will only pay for generic imatinib now instead of Gleevec. Does the generic have the same ingredients?',
    focus: 'imatinib',
    types: ['ingredients'],
  },
  // why: SSI qualification is other; whether seizures stop with age is prognosis
  {
    message:
      'im applying for SSI for my son he has lennox gastaut syndrome, 40 or 50 seizures some days. does LGS qualify for SSI automatically? and will the seizures ever calm down as he gets older',
    focus: 'Lennox-Gastaut syndrome',
    types: ['other', 'prognosis'],
  },
  // why: how to get it officially confirmed is diagnosis; sick leave is story
  {
    message:
      "I've been on sick leave for 3 months with dislocations and HR wants an official diagnosis or they stop my pay. I'm sure it's Ehlers-Danlos (super bendy, stretchy skin, my shoulder pops out). How do I get it officially diagnosed?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis'],
  },
  // why: managing it with diet instead of phlebotomy is treatment; foods to avoid is lifestyle (diet)
  {
    message:
      'The blood bank stopped taking my blood and now the hospital charges me $250 each phlebotomy for my hemochromatosis. Can I control it with diet instead? What foods should I avoid?',
    focus: 'Hereditary hemochromatosis',
    types: ['treatment', 'lifestyle'],
  },
  // why: with the blood thinner is interactions, diarrhea from it is side effects, the dose for her kidneys is drug_usage
  {
    message:
      "My mother is 72 and started Revlimid for multiple myeloma. It's $700 a month after Medicare, we're splitting it between 4 siblings. She also takes Eliquis, is that ok together? She's had diarrhea since she started, could that be the Revlimid? And her kidneys are not great, should the dose be lower for her?",
    focus: 'lenalidomide',
    types: ['interactions', 'side_effects', 'drug_usage'],
  },
  // why: asks only what other treatments exist
  {
    message:
      'My insurer refuses IVIG for my stiff person syndrome because it is off-label. Besides IVIG, what other treatments are there?',
    focus: 'Stiff person syndrome',
    types: ['treatment'],
  },
  // why: welding fumes as the cause is association; proving it for workers comp is other
  {
    message:
      "I've been a welder for 22 years and got diagnosed with sarcoidosis in my lungs. Could the welding fumes have caused it? My union rep says I should file for workers' comp but how would I even prove it came from work?",
    focus: 'Sarcoidosis',
    types: ['association', 'other'],
  },
  // why: whether it is dangerous to stop taking it is drug_usage (stopping)
  {
    message:
      "Lost my job and my insurance. I have Addison's and I'm down to a week of hydrocortisone. Is it dangerous to just stop taking it until I sort out coverage?",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: whether the constant hunger belongs to PWS is symptoms; whether it gets better is prognosis
  {
    message:
      "The state waiver program wants a letter explaining why my daughter (11, Prader-Willi) needs someone with her 24/7. They don't get why we lock the fridge. Is the constant hunger really part of Prader-Willi syndrome? Will it get better as she grows up?",
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'prognosis'],
  },
  // why: joining PE is lifestyle (school), what to do for a broken bone is treatment, how common is frequency
  {
    message:
      "Hi, I'm a 3rd grade teacher. I'll have a student with osteogenesis imperfecta next year and the district is arguing about who pays for a full-time aide. A few questions so I'm prepared: can she take part in PE at all? What should we do if she falls and we think a bone is broken? And how common is OI? None of us had ever heard of it.",
    focus: 'Osteogenesis imperfecta',
    types: ['lifestyle', 'treatment', 'frequency'],
  },
  // why: whether the other children can catch it is susceptibility
  {
    message:
      "The daycare says they need a doctor's note before taking my granddaughter because she has sickle cell disease. Is it contagious? Can the other kids catch it from her?",
    focus: 'Sickle cell disease',
    types: ['susceptibility'],
  },
  // why: treatment so he can be in the sun is treatment; trials for kids is research
  {
    message:
      "My son has EPP (erythropoietic protoporphyria) and his school won't let him stay inside at recess without a 504 plan, which is taking forever. Is there any treatment so he can be in the sun? Any clinical trials that take kids?",
    focus: 'Erythropoietic protoporphyria',
    types: ['treatment', 'research'],
  },
  // why: what brings on attacks is cause, how to prevent them is prevention, same as the cousin's porphyria is information
  {
    subject: 'AIP attacks and ER bills',
    message:
      "My wife has acute intermittent porphyria and she's been admitted 4 times this year. The ER bills are destroying us. What brings the attacks on? How can we prevent them so she stays out of the hospital? Also her cousin has a porphyria where she gets blisters from the sun, is that the same thing?",
    focus: 'Acute intermittent porphyria',
    types: ['cause', 'prevention', 'information'],
  },
  // why: which gene the test looks for is genetic_changes
  {
    message:
      "Insurance says my son's FOP diagnosis must be 'confirmed by genetic testing' before they'll cover anything. Which gene do they test for in fibrodysplasia ossificans progressiva?",
    focus: 'Fibrodysplasia ossificans progressiva',
    types: ['genetic_changes'],
  },
  // why: can it affect the kidneys is complications; spacing out the MRIs is diagnosis (screening)
  {
    message:
      'our daughter has tuberous sclerosis, she gets a brain MRI every year and now they want kidney scans too. our deductible is $5000. why the kidneys, can TSC affect the kidneys? and is it ok to space the MRIs out to every 2 years to save money',
    focus: 'Tuberous sclerosis complex',
    types: ['complications', 'diagnosis'],
  },
  // why: how rare it is is frequency; the network is story
  {
    message:
      "The insurer says there's no in-network specialist for hereditary ATTR amyloidosis because it's 'too rare'. How rare is it really?",
    focus: 'Transthyretin amyloidosis',
    types: ['frequency'],
  },
  // why: whether CIDP goes away is prognosis, a center in Texas is find_specialist, trials of other options is research
  {
    message:
      "I've used all my FMLA for the year. I have CIDP and get IVIG every 3 weeks, 2 days each time. Will I ever be able to stop IVIG, does CIDP go away? Is there a neuromuscular center in Texas that specializes in it? And are there any trials for something that takes less time than infusions?",
    focus: 'Chronic inflammatory demyelinating polyneuropathy',
    types: ['prognosis', 'find_specialist', 'research'],
  },
  // why: with the birth control pill is interactions; safety when planning pregnancy is contraindications
  {
    message:
      "My insurance makes me try modafinil first for narcolepsy before they'll pay for anything else. I'm on the pill - does modafinil mess with birth control? And we're planning to get pregnant next year, is it safe then?",
    focus: 'modafinil',
    types: ['interactions', 'contraindications'],
  },
];
