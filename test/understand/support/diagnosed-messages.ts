/**
 * "diagnosed" set. Messages from the first days after a diagnosis: a person or a parent just told the name of a
 * condition, asking what it is, what happens now, whom to see, whether it is their fault. Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.899). Scored by diagnosed.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --diagnosed --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DIAGNOSED_MESSAGES: ConsumerMessage[] = [
  // why: "what is it exactly" asks for an overview of the condition
  {
    subject: 'Turner syndrome - just found out',
    message:
      'Hello. Our daughter is 7 and the endocrinologist told us yesterday that she has Turner syndrome. We went in because she was so much shorter than her friends and came out with a name we had never heard. I have been crying all night. What is Turner syndrome exactly?',
    focus: 'Turner syndrome',
    types: ['information'],
  },
  // why: "where do i find a doctor who knows NF1" asks for a specialist
  {
    subject: 'just diagnosed - NF1',
    message:
      'where do i find a doctor who actually knows about NF1?? our pediatrician said she has only seen two cases in 20 years and my son has all these cafe au lait spots',
    focus: 'NF1',
    types: ['find_specialist'],
  },
  // why: "was it something I ate or did" asks what caused it, with no named exposure
  {
    message:
      'My son is 5 weeks old and was diagnosed with biliary atresia this morning. They are operating on Friday. I keep going over my pregnancy in my head. was it something I ate or did while I was pregnant with him?',
    focus: 'biliary atresia',
    types: ['cause'],
  },
  // why: "can it leave permanent damage in the heart" asks about a complication
  {
    message:
      'My 3 year old has been in hospital 4 days with fevers, red eyes and peeling fingers and today they told us it is Kawasaki disease. The doctors keep mentioning the arteries of his heart and doing scans. Can Kawasaki disease leave permanent damage in the heart?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: asking what to read to understand the condition is a request for information
  {
    subject: 'newly diagnosed',
    message:
      'I was diagnosed with myasthenia gravis last Thursday after months of droopy eyelids and double vision. My neurologist was very rushed. Is there any good, reliable reading you would recommend for someone just starting out with this?',
    focus: 'myasthenia gravis',
    types: ['information'],
  },
  // why: "what is this medicine actually for / what does it do" asks the medicine's indication
  {
    message:
      'Two weeks after the sickle cell diagnosis, the hematologist started my 2 year old on hydroxyurea. I always thought that was a cancer drug and I panicked when I read the leaflet. What is hydroxyurea actually for in a child like mine, what does it do?',
    focus: 'hydroxyurea',
    types: ['indication'],
  },
  // why: "what do I do if I forget a dose" is about how to take the medicine
  {
    subject: 'Mestinon question',
    message: 'started on Mestinon 3 times a day, what do i do if i forget one of the doses',
    focus: 'Mestinon',
    types: ['drug_usage'],
  },
  // why: "what are the chances that I have it too" (a child of an affected parent) is inheritance
  {
    message:
      'My dad (58) was diagnosed with Huntington disease last week. Nobody knew it was in the family, his father died young in an accident. I am 31 and have two kids of my own. What are the chances that I have it too?',
    focus: 'Huntington disease',
    types: ['inheritance'],
  },
  // why: "is there a special diet" asks about diet, which is lifestyle
  {
    message:
      'newborn screen came back positive for PKU and they confirmed it today. she is 9 days old and im breastfeeding. is there a special diet she has to be on now',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  // why: "how common is it" asks frequency; the loneliness is story
  {
    subject: 'Klinefelter syndrome at 34',
    message:
      'How common is Klinefelter syndrome really? I am 34 and found out during fertility testing with my wife. I have never met or heard of anyone with it and I feel like some kind of freak.',
    focus: 'Klinefelter syndrome',
    types: ['frequency'],
  },
  // why: "is it contagious, can my wife catch it" asks whether someone can catch it
  {
    message:
      'I was diagnosed with sarcoidosis on monday after a lung biopsy. My wife is 6 months pregnant. Is sarcoidosis contagious, can she catch it from me?',
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  // why: "how long do i have" asks life expectancy, the outlook
  {
    message: 'just told ALS. how long do i have',
    focus: 'ALS',
    types: ['prognosis'],
  },
  // why: "do they need to be kept in the fridge" is about storing the medicine
  {
    subject: 'Creon storage',
    message:
      'Our 6 week old was diagnosed with CF and we were sent home with a big box of Creon capsules and about a hundred leaflets. Sorry if this is a silly question but do the Creon capsules need to be kept in the fridge?',
    focus: 'Creon',
    types: ['storage_disposal'],
  },
  // why: "are there studies we can join" asks about research / trials
  {
    message:
      'We got the genetic test result for our son (14 months) on Friday and it is Williams syndrome. I am the kind of person who needs to do something. Are there any studies or trials for Williams syndrome that we could join?',
    focus: 'Williams syndrome',
    types: ['research'],
  },
  // why: "what gene is affected / what does full mutation mean" asks about the gene and mutation
  {
    message:
      'the report for our son says fragile X syndrome, "full mutation, more than 200 repeats". I dont understand a word of it. what gene is affected and what does full mutation mean?',
    focus: 'fragile X syndrome',
    types: ['genetic_changes'],
  },
  // why: "what is it" asks information; "who should be his main doctor" asks for a specialist
  {
    message:
      'The cardiologist just called to say the gene test confirmed Marfan syndrome in my 15 year old. He is tall and skinny, we thought nothing of it. What is Marfan syndrome, in plain words? And who should be his main doctor, the cardiologist or a geneticist?',
    focus: 'Marfan syndrome',
    types: ['information', 'find_specialist'],
  },
  // why: "is it my fault / will my daughter be a carrier" is inheritance; "will he stop walking" is prognosis
  {
    subject: 'Duchenne - is this my fault',
    message:
      'My son Liam is 4 and was diagnosed with Duchenne muscular dystrophy two weeks ago. Yesterday the geneticist told me I am a carrier. Is it my fault he has it? Will my daughter be a carrier too? And please be honest with me, will he stop walking, and when?',
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'prognosis'],
  },
  // why: "what is it" asks information; "what causes it" asks cause
  {
    message:
      'our baby girl was floppy and couldnt feed and after 3 weeks in the NICU they told us prader willi syndrome. what is it and what causes it? we have never had anything like this in the family',
    focus: 'prader willi syndrome',
    types: ['information', 'cause'],
  },
  // why: sweets named as a possible cause is association; "injections forever" asks treatment
  {
    subject: 'type 1 diabetes diagnosis',
    message:
      'My 8 year old was rushed to hospital on Sunday and they said type 1 diabetes. My mother says it is because we let him eat too many sweets. Did the sweets cause this? And will he have to have insulin injections for the rest of his life?',
    focus: 'type 1 diabetes',
    types: ['association', 'treatment'],
  },
  // why: "can she keep doing gymnastics" is lifestyle; "can it cause heart problems" is complications
  {
    message:
      'Our 12 yr old just got diagnosed with Ehlers-Danlos syndrome after dislocating her shoulder for the third time. Gymnastics is her whole life. Can she keep doing it? Also can Ehlers-Danlos cause problems with her heart or blood vessels, what should we watch for?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'complications'],
  },
  // why: "will she talk again" is prognosis; "is there any treatment" is treatment
  {
    message:
      'Rett syndrome. That is what they told us today about our 2 year old. She used to say mama and dada and wave and now she doesnt. Will she ever talk again? Is there any treatment at all?',
    focus: 'Rett syndrome',
    types: ['prognosis', 'treatment'],
  },
  // why: "foods to avoid" is lifestyle; "should my brother get tested" is diagnosis of a relative
  {
    message:
      'diagnosed with wilsons disease at 19 after my liver tests were off. do i need to avoid certain foods now? and should my younger brother get tested as well',
    focus: 'wilsons disease',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: "what does it do if untreated" is complications; "what is the treatment" is treatment
  {
    subject: 'hemochromatosis found by accident',
    message:
      'I found out from a routine blood test at work that I have hereditary hemochromatosis. I feel completely fine. What does it do to the body if it is not treated? And what is the treatment, is it really just giving blood regularly?',
    focus: 'hereditary hemochromatosis',
    types: ['complications', 'treatment'],
  },
  // why: "what if I miss a dose" is drug_usage; "can I take ibuprofen with it" is interactions
  {
    message:
      "I was diagnosed with Addison's disease on Tuesday after collapsing at home and was sent out with hydrocortisone tablets. What happens if I miss a dose of the hydrocortisone? Also can I take ibuprofen with it for my back?",
    focus: 'hydrocortisone',
    types: ['drug_usage', 'interactions'],
  },
  // why: "safe if we try for a baby" is contraindications; "does it cause eye problems" is side_effects
  {
    subject: 'lupus and Plaquenil',
    message:
      'Hi, my rheumatologist confirmed lupus last week and started me on Plaquenil. My husband and I were planning to try for a baby this year. Is Plaquenil safe when trying to get pregnant? And I read it can cause eye problems, is that true?',
    focus: 'Plaquenil',
    types: ['contraindications', 'side_effects'],
  },
  // why: "how accurate is the amnio" is diagnosis; "chances it happens in another pregnancy" is inheritance
  {
    message:
      'We got the results of the amnio this afternoon and it is Down syndrome. We are still in shock. How accurate is the amnio result, could it be wrong? And what are the chances that it happens again if we have another baby?',
    focus: 'Down syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "how could our baby have inherited it" is inheritance; "is there a support group" is find_specialist
  {
    message:
      'Our son was born last week and they told us he has achondroplasia. Neither my husband nor I are short, so how could he have inherited achondroplasia from us?? Is there a support group for parents where we could talk to someone who has been through this?',
    focus: 'achondroplasia',
    types: ['inheritance', 'find_specialist'],
  },
  // why: "which foods to cut out" is lifestyle; "should my kids be tested" is diagnosis of relatives
  {
    message:
      'Biopsy came back and it is celiac disease. Which foods do I actually need to cut out, is it just bread? and should my kids be tested too',
    focus: 'celiac disease',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: the flu shot named as a cause is association; "will he walk again" is prognosis
  {
    message:
      'husband in ICU with guillain barre since saturday, cant move his legs. was it the flu shot he got 3 weeks ago?? will he walk again',
    focus: 'guillain barre',
    types: ['association', 'prognosis'],
  },
  // why: "what is it" is information; "will she have seizures" asks about a sign of it, symptoms
  {
    subject: 'TSC diagnosis at 20 week scan',
    message:
      "They saw tumors in our baby's heart on the 20 week scan and after an MRI they told us tuberous sclerosis complex. What is tuberous sclerosis complex? Does it mean she will have seizures?",
    focus: 'tuberous sclerosis complex',
    types: ['information', 'symptoms'],
  },
  // why: what CF is (information), how long people live (prognosis), a CF center (find_specialist), did we pass it (inheritance)
  {
    subject: 'newborn screening - cystic fibrosis',
    message:
      'Our daughter is 3 weeks old. The heel prick test flagged something, then she had a sweat test on Monday and today the doctor sat us down and said cystic fibrosis. I only remember pieces of what he said after that. My husband is googling and reading things from 20 years ago that terrify me. Can someone please explain what cystic fibrosis actually is? How long do people with it live nowadays? Is there a CF center near Leeds we should be going to? And did we pass it on to her, neither of us has it?',
    focus: 'cystic fibrosis',
    types: ['information', 'prognosis', 'find_specialist', 'inheritance'],
  },
  // why: what SMA type 1 is (information), any treatment (treatment), any trials (research)
  {
    message:
      'Our 4 month old was just diagnosed with spinal muscular atrophy type 1. what is SMA type 1, is there any treatment and are there any clinical trials he could be part of? please answer quickly, the doctors said time matters',
    focus: 'spinal muscular atrophy',
    types: ['information', 'treatment', 'research'],
  },
  // why: wheelchair is prognosis; work and diet are lifestyle; "could my kids get it" is inheritance
  {
    subject: 'MS at 28',
    message:
      'I was diagnosed with MS yesterday after an episode of optic neuritis. I am 28, I have a 2 year old and a demanding job. Will I end up in a wheelchair? Can I keep working full time? Is there a diet that helps? And is MS hereditary, could my little boy get it?',
    focus: 'MS',
    types: ['prognosis', 'lifestyle', 'inheritance'],
  },
  // why: signs of a crisis (symptoms), preventing crises (prevention), which doctor (find_specialist)
  {
    message:
      'Our baby was diagnosed with sickle cell disease from the newborn screening. She is 6 weeks old and seems perfectly fine. What are the signs of a crisis that we should look out for? How do we stop crises from happening? And which kind of doctor should be following her?',
    focus: 'sickle cell disease',
    types: ['symptoms', 'prevention', 'find_specialist'],
  },
  // why: "what is OI" is information; "how do they confirm it" is diagnosis; a letter for social services is paperwork, other
  {
    subject: 'OI - please help',
    message:
      'Our 4 month old had 3 fractures and social services got involved because the hospital suspected we hurt him. Now the geneticist says it is probably osteogenesis imperfecta. We are relieved and destroyed at the same time. What is osteogenesis imperfecta? How do they confirm it for sure, is there a gene test? And can we get some kind of official letter explaining the condition to give to social services?',
    focus: 'osteogenesis imperfecta',
    types: ['information', 'diagnosis', 'other'],
  },
  // why: "how rare" is frequency; enzyme therapy for life is treatment; insurance is other
  {
    message:
      'Diagnosed with Gaucher disease type 1 at 40, after years of doctors puzzling over my big spleen and low platelets. How rare is Gaucher disease? the doctor talked about enzyme replacement, is that a lifelong treatment? will my insurance cover it, I heard it costs a fortune',
    focus: 'Gaucher disease',
    types: ['frequency', 'treatment', 'other'],
  },
  // why: which gene (genetic_changes), testing the other children (diagnosis), whether his children get it (inheritance)
  {
    message:
      'My son (22) was diagnosed with myotonic dystrophy last month, and when the neurologist examined me she said I almost certainly have it too, I just have milder symptoms. I feel terrible. Which gene is it? Should my other two children be tested? And if my son has children one day, could they get it, maybe even worse?',
    focus: 'myotonic dystrophy',
    types: ['genetic_changes', 'diagnosis', 'inheritance'],
  },
  // why: diet pills named as a cause is association; life expectancy is prognosis; specialist centers is find_specialist
  {
    message:
      'i am 31 and was diagnosed with pulmonary arterial hypertension after being breathless for a year. i took diet pills for a few months in my twenties, could they have caused this? whats the life expectancy with it? and where are the specialist centres, my local hospital seems out of its depth',
    focus: 'pulmonary arterial hypertension',
    types: ['association', 'prognosis', 'find_specialist'],
  },
  // why: what triggers attacks (cause), stopping them happening (prevention), what to do in an attack (treatment)
  {
    subject: 'hereditary angioedema - finally a name',
    message:
      'After 10 years of unexplained swelling of my hands, face and belly, I was finally told it is hereditary angioedema. What sets off the swelling attacks? How can I stop them from happening? And what should I do when my throat starts to swell, should I go to the ER?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention', 'treatment'],
  },
  // why: what it is (information), will she walk (prognosis), therapies to start (treatment), other families (find_specialist)
  {
    message:
      'what is angelman syndrome? our daughter is 18 months, not walking or talking yet, always smiling, and the genetic test said angelman syndrome today. will she ever walk? what therapies should we start now? where can we meet other families',
    focus: 'angelman syndrome',
    types: ['information', 'prognosis', 'treatment', 'find_specialist'],
  },
];
