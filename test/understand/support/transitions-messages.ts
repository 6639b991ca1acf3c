/**
 * "transitions" set. Messages about a change in life with a condition (moving to adult care, leaving home, a new
 * city, getting older, a late diagnosis, switching doctors or medicines). Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.950, type F1 0.800). Scored by transitions.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --transitions --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TRANSITIONS_MESSAGES: ConsumerMessage[] = [
  {
    // "How do we find a good adult CF center near Columbus?" -> find_specialist (expert center)
    // "is the outlook for cystic fibrosis different for adults now, will she live a normal lifespan with the new treatments?" -> prognosis (life expectancy)
    subject: 'Moving from the childrens CF clinic to adult care',
    message:
      "My daughter is 17 and has cystic fibrosis. Her pediatric pulmonologist told us she will move to the adult CF center next year. We have been with the same team since she was diagnosed at 6 weeks old and honestly I am scared about losing them. How do we find a good adult CF center near Columbus? And now that she's becoming an adult, is the outlook for cystic fibrosis different for adults now, will she live a normal lifespan with the new treatments?",
    focus: 'cystic fibrosis',
    types: ['find_specialist', 'prognosis'],
  },
  {
    // "does my insulin have to stay in the fridge or can I keep the pen im using in my room" -> storage_disposal (storing a medicine)
    // "is it ok to drink alcohol when your on insulin" -> interactions (medicine with alcohol)
    message:
      'starting college in sept, had type 1 diabetes since i was 9. dorm fridge is tiny and shared with 3 other girls. does my insulin have to stay in the fridge or can I keep the pen im using in my room. also is it ok to drink alcohol when your on insulin',
    focus: 'insulin',
    types: ['storage_disposal', 'interactions'],
  },
  {
    // "I've heard cold weather can set off crises. Is that true?" -> cause (what brings on the attacks)
    // "What can I do to avoid crises in the winter?" -> prevention (preventing attacks)
    // "how do I find a hematologist there who actually knows sickle cell?" -> find_specialist (doctor)
    message:
      "Hi, I have sickle cell disease (HbSS) and I'm moving from Atlanta to Minneapolis for a job in January. I've heard cold weather can set off crises. Is that true? What can I do to avoid crises in the winter? Also how do I find a hematologist there who actually knows sickle cell? Last time I went to an ER outside my city they treated me like a drug seeker.",
    focus: 'sickle cell disease',
    types: ['cause', 'prevention', 'find_specialist'],
  },
  {
    // "Does Down syndrome cause dementia earlier than in other people?" -> complications (another problem it leads to)
    // "Who should be looking after him medically now?" -> find_specialist (doctors)
    subject: 'my brother is 52 with Down syndrome',
    message:
      "My brother has Down syndrome and lived with our mom his whole life. Mom passed in March and he moved in with me and my husband. He's 52 and lately he's forgetting things he always knew, getting lost in our house and he has had two falls. Does Down syndrome cause dementia earlier than in other people? Who should be looking after him medically now, his GP seems out of his depth.",
    focus: 'Down syndrome',
    types: ['complications', 'find_specialist'],
  },
  {
    // "what exactly is hEDS" -> information (overview)
    // "is it something my 2 kids could of inherited from me" -> inheritance (passed to children)
    // "should they get checked for it?" -> diagnosis (should they be tested)
    message:
      "Finally got diagnosed with hypermobile EDS at 41 after 20 years of being told it was anxiety and that I'm just double jointed. The rheumatologist gave me a leaflet and that was it. So what exactly is hEDS, is it something my 2 kids could of inherited from me, and should they get checked for it? Both are very bendy like I was.",
    focus: 'hEDS',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  {
    // "What can happen to the baby if my phe levels are high during pregnancy?" -> complications (what happens when untreated)
    // "Is there any medicine now that can help keep phe down so I don't have to live on formula again?" -> treatment (medicines)
    // "where do adults with PKU even go?" -> find_specialist (clinics)
    subject: 'PKU and pregnancy',
    message:
      "I'm 26 and have PKU. I went off diet around 15 like a lot of us did and I've been fine-ish, a bit foggy sometimes. Now my husband and I want to start trying for a baby. My old metabolic clinic was at the children's hospital and they discharged me at 18. What can happen to the baby if my phe levels are high during pregnancy? Is there any medicine now that can help keep phe down so I don't have to live on formula again? And where do adults with PKU even go?",
    focus: 'PKU',
    types: ['complications', 'treatment', 'find_specialist'],
  },
  {
    // "is it ok to switch between different makers of lamotrigine" -> drug_usage (how to take it)
    // "the new ones give me headaches is that from the pills" -> side_effects (problem from the medicine)
    subject: 'pharmacy switched my lamotrigine',
    message:
      'my pharmacy changed the maker of my lamotrigine without telling me, the pills look totally different. Ive been seizure free 4 yrs and I just got my license back. is it ok to switch between different makers of lamotrigine. and the new ones give me headaches is that from the pills',
    focus: 'lamotrigine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Can I take it at bedtime instead?" -> drug_usage (timing)
    // "Does coffee mess with how it absorbs?" -> interactions (medicine with food/drink)
    message:
      'New job means I leave at 5am and have my coffee in the car. I have always taken my levothyroxine at 7 on an empty stomach and waited an hour before eating. Can I take it at bedtime instead? Does coffee mess with how it absorbs?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "How long do men with Duchenne usually live now?" -> prognosis (life expectancy)
    // "Is there an adult neuromuscular clinic that takes Duchenne patients and how do we find one?" -> find_specialist (clinic)
    // "are there any trials for older boys who are no longer walking?" -> research (clinical trials)
    subject: 'Duchenne - turning 18',
    message:
      "Our son Jake has Duchenne and turns 18 in the spring. The children's hospital neuromuscular clinic says he has to transfer out. He's in a power chair, uses BiPAP at night and is on heart meds. I've been too afraid to ask this before but how long do men with Duchenne usually live now? Is there an adult neuromuscular clinic that takes Duchenne patients and how do we find one? And are there any trials for older boys who are no longer walking? Everything we see seems to be for little kids.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'find_specialist', 'research'],
  },
  {
    // "Is that a crazy idea with severe haemophilia?" -> lifestyle (work)
    // "will the new insurance cover my factor?" -> other (insurance)
    message:
      "I'm 23 with severe haemophilia A, on prophylaxis 3x a week. I just got offered a job with a construction company, mostly in the site office but some days out on the site. Is that a crazy idea with severe haemophilia? My parents think so. Also the job comes with different health insurance, will the new insurance cover my factor?",
    focus: 'haemophilia A',
    types: ['lifestyle', 'other'],
  },
  {
    // "Is it safe for me to live at altitude and go hiking?" -> lifestyle (daily life, exercise)
    // "how often should I be getting echos now" -> diagnosis (monitoring tests)
    subject: 'Marfan and moving to Denver',
    message:
      "I have Marfan syndrome with an aortic root of 4.2 cm and I'm relocating to Denver for work. Is it safe for me to live at altitude and go hiking? Everyone there hikes. And how often should I be getting echos now that I'm 30, my old cardiologist did it yearly but I'll be starting with someone new.",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "how do i eat safely there" -> lifestyle (diet, travel)
    // "if i get glutened by accident what should i do" -> treatment (managing it)
    message:
      'hi!! i have celiac disease and i am doing a semester in florence next year. how do i eat safely there, do restaurants even understand gluten free? and if i get glutened by accident what should i do',
    focus: 'celiac disease',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "What treatments are there for adults with Fabry disease?" -> treatment (therapies)
    // "what are the chances she has it too?" -> inheritance (chance a child has it)
    message:
      'After 30 years of burning pain in my hands and feet, being told it was growing pains and then fibromyalgia, I was diagnosed with Fabry disease at 47 - only because my nephew was diagnosed first. My kidneys are already showing some protein. What treatments are there for adults with Fabry disease? My daughter is 19, what are the chances she has it too?',
    focus: 'Fabry disease',
    types: ['treatment', 'inheritance'],
  },
  {
    // "Can I drink alcohol at all on methotrexate?" -> interactions (medicine with alcohol)
    // "how long before trying for a baby do I need to stop it?" -> contraindications (pregnancy precaution)
    message:
      "I'm 19 and have been on methotrexate for JIA since I was 13. I'm moving to uni in October and switching to the adult rheumatology team there. Can I drink alcohol at all on methotrexate? And my new rheumatologist mentioned I would have to come off it if I ever want to get pregnant, how long before trying for a baby do I need to stop it?",
    focus: 'methotrexate',
    types: ['interactions', 'contraindications'],
  },
  {
    // "Is there such a thing as an adult spina bifida clinic?" -> find_specialist (clinic)
    // "Does spina bifida get worse as you get older?" -> prognosis (course)
    subject: 'adult with spina bifida, no team anymore',
    message:
      "I'm 34 with spina bifida (myelomeningocele) and a VP shunt. As a kid I had a whole team - neurosurgery, urology, ortho, physio. Now I have a GP and that's it. Is there such a thing as an adult spina bifida clinic? I've also been getting more back pain and my legs feel weaker than they did a few years ago. Does spina bifida get worse as you get older?",
    focus: 'spina bifida',
    types: ['find_specialist', 'prognosis'],
  },
  {
    // "Does she need to stay on the estrogen forever?" -> treatment (managing the condition)
    // "what heart problems should the adult doctors be watching for with Turner syndrome?" -> complications (other problems it leads to)
    message:
      "My daughter is 16 with Turner syndrome. She had growth hormone for years and now she's on estrogen patches. Her endocrinologist is retiring and she'll go to an adult endocrinologist. Does she need to stay on the estrogen forever? And what heart problems should the adult doctors be watching for with Turner syndrome?",
    focus: 'Turner syndrome',
    types: ['treatment', 'complications'],
  },
  {
    // "What is it exactly?" -> information (overview)
    // "Should I start testosterone now?" -> treatment (therapy for the condition)
    // "would that make the fertility side worse?" -> side_effects (problem from the medicine)
    subject: 'diagnosed at 38',
    message:
      "We've been trying for a baby for 3 years and the fertility clinic found I have Klinefelter syndrome (47,XXY). I'm 38 and had absolutely no idea. What is it exactly? Should I start testosterone now, and would that make the fertility side worse?",
    focus: 'Klinefelter syndrome',
    types: ['information', 'treatment', 'side_effects'],
  },
  {
    // "How do I find an HAE specialist in Spain?" -> find_specialist (doctor)
    // "Is there a patient group there?" -> find_specialist (patient organization; same type)
    // "is there anything I can do to stop the stress of moving from setting off attacks?" -> prevention (preventing attacks)
    message:
      "Hello, I have hereditary angioedema type 1 and I'm moving from the UK to Valencia for work in the summer. At the moment I get my C1 inhibitor and my on-demand treatment through the immunology clinic in Birmingham. How do I find an HAE specialist in Spain? Is there a patient group there? My attacks always flare when I'm stressed - is there anything I can do to stop the stress of moving from setting off attacks?",
    focus: 'hereditary angioedema',
    types: ['find_specialist', 'prevention'],
  },
  {
    // "what happens if he misses a dose or takes it really late" -> drug_usage (missed doses)
    // "can he drink on it" -> interactions (medicine with alcohol)
    message:
      'my son (18) takes keppra 750 twice a day for epilepsy and goes off to college in august. hes going to be sleeping weird hours and lets be honest he will drink. what happens if he misses a dose or takes it really late? can he drink on it',
    focus: 'keppra',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Can lithium damage the kidneys long term?" -> side_effects (problem from the medicine)
    // "Should I be coming off it at my age?" -> drug_usage (stopping)
    message:
      "I'm 66 and have been on lithium for bipolar disorder for 35 years - it has kept me well. I'm retiring and moving to be near my daughter, so a new psychiatrist and a new GP. My last blood test showed my eGFR dropping again. Can lithium damage the kidneys long term? Should I be coming off it at my age?",
    focus: 'lithium',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "What are the side effects of Tecfidera?" -> side_effects
    // "how does it actually work?" -> indication (how a medicine works)
    subject: 'switching from Copaxone',
    message:
      'Been on Copaxone injections for MS for 8 yrs, my new neuro wants me to switch to Tecfidera because I had a new lesion. What are the side effects of Tecfidera? I heard the flushing is bad. And how does it actually work?',
    focus: 'Tecfidera',
    types: ['side_effects', 'indication'],
  },
  {
    // "Do I need to be followed by an adult congenital heart specialist?" -> find_specialist (doctor)
    // "What problems can show up years after the repair?" -> complications (later problems)
    message:
      "I had tetralogy of Fallot repaired as a baby in 1989. I stopped going to the cardiologist when I turned 18 because I felt fine and nobody followed up. Now I'm 35, newly married, and my wife is worried because I get out of breath on stairs. Do I need to be followed by an adult congenital heart specialist? What problems can show up years after the repair?",
    focus: 'tetralogy of Fallot',
    types: ['find_specialist', 'complications'],
  },
  {
    // "Does she still need yearly checks as an adult" -> diagnosis (screening)
    // "can the neurofibromas turn into cancer?" -> complications (turning into cancer)
    message:
      "hi my daughter is 19 and has NF1, she's moving into her own place 3 hours away for work. At the children's hospital she went to the NF clinic once a year. Does she still need yearly checks as an adult and what are they looking for? And can the neurofibromas turn into cancer? She has a lot of them on her back.",
    focus: 'NF1',
    types: ['diagnosis', 'complications'],
  },
  {
    // "How will the disease progress from here?" -> prognosis (course)
    // "are there care homes that specialise in Huntington's, or what kind of support is out there for families?" -> find_specialist (expert care, support groups)
    subject: "Dad with Huntington's disease",
    message:
      "My dad has had Huntington's disease for about 12 years. He's 63 now and my mum can't manage him on her own anymore, he's lost a lot of weight and his speech is hard to understand. How will the disease progress from here? And are there care homes that specialise in Huntington's, or what kind of support is out there for families like ours?",
    focus: "Huntington's disease",
    types: ['prognosis', 'find_specialist'],
  },
  {
    // "Do I still need to avoid shellfish and chocolate and liver" -> lifestyle (diet)
    // "what happens if I skip my meds for a while" -> complications (what happens untreated)
    message:
      "I'm 18 and have wilson's disease, diagnosed at 12. Going to college and cooking for myself for the first time. Do I still need to avoid shellfish and chocolate and liver, or was that just my mom being strict. And what happens if I skip my meds for a while, she always made sure I took them",
    focus: "wilson's disease",
    types: ['lifestyle', 'complications'],
  },
  {
    // "Will I manage a full day of teaching with MG?" -> lifestyle (work)
    // "Is myasthenia gravis something that gets worse over time, or can it go into remission?" -> prognosis (course)
    message:
      "I was diagnosed with myasthenia gravis last year at 29, on pyridostigmine and prednisone. I'm about to start a new job as a primary teacher, on my feet all day and talking constantly, and by the afternoon my voice gets weak and my eyelid droops. Will I manage a full day of teaching with MG? Is myasthenia gravis something that gets worse over time, or can it go into remission?",
    focus: 'myasthenia gravis',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is it true I can't eat leafy greens on warfarin?" -> interactions (medicine with food)
    // "can I take ibuprofen for my knee" -> interactions (medicine with medicine; same type)
    // "what should I do if I miss a dose during the move?" -> drug_usage (missed doses)
    subject: 'warfarin and a new clinic',
    message:
      "I'm on warfarin for a mechanical heart valve and I'm moving to a new state next month, so I'll have to start with a new anticoagulation clinic. My new partner is vegetarian and cooks a lot of spinach and kale. My sister says I can't have greens on Coumadin at all - is it true I can't eat leafy greens on warfarin? Also can I take ibuprofen for my knee, it's been bad since the packing started. And what should I do if I miss a dose during the move?",
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Do I have to stop hydroxyurea before we start trying, and how long before?" -> contraindications (pregnancy precaution)
    // "Does it affect men's fertility too?" -> side_effects (problem from the medicine)
    message:
      "I'm 24 with sickle cell and have been on hydroxyurea since I was 14. I just moved from the pediatric hematology clinic to the adult one and my new doctor hasn't said much. My husband and I want a baby. Do I have to stop hydroxyurea before we start trying, and how long before? Does it affect men's fertility too? My brother is on it and he's worried.",
    focus: 'hydroxyurea',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "What do the staff need to know about food and eating?" -> lifestyle (diet, daily life)
    // "Is there a Prader-Willi association that could help us find the right place?" -> find_specialist (patient organization)
    subject: 'Planning ahead for our son',
    message:
      'Our son is 24 and has Prader-Willi syndrome. We are both in our late 60s and need to plan for him moving into supported living while we are still around to help. The last time he was in respite care the staff left the fridge unlocked and he gained 6 kilos in two weeks. What do the staff need to know about food and eating? Is there a Prader-Willi association that could help us find the right place?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "Is this connected to being a fragile X carrier?" -> association (link between carrier status and the symptoms)
    // "What test would tell us?" -> diagnosis (tests)
    message:
      "My son has fragile X syndrome and I found out I'm a carrier when he was diagnosed 25 yrs ago. Now I'm 58 and I've started having a tremor in my hands, and my balance is off, I nearly fell twice this month. My GP thinks it's just age. Is this connected to being a fragile X carrier? What test would tell us?",
    focus: 'fragile X syndrome',
    types: ['association', 'diagnosis'],
  },
  {
    // "is there really a link between Gaucher and Parkinson's?" -> association (link between two conditions)
    // "Are there any new treatments being studied that are not infusions?" -> research (new treatments)
    message:
      "I'm 45 with Gaucher disease type 1 and have had enzyme infusions every two weeks for 15 years. I'm taking a new job with a lot of travel so the infusions are becoming a real problem. Also my uncle was just diagnosed with Parkinson's - is there really a link between Gaucher and Parkinson's? Are there any new treatments being studied that are not infusions?",
    focus: 'Gaucher disease type 1',
    types: ['association', 'research'],
  },
  {
    // "Is this the OI getting worse with age?" -> prognosis (course)
    // "Would bisphosphonates help someone my age with OI?" -> treatment (medicines)
    // "is hearing loss part of it too?" -> symptoms (whether a sign belongs to it)
    message:
      "I'm 58 and have osteogenesis imperfecta type I. I had maybe 40 fractures as a kid and hardly any as an adult. Since menopause I've had 3 breaks in 2 years. Is this the OI getting worse with age? Would bisphosphonates help someone my age with OI? I'm also starting to lose my hearing, is hearing loss part of it too?",
    focus: 'osteogenesis imperfecta',
    types: ['prognosis', 'treatment', 'symptoms'],
  },
  {
    // "can you even do night shifts with addison's disease" -> lifestyle (work)
    // "how do I time my hydrocortisone when my days and nights flip, do I need extra on night shifts" -> drug_usage (timing and dose)
    message:
      "got a new job doing rotating night shifts at a hospital. I have addison's disease and take hydrocortisone 3 times a day. can you even do night shifts with addison's disease? how do I time my hydrocortisone when my days and nights flip, do I need extra on night shifts",
    focus: "addison's disease",
    types: ['lifestyle', 'drug_usage'],
  },
  {
    // "Can these bleed or cause kidney failure?" -> complications (other problems)
    // "Who should be monitoring me?" -> find_specialist (doctors)
    message:
      "I'm 28 with tuberous sclerosis. I mainly had seizures as a kid, which are now controlled. I just moved cities and my new GP admits he doesn't know much about TSC. I was told years ago I have angiomyolipomas in both kidneys. Can these bleed or cause kidney failure? Who should be monitoring me?",
    focus: 'tuberous sclerosis',
    types: ['complications', 'find_specialist'],
  },
  {
    // "How do I find a gastroenterologist there who specializes in IBD?" -> find_specialist (doctor)
    // "Will German public insurance pay for my infusions?" -> other (insurance)
    subject: "Crohn's and moving to Germany",
    message:
      "Moving from Canada to Munich on a 2 year work contract. I have Crohn's disease and I'm on infliximab infusions every 8 weeks, been stable for 3 years and don't want to lose that. How do I find a gastroenterologist there who specializes in IBD? Will German public insurance pay for my infusions?",
    focus: "Crohn's disease",
    types: ['find_specialist', 'other'],
  },
  {
    // "Are the side effects the same as Humira?" -> side_effects
    // "how long can the pens be out of the fridge?" -> storage_disposal (storage)
    subject: 'Humira biosimilar switch',
    message:
      "My insurance is switching me from Humira to a biosimilar starting January. I've been on Humira for hidradenitis suppurativa for 4 years and it finally works. Are the side effects the same as Humira? We're also doing a 3 week road trip in the spring, how long can the pens be out of the fridge?",
    focus: 'Humira',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // "Will I end up on dialysis?" -> prognosis (course)
    // "What are the chances my children have it" -> inheritance (chance a child has it)
    // "should they be screened?" -> diagnosis (should they be tested)
    message:
      "I had an ultrasound for gallstones at 50 and they found my kidneys are full of cysts, polycystic kidney disease. My dad died of 'kidney failure' at 60 and nobody ever told us why. Will I end up on dialysis? What are the chances my children (22 and 25) have it, and should they be screened?",
    focus: 'polycystic kidney disease',
    types: ['prognosis', 'inheritance', 'diagnosis'],
  },
  {
    // "How often will I need venesections, and is it forever?" -> treatment (managing it)
    // "Should I give up beer?" -> lifestyle (diet, alcohol)
    message:
      '55 yo male. Years of tiredness and sore knuckles, finally diagnosed with hereditary haemochromatosis after a ferritin of 1800. Starting venesections next week. How often will I need venesections, and is it forever? Should I give up beer?',
    focus: 'hereditary haemochromatosis',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "Do adults with CP get worse as they age?" -> prognosis (course)
    // "Is there a specialist for adults with cerebral palsy?" -> find_specialist (doctor)
    // "what can help with the pain?" -> treatment (managing pain)
    message:
      "I'm 45 with spastic diplegic cerebral palsy. Walked with crutches my whole life but in the last few years I'm more tired, in more pain and falling more. My doctor keeps telling me CP doesn't progress. Do adults with CP get worse as they age? Is there a specialist for adults with cerebral palsy? and what can help with the pain?",
    focus: 'cerebral palsy',
    types: ['prognosis', 'find_specialist', 'treatment'],
  },
  {
    // "Isn't that too fast to stop the sertraline?" -> drug_usage (stopping)
    // "Can I take them both together for a few days?" -> interactions (medicine with another medicine)
    subject: 'sertraline to fluoxetine',
    message:
      "New psychiatrist after my move wants me off sertraline (150mg) and onto fluoxetine. She said stop the sertraline and start fluoxetine the next day. Isn't that too fast to stop the sertraline? Can I take them both together for a few days?",
    focus: 'sertraline',
    types: ['drug_usage', 'interactions'],
  },
];
