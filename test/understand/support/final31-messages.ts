/**
 * "final31" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read neither
 * the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * at the end of its round, after its last change (focus 1.000, type F1 0.851). Scored by final31.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --final31 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL31_MESSAGES: ConsumerMessage[] = [
  // why: "what is fabry disease" asks for an overview, information
  {
    message: 'what is fabry disease',
    focus: 'fabry disease',
    types: ['information'],
  },
  // why: wine together with the medicine is an interaction with alcohol
  {
    message:
      'is it ok to have a glass of wine with methotrexate? i take it once a week for my rheumatoid arthritis',
    focus: 'methotrexate',
    types: ['interactions'],
  },
  // why: "how rare is it" asks frequency; the neurologist remark is story
  {
    message:
      "How rare is tuberous sclerosis? Our neurologist said she'd never seen a case in her whole career.",
    focus: 'tuberous sclerosis',
    types: ['frequency'],
  },
  // why: the odds that the next baby of a carrier has it is inheritance
  {
    message:
      'My daughter found out she is a carrier of hemophilia after her first son was born with it. She is expecting again, another boy. What are the odds this grandson will have hemophilia too?',
    focus: 'hemophilia',
    types: ['inheritance'],
  },
  // why: what to do after a missed dose is drug usage
  {
    subject: 'missed dose',
    message: 'forgot my warfarin last night. do i take two today or just skip it',
    focus: 'warfarin',
    types: ['drug_usage'],
  },
  // why: "can I catch it" asks whether it is contagious, susceptibility
  {
    message:
      "My best friend was diagnosed with ALS in the spring. I've been visiting her almost every day and helping her eat. This may be a silly question, but can I catch it from her?",
    focus: 'ALS',
    types: ['susceptibility'],
  },
  // why: asks only which genes are involved
  {
    message: 'rett syndrome - is it always the MECP2 gene or can other genes be involved',
    focus: 'rett syndrome',
    types: ['genetic_changes'],
  },
  // why: food, water and whether to go on a long trip are all daily life and travel
  {
    message:
      "I have Crohn's disease and I'm planning to go backpacking in South East Asia for 3 months. Any advice on what I should eat and drink over there? Is it even a good idea for someone like me to go?",
    focus: "Crohn's disease",
    types: ['lifestyle'],
  },
  // why: whether the condition leads to leukemia asks about a complication
  {
    message: 'Are children with Down syndrome more likely to get leukemia? My granddaughter is 2.',
    focus: 'Down syndrome',
    types: ['complications'],
  },
  // why: whether the medicine can damage the eyes is a side effect question
  {
    subject: 'plaquenil and my eyes',
    message:
      "I've been on hydroxychloroquine for lupus for 6 years. My rheumatologist wants me to see an eye doctor every year now. Can this medicine really damage my eyes?",
    focus: 'hydroxychloroquine',
    types: ['side_effects'],
  },
  // why: storing the tablets and getting rid of leftovers are both storage_disposal
  {
    message:
      'how should i store prednisone tablets and what do i do with the ones left over after my taper is finished',
    focus: 'prednisone',
    types: ['storage_disposal'],
  },
  // why: whether growth hormone would help is a treatment question
  {
    message:
      'Our daughter have 6 years and she has Turner syndrome, she is very small compare to the other children in her school. The growth hormone injection, it will help her?',
    focus: 'Turner syndrome',
    types: ['treatment'],
  },
  // why: how long people live with it now asks prognosis
  {
    subject: 'CF life expectancy',
    message:
      "My grandson was born with cystic fibrosis in March. When I was young these children didn't live past their teens. How long do people with it live nowadays?",
    focus: 'cystic fibrosis',
    types: ['prognosis'],
  },
  // why: "could this be it" and "how would I find out" are both diagnosis
  {
    message:
      'For years people at work have told me I smell like fish, even though I shower twice a day and have seen three doctors. I read about trimethylaminuria online. Could this be what I have, and how would I find out for sure?',
    focus: 'trimethylaminuria',
    types: ['diagnosis'],
  },
  // why: taking it while breastfeeding is a precaution, contraindications
  {
    message:
      'can i take isotretinoin while breastfeeding my 4 month old? my acne came back really bad after pregnancy',
    focus: 'isotretinoin',
    types: ['contraindications'],
  },
  // why: hair loss from the medicine is a side effect; morning or bedtime is drug usage
  {
    message:
      'My son is 9 and has sickle cell disease. His hematologist started him on hydroxyurea last month. Will it make his hair fall out? And is it better to give it in the morning or at bedtime?',
    focus: 'hydroxyurea',
    types: ['side_effects', 'drug_usage'],
  },
  // why: helping him in the classroom is school life; growing out of it is the course, prognosis
  {
    subject: 'student with tourettes',
    message:
      'I teach 7th grade and one of my students has Tourette syndrome. Some of the other kids laugh at his tics and he is starting to hate coming to school. What can I do in the classroom to help him? Is it something he will grow out of as he gets older?',
    focus: 'Tourette syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: foods to avoid is diet; other medicines if penicillamine fails is treatment
  {
    message:
      'my daughter (14) was just diagnosed with wilson disease. what foods should she stay away from? the doctor put her on penicillamine but she feels sick all the time, are there other medicines she could try instead',
    focus: 'wilson disease',
    types: ['lifestyle', 'treatment'],
  },
  // why: "is it genetic" asks inheritance; "should i get tested" asks diagnosis
  {
    message:
      'is ehlers-danlos syndrome genetic?? me and my mom can both bend our thumbs back to our wrists and my shoulders dislocate like every month. should i get tested',
    focus: 'ehlers-danlos syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: later heart problems are complications; whether the sister can catch it is susceptibility
  {
    message:
      'My 3 year old was in hospital with Kawasaki disease last month and got the IVIG. Can it cause heart problems later in life? Also his baby sister is at home with us, can she catch it from him?',
    focus: 'Kawasaki disease',
    types: ['complications', 'susceptibility'],
  },
  // why: meal plan and house rules are daily life; an organization with staff training is find_specialist
  {
    subject: 'new resident with PWS',
    message:
      'I am a support worker in a group home and we just got a new resident with Prader-Willi syndrome. He is always searching for food, even in the bins outside. What kind of meal plan and house rules work best for people like him? Is there an organization that offers training for staff?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  // why: harm to the baby from untreated high levels is complications; whether the baby has PKU is inheritance
  {
    subject: 'PKU and pregnancy',
    message:
      "Hi, I'm 28 and have had PKU since birth. I went off the diet when I was a teenager. Now my husband and I want a baby. What can happen to the baby if my phe levels are high during the pregnancy? And will our baby have PKU too? My husband doesn't have it.",
    focus: 'PKU',
    types: ['complications', 'inheritance'],
  },
  // why: marathon running is exercise, lifestyle; extra hydrocortisone and how much is dosing, drug_usage
  {
    message:
      "I have Addison's disease and I'm training for my first marathon. is long distance running safe for me? do i need to take extra hydrocortisone on race day and how much",
    focus: "Addison's disease",
    types: ['lifestyle', 'drug_usage'],
  },
  // why: why a diabetes drug for PCOS asks what it is for; weight loss from it is a side effect
  {
    message:
      "My gynecologist prescribed metformin for my PCOS but I'm not diabetic. Why would she give me a diabetes drug? Also will it make me lose weight?",
    focus: 'metformin',
    types: ['indication', 'side_effects'],
  },
  // why: what medicines cause it is cause; making sure it never happens again is prevention
  {
    message:
      'Years ago I had Stevens-Johnson syndrome and nearly lost my sight. Nobody ever explained to me why it happened. What medicines cause it, and what can I do to make sure it never happens again?',
    focus: 'Stevens-Johnson syndrome',
    types: ['cause', 'prevention'],
  },
  // why: the flu vaccine as its cause is association; getting back to normal is prognosis
  {
    subject: 'GBS after flu shot??',
    message:
      "Can the flu vaccine cause Guillain-Barre syndrome? I got mine in October and 2 weeks later I couldn't feel my feet, then my legs. I'm in rehab now learning to walk with a frame. Will I get back to normal?",
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  // why: what causes it is cause; what helps with the pain is treatment
  {
    message:
      'im so tired of doctors telling me its all in my head. what actually causes fibromyalgia and what helps with the pain, the pills they gave me do nothing',
    focus: 'fibromyalgia',
    types: ['cause', 'treatment'],
  },
  // why: whether her traits are typical asks symptoms; supporting her learning in class is school life
  {
    message:
      "I'm a second grade teacher. A girl in my class has Williams syndrome. She is very chatty and friendly with everyone but struggles a lot with math and drawing. Are these things typical of the condition? How can I best support her learning in class?",
    focus: 'Williams syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  // why: what sets off attacks and whether drinking does are cause; whether the sibling should be tested is diagnosis
  {
    message:
      'my sister was diagnosed with acute intermittent porphyria after months of awful stomach pain. what sets off her attacks? she likes to drink on the weekends, could that be it? should i get tested as well',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'diagnosis'],
  },
  // why: lactose in the tablet is ingredients; waiting before coffee is a food interaction
  {
    subject: 'thyroid pill question',
    message:
      "Does levothyroxine contain lactose? I'm very lactose intolerant. And how long do I need to wait after taking it before I can have my morning coffee?",
    focus: 'levothyroxine',
    types: ['ingredients', 'interactions'],
  },
  // why: what causes it is cause; driving is daily life; whether their kids could get it is inheritance
  {
    message:
      'My boyfriend (26) was just diagnosed with narcolepsy with cataplexy. He falls asleep at random times and his knees buckle when he laughs. I have a few questions: what causes it? Is it safe for him to drive? And if we have kids someday, could they get it?',
    focus: 'narcolepsy',
    types: ['cause', 'lifestyle', 'inheritance'],
  },
  // why: slurred speech and swallowing are signs, symptoms; a confirming test is diagnosis; what treatment is treatment
  {
    message:
      'Hello, for 2 months I have had double vision and my left eyelid droops by the evening. My GP thinks it might be myasthenia gravis. Does it also cause slurred speech or trouble swallowing? What test would confirm it? And if it is MG, what treatment is there?',
    focus: 'myasthenia gravis',
    types: ['symptoms', 'diagnosis', 'treatment'],
  },
  // why: chance that the son has it is inheritance; a predictive test is diagnosis; trials for a cure is research
  {
    message:
      "My father was diagnosed with Huntington's disease at 52. I'm 24 and just got engaged. What are the chances I have it? Is there a test that can tell me before I get symptoms? Are there any trials going on for a cure? I'm really scared.",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis', 'research'],
  },
  // why: other signs is symptoms; how doctors know for sure is diagnosis; bumps turning to cancer is complications
  {
    subject: 'cafe au lait spots',
    message:
      'Our 2 year old has 7 light brown spots on his body and the pediatrician mentioned neurofibromatosis type 1. What other signs should we watch for? How do doctors know for sure? Can the bumps turn into cancer later?',
    focus: 'neurofibromatosis type 1',
    types: ['symptoms', 'diagnosis', 'complications'],
  },
  // why: whether the rash is from the drug is side effects; whether to stop is drug usage; pregnancy is contraindications
  {
    message:
      'started lamotrigine 3 weeks ago for bipolar. now i have an itchy rash on my chest and arms. is it from the lamotrigine?? should i just stop taking it. also my partner and i are thinking about getting pregnant next year is it safe',
    focus: 'lamotrigine',
    types: ['side_effects', 'drug_usage', 'contraindications'],
  },
  // why: how long he will walk is prognosis; exon skipping trials is research; a clinic is find_specialist; insurance is other
  {
    message:
      "Our son Liam was diagnosed with Duchenne muscular dystrophy when he was 5, after his preschool teacher noticed he couldn't climb the stairs like the other kids. He is 8 now and falls more and more, and he gets so frustrated. We live in a small town in Ohio and our local doctors have only seen one other case. His genetic test showed a deletion that the report says is amenable to exon 51 skipping. How long will he be able to keep walking? Are there clinical trials for boys with his type? Is there a specialist neuromuscular clinic somewhere near us? And will insurance pay for the new drugs, we heard they cost a fortune. Thank you for anything you can tell us.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'find_specialist', 'other'],
  },
  // why: testing the siblings is diagnosis; what happens untreated is complications; how often to give blood is treatment
  {
    message:
      'Hello, I am from Poland, living in Ireland. The doctor tell me I have hereditary hemochromatosis, my ferritin is very high. Must my brothers and sister also do the test? What happen if I not treat it? How many times I need to give blood?',
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis', 'complications', 'treatment'],
  },
  // why: numbered list asks what it is, what caused it, fertility treatments and a support group
  {
    subject: 'klinefelter questions',
    message:
      "My husband was just diagnosed with Klinefelter syndrome after we couldn't get pregnant for 2 years. We have a list of questions:\n1. what exactly is it?\n2. what caused it, was it something his mother did?\n3. are there treatments so we can still have a baby?\n4. is there a support group for couples going through this",
    focus: 'Klinefelter syndrome',
    types: ['information', 'cause', 'treatment', 'find_specialist'],
  },
  // why: grapefruit juice is a food interaction; a forgotten dose is drug usage; harm from years of use is side effects
  {
    message:
      'My daughter has FMF and takes colchicine twice a day. Can she have grapefruit juice with it? what should she do if she forgets a dose at school? and can taking it for years and years harm her',
    focus: 'colchicine',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: "could it be" is diagnosis; which gene is genetic changes; whether the kidneys worsen is prognosis
  {
    message:
      'my son 7 has blood in his pee and my brother had kidney failure at 30 and wears hearing aids could it be alport syndrome what gene is it and will my sons kidneys get worse as he grows up',
    focus: 'alport syndrome',
    types: ['diagnosis', 'genetic_changes', 'prognosis'],
  },
];
