/**
 * "pain" set. Messages from people living with long-lasting pain (fibromyalgia, complex regional pain syndrome,
 * trigeminal neuralgia, Ehlers-Danlos syndrome, pain medicines), often tired or angry. Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.975, type F1 0.879). Scored by pain.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --pain --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PAIN_MESSAGES: ConsumerMessage[] = [
  {
    // "gabapentin weight gain??" -> side_effects (whether the medicine causes weight gain)
    message: 'gabapentin weight gain??',
    focus: 'gabapentin',
    types: ['side_effects'],
  },
  {
    // "What actually causes it?" -> cause (why fibromyalgia happens)
    // "is there a blood test that proves I have it" -> diagnosis (a test to confirm it)
    subject: 'fibro',
    message:
      "Widespread pain for 6 yrs, sleep is garbage, and my GP keeps hinting it's all in my head. " +
      'What actually causes fibromyalgia? And is there a blood test that proves I have it so I can ' +
      'shove the result under his nose?',
    focus: 'fibromyalgia',
    types: ['cause', 'diagnosis'],
  },
  {
    // "Is surgery an option for TN?" -> treatment (surgery)
    // "Will it keep getting worse as I age?" -> prognosis (whether it gets worse)
    // "Are there any trials of new drugs I could get into?" -> research (clinical trials)
    message:
      'Hi. 58 yo woman, trigeminal neuralgia on the left side for 3 years. Tegretol worked at ' +
      'first but now the zaps are back several times an hour and eating is torture. Is surgery an ' +
      'option for TN? Will it keep getting worse as I age? Are there any trials of new drugs I could ' +
      'get into? Thank you, sorry for the rant.',
    focus: 'trigeminal neuralgia',
    types: ['treatment', 'prognosis', 'research'],
  },
  {
    // "Can I just stop or do I have to taper?" -> drug_usage (stopping the medicine)
    message:
      "I've been on Lyrica 75mg twice a day for 4 months and it has done nothing except make me " +
      'foggy and stupid. I want OFF. Can I just stop or do I have to taper down?',
    focus: 'pregabalin',
    types: ['drug_usage'],
  },
  {
    // "Is it passed down?" -> inheritance (whether it runs in families)
    // "which gene do they test for" -> genetic_changes (which gene)
    subject: 'hEDS and my kids',
    message:
      'I was finally diagnosed with hypermobile EDS at 34 after years of being called dramatic and ' +
      "clumsy. Now I'm terrified for my two girls. Is it passed down? And which gene do they even test " +
      "for, because my geneticist said there isn't one??",
    focus: 'Ehlers-Danlos syndrome, hypermobile type',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "how common is endometriosis really?" -> frequency (how common)
    message:
      "how common is endometriosis really? everyone in my family acts like I'm the only woman on " +
      'earth who ever had a painful period',
    focus: 'endometriosis',
    types: ['frequency'],
  },
  {
    // "Could this be it" -> diagnosis (whether the signs could be erythromelalgia)
    // "how would they test for it?" -> diagnosis (tests)
    message:
      "My feet burn like they're on fire every evening, bright red and hot to touch. I sleep with " +
      'them hanging out of the bed on a wet towel. A podiatrist mentioned erythromelagia. Could this ' +
      'be it, and how would they even test for it?',
    focus: 'erythromelalgia',
    types: ['diagnosis'],
  },
  {
    // "What can I eat that won't set off the pain?" -> lifestyle (diet)
    // "does it raise my risk of pancreatic cancer?" -> complications (whether it can lead to cancer)
    subject: 'chronic pancreatitis - food',
    message:
      'Chronic pancreatitis since 2019 (NOT from alcohol, I barely drink, thank you very much to ' +
      "every ER doctor who assumed). What can I eat that won't set off the pain? And does it raise my " +
      'risk of pancreatic cancer?',
    focus: 'chronic pancreatitis',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Is there anything that actually PREVENTS them" -> prevention (preventing attacks)
    // "is Botox worth trying?" -> treatment (a therapy)
    subject: 'migraines 15 days a month',
    message:
      "I'm 29 and I lose half of every month to migraines. Tried propranolol and topiramate and " +
      'had to quit both. Is there anything that actually PREVENTS them, or do I just keep popping ' +
      'triptans forever? Is Botox worth trying?',
    focus: 'migraine',
    types: ['prevention', 'treatment'],
  },
  {
    // "why would a pain doctor put me on amitriptyline?" -> indication (what it is used for)
    message:
      "why would a pain doctor put me on amitriptyline? I looked it up and it's an " +
      "antidepressant. I'm in pain, not depressed.",
    focus: 'amitriptyline',
    types: ['indication'],
  },
  {
    // "tramadol with sertraline ok??" -> interactions (with another medicine)
    message: 'tramadol with sertraline ok??',
    focus: 'tramadol',
    types: ['interactions'],
  },
  {
    // "How do I get rid of the gabapentin safely?" -> storage_disposal (throwing it away)
    message:
      'Mum passed last month after years of nerve pain and left a whole drawer of gabapentin ' +
      "bottles. How do I get rid of the gabapentin safely? I don't want to just flush it.",
    focus: 'gabapentin',
    types: ['storage_disposal'],
  },
  {
    // "is it going to spread to my other leg and just keep getting worse?" -> prognosis (course)
    // "Is there anyone in the UK who actually knows CRPS?" -> find_specialist (expert doctors)
    subject: 'CRPS spreading?',
    message:
      'CRPS in my right foot after a simple ankle fracture two years ago. Now my left foot is ' +
      'starting to burn the same way. Is it going to spread to my other leg and just keep getting worse? ' +
      'Is there anyone in the UK who actually knows CRPS? I am so tired.',
    focus: 'complex regional pain syndrome',
    types: ['prognosis', 'find_specialist'],
  },
  {
    // "Can I keep working full time with fibromyalgia?" -> lifestyle (work)
    // "Will I ever get back to how I was?" -> prognosis (whether she will recover)
    message:
      'Can I keep working full time with fibromyalgia? My manager wants me back on 5 days after ' +
      'sick leave. Will I ever get back to how I was before?',
    focus: 'fibromyalgia',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Is that from the Cymbalta?" -> side_effects (whether the problem comes from the medicine)
    // "Can I take it at night instead of the morning?" -> drug_usage (timing)
    subject: 'Cymbalta sweating',
    message:
      'Started duloxetine 60mg for fibro 3 weeks ago and I sweat through my sheets every night. Is ' +
      'that from the Cymbalta? Can I take it at night instead of the morning?',
    focus: 'duloxetine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Can Ehlers-Danlos cause heart problems?" -> complications (other problems it leads to)
    // "Should I get an echo?" -> diagnosis (whether to have a test)
    message:
      'Can Ehlers-Danlos cause heart problems? I get palpitations and dizzy spells on top of the ' +
      'joint pain. Should I get an echo?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['complications', 'diagnosis'],
  },
  {
    // "Is there a cure for endometriosis or is it just surgery after surgery?" -> treatment (cure)
    // "Will it go away after menopause?" -> prognosis (course)
    // "can I still get pregnant" -> complications (infertility)
    subject: 'endo, 24, exhausted',
    message:
      "Hello. I'm 24 and have had two laparoscopies for endometriosis already. After each one I " +
      'get maybe four good months and then the stabbing pain is back, plus the bloating and the pain ' +
      'when I go to the toilet. I have missed so much uni that I might have to repeat the year, and my ' +
      "boyfriend doesn't know what to do with me anymore. Is there a cure for endometriosis, or is it " +
      'just surgery after surgery for the rest of my life? Will it go away after menopause? And honestly ' +
      'the thing that keeps me up at night: can I still get pregnant one day? Thank you for reading this.',
    focus: 'endometriosis',
    types: ['treatment', 'prognosis', 'complications'],
  },
  {
    // "Why does this happen?" -> cause (what brings on the attacks)
    message:
      'Wind on my cheek, brushing my teeth, even TALKING sets off the electric shocks. Trigeminal ' +
      'neuralgia, they say. Why does this happen??',
    focus: 'trigeminal neuralgia',
    types: ['cause'],
  },
  {
    // "Is pregabalin safe in pregnancy or do I need to come off it first?" -> contraindications (pregnancy)
    message:
      "We're trying for a baby. Is pregabalin safe in pregnancy or do I need to come off it " +
      'before we try?',
    focus: 'pregabalin',
    types: ['contraindications'],
  },
  {
    // "Could my birth control pill be causing my migraines?" -> association (named exposure as cause)
    message:
      'Could my birth control pill be causing my migranes? They started about 4 months after I ' +
      'switched brands.',
    focus: 'migraine',
    types: ['association'],
  },
  {
    // "Could it run in families?" -> inheritance (runs in families)
    // "Which gene would it be?" -> genetic_changes (which gene)
    // "should I get tested" -> diagnosis (whether to be tested)
    message:
      'My dad and his sister both have chronic pancreatitis and neither of them drinks at all. ' +
      "Could it run in families? Which gene would it be? I'm 31 and I get upper belly pain after fatty " +
      'food, should I get tested?',
    focus: 'chronic pancreatitis',
    types: ['inheritance', 'genetic_changes', 'diagnosis'],
  },
  {
    // "ANY treatment for erythromelalgia that isn't ice?" -> treatment (therapies)
    message:
      "ANY treatment for erythromelalgia that isn't ice??? Please. I have not slept properly in " +
      'a month.',
    focus: 'erythromelalgia',
    types: ['treatment'],
  },
  {
    // "is one glass of wine ok on gabapentin" -> interactions (alcohol)
    subject: 'gabapentin and wine',
    message: "is one glass of wine ok on gabapentin 300mg 3x a day? it's my sister's wedding saturday",
    focus: 'gabapentin',
    types: ['interactions'],
  },
  {
    // "Are there any new fibromyalgia drugs in trials?" -> research (trials)
    // "Is there a fibro clinic in Manchester" -> find_specialist (clinic)
    message:
      "Are there any new fibromyalgia drugs in trials? I've done Lyrica, Cymbalta, amitriptyline, " +
      'the lot, and nothing touches it. Is there a proper fibro clinic anywhere near Manchester?',
    focus: 'fibromyalgia',
    types: ['research', 'find_specialist'],
  },
  {
    // "How many can I take in a day max?" -> drug_usage (dose)
    // "can it cause seizures" -> side_effects (a side effect of the medicine)
    message:
      'GP gave me tramadol 50mg for my back. How many can I take in a day max? And can it cause ' +
      'seizures? I had one as a teenager and nobody asked.',
    focus: 'tramadol',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Is the weight from the ami?" -> side_effects (whether the problem comes from the medicine)
    message:
      "On amitriptyline 10mg at night for migraines and I've put on 6 kilos in 3 months without " +
      'eating any differently. Is the weight from the ami?',
    focus: 'amitriptyline',
    types: ['side_effects'],
  },
  {
    // "What is it?" -> information (what the condition is)
    // "Is it the same as ordinary peripheral neuropathy?" -> information (whether two are the same)
    message:
      'Neurologist wrote "small fibre neuropathy" on my letter and nothing else. What is it? Is it ' +
      'the same as ordinary peripheral neuropathy?',
    focus: 'small fiber neuropathy',
    types: ['information'],
  },
  {
    // "Why does it come at the same time every night?" -> cause (what brings on the attacks)
    // "Does oxygen really work?" -> treatment (a therapy)
    subject: 'cluster headaches',
    message:
      'Cluster headache, 3am on the dot every night for 6 weeks, I want to bang my head on the ' +
      'wall. Why does it come at the same time every night? Does oxygen really work?',
    focus: 'cluster headache',
    types: ['cause', 'treatment'],
  },
  {
    // "Which foods should I avoid?" -> lifestyle (diet)
    // "Can it damage my bladder long term?" -> complications (damage)
    // "is it from all the UTIs I had as a teenager?" -> association (named exposure as cause)
    subject: 'interstitial cystitis flare',
    message:
      'IC flare for 2 weeks now, peeing every 20 minutes and it burns. Which foods should I avoid? ' +
      'Coffee is the only joy I have left. Can it damage my bladder long term? And is it from all the ' +
      'UTIs I had as a teenager?',
    focus: 'interstitial cystitis',
    types: ['lifestyle', 'complications', 'association'],
  },
  {
    // "How long does postherpetic neuralgia last, does it ever go away completely?" -> prognosis (course)
    // "could I have prevented this with the vaccine?" -> prevention (preventing it)
    message:
      'Had shingles on my chest last spring. Rash long gone but the nerve pain is still there, ' +
      'even my shirt hurts. How long does postherpetic neuralgia last, does it ever go away ' +
      "completely? I'm 67, could I have prevented this with the vaccine?",
    focus: 'postherpetic neuralgia',
    types: ['prognosis', 'prevention'],
  },
  {
    // "How rare is EDS actually?" -> frequency (how common)
    // "Is it the same thing as hypermobility spectrum disorder?" -> information (whether two are the same)
    // "is there anyone in Ohio who treats adults with it" -> find_specialist (doctors)
    message:
      'How rare is EDS actually? Is it the same thing as hypermobility spectrum disorder? And is ' +
      'there anyone in Ohio who treats adults with it, every doctor I see just says "you\'re bendy, do ' +
      'yoga".',
    focus: 'Ehlers-Danlos syndrome',
    types: ['frequency', 'information', 'find_specialist'],
  },
  {
    // "Is there any program that helps pay for Creon?" -> other (costs)
    subject: 'Creon denied again',
    message:
      "Insurance denied my Creon for the third time. I have chronic pancreatitis and can't eat " +
      'without it. Is there any program that helps pay for Creon?',
    focus: 'pancrelipase',
    types: ['other'],
  },
  {
    // "Does being overweight make you more likely to get chronic migraine?" -> susceptibility (risk)
    // "does having migraines make a stroke more likely" -> complications (other problems it leads to)
    message:
      "I've put on a lot of weight since my knee surgery and my headaches are way worse. Does " +
      'being overweight make you more likely to get chronic migraine? And does having migraines make a ' +
      'stroke more likely? my aura scares me',
    focus: 'migraine',
    types: ['susceptibility', 'complications'],
  },
  {
    // "Does Tegretol have lactose in it?" -> ingredients (what it contains)
    message:
      "Does Tegretol have lactose in it? I'm badly lactose intolerant and my stomach has been a " +
      'mess since I started it for my face pain.',
    focus: 'carbamazepine',
    types: ['ingredients'],
  },
  {
    // "Do sumatriptan injections need to be kept in the fridge?" -> storage_disposal (storing)
    message:
      'Do sumatriptan injections need to be kept in the fridge? I travel a lot for work and ' +
      'living out of hotel rooms.',
    focus: 'sumatriptan',
    types: ['storage_disposal'],
  },
  {
    // "Is brain fog part of fibromyalgia?" -> symptoms (whether a sign belongs to it)
    // "does anything help the fog?" -> treatment (managing it)
    subject: 'fibro fog',
    message:
      "Is brain fog part of fibromyalgia? I forget words mid sentence, I'm 41 and I feel 90. " +
      'does anything help the fog?',
    focus: 'fibromyalgia',
    types: ['symptoms', 'treatment'],
  },
  {
    // "How can a SPRAIN do this??" -> cause (why it happens)
    // "Will she grow out of it?" -> prognosis (whether she will recover)
    // "can she still do PE" -> lifestyle (school, sport)
    subject: 'my daughter, 14',
    message:
      'Our daughter got CRPS after a sprained wrist at netball, her hand is purple, swollen and ' +
      'she screams if the sheet touches it. How can a SPRAIN do this?? Will she grow out of it? Can she ' +
      'still do PE or will moving it make it worse? Please help, we feel so lost.',
    focus: 'complex regional pain syndrome',
    types: ['cause', 'prognosis', 'lifestyle'],
  },
  {
    // "Is amitriptyline safe for someone with a heart problem?" -> contraindications (precautions)
    // "can she take it with her warfarin?" -> interactions (with another medicine)
    // "what dose do they usually start at for someone her age?" -> drug_usage (dose)
    message:
      'Is amitriptyline safe for someone with a heart problem? My mum is 79, has AF, and her GP ' +
      'wants to start her on it for nerve pain in her feet. Can she take it with her warfarin? And what ' +
      'dose do they usually start at for someone her age?',
    focus: 'amitriptyline',
    types: ['contraindications', 'interactions', 'drug_usage'],
  },
  {
    // "Can endometriosis show up on an ultrasound or do I really need surgery to know?" -> diagnosis (tests)
    // "Does it cause pain when I poo during my period?" -> symptoms (whether a sign belongs to it)
    message:
      'Can endometriosis show up on an ultrasound or do I really need surgery to know? 8 years of ' +
      'being told it\'s "just bad periods". Does it cause pain when I poo during my period too?',
    focus: 'endometriosis',
    types: ['diagnosis', 'symptoms'],
  },
  {
    // "Does it run in families?" -> inheritance (runs in families)
    // "Which gene is it" -> genetic_changes (which gene)
    // "should he have the test?" -> diagnosis (whether to be tested)
    subject: 'hemiplegic migraine in a 9 year old',
    message:
      'My son (9) had an attack where his right arm went weak and floppy before the headache. ' +
      'Terrifying, we thought it was a stroke. The ER said hemiplegic migraine. His dad gets awful ' +
      'migraines too. Does it run in families? Which gene is it, and should he have the test?',
    focus: 'hemiplegic migraine',
    types: ['inheritance', 'genetic_changes', 'diagnosis'],
  },
];
