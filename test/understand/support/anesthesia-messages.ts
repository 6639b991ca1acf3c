/**
 * "anesthesia" set. Messages about anesthesia and procedures: surgery, dental work or scans under sedation,
 * anesthetic drugs to avoid, with other questions about the condition and its medicines. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.739). Scored by anesthesia.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --anesthesia --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ANESTHESIA_MESSAGES: ConsumerMessage[] = [
  // why: whether it runs in the family is inheritance; whether the kids and she should be tested is diagnosis; insurance cover is other
  {
    message:
      "My brother had a reaction called malignant hyperthermia during a knee operation last spring and they had to stop the surgery. He's fine now, thank God. Does this run in families? Should my kids and I get tested before any of us has surgery, and is that test usually covered by insurance?",
    focus: 'malignant hyperthermia',
    types: ['inheritance', 'diagnosis', 'other'],
  },
  // why: asks what sets off an episode (triggers), which is cause
  {
    subject: 'MH susceptible - dentist?',
    message:
      "hi, after a muscle biopsy last year I was told I'm MH susceptible. I have a wisdom tooth coming out next month, just numbing at the dentist's office, no going under. what actually sets off an episode? is it only the gas and that one muscle relaxant or can other stuff like heat or hard exercise do it too?",
    focus: 'malignant hyperthermia',
    types: ['cause'],
  },
  // why: asks only what the condition is, which is information
  {
    message:
      'Dad took hours to start breathing on his own after a 20 minute procedure and the anesthetist said pseudocholinesterase deficiency. What is that??',
    focus: 'pseudocholinesterase deficiency',
    types: ['information'],
  },
  // why: which medicines can bring on an attack is cause (what brings on its attacks); what she can do so no attack comes is prevention
  {
    message:
      'Hello, I write from Poland for my sister. She has acute intermittent porphyria since she was 24, she had 3 big attacks with very strong pain in the stomach and one time she was in intensive care. Now she must have operation on the gallbladder because of stones, the surgeon say in May. The doctors here tell us some anesthesia drugs can make an attack but they are not sure which ones, she is the first patient with this they see. Please can you tell which medicines make the attacks come? Also is there something she can do before the operation so the attack not come? She is very afraid. Thank you very much',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: extra risk under anesthesia because of MG is complications; whether to take pyridostigmine the morning of surgery is drug_usage; whether thymectomy helps is treatment
  {
    message:
      "I'm 41 and was diagnosed with myasthenia gravis about two years ago after my eyelids started drooping and I kept choking on food. I'm on pyridostigmine 60 mg four times a day and it works reasonably well. My neurologist now wants me to have my thymus removed, and I have the surgery date in six weeks. I met with the surgeon but honestly the anesthesia part scares me more than the operation. A friend of mine said people with MG can end up on a breathing machine after being put to sleep. Is the anesthesia really riskier for someone with MG? Should I still take my pyridostigmine the morning of the operation or skip it? And does taking the thymus out actually help much, or is it a long shot?",
    focus: 'myasthenia gravis',
    types: ['complications', 'drug_usage', 'treatment'],
  },
  // why: whether boys with DMD have bad reactions to anesthesia and what kind is complications
  {
    message:
      'Our 7yo has Duchenne and they want to sedate him for a heart MRI. I read that DMD boys can react really badly to some anesthesia - is that true, and what kind of reaction?',
    focus: 'Duchenne muscular dystrophy',
    types: ['complications'],
  },
  // why: risks of anesthesia for a woman with the condition is complications; the chance the baby has it is inheritance; whether it gets worse after the pregnancy is prognosis
  {
    message:
      "My wife was diagnosed with myotonic dystrophy type 1 last year, at 29, after her hands kept locking up when she gripped things and she was always exhausted. She is now 33 weeks pregnant with our first and her OB is talking about a c-section because the baby is breech. The OB was quite honest that she doesn't know much about it and sent us to meet the anesthesia team next week. I want to go in prepared. What can go wrong with anesthesia for someone with myotonic dystrophy? What are the odds our baby has it too (she got it from her father)? Also, is it likely to get worse for her after the pregnancy? She has been much weaker these last months. Thank you for any help.",
    focus: 'myotonic dystrophy',
    types: ['complications', 'inheritance', 'prognosis'],
  },
  // why: asks whether numbing not working is part of EDS, i.e. whether a sign belongs to it: symptoms
  {
    message:
      'does ehlers danlos make local anesthetic not work?? dentist numbed me 4 times for a filling and i still felt everything lol',
    focus: 'Ehlers-Danlos syndrome',
    types: ['symptoms'],
  },
  // why: other options besides surgery is treatment; returning to the gym afterwards is lifestyle
  {
    message:
      "I'm 35 with Marfan syndrome and my aortic root has grown to 4.9 cm, so my cardiologist is recommending surgery this year. Before I agree to be opened up, are there any other options besides surgery? And if I do have it, will I be able to go back to lifting weights at the gym afterwards?",
    focus: 'Marfan syndrome',
    types: ['treatment', 'lifestyle'],
  },
  // why: whether going to sleep is more dangerous because of his airway is a problem the condition leads to: complications
  {
    message:
      'Our son was born with Pierre Robin sequence - tiny jaw, cleft palate, he had to sleep on his tummy for months. He is 10 months old now and having his palate repaired in June. Is being put to sleep more dangerous for him because of his airway?',
    focus: 'Pierre Robin sequence',
    types: ['complications'],
  },
  // why: asks for hospitals and doctors experienced with the condition, which is find_specialist
  {
    subject: 'Treacher Collins',
    message:
      'Are there hospitals or anesthesia doctors who are used to putting kids with this to sleep? Our local hospital had a hard time with the breathing tube last time. We are in Ohio.',
    focus: 'Treacher Collins syndrome',
    types: ['find_specialist'],
  },
  // why: how long he can live now after transplant is prognosis; new treatments being studied is research
  {
    message:
      "I am writing about my grandson Mateo who is 2 and has Hurler syndrome. He has been getting the enzyme infusions every week since he was diagnosed at 9 months, and now he is going to have a bone marrow transplant at the children's hospital. Every procedure is a big worry, because his airway is difficult and the last time they put in his port it took them a long time to get the tube in and he was in intensive care for two days after. My daughter is exhausted and I try to help with the research because she doesn't have the time. What I would like to know is, after the transplant how long can children like him expect to live now? When I was young we never heard of children with this living long. And is there anything new being studied that could help with his bones and his heart, since I read the transplant doesn't fix everything?",
    focus: 'Hurler syndrome',
    types: ['prognosis', 'research'],
  },
  // why: whether sleep apnea is common with achondroplasia asks about a higher risk of another condition: complications
  {
    message:
      'my son has achondroplasia and is getting his adenoids out next week. is sleep apnea common with it?',
    focus: 'achondroplasia',
    types: ['complications'],
  },
  // why: whether she could break bones under anesthesia is a problem the condition leads to (complications); how she has it when nobody in either family does is inheritance
  {
    message:
      "Our daughter Lily (6) has osteogenesis imperfecta type 3 and is having rods put in both femurs in September. She has had over 40 fractures so far. Could she break bones just from being moved and positioned while she's under? Also, something we've always wondered, how can she have OI when nobody in either of our families has it?",
    focus: 'osteogenesis imperfecta',
    types: ['complications', 'inheritance'],
  },
  // why: whether the blood test is accurate enough to skip amniocentesis is about tests for the condition: diagnosis
  {
    message:
      'I am 38 and 14 weeks pregnant. My doctor offered an amniocentesis to check for Down syndrome and I was told there is no sedation, just a needle through the belly, and I am really scared of needles. Is the newer blood test accurate enough that I could skip the amnio?',
    focus: 'Down syndrome',
    types: ['diagnosis'],
  },
  // why: how to stop a crisis after the operation is prevention; whether to keep taking hydroxyurea before surgery is drug_usage
  {
    subject: 'Surgery with sickle cell',
    message:
      "I'm 27 and have sickle cell disease (HbSS). I need my gallbladder out because of gallstones, the surgeon said probably keyhole. The last time I had surgery, when I was 19 for my appendix, I woke up fine but two days later I went into the worst crisis of my life with chest pain and ended up in ICU for a week with acute chest syndrome. I'm honestly terrified of it happening again and my hematologist is on leave until after the date. Is there anything that can be done so I don't go into a crisis after the operation? Someone mentioned a blood transfusion beforehand. Also I take hydroxyurea every day, do I keep taking it up to the surgery or stop it?",
    focus: 'sickle cell disease',
    types: ['prevention', 'drug_usage'],
  },
  // why: how dentists manage the bleeding is managing the condition: treatment
  {
    message:
      'My husband has hemophilia A and needs two back teeth pulled. How do dentists handle the bleeding for someone like him?',
    focus: 'hemophilia A',
    types: ['treatment'],
  },
  // why: how they test for it and whether her own heavy periods could be it are both diagnosis
  {
    message:
      "My daughter (8) had her tonsils out and bled so much afterwards that she had to go back to the operating room. The ENT thinks she may have von Willebrand disease and referred us to hematology. How do they test for it? And I've had really heavy periods my whole life and bruise easily - could I have it too?",
    focus: 'von Willebrand disease',
    types: ['diagnosis'],
  },
  // why: whether ondansetron is safe for someone with long QT asks who should not take it: contraindications, focus the medicine
  {
    message:
      "I have long QT syndrome type 2 and I'm booked for a colonoscopy with sedation next week. Last time they gave me ondansetron for nausea and only afterwards I read that it can affect the QT interval. Is ondansetron okay for someone like me or should I ask them to use something else?",
    focus: 'ondansetron',
    types: ['contraindications'],
  },
  // why: whether Brugada is the same as long QT is the difference between two conditions: information
  {
    message:
      'Is Brugada syndrome the same thing as long QT? My cardiologist mentioned both at my pre-op visit and I got confused.',
    focus: 'Brugada syndrome',
    types: ['information'],
  },
  // why: what signs to look for is symptoms; whether being overweight makes it more likely is susceptibility
  {
    message:
      "ok so my husband is having hernia surgery next month and at the pre-op appointment the anesthesiologist asked if he has sleep apnea. He said no but honestly I don't think he would know?? He snores like a freight train, sometimes it sounds like he stops breathing for a bit and then gasps, and he falls asleep on the couch every single evening by 8. He's also put on a good 40 lbs since covid. The nurse said it matters for the anesthesia and they might want him to do a sleep study first. So what are the signs of obstructive sleep apnea I should actually be watching for? And does being overweight make it more likely? Just trying to figure out if I'm overreacting before I push him to call them back lol",
    focus: 'obstructive sleep apnea',
    types: ['symptoms', 'susceptibility'],
  },
  // why: asks about trials of new treatments: research
  {
    message:
      'i have SMA type 3 and i hate going under sedation for the spinal injections. are there any trials testing pills instead?',
    focus: 'spinal muscular atrophy',
    types: ['research'],
  },
  // why: whether a high pain tolerance is typical of PWS asks whether a sign belongs to it: symptoms
  {
    message:
      'Our daughter is 13 and has Prader-Willi syndrome. She is having spinal fusion for her scoliosis in the summer. Her surgeon told us that kids with PWS often have a high pain tolerance and might not show pain after the operation, so the nurses need to watch for other signs. Is that typical of Prader-Willi?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms'],
  },
  // why: what to take beforehand so the dental work does not trigger a swelling attack is prevention
  {
    message:
      "I have hereditary angioedema type 1 and need a root canal in two weeks. The last time I had a tooth pulled my tongue and throat swelled up the next day and I spent a night in hospital. What can I take before the dental work so this doesn't happen again?",
    focus: 'hereditary angioedema',
    types: ['prevention'],
  },
  // why: where to find a team experienced with EB is find_specialist; which gene is involved is genetic_changes
  {
    subject: 'EB baby needs surgery',
    message:
      "Hi. Our son Noah is 5 months old and has epidermolysis bullosa, the dystrophic kind. His skin blisters and tears if you just rub it, and inside his mouth too, so feeding has been really hard and he isn't gaining weight. His doctors want to put a feeding tube in his stomach, which means general anesthesia. When he had a small procedure at 6 weeks the tape from the IV and the face mask took the skin right off and it took weeks to heal, and nobody there seemed to know what to do. We are willing to travel. Where can we find a hospital or team that knows how to take care of babies with EB during surgery? One more thing, the genetic report says something about COL7A1 and a recessive mutation, is that the gene that causes his type? We don't really understand the report.",
    focus: 'epidermolysis bullosa',
    types: ['find_specialist', 'genetic_changes'],
  },
  // why: whether being put under can set off a reaction asks what brings on its attacks: cause
  {
    subject: 'Systemic mastocytosis',
    message: 'Can being put under general anesthesia set off a reaction? Having a hysterectomy in March.',
    focus: 'mastocytosis',
    types: ['cause'],
  },
  // why: whether bleeding problems are part of Noonan is whether a sign belongs to it (symptoms); which gene it usually is is genetic_changes
  {
    message:
      "Our son Eli is 4 and has Noonan syndrome. He was diagnosed as a baby because of a heart murmur, it turned out to be pulmonary stenosis, which was fixed with a balloon when he was 1. Now he keeps getting ear infections and the ENT wants to put in tubes, which is a short anesthetic. At the pre-op visit the nurse asked us a lot of questions about bruising and nosebleeds, and the truth is he does bruise very easily and once had a nosebleed that went on for almost an hour. Nobody had ever told us to look out for that. Is bleeding easily part of Noonan? The first doctor who diagnosed him didn't mention it. Also we never got a genetic test, they diagnosed him by his looks and heart, so which gene is it usually? We are thinking of having another baby.",
    focus: 'Noonan syndrome',
    types: ['symptoms', 'genetic_changes'],
  },
  // why: asks what the condition is: information
  {
    message:
      'What is central core disease? Our genetic report came back with an RYR1 variant and the anesthetist made a big deal of it.',
    focus: 'central core disease',
    types: ['information'],
  },
  // why: asks what dantrolene does: indication
  {
    message: 'what does dantrolene actually do? my anaesthetist said they keep it ready because of my MH',
    focus: 'dantrolene',
    types: ['indication'],
  },
  // why: breastfeeding after midazolam is a breastfeeding precaution: contraindications
  {
    message:
      "I'm having an endoscopy on Thursday and they use midazolam for the sedation. My baby is 4 months old and exclusively breastfed, she refuses bottles. Can I breastfeed after I get home, or do I need to pump and dump for a while? How long?",
    focus: 'midazolam',
    types: ['contraindications'],
  },
  // why: whether the dentist's lidocaine contains epinephrine asks what the medicine contains: ingredients
  {
    message:
      'Good afternoon. I am due for a dental crown next week. I have atrial fibrillation and adrenaline makes my heart race. Does the lidocaine that dentists use have epinephrine in it?',
    focus: 'lidocaine',
    types: ['ingredients'],
  },
  // why: whether turmeric together with apixaban thins the blood more is a medicine with another product: interactions
  {
    message:
      "Mum is 82 and takes apixaban. She's having cataract surgery next week and the clinic said to keep taking it. She also takes turmeric capsules for her joints every morning, she swears by them. Does turmeric thin the blood together with the apixaban? I'm worried about bleeding in the eye.",
    focus: 'apixaban',
    types: ['interactions'],
  },
  // why: whether codeine is okay for a child after tonsil surgery asks who should not take it: contraindications
  {
    message:
      'is codeine ok for my 8 year old after his tonsils come out? my mom says she got it when she had hers',
    focus: 'codeine',
    types: ['contraindications'],
  },
  // why: whether the wobbliness, crankiness and vomiting come from the chloral hydrate and how long it lasts are about its side effects
  {
    message:
      "My son is 2 and they gave him chloral hydrate to get him to sleep for an echo of his heart yesterday. It worked, but afterwards he was super wobbly, walking like he was drunk, cranky all evening and he threw up twice. Is that from the chloral hydrate? How long does it last? He's still a bit off this morning.",
    focus: 'chloral hydrate',
    types: ['side_effects'],
  },
  // why: whether the fentanyl patch interferes with the anesthesia drugs is a medicine with other medicines: interactions
  {
    message:
      'wearing a fentanyl patch for my back, surgery next week - does it mess with the anesthesia drugs',
    focus: 'fentanyl',
    types: ['interactions'],
  },
  // why: asks what naloxone is used for: indication
  {
    message:
      "What is naloxone used for? The nurse mentioned it after my mother's surgery and I didn't want to look stupid asking.",
    focus: 'naloxone',
    types: ['indication'],
  },
  // why: whether it is safe with a past blood clot is a precaution (contraindications); how it works is indication
  {
    message:
      'My surgeon wants to give me tranexamic acid during my hip replacement to reduce bleeding. I had a blood clot in my calf three years ago after a long flight and was on blood thinners for 6 months. Is it safe for someone with a clot history? And how does it actually work?',
    focus: 'tranexamic acid',
    types: ['contraindications', 'indication'],
  },
  // why: how long it can be taken is drug_usage; wine with it is interactions; getting rid of leftover pills is storage_disposal
  {
    subject: 'Questions about oxycodone after knee surgery',
    message:
      "Hi there. I had my ACL reconstructed last Tuesday, general anaesthetic plus a nerve block, and it all went well. I was sent home with oxycodone 5 mg, one or two every 4 to 6 hours for pain. The first few days I really needed them but now I'm taking maybe two a day, mostly at night. A couple of questions I forgot to ask at discharge. How long is it okay to keep taking them, is there a point where I should just stop? My sister's wedding is on Saturday, would one glass of wine be a problem if I've taken one that morning? And I'll probably have about 20 left over, I don't want them sitting around the house with teenagers. What's the right way to get rid of them? Thanks!",
    focus: 'oxycodone',
    types: ['drug_usage', 'interactions', 'storage_disposal'],
  },
  // why: whether the general anesthetic at birth caused it is a named exposure asked as its cause (association); whether he will walk is prognosis; support groups are find_specialist
  {
    message:
      "My son is 3 and was diagnosed with cerebral palsy last year, spastic diplegia they call it. He was born by emergency c-section at 34 weeks, it all happened so fast that they put me completely under with general anesthesia, I didn't even get to see him for hours. He was in the NICU for three weeks with breathing problems. He's a very happy boy, he crawls everywhere and talks a lot, but he can't walk yet and his legs are very stiff. I keep going back over that day in my head. Could the general anesthesia I had during the c-section have caused his CP? Do you think he will be able to walk one day, with his therapy? And are there support groups for parents? I don't know anybody else going through this and my husband doesn't like to talk about it.",
    focus: 'cerebral palsy',
    types: ['association', 'prognosis', 'find_specialist'],
  },
  // why: how many days before the colonoscopy to stop warfarin is stopping a medicine: drug_usage
  {
    message: 'Do I have to stop my warfarin before a colonoscopy, and how many days before?',
    focus: 'warfarin',
    types: ['drug_usage'],
  },
];
