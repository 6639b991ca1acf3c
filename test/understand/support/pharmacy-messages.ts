/**
 * "pharmacy" set: 40 questions about medicines as people bring them to a pharmacist or a medicines
 * helpline: carers managing a parent's pill box, parents dosing syrups, people on many medicines, things
 * bought over the counter or online, starting, switching, stopping or running out, travelling, giving
 * medicines through a tube or crushing them, a new symptom after starting one, what a medicine in a list is
 * for. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. First scored before any change for it: focus 0.975, type F1 0.696. Scored by
 * pharmacy.test.ts and by `npx tsx test/understand/support/score-messages.ts --pharmacy --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PHARMACY_MESSAGES: ConsumerMessage[] = [
  {
    // "Is it better for her to have it in the morning or at night?" = drug_usage (timing); "is that the Aricept doing that?" = side_effects (whether a new problem comes from the medicine). Focus: the medicine both questions are about.
    subject: "Mum's Aricept going up to 10mg",
    message:
      "Hello, I look after my mum who is 82 and has Alzheimer's. She's been on Aricept 5mg for about a year and the memory clinic have now put her up to 10mg. I do her dosette box every Sunday. Is it better for her to have it in the morning or at night? Since the increase she's been having really vivid dreams and waking up confused at 3am, is that the Aricept doing that? Many thanks, Sheila",
    focus: 'Aricept',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "how much childrens motrin for 2 yr old" = drug_usage (dose). Focus: the medicine being dosed.
    message: 'how much childrens motrin for 2 yr old, she weighs 26 lbs and has a fever of 102',
    focus: 'motrin',
    types: ['drug_usage'],
  },
  {
    // "Is that going to mess with his warfarin?" = interactions (warfarin with another medicine; the cranberry juice sentence is the same question about a food). Focus: warfarin, the medicine the interaction question is about.
    message:
      'My father (79) is on warfarin for his AF. The dentist has just given him amoxicillin before a tooth extraction. Is that going to mess with his warfarin? He also drinks a big glass of cranberry juice every morning which my sister says is a problem too.',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "Does the pen I'm using have to stay in the fridge the whole time" and "how long does it keep once it's opened?" = storage_disposal (one type, both about storing it). Travel is story here.
    subject: 'Travelling with insulin',
    message:
      "We're flying to Tenerife for two weeks in July and I'm taking my Lantus pens. Does the pen I'm using have to stay in the fridge the whole time, and how long does it keep once it's opened? The apartment doesn't have a fridge in the bedroom.",
    focus: 'Lantus',
    types: ['storage_disposal'],
  },
  {
    // "Can metformin tablets be crushed and given down the tube or is there a liquid version we should ask for?" = drug_usage (how to give it). Focus: metformin.
    message:
      "My husband had a stroke in March and is now fed through a PEG tube. He's on metformin 500mg twice a day. The nurses at the hospital used to crush it but at home the district nurse said she wasn't sure that's OK. Can metformin tablets be crushed and given down the tube or is there a liquid version we should ask for?",
    focus: 'metformin',
    types: ['drug_usage'],
  },
  {
    // "Does the coffee and calcium really stop it working?" = interactions (food and another medicine); "Would it be better to take it at bedtime?" = drug_usage (timing).
    message:
      "I've been taking my Synthroid every morning with my coffee and my calcium tablet, all together, for years. Someone in my thyroid support group said that's a big no-no. Does the coffee and calcium really stop it working? Would it be better to take it at bedtime?",
    focus: 'Synthroid',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Why does she have to sign a form and have a pregnancy test every month?" = contraindications (pregnancy precaution); "I've read it can cause depression, is that true??" = side_effects.
    message:
      "My 17 year old is starting Accutane next month for bad acne. Why does she have to sign a form and have a pregnancy test every month? She's not sexually active. Also I've read it can cause depression, is that true??",
    focus: 'Accutane',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "What is gabapentin for?" = indication (a medicine on a list, what it is for).
    message:
      "Just got mum's discharge letter from the hospital and there's a new one on the list - gabapentin 300mg three times a day. Nobody explained it. She doesn't have epilepsy. What is gabapentin for?",
    focus: 'gabapentin',
    types: ['indication'],
  },
  {
    // "Does Lipitor have lactose in it?" = ingredients.
    subject: 'lactose in Lipitor?',
    message:
      'I am very lactose intolerant (even small amounts set me off). Does Lipitor have lactose in it? My cardiologist just prescribed 40mg.',
    focus: 'Lipitor',
    types: ['ingredients'],
  },
  {
    // "How do you safely get rid of used fentanyl patches?" = storage_disposal (throwing it away).
    message:
      "How do you safely get rid of used fentanyl patches? My mother-in-law lives with us and our grandkids visit a lot, I've been putting them in the kitchen bin and now I'm worried.",
    focus: 'fentanyl',
    types: ['storage_disposal'],
  },
  {
    // "Is this an allergic reaction to the amoxicillin?" = side_effects (whether a problem comes from the medicine); "Do I stop it or finish the course??" = drug_usage (stopping).
    message:
      "My son is 4 and on day 5 of amoxicillin for an ear infection. This morning he woke up with a blotchy pinkish rash all over his tummy and back. He's not itchy and is playing normally. Is this an allergic reaction to the amoxicillin? Do I stop it or finish the course??",
    focus: 'amoxicillin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "is that normal with it" (dizzy on standing since starting flomax) = side_effects.
    message:
      'started flomax last week for my prostate and i get dizzy every time i stand up from the couch. is that normal with it',
    focus: 'flomax',
    types: ['side_effects'],
  },
  {
    // "Can I take cipro with a glass of milk?" = interactions (food); "will that stop it working?" (Tums) = the same type, interactions with another medicine. Heartburn is only story.
    message:
      'Can I take cipro with a glass of milk? Also I chew Tums most nights for heartburn, will that stop it working?',
    focus: 'cipro',
    types: ['interactions'],
  },
  {
    // "Is it dangerous to just stop taking it for a week?" = drug_usage (stopping / running out). The dizziness and zaps are story, not asked about.
    subject: 'Ran out of Zoloft',
    message:
      "I ran out of my Zoloft (100mg) on Friday and can't get an appointment until next Thursday, the pharmacy won't give me any without a new prescription. I already feel dizzy and keep getting these weird electric zaps in my head. Is it dangerous to just stop taking it for a week?",
    focus: 'Zoloft',
    types: ['drug_usage'],
  },
  {
    // "Is it safe to use the sildenafil with that?" (nitroglycerin spray) = interactions. Focus: sildenafil, the medicine the question is about.
    message:
      "I bought some sildenafil online from a site that didn't need a prescription (embarrassed to ask my GP). I use a nitroglycerin spray a couple of times a month for angina. Is it safe to use the sildenafil with that?",
    focus: 'sildenafil',
    types: ['interactions'],
  },
  {
    // "Isn't that a malaria drug? How is it supposed to help lupus?" = indication (how it works / what it is for); "do I really need to have my eyes checked every year while I'm on it?" = contraindications (precautions).
    message:
      "I was diagnosed with lupus in January and my rheumatologist put me on Plaquenil. Isn't that a malaria drug? How is it supposed to help lupus? And my friend said I need eye exams, do I really need to have my eyes checked every year while I'm on it?",
    focus: 'Plaquenil',
    types: ['indication', 'contraindications'],
  },
  {
    // "Is it safe to stay on it during pregnancy?" = contraindications (pregnancy).
    message:
      "I'm 29 and have taken Lamictal for my epilepsy since I was a teenager. My husband and I want to start trying for a baby. Is it safe to stay on it during pregnancy?",
    focus: 'Lamictal',
    types: ['contraindications'],
  },
  {
    // "Is this what people call Kepra rage?" = side_effects (whether the behaviour comes from the medicine). Focus is the misspelling as written (Keppra is held).
    message:
      'Our son is 8 and started Kepra about 6 weeks ago after two seizures. He has turned into a different child - screaming, hitting his sister, crying over nothing. Is this what people call Kepra rage? Im at my wits end',
    focus: 'Kepra',
    types: ['side_effects'],
  },
  {
    // "Is Claritin gluten free?" = ingredients.
    message: 'Is Claritin gluten free? Coeliac here and hay fever season is killing me',
    focus: 'Claritin',
    types: ['ingredients'],
  },
  {
    // "Is this true, what is Creon actually made of?" = ingredients (one question asked twice in other words).
    subject: 'Creon and pork',
    message:
      'Our daughter (6) has cystic fibrosis and takes Creon with all her meals and snacks. We are a Muslim family and a relative told us the capsules are made from pigs. Is this true, what is Creon actually made of?',
    focus: 'Creon',
    types: ['ingredients'],
  },
  {
    // "Does it go in the fridge or the cupboard?" and "is it still ok to use?" (left over from February) = storage_disposal (storing it, how long it keeps).
    message:
      "The pharmacy gave us Augmentin liquid for our 18 month old's chest infection. Does it go in the fridge or the cupboard? There is some left from when my older one had it in February, is it still ok to use?",
    focus: 'Augmentin',
    types: ['storage_disposal'],
  },
  {
    // "can my sons EpiPen live in the glovebox of the car?" = storage_disposal.
    message:
      'can my sons EpiPen live in the glovebox of the car? it gets really hot in there in summer and really cold in winter',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  {
    // "What actually brings the attacks on?" = cause; "How do I stop it happening again?" = prevention; "Do I have to give up red meat and beer completely?" = lifestyle (diet). "My dad had it too" is story.
    subject: 'First gout attack at 44',
    message:
      "Just been told the agony in my big toe is gout. I'm 44, fit, not overweight. What actually brings the attacks on? How do I stop it happening again? Do I have to give up red meat and beer completely? My dad had it too.",
    focus: 'gout',
    types: ['cause', 'prevention', 'lifestyle'],
  },
  {
    // "How does Januvia work differently?" = indication; "Do I take it with food or doesn't it matter?" = drug_usage; "Can it still make my sugar go too low?" = side_effects; "is there a generic?" (asked about cost) = other.
    message:
      "My doctor switched me from glipizide to Januvia because I kept having hypos. How does Januvia work differently? Do I take it with food or doesn't it matter? Can it still make my sugar go too low? Also it's costing me $480 a month on my plan, is there a generic?",
    focus: 'Januvia',
    types: ['indication', 'drug_usage', 'side_effects', 'other'],
  },
  {
    // "Could this be my thyroid too?" = diagnosis (could my signs be it); "If it is, is it tablets for life?" = treatment.
    message:
      "I'm 38, exhausted all the time, cold when everyone else is warm, hair coming out in the shower and I've put on a stone without trying. My mum has an underactive thyroid. Could this be my thyroid too? If it is, is it tablets for life?",
    focus: 'underactive thyroid',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Is it something that's passed down in families?" = inheritance; "Should me and my sister get tested, and what would the test be?" = diagnosis.
    message:
      "My younger brother (19) has just been diagnosed with Wilson disease after problems with his liver. Is it something that's passed down in families? Should me and my sister get tested, and what would the test be?",
    focus: 'Wilson disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Is that from the pyridostigmine?" = side_effects; "Would it be OK to take Imodium with it?" = interactions.
    message:
      'I have myasthenia gravis and take pyridostigmine 60mg four times a day. About half an hour after every dose I get stomach cramps and the runs. Is that from the pyridostigmine? Would it be OK to take Imodium with it?',
    focus: 'pyridostigmine',
    types: ['side_effects', 'interactions'],
  },
  {
    // "How does it help sickle cell?" = indication (how it works); "Will it affect his growth or his fertility when he's older?" = side_effects.
    message:
      "Our son is 3 and has sickle cell disease. The haematologist wants to start him on hydroxyurea. I looked it up and it's a cancer drug?? How does it help sickle cell? Will it affect his growth or his fertility when he's older?",
    focus: 'hydroxyurea',
    types: ['indication', 'side_effects'],
  },
  {
    // "Can the tablets be dissolved in apple juice instead of water?" = drug_usage (how to take it).
    message:
      'Our daughter with PKU has just started sapropterin. Can the tablets be dissolved in apple juice instead of water? She gags on it.',
    focus: 'sapropterin',
    types: ['drug_usage'],
  },
  {
    // "Could it be the amlodipine causing that?" = side_effects. Focus: amlodipine, the one medicine the question names among the list.
    subject: "Swollen ankles - Dad's tablets",
    message:
      'Hi, my dad is 84 and takes a lot of medicines: amlodipine 10mg, bisoprolol, atorvastatin, omeprazole, aspirin, tamsulosin and a vitamin D. The GP added the amlodipine about 2 months ago for his BP and now both his ankles are puffy by the evening, you can leave a dent with your finger. Could it be the amlodipine causing that?',
    focus: 'amlodipine',
    types: ['side_effects'],
  },
  {
    // "can i have a glass of wine on flagyl??" = interactions (alcohol).
    message:
      'can i have a glass of wine on flagyl?? my best friends wedding is saturday and I finish the course on thursday',
    focus: 'flagyl',
    types: ['interactions'],
  },
  {
    // "Is Sudafed OK for someone with high blood pressure?" = contraindications (who should not take it).
    message:
      "Is Sudafed OK for someone with high blood pressure? I've got a stinking cold and a blocked nose.",
    focus: 'Sudafed',
    types: ['contraindications'],
  },
  {
    // "Is it safe for a baby her age?" = contraindications (who should not take it); "If so how much would we give?" = drug_usage (dose).
    message:
      'We have a 10 hour flight to see family next month with our 18 month old. Friends have said to give her Benadryl so she sleeps. Is it safe for a baby her age? If so how much would we give?',
    focus: 'Benadryl',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "How does it help acne?" = indication (how it works / what it is for).
    message:
      "My 16 year old's dermatologist has prescribed spironolactone for her acne. I thought that was a water pill for heart patients, my father took it. How does it help acne?",
    focus: 'spironolactone',
    types: ['indication'],
  },
  {
    // "Is it ok to take ibuprofin with my BP pills (losartan and hydrochlorothiazide)?" = interactions; "my kidneys are 'a bit sluggish', does that matter?" = contraindications (precaution). Focus is the misspelling as written (ibuprofen is held).
    message:
      "Is it ok to take ibuprofin with my BP pills (losartan and hydrochlorothiazide)? I've got a bad back. Also my doctor says my kidneys are 'a bit sluggish', does that matter?",
    focus: 'ibuprofin',
    types: ['interactions', 'contraindications'],
  },
  {
    // "is the predisone doing that" (high sugars) = side_effects. Focus is the misspelling as written (prednisone is held).
    message:
      'mom has been on predisone 40mg for 2 weeks for her COPD flare up and her blood sugars are going crazy, 300s. shes type 2 diabetic. is the predisone doing that',
    focus: 'predisone',
    types: ['side_effects'],
  },
  {
    // "Can I just flush the pills down the toilet?" and "Where do the needles go?" = storage_disposal (one type, both about throwing away). Focus: lorazepam, the medicine named among the pills.
    subject: "Dad's leftover medicines",
    message:
      'Dad passed away last week. He left half a bottle of lorazepam and a lot of other tablets, plus a sharps box with his insulin needles. Can I just flush the pills down the toilet? Where do the needles go?',
    focus: 'lorazepam',
    types: ['storage_disposal'],
  },
  {
    // "Are either of those a problem with Eliquis?" (turmeric capsules, sherry) = interactions (another product and alcohol). Focus: Eliquis, not the warfarin she came off.
    message:
      'Mum (76) was changed from warfarin to Eliquis after her hospital stay. She takes turmeric capsules for her knees and likes a sherry in the evening. Are either of those a problem with Eliquis?',
    focus: 'Eliquis',
    types: ['interactions'],
  },
  {
    // "Isn't Seroquel for schizophrenia? Why would they use it for him" = indication (what it is for); "is it safe in someone with dementia?" = contraindications (precaution).
    message:
      "The care home want to give my dad Seroquel at night because he's been agitated and wandering. He has vascular dementia. Isn't Seroquel for schizophrenia? Why would they use it for him, and is it safe in someone with dementia? I've read scary things.",
    focus: 'Seroquel',
    types: ['indication', 'contraindications'],
  },
  {
    // "Which is right and what do we do now?" (daily vs weekly dose, three days taken) = drug_usage (dose and timing, a dosing mistake).
    message:
      "URGENT - my mother's dosette box was filled by the new pharmacy with methotrexate 2.5mg in EVERY day, but her old label says 'take 4 tablets once a week on Monday'. She's had it 3 days running. Which is right and what do we do now?",
    focus: 'methotrexate',
    types: ['drug_usage'],
  },
];
