/**
 * "Abroad" evaluation set: 40 hand-written messages in the style of people who write English as a
 * second language, or whose messages were translated, from many countries (Algeria, Egypt, Pakistan,
 * India, Brazil, Poland, Nigeria, Morocco, Türkiye, Iran, Armenia, France, Spain, Kenya, Italy,
 * Bangladesh, Sudan, China, Ukraine, Senegal, Chile, Georgia, Mali, Romania, Lebanon, Jordan,
 * Portugal, Netherlands, Côte d'Ivoire, Iraq, Tunisia, Ghana...). They contain typical non-native
 * grammar ("he have 7 years", "what is the cure of this illness"), missing or doubled question marks,
 * very polite openings, some subject lines, mentions that a medicine is unavailable in the writer's
 * country or requests for treatment abroad, and real English synonyms used in other countries
 * (mucoviscidosis, Charcot disease, von Recklinghausen disease, Huntington's chorea, acid maltase
 * deficiency). 25 messages are about conditions (20 rare, 5 common), 10 about medicines and 5 mix a
 * condition with a medicine. Two messages contain a deliberate misspelling of the focus name
 * ("thalasemia", "metformine"); the correctly spelled names are in the knowledge base. `types` lists
 * one question type per question asked, in the order asked.
 *
 * Written after the caregiver set by someone who had not read the understanding or retrieval code nor
 * any earlier set, checking only that each focus is a name the knowledge base holds. Scored once before
 * anything was changed against it: focus 1.000, type F1 0.672 (see BENCHMARKS.md). None is taken or paraphrased from
 * MedQuAD, LiveQA or the classifier's training list. Scored by abroad.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --abroad --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ABROAD_MESSAGES: ConsumerMessage[] = [
  // ---------------------------------------------------------------- conditions (rare)
  {
    // "what is the cure" = treatment; "how long can they live" = prognosis; hospital abroad = find_specialist
    subject: 'Request of information - mucoviscidosis',
    message:
      'Respected Sir/Madam, I am writing you from Algeria. My daughter have 4 years old and the doctors told us she has mucoviscidosis. Please what is the cure of this illness? How long the children with this can live? And is there some hospital in Europe who accept children from abroad for treatment? Thank you very much in advance.',
    focus: 'mucoviscidosis',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  {
    // single question about which tests confirm the diagnosis
    message:
      'Dear doctor, my brother he have 7 years and he fall down very often when he walk, also he cannot climb the stairs without to hold the wall. The doctor in our town say maybe it is Duchenne muscular dystrophy but he is not sure. Which tests we must do for be sure of this diagnosis',
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis'],
  },
  {
    // asks whether the disease will get worse without therapy = outlook (prognosis), not how to treat
    message:
      'Good morning. I am 27 years old man from Egypt and I have Gaucher disease type 1 since my childhood. The enzyme infusion is not available in my country since 6 month because of import problem. Will my disease become worse if I stay without the treatment long time?',
    focus: 'Gaucher disease',
    types: ['prognosis'],
  },
  {
    // chance that a child of two carriers is affected = inheritance; knowing during pregnancy = prenatal diagnosis
    message:
      'Assalam o alaikum. Me and my husband are both carrier of thalasemia minor, we found it in the test before marriage here in Lahore. Now we are planning our first baby. What is the chance that our baby will have the major type? And it is possible to know during the pregnancy if baby is affected?',
    focus: 'thalasemia',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // foods to avoid = diet = lifestyle
    message:
      "Sir, my younger sister (19 years) is diagnosed with Wilson's disease last month in Chennai, and doctor started her on tablets. Which foods she must avoid? She loves chocolate and cashew nuts very much.",
    focus: "Wilson's disease",
    types: ['lifestyle'],
  },
  {
    // normal intelligence when grown = outlook (prognosis); normal school = lifestyle
    subject: 'my newborn son - PKU',
    message:
      'Hello, I write from Brazil, sorry for my english. My son was born 3 weeks ago and the heel test showed phenylketonuria. We are very scared. He will have a normal intelligence when he grow up if we follow the diet? He can go to normal school later?',
    focus: 'phenylketonuria',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // asks for clinical studies to take part in = research
    message:
      'Dear Sirs, I am writing on behalf of my father (58 years), he has Fabry disease, diagnosed very late in Poland after kidney problems. Are there some clinical studies with new medicines where he can participate, maybe in Germany or other country of European Union?',
    focus: 'Fabry disease',
    types: ['research'],
  },
  {
    // "what is X" = general information
    message:
      'Respected doctor, what is acid maltase deficiency ? Our neurologist wrote this on the paper of my mother after the muscle biopsy but he did not explain nothing to us, and we do not understand. She is 45 and weak in legs.',
    focus: 'acid maltase deficiency',
    types: ['information'],
  },
  {
    // how to prevent painful crises = prevention
    message:
      'Good day sir, Please I need help for my best friend, she has sickle cell anaemia and she get very painful crisis each time the weather is cold or rainy here in Lagos. How she can prevent this crisis??',
    focus: 'sickle cell anaemia',
    types: ['prevention'],
  },
  {
    // "can I get it" = susceptibility; gene test = (predictive) diagnosis; medicine to cure = treatment
    subject: 'Question about illness in my mother family',
    message:
      "Hello. My grandfather and my uncle both died with Huntington's chorea. My mother is 50 and healthy for now, and I am 24. Can I also get this disease one day? Is there a test to know if I have the gene? And there is any medicine which can cure it?",
    focus: "Huntington's chorea",
    types: ['susceptibility', 'diagnosis', 'treatment'],
  },
  {
    // treatment available abroad = treatment; how long she can live = prognosis
    message:
      'Bonjour, my baby girl of 7 months cannot hold her head and the doctors in Casablanca found spinal muscular atrophy type 1. They say the new medicines are very expensive and not available in Morocco. It exist any treatment in France or Spain for children coming from other country? How much time she can live without treatment?',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'prognosis'],
  },
  {
    // doing sport with the condition = lifestyle
    message:
      'Hello, I am 17 years old boy from Türkiye, very tall and thin, and the cardiologist suspects Marfan syndrome. I play basketball in my school team since 5 years. Can I continue doing sport with this condition or it is dangerous for my heart',
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  {
    // whether blurry red eye belongs to the disease = symptoms; becoming blind = complications
    subject: "Behcet's disease and the eyes",
    message:
      "Dear doctor, we live in Tehran. My husband has Behcet's disease since 5 years, with mouth ulcers and skin spots. Now he complain that his vision is blurry and his eye is red. Is this coming from the Behcet or it is other problem? Can he become blind from this?",
    focus: "Behcet's disease",
    types: ['symptoms', 'complications'],
  },
  {
    // how common in a population = frequency (colchicine only mentioned as background)
    message:
      'Hello from Yerevan. My son 6 years old has familial Mediterranean fever, he takes colchicine every day and now he is better. People tell me that many Armenians have this disease. How common it is in our people?',
    focus: 'familial Mediterranean fever',
    types: ['frequency'],
  },
  {
    // life expectancy = prognosis ("maladie de Charcot" = ALS)
    message:
      'Good evening, my father (67 years) has the Charcot disease, it was diagnosed in Lyon 3 months ago. What is the life expectancy with this disease?? We want to prepare the family. Thank you.',
    focus: 'Charcot disease',
    types: ['prognosis'],
  },
  {
    // whether her signs fit the condition = symptoms; which kind of doctor to see = find_specialist
    message:
      'Hi, I am a woman of 29 from Spain. Since young I have very flexible joints, my skin is soft and stretchy and I get bruises very easy. Can this be Ehlers-Danlos syndrome? Which kind of doctor I must see for to diagnose it?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // which gene is changed = genetic_changes; next baby affected = inheritance
    subject: 'Genetic question',
    message:
      'Dear madam, my son of 3 years has tuberous sclerosis, confirmed in the hospital of Nairobi. The genetic doctor said something about TSC gene but I did not understand. Which gene is changed in this disease? And can my next baby also have it?',
    focus: 'tuberous sclerosis',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // how many people have it / is it rare = frequency (one question)
    message:
      'Buongiorno. My father and me both have von Recklinghausen disease, we have many brown spots and small bumps on the skin. I want to know how many persons in the world have this disease, it is very rare?',
    focus: 'von Recklinghausen disease',
    types: ['frequency'],
  },
  {
    // cure = treatment; gene therapy studies to join = research
    subject: 'Young student losing central vision',
    message:
      'Respected sir, I am 22 years old student from Bangladesh and my central vision is becoming worse every year. Eye doctor in Dhaka said Stargardt disease. Is there any cure for this? Also are there research studies of gene therapy in abroad where I can join? I am ready to travel.',
    focus: 'Stargardt disease',
    types: ['treatment', 'research'],
  },
  {
    // organisation that helps patients = find_specialist (patient organizations)
    message:
      'Please sir I need help for my nephew, he is 8 and has haemophilia. In our country (Sudan) the factor medicine is often missing in the hospital. Is there any organisation that help children with haemophilia in Africa',
    focus: 'haemophilia',
    types: ['find_specialist'],
  },
  // ---------------------------------------------------------------- conditions (common)
  {
    // numb feet and non-healing wound caused by long diabetes = complications
    subject: 'sugar disease of my father',
    message:
      'Dear doctor, my father (65) has diabetes since 10 years. Now his feet are numb and he has a wound on the toe which is not healing since one month. Is this because of the diabetes?',
    focus: 'diabetes',
    types: ['complications'],
  },
  {
    // living with the condition in a cold country = lifestyle
    subject: 'Asthma and cold weather',
    message:
      'Hello, I have asthma from my childhood. Next month I go to study in Canada where the winter is very cold. How I can live with asthma in cold country? Please give me advices.',
    focus: 'asthma',
    types: ['lifestyle'],
  },
  {
    // can the children get it = susceptibility; how to protect them = prevention
    message:
      'My neighbour has tuberculosis and he coughs a lot, we share the same courtyard in our village near Pune. I have two small children. Can my children get TB from him? How we can protect them',
    focus: 'tuberculosis',
    types: ['susceptibility', 'prevention'],
  },
  {
    // cirrhosis or cancer later = complications; vaccine for the wife = prevention
    message:
      'Hello, I am hepatitis B carrier from China, 35 years old, no symptoms. Will my liver become cirrhosis or cancer later? And my wife should take the vaccine for protect herself?',
    focus: 'hepatitis B',
    types: ['complications', 'prevention'],
  },
  {
    // "is X linked with stress" = association between a condition and an exposure
    subject: 'psoriasis and stress',
    message:
      'Respected doctor, I am from Ukraine. I have psoriasis on elbows and scalp. Every time I have exams at university it becomes much worse. Is psoriasis linked with stress?',
    focus: 'psoriasis',
    types: ['association'],
  },
  // ---------------------------------------------------------------- medicines
  {
    // missed dose / doubling next morning = drug_usage
    subject: 'Question about metformine',
    message:
      'Good day, my doctor in Dakar gave me metformine 500 mg two times per day for diabetes. Sometimes I forget the evening dose. Can I take two tablets together next morning?',
    focus: 'metformine',
    types: ['drug_usage'],
  },
  {
    // pregnancy safety = contraindications; hair loss from the drug = side_effects
    message:
      'Hello, I am woman of 32 from Chile with rheumatoid arthritis and I take methotrexate one time per week. We want a baby next year. Is it safe to become pregnant while taking this medicine? Also my hair is falling a lot, is it from methotrexate?',
    focus: 'methotrexate',
    types: ['contraindications', 'side_effects'],
  },
  {
    // before/after breakfast = drug_usage; coffee with the tablet = interactions (food/drink)
    subject: 'thyroid tablet',
    message:
      'Excuse me for my English. I take levothyroxine 50 mcg every morning after my thyroid operation. Must I take it before breakfast or after? I drink always coffee in the morning, is this a problem with the tablet?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // vegetables to avoid with the drug = food interactions
    message:
      'Respected sir, my father take warfarin after his heart valve operation. In our country (Georgia) we eat a lot of green herbs and spinach. Which vegetables he should not eat with this medicine?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // keeping an opened syrup in heat and how long it stays good = storage_disposal (both questions same type)
    message:
      'Hello, how I must keep the ibuprofen syrup for children after opening the bottle? In Mali the temperature is 40 degree in summer and we have no air conditioning. How long it stays good after open?',
    focus: 'ibuprofen',
    types: ['storage_disposal'],
  },
  {
    // "what is it used for" = indication
    message:
      'Dear doctor, I write from Romania. What is omeprazole used for? The doctor gave it to my old mother together with her pain tablets and he did not explain why. She has no stomach problem.',
    focus: 'omeprazole',
    types: ['indication'],
  },
  {
    // what is inside = ingredients; penicillin allergy = contraindications; how many days = drug_usage
    message:
      'Good afternoon from Beirut. Please, what is inside Augmentin? My son (5 years) is allergic to penicillin, can he take it? If yes, how many days he should take it?',
    focus: 'Augmentin',
    types: ['ingredients', 'contraindications', 'drug_usage'],
  },
  {
    // duration and stopping = drug_usage; dry lips from the drug = side_effects
    message:
      'Hello from Jordan, I am 19 and the dermatologist gave me isotretinoin for my acne. How long time I must take it and can I stop when my skin is clear? My lips are very dry and cracked, this is normal from the medicine?',
    focus: 'isotretinoin',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // stopping at once vs tapering = drug_usage
    message:
      'Dear Doctor, I take Lyrica 75 mg two times a day for nerve pain since 1 year. Now I want to stop it. Can I stop it directly or I must reduce slowly? I live in Portugal.',
    focus: 'Lyrica',
    types: ['drug_usage'],
  },
  {
    // fridge or room temperature when travelling to a hot country = storage_disposal
    message:
      'Hello, we live in Netherlands and my son (9) takes Creon capsules with every meal. This summer we travel to visit family in Egypt where it is very hot. The capsules must be kept in the fridge or is normal temperature okay?',
    focus: 'Creon',
    types: ['storage_disposal'],
  },
  // ---------------------------------------------------------------- condition + medicine
  {
    // cancer/infertility from the drug = side_effects; other treatment for the disease = treatment
    message:
      'My daughter 11 years has sickle cell disease and the hematologist in Abidjan want to start hydroxyurea. Is this medicine causing cancer or infertility later? Is there other treatment for sickle cell disease if we refuse it?',
    focus: 'hydroxyurea',
    types: ['side_effects', 'treatment'],
  },
  {
    // with food or empty stomach = drug_usage; kidney damage = side_effects
    subject: 'Iron medicine for thalassemia',
    message:
      'Dear sir, my son has beta thalassemia and he receive blood every month in Basra. The doctor prescribed deferasirox for the iron. How he must take it, with food or on empty stomach? Can it damage his kidneys?',
    focus: 'deferasirox',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // what the drug does for his disease = indication; side effects to watch = side_effects
    message:
      'Respected doctor, my father was diagnosed with amyotrophic lateral sclerosis in Tunisia and the neurologist gave him riluzole. What exactly this medicine is doing for his disease? What side effects we must watch?',
    focus: 'riluzole',
    types: ['indication', 'side_effects'],
  },
  {
    // safety in pregnancy = contraindications; will seizures increase = outlook of the epilepsy (prognosis)
    subject: 'Pregnant with epilepsy',
    message:
      'I am 28 from Kazakhstan, I have epilepsy since teenager and I take Keppra 500 mg two times. Now I am pregnant 2 months. Is Keppra safe for my baby? Will my seizures become more in pregnancy?',
    focus: 'Keppra',
    types: ['contraindications', 'prognosis'],
  },
  {
    // eye damage from the drug = side_effects
    message:
      'My sister has lupus and takes Plaquenil since 3 years. The eye doctor in Accra says she must do eye check every year. Can this medicine damage the eyes?',
    focus: 'Plaquenil',
    types: ['side_effects'],
  },
];
