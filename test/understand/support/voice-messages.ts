/**
 * "voice" set: 40 voicemails, phone calls and dictated messages as speech-to-text writes them: little or no
 * punctuation, sentence breaks in the wrong places, filler words, self-corrections, numbers as words,
 * homophones, names spelled by sound, call-back details. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 0.875, type F1 0.783. Scored by voice.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --voice --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const VOICE_MESSAGES: ConsumerMessage[] = [
  {
    // "is he going to walk again like will he get back to how he was before" = prognosis (one question asked twice).
    // Focus: "gillian barry syndrome" is speech-to-text for Guillain-Barre syndrome (in the knowledge base).
    message:
      "hi um this is Dorothy calling um about my grandson Tyler he's uh he's nineteen and he was diagnosed with gillian barry syndrome on uh Tuesday he's in the ICU they've got him on the breathing machine and his legs won't move at all and um I guess what I want to know is is he going to walk again like will he get back to how he was before you know their telling us it could take months and nobody will give us a straight answer so yeah um you can call me back on five five five oh one four two thank you bye",
    focus: 'gillian barry syndrome',
    types: ['prognosis'],
  },
  {
    // "is it something she got from me or from her dad" and "what are the chances her little brother has it" = inheritance
    // (both ask how it runs in the family: one type). Focus: "ellers danlos syndrome" = Ehlers Danlos syndrome.
    message:
      "so my daughter just got diagnosed with ellers danlos syndrome the hyper mobile one and um I've always been super bendy too like I can put my thumb to my wrist so is it something she got from me or from her dad and uh what are the chances her little brother has it to he's only three",
    focus: 'ellers danlos syndrome',
    types: ['inheritance'],
  },
  {
    // "is that from the metformin" = side_effects; "could I take it with my dinner instead of first thing in the morning" = drug_usage.
    message:
      "yeah hi I started on the metformin like two weeks ago for my sugar and I've had the runs pretty much every day since um is that from the metformin and uh could I take it with my dinner instead of first thing in the morning would that be better period",
    focus: 'metformin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "what does it actually do like how does it work in his body" = indication; "will it make him sick" = side_effects.
    // Both questions are about the medicine, so the focus is "hydroxy urea" (= hydroxyurea), not the sickle cell anemia of the story.
    message:
      "hello my name is Grace Okafor I'm calling about my son he is seven he has sickle sell anemia and the hematologist wants to start him on hydroxy urea um I wanted to ask what does it actually do like how does it work in his body and um will it make him sick because he's a small boy I worry you can reach me at five five five oh one eight eight thank you",
    focus: 'hydroxy urea',
    types: ['indication', 'side_effects'],
  },
  {
    // "what is fabrys disease" = information; "does the insurance cover the genetic test" = other (insurance).
    // Focus: "fabrys disease" = Fabry's disease.
    message:
      "what is fabrys disease my husband's doctor said it and we never heard of it um and does the insurance cover the genetic test for it because they said its expensive",
    focus: 'fabrys disease',
    types: ['information', 'other'],
  },
  {
    // "is there a test that tells you if you'll get it" = diagnosis; "where do you go for that like the genetic counseling thing"
    // = find_specialist; "if I've got it what are the chances they get it" = inheritance.
    message:
      "hi there um my name's Kevin I'm thirty four and my dad has huntingtons disease he's in a home now and uh I've never been tested I don't know weather I should even you know find out so is there a test that tells you if you'll get it and where do you go for that like the genetic counseling thing and um my wife and I have two kids so if I've got it what are the chances they get it to sorry this is a lot um call me back at five five five oh one seven seven",
    focus: 'huntingtons disease',
    types: ['diagnosis', 'find_specialist', 'inheritance'],
  },
  {
    // "what brings the attacks on is it something I'm eating" = cause (what brings on its attacks, no exposure named);
    // "how do I stop them coming back" = prevention.
    message:
      "got gout in my big toe again third time this year so yeah what brings the attacks on is it something I'm eating and how do I stop them coming back",
    focus: 'gout',
    types: ['cause', 'prevention'],
  },
  {
    // "can it cause heart problems later on like when he's older" = complications. Focus: "kawa saki disease" = Kawasaki disease.
    message:
      "um hi my son had kawa saki disease when he was two he's ten now and healthy but um can it cause heart problems later on like when he's older is that something we should be watching for",
    focus: 'kawa saki disease',
    types: ['complications'],
  },
  {
    // "what are the chances the baby has it" = inheritance; "can they test the baby before it's born" = diagnosis.
    message:
      "hi um me and my husband just found out were both carriers for cystic fibrosis from the screening blood test and I'm like ten weeks pregnant um so what are the chances the baby has it and can they test the baby before it's born or do we have to wait thanks",
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "I'm not allowed to eat spinach or any of the green vegetables anymore is that right" and "can I still have my glass of
    // red wine" = interactions (the medicine with food and with alcohol: one type).
    message:
      "hello this is Frank Delaney I'm eighty one I'm on the warfarin for my heart rhythm and my daughter says I'm not allowed to eat spinach or any of the green vegetables anymore is that right and uh can I still have my glass of red wine with supper I've had one every night for fifty years",
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "what are the signs" = symptoms. Focus: "loopus" = lupus.
    message: 'my sister might have loopus what are the signs',
    focus: 'loopus',
    types: ['symptoms'],
  },
  {
    // "should I take two at the next time or just skip it" = drug_usage (a missed dose). The question is about the medicine,
    // so the focus is "pyridostigmine", not the myasthenia gravis of the story.
    message:
      "hi I have my aesthenia gravis and I take the pyridostigmine four times a day um sometimes I forget the afternoon one when I'm at work so should I take two at the next time or just skip it",
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  {
    // "can he still do that" (the school cooking class) and "does he have to stay away from oats too" = lifestyle
    // (school and diet: one type). Focus: "seliac disease" = celiac disease.
    message:
      "hi um my son's school is asking for a letter about his seliac disease um he's eleven and there's a cooking class where they use regular flour can he still do that if he doesn't eat it and does he have to stay away from oats too or is that a myth",
    focus: 'seliac disease',
    types: ['lifestyle'],
  },
  {
    // "is there treatment for it we read about growth hormone" = treatment; "will she have a normal life span" = prognosis;
    // "is there a special diet we should know about" = lifestyle; "are there other families we could talk to comma a support
    // group" = find_specialist. Focus: "prader willy syndrome" = Prader Willi syndrome.
    subject: 'Our granddaughter',
    message:
      "hello we are the grandparents of a baby girl born three weeks ago uh three and a half weeks ago with prader willy syndrome she's very floppy and can't suck properly so she's on a tube um our questions are is there treatment for it we read about growth hormone and uh what is her life going to be like will she have a normal life span and we also read that when they get older there always hungry is there a special diet we should know about and are there other families we could talk to comma a support group or something thank you so much from Pat and Jim",
    focus: 'prader willy syndrome',
    types: ['treatment', 'prognosis', 'lifestyle', 'find_specialist'],
  },
  {
    // "can I take ibuprofen I'm twenty eight weeks pregnant" = contraindications (pregnancy).
    message: "can I take ibuprofen I'm twenty eight weeks pregnant",
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  {
    // "should we get him checked for it" = diagnosis; "is it safe for him to keep playing" (sport) = lifestyle.
    // Focus: "marfans syndrome" = Marfan's syndrome.
    message:
      "hey um my son is fifteen he's six foot four and really skinny with long fingers and his basketball coach said he might have marfans syndrome um should we get him checked for it and is it safe for him to keep playing in the meantime",
    focus: 'marfans syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "are there any clinical trials or studies going on right now he could get into" = research.
    message:
      "yeah hi calling about spinal muscular atrophy my nephew has type one he's uh eight months um are there any clinical trials or studies going on right now he could get into okay thanks bye",
    focus: 'spinal muscular atrophy',
    types: ['research'],
  },
  {
    // "his teacher mentioned tourettes syndrome does that sound like it to you" = diagnosis ("does that sound like X").
    // Focus: "tourettes syndrome" = Tourette's syndrome.
    message:
      "my boy is eight no wait he's nine now and for months he's been doing this blinking and like throat clearing thing over and over and his teacher mentioned tourettes syndrome does that sound like it to you",
    focus: 'tourettes syndrome',
    types: ['diagnosis'],
  },
  {
    // "I keep my levothyroxine in the bathroom cabinet is that okay ... or should it be somewhere else" = storage_disposal.
    message:
      'quick question I keep my levothyroxine in the bathroom cabinet is that okay with all the steam from the shower or should it be somewhere else',
    focus: 'levothyroxine',
    types: ['storage_disposal'],
  },
  {
    // "what her life expectancy is" and "is it different now" = prognosis (one question in other words).
    message:
      "hi this is uh Maureen my granddaughter was born on Sunday with down syndrome and she's beautiful um I just want to know what her life expectancy is like I remember years ago they didn't live very long is it different now",
    focus: 'down syndrome',
    types: ['prognosis'],
  },
  {
    // "can she catch it from him" = susceptibility (whether someone can catch it).
    message:
      'um my husband has shingles on his back and our daughter is pregnant she is supposed to come stay with us this weekend can she catch it from him',
    focus: 'shingles',
    types: ['susceptibility'],
  },
  {
    // "what happens if you don't treat it" = complications (left untreated). Focus: "hemo chromatosis" = hemochromatosis.
    message:
      "I was told my iron levels are really high and it's probably hemo chromatosis um what happens if you don't treat it",
    focus: 'hemo chromatosis',
    types: ['complications'],
  },
  {
    // "she threw up ... do I give her the dose again" = drug_usage; "is it okay to give the tylenol with it" = interactions
    // (the amoxicillin with another medicine).
    message:
      "hi um my daughter's four uh no five she just turned five she's on the amoxicillin for her ear and she threw up like ten minutes after I gave it do I give her the dose again and is it okay to give the tylenol with it for the fever call me back five five five oh one three one",
    focus: 'amoxicillin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "which gene is it that's um that's changed" and "is it the same one in everybody who has it" = genetic_changes.
    message:
      "which gene is it that's um that's changed in tuberous sclerosis is it the same one in everybody who has it",
    focus: 'tuberous sclerosis',
    types: ['genetic_changes'],
  },
  {
    // "how common is rhett syndrome like how many girls get it" = frequency. Focus: "rhett syndrome" = Rett syndrome.
    message: 'how common is rhett syndrome like how many girls get it',
    focus: 'rhett syndrome',
    types: ['frequency'],
  },
  {
    // "am I still allowed to drive or do I have to tell my boss" = lifestyle (driving, work). "I'm kind of freaking out" is story.
    message:
      "so I got diagnosed with narcolepsy last month and I drive a delivery van for work um am I still allowed to drive or do I have to tell my boss I'm kind of freaking out",
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  {
    // "can I just stop taking it or do I have to come off it slowly" = drug_usage (stopping);
    // "is it the reason I've put on like fifteen pounds" = side_effects.
    message:
      "hey it's Jess um I've been on zoloft for about a year and I feel way better now can I just stop taking it or do I have to come off it slowly and also um is it the reason I've put on like fifteen pounds",
    focus: 'zoloft',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "what causes it was it something I did" = cause (no exposure named; one question in other words).
    message: 'our twenty week scan showed the baby has a cleft lip um what causes it was it something I did',
    focus: 'cleft lip',
    types: ['cause'],
  },
  {
    // "what kind of problems should we be watching for as she grows like with her back or her breathing" = complications.
    message:
      'my granddaughter has achondroplasia she is three and doing great but um what kind of problems should we be watching for as she grows like with her back or her breathing at night',
    focus: 'achondroplasia',
    types: ['complications'],
  },
  {
    // "how do we stop the attacks from happening in the first place" = prevention (of attacks).
    // Focus: "hereditary angio edema" = hereditary angioedema.
    message:
      'my face and hands swell up really bad every few weeks and my mom had the same thing they think its hereditary angio edema um how do we stop the attacks from happening in the first place',
    focus: 'hereditary angio edema',
    types: ['prevention'],
  },
  {
    // "does the children's tylenol the grape flavor one have red dye in it" = ingredients.
    message: "does the children's tylenol the grape flavor one have red dye in it my son reacts to it",
    focus: 'tylenol',
    types: ['ingredients'],
  },
  {
    // "is it safe to take while we're trying" = contraindications; "I read it can hurt your liver is that true" = side_effects.
    // Both are about the medicine, so the focus is "methotrexate", not the psoriasis of the story.
    message:
      "Hi this is Anna um my dermatologist wants to start me on methotrexate for my psoriasis but me and my partner are trying for a baby so is it safe to take while we're trying and uh I read it can hurt your liver is that true",
    focus: 'methotrexate',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "the over the counter stuff does nothing anymore what else can I do" = treatment.
    message:
      'I get migraines like three times a week and the over the counter stuff does nothing anymore what else can I do',
    focus: 'migraines',
    types: ['treatment'],
  },
  {
    // "are there any support groups for parents like other families in the area" = find_specialist.
    // Focus: "fragile ex syndrome" = fragile X syndrome.
    message:
      "our son has fragile ex syndrome he's four and um we just moved here are there any support groups for parents like other families in the area",
    focus: 'fragile ex syndrome',
    types: ['find_specialist'],
  },
  {
    // "how long do they usually live with it" = prognosis; "are there any new trials like the gene therapy ones" = research;
    // "can his little sister be a carrier" = inheritance (carriers).
    message:
      "my boy has duchenne muscular dystrophy he's six he still walks but he falls a lot um how long do they usually live with it I need to know and uh are there any new trials like the gene therapy ones and um can his little sister be a carrier",
    focus: 'duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'inheritance'],
  },
  {
    // "is there anything I need to know about traveling with it like the flying and the heat" = lifestyle (travel).
    message:
      "hi I have addisons disease and I'm flying to Spain in August for two weeks is there anything I need to know about traveling with it like the flying and the heat over there thanks",
    focus: 'addisons disease',
    types: ['lifestyle'],
  },
  {
    // "is that raynauds disease" = diagnosis ("is that X"); "can it lead to anything worse" = complications.
    message:
      "um my fingers go white and then blue when it's cold out and even in the frozen aisle at the store is that raynauds disease and can it lead to anything worse",
    focus: 'raynauds disease',
    types: ['diagnosis', 'complications'],
  },
  {
    // "what happens if lyme disease isn't treated" = complications (left untreated); "what do they give you for it" = treatment.
    message:
      "I got bit by a tick hiking last week and now there's a big bullseye rash on my leg um what happens if lyme disease isn't treated and like what do they give you for it",
    focus: 'lyme disease',
    types: ['complications', 'treatment'],
  },
  {
    // "she's got a red rash on her chest and arms is that from the lamotrigine" = side_effects.
    message:
      "my daughter's fifteen she started lamotrigine for her seizures about three weeks ago and now she's got a red rash on her chest and arms is that from the lamotrigine",
    focus: 'lamotrigine',
    types: ['side_effects'],
  },
  {
    // "could the flu shot have caused it" = association (a named exposure asked as its cause).
    message:
      "hi um I woke up last Thursday and half my face was droopy and they said it's bells palsy um I had my flu shot like the week before could the flu shot have caused it",
    focus: 'bells palsy',
    types: ['association'],
  },
];
