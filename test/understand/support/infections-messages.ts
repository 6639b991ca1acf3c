/**
 * "infections" set: 40 messages about infections and infectious diseases, common and rare: whether it is
 * contagious and how it spreads, who is at risk, avoiding catching it or passing it on, vaccines, tests,
 * treatment, whether it comes back, what it leads to, pregnancy and babies, travel, work and school.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. First scored before any change for it: focus 0.975, type F1 0.870. Scored by
 * infections.test.ts and by `npx tsx test/understand/support/score-messages.ts --infections --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const INFECTIONS_MESSAGES: ConsumerMessage[] = [
  {
    // "Does that sound like Lyme disease?" = diagnosis; "If it is Lyme and I just leave it, what can happen?" = complications;
    // "can I pass it to my husband?" = susceptibility; "can I still go if I'm on antibiotics?" (camping trip) = lifestyle.
    subject: 'Bullseye rash after tick bite',
    message:
      "Hi, I pulled a tick off the back of my knee on Sunday after a hike in the Berkshires. Today there's a red patch around the spot about the size of my palm, lighter in the middle. No fever yet. Does that sound like Lyme disease? My GP can't see me until next week. If it is Lyme and I just leave it, what can happen? And can I pass it to my husband? We're also supposed to go camping at the end of the month - can I still go if I'm on antibiotics?",
    focus: 'Lyme disease',
    types: ['diagnosis', 'complications', 'susceptibility', 'lifestyle'],
  },
  {
    // "How do I stop my baby from catching it from me?" = prevention; "Do I need to be on medicine for it myself" = treatment.
    subject: 'Hep B in pregnancy',
    message:
      "I'm 14 weeks pregnant with my first and the routine bloods came back positive for hepatitis B. I was born in Vietnam and never knew. How do I stop my baby from catching it from me? Do I need to be on medicine for it myself while I'm pregnant?",
    focus: 'hepatitis B',
    types: ['prevention', 'treatment'],
  },
  {
    // "is there a cure now that isnt like that" = treatment. Misspelled "hepatitus C" (hepatitis C is held).
    message:
      "my brother (52) has hepatitus C, probably from needles back in the 90s. he's been clean 20 yrs. he won't go to the doctor because he remembers people being so sick on the old interferon. is there a cure now that isnt like that",
    focus: 'hepatitus C',
    types: ['treatment'],
  },
  {
    // "Can I catch it from him if he's undetectable?" = susceptibility (whether someone can catch it).
    message:
      "My boyfriend told me last night that he's HIV positive. He says he's on meds and undetectable. We've been having sex without condoms for about two months. Can I catch it from him if he's undetectable? I'm not angry, I just need to understand.",
    focus: 'HIV',
    types: ['susceptibility'],
  },
  {
    // "with food or without?" = drug_usage (how to take the medicine).
    message: 'Truvada with food or without?',
    focus: 'Truvada',
    types: ['drug_usage'],
  },
  {
    // "Do I need to be tested, and is it a blood test or that skin test thing?" = diagnosis;
    // "Can I keep going to work while I wait for the result?" = lifestyle (work).
    subject: 'Coworker with TB',
    message:
      'A man in my team at work has been diagnosed with tuberculosis and the public health nurse rang me because we share an office. I feel fine. Do I need to be tested, and is it a blood test or that skin test thing? Can I keep going to work while I wait for the result?',
    focus: 'tuberculosis',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "Is isoniazid hard on the liver?" = side_effects (whether a problem comes from the medicine).
    message:
      "I'm 3 months into isoniazid for latent TB. My last liver test came back a bit high. Is isoniazid hard on the liver?",
    focus: 'isoniazid',
    types: ['side_effects'],
  },
  {
    // "Does shingles always come with a rash?" = symptoms (whether a sign belongs to it).
    message:
      "Does shingles always come with a rash? I've had burning, stabbing pain around one side of my ribs for 3 days but there's nothing to see yet.",
    focus: 'shingles',
    types: ['symptoms'],
  },
  {
    // "How can I protect her until she's old enough?" = prevention.
    subject: 'Measles outbreak',
    message:
      "There's a measles outbreak in our county, 14 cases so far. My daughter is 9 months old so she hasn't had her MMR yet. How can I protect her until she's old enough?",
    focus: 'measles',
    types: ['prevention'],
  },
  {
    // "Does the MMR vaccine have pork gelatin in it?" = ingredients.
    message:
      "Does the MMR vaccine have pork gelatin in it? We are Muslim and want to know before our son's 1 year appointment.",
    focus: 'MMR vaccine',
    types: ['ingredients'],
  },
  {
    // "Could this be whooping cough?" = diagnosis.
    message:
      "My 5 week old has been having coughing fits where she goes red and then kind of gasps afterwards. No fever. She's too young for her jabs. Could this be whooping cough?",
    focus: 'whooping cough',
    types: ['diagnosis'],
  },
  {
    // "Is it catching?" = susceptibility; "What signs should I be watching for in my son" = symptoms.
    // Misspelled "menengitis" (meningitis is held).
    subject: 'Letter from school',
    message:
      "A boy in my son's class has been taken to hospital with menengitis. The school sent a letter but it didn't say what type. Is it catching? What signs should I be watching for in my son",
    focus: 'menengitis',
    types: ['susceptibility', 'symptoms'],
  },
  {
    // "Are there other long-term problems it can cause that might only show up later" = complications;
    // "Is there a specialist clinic or an organisation for families ... that we could contact?" = find_specialist.
    subject: 'Long-term effects after meningitis',
    message:
      "Dear team, our son Oliver had bacterial meningitis (pneumococcal) when he was 14 months old. He spent 3 weeks in hospital and came home with hearing loss in his left ear, which we were told was a result of the infection. He is now 4 and doing really well, but he's about to start school and I keep wondering whether we've seen the whole picture. Are there other long-term problems it can cause that might only show up later, like with learning or balance? Our follow-up with the hospital ended after a year. Is there a specialist clinic or an organisation for families of children who have had meningitis that we could contact? Thank you for any help.",
    focus: 'bacterial meningitis',
    types: ['complications', 'find_specialist'],
  },
  {
    // "Do I really have to get rid of them or is it enough if my husband does the litter box?" = prevention (avoiding catching it);
    // "can I be tested to find out if I've already had it?" = diagnosis.
    message:
      "I'm 8 weeks pregnant and we have two indoor cats. My mother-in-law says I have to rehome them because of toxoplasmosis. Do I really have to get rid of them or is it enough if my husband does the litter box? Also, can I be tested to find out if I've already had it?",
    focus: 'toxoplasmosis',
    types: ['prevention', 'diagnosis'],
  },
  {
    // "What is CMV?" = information. (The hospital's test is story.)
    message:
      "The hospital wants to check our newborn for CMV because she didn't pass her hearing screen in one ear. What is CMV? I had never heard of it before today.",
    focus: 'CMV',
    types: ['information'],
  },
  {
    // "Will his hearing keep getting worse as he gets older?" = prognosis; "Are there any studies going on that he could be part of?" = research.
    message:
      "Our son has congenital CMV and some hearing loss in both ears. He's 6 months old and has just finished 6 months of antiviral medicine. Will his hearing keep getting worse as he gets older? Are there any studies going on that he could be part of?",
    focus: 'congenital CMV',
    types: ['prognosis', 'research'],
  },
  {
    // "Does the bottle have to be kept in the fridge?" and "what do we do with what's left at the end?" = storage_disposal (one type).
    subject: 'Liquid medicine storage',
    message:
      "We were sent home with valganciclovir liquid for our baby. Does the bottle have to be kept in the fridge? And what do we do with what's left at the end? The pharmacist said not to just pour it down the sink.",
    focus: 'valganciclovir',
    types: ['storage_disposal'],
  },
  {
    // "Can the rest of us catch it from him?" = susceptibility; "Should I be washing his towels and sheets separately?" = prevention.
    message:
      "My husband has come home from hospital after his hip replacement and they've told us the wound has MRSA. We've got a toddler and my mum lives with us too, she's 81. Can the rest of us catch it from him? Should I be washing his towels and sheets separately?",
    focus: 'MRSA',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Do the rest of us need the cream too" = treatment.
    message: "GP says my 7 yo has scabies. Do the rest of us need the cream too even though we're not itchy?",
    focus: 'scabies',
    types: ['treatment'],
  },
  {
    // "Is permethrin cream safe to use on a 6 week old baby?" = contraindications (who should not take it).
    message:
      'Is permethrin cream safe to use on a 6 week old baby? My older kids have scabies and the baby now has a few spots on her feet.',
    focus: 'permethrin',
    types: ['contraindications'],
  },
  {
    // "What actually is ringworm? Is it a worm??" = information (one question asked twice).
    message:
      "Our new kitten has round bald patches and the vet says it's ringworm. What actually is ringworm? Is it a worm?? My kids are freaking out.",
    focus: 'ringworm',
    types: ['information'],
  },
  {
    // "What causes oral thrush in adults?" = cause.
    message:
      "What causes oral thrush in adults? I'm 45, not diabetic, and this is the second time this year my tongue has gone white and sore.",
    focus: 'thrush',
    types: ['cause'],
  },
  {
    // "Does Diflucan stop my birth control pill from working?" = interactions (with another medicine).
    message:
      'Does Diflucan stop my birth control pill from working? I took a single 150 mg tablet yesterday for a yeast infection.',
    focus: 'Diflucan',
    types: ['interactions'],
  },
  {
    // "When can my son go back to nursery" = lifestyle (school).
    message:
      'When can my son go back to nursery after chicken pox? Spots came up on Monday and some are starting to crust.',
    focus: 'chicken pox',
    types: ['lifestyle'],
  },
  {
    // "How long does it take to get back to normal?" = prognosis.
    subject: 'Still exhausted',
    message:
      "I'm 19 and was diagnosed with glandular fever 8 weeks ago. I'm still sleeping 12 hours a day and missing uni lectures. How long does it take to get back to normal?",
    focus: 'glandular fever',
    types: ['prognosis'],
  },
  {
    // "Could the rash be from the amoxicilin?" = side_effects. Misspelled "amoxicilin" (amoxicillin is held).
    message:
      'My daughter (4) is on day 6 of amoxicilin for an ear infection and tonight she has a blotchy red rash all over her tummy. She seems fine otherwise. Could the rash be from the amoxicilin?',
    focus: 'amoxicilin',
    types: ['side_effects'],
  },
  {
    // "Could this be PANDAS?" = diagnosis; "What kind of doctor should we be seeing for this?" = find_specialist.
    message:
      'Our 7 year old was fine until about 6 weeks ago. He had strep throat in March and within a couple of weeks started having tics, washing his hands over and over and refusing to go to school. It came on almost overnight. Could this be PANDAS? Our pediatrician seemed dismissive. What kind of doctor should we be seeing for this?',
    focus: 'PANDAS',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "Am I still immune or can I get it like anyone else?" = susceptibility.
    message:
      "I grew up in Nigeria and had malaria many times as a child. I've lived in the UK for 15 years and I'm going back for a wedding. Am I still immune or can I get it like anyone else?",
    focus: 'malaria',
    types: ['susceptibility'],
  },
  {
    // "I've read it can cause anxiety, bad dreams and even psychosis. Is that true?" = side_effects;
    // "I've been treated for depression in the past, so is it ok for me to take?" = contraindications.
    message:
      "My travel clinic has offered mefloquine for a trip to Kenya because it's once a week. I've read it can cause anxiety, bad dreams and even psychosis. Is that true? I've been treated for depression in the past, so is it ok for me to take?",
    focus: 'mefloquine',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "Can Zika be passed through sex even if he never felt ill?" = susceptibility (whether it can be caught).
    message:
      'Husband just back from 3 weeks in Colombia. We are trying for a baby. Can Zika be passed through sex even if he never felt ill?',
    focus: 'Zika',
    types: ['susceptibility'],
  },
  {
    // "no alcohol at all on Flagyl?" and "Not even one glass of wine" = interactions (one question asked twice).
    message:
      "Seriously no alcohol at all on Flagyl? Not even one glass of wine at my sister's wedding this Saturday? Last pill is Thursday night.",
    focus: 'Flagyl',
    types: ['interactions'],
  },
  {
    // "How do we stop them coming back???" = prevention (preventing relapses).
    message: 'Threadworms AGAIN. Third time since Christmas, both kids. How do we stop them coming back???',
    focus: 'Threadworms',
    types: ['prevention'],
  },
  {
    // "What is this disease?" = information; "Can it affect her heart even though she has no symptoms?" = complications;
    // "should we get tested?" = diagnosis.
    subject: "Mum's blood donation result",
    message:
      'My mother is 58 and originally from Bolivia. She went to give blood last month and they wrote to say she tested positive for Chagas disease. She feels completely fine. What is this disease? Can it affect her heart even though she has no symptoms? My two brothers and I were born in Bolivia too - should we get tested?',
    focus: 'Chagas disease',
    types: ['information', 'complications', 'diagnosis'],
  },
  {
    // "Is that because of the doxycycline?" (the sunburn) = side_effects; "can I take it with my morning yogurt" = interactions (food).
    message:
      "I'm on doxycycline for 3 weeks (Lyme) and got badly burnt after 20 minutes in the garden. Is that because of the doxycycline? Also can I take it with my morning yogurt, it makes me sick on an empty stomach.",
    focus: 'doxycycline',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Is leprosy even still a thing in this country?" = frequency; "Can you get it from shaking hands or sharing the communion cup?" = susceptibility.
    message:
      'Is leprosy even still a thing in this country? A man at our church has just been diagnosed with it. Can you get it from shaking hands or sharing the communion cup?',
    focus: 'leprosy',
    types: ['frequency', 'susceptibility'],
  },
  {
    // "Do we need the rabies shots?" = prevention (vaccine to avoid getting it); "how much do they cost?" = other (costs).
    message:
      "A bat got into our bedroom last night while we were asleep. We didn't find any bites but I've read you can't always tell. Do we need the rabies shots? We don't have health insurance right now - how much do they cost?",
    focus: 'rabies',
    types: ['prevention', 'other'],
  },
  {
    // "Can chlamydia make you infertile?" = complications (effect on fertility).
    message:
      'Can chlamydia make you infertile? I had it twice in my early twenties, treated both times, and we have now been trying to get pregnant for 14 months with no luck.',
    focus: 'chlamydia',
    types: ['complications'],
  },
  {
    // "Is there a link between HPV and throat cancer?" = association.
    message:
      "Is there a link between HPV and throat cancer? My partner's dentist mentioned it and now I'm worried.",
    focus: 'HPV',
    types: ['association'],
  },
  {
    // "What is nitrofurantoin for?" = indication.
    message:
      'What is nitrofurantoin for? I was given a week of it when my catheter came out after surgery but nobody said I had an infection.',
    focus: 'nitrofurantoin',
    types: ['indication'],
  },
  {
    // "How is it treated?" = treatment.
    message:
      'My husband was finally diagnosed with Whipple disease after three years of joint pain, diarrhoea and weight loss. How is it treated?',
    focus: 'Whipple disease',
    types: ['treatment'],
  },
];
