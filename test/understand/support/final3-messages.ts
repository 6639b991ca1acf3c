/**
 * Held-out evaluation set "final3": 40 free-form messages of the kind a rare-disease
 * information desk receives, written as a realistic mix with no single theme. Senders are
 * parents, newly diagnosed adults, relatives, carers and people asking about their medicines;
 * the messages range from five-word search-box queries to long stories with the question at
 * the end, and include subject lines (some naming the condition only there, with the body
 * saying "this" or "it"), typos, lower case, abbreviations (CF, EDS, NF1, SMA, PKU, MS, MG, DMD,
 * CMT, FMF, ALS), messages with two or three questions, and messages naming two conditions or
 * a condition and a medicine. 28 are about one condition, 4 name two conditions or a
 * condition and a medicine, and 8 are about a medicine. Every focus was checked against the
 * knowledge base (three are misspelled as written: "huntingtons disease", "hemocromatosis",
 * "hydroxyuria"). Types list one entry per distinct kind of question, in order of asking.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, at the
 * same time as the veterans and forum sets, and scored once. Never tuned on: change nothing because of its
 * misses. Scored by final3.test.ts and by `npx tsx test/understand/support/score-messages.ts --final3`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL3_MESSAGES: ConsumerMessage[] = [
  {
    // "will she develop normally" = outlook; "chances the next one has it" = inheritance; "parents group" = support organisation
    message:
      'our daughter was picked up with PKU on the newborn heel prick test, she is 3 weeks old and on a special formula. if we stick to the treatment will she develop normally? we want another baby someday, what are the chances the next one has it too? and is there a parents group anywhere near Leeds',
    focus: 'PKU',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  {
    // condition named only in subject; passing it to sons = inheritance; doctor who specialises = find_specialist
    subject: 'Ehlers-Danlos syndrome question',
    message:
      "I was finally diagnosed with this at 34 after years of being told I was just 'bendy'. Is it something I could have passed on to my two boys? And is there any kind of doctor who actually specialises in it, my GP openly admits he knows nothing about it.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // search-box query asking which signs belong to NF1
    message: 'nf1 signs in babies besides cafe au lait spots?',
    focus: 'nf1',
    types: ['symptoms'],
  },
  {
    // short query asking for treatments
    message: 'sma type 1 treatment options',
    focus: 'sma',
    types: ['treatment'],
  },
  {
    // whether a teenager can play competitive sport = living with it
    message:
      "My 15 yr old son has Marfan syndrome and he's desperate to try out for the school basketball team. His next cardiology appointment isn't until March. Is competitive sport ok for kids with Marfan or should he be avoiding it?",
    focus: 'Marfan syndrome',
    types: ['lifestyle'],
  },
  {
    // long story, question at the end: treatments, then clinical trials
    subject: 'Finally a diagnosis at 41',
    message:
      "Hi, for most of my life I've had burning pain in my hands and feet, especially when I get hot or exercise. Doctors said growing pains, then anxiety, then fibromyalgia. Last month, after my nephew was diagnosed, I had a blood test and it turns out I have Fabry disease too. I honestly feel relieved and angry at the same time. My kidneys are apparently fine for now but my heart scan showed some thickening. What treatments are there for this, and are there any clinical trials I could join?",
    focus: 'Fabry disease',
    types: ['treatment', 'research'],
  },
  {
    // misspelled focus; "should i get tested" = diagnosis; chance kids get it = inheritance; genetic counselling = find_specialist
    message:
      'my dad was just diagnosed with huntingtons disease at 58. im 29. should i get tested? if i do have the gene whats the chance my kids would get it. and where do you even go for genetic counselling',
    focus: 'huntingtons disease',
    types: ['diagnosis', 'inheritance', 'find_specialist'],
  },
  {
    // condition only in subject; "what causes this" = cause
    subject: 'Wilson disease',
    message:
      'what causes this? my brother (22) has just been diagnosed after months of liver problems and nobody in the family has heard of it',
    focus: 'Wilson disease',
    types: ['cause'],
  },
  {
    // "how rare is it" = how common
    message:
      'How rare is Rett syndrome? The neurologist said our daughter is the first case she has seen in 10 years of practice.',
    focus: 'Rett syndrome',
    types: ['frequency'],
  },
  {
    // carer: whether constant hunger belongs to the syndrome = symptoms; managing meals and exercise = lifestyle
    message:
      "I work in a supported living home and we've just taken in a young man with Prader-Willi syndrome. Staff have been told to lock the kitchen and fridge. Is the constant hunger actually part of the syndrome or is it behavioural? Any tips on managing mealtimes and exercise so it doesn't turn into a power struggle every day?",
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  {
    // asks what the genetic change is and whether it is the same in every child = genetic_changes
    message:
      "Our son's genetics report mentions a deletion on chromosome 15. What exactly is the genetic change in Angelman syndrome, and is it the same in every child who has it?",
    focus: 'Angelman syndrome',
    types: ['genetic_changes'],
  },
  {
    // who is at risk (which populations) = susceptibility
    subject: 'question about screening',
    message:
      "Is Tay-Sachs only something Ashkenazi Jewish people get? My husband's family is French Canadian and someone at church said that group is at risk too.",
    focus: 'Tay-Sachs',
    types: ['susceptibility'],
  },
  {
    // "will it get worse / stay in the eyes" = outlook
    subject: 'newly diagnosed MG',
    message:
      "I'm 52 and was diagnosed with myasthenia gravis 2 weeks ago after my eyelids started drooping and I saw double when driving. Will this get worse over time or can it stay just in the eyes?",
    focus: 'myasthenia gravis',
    types: ['prognosis'],
  },
  {
    // clinical trials = research
    message:
      'are there any clinical trials for ALS in the UK at the moment?? my mum was diagnosed in june and wants to try anything',
    focus: 'ALS',
    types: ['research'],
  },
  {
    // bare "what is" query = information
    message: 'what is friedreich ataxia',
    focus: 'friedreich ataxia',
    types: ['information'],
  },
  {
    // how it is diagnosed and which test = diagnosis
    message:
      'How is Gaucher disease diagnosed? My spleen is enlarged and my platelets are low, and the haematologist mentioned it as a possibility. Is it just a blood test or will they need to do a bone marrow biopsy?',
    focus: 'Gaucher disease',
    types: ['diagnosis'],
  },
  {
    // condition only in subject; support groups and specialist clinics are both find_specialist
    subject: 'Tuberous sclerosis complex - support?',
    message:
      'Our 8 month old was diagnosed with this last week after she started having spasms. We feel so alone. Are there any support groups or family organisations we could contact, and which hospitals have specialist clinics for it?',
    focus: 'Tuberous sclerosis complex',
    types: ['find_specialist'],
  },
  {
    // later heart problems = complications; stopping it happening again = prevention
    message:
      'My 4 year old had Kawasaki disease last year and recovered well after the IV treatment. What heart problems can it cause further down the line? And is there anything we can do to stop him getting it again?',
    focus: 'Kawasaki disease',
    types: ['complications', 'prevention'],
  },
  {
    // diet = lifestyle; "am I more likely to get it" = susceptibility
    message:
      "Does diet make any real difference with MS? I keep reading about the Swank diet and the Wahls protocol. Also my older sister has MS - does that mean I'm more likely to get it?",
    focus: 'MS',
    types: ['lifestyle', 'susceptibility'],
  },
  {
    // misspelled focus; why iron builds up = cause; red meat = diet
    message: 'hemocromatosis - why does the body store too much iron? and should i stop eating red meat',
    focus: 'hemocromatosis',
    types: ['cause', 'lifestyle'],
  },
  {
    // life expectancy = prognosis; gene therapy studies = research
    subject: 'DMD - outlook',
    message:
      'Our son is 6 and was diagnosed with Duchenne muscular dystrophy in the spring. Please be honest with me, what is the life expectancy these days? Also are there any gene therapy studies he might qualify for?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  {
    // "tell me about" = information; support at school = lifestyle
    message:
      "Can you tell me about Williams syndrome? My grandson has just been diagnosed and I'd like to understand what it is. He starts school next year, will he need extra support in the classroom?",
    focus: 'Williams syndrome',
    types: ['information', 'lifestyle'],
  },
  {
    // how confirmed before birth = diagnosis; surgery or growth treatment = treatment
    message:
      "We were told at our 32 week scan that the baby might have achondroplasia. How do they confirm it before birth? And will the baby need surgery or any growth treatment after it's born?",
    focus: 'achondroplasia',
    types: ['diagnosis', 'treatment'],
  },
  {
    // women as carriers = inheritance; "should I get tested" = diagnosis
    message:
      'My nephew has fragile X syndrome. Can women be carriers of it without knowing? And should I get tested before we start trying for kids?',
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // footwear and changing jobs = living/working with it; wheelchair = will it get worse
    subject: 'CMT and nursing',
    message:
      "I've got CMT and I work as a nurse doing 12 hour shifts on my feet. The foot drop on my left side is getting worse. Any advice on footwear, or should I be thinking about changing jobs? Will I end up in a wheelchair eventually?",
    focus: 'CMT',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // condition only in subject; treatments = treatment; "grow out of it" = outlook
    subject: 'Osteogenesis imperfecta',
    message:
      "my baby has had 3 fractures by 5 months old and the hospital is now testing her for it. if it is this, what are the treatments? is it something she'd grow out of?",
    focus: 'Osteogenesis imperfecta',
    types: ['treatment', 'prognosis'],
  },
  {
    // can hemophilia A occur in girls = who can get it (susceptibility)
    message: 'Can girls get hemophilia A or is it only boys?',
    focus: 'hemophilia A',
    types: ['susceptibility'],
  },
  {
    // condition and an exposure: "can mould cause it" = association
    message:
      "My husband was diagnosed with sarcoidosis in his lungs. We've had a damp, mouldy bathroom for years. Can mould exposure cause sarcoidosis?",
    focus: 'sarcoidosis',
    types: ['association'],
  },
  {
    // two conditions; "is there a link" = association
    message:
      "Is there a link between EDS and POTS? I have both and my cardiologist says they're unrelated but every forum I read says otherwise.",
    focus: 'EDS',
    types: ['association'],
  },
  {
    // two conditions; "is moyamoya linked to sickle cell" = association
    message:
      "My son has sickle cell disease and the doctor mentioned moyamoya disease after his MRI. I'd never heard the word before. Is moyamoya disease linked to sickle cell?",
    focus: 'moyamoya disease',
    types: ['association'],
  },
  {
    // two conditions; "is hypothyroidism linked to Turner syndrome" = association
    message:
      'My daughter has Turner syndrome and her endocrinologist wants yearly thyroid blood tests. Is hypothyroidism linked to Turner syndrome?',
    focus: 'Turner syndrome',
    types: ['association'],
  },
  {
    // condition and medicine; whether he must keep taking it / can stop = drug_usage
    message:
      "My son has FMF and takes colchicine every day. Does he have to take it forever even when he hasn't had an attack in over a year? He's 14 and keeps saying he wants to stop.",
    focus: 'colchicine',
    types: ['drug_usage'],
  },
  {
    // medicine only named (misspelled) in subject; side effects; vaccines while on it = interactions
    subject: 'hydroxyuria for my daughter',
    message:
      "Our haematologist wants to start our 9yo with sickle cell disease on it. what side effects should we watch out for? and can she still have her normal vaccines while she's taking it?",
    focus: 'hydroxyuria',
    types: ['side_effects', 'interactions'],
  },
  {
    // missed dose = drug_usage; grapefruit juice = interactions with food
    message:
      'my son is 8 and on ivacaftor for his CF. he missed his evening dose last night, should we give it this morning with his breakfast dose or just skip it? and is grapefruit juice really off limits?',
    focus: 'ivacaftor',
    types: ['drug_usage', 'interactions'],
  },
  {
    // search-box query about how often to take it = drug_usage
    message: 'pyridostigmine 60mg how often can you take it',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  {
    // "what is it used for" = indication; common side effects = side_effects
    message:
      'My husband has just been prescribed riluzole. What is riluzole actually used for? The neurologist rushed through it. And what side effects are common?',
    focus: 'riluzole',
    types: ['indication', 'side_effects'],
  },
  {
    // how to store tablets in heat = storage_disposal
    message:
      "how should sapropterin tablets be stored? we're going camping for a week in august and it gets really hot in the tent",
    focus: 'sapropterin',
    types: ['storage_disposal'],
  },
  {
    // whether someone with kidney problems may take it = contraindications
    subject: 'iron chelation',
    message:
      'Can I take deferasirox if I have kidney problems? I have thalassemia and my creatinine has gone up a bit on my last two blood tests.',
    focus: 'deferasirox',
    types: ['contraindications'],
  },
  {
    // flushing "normal?" and "does it go away" both ask about a side effect
    subject: 'flushing',
    message:
      'Started Tecfidera for my MS 2 weeks ago and I go bright red and itchy about half an hour after every dose. Is that normal, and does it go away?',
    focus: 'Tecfidera',
    types: ['side_effects'],
  },
  {
    // whether the tablets contain lactose = ingredients
    message:
      "does hydroxychloroquine have lactose in it? i'm very lactose intolerant and just got prescribed it for lupus",
    focus: 'hydroxychloroquine',
    types: ['ingredients'],
  },
];
