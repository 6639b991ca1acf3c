/**
 * "eyesrare" set. Messages about rare eye conditions (retinitis pigmentosa, Stargardt disease, Leber
 * congenital amaurosis, aniridia, albinism, retinoblastoma, keratoconus, uveitis, optic neuritis): sight
 * loss, gene therapy, aids, school and driving, with other questions. Written by someone who had read neither
 * the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.900). Scored by eyesrare.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --eyesrare --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const EYESRARE_MESSAGES: ConsumerMessage[] = [
  // why: grandparent asks only what the condition is -> information
  {
    message: 'my grandson was just diagnosed with aniridia at 3 weeks old. what exactly is it??',
    focus: 'aniridia',
    types: ['information'],
  },
  // why: driving licence is daily life -> lifestyle; the condition is named in the subject line
  {
    subject: 'Stargardt - driving',
    message:
      "I'm 19 and my central vision is about 20/200 in both eyes. All my friends are learning to drive. Will I ever be allowed to get a licence or is that just not happening?",
    focus: 'Stargardt disease',
    types: ['lifestyle'],
  },
  // why: asks only about recruiting trials -> research
  {
    message: 'Are there any clinical trials for choroideremia in the UK that are recruiting at the moment?',
    focus: 'choroideremia',
    types: ['research'],
  },
  // why: asks only how common it is -> frequency
  {
    message: 'how common is leber congenital amaurosis',
    focus: 'Leber congenital amaurosis',
    types: ['frequency'],
  },
  // why: asks which gene -> genetic_changes
  {
    message:
      'hi, which gene causes X linked retinoschisis? the doctor said RS-something and i forgot to write it down, my son is 7',
    focus: 'X-linked retinoschisis',
    types: ['genetic_changes'],
  },
  // why: asks how to stop it coming back -> prevention (relapse)
  {
    message:
      'This is my second episode of optic neuritis in a year. Is there anything I can do to stop it coming back a third time?',
    focus: 'optic neuritis',
    types: ['prevention'],
  },
  // why: parent asks whether a sign could be the condition -> diagnosis
  {
    message:
      "I saw a white glow in my daughter's left eye in a flash photo, the other eye was red like normal. She is 14 months. Could this be retinoblastoma?? I am scared",
    focus: 'retinoblastoma',
    types: ['diagnosis'],
  },
  // why: asks whether he will go totally blind -> prognosis (course)
  {
    message:
      'Will my son go completely blind from retinitis pigmentosa? He is 8 and already cant see much when it gets dark.',
    focus: 'retinitis pigmentosa',
    types: ['prognosis'],
  },
  // why: asks for a doctor who knows the condition -> find_specialist
  {
    message:
      'Does anyone know an eye doctor in Ohio who actually knows about achromatopsia? Our local optometrist had never heard of it and just kept telling my daughter to try harder on the letter chart.',
    focus: 'achromatopsia',
    types: ['find_specialist'],
  },
  // why: whether a problem comes from the medicine -> side_effects; the medicine is the focus
  {
    message:
      "can atropine eye drops make a child's face go red and hot? my daughter started them for her uveitis last week and she looks flushed every afternoon",
    focus: 'atropine',
    types: ['side_effects'],
  },
  // why: missed dose of a medicine -> drug_usage
  {
    message:
      'i forgot my prednisolone eye drops this morning do i put 2 drops in now or just carry on as normal',
    focus: 'prednisolone',
    types: ['drug_usage'],
  },
  // why: asks only why it happens -> cause
  {
    message:
      "What causes uveitis? I'm 34, healthy, no other illness and suddenly my left eye is red and painful and the doctor says it is uveitis.",
    focus: 'uveitis',
    types: ['cause'],
  },
  // why: whether an exposure (eye rubbing) raises the risk of the condition -> susceptibility
  {
    message:
      'My teenager rubs his eyes constantly because of hay fever. Is he at higher risk of getting keratoconus because of that?',
    focus: 'keratoconus',
    types: ['susceptibility'],
  },
  // why: insurance coverage of lenses is a cost question -> other
  {
    subject: 'scleral lenses',
    message:
      'Does medicaid cover scleral lenses for keratoconus? the clinic quoted us $3000 for both eyes and we just cant',
    focus: 'keratoconus',
    types: ['other'],
  },
  // why: asks what a medicine is for -> indication; the medicine is the focus
  {
    message:
      'What is dorzolamide for? My mum has aniridia and after her glaucoma operation they gave her these drops but nobody explained.',
    focus: 'dorzolamide',
    types: ['indication'],
  },
  // why: therapy -> treatment; whether children would get it -> inheritance
  {
    message:
      "Is there any treatment for RP yet? And is it hereditary? I'm 28, I have it, and my partner and I are thinking about having kids.",
    focus: 'retinitis pigmentosa',
    types: ['treatment', 'inheritance'],
  },
  // why: slowing it down is managing it -> treatment; working as an electrician is work -> lifestyle
  {
    message:
      'stargardts here, 23. is there anything at all that slows it down? also can i keep working as an electrician or should i be retraining now',
    focus: 'Stargardt disease',
    types: ['treatment', 'lifestyle'],
  },
  // why: whether sight comes back -> prognosis; whether a sibling gets it -> inheritance
  {
    message:
      'My brother (26) lost the middle of his vision in both eyes over 2 months and they found it is LHON. Will he get any of his sight back? And could I get it too, we have the same mum.',
    focus: 'Leber hereditary optic neuropathy',
    types: ['prognosis', 'inheritance'],
  },
  // why: normal school -> lifestyle; helping her eyes -> treatment
  {
    message:
      'Our baby girl has oculocutaneous albinism. Will she be able to go to a normal school when she is older? And what can we do for her eyes, do glasses help with the wobbling?',
    focus: 'oculocutaneous albinism',
    types: ['lifestyle', 'treatment'],
  },
  // why: how the medicine works -> indication; with another medicine -> interactions; focus is the medicine (Humira)
  {
    message:
      'my son (11) has uveitis with his JIA and the rheumatologist wants to start humira. how does it actually work? and is it ok to have with the methotrexate he is already on',
    focus: 'adalimumab',
    types: ['indication', 'interactions'],
  },
  // why: treatment other than transplant -> treatment; whether it keeps getting worse -> prognosis
  {
    message:
      'Can keratoconus be treated without a cornea transplant? And does it keep getting worse after 30 or does it stop?',
    focus: 'keratoconus',
    types: ['treatment', 'prognosis'],
  },
  // why: whether it is inherited -> inheritance; tests for the newborn -> diagnosis (screening)
  {
    message:
      'My husband had retinoblastoma as a baby and lost his right eye. Is it passed on? We have a newborn, what tests can she have to check her eyes?',
    focus: 'retinoblastoma',
    types: ['inheritance', 'diagnosis'],
  },
  // why: higher risk of MS -> complications; whether colour vision recovers -> prognosis
  {
    message:
      'had optic neuritis last month, right eye. does this mean i am going to get MS?? and will my colour vision come back, red still looks washed out',
    focus: 'optic neuritis',
    types: ['complications', 'prognosis'],
  },
  // why: signs -> symptoms; how it is confirmed -> diagnosis
  {
    message:
      'What are the symptoms of Best disease and how do they diagnose it? My father has it and I want to know what to look for in myself.',
    focus: 'Best disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: gene therapy trials -> research; which gene -> genetic_changes
  {
    message:
      'Hello. Are there any gene therapy trials for achromatopsia? And which genes cause it? We were told there is more than one.',
    focus: 'achromatopsia',
    types: ['research', 'genetic_changes'],
  },
  // why: breastfeeding -> contraindications; fridge -> storage_disposal; focus is the medicine
  {
    message:
      'I have had congenital glaucoma all my life and use timolol drops. I just had my baby. Is it safe to use while breastfeeding? Also does the bottle need to be kept in the fridge once open?',
    focus: 'timolol',
    types: ['contraindications', 'storage_disposal'],
  },
  // why: "is it auto immune, what causes it" is one cause question; support group -> find_specialist
  {
    subject: 'birdshot',
    message:
      'Diagnosed with birdshot chorioretinopathy in March. Is it auto immune, what causes it? Is there any support group for people with it, I have never met anyone else.',
    focus: 'birdshot chorioretinopathy',
    types: ['cause', 'find_specialist'],
  },
  // why: how common -> frequency; specialist clinic -> find_specialist
  {
    message:
      'our son has bardet biedl syndrome, his eyes are what they found first (rod cone dystrophy). how common is BBS? is there a clinic anywhere that specialises in it',
    focus: 'Bardet-Biedl syndrome',
    types: ['frequency', 'find_specialist'],
  },
  // why: whether hair whitening belongs to it -> symptoms; other treatments -> treatment
  {
    message:
      'my wife have been diagnose with Vogt Koyanagi Harada. Now her hair is going white in some places and eyelashes too, is this part of the disease? Is there other treatment than steroid, she is suffering very much from them.',
    focus: 'Vogt-Koyanagi-Harada disease',
    types: ['symptoms', 'treatment'],
  },
  // why: first signs -> symptoms; chance her sons get it -> inheritance
  {
    message:
      "I'm a carrier of choroideremia (my dad has it). What are the first signs in boys? and what are the chances my sons get it",
    focus: 'choroideremia',
    types: ['symptoms', 'inheritance'],
  },
  // why: what it is -> information; how rare -> frequency; whether hearing loss belongs to it -> symptoms
  {
    message:
      'What is Norrie disease and how rare is it? Do boys with it lose their hearing as well? My sister baby was born blind and this is what they said.',
    focus: 'Norrie disease',
    types: ['information', 'frequency', 'symptoms'],
  },
  // why: difference between two conditions -> information; whether she should be tested -> diagnosis; Usher is what is asked about
  {
    message:
      "What's the difference between Usher syndrome and retinitis pigmentosa? My daughter (15) was diagnosed with RP two years ago and now she's failing hearing tests at school. Should she be tested for Usher?",
    focus: 'Usher syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: gene therapy / eligibility -> treatment; where it is given -> find_specialist; next baby -> inheritance
  {
    subject: 'LCA and gene therapy',
    message:
      'Our son is 4 and has Leber congenital amaurosis, the RPE65 type. We read about a gene therapy injection for it. Could he have it and would it help him see? Where in the US do they actually do it? We are also thinking about another baby, what are the chances the next one has LCA too? Thank you so much for any help.',
    focus: 'Leber congenital amaurosis',
    types: ['treatment', 'find_specialist', 'inheritance'],
  },
  // why: higher risk of kidney cancer -> complications; which gene -> genetic_changes; saving vision -> treatment
  {
    message:
      'baby diagnosed with aniridia 2 weeks ago. doctors want to do ultrasounds of her kidneys every 3 months. does aniridia mean she is at risk of kidney cancer? what gene is it? and is there anything that can save her vision',
    focus: 'aniridia',
    types: ['complications', 'genetic_changes', 'treatment'],
  },
  // why: link between two conditions -> association; best treatment -> treatment; losing sight -> prognosis
  {
    message:
      "I have Behcet's and now I've got uveitis in both eyes. Is there a link between the two? What's the best treatment for the uveitis, and am I going to lose my sight?",
    focus: 'uveitis',
    types: ['association', 'treatment', 'prognosis'],
  },
  // why: retinal detachment risk -> complications; judo -> lifestyle; her children getting it -> inheritance
  {
    message:
      'My daughter is 12 and has Stickler syndrome. How likely is it that her retina will detach? She really wants to do judo with her friends, is that ok for her? And will her own kids have it one day?',
    focus: 'Stickler syndrome',
    types: ['complications', 'lifestyle', 'inheritance'],
  },
  // why: what it is -> information; life expectancy -> prognosis; research trials -> research
  {
    message:
      'My nephew was diagnosed with diabetes at 6 and now optic atrophy at 11 and they say it is Wolfram syndrome. What is Wolfram syndrome, what is the life expectancy, and is there any research or trials going on?',
    focus: 'Wolfram syndrome',
    types: ['information', 'prognosis', 'research'],
  },
  // why: tingling from the tablets -> side_effects; wine -> interactions; morning or night -> drug_usage; focus is the medicine
  {
    message:
      "I've been put on acetazolamide (Diamox) for the swelling at the back of my eye from RP. My fingers and toes tingle all the time now, is that from the tablets? Can I still have a glass of wine with dinner? And is it better to take it in the morning or at night?",
    focus: 'acetazolamide',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: what it is -> information; what causes it -> cause; surgery -> treatment
  {
    message:
      'My granddaughter was born at 26 weeks and they are checking her eyes for ROP every week. What is it, what causes it, and will she need an operation?',
    focus: 'retinopathy of prematurity',
    types: ['information', 'cause', 'treatment'],
  },
  // why: whether Coats is cancer -> information (what it is); telling it apart from retinoblastoma -> diagnosis; two conditions, Coats is asked about
  {
    message:
      "The specialist says my son's eye is either Coats disease or retinoblastoma and they need more scans. Is Coats disease a cancer? How do they tell the difference between the two?",
    focus: 'Coats disease',
    types: ['information', 'diagnosis'],
  },
];
