/**
 * "nerves" set. Messages about nerve conditions: Charcot-Marie-Tooth, neuropathies, Guillain-Barre, CIDP,
 * nerve pain medicines, with other questions about the condition and its medicines. Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.906). Scored by nerves.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --nerves --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NERVES_MESSAGES: ConsumerMessage[] = [
  // why: only question is whether beer is ok with the medicine -> interactions
  {
    message: 'can i drink a beer or two while im on gabapentin',
    focus: 'gabapentin',
    types: ['interactions'],
  },
  // why: asks what the condition is -> information
  {
    message: 'My nephew was just diagnosed with something called Refsum disease. What is that?',
    focus: 'Refsum disease',
    types: ['information'],
  },
  // why: asks whether the weight gain comes from the medicine -> side_effects
  {
    message: "Does Lyrica make you put on weight? I've gained 6 kilos since I started it in March.",
    focus: 'pregabalin',
    types: ['side_effects'],
  },
  // why: condition named only in subject; whether he will walk again -> prognosis
  {
    subject: 'Guillain-Barre',
    message:
      'will my dad be able to walk again?? hes been in hospital 3 weeks now and still cant stand up on his own',
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis'],
  },
  // why: whether it runs in families from the mother -> inheritance
  {
    message:
      'Is HNPP (hereditary neuropathy with liability to pressure palsies) passed down? My mom has it and I keep getting numb arms when I lean on them.',
    focus: 'hereditary neuropathy with liability to pressure palsies',
    types: ['inheritance'],
  },
  // why: asks about clinical trials -> research
  {
    message: "Are there any clinical trials going on for erythromelalgia in Europe? I'm in the Netherlands.",
    focus: 'erythromelalgia',
    types: ['research'],
  },
  // why: what the medicine is for and why it is given for nerve pain -> indication
  {
    message:
      'what is nortriptyline actually used for? my neurologist gave it to me for my feet but i thought it was an antidepressant',
    focus: 'nortriptyline',
    types: ['indication'],
  },
  // why: how common it is in other populations -> frequency
  {
    message: "How common is familial dysautonomia in people who aren't Ashkenazi Jewish?",
    focus: 'familial dysautonomia',
    types: ['frequency'],
  },
  // why: breastfeeding precaution -> contraindications
  {
    message: 'Is it safe to keep taking carbamazepine while breastfeeding? My baby is 3 weeks old.',
    focus: 'carbamazepine',
    types: ['contraindications'],
  },
  // why: could her signs be it and which test shows it -> diagnosis (one type asked twice)
  {
    message:
      'Could burning feet and skin that feels sunburned all the time be small fiber neuropathy, and what test would actually show it? My nerve conduction study was normal.',
    focus: 'small fiber neuropathy',
    types: ['diagnosis'],
  },
  // why: which gene -> genetic_changes
  {
    message: "which gene is it that's broken in fabry disease?",
    focus: 'Fabry disease',
    types: ['genetic_changes'],
  },
  // why: whether the cream needs the fridge -> storage_disposal
  {
    message:
      "Does lidocaine cream have to be kept in the fridge once it's opened, or is the bathroom cabinet fine?",
    focus: 'lidocaine',
    types: ['storage_disposal'],
  },
  // why: cure or anything that slows it -> treatment
  {
    message: 'Is there any cure for giant axonal neuropathy, or anything at all that slows it down?',
    focus: 'giant axonal neuropathy',
    types: ['treatment'],
  },
  // why: medicine question (with another medicine) in a message that mentions CMT; focus is the medicine -> interactions
  {
    message:
      'I have CMT and my doctor just prescribed tramadol for the pain. Can I take it together with my sertraline?',
    focus: 'tramadol',
    types: ['interactions'],
  },
  // why: a named exposure (stomach bug) asked as its cause -> association
  {
    message:
      'can a stomach bug cause miller fisher syndrome? i had bad diarrhea about 2 weeks before my eyes went double and i couldnt walk straight',
    focus: 'Miller Fisher syndrome',
    types: ['association'],
  },
  // why: whether the son should be tested -> diagnosis; chance the sister has it -> inheritance
  {
    message:
      "Our son is 8 and has always tripped a lot, and now his arches are really high and his ankles keep rolling. My husband's father and aunt both have Charcot-Marie-Tooth. Should we get him tested? And what are the chances his little sister has it too?",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: condition named only in the subject; whether it will keep getting worse or remit -> prognosis
  {
    subject: 'CIDP question',
    message:
      'I was diagnosed last year and I get IVIG every 4 weeks. My legs are better than they were but not normal. Is this something that just keeps getting worse over the years, or can it go into remission for good?',
    focus: 'chronic inflammatory demyelinating polyneuropathy',
    types: ['prognosis'],
  },
  // why: whether nausea and sweating come from the medicine -> side_effects; taking it at night -> drug_usage
  {
    message:
      'I was started on Cymbalta (duloxetine) 30 mg two weeks ago for diabetic nerve pain. Since then I feel sick to my stomach and I sweat like crazy at night. Is that from the medicine? And would it be ok to take it in the evening instead of the morning?',
    focus: 'duloxetine',
    types: ['side_effects', 'drug_usage'],
  },
  // why: whether someone with glaucoma should take it -> contraindications
  {
    message:
      'My grandmother is 78 and her doctor put her on amitriptyline 10mg at night for burning in her feet. She has glaucoma and uses eye drops for it. Should she really be taking this?',
    focus: 'amitriptyline',
    types: ['contraindications'],
  },
  // why: carrier status and chance of passing it to her kids -> inheritance (one type)
  {
    message:
      'hi im 15 and my older brother has friedreichs ataxia. he uses a wheelchair now. could i be a carrier?? and if i have kids one day could they get it',
    focus: 'Friedreich ataxia',
    types: ['inheritance'],
  },
  // why: whether it can affect the heart -> complications; new medicines being tested -> research
  {
    message:
      'My father (68) was just diagnosed with hereditary transthyretin amyloidosis. It started with numb feet two years ago and nobody figured it out until now. Can this affect his heart as well? And are there any new medicines being tested for it?',
    focus: 'transthyretin amyloidosis',
    types: ['complications', 'research'],
  },
  // why: stopping the attacks from coming -> prevention
  {
    message:
      "I've had trigeminal neuralgia for 3 years. The attacks come when I brush my teeth, when I talk a lot, even when the wind hits my cheek. I wear a scarf over my face all winter. Is there any way to stop the attacks from coming?",
    focus: 'trigeminal neuralgia',
    types: ['prevention'],
  },
  // why: what can help the pain -> treatment
  {
    message:
      'Hello. I had the shingles on my left side of the chest 5 month ago. The rash is gone but the burning pain stay, even the t-shirt touching is hurting. Doctor say it is postherpetic neuralgia. What can help for this pain? Paracetamol do nothing.',
    focus: 'postherpetic neuralgia',
    types: ['treatment'],
  },
  // why: doctor who knows it and support group -> find_specialist
  {
    subject: 'CRPS help for my friend',
    message:
      'My best friend broke her wrist in January and now her whole hand is swollen, purple and she screams if anyone touches it. They finally said complex regional pain syndrome. Where can she find a doctor who actually knows about CRPS? Is there a support group somewhere?',
    focus: 'complex regional pain syndrome',
    types: ['find_specialist'],
  },
  // why: what happens if left untreated (loss of toes) -> complications
  {
    message:
      "I have type 2 diabetes and my feet have been numb for about a year. Honestly I haven't done much about it. My friend lost two toes and says it was from the neuropathy. What can happen if I just ignore diabetic neuropathy?",
    focus: 'diabetic neuropathy',
    types: ['complications'],
  },
  // why: what the condition is -> information
  {
    message:
      'My husband got diagnosed with POEMS syndrome after almost a year of numbness and weakness in his legs. The doctor said something about it being related to a blood disorder but we were too shocked to ask. What is it exactly?',
    focus: 'POEMS syndrome',
    types: ['information'],
  },
  // why: a named exposure (the surgery) asked as its cause -> association; how long recovery takes -> prognosis
  {
    message:
      "I woke up with the worst shoulder pain of my life and a week later I couldn't lift my arm. The neurologist says Parsonage-Turner syndrome. I had my gallbladder out two weeks before it started. Could the surgery have caused it? How long does it take to get my arm back?",
    focus: 'Parsonage-Turner syndrome',
    types: ['association', 'prognosis'],
  },
  // why: whether she can stop at once or must taper -> drug_usage
  {
    subject: "mom's gabapentin",
    message:
      "My mother has been on gabapentin 300 mg three times a day for about two years for neuropathy in her feet. She says it doesn't help much anymore and wants to stop. Can she just stop it, or does she have to come down slowly?",
    focus: 'gabapentin',
    types: ['drug_usage'],
  },
  // why: link between the condition and another condition -> association
  {
    message:
      "i got diagnosed with small fiber neuropathy by skin biopsy, they say idiopathic. my sister has celiac and i've had stomach problems forever. is there a link between small fiber neuropathy and celiac disease?",
    focus: 'small fiber neuropathy',
    types: ['association'],
  },
  // why: whether low sodium is caused by the medicine -> side_effects
  {
    message:
      'I switched from Tegretol to oxcarbazepine for my face pain and the pharmacist told me to have my sodium checked. Why? Does oxcarbazepine lower sodium?',
    focus: 'oxcarbazepine',
    types: ['side_effects'],
  },
  // why: whether running is ok -> lifestyle; PXT3003 trial -> research; chance a baby gets it -> inheritance
  {
    message:
      "I'm 34 and I have CMT1A, diagnosed at 19 after years of being the clumsy kid in gym class. I work as a nurse and I'm on my feet all day, and I wear AFOs most of the time now. I've always loved running and I still do a slow 5k twice a week, but my physio seems worried. Can I keep running, or will it actually make my legs weaker? I also read something about a drug called PXT3003 for Charcot-Marie-Tooth - is that still being studied, and can people in Canada join? My partner and I are starting to talk about having a baby, and I'd like to know what the chance is that our child would get it.",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['lifestyle', 'research', 'inheritance'],
  },
  // why: why it happens -> cause; whether grandkids can catch it -> susceptibility; whether the tiredness will last -> prognosis
  {
    message:
      'My husband (61) came down with Guillain-Barre syndrome last spring. It started with tingling in his toes and within four days he was on a ventilator in the ICU. He spent two months in rehab and he is walking again with a cane, which we are so grateful for. The doctors never really explained why this happens. What makes the body attack its own nerves like that? We have four grandkids who climb all over him - can they catch it from him? He also gets exhausted after doing almost nothing, like emptying the dishwasher. Is that tiredness going to be with him forever? Thank you for any help.',
    focus: 'Guillain-Barre syndrome',
    types: ['cause', 'susceptibility', 'prognosis'],
  },
  // why: a specialist in Ohio -> find_specialist; insurance coverage -> other; working construction -> lifestyle
  {
    subject: 'CIDP - a few questions',
    message:
      "Hi, 52 year old male, diagnosed with chronic inflammatory demyelinating polyneuropathy in October. Right now I'm on prednisone and my local neuro wants to start IVIG. I have a few questions:\n1. Is there a neuromuscular specialist in the Columbus, Ohio area who sees a lot of CIDP?\n2. Will my insurance cover IVIG at home, or do I have to go to an infusion center? Nobody at my plan gives me a straight answer.\n3. I do construction (framing). Is it realistic to keep doing this kind of work with CIDP?\nThanks",
    focus: 'chronic inflammatory demyelinating polyneuropathy',
    types: ['find_specialist', 'other', 'lifestyle'],
  },
  // why: what the condition is -> information; whether he can go to regular preschool -> lifestyle
  {
    message:
      "Our son Eli is 2 and a half. Since he got his teeth he's been biting his fingers and tongue until they bleed, and he never cries. Last month he broke his ankle and kept walking on it for days. He also never sweats and gets really high fevers in the summer. After lots of tests the geneticist said hereditary sensory and autonomic neuropathy, type 4. We were handed a pamphlet and sent home. Can you explain what HSAN actually is in plain words? We also want to know if he will be able to go to a regular preschool next year or if that is too dangerous for him.",
    focus: 'hereditary sensory and autonomic neuropathy',
    types: ['information', 'lifestyle'],
  },
  // why: telling it apart from ALS -> diagnosis; whether IVIG is needed for life / any cure -> treatment
  {
    message:
      "About a year ago my right hand got weak - I couldn't turn keys or open jars, and I had twitching in my forearm. My GP mentioned ALS and I honestly thought my life was over. After two neurologists and a lot of nerve tests they now say it's multifocal motor neuropathy, and I started IVIG infusions, which seem to help. But part of me is still scared they got it wrong. How do doctors tell MMN apart from ALS for sure? Is there a test that settles it? And is there any cure, or will I need these infusions every few weeks for the rest of my life?",
    focus: 'multifocal motor neuropathy',
    types: ['diagnosis', 'treatment'],
  },
  // why: whether the falls come from the medicine -> side_effects; with oxycodone -> interactions; a missed dose -> drug_usage
  {
    subject: 'Lyrica and falls',
    message:
      "I'm writing for my father who is 81. His doctor started him on pregabalin 75 mg twice a day for nerve pain in his legs about a month ago. Since then he has fallen twice, once in the bathroom at night, and he says the room feels like it's swaying. Could that be coming from the Lyrica? He also takes oxycodone 5 mg when his back is bad, is it ok to take both together? And he sometimes forgets the evening dose - should he take two in the morning to make up for it? My mother is worried sick and I live 3 hours away.",
    focus: 'pregabalin',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: whether she will walk -> prognosis; whether being cousins explains it and the next baby's chance -> inheritance
  {
    message:
      'Hello, I write from Egypt. My daughter is 3 years and she is not walking yet, only she sit and crawl a little. Her legs are very soft and thin. The doctors made genetic test and say she has Dejerine-Sottas syndrome. Me and my husband are cousins, first degree. Our family say many things and I am very confuse. Will my daughter walk one day? Is this disease coming from us because we are cousins, and if we have another baby will he have it also? Please I need to understand. Thank you very much.',
    focus: 'Dejerine-Sottas syndrome',
    types: ['prognosis', 'inheritance'],
  },
  // why: same as diabetic neuropathy -> information; solvents asked as its cause -> association; safe exercise -> lifestyle
  {
    message:
      "I'm 63 and for the past couple of years my feet have slowly gone numb, and now it's starting in my fingertips. My doctor says it's peripheral neuropathy but all my bloodwork came back normal, including sugar and B12. I'm not diabetic. Is this the same thing as diabetic neuropathy or something different? I worked for about 20 years in a print shop cleaning presses with solvents, no gloves most of the time. Could that have caused this? I used to walk a lot but now I'm afraid of tripping on things I can't feel. What kind of exercise is safe for me?",
    focus: 'peripheral neuropathy',
    types: ['information', 'association', 'lifestyle'],
  },
  // why: whether the moon face and insomnia come from the medicine -> side_effects; whether it is safe with prediabetes -> contraindications
  {
    message:
      "I have CIDP and was put on prednisone 60 mg a day about 6 weeks ago, with the plan to taper slowly over months. My legs are definitely stronger, which is great. But my face has gotten round and puffy, I'm awake until 3 am every night, and I'm hungry all the time. Is all of that from the prednisone? Also my last A1c was 6.2, my doctor said prediabetic. Is it even safe for someone like me to be on high dose steroids for this long?",
    focus: 'prednisone',
    types: ['side_effects', 'contraindications'],
  },
  // why: whether burning feet and wobbling are signs of it -> symptoms; whether his legs will get better if he quits -> prognosis
  {
    message:
      "my brother is 47 and hes been a heavy drinker for 20+ years. lately he complains his feet burn at night and he walks kind of wobbly like hes drunk even when hes not. his doctor mentioned alcoholic neuropathy but he wont go back to her. are the burning feet and the wobbling part of alcoholic neuropathy or is that something else. and if he actually quits drinking this time, will his legs get better or is the damage done. i'm trying to get him into a program and maybe this would help convince him",
    focus: 'alcoholic neuropathy',
    types: ['symptoms', 'prognosis'],
  },
];
