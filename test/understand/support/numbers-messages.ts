/**
 * "numbers" set. Messages full of numbers (lab values, doses, odds, ages, weights, durations) asking what they
 * mean and other questions. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.810). Scored
 * by numbers.test.ts and by `npx tsx test/understand/support/score-messages.ts --numbers --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NUMBERS_MESSAGES: ConsumerMessage[] = [
  {
    // "Could this number really mean Duchenne or can it be high for other reasons?" -> diagnosis (whether a result could be it)
    // "how long do boys with it usually live?" -> prognosis (life expectancy)
    subject: 'CK 12,000??',
    message:
      'My son is 3 and a half and his CK came back at 12,000 (the normal range on the sheet says 30-200). He was tested because he falls a lot and gets up from the floor pushing his hands on his knees. The pediatrician mentioned Duchenne muscular dystrophy. Could this number really mean Duchenne or can it be high for other reasons? And if it is Duchenne, how long do boys with it usually live?',
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "what does 1200 mean, is that severe" -> diagnosis (interpreting the screening result)
    // "is it 25% every pregnancy or did we just get unlucky" -> inheritance (chance for a next baby)
    // "how strict does the diet have to be and for how long" -> lifestyle (diet)
    message:
      'newborn screen came back positive for PKU, phe level was 1,200 µmol/L at 5 days old. they said the target is under 360. what does 1200 mean, is that severe. we already have a 4 year old who is fine, is it 25% every pregnancy or did we just get unlucky. also how strict does the diet have to be and for how long',
    focus: 'PKU',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  {
    // "how many venesections will I need ... for how many months?" -> treatment (managing it)
    // "at these levels could my liver already be damaged?" -> complications (organ damage)
    subject: 'ferritin 1,450',
    message:
      "Hi, I'm a 52 year old man. Routine bloods showed ferritin 1,450 ng/mL and transferrin saturation 78%. My GP thinks hemochromatosis and has sent off the HFE gene test. Two questions: if it is, how many venesections will I need? I read 500 ml a week, but for how many months? And at these levels could my liver already be damaged? My ALT was 61.",
    focus: 'hemochromatosis',
    types: ['treatment', 'complications'],
  },
  {
    // "is that from the metformin and will it settle?" -> side_effects (whether a problem comes from the medicine)
    // "if I forget the morning pill can I just take 1000mg at night" -> drug_usage (missed dose)
    message:
      'I started metformin 500mg twice a day 3 weeks ago, my A1c was 7.9%. Ive had diarrhea nearly every day since, like 3-4 times a day. is that from the metformin and will it settle? also if I forget the morning pill can I just take 1000mg at night',
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is skipping a dose like that OK?" -> drug_usage (skipping a dose)
    // "could that be making the numbers jump around?" -> interactions (food)
    // "is that OK with the warfarin?" -> interactions (another medicine; same type)
    subject: 'INR went from 1.8 to 4.2 in a week',
    message:
      "My mum (81) is on warfarin 5mg for atrial fibrillation, target INR 2-3. Last week she was 1.8 and they upped it, now today it's 4.2. The clinic said skip tonight's dose and take 4mg from tomorrow. Is skipping a dose like that OK? She eats a big bowl of spinach or kale most days, could that be making the numbers jump around? She also takes paracetamol 1g up to 4 times a day for her knees, is that OK with the warfarin?",
    focus: 'warfarin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "is it safe for the baby?" -> contraindications (pregnancy)
    // "does it matter that I take it with my coffee at 6am" -> interactions (food/drink)
    message:
      "i take levothyroxine 75 mcg, last TSH was 8.4 (range 0.4-4.0) so they're putting me up to 100. I'm also 7 weeks pregnant, is it safe for the baby? and does it matter that I take it with my coffee at 6am",
    focus: 'levothyroxine',
    types: ['contraindications', 'interactions'],
  },
  {
    // "Is it really a 1 in 4 chance every time?" -> inheritance (chance a child has it)
    // "what would the life expectancy be nowadays?" -> prognosis (life expectancy)
    subject: 'Both carriers',
    message:
      "My husband and I both found out we carry sickle cell (my HbS was 38% and his 41%, they said that's trait not disease). We are planning a baby. Is it really a 1 in 4 chance every time? And if the baby had sickle cell disease, what would the life expectancy be nowadays?",
    focus: 'sickle cell disease',
    types: ['inheritance', 'prognosis'],
  },
  {
    // "How fast does it usually grow, is 4 mm in 18 months a lot?" -> prognosis (course)
    // "does he have to stop?" -> lifestyle (sports)
    message:
      'Our son is 16, 6 foot 5 and only 68 kg, diagnosed with Marfan syndrome last year. His echo shows an aortic root of 4.3 cm, up from 3.9 cm 18 months ago. The cardiologist talks about surgery at 5.0 cm. How fast does it usually grow, is 4 mm in 18 months a lot? He plays basketball 5 days a week, does he have to stop?',
    focus: 'Marfan syndrome',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "Do 9 year olds really go on statins??" -> treatment (medicines for the condition)
    // "is there a 50% chance they have it too" -> inheritance (chance siblings have it)
    message:
      'our daughter is 9 and her LDL cholesterol is 310 mg/dL (total 390). My husband had a heart attack at 44 and his LDL was over 250. The doctor says familial hypercholesterolemia. Do 9 year olds really go on statins?? and our other two kids (6 and 12), is there a 50% chance they have it too',
    focus: 'familial hypercholesterolemia',
    types: ['treatment', 'inheritance'],
  },
  {
    // "Does those numbers mean i definitely have it or do i need the biopsy" -> diagnosis (confirming it)
    // "do i need to stop eating chocolate and shellfish" -> lifestyle (diet)
    subject: 'ceruloplasmin 9',
    message:
      'Im 19 and had weird liver tests (ALT 140) so they checked more stuff. ceruloplasmin 9 mg/dL (normal 20-35) and 24 hour urine copper 210 mcg. They said possible Wilson disease and want a liver biopsy and an eye exam. Does those numbers mean i definitely have it or do i need the biopsy. also do i need to stop eating chocolate and shellfish',
    focus: 'Wilson disease',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "What is Fabry exactly?" -> information (overview)
    // "is that for life?" -> treatment (therapy)
    message:
      "My brother was just told his alpha-galactosidase A activity is 3% of normal and that it's Fabry disease. He's 27, he's always had burning pain in his hands and feet and can't sweat properly. What is Fabry exactly? The doctor mentioned infusions every 2 weeks, is that for life?",
    focus: 'Fabry disease',
    types: ['information', 'treatment'],
  },
  {
    // "Will she be able to sit or walk?" -> prognosis (whether she will walk)
    // "which one is better?" -> treatment (choosing a therapy)
    message:
      'our baby girl (5 months) has SMA, the genetic test says 0 copies of SMN1 and 3 copies of SMN2. They say 3 copies is better than 2. Will she be able to sit or walk? We have been offered Zolgensma (one infusion, she weighs 6.2 kg) or Spinraza injections every 4 months - which one is better?',
    focus: 'SMA',
    types: ['prognosis', 'treatment'],
  },
  {
    // "Which test actually confirms it?" -> diagnosis (confirming tests)
    // "how common is Down syndrome at my age anyway?" -> frequency (how common)
    subject: '1 in 45 - what now',
    message:
      "I'm 38 and 12 weeks pregnant. The combined screening came back 1 in 45 for Down syndrome. They say the NIPT is 99% accurate, but I don't know if I should do the NIPT or go straight to CVS, which has a 0.5% miscarriage risk. Which test actually confirms it? And how common is Down syndrome at my age anyway?",
    focus: 'Down syndrome',
    types: ['diagnosis', 'frequency'],
  },
  {
    // "is it 50% for them too, or could the number go up when it's passed down?" -> inheritance (chance children get it)
    // "Are there any trials for people who have the gene but no symptoms yet?" -> research (trials)
    subject: '39 CAG repeats',
    message:
      "My dad has Huntington's disease (it started at 52). I got tested and have 39 CAG repeats, the counselor said 36-39 is 'reduced penetrance'. My kids are 8 and 11. Is it 50% for them too, or could the number go up when it's passed down? Are there any trials for people who have the gene but no symptoms yet?",
    focus: "Huntington's disease",
    types: ['inheritance', 'research'],
  },
  {
    // "Is MG linked to a thymus tumour?" -> association (link between two conditions)
    // "do I need it removed even though it's only 2.5 cm?" -> treatment (surgery)
    message:
      "Hi, 44F. AChR antibody 14.2 nmol/L (ref <0.25), droopy eyelid and double vision mostly by evening, diagnosed myasthenia gravis. Neurologist started pyridostigmine 60 mg 4 times a day. CT showed a 2.5 cm 'abnormality' of the thymus. Is MG linked to a thymus tumour? And if so do I need it removed even though it's only 2.5 cm?",
    focus: 'myasthenia gravis',
    types: ['association', 'treatment'],
  },
  {
    // "Can I just stop, it's only 15?" -> drug_usage (stopping)
    // "is that the prednisone?" -> side_effects (whether a problem comes from the medicine)
    subject: 'Prednisone taper question',
    message:
      "I was on prednisone 40mg for 2 weeks for a bad asthma flare and the plan is to drop by 5mg every 3 days. I'm at 15mg now and feel awful, achy and tired. Can I just stop, it's only 15? I've also put on 3 kg in 2 weeks, is that the prednisone?",
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "is the methotrexate doing that to his liver?" -> side_effects (whether a problem comes from the medicine)
    // "does he have to stop completely" -> interactions (alcohol)
    message:
      'hi my husband takes methotrexate 15mg once a week (saturdays) for rheumatoid arthritis plus folic acid 5mg. his last blood test had ALT 88, it was 30 before. is the methotrexate doing that to his liver? he likes 2-3 beers on the weekend, does he have to stop completely',
    focus: 'methotrexate',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is the shaking from the lithium?" -> side_effects (whether a problem comes from the medicine)
    // "could that push the level up?" -> interactions (another medicine)
    subject: 'lithium level 1.3',
    message:
      'On lithium 900mg a day for bipolar. Level came back 1.3 mmol/L (they want 0.6-1.0) and my hands shake a lot. Is the shaking from the lithium? I also take ibuprofen 400mg for back pain a few times a week, could that push the level up?',
    focus: 'lithium',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Can this cause permanent kidney damage?" -> complications (organ damage)
    // "Why does it get so high from just one 45 minute class?" -> cause (why it happens)
    // "When can I exercise again, and is it safe to go back to spin?" -> lifestyle (exercise)
    message:
      'I did my first spin class in years on Monday, by Wednesday my pee was like cola and my thighs were swollen. ER said CK 48,000 and diagnosed rhabdomyolysis, I was on IV fluids for 3 days and it came down to 6,000. Creatinine was 1.4. Can this cause permanent kidney damage? Why does it get so high from just one 45 minute class? When can I exercise again, and is it safe to go back to spin?',
    focus: 'rhabdomyolysis',
    types: ['complications', 'cause', 'lifestyle'],
  },
  {
    // "What happens next to find out if he has CF or not?" -> diagnosis (confirming it)
    // "what's the life expectancy now?" -> prognosis (life expectancy)
    subject: 'sweat test 52',
    message:
      "My son's sweat test was 52 mmol/L. They said under 30 is normal, over 60 is cystic fibrosis and 30-59 is 'intermediate'. He's 6 weeks old, 4.1 kg, and his newborn screen IRT was high. What happens next to find out if he has CF or not? If he does, what's the life expectancy now? I read somewhere it's in the 50s.",
    focus: 'cystic fibrosis',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "what is the outlook with the enzyme treatment?" -> prognosis (outlook)
    // "Are there trials of new treatments for CRIM negative babies?" -> research (trials)
    message:
      'Our baby is 4 months, weighs 5.3 kg, very floppy, and the echo showed a thick heart (LV mass z-score +6). The enzyme test said GAA activity 1% and now they say infantile Pompe disease, and her CRIM status is negative. Please tell me, what is the outlook with the enzyme treatment? Are there trials of new treatments for CRIM negative babies?',
    focus: 'Pompe disease',
    types: ['prognosis', 'research'],
  },
  {
    // "is that fast?" -> prognosis (course)
    // "are there any clinical trials he could get into" -> research (trials)
    message:
      "my dad (58) got diagnosed with ALS in march. the neuro said average survival is 2-5 years from first symptoms and only 10% live more than 10 years. his ALSFRS score went from 44 to 38 in 6 months. is that fast? are there any clinical trials he could get into, he's on riluzole 50mg twice a day already",
    focus: 'ALS',
    types: ['prognosis', 'research'],
  },
  {
    // "What can I take to prevent attacks rather than just treating them?" -> prevention (preventing attacks)
    // "do things like stress or dental work actually set them off?" -> cause (what brings on attacks)
    message:
      "I have hereditary angioedema type 1, C4 is 6 mg/dL and C1-inhibitor function 18%. I'm getting 3-4 attacks a month, mostly abdominal ones that put me off work for 2 days each time. What can I take to prevent attacks rather than just treating them? And do things like stress or dental work actually set them off?",
    focus: 'hereditary angioedema',
    types: ['prevention', 'cause'],
  },
  {
    // "Do I double all 3 doses or just the morning one, and for how many days?" -> drug_usage (dose)
    // "can I keep the tablets in a hot suitcase?" -> storage_disposal (storing)
    subject: 'sick day dosing + travel',
    message:
      "I have Addison's disease and take hydrocortisone 10mg morning, 5mg at noon, 5mg at 4pm. I have a fever of 38.5 today. Do I double all 3 doses or just the morning one, and for how many days? Also I'm flying to Thailand for 3 weeks, it'll be 35 degrees. Can I keep the tablets in a hot suitcase?",
    focus: 'hydrocortisone',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "Do I need any treatment for it, like iron?" -> treatment (therapies)
    // "what's the chance our kids get thalassemia major?" -> inheritance (chance children have it)
    subject: 'MCV 62 but iron is fine',
    message:
      "My blood count shows Hb 11.2, MCV 62, MCH 20, but ferritin is 140 so I'm not iron deficient. HbA2 was 5.2%. The doctor said beta thalassemia trait (minor). Do I need any treatment for it, like iron? My fiance is getting tested, if he is also a carrier what's the chance our kids get thalassemia major?",
    focus: 'beta thalassemia',
    types: ['treatment', 'inheritance'],
  },
  {
    // "Could this be NF1?" -> diagnosis (whether her signs could be it)
    // "How many kids have it?" -> frequency (how common)
    message:
      'My daughter is 2, she has 8 cafe au lait spots, the biggest is 3 cm, and some freckles under her arms. Could this be NF1? I read you need 6 spots over 5 mm. How many kids have it?',
    focus: 'NF1',
    types: ['diagnosis', 'frequency'],
  },
  {
    // "How is it confirmed then?" -> diagnosis (confirming it)
    // "is it ok to do weight training or pilates?" -> lifestyle (exercise)
    subject: 'Beighton 8/9',
    message:
      "Beighton score 8 out of 9. I'm 23, my shoulder has dislocated 5 times this year, my skin is stretchy and I bruise easily. Rheumatologist said probably hypermobile EDS but there's no gene test for that type. How is it confirmed then? And is it ok to do weight training or pilates?",
    focus: 'EDS',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "What's the life expectancy with PV?" -> prognosis (life expectancy)
    // "how big a chance?" (of turning into myelofibrosis or leukaemia) -> complications (turning into another condition)
    message:
      "Haemoglobin 19.2, haematocrit 57%, JAK2 V617F positive with allele burden 34%. Diagnosed with polycythaemia vera at 61. I'm having venesections to keep the haematocrit under 45%. What's the life expectancy with PV? My haematologist mentioned a small chance it turns into myelofibrosis or leukaemia - how big a chance?",
    focus: 'polycythaemia vera',
    types: ['prognosis', 'complications'],
  },
  {
    // "does that mean after 20 years it's 20%?" -> complications (chance of turning into another condition)
    // "anything I can do to stop it progressing" -> prevention (preventing progression)
    message:
      "told I have MGUS, IgG kappa, M-spike 1.6 g/dL, they said about 1% a year turns into myeloma. does that mean after 20 years it's 20%? anything I can do to stop it progressing",
    focus: 'MGUS',
    types: ['complications', 'prevention'],
  },
  {
    // "Will it go away?" -> prognosis (whether she will recover)
    // "is it contagious?" -> susceptibility (catching it)
    message:
      'our 3 year old had 6 days of fever up to 40.2, red eyes, cracked lips and now peeling fingers. She was diagnosed with Kawasaki disease and got IVIG 2g/kg plus aspirin. The echo showed a coronary artery z-score of 3.1, they call it a small aneurysm. Will it go away? And is it contagious? her brother is 18 months',
    focus: 'Kawasaki disease',
    types: ['prognosis', 'susceptibility'],
  },
  {
    // "is the allopurinol causing it??" -> side_effects (whether a problem comes from the medicine)
    // "what's it actually doing" -> indication (how it works)
    message:
      "started allopurinol 100mg for gout, uric acid was 9.8 mg/dL. Doctor says go up 100mg every 2-4 weeks till uric acid is under 6. I had a flare in week 2, is the allopurinol causing it?? also what's it actually doing, I thought it was a painkiller",
    focus: 'allopurinol',
    types: ['side_effects', 'indication'],
  },
  {
    // "Are there newer treatments being studied?" -> research (new treatments researched)
    // "is our chance of another child with it really only 1-2%?" -> inheritance (chance a next baby has it)
    subject: 'Dravet - 20 seizures a day',
    message:
      "Our son is 4 and has Dravet syndrome (SCN1A mutation, de novo). He has up to 20 myoclonic seizures a day and a long tonic-clonic one every 2-3 weeks. He's 12 kg, on valproate and clobazam, and we're asking about fenfluramine 0.2 mg/kg twice daily. Are there newer treatments being studied? I've heard about a gene therapy. And since it's de novo, is our chance of another child with it really only 1-2%?",
    focus: 'Dravet syndrome',
    types: ['research', 'inheritance'],
  },
  {
    // "which is right? also how many hours apart" -> drug_usage (dose and timing)
    // "can she have ibuprofen at the same time" -> interactions (another medicine)
    message:
      'how much acetaminophen can I give my 9 yr old, she weighs 26 kg. The bottle is 160mg/5ml and the age chart says 15 ml but by weight i got 390 mg which is about 12 ml. which is right? also how many hours apart, and can she have ibuprofen at the same time',
    focus: 'acetaminophen',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Is that why he got it?" -> association (named exposures asked as its cause)
    // "will his legs straighten?" -> prognosis (whether he will recover)
    message:
      "Our 18 month old boy (9.1 kg, 76 cm, below the 3rd centile) has bowed legs and his vitamin D level is 8 ng/mL, alkaline phosphatase 1,100. They say nutritional rickets. He's still mostly breastfed, we're dark skinned and we live in Scotland. Is that why he got it? The treatment is 50,000 IU a week for 8 weeks, will his legs straighten?",
    focus: 'rickets',
    types: ['association', 'prognosis'],
  },
  {
    // "Is this normal and does it wear off?" -> side_effects (a medicine's side effects)
    // "do I need to taper or can I just stop?" -> drug_usage (stopping)
    subject: 'gabapentin 1800mg',
    message:
      "Gabapentin for nerve pain, started 300 mg at night, now 600 mg 3 times a day (1800 total). I'm so dizzy and sleepy at work. Is this normal and does it wear off? Also I want to come off it after 2 months, do I need to taper or can I just stop?",
    focus: 'gabapentin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "How much taller will it actually make her?" -> treatment (what the therapy achieves)
    // "does Turner cause heart problems" -> complications (other problems it leads to)
    message:
      'our daughter is 11 yrs, 128 cm tall (below 1st percentile), karyotype 45,X - Turner syndrome. Endo wants growth hormone injections 0.05 mg/kg/day. How much taller will it actually make her, I read 5-8 cm? and does Turner cause heart problems, someone told me 30% have them',
    focus: 'Turner syndrome',
    types: ['treatment', 'complications'],
  },
  {
    // "Is a blood test needed to confirm it's Lyme disease?" -> diagnosis (blood test)
    // "can she catch it from me" -> susceptibility (catching it)
    message:
      'Tick bite 4 weeks ago, then a 12 cm red bullseye rash. GP gave doxycycline 100mg twice a day for 21 days without any testing. Is a blood test needed to confirm it is Lyme disease? And my wife wants to know, can she catch it from me',
    focus: 'Lyme disease',
    types: ['diagnosis', 'susceptibility'],
  },
  {
    // "Will he be able to play football when he's older?" -> lifestyle (sports)
    // "what's the chance his 15 year old aunt is a carrier too?" -> inheritance (carriers)
    subject: 'factor VIII 4%',
    message:
      "My grandson (7 months) bruises everywhere and bled a lot after a heel prick. His factor VIII level is 4%, they say mild-moderate hemophilia A. My daughter had no idea she was a carrier. Will he be able to play football when he's older? And what's the chance his 15 year old aunt (my other daughter) is a carrier too?",
    focus: 'hemophilia A',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "What are the odds it happens again?" -> susceptibility (a past condition raising the risk)
    // "does that actually prevent it?" -> prevention (preventing it)
    message:
      'Had preeclampsia with my first at 34 weeks, BP 165/105, protein 2.1 g in the 24h urine, c-section at 34+3 and baby was 1.9 kg. Now planning number 2. What are the odds it happens again? They mentioned aspirin 150 mg from 12 weeks, does that actually prevent it?',
    focus: 'preeclampsia',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Why do I have to do two pregnancy tests and use 2 types of contraception?" -> contraindications (pregnancy precautions)
    // "how long after the last pill is it safe to get pregnant?" -> contraindications (pregnancy; same type)
    // "can I still have a few drinks on weekends" -> interactions (alcohol)
    subject: 'isotretinoin 120mg/kg',
    message:
      "Dermatologist wants to put me on isotretinoin 20 mg a day (I'm 55 kg) for 6-8 months, to reach 120 mg/kg total. I'm 22 and female. Why do I have to do two pregnancy tests and use 2 types of contraception? And how long after the last pill is it safe to get pregnant? can I still have a few drinks on weekends",
    focus: 'isotretinoin',
    types: ['contraindications', 'interactions'],
  },
];
