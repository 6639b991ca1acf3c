/**
 * "final13" set: a final, mixed set of 40 messages in every style people write in (short and long, careful
 * and messy, lower case, run-together questions, a question only in the subject line, voicemail-like run-on
 * text, emails with greetings and sign-offs), from parents, patients, grandparents, siblings, friends,
 * teenagers, teachers, carers, nurses and pharmacists and people whose first language is not English, about
 * rare and common conditions; about a quarter about medicines or supplements, a third asking two or three
 * questions. Written by someone who had read neither the understanding or retrieval code nor any earlier
 * set, following the labeling guide (src/understand/README.md) and checking only that each focus is a name
 * the knowledge base holds. Scored once, at the start of the round that wrote it, before any change to the
 * understanding stage (focus 1.000, type F1 0.850), and never tuned on. Scored by final13.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --final13 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL13_MESSAGES: ConsumerMessage[] = [
  {
    // "How is it passed down when neither parent is ill?" -> inheritance (how it runs in families);
    // "what can we do to stop her painful crises" -> prevention (preventing attacks)
    subject: 'My granddaughter',
    message:
      'Dear Sir or Madam, My granddaughter Amara is 4 years old and has sickle cell disease. Her mother and father are both perfectly well, so I do not understand where it came from. How is it passed down when neither parent is ill? And what can we do to stop her painful crises? She has been in hospital three times this winter. Yours faithfully, Grace Okafor',
    focus: 'sickle cell disease',
    types: ['inheritance', 'prevention'],
  },
  {
    // "will my tics ever go away or is this forever" -> prognosis (course of the condition)
    message:
      'hi im 15 and i just got told i have tourette syndrome. will my tics ever go away or is this forever',
    focus: 'tourette syndrome',
    types: ['prognosis'],
  },
  {
    // "Is there a known interaction between the two?" -> interactions (warfarin with a supplement)
    subject: 'Warfarin query',
    message:
      'Hello, I am a community pharmacist. A regular customer on warfarin is asking whether he can start taking fish oil capsules for his joints. Is there a known interaction between the two? Thank you.',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // subject "Is Gaucher disease hereditary?" -> inheritance (runs in families; only question is in the subject)
    subject: 'Is Gaucher disease hereditary?',
    message:
      'My cousin was just diagnosed last week and the whole family is worried. Thanks in advance, Lior',
    focus: 'Gaucher disease',
    types: ['inheritance'],
  },
  {
    // "I must take it before the food or after the food?" -> drug_usage (timing);
    // "my stomach is very bad since I start it, is this from the medicine?" -> side_effects (problem from the medicine)
    message:
      'Good day. I am from Poland and my english is not so good, sorry. My doctor give me metformin for the diabetes. I must take it before the food or after the food? Also my stomach is very bad since I start it, is this from the medicine? Thank you very much, Krystyna',
    focus: 'metformin',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "should he get the test done" -> diagnosis (should someone be tested);
    // "is there someone like a genetic counselor near us" -> find_specialist (genetic counseling)
    message:
      "hi yes this is Debbie calling about my husband's family um his dad had Huntington disease and passed away two years ago and my husband is 38 now and he says he doesn't want to know but I keep thinking should he get the test done because we're thinking about having kids and I just don't know who to talk to about all this is there someone like a genetic counselor near us we're in Columbus Ohio ok thanks bye",
    focus: 'Huntington disease',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "Is it safe for her to swim with the class" + "any special precautions we should take on the trip?" -> lifestyle
    // (school trip and sport; the same question in other words)
    subject: 'Pupil with epilepsy - residential trip',
    message:
      'Hello, I teach a Year 6 class and one of my pupils has epilepsy. Her seizures are mostly controlled but she had one in March. We have a residential trip with swimming planned for May. Is it safe for her to swim with the class, and are there any special precautions we should take on the trip? Kind regards, Mr Hughes',
    focus: 'epilepsy',
    types: ['lifestyle'],
  },
  {
    // "what causes celiac disease" -> cause
    message: 'what causes celiac disease',
    focus: 'celiac disease',
    types: ['cause'],
  },
  {
    // "Should she stop the hydroxychloroquine or is it safe to continue during pregnancy?" -> contraindications (pregnancy)
    message:
      'I am a practice nurse. One of our lupus patients who takes hydroxychloroquine has just found out she is 8 weeks pregnant. Should she stop the hydroxychloroquine or is it safe to continue during pregnancy? She is very anxious and I would like to give her accurate advice.',
    focus: 'hydroxychloroquine',
    types: ['contraindications'],
  },
  {
    // "How long do people with it usually live?" -> prognosis (life expectancy);
    // "Is there any new treatment being tested that he could get into?" -> research (trials);
    // "could I be a carrier" -> inheritance (carriers)
    subject: 'my brother',
    message:
      "My little brother Jack has Duchenne muscular dystrophy, he's 9. Mum doesn't like talking about it so I'm asking you. How long do people with it usually live? Is there any new treatment being tested that he could get into? Also I'm his sister, could I be a carrier? Thank you, Ellie (17)",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'inheritance'],
  },
  {
    // "can my baby catch it off her??" -> susceptibility (contagious)
    message:
      'my friend has shingles on her back and i was round hers yesterday with my baby shes 5 months, can my baby catch it off her??',
    focus: 'shingles',
    types: ['susceptibility'],
  },
  {
    // "does my son's insulin need to be kept in the fridge the whole time?" -> storage_disposal
    subject: 'Holiday with insulin',
    message:
      "Hi, we're flying to Spain for two weeks in August with our son who is 11 and has type 1 diabetes. The apartment only has a tiny fridge. Does my son's insulin need to be kept in the fridge the whole time, even the pen he's using? Thanks, Paul",
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // "Is there a special diet we should start now?" -> lifestyle (diet);
    // "does growth hormone really help children with PWS?" -> treatment (therapy)
    subject: 'Our daughter Sofia',
    message:
      'Dear team, our daughter Sofia (2) was diagnosed with Prader-Willi syndrome shortly after birth. She had big feeding problems as a baby, but now the doctors warn us that her appetite will increase a lot. Is there a special diet we should start now, before this happens? We also heard about growth hormone injections, does growth hormone really help children with PWS? Many thanks, Elena and Marco',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "Is that the allopurinol doing it???" -> side_effects (problem from the medicine);
    // "should I stop taking it" -> drug_usage (stopping)
    message:
      'Started allopurinol 3 weeks ago and now ive got a gout flare worse than anything before. Is that the allopurinol doing it??? should I stop taking it',
    focus: 'allopurinol',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "What problem can Kawasaki disease make for heart in future?" -> complications
    message:
      'Hello. My son 7 years old has diagnose Kawasaki disease in hospital last week. Doctor say his heart must be check again after 6 weeks. What problem can Kawasaki disease make for heart in future? Thank you for help.',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  {
    // "Is this part of Rett syndrome?" -> symptoms (whether a sign belongs to it)
    message:
      'I am a support worker for a young woman with Rett syndrome. Over the last few months she has started having episodes where she holds her breath and then breathes very fast. Is this part of Rett syndrome or should we be worried about something else?',
    focus: 'Rett syndrome',
    types: ['symptoms'],
  },
  {
    // subject "how rare is Fabry disease" -> frequency (only question is in the subject)
    subject: 'how rare is Fabry disease',
    message: 'just curious, a coworker of mine has it and I had never heard of it before',
    focus: 'Fabry disease',
    types: ['frequency'],
  },
  {
    // "Will it get worse over time?" -> prognosis
    message:
      'I was diagnosed with myasthenia gravis in March at the age of 52. At the moment it is mostly my eyelids and double vision. Will it get worse over time?',
    focus: 'myasthenia gravis',
    types: ['prognosis'],
  },
  {
    // "whats it actually do" -> indication (how it works);
    // "can i still have a drink at weekends" -> interactions (alcohol)
    message:
      'dermatologist wants to put me on methotrexate for my psoriasis whats it actually do and can i still have a drink at weekends',
    focus: 'methotrexate',
    types: ['indication', 'interactions'],
  },
  {
    // "What is PKU?" -> information
    subject: 'newborn screening result',
    message:
      "Our baby boy's heel prick test came back positive for PKU and we have an appointment at the hospital tomorrow morning. What is PKU? I'm terrified and I can't sleep.",
    focus: 'PKU',
    types: ['information'],
  },
  {
    // "Could my children have got it from me" -> inheritance (chance relatives have it);
    // "should they all have a blood test?" -> diagnosis (should someone be tested)
    message:
      'Good afternoon. My doctor has told me I have hemochromatosis. I am 71 and have three children and five grandchildren. Could my children have got it from me, and should they all have a blood test? With thanks, Harold Jenkins',
    focus: 'hemochromatosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "can u get tested for ehlers-danlos syndrome?" -> diagnosis (tests)
    message:
      'can u get tested for ehlers-danlos syndrome? my joints bend way too far and my knees click all the time but my mum thinks its just me being bendy lol',
    focus: 'ehlers-danlos syndrome',
    types: ['diagnosis'],
  },
  {
    // "How far apart should they be taken?" -> interactions (levothyroxine with another medicine)
    subject: 'Levothyroxine and iron',
    message:
      'Quick question from a pharmacy: patient takes levothyroxine every morning and has just been prescribed iron tablets for anaemia. How far apart should they be taken?',
    focus: 'levothyroxine',
    types: ['interactions'],
  },
  {
    // "Will my hair grow back?" + "will it come back normal?" -> prognosis (recovery; same question in other words)
    message:
      "Hi, I'm 29 and I've found two round bald patches on the back of my head. My doctor thinks it's alopecia areata. Will my hair grow back? Will it come back normal or grey? I'm so worried about it.",
    focus: 'alopecia areata',
    types: ['prognosis'],
  },
  {
    // "Is that true?" (low vitamin D linked to it) -> association (link between the condition and an exposure);
    // "am I more likely to get it because she has it?" -> inheritance (chance a sibling gets it)
    message:
      'My older sister has multiple sclerosis. I read online that low vitamin D is linked to multiple sclerosis. Is that true? And am I more likely to get it because she has it?',
    focus: 'multiple sclerosis',
    types: ['association', 'inheritance'],
  },
  {
    // "could that be the tablets doing that" -> side_effects (whether a problem comes from the medicine)
    message:
      "hello it's Margaret again I rang last week about my husband Ron he's on the gabapentin for his nerve pain after the shingles and he's been ever so dizzy and wobbly on his feet and he nearly went over in the kitchen this morning and I wondered could that be the tablets doing that because he never used to be like this anyway if someone could ring me back on the same number that would be lovely thank you",
    focus: 'gabapentin',
    types: ['side_effects'],
  },
  {
    // "If he isn't a carrier, can our baby still have it?" -> inheritance (carriers; chance the child has it)
    subject: 'CF carrier - pregnant',
    message:
      "I'm 12 weeks pregnant and I just found out I'm a carrier for cystic fibrosis. My partner hasn't been tested yet. If he isn't a carrier, can our baby still have it?",
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  {
    // "Can you drive if you have narcolepsy?" -> lifestyle (daily life)
    message: "Can you drive if you have narcolepsy? I'm 18 and want to start lessons.",
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  {
    // "Is possible the tumors become cancer?" -> complications (turn into cancer);
    // "What treatment exist for this?" -> treatment;
    // "Her little sister can get it too?" -> inheritance (chance a sibling has it)
    message:
      'Hola, my daughter have tuberous sclerosis and the doctor found tumors in her kidney in the scan. Is possible the tumors become cancer? What treatment exist for this? Her little sister can get it too? Thank you very much, Lucia',
    focus: 'tuberous sclerosis',
    types: ['complications', 'treatment', 'inheritance'],
  },
  {
    // "Are there any clinical trials for retinitis pigmentosa in the UK?" -> research
    message:
      "Are there any clinical trials for retinitis pigmentosa in the UK? I'm 34 and I'm losing my side vision quite quickly now.",
    focus: 'retinitis pigmentosa',
    types: ['research'],
  },
  {
    // subject "What are the symptoms of Addison disease?" -> symptoms (only question is in the subject)
    subject: 'What are the symptoms of Addison disease?',
    message: 'Asking for my mum. She keeps getting dizzy when she stands up and is exhausted all the time.',
    focus: 'Addison disease',
    types: ['symptoms'],
  },
  {
    // "does it make you depressed??" -> side_effects;
    // "how long do people usually take it for" -> drug_usage (duration)
    message:
      'hey so my derm is starting me on isotretinoin next month. does it make you depressed?? my friend said it does and im kinda scared now. and how long do people usually take it for',
    focus: 'isotretinoin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Where can I find a neurologist who specialises in Charcot-Marie-Tooth disease?" -> find_specialist
    subject: 'Specialist',
    message:
      'Where can I find a neurologist who specialises in Charcot-Marie-Tooth disease? I live near Leeds and my GP has never seen a case. Thanks, Andrew',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['find_specialist'],
  },
  {
    // "which gene is it that causes this?" -> genetic_changes;
    // "is it true there is now a gene therapy for it?" -> treatment (therapy)
    subject: 'Our son Noah',
    message:
      'Hello, our son Noah was diagnosed with spinal muscular atrophy type 1 when he was 3 months old. Everything happened so fast in the hospital and we did not understand half of what was said. Can you tell us which gene is it that causes this? And is it true there is now a gene therapy for it? We just want to give him every chance. Thank you, Sarah and Tom',
    focus: 'spinal muscular atrophy',
    types: ['genetic_changes', 'treatment'],
  },
  {
    // "Can lithium damage the kidneys?" -> side_effects (problem from the medicine);
    // "is it safe for him to take ibuprofen for his back" -> interactions (with another medicine)
    message:
      'My dad has been on lithium for about 20 years for his bipolar. His doctor now wants to check his kidneys every few months. Can lithium damage the kidneys? Also is it safe for him to take ibuprofen for his back while on it? Thanks, Priya',
    focus: 'lithium',
    types: ['side_effects', 'interactions'],
  },
  {
    // "What triggers the swelling attacks in hereditary angioedema?" -> cause (what brings on attacks)
    message:
      'What triggers the swelling attacks in hereditary angioedema? I had a bad one in my throat the day after a dental appointment.',
    focus: 'hereditary angioedema',
    types: ['cause'],
  },
  {
    // "Will he be able to go to a normal school" -> lifestyle (school);
    // "what is the life expectancy these days" -> prognosis
    subject: 'grandson',
    message:
      'My grandson is 3 and has Down syndrome, he is a lovely happy boy. Will he be able to go to a normal school with his cousins and what is the life expectancy these days. When I was young they did not live long. Regards, Maureen',
    focus: 'Down syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is migraine something that runs in families" -> inheritance
    message: 'is migraine something that runs in families me my mum and my nan all get them bad',
    focus: 'migraine',
    types: ['inheritance'],
  },
  {
    // "Is hidradenitis suppurativa contagious?" -> susceptibility (can someone catch it)
    message:
      'Is hidradenitis suppurativa contagious? My new boyfriend is worried about it and I dont know what to tell him.',
    focus: 'hidradenitis suppurativa',
    types: ['susceptibility'],
  },
  {
    // "How much folic acid should I take, and when should I start?" -> drug_usage (dose and timing; one type)
    subject: 'folic acid before pregnancy',
    message:
      "Hi there, my husband and I are trying for a baby. My sister's first baby was born with spina bifida so I want to do everything right. How much folic acid should I take, and when should I start taking it? Many thanks, Jo",
    focus: 'folic acid',
    types: ['drug_usage'],
  },
];
