/**
 * "blood" set. Messages about blood conditions and their medicines (sickle cell disease, thalassemia,
 * hemophilia, ITP, blood thinners, iron, factor products). Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 0.975, type F1 0.841). Scored by blood.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --blood --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BLOOD_MESSAGES: ConsumerMessage[] = [
  {
    // "hydroxyurea side efects" -> side_effects (asks for the medicine's side effects)
    message: 'hydroxyurea side efects',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  {
    // "Will he grow out of it or is it going to be chronic?" -> prognosis (the course: recovery or chronic)
    subject: 'ITP in my son',
    message:
      'Hi, my 6 year old son was just diagnosed with ITP (idiopathic thrombocytopenic purpura) two ' +
      'weeks after a bad virus. His platelets were 12 and he has little purple dots all over his legs. ' +
      'Will he grow out of it or is it going to be chronic? Thank you so much.',
    focus: 'idiopathic thrombocytopenic purpura',
    types: ['prognosis'],
  },
  {
    // "what are the chances our baby will have sickle cell disease?" -> inheritance (chance a child has it)
    // "Can they test the baby before it's born?" -> diagnosis (prenatal testing)
    message:
      'My husband and I both found out we carry the sickle cell trait. I am 10 weeks pregnant. ' +
      'What are the chances our baby will have sickle cell disease? ' +
      "Can they test the baby before it's born?",
    focus: 'sickle cell disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Can I have a glass of wine with dinner?" -> interactions (medicine with alcohol)
    // "what happens if I forget a dose" -> drug_usage (missed doses)
    message:
      'I have been on coumadin for 3 months for a clot in my leg. Can I have a glass of wine with ' +
      'dinner? And what happens if I forget a dose, do I take two the next day?',
    focus: 'Coumadin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Could she have it?" -> diagnosis (whether her signs could be the condition)
    // "What can be done about the heavy periods?" -> treatment (managing a problem of it)
    // "Does it get worse as you get older?" -> prognosis (whether it gets worse)
    subject: 'heavy periods and bruising',
    message:
      'Hello. My daughter is 14 and her periods are really heavy, they last 10 days and she has to ' +
      'change pads every hour. She also bruises very easily. Her father has von Willebrand disease. ' +
      'Could she have it too? What can be done about the heavy periods, she is missing school. Does it ' +
      'get worse as you get older? Thanks for any help.',
    focus: 'von Willebrand disease',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  {
    // "what is polycythemia vera?" -> information (what the condition is)
    message:
      'what is polycythemia vera? my dad was told he has it and he didnt understand a word the ' +
      'doctor said',
    focus: 'polycythemia vera',
    types: ['information'],
  },
  {
    // "Could this be iron deficiency anemia?" -> diagnosis (whether her signs could be it)
    // "I went vegetarian last year, could that be why?" -> association (a named exposure asked as its cause)
    // "What foods should I be eating?" -> lifestyle (diet)
    message:
      "I'm 32 and exhausted all the time, my hair is falling out and I keep craving ice to chew. " +
      'Could this be iron deficiency anemia? I went vegetarian last year, could that be why? What foods ' +
      'should I be eating?',
    focus: 'iron deficiency anemia',
    types: ['diagnosis', 'association', 'lifestyle'],
  },
  {
    // "is that normal?" (constipation, black poo) -> side_effects (whether the problems come from the iron)
    // "is it better to take them on an empty stomach?" -> drug_usage (timing)
    subject: 'iron tablets',
    message:
      "My GP started me on ferrous sulphate 200mg three times a day. I'm very constipated and my " +
      'poo has gone black, is that normal? Also is it better to take them on an empty stomach or with food?',
    focus: 'ferrous sulfate',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "How common is beta thalassemia in Greek people?" -> frequency (how common it is)
    // "should we both be tested before we try for a baby?" -> diagnosis (should I be tested)
    message:
      'Hi there, my fiance and I are both Greek. How common is beta thalassemia in Greek people? ' +
      'Should we both be tested before we try for a baby?',
    focus: 'beta thalassemia',
    types: ['frequency', 'diagnosis'],
  },
  {
    // "What causes it?" -> cause (why it happens)
    // "Could the chemicals ... have caused it?" -> association (a named exposure asked as its cause)
    // "is a transplant still possible at her age, or is she too old?" -> treatment (therapy: a transplant)
    subject: 'aplastic anemia - my mother',
    message:
      'Good evening. My mother is 67 and was diagnosed last month with aplastic anaemia after she ' +
      'got very tired and short of breath and had nosebleeds that would not stop. She now needs blood ' +
      'transfusions every two weeks and we are all in shock, she was always so healthy and never smoked ' +
      'or drank. What causes it? She worked at a dry cleaners for almost 30 years with all the solvents, ' +
      'could the chemicals there have caused it? The hematologist mentioned ATG but the family is asking ' +
      'about a bone marrow transplant, is a transplant still possible at her age, or is she too old? Any ' +
      'advice is welcome, thank you.',
    focus: 'aplastic anemia',
    types: ['cause', 'association', 'treatment'],
  },
  {
    // "which gene is it?" -> genetic_changes (which gene)
    // "will she need her spleen removed too?" -> treatment (surgery)
    message:
      'our baby girl was very yellow at birth and now they say hereditary spherocytosis. which ' +
      'gene is it? my husband had his spleen out as a kid, will she need her spleen removed too?',
    focus: 'hereditary spherocytosis',
    types: ['genetic_changes', 'treatment'],
  },
  {
    // "Can I take ibuprofen for my back while I'm on Eliquis?" -> interactions (with another medicine)
    message: "Can I take ibuprofen for my back while I'm on Eliquis?",
    focus: 'Eliquis',
    types: ['interactions'],
  },
  {
    // "Is Xarelto safe while breastfeeding?" -> contraindications (breastfeeding)
    subject: 'Xarelto and breastfeeding',
    message:
      'Hello, I had a PE two weeks after my c-section and they sent me home on Xarelto. Is it safe ' +
      'while breastfeeding? Thank you.',
    focus: 'Xarelto',
    types: ['contraindications'],
  },
  {
    // "Are there any gene therapy trials ... he could join?" -> research (clinical trials)
    message:
      'Are there any gene therapy trials for hemophilia B that my 19 year old son could join? He ' +
      'is tired of infusions.',
    focus: 'hemophilia B',
    types: ['research'],
  },
  {
    // "How can we stop them coming so often?" -> prevention (preventing the crises)
    // "is the altitude a problem for him?" -> lifestyle (travel, a school trip)
    // "Is there a cure yet?" -> treatment (cure)
    message:
      'My son is 9 and has sickle cell anemia. He keeps ending up in hospital with pain crises, ' +
      'four times since Christmas. How can we stop them coming so often? His class is going on a trip to ' +
      'the mountains in May, is the altitude a problem for him? Is there a cure yet? We keep seeing ' +
      'things on the news.',
    focus: 'sickle cell anemia',
    types: ['prevention', 'lifestyle', 'treatment'],
  },
  {
    // "can it damage my liver if my ferritin stays high?" -> complications (other problems it leads to)
    // "do I have to give up beer?" -> lifestyle (diet, alcohol in daily life)
    // "Should my 2 brothers get tested?" -> diagnosis (whether relatives should be tested)
    subject: 'hemochromatosis',
    message:
      'Dx with hereditary hemochromatosis, ferritin 1100, having venesections weekly. Can it ' +
      'damage my liver if my ferritin stays high? do I have to give up beer? ' +
      'Should my 2 brothers get tested?',
    focus: 'hereditary hemochromatosis',
    types: ['complications', 'lifestyle', 'diagnosis'],
  },
  {
    // "What brings on the attacks?" -> cause (what brings on its attacks)
    // "Can he eat falafel and hummus?" -> lifestyle (diet)
    message:
      'My son has G6PD deficiency, found on his newborn screen. What brings on the attacks? Can he ' +
      'eat falafel and hummus? My family is Egyptian and we eat them every week.',
    focus: 'G6PD deficiency',
    types: ['cause', 'lifestyle'],
  },
  {
    // "How do I get rid of them safely?" -> storage_disposal (throwing the medicine away)
    message:
      'I have 6 unused Lovenox syringes left over after my knee surgery. ' +
      'How do I get rid of them safely?',
    focus: 'Lovenox',
    types: ['storage_disposal'],
  },
  {
    // "Should my kids be tested?" -> diagnosis (whether relatives should be tested)
    // "Will I have to be on blood thinners for the rest of my life?" -> treatment (managing it)
    message:
      "After a DVT last year I just found out I'm heterozygous for factor V Leiden. Should my " +
      'kids be tested? Will I have to be on blood thinners for the rest of my life?',
    focus: 'factor V Leiden thrombophilia',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "What is it for?" -> indication (what the medicine is for)
    subject: 'new medicine deferasirox',
    message:
      'My daughter has beta thalassemia major and gets transfusions every 3 weeks. The ' +
      'hematologist has started her on deferasirox. What is it for? She explained it but I was too ' +
      'overwhelmed to take it in.',
    focus: 'deferasirox',
    types: ['indication'],
  },
  {
    // "Am I at risk of DVT because I fly so much?" -> susceptibility (whether an exposure raises the risk)
    // "what can I do on the plane to prevent one?" -> prevention (preventing it)
    message:
      "I fly long haul for work about twice a month, 12+ hours each way. I'm 45 and a bit " +
      'overweight. Am I at risk of DVT because I fly so much? what can I do on the plane to prevent one?',
    focus: 'deep vein thrombosis',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "what are the signs of hemophila in a baby?" -> symptoms (its signs)
    message:
      'what are the signs of hemophila in a baby? my nephew has it and my sisters new baby boy has ' +
      'bruises on his chest',
    focus: 'hemophilia',
    types: ['symptoms'],
  },
  {
    // "Is there a specialist centre or a support group ...?" -> find_specialist (centres, support groups)
    subject: 'paroxysmal nocturnal hemoglobinuria',
    message:
      'I was diagnosed with PNH in January and I feel very alone with it, my local hospital has ' +
      'only seen one other case. Is there a specialist centre or a support group in the UK for people ' +
      'with PNH? Many thanks, Margaret',
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['find_specialist'],
  },
  {
    // "Does it make you more likely to get infections?" -> side_effects (a problem caused by the medicine)
    message:
      'My wife started Soliris (eculizumab) for her PNH and had to get meningitis jabs first. Does ' +
      'it make you more likely to get infections?',
    focus: 'eculizumab',
    types: ['side_effects'],
  },
  {
    // "Do I have to keep it away from milk and yogurt?" -> interactions (medicine with food)
    // "how long will I need to take it?" -> drug_usage (how long to take it)
    subject: 'eltrombopag questions',
    message:
      "Hi, I have chronic ITP and I'm starting eltrombopag tablets on Monday. Do I have to keep " +
      'it away from milk and yogurt? And how long will I need to take it, is it forever?',
    focus: 'eltrombopag',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "How rare is Glanzmann thrombasthenia?" -> frequency (how rare it is)
    // "Where can we find a doctor who actually knows about it?" -> find_specialist (doctors)
    // "what do we do when she gets a nosebleed that won't stop?" -> treatment (managing the bleeds)
    message:
      'How rare is Glanzmann thrombasthenia? Our pediatrician said he has never seen a case in 30 ' +
      'years. Where can we find a doctor who actually knows about it? And what do we do when she gets a ' +
      "nosebleed that won't stop? Last time it went on for 2 hours.",
    focus: 'Glanzmann thrombasthenia',
    types: ['frequency', 'find_specialist', 'treatment'],
  },
  {
    // "What is her life expectancy?" -> prognosis (life expectancy)
    // "Can it turn into leukemia?" -> complications (whether it can turn into another condition)
    // "Are there any clinical trials she could be part of?" -> research (trials)
    subject: 'my niece',
    message:
      'My niece is 7 and has Fanconi anemia. She was born with a missing thumb and now her blood ' +
      "counts are dropping. My sister won't talk about the future, so I am asking you. What is her life " +
      'expectancy? Can it turn into leukemia? Are there any clinical trials she could be part of?',
    focus: 'Fanconi anemia',
    types: ['prognosis', 'complications', 'research'],
  },
  {
    // "What is in it?" -> ingredients (what the medicine contains)
    // "how many infusions do people usually need?" -> drug_usage (dose)
    message:
      'Im having iron sucrose infusions from next week because I cant tolerate the pills. What is ' +
      'in it? I react to a lot of things. And how many infusions do people usually need?',
    focus: 'iron sucrose',
    types: ['ingredients', 'drug_usage'],
  },
  {
    // "Does insurance usually cover Droxia?" -> other (insurance)
    message: "Does insurance usually cover Droxia? Our copay for my son's sickle cell is $300 a month.",
    focus: 'Droxia',
    types: ['other'],
  },
  {
    // "What is this JAK2 mutation?" -> genetic_changes (which mutation)
    // "Is ET hereditary?" -> inheritance (whether it runs in families)
    // "what's the treatment?" -> treatment (therapies)
    subject: 'high platelets',
    message:
      'Hi, my platelets came back at 900 on routine bloodwork. The doctor mentioned essential ' +
      'thrombocythemia and sent off a JAK2 test. What is this JAK2 mutation? Is ET hereditary, I have ' +
      "two daughters. And if it is ET, what's the treatment?",
    focus: 'essential thrombocythemia',
    types: ['genetic_changes', 'inheritance', 'treatment'],
  },
  {
    // "Can pernicious anemia cause numbness in the feet?" -> symptoms (whether a sign belongs to it)
    // "Do I need B12 shots forever or can I switch to tablets?" -> treatment (managing it)
    message:
      "Can pernicious anemia cause numbness in the feet? I'm 58, just diagnosed, and my toes have " +
      'been tingling for months. Do I need B12 shots forever or can I switch to tablets?',
    focus: 'pernicious anemia',
    types: ['symptoms', 'treatment'],
  },
  {
    // "How does aspirin help with that?" -> indication (how the medicine works)
    // "Can I take it with my fish oil capsules?" -> interactions (with another supplement)
    message:
      'My doctor put me on a baby aspirin every day for my PV. How does aspirin help with that? ' +
      'Can I take it with my fish oil capsules?',
    focus: 'aspirin',
    types: ['indication', 'interactions'],
  },
  {
    // "Is warfrin safe in pregnancy?" -> contraindications (pregnancy)
    message:
      'I have a mechanical heart valve and take warfrin. My husband and I want to start trying for ' +
      'a baby. Is warfrin safe in pregnancy?',
    focus: 'warfarin',
    types: ['contraindications'],
  },
  {
    // "Can you catch sickle cell from a blood transfusion?" -> susceptibility (whether someone can catch it)
    message: 'Can you catch sickle cell from a blood transfusion?',
    focus: 'sickle cell',
    types: ['susceptibility'],
  },
  {
    // "Is thalasemia the same thing as anemia?" -> information (whether two conditions are the same)
    message: 'Is thalasemia the same thing as anemia?',
    focus: 'thalassemia',
    types: ['information'],
  },
  {
    // "how long before the appointment should I use it?" -> drug_usage (timing)
    // "Can it give you headaches?" -> side_effects (a side effect)
    subject: 'desmopressin before dentist',
    message:
      "I have VWD type 1 and I've been given desmopressin nasal spray to use before a tooth " +
      'extraction. How long before the appointment should I use it? Can it give you headaches?',
    focus: 'desmopressin',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Can he play football or go on the trampoline?" -> lifestyle (sports)
    // "will all the bleeds damage his joints when he's older?" -> complications (other problems it leads to)
    message:
      'my grandson has severe hemophilia A and he is mad about football. Can he play football or ' +
      "go on the trampoline with his cousins? and will all the bleeds damage his joints when he's older?",
    focus: 'hemophilia A',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Why do I keep getting iron-deficiency anemia?" -> cause (why it happens)
    // "Could my coeliac disease be behind it?" -> association (a named condition asked as its cause)
    subject: 'low iron again',
    message:
      "Why do I keep getting iron-deficiency anemia? I'm 24, I eat red meat, my periods are " +
      'normal-ish. This is the third time in two years. Could my coeliac disease be behind it?',
    focus: 'iron-deficiency anemia',
    types: ['cause', 'association'],
  },
  {
    // "how is it diagnosed?" -> diagnosis (tests)
    // "What causes it?" -> cause (why it happens)
    message:
      'Diamond-Blackfan anemia - how is it diagnosed? Our 3 month old has a very low hemoglobin ' +
      'and they mentioned a bone marrow test. What causes it?',
    focus: 'Diamond-Blackfan anemia',
    types: ['diagnosis', 'cause'],
  },
  {
    // "Do I need to stop rivaroxaban before my colonoscopy?" -> drug_usage (stopping)
    message: 'Do I need to stop rivaroxaban before my colonoscopy next Thursday? Thanks.',
    focus: 'rivaroxaban',
    types: ['drug_usage'],
  },
];
