/**
 * "stones" set. Messages about rare conditions that cause kidney stones or calcium and salt problems
 * (cystinuria, primary hyperoxaluria, Dent disease, medullary sponge kidney, distal renal tubular acidosis,
 * hypophosphatemic rickets): diet and fluids, medicines, surgery, children, with other questions. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.975, type F1 0.863). Scored by stones.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --stones --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const STONES_MESSAGES: ConsumerMessage[] = [
  // why: only asks about fluids and foods for the child -> lifestyle
  {
    message:
      'my son (9) just got diagnosed with cystinuria after his 2nd stone. how much water should he actually be drinking in a day, and are there foods he needs to cut out? he lives on chicken nuggets lol',
    focus: 'cystinuria',
    types: ['lifestyle'],
  },
  // why: asks only about life expectancy -> prognosis
  {
    message: 'What is the life expectancy for someone with primary hyperoxaluria type 1?',
    focus: 'primary hyperoxaluria type 1',
    types: ['prognosis'],
  },
  // why: asks for a plain explanation of what the condition is -> information
  {
    message:
      'Hello. The kidney doctor said my son has Dent disease and I was too upset to take in anything else he said. Can someone explain to me what Dent disease is, in plain words? Thank you so much.',
    focus: 'Dent disease',
    types: ['information'],
  },
  // why: asks why the condition happens (how one is born with it) -> cause
  {
    message:
      'what causes medullary sponge kidney?? the urologist said i was born with it but im 41 and never had a problem till this year so how does that work',
    focus: 'medullary sponge kidney',
    types: ['cause'],
  },
  // why: asks only for a doctor who knows the condition -> find_specialist
  {
    subject: 'XLH doctor for adults',
    message:
      "I'm 29 and was treated for X-linked hypophosphatemia as a kid but now my pediatric endocrinologist won't see me anymore. Does anyone know an adult doctor in the Midwest (Ohio/Indiana) who actually understands XLH?",
    focus: 'X-linked hypophosphatemic rickets',
    types: ['find_specialist'],
  },
  // why: asks whether the leg cramps come from the medicine -> side_effects of hydrochlorothiazide
  {
    message:
      'started hctz 2 weeks ago for my calcium stones (medullary sponge kidney) and now i get horrible leg cramps at night. is that from the pill?',
    focus: 'hydrochlorothiazide',
    types: ['side_effects'],
  },
  // why: missed dose and whether to double up -> drug_usage of allopurinol
  {
    message:
      'I forgot my allopurinol this morning (I take it for APRT deficiency). Should I take two tonight or just skip it?',
    focus: 'allopurinol',
    types: ['drug_usage'],
  },
  // why: asks only about clinical trials -> research
  {
    message:
      'Are there any clinical trials for cystinuria going on in Europe right now? I am in Belgium and would travel.',
    focus: 'cystinuria',
    types: ['research'],
  },
  // why: asks whether the child should be tested for the condition -> diagnosis
  {
    message:
      'Our daughter is 3 and has already passed two kidney stones, the second one needed surgery. Our pediatrician says stones at this age are unusual. Should she be tested for primary hyperoxaluria? We just want to know what is going on.',
    focus: 'primary hyperoxaluria',
    types: ['diagnosis'],
  },
  // why: asks whether thirst and salt craving are signs of it -> symptoms
  {
    message:
      'does bartter syndrome make you thirsty all the time and want salty food? my nephew drinks like 4 liters a day and eats salt out of his hand',
    focus: 'Bartter syndrome',
    types: ['symptoms'],
  },
  // why: asks which gene is changed -> genetic_changes (second-language English)
  {
    message:
      'Good day. My wife was diagnose with adenine phosphoribosyltransferase deficiency after the stones analysis. Which gene is broken in this disease? Doctor did not say us.',
    focus: 'adenine phosphoribosyltransferase deficiency',
    types: ['genetic_changes'],
  },
  // why: medicine taken with milk and with another medicine -> interactions of sodium bicarbonate
  {
    message:
      'My kid takes sodium bicarbonate tablets for his renal tubular acidosis. Is it ok to give them with milk, and can he take them with his omeprazole at the same time?',
    focus: 'sodium bicarbonate',
    types: ['interactions'],
  },
  // why: asks whether the condition can damage the kidneys later -> complications
  {
    message:
      'My grandson is 4 and has Lowe syndrome. We are mostly dealing with his eyes and his development right now, but can it damage his kidneys over time?',
    focus: 'Lowe syndrome',
    types: ['complications'],
  },
  // why: breastfeeding precaution for a medicine -> contraindications of chlorthalidone
  {
    subject: 'chlorthalidone and breastfeeding',
    message:
      'had my baby 3 weeks ago and my nephrologist wants me back on chlorthalidone for my hypercalciuria. is it safe while breastfeeding?',
    focus: 'chlorthalidone',
    types: ['contraindications'],
  },
  // why: chance the children get it -> inheritance; medicine to dissolve stones -> treatment
  {
    message:
      'My husband has cystinuria and has had 6 surgeries already. We are thinking about having kids. What are the chances our children get it? And is there any medicine that actually dissolves the stones instead of having them cut out every time?',
    focus: 'cystinuria',
    types: ['inheritance', 'treatment'],
  },
  // why: whether constant pain is a sign of it -> symptoms; what can be done for the pain -> treatment
  {
    message:
      'Does medullary sponge kidney cause constant flank pain even when there is no stone? Mine aches every single day. What can be done for the pain, the ER just keeps sending me home',
    focus: 'medullary sponge kidney',
    types: ['symptoms', 'treatment'],
  },
  // why: whether the sister's boys could have it -> inheritance; whether it gets worse -> prognosis
  {
    message:
      'my son is 7 with dent disease. will it get worse as he gets older? also my sister has two boys, could they have it too?',
    focus: 'Dent disease',
    types: ['inheritance', 'prognosis'],
  },
  // why: a longer-lasting therapy -> treatment; sports in the heat -> lifestyle
  {
    message:
      "Hi, our daughter (12) has distal renal tubular acidosis and takes potassium citrate 3 times a day, she hates it and the school nurse has to give the midday dose. Is there any treatment that lasts longer so she doesn't need it at school? Also she plays soccer, is it ok for her to play in the summer heat?",
    focus: 'distal renal tubular acidosis',
    types: ['treatment', 'lifestyle'],
  },
  // why: whether a transplant is still the only real fix -> treatment; trials of new drugs in kids -> research
  {
    subject: 'PH1 - transplant or new drugs?',
    message:
      'Our son has primary hyperoxaluria type 1 and his kidney function is dropping. Is a combined liver-kidney transplant still the only real fix? And are there any trials of the newer drugs for young children that we could get him into?',
    focus: 'primary hyperoxaluria type 1',
    types: ['treatment', 'research'],
  },
  // why: chance the daughter gets it -> inheritance; whether tooth abscesses are part of it -> symptoms
  {
    message:
      'I have XLH (hypophosphatemic rickets, the x-linked one). Will my daughter get it from me? And are these tooth abscesses I keep getting with no cavities part of the XLH?',
    focus: 'X-linked hypophosphatemic rickets',
    types: ['inheritance', 'symptoms'],
  },
  // why: timing of the dose -> drug_usage; alcohol with it -> interactions
  {
    message:
      'got put on indapamide for calcium stones. do i take it in the morning or at night? and can i still have a couple beers on the weekend with it',
    focus: 'indapamide',
    types: ['drug_usage', 'interactions'],
  },
  // why: why he takes it / what it does -> indication; whether the rash is from it -> side_effects
  {
    message:
      'Why is my son on allopurinol? I always thought it was a gout medicine for old men. He has APRT deficiency. He also has a little rash on his arms since he started it, could it be the allopurinol?',
    focus: 'allopurinol',
    types: ['indication', 'side_effects'],
  },
  // why: what causes it -> cause; what tests she needs -> diagnosis
  {
    message:
      'Our baby was born at 28 weeks and the ultrasound in the NICU showed nephrocalcinosis. What causes this in premature babies? What other tests will she need to find out why?',
    focus: 'nephrocalcinosis',
    types: ['cause', 'diagnosis'],
  },
  // why: running marathons -> lifestyle; whether it worsens with age -> prognosis
  {
    message:
      'Can I keep running marathons with Gitelman syndrome? I cramp badly after 30 km. Does Gitelman get worse as you get older?',
    focus: 'Gitelman syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: how it is confirmed -> diagnosis; how it is treated -> treatment
  {
    message:
      "how do they confirm idiopathic hypercalciuria, is it just the 24 hour urine jug? and how is it treated if the diet changes don't work",
    focus: 'idiopathic hypercalciuria',
    types: ['diagnosis', 'treatment'],
  },
  // why: stopping new stones -> prevention; managing fluids while travelling -> lifestyle
  {
    message:
      "I'm 26 with primary hyperoxaluria type 3 and I've been making a new stone every few months. What can I do to stop forming new ones? Also I fly a lot for work, how do I keep up my fluids on long flights and in hotels?",
    focus: 'primary hyperoxaluria type 3',
    types: ['prevention', 'lifestyle'],
  },
  // why: what it is -> information; how common -> frequency
  {
    message: 'what is primary hyperoxaluria type 2 and how common is it? the genetic report said PH2 not PH1',
    focus: 'Primary hyperoxaluria type 2',
    types: ['information', 'frequency'],
  },
  // why: how the vitamin helps -> indication; the usual dose for kids -> drug_usage
  {
    message:
      'The doctor put my son on vitamin B6 for his PH1. How is a vitamin supposed to help with oxalate? And what dose do kids usually take, the pharmacy bottle says something different from the clinic letter.',
    focus: 'vitamin B6',
    types: ['indication', 'drug_usage'],
  },
  // why: higher risk of kidney stones later -> complications; limiting dairy -> lifestyle
  {
    message:
      "My granddaughter has Williams syndrome and had high calcium as a baby. Is she at higher risk of kidney stones when she's older? Should we be keeping milk and cheese away from her?",
    focus: 'Williams syndrome',
    types: ['complications', 'lifestyle'],
  },
  // why: whether high potassium is from the pill -> side_effects; staying on it in pregnancy -> contraindications
  {
    message:
      'I take amiloride for Bartter syndrome. My last blood test showed potassium too HIGH for once, is that the amiloride? Also we are trying for a baby, can I stay on it if I get pregnant?',
    focus: 'amiloride',
    types: ['side_effects', 'contraindications'],
  },
  // why: what it is -> information; is it genetic -> inheritance; should the brother be tested -> diagnosis
  {
    message:
      'Hi, I was told today after my 4th stone that I have cystinuria. What is it exactly? Is it genetic? Should my brother get tested too, he has had kidney pain for years.',
    focus: 'cystinuria',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  // why: whether two conditions are the same -> information; whether it leads to kidney failure -> complications
  {
    message:
      'Is medullary sponge kidney the same thing as medullary cystic kidney disease? I keep finding both when I google. And can mine lead to kidney failure?',
    focus: 'medullary sponge kidney',
    types: ['information', 'complications'],
  },
  // why: link with Sjogren -> association; weak bones -> complications; lifelong treatment -> treatment
  {
    message:
      "I have had Sjogren's for 10 years and now they say I also have distal renal tubular acidosis. Is there a link between the two? Can the RTA make my bones weak, I already have osteopenia. And what is the treatment, will I be on it for life?",
    focus: 'distal renal tubular acidosis',
    types: ['association', 'complications', 'treatment'],
  },
  // why: whether her signs belong to it -> symptoms; outlook -> prognosis; specialist centre -> find_specialist; NHS paying -> other
  {
    subject: 'daughter just diagnosed PH1, lots of questions',
    message:
      "Our daughter Ellie is 5 and was diagnosed with primary hyperoxaluria type 1 last week after they found stones in both kidneys. Looking back she has had cloudy wee and tummy aches for over a year, are those part of PH1? What is the outlook for her, will she be able to grow up and go to school like other kids? Is there a centre in the UK that specialises in this, our local hospital has never seen it. And will the NHS pay for the new injection, we've read it is very expensive. Sorry for so many questions, we are just scared.",
    focus: 'primary hyperoxaluria type 1',
    types: ['symptoms', 'prognosis', 'find_specialist', 'other'],
  },
  // why: switching therapy as an adult -> treatment; arthritis later -> complications; physical job -> lifestyle
  {
    message:
      '34 yo with X-linked hypophosphatemic rickets. still on phosphate + calcitriol since childhood. should adults switch to the newer antibody treatment? does XLH lead to arthritis later, my hips are already stiff. and i work in a warehouse lifting boxes all day, is that bad for me',
    focus: 'X-linked hypophosphatemic rickets',
    types: ['treatment', 'complications', 'lifestyle'],
  },
  // why: difference between the two conditions -> information; which gene causes it -> genetic_changes
  {
    message:
      "The doctors say my son has Dent disease, but his gene test found a change in OCRL which they said is usually Lowe syndrome. What's the difference between Dent disease and Lowe syndrome? And which gene causes Dent disease then, I thought it was CLCN5?",
    focus: 'Dent disease',
    types: ['information', 'genetic_changes'],
  },
  // why: splitting the tablet -> drug_usage; dizziness from it -> side_effects; with ibuprofen -> interactions
  {
    message:
      'hydrochlorothiazide 25mg for medullary sponge kidney. 1) can i cut it in half, the full dose seems strong 2) i get dizzy when i stand up, is that the hctz 3) is it ok to take ibuprofen with it when i have stone pain',
    focus: 'hydrochlorothiazide',
    types: ['drug_usage', 'side_effects', 'interactions'],
  },
  // why: how it is confirmed -> diagnosis; whether the sister has it too -> inheritance; how it is treated -> treatment
  {
    message:
      "My stone analysis came back as 2,8-dihydroxyadenine and the urologist said it could be APRT deficiency. How do they confirm it? My sister also had stones in her twenties, could she have the same thing? And how is it treated, I don't want to lose my kidneys.",
    focus: 'adenine phosphoribosyltransferase deficiency',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: treatment -> treatment; long-term outlook -> prognosis; chance for the next baby -> inheritance
  {
    message:
      'our daughter was diagnosed with familial hypomagnesemia with hypercalciuria and nephrocalcinosis (FHHNC) at 2. what treatment is there besides the magnesium she already takes? whats the long term outlook for her? we would like another baby, what is the chance it has FHHNC too',
    focus: 'familial hypomagnesemia with hypercalciuria and nephrocalcinosis',
    types: ['treatment', 'prognosis', 'inheritance'],
  },
  // why: difference between two conditions -> information; how they are told apart -> diagnosis
  {
    subject: 'Gitelman or Bartter??',
    message:
      'My doctor thinks I have Gitelman syndrome but says it might be Bartter. What is the difference between them? How do they find out which one I have?',
    focus: 'Gitelman syndrome',
    types: ['information', 'diagnosis'],
  },
];
