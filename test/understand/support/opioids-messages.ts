/**
 * "opioids" set. Messages about strong painkillers (morphine, oxycodone, tramadol, codeine, fentanyl patches) for
 * pain in a condition: dependence, tapering, constipation, mixing with other medicines and alcohol, pregnancy.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds.
 * Scored once, before any change made for it (focus 1.000, type F1 0.898). Scored by opioids.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --opioids --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const OPIOIDS_MESSAGES: ConsumerMessage[] = [
  // why: the only question is whether wine can be drunk with the medicine: interactions
  {
    message: 'can i have a glass of wine with dinner if im taking oxycodone',
    focus: 'oxycodone',
    types: ['interactions'],
  },
  // why: asks only how to throw away used patches safely: storage_disposal
  {
    subject: 'old fentanyl patch - how to throw away?',
    message:
      'My husband uses them for his back. How do we get rid of the used ones safely? We have grandchildren over a lot and I am scared they will find one in the trash.',
    focus: 'fentanyl patch',
    types: ['storage_disposal'],
  },
  // why: "ok to take with sertraline" is interactions, "can it cause seizures" is side_effects
  {
    message:
      'My rheumatologist started me on tramadol for fibromyalgia pain. I already take sertraline 100mg for depression. Is it ok to take these two together? Also I read somewhere tramadol can cause seizures, is that true?',
    focus: 'tramadol',
    types: ['interactions', 'side_effects'],
  },
  // why: safety in pregnancy is contraindications, the maximum daily amount is drug_usage
  {
    subject: 'codeine while pregnant',
    message:
      'I am 8 weeks pregnant and my dentist gave me codeine for an abscess before I knew. Is codeine safe in pregnancy? And if I do need it, what is the most I can take in a day?',
    focus: 'codeine',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "what else can be done for the pain" is treatment, "how can we stop the crises" is prevention
  {
    message:
      "My son is 15 and has sickle cell disease. Every few weeks he ends up in the ER with a pain crisis and they give him morphine through the IV, and honestly some of the nurses treat him like he's drug seeking. What else can be done for the pain besides morphine? And how can we stop the crises from happening so often?",
    focus: 'sickle cell disease',
    types: ['treatment', 'prevention'],
  },
  // why: "is it from the morphine" is side_effects, "can I take Miralax with it" is interactions
  {
    message:
      'been on morphine for 3 months for cancer pain and i am so constipated, havent gone in 5 days. is this from the morphine?? can i take miralax with it',
    focus: 'morphine',
    types: ['side_effects', 'interactions'],
  },
  // why: asks only how to taper the medicine, which is drug_usage (stopping)
  {
    subject: 'Tapering',
    message:
      "I've been on OxyContin 20mg twice a day for 2 years since my spinal fusion and I want to come off it. How do I taper down and how slowly should I go?",
    focus: 'OxyContin',
    types: ['drug_usage'],
  },
  // why: what Narcan is for and whether we need it at home are both about its use: indication
  {
    message:
      'The pharmacist asked if I wanted Narcan when I picked up my methadone. What is Narcan for exactly, and is it something my family should keep in the house?',
    focus: 'Narcan',
    types: ['indication'],
  },
  // why: whether you can get addicted to the medicine is a side effect question
  {
    message:
      'Can you get addicted to tramadol? Been taking it about 6 months for osteoarthritis in both knees and my daughter keeps telling me its an opioid.',
    focus: 'tramadol',
    types: ['side_effects'],
  },
  // why: "best treatment for the pain" is treatment, "any specialist" is find_specialist
  {
    subject: 'EDS and pain',
    message:
      "I'm 34 and was diagnosed with Ehlers-Danlos syndrome (hypermobile type) last year. My joints dislocate and the pain is constant. My GP won't prescribe anything stronger than tramadol and says opioids are bad for EDS. What is actually the best way to treat chronic pain in Ehlers-Danlos syndrome? Is there any doctor who specializes in EDS in the Chicago area?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['treatment', 'find_specialist'],
  },
  // why: asks only what to do when a patch falls off, which is how to use the medicine: drug_usage
  {
    message:
      'my fentanyl patch fell off in the shower this morning, do i put a new one on right away or wait till its due',
    focus: 'fentanyl patch',
    types: ['drug_usage'],
  },
  // why: breastfeeding while taking the medicine is contraindications
  {
    message: 'Is it safe to breastfeed while taking Norco after my c-section?',
    focus: 'Norco',
    types: ['contraindications'],
  },
  // why: "is the sleepiness from methadone" is side_effects, "with gabapentin" is interactions, the missed dose is drug_usage
  {
    subject: 'questions about methadone',
    message:
      'My husband has chronic pancreatitis and his pain doctor switched him to methadone last month. He is very sleepy all day, nodding off in his chair. Is that the methadone? Can he take it with his gabapentin? And he forgot his evening dose yesterday, should he take double tonight?',
    focus: 'methadone',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: whether a child can be given the medicine is contraindications
  {
    message:
      'Can my 8 year old have codeine after having her tonsils out? The surgeon said no but my mother says we all had it as kids.',
    focus: 'codeine',
    types: ['contraindications'],
  },
  // why: the only question is whether the two medicines can be taken together: interactions
  {
    message:
      'Is it dangerous to take my hydrocodone and my alprazolam on the same day? I take the Xanax for panic attacks at night.',
    focus: 'hydrocodone',
    types: ['interactions'],
  },
  // why: "how does it work" is indication, "why does it make me itch" asks if the itch comes from it: side_effects
  {
    message: 'how does morphine actually work on pain. and why does it make me itch all over',
    focus: 'morphine',
    types: ['indication', 'side_effects'],
  },
  // why: how it is treated is treatment, how long withdrawal lasts is prognosis, lasting problems with learning is complications
  {
    subject: 'newborn in NICU',
    message:
      'I was on oxycodone during my pregnancy because of a bad back injury and my baby boy was born with neonatal abstinence syndrome. He is in the NICU, shaking and crying constantly. How is it treated? How long will the withdrawal last? Could it cause lasting problems with his development or learning later on? I feel so guilty.',
    focus: 'neonatal abstinence syndrome',
    types: ['treatment', 'prognosis', 'complications'],
  },
  // why: "what treatments actually work" is treatment, "any research on new drugs" is research
  {
    message:
      'erythromelalgia, feet burn like they are on fire every night. opioids barely touch it and i am on oxycodone and gabapentin. what treatments actually work for this? is anyone researching new drugs for it',
    focus: 'erythromelalgia',
    types: ['treatment', 'research'],
  },
  // why: what causes the pain is cause, treatment for the disease itself is treatment, whether he got it from his mother is inheritance
  {
    message:
      "Our son was diagnosed with Fabry disease at 12 after years of complaining of burning pain in his hands and feet, especially when he gets hot or has a fever. The doctor mentioned he may need opioids during pain attacks. What causes the pain in Fabry disease? Is there a treatment for the disease itself and not just painkillers? The doctor said it came from my side of the family, how is that possible when I'm healthy?",
    focus: 'Fabry disease',
    types: ['cause', 'treatment', 'inheritance'],
  },
  // why: what the medicine is and whether it is an opioid like tramadol ask what it is and how it works: indication
  {
    message: 'What is tapentadol? Is it an opioid like tramadol or something different?',
    focus: 'tapentadol',
    types: ['indication'],
  },
  // why: "how much is too much" is drug_usage (dose), signs of overdose is side_effects
  {
    subject: 'Dilaudid at home',
    message:
      "My mother is on hospice at home with pancreatic cancer and I am the one giving her the Dilaudid. How much Dilaudid is too much? What signs of an overdose should I be watching for? I'm terrified of getting it wrong.",
    focus: 'Dilaudid',
    types: ['drug_usage', 'side_effects'],
  },
  // why: Percocet together with the patch is interactions, how often to change it is drug_usage
  {
    message:
      'I was switched from oxycodone tablets to a buprenorphine patch for arthritis in my hips. Can I still take a Percocet for breakthrough pain while wearing the buprenorphine patch? And how often do I change it?',
    focus: 'buprenorphine',
    types: ['interactions', 'drug_usage'],
  },
  // why: whether opioids help the condition is asking about its treatment
  {
    message: 'do opioids even help complex regional pain syndrome? nothing else has worked for my arm',
    focus: 'complex regional pain syndrome',
    types: ['treatment'],
  },
  // why: whether it is safe in pregnancy and whether one can breastfeed on it are both contraindications
  {
    subject: 'methadone and pregnancy',
    message:
      'I have been in methadone maintenance for 3 years and just found out I am pregnant. Is methadone safe for the baby, and will I be able to breastfeed on it?',
    focus: 'methadone',
    types: ['contraindications'],
  },
  // why: liposuction as an option is treatment, whether it is hereditary is inheritance, doctors who specialize is find_specialist
  {
    message:
      "I'm 46 and was finally diagnosed with Dercum's disease after 10 years of being told I was just overweight and depressed. I have dozens of painful lumps on my arms, stomach and thighs. I started on tramadol and now I'm on oxycodone 10mg three times a day and I'm worried about becoming dependent on it. Is liposuction an option for Dercum's disease? Is it hereditary? My mother had the same lumps and I have two daughters. Are there doctors anywhere who actually specialize in this? Every doctor I see has never heard of it.",
    focus: "Dercum's disease",
    types: ['treatment', 'inheritance', 'find_specialist'],
  },
  // why: the maximum daily amount is drug_usage, whether it can make her confused is side_effects
  {
    message:
      'my 82 yr old mother was prescribed Ultram 50mg for her back. whats the max she can take in a day? can it make her confused, she was mixing up names yesterday',
    focus: 'Ultram',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "does it have Tylenol in it" is ingredients, "is that too much together" with Tylenol is interactions
  {
    subject: 'percocet + tylenol?',
    message:
      'Does Percocet have Tylenol in it? I have been taking regular Tylenol for a fever too and now I am worried if that is too much together.',
    focus: 'Percocet',
    types: ['ingredients', 'interactions'],
  },
  // why: "best treatment" is treatment, "could it be something else like a tooth" is diagnosis
  {
    message:
      'What is the best treatment for trigeminal neuralgia? The ER gave me oxycodone and it did absolutely nothing for the electric shocks in my jaw. Could it be something else, like a tooth problem? My dentist found nothing',
    focus: 'trigeminal neuralgia',
    types: ['treatment', 'diagnosis'],
  },
  // why: whether the medicine is safe in kidney failure is a precaution: contraindications
  {
    message: 'My dad has kidney failure and is on dialysis. Is morphine safe for him?',
    focus: 'morphine',
    types: ['contraindications'],
  },
  // why: safety with sleep apnea is contraindications, what to watch for is side_effects, how long and how to stop is drug_usage
  {
    subject: 'pain meds after knee replacement',
    message:
      "I'm having a knee replacement next month and the surgeon says I'll go home on hydromorphone. I have sleep apnea and use a CPAP. Is hydromorphone safe for someone with sleep apnea? What side effects should I watch for? And how long should I stay on it, do I have to wean off or can I just stop when the pain is better?",
    focus: 'hydromorphone',
    types: ['contraindications', 'side_effects', 'drug_usage'],
  },
  // why: safe pain medicine for him is treatment, whether he will keep breaking bones is prognosis, support group is find_specialist
  {
    message:
      'our 6 yr old has osteogenesis imperfecta and has had 11 fractures already. after his last femur break the hospital gave him morphine and he got really sick from it. what pain medicines are safe for a child with osteogenesis imperfecta? will he keep breaking bones like this as he gets older? is there a support group for parents',
    focus: 'osteogenesis imperfecta',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  // why: "could my drinking have caused it" names an exposure as cause: association; other options for the pain is treatment
  {
    message:
      'I have chronic pancreatitis and have been on morphine for the pain for almost a year. Could my drinking have caused the chronic pancreatitis? I quit 2 years ago. Will I be on morphine forever or is there anything else that helps the pain?',
    focus: 'chronic pancreatitis',
    types: ['association', 'treatment'],
  },
  // why: "what is it used for" is indication, taking it with food is drug_usage, with my morphine is interactions
  {
    subject: 'naloxegol',
    message:
      'My pharmacist suggested naloxegol for the constipation I get from my pain medication. What is it used for exactly, does it cancel out the painkiller? Do I take it with food or on an empty stomach? And is it ok with my MS Contin?',
    focus: 'naloxegol',
    types: ['indication', 'drug_usage', 'interactions'],
  },
  // why: whether hearing loss comes from the medicine is side_effects
  {
    message: 'Can hydrocodone cause hearing loss? My ears have been ringing and muffled since I started it',
    focus: 'hydrocodone',
    types: ['side_effects'],
  },
  // why: "what is it" is information, "does it get worse" is prognosis, "what causes it" is cause, clinical trials is research
  {
    subject: 'Arachnoiditis',
    message:
      "After three back surgeries and an epidural I was told I have arachnoiditis. I'm now on a fentanyl patch plus oxycodone for breakthrough pain. What is arachnoiditis exactly? Does it get worse over time? What causes it, was it the surgeries or the epidural? Are there any clinical trials I could join?",
    focus: 'arachnoiditis',
    types: ['information', 'prognosis', 'cause', 'research'],
  },
  // why: stopping tramadol before trying to conceive is a pregnancy precaution: contraindications; whether endometriosis makes pregnancy harder is complications
  {
    message:
      'I take tramadol for endometriosis pain and my husband and I want to start trying for a baby. Should I stop tramadol before we start trying? Also does endometriosis make it harder to get pregnant?',
    focus: 'tramadol',
    types: ['contraindications', 'complications'],
  },
  // why: whether the tablet can be crushed is how to take it: drug_usage
  {
    message:
      'MS Contin - can I crush it and put it in applesauce? My mom cant swallow pills anymore after her stroke.',
    focus: 'MS Contin',
    types: ['drug_usage'],
  },
  // why: opioids or gabapentin is treatment, what tests confirm it is diagnosis, what causes it is cause
  {
    message:
      'I have burning and pins and needles in my feet and my neurologist thinks its small fiber neuropathy. Is small fiber neuropathy pain usually treated with opioids or with gabapentin? What tests confirm it, my EMG was normal? and what causes it in someone who isnt diabetic',
    focus: 'small fiber neuropathy',
    types: ['treatment', 'diagnosis', 'cause'],
  },
  // why: what can be used for attack pain is treatment, what sets attacks off is cause, how to prevent them is prevention
  {
    subject: 'porphyria attacks',
    message:
      'My sister has acute intermittent porphyria and had a terrible attack last week with awful stomach pain. The hospital was scared to give her most medicines. What can safely be used for the pain of acute intermittent porphyria attacks? What sets the attacks off? How can she prevent them in the future?',
    focus: 'acute intermittent porphyria',
    types: ['treatment', 'cause', 'prevention'],
  },
  // why: options when opioids stop working is treatment, "how long does she have" is prognosis
  {
    message:
      "My wife has pancreatic cancer that has spread to her liver. She's on oxycodone every 4 hours but still in a lot of pain. What are the options when opioids stop working? and realistically how long does she have?",
    focus: 'pancreatic cancer',
    types: ['treatment', 'prognosis'],
  },
];
