/**
 * "adoption" set. Messages about adoption, donor conception and unknown family history: a condition learned of
 * in the birth family, donor-conceived children, relatives found through DNA tests. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.890). Scored by adoption.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --adoption --verbose`.
 * (Its writer printed the first five lines of another new set, sports, for the file's format, and used nothing of it.)
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ADOPTION_MESSAGES: ConsumerMessage[] = [
  // why: "is there a test that can tell me if I will get it" asks about testing for Huntington's disease
  {
    subject: "Birth mother has Huntington's",
    message:
      "I was adopted as a baby and last month I finally got my original birth certificate and made contact with my birth family. My birth mother is in a nursing home with Huntington's disease. She is only 54. I'm 31 and I have two kids. Is there a test that can tell me if I will get it?",
    focus: "Huntington's disease",
    types: ['diagnosis'],
  },
  // why: "what are the chances our son has it or is a carrier" asks inheritance; "should he be tested" asks diagnosis
  {
    message:
      'Hello. We adopted our son at 3 days old through an open adoption. His birth father just let the agency know that he has cystic fibrosis. Our son is 4 now and seems healthy, just a lot of colds. What are the chances our son has it or is a carrier? Should he be tested?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what exactly is SMA" asks what the condition is
  {
    message:
      'We used a sperm bank to have our daughter and today we got a letter saying the donor was found to be a carrier of spinal muscular atrophy and that we should talk to our doctor. I had never heard of it before. What exactly is SMA?',
    focus: 'spinal muscular atrophy',
    types: ['information'],
  },
  // why: "which gene is it" asks genetic changes; "how rare is this" asks frequency; "anything I can do to lower my risk" asks prevention
  {
    message:
      'I did an Ancestry DNA test for fun and matched with a half-sister I never knew about (same biological father, I was donor conceived). She told me she has Lynch syndrome and that our father had colon cancer at 44. I am trying to take this in. Which gene is it that causes it? How rare is this? And is there anything I can do to lower my risk of getting cancer?',
    focus: 'Lynch syndrome',
    types: ['genetic_changes', 'frequency', 'prevention'],
  },
  // why: "what does it look like as he grows" asks its signs; "will he be able to live on his own" asks the outlook
  {
    message:
      'My daughter and her husband adopted a little boy two years ago, he is 6 now. They have just been told he has fetal alcohol syndrome because his birth mother drank when she was expecting. I am his grandma and I want to understand. What does it look like as he grows up? Will he be able to live on his own one day?',
    focus: 'fetal alcohol syndrome',
    types: ['symptoms', 'prognosis'],
  },
  // why: "should I get tested for the breast cancer genes" asks about testing
  {
    message:
      "I was adopted from South Korea and have no information at all about my birth family. I'm 38 and every doctor asks about family history of breast cancer and I just have to say I don't know. Should I get tested for the breast cancer genes even though there is no known family history?",
    focus: 'breast cancer',
    types: ['diagnosis'],
  },
  // why: "do my kids need heart screening and from what age" asks testing; "can they still play football" asks daily life
  {
    subject: 'Donor has a heart condition',
    message:
      'Our donor registry contacted us. The sperm donor we used for both our children was diagnosed with hypertrophic cardiomyopathy at 35 after passing out while running. Our boys are 9 and 12. Do my kids need heart screening, and from what age? Can they still play football in the meantime?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "is it something I could have inherited too" asks whether it runs in the family to him
  {
    message:
      "Through 23andMe I found two biological brothers. Turns out both of them have Gaucher disease. I'm the one who was adopted out, the oldest. Is it something I could have inherited too?",
    focus: 'Gaucher disease',
    types: ['inheritance'],
  },
  // why: "what is Marfan syndrome" asks information; "could he have it even though he looks healthy" asks diagnosis; "would our kids get it" asks inheritance
  {
    message:
      'My fiancé is adopted and just found out his birth father died suddenly at 39 from a torn aorta, and the family said it was because of Marfan syndrome. My fiancé is very tall and thin but otherwise fine. What is Marfan syndrome? Could he have it even though he seems healthy? And if he does, would our kids get it? We are getting married in the spring and want to start a family.',
    focus: 'Marfan syndrome',
    types: ['information', 'diagnosis', 'inheritance'],
  },
  // why: "is the trait the same as having sickle cell disease" asks whether two conditions are the same
  {
    subject: 'newborn screen result',
    message:
      "We are adopting a baby girl, she came home with us last week. The newborn screening came back saying she has sickle cell trait. We don't know anything about the birth father. Is the trait the same as having sickle cell disease?",
    focus: 'sickle cell disease',
    types: ['information'],
  },
  // why: "should my daughter be tested" asks diagnosis; "could she pass it on to her own kids" asks inheritance
  {
    message:
      'Our daughter was conceived with a donor egg. Eight years later the clinic has told us that the egg donor has a fragile X premutation, which they only found when her own son was diagnosed. Our daughter is doing well at school. Should my daughter be tested? Could she pass it on to her own kids some day?',
    focus: 'fragile X',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "could this be PKD, should I get checked" asks whether his sign could be it and about testing
  {
    subject: 'Kidneys',
    message:
      "Adoptee here. My birth family finally answered my letter and told me my biological mother and grandmother both had polycystic kidney disease, my grandmother was on dialysis. I'm 29 and I've had high blood pressure since college which my doctor said was weird for my age. Could this be PKD, should I get my kidneys checked?",
    focus: 'polycystic kidney disease',
    types: ['diagnosis'],
  },
  // why: "is celiac disease genetic" asks inheritance; "should I get a blood test for it" asks diagnosis
  {
    message:
      "I'm 19 and donor conceived. I found 14 half siblings through a DNA site and we have a group chat now. Three of them have celiac disease. Is celiac disease genetic? I get stomach aches a lot, should I get a blood test for it?",
    focus: 'celiac disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "is it something his birth mother carries" asks carriers; "any clinical trials" asks research; "life expectancy" asks prognosis
  {
    subject: 'Our adopted son has Duchenne',
    message:
      'Our son, adopted at birth, was diagnosed with Duchenne muscular dystrophy last month. He is 5. His birth mother is still in touch with us and she is devastated, she had no idea. Is it something his birth mother carries? Are there any clinical trials for boys his age? What is his life expectancy? Sorry for all the questions, we are just overwhelmed.',
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'research', 'prognosis'],
  },
  // why: "what is that" asks what the condition is
  {
    message:
      'i was adopted and my birth father just messaged me that he has charcot marie tooth and i should know. what is that??',
    focus: 'charcot marie tooth',
    types: ['information'],
  },
  // why: "is he at higher risk of developing it" because his birth mother has it asks inheritance; "early signs" asks symptoms
  {
    message:
      'We adopted our son as a toddler. His file says his birth mother has schizophrenia. He is 16 now, moody like any teenager, but I worry. Is he at higher risk of developing it because of her? What early signs should we be watching for?',
    focus: 'schizophrenia',
    types: ['inheritance', 'symptoms'],
  },
  // why: "is lithium safe to take while pregnant" asks a pregnancy precaution of the medicine
  {
    subject: 'lithium and pregnancy',
    message:
      "I'm adopted and only found out in my twenties that my birth mother also had bipolar disorder, which honestly explained a lot. I have been stable on lithium for six years. My husband and I want to try for a baby next year. Is lithium safe to take while pregnant?",
    focus: 'lithium',
    types: ['contraindications'],
  },
  // why: "is this likely the same thing" asks whether his numbers could be it; "what treatment would I need" asks treatment
  {
    message:
      "Found my sperm donor through a DNA test. He was kind enough to share his medical history: he has familial hypercholesterolemia and had a stent at 41. My LDL came back at 240 and I'm 26, I eat pretty well and run. Is this likely the same thing? What treatment would I need, statins at my age?",
    focus: 'familial hypercholesterolemia',
    types: ['diagnosis', 'treatment'],
  },
  // why: "what is PKU" asks information; "what is she allowed to eat" asks diet; "will she develop normally" asks the outlook
  {
    message:
      'My son and his wife adopted a newborn girl and the heel prick test showed PKU. They are handling it but I will be looking after her two days a week and I want to get it right. What is PKU exactly, what is she allowed to eat, and will she develop normally like other children?',
    focus: 'PKU',
    types: ['information', 'lifestyle', 'prognosis'],
  },
  // why: "can I be a carier" asks whether she carries it
  {
    message:
      'my birth mom told me there is hemofilia in her family, her brother and her uncle had it. im a girl and 17. can I be a carier of hemofilia?',
    focus: 'hemofilia',
    types: ['inheritance'],
  },
  // why: "is ALS hereditary" asks inheritance; "which gene causes the family kind" asks genetic changes
  {
    subject: 'DNA match surprise',
    message:
      "Six months ago a DNA test connected me with my biological father. We met twice. Last week he told me he has ALS and that his mother had it too. I don't know what to feel. Is ALS hereditary? Which gene causes the kind that runs in families?",
    focus: 'ALS',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: "can it be cured or will she need medicine for life" asks treatment; "does she need a special diet" asks diet; "should her brother be tested" asks testing a relative
  {
    message:
      'We adopted a brother and sister from India, they are 12 and 9. Our daughter has just been diagnosed with Wilson disease after her liver tests were off. Can it be cured, or will she need medicine for the rest of her life? Does she need a special diet? And should her little brother be tested as well?',
    focus: 'Wilson disease',
    types: ['treatment', 'lifestyle', 'diagnosis'],
  },
  // why: "what problems can it cause" asks complications; "should she get tested before her surgery" asks testing
  {
    message:
      'My wife was donor conceived and recently found out that her donor has Factor V Leiden. She has knee surgery scheduled in March. What problems can Factor V Leiden cause? Should she get tested before her surgery?',
    focus: 'Factor V Leiden',
    types: ['complications', 'diagnosis'],
  },
  // why: "am I going to get it too" asks the chance that a relative gets it
  {
    message:
      "I am 45 and was adopted. The birth family health history finally came through from the agency: Alzheimer's disease in my birth mother at 58 and my birth grandfather at 60. I keep misplacing my keys and now I'm panicking. Am I going to get it too?",
    focus: "Alzheimer's disease",
    types: ['inheritance'],
  },
  // why: "could these spots be NF1" asks diagnosis; "what other signs" asks symptoms; "can it turn into cancer" asks complications
  {
    message:
      'Our adopted son (3) has six or seven light brown spots on his body and the pediatrician mentioned NF1. We have no family history to go on. Could these spots be NF1? What other signs should we look for? Can it turn into cancer?',
    focus: 'NF1',
    types: ['diagnosis', 'symptoms', 'complications'],
  },
  // why: "what are the chances our baby has Tay-Sachs" asks inheritance; "can we test the embryos" asks testing
  {
    subject: 'Egg donor is a Tay-Sachs carrier',
    message:
      'We are doing IVF with donor eggs. The clinic just told us the donor is a carrier of Tay-Sachs. My husband is Ashkenazi Jewish and has never been tested. What are the chances our baby has Tay-Sachs? Can we test the embryos before transfer?',
    focus: 'Tay-Sachs',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "is long QT syndrome something she should be checked for" asks testing
  {
    message:
      'Writing for a friend who was adopted. She recently found her birth family and learned that her biological brother died in his sleep at 22, and they said it was long QT syndrome. She faints sometimes when she is startled. Is long QT syndrome something she should be checked for?',
    focus: 'long QT syndrome',
    types: ['diagnosis'],
  },
  // why: "does Kalydeco work for all types of CF" asks what the medicine is for; "does it need to be kept in the fridge" asks storage
  {
    subject: 'Kalydeco question',
    message:
      'Our donor-conceived son has CF and his doctor wants to start him on Kalydeco. Does Kalydeco work for all types of CF? Also does it need to be kept in the fridge?',
    focus: 'Kalydeco',
    types: ['indication', 'storage_disposal'],
  },
  // why: "are nosebleeds a sign" asks symptoms; "how is it diagnosed" asks diagnosis; "where can I find a doctor who knows HHT" asks a specialist
  {
    message:
      "I was adopted and through a DNA site I found a first cousin who told me that a lot of our birth family has hereditary hemorrhagic telangiectasia. I've had nosebleeds my whole life, almost every week. Are nosebleeds a sign of it? How is it diagnosed? And where can I find a doctor who knows HHT?",
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['symptoms', 'diagnosis', 'find_specialist'],
  },
  // why: "where can we find a genetic counselor" asks a specialist
  {
    subject: 'genetic counselor?',
    message:
      'Just found out our sperm donor has retinitis pigmentosa. Where can we find a genetic counselor to talk about what it means for our twins?',
    focus: 'retinitis pigmentosa',
    types: ['find_specialist'],
  },
  // why: "at what age should I start colonoscopies" asks screening; "will I need surgery to remove my colon" asks treatment
  {
    message:
      "My birth father had familial adenomatous polyposis. I only found out because of an adoption reunion last year. I'm 20. At what age should I start having colonoscopies? Will I need surgery to remove my colon?",
    focus: 'familial adenomatous polyposis',
    types: ['diagnosis', 'treatment'],
  },
  // why: "how is it diagnosed, is it a simple blood test" asks testing
  {
    message:
      'Adopted guy, 42, here. I recently learned that my birth father died of emphysema at 50 and he never smoked. His sister says it was alpha-1 antitrypsin deficiency. How is it diagnosed, is it just a simple blood test?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis'],
  },
  // why: "what causes it" asks cause; "is there anything for the pain in his joints" asks treatment; "can he keep doing gym at school" asks daily life
  {
    subject: 'Grandson with EDS',
    message:
      'Our grandson, who was adopted from Ukraine at age 4, has been diagnosed with Ehlers-Danlos syndrome. He is 11 now and very flexible but always in pain. Nobody knows anything about his birth parents. What causes it? Is there anything for the pain in his joints? Can he keep doing gym at school?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['cause', 'treatment', 'lifestyle'],
  },
  // why: "does autism run in families" asks inheritance; "which genes are linked to it" asks genetic changes
  {
    message:
      "I'm donor conceived and pregnant with my first. I recently connected with my donor siblings and at least four of the kids in the group have autism. Does autism run in families like that? Which genes are linked to it?",
    focus: 'autism',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: "will it get worse" asks the course
  {
    message:
      'My husband was adopted and never knew his medical history. After years of weak hands and being tired, he was diagnosed with myotonic dystrophy at 40. Will it get worse over time?',
    focus: 'myotonic dystrophy',
    types: ['prognosis'],
  },
  // why: "how long do I have to take tamoxifen" asks how to take it; "can it cause blood clots" asks a side effect
  {
    message:
      'After finding my birth mother, I learned she had breast cancer at 39 and carries a BRCA2 mutation. I tested positive too and my oncologist has put me on tamoxifen to lower my risk. How long do I have to take tamoxifen? Can it cause blood clots?',
    focus: 'tamoxifen',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what is Friedreich ataxia" asks information; "could his sister have it too" asks inheritance; "new drugs being studied" asks research
  {
    subject: 'Friedreich ataxia',
    message:
      'We adopted two siblings from the same birth mother. Our 14-year-old son has just been diagnosed with Friedreich ataxia after he started falling a lot. What is Friedreich ataxia? Could his younger sister have it too? Are there any new drugs being studied?',
    focus: 'Friedreich ataxia',
    types: ['information', 'inheritance', 'research'],
  },
  // why: "how do you get tested for it" asks testing
  {
    message:
      'hi im adopted and my bio dad says theres hemochromotosis on his side how do you get tested for it',
    focus: 'hemochromotosis',
    types: ['diagnosis'],
  },
  // why: "what is it" asks information; "will she have to have her spleen out" asks treatment
  {
    subject: 'Spherocytosis',
    message:
      'Our adopted daughter is 7 and keeps getting anemic and a bit yellow when she is sick. The hematologist thinks it is hereditary spherocytosis. We know nothing about her birth family. What is it? Will she have to have her spleen out?',
    focus: 'hereditary spherocytosis',
    types: ['information', 'treatment'],
  },
  // why: "could it be Stickler syndrome" asks diagnosis; "can it cause her retina to detach" asks complications; "should she avoid contact sports" asks daily life
  {
    message:
      'We adopted our daughter from China when she was 2. She had a cleft palate that was repaired and now at 8 she is very nearsighted with thick glasses. Her eye doctor wondered about Stickler syndrome. Could it be Stickler syndrome? Can it cause her retina to detach? Should she avoid contact sports like soccer?',
    focus: 'Stickler syndrome',
    types: ['diagnosis', 'complications', 'lifestyle'],
  },
];
