/**
 * "final39" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, after the third change of its round (focus 0.975, type F1 0.932). Scored by
 * final39.test.ts and by `npx tsx test/understand/support/score-messages.ts --final39 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL39_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether she will lose her sight -> prognosis
  {
    message: 'my 14 yr old was just dx with stargardt disease. will she go blind?? she loves to draw',
    focus: 'Stargardt disease',
    types: ['prognosis'],
  },
  // why: asks only about clinical trials -> research
  {
    message:
      'Are there any clinical trials for Erdheim-Chester disease in Europe? I live in Belgium and I am willing to travel.',
    focus: 'Erdheim-Chester disease',
    types: ['research'],
  },
  // why: asks only how rare it is -> frequency; condition named only in the subject line
  {
    subject: 'alkaptonuria',
    message: 'how rare is this?? our family doctor said hes never seen a case in 30 years',
    focus: 'Alkaptonuria',
    types: ['frequency'],
  },
  // why: a missed dose and whether to double up -> drug_usage
  {
    message: 'I forgot my hydroxychloroquine this morning. Should I take two tonight or just skip it?',
    focus: 'Hydroxychloroquine',
    types: ['drug_usage'],
  },
  // why: throwing away a medicine -> storage_disposal
  {
    message:
      'my mum passed away last month and theres like 6 boxes of tranexamic acid in her cupboard. can i just put them in the bin or is there a proper way to get rid of them',
    focus: 'Tranexamic acid',
    types: ['storage_disposal'],
  },
  // why: whether other children can catch it -> susceptibility
  {
    message:
      "Our son (3) was in hospital for a week with Kawasaki disease. He's better now but the daycare is asking if the other kids can catch it from him. Is it contagious?",
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: driving and keeping a courier job are daily life/work -> lifestyle
  {
    message:
      'Hi, I was diagnosed with narcolepsy two weeks ago. Am I allowed to drive? I work as a courier and I am scared I will lose my job.',
    focus: 'Narcolepsy',
    types: ['lifestyle'],
  },
  // why: what brings on the attacks -> cause
  {
    message: 'what sets off HAE attacks?? had 3 swellings this month and cant figure out a pattern',
    focus: 'Hereditary angioedema',
    types: ['cause'],
  },
  // why: a grandparent asks the chance that the next baby has it -> inheritance
  {
    message:
      'My granddaughter was born with achondroplasia. My daughter and her husband would like another child one day. What are the odds the next baby will have it too?',
    focus: 'Achondroplasia',
    types: ['inheritance'],
  },
  // why: what the medicine is for -> indication
  {
    message: 'what is modafinil actually for? neuro put me on it and didnt really explain',
    focus: 'Modafinil',
    types: ['indication'],
  },
  // why: asks for doctors who know the condition -> find_specialist
  {
    message:
      'Which kind of doctor treats fibromuscular dysplasia? My GP has never heard of it. I live near Columbus, Ohio. Any names would help.',
    focus: 'Fibromuscular dysplasia',
    types: ['find_specialist'],
  },
  // why: asks which gene/mutation -> genetic_changes
  {
    message: 'which gene mutation is behind hemochromatosis, is it the HFE one? my ferritin came back at 900',
    focus: 'Hereditary hemochromatosis',
    types: ['genetic_changes'],
  },
  // why: whether the medicine contains salt -> ingredients
  {
    message:
      "Does sodium oxybate have a lot of salt in it? I'm on a low sodium diet because of my blood pressure.",
    focus: 'Sodium oxybate',
    types: ['ingredients'],
  },
  // why: what the condition is -> information
  {
    message: 'what is trigeminal neuralgia',
    focus: 'Trigeminal neuralgia',
    types: ['information'],
  },
  // why: whether it can turn into another condition -> complications
  {
    message: 'Can polycythemia vera turn into leukemia? My father was diagnosed last spring.',
    focus: 'Polycythemia vera',
    types: ['complications'],
  },
  // why: first signs -> symptoms; blood test -> diagnosis
  {
    message: 'What are the first signs of fabry in kids and is there a blood test for it',
    focus: 'Fabry disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: whether siblings should be tested -> diagnosis; cure -> treatment
  {
    message: 'my brother has wilsons disease. should me and my sister get tested?? and can it be cured',
    focus: 'Wilson disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: the question is about the medicine: weight gain/insomnia from the pills -> side_effects; stopping -> drug_usage
  {
    message:
      'been on prednisone 6 weeks for sarcoid and ive put on 10 pounds and cant sleep at all. is that from the pills? can i just stop taking them',
    focus: 'Prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: a teacher asks about PE -> lifestyle; whether it affects the heart -> complications
  {
    message:
      'I teach PE at a middle school and one of my new students has Marfan syndrome. Can he take part in class like the other kids, including basketball? And is it true it can affect the heart? I want to be prepared.',
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications'],
  },
  // why: wine with the medicine -> interactions; taking it while trying for a baby -> contraindications
  {
    message:
      'I take colchicine for FMF. Can I drink wine on it? Also is it safe to stay on it while we try for a baby',
    focus: 'Colchicine',
    types: ['interactions', 'contraindications'],
  },
  // why: hereditary -> inheritance; life expectancy -> prognosis
  {
    message: 'Is myasthenia gravis hereditary? And what is the life expectancy?',
    focus: 'Myasthenia gravis',
    types: ['inheritance', 'prognosis'],
  },
  // why: what causes it -> cause; stopping the episodes coming -> prevention
  {
    message:
      'our 9yo has cyclic vomiting syndrome, every 3-4 weeks she is in the ER on a drip. what causes it and how can we stop the episodes from coming??',
    focus: 'Cyclic vomiting syndrome',
    types: ['cause', 'prevention'],
  },
  // why: how many girls have it -> frequency; new medicine studied -> research
  {
    message:
      'Hello, my niece have Rett syndrome, she is 5 years. How many girls have this in the world? And there is any new medicine that is studied now? Thank you very much from Poland.',
    focus: 'Rett syndrome',
    types: ['frequency', 'research'],
  },
  // why: how the medicine works -> indication; what to look out for -> side_effects
  {
    message:
      'My husband starts eculizumab for his PNH next month. How does it work exactly, and what side effects should we be looking out for?',
    focus: 'Eculizumab',
    types: ['indication', 'side_effects'],
  },
  // why: what it is exactly -> information; treatment for it -> treatment
  {
    message:
      'my boyfriend (32) was just told he has klinefelter syndrome after some fertility tests. what is it exactly? and is there any treatment for it. he doesnt want to talk about it so im asking',
    focus: 'Klinefelter syndrome',
    types: ['information', 'treatment'],
  },
  // why: smoking/weight asked as its cause -> association; a diet to follow -> lifestyle
  {
    message:
      'is hidradenitis suppurativa caused by smoking or being overweight?? my dermatologist kind of hinted at it. also is there a diet i should follow',
    focus: 'Hidradenitis suppurativa',
    types: ['association', 'lifestyle'],
  },
  // why: gallstones are a problem it leads to -> complications; whether kids should be checked -> diagnosis
  {
    message:
      'I have hereditary spherocytosis. Can it cause gallstones? I had a bad attack last year. And should my kids be checked for it?',
    focus: 'Hereditary spherocytosis',
    types: ['complications', 'diagnosis'],
  },
  // why: kept in the fridge -> storage_disposal; what time of day -> drug_usage
  {
    subject: 'desmopressin spray question',
    message:
      'Does the desmopressin nasal spray need to be kept in the fridge? And what time of day should my son use it, he is 8 and its for bedwetting.',
    focus: 'Desmopressin',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: whether it comes back after remission is its course -> prognosis; alcohol in daily life -> lifestyle
  {
    message:
      "I was diagnosed with autoimmune hepatitis last year and I'm in remission now on azathioprine. Can it come back later? And can I ever drink alcohol again, even a beer at a wedding?",
    focus: 'Autoimmune hepatitis',
    types: ['prognosis', 'lifestyle'],
  },
  // why: how it is diagnosed -> diagnosis; what the symptoms are -> symptoms
  {
    subject: 'Behcets??',
    message:
      'My husband keeps getting mouth ulcers and now his eye is red and painful. His doctor mentioned Behcet. How is it diagnosed and what are the usual symptoms?',
    focus: 'Behcet disease',
    types: ['diagnosis', 'symptoms'],
  },
  // why: two conditions; the difference between them -> information; wheelchair -> prognosis; nephew has Becker so Becker is the focus
  {
    message:
      "What's the difference between Duchenne and Becker muscular dystrophy? My nephew was diagnosed with Becker. Will he end up in a wheelchair like the boys with Duchenne?",
    focus: 'Becker muscular dystrophy',
    types: ['information', 'prognosis'],
  },
  // why: which gene -> genetic_changes; normal school -> lifestyle; TSC clinic -> find_specialist
  {
    message:
      "Our daughter Lily is 2 and was diagnosed with tuberous sclerosis complex after she started having seizures at 8 months. She has the little white patches on her skin and a few tumors in her brain that they are watching. Genetic testing was sent off but we haven't heard back. Which gene is it usually? Will she be able to go to a normal school when she's older? And is there a TSC clinic anywhere near Houston? We feel very alone with this.",
    focus: 'Tuberous sclerosis complex',
    types: ['genetic_changes', 'lifestyle', 'find_specialist'],
  },
  // why: more likely to get strokes -> complications; prevent the crises -> prevention; cure/gene therapy -> treatment
  {
    message:
      'does my sons sickle cell mean hes more likely to have a stroke? what can we do to prevent the pain crises, he had 4 this winter. is there any cure yet like the gene therapy i saw on the news',
    focus: 'Sickle cell anemia',
    types: ['complications', 'prevention', 'treatment'],
  },
  // why: cancers it raises the risk of -> complications; colonoscopies and testing the kids -> diagnosis; life insurance -> other
  {
    message:
      'Just found out I have Lynch syndrome after my aunt got colon cancer at 45. What cancers am I at risk for? How often should I get colonoscopies? Should my kids be tested? And do I have to tell my life insurance company?',
    focus: 'Lynch syndrome',
    types: ['complications', 'diagnosis', 'other'],
  },
  // why: harm to the baby -> complications; the diet -> lifestyle; whether baby will have it -> inheritance
  {
    message:
      'I have PKU and my husband and I want to get pregnant next year. I went off diet in my teens. Can PKU harm my baby? What diet do I need to be on before I get pregnant? And will my baby have PKU too?',
    focus: 'Phenylketonuria',
    types: ['complications', 'lifestyle', 'inheritance'],
  },
  // why: two conditions; a link between them -> association; how long people live -> prognosis; mum has scleroderma so it is the focus
  {
    message:
      'Is there a link between scleroderma and pulmonary hypertension? My mum has had scleroderma for 10 years and now they are doing heart scans. How long do people usually live with scleroderma?',
    focus: 'Scleroderma',
    types: ['association', 'prognosis'],
  },
  // why: questions are about the medicine: with ibuprofen -> interactions; missed dose -> drug_usage; cramps from it -> side_effects
  {
    message:
      'i have MG and take pyridostigmine 60mg 4x a day. can i take it with ibuprofen? what do i do if i miss a dose? also it gives me stomach cramps is that normal',
    focus: 'Pyridostigmine',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: what it is -> information; how treated -> treatment; shorten life -> prognosis
  {
    message: 'what is gaucher disease type 1, how is it treated, and does it shorten life?',
    focus: 'Gaucher disease',
    types: ['information', 'treatment', 'prognosis'],
  },
  // why: could her nosebleeds be HHT -> diagnosis; inherited -> inheritance; UK centre -> find_specialist
  {
    subject: 'nosebleeds - HHT?',
    message:
      'Dear sir/madam, my daughter is 15 and has nosebleeds nearly every day, sometimes for half an hour. My father had the same and died of a bleed in the brain at 58. A nurse said it might be HHT. Could her nosebleeds be HHT? Is HHT inherited? And where in the UK is there a centre that specialises in it? Many thanks.',
    focus: 'Hereditary hemorrhagic telangiectasia',
    types: ['diagnosis', 'inheritance', 'find_specialist'],
  },
  // why: questions are about the medicine: weekly or daily -> drug_usage; hair loss -> side_effects; wine -> interactions; pregnancy -> contraindications
  {
    message:
      'My rheumatologist wants to start me on methotrexate for my dermatomyositis. Do I take it weekly or daily? Will my hair fall out? Is a glass of wine ok now and then? And we want a second baby in a year or so, is it safe to get pregnant while on it?',
    focus: 'Methotrexate',
    types: ['drug_usage', 'side_effects', 'interactions', 'contraindications'],
  },
];
