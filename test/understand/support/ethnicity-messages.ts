/**
 * "ethnicity" set. Messages about conditions more common in some peoples or places: how common a condition is in
 * a group, carrier screening, whether someone is at risk, what the condition is. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.890). Scored by ethnicity.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --ethnicity --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ETHNICITY_MESSAGES: ConsumerMessage[] = [
  // why: "how common is Tay-Sachs in Ashkenazi Jews" asks only frequency
  {
    subject: 'Tay-Sachs and Jewish ancestry',
    message:
      "My grandmother on my dad's side was Ashkenazi. How common is Tay-Sachs disease in Ashkenazi Jews nowadays, now that so many couples get screened?",
    focus: 'Tay-Sachs disease',
    types: ['frequency'],
  },
  // why: "can he fly to Lagos" asks only about travel, which is lifestyle
  {
    message: 'can my 10 year old with hemoglobin SC disease fly to lagos this summer to see his grandparents',
    focus: 'hemoglobin SC disease',
    types: ['lifestyle'],
  },
  // why: "what are the chances our kids get it" is inheritance; "is there a blood test that shows if I have the trait" is diagnosis
  {
    subject: 'sickle cell - planning a family',
    message:
      'Hello, my fiance is from Ghana and he has sickle cell trait. I am Nigerian but I have never been tested. If we have children what are the chances they get sickle cell disease? And is there a simple blood test that shows if I have the trait too? Thank you.',
    focus: 'sickle cell disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what is the risk the next baby has it" is inheritance; "can it be checked during pregnancy" is diagnosis
  {
    message:
      'Me and my wife both have thalassaemia minor, we are Pakistani and we are cousins. Our first son is healthy. What is the risk that our next baby will have beta thalassaemia major? Can it be checked early in the pregnancy?',
    focus: 'beta thalassaemia major',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what is it" asks information; "is there a test for it" asks diagnosis
  {
    message:
      'im armenian and my son (6) gets high fevers with bad belly pain every 3-4 weeks, then hes fine again. the pediatrician mentioned familial mediterranean fever. what is that exactly and is there a test for it',
    focus: 'familial mediterranean fever',
    types: ['information', 'diagnosis'],
  },
  // why: "does she have to take it forever" is about stopping (drug_usage); "is the diarrhea from the colchicine" is side_effects
  {
    subject: 'colchicine for FMF',
    message:
      'Our daughter is 8 and has FMF, she was started on colchicine last spring. Does she have to take it for the rest of her life? She also has diarrhea a lot since then, could that be from the colchicine?',
    focus: 'colchicine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what must he avoid so it does not happen again" is prevention; "is it common in Sardinia" is frequency; "will he grow out of it" is prognosis
  {
    subject: 'fava beans',
    message:
      "Last week my 3 year old turned yellow and very pale after eating fava beans at his nonna's house and he had to be admitted. They told us he has G6PD deficiency. Our whole family is from Sardinia. What does he need to avoid so this never happens again? Is this common in Sardinia? Will he grow out of it when he is older?",
    focus: 'G6PD deficiency',
    types: ['prevention', 'frequency', 'prognosis'],
  },
  // why: "is primaquine safe if you have G6PD deficiency" asks who should not take the medicine
  {
    message:
      'Is primaquine safe for someone with G6PD deficiency? I am going to work in a malaria area and the travel clinic wants to give it to me.',
    focus: 'primaquine',
    types: ['contraindications'],
  },
  // why: "what is it" asks only information; the carrier result is story
  {
    subject: 'carrier screening result',
    message:
      'We are both Ashkenazi and did the expanded carrier screening before trying for a baby. My results came back saying I am a carrier for Canavan disease. I had honestly never heard of it before. What is it?',
    focus: 'Canavan disease',
    types: ['information'],
  },
  // why: "what are the symptoms" is symptoms; "what is the life expectancy" is prognosis; "can non-Jewish people get it" asks who is at risk
  {
    message:
      "My cousin's baby was just diagnosed with familial dysautonomia. What are the symptoms we should know about? What is the life expectancy now, is it better than it used to be? Also can people who are not Jewish get it? Her husband is not Jewish.",
    focus: 'familial dysautonomia',
    types: ['symptoms', 'prognosis', 'susceptibility'],
  },
  // why: "do I need a gene test before taking it" is a precaution (contraindications); "what is the skin reaction" asks a side effect
  {
    subject: 'carbamazepine and Asian ancestry',
    message:
      'My neurologist wants to start me on carbamazepine for my seizures. I am Han Chinese and read online that people with Asian ancestry must have a gene test first before taking it. Is this true? And what is this serious skin reaction everyone warns about?',
    focus: 'carbamazepine',
    types: ['contraindications', 'side_effects'],
  },
  // why: "how is it treated, just giving blood" is treatment; "can I still drink and eat red meat" is lifestyle; "what happens if I leave it" is complications
  {
    subject: 'the Celtic curse',
    message:
      'Im from Mayo and was diagnosed with haemochromatosis last month after a routine blood test showed high ferritin. The GP called it the Celtic curse. How is it treated, is it just giving blood every few weeks? Can I still have a few pints and eat red meat? And what happens if I just leave it, because I feel grand?',
    focus: 'haemochromatosis',
    types: ['treatment', 'lifestyle', 'complications'],
  },
  // why: "is it true Ireland has the highest rate" asks only how common it is
  {
    message: 'is it true ireland has the highest rate of cystic fibrosis in the world',
    focus: 'cystic fibrosis',
    types: ['frequency'],
  },
  // why: "what is this" is information; "will our other children have it" is inheritance
  {
    message:
      'We are Old Order Amish in Lancaster County. Our new baby boy was born with six fingers on each hand and a hole in his heart, and the doctor at the clinic thinks it is Ellis-van Creveld syndrome. What is this? Will our other children have it too? We have four more at home and want to have more.',
    focus: 'Ellis-van Creveld syndrome',
    types: ['information', 'inheritance'],
  },
  // why: "what causes it" is cause; "what diet will the baby need" is lifestyle
  {
    subject: 'MSUD in our community',
    message:
      'My sister is Mennonite and her newborn has MSUD. What causes it? What kind of diet will the baby need to be on?',
    focus: 'MSUD',
    types: ['cause', 'lifestyle'],
  },
  // why: "should my siblings and I be tested" is diagnosis (whether relatives should be tested); "what treatments are there" is treatment
  {
    message:
      'My father is 72 and African American. He was diagnosed with transthyretin amyloidosis of the heart after years of being told he just had heart failure. The cardiologist said a gene change that is common in Black people caused it. Should my siblings and I be tested? And what treatments are there now?',
    focus: 'transthyretin amyloidosis',
    types: ['diagnosis', 'treatment'],
  },
  // why: "what is that" asks only information; "might have" is story
  {
    subject: 'cartilage hair hypoplasia??',
    message:
      'the doctor at the clinic for special children said our son might have cartilage hair hypoplasia. he is very short for his age and has fine thin hair. what is that',
    focus: 'cartilage hair hypoplasia',
    types: ['information'],
  },
  // why: "what is northern epilepsy" asks only information; the family story is not a question
  {
    message: "What is northern epilepsy? My husband's family is from Kainuu and a cousin's daughter has it.",
    focus: 'northern epilepsy',
    types: ['information'],
  },
  // why: "can it lead to cancer and what kinds" asks a problem the condition leads to
  {
    message: 'My nephew has Bloom syndrome. Can Bloom syndrome lead to cancer, and what kinds?',
    focus: 'Bloom syndrome',
    types: ['complications'],
  },
  // why: "is there any treatment" is treatment; "any trials" is research; "how long do children live" is prognosis
  {
    subject: 'Niemann-Pick type A',
    message:
      'Our daughter is 7 months old and was just diagnosed with Niemann-Pick disease type A. We are both Ashkenazi and had no idea we were carriers. Is there any treatment at all? Are there any clinical trials we could get her into? How long do children with this usually live? We are devastated and need honest answers.',
    focus: 'Niemann-Pick disease type A',
    types: ['treatment', 'research', 'prognosis'],
  },
  // why: "what are the signs" asks only symptoms
  {
    message: 'what are the signs of mucolipidosis type IV in a toddler',
    focus: 'mucolipidosis type IV',
    types: ['symptoms'],
  },
  // why: "do I need treatment" is treatment; "will it get worse" is prognosis; "can it affect my bones" is complications; "are my kids at risk of having it" is inheritance
  {
    subject: 'Just diagnosed at 45',
    message:
      'I am 45, Ashkenazi, and was just diagnosed with Gaucher disease type 1 after they found an enlarged spleen and low platelets on routine bloodwork. I actually feel fine. Do I need to start treatment now or can I wait? Will it get worse as I get older? Can it affect my bones? I have two teenagers, are they at risk of having it?',
    focus: 'Gaucher disease type 1',
    types: ['treatment', 'prognosis', 'complications', 'inheritance'],
  },
  // why: "is it safe for a baby this young" is a precaution (contraindications); "how does it work" is indication
  {
    message:
      'Our hematologist wants our son with sickle cell anemia to start hydroxyurea at 9 months. Isnt that a cancer drug? Is hydroxyurea safe for a baby that young and how does it actually work for sickle cell?',
    focus: 'hydroxyurea',
    types: ['contraindications', 'indication'],
  },
  // why: "is it true only Black people get sickle cell" asks who is at risk
  {
    message: 'Is it true that only black people can get sickle cell?',
    focus: 'sickle cell',
    types: ['susceptibility'],
  },
  // why: "before or after food" is timing (drug_usage); "can he take it with vitamin C tablets" is interactions
  {
    subject: 'Exjade question',
    message:
      'My son has beta thalassemia and gets transfusions every 3 weeks, he takes Exjade for the iron. Should he take it before or after food? His aunt gave him vitamin C tablets, can he take those with the Exjade?',
    focus: 'Exjade',
    types: ['drug_usage', 'interactions'],
  },
  // why: "what does it mean for our baby" is inheritance; "can the baby be tested before birth" is diagnosis; "can anything be done if severe" is treatment
  {
    message:
      'My wife is Filipino and I am Chinese, and at our first prenatal visit we were both told we carry alpha thalassemia. What does this mean for our baby? Can the baby be tested before it is born? If the baby has the severe form is there anything that can be done?',
    focus: 'alpha thalassemia',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: "how common is it in Turkey" is frequency; "could her ulcers be Behcet's" is diagnosis
  {
    message:
      "How common is Behcet's disease in Turkey? My mother is Turkish and has painful mouth ulcers all the time and sometimes red eyes. Could that be Behcet's?",
    focus: "Behcet's disease",
    types: ['frequency', 'diagnosis'],
  },
  // why: "are Japanese children more at risk" asks who is at risk
  {
    subject: 'Kawasaki disease',
    message: 'Are Japanese children more at risk for Kawasaki disease? My son is half Japanese.',
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: "is it common among Afrikaners" is frequency; "what brings on the attacks" is cause; "how do I prevent attacks" is prevention
  {
    message:
      'My doctor in Pretoria told me I have variegate porphyria and said it is very common among Afrikaners, is that really so? What brings on the attacks, can certain medicines or the sun trigger them? How do I prevent attacks? I have blisters on my hands every summer.',
    focus: 'variegate porphyria',
    types: ['frequency', 'cause', 'prevention'],
  },
  // why: "what is hermansky pudlak syndrome" asks only information; the town story is not a question
  {
    message:
      "what is hermansky pudlak syndrome?? so many people in our town in northwest puerto rico have it, my neighbor's kids are very pale and bruise easy",
    focus: 'hermansky pudlak syndrome',
    types: ['information'],
  },
  // why: "what is the chance I have it" is inheritance; "is there a test before symptoms" is diagnosis; "what would come first" is symptoms
  {
    subject: 'Machado-Joseph disease in my family',
    message:
      "My family is from Flores in the Azores and there is Machado-Joseph disease on my mother's side. My mother has it now, she started losing her balance in her 40s. I am 30. What is the chance that I have it? Is there a test I can do to find out before I get any symptoms? And what symptoms would usually show up first?",
    focus: 'Machado-Joseph disease',
    types: ['inheritance', 'diagnosis', 'symptoms'],
  },
  // why: "should we get screened" asks only diagnosis; what they thought about Jewish families is story
  {
    message:
      'im irish catholic and my husband is cajun from louisiana. our OB asked if we want tay sachs screening, I always thought that was only a jewish thing. should we get screened',
    focus: 'tay sachs',
    types: ['diagnosis'],
  },
  // why: "is it more common in Africans" is frequency; "do I need to stop all dairy" is lifestyle
  {
    message:
      'I am Kenyan and milk always makes me bloated. Is lactose intolerance more common in African people? Do I need to stop all dairy or just milk?',
    focus: 'lactose intolerance',
    types: ['frequency', 'lifestyle'],
  },
  // why: "am I at risk because I am South Asian" is susceptibility; "what can I do to prevent it" is prevention
  {
    subject: 'South Asians and diabetes',
    message:
      "I'm Punjabi, 38 and slim but my doctor said South Asians get type 2 diabetes at lower weights than other people. Am I at risk even though I'm not overweight? What can I do to prevent it?",
    focus: 'type 2 diabetes',
    types: ['susceptibility', 'prevention'],
  },
  // why: "is it more common in Cantonese people" is frequency; "early signs" is symptoms; "should we be screened" is diagnosis; "did salted fish cause it" is a named exposure as cause (association)
  {
    message:
      'My dad is Cantonese from Guangdong and was diagnosed with nasopharyngeal carcinoma last year. Is it really much more common in Cantonese people? What are the early signs we should watch for? Should my brother and I be screened? And is the salted fish thing true, could all the salted fish he ate growing up have caused it?',
    focus: 'nasopharyngeal carcinoma',
    types: ['frequency', 'symptoms', 'diagnosis', 'association'],
  },
  // why: "does being Ashkenazi put me at higher risk" asks who is at risk
  {
    message: "Does being Ashkenazi Jewish put me at a higher risk for Crohn's disease",
    focus: "Crohn's disease",
    types: ['susceptibility'],
  },
  // why: "which gene causes it" asks only genetic_changes
  {
    subject: 'dystonia gene',
    message:
      'Which gene causes early onset primary dystonia in Ashkenazi Jewish families? My son was diagnosed at 11 and the neurologist mentioned a gene but I forgot the name.',
    focus: 'early onset primary dystonia',
    types: ['genetic_changes'],
  },
  // why: "can she have breast milk" is diet (lifestyle); "can it cause learning or ovary problems later" is complications
  {
    message:
      'We are Travellers and our baby girl has classic galactosemia, she was very sick the first week. Can she have any breast milk at all? Can galactosemia cause problems with learning or with her ovaries later on even if we keep to the diet?',
    focus: 'classic galactosemia',
    types: ['lifestyle', 'complications'],
  },
  // why: "will she need a transplant" is treatment; "what is her outlook" is prognosis; "could our next baby have it" is inheritance
  {
    subject: 'Finnish type congenital nephrotic syndrome',
    message:
      'Our daughter was born 3 weeks ago in Oulu with a very big placenta and a lot of protein in her urine, and the doctors now say she has Finnish type congenital nephrotic syndrome. Will she need a kidney transplant? What is her outlook? Could our next baby have it too?',
    focus: 'Finnish type congenital nephrotic syndrome',
    types: ['treatment', 'prognosis', 'inheritance'],
  },
  // why: "how rare is it outside Finland" is frequency; "are there doctors in the US who know it" is find_specialist
  {
    message:
      "aspartylglucosaminuria - how rare is it outside of finland? our son has it (my wife's family is finnish) and we live in ohio, none of his doctors have ever seen a case. are there any doctors in the US who know about it",
    focus: 'aspartylglucosaminuria',
    types: ['frequency', 'find_specialist'],
  },
];
