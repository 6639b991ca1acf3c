/**
 * "Learners" evaluation set: 40 free-form messages from people who write to the
 * rare-disease information desk to learn rather than because they are ill:
 * school and university students doing projects, teachers and teaching assistants
 * with a pupil who has a condition, nurses, care and nursery workers, employers,
 * sports and dance coaches, engaged couples worried about a family condition,
 * adoptive parents, people who read a news article or watched a documentary, and
 * people who received a genetic-test or newborn-screening result they do not
 * understand. Messages often give a reason first, ask one to three questions
 * (sometimes as numbered or bulleted lines), and use technical words, not always
 * correctly. 32 messages are about conditions (27 rare, 5 common) and 8 about
 * medicines. Each `focus` appears verbatim in the message and names a condition
 * or medicine the knowledge base holds; `types` lists one question type per
 * question, in the order asked.
 *
 * Written after the caregiver set by someone who had not read the understanding or retrieval code nor
 * any earlier set, checking only that each focus is a name the knowledge base holds. Scored once before
 * anything was changed against it: focus 1.000, type F1 0.763 (see BENCHMARKS.md). None is taken or paraphrased from
 * MedQuAD, LiveQA or the classifier's training list. Scored by learners.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --learners --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LEARNERS_MESSAGES: ConsumerMessage[] = [
  {
    // "how many people have it" = frequency; "which gene is faulty" = genetic_changes
    subject: 'School science project',
    message:
      "Hi, I'm a Year 10 student doing a science project on cystic fibrosis. How many people in the UK have it? And which gene is faulty in people with it?",
    focus: 'cystic fibrosis',
    types: ['frequency', 'genetic_changes'],
  },
  {
    // chance children are affected if both carriers = inheritance; how to get carrier-tested = diagnosis (testing)
    message:
      'My fiance and I are both from Ashkenazi Jewish families and his cousin died of Tay-Sachs disease as a baby. If we both turn out to be carriers of the recessive gene, what is the chance our children would have it? And how do we get tested to find out whether we are carriers?',
    focus: 'Tay-Sachs disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // safe physical activity in PE lessons = lifestyle; "will it get worse" = prognosis
    message:
      'I teach PE at a primary school and one of my new pupils, aged 8, has Duchenne muscular dystrophy. What kind of physical activity is safe for him to do in my lessons? Will his condition get worse over his time at our school?',
    focus: 'Duchenne muscular dystrophy',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "explain what this condition is" = information; "how is the result confirmed" = diagnosis
    subject: 'Heel prick test result',
    message:
      "Our daughter's newborn heel prick screening came back flagged for MCAD deficiency and we have a hospital appointment next week. Nobody has explained much yet. Could you explain what this condition is? Also, how is a screening result like this confirmed?",
    focus: 'MCAD deficiency',
    types: ['information', 'diagnosis'],
  },
  {
    // Q1 which genetic change = genetic_changes; Q2 clinical trials = research; Q3 chance each child inherits = inheritance
    message:
      "I'm writing my biology dissertation on Huntington disease and have a few questions:\n1. What exactly is the genetic change behind it - is it the CAG repeat in the HTT gene?\n2. Are there any clinical trials of gene-silencing drugs going on at the moment?\n3. If one parent has it, what is the chance that each child inherits it?",
    focus: 'Huntington disease',
    types: ['genetic_changes', 'research', 'inheritance'],
  },
  {
    // "how rare is it" = frequency; "life expectancy" = prognosis
    subject: 'Question after a documentary',
    message:
      'Last night I watched a documentary about children with progeria who seem to age really fast. It was heartbreaking. How rare is it? And what is the life expectancy for these children?',
    focus: 'progeria',
    types: ['frequency', 'prognosis'],
  },
  {
    // which sports are safe / to avoid = lifestyle (sports)
    message:
      "I'm a school nurse. A 15-year-old student with Marfan syndrome wants to try out for the basketball team. Are there sports or kinds of training he should avoid because of his condition?",
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  {
    // workplace adjustments for an employee = lifestyle (work)
    message:
      'I manage a small warehouse and a new employee has told me she has epilepsy. She says her seizures are mostly controlled. What adjustments should we make at work to keep her safe, for example around forklifts, ladders or night shifts?',
    focus: 'epilepsy',
    types: ['lifestyle'],
  },
  {
    // "usual signs as children grow" = symptoms; support groups for families = find_specialist
    message:
      'We are in the process of adopting a three-year-old boy who has been diagnosed with fragile X syndrome. We want to be as prepared as we can. What are the usual signs and difficulties as children with it grow up? Are there any support groups for families like ours?',
    focus: 'fragile X syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "am I at risk of developing it myself" = susceptibility; "could I pass it on" = inheritance
    message:
      "I did one of those consumer DNA tests and it says I have one copy of the C282Y variant for hereditary hemochromatosis. The report calls me 'heterozygous', which I thought meant I actually have the disease. Am I at risk of developing iron overload myself? And could I pass it on to my children?",
    focus: 'hereditary hemochromatosis',
    types: ['susceptibility', 'inheritance'],
  },
  {
    // what makes the cells change shape = cause; how treated now = treatment; gene therapies in trials = research
    message:
      "Hello, I'm doing an A-level extended project about sickle cell disease. I'd be grateful for help with:\n- what causes the red blood cells to change shape\n- how it is treated at the moment\n- whether the new gene therapies are still being tested in trials",
    focus: 'sickle cell disease',
    types: ['cause', 'treatment', 'research'],
  },
  {
    // playing full matches and helping during training = lifestyle (sport), one type for both
    message:
      'I coach an under-12 football team and two of the kids have asthma. Is it OK for them to play full matches? What should I be doing during training to help them?',
    focus: 'asthma',
    types: ['lifestyle'],
  },
  {
    // foods to avoid at school = lifestyle (diet); "how common is PKU" = frequency
    message:
      'One of the children in my reception class has PKU. What foods does she need to avoid at lunchtime and at class birthday parties? And out of curiosity, how common is PKU?',
    focus: 'PKU',
    types: ['lifestyle', 'frequency'],
  },
  {
    // Q1 how common = frequency; Q2 which gene = genetic_changes; Q3 any treatment = treatment
    message:
      "I'm a psychology student writing an essay on Rett syndrome. I read somewhere that it is X-linked recessive, though I'm not sure I understood that right. My questions are:\n1. How common is it?\n2. Which gene is involved - is it MECP2?\n3. Is there any treatment approved for it yet?",
    focus: 'Rett syndrome',
    types: ['frequency', 'genetic_changes', 'treatment'],
  },
  {
    // how newborns are tested = diagnosis (screening); treatments available = treatment
    subject: 'Newborn screening for SMA',
    message:
      'I saw in the news that babies are now being screened at birth for spinal muscular atrophy. How is the test done on newborns? And what treatments are available once a baby is diagnosed?',
    focus: 'spinal muscular atrophy',
    types: ['diagnosis', 'treatment'],
  },
  {
    // whether it is passed down / why average-height parents = inheritance
    message:
      "I'm a nursing student. Is achondroplasia inherited? I thought it was autosomal dominant, but our lecturer said most children with it are born to parents of average height, which confused me.",
    focus: 'achondroplasia',
    types: ['inheritance'],
  },
  {
    // what makes extra bone grow = cause; research into a cure = research
    subject: 'Muscles turning to bone?',
    message:
      'I watched a documentary about a man whose muscles were slowly turning into bone. They called it fibrodysplasia ossificans progressiva. What causes the extra bone to grow? Is there any research going on into a cure?',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['cause', 'research'],
  },
  {
    // handling and playing safely in nursery = lifestyle; fewer fractures as she grows = prognosis
    message:
      "I'm a nursery worker and a toddler with osteogenesis imperfecta is starting with us next month. How should we pick her up and play with her safely without causing fractures? Do the fractures usually become less frequent as children get older?",
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // main features = symptoms; how doctors diagnose = diagnosis; where families find support = find_specialist
    subject: 'Questions for my health and social care project',
    message:
      'My younger cousin has Williams syndrome and I chose it for my health and social care project. Could you help me with:\n- what the main features of the condition are\n- how doctors diagnose it\n- where families can find support',
    focus: 'Williams syndrome',
    types: ['symptoms', 'diagnosis', 'find_specialist'],
  },
  {
    // whether constant hunger is part of the condition = symptoms; managing food in the home = lifestyle (diet, daily living)
    message:
      'I work in a residential care home and we are about to welcome a young man with Prader-Willi syndrome. Is it true that feeling hungry all the time is part of the condition? How can we manage food in the house without it causing conflict?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // what else it can lead to besides bowel cancer = complications; whether/when to get tested = diagnosis
    message:
      'My mum was found to have Lynch syndrome after her bowel cancer, and the genetics report mentions an MLH1 variant. Apart from bowel cancer, what other problems can Lynch syndrome lead to? Should I get tested too, and from what age?',
    focus: 'Lynch syndrome',
    types: ['complications', 'diagnosis'],
  },
  {
    // how it is inherited = inheritance; whether a carrier woman has symptoms = symptoms
    subject: 'Planning a family',
    message:
      "We are getting married next year. My fiancee's brother has hemophilia A and she is worried she might be a carrier. How is it inherited? Can a woman who is a carrier have bleeding symptoms herself?",
    focus: 'hemophilia A',
    types: ['inheritance', 'symptoms'],
  },
  {
    // 1) what makes the fatty substance build up = cause; 2) how treated = treatment; 3) prevalence = frequency
    message:
      'For my biochemistry essay on Gaucher disease:\n1) What causes the fatty substance to build up in the spleen and liver?\n2) How is it treated - is enzyme replacement the only option?\n3) What is the prevalence among Ashkenazi Jewish people compared with everyone else?',
    focus: 'Gaucher disease',
    types: ['cause', 'treatment', 'frequency'],
  },
  {
    // whether stretching/flexibility training is safe = lifestyle; whether dislocations are a symptom = symptoms
    message:
      "I'm a ballet teacher and a student's mum told me her 13-year-old has Ehlers-Danlos syndrome, the hypermobile type. Is stretching and flexibility training safe for her? Are dislocated joints a common symptom?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'symptoms'],
  },
  {
    // whether sugar causes it = cause
    subject: 'Pupil with diabetes',
    message:
      'A boy in my Year 4 class has just been diagnosed with type 1 diabetes, and the other children are telling him it is because he ate too many sweets. Is type 1 diabetes caused by eating too much sugar? I want to explain it properly to the class.',
    focus: 'type 1 diabetes',
    types: ['cause'],
  },
  {
    // link between celiac disease and type 1 diabetes = association; how diagnosed = diagnosis
    message:
      'I read an article saying that celiac disease is more common in people with type 1 diabetes. Is there really a link between the two? And how is celiac disease diagnosed - is it just a blood test?',
    focus: 'celiac disease',
    types: ['association', 'diagnosis'],
  },
  {
    // "overview" = information; "can it lead to cancer" = complications
    message:
      "I'm a second-year nursing student and we only covered neurofibromatosis type 1 very briefly in lectures. Could you give me an overview of the condition? Can it lead to cancer?",
    focus: 'neurofibromatosis type 1',
    types: ['information', 'complications'],
  },
  {
    // "tell me about" = information; "how many people have it" = frequency
    message:
      "I'm a special educational needs teacher and next term I will be working with a girl who has tuberous sclerosis complex. Could you tell me about tuberous sclerosis complex in general, and roughly how many people have it?",
    focus: 'tuberous sclerosis complex',
    types: ['information', 'frequency'],
  },
  {
    // "will her sight keep getting worse" = prognosis; classroom help with reading = lifestyle (school)
    message:
      'A 12-year-old in my class has just been diagnosed with Stargardt disease. Will her sight keep getting worse? What can we do in the classroom to help her keep up with reading and the whiteboard?',
    focus: 'Stargardt disease',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // health problems it can lead to = complications; which kind of specialist should follow her = find_specialist
    message:
      'We adopted our daughter from overseas two years ago and she has recently been diagnosed with Turner syndrome. What health problems can it lead to as she grows up, for example with her heart or kidneys? What kind of specialist should be looking after her?',
    focus: 'Turner syndrome',
    types: ['complications', 'find_specialist'],
  },
  {
    // "what is it" = information; "could it have come from one of us" = inheritance
    subject: "What does my son's test result mean?",
    message:
      "Our son's microarray test came back showing 22q11.2 deletion syndrome. We had never heard of it before. What is it? Could it have come from one of us?",
    focus: '22q11.2 deletion syndrome',
    types: ['information', 'inheritance'],
  },
  {
    // who is most at risk = susceptibility; vitamin D link = association
    message:
      "I'm a geography student looking at why multiple sclerosis seems to be more common further away from the equator. Who is most at risk of getting multiple sclerosis? Is low vitamin D linked to it?",
    focus: 'multiple sclerosis',
    types: ['susceptibility', 'association'],
  },
  {
    // what it is used for = indication; common side effects = side_effects
    message:
      "I'm a dietetics student and I read that sapropterin is given to some people with phenylketonuria alongside their diet. What exactly is sapropterin used for? What are its common side effects?",
    focus: 'sapropterin',
    types: ['indication', 'side_effects'],
  },
  {
    // forgotten dose = drug_usage; taking ibuprofen with it = interactions
    message:
      "I'm a support worker for a teenager with sickle cell disease who takes hydroxyurea every day. What should she do if she forgets a dose of hydroxyurea? Can she take ibuprofen with it for period pain?",
    focus: 'hydroxyurea',
    types: ['drug_usage', 'interactions'],
  },
  {
    // which patients it is meant for = indication; safety in pregnancy = contraindications
    message:
      "For my pharmacology assignment I'm looking at ivacaftor. Which patients with cystic fibrosis is ivacaftor meant for? Is it safe to take during pregnancy?",
    focus: 'ivacaftor',
    types: ['indication', 'contraindications'],
  },
  {
    // storing it in a hot room and disposing of an expired pen = storage_disposal (both)
    subject: 'EpiPen at school',
    message:
      "We keep a pupil's EpiPen in the staff room. How should it be stored - is it a problem if the room gets very hot in summer? And what should we do with the old one when it expires?",
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  {
    // effect on the contraceptive pill = interactions; side effects to watch for = side_effects
    message:
      'My flatmate at university has narcolepsy and takes modafinil. I read that modafinil can stop the contraceptive pill from working - is that true? What side effects should I look out for?',
    focus: 'modafinil',
    types: ['interactions', 'side_effects'],
  },
  {
    // how to give the tablet to a newborn, crushing it = drug_usage
    message:
      'Our baby was picked up on newborn screening with congenital hypothyroidism and the doctors started her on levothyroxine. How are we supposed to give a tablet to a newborn? Can we crush the levothyroxine and mix it with a little water?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  {
    // not to be taken in pregnancy = contraindications; what it is prescribed for = indication; side effects = side_effects
    subject: 'Student midwife question',
    message:
      "I'm a student midwife preparing a presentation on valproic acid. My questions:\n- Why are women told not to take it during pregnancy?\n- What conditions is it normally prescribed for?\n- What side effects should patients be warned about?",
    focus: 'valproic acid',
    types: ['contraindications', 'indication', 'side_effects'],
  },
  {
    // which conditions it is approved for = indication; whether it contains THC = ingredients
    subject: 'News article about CBD',
    message:
      'I read a news article saying cannabidiol is now used for some rare childhood epilepsies such as Dravet syndrome. Which conditions is cannabidiol actually approved for? Does it contain THC, the part of cannabis that makes you high?',
    focus: 'cannabidiol',
    types: ['indication', 'ingredients'],
  },
];
