/**
 * "final24" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, after the round's first changes to names and list markers,
 * before any change made after it (focus 1.000, type F1 0.881). Scored by final24.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final24 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL24_MESSAGES: ConsumerMessage[] = [
  // why: "life expectancy" asks prognosis
  {
    message: 'fabry disease life expectancy',
    focus: 'fabry disease',
    types: ['prognosis'],
  },
  // why: "can he keep playing on the school team" asks lifestyle; "do his little sisters need to be checked" asks whether relatives should be tested (diagnosis)
  {
    subject: 'Marfan and basketball',
    message:
      'My 14 year old son was just diagnosed with Marfan syndrome after an echo showed his aorta is a little enlarged. He lives for basketball. Can he keep playing on the school team? And do his little sisters need to be checked for it too?',
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: "is this from the metformin" asks whether a problem comes from the medicine (side_effects)
  {
    message:
      'I started metformin 500mg last week and now I have diarrhea every single morning. Is this from the metformin?',
    focus: 'metformin',
    types: ['side_effects'],
  },
  // why: "chance our kids would get it" asks inheritance; "does it get worse with age" asks prognosis; "anyone in the Boston area who really knows EDS" asks find_specialist
  {
    message:
      'My girlfriend has hypermobile Ehlers-Danlos syndrome and we are starting to talk about having kids. What is the chance our kids would get it? Does it usually get worse with age? She has been dismissed by so many doctors. Is there anyone in the Boston area who really knows EDS?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['inheritance', 'prognosis', 'find_specialist'],
  },
  // why: "which gene is it" asks genetic_changes; "I must to do the test also" asks whether a relative should be tested (diagnosis)
  {
    message:
      'Hello, my father have hemochromatosis, the doctor find very high iron in his blood. Which gene is it? And I must to do the test also? Thank you very much.',
    focus: 'hemochromatosis',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: "what treatments are there for someone her age" asks treatment
  {
    message:
      'My grandmother is 82 and was diagnosed with myasthenia gravis last month. Her eyelids droop by the afternoon and she gets tired chewing her dinner. What treatments are there for someone her age?',
    focus: 'myasthenia gravis',
    types: ['treatment'],
  },
  // why: "is that the lisinopril" asks side_effects; "can i just stop taking it or do i have to taper" asks stopping a medicine (drug_usage)
  {
    subject: 'lisinopril cough',
    message:
      'been on lisinopril for 3 months, dry tickly cough that wont quit. is that the lisinopril? and can i just stop taking it or do i have to taper off',
    focus: 'lisinopril',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "what is sarcoidoses" asks what the condition is (information); misspelled name kept as focus
  {
    message: 'what is sarcoidoses',
    focus: 'sarcoidoses',
    types: ['information'],
  },
  // why: "could this be Tourette syndrome" asks diagnosis; "what causes it" asks cause; "will he grow out of it" asks prognosis
  {
    message:
      'Our 8 year old has had tics for about a year. First blinking, then throat clearing, now shoulder shrugging. His teacher noticed too. Could this be Tourette syndrome? What causes it? Will he grow out of it?',
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'cause', 'prognosis'],
  },
  // why: "odds our baby has CF" asks inheritance; "how long do people with CF live" asks prognosis
  {
    message:
      'My husband and I both found out we are carriers of cystic fibrosis through the prenatal screening. I am 14 weeks along. What are the odds our baby has CF? And if she does, how long do people with CF live these days?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'prognosis'],
  },
  // why: "does he take it every day even when he feels fine" asks how to take the medicine (drug_usage)
  {
    subject: 'hydroxyurea for my son',
    message:
      'My son is 9 and has sickle cell disease. His hematologist wants to start him on hydroxyurea. Does he have to take it every day even when he feels fine?',
    focus: 'hydroxyurea',
    types: ['drug_usage'],
  },
  // why: "which foods are high in copper" asks diet (lifestyle); "medication for the rest of my life" asks treatment; "should my brother get tested" asks diagnosis of a relative
  {
    subject: 'Wilson disease questions',
    message:
      'I am 23 and was diagnosed with Wilson disease after my liver enzymes kept coming back high. Which foods are high in copper so I can avoid them? Will I need to take medication for the rest of my life? Should my brother get tested?',
    focus: 'Wilson disease',
    types: ['lifestyle', 'treatment', 'diagnosis'],
  },
  // why: "whats the chance i have it" asks inheritance; "is there a test that can tell me before symptoms start" asks diagnosis
  {
    message:
      'my mom has huntingtons disease. im 19. whats the chance i have it too and is there a test that can tell me before symptoms start',
    focus: 'huntingtons disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "is it safe for the baby" asks pregnancy precautions (contraindications); "keep taking my ibuprofen with it" asks interactions
  {
    message:
      'I take lamotrigine for bipolar disorder and I just found out I am pregnant (unplanned). Is it safe for the baby if I keep taking it? Also can I keep taking my ibuprofen with it for headaches?',
    focus: 'lamotrigine',
    types: ['contraindications', 'interactions'],
  },
  // why: "should I take it today or wait until next Monday" asks about a missed dose (drug_usage)
  {
    subject: 'missed methotrexate dose',
    message:
      'I take methotrexate once a week on Mondays for my rheumatoid arthritis and I completely forgot yesterday. Should I take it today or wait until next Monday?',
    focus: 'methotrexate',
    types: ['drug_usage'],
  },
  // why: "damage her heart long term" asks complications; "why did she get it" asks cause; "is it contagious to her baby brother" asks susceptibility
  {
    message:
      'My daughter just spent a week in the hospital with Kawasaki disease. She had the IV immunoglobulin and aspirin and she is home now. Can it damage her heart long term? Why did she get it in the first place? Is it contagious to her baby brother?',
    focus: 'Kawasaki disease',
    types: ['complications', 'cause', 'susceptibility'],
  },
  // why: "can you tell us what it is" asks information
  {
    message:
      'Our first grandson was born two weeks ago and the doctors say he has Prader-Willi syndrome. We want to help our daughter but we know nothing about it. Can you please tell us what it is?',
    focus: 'Prader-Willi syndrome',
    types: ['information'],
  },
  // why: "do I still need to follow it at 30" asks diet (lifestyle); "what happens if I stop" asks what happens when it is not treated (complications)
  {
    message: 'PKU diet as an adult - do I still need to follow it at 30? honestly what happens if I stop',
    focus: 'PKU',
    types: ['lifestyle', 'complications'],
  },
  // why: "same thing" asks whether two conditions are the same (information)
  {
    message: 'graves disease vs hyperthyroidism same thing?',
    focus: 'graves disease',
    types: ['information'],
  },
  // why: "is the biopsy really necessary" asks how it is confirmed (diagnosis); "can she have a little cake at birthday parties" asks diet in daily life (lifestyle)
  {
    subject: 'Celiac - 6 year old',
    message:
      "My daughter is 6 and just tested positive on the celiac disease blood test. The GI doctor wants to do an endoscopy with a biopsy to confirm. Is the biopsy really necessary? And once it is confirmed, can she still have a little bit of cake at her friends' birthday parties?",
    focus: 'celiac disease',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "what causes it" asks cause ("is it an autoimmune thing" is the same question)
  {
    message:
      "I was diagnosed with Addison's disease after collapsing at work. Is Addison's disease an autoimmune thing? What actually causes it?",
    focus: "Addison's disease",
    types: ['cause'],
  },
  // why: "I drink coffee at the same time. It is a problem?" asks interactions with food; "take it at evening instead" asks timing (drug_usage)
  {
    message:
      'Good day. I take levothyroxine 75 mcg every morning and I drink my coffee at the same time. It is a problem? Also, it is ok if I take it at evening instead of morning?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: "what foods should he avoid" and "a beer with dinner" ask interactions; "what time of day he takes it" asks drug_usage; "what signs of bleeding" asks side_effects
  {
    subject: 'warfarin after valve surgery',
    message:
      'My husband was put on warfarin after his heart valve replacement. What foods should he avoid? Can he still have a beer with dinner? Does it matter what time of day he takes it? And what signs of bleeding should we be watching for?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: "how long can they be out of the fridge" asks storage
  {
    subject: 'Humira on vacation',
    message:
      "Flying to Spain for two weeks and bringing my adalimumab pens for my Crohn's. How long can they be out of the fridge?",
    focus: 'adalimumab',
    types: ['storage_disposal'],
  },
  // why: "could I have narcolepsy" asks diagnosis; "would I be allowed to drive" asks daily life (lifestyle)
  {
    message:
      'I am 17 and I keep falling asleep in class even after 9 hours of sleep. Sometimes when I laugh really hard my knees just go weak and I have to sit down. Could I have narcolepsy? I am supposed to get my license next month, would I be allowed to drive?',
    focus: 'narcolepsy',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "will she walk again" asks prognosis; "can a stomach bug really cause it" asks a named exposure as cause (association); "new treatments being studied" asks research
  {
    message:
      'My best friend got Guillain-Barre syndrome two weeks after a stomach bug and she is now in the ICU on a ventilator. She is only 34. I am so scared for her. Will she walk again? Can a stomach bug really cause something like this? Are there any new treatments being studied?',
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis', 'association', 'research'],
  },
  // why: "does omeprazole contain gluten" asks what the medicine contains (ingredients)
  {
    message: 'I have celiac and my doctor prescribed omeprazole for reflux. Does omeprazole contain gluten?',
    focus: 'omeprazole',
    types: ['ingredients'],
  },
  // why: "how long does it take to go away" asks prognosis; "caused by the cold wind on my motorbike ride" asks a named exposure as cause (association)
  {
    subject: 'half my face drooping',
    message:
      "Woke up Saturday with the left side of my face drooping, could not close my eye. ER said Bell's palsy and sent me home with steroids. How long does it take to go away? The day before I rode my motorbike for 3 hours in cold wind, was it caused by that?",
    focus: "Bell's palsy",
    types: ['prognosis', 'association'],
  },
  // why: "will my hair grow back" asks prognosis
  {
    message:
      'im 15 and i have 3 bald patches from alopecia areata, everyone at school stares. will my hair grow back??',
    focus: 'alopecia areata',
    types: ['prognosis'],
  },
  // why: "clinical trials" asks research; "specialists" asks find_specialist
  {
    message: 'fibrodysplasia ossificans progressiva clinical trials and specialists',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['research', 'find_specialist'],
  },
  // why: "what triggers the attacks" asks cause; "how can I prevent them before dental work" asks prevention of attacks; "estrogen birth control makes it worse" asks a link with an exposure (association)
  {
    subject: 'HAE swelling attacks',
    message:
      'I was finally diagnosed with hereditary angioedema at 30 after years of being told it was allergies. My face and hands swell up for days. What triggers the attacks? How can I prevent them before dental work? Is it true that estrogen birth control makes it worse?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention', 'association'],
  },
  // why: "how rare is" asks frequency
  {
    message:
      'How rare is neurofibromatosis type 1? My nephew was just diagnosed and none of us had ever heard of it.',
    focus: 'neurofibromatosis type 1',
    types: ['frequency'],
  },
  // why: "a pill instead of the infusions" asks treatment; "which gene is involved" asks genetic_changes
  {
    message:
      'My brother has Gaucher disease type 1 and gets enzyme infusions every two weeks, it takes up his whole afternoon. Is there a pill he could take instead of the infusions? Also which gene is involved?',
    focus: 'Gaucher disease',
    types: ['treatment', 'genetic_changes'],
  },
  // why: "what is allopurinol used for" asks indication
  {
    message: 'what is allopurinol used for',
    focus: 'allopurinol',
    types: ['indication'],
  },
  // why: "can it cause depression" asks side_effects; "drink alcohol on it" asks interactions; "throw away the leftover capsules" asks storage_disposal
  {
    message:
      'My 16 year old is starting isotretinoin (Accutane) for really bad acne. I have read scary things online. Can it cause depression? Can he drink alcohol while he is on it, he is going to prom soon? And how should we throw away the leftover capsules at the end?',
    focus: 'isotretinoin',
    types: ['side_effects', 'interactions', 'storage_disposal'],
  },
  // why: "what happens next to confirm it" asks diagnosis; "is the gene therapy a cure" asks treatment
  {
    subject: 'newborn screen positive',
    message:
      'Our newborn screen came back positive for spinal muscular atrophy and we are waiting to see the neurologist on Thursday. What happens next to confirm it? Is the gene therapy a cure?',
    focus: 'spinal muscular atrophy',
    types: ['diagnosis', 'treatment'],
  },
  // why: "dangerous for kidney if we not treat" asks complications; "he can play football" asks lifestyle; "it will get worse when he is older" asks prognosis
  {
    message:
      'Hello from Turkey. My son 5 years old have familial mediterranean fever, every month fever and belly pain for 2-3 days. Doctor give colchicine. It is dangerous for his kidney if we not treat? He can play football with other kids? It will get worse when he is older?',
    focus: 'familial mediterranean fever',
    types: ['complications', 'lifestyle', 'prognosis'],
  },
  // why: "is it safe while breastfeeding" asks contraindications
  {
    subject: 'sertraline and breastfeeding',
    message:
      'I had my baby 3 weeks ago and my doctor wants to start me on sertraline for postpartum depression. Is it safe while breastfeeding?',
    focus: 'sertraline',
    types: ['contraindications'],
  },
  // why: "how is it diagnosed" asks diagnosis; "will growth hormone help her get taller" asks treatment
  {
    message:
      'Our 12 year old daughter is much shorter than her classmates and has not started puberty. Her pediatrician mentioned Turner syndrome. How is it diagnosed? Will growth hormone help her get taller?',
    focus: 'Turner syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: "the same as Duchenne" asks information; "chances the new baby has it" asks inheritance; "any treatment" asks treatment
  {
    subject: 'Becker or Duchenne?',
    message:
      'Is Becker muscular dystrophy the same as Duchenne? My nephew has Becker and my sister is pregnant again, what are the chances the new baby has it too? Is there any treatment for it?',
    focus: 'Becker muscular dystrophy',
    types: ['information', 'inheritance', 'treatment'],
  },
];
