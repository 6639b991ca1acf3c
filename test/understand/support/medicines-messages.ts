/**
 * "medicines" set: 40 messages about medicines, prescription and over the counter, from members of the
 * public asking about their own medicines or a relative's, covering every medicine question type (how to
 * take or stop it, side effects, interactions, precautions, what it is for and how it works, what it
 * contains, storing and disposal) and a few condition questions where a medicine is only background; typos,
 * brand and generic names, misspelled drug names, capitals, long backstories. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 1.000, type F1 0.677. Scored by medicines.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --medicines --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MEDICINES_MESSAGES: ConsumerMessage[] = [
  {
    // "Can I take it at bedtime instead?" = drug_usage (timing); "does the coffee stop it from working?" = interactions (a drink with the medicine). The focus is the medicine, not the hypothyroidism it is for.
    subject: 'synthroid and coffee',
    message:
      'Hello, I was just diagnosed with hypothyroidism (Hashimotos) and started on Synthroid 50 mcg last week. The pharmacist said take it first thing in the morning on an empty stomach but I am NOT a morning person and I have my coffee the second I get up. Can I take it at bedtime instead? And if I keep taking it in the morning with my coffee, does the coffee stop it from working? Thank you',
    focus: 'Synthroid',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Could this cough be from the lisinipril?" = side_effects (whether a problem comes from the medicine). Misspelled; lisinopril is in the knowledge base.
    message:
      'I started lisinipril for blood pressure about 6 weeks ago and now I have a dry tickly cough that wont go away, worse at night. No cold, no fever. Could this cough be from the lisinipril?',
    focus: 'lisinipril',
    types: ['side_effects'],
  },
  {
    // "Is it safe for the baby while I'm breastfeeding?" and "Will it get into my milk?" = one question asked twice = contraindications (breastfeeding). Postpartum depression is only background.
    subject: 'Zoloft and breastfeeding',
    message:
      "I'm 3 weeks postpartum and my OB wants to start me on Zoloft for postpartum depression. I have been crying every day and I know I need help but I am exclusively breastfeeding and I worked so hard to make it work. Is it safe for the baby while I'm breastfeeding? Will it get into my milk? I don't want to hurt him.",
    focus: 'Zoloft',
    types: ['contraindications'],
  },
  {
    // "IS THAT SAFE FOR HIS KIDNEYS???" = contraindications (a precaution with kidney disease); the second line asks it again.
    message:
      'MY FATHER IS 81 AND HAS STAGE 3 KIDNEY DISEASE. HE TAKES ADVIL FOR HIS BACK EVERY DAY, SOMETIMES 4 OR 5 PILLS. IS THAT SAFE FOR HIS KIDNEYS??? SHOULD SOMEONE WITH BAD KIDNEYS BE TAKING IT AT ALL. HIS DOCTOR NEVER SAID ANYTHING.',
    focus: 'ADVIL',
    types: ['contraindications'],
  },
  {
    // "How much childrens tylenol can I give" and "how often can I give it" = drug_usage (dose and timing), one type.
    subject: 'tylenol dose for toddler',
    message:
      'How much childrens tylenol can I give my 2 year old, she weighs 26 lbs and has a fever of 102. The box says ask a doctor and its 11pm and the office is closed. And how often can I give it?',
    focus: 'tylenol',
    types: ['drug_usage'],
  },
  {
    // "does she really have to stop eating greens?", "Does cranberry juice affect it too?" and "is a glass of wine ok?" = all interactions (food and alcohol with the medicine), one type.
    message:
      'My mother is 78 and has been on warfarin since she had her heart valve replaced in 2019. Lately her INR has been all over the place, one week 1.6 and the next 3.8, and they keep changing her dose. She lives alone and cooks for herself, she loves her salads with spinach and kale from her garden and she drinks a big glass of cranberry juice every morning because of bladder infections. A lady at her church told her she has to stop eating greens completely while on warfarin. Is that true, does she really have to stop eating greens? Does cranberry juice affect it too? She also likes a glass of red wine with Sunday dinner, is a glass of wine ok? I live 3 hours away and I worry about her constantly.',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "is it still good?" (left out of the fridge) = storage_disposal; "should I give him two doses tonight to catch up?" = drug_usage (missed dose); "how do I get rid of it" = storage_disposal again, already counted. Misspelled; amoxicillin is in the knowledge base.
    message:
      "My son (4) is on amoxicillan liquid for an ear infection. We forgot to put the bottle back in the fridge last night and it sat on the counter maybe 10 hours. is it still good? Also he missed his afternoon dose at daycare today, should I give him two doses tonight to catch up? When he's done there will be some left over, how do I get rid of it?",
    focus: 'amoxicillan',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "why can't I just stop?" and "Is it dangerous to stop it early?" = drug_usage (stopping, tapering), one question asked twice.
    message:
      "I've been on prednisone 40 mg for 10 days for an asthma flare and the bottle says to taper down over the next week, 30 then 20 then 10. I feel totally fine now and I hate how it makes me feel. why can't I just stop? Is it dangerous to stop it early?",
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  {
    // "Why would they give her this" and "how does it work for nerve pain?" = indication (what it is for, how it works). Shingles is only background.
    message:
      'My mom had shingles back in March and she still has burning pain along her side where the rash was. Her doctor put her on gabapentin. I looked it up and everything says its for seizures?? She doesnt have epilepsy. Why would they give her this and how does it work for nerve pain?',
    focus: 'gabapentin',
    types: ['indication'],
  },
  {
    // The only question is in the subject line: "Can Lipitor be taken at night" = drug_usage (timing).
    subject: 'Can Lipitor be taken at night instead of the morning?',
    message: 'Been on 20mg for 3 years. Thank you. Ron',
    focus: 'Lipitor',
    types: ['drug_usage'],
  },
  {
    // "Does Prilosec OTC contain gluten?" = ingredients. Celiac disease is the reason for asking, not the focus.
    message:
      "I have celiac disease and my doctor told me to try Prilosec OTC for acid reflux. Does Prilosec OTC contain gluten? The box doesn't say gluten free anywhere and I react to even tiny amounts.",
    focus: 'Prilosec',
    types: ['ingredients'],
  },
  {
    // "does it matter if it's the father who takes it? Could it hurt the baby?" = contraindications (pregnancy precaution); "is that from the methotrexate?" (hair thinning) = side_effects.
    message:
      "My husband has rheumatoid arthritis and takes methotrexate every Sunday, 6 pills. We want to start trying for our second baby this summer. I know women have to stop it before getting pregnant, but does it matter if it's the father who takes it? Could it hurt the baby? Also his hair has been thinning a lot on top this past year, is that from the methotrexate?",
    focus: 'methotrexate',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "How does it help lupus?" = indication (how it works); "can it hurt my eyes?" = side_effects.
    message:
      "Hi. I was diagnosed with lupus in January and my rheumatologist started me on Plaquenil 200mg twice a day. Isnt that a malaria medicine? How does it help lupus? She also said I have to see an eye doctor every year while I'm on it, which scared me. can it hurt my eyes?",
    focus: 'Plaquenil',
    types: ['indication', 'side_effects'],
  },
  {
    // "is my rash from the lamictil" = side_effects; "should i stop taking it right now or wait" = drug_usage (stopping). Misspelled; Lamictal is in the knowledge base.
    message:
      'started lamictil 3 weeks ago for bipolar 2 and just went up to 50mg on monday and today I noticed a red rash on my chest and arms kind of itchy and my sister says rashes on that drug can be really dangerous and now im freaking out, is my rash from the lamictil, should i stop taking it right now or wait until i see my psychiatrist on thursday',
    focus: 'lamictil',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "is it really that dangerous if she got pregnant while on it?" = contraindications (pregnancy); "can she have a drink ... while she's on Accutane?" = interactions (alcohol); "Can it make her depressed?" = side_effects.
    subject: 'Accutane questions for my daughter',
    message:
      "My 17 year old daughter's dermatologist wants her to start Accutane for severe cystic acne. We had to sign pages of forms about pregnancy and she has to be on 2 forms of birth control and do monthly pregnancy tests. She is not even sexually active! is it really that dangerous if she got pregnant while on it? Also she has prom and graduation parties coming up and I'm not naive, can she have a drink or two while she's on Accutane? And I read about teenagers becoming suicidal on it. Can it make her depressed? She already struggles with anxiety.",
    focus: 'Accutane',
    types: ['contraindications', 'interactions', 'side_effects'],
  },
  {
    // "is this normal" (stomach pain) and "does it make you burn easier in the sun?" = both side_effects, one type. Lyme disease is only background.
    message:
      'Im taking doxycycline for lyme disease (found a tick on my leg after hiking). It makes my stomach hurt so bad, is this normal? We are going to the beach next week and my friend said doxycycline makes you sunburn really easy. does it make you burn easier in the sun?',
    focus: 'doxycycline',
    types: ['side_effects'],
  },
  {
    // "What is it actually for?" = indication; "is it true pregnant women shouldn't even touch the pills?" = contraindications (pregnancy precaution).
    message:
      "My husband has been taking finasteride for a couple of years. I always thought it was for his hair but now his urologist says it's for his prostate. What is it actually for? Also I'm 12 weeks pregnant and I read online that pregnant women shouldn't even touch the pills, and I'm the one who fills his pill box every week. is it true pregnant women shouldn't even touch the pills?",
    focus: 'finasteride',
    types: ['indication', 'contraindications'],
  },
  {
    // "how long will I have to take it" = drug_usage; "is that the tamoxifen or is it menopause" = side_effects (whether a problem comes from the medicine).
    message:
      "I'm 46 and finished radiation for ER positive breast cancer last fall. My oncologist started me on tamoxifen. She said 5 years but maybe 10, so how long will I have to take it? The hot flashes are unbearable, I'm up 4 or 5 times a night soaked. is that the tamoxifen or is it menopause starting? I don't know who to ask anymore.",
    focus: 'tamoxifen',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "is it safe to have dental surgery while I'm taking Fosamax?" = contraindications (a precaution before surgery). Osteoporosis is only background.
    message:
      "I have been on Fosamax 70 mg once a week for osteoporosis for about 4 years. I have a tooth implant planned in May and my dentist's office called to ask if I'm on it before he does anything. Why would he care, is it safe to have dental surgery while I'm taking Fosamax?",
    focus: 'Fosamax',
    types: ['contraindications'],
  },
  {
    // "Is it safe to have the surgery while I'm still on aspirin" = contraindications (a precaution before surgery).
    subject: 'hip surgery',
    message:
      "My hip replacement is on the 14th. I take a baby aspirin every day for my heart, I had a stent put in 2 years ago. Is it safe to have the surgery while I'm still on aspirin, with the bleeding and all? Nobody at the surgeon's office has mentioned it.",
    focus: 'aspirin',
    types: ['contraindications'],
  },
  {
    // "why would a dermatologist give me a blood pressure pill" and "How does it work for acne?" = indication, one question asked twice.
    message:
      "My dermatologist just prescribed spironolactone (Aldactone) for my hormonal acne. I'm 24 and my blood pressure is fine. Why would a dermatologist give me a blood pressure pill? How does it work for acne?",
    focus: 'spironolactone',
    types: ['indication'],
  },
  {
    // "Can Singulair cause this?" (nightmares, anger) = side_effects.
    subject: 'Singulair and nightmares??',
    message:
      "Our son is 6 and was put on Singulair in the fall for his allergies and asthma. Since then he has horrible nightmares almost every night and he's been angry and crying over nothing, which is not like him at all. His teacher noticed too. Can Singulair cause this? I saw something on Facebook about a black box warning and now I feel awful for not noticing sooner.",
    focus: 'Singulair',
    types: ['side_effects'],
  },
  {
    // "how many puffs of albuterol can an adult use in a day" = drug_usage (dose); "how do you throw out an empty inhaler" = storage_disposal.
    message:
      "how many puffs of albuterol can an adult use in a day? I've been using my inhaler 8-10 times a day since I got bronchitis 2 weeks ago. also how do you throw out an empty inhaler, can it go in the regular trash or will it explode",
    focus: 'albuterol',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "Is it safe to give Benadryl to a baby that young?" = contraindications (children).
    message:
      "We are flying to see my husband's family, 9 hours plus a layover, with our 14 month old. A friend told us to just give her Benadryl so she sleeps the whole flight. Is it safe to give Benadryl to a baby that young?",
    focus: 'Benadryl',
    types: ['contraindications'],
  },
  {
    // "Is Zofran safe to take while pregnant?" = contraindications (pregnancy). Morning sickness is only background.
    message:
      "I'm 9 weeks pregnant with my first and I have really bad morning sickness, I throw up 5 or 6 times a day and I lost 8 pounds. My doctor prescribed Zofran and it helps so much but my mother in law sent me an article saying it causes heart defects and cleft palate. Is Zofran safe to take while pregnant? I'm terrified I've already hurt my baby.",
    focus: 'Zofran',
    types: ['contraindications'],
  },
  {
    // "Does Adderall have red dye in it?" and "which strengths are dye free?" = ingredients, one type. ADHD is only background.
    message:
      'Does Adderall have red dye in it? My son gets hives from red dye 40 and he is starting Adderall for ADHD next week. Which strengths are dye free?',
    focus: 'Adderall',
    types: ['ingredients'],
  },
  {
    // "Can I take ibuprofen or naproxen with my lithium?" and "What about acetaminophen?" = interactions (other medicines), one type.
    message:
      "I've been on lithium for 12 years for bipolar disorder and I've been stable the whole time, which took a long time to get to. I twisted my knee last week and urgent care said take ibuprofen or naproxen for the swelling. When I picked it up my pharmacist looked worried and told me to check with my psychiatrist, who is on vacation. Can I take ibuprofen or naproxen with my lithium? What about acetaminophen?",
    focus: 'lithium',
    types: ['interactions'],
  },
  {
    // "Is it OK to take Plavix and omeprazole together?" = interactions (another medicine). The focus is the medicine first asked about.
    message:
      'Is it OK to take Plavix and omeprazole together? My cardiologist put me on Plavix after my stent in December and my regular doctor has me on omeprazole for heartburn. Now my brother in law says they cancel each other out.',
    focus: 'Plavix',
    types: ['interactions'],
  },
  {
    // "Should I take another one or skip it?" = drug_usage (a possibly missed dose). Atrial fibrillation is only background.
    subject: 'missed dose?',
    message:
      "I take Eliquis 5 mg twice a day for atrial fibrillation. This morning I cant remember if I took it or not. Should I take another one or skip it? I'm afraid of a stroke but also afraid of bleeding.",
    focus: 'Eliquis',
    types: ['drug_usage'],
  },
  {
    // "How do we keep the insulin from going bad?", "does the pen she's using now have to be in the cooler too?" and "how long is a pen good once it's opened?" = storage_disposal, one type. Type 1 diabetes is only background.
    subject: 'camping with insulin',
    message:
      "We are going camping for a week in July in Arizona, no electricity. My daughter is 12 and has type 1 diabetes, she uses Lantus pens once a day. How do we keep the insulin from going bad in that heat? Does the pen she's using now have to be in the cooler too? And how long is a pen good once it's opened? Thanks so much, first big trip since her diagnosis.",
    focus: 'Lantus',
    types: ['storage_disposal'],
  },
  {
    // "How do we get rid of them safely?" and "Can we flush them?" = storage_disposal (disposal), one question asked twice.
    message:
      "My father passed away last week after a long fight with pancreatic cancer. Hospice has stopped coming and we are left with a kitchen counter full of his medicines, including almost a full bottle of oxycodone and some fentanyl patches. My sister wants to just throw everything in the trash. We have little grandkids running around the house and I don't want anyone getting into them. How do we get rid of them safely? Can we flush them?",
    focus: 'oxycodone',
    types: ['storage_disposal'],
  },
  {
    // "Do Prozac capsules contain gelatin from pork?" = ingredients; asking for a version without it is the same question.
    message:
      'Assalamu alaikum. My doctor prescribed Prozac 20 mg capsules for me. I am Muslim and I do not eat pork products. Do Prozac capsules contain gelatin from pork? If yes is there a form without it?',
    focus: 'Prozac',
    types: ['ingredients'],
  },
  {
    // "Is there lactose in Claritin?" = ingredients.
    message: 'Is there lactose in Claritin? My daughter is very lactose intolerant.',
    focus: 'Claritin',
    types: ['ingredients'],
  },
  {
    // "Is this normal from metforman??" = side_effects; "Can I take both pills at night" = drug_usage (timing); "is it ok to have a glass of wine with dinner" = interactions (alcohol); "is metforman ok with my kidneys" = contraindications (kidney problems). Misspelled; metformin is in the knowledge base.
    message:
      "My doctor put me on metforman 500mg twice a day for my sugar (type 2). I have had diarrhea every single day for 2 weeks and I'm scared to leave the house. Is this normal from metforman?? Can I take both pills at night instead of one in the morning and one at night? Also is it ok to have a glass of wine with dinner. And my last labs said my kidney function was a little low, is metforman ok with my kidneys? Sorry for all the questions, my appointment is not until March.",
    focus: 'metforman',
    types: ['side_effects', 'drug_usage', 'interactions', 'contraindications'],
  },
  {
    // "Is Lexapro known to cause weight gain?" = side_effects; "can I just stop or do I need to taper" = drug_usage (stopping).
    message:
      'Ive been on Lexapro 10mg for 2 years for anxiety and it has helped a lot but I have gained 30 lbs without changing anything. Is Lexapro known to cause weight gain? If I want to come off it, can I just stop or do I need to taper?',
    focus: 'Lexapro',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "will Keflex make my birth control pills not work?" = interactions (another medicine); needing a backup method is the same question.
    subject: 'antibiotics and the pill',
    message:
      "I'm on birth control pills and my doctor just gave me Keflex for a skin infection for 10 days. will Keflex make my birth control pills not work? Do I need to use a backup method?",
    focus: 'birth control pills',
    types: ['interactions'],
  },
  {
    // A condition question; the medicines are background. "is gout hereditary?" = inheritance; "does beer and red meat really bring on the attacks?" = cause (what brings on attacks).
    message:
      "My husband is 52 and takes allopurinol every day and colchicine when he has a flare for gout. His first attack was in his big toe last year and he couldn't even put a sheet over it. His father had it too. Our son is 24 and wants to know if he'll get it, is gout hereditary? And does beer and red meat really bring on the attacks, or is that an old wives tale?",
    focus: 'gout',
    types: ['inheritance', 'cause'],
  },
  {
    // A condition question; Keppra is background. "Will she outgrow it?" = prognosis; "Can she still take swimming lessons" = lifestyle.
    message:
      "Our daughter is 7 and was diagnosed with epilepsy after two seizures at school in the fall. She's on Keppra now and hasn't had one in 4 months, thank God. Will she outgrow it? Can she still take swimming lessons with her class this summer?",
    focus: 'epilepsy',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // A condition question; hydroxyurea is background. "Is there a cure?" = treatment; "are there any trials he could be part of?" = research; "what are the chances his baby sister has it too?" = inheritance.
    subject: 'my grandson',
    message:
      'Good afternoon. My grandson is 10 and he has sickle cell disease. He takes hydroxyurea and folic acid every day but he has still been in the hospital 3 times this year with pain crises, the last time for 9 days. He misses so much school and he is such a bright boy. Is there a cure? I saw on the news about a gene therapy, are there any trials he could be part of? And my daughter just had a baby girl, what are the chances his baby sister has it too? Thank you for any help. God bless.',
    focus: 'sickle cell disease',
    types: ['treatment', 'research', 'inheritance'],
  },
  {
    // A condition question; colchicine is background. "How common is it?" = frequency; "Which gene is it?" = genetic_changes.
    message:
      'My wife is Armenian and at 30 she was finally diagnosed with familial Mediterranean fever after years of fevers and terrible stomach pain that doctors said was nothing. She takes colchicine now and is doing much better. How common is it? Which gene is it?',
    focus: 'familial Mediterranean fever',
    types: ['frequency', 'genetic_changes'],
  },
];
