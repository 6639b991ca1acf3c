/**
 * "mouth" set. Messages about conditions of the mouth, teeth, jaw, face, ears, nose and throat and their
 * medicines and operations (cleft lip and palate, ectodermal dysplasia, TMJ disorders, hereditary hearing loss).
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.950, type F1 0.868). Scored by mouth.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --mouth --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MOUTH_MESSAGES: ConsumerMessage[] = [
  {
    // "What causes it?" -> cause (why it happens)
    // "when do they usually do the operation to close it?" -> treatment (timing of surgery)
    subject: '20 week scan',
    message:
      'Hi, we found out at our 20 week scan that our baby boy has a cleft lip and palate. I keep ' +
      'thinking I did something wrong. What causes it? And when do they usually do the operation to ' +
      'close it? Thank you',
    focus: 'cleft lip and palate',
    types: ['cause', 'treatment'],
  },
  {
    // "what is cherubism" -> information (what the condition is)
    message: 'what is cherubism',
    focus: 'cherubism',
    types: ['information'],
  },
  {
    // "Is this something that gets passed through the mom's side?" -> inheritance (how it runs in families)
    // "Is there a blood test that can confirm it?" -> diagnosis (test to confirm)
    // "how do we keep him safe at preschool in summer" -> lifestyle (school, daily life in heat)
    subject: 'no sweat and peg teeth',
    message:
      'My son is 4 and only has 6 baby teeth, all pointy like pegs. He never sweats and gets ' +
      'bright red and sick in the heat, and his hair is very thin. Our dentist said it might be ' +
      'ectodermal displasia. My brother had false teeth at age 10 and my mom always said it was from a ' +
      "fever. Is this something that gets passed through the mom's side? Is there a blood test that " +
      'can confirm it? And how do we keep him safe at preschool in summer when they play outside? Sorry ' +
      'for the long message, we are just scared.',
    focus: 'ectodermal dysplasia',
    types: ['inheritance', 'diagnosis', 'lifestyle'],
  },
  {
    // "What are the options to fix her teeth at her age - crowns, veneers?" -> treatment (dental repair)
    // "How rare is AI?" -> frequency (how rare)
    // "is there anything we can do about that?" -> other (insurance refusing to pay)
    subject: 'teeth chipping, AI',
    message:
      'Hello. My daughter is 13 and was diagnosed with amelogenisis imperfecta. Her enamel is ' +
      'soft and brownish, it chips off and she is very sensitive to cold. The kids at school tease her ' +
      "and she won't smile in photos. What are the options to fix her teeth at her age - crowns, " +
      "veneers? How rare is AI? The insurance company says crowns are cosmetic and won't pay, is there " +
      'anything we can do about that? Thanks so much.',
    focus: 'amelogenesis imperfecta',
    types: ['treatment', 'frequency', 'other'],
  },
  {
    // "Which gene is it?" -> genetic_changes (which gene)
    // "what are the odds it happens again?" -> inheritance (chance for a next baby)
    message:
      'My nephew was born last month with Treacher Colins syndrome. Nobody else in the family ' +
      'has it. Which gene is it? My sister wants another baby someday, what are the odds it happens ' +
      'again?',
    focus: 'Treacher Collins syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "could this be TMJ?" -> diagnosis (whether her signs could be it)
    // "what kind of doctor do i see, dentist or ENT?" -> find_specialist (which doctor)
    subject: 'jaw clicking',
    message:
      'my jaw clicks every time i chew and last week it locked when i yawned, my ear aches too. ' +
      'could this be TMJ? what kind of doctor do i see, dentist or ENT?',
    focus: 'TMJ disorders',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "What side effects should I expect?" -> side_effects (the medicine's side effects)
    // "can I still have a glass of wine with dinner while on it?" -> interactions (medicine with alcohol)
    message:
      "I have Behcet's with mouth ulcers almost nonstop and my rheumatologist wants to start me " +
      'on Otezla. What side effects should I expect? I read about diarrhea and depression. Also can I ' +
      'still have a glass of wine with dinner while on it?',
    focus: 'Otezla',
    types: ['side_effects', 'interactions'],
  },
  {
    // "Can I catch it from him?" -> susceptibility (whether someone can catch it)
    subject: 'Behcets - contagious?',
    message:
      'My boyfriend was just diagnosed with Behcets disease. He gets sores in his mouth and down ' +
      'there. Can I catch it from him?',
    focus: 'Behcet disease',
    types: ['susceptibility'],
  },
  {
    // "Do salt or coffee set off the attacks?" -> cause (what brings on its attacks)
    // "Is there anything I can do to stop them happening so often?" -> prevention (preventing attacks)
    // "will I end up deaf in that ear?" -> prognosis (course of the disease)
    subject: 'Menieres attacks',
    message:
      'Hi. I was diagnosed with Menieres disease last spring. The spinning attacks come out of ' +
      'nowhere, I throw up for hours and my left ear roars and feels full. Do salt or coffee set off ' +
      'the attacks? Is there anything I can do to stop them happening so often? And will I end up deaf ' +
      'in that ear? I am 38 and work as a bus driver, so this is scary.',
    focus: "Meniere's disease",
    types: ['cause', 'prevention', 'prognosis'],
  },
  {
    // "how much meclizine can I take in one day" -> drug_usage (dose)
    // "will it make me too drowsy to drive?" -> side_effects (drowsiness from the medicine)
    message:
      'how much meclizine can I take in one day for vertigo? and will it make me too drowsy to ' + 'drive?',
    focus: 'meclizine',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "How can she have it then?" -> inheritance (hearing parents as carriers)
    // "Which gene is it usually caused by?" -> genetic_changes (which gene)
    subject: 'failed newborn hearing test',
    message:
      'Our daughter failed her newborn hearing screen twice and the ABR showed severe hearing ' +
      'loss in both ears. The audiologist said it is probably genetic, nonsyndromic hearing loss. My ' +
      'husband and I both hear fine and nobody in our families is deaf. How can she have it then? Which ' +
      'gene is it usually caused by?',
    focus: 'nonsyndromic hearing loss',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "At what point do they take the tonsils out?" -> treatment (surgery)
    message:
      'My 7 yr old has had tonsilitis 6 times since September, antibiotics every time. At what ' +
      'point do they take the tonsils out?',
    focus: 'tonsillitis',
    types: ['treatment'],
  },
  {
    // "Will he grow out of it?" -> prognosis (course, whether it goes away)
    // "would taking his tonsils out cure it?" -> treatment (surgery as a cure)
    message:
      'Hi, our son is 3 and every 4 weeks like clockwork he gets a high fever for 4 days with ' +
      'mouth sores, a red throat and swollen glands in his neck, then he is totally fine. The ' +
      'pediatrician thinks it is PFAPA. Will he grow out of it? And would taking his tonsils out cure ' +
      'it?',
    focus: 'PFAPA syndrome',
    types: ['prognosis', 'treatment'],
  },
  {
    // "Does it have to be kept in the fridge?" -> storage_disposal (storing the medicine)
    // "what do I do with what is left over after the 10 days?" -> storage_disposal (throwing it away)
    subject: 'amoxicillin liquid',
    message:
      'My daughter has strep throat and got amoxicillin liquid from the pharmacy. Does it have ' +
      'to be kept in the fridge? And what do I do with what is left over after the 10 days?',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "is that the pills?" -> side_effects (whether a problem comes from the medicine)
    message:
      'started pilocarpine for dry mouth from my sjogrens 2 weeks ago and now I sweat buckets, ' +
      'even at night. is that the pills?',
    focus: 'pilocarpine',
    types: ['side_effects'],
  },
  {
    // "Could my fillings have caused it?" -> association (named exposure asked as its cause)
    subject: 'white lacy patches',
    message:
      'I have oral lichen planus on the inside of both cheeks. A friend told me it comes from ' +
      'the mercury in old silver fillings. Could my fillings have caused it?',
    focus: 'oral lichen planus',
    types: ['association'],
  },
  {
    // "Is it safe to take if I get pregnant?" -> contraindications (pregnancy)
    // "does it stop my birth control pill from working?" -> interactions (with another medicine)
    message:
      'I was put on Tegretol 200mg for trigeminal neuralgia. My husband and I are trying for a ' +
      'baby. Is it safe to take if I get pregnant? Also does it stop my birth control pill from ' +
      'working?',
    focus: 'Tegretol',
    types: ['contraindications', 'interactions'],
  },
  {
    // "Is there a group where families like ours can talk to each other?" -> find_specialist (support group)
    // "can it really give him a smile?" -> treatment (smile surgery)
    subject: 'grandson with Moebius',
    message:
      "My grandson is 5 and has Moebius syndrome. He can't smile or move his eyes side to side " +
      'and other kids ask him why he looks angry. Is there a group where families like ours can talk to ' +
      'each other? We also heard about a "smile surgery" using a muscle from the leg - can it really ' +
      'give him a smile?',
    focus: 'Moebius syndrome',
    types: ['find_specialist', 'treatment'],
  },
  {
    // "What causes it?" -> cause (why it happens)
    // "Is it true that women after menopause get it more?" -> susceptibility (who is at risk)
    message:
      'My tongue and lips have burned like I drank hot coffee for 8 months now. Dentist and ' +
      'doctor found nothing and said it is burning mouth syndrome. What causes it? Is it true that ' +
      'women after menopause get it more?',
    focus: 'burning mouth syndrome',
    types: ['cause', 'susceptibility'],
  },
  {
    // "Can my husband catch it from me?" -> susceptibility (whether someone can catch it)
    // "How do I stop it coming back every month?" -> prevention (preventing relapses)
    subject: 'thrush keeps coming back',
    message:
      'I am 72 and wear a full upper denture. I keep getting thrush in my mouth, white patches ' +
      'and a sore burning palate. Can my husband catch it from me? How do I stop it coming back every ' +
      'month?',
    focus: 'oral thrush',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Is there really a connection between HPV and throat cancer?" -> association (link with an exposure)
    // "What are his chances?" -> prognosis (outlook)
    message:
      'My husband is 52 and never smoked but was just diagnosed with throat cancer, the doctor ' +
      'said it is HPV positive. Is there really a connection between HPV and throat cancer? What are ' +
      'his chances? They said stage 1.',
    focus: 'throat cancer',
    types: ['association', 'prognosis'],
  },
  {
    // "What is Stickler syndrome exactly?" -> information (what the condition is)
    // "what can it do to her eyes later on?" -> complications (problems it can lead to)
    message:
      'Our daughter was born with Pierre Robin sequence, small jaw and cleft palate, and now the ' +
      'geneticist wants to test her for Stickler syndrome. What is Stickler syndrome exactly? And what ' +
      'can it do to her eyes later on? We have heard about retinal detachment.',
    focus: 'Stickler syndrome',
    types: ['information', 'complications'],
  },
  {
    // "How common is that?" -> frequency (how common)
    // "Could I have it even though my hearing is normal?" -> diagnosis (whether her signs could be it)
    message:
      'I have a white streak in my hair since birth and one blue eye and one brown eye. My ' +
      'cousin who is a nurse said it sounds like Waardenburg syndrome. How common is that? Could I have ' +
      'it even though my hearing is normal?',
    focus: 'Waardenburg syndrome',
    types: ['frequency', 'diagnosis'],
  },
  {
    // "Are there any clinical trials for gene therapy for the eyes?" -> research (trials)
    // "where in the US are the best doctors for Usher?" -> find_specialist (expert doctors)
    subject: 'Usher syndrome type 1B',
    message:
      'Our son is 2, deaf with cochlear implants, and we just got genetic results showing Usher ' +
      'syndrome type 1B. Are there any clinical trials for gene therapy for the eyes? And where in the ' +
      'US are the best doctors for Usher?',
    focus: 'Usher syndrome',
    types: ['research', 'find_specialist'],
  },
  {
    // "How long before my face goes back to normal?" -> prognosis (recovery)
    // "can I still perform next month?" -> lifestyle (work)
    message:
      "Woke up 3 days ago with the left side of my face drooping and can't close my eye. ER " +
      "said Bell's palsy and gave me prednisone. How long before my face goes back to normal? I'm a " +
      'singer, can I still perform next month?',
    focus: "Bell's palsy",
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "do bleeding gums when i brush mean gum disease?" -> symptoms (a sign of it?)
    message: 'do bleeding gums when i brush mean gum disease?',
    focus: 'gum disease',
    types: ['symptoms'],
  },
  {
    // "What is the difference between Goldenhar syndrome and hemifacial microsomia?" -> information
    //   (difference between two conditions)
    subject: 'difference?',
    message:
      "What is the difference between Goldenhar syndrome and hemifacial microsomia? Our son's " +
      'doctors use both names.',
    focus: 'Goldenhar syndrome',
    types: ['information'],
  },
  {
    // "Is that treatment still being studied anywhere?" -> research (treatment under study)
    message:
      'Hello, I carry XLHED (x-linked hypohidrotic ectodermal dysplasia) and my first son has ' +
      'it. I read about a medicine given to the baby in the womb that helped boys sweat. Is that ' +
      'treatment still being studied anywhere? Thank you.',
    focus: 'X-linked hypohidrotic ectodermal dysplasia',
    types: ['research'],
  },
  {
    // "can i take valtrex for a cold sore while breastfeeding" -> contraindications (breastfeeding)
    message: 'can i take valtrex for a cold sore while breastfeeding my 3 month old?',
    focus: 'Valtrex',
    types: ['contraindications'],
  },
  {
    // "What does it do exactly?" -> indication (how the medicine works)
    subject: 'cevimeline?',
    message: 'My dentist mentioned cevimeline for my dry mouth. What does it do exactly?',
    focus: 'cevimeline',
    types: ['indication'],
  },
  {
    // "What are the chances my baby will have it too?" -> inheritance (chance a child has it)
    message:
      'I was born with a cleft palate and have two little pits on my lower lip. The geneticist ' +
      'says I have Van der Woude syndrome. What are the chances my baby will have it too?',
    focus: 'Van der Woude syndrome',
    types: ['inheritance'],
  },
  {
    // "Will the tinnitus ever go away??" -> prognosis (recovery)
    message: 'Ringing in both ears since a loud concert 3 months ago. Will the tinnitus ever go away??',
    focus: 'tinnitus',
    types: ['prognosis'],
  },
  {
    // "which foods should I avoid?" -> lifestyle (diet)
    message: 'geographic tongue, which foods should I avoid?',
    focus: 'geographic tongue',
    types: ['lifestyle'],
  },
  {
    // "do I keep using it once the white spots are gone?" -> drug_usage (when to stop)
    subject: 'nystatin for baby',
    message:
      'Our 2 month old has thrush and the doctor gave us nystatin drops. Do I keep using it once ' +
      'the white spots are gone?',
    focus: 'nystatin',
    types: ['drug_usage'],
  },
  {
    // "Will insurance pay for them or do they count it as cosmetic?" -> other (insurance)
    message:
      'My son has hypodontia, 6 adult teeth never formed. The orthodontist says implants when he ' +
      'is 18. Will insurance pay for them or do they count it as cosmetic?',
    focus: 'hypodontia',
    types: ['other'],
  },
  {
    // "Is it safe for a child her age?" -> contraindications (who should not take it, age)
    // "How much do I use and should she spit it out or swallow it?" -> drug_usage (dose and how to take it)
    // "does it have sugar or alcohol in it?" -> ingredients (what it contains)
    subject: 'mouth sores in toddler',
    message:
      "My 3 year old has herpangina with painful sores all over the back of her mouth and won't " +
      'drink. Urgent care gave us viscous lidocaine. Is it safe for a child her age? How much do I use ' +
      'and should she spit it out or swallow it? Also does it have sugar or alcohol in it?',
    focus: 'lidocaine viscous',
    types: ['contraindications', 'drug_usage', 'ingredients'],
  },
  {
    // "What are the signs of mouth cancer?" -> symptoms (its signs)
    // "Does chewing put me at higher risk than smoking?" -> susceptibility (exposure raising the risk)
    // "Should I get it biopsied?" -> diagnosis (test to confirm)
    message:
      'Ive chewed tobacco for 20 years and now have a white patch under my tongue that wont go ' +
      'away. What are the signs of mouth cancer? Does chewing put me at higher risk than smoking? ' +
      'Should I get it biopsied?',
    focus: 'mouth cancer',
    types: ['symptoms', 'susceptibility', 'diagnosis'],
  },
  {
    // "Would ear tubes help?" -> treatment (surgery)
    // "Are kids in daycare more at risk?" -> susceptibility (who is at risk)
    // "Can all these infections hurt his hearing or speech?" -> complications (problems it can lead to)
    subject: 'ear infections every month',
    message:
      'My 18 month old has had 7 ear infections since he started daycare. Would ear tubes help? ' +
      'Are kids in daycare more at risk? Can all these infections hurt his hearing or speech?',
    focus: 'ear infection',
    types: ['treatment', 'susceptibility', 'complications'],
  },
  {
    // "Are there any trials for new treatments for RRP that she could join?" -> research (trials)
    // "Can her baby brother catch it from her?" -> susceptibility (whether someone can catch it)
    // "does it ever go away on its own as kids get older?" -> prognosis (course)
    message:
      'Our daughter is 6 and has recurrent respiratory papillomatosis. She was diagnosed at 2 ' +
      'when her voice got hoarse and she started to struggle breathing. Since then she has had 31 ' +
      'surgeries to remove the papillomas from her voice box, sometimes every 3 weeks. The surgeon ' +
      'mentioned Avastin injections and the HPV vaccine but said it is all still new. Are there any ' +
      'trials for new treatments for RRP that she could join? Can her baby brother catch it from her? ' +
      'And does it ever go away on its own as kids get older? Thank you for anything you can tell us, ' +
      'we are exhausted.',
    focus: 'recurrent respiratory papillomatosis',
    types: ['research', 'susceptibility', 'prognosis'],
  },
  {
    // "Are the little red spots on his lips and fingers part of it?" -> symptoms (a sign of it?)
    // "Can it affect his lungs or brain too?" -> complications (other problems it can lead to)
    // "Should my kids and I get checked?" -> diagnosis (whether relatives should be tested)
    subject: 'HHT in the family',
    message:
      'My father (64) has hereditary hemorrhagic telangectasia (HHT), nosebleeds almost every ' +
      'day and he needed iron infusions. Are the little red spots on his lips and fingers part of it? ' +
      'Can it affect his lungs or brain too? Should my kids and I get checked?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['symptoms', 'complications', 'diagnosis'],
  },
];
