/**
 * "adultsrare" set. Messages from adults living with a rare condition for many years: work, relationships,
 * insurance, new symptoms, ageing, changing doctors, new treatments, with other questions. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.935). Scored by adultsrare.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --adultsrare --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ADULTSRARE_MESSAGES: ConsumerMessage[] = [
  // why: only asks whether physical work is realistic / how others manage a job -> lifestyle (work)
  {
    message:
      "I'm 44 and have had hypermobile EDS forever (finally dx at 30). I work in a warehouse and my shoulders sublux like 3 times a shift now. Is it realistic to keep doing physical work with hEDS or should I be looking for a desk job? How do other people with it manage working?",
    focus: 'hypermobile Ehlers-Danlos syndrome',
    types: ['lifestyle'],
  },
  // why: asks only whether a new sign (double vision) belongs to MG -> symptoms
  {
    message:
      'had myasthenia gravis for about 15 yrs, pretty stable on meds. last 2 weeks i keep seeing double when i drive at night. is double vision part of MG or is this something else',
    focus: 'myasthenia gravis',
    types: ['symptoms'],
  },
  // why: a medicine taken together with another medicine -> interactions; focus is the medicine (Mestinon = pyridostigmine)
  {
    subject: 'Mestinon and antibiotics',
    message:
      'My dentist wants to put me on an antibiotic for a tooth infection. I take Mestinon 60mg four times a day for my MG and have done for 12 years. Is it OK to take both together?',
    focus: 'pyridostigmine',
    types: ['interactions'],
  },
  // why: chance his children get it, asked twice in other words (boys vs girls) -> inheritance only
  {
    message:
      "Hi, I'm a 39 year old man with Fabry disease, diagnosed in my twenties. My girlfriend and I are getting serious and talking about kids. If we have children what are the chances they get Fabry from me? Is it different for boys and girls?",
    focus: 'Fabry disease',
    types: ['inheritance'],
  },
  // why: whether someone can catch it -> susceptibility
  {
    message:
      "been living with sarcoid 11 years. my new partner's mum asked me at dinner if she could catch it off me lol. is sarcoidosis contagious?? honestly never thought to ask",
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  // why: how much to raise the dose and for how long when ill -> drug_usage; focus is the medicine
  {
    subject: 'sick day dosing',
    message:
      "I've had Addison's for 22 years and take hydrocortisone 10/5/5. I got flu last winter and didn't know how much extra to take. When I have a fever how much should I increase my dose, and for how long?",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: whether the lumps can turn into cancer -> complications
  {
    message:
      "I'm 47 and have NF1. I've had the bumps all my life but one on my thigh has got bigger and started to hurt over the last few months. Can neurofibromas turn into cancer?",
    focus: 'neurofibromatosis type 1',
    types: ['complications'],
  },
  // why: fridge vs room temperature while travelling -> storage_disposal; focus is the medicine
  {
    message:
      'Going on a 2 week trip to Spain in August. I do octreotide injections for my acromegaly. Do they have to stay in the fridge the whole time or can they be kept at room temp for a while?',
    focus: 'octreotide',
    types: ['storage_disposal'],
  },
  // why: asks only for a specialist / clinic in the new state -> find_specialist
  {
    message:
      "I'm 71, a grandad, and have had Charcot Marie Tooth all my life. We're moving from Texas to Minnesota to be near the grandkids and I need a new neurologist who actually knows CMT, not just a general one. Is there a clinic or specialist up there you could point me to?",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['find_specialist'],
  },
  // why: how much sodium is in the medicine -> ingredients; focus is Xyrem = sodium oxybate
  {
    message:
      'hi, i have narcolepsy w cataplexy and have been on xyrem for 9 yrs. my gp just told me my blood pressure is high. how much salt is actually in xyrem? is there a lot of sodium in it',
    focus: 'sodium oxybate',
    types: ['ingredients'],
  },
  // why: whether period and wine bring on attacks / what sets them off (one question) -> cause
  {
    message:
      'I have acute intermittent porphyria, diagnosed in 1998. My attacks seem to come around my period and also after a glass or two of wine at weddings. Do those things actually bring on attacks or is it coincidence? What sets them off?',
    focus: 'acute intermittent porphyria',
    types: ['cause'],
  },
  // why: whether he can have the surgery and how bleeding is managed around it -> treatment
  {
    message:
      'My dad is 66 with haemophilia A (moderate). His knees are shot from years of bleeds and the orthopaedic surgeon mentioned a knee replacement. Can someone with hemophilia even have that surgery? How do they manage the bleeding around an operation?',
    focus: 'hemophilia A',
    types: ['treatment'],
  },
  // why: whether a problem (low sperm count) comes from the medicine -> side_effects; focus is the medicine
  {
    message:
      "I'm a 31 year old guy with sickle cell, on hydroxyurea since I was 19. Me and my wife have been trying for a baby for over a year with no luck. Can hydroxyurea lower sperm count?",
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: what the condition is -> information; wanting to be a better friend is not a question
  {
    message:
      "I'm a teacher and a colleague of mine has had stiff person syndrome for a long time I think. She is out on leave again. What is stiff person syndrome exactly? I want to understand it so I can be a better friend to her",
    focus: 'stiff person syndrome',
    types: ['information'],
  },
  // why: why this heart drug is given and how it works on muscles -> indication; focus is the medicine
  {
    message:
      "My neurologist suggested mexiletine for my myotonia (I have myotonic dystrophy type 1, for about 25 years now). I looked it up and it says it's a heart rhythm drug?? Why would they give me that, what is it used for and how does it work for muscles?",
    focus: 'mexiletine',
    types: ['indication'],
  },
  // why: whether it gets worse with age -> prognosis; stent vs open surgery options -> treatment
  {
    message:
      "I'm 58 with Marfan syndrome, had my aortic root replaced at 34. My new cardiologist says the aorta further down is starting to widen. Does Marfan keep getting worse as you get older? And what are the options if it needs fixing, is it open surgery again or can they put in a stent?",
    focus: 'Marfan syndrome',
    types: ['prognosis', 'treatment'],
  },
  // why: fighting the insurer / help paying -> other; newer treatments being studied -> research
  {
    subject: 'HAE - insurance denied my medication',
    message:
      'Ive had hereditary angioedema for 26 years. My new insurance plan will not cover the preventive med my doctor put me on, they want me to go back to only treating attacks. How do I fight this, or are there programs that help pay? Also are there any newer treatments being studied that might be cheaper, like pills?',
    focus: 'hereditary angioedema',
    types: ['other', 'research'],
  },
  // why: how the medicine works -> indication; whether it causes diarrhea and weight loss -> side_effects; focus is the medicine
  {
    message:
      'I have type 1 Gaucher disease and have had infusions every 2 weeks since 2004. My doctor wants me to think about switching to miglustat capsules. How does miglustat work compared to the enzyme? And I read it causes a lot of diarrhea and weight loss, is that true?',
    focus: 'miglustat',
    types: ['indication', 'side_effects'],
  },
  // why: whether tremor is one of its signs -> symptoms; which test shows copper rising -> diagnosis
  {
    message:
      'wilsons disease since age 17, im now 49. been on zinc for maintenance for years. lately my handwriting got shaky and i have a small tremor. is a tremor one of the signs of wilsons? what test would show if my copper is creeping up again?',
    focus: 'Wilson disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: which gene -> genetic_changes; whether a relative should be checked -> diagnosis
  {
    message:
      'I was only diagnosed with tuberous sclerosis at 41, after my son was, though looking back I had the skin spots all along. Which gene causes it? My younger sister has some of the same skin marks, should she get checked for it too?',
    focus: 'tuberous sclerosis complex',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: how long people live -> prognosis; support group for spouses -> find_specialist
  {
    message:
      "My husband was diagnosed with Huntington's 9 years ago. He is 58 now and the movements and mood swings are getting much harder to handle at home. How long do people usually live after the symptoms start? Is there a support group for spouses and caregivers near Columbus, Ohio?",
    focus: 'Huntington disease',
    types: ['prognosis', 'find_specialist'],
  },
  // why: whether a long flight is ok -> lifestyle (travel); drugs being tested -> research
  {
    message:
      'i have HHT (osler weber rendu) for decades, nosebleeds most days. got a long haul flight coming up to visit my daughter in australia. is it ok for me to fly that long with HHT? also are there any trials for new drugs for the bleeding, i heard some tablets are being tested',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['lifestyle', 'research'],
  },
  // why: medicine with the pill -> interactions; safe in pregnancy -> contraindications; focus is the medicine
  {
    message:
      "I'm 29 and have had pulmonary arterial hypertension since I was a teenager, on bosentan. I'm on the pill. Does bosentan make birth control pills stop working? And my partner and I are thinking about a baby someday, is bosentan safe in pregnancy?",
    focus: 'bosentan',
    types: ['interactions', 'contraindications'],
  },
  // why: what triggers flares (stress, foods) -> cause; stopping them coming back -> prevention
  {
    message:
      'behcets 14 yrs. mouth ulcers and genital sores flare every couple months. what actually triggers the flares?? stress? certain foods? and is there anything i can do to stop them coming back so often',
    focus: 'Behcet disease',
    types: ['cause', 'prevention'],
  },
  // why: whether racing heart comes from the medicine -> side_effects; coffee with it -> interactions; focus is the medicine
  {
    message:
      "I've taken modafinil for narcolepsy for about 8 years. Lately my heart races in the afternoons. Could that be the modafinil? And is it ok to have coffee with it, I drink like 3 cups a day",
    focus: 'modafinil',
    types: ['side_effects', 'interactions'],
  },
  // why: going back on the diet -> lifestyle; other treatments for adults -> treatment
  {
    message:
      'Hello. I am 35 years old with PKU. I stopped the diet when I was teenager like many of us. Now I have bad concentration and low mood at my work. Is it worth to go back on the low protein diet as adult? Are there other treatments for adults with PKU beside the diet?',
    focus: 'phenylketonuria',
    types: ['lifestyle', 'treatment'],
  },
  // why: whether it gets worse with age -> prognosis; whether daughter should be tested -> diagnosis
  {
    message:
      "I'm 48 with von Willebrand type 1. My periods have got way heavier with perimenopause. Does von willebrand get worse as you get older? Also my 16yo daughter bruises really easily, should she be tested?",
    focus: 'von Willebrand disease',
    types: ['prognosis', 'diagnosis'],
  },
  // why: how common -> frequency; whether it can hurt the liver too -> complications
  {
    message:
      'Hi - my brother and I both have alpha-1 antitrypsin deficiency (ZZ), found in our 40s after he got emphysema. How common is alpha-1? Nobody we talk to has ever heard of it. And can it damage the liver as well as the lungs?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['frequency', 'complications'],
  },
  // why: appealing the insurer -> other; alternatives to IVIG -> treatment
  {
    subject: 'IVIG denied',
    message:
      'ive had CIDP for 11 yrs and IVIG every 3 weeks is what keeps me walking. new insurance company says its not medically necessary. how do i appeal this? and are there other treatments that work if i cant get IVIG',
    focus: 'chronic inflammatory demyelinating polyneuropathy',
    types: ['other', 'treatment'],
  },
  // why: safe while breastfeeding -> contraindications; with clarithromycin -> interactions; focus is the medicine
  {
    message:
      'Hello, I have familial mediterranean fever and I take colchicine every day since I was child. Now I have my first baby! It is safe to continue the colchicine when I am breastfeeding? Also doctor give me clarithromycin for chest infection, can I take it together with colchicine?',
    focus: 'colchicine',
    types: ['contraindications', 'interactions'],
  },
  // why: affects the heart -> complications; muscles weaker with age -> prognosis; worse in next generation -> inheritance
  {
    message:
      "I'm 52, DM1 diagnosed 20 years ago. Lately I get palpitations and I nearly fainted once. Does myotonic dystrophy affect the heart? Will my muscles keep getting weaker as I get older? My daughter is 24 and wants children, I read it can be worse in the next generation, is that true?",
    focus: 'myotonic dystrophy',
    types: ['complications', 'prognosis', 'inheritance'],
  },
  // why: can it affect the lungs -> complications; which tests -> diagnosis; what treatment -> treatment
  {
    message:
      'scleroderma (diffuse) for 12 years. getting more and more breathless on the stairs. can scleroderma affect the lungs? what tests should i be asking my rheumatologist for? and if it is the lungs what treatment is there',
    focus: 'systemic sclerosis',
    types: ['complications', 'diagnosis', 'treatment'],
  },
  // why: whether LEMS is the same as MG -> information; linked to lung cancer -> association; two conditions named
  {
    message:
      "I've had Lambert Eaton for about 7 years (no cancer found so far, thank god). My new GP keeps calling it myasthenia gravis. Is LEMS the same thing as myasthenia or a different disease? And is Lambert-Eaton linked to lung cancer?",
    focus: 'Lambert-Eaton myasthenic syndrome',
    types: ['information', 'association'],
  },
  // why: checkups/tests as she ages -> diagnosis; hearing loss part of it -> symptoms; clinic for adults -> find_specialist
  {
    subject: 'Adult with Turner syndrome',
    message:
      "I am 54 and have Turner syndrome. I was followed by paediatric endocrinology as a kid and then sort of fell through the cracks as an adult. What checkups and tests should a woman with Turner's have as she ages? Is hearing loss part of Turner syndrome? Mine has got much worse. And where can I find a doctor or clinic that sees adults with Turner?",
    focus: 'Turner syndrome',
    types: ['diagnosis', 'symptoms', 'find_specialist'],
  },
  // why: hereditary -> inheritance; first signs to watch -> symptoms; should she be tested -> diagnosis
  {
    message:
      "I've had neuromyelitis optica since 2009 (AQP4 positive). My daughter is 19 and has been having eye pain the last few weeks. Is NMO hereditary? What are the first signs we should watch for in her? Should she be tested for it?",
    focus: 'neuromyelitis optica',
    types: ['inheritance', 'symptoms', 'diagnosis'],
  },
  // why: link between Gaucher and Parkinson's -> association (two conditions named); worse with age -> prognosis
  {
    message:
      "Gaucher type 1 here, 61 years old, diagnosed at 30. My brother in law sent me an article saying Gaucher patients get Parkinsons. Is there a link between Gaucher disease and Parkinson's disease? And in general does Gaucher get worse as you age, even on treatment?",
    focus: 'Gaucher disease',
    types: ['association', 'prognosis'],
  },
  // why: associated with cancer -> association (two conditions named); regular cancer screening -> diagnosis
  {
    message:
      "had dermatomyositis for 8 years. a friend from my support group just got diagnosed with ovarian cancer and she said there's a connection with DM. is dermatomyositis associated with cancer? should i be getting screened for cancer regularly and what kind of screening",
    focus: 'dermatomyositis',
    types: ['association', 'diagnosis'],
  },
  // why: turn into leukemia/myelofibrosis -> complications; life expectancy -> prognosis; running -> lifestyle
  {
    message:
      "Polycythemia vera dx 2011, phlebotomies + hydroxyurea since. 3 questions: 1) can PV turn into leukemia or myelofibrosis after many years? 2) what's life expectancy w PV these days? 3) is it ok to keep running half marathons?",
    focus: 'polycythemia vera',
    types: ['complications', 'prognosis', 'lifestyle'],
  },
  // why: cure or just managing -> treatment; colon polyps -> complications; disability paperwork letters -> other
  {
    message:
      "I was diagnosed with acromegaly 18 yrs ago, had pituitary surgery twice and radiation, still not fully controlled. Is there any cure at this point or is it just managing it forever? Can acromegaly cause colon polyps, my GI doc mentioned it. Also I'm applying for disability and they want paperwork about my condition, does your center write letters for that?",
    focus: 'acromegaly',
    types: ['treatment', 'complications', 'other'],
  },
  // why: worse or better with age -> prognosis; shift work -> lifestyle; insurance dropping the med -> other
  {
    message:
      'narcolepsy type 1 since my 20s, im 50 now. does narcolepsy get worse or better with age? my company is moving me to rotating night shifts and im scared, can people with narcolepsy do shift work? and my insurance is dropping coverage of my med next year, who do i even talk to about that',
    focus: 'narcolepsy',
    types: ['prognosis', 'lifestyle', 'other'],
  },
];
