/**
 * "translated" set: 40 messages put through a machine translator or written in English by people thinking
 * in another language: literal idioms, wrong prepositions and articles, mixed tenses, the word order of the
 * first language, formal greetings, long sentences joined with commas, a word left untranslated. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. First scored before any change for it: focus 1.000, type F1 0.591. Scored by translated.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --translated --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TRANSLATED_MESSAGES: ConsumerMessage[] = [
  {
    // "Is there a cure for this disease or only the enzyme for all the life" = treatment; "he will can have a normal life, he will live many years" = prognosis.
    subject: 'Consult for my son',
    message:
      'Good morning doctor, I write you from Lima, Peru. My son of 7 years was diagnosticated with Gaucher disease type 1 the past month, the doctor told that his spleen is very big and the platelets are low, he makes bruises very easy. Is there a cure for this disease or only the enzyme for all the life? And he will can have a normal life, he will live many years like the other children? Thank you very much for your attention.',
    focus: 'Gaucher disease',
    types: ['treatment', 'prognosis'],
  },
  {
    // "what is the chance that the next baby have also the thalassemia" = inheritance (chance a next baby has it); marriage story and blessing are not questions.
    message:
      'Esteemed doctor, peace be upon you. I am married with the son of my uncle and we have one daughter with thalassemia, she is taking blood every month since she was one year. Now we are thinking for another baby, what is the chance that the next baby have also the thalassemia? May God reward you.',
    focus: 'thalassemia',
    types: ['inheritance'],
  },
  {
    // "stomach pain and loose motions after taking it. Is it due to the medicine only?" = side_effects (whether a problem comes from the medicine); "Kindly revert" is a plea.
    message:
      'Sir, my daughter age 12 is on deferasirox tablet for iron overload since two years, dose given by haematologist. From last one week she is having stomach pain and loose motions after taking it. Is it due to the medicine only? Kindly revert.',
    focus: 'deferasirox',
    types: ['side_effects'],
  },
  {
    // "Which products contain much copper, what he must not to eat? Chocolate, nuts, is possible or not?" = lifestyle (diet), one question asked in several ways.
    message:
      'Hello. My brother, 19 years, was found Wilson disease after the problems with the liver, now he takes the pills. Doctor said him he must to eat without copper. Which products contain much copper, what he must not to eat? Chocolate, nuts, is possible or not?',
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  {
    // "What is this illness" = information; "my daughter will be okay?" = prognosis; "Can she drink my breast milk or I must stop?" = lifestyle (diet).
    subject: 'Heel test result',
    message:
      'Hello, my baby girl is 12 days, from the heel blood test the hospital called us and they say she has PKU, we must go to the metabolism doctor on Monday. I am crying since yesterday. What is this illness, my daughter will be okay? Can she drink my breast milk or I must stop?',
    focus: 'PKU',
    types: ['information', 'prognosis', 'lifestyle'],
  },
  {
    // "How big is the risk that our child will be sick?" = inheritance (both parents carriers); "Is there in Poland some centre which specialize in this disease" = find_specialist.
    message:
      'Good day. My wife and me we are both carriers of cystic fibrosis, it came out in the genetic test before the pregnancy. How big is the risk that our child will be sick? Is there in Poland some centre which specialize in this disease, where we can go for the consultation?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // Misspelled "Duchene" (knowledge base: Duchenne muscular dystrophy). "Exist some study for the children here in Brazil where he can participate?" = research.
    message:
      'Hello, my grandson of 5 years have Duchene muscular dystrophy. His mother saw in the internet that exist new medicine with gene therapy in the United States. Exist some study for the children here in Brazil where he can participate?',
    focus: 'Duchene muscular dystrophy',
    types: ['research'],
  },
  {
    // "She will be able to sit one day?" = prognosis; "The medical insurance can pay for this injection or we pay all self?" = other (insurance/cost).
    message:
      'My baby girl 8 months, hospital confirm spinal muscular atrophy type 1. She cannot sit, cannot lift head. Doctor say there is injection medicine but very expensive. She will be able to sit one day? The medical insurance can pay for this injection or we pay all self?',
    focus: 'spinal muscular atrophy type 1',
    types: ['prognosis', 'other'],
  },
  {
    // "It is safe for the husband to continue colchicine when trying for pregnancy, or it make damage to the baby?" = contraindications (pregnancy precaution) about the medicine, so the focus is colchicine.
    message:
      'Dear doctor, my husband have familial Mediterranean fever and he take colchicine 1 mg every day from years. Now we try to make baby. It is safe for the husband to continue colchicine when trying for pregnancy, or it make damage to the baby?',
    focus: 'colchicine',
    types: ['contraindications'],
  },
  {
    // "Could be also FMF in my son?" = diagnosis (could his signs be it); the fevers, the village doctor and the cousin are story.
    message:
      "Hello. My son is 6 year old, every month he have high fever and very strong pain in the belly for 2-3 days, then he is fine like nothing happened. In the village doctor say it is virus every time. My husband's family is from Malatya and his cousin has FMF. Could be also FMF in my son?",
    focus: 'FMF',
    types: ['diagnosis'],
  },
  {
    // "Will my children have the Behçet also?" = inheritance; "is there a manner to stop the crises to come back?" = prevention (preventing attacks).
    subject: 'Question about Behçet',
    message:
      "Bonjour, I am 34 years and I have Behçet's disease since 5 years, with the aphtes in the mouth and the genital ulcers that come back all the time. With my husband we would like to have children. Will my children have the Behçet also? And is there a manner to stop the crises to come back?",
    focus: "Behçet's disease",
    types: ['inheritance', 'prevention'],
  },
  {
    // "What is exactly this disease?" = information; "is dangerous for my heart?" = complications; "there is a treatment that I can take here in Spain?" = treatment.
    message:
      'Good afternoon. I am from Bolivia and I live in Spain since 10 years. When I went to donate blood they called me and said I have Chagas disease, I did not know nothing, I feel good. What is exactly this disease? My mother told me in our country people die from the heart because of the vinchuca, is dangerous for my heart? And there is a treatment that I can take here in Spain?',
    focus: 'Chagas disease',
    types: ['information', 'complications', 'treatment'],
  },
  {
    // "I want to make gym for strengthen the muscles, is recommended or is dangerous for the joints?" = lifestyle (exercise).
    message:
      'Good afternoon. I am 28 years and last year I was diagnosed with hypermobile Ehlers-Danlos syndrome, my knees and shoulders come out of place easy. I want to make gym for strengthen the muscles, is recommended or is dangerous for the joints?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle'],
  },
  {
    // "Are these spots from the disease?" = symptoms (whether a sign belongs to it); "this disease can make tumours in the kidneys and in the heart, it is true that this can happen to her?" = complications.
    subject: 'Request for information - daughter Zuzanna',
    message:
      'Dear Sirs, I am writing to you from Poland in the name of my daughter Zuzanna, she is 4 years old. When she was a baby she had the seizures, and after the MRI the neurologist told us that she have tuberous sclerosis complex. Now she is taking vigabatrin and the seizures are much less, thanks God, but since some months on her face start to appear small red bumps on the nose and the cheeks, like acne. Are these spots from the disease? Also we read in internet that this disease can make tumours in the kidneys and in the heart, it is true that this can happen to her? We will be very thankful for any information.',
    focus: 'tuberous sclerosis complex',
    types: ['symptoms', 'complications'],
  },
  {
    // "Is possible to take them off with laser or with operation?" = treatment (surgery for the bumps).
    message:
      'Hello, my husband have neurofibromatosis type 1 and he has many bumps on the skin of the body and face, he is shy to go to the beach. Is possible to take them off with laser or with operation?',
    focus: 'neurofibromatosis type 1',
    types: ['treatment'],
  },
  {
    // "Can it be the Marfan syndrome?" = diagnosis; "To which doctor I must to address myself for this?" = find_specialist.
    message:
      'Hello, my son has 15 years, he is very tall and thin, with long fingers, and the ophthalmologist found that the lens of his eye is displaced. Can it be the Marfan syndrome? To which doctor I must to address myself for this?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "Why this thing has happened to our child?" = cause; the parents' age and family history are story.
    message:
      'Respected Sir/Madam, I am grandfather of a baby girl born last month with Down syndrome. My son and daughter-in-law are young, both 26 years only and there is no such case in our family. Why this thing has happened to our child?',
    focus: 'Down syndrome',
    types: ['cause'],
  },
  {
    // "Can it be Rett syndrome?" and "What analysis can confirm it?" = diagnosis (both ask the same type, listed once).
    message:
      'Good day. Our daughter 2 and half years, until 18 months she was developing normally, said some words. Then she stopped to speak and now makes strange movements with the hands, like she is washing them all the time. In our city the doctors say it is autism. Can it be Rett syndrome? What analysis can confirm it?',
    focus: 'Rett syndrome',
    types: ['diagnosis'],
  },
  {
    // Misspelled "myasthania" (knowledge base: myasthenia gravis). "Is this disease curable?" = treatment; "Will it spread to her whole body in future?" = prognosis (whether it gets worse).
    message:
      'My mother (58 yrs) is diagnosed with myasthania gravis, her eyelids are dropping and she is having difficulty to chew the food in evening time. Doctor has started pyridostigmine. Is this disease curable? Will it spread to her whole body in future?',
    focus: 'myasthania gravis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "The lupus is dangerous for the pregnancy?" = complications (a condition's effect on a pregnancy); hydroxychloroquine is only story.
    message:
      'Hi, I am 31 years old and I have lupus since 2019, actually I am stable with hydroxychloroquine. Me and my husband want to have a baby. The lupus is dangerous for the pregnancy?',
    focus: 'lupus',
    types: ['complications'],
  },
  {
    // "Can it pass to her when we are close, share towel?" = susceptibility (contagious); "drink beer make it worse?" = cause (what brings on its flares).
    message:
      'I have psoriasis on elbows and scalp for 10 years. My new wife is worry. Can it pass to her when we are close, share towel? Also drink beer make it worse? I drink with colleagues often for work.',
    focus: 'psoriasis',
    types: ['susceptibility', 'cause'],
  },
  {
    // "sometimes I am forgetting night dose. can I take two tablet together in morning?" = drug_usage (missed dose).
    message:
      'doctor saab I am taking metformin 500 two times daily for sugar. sometimes I am forgetting night dose. can I take two tablet together in morning?',
    focus: 'metformin',
    types: ['drug_usage'],
  },
  {
    // "It is true that coffee disturbs to the medicine?" = interactions (medicine with food/drink); "How much time I must to wait before coffee?" = drug_usage (timing).
    message:
      'Hello. I take levothyroxine 75 mcg in the morning and I drink coffee right after it, the endocrinologist told that it is wrong. It is true that coffee disturbs to the medicine? How much time I must to wait before coffee?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Is bad to take it so long time, it can give me osteoporosis?" = side_effects (one question in two forms).
    message:
      'Hello, I take omeprazole since 3 years for the acidity of the stomach, every day one capsule. My sister told me it makes the bones weak. Is bad to take it so long time, it can give me osteoporosis?',
    focus: 'omeprazole',
    types: ['side_effects'],
  },
  {
    // "can ibuprofen be given to a child with chickenpox?" = contraindications (who should not take it).
    message:
      'can ibuprofen be given to a child with chickenpox? my son 4 years have fever 39 and pharmacy lady said better not',
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  {
    // "the green vegetables make problem with the medicine. It is true? He must stop to eat salad?" = interactions (medicine with food), one question asked twice.
    message:
      'My father take warfarin after the change of the heart valve. He likes very much to eat the salad and the couve every day. The doctor told that the green vegetables make problem with the medicine. It is true? He must stop to eat salad?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "must keep in refrigerator or room is ok?" and "How many days can use, the rest throw away?" = storage_disposal.
    subject: 'amoxicillin for child',
    message:
      'Amoxicillin suspension for my daughter, after mix with water, must keep in refrigerator or room is ok? How many days can use, the rest throw away?',
    focus: 'Amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "He will walk again?" = prognosis; "The chicken was what caused this?" = association (a named exposure asked as its cause); "Please help me" is a plea.
    message:
      'Please help me. My husband of 45 years ate chicken in a restaurant two weeks ago and had a very strong diarrhea, and now he cannot walk, the legs are weak and he does not feel the feet. He is in the UCI with the diagnostic of Guillain-Barré syndrome. He will walk again? The chicken was what caused this?',
    focus: 'Guillain-Barré syndrome',
    types: ['prognosis', 'association'],
  },
  {
    // "What is the chance I have it also?" = inheritance (chance a child of an affected parent has it); "exists a way that my children will not get this?" = prevention.
    message:
      "My father died from Huntington disease when he was 56. I am 30 years now and I am very afraid. What is the chance I have it also? I don't want to make the test for me but I want children, exists a way that my children will not get this?",
    focus: 'Huntington disease',
    types: ['inheritance', 'prevention'],
  },
  {
    // "The pain in the knees can be from the Crohn also, or it is another thing?" = symptoms (whether a sign belongs to it).
    message:
      "Good evening, my daughter of 17 years has Crohn's disease since two years. Since some months she has pain and swelling in the knees, especially in the morning. The pain in the knees can be from the Crohn also, or it is another thing?",
    focus: "Crohn's disease",
    types: ['symptoms'],
  },
  {
    // "Is it safe in the pregnancy this medicine?" = contraindications (pregnancy), about the medicine, so the focus is valproic acid.
    message:
      'My wife has epilepsy from childhood and she uses valproic acid 500 mg. We are married 1 year, we want baby. Is it safe in the pregnancy this medicine?',
    focus: 'valproic acid',
    types: ['contraindications'],
  },
  {
    // "How this medicine works for the sickle cell?" = indication (how a medicine works); the pharmacy remark is story.
    message:
      'Good morning. My son of 9 years has the sickle cell anemia and he makes many crises. The hematologist proposes to start hydroxyurea. In the pharmacy they said me it is a chemotherapy for the cancer, I am afraid. How this medicine works for the sickle cell?',
    focus: 'hydroxyurea',
    types: ['indication'],
  },
  {
    // "How many children are born with osteogenesis imperfecta?" = frequency.
    message:
      'How many children are born with osteogenesis imperfecta? Our grandson has it and in our town nobody heard about this.',
    focus: 'osteogenesis imperfecta',
    types: ['frequency'],
  },
  {
    // "Is vitiligo caused from drinking milk after eating fish?" = association (a named exposure asked as its cause).
    message:
      'Is vitiligo caused from drinking milk after eating fish? My mother-in-law is saying this is reason of white patches on my daughter hand.',
    focus: 'vitiligo',
    types: ['association'],
  },
  {
    // "Sertraline makes weight gain?" = side_effects.
    message:
      'Hello, I started sertraline 50 mg for depression 2 months ago, I gained 4 kilo. Sertraline makes weight gain?',
    focus: 'sertraline',
    types: ['side_effects'],
  },
  {
    // "My children can get infected from her?" = susceptibility (whether someone can catch it).
    message:
      'My mother has hepatitis B, carrier for many years. Our family eat together from same dishes, Chinese style. My children can get infected from her?',
    focus: 'hepatitis B',
    types: ['susceptibility'],
  },
  {
    // "Which gene is it and what is wrong in it?" = genetic_changes.
    message:
      'Good day. My niece was diagnosed with fibrodysplasia ossificans progressiva, the muscles turn into bone. The doctor said is a problem in one gene. Which gene is it and what is wrong in it?',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['genetic_changes'],
  },
  {
    // "Does Creon contain pork? Somebody told me it is made from pig, it is true?" = ingredients (one question asked twice); the question is about the medicine, so the focus is Creon (pancrelipase).
    message:
      'Dear Sir, my son has cystic fibrosis and the doctor give him Creon capsules with every meal. We are Muslim family. Does Creon contain pork? Somebody told me it is made from pig, it is true?',
    focus: 'Creon',
    types: ['ingredients'],
  },
  {
    // "Can this procedure provoke an attack?" = cause (what brings on its attacks); "What I must do before to prevent it?" = prevention (preventing attacks).
    message:
      'Hello. I have hereditary angioedema, I have swellings of the face, hands and the belly few times in a year. Next month I must remove a wisdom tooth at the dentist. Can this procedure provoke an attack? What I must do before to prevent it?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // "Surgery is necessary or only take aspirin is enough?" = treatment; "she can go to school and do PE class normal" = lifestyle; "Which hospital in China or other country has most experience" = find_specialist; "Is there any new research for this disease?" = research.
    subject: 'Ask for help about moyamoya',
    message:
      'Hello doctor, my daughter 8 years old, last month suddenly her right arm become weak and she cannot speak well for half hour, after MRI and angiography hospital say it is moyamoya disease. Local doctor suggest brain bypass surgery, but we are afraid. Surgery is necessary or only take aspirin is enough? After surgery she can go to school and do PE class normal like before? Which hospital in China or other country has most experience of this operation for children? Is there any new research for this disease? Thank you very much, we are very worried.',
    focus: 'moyamoya disease',
    types: ['treatment', 'lifestyle', 'find_specialist', 'research'],
  },
];
