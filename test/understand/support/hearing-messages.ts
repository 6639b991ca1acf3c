/**
 * "hearing" set. Messages about ears, hearing and balance (hereditary hearing loss, Usher syndrome,
 * otosclerosis, Meniere disease, tinnitus, cochlear implants, hearing aids) and ear medicines. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.891). Scored by hearing.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --hearing --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const HEARING_MESSAGES: ConsumerMessage[] = [
  {
    // "will he go completely blind" -> prognosis (the course of his sight)
    message:
      "my son is 14 and has usher syndrome. he can't see well at night anymore, will he go " +
      'completely blind?',
    focus: 'Usher syndrome',
    types: ['prognosis'],
  },
  {
    // "Is it hereditary?" -> inheritance (whether it runs in families)
    // "is surgery the only way to fix it or can hearing aids help?" -> treatment (options to manage it)
    subject: 'otosclerosis',
    message:
      'Hi, I was diagnosed with otoslerosis in my left ear last month and my mother had it too. Is ' +
      'it hereditary? And is surgery the only way to fix it or can hearing aids help? Thanks',
    focus: 'otosclerosis',
    types: ['inheritance', 'treatment'],
  },
  {
    // "What actually brings them on?" -> cause (what brings on the attacks)
    // "Is there a special diet I should be on" -> lifestyle (diet)
    // "is there anything that stops the attacks from happening?" -> prevention (preventing attacks)
    subject: 'menieres attacks',
    message:
      "I've had Menieres for 2 years. The spinning attacks come out of nowhere and I'm sick for " +
      'hours. What actually brings them on? Is there a special diet I should be on, low salt or no ' +
      "coffee? And is there anything that stops the attacks from happening? I'm desperate.",
    focus: "Meniere's disease",
    types: ['cause', 'lifestyle', 'prevention'],
  },
  {
    // "cure for tinnitus?" -> treatment (cure)
    message: 'cure for tinnitus?',
    focus: 'tinnitus',
    types: ['treatment'],
  },
  {
    // "How likely is it to come back" -> prognosis (course, recurrence)
    // "what happens if it grows back and nobody catches it?" -> complications (what happens untreated)
    message:
      'Our 9 yr old had a cholesteatoma removed last year. The ENT says they can come back. How ' +
      'likely is it to come back, and what happens if it grows back and nobody catches it?',
    focus: 'cholesteatoma',
    types: ['prognosis', 'complications'],
  },
  {
    // "Which gene is it, is it the SLC26A4 one?" -> genetic_changes (which gene)
    // "does Pendred mean she will get a goiter?" -> symptoms (whether a sign belongs to it)
    subject: 'EVA and Pendred',
    message:
      'Hello. Our daughter (4) has enlarged vestibular aqueducts on her CT and the geneticist ' +
      'mentioned Pendred syndrome. Which gene is it, is it the SLC26A4 one? And does Pendred mean she ' +
      'will get a goiter?',
    focus: 'Pendred syndrome',
    types: ['genetic_changes', 'symptoms'],
  },
  {
    // "Will hearing aids help him or does he need a cochlear implant?" -> treatment (managing it)
    message:
      'My baby passed the OAE screen but the ABR showed auditory neuropathy. Will hearing aids ' +
      'help him or does he need a cochlear implant?',
    focus: 'auditory neuropathy',
    types: ['treatment'],
  },
  {
    // "Can migraine cause vertigo without the headache?" -> symptoms (whether a sign belongs to it)
    // "Could my spells be migraine and not an inner ear problem?" -> diagnosis (could this be X)
    subject: 'dizzy without headache',
    message:
      "I'm 38 and get spells of vertigo that last a few hours, sometimes with light sensitivity " +
      'but hardly any headache. I had migraines as a teenager. Can migraine cause vertigo without the ' +
      'headache? Could my spells be migraine and not an inner ear problem?',
    focus: 'migraine',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "will he still be able to go swimming with them?" -> lifestyle (sports, daily life)
    message: 'my son is getting cochlear implants in march. will he still be able to go swimming with them?',
    focus: 'cochlear implants',
    types: ['lifestyle'],
  },
  {
    // "Does Medicare pay for hearing aids?" -> other (insurance, costs)
    message: "Does Medicare pay for hearing aids? My dad is 81 and can't afford $4000.",
    focus: 'hearing aids',
    types: ['other'],
  },
  {
    // "If I forget the evening dose do I give double in the morning?" -> drug_usage (missed dose)
    // "does the bottle need to go in the fridge?" -> storage_disposal (storing it)
    subject: 'ear drops for my son',
    message:
      "The pharmacy gave us ciprofloxacin and dexamethasone drops for my son's ear tubes, 4 drops " +
      'twice a day. If I forget the evening dose do I give double in the morning? Also does the bottle ' +
      'need to go in the fridge?',
    focus: 'ciprofloxacin and dexamethasone otic',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "is that from the drops??" -> side_effects (whether a problem comes from the medicine)
    message:
      'since starting ofloxacin ear drops I have a strange bitter taste in my mouth. is that from ' +
      'the drops??',
    focus: 'ofloxacin otic',
    types: ['side_effects'],
  },
  {
    // "Can they catch it from each other or from the pool?" -> susceptibility (whether it can be caught)
    // "How do we stop it happening every year?" -> prevention (preventing it)
    message:
      'Both my girls are on the swim team and get swimmers ear every summer. Can they catch it ' +
      'from each other or from the pool? How do we stop it happening every year?',
    focus: "swimmer's ear",
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Why does she keep getting them?" -> cause (why it happens)
    // "Does being in daycare make it more likely?" -> susceptibility (an exposure raising the risk)
    // "Should we be asking about tubes at this point?" -> treatment (surgery)
    subject: 'toddler ear infections',
    message:
      'My 18 month old has had 5 ear infections since September, the doctor calls it otitis media. ' +
      'Why does she keep getting them? Does being in daycare make it more likely? Should we be asking ' +
      'about tubes at this point?',
    focus: 'otitis media',
    types: ['cause', 'susceptibility', 'treatment'],
  },
  {
    // "Can it turn into cancer?" -> complications (turning into another condition)
    // "How fast do these usually grow?" -> prognosis (course)
    message:
      'I was told I have a 1.2 cm acoustic neuroma and they want to watch and wait with yearly ' +
      'MRI. Can it turn into cancer? How fast do these usually grow?',
    focus: 'acoustic neuroma',
    types: ['complications', 'prognosis'],
  },
  {
    // "What are the chances our 2 kids have it?" -> inheritance (chance children have it)
    // "Should they be tested now before they have symptoms?" -> diagnosis (testing relatives)
    // "How many people even have NF2" -> frequency (how common)
    subject: 'NF2 in the family',
    message:
      'My husband has NF2 (neurofibromatosis type 2), he is deaf in one ear from the tumours. What ' +
      'are the chances our 2 kids have it? Should they be tested now before they have symptoms? How many ' +
      'people even have NF2, nobody has heard of it.',
    focus: 'neurofibromatosis type 2',
    types: ['inheritance', 'diagnosis', 'frequency'],
  },
  {
    // "what is BPPV?" -> information (what the condition is)
    message:
      'Hi, what is BPPV? The GP said I have it and moved my head around on the bed, which made the ' +
      'room spin.',
    focus: 'benign paroxysmal positional vertigo',
    types: ['information'],
  },
  {
    // "Is it safe for me to drive yet?" -> lifestyle (driving, daily life)
    message:
      "I'm recovering from labyrinthitis but still a bit wobbly when I turn my head. Is it safe " +
      'for me to drive yet?',
    focus: 'labyrinthitis',
    types: ['lifestyle'],
  },
  {
    // "What causes this out of nowhere?" -> cause (why it happens)
    // "Is it too late for the steroids to work since I waited 3 days?" -> treatment (therapy timing)
    // "Will my hearing come back?" -> prognosis (recovery)
    message:
      'I woke up deaf in my right ear 3 days ago with a whooshing noise. Urgent care said sudden ' +
      'sensorineural hearing loss and started prednisone. What causes this out of nowhere? Is it too late ' +
      'for the steroids to work since I waited 3 days? Will my hearing come back?',
    focus: 'sudden sensorineural hearing loss',
    types: ['cause', 'treatment', 'prognosis'],
  },
  {
    // "can I take ibuprofen with it for my back?" -> interactions (with another medicine)
    // "is it better to take it in the morning?" -> drug_usage (timing)
    message:
      'on 60mg prednisone for sudden hearing loss. can I take ibuprofen with it for my back? and ' +
      "is it better to take it in the morning? I can't sleep at all",
    focus: 'prednisone',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "What is Alport syndrome exactly?" -> information (what the condition is)
    // "How rare is it?" -> frequency (how rare)
    subject: 'nephew',
    message:
      'My nephew was just diagnosed with Alport syndrome, he wears hearing aids and has blood in ' +
      'his urine. What is Alport syndrome exactly? How rare is it?',
    focus: 'Alport syndrome',
    types: ['information', 'frequency'],
  },
  {
    // "Can she get a bone anchored hearing aid, and how young?" -> treatment (therapy for the hearing loss)
    // "Are there support groups for parents of children with TCS?" -> find_specialist (support groups)
    // "Is any research happening that could help her?" -> research (research)
    subject: 'newborn with Treacher Collins',
    message:
      'Hello, our daughter was born 3 weeks ago with Treacher Collins syndrome. She has small ears ' +
      'with no ear canals and the audiologist says she has a conductive hearing loss in both ears. We are ' +
      'still in shock. Can she get a bone anchored hearing aid, and how young? Are there support groups ' +
      'for parents of children with TCS? We would love to talk to other families. Is any research ' +
      'happening that could help her? Thank you so much for reading.',
    focus: 'Treacher Collins syndrome',
    types: ['treatment', 'find_specialist', 'research'],
  },
  {
    // "Is meclizine safe to take in pregnancy?" -> contraindications (pregnancy)
    // "can I take them together?" -> interactions (with another medicine)
    message:
      "I'm 11 weeks pregnant and have terrible vertigo. Is meclizine safe to take in pregnancy? " +
      "I'm already on ondansetron for the sickness, can I take them together?",
    focus: 'meclizine',
    types: ['contraindications', 'interactions'],
  },
  {
    // "How is it supposed to help my ear?" -> indication (how it works, what it is for)
    message:
      "My ENT put me on hydrochlorothiazide for meniere's. I thought it was a blood pressure " +
      'pill. How is it supposed to help my ear?',
    focus: 'hydrochlorothiazide',
    types: ['indication'],
  },
  {
    // "Can it make my hearing worse?" -> side_effects (harm from the medicine)
    // "How many injections do people normally need?" -> drug_usage (dosing)
    message:
      "My doctor wants to inject gentamicin into my ear to stop my Meniere's attacks. Can it make " +
      'my hearing worse? How many injections do people normally need?',
    focus: 'gentamicin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Could that be what she has?" -> diagnosis (could this be X)
    // "Does it run in families?" -> inheritance (runs in families)
    // "Which genes cause it?" -> genetic_changes (which gene)
    message:
      'Our daughter has a white streak in her hair and one blue eye and one brown, and she failed ' +
      'her newborn hearing test. Our audiologist asked if we had heard of Waardenburg syndrome. Could ' +
      'that be what she has? Does it run in families? Which genes cause it?',
    focus: 'Waardenburg syndrome',
    types: ['diagnosis', 'inheritance', 'genetic_changes'],
  },
  {
    // "How can he have it if we don't?" -> inheritance (carriers)
    // "What is the chance our next baby will be deaf too?" -> inheritance (chance next baby has it)
    subject: 'connexin 26 result',
    message:
      "Our son's genetic test came back as nonsyndromic hearing loss due to two GJB2 (connexin " +
      "26) mutations. My husband and I both hear perfectly. How can he have it if we don't? What is the " +
      'chance our next baby will be deaf too?',
    focus: 'nonsyndromic hearing loss',
    types: ['inheritance'],
  },
  {
    // "Is it dangerous for his heart?" -> complications (heart problems it can lead to)
    // "Will he be able to do PE and sports at school?" -> lifestyle (school, sports)
    message:
      'Our son was born deaf and an ECG showed long QT. The cardiologist thinks it is Jervell and ' +
      'Lange-Nielsen syndrome. Is it dangerous for his heart? Will he be able to do PE and sports at ' +
      'school?',
    focus: 'Jervell and Lange-Nielsen syndrome',
    types: ['complications', 'lifestyle'],
  },
  {
    // "where can we find a clinic that knows about CHARGE syndrome?" -> find_specialist (clinics)
    message:
      'where can we find a clinic that knows about CHARGE syndrome? we live in ohio and our local ' +
      'doctors have never seen it',
    focus: 'CHARGE syndrome',
    types: ['find_specialist'],
  },
  {
    // "Will my children get it?" -> inheritance (chance children have it)
    message:
      'I have little pits in front of my ears and hearing loss, and my doctor thinks it is ' +
      'branchio-oto-renal syndrome. Will my children get it?',
    focus: 'Branchiootorenal syndrome',
    types: ['inheritance'],
  },
  {
    // "Is this noise-induced hearing loss?" -> diagnosis (could this be X)
    // "how can i protect what hearing i have left?" -> prevention (preventing further loss)
    subject: 'drummer',
    message:
      'Im a drummer (24) and after gigs my ears ring and sound muffled for a day or two. Is this ' +
      'noise-induced hearing loss? how can i protect what hearing i have left?',
    focus: 'noise-induced hearing loss',
    types: ['diagnosis', 'prevention'],
  },
  {
    // "Is there a link between age-related hearing loss and dementia?" -> association (a link)
    message:
      "Is there a link between age-related hearing loss and dementia? My mum won't wear her " +
      'hearing aids and she is getting more forgetful.',
    focus: 'age-related hearing loss',
    types: ['association'],
  },
  {
    // "Are there any clinical trials for Wolfram syndrome?" -> research (clinical trials)
    message:
      'Are there any clinical trials for Wolfram syndrome? My son has diabetes, optic atrophy and ' +
      'now his hearing is going.',
    focus: 'Wolfram syndrome',
    types: ['research'],
  },
  {
    // "is olive oil ok to soften ear wax or do I need to see the nurse" -> treatment (removing it)
    message:
      'is olive oil ok to soften ear wax or do I need to see the nurse to get it syringed? ears ' +
      'feel totally blocked',
    focus: 'ear wax',
    types: ['treatment'],
  },
  {
    // "Does it have alcohol in it?" -> ingredients (what it contains)
    // "is it ok to use if I might have a hole in my eardrum?" -> contraindications (precautions)
    message:
      'The doctor gave me ciprofloxacin and hydrocortisone otic for an outer ear infection. Does ' +
      'it have alcohol in it? it really stings. And is it ok to use if I might have a hole in my eardrum?',
    focus: 'ciprofloxacin and hydrocortisone otic',
    types: ['ingredients', 'contraindications'],
  },
  {
    // "Is there any treatment that can save his eyesight?" -> treatment (therapies)
    // "Are there any trials of gene therapy he could join?" -> research (clinical trials)
    // "are there organisations or other families we can talk to?" -> find_specialist (patient organizations)
    subject: 'Usher syndrome type 1 - please help',
    message:
      'Hello, I am writing for my sister. Her little boy is 2 and was born profoundly deaf. He got ' +
      'cochlear implants at 11 months and is doing well with them, but he was very late to walk and last ' +
      'week the eye doctor found early changes in his retina. The genetics team has now diagnosed Usher ' +
      'syndrome type 1. My sister is devastated and I want to help her understand. Is there any treatment ' +
      'that can save his eyesight? Are there any trials of gene therapy he could join? And are there ' +
      'organisations or other families we can talk to? Any information would be a huge help. Thank you ' +
      'for your time.',
    focus: 'Usher syndrome type 1',
    types: ['treatment', 'research', 'find_specialist'],
  },
  {
    // "Can aspirin cause ringing in the ears?" -> side_effects (whether a problem comes from the medicine)
    message: 'I take an aspirin every day for my heart. Can aspirin cause ringing in the ears?',
    focus: 'aspirin',
    types: ['side_effects'],
  },
  {
    // "What causes it?" -> cause (why it happens)
    // "Can it make me lose my hearing?" -> complications (other problems it leads to)
    // "Will it ever go away on its own?" -> prognosis (course)
    subject: "ringing won't stop",
    message:
      "I've had tinnitus in both ears for 6 months since a bad cold. It is a high pitched whine " +
      'and worst at night. What causes it? Can it make me lose my hearing? Will it ever go away on its ' +
      'own?',
    focus: 'tinnitus',
    types: ['cause', 'complications', 'prognosis'],
  },
  {
    // "Is it contagious to my 2 month old baby?" -> susceptibility (whether someone can catch it)
    message:
      'My dad has Ramsay Hunt syndrome - half his face is drooping and he has blisters in his ear. ' +
      'Is it contagious to my 2 month old baby?',
    focus: 'Ramsay Hunt syndrome',
    types: ['susceptibility'],
  },
  {
    // "Can I give my 5 year old dimenhydrinate (Dramamine)" -> contraindications (use in young children)
    // "how much and how long before the trip?" -> drug_usage (dose, timing)
    message:
      'Can I give my 5 year old dimenhydrinate (Dramamine)? He gets dizzy and sick on the ferry. ' +
      'If so how much and how long before the trip?',
    focus: 'dimenhydrinate',
    types: ['contraindications', 'drug_usage'],
  },
];
