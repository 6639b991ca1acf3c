/**
 * "contraception" set. Messages about contraception, periods and hormones: the pill, implants, coils and the
 * morning-after pill with a condition or a medicine, periods in a condition, whether a medicine stops the pill
 * working. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.729). Scored by
 * contraception.test.ts and by `npx tsx test/understand/support/score-messages.ts --contraception --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CONTRACEPTION_MESSAGES: ConsumerMessage[] = [
  // why: "can I take it together with birth control pills" asks only about Lamictal with another medicine
  {
    subject: 'lamictal + birth control',
    message:
      'I take Lamictal for seizures. Can I take it together with birth control pills or will one of them stop working?',
    focus: 'Lamictal',
    types: ['interactions'],
  },
  // why: "should I get tested" is diagnosis; "could I have passed it to my kids" is inheritance
  {
    message:
      'My mom had a blood clot at 40 and then tested positive for factor V Leiden. I have been on the pill since I was 17. Should I get tested before I keep taking it? And if I have it, could I have passed it on to my two kids?',
    focus: 'factor V Leiden',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "does it cause an abortion / how does it work" asks how the medicine works
  {
    message: 'does plan b cause an abortion or does it work some other way',
    focus: 'plan b',
    types: ['indication'],
  },
  // why: "what causes it" is cause; "any treatment besides the pill" is treatment; "affect my chances of having kids" is a complication
  {
    subject: 'PCOS and the pill',
    message:
      "Hi, I'm 19 and was diagnosed with polycystic ovary syndrome last month. My periods come every 3 or 4 months and I have acne on my jaw. My gynecologist just wants to put me on birth control pills but I feel like that only masks it. What actually causes PCOS? Is there any treatment besides the pill? And will it affect my chances of having kids later on?",
    focus: 'polycystic ovary syndrome',
    types: ['cause', 'treatment', 'complications'],
  },
  // why: "why two forms of birth control" is a pregnancy precaution; "does it make the pill less effective" is an interaction
  {
    message:
      'Why do I have to be on TWO forms of birth control to take Accutane? Does Accutane make the pill less effective or something?',
    focus: 'Accutane',
    types: ['contraindications', 'interactions'],
  },
  // why: only asks what can be done to control the heavy bleeding, which is treatment
  {
    subject: 'heavy periods',
    message:
      'my daughter is 14 and has von Willebrand disease. her periods are so heavy she misses 2-3 days of school every month and she is exhausted. what can be done to control the bleeding',
    focus: 'von Willebrand disease',
    types: ['treatment'],
  },
  // why: "can it cause cysts" is a side effect; "how long can it stay in before replacing" is how to use the device
  {
    message:
      'Can the Mirena cause ovarian cysts? I had one show up on an ultrasound. Also how long can it stay in before it has to be replaced?',
    focus: 'Mirena',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "why do they come before my period" is cause; "what can I take to stop them" is prevention; "what helps once one starts" is treatment
  {
    subject: 'migraines around my period',
    message:
      "I get migraines with aura, almost always in the two days before my period starts. Why do they come then? Is there something I can take to stop them happening that doesn't clash with my birth control, and what actually helps once one has started? Regular painkillers do nothing.",
    focus: 'migraines',
    types: ['cause', 'prevention', 'treatment'],
  },
  // why: "does it thin your bones" asks whether a problem comes from the medicine
  {
    message:
      "I've been on Depo-Provera for 4 years, since I was 16. My friend said it thins your bones. Is that true??",
    focus: 'Depo-Provera',
    types: ['side_effects'],
  },
  // why: "will it make my implant not work" is an interaction; "is it safe if I get pregnant" is a pregnancy precaution
  {
    message:
      'I take Tegretol for my epilepsy. Will it make my birth control implant not work? And if I did get pregnant is it safe to keep taking Tegretol?',
    focus: 'Tegretol',
    types: ['interactions', 'contraindications'],
  },
  // why: "will she need hormone pills to get her period" asks about treatment
  {
    message:
      'Our daughter has Turner syndrome. She is 13 and has not started her period. Will she need hormone pills to get her period?',
    focus: 'Turner syndrome',
    types: ['treatment'],
  },
  // why: "what is it" is information; "could the pill have caused it" is a named exposure as cause; "is it hereditary" is inheritance
  {
    subject: 'new diagnosis',
    message:
      'Last year I had a miscarriage at 11 weeks and then in March a clot in my left leg. I was on the combined pill at the time. Now the hematologist says I have antiphospholipid syndrome and took me off the pill for good. What is antiphospholipid syndrome exactly? Could the pill have caused it? And is it hereditary, my sister is asking if she should worry.',
    focus: 'antiphospholipid syndrome',
    types: ['information', 'association', 'inheritance'],
  },
  // why: "do I need backup with my birth control" asks about rifampin with another medicine
  {
    subject: 'rifampin and birth control',
    message: 'started rifampin for latent TB, do i need a backup method with my birth control?',
    focus: 'rifampin',
    types: ['interactions'],
  },
  // why: "when can I start my pill again" is timing of use; "does it work if I'm already ovulating" is how it works
  {
    message:
      'I took ulipristal this morning after a condom broke. When can I start my normal pill again? And does it still work if I was already ovulating?',
    focus: 'ulipristal',
    types: ['drug_usage', 'indication'],
  },
  // why: "does the pill treat it or just hide the pain" is treatment; "can it make it hard to get pregnant" is a complication
  {
    message:
      'Does the pill actually treat endometriosis or does it just hide the pain? And can endometriosis make it hard to get pregnant when I come off it?',
    focus: 'endometriosis',
    types: ['treatment', 'complications'],
  },
  // why: "can estrogen pills set off my attacks" asks what brings on the attacks
  {
    subject: 'HAE and estrogen',
    message:
      'Can birth control pills with estrogen set off my hereditary angioedema attacks? My swelling got a lot worse the year I started them.',
    focus: 'hereditary angioedema',
    types: ['cause'],
  },
  // why: "do her periods make the crises worse" is what brings on crises; "is depo provera ok" is a precaution; "where find a hematologist" is find_specialist
  {
    message:
      'My 17 year old has sickle cell disease and wants to start birth control. She seems to have more pain crises around her period, does having periods make the crises worse? Is depo provera ok for someone with sickle cell or does it raise the clot risk? And where can we find a hematologist who works with teenagers, her pediatric team says she is aging out.',
    focus: 'sickle cell disease',
    types: ['cause', 'contraindications', 'find_specialist'],
  },
  // why: "why two types of birth control with cellcept" is a pregnancy precaution
  {
    message: 'why does my kidney transplant team insist i use 2 types of birth control while on cellcept',
    focus: 'cellcept',
    types: ['contraindications'],
  },
  // why: "can Wilson's disease cause missed periods" asks whether a sign belongs to it; "is a copper IUD safe" is a precaution
  {
    message:
      "Can Wilson's disease cause missed periods? Mine stopped for almost a year before I was diagnosed. Also I was told a copper IUD might not be safe for me, is that right?",
    focus: "Wilson's disease",
    types: ['symptoms', 'contraindications'],
  },
  // why: "does it stop the pill working" is an interaction; "is it safe while trying to get pregnant" is a pregnancy precaution
  {
    subject: 'modafinil question',
    message:
      'I take modafinil for narcolepsy. Does modafinil stop the pill from working? We also want to try for a baby next year, is it safe to stay on it while trying?',
    focus: 'modafinil',
    types: ['interactions', 'contraindications'],
  },
  // why: "can estrogen make it flare" is what brings on flares; IUD on immunosuppressants is a precaution; studies is research; support group is find_specialist
  {
    subject: 'Lupus and birth control - so confused',
    message:
      "I'm 24 and was diagnosed with lupus two years ago. I'm on hydroxychloroquine and azathioprine. My rheumatologist says no estrogen pill, my gyn says a low dose pill is fine, and I'm stuck in the middle. Can estrogen really make lupus flare? Is an IUD an option for someone on immunosuppressants, or is the infection risk too high? Are there any studies about contraception in women with lupus that I could show them both? And do you know of a lupus support group in the Midwest, I don't know anyone else my age with it.",
    focus: 'lupus',
    types: ['cause', 'contraindications', 'research', 'find_specialist'],
  },
  // why: "can depakote cause PCOS" asks whether a problem comes from the medicine
  {
    message:
      'Can Depakote cause polycystic ovaries? My periods went all over the place after my daughter started it for her seizures.',
    focus: 'Depakote',
    types: ['side_effects'],
  },
  // why: "is HRT better than the pill for me" is treatment; "could chemo have caused it" is a named exposure as cause
  {
    message:
      'I was diagnosed with premature ovarian failure at 29. My doctor gave me a choice between hormone replacement and the combined pill. Which one is better for protecting my bones and heart? And could it have been caused by the chemo I had for Hodgkin lymphoma when I was 15?',
    focus: 'premature ovarian failure',
    types: ['treatment', 'association'],
  },
  // why: "can a Paragard be put in if you've never had a baby" asks who can use it
  {
    message: 'Can a Paragard be put in if you have never had a baby',
    focus: 'Paragard',
    types: ['contraindications'],
  },
  // why: "can pregnancy make my aorta tear" is a complication; "chances our baby has it" is inheritance
  {
    subject: 'Marfan and planning a pregnancy',
    message:
      'I have Marfan syndrome and my husband and I are talking about when I should stop my pill to try for a baby. Can pregnancy make my aorta tear? And what are the chances our baby would have Marfan syndrome too?',
    focus: 'Marfan syndrome',
    types: ['complications', 'inheritance'],
  },
  // why: "can I take it while breastfeeding" is a breastfeeding precaution
  {
    message: 'Can I take the morning-after pill while breastfeeding? My son is 4 months old.',
    focus: 'morning-after pill',
    types: ['contraindications'],
  },
  // why: "is it my hormones bringing on the attacks" is cause; "could the pill stop them" is preventing attacks
  {
    subject: 'attacks before my period',
    message:
      'I have acute intermittent porphyria and nearly every attack comes in the week before my period. Is that my hormones setting them off? Could going on birth control pills stop the attacks?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: "does bosentan make birth control less effective" asks about a medicine with another medicine
  {
    message:
      'Is it true bosentan makes hormonal birth control less effective? I just started it for pulmonary hypertension.',
    focus: 'bosentan',
    types: ['interactions'],
  },
  // why: "how long can the ring be out" is a missed-dose question; "does it have to be kept in the fridge" is storage
  {
    message:
      'my nuvaring fell out in the shower and i didnt notice till the next morning, so maybe 10 hours. am i still protected? also the pharmacy kept it in the fridge, do i have to keep it in the fridge at home too',
    focus: 'nuvaring',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: "is yaz used for acne too" asks what the medicine is for
  {
    message: 'is yaz used for acne too or only birth control',
    focus: 'yaz',
    types: ['indication'],
  },
  // why: "will periods become regular" is outlook; "is hydrocortisone lifelong" is treatment; "does she need extra salt" is diet
  {
    subject: 'CAH teenager',
    message:
      'Our daughter is 15 and has congenital adrenal hyperplasia (salt-wasting type). Her periods are still very irregular and she is upset about it. Will her periods become regular as she gets older? Is the hydrocortisone something she will need for life? And does she still need extra salt in her diet now she is a teenager?',
    focus: 'congenital adrenal hyperplasia',
    types: ['prognosis', 'treatment', 'lifestyle'],
  },
  // why: "is it because of the pill" and "take them apart" are interaction and timing of levothyroxine
  {
    message:
      'Since I started birth control pills my levothyroxine dose had to go up twice. Is the pill the reason? Should I take them at different times of day?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: "I threw up, do I need another one" is a missed-dose question
  {
    message: 'took levonorgestrel 1.5 mg and threw up about 2 hours later. do i need to take another one??',
    focus: 'levonorgestrel',
    types: ['drug_usage'],
  },
  // why: "will periods come back once treated" is outlook; "do I need birth control on cabergoline" is a pregnancy precaution
  {
    message:
      "I have a prolactinoma and haven't had a period in 8 months. Will my periods come back once the prolactinoma is treated? And once I start cabergoline do I need to use birth control?",
    focus: 'prolactinoma',
    types: ['prognosis', 'contraindications'],
  },
  // why: "does it make my implant fail" is an interaction; "double dose of the morning-after pill" is dose; "safe if I get pregnant" is pregnancy precaution
  {
    subject: 'efavirenz and contraception',
    message:
      "I'm HIV positive and on efavirenz. Does efavirenz make the contraceptive implant fail? If I need the morning after pill do I have to take a double dose? And is efavirenz safe if I get pregnant anyway?",
    focus: 'efavirenz',
    types: ['interactions', 'drug_usage', 'contraindications'],
  },
  // why: "what is PMDD, is it different from PMS" asks what it is and how it differs, both information
  {
    message: 'What is PMDD? is it just a bad version of PMS or something different',
    focus: 'PMDD',
    types: ['information'],
  },
  // why: "why must I be on birth control with it" is a pregnancy precaution; "can it mess up my periods" is a side effect
  {
    message:
      "My dermatologist put me on spironolactone for hormonal acne and said I must be on birth control while taking it. Why? And can spironolactone mess up my periods, I've been spotting a lot.",
    focus: 'spironolactone',
    types: ['contraindications', 'side_effects'],
  },
  // why: "does estrogen make LAM worse" is a link with an exposure; "how rare" is frequency; "how fast does it progress" is prognosis
  {
    subject: 'LAM',
    message:
      'My CT for a collapsed lung showed cysts and they think it is lymphangioleiomyomatosis. The pulmonologist told me to stop my estrogen pill immediately. Does estrogen make LAM worse? How rare is it, I had never heard of it? And how fast does it usually progress?',
    focus: 'lymphangioleiomyomatosis',
    types: ['association', 'frequency', 'prognosis'],
  },
  // why: "when should I stop it" is stopping; "ok at 50 as a smoker" is a precaution; "breast cancer risk" is a side effect
  {
    subject: 'still on the pill at 50',
    message:
      "I'm 50 and still taking Loestrin. How do I know when to stop it, do I just quit or taper? Is it ok to stay on it at my age since I smoke a few cigarettes a day? And does it raise my breast cancer risk the longer I take it?",
    focus: 'Loestrin',
    types: ['drug_usage', 'contraindications', 'side_effects'],
  },
  // why: "does CF change periods" asks whether a sign belongs to it; "can women with CF get pregnant" is a complication (fertility); "chances baby has CF" is inheritance
  {
    message:
      "I'm 22 and have cystic fibrosis. My periods have always been really irregular and skip when I'm sick or underweight, is that part of cystic fibrosis? Can women with CF get pregnant as easily as other women? My boyfriend was tested and is not a carrier, what are the chances our baby would have CF?",
    focus: 'cystic fibrosis',
    types: ['symptoms', 'complications', 'inheritance'],
  },
];
