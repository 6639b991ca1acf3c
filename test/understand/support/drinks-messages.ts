/**
 * "drinks" set. Messages about alcohol, coffee, energy drinks, cannabis, smoking and vaping with a condition or a
 * medicine: whether they are safe, make it worse or caused it. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.750). Scored by drinks.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --drinks --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DRINKS_MESSAGES: ConsumerMessage[] = [
  // why: asking whether a glass of wine sets off an attack is asking what brings on its attacks (cause)
  {
    subject: 'porphyria and wine',
    message: 'i have acute intermittent porphyria. can one glass of wine at a wedding set off an attack',
    focus: 'acute intermittent porphyria',
    types: ['cause'],
  },
  // why: the message asks whether energy drinks can trigger the arrhythmia (cause) and whether he can keep playing football (lifestyle)
  {
    subject: 'Energy drinks with long QT',
    message:
      "My son is 17 and was diagnosed with LQTS (type 1) last year after he fainted at swim practice. He is on nadolol. Now he's drinking Monster or Red Bull before every football practice because all his teammates do. Can the caffeine in these drinks trigger the dangerous heart rhythm? And is it really OK for him to keep playing football at all? His cardiologist said yes but I am terrified.",
    focus: 'LQTS',
    types: ['cause', 'lifestyle'],
  },
  // why: asking whether liquid sertraline has alcohol in it is about what the medicine contains (ingredients)
  {
    message:
      'My son takes Antabuse to stay sober and his psychiatrist wants to add the liquid form of sertraline because he cannot swallow pills well. Does the liquid sertraline contain alcohol?',
    focus: 'sertraline',
    types: ['ingredients'],
  },
  // why: giving up alcohol/coffee is diet (lifestyle), liver damage from drinking is complications, testing siblings is diagnosis
  {
    subject: 'New diagnosis - hemochromatosis',
    message:
      "Hello. I was just diagnosed with hereditary hemochromatosis (C282Y twice) after a routine blood test showed a ferritin of 1100. I'm 42 and I like a few beers at the weekend and I drink a lot of coffee. Do I need to give up alcohol completely, and is coffee ok or even helpful? Can drinking damage my liver faster because of the iron? Also, should my brother and sister be tested too? Thanks in advance.",
    focus: 'hereditary hemochromatosis',
    types: ['lifestyle', 'complications', 'diagnosis'],
  },
  // why: "could smoking be why he got it" names an exposure as its cause (association); "how rare is it" is frequency
  {
    message:
      "my uncle is 45 and has Buerger's disease, they are talking about taking off two of his toes. he has smoked since he was 14. was the smoking what gave it to him? and how rare is this, none of us had ever heard of it",
    focus: "Buerger's disease",
    types: ['association', 'frequency'],
  },
  // why: drinking beer on the medicine is interactions, and whether it can hurt the liver is a side effect of the medicine
  {
    subject: 'accutane + party',
    message:
      "Hi, I'm 19 and on month 3 of Accutane. My roommate's birthday is this Saturday. Is it ok to have a couple beers while on it? And can Accutane itself mess up your liver? My derm does blood tests every month and I don't really know why.",
    focus: 'Accutane',
    types: ['interactions', 'side_effects'],
  },
  // why: asking whether drinking is what sets off the yellow eyes asks what brings on its episodes (cause)
  {
    message:
      "i have gilbert syndrome, diagnosed at 16. every time i've been out drinking my eyes go a bit yellow the next day. is it the alcohol thats setting it off or something else like not eating",
    focus: 'gilbert syndrome',
    types: ['cause'],
  },
  // why: coffee changing lithium levels is interactions; whether the tremor comes from the lithium is side_effects
  {
    message:
      'I take lithium for bipolar disorder and I drink about five cups of coffee a day, more during exam season. Does coffee change my lithium levels? Also my hands shake quite a bit, is that from the lithium or from all the coffee?',
    focus: 'lithium',
    types: ['interactions', 'side_effects'],
  },
  // why: "can weed cause schizophrenia" names an exposure as cause (association); "will he get better" is prognosis; family chance is inheritance
  {
    subject: 'Son, cannabis and voices',
    message:
      "Our son is 16. For the past year he has been smoking weed almost every day, sometimes strong stuff his friends buy. In the last two months he started hearing voices and thinks people at school are talking about him. The psychiatrist says it may be early schizophrenia. Can smoking weed actually cause schizophrenia? If he stops completely, will he get better? My brother has schizophrenia too so I keep wondering if it's in the family and my son got it from our side. We are so lost, please help.",
    focus: 'schizophrenia',
    types: ['association', 'prognosis', 'inheritance'],
  },
  // why: whether vaping can give you the disease is a named exposure asked as its cause (association)
  {
    subject: 'vaping',
    message: 'Is it true vaping can give you popcorn lung??',
    focus: 'popcorn lung',
    types: ['association'],
  },
  // why: wine and cranberry juice with the medicine are interactions; when in the day to take it is drug_usage
  {
    message:
      'I have been on warfarin since my blood clot in March. Can I still have a glass of red wine with dinner, and what about cranberry juice? Also, does it matter if I take my tablet in the morning or the evening?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "can I still prevent it if I stop now" is prevention; "can it be seen on a scan" is diagnosis
  {
    subject: 'drank before I knew I was pregnant',
    message:
      "I'm 10 weeks pregnant and I had a lot to drink at a couple of parties before I found out. I've stopped completely now. If I stop now can I still prevent fetal alcohol syndrome? And is it something they can see on the ultrasound?",
    focus: 'fetal alcohol syndrome',
    types: ['prevention', 'diagnosis'],
  },
  // why: alcohol bringing on worse weakness is cause; "will it get worse over the years" is prognosis; support group is find_specialist
  {
    subject: 'MG and alcohol',
    message:
      "I'm 29 and was diagnosed with myasthenia gravis (MG) in January, I'm on Mestinon. I've noticed my eyelids droop and my speech gets slurry after even two drinks. Can alcohol bring on a flare of the weakness? Is this going to get worse over the years? And is there a support group for young people with MG anywhere near Leeds?",
    focus: 'myasthenia gravis',
    types: ['cause', 'prognosis', 'find_specialist'],
  },
  // why: why stopping smoking changes the dose is smoking interacting with the medicine (interactions)
  {
    message:
      'My brother takes clozapine and he is finally trying to quit smoking. His psychiatrist said his dose might need to be lowered when he stops. Why would stopping smoking change how much clozapine he needs?',
    focus: 'clozapine',
    types: ['interactions'],
  },
  // why: why beer sets off an attack is cause; "anything to stop them coming" is preventing attacks
  {
    message:
      'cluster headaches since i was 25. why does even half a beer set one off within an hour when im in a cycle, when i can drink fine between cycles? and is there anything to stop them coming in the first place',
    focus: 'cluster headaches',
    types: ['cause', 'prevention'],
  },
  // why: whether lungs improve if he quits is prognosis, vaping instead is lifestyle, augmentation therapy is treatment, a clinic is find_specialist
  {
    subject: 'Alpha-1, still smoking',
    message:
      "My dad died of emphysema at 58 and last month I found out I have alpha-1 antitrypsin deficiency, the ZZ type. I'm 34 and I still smoke about a pack a day, plus I vape at work. My breathing test showed some damage already. If I quit now will my lungs get any better or just stop getting worse? Would switching to only vaping be any safer? Can I get the augmentation infusions even though I smoke? And is there a specialist alpha-1 clinic somewhere near Denver? Sorry for all the questions.",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['prognosis', 'lifestyle', 'treatment', 'find_specialist'],
  },
  // why: why alcohol must be avoided with the medicine is interactions
  {
    message:
      'Why do I have to stop drinking when I am on methotrexate for my rheumatoid arthritis? Not even one glass at Christmas?',
    focus: 'methotrexate',
    types: ['interactions'],
  },
  // why: "does that mean I have it" is diagnosis; whether using wine to control the shaking is ok is managing it (treatment)
  {
    subject: 'shaking hands better after wine',
    message:
      "My hands shake when I hold a cup or write, it's been getting worse since my 40s and my mother had the same. I noticed it's much less after a glass of wine. Does that mean I have essential tremor? And is it bad to use a drink in the evening to control it, or are there proper treatments?",
    focus: 'essential tremor',
    types: ['diagnosis', 'treatment'],
  },
  // why: whether quitting smoking keeps flares away is preventing relapses (prevention)
  {
    subject: "Smoking and Crohn's",
    message:
      "My GI keeps saying stopping smoking is the best thing I can do for my Crohn's disease. Will quitting really stop it from flaring up again?",
    focus: "Crohn's disease",
    types: ['prevention'],
  },
  // why: "could quitting have triggered it" names an exposure as cause (association); nicotine patches to help is treatment
  {
    message:
      'I quit smoking in March after 20 years and by June I had bloody diarrhea and was diagnosed with ulcerative colitis. Could quitting smoking have triggered it? I read somewhere that nicotine patches help ulcerative colitis, would they help me?',
    focus: 'ulcerative colitis',
    types: ['association', 'treatment'],
  },
  // why: energy drinks/coffee/alcohol with the medicine are interactions, skipping a dose is drug_usage, heart problems from it is side_effects
  {
    subject: 'adderall, red bull and drinking',
    message:
      "I'm a junior in college and take Adderall XR 20 mg for ADHD. Is it dangerous to have Red Bull or a lot of coffee on top of it when I'm studying late? What about drinking on weekends, should I skip my dose on days I know I'm going out? And can Adderall cause heart problems long term? I'm 20 and sometimes my heart races.",
    focus: 'Adderall',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: whether he can drink again is daily life with the condition (lifestyle)
  {
    message: 'can i ever drink again after pancreatitis or is that it for life',
    focus: 'pancreatitis',
    types: ['lifestyle'],
  },
  // why: whether weed can bring on seizures is cause; whether Keppra mixes with it is interactions
  {
    message:
      "hi. my daughter is 15 and has epilepsy, she's been seizure free for a year on keppra. i found out her friends vape weed and she's tried it. can weed bring on seizures? and does it interact with keppra?",
    focus: 'epilepsy',
    types: ['cause', 'interactions'],
  },
  // why: "what is it exactly" is information, whether thiamine reverses it is treatment, whether memory comes back is prognosis
  {
    subject: 'husband, drinking and memory loss',
    message:
      "My husband has been a heavy drinker for over twenty years. Over the last few months he has become very confused, he can't remember what he did an hour ago and he walks like he's drunk even when he hasn't had anything. The neurologist in the hospital mentioned Wernicke-Korsakoff syndrome and started him on thiamine injections. What is it exactly? Can the thiamine reverse it? If he stops drinking for good, will his memory come back?",
    focus: 'Wernicke-Korsakoff syndrome',
    types: ['information', 'treatment', 'prognosis'],
  },
  // why: what it is and how it works is indication; mouthwash and cooking wine are interactions; Medicaid coverage is other
  {
    subject: 'Antabuse questions',
    message:
      "My husband's doctor wants to start him on disulfiram. How does it actually stop someone from drinking? Will he get sick from mouthwash or food cooked with wine while he's on it? And does Medicaid usually cover it?",
    focus: 'disulfiram',
    types: ['indication', 'interactions', 'other'],
  },
  // why: whether smoking and dipping put him at risk is susceptibility (an exposure raising the risk)
  {
    message: "I'm 22, I smoke and I've used dip since high school. am I at risk for mouth cancer",
    focus: 'mouth cancer',
    types: ['susceptibility'],
  },
  // why: whether caffeine brings on the episodes is cause; whether salt and fluids help is managing it (treatment)
  {
    message:
      'I was diagnosed with POTS at 19. I live on iced coffee at uni. Is caffeine what triggers my racing heart episodes when I stand up, and should I be doing the salt and water loading thing my friend with POTS does?',
    focus: 'POTS',
    types: ['cause', 'treatment'],
  },
  // why: which drinks are safe is diet (lifestyle), harm to his brain is complications, new treatments being studied is research
  {
    subject: 'PKU teen and diet drinks',
    message:
      "Our son is 14 and has PKU. He wants to drink diet sodas and energy drinks like his friends. We know aspartame is a problem but he says a can won't hurt. Which drinks are actually safe for him? If he sneaks a few diet sodas a week, can it harm his brain at his age? And is there anything in research that might let him eat and drink more normally someday?",
    focus: 'PKU',
    types: ['lifestyle', 'complications', 'research'],
  },
  // why: whether a seizure history means she should not take it is contraindications
  {
    message:
      'My doctor offered bupropion to help me quit smoking, but I had a seizure once years ago when I was coming off alcohol. Is it safe for me to take it?',
    focus: 'bupropion',
    types: ['contraindications'],
  },
  // why: whether the wild dreams come from the patch is side_effects; how to throw used patches away is storage_disposal
  {
    subject: 'nicotine patch',
    message:
      'started the nicotine patch 2 weeks ago to quit. is the patch why im having crazy vivid dreams every night? also how should i throw the used ones away, i have a puppy that gets into the bin',
    focus: 'nicotine patch',
    types: ['side_effects', 'storage_disposal'],
  },
  // why: whether smoking/drinking make vision loss likely is susceptibility; what the mutation means is genetic_changes; passing it to children is inheritance; idebenone is treatment
  {
    subject: 'LHON carrier - smoking and drinking',
    message:
      "My older brother lost most of his sight to LHON when he was 23. I got tested and I have the same mutation (they wrote m.11778G>A) but my eyes are fine so far. I'm 26, I smoke and drink most weekends. Does smoking or drinking make it more likely that I'll lose my vision too? What does that mutation actually mean, which gene is it in? Can I pass it on to my kids, since I'm a man? And if it starts, does idebenone actually work?",
    focus: 'LHON',
    types: ['susceptibility', 'genetic_changes', 'inheritance', 'treatment'],
  },
  // why: stopping the flushing attacks before they happen is preventing attacks (prevention)
  {
    message:
      'I have mastocytosis and I flush and get hives from even one glass of prosecco. My best friend is getting married next month. Is there a way to stop the reactions so I can have a toast with everyone?',
    focus: 'mastocytosis',
    types: ['prevention'],
  },
  // why: whether she can drink at uni is lifestyle; whether her liver will be ok long term is prognosis
  {
    message:
      "I'm 18 and have Wilson's disease, I've been on zinc since I was 12 and my levels are good. I'm starting uni in September. Can I drink at all? Will my liver be ok in the long run?",
    focus: "Wilson's disease",
    types: ['lifestyle', 'prognosis'],
  },
  // why: "could the drinking have caused it" names an exposure as cause (association); "is it the same as" the other porphyria is information
  {
    subject: 'PCT',
    message:
      'I was diagnosed with porphyria cutanea tarda after getting blisters on the backs of my hands all summer. I drink most nights and smoke. Could the drinking have caused it? And is it the same thing as the porphyria that gives people those bad stomach attacks?',
    focus: 'porphyria cutanea tarda',
    types: ['association', 'information'],
  },
  // why: asking whether smoking is why he got it names an exposure as cause (association)
  {
    message:
      'i got hidradenitis suppurativa when i was 19 and i have smoked since i was 15. is smoking the reason i got it',
    focus: 'hidradenitis suppurativa',
    types: ['association'],
  },
  // why: "could the binge have caused it" is association (named exposure as cause); "will it keep happening" is prognosis
  {
    subject: 'AFib after a wedding',
    message:
      "I'm 38, fit, and had my first episode of atrial fibrillation the morning after my brother's wedding, where I drank way too much. It went back to normal on its own in the ER. Could the drinking have caused it? Is it going to keep happening now?",
    focus: 'atrial fibrillation',
    types: ['association', 'prognosis'],
  },
  // why: taking the painkiller after drinking is the medicine with alcohol (interactions)
  {
    message: 'is it safe to take tylenol for a hangover',
    focus: 'tylenol',
    types: ['interactions'],
  },
  // why: whether pain after drinking is a sign of the disease is symptoms
  {
    subject: 'weird pain after drinking',
    message:
      'I am 24 and I get an aching pain in a lump in my neck about 10 minutes after I drink beer or wine. Is pain after drinking alcohol a sign of Hodgkin lymphoma?',
    focus: 'Hodgkin lymphoma',
    types: ['symptoms'],
  },
  // why: whether smoking and coffee make the attacks worse asks what brings on its attacks (cause)
  {
    message:
      "My fingers go white then blue in the cold, my doctor says it's Raynaud's disease. Do smoking and coffee make the attacks worse?",
    focus: "Raynaud's disease",
    types: ['cause'],
  },
  // why: damage vaping does to her lungs is complications, vaping with Kalydeco is interactions, drinking at prom is lifestyle
  {
    subject: 'CF and vaping',
    message:
      "My 16 yr old daughter has cystic fibrosis and I just found a vape in her school bag. She says it's just flavored and not as bad as cigarettes. How much damage can vaping do to her lungs with CF? Does it affect how her Kalydeco works? She also keeps asking if she can have a drink at prom like everyone else. I don't know what to tell her.",
    focus: 'cystic fibrosis',
    types: ['complications', 'interactions', 'lifestyle'],
  },
];
