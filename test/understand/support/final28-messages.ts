/**
 * "final28" set. Messages in every style: short queries, long stories, several questions, misspellings,
 * second-language English, medicines, subject lines. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, after the first change of its round (focus
 * 1.000, type F1 0.940). Scored by final28.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --final28 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL28_MESSAGES: ConsumerMessage[] = [
  // why: "what causes" asks only the cause
  {
    message: 'what causes sarcoidosis',
    focus: 'sarcoidosis',
    types: ['cause'],
  },
  // why: asks only about trials; the infusions are story
  {
    subject: 'Fabry disease trials',
    message:
      'Is there any trials for Fabry disease in Europe? My brother has it and the enzyme infusions are not helping him much anymore. He is 38.',
    focus: 'Fabry disease',
    types: ['research'],
  },
  // why: grandmother asks for a plain explanation of what the condition is
  {
    message:
      'My granddaughter was just diagnosed with Williams syndrome. I am 74 and the doctor used so many big words. Can someone explain to me in plain words what this is?',
    focus: 'Williams syndrome',
    types: ['information'],
  },
  // why: fridge question is storage of the medicine
  {
    message: 'does hydroxychloroquine need to be kept in the fridge',
    focus: 'hydroxychloroquine',
    types: ['storage_disposal'],
  },
  // why: asks only where to find a specialist doctor
  {
    message:
      'Hello, my husband have myasthenia gravis since 3 years. Please, where we can find doctor who is specialist for this in Houston area? The neurologist he see now say he not know much about it. Thank you very much.',
    focus: 'myasthenia gravis',
    types: ['find_specialist'],
  },
  // why: "contagious" asks whether one can catch it
  {
    message: "is narcolepsy contagious?? my new roommate has it and i'm kinda freaked out ngl",
    focus: 'narcolepsy',
    types: ['susceptibility'],
  },
  // why: wine with a medicine is an alcohol interaction
  {
    message:
      'I take methotrexate once a week for rheumatoid arthritis. Is it OK to have a glass of wine on the weekend with it?',
    focus: 'methotrexate',
    types: ['interactions'],
  },
  // why: "how common" asks frequency
  {
    message: 'How common is Prader-Willi syndrome?',
    focus: 'Prader-Willi syndrome',
    types: ['frequency'],
  },
  // why: keeping it from coming back is prevention; the treatment he got is story
  {
    subject: 'Kawasaki coming back?',
    message:
      'Our son had Kawasaki disease last year when he was 2. He got IVIG and aspirin in the hospital and thank god his heart is fine. Is there anything we can do to keep him from getting it again? I worry every time he has a fever.',
    focus: 'Kawasaki disease',
    types: ['prevention'],
  },
  // why: "how long do people live" asks life expectancy
  {
    subject: 'ALS',
    message:
      "My dad was diagnosed with ALS in March. The neurologist didn't tell us much and my mom is too upset to ask. How long do people usually live with it?",
    focus: 'ALS',
    types: ['prognosis'],
  },
  // why: asks which gene
  {
    message: 'which gene causes rett syndrome',
    focus: 'rett syndrome',
    types: ['genetic_changes'],
  },
  // why: breastfeeding safety is a precaution, contraindications
  {
    message: 'Is it ok to take lamotrigine while breastfeeding? I have epilepsy and my baby is 3 weeks old',
    focus: 'lamotrigine',
    types: ['contraindications'],
  },
  // why: asks which tests would confirm it
  {
    message:
      'My best friend keeps getting these attacks where her lips and hands swell up for days, and antihistamines do nothing. Her doctor thinks it might be hereditary angioedema. What kind of tests would confirm that?',
    focus: 'hereditary angioedema',
    types: ['diagnosis'],
  },
  // why: asks for other treatments; the dizziness is a complaint, not a question
  {
    message:
      'what is the treatment for trigeminal neuralgia besides carbamazepine. it makes me so dizzy i cant work',
    focus: 'trigeminal neuralgia',
    types: ['treatment'],
  },
  // why: "what is it used for" asks the medicine's indication
  {
    subject: 'colchicine question',
    message:
      'What is colchicine actually used for? My doctor prescribed it for my FMF but I thought it was a gout medicine.',
    focus: 'colchicine',
    types: ['indication'],
  },
  // why: "hereditary" is inheritance; playing football is daily life
  {
    message:
      'Is Marfan syndrome hereditary? My husband has it. Also our son is 10 and wants to join the football team, is that dangerous for him?',
    focus: 'Marfan syndrome',
    types: ['inheritance', 'lifestyle'],
  },
  // why: sweat test question is diagnosis; life expectancy is prognosis
  {
    subject: 'newborn screen positive for CF',
    message:
      "We just got a call that our newborn's screening came back positive for cystic fibrosis. What does the sweat test involve, and what is the life expectancy for kids with CF nowadays?",
    focus: 'cystic fibrosis',
    types: ['diagnosis', 'prognosis'],
  },
  // why: asks the symptoms and about a special diet
  {
    message:
      'wilson disease - what are the symptoms and is there a special diet? i read something about no chocolate or shellfish',
    focus: 'wilson disease',
    types: ['symptoms', 'lifestyle'],
  },
  // why: stopping the medicine is drug usage; whether the weight gain comes from it is a side effect
  {
    message:
      "I've been on prednisone 20mg for a month for my sarcoidosis. Can I just stop it when I feel better? And is it the prednisone that is making me gain so much weight??",
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "should I get tested" is diagnosis; her chance of having it is inheritance
  {
    message:
      "My mother has Huntington's disease. I'm 28. Should I get tested, and what are the chances that I have it too?",
    focus: "Huntington's disease",
    types: ['diagnosis', 'inheritance'],
  },
  // why: osteoporosis when untreated is a complication; "how common" is frequency
  {
    message: "can celiac disease lead to osteoporosis if you don't stick to the diet? and how common is it",
    focus: 'celiac disease',
    types: ['complications', 'frequency'],
  },
  // why: preventing crises is prevention; whether cold brings them on is cause
  {
    subject: 'pain crises',
    message:
      'My 6 year old son has sickle cell disease. He had three pain crises this winter and was in hospital twice. How can we prevent them? Does cold weather bring them on?',
    focus: 'sickle cell disease',
    types: ['prevention', 'cause'],
  },
  // why: growing out of it is prognosis; medicine that helps is treatment
  {
    message:
      'my son (9) has tourette syndrome and his tics got a lot worse this year. will he grow out of it. is there any medicine that helps',
    focus: 'tourette syndrome',
    types: ['prognosis', 'treatment'],
  },
  // why: keeping pens cold is storage; more infections from the medicine is a side effect
  {
    message:
      'How should I keep my Humira pens on a 14 hour flight, do they have to stay cold the whole time? And does it make you more likely to catch infections? I seem to get every cold going around.',
    focus: 'Humira',
    types: ['storage_disposal', 'side_effects'],
  },
  // why: gymnastics is daily life; "is there cure" is treatment
  {
    message:
      'Good day. My daughter 15 years have diagnose of Ehlers-Danlos syndrome, the hypermobile type. She want very much to do gymnastics, it is safe for her? Also is there cure for this? We are from Poland, here doctors say little.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'treatment'],
  },
  // why: regular school is daily life; leukemia is another problem it can lead to
  {
    message:
      'My grandson has Down syndrome, he is 3 and such a happy boy. Will he be able to go to a regular school with the other children? And I read that children with Down syndrome can get leukemia, is that true?',
    focus: 'Down syndrome',
    types: ['lifestyle', 'complications'],
  },
  // why: salad and spinach is a food interaction; a forgotten dose is drug usage
  {
    message:
      'started warfarin after a clot in my leg (turns out i have factor V leiden). can i still eat salad and spinach? and what do i do if i forget a dose',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "what is" is information; "how many people" is frequency
  {
    message: 'What is Gaucher disease and how many people have it?',
    focus: 'Gaucher disease',
    types: ['information', 'frequency'],
  },
  // why: walking again is prognosis; the stomach bug as cause is an association with a named exposure
  {
    subject: 'husband in ICU',
    message:
      'My husband got Guillain-Barre syndrome two weeks after a bad stomach bug. He is in the ICU on a ventilator and cannot move his legs at all. Will he walk again? Could that stomach bug have caused this?',
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis', 'association'],
  },
  // why: depression from the drug is a side effect; course length is drug usage
  {
    message:
      'is it true isotretinoin causes depression? my 17 yo son is about to start it for his acne. also how long does a course usually last',
    focus: 'isotretinoin',
    types: ['side_effects', 'drug_usage'],
  },
  // why: normal development is prognosis; what she can eat is diet; passed on and next baby are inheritance
  {
    subject: 'baby diagnosed with PKU',
    message:
      'Our daughter was born 10 days ago and the heel prick test came back showing PKU. We had never even heard of it. The dietitian gave us a special formula and a lot of papers and honestly we are overwhelmed. Will she develop normally if we follow the diet? What will she be able to eat when she is older? Is it something we passed on to her, and could our next baby have it too? Neither of us has it and nobody in our families.',
    focus: 'PKU',
    types: ['prognosis', 'lifestyle', 'inheritance'],
  },
  // why: asks treatment, liver damage (complication), and whether siblings should be tested (diagnosis)
  {
    subject: 'iron overload',
    message:
      'I was just told I have hemochromatosis, my ferritin is 1200. What is the treatment? Can it damage my liver? Should my brothers and sisters get tested?',
    focus: 'hemochromatosis',
    types: ['treatment', 'complications', 'diagnosis'],
  },
  // why: asks the gene, whether children can have it, and whether tiredness is a sign
  {
    message:
      'My wife is diagnose with myotonic dystrophy type 1 last month. What is the gene that make this? Our children can have it also? And she is very tired all day, she sleep in afternoon, is this part of the disease?',
    focus: 'myotonic dystrophy type 1',
    types: ['genetic_changes', 'inheritance', 'symptoms'],
  },
  // why: ibuprofen with lithium is an interaction; shaky hands from it is a side effect; pregnancy is a precaution
  {
    message:
      "I've been on lithium for bipolar disorder for 6 years and it works well. Now my GP wants me to take ibuprofen for my knee - is that ok with lithium? Also, are my shaky hands from the lithium? And is lithium safe if I get pregnant next year? We are starting to think about it.",
    focus: 'lithium',
    types: ['interactions', 'side_effects', 'contraindications'],
  },
  // why: "could this be" and tests are diagnosis; turning into cancer is a complication; a clinic is find_specialist
  {
    message:
      'Our daughter is 4 and has lots of light brown spots on her body, I counted 8. The pediatrician mentioned neurofibromatosis type 1 but wants to wait and see. Could this be NF1 and what tests would she need? Can it turn into cancer later? Is there a specialist clinic anywhere in Ohio?',
    focus: 'neurofibromatosis type 1',
    types: ['diagnosis', 'complications', 'find_specialist'],
  },
  // why: new treatments studied is research; walking is prognosis; "how rare" is frequency
  {
    message:
      'SMA type 2, my son is 2. Are there new treatments being studied? Will he ever walk? How rare is it? Nobody around us has ever heard of it',
    focus: 'SMA type 2',
    types: ['research', 'prognosis', 'frequency'],
  },
  // why: going away is prognosis; causes is cause; who is more at risk is susceptibility; passing to kids is inheritance
  {
    message:
      'i have behcet disease (diagnosed back home in turkey). does it ever go away? what causes it? are people from the middle east more at risk? and can i pass it to my kids',
    focus: 'behcet disease',
    types: ['prognosis', 'cause', 'susceptibility', 'inheritance'],
  },
  // why: a missed infusion is drug usage; meningitis risk from the drug is a side effect; insurance is other
  {
    subject: 'Soliris infusions',
    message:
      'My daughter gets Soliris infusions every 2 weeks for aHUS. What happens if we miss one because we are on vacation? Does it really raise the risk of meningitis? And will insurance still cover it after she turns 18?',
    focus: 'Soliris',
    types: ['drug_usage', 'side_effects', 'other'],
  },
  // why: "what exactly is" is information; kidneys getting worse is prognosis; slowing it is treatment; trials is research
  {
    subject: 'Alport - nephew',
    message:
      'My nephew (12) was diagnosed with Alport syndrome after they found blood in his urine and he failed a hearing test at school. What exactly is Alport syndrome? Will his kidneys keep getting worse? Is there anything to slow it down? Are there any clinical trials? My sister asked me to find out because she cannot stop crying.',
    focus: 'Alport syndrome',
    types: ['information', 'prognosis', 'treatment', 'research'],
  },
  // why: taking it at night is drug usage; with coffee is a food interaction; lactose content is ingredients
  {
    message:
      "can i take levothyroxine at night instead of the morning? and with my coffee? also does it have lactose in it, i'm lactose intolerant",
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions', 'ingredients'],
  },
];
