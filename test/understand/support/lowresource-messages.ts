/**
 * "lowresource" set. Messages from people with little money or access to care: no insurance, cheaper medicines,
 * free clinics, rationing tablets, rural areas far from specialists. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.893). Scored by lowresource.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --lowresource --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const LOWRESOURCE_MESSAGES: ConsumerMessage[] = [
  // why: "what is myasthenia gravis" asks what the condition is
  {
    message:
      'the ER doctor said my droopy eyelids and weak arms might be myasthenia gravis and told me to see a neurologist but i have no insurance. what is myasthenia gravis',
    focus: 'myasthenia gravis',
    types: ['information'],
  },
  // why: asking for a cheaper generic is a cost question, so other
  {
    subject: 'cheaper seizure meds?',
    message:
      "My son's seizures are finally controlled on Keppra but without insurance the pharmacy wants almost $300 a month. Is there a cheaper generic version of Keppra we could ask for?",
    focus: 'Keppra',
    types: ['other'],
  },
  // why: cutting pills in half is how to take the dose (drug_usage); what happens if it is not treated properly is complications
  {
    message:
      "I've been cutting my levothyroxine pills in half to make them last until payday. Is that ok to do? And what happens if my hypothyroidism isn't treated right for a few months?",
    focus: 'levothyroxine',
    types: ['drug_usage', 'complications'],
  },
  // why: "how do we stop the pain crises" is prevention; asking for a closer doctor is find_specialist
  {
    subject: 'Sickle cell help in rural area',
    message:
      "Hello, my son is 7 and has sickle cell disease. We live out in the county and the nearest hematologist is over 200 miles away, and we only have gas money to go twice a year. Every time he gets a pain crisis we end up in the little ER here and they don't really know what to do with him. How do we stop the pain crises from happening so often? Is there any doctor closer to us who knows about sickle cell? Thank you for reading this.",
    focus: 'sickle cell disease',
    types: ['prevention', 'find_specialist'],
  },
  // why: what is it = information; is it in the family / can my kids get it = inheritance; affordable treatment = treatment
  {
    message:
      "The free clinic ran some blood tests and now they say I have Wilson's disease. What is it exactly? Is it something in my family, can my kids get it? And is there any treatment that doesn't cost thousands of dollars a month",
    focus: "Wilson's disease",
    types: ['information', 'inheritance', 'treatment'],
  },
  // why: taking half the insulin dose is a dosing question
  {
    subject: 'rationing insulin',
    message: 'is it ok to take half my insulin dose until i can afford my next vial',
    focus: 'insulin',
    types: ['drug_usage'],
  },
  // why: what is it = information; how long kids live = prognosis
  {
    message:
      'We live on the reservation about 3 hours from any real hospital. My niece who is 2 was just diagnosed with cystic fibrosis and her mom is overwhelmed. What is cystic fibrosis and how long do kids with it usually live?',
    focus: 'cystic fibrosis',
    types: ['information', 'prognosis'],
  },
  // why: free clinics and patient groups for lupus is find_specialist
  {
    message:
      "Are there free clinics or patient groups that help people with lupus who can't afford to see a rheumatologist?",
    focus: 'lupus',
    types: ['find_specialist'],
  },
  // why: missed doses and restarting are drug_usage; low blood counts from the medicine is side_effects
  {
    subject: 'missed doses',
    message:
      "My daughter takes hydroxyurea for her sickle cell. Her Medicaid lapsed and we couldn't fill it for about a week. What should we do about the missed doses, can she just start back on the same amount? Also her last blood test showed low white counts, is that from the hydroxyurea?",
    focus: 'hydroxyurea',
    types: ['drug_usage', 'side_effects'],
  },
  // why: pregnancy and breastfeeding are contraindications; sleepiness is side_effects; how long to keep taking it is drug_usage
  {
    message:
      'In our village the only seizure medicine the health post has is phenobarbital. My wife is 4 months pregnant. Is phenobarbital safe for the baby during pregnancy? Is it the reason she is so sleepy all day? Can she breastfeed while taking it, and how long will she have to keep taking it?',
    focus: 'phenobarbital',
    types: ['contraindications', 'side_effects', 'drug_usage'],
  },
  // why: a special diet is lifestyle
  {
    subject: 'PKU formula',
    message:
      'is there a special diet for PKU that doesnt need the expensive formula. we dont get help from WIC anymore since my daughter turned 5',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  // why: whether his signs could be it and other ways to find out are diagnosis; whether he needs heart surgery is treatment
  {
    message:
      "Could my son have Marfan syndrome? He's 14, very tall and skinny, really long fingers, and he's worn thick glasses since he was 5. We can't afford genetic testing, is there another way to find out? And if he does have it will he need heart surgery?",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: passed down from the mother's side = inheritance; free factor programs = other (cost); football = lifestyle
  {
    subject: 'grandson bleeding',
    message:
      'my grandson bruises so easy and bled for two days after a tooth came out, the doctor in town thinks its hemophilia. is hemophilia passed down from the mothers side? the factor medicine is thousands of dollars, are there programs that give it for free? and can he still play football with his cousins',
    focus: 'hemophilia',
    types: ['inheritance', 'other', 'lifestyle'],
  },
  // why: cheapest treatment asks about treatment
  {
    message: 'whats the cheapest way to treat gout',
    focus: 'gout',
    types: ['treatment'],
  },
  // why: diarrhea from the medicine is side_effects; drinking beer with it is interactions
  {
    message:
      'i get my metformin off the $4 list at walmart since i got no insurance. does metformin cause diarrhea? ive had it bad since i started. and can i still have a couple beers on the weekend with it',
    focus: 'metformin',
    types: ['side_effects', 'interactions'],
  },
  // why: chances I have it = inheritance; is there a test = diagnosis; cost of the test = other; first symptoms = symptoms
  {
    subject: "Dad had Huntington's",
    message:
      "My father died of Huntington's disease last year. I'm 32 and don't have health insurance. What are the chances I have it too? Is there a test for it, and how much does it cost? What are the first symptoms I should be watching for?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis', 'other', 'symptoms'],
  },
  // why: "what is that" asks what the condition is
  {
    message:
      'I grew up in rural Bolivia and the doctor at the free clinic here said I should be checked for chagas disease. what is that?',
    focus: 'chagas disease',
    types: ['information'],
  },
  // why: stretching by skipping a dose is drug_usage; weight gain from it is side_effects
  {
    subject: 'hydrocortisone running out',
    message:
      "I was diagnosed with Addison's disease at the county hospital and put on hydrocortisone. My prescription keeps running out before my next appointment and I can't pay for extra. Can I make it last by skipping the evening dose? Also does hydrocortisone make you gain weight, I've put on 15 pounds.",
    focus: 'hydrocortisone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: what can be done at home to keep him walking is managing the condition, so treatment
  {
    message:
      "Our boy Caleb is 8 and was diagnosed with Duchenne muscular dystrophy two years ago at the children's hospital in Lexington. We live way up in the hills in eastern Kentucky and it's a 4 hour drive each way, and with my husband's hours getting cut we just can't make every appointment anymore. The physical therapist showed us some stretches once but I'm not sure we're doing them right. He's falling more and getting tired on the stairs. His teacher asked if he'll need a wheelchair and I didn't know what to say. Is there anything we can do at home to help keep him walking longer without all the expensive visits?",
    focus: 'Duchenne muscular dystrophy',
    types: ['treatment'],
  },
  // why: special diet = lifestyle; whether he will grow out of it = prognosis
  {
    message:
      'our baby tested positive for G6PD deficiency on the newborn screen. we live far from the city and the pediatrician here has never had a case. is there a special diet he has to follow when he starts eating food? will he grow out of it',
    focus: 'G6PD deficiency',
    types: ['lifestyle', 'prognosis'],
  },
  // why: contagious = susceptibility; should I get tested = diagnosis; is treatment free = other (cost)
  {
    subject: 'roommate has TB',
    message:
      "My roommate just found out he has tuberculosis. Is it contagious to me? Should I get tested, and is treatment free at the health department? I don't have insurance.",
    focus: 'tuberculosis',
    types: ['susceptibility', 'diagnosis', 'other'],
  },
  // why: how to keep it from going bad in the heat is storage_disposal
  {
    message:
      'we cant afford to replace my sons EpiPen every year. how should we store it so it doesnt go bad early? he keeps it in his backpack and it sits in a hot truck a lot',
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  // why: how many puffs a day is a dosing question
  {
    message:
      'how many puffs of albuterol is too many in one day?? i cant afford the controller inhaler so i use it a lot',
    focus: 'albuterol',
    types: ['drug_usage'],
  },
  // why: how they test and how to confirm it without an endoscopy = diagnosis; whether the kids could have it = inheritance
  {
    subject: 'celiac?',
    message:
      "How do they test for celiac disease? I can't afford the endoscopy the GI doctor wants to do. Is it something my kids could have too?",
    focus: 'celiac disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: what is it = information; whether it goes away = prognosis
  {
    message:
      'free clinic doctor thinks i have sarcoidosis from my chest xray. what is sarcoidosis and does it go away on its own',
    focus: 'sarcoidosis',
    types: ['information', 'prognosis'],
  },
  // why: what causes it / something we fed her = cause; cheap insulin programs = other (cost); PE at school = lifestyle
  {
    subject: 'New diagnosis, no insurance',
    message:
      "Our 9 year old daughter was just diagnosed with type 1 diabetes. We are farm workers and don't have insurance. What causes type 1 diabetes, was it something we fed her? Are there programs to get cheap insulin and test strips? Can she still do PE at school?",
    focus: 'type 1 diabetes',
    types: ['cause', 'other', 'lifestyle'],
  },
  // why: asking for plain information about the condition
  {
    message:
      'any info on tuberous sclerosis in plain words please. we cant afford to go back to the specialist to ask',
    focus: 'tuberous sclerosis',
    types: ['information'],
  },
  // why: hair loss from the medicine = side_effects; alcohol with it = interactions
  {
    subject: 'methotrexate questions',
    message:
      'I only see my rheumatologist once a year because of the cost, so I have nobody to ask. Does methotrexate cause hair loss? Mine is coming out in the shower. And can I have a glass of wine with it on holidays?',
    focus: 'methotrexate',
    types: ['side_effects', 'interactions'],
  },
  // why: affordable treatment = treatment; how long he will live = prognosis; trials for foreign kids = research
  {
    message:
      'My nephew in rural Guatemala was diagnosed with spinal muscular atrophy when he was 6 months old. The doctors told my sister the new medicines cost millions of dollars and there is no way. Is there any treatment that is affordable for him? How long will he live? Are there any trials that would take children from other countries?',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'prognosis', 'research'],
  },
  // why: what the medicine is for is indication
  {
    message:
      'a friend gave me some of her gabapentin for my nerve pain since i cant see a doctor right now. what is gabapentin actually for',
    focus: 'gabapentin',
    types: ['indication'],
  },
  // why: donating blood instead of paid phlebotomy = treatment; a diet to follow = lifestyle
  {
    message:
      'Can I just donate blood at the Red Cross instead of paying for phlebotomy at the hospital for my hemochromatosis? And is there a diet I should be following?',
    focus: 'hemochromatosis',
    types: ['treatment', 'lifestyle'],
  },
  // why: what can be done for the pain is treatment
  {
    subject: 'face pain',
    message: "What can be done for trigeminal neuralgia pain when you can't afford surgery?",
    focus: 'trigeminal neuralgia',
    types: ['treatment'],
  },
  // why: whether the rash comes from the medicine = side_effects; with birth control = interactions
  {
    message:
      'the pharmacy switched my lamotrigine to a different generic because it was cheaper and now I have a rash on my arms. could the lamotrigine be causing it? also can i take it with my birth control pills',
    focus: 'lamotrigine',
    types: ['side_effects', 'interactions'],
  },
  // why: health problems to watch for = complications; regular school = lifestyle; support groups = find_specialist; chances for next baby = inheritance
  {
    subject: 'new baby with Down syndrome',
    message:
      'We just had a baby girl with Down syndrome. We live in a small town in western Nebraska and money is tight. What health problems should we be watching for? Will she be able to go to regular school? Where can we find a support group near us? And what are the chances our next baby has it too?',
    focus: 'Down syndrome',
    types: ['complications', 'lifestyle', 'find_specialist', 'inheritance'],
  },
  // why: is it contagious is susceptibility
  {
    message: 'is leprosy contagious? a man in our village has it and nobody will go near him',
    focus: 'leprosy',
    types: ['susceptibility'],
  },
  // why: should I get tested = diagnosis; early signs = symptoms
  {
    message:
      "My mom and my aunt both had polycystic kidney disease and ended up on dialysis. I can't afford a doctor right now. Should I get tested for it? What are the early signs?",
    focus: 'polycystic kidney disease',
    types: ['diagnosis', 'symptoms'],
  },
  // why: foods and ibuprofen with it = interactions; missed dose = drug_usage; bruising from it = side_effects
  {
    subject: 'warfarin',
    message:
      'I take warfarin and the clinic only checks my INR every 2 months now because of cost. what foods mess with warfarin? can i take ibuprofen for my back? what do i do if i miss a dose? and is all this bruising from the warfarin',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: runs in families = inheritance; what else can be done besides the costly medicine = treatment
  {
    message:
      'Does narcolepsy run in families? And what else can be done for it besides the medicine that costs $10,000 a month?',
    focus: 'narcolepsy',
    types: ['inheritance', 'treatment'],
  },
  // why: what brings on the attacks is cause
  {
    subject: 'swelling attacks',
    message:
      "I have hereditary angioedema like my mother did. I live 90 miles from the nearest hospital and I don't have insurance, so every attack is scary and expensive. Last time my throat started to swell and my husband drove me in the middle of the night. I can't keep doing this. What brings on the attacks",
    focus: 'hereditary angioedema',
    types: ['cause'],
  },
  // why: diagnosed without genetic testing = diagnosis; degenerative = prognosis; safe exercise = lifestyle
  {
    message:
      'cant afford the genetics appointment (6 month wait and $$$). how is Ehlers-Danlos syndrome diagnosed without genetic testing? is it degenerative? what kind of exercise is safe for me',
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'prognosis', 'lifestyle'],
  },
];
