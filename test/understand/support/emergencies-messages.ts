/**
 * "emergencies" set. Messages about emergencies with a rare condition: emergency letters and protocols, what
 * to do in a crisis, what to tell paramedics, when to go to hospital, with other questions. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.925, type F1 0.815). Scored by
 * emergencies.test.ts and by `npx tsx test/understand/support/score-messages.ts --emergencies --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const EMERGENCIES_MESSAGES: ConsumerMessage[] = [
  // why: only asks what to tell paramedics in a crisis, which is managing it -> treatment
  {
    subject: 'adrenal crisis - what do I tell the ambulance?',
    message:
      'my son is 4 and has CAH. if he has a crisis and we ring 999 what exactly do i say to the paramedics so they give him the injection and dont just sit there checking his obs',
    focus: 'congenital adrenal hyperplasia',
    types: ['treatment'],
  },
  // why: asks only the signs of a crisis -> symptoms; newborn screening is story
  {
    message:
      "What are the signs of a metabolic crisis in MSUD? Our baby was just diagnosed from the heel prick test and I'm terrified I won't notice until it's too late.",
    focus: 'maple syrup urine disease',
    types: ['symptoms'],
  },
  // why: keeping the kit in heat and getting rid of old ampoules are both storage/disposal of the medicine
  {
    message:
      'Our emergency hydrocortisone injection kit lives in my handbag. Does it go off if it gets hot in the car in summer? And how do I get rid of the old ampoules safely once they expire?',
    focus: 'hydrocortisone',
    types: ['storage_disposal'],
  },
  // why: what to do after a head bump is managing it -> treatment; trampoline is daily life -> lifestyle
  {
    message:
      'My grandson has severe haemophilia A and is staying with us for the summer holidays while his parents work. If he bangs his head what should we do, go straight to hospital even if he seems fine? Also can he go on the trampoline at all, his cousins have one in the garden.',
    focus: 'hemophilia A',
    types: ['treatment', 'lifestyle'],
  },
  // why: asks only when to go to hospital during illness -> treatment (managing it)
  {
    message:
      'ds has MCADD, hes got a tummy bug and wont keep anything down. at what point do we go to hospital?? we have the letter but its so vague',
    focus: 'medium-chain acyl-CoA dehydrogenase deficiency',
    types: ['treatment'],
  },
  // why: runs in families -> inheritance; testing before surgery -> diagnosis; which drugs set it off -> cause
  {
    message:
      "My father had a reaction under anaesthetic back in the 80s and they told him afterwards it was malignant hyperthermia. I'm having my gallbladder out next month. Is it passed down in families? Should I get tested before the operation? And which anaesthetic drugs actually set it off?",
    focus: 'malignant hyperthermia',
    types: ['inheritance', 'diagnosis', 'cause'],
  },
  // why: asks what the medicine is for -> indication; the condition is only context
  {
    message: 'what is dantrolene used for? the anaesthetist mentioned it when i told her about my MH',
    focus: 'dantrolene',
    types: ['indication'],
  },
  // why: the right treatment for a throat attack -> treatment; trials of new drugs -> research
  {
    message:
      'I have HAE and last time my throat swelled up A&E gave me an epipen and antihistamines which did nothing at all, I was in resus for hours. What is the right treatment for a throat attack and how do I make sure they give it to me next time? Are there any trials of new drugs for it?',
    focus: 'hereditary angioedema',
    types: ['treatment', 'research'],
  },
  // why: medicine in the attack -> treatment; medicines that bring attacks on -> cause; doctor who knows it -> find_specialist
  {
    message:
      'Hello, I am from Poland and my sister have acute intermittent porphyria. She had attack with very bad stomach pain and the doctors in hospital here in UK do not know this illness. What medicine is giving in the attack? Which medicines she must avoid because they can make attack? And is there special hospital or doctor who know this illness? Thank you very much.',
    focus: 'acute intermittent porphyria',
    types: ['treatment', 'cause', 'find_specialist'],
  },
  // why: does cold water bring on crises -> cause (attack trigger); stopping them -> prevention
  {
    message:
      'my boyfriend has sickle cell and had a crisis last week after we went swimming in a cold lake. does cold water bring on crises? and how can we stop them happening so often, he has been in hospital 3 times this year',
    focus: 'sickle cell disease',
    types: ['cause', 'prevention'],
  },
  // why: how long to wait before A&E is managing a bleed -> treatment
  {
    message:
      'my daughter (9) has von willebrand type 1, she gets nosebleeds that last ages. how long should we wait before taking her to A&E?',
    focus: 'von Willebrand disease',
    types: ['treatment'],
  },
  // why: the medicine together with another medicine -> interactions; focus is the medicine
  {
    message:
      'Can I take tranexamic acid with my contraceptive pill? I have von Willebrands and the haematologist gave it me for heavy periods because I ended up in A&E last time.',
    focus: 'tranexamic acid',
    types: ['interactions'],
  },
  // why: warning signs -> symptoms; school lunches/diet -> lifestyle; what to do waiting for the ambulance -> treatment
  {
    message:
      "I'm a primary school teacher and next year I'll have a pupil with OTC deficiency in my class. The parents have given me an emergency letter but I'd like to understand more. What signs should I watch for that mean he's becoming unwell? Can he eat the school lunches or does he need a special diet? And what should I do while we wait for the ambulance?",
    focus: 'ornithine transcarbamylase deficiency',
    types: ['symptoms', 'lifestyle', 'treatment'],
  },
  // why: giving a second dose -> drug_usage; sleepiness after it -> side_effects
  {
    message:
      "Buccal midazolam - if the first dose doesn't stop the seizure after 10 minutes can I give another one? And is it normal that it knocks her out for hours afterwards?",
    focus: 'midazolam',
    types: ['drug_usage', 'side_effects'],
  },
  // why: asks only about anything new being tested -> research; triggers are story
  {
    message:
      "my son has dravet syndrome, his seizures get set off by hot baths and fevers and we've had 4 ambulance trips since christmas. is there anything new being tested? we feel like we've tried everything",
    focus: 'Dravet syndrome',
    types: ['research'],
  },
  // why: link with another condition -> association; driving is daily life -> lifestyle
  {
    message:
      "Collapsed at work in March and after a week in hospital they said it was Addison's. I already have an underactive thyroid. Is there a link between the two? And am I allowed to drive now?",
    focus: 'Addison disease',
    types: ['association', 'lifestyle'],
  },
  // why: asks only what it is -> information
  {
    message: 'What is an addisonian crisis? The letter from the endo says I am at risk of one.',
    focus: 'Addisonian crisis',
    types: ['information'],
  },
  // why: sick-day dosing of the medicine -> drug_usage; focus is fludrocortisone, the medicine asked about
  {
    message:
      'does fludrocortisone need doubling on sick days like the hydrocortisone or is it just the hydro',
    focus: 'fludrocortisone',
    types: ['drug_usage'],
  },
  // why: what happens when steroids are missed (untreated) -> complications; special doctor -> find_specialist
  {
    message:
      "My husband had surgery for a pituitary tumour last year and now has hypopituitarism. He's on hydrocortisone, thyroxine and testosterone. What could happen if he misses his steroids when he's ill? And does he need to see a special endocrinologist for this or can his GP manage it?",
    focus: 'hypopituitarism',
    types: ['complications', 'find_specialist'],
  },
  // why: what it is -> information; normal life span -> prognosis; what to do for bleeding gums -> treatment
  {
    message:
      'Our baby girl was diagnosed with Glanzmann thrombasthenia after she bled for ages from her heel prick. What is it exactly? Will she have a normal life span? And what do we do when she starts teething and her gums bleed?',
    focus: 'Glanzmann thrombasthenia',
    types: ['information', 'prognosis', 'treatment'],
  },
  // why: how the medicine works -> indication
  {
    message:
      'my son has mild haemophilia A and they want to try desmopressin nasal spray before his tooth extraction. how does it work if he doesnt have enough factor 8?',
    focus: 'desmopressin',
    types: ['indication'],
  },
  // why: chance the baby has it -> inheritance; testing after birth -> diagnosis
  {
    message:
      "Hi, I'm a carrier of haemophilia B and I'm 20 weeks pregnant with a boy. What are the chances he has it? And does he need to be tested straight after he's born in case he has a bleed?",
    focus: 'hemophilia B',
    types: ['inheritance', 'diagnosis'],
  },
  // why: bowel tear -> complications; scans at A&E -> diagnosis; specialist clinic -> find_specialist
  {
    message:
      'My wife has vascular EDS (COL3A1). We carry a letter but last time she had sudden belly pain the A&E doctors sent her home with codeine. Can vascular EDS cause the bowel to tear? What scans should they be doing when she comes in with pain like that? Is there a specialist clinic for vEDS in the north of England?',
    focus: 'Ehlers-Danlos syndrome, vascular type',
    types: ['complications', 'diagnosis', 'find_specialist'],
  },
  // why: asks only whether screening picks it up -> diagnosis; the lost baby is story
  {
    message:
      'can propionic acidemia be picked up on newborn screening? we lost our first baby to a metabolic crisis at 5 days old and we are expecting again in june',
    focus: 'propionic acidemia',
    types: ['diagnosis'],
  },
  // why: outlook -> prognosis; kidney damage from crises -> complications
  {
    message:
      'What is the outlook for children with methylmalonic acidemia who have had several crises? Does each crisis damage the kidneys a bit more?',
    focus: 'methylmalonic acidemia',
    types: ['prognosis', 'complications'],
  },
  // why: how much to give -> drug_usage; focus is the medicine
  {
    message:
      "how much glucagon do I give my 3 year old in a hypo? the pharmacist gave us a 1mg kit but she's tiny, only 12kg",
    focus: 'glucagon',
    types: ['drug_usage'],
  },
  // why: how common -> frequency; growing out of it -> prognosis
  {
    message:
      "my niece has congenital hyperinsulinism, she's been in NICU twice with low sugars. how common is it? and is it something she will grow out of",
    focus: 'congenital hyperinsulinism',
    types: ['frequency', 'prognosis'],
  },
  // why: what to do when he can't keep feeds down -> treatment; feeds at nursery -> lifestyle
  {
    message:
      "Son has GSD type 1a and has picked up a stomach bug, he can't keep his cornstarch down. What do we do, go in for a drip straight away or wait? Also he starts nursery in September, how do we manage his feeds there?",
    focus: 'glycogen storage disease type I',
    types: ['treatment', 'lifestyle'],
  },
  // why: whether two conditions are the same -> information; the message is about the son's CAH
  {
    message:
      "My friend says her son's CAH is basically the same thing as Addison's disease because they both have adrenal crises and both take hydrocortisone. Is that true?",
    focus: 'congenital adrenal hyperplasia',
    types: ['information'],
  },
  // why: warning signs -> symptoms; when to call an ambulance -> treatment; antibiotics bringing on a crisis -> cause
  {
    message:
      'I have myasthenia gravis and get breathless when it flares. What are the warning signs of a myasthenic crisis? When should I call an ambulance rather than wait for my neuro appointment? And is it true some antibiotics can bring on a crisis?',
    focus: 'myasthenia gravis',
    types: ['symptoms', 'treatment', 'cause'],
  },
  // why: missed doses -> drug_usage; pregnancy -> contraindications
  {
    message:
      "Mestinon - ran out on holiday in spain, what happens if i miss a few doses and can i take extra when i get it back to catch up? also is it safe to keep taking if i'm pregnant, we're trying",
    focus: 'pyridostigmine',
    types: ['drug_usage', 'contraindications'],
  },
  // why: what can be done for the nosebleeds -> treatment; bleeding in the brain -> complications
  {
    message:
      "My mum has HHT and her nosebleeds are so bad she's been to A&E three times this month, once they had to pack her nose. What can be done for the nosebleeds? And can HHT cause bleeding in the brain? She's 71.",
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['treatment', 'complications'],
  },
  // why: could it be this -> diagnosis; a meal setting attacks off -> cause; gym -> lifestyle
  {
    subject: 'paralysis attack at night',
    message:
      'I woke up unable to move my legs, it lasted about 4 hours. my potassium was 2.1 in A&E and they gave me a drip. Could this be hypokalemic periodic paralysis? Does a big pasta meal the night before set it off? and can i still go to the gym',
    focus: 'hypokalemic periodic paralysis',
    types: ['diagnosis', 'cause', 'lifestyle'],
  },
  // why: why fever is dangerous (infection risk) -> complications; growing out of it -> prognosis
  {
    message:
      'My grandaughter has sickle cell she is 2. the hospital says if she has temperature over 38 bring her straight in. why is a fever so dangerous for her?? will she grow out of it when she is older',
    focus: 'sickle cell disease',
    types: ['complications', 'prognosis'],
  },
  // why: repeating a vomited dose -> drug_usage; with Calpol -> interactions; focus is the medicine
  {
    message:
      'my daughter has CAH and is being sick with a bug. she threw up her hydrocortisone about 20 min after taking it, do i give it again? and can i give it with calpol',
    focus: 'hydrocortisone',
    types: ['drug_usage', 'interactions'],
  },
  // why: asks only how rare it is -> frequency; condition named in the subject
  {
    subject: 'Citrullinemia',
    message:
      'How rare is it? None of the doctors in our local A&E had heard of it when we brought our son in with high ammonia.',
    focus: 'citrullinemia type I',
    types: ['frequency'],
  },
  // why: stopping the episodes -> prevention; kids at risk -> inheritance; research into new treatments -> research
  {
    message:
      'Adult with VLCAD here (diagnosed at 30!). I get rhabdo after long hikes and ended up in ICU once with kidney failure. How do I stop these episodes happening? Are my kids at risk of having it too? And is there any research into new treatments, I read something about triheptanoin?',
    focus: 'very long-chain acyl-CoA dehydrogenase deficiency',
    types: ['prevention', 'inheritance', 'research'],
  },
  // why: the emergency regimen is managing it -> treatment
  {
    message: 'isovaleric acidemia emergency regimen what is it??',
    focus: 'isovaleric acidemia',
    types: ['treatment'],
  },
  // why: shelf life and where it is kept -> storage_disposal; giving it after a dose at home -> drug_usage
  {
    message:
      "Our school nurse asked how long the rectal diazepam is good for and whether it can be kept in the classroom cupboard, which gets quite warm. Also is it OK for the teacher to give it if he's already had a dose at home that morning?",
    focus: 'diazepam',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: could it be vWD rather than haemophilia and which test tells them apart -> diagnosis; two conditions named
  {
    message:
      "My nephew bruises really easily and had to go to A&E when his tooth came out because it wouldn't stop bleeding. The doctor mentioned haemophilia. Could it be von Willebrand disease instead? What test tells them apart?",
    focus: 'von Willebrand disease',
    types: ['diagnosis'],
  },
];
