/**
 * "fathers" set. Messages written by fathers and stepfathers about their children or partners, often brief and
 * practical, about conditions and medicines. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus 1.000,
 * type F1 0.926). Scored by fathers.test.ts and by `npx tsx test/understand/support/score-messages.ts --fathers
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FATHERS_MESSAGES: ConsumerMessage[] = [
  // why: "run normally when older" is prognosis, "need surgery" is treatment, "school on crutches / bike" is lifestyle
  {
    subject: 'Perthes disease - 7 yr old son',
    message:
      "Hi. Our son (7) was diagnosed with Legg-Calve-Perthes disease in his left hip last week. Couple of questions. Will he be able to run normally when he's older? Does he need an operation or does it heal by itself? And is he ok to go to school on crutches and ride his bike or should we stop that. Thanks, Mark",
    focus: 'Legg-Calve-Perthes disease',
    types: ['prognosis', 'treatment', 'lifestyle'],
  },
  // why: "does it damage the heart long term" asks what problems it leads to: complications
  {
    subject: 'Kawasaki',
    message:
      'Our 3 yr old daughter was in hospital with Kawasaki disease last month. She seems fine now. Does Kawasaki disease damage the heart long term?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: "odds the new baby has it" is inheritance, "test before birth" is diagnosis
  {
    message:
      'Wife is pregnant with our second. First son has cystic fibrosis. What are the odds the new baby has it too, and can they test for it before birth?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  // why: skipping doses on weekends is about how to take the medicine: drug_usage
  {
    message:
      'is it ok to only give Concerta on school days and skip weekends? son is 10. his doctor sort of said we could but i want to double check',
    focus: 'Concerta',
    types: ['drug_usage'],
  },
  // why: "how long does he have" is prognosis, "any trials" is research, "swimming/exercise" is lifestyle
  {
    subject: 'stepson with Duchenne',
    message:
      "I'm the stepdad of a 9 year old boy with Duchenne muscular dystrophy. His mum handles most of the appointments and I don't like to keep asking her things because it upsets her. He's still walking but falls a lot more this year. I guess I want to know straight what we are looking at, how long do boys with this usually live now? Are there any clinical trials he could get into, we are in the UK. And is swimming or other exercise good for him or does it wear the muscles out faster? I want to do something with him at weekends that doesn't make it worse.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'lifestyle'],
  },
  // why: "what is" asks for an overview: information
  {
    message: 'what is williams syndrome',
    focus: 'williams syndrome',
    types: ['information'],
  },
  // why: "stop them happening so often" is prevention of crises, "should she be on hydroxyurea" is treatment of the disease
  {
    subject: 'sickle cell crises every winter',
    message:
      'My daughter (12) has sickle cell anemia and every winter she ends up in hospital with pain crises. How do we stop them happening so often? Also her hematologist mentioned hydroxyurea, is that something she should be on?',
    focus: 'sickle cell anemia',
    types: ['prevention', 'treatment'],
  },
  // why: asks whether hair thinning comes from the medicine: side_effects
  {
    message:
      'Does hydroxyurea make your hair fall out? My son started it 2 months ago and his hair looks thinner',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: "what is it exactly" is information, "what does the diet look like" is lifestyle (diet)
  {
    subject: 'newborn positive for PKU',
    message:
      "Our baby girl tested positive for PKU on the heel prick test. We got a call from the hospital and honestly didn't take much in. What is it exactly? And what does the diet look like, can she have normal milk?",
    focus: 'PKU',
    types: ['information', 'lifestyle'],
  },
  // why: "how does it work" asks how the medicine works: indication
  {
    message: 'How does Kuvan work? The metabolic clinic wants to try it on my daughter.',
    focus: 'Kuvan',
    types: ['indication'],
  },
  // why: "could it be Marfan" is diagnosis, "who should we see" is find_specialist
  {
    message:
      "Son is 14, 6 foot 3 already, very long arms and fingers, and his eye doctor said one lens is slightly out of place. Could this be Marfan syndrome? Who should we see about it, his GP didn't seem to know.",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "can he play football" is lifestyle, "from my wife's side" is inheritance, "trials he could join" is research
  {
    subject: 'hemophilia A questions',
    message:
      "Our son has severe hemophilia A. 3 questions: 1) can he play football at school or is it too risky 2) did he get it from my wife's side, her uncle had bleeding problems 3) I read gene therapy is being tested, are there trials he could join?",
    focus: 'hemophilia A',
    types: ['lifestyle', 'inheritance', 'research'],
  },
  // why: "how rare" is frequency, "will she need growth hormone" is treatment
  {
    message:
      'how rare is turner syndrome? our daughter was diagnosed last week and nobody we know has ever heard of it. will she need growth hormone shots',
    focus: 'turner syndrome',
    types: ['frequency', 'treatment'],
  },
  // why: "which gene" is genetic_changes, "should his sister be tested" is testing relatives: diagnosis
  {
    message: 'My son has fragile X syndrome. Which gene causes it, and should his sister be tested?',
    focus: 'fragile X syndrome',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: asks for support groups: find_specialist
  {
    subject: 'dads group',
    message:
      'Are there any support groups for dads of kids with Prader-Willi syndrome? Most of what I find is aimed at mums. No offence to them.',
    focus: 'Prader-Willi syndrome',
    types: ['find_specialist'],
  },
  // why: "her chances of getting it again" is her risk: susceptibility, "can anything prevent it" is prevention, "heart problems later" is complications
  {
    subject: 'Pre-eclampsia second pregnancy',
    message:
      'My partner had pre-eclampsia with our first and he was delivered at 32 weeks. He is fine now thank god. We are thinking about trying for another. What are her chances of getting it again? Can anything be done to prevent it, someone mentioned aspirin? And I read it can cause heart problems for the mother later in life, is that true?',
    focus: 'pre-eclampsia',
    types: ['susceptibility', 'prevention', 'complications'],
  },
  // why: "is this PPD or baby blues" tells it apart: diagnosis, "what helps" is treatment
  {
    message:
      'not sure how to ask this. since the baby came 5 weeks ago my wife isnt herself, crying a lot, not sleeping even when the baby sleeps, says she is a bad mother. is this postpartum depression or just the baby blues? what actually helps with it. she doesnt know im writing',
    focus: 'postpartum depression',
    types: ['diagnosis', 'treatment'],
  },
  // why: breastfeeding precaution for a medicine: contraindications
  {
    message: 'Is Zoloft ok while breastfeeding? Wifes doctor prescribed it',
    focus: 'Zoloft',
    types: ['contraindications'],
  },
  // why: "school camping trip" is lifestyle, "what causes it" is cause
  {
    subject: 'type 1 diabetes',
    message:
      'Son 11 was diagnosed with type 1 diabetes 2 weeks ago. Can he still go on the school camping trip in June? And what actually causes it, was it something we did?',
    focus: 'type 1 diabetes',
    types: ['lifestyle', 'cause'],
  },
  // why: how long an opened pen keeps out of the fridge is storage_disposal
  {
    message: 'how long does an opened insulin pen last out of the fridge',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  // why: where to keep it and how to throw out the old one are both storage_disposal
  {
    message:
      "Where should we keep our daughter's EpiPen, is the car glovebox ok in summer? And how do I get rid of the old expired one?",
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  // why: "develop normally" is prognosis, "what triggers her seizures" is cause of attacks, "which meds work best" is treatment
  {
    subject: 'Dravet syndrome, 2 year old',
    message:
      'Our 2 year old was diagnosed with Dravet syndrome after genetic testing found a change in SCN1A. She has had 4 long seizures this year. Will she develop normally? What brings on the seizures, we noticed it seems to happen after warm baths or when she is hot. And which medicines work best for this, we were told some normal epilepsy drugs make it worse.',
    focus: 'Dravet syndrome',
    types: ['prognosis', 'cause', 'treatment'],
  },
  // why: whether febrile seizures turn into epilepsy is complications
  {
    message:
      'Had a real scare last night, our 18 month old had a febrile seizure, first one. Does this mean he will have epilepsy now?',
    focus: 'febrile seizure',
    types: ['complications'],
  },
  // why: "is that the medicine" is side_effects, "can she stop it" is drug_usage
  {
    message:
      'My stepdaughter (15) is on Keppra for seizures and she has gotten really angry and moody, slamming doors, crying. Is that the medicine? Can she just stop taking it?',
    focus: 'Keppra',
    types: ['side_effects', 'drug_usage'],
  },
  // why: accuracy of a screening blood test is diagnosis
  {
    subject: 'Down syndrome screening',
    message: 'How accurate is the blood test they offer at 12 weeks for Down syndrome?',
    focus: 'Down syndrome',
    types: ['diagnosis'],
  },
  // why: "is it for life" is prognosis, "gluten free kitchen" is lifestyle
  {
    message:
      'daughter diagnosed with celiac at 7. is it for life or can she grow out of it? do we need to make the whole kitchen gluten free',
    focus: 'celiac',
    types: ['prognosis', 'lifestyle'],
  },
  // why: when to take it relative to food is drug_usage
  {
    message:
      'When exactly should my son take his Creon, before food or during? He has CF and the nurse told us but I forgot.',
    focus: 'Creon',
    types: ['drug_usage'],
  },
  // why: "grow out of it" is prognosis, "affect her eyes" is complications, "a diet that helps" is lifestyle
  {
    subject: 'JIA',
    message:
      'Our 5 year old has juvenile idiopathic arthritis in both knees. The rheumatologist wants to start methotrexate. Will she grow out of it? Can it affect her eyes, they keep sending us to the eye clinic. And is there a diet that helps, her grandmother swears by cutting out dairy.',
    focus: 'juvenile idiopathic arthritis',
    types: ['prognosis', 'complications', 'lifestyle'],
  },
  // why: medicine with a food/drink is interactions
  {
    message: 'can my son take his ritalin with orange juice',
    focus: 'ritalin',
    types: ['interactions'],
  },
  // why: "could it be" is diagnosis, "do kids grow out of it" is prognosis
  {
    message:
      'my boy (8) has tics, blinking and clearing his throat all the time, worse when he is stressed or tired. could it be tourette syndrome? do kids grow out of it',
    focus: 'tourette syndrome',
    types: ['diagnosis', 'prognosis'],
  },
  // why: "causes depression" is side_effects, "how does it work" is indication
  {
    subject: 'Accutane for my stepson',
    message:
      "My stepson is 16 and his dermatologist wants him on Accutane for bad acne. I've read it can cause depression, is that true? And what does it actually do, how does it work compared to the antibiotics he was on?",
    focus: 'Accutane',
    types: ['side_effects', 'indication'],
  },
  // why: asks about treatment options: treatment
  {
    message: 'Is there any treatment for achondroplasia now? I heard there is a new injection for growth.',
    focus: 'achondroplasia',
    types: ['treatment'],
  },
  // why: "what is it" is information, "what causes it" is cause, "will it get worse" is prognosis
  {
    message:
      'My girlfriend was just diagnosed with lupus. I want to understand it properly so I can support her. What is it, what causes it, and is it going to get worse over time?',
    focus: 'lupus',
    types: ['information', 'cause', 'prognosis'],
  },
  // why: "will our kids get it" is inheritance, "medication to slow it" is treatment
  {
    subject: 'multiple sclerosis',
    message:
      'Wife was told she probably has MS after her MRI. Is it hereditary, will our kids get it? Is there medication to slow it down?',
    focus: 'multiple sclerosis',
    types: ['inheritance', 'treatment'],
  },
  // why: "best hospitals" is find_specialist, "trials" is research, "survival odds" is prognosis
  {
    subject: 'neuroblastoma stage 4',
    message:
      'son has neuroblastoma stage 4, relapsed after first round. where are the best hospitals for this in the US? are there trials for relapsed kids? what are his odds honestly',
    focus: 'neuroblastoma',
    types: ['find_specialist', 'research', 'prognosis'],
  },
  // why: "are we carriers" is inheritance, "treatments" is treatment, "trials" is research, "cost of the drug" is other
  {
    subject: 'SMA type 1 - 6 month old',
    message:
      'Our daughter is 6 months old and was diagnosed with SMA type 1 last week. We are still in shock. How did she get it, does it mean we are both carriers? What treatments are there? Are there any clinical trials? And how do families pay for these drugs, we were told one costs millions.',
    focus: 'SMA type 1',
    types: ['inheritance', 'treatment', 'research', 'other'],
  },
  // why: "hurt his kidneys" is complications, "how long does it last" is prognosis
  {
    subject: 'Henoch Schonlein purpura',
    message:
      'Son 6 has HSP, purple rash on his legs and sore knees. Doctor says it goes away by itself. Can it hurt his kidneys? How long does it usually last?',
    focus: 'Henoch Schonlein purpura',
    types: ['complications', 'prognosis'],
  },
  // why: whether he can keep playing basketball is lifestyle
  {
    message: 'Can my son keep playing basketball with Osgood Schlatter? He is 13 and plays 4 times a week.',
    focus: 'Osgood Schlatter',
    types: ['lifestyle'],
  },
  // why: "is the rash from it" is side_effects, "ibuprofen with it" is interactions, "fridge" is storage_disposal
  {
    message:
      'Kid is on amoxicillin for an ear infection, got a blotchy rash on day 5. is that an allergy to the amoxicillin? Can he still have ibuprofen with it for the pain? And does the liquid have to go in the fridge, we left it out overnight',
    focus: 'amoxicillin',
    types: ['side_effects', 'interactions', 'storage_disposal'],
  },
  // why: "signs to watch for" is symptoms, "will he need testosterone" is treatment
  {
    message:
      'We found out through testing that our son (4) has Klinefelter syndrome. What signs should we watch for as he grows up? Will he need testosterone at some point?',
    focus: 'Klinefelter syndrome',
    types: ['symptoms', 'treatment'],
  },
];
