/**
 * "steroids" set. Messages about steroid medicines: long-term use, tapering, side effects, stress doses, with
 * questions about the condition they are taken for. Written by someone who had read neither the understanding
 * or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus
 * 0.975, type F1 0.807). Scored by steroids.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --steroids --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const STEROIDS_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether prednisone causes sleeplessness: a side effect of the medicine
  {
    message: 'can prednisone make you not sleep?? im on 40mg for 5 days and its 3am and im wide awake',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: the condition is named only in the subject; the one question is how rare it is
  {
    subject: "Addison's",
    message: 'how rare is this? my husband was just diagnosed and nobody we know has ever heard of it',
    focus: 'Addison disease',
    types: ['frequency'],
  },
  // why: taking the tablets in the evening instead of the morning is timing of a medicine
  {
    message:
      'Is it OK to take my prednisolone tablets in the evening instead of in the morning? I keep forgetting at breakfast.',
    focus: 'prednisolone',
    types: ['drug_usage'],
  },
  // why: asks how to stop the relapses: preventing relapses
  {
    message:
      'My son has minimal change disease and he relapsed again two weeks after stopping pred. Is there any way to stop these relapses from happening?',
    focus: 'minimal change disease',
    types: ['prevention'],
  },
  // why: asks what the condition is: an overview
  {
    message:
      "What actually is polymyalgia rheumatica? The doctor says I need steroids for it but didn't really explain.",
    focus: 'polymyalgia rheumatica',
    types: ['information'],
  },
  // why: wine with a medicine is an interaction with alcohol
  {
    message: 'can i have a glass of wine while im on dexamethasone',
    focus: 'dexamethasone',
    types: ['interactions'],
  },
  // why: asks for trials for the condition
  {
    message:
      'Are there any clinical trials for Diamond-Blackfan anemia for kids who have stopped responding to steroids?',
    focus: 'Diamond-Blackfan anemia',
    types: ['research'],
  },
  // why: whether a medicine contains lactose is about its ingredients
  {
    message:
      "Does budesonide contain lactose? I'm very lactose intolerant and just got a prescription for it.",
    focus: 'budesonide',
    types: ['ingredients'],
  },
  // why: keeping tablets in the fridge is storage
  {
    message:
      "Hydrocortisone tablets - do they need to be kept in the fridge when it's really hot in summer? Our flat gets to 30 degrees.",
    focus: 'hydrocortisone',
    types: ['storage_disposal'],
  },
  // why: blindness is a problem the condition can lead to
  {
    message: "Can giant cell arteritis cause blindness if the steroids don't work fast enough?",
    focus: 'giant cell arteritis',
    types: ['complications'],
  },
  // why: whether it heals or keeps getting worse is its course; getting it from prednisone is story
  {
    message:
      'can avascular necrosis in the hip heal by itself or does it just keep getting worse? i got it from years of prednisone for my asthma',
    focus: 'avascular necrosis',
    types: ['prognosis'],
  },
  // why: asks what the medicine is used for
  {
    message:
      'what is methylprednisolone used for? the hospital gave my mum 3 drips of it and nobody told us why',
    focus: 'methylprednisolone',
    types: ['indication'],
  },
  // why: the condition is named only in the subject; asks for its usual signs
  {
    subject: 'cushing syndrome??',
    message:
      'what are the usual signs of this? my endo brought it up at my last visit because ive been on steroids so long',
    focus: 'Cushing syndrome',
    types: ['symptoms'],
  },
  // why: asks where to find a specialist; the treatment is background
  {
    message:
      "Where can I find a specialist in autoimmune hepatitis near Leeds? I've been on prednisolone and azathioprine for 2 years and my GP is out of his depth.",
    focus: 'autoimmune hepatitis',
    types: ['find_specialist'],
  },
  // why: breastfeeding on a medicine is a precaution
  {
    message: 'Is fludrocortisone safe to take while breastfeeding?',
    focus: 'fludrocortisone',
    types: ['contraindications'],
  },
  // why: chance the next baby has it is inheritance; studies on prenatal dexamethasone are research
  {
    subject: 'Planning another baby',
    message:
      'Our daughter is 3 and has the salt-wasting type of CAH. She takes hydrocortisone three times a day and is doing well. We would like another child. What are the chances our next baby has CAH as well? And we read about giving dexamethasone during pregnancy - are there any studies on whether that is safe for the baby?',
    focus: 'congenital adrenal hyperplasia',
    types: ['inheritance', 'research'],
  },
  // why: tapering in smaller steps or alternate days is how to stop a medicine: one type asked twice
  {
    message:
      "I've been on prednisolone for polymyalgia for 14 months and I'm down to 4mg now. Every time I drop 1mg my shoulders start aching again within a week. Should I be coming down more slowly, like half a milligram at a time? Or would alternate days work better?",
    focus: 'prednisolone',
    types: ['drug_usage'],
  },
  // why: asks how the medicine works
  {
    message:
      "My boyfriend has Crohn's and his GI wants to switch him from prednisone to budesonide because it apparently has fewer side effects. What exactly does budesonide do differently - how does it work?",
    focus: 'budesonide',
    types: ['indication'],
  },
  // why: weight gain and puffy face from prednisone are side effects; doing track at school is daily life
  {
    message:
      'hi im 16 and i have lupus. ive been on prednisone for about a year and ive gained so much weight and my face is all puffy. will that go away when i come off it?? and can i still do track at school or is that bad for me',
    focus: 'prednisone',
    types: ['side_effects', 'lifestyle'],
  },
  // why: the outlook and whether he will develop normally are one prognosis question
  {
    message:
      'My grandson is 7 months old and was diagnosed with infantile spasms last week. They started him on high-dose prednisolone. What is the outlook for babies with this? Will he develop normally?',
    focus: 'infantile spasms',
    types: ['prognosis'],
  },
  // why: going away on its own is the course; spreading to heart or eyes is a complication
  {
    message:
      'Hello, I am from Poland. My wife have sarcoidosis in the lungs since 2 years, she take prednisone 10 mg every day. Doctor say maybe she must take it long time. Is possible the sarcoidosis go away alone without medicine? And it can go also to the heart or the eyes?',
    focus: 'sarcoidosis',
    types: ['prognosis', 'complications'],
  },
  // why: what causes it is cause; therapies to get off steroids sooner are treatment
  {
    message:
      'I was diagnosed with pemphigus vulgaris last month after months of painful mouth sores. I am currently on 60 mg of prednisone daily. I would like to know what causes this disease, and whether there are other treatments that would let me get off the steroids sooner.',
    focus: 'pemphigus vulgaris',
    types: ['cause', 'treatment'],
  },
  // why: whether it always gets worse is the course
  {
    message:
      'My brother (34) has IgA nephropathy and his kidney doctor is talking about a 6 month course of steroids. Does this disease always get worse over time?',
    focus: 'IgA nephropathy',
    types: ['prognosis'],
  },
  // why: whether anger and sleeplessness come from the medicine is side effects; taking it all in the morning is timing
  {
    message:
      "My mum is having chemo for breast cancer and gets dexamethasone for 3 days after each cycle. She gets really snappy and can't sleep at all those nights. Is that from the dex? Would it help if she took the whole dose in the morning?",
    focus: 'dexamethasone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: travel tips for living with the condition are daily life
  {
    message:
      "Hey! So I have secondary adrenal insufficiency after years of prednisone for asthma (yay, lol). I'm going on a hiking trip in Peru next month - altitude, long bus rides, probably a stomach bug or two. Any tips for travelling with this?",
    focus: 'adrenal insufficiency',
    types: ['lifestyle'],
  },
  // why: whether her face will recover and how long it takes are one prognosis question
  {
    message:
      "My friend woke up yesterday with half her face drooping and the ER said it's Bell's palsy, they gave her prednisone. Will her face go back to normal? How long does it usually take?",
    focus: 'Bell palsy',
    types: ['prognosis'],
  },
  // why: a diet that helps is diet
  {
    subject: 'EoE and food',
    message:
      "Our 10 year old has EoE and takes a budesonide slurry every night. Besides the medicine, is there a diet that helps? We've heard about elimination diets but don't know where to start.",
    focus: 'eosinophilic esophagitis',
    types: ['lifestyle'],
  },
  // why: the medicine together with ibuprofen is an interaction
  {
    message:
      "My wife has MS and has had a bad relapse, so they're giving her 3 days of IV methylprednisolone. Is it ok for her to take it together with the ibuprofen she uses for her back?",
    focus: 'methylprednisolone',
    types: ['interactions'],
  },
  // why: a support group is find_specialist
  {
    message:
      "I'm 27 and was just told I have Takayasu arteritis. I'm on 40 mg of prednisone and feel pretty alone with it. Is there a support group where I could talk to other young women who have this?",
    focus: 'Takayasu arteritis',
    types: ['find_specialist'],
  },
  // why: why it happened is cause; the steroids are story
  {
    message:
      "My 5 yr old's platelets dropped to 8 after a cold and they said it's ITP. He had 4 days of steroids and they're up again. I just don't understand, he was a totally healthy kid. Why did this happen to him?",
    focus: 'immune thrombocytopenia',
    types: ['cause'],
  },
  // why: how long boys keep walking is prognosis; a recommended clinic is find_specialist; whether the pregnant sister should be tested is diagnosis
  {
    message:
      "Our son Liam is 6 and was diagnosed with Duchenne last year after we noticed he couldn't keep up with the other kids and kept falling. The neuromuscular team now wants to start him on daily steroids. We are scared about the weight gain and the bones, but we also understand it can help. Honestly we're still trying to get our heads around all of it. How long do boys with Duchenne usually keep walking? Is there a Duchenne clinic in Ohio that other parents would recommend? My sister is pregnant with a boy right now - should she get tested too? Thank you for reading this.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'find_specialist', 'diagnosis'],
  },
  // why: extra hydrocortisone for surgery is dose (first question, so the medicine is the focus); a higher risk of other autoimmune conditions is complications
  {
    subject: "Surgery with Addison's",
    message:
      "I was diagnosed with Addison's disease six months ago after collapsing at work. I now take hydrocortisone 10mg/5mg/5mg and fludrocortisone 0.1mg and I feel much better than I have in years. Next month I'm having two wisdom teeth removed under general anaesthetic. How much extra hydrocortisone should I take on the day, and should the anaesthetist give it as an injection instead? Also, I've read that people with Addison's often go on to develop other autoimmune problems like thyroid disease. Is that true?",
    focus: 'hydrocortisone',
    types: ['drug_usage', 'complications'],
  },
  // why: another medicine instead of steroids is treatment; whether it comes back after stopping is the course
  {
    message:
      "My husband is 74 and was diagnosed with giant cell arteritis in March after terrible headaches and pain in his jaw when chewing. He started on 60mg prednisone and they're tapering him slowly. The steroids have been hard on him - his sugars are up, he's not sleeping, and he's lost a lot of muscle in his legs. Is there anything other than steroids he could take for the arteritis? We read about an injection called tocilizumab. And once he's completely off the prednisone, is it likely to come back?",
    focus: 'giant cell arteritis',
    types: ['treatment', 'prognosis'],
  },
  // why: what brings on relapses is cause; growing out of it is prognosis; kindergarten is daily life
  {
    message:
      "My son is 4 and has steroid-sensitive nephrotic syndrome. He was first diagnosed at 2 when his eyes and tummy swelled up. Since then he has had maybe six relapses, and almost every time it starts right after he catches a cold. Each time it's back to high dose prednisolone for weeks and he turns into a different child, hungry all the time and crying. I have a few questions. Why does it come back every time he gets a cold? Will he grow out of it when he is older? And is it okay for him to be at kindergarten while he is on the high dose, with all the germs there?",
    focus: 'nephrotic syndrome',
    types: ['cause', 'prognosis', 'lifestyle'],
  },
  // why: hereditary is inheritance; pregnancy on prednisone is a precaution; lupus specialists are find_specialist
  {
    subject: 'Lupus and pregnancy',
    message:
      "Hi, I'm 29 and have had lupus for 5 years. I'm on prednisone 7.5mg and hydroxychloroquine and things are mostly stable. My partner and I are thinking about starting a family, so I have a list of questions:\n1. Is lupus hereditary? My mom has it too.\n2. Is it safe to get pregnant while I'm on prednisone and hydroxychloroquine?\n3. Are there lupus doctors who specialise in pregnancy, and how do I find one?",
    focus: 'systemic lupus erythematosus',
    types: ['inheritance', 'contraindications', 'find_specialist'],
  },
  // why: what brings on a crisis is cause; whether thymus surgery is worth it is treatment
  {
    message:
      'I am 58 and was diagnosed with myasthenia gravis two years ago. I take pyridostigmine and prednisone 20mg every other day. Mostly I manage, but last winter I had the flu and ended up in intensive care on a ventilator for a week, which scared my whole family. The neurologist said it was a myasthenic crisis. What usually brings on a crisis like that? My doctor also mentioned removing the thymus gland. Is that operation worth it for someone my age?',
    focus: 'myasthenia gravis',
    types: ['cause', 'treatment'],
  },
  // why: a higher risk of colon cancer is complications; new meds being trialed are research
  {
    message:
      "so ive had UC for 8 yrs and im on my 4th course of pred this yeer. every time i get under 15mg it flares again and my GI says im 'steroid dependant' which sounds great lol. ive tried mesalamine and azathioprine, next step is biologics apparently. my face is like a moon and i cant sleep. anyway my questions, does having UC this long raise my risk of colon cancer? and are there any new meds being trialed that arent steroids or the usual biologics",
    focus: 'ulcerative colitis',
    types: ['complications', 'research'],
  },
  // why: what it is and how it differs from another condition is information; regaining strength is prognosis
  {
    message:
      'My father is 66 and was diagnosed with CIDP this spring. It started with tingling in his feet and now he can barely climb the stairs. He has had IVIG twice and now they have started him on monthly high-dose dexamethasone pulses. Nobody has really explained the disease to us. What is CIDP exactly, and how is it different from Guillain-Barre syndrome? Will he get the strength in his legs back?',
    focus: 'chronic inflammatory demyelinating polyneuropathy',
    types: ['information', 'prognosis'],
  },
  // why: how the disease is confirmed (the Coombs test) is diagnosis; another medicine if it returns is treatment
  {
    message:
      'Good day. I am 45 years man from Brazil living in Portugal. Last year I was very tired and yellow in the eyes and the hematologist say it is autoimmune hemolytic anemia, the warm type. I take prednisone 1 mg per kilo and after it go better, but when we go down to 10 mg the hemoglobin fall again. Now I am again on high dose. The doctor say Coombs test is positive - what is this test, it is how they confirm the disease? If it come back again, there is something other than the cortisone?',
    focus: 'autoimmune hemolytic anemia',
    types: ['diagnosis', 'treatment'],
  },
  // why: whether the pituitary recovers is prognosis; hydrocortisone with thyroxine is an interaction
  {
    message:
      "Two years ago I had surgery to remove a pituitary tumour and since then I have hypopituitarism. I take hydrocortisone, levothyroxine and HRT. My energy is still up and down and I carry an emergency injection everywhere, which I've had to use once. I'm trying to understand my situation better. Will my pituitary ever start working again, or is this permanent? And is it ok to take the hydrocortisone and the thyroxine together first thing in the morning, or should I space them out?",
    focus: 'hypopituitarism',
    types: ['prognosis', 'interactions'],
  },
];
