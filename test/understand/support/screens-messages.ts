/**
 * "screens" set. Messages about screens, light and sound: video games and flashing lights with epilepsy, screen
 * time with eye or migraine conditions, noise and hearing, and the condition itself. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.855). Scored by screens.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --screens --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SCREENS_MESSAGES: ConsumerMessage[] = [
  // why: "is it ok if he plays ... or give up gaming" asks only about daily life, gaming
  {
    subject: 'fortnite??',
    message:
      'my 12 yr old was just diagnosed with photosensitive epilepsy after he had a seizure playing fortnite at his friends house. hes begging to play again. is it ok if he plays with the brightness turned down and sitting far back from the tv or does he have to give up gaming completly',
    focus: 'photosensitive epilepsy',
    types: ['lifestyle'],
  },
  // why: "could the earbuds have caused this" asks whether a named exposure caused it
  {
    message:
      'My son is 15 and wears his earbuds basically all day, plus a gaming headset at night. The audiologist at his school screening said he has early noise-induced hearing loss in both ears. Could the earbuds really have caused this at his age?',
    focus: 'noise-induced hearing loss',
    types: ['association'],
  },
  // why: "did I cause this by letting him watch the tablet" asks about screen time as a cause: association
  {
    subject: 'Screen time and autism',
    message:
      'I keep reading online that toddlers who get too much screen time end up with autism. My 2 year old watched a lot of YouTube while I was working from home, and now the pediatrician wants him evaluated for autism. Did I cause this by letting him watch the tablet so much?',
    focus: 'autism',
    types: ['association'],
  },
  // why: "is it safe during pregnancy" is a precaution question
  {
    message:
      'Is Lamictal safe to take while pregnant? Ive been seizure free 3 yrs on it (strobe lights were my trigger) and we want to start trying.',
    focus: 'Lamictal',
    types: ['contraindications'],
  },
  // why: "does playing video games make the tics worse" asks what brings them on: cause
  {
    message:
      'does playing video games make tourette syndrome tics worse? my sons tics go crazy after an hour of minecraft, blinking and throat clearing nonstop',
    focus: 'tourette syndrome',
    types: ['cause'],
  },
  // why: "is there any treatment that helps with the pain and lets her be out in light" is one treatment question
  {
    subject: 'light sensitivity - EPP',
    message:
      'Hello, my daughter (9) has EPP. Even the sun through the classroom windows makes her hands and face burn and she cries in pain after recess. Sunscreen does nothing. Is there any treatment that actually helps with the pain and lets her be out in the light like other kids?',
    focus: 'EPP',
    types: ['treatment'],
  },
  // why: "how many can i take in one day" is dose: drug_usage
  {
    message:
      'how many imitrex can i take in one day? i get migraines from staring at spreadsheets all day and the first pill didnt do anything',
    focus: 'imitrex',
    types: ['drug_usage'],
  },
  // why: "does it interfere with birth control pills" is a medicine-with-medicine question
  {
    message:
      'My neurologist started me on Topamax for chronic migraines (mine are set off by fluorescent lights and my monitor). Does it interfere with birth control pills?',
    focus: 'Topamax',
    types: ['interactions'],
  },
  // why: "take it now or wait and double up" after a missed dose is drug_usage
  {
    subject: 'missed dose',
    message:
      'My daughter takes ethosuximide for absence seizures. She forgot her morning dose because she was rushing to log into her online class. Should she take it now at lunch, or wait until tonight and take two?',
    focus: 'ethosuximide',
    types: ['drug_usage'],
  },
  // why: "is otosclerosis passed down in families" asks only inheritance; the TV volume is story
  {
    message:
      "My mom and her sister both had otosclerosis and needed ear surgery. I'm 28 and lately I turn the TV way up and my husband complains. Is otosclerosis passed down in families?",
    focus: 'otosclerosis',
    types: ['inheritance'],
  },
  // why: "should his sisters be tested too" asks whether relatives should be tested: diagnosis
  {
    message:
      'Our oldest was diagnosed with Pendred syndrome after failing his newborn hearing screen. He has a cochlear implant now and loves his tablet games with captions on. Should his two younger sisters be tested too, even though they passed their hearing screens?',
    focus: 'Pendred syndrome',
    types: ['diagnosis'],
  },
  // why: "will she ever be able to talk" asks the outlook
  {
    message:
      "Angelman syndrome, she's 4. Obsessed with the iPad, watches the same songs over and over, and has just started pointing at pictures on a talking app. Will she ever be able to talk??",
    focus: 'Angelman syndrome',
    types: ['prognosis'],
  },
  // why: "tips for getting her to use an eye-gaze device at school" is daily life and school
  {
    subject: 'eye gaze computer',
    message:
      'What are some tips for getting a girl with Rett syndrome to use an eye-gaze communication device at school? Ours gets tired and frustrated after ten minutes.',
    focus: 'Rett syndrome',
    types: ['lifestyle'],
  },
  // why: "is it the same thing as a migraine" asks what it is compared with another condition
  {
    message:
      'is a cluster headache the same thing as a migraine? both make me want to hide from every light and screen in the house',
    focus: 'cluster headache',
    types: ['information'],
  },
  // why: "what test would show if it is that" asks how it is confirmed
  {
    message:
      "I've had ringing in only my left ear for 4 months, and it's worse when I wear earbuds for work calls. A friend said ringing on one side can be an acoustic neuroma. What test would show if it's that?",
    focus: 'acoustic neuroma',
    types: ['diagnosis'],
  },
  // why: "can flashing on the screen set off her seizures" is cause; "could a sibling get Dravet" is inheritance
  {
    subject: 'Dravet and the TV',
    message:
      "Our 3 year old has Dravet syndrome. We've noticed more seizures when she watches cartoons with lots of flashing colors, and also when she gets hot in the bath. Can patterns and flashing on a screen actually set off her seizures? Also we'd like another child - could a brother or sister get Dravet too?",
    focus: 'Dravet syndrome',
    types: ['cause', 'inheritance'],
  },
  // why: "is the laptop screen triggering them" is cause; "what can i do for them" is treatment
  {
    message:
      'hi im a college student and since classes went online i get migraines almost every day. is it the laptop screen triggering them?? and what can i actually do for them besides lying in the dark, ibuprofen barely touches it',
    focus: 'migraines',
    types: ['cause', 'treatment'],
  },
  // why: "is this tinnitus going to go away" is prognosis; "how do I protect my ears so it does not happen again" is prevention
  {
    message:
      "Went to a concert Saturday and stood right by the speakers, and my ears are still ringing 3 days later. Is this tinnitus going to go away by itself? And how do I protect my ears so it doesn't happen again, I play drums in a band",
    focus: 'tinnitus',
    types: ['prognosis', 'prevention'],
  },
  // why: "is this the Keppra doing this" is side_effects; "is he allowed to keep playing Xbox" is lifestyle
  {
    message:
      "My son started Keppra 6 weeks ago after two seizures. Since then he's angry all the time, snapping at everyone and slamming doors, which is not like him at all. Is this the Keppra doing this? Also his neurologist didn't say anything about video games - is he allowed to keep playing Xbox?",
    focus: 'Keppra',
    types: ['side_effects', 'lifestyle'],
  },
  // why: "is it from all the screen time" names an exposure as its cause: association; "what drops work" is treatment
  {
    message:
      "I'm a programmer and spend 10+ hours a day on screens. By afternoon my eyes burn and feel gritty and the optometrist says it's dry eye. Is it from all the screen time? And what drops or treatments actually work?",
    focus: 'dry eye',
    types: ['association', 'treatment'],
  },
  // why: "what sets off the vertigo attacks, could the headset be one" is cause; "is there a diet" is lifestyle
  {
    subject: "Meniere's and noise",
    message:
      "Diagnosed with Meniere's disease last year. I work in a loud call center with a headset on all day. What sets off the vertigo attacks - could loud noise through the headset be one of the triggers? And is there a diet I should follow, someone told me low salt?",
    focus: "Meniere's disease",
    types: ['cause', 'lifestyle'],
  },
  // why: "is this sensitivity to sound part of Williams syndrome" is symptoms; "headphones at school" is lifestyle
  {
    message:
      'Our son has Williams syndrome and he covers his ears and cries at the blender, the hand dryers, even the school bell. Is this sensitivity to sound part of Williams syndrome? Would noise-cancelling headphones at school be ok for him?',
    focus: 'Williams syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  // why: "can too much gaming cause adhd" is an exposure as cause: association; "how do they test kids" is diagnosis
  {
    message:
      'can too much gaming cause adhd?? my 9 yo can sit for 5 hours on roblox but cant focus on homework for 5 minutes. how do they test kids for adhd',
    focus: 'adhd',
    types: ['association', 'diagnosis'],
  },
  // why: "weekends or only school days" is drug_usage; "is that from the Ritalin" is side_effects
  {
    message:
      "Does my daughter need to take her Ritalin on weekends and holidays, or only on school days? She's doing online school this year. Also since starting it she barely eats lunch, is that from the Ritalin?",
    focus: 'Ritalin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "how fast will I lose my sight" is prognosis; "screen settings or software to keep working" is lifestyle
  {
    message:
      "I'm 34 and was just diagnosed with retinitis pigmentosa. I work in IT and look at screens all day. How fast will I lose my sight? Are there screen settings or software I should start using now so I can keep working?",
    focus: 'retinitis pigmentosa',
    types: ['prognosis', 'lifestyle'],
  },
  // why: "can anything be done for the light sensitivity" is treatment; "should the school give him a tablet to read" is lifestyle
  {
    subject: 'bright lights and glare at school',
    message:
      'Our son is 6 and has albinism. He squints and turns away from bright lights, and the smartboard at school gives him terrible glare. Is there anything that can be done for the light sensitivity, like tinted glasses? And should the school give him a tablet he can hold close to read from?',
    focus: 'albinism',
    types: ['treatment', 'lifestyle'],
  },
  // why: "how do doctors check whether she has it" is diagnosis; "what signs to watch for, like seizures" is symptoms
  {
    message:
      'Our baby girl was born with a port wine stain over her forehead and eyelid and the nurse mentioned Sturge-Weber syndrome. How do doctors check whether she has it, does she need an MRI? What are the signs we should watch for at home, like seizures?',
    focus: 'Sturge-Weber syndrome',
    types: ['diagnosis', 'symptoms'],
  },
  // why: "could this be childhood absence epilepsy" is diagnosis; "do kids outgrow it" is prognosis
  {
    subject: 'staring spells on zoom',
    message:
      "During online school my daughter's teacher keeps noticing that she freezes mid-sentence for a few seconds and stares at the camera, then carries on like nothing happened. Could this be childhood absence epilepsy? If it is, do kids outgrow it?",
    focus: 'childhood absence epilepsy',
    types: ['diagnosis', 'prognosis'],
  },
  // why: "does it make kids sleepy" is side_effects; "ok to take with clobazam" is interactions
  {
    message:
      'Our son with Lennox-Gastaut is starting Epidiolex next week. Does it make kids very sleepy? He is also on clobazam, is it ok to take them together?',
    focus: 'Epidiolex',
    types: ['side_effects', 'interactions'],
  },
  // why: "could the eye rubbing have caused it" names an exposure as cause: association; "transplant or other treatments" is treatment
  {
    message:
      'My 17 year old was just diagnosed with keratoconus. He rubs his eyes constantly when he games late at night. Could the eye rubbing have caused it? Will he need a cornea transplant or are there other treatments?',
    focus: 'keratoconus',
    types: ['association', 'treatment'],
  },
  // why: "do screens cause nearsightedness" is association; "keep it from developing in our youngest" is prevention; "will their eyes keep getting worse" is prognosis
  {
    subject: "Kids' eyes and screens",
    message:
      'Both my kids (7 and 10) got glasses this year for myopia. Their optometrist blamed the tablets and online school. Is it true that screens cause nearsightedness? Is there anything we can do to keep it from developing in our youngest? And will their eyes just keep getting worse every year?',
    focus: 'myopia',
    types: ['association', 'prevention', 'prognosis'],
  },
  // why: "what do they do for his eyes" is indication; "can they make his vision blurry" is side_effects; "keep it in the fridge" is storage_disposal
  {
    message:
      'eye dr wants to start my son on low dose atropine drops. what do they actually do for his eyes? can they make his vision blurry or make the light from his screens bother him? and do we keep the bottle in the fridge',
    focus: 'atropine',
    types: ['indication', 'side_effects', 'storage_disposal'],
  },
  // why: "what is this exactly" is information; "will she have it for life" is prognosis; "college and a driver's license" is lifestyle
  {
    subject: 'just diagnosed JME',
    message:
      "My daughter is 17 and had her first big seizure the morning after an all-nighter gaming with her friends. The neurologist says it is juvenile myoclonic epilepsy and that the jerks she's had in the mornings for a year are part of it. What is this exactly? Will she have it for life? She's supposed to start college in the fall and get her driver's license - can she still do that?",
    focus: 'juvenile myoclonic epilepsy',
    types: ['information', 'prognosis', 'lifestyle'],
  },
  // why: "explain Usher syndrome" is information; "which gene" is genetic_changes; "trials for gene therapy" is research; "a doctor who knows both parts" is find_specialist
  {
    message:
      "Can someone explain Usher syndrome to me? Our son was born deaf and has cochlear implants, and now at 8 he can't see well at night and bumps into things in the dark. Which gene causes it? Are there trials of gene therapy for the eyes? And where do we find a doctor who knows about both the hearing and the vision side?",
    focus: 'Usher syndrome',
    types: ['information', 'genetic_changes', 'research', 'find_specialist'],
  },
  // why: "what is it" is information; "how rare" is frequency; "can she use the computer and go out at recess" is lifestyle
  {
    message:
      'what is xeroderma pigmentosum and how rare is it? a new girl in my class has XP and she wears a mask and gloves and the blinds are always closed. can she use the computer and go outside at recess like us or is the light from the lamps bad for her too',
    focus: 'xeroderma pigmentosum',
    types: ['information', 'frequency', 'lifestyle'],
  },
  // why: "what is it exactly" is information; "can our kids inherit it" is inheritance; "can flashing lights bring one on" is cause
  {
    message:
      'My husband and his dad both get what they call stroke migraines, where one side of the body goes weak and numb. The ER did a brain scan the first time thinking it was a stroke. Someone told us it is hemiplegic migraine. What is it exactly, and can our kids inherit it? His attacks usually come after long gaming sessions with flashing lights, can that bring one on?',
    focus: 'hemiplegic migraine',
    types: ['information', 'inheritance', 'cause'],
  },
  // why: "life expectancy" is prognosis; "surgery or the diet" is treatment; "best epilepsy center" is find_specialist
  {
    message:
      'LGS - my nephew is 6. His seizures are every day now, mostly drop seizures, and he wears a helmet at school. What is the life expectancy with Lennox-Gastaut syndrome? Are there treatments besides his medicines, like surgery or the ketogenic diet? Where is the best epilepsy center to take him?',
    focus: 'Lennox-Gastaut syndrome',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  // why: "is my left eye going to go too" is prognosis; "laptop magnification or screen readers at university" is lifestyle; "support groups" is find_specialist
  {
    subject: 'LHON at 22',
    message:
      "I'm 22 and lost the central vision in my right eye over a couple of weeks this spring. Genetic testing showed Leber hereditary optic neuropathy. Is my left eye going to go too? I'm at university - will I manage with a laptop and magnification or should I start learning a screen reader now? Also are there any support groups for young people with LHON?",
    focus: 'Leber hereditary optic neuropathy',
    types: ['prognosis', 'lifestyle', 'find_specialist'],
  },
  // why: "should we cut back his screen time" is lifestyle; "clinical trials for kids" is research; "chances his sister has it" is inheritance
  {
    message:
      'Our 12 year old son has Stargardt disease. His eye doctor told him to wear sunglasses outside, and other parents say to limit screens and blue light. Should we cut back his screen time? Are there any clinical trials for kids? And his little sister, what are the chances she has it too?',
    focus: 'Stargardt disease',
    types: ['lifestyle', 'research', 'inheritance'],
  },
  // why: "does one fever seizure raise his risk of epilepsy" is susceptibility; "can we prevent it" is prevention; "keep him away from flashing cartoons" is lifestyle
  {
    message:
      'My grandson is 5. He had a seizure with a high fever last year and now I see epilepsy warnings on every video game box. Does having that one fever seizure put him at higher risk of getting epilepsy? Is there anything we can do to prevent it? Should I keep him away from cartoons with flashing lights?',
    focus: 'epilepsy',
    types: ['susceptibility', 'prevention', 'lifestyle'],
  },
];
