/**
 * "socialworkers" set. Messages from social workers, care coordinators, support workers, foster carers and
 * school nurses writing for a client or child with a rare condition, with other questions. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.950, type F1 0.924). Scored by socialworkers.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --socialworkers --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SOCIALWORKERS_MESSAGES: ConsumerMessage[] = [
  // why: only asks for a plain explanation of what the condition is -> information
  {
    message:
      'Hello, we have just been approved to foster a 6 year old girl who has Smith Magenis syndrome, she comes to us next month. I have never heard of it and the social worker didnt know much either. Could someone explain what it actually is in plain English? Thank you',
    focus: 'Smith-Magenis syndrome',
    types: ['information'],
  },
  // why: PE and playtime at school are daily life -> lifestyle
  {
    subject: 'OI pupil starting in September',
    message:
      'School nurse here. A year 4 boy with osteogenesis imperfecta (brittle bones) is joining us in September. What should we be doing differently in PE and at playtime so he is safe?',
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle'],
  },
  // why: whether food-taking belongs to the condition -> symptoms; which diet -> lifestyle
  {
    message:
      'im care coordinator for a 19yo man with prader willi in supported living. staff keep finding him taking food out of the other residents cupboards and the bins. is this part of the condition or a behaviour thing?? and what kind of diet should the house be following for him',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  // why: a missed dose of the medicine -> drug_usage, focus is the medicine
  {
    message:
      'I support a young woman with congenital adrenal hyperplasia, she takes hydrocortisone tablets three times a day. If she forgets the afternoon one should she take it when she remembers or just wait for the evening dose?',
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: how long he will live -> prognosis; whether the brother should be tested -> diagnosis
  {
    message:
      "Social worker writing for a family I work with. Their son is 8 and has Duchenne. Mum has asked me to find out how long boys with Duchenne usually live, she can't bring herself to ask the consultant. Also should his little brother (3) be tested?",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'diagnosis'],
  },
  // why: what it is -> information; runs in families -> inheritance; any treatment -> treatment
  {
    message:
      'Good afternoon. I am a family support worker. A 2 year old on my caseload has just been diagnosed with Rett syndrome. Parents are devastated and asked me to help them understand. What is Rett syndrome? Does it run in families as they would like more children? And is there any treatment that can help her?',
    focus: 'Rett syndrome',
    types: ['information', 'inheritance', 'treatment'],
  },
  // why: asks only for a support group -> find_specialist
  {
    message:
      'is there a support group for families of children with cri du chat in the north west? mum is very isolated and i think it would really help her to talk to other parents',
    focus: 'cri du chat syndrome',
    types: ['find_specialist'],
  },
  // why: whether the biting belongs to the condition -> symptoms; what helps stop it -> treatment
  {
    message:
      "Residential support worker. One of our young men has Lesch-Nyhan syndrome and bites his lips and fingers until they bleed, even though you can see he doesn't want to. Is the biting part of Lesch Nyhan or is it behavioural? What can help him stop, we have tried everything we know",
    focus: 'Lesch-Nyhan syndrome',
    types: ['symptoms', 'treatment'],
  },
  // why: with clobazam -> interactions; whether the sleepiness is from the medicine -> side_effects
  {
    subject: 'epidiolex question from foster carer',
    message:
      'our little one (dravet syndrome) was started on epidiolex 2 weeks ago. does it interact with her clobazam? shes been really sleepy since, could that be the epidiolex',
    focus: 'cannabidiol',
    types: ['interactions', 'side_effects'],
  },
  // why: how rare it is -> frequency
  {
    message: 'How rare is Pitt Hopkins syndrome? The family keep being told nobody else has it.',
    focus: 'Pitt-Hopkins syndrome',
    types: ['frequency'],
  },
  // why: whether two conditions are the same -> information; Angelman is the child's diagnosis
  {
    message:
      "Hi, I'm a social worker. A little girl I work with was diagnosed with Angelman syndrome but the letter from the paediatrician also mentions Prader-Willi and the parents are very confused. Is Angelman the same as Prader-Willi syndrome?",
    focus: 'Angelman syndrome',
    types: ['information'],
  },
  // why: what sets off a crisis -> cause; what to do in one -> treatment; residential trip -> lifestyle
  {
    subject: 'Sickle cell - pupil in year 7',
    message:
      "I'm the school nurse at a secondary. We have a boy in year 7 with sickle cell disease and I want to get his care plan right. What can set off a crisis? What should staff do if he has one during the school day? And the year 7 residential is in the Lake District in November with lots of walking outdoors, is it OK for him to go?",
    focus: 'sickle cell disease',
    types: ['cause', 'treatment', 'lifestyle'],
  },
  // why: her chances of having it -> inheritance; whether she can be tested -> diagnosis
  {
    message:
      'I am social worker for a man with Huntingtons disease. His daughter is 24 and has asked me what the chances are that she has it too. she also wants to know if she can get tested before she starts a family',
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: what happens when it is not treated -> complications
  {
    message:
      'client with wilsons disease has stopped going to his appointments and stopped taking his tablets. what happens if wilson disease isnt treated',
    focus: 'Wilson disease',
    types: ['complications'],
  },
  // why: lactose content -> ingredients; time of day and missed dose -> drug_usage
  {
    message:
      "I'm a support worker for a 16 year old with thalassaemia who takes deferasirox (Exjade). She is lactose intolerant - does it have lactose in it? Also what time of day is best for her to take it and what if she misses one?",
    focus: 'deferasirox',
    types: ['ingredients', 'drug_usage'],
  },
  // why: a request for a letter for a housing application is non-medical -> other
  {
    message:
      'Dear team, I am writing on behalf of a family whose son has Kabuki syndrome. They are applying to the council for a ground floor adapted property. Would you be able to provide a letter explaining the condition that I can attach to the housing application? Kind regards, Sarah (family social worker)',
    focus: 'Kabuki syndrome',
    types: ['other'],
  },
  // why: whether the weight gain is from the medicine -> side_effects; pints on it -> interactions
  {
    message:
      "young man i support has fragile x and is on risperidone. hes put on nearly 2 stone in 6 months. is that the risperidone?? he also likes a couple of pints at the weekend with his mates, is that ok while he's on it",
    focus: 'risperidone',
    types: ['side_effects', 'interactions'],
  },
  // why: bathing is daily care -> lifestyle; dressings -> treatment; who trains carers -> find_specialist
  {
    message:
      'We are foster carers and have been asked to take a 5 month old baby boy with EB, the dystrophic type. We are willing but honestly scared of hurting him. How do we bath him and handle him without his skin coming off? What dressings should be used on his blisters? Is there a nurse or an organisation that trains carers like us? we want to do this right',
    focus: 'epidermolysis bullosa',
    types: ['lifestyle', 'treatment', 'find_specialist'],
  },
  // why: staying indoors and going on a day trip are daily life, one question in two ways -> lifestyle
  {
    message:
      'School nurse. We have a child with xeroderma pigmentosum starting reception. Does she have to stay inside all of the time? Could she go on the class trip to the farm if we cover her up?',
    focus: 'xeroderma pigmentosum',
    types: ['lifestyle'],
  },
  // why: what an untreated condition does to the baby -> complications
  {
    message:
      'Care coordinator. A young woman with PKU on my caseload has just told me she is 8 weeks pregnant. She came off her diet when she was a teenager and never went back. Is this dangerous for the baby?',
    focus: 'phenylketonuria',
    types: ['complications'],
  },
  // why: what it is for and how it works -> indication; the fridge -> storage_disposal
  {
    message:
      'Hello. Client with phenylketonuria has been offered sapropterin by the metabolic clinic. What is it for exactly, how does it work? Does it need to be kept in the fridge, she lives in shared accommodation.',
    focus: 'sapropterin',
    types: ['indication', 'storage_disposal'],
  },
  // why: later mental health problems -> complications; whether siblings might have it -> inheritance
  {
    message:
      'Mum of a child on my caseload was told her daughter has a 22q11 deletion. She has read that it can lead to mental health problems when they are older, is that true? And does it mean her other 2 kids could have it too?',
    focus: '22q11.2 deletion syndrome',
    types: ['complications', 'inheritance'],
  },
  // why: what it is -> information; whether classmates can catch it -> susceptibility
  {
    subject: 'PANDAS in school',
    message:
      'a girl in year 3 has been diagnosed with PANDAS, what is it? some of the other parents are worried their children can catch it off her. can they?',
    focus: 'PANDAS',
    types: ['information', 'susceptibility'],
  },
  // why: asks only about trials -> research
  {
    message:
      'Are there any clinical trials for niemann pick type C in the UK at the moment? The family want to know before his next review.',
    focus: 'Niemann-Pick disease type C',
    types: ['research'],
  },
  // why: what will happen next and how long -> prognosis; a hospice that knows it -> find_specialist
  {
    message:
      'I am my grandsons kinship carer, he is 7 and has batten disease (CLN3). His eyes are going now. Nobody will tell me straight what comes next and how long he has got. Also is there a hospice or team that knows about batten, our local one has never had a child with it',
    focus: 'Batten disease',
    types: ['prognosis', 'find_specialist'],
  },
  // why: whether the medicine is safe in pregnancy -> contraindications
  {
    message:
      'The young woman I support has Lennox-Gastaut syndrome and takes sodium valproate. She has a new boyfriend. Is it safe for her to get pregnant while on valproate?',
    focus: 'valproic acid',
    types: ['contraindications'],
  },
  // why: whether over-friendliness belongs to it -> symptoms; keeping her safe when out -> lifestyle
  {
    message:
      'Respite unit worker. We have a 12 year old girl with williams syndrome staying with us regularly. She is overly friendly with strangers, hugs people she doesnt know and would go off with anyone. Is this part of Williams? any advice for keeping her safe when we take her out in town?',
    focus: 'Williams syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  // why: what it is -> information; testosterone -> treatment; how common -> frequency
  {
    message:
      "Looked after child, 15, just diagnosed with Klinefelter syndrome after his foster carers raised concerns about puberty. He has lots of questions and so do I. What is Klinefelter syndrome? Will he need testosterone treatment? And how common is it, he thinks he's the only one",
    focus: 'Klinefelter syndrome',
    types: ['information', 'treatment', 'frequency'],
  },
  // why: whether it leads to heart problems -> complications
  {
    message:
      'does turner syndrome cause heart problems? we have a pupil with it and i want to know what to look out for',
    focus: 'Turner syndrome',
    types: ['complications'],
  },
  // why: storing and getting rid of the medicine -> storage_disposal
  {
    subject: 'Xyrem storage at university',
    message:
      "I'm a disability support worker at a university. A student with narcolepsy takes sodium oxybate (Xyrem). Where should it be kept in halls, it's a controlled drug and she shares a kitchen. And how does she get rid of unused bottles safely?",
    focus: 'sodium oxybate',
    types: ['storage_disposal'],
  },
  // why: what causes it -> cause; stopping the episodes coming back -> prevention
  {
    message:
      'what causes kleine levin syndrome? teenager in our care was diagnosed last year, sleeps for days at a time then is fine again for months. can anything stop the episodes coming back',
    focus: 'Kleine-Levin syndrome',
    types: ['cause', 'prevention'],
  },
  // why: should the brother be tested -> diagnosis; first signs -> symptoms; sisters carriers -> inheritance
  {
    message:
      "Hi. I'm a social worker supporting a family where the eldest boy (9) has been diagnosed with adrenoleukodystrophy (ALD). His younger brother is 4 and seems well. Should he be tested? What are the first signs we should look out for in him? Could the two girls be carriers? Sorry for all the questions, the family is overwhelmed and so am I",
    focus: 'adrenoleukodystrophy',
    types: ['diagnosis', 'symptoms', 'inheritance'],
  },
  // why: which gene -> genetic_changes
  {
    message:
      'The genetics report for a child in our care says CHD7. Is that the gene for CHARGE syndrome? I need to explain it to the foster carers.',
    focus: 'CHARGE syndrome',
    types: ['genetic_changes'],
  },
  // why: whether staff can catch it -> susceptibility; how long she has -> prognosis
  {
    message:
      'Care home manager. One of our residents has been diagnosed with CJD. Staff are frightened - are they at risk doing her personal care, washing, changing pads etc? And how long is she likely to have?',
    focus: 'Creutzfeldt-Jakob disease',
    types: ['susceptibility', 'prognosis'],
  },
  // why: ending up in a wheelchair -> prognosis; trials she could join -> research
  {
    message:
      "I coordinate care for a 17 year old with Friedreich's ataxia. She asked me if she will end up in a wheelchair and I didnt know what to say. Are there any trials she could take part in?",
    focus: 'Friedreich ataxia',
    types: ['prognosis', 'research'],
  },
  // why: link with ADHD -> association; lumps turning cancerous -> complications
  {
    message:
      'support worker for 11 yr old boy with NF1. school think he has ADHD. is there a link between neurofibromatosis and ADHD? also mum is scared the lumps on his skin will turn into cancer, can they',
    focus: 'neurofibromatosis type 1',
    types: ['association', 'complications'],
  },
  // why: why heat sets seizures off -> cause; avoiding them -> prevention; swimming -> lifestyle
  {
    message:
      'Foster carer. The little girl we look after has dravet syndrome. We noticed that warm baths and having a temperature seem to set off her seizures, why is that? What should we be doing to avoid them? School want to take her swimming, is she allowed?',
    focus: 'Dravet syndrome',
    types: ['cause', 'prevention', 'lifestyle'],
  },
  // why: overview -> information; how common -> frequency; next baby -> inheritance; specialists -> find_specialist
  {
    message:
      'Good morning, I am a health visitor and care coordinator and I have recently started working with a family whose new baby girl has been diagnosed with Cornelia de Lange syndrome. The parents are young and were given a leaflet at the hospital but very little else, and they have asked me lots of questions that I could not answer. Could you give me some general information about Cornelia de Lange syndrome that I can go through with them? How common is it? They want to know what the chance is that a future baby would have it too. And finally are there any specialists or clinics who know about CdLS that we could be referred to, as our local paediatrician admits he has not seen a case before. Many thanks for any help.',
    focus: 'Cornelia de Lange syndrome',
    types: ['information', 'frequency', 'inheritance', 'find_specialist'],
  },
  // why: grow out of it -> prognosis; how diagnosed -> diagnosis; services and groups -> find_specialist
  {
    subject: 'FAS - prospective adopters',
    message:
      'Adoption social worker. Prospective adopters have asked about a 4 year old with suspected fetal alcohol syndrome. Will he grow out of it? How do doctors confirm it when the birth mother denies drinking in pregnancy? And what support services or groups are there for adoptive families?',
    focus: 'fetal alcohol syndrome',
    types: ['prognosis', 'diagnosis', 'find_specialist'],
  },
  // why: same as Duchenne? -> information; heart -> complications; should her son be tested -> diagnosis
  {
    message:
      'Hello i am support worker from agency, my english not so good sorry. My client lady have myotonic dystrophy type 1. She ask me is this same like Duchenne muscular dystrophy? Her GP say different but not explain. Also can it make problem with her heart? And her son is 20, he need to do test?',
    focus: 'myotonic dystrophy',
    types: ['information', 'complications', 'diagnosis'],
  },
];
