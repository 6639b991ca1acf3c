/**
 * "relatives" set: 40 messages from people writing about someone who is not their own child: grandparents,
 * siblings, aunts and uncles, friends, neighbours, colleagues, teachers, step-parents and a partner's family.
 * Writers often know the condition second-hand and get details half right, refer to the person by name or
 * relation, ask what they can do to help as well as medical questions, and sometimes name the condition once
 * (or only in the subject) and then say 'it' or 'this'. 4 messages are about a medicine the person takes
 * (pyridostigmine, riluzole, hydroxyurea, Keppra); 13 have a subject line.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 1.000, type F1 0.783 (see BENCHMARKS.md).
 * Scored by relatives.test.ts and by `npx tsx test/understand/support/score-messages.ts --relatives
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const RELATIVES_MESSAGES: ConsumerMessage[] = [
  {
    // "will he stop being able to walk" = prognosis; "are there trials he could get into" = research; "does that mean it came from me too" = inheritance.
    subject: 'grandson - Duchennes',
    message:
      "Hello, my grandson Alfie (6) was diagnosed with Duchennes muscular dystrophy last spring. My daughter doesn't like to talk about it much so I'm trying to find things out for myself. He's still running about but he falls a lot and gets up in that funny way, using his hands on his knees. Will he stop being able to walk, and at what age does that usually happen? I keep reading about new gene treatments in America - are there any trials he could get into over here? Also my daughter's doctor said it 'came from her side'. Does that mean it came from me too?",
    focus: 'Duchennes muscular dystrophy',
    types: ['prognosis', 'research', 'inheritance'],
  },
  {
    // "what exactly is it" = information; "is it hereditary, he has two sons" = inheritance; "what can we change at work" = lifestyle; "is there a support group for his family" = find_specialist.
    message:
      "Tom at work (he's 52, been with us nearly 20 years) told the team on Friday that he has motor neurone disease. None of us really know anything about it beyond Stephen Hawking. What exactly is it? Is it hereditary? He has two sons in their twenties and I know that's on his mind. As his line manager, what can we change at work so he can keep going as long as he wants to? He's a draughtsman so it's mostly computer work. And is there a support group for his wife and family?",
    focus: 'motor neuron disease',
    types: ['information', 'inheritance', 'lifestyle', 'find_specialist'],
  },
  {
    // "could her baby have it too" = inheritance; "will my niece ever be able to talk" = prognosis.
    message:
      "My niece has Angelman syndrome. My sister told me it's a missing piece of chromosome 15 that came from the dad's side, though I might have got that wrong. My other sister is pregnant now and is panicking - could her baby have it too? And will my niece ever be able to talk? She's 4 and has no words yet but she is the happiest little girl you'll ever meet.",
    focus: 'Angelman syndrome',
    types: ['inheritance', 'prognosis'],
  },
  {
    // "what should I do about the cake and party bags, anything he can't have" = lifestyle (food at a party).
    message:
      "my friend's little boy has prader willi and he's coming to my son's birthday party next week. I don't want to get it wrong with the food, what should I do about the cake and party bags, is there anything he just can't have?",
    focus: 'Prader Willi',
    types: ['lifestyle'],
  },
  {
    // "should she just take two together" = drug_usage (missed dose); "is it ok to take them at the same time as the pyridostigmine" = interactions.
    message:
      "My mother-in-law has myasthenia gravis and takes pyridostigmine, 4 times a day I think. She's staying with us for a month while her bathroom is redone. She keeps missing the lunchtime one because she has a nap after lunch - should she just take two together when she wakes up? She also takes omeprazole and a water tablet every morning, is it ok to take them at the same time as the pyridostigmine?",
    focus: 'pyridostigmine',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "what are the chances they have it" = inheritance; "is there a test they can have now, before anything shows" = diagnosis.
    subject: "Huntingtons disease - neighbour's family",
    message:
      "My neighbour passed away last year and it turned out he'd had Huntington's all along, nobody on the street knew. His two sons are in their twenties and I'm quite close to them, they're like family to me. What are the chances they have it as well? One of them says he doesn't want to know, the other one does. Is there a test they can have now, before anything shows? I just want to be able to support them properly.",
    focus: 'Huntingtons disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "should I be checked for it" = diagnosis; "does EDS cause heart problems" = complications.
    message:
      "My sister has EDS, the hypermobile one I think (hEDS?). She's always dislocating her shoulder and knees. I'm her younger brother and I can bend my thumbs back to my wrist and always had 'double joints' as a kid. Should I be checked for it? Also she's been sent for a heart scan - does EDS cause heart problems?",
    focus: 'EDS',
    types: ['diagnosis', 'complications'],
  },
  {
    // "how can I support him in the classroom, ignore the tics or let him leave" = lifestyle (school); "he'll grow out of it by his teens, is that true" = prognosis.
    message:
      "I'm a year 4 teacher. One of my pupils has Tourette's syndrome and his tics have got a lot more noticeable this term (calling out, blinking, jerking his head). Some of the other children have started copying him. How can I best support him in the classroom - should I ignore the tics or let him leave the room when he needs to? His mum said he'll probably grow out of it by his teens, is that true?",
    focus: "Tourette's syndrome",
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "if her sugar drops low, what exactly should I do" = treatment (managing it); "is swimming safe for her with the pump" = lifestyle.
    message:
      "I'm stepmum to a 9 year old girl with type 1 diabetes. She's with us every other weekend and her mum does most of the diabetes side of things so I feel really out of my depth. If her sugar drops low at our house what exactly should I do? And she wants to join my son's swimming club on Saturdays - is swimming safe for her with the pump?",
    focus: 'type 1 diabetes',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "can the tablets be crushed into yogurt" = drug_usage; "is that from the riluzole or the ALS" = side_effects.
    message:
      "My best friend's mum has ALS and was started on riluzole a couple of months ago. She's finding it harder to swallow now. Can the tablets be crushed into yogurt? She's also exhausted all the time, is that from the riluzole or just the ALS getting worse? My friend is doing all the caring and I'm trying to take some of the research off her.",
    focus: 'riluzole',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "what is the life expectancy now" = prognosis; "is there a cure yet" = treatment.
    message:
      "Our granddaughter was born in March and the heel prick test picked up cystic fibrosis. When I was young, children with CF didn't live past their teens. What is the life expectancy now? Is there a cure yet?",
    focus: 'cystic fibrosis',
    types: ['prognosis', 'treatment'],
  },
  {
    // "could our children get it" = inheritance; "which gene is it" = genetic_changes.
    message:
      "My boyfriend's older brother has Friedreichs ataxia, he's been in a wheelchair since he was about 15. We're talking about getting married and having kids one day. My boyfriend is completely fine but his mum says he could still be a 'carrier'. Could our children get it? Also which gene is it? I'd like to ask my GP about being tested for the same gene myself.",
    focus: 'Friedreichs ataxia',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "what is it" = information; "can the rest of us in the office catch it" = susceptibility.
    subject: 'sarcoidosis?',
    message:
      "A lady I work with has just been signed off with this, she said it's in her lungs and maybe her eyes as well. I'd never heard of it. What is it? She had a cough for weeks before she went off - can the rest of us in the office catch it?",
    focus: 'sarcoidosis',
    types: ['information', 'susceptibility'],
  },
  {
    // "what is that" = information; "how long do people usually live with it" = prognosis.
    message: 'My uncle has been told he has PSP. What is that and how long do people usually live with it?',
    focus: 'PSP',
    types: ['information', 'prognosis'],
  },
  {
    // "does it need to be kept in the fridge" = storage_disposal; "I'm trying to get pregnant, is it safe for me to handle it" = contraindications.
    subject: "my nephew's hydroxyurea",
    message:
      "I'm looking after my nephew for two weeks while my sister is in hospital having her baby. He's 7 and has sickle cell and takes one of these capsules every day. Does it need to be kept in the fridge? The leaflet says something about carers wearing gloves. I'm trying to get pregnant myself - is it safe for me to handle it?",
    focus: 'hydroxyurea',
    types: ['storage_disposal', 'contraindications'],
  },
  {
    // "how rare is it" = frequency; "are there any trials she could be part of" = research.
    message:
      "A family on our street have a little girl with Batten disease. The whole road is doing a fun run for them next month and people keep asking me about it because I'm organising it. How rare is it? And are there any trials going on that she could be part of? Her parents would never ask for anything but I know they'd want to know.",
    focus: 'Batten disease',
    types: ['frequency', 'research'],
  },
  {
    // "does she have to avoid chocolate and shellfish" = lifestyle (diet); "if she doesn't stick to the treatment, what can happen to her liver" = complications.
    message:
      "My best friend (23) has just been diagnosed with Wilsons disease, something about her body not getting rid of copper properly. We share a flat and I do most of the cooking. Does she have to avoid chocolate and shellfish and things like that? She's terrible at taking tablets - if she doesn't stick to the treatment, what can happen to her liver?",
    focus: 'Wilsons disease',
    types: ['lifestyle', 'complications'],
  },
  {
    // "is it safe for him to keep playing" = lifestyle (sport); "should she get herself checked" = diagnosis.
    message:
      "My nephew (15 and already 6ft 4) was diagnosed with Marfan's syndrome after the optician spotted something wrong with the lens in his eye. He's mad about basketball and is on the school team. Is it safe for him to keep playing? His mum, my sister, is also very tall and thin with long fingers - should she get herself checked?",
    focus: "Marfan's syndrome",
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "could that be the tablets" = side_effects; "can he have a couple of drinks" = interactions (alcohol).
    subject: 'Keppra and mood',
    message:
      "My brother in law started Keppra about 6 weeks ago after he had 2 seizures out of the blue. Since then he's been really short tempered, snapping at my sister and the kids, which isn't like him at all. Could that be the tablets? Also my wedding is in June, can he have a couple of drinks on the day or should he stay off alcohol completely?",
    focus: 'Keppra',
    types: ['side_effects', 'interactions'],
  },
  {
    // "did it come from me or my husband, should our son worry for his own kids" = inheritance; "what support should the school give him" = lifestyle.
    message:
      'Our grandson was diagnosed with fragile X syndrome at 3 after being slow to talk. The geneticist said our daughter is a carrier. Does that mean it came from me or from my husband, and should our son (his uncle) be worried for his own children? He starts school in September - what kind of support should the school be giving him?',
    focus: 'fragile X syndrome',
    types: ['inheritance', 'lifestyle'],
  },
  {
    // "did the bug cause this" = cause; "will he walk again and make a full recovery" = prognosis.
    subject: 'colleague with Guillain Barre',
    message:
      "Hi. A colleague of mine has been in intensive care for a week with Guillain Barre. He had a bad stomach bug about three weeks before. Did the bug cause this thing? His wife says he can't move his legs at all at the moment and they were worried about his breathing. Will he walk again and make a full recovery? We're all very shaken, he's only 40.",
    focus: 'Guillain Barre',
    types: ['cause', 'prognosis'],
  },
  {
    // "new medicine approved for it, what is it and does it help" = treatment; "any groups for parents" = find_specialist.
    message:
      "My friend's daughter was diagnosed with Rett's syndrome at 2 after she lost the few words she had and stopped using her hands. My friend is exhausted and has no time to read up on anything. I read there was a new medicine approved for it recently - is that right, and does it actually help? Are there any groups for parents I could point her towards?",
    focus: "Rett's syndrome",
    types: ['treatment', 'find_specialist'],
  },
  {
    // "can these lumps turn into cancer" = complications; "can they be taken off" = treatment.
    message:
      "My stepson (14) has NF1. He's always had the coffee coloured patches but now soft lumps are coming up on his back and arms and he's getting very self conscious, won't take his top off at the beach. Can these lumps turn into cancer? Can they be taken off?",
    focus: 'NF1',
    types: ['complications', 'treatment'],
  },
  {
    // "what sports can she safely join in with" = lifestyle; "do the bones get stronger as kids get older" = prognosis.
    message:
      "I teach PE at a secondary school and we have a new year 7 girl with brittle bone disease. Her mum says she's had about 20 fractures so far. What sports can she safely join in with, and is there anything I should keep her out of completely? Do the bones get stronger as kids get older?",
    focus: 'brittle bone disease',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "is there a connection between lupus and losing pregnancies" = association; "what are the chances she gets lupus as well" = inheritance.
    subject: 'sister in law lupus',
    message:
      "My sister-in-law has lupus and has now had three miscarriages. She won't ask her doctor because she feels they never listen to her. Is there a connection between lupus and losing pregnancies? Also her daughter is 12 - what are the chances she gets lupus as well?",
    focus: 'lupus',
    types: ['association', 'inheritance'],
  },
  {
    // "what will he be able to eat" = lifestyle (diet); "will he grow up and learn like other children" = prognosis; "is the special formula on prescription or do they pay" = other (cost).
    message:
      "Our first grandchild was picked up on the newborn blood spot test as having PKU. I'll be looking after him two days a week once my daughter goes back to work. What will he be able to eat once he's on solid food? I've heard it's no meat, eggs, cheese or even bread. If they stick to the diet will he grow up and learn like other children? And is the special formula on prescription or do they have to pay for it?",
    focus: 'PKU',
    types: ['lifestyle', 'prognosis', 'other'],
  },
  {
    // "can he catch it from her" = susceptibility; "can it cause blindness" = complications.
    subject: "Behcet's disease",
    message:
      "My friend has just been diagnosed with this after years of mouth and genital ulcers that nobody could explain. Her new boyfriend is worried it's like herpes - can he catch it from her? She now has a red painful eye as well. Can it cause blindness?",
    focus: "Behcet's disease",
    types: ['susceptibility', 'complications'],
  },
  {
    // "does the gene therapy cure it or will he still need other treatment" = treatment; "where are the best centres" = find_specialist.
    message:
      'My nephew was diagnosed with SMA type 1 at 3 months old. My brother and his wife have been told about the gene therapy (zolgensma?) and also the injections into the spine. Does the gene therapy cure his condition, or will he still need other treatment afterwards? Where in the country are the best centres for SMA? I want to help them make the right decision.',
    focus: 'SMA',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "is there a link between pesticides and Parkinson's" = association; "can the Parkinson's lead to that (dementia)" = complications.
    message:
      "My father in law was diagnosed with Parkinson's disease last year at 68. He was a farmer all his life and sprayed a lot of chemicals before anyone wore masks. Is there a link between pesticides and Parkinson's? My husband is worried his dad will end up with dementia as well - can the Parkinson's lead to that?",
    focus: "Parkinson's disease",
    types: ['association', 'complications'],
  },
  {
    // "what are the chances the baby will have it" = inheritance; "can they test the baby now during the pregnancy" = diagnosis.
    subject: 'Tay Sachs carriers',
    message:
      "My cousin and her husband both found out through screening that they're carriers for Tay Sachs. She is 10 weeks pregnant. What are the chances the baby will have it? Can they test the baby now, during the pregnancy?",
    focus: 'Tay Sachs',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "what sort of food should we avoid or make sure is available" = lifestyle; "Crohn's is caused by stress, is that true" = cause.
    message:
      "My manager has Crohn's disease and has been in and out of hospital this year. We're planning a team away day with a big lunch - what sort of food should we avoid, or make sure is available for her? Someone in the team said Crohn's is caused by stress, is that true? I don't want us to be adding to it.",
    focus: "Crohn's disease",
    types: ['lifestyle', 'cause'],
  },
  {
    // "could it be that" = diagnosis; "what kind of specialist should she ask to see" = find_specialist.
    message:
      "My friend has been having terrible muscle spasms and stiffness in her back and legs, and she goes completely rigid if there's a sudden loud noise. She watched the Celine Dion documentary and is convinced she has stiff person syndrome. Could it be that? Her GP just keeps giving her painkillers. What kind of specialist should she ask to see?",
    focus: 'stiff person syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "is that (narrowing near her heart) part of the Williams syndrome" = symptoms; "how many children have this" = frequency.
    message:
      "Our granddaughter Lily has Williams syndrome. She is the most sociable little thing, she'll chat to anyone in the supermarket. The doctors mentioned a narrowing near her heart - is that part of the Williams syndrome or something separate? How many children have this? We'd never heard of it before she was born.",
    focus: 'Williams syndrome',
    types: ['symptoms', 'frequency'],
  },
  {
    // "can it damage her heart" = complications; "could he catch it" = susceptibility.
    subject: 'niece in hospital with Kawasaki disease',
    message:
      "My niece (3) has been in hospital for 3 days. She had a high fever for a week, red eyes, cracked lips and now the skin on her fingers is peeling. They've said it's Kawasaki disease and she's on an immunoglobulin drip. Can it damage her heart? Her big brother was with her all last week, could he catch it?",
    focus: 'Kawasaki disease',
    types: ['complications', 'susceptibility'],
  },
  {
    // "what treatments are there for the nosebleeds" = treatment; "should he be tested" = diagnosis.
    message:
      "My brother in law has HHT. He gets nosebleeds nearly every day and they're really heavy, he's needed iron infusions twice this year. What treatments are there for the nosebleeds? My husband (his brother) gets the odd nosebleed too - should he be tested?",
    focus: 'HHT',
    types: ['treatment', 'diagnosis'],
  },
  {
    // "any risk to us of catching it" = susceptibility; "how long do people usually have" = prognosis; "could it have come from eating beef" = cause.
    subject: "friend's mum - CJD",
    message:
      "My friend's mum went downhill incredibly fast over about two months - confusion, jerky movements, and now she can't walk or really talk. The hospital think it's Creutzfeldt Jakob. A few of us have been visiting her and helping with her care, is there any risk to us of catching it? How long do people usually have once it gets to this stage? My friend keeps going over things - could it have come from eating beef back in the 90s?",
    focus: 'Creutzfeldt Jakob',
    types: ['susceptibility', 'prognosis', 'cause'],
  },
  {
    // "does it also affect learning and speech" = symptoms; "is there an organisation with information for schools" = find_specialist.
    message:
      "I'm a teaching assistant working one to one with a boy in reception who has DiGeorge syndrome (I think it's also called 22q something?). I've been told it affects his heart and his immune system. Does it also affect learning and speech? Is there an organisation with information for schools?",
    focus: 'DiGeorge syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  {
    // "what are the chances he has it" = inheritance; "is it a scan or a blood test" = diagnosis; "is there anything that can slow it down" = treatment.
    subject: "polycystic kidneys in my fiance's family",
    message:
      "Hi there, I'm hoping you can help me understand something. My fiance's dad has been on dialysis for two years because of polycystic kidney disease, and his grandma died of kidney failure too. My fiance is 29 and has never been checked because he says he'd rather not know, but we want to start a family next year and I think he should. What are the chances he has it? If he does agree to be checked, is it a scan or a blood test? And if it turns out he does have it, is there anything that can slow it down so he doesn't end up like his dad? Sorry for all the questions, I'm just trying to get my head around it.",
    focus: 'polycystic kidney disease',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  {
    // "can she keep doing marathons" = lifestyle; "will she end up in a wheelchair" = prognosis.
    message:
      "my running buddy just told me she has MS. she's still faster than me lol. can she keep doing marathons with it? will she end up in a wheelchair eventually?",
    focus: 'MS',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "anything else I should avoid to stop a seizure happening" = prevention; "what should I do if he has a long one" = treatment.
    subject: 'Dravet syndrome - babysitting',
    message:
      "I'm going to be looking after my grandson one day a week from next month. He's 2 and has Dravet syndrome, and he's had seizures lasting over 5 minutes that ended up with an ambulance. My daughter says warm baths and getting too hot can set them off. Is there anything else I should avoid to stop a seizure happening? If he does have a long one while he's with me, what should I do?",
    focus: 'Dravet syndrome',
    types: ['prevention', 'treatment'],
  },
];
