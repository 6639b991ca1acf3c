/**
 * "marrowfailure" set. Messages about bone marrow failure and rare blood-making conditions (Fanconi anemia,
 * Diamond-Blackfan anemia, aplastic anemia, dyskeratosis congenita, Shwachman-Diamond syndrome, paroxysmal
 * nocturnal hemoglobinuria): transfusions, transplant and donors, iron overload, cancer risk, with other
 * questions. Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 0.950, type F1 0.895). Scored by
 * marrowfailure.test.ts and by `npx tsx test/understand/support/score-messages.ts --marrowfailure --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MARROWFAILURE_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether it runs in the family / other kids could have it -> inheritance
  {
    message:
      'is fanconi anemia hereditary?? my nephew was just diagnosed and my sister is scared for her other 2 kids',
    focus: 'Fanconi anemia',
    types: ['inheritance'],
  },
  // why: only asks how many people get it -> frequency
  {
    message:
      "The hematologist told my dad his aplastic anaemia is 'very rare'. How rare are we talking, like how many people a year get it?",
    focus: 'aplastic anemia',
    types: ['frequency'],
  },
  // why: asks only about trials of new treatments -> research; transfusion story is context
  {
    message:
      "My daughter is 4 and has Diamond Blackfan anemia. She gets transfused every 3 weeks and didn't respond to steroids. Are there any clinical trials going on right now that she might join?",
    focus: 'Diamond-Blackfan anemia',
    types: ['research'],
  },
  // why: asks what the condition is -> information
  {
    message:
      'what is PNH? my husbands doctor mentioned it after his blood work came back weird and we were too shocked to ask',
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['information'],
  },
  // why: whether a problem comes from the medicine -> side_effects; the medicine is the focus
  {
    message:
      'Since my son started Exjade for his iron he says his tummy hurts every single day and he has diarrhea. Is that from the Exjade?',
    focus: 'deferasirox',
    types: ['side_effects'],
  },
  // why: school lunches and PE are daily life -> lifestyle; condition named in subject
  {
    subject: 'SDS - school question',
    message:
      'our son starts kindergarten in sept. he takes his enzymes with meals. can he just eat the school lunch like the other kids and is it ok for him to do gym class',
    focus: 'Shwachman-Diamond syndrome',
    types: ['lifestyle'],
  },
  // why: asks which gene and whether this variant is one of them -> genetic_changes
  {
    message:
      'Which gene is usually behind diskeratosis congenita? My genetic report says a TINF2 variant, is that one of the DC genes?',
    focus: 'dyskeratosis congenita',
    types: ['genetic_changes'],
  },
  // why: how a medicine works for this use -> indication; medicine is the focus
  {
    message:
      'Hello, my mother (72) was prescribed eltrombopag for her aplastic anemia. I thought eltrombopag was a platelet medicine? How does it work for her bone marrow? Thank you',
    focus: 'eltrombopag',
    types: ['indication'],
  },
  // why: only asks for doctors/centers who know the condition -> find_specialist
  {
    message:
      'We live in west Texas and nobody here has ever seen a kid with Fanconi anemia. Where can we find a doctor or center that actually knows FA? Please help us',
    focus: 'Fanconi anemia',
    types: ['find_specialist'],
  },
  // why: keeping the medicine cold while traveling is storage -> storage_disposal
  {
    message:
      'I do my Soliris infusions at home with a nurse. We are going on a road trip for 2 weeks - does the eculizumab have to stay in the fridge the whole time or can it sit out?',
    focus: 'eculizumab',
    types: ['storage_disposal'],
  },
  // why: whether it comes back after treatment is the course of the disease -> prognosis
  {
    message:
      'can aplastic anemia come back after ATG? my counts are finally normal after 8 months and im terrified',
    focus: 'aplastic anemia',
    types: ['prognosis'],
  },
  // why: breastfeeding precaution -> contraindications
  {
    message:
      "I have DBA and take deferasirox for the iron from my transfusions. I just had my baby. Is it safe to breastfeed while I'm on deferasirox?",
    focus: 'deferasirox',
    types: ['contraindications'],
  },
  // why: missed dose of a medicine -> drug_usage
  {
    message:
      'forgot my evening cyclosporine, its 2am now. take it now or skip and take morning dose? (aplastic anemia, 3 months post ATG)',
    focus: 'cyclosporine',
    types: ['drug_usage'],
  },
  // why: whether a sign belongs to the condition -> symptoms
  {
    message:
      "My grandson has TAR syndrome and he also cannot drink cow's milk, it makes his platelets drop and gives him diarrhea. Is the milk allergy part of TAR syndrome?",
    focus: 'thrombocytopenia-absent radius syndrome',
    types: ['symptoms'],
  },
  // why: could his signs be it / should he be tested -> diagnosis (one question asked twice)
  {
    message:
      "My son is 6, he was born with a small thumb on one hand, he is short for his age and now his blood counts are low. Could this be Fanconi's anemia? Should we ask for him to be tested for it?",
    focus: 'Fanconi anemia',
    types: ['diagnosis'],
  },
  // why: chance next baby has it -> inheritance; prenatal test -> diagnosis
  {
    message:
      'Our first son has Diamond-Blackfan anemia (RPS19). We want another baby. What are the chances the next one has DBA too, and is there a test that can be done during pregnancy?',
    focus: 'Diamond-Blackfan anemia',
    types: ['inheritance', 'diagnosis'],
  },
  // why: higher risk of cancer -> complications; screening schedule -> diagnosis
  {
    message:
      'my daughter is 19 and has FA. since she turned 18 the doctors keep bringing up head and neck cancer. how high is that risk actually for someone with fanconi anemia and how often should she be getting checked for it??',
    focus: 'Fanconi anemia',
    types: ['complications', 'diagnosis'],
  },
  // why: choosing between therapies -> treatment; survival rates -> prognosis
  {
    subject: 'ATG or transplant??',
    message:
      'I am 24 and was diagnosed with severe aplastic anemia last week. The doctors say I can have ATG plus cyclosporine, or a bone marrow transplant since my brother is a full match. Which one is better? And what are the survival rates with each?',
    focus: 'aplastic anemia',
    types: ['treatment', 'prognosis'],
  },
  // why: is it genetic / passed to kids -> inheritance; what causes it -> cause
  {
    message:
      'Is PNH genetic? Could I have passed it on to my two kids? If its not inherited then what causes it in the first place',
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['inheritance', 'cause'],
  },
  // why: whether headaches come from the medicine -> side_effects; pregnancy -> contraindications
  {
    message:
      "I've been on eculizumab for PNH for 6 months. I get a headache for 2 days after every infusion, is that the medicine? Also my husband and I want to try for a baby, can I get pregnant while I'm on it?",
    focus: 'eculizumab',
    types: ['side_effects', 'contraindications'],
  },
  // why: what the signs are -> symptoms; how it is tested -> diagnosis
  {
    message:
      'baby is 7 months, greasy smelly poos, not gaining weight, 3 ear infections and one time they said his neutrophils were low. our GP mentioned Shwachman Diamond. what are the signs of it and how do they test for it',
    focus: 'Shwachman-Diamond syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  // why: whether nail/mouth changes belong to it -> symptoms; lung damage -> complications
  {
    message:
      'Hello I am writing for my grandson who is 11. He has strange ridged nails and white patches inside his mouth and his skin has a lacy brown look on the neck. Are these the signs of dyskeratosis congenita? And I read it can damage the lungs, is that true?',
    focus: 'dyskeratosis congenita',
    types: ['symptoms', 'complications'],
  },
  // why: a named exposure asked as its cause -> association; returning to work -> lifestyle
  {
    message:
      'I worked 15 years at a refinery around benzene. Could that have caused my aplastic anemia? My counts are better now after treatment, is it safe for me to go back to work there?',
    focus: 'aplastic anemia',
    types: ['association', 'lifestyle'],
  },
  // why: whether transplant is the only cure -> treatment; insurance -> other
  {
    message:
      'Is a bone marrow transplant really the only cure for Fanconi anemia? And does insurance usually pay for the donor search through the registry, we got a letter saying it might not be covered',
    focus: 'Fanconi anemia',
    types: ['treatment', 'other'],
  },
  // why: morning or night -> drug_usage; whether creatinine rise is from it -> side_effects
  {
    message:
      'Is it better to take Jadenu in the morning or at night? Also my last labs showed my creatinine went up, could that be the deferasirox doing it?',
    focus: 'deferasirox',
    types: ['drug_usage', 'side_effects'],
  },
  // why: other treatment than transfusion -> treatment; swimming with a port -> lifestyle
  {
    message:
      'Hello, my daughter have Diamond Blackfan anemia, she is 8. Every month the transfusion. Is there other treatment than only transfusion for her? Also she want very much to go swimming with her class but she have the port, is it allowed?',
    focus: 'Diamond-Blackfan anemia',
    types: ['treatment', 'lifestyle'],
  },
  // why: how common -> frequency; whether smoking raises the risk -> susceptibility
  {
    message:
      'how common is MDS in someone under 40? i was just told i have it at 36. and does smoking raise the risk of getting it bc i smoked for years',
    focus: 'myelodysplastic syndromes',
    types: ['frequency', 'susceptibility'],
  },
  // why: whether the shots are the only therapy -> treatment; turning into leukemia -> complications
  {
    message:
      'Our baby girl has severe congenital neutropenia (ELANE). Are the G-CSF shots the only treatment? The hematologist said SCN can turn into leukemia, how likely is that?',
    focus: 'severe congenital neutropenia',
    types: ['treatment', 'complications'],
  },
  // why: what causes it -> cause; how treated -> treatment
  {
    message:
      'What causes pure red cell aplasia in an adult, and how is it treated? My wife (54) needs blood every 2 weeks now and the doctors are still looking for a reason.',
    focus: 'pure red cell aplasia',
    types: ['cause', 'treatment'],
  },
  // why: what the medicine is for here -> indication; liver worry is about the medicine -> side_effects
  {
    message:
      "Why is my husband being given danazol for his dyskeratosis congenita? Isn't that a male hormone? what is it supposed to do for his blood counts. And can danazol hurt his liver, he already has some liver problems",
    focus: 'danazol',
    types: ['indication', 'side_effects'],
  },
  // why: two conditions named; recovery -> prognosis; telling it apart from DBA -> diagnosis
  {
    message:
      'my 2 yr old was diagnosed with transient erythroblastopenia of childhood after a virus. will she fully recover on her own? and how do the doctors know for sure its TEC and not diamond blackfan anemia?',
    focus: 'transient erythroblastopenia of childhood',
    types: ['prognosis', 'diagnosis'],
  },
  // why: next baby chance -> inheritance; should sister be tested -> diagnosis; transplant -> treatment; gene therapy trials -> research
  {
    message:
      'Our son Liam (5) was diagnosed with Fanconi anemia in March, FANCA. We are completely overwhelmed. We would love to have another child one day - what are the chances a next baby would also have FA? Should his older sister be tested for it too, she seems healthy? His doctors say he will need a bone marrow transplant at some point, when is the right time and what does it involve? And I read about gene therapy for FA-A, are there any trials he could be part of? Sorry for all the questions, thank you for any help.',
    focus: 'Fanconi anemia',
    types: ['inheritance', 'diagnosis', 'treatment', 'research'],
  },
  // why: two conditions; link between them -> association; treatment -> treatment; clots -> complications
  {
    message:
      'I had aplastic anemia 10 yrs ago, got better with ATG. Now they tell me I have a PNH clone and its growing. Is there a link between aplastic anemia and PNH? What is the treatment for PNH? My doctor also said something about blood clots, can PNH cause clots?',
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['association', 'treatment', 'complications'],
  },
  // why: how rare -> frequency; from mother or father -> inheritance; support group -> find_specialist
  {
    subject: 'Dyskeratosis congenita',
    message:
      'How rare is dyskeratosis congenita? Is it passed down from the mother or the father? And is there a support group for families, we feel very alone with this.',
    focus: 'dyskeratosis congenita',
    types: ['frequency', 'inheritance', 'find_specialist'],
  },
  // why: what it is -> information; contagious -> susceptibility; snacks and PE in class -> lifestyle
  {
    message:
      "Hi, I'm a 2nd grade teacher and one of my new students has Shwachman-Diamond syndrome. Could you tell me what it is exactly? Some parents asked if it is contagious to the other children. Also, is there anything I should know about snacks or PE for him?",
    focus: 'Shwachman-Diamond syndrome',
    types: ['information', 'susceptibility', 'lifestyle'],
  },
  // why: two conditions; same or not -> information; higher cancer risk -> complications
  {
    message:
      'my granddaughter has DBA. my mother in law keeps insisting DBA is just another name for fanconi anemia. is it the same thing? and does diamond blackfan raise the cancer risk like she says FA does',
    focus: 'Diamond-Blackfan anemia',
    types: ['information', 'complications'],
  },
  // why: how it works -> indication; how often and missed infusion -> drug_usage; alcohol -> interactions
  {
    message:
      'just started soliris for pnh. how does it actually work?? how often do i need the infusions and what happens if i miss one bc of vacation. also can i still drink a glass of wine on it',
    focus: 'eculizumab',
    types: ['indication', 'drug_usage', 'interactions'],
  },
  // why: damage from the iron -> complications; Exjade vs Desferal -> treatment; diet -> lifestyle
  {
    subject: 'ferritin 4000',
    message:
      'I have MDS and have had about 60 transfusions in two years. My ferritin is now over 4000. Can all this iron damage my heart or liver? Is Exjade or Desferal better for getting it out? And can I lower the iron with my diet, should I stop eating red meat?',
    focus: 'iron overload',
    types: ['complications', 'treatment', 'lifestyle'],
  },
  // why: what it is -> information; how long he will live -> prognosis; next baby -> inheritance
  {
    message:
      'The geneticist said our son has Hoyeraal-Hreidarsson syndrome, a severe form of dyskeratosis congenita. What is it? How long do children with it live? Could our next baby have it too?',
    focus: 'Hoyeraal-Hreidarsson syndrome',
    types: ['information', 'prognosis', 'inheritance'],
  },
  // why: which gene -> genetic_changes; transplant only cure -> treatment; any studies -> research
  {
    message:
      'our baby has congenital amegakaryocytic thrombocytopenia. which gene causes it? is transplant the only cure? and r there any studies on new treatments, we read about gene therapy',
    focus: 'congenital amegakaryocytic thrombocytopenia',
    types: ['genetic_changes', 'treatment', 'research'],
  },
];
