/**
 * "final15" set. A final, mixed set: forty messages in every way people write (short notes and long emails,
 * careful and messy, all lower case, run-together questions, a question asked only in the subject line,
 * voicemail-like run-on text, greetings and sign-offs) from parents, patients, grandparents, siblings,
 * friends, teenagers, teachers, carers, nurses, pharmacists and people writing in a second language, about
 * rare and common conditions; about a quarter about medicines or supplements, about a third asking two or
 * three questions. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is
 * a name the knowledge base holds. Scored once, at the start of the round that wrote it, before any change
 * to the understanding stage that round except those made for the sets written before it (focus 1.000, type
 * F1 0.755), and never tuned on. Scored by final15.test.ts and by `npx tsx test/understand/support/score-messages.ts --final15 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL15_MESSAGES: ConsumerMessage[] = [
  {
    // "What treatments are available for him?" -> treatment (therapies for the condition)
    // "will he have a normal life span?" -> prognosis (life expectancy)
    // "Will their insurance pay for it?" -> other (insurance)
    subject: 'My grandson',
    message:
      'Dear Sir or Madam, My grandson, who is six, was diagnosed with Gaucher disease last month after the doctors found his spleen was very large. His parents are overwhelmed and I would like to help them understand it. What treatments are available for him? And will he have a normal life span? Will their insurance pay for it? Thank you kindly for your time. Margaret',
    focus: 'Gaucher disease',
    types: ['treatment', 'prognosis', 'other'],
  },
  {
    // "Is Behcet disease contagious?" (subject only) -> susceptibility (whether someone can catch it)
    subject: 'Is Behcet disease contagious?',
    message: 'my roommate has it and we share a kitchen and a bathroom. thx',
    focus: 'Behcet disease',
    types: ['susceptibility'],
  },
  {
    // "my mom says it makes people depressed is that true??" -> side_effects (a medicine's side effect)
    // "can i still drink at parties on it" -> interactions (medicine with alcohol)
    message:
      'im 16 and my dermatologist wants to put me on accutane for my acne. my mom says it makes people depressed is that true?? also can i still drink at parties on it lol not that i do',
    focus: 'accutane',
    types: ['side_effects', 'interactions'],
  },
  {
    // "is there a doctor near us in Ohio who really knows about this" -> find_specialist (a doctor who knows it)
    message:
      'hi yes this is Doris calling about my husband he has the myasthenia gravis they found it back in March and his eyelids keep drooping and he gets so tired by the evening he can hardly chew and I was wondering um is there a doctor near us in Ohio who really knows about this because our regular doctor said he has only ever seen one other case okay thank you bye',
    focus: 'myasthenia gravis',
    types: ['find_specialist'],
  },
  {
    // "What food she can eat? Meat is ok or not?" -> lifestyle (diet; one question asked twice)
    message:
      'Hello doctor. My daughter have 3 years and the doctor say she have PKU from the test when she was baby. We are come from Syria one year ago and I not understand everything in hospital. What food she can eat? Meat is ok or not? Thank you very much.',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  {
    // "Do they need to be kept somewhere special, and can the old ones just go in the household rubbish?" -> storage_disposal (storing and throwing away a medicine; one question)
    subject: 'Query from a community pharmacy',
    message:
      "Hello, I'm a community pharmacist. The mother of a boy with sickle cell has asked me about his hydroxyurea capsules. His dose has just changed, so she has a bottle of the old strength left over. Do they need to be kept somewhere special, and can the old ones just go in the household rubbish? I'd like to give her the right advice. Best wishes, Priya",
    focus: 'hydroxyurea',
    types: ['storage_disposal'],
  },
  {
    // "Is there anything I can do in the classroom to help him?" -> lifestyle (school)
    message:
      "I teach a Year 4 class and one of my pupils has Tourette syndrome. He's a lovely boy but his tics get much worse before tests and some of the other children have started copying him. Is there anything I can do in the classroom to help him?",
    focus: 'Tourette syndrome',
    types: ['lifestyle'],
  },
  {
    // "What sets off the swelling attacks" -> cause (what brings on its attacks)
    // "what should we do if she has one while she is at school?" -> treatment (managing an attack)
    subject: 'New student in September',
    message:
      'Hi, I am the school nurse at a middle school. We have a girl with hereditary angioedema starting with us in September. Her mom has given us a letter but it is short. What sets off the swelling attacks, and what should we do if she has one while she is at school? Thanks, Lori',
    focus: 'hereditary angioedema',
    types: ['cause', 'treatment'],
  },
  {
    // "what is moyamoya disease" -> information (what the condition is)
    message: 'what is moyamoya disease',
    focus: 'moyamoya disease',
    types: ['information'],
  },
  {
    // "Is that true?" (that coffee stops levothyroxine working) -> interactions (medicine with a drink)
    message:
      "I've been on levothyroxine for two years for an underactive thyroid. I always take it with my coffee first thing in the morning. Someone at work said coffee stops it working properly. Is that true?",
    focus: 'levothyroxine',
    types: ['interactions'],
  },
  {
    // "Will he stop being able to walk?" -> prognosis (whether he will walk)
    // "could I have kids with it when I grow up" -> inheritance (chance that her child has it)
    message:
      "My little brother has Duchenne muscular dystrophy and he is 9. I'm 14. He falls over a lot now and gets tired on the stairs. Will he stop being able to walk? And could I have kids with it when I grow up, because I'm a girl and my mum is a carrier?",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'inheritance'],
  },
  {
    // "Can you tell me what it is?" -> information (an overview)
    message:
      "My best friend was just told she has lupus. She's 24 and she's scared and honestly so am I because I don't know anything about it. Can you tell me what it is? I want to be there for her.",
    focus: 'lupus',
    types: ['information'],
  },
  {
    // "Do I need to stop eating red meat?" -> lifestyle (diet)
    message:
      "Just found out I have hemochromatosis after a routine blood test showed my ferritin was sky high. I'm starting blood removals next week. Do I need to stop eating red meat?",
    focus: 'hemochromatosis',
    types: ['lifestyle'],
  },
  {
    // "If I miss it, should I take two in the morning?" -> drug_usage (a missed dose)
    subject: 'Missed tablets',
    message:
      "Good afternoon, I have type 2 diabetes and my GP started me on metformin 500 mg twice a day in January. I'm fine with the morning one but I keep forgetting the evening tablet. If I miss it, should I take two in the morning? Many thanks, Keith Howard",
    focus: 'metformin',
    types: ['drug_usage'],
  },
  {
    // "what causes it" -> cause (why it happens)
    // "which gene is it" -> genetic_changes (which gene)
    // "is it passed from the mother" -> inheritance (how it runs in families)
    message: 'fabry disease what causes it which gene is it is it passed from the mother my uncle had it',
    focus: 'fabry disease',
    types: ['cause', 'genetic_changes', 'inheritance'],
  },
  {
    // "How common is it?" -> frequency (how common it is)
    message:
      'Good morning. My granddaughter, now 18 months old, was recently diagnosed with Williams syndrome after a heart murmur was investigated. She is a happy little thing who loves music. None of us had ever heard of the condition. How common is it? With thanks, Arthur (grandfather)',
    focus: 'Williams syndrome',
    types: ['frequency'],
  },
  {
    // "Will he go completely blind?" -> prognosis (whether it gets worse)
    message:
      'My husband is 42 and has Stargardt disease. He had to give up driving last year and now he struggles to read even with a magnifier. Will he go completely blind?',
    focus: 'Stargardt disease',
    types: ['prognosis'],
  },
  {
    // "What is the chance the baby will be sick?" -> inheritance (the chance a child has it)
    message:
      'Good morning. I am from Vietnam, my husband and me both have thalassemia minor, doctor say. We are not sick but we want baby next year. What is the chance the baby will be sick? Thank you',
    focus: 'thalassemia',
    types: ['inheritance'],
  },
  {
    // "Is this part of the disease?" -> symptoms (whether a sign belongs to it)
    message:
      'I am a carer for a gentleman in his fifties with Huntington disease. He eats three big meals a day plus snacks but he keeps losing weight, he has lost nearly a stone since Christmas. Is this part of the disease?',
    focus: 'Huntington disease',
    types: ['symptoms'],
  },
  {
    // "does the Keppra liquid have sugar or alcohol in it" -> ingredients (what a medicine contains)
    message:
      'my son takes Keppra for his seizures and he also has type 1 diabetes. does the Keppra liquid have sugar or alcohol in it? the pharmacy wasnt sure',
    focus: 'Keppra',
    types: ['ingredients'],
  },
  {
    // "Are there any clinical trials he could join?" -> research (clinical trials)
    message:
      "Hi, our son is 12 and has cystic fibrosis. He has two copies of a rare mutation that the new modulator drugs don't work for, and his lung function has dropped this year. Are there any clinical trials he could join? We're willing to travel.",
    focus: 'cystic fibrosis',
    types: ['research'],
  },
  {
    // "Can it damage her heart long term?" -> complications (other problems it can lead to)
    // "What caused it, did we do something wrong?" -> cause (why it happens; one question asked twice)
    message:
      "Our daughter (3) spent a week in hospital with Kawasaki disease. She had the drip and she's home now and seems herself again. Can it damage her heart long term? What caused it, did we do something wrong?",
    focus: 'Kawasaki disease',
    types: ['complications', 'cause'],
  },
  {
    // "can Plaquenil harm her eyes" -> side_effects (a medicine's side effect)
    // "what is it actually doing for lupus" -> indication (how a medicine works)
    message:
      "Pharmacist here. A patient with lupus asked me today whether Plaquenil can harm her eyes, she read something frightening online. She also doesn't understand why she's on a malaria drug, so what is it actually doing for lupus? I'd like to explain it simply.",
    focus: 'Plaquenil',
    types: ['side_effects', 'indication'],
  },
  {
    // "Must she do test also?" -> diagnosis (whether someone should be tested)
    message:
      'Hello, I write from Poland, sorry for my english. My son 7 years has celiac disease since last year. Now my daughter 10 years have stomach pain always and she is very thin. Must she do test also? Thank you',
    focus: 'celiac disease',
    types: ['diagnosis'],
  },
  {
    // "What else can be done for trigeminal neuralgia?" (subject only) -> treatment (therapies)
    subject: 'What else can be done for trigeminal neuralgia?',
    message:
      "I'm 58 and have had stabbing pains in my right cheek for two years. Carbamazepine worked at first but doesn't any more and the higher dose makes me dizzy.",
    focus: 'trigeminal neuralgia',
    types: ['treatment'],
  },
  {
    // "can I still get a driving license??" -> lifestyle (daily life: driving)
    message: "I'm 17 and got diagnosed with narcolepsy last month. can I still get a driving license??",
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  {
    // "Could he have Marfan syndrome?" -> diagnosis (whether his signs could be it)
    // "Who should we see to find out?" -> find_specialist (which doctor)
    message:
      "My son is 15, very tall and thin with long fingers, and he's always been very bendy. At his last eye test the optician said one of his lenses is slightly out of place. Could he have Marfan syndrome? Who should we see to find out?",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "does it matter what time I take them?" -> drug_usage (timing)
    // "my poo has gone black is that normal" -> side_effects (whether a problem comes from the medicine)
    message:
      'my doctor told me to take iron supplements for anemia. does it matter what time I take them? they make my stomach hurt a bit and my poo has gone black is that normal',
    focus: 'iron supplements',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "is it the beer that sets it off" -> cause (what brings on its attacks)
    // "is there something I can take so it stops coming back" -> prevention (preventing attacks)
    message:
      "yeah hi it's Ray um I'm ringing about the gout my big toe is killing me again that's the third time this year and I had a few beers at the match Saturday so I'm wondering is it the beer that sets it off or what and is there something I can take so it stops coming back alright cheers",
    focus: 'gout',
    types: ['cause', 'prevention'],
  },
  {
    // "does psoriasis turn into arthritis?" -> complications (whether it can turn into another condition)
    message:
      'does psoriasis turn into arthritis? my mum has had it bad on her elbows and knees for years and now her fingers are swollen and sore',
    focus: 'psoriasis',
    types: ['complications'],
  },
  {
    // "How much time people live with this?" -> prognosis (life expectancy)
    message:
      'Hello, my english is not so good, I am from Colombia. My father 67 years have idiopathic pulmonary fibrosis, they tell us in January. He need oxygen now when he walk. How much time people live with this? Gracias.',
    focus: 'idiopathic pulmonary fibrosis',
    types: ['prognosis'],
  },
  {
    // "Is methotrexate safe for a man whose partner is trying to get pregnant?" -> contraindications (precaution around pregnancy)
    message:
      "I'm a practice nurse. One of our patients, a man of 34 on weekly methotrexate for psoriatic arthritis, tells me he and his wife are hoping to start a family. Is methotrexate safe for a man whose partner is trying to get pregnant?",
    focus: 'methotrexate',
    types: ['contraindications'],
  },
  {
    // "What are they, and how do we choose?" -> treatment (therapies; one question)
    // "are there studies for babies who already show symptoms?" -> research (studies)
    subject: 'Newborn screening result',
    message:
      "Dear team, Our daughter's newborn screening came back positive for spinal muscular atrophy and it has since been confirmed. We have been told there are several treatment options now. What are they, and how do we choose? Also, are there studies for babies who already show symptoms? A friend's baby was diagnosed later. Kind regards, Tom and Aisha",
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'research'],
  },
  {
    // "Is there a cure?" -> treatment (cures)
    message:
      'My niece was born three weeks ago with epidermolysis bullosa. Her skin blisters if you so much as touch it and my sister is heartbroken. Is there a cure? Please help us.',
    focus: 'epidermolysis bullosa',
    types: ['treatment'],
  },
  {
    // "Could the medicine be doing this?" -> side_effects (whether a problem comes from the medicine)
    message:
      "My 6 year old started Singulair for his asthma about three weeks ago and since then he's been having nightmares and is angry all the time, which isn't like him at all. Could the medicine be doing this?",
    focus: 'Singulair',
    types: ['side_effects'],
  },
  {
    // "What are the main signs of Rett syndrome in toddlers?" -> symptoms (its signs)
    message:
      "Hi, I'm a nursing student putting together a short presentation on developmental disorders. What are the main signs of Rett syndrome in toddlers?",
    focus: 'Rett syndrome',
    types: ['symptoms'],
  },
  {
    // "Could the dust at work have caused it?" -> association (a named exposure asked as its cause)
    message:
      'I worked in an iron foundry for over 20 years and last spring I was diagnosed with sarcoidosis in my lungs. I never smoked. Could the dust at work have caused it?',
    focus: 'sarcoidosis',
    types: ['association'],
  },
  {
    // "What is it actually for" -> indication (what a supplement is for)
    // "does it have side effects?" -> side_effects (its side effects)
    message:
      "My daughter is 19 and has bought ashwagandha online because she is stressed about exams and not sleeping. What is it actually for, and does it have side effects? I'd rather she asked her doctor but she's an adult.",
    focus: 'ashwagandha',
    types: ['indication', 'side_effects'],
  },
  {
    // "Will it affect my liver too?" -> complications (other problems it can lead to)
    // "What are the chances my brothers have it as well?" -> inheritance (the chance a sibling has it)
    message:
      "I'm 44, I've never smoked, and I've just found out I have alpha-1 antitrypsin deficiency after getting short of breath on hills. Will it affect my liver too? What are the chances my brothers have it as well?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['complications', 'inheritance'],
  },
  {
    // "Is restless legs syndrome hereditary?" -> inheritance (whether it runs in families)
    subject: 'Family question',
    message:
      'Hello, I am a retired schoolteacher of 71. My restless legs syndrome keeps me up most nights. My late mother used to pace the house at night and now my daughter says her legs twitch in bed too. Is restless legs syndrome hereditary? Yours sincerely, Jean Parry',
    focus: 'restless legs syndrome',
    types: ['inheritance'],
  },
];
