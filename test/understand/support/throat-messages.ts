/**
 * "throat" set. Messages about ear, nose and throat (tonsils, sinuses, nosebleeds, vocal cords, loss of smell,
 * tinnitus, vertigo, Meniere disease, rare ENT conditions, nasal sprays). Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.918). Scored by throat.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --throat --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const THROAT_MESSAGES: ConsumerMessage[] = [
  // why: "is there anything that actually helps" asks treatment; the rest is story
  {
    subject: 'ringing that wont stop',
    message:
      "My ears have been ringing nonstop since a concert three weeks ago. I can't sleep, it's driving me crazy. Is there anything that actually helps tinitus??",
    focus: 'tinitus',
    types: ['treatment'],
  },
  // why: "will it get worse as she gets older" asks prognosis; "special diet ... salt" asks lifestyle
  {
    message:
      'Hello, my grandma is 78 and was just told she has Menieres disease. She gets these spinning spells and throws up for hours. Will it get worse as she gets older? And is there a special diet she should follow? Somebody at church told her to stop salt. Thank you kindly.',
    focus: 'Menieres disease',
    types: ['prognosis', 'lifestyle'],
  },
  // why: "what is that exactly" asks information; "could our kids have it" asks inheritance; "can it affect the lungs or brain" asks complications
  {
    subject: 'daily nosebleeds',
    message:
      'My husband has nosebleeds almost every day and his father had exactly the same. The ENT mentioned hereditary hemorrhagic telangiectasia. What is that exactly? Could our kids have it too? And can it affect the lungs or the brain? I read something scary online.',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['information', 'inheritance', 'complications'],
  },
  // why: "how many days in a row can I safely use" asks how to take the medicine (drug_usage)
  {
    message:
      'how many days in a row can i use oxymetazoline nasal spray?? been on it about 2 weeks for a cold that wont quit and i cant breathe without it',
    focus: 'oxymetazoline nasal spray',
    types: ['drug_usage'],
  },
  // why: "safe while breastfeeding" asks contraindications; "does my insurance cover" is a cost question (other)
  {
    message:
      'Is Flonase safe while breastfeeding? My baby is 3 months old. Also, does insurance usually cover the prescription version or do I just have to buy it over the counter?',
    focus: 'Flonase',
    types: ['contraindications', 'other'],
  },
  // why: "how do they actually diagnose that? Is there a specific test?" asks diagnosis, asked twice in other words
  {
    subject: 'voice keeps breaking',
    message:
      "I'm a primary school teacher and for about a year my voice keeps breaking up, it sounds strained and strangled, like someone is squeezing my throat. A speech therapist wondered about spasmodic dysphonia. How do they actually diagnose that? Is there a specific test for it?",
    focus: 'spasmodic dysphonia',
    types: ['diagnosis'],
  },
  // why: "any clinical trials for kids" asks research; "could the HPV vaccine stop it coming back" asks prevention of relapses
  {
    message:
      'Our son is 4 and has recurrent respiratory papillomatosis. He has had six surgeries this year to clear his airway and every time it grows back. Are there any clinical trials for children? And is the HPV vaccine something that could stop it coming back? We are exhausted, please help.',
    focus: 'recurrent respiratory papillomatosis',
    types: ['research', 'prevention'],
  },
  // why: "is it hereditary" asks inheritance; "which gene" asks genetic_changes; "how is it treated" asks treatment
  {
    message:
      "My 17 year old son hasn't started puberty yet and he has never been able to smell anything, not even smoke. His doctor wants to test him for Kallmann syndrome. Is it hereditary? Which gene is involved? And how is it treated if he has it?",
    focus: 'Kallmann syndrome',
    types: ['inheritance', 'genetic_changes', 'treatment'],
  },
  // why: "at what point do they take the tonsils out" asks treatment; "why do I keep getting it" asks cause; "is it contagious to my kids" asks susceptibility
  {
    message:
      "I'm 31 and I get tonsillitis 5 or 6 times a year, always with a fever and white spots. At what point do they take the tonsils out? Why do I keep getting it when nobody else in the house does? And is it contagious to my kids?",
    focus: 'tonsillitis',
    types: ['treatment', 'cause', 'susceptibility'],
  },
  // why: "will it ever come back" asks prognosis; "anything I can do like smell training" asks treatment
  {
    message:
      "It has been 14 months of loss of smell after covid. Coffee smells like garbage and I can't smell gas. Will it ever come back? Is there anything I can do, like that smell training people talk about?",
    focus: 'loss of smell',
    types: ['prognosis', 'treatment'],
  },
  // why: "can I still go to my yoga class" asks about daily life (lifestyle)
  {
    subject: 'yoga with BPPV',
    message:
      'I was diagnosed with BPPV last month. Can I still go to my yoga class? Some of the poses where my head goes down set off the spinning.',
    focus: 'BPPV',
    types: ['lifestyle'],
  },
  // why: "why do they keep coming back" asks cause; "a way to stop them growing again" asks prevention
  {
    subject: 'polyps again',
    message:
      'I had surgery for nasal polyps two years ago and the ENT says they are back already. Why do they keep coming back? Is there a way to stop them growing again, or am I going to need surgery every couple of years?',
    focus: 'nasal polyps',
    types: ['cause', 'prevention'],
  },
  // why: "is it a kind of cancer" asks what it is (information); "surgery or radiation" asks treatment; "how common" asks frequency
  {
    message:
      'My wife was diagnosed with an acoustic neuroma on the left side, about 1.5 cm. Is it a kind of cancer? What are the options, surgery or radiation? And how common are these? We had never heard of it before.',
    focus: 'acoustic neuroma',
    types: ['information', 'treatment', 'frequency'],
  },
  // why: "can Nasonex cause nosebleeds" asks whether a problem comes from the medicine (side_effects)
  {
    message:
      "Can Nasonex cause nosebleeds? I've had three since I started using it two weeks ago and I never get them normally.",
    focus: 'Nasonex',
    types: ['side_effects'],
  },
  // why: "can I take Sudafed with high blood pressure" asks contraindications; "okay with my lisinopril" asks interactions
  {
    message:
      'I have high blood pressure and take lisinopril every morning. Can I take Sudafed for my sinus congestion with high blood pressure? And is it ok to take along with the lisinopril?',
    focus: 'Sudafed',
    types: ['contraindications', 'interactions'],
  },
  // why: "how do I know if it\'s a sinus infection or just a bad cold" asks telling conditions apart (diagnosis)
  {
    subject: 'sinus infection or cold?',
    message:
      "How do I know if it's a sinus infection or just a really bad cold? It's been 12 days, green stuff, face hurts when I bend over.",
    focus: 'sinus infection',
    types: ['diagnosis'],
  },
  // why: "what is the life expectancy" asks prognosis; "can it damage her kidneys" asks complications; "specialists ... in the Midwest" asks find_specialist
  {
    message:
      'My sister (42) was finally diagnosed with granulomatosis with polyangiitis after months of a bloody, crusty nose that everyone said was allergies. What is the life expectancy with this? Can it damage her kidneys? And are there specialists for it anywhere in the Midwest? She lives near Des Moines.',
    focus: 'granulomatosis with polyangiitis',
    types: ['prognosis', 'complications', 'find_specialist'],
  },
  // why: "what can we do to stop them from happening" asks prevention
  {
    message:
      'Our 6 year old gets nosebleeds nearly every night in winter, his pillow is a mess in the mornings. What can we do to stop them from happening?',
    focus: 'nosebleeds',
    types: ['prevention'],
  },
  // why: "will her voice come back on its own" asks prognosis; "what can they do" asks treatment
  {
    message:
      "My mother's voice has been just a whisper since her thyroid surgery three months ago. The surgeon says it is vocal cord paralysis on one side. Will her voice come back on its own? If not, what can they do for it? She misses singing in the choir so much.",
    focus: 'vocal cord paralysis',
    types: ['prognosis', 'treatment'],
  },
  // why: "horrible bitter taste ... is that normal" asks whether a problem comes from the medicine (side_effects)
  {
    message:
      'The azelastine nasal spray my doctor gave me leaves a horrible bitter taste in my mouth for like an hour after. Is that normal?',
    focus: 'azelastine nasal spray',
    types: ['side_effects'],
  },
  // why: "can pregnancy make otosclerosis worse" asks a link between an exposure and the condition (association); "could my baby inherit it" asks inheritance
  {
    subject: 'hearing worse in pregnancy',
    message:
      "I'm 29 and 6 months pregnant and my hearing has gotten noticeably worse. My ENT suspects otosclerosis, my aunt had it too. Can pregnancy make otosclerosis worse? And is it something my baby could inherit from me?",
    focus: 'otosclerosis',
    types: ['association', 'inheritance'],
  },
  // why: "what is PFAPA" asks information; the fever story is context
  {
    message:
      'What is PFAPA? Our pediatrician mentioned it because our daughter gets a high fever, sore throat and mouth ulcers every 4 weeks like clockwork.',
    focus: 'PFAPA',
    types: ['information'],
  },
  // why: "can he take it with his sleeping pill" asks interactions; "does it make you drowsy" asks side_effects; "the most he can take in a day" asks drug_usage
  {
    message:
      'Grandpa takes meclizine for his dizzy spells. Can he take it with his sleeping pill at night? Does it make you drowsy? And what is the most he can take in one day? He keeps forgetting if he had one already.',
    focus: 'meclizine',
    types: ['interactions', 'side_effects', 'drug_usage'],
  },
  // why: "what is it" asks information; "what happens if it\'s not removed" asks complications of leaving it untreated
  {
    subject: 'smelly ear drainage',
    message:
      "My 10 year old son has had smelly drainage from his right ear for months, antibiotics didn't fix it. The doctor said it might be a cholesteatoma and wants surgery. What is it, and what happens if it's not removed?",
    focus: 'cholesteatoma',
    types: ['information', 'complications'],
  },
  // why: "how do I throw away the used one" asks disposal (storage_disposal)
  {
    message:
      'I have a scopolamine patch for my cruise next week. How do I throw away the used one safely? I have a dog who eats literally everything out of the bin.',
    focus: 'scopolamine patch',
    types: ['storage_disposal'],
  },
  // why: "will she grow out of it" asks prognosis; "could it be something else, should she have a scope" asks diagnosis
  {
    message:
      'Our newborn makes a squeaky noise when she breathes in, worse when she feeds or lies on her back. The pediatrician said laryngomalacia. Will she grow out of it? Could it be something else, and should she have a scope to check?',
    focus: 'laryngomalacia',
    types: ['prognosis', 'diagnosis'],
  },
  // why: "is there any treatment" asks treatment
  {
    message:
      "Is there any treatment for mal de debarquement syndrome? I got off a cruise 4 months ago and I still feel like I'm rocking on the boat all day long.",
    focus: 'mal de debarquement syndrome',
    types: ['treatment'],
  },
  // why: "could this be ... how is it tested" asks diagnosis; "a clinic that specializes" asks find_specialist; "is it common" asks frequency
  {
    message:
      'Our daughter has had a constant runny nose, ear infections and a wet cough since birth. A nurse friend asked if it could be primary ciliary dyskinesia. Could this be it? How is it tested? Is there a clinic that specializes in it? And is it common, because no one we know has heard of it.',
    focus: 'primary ciliary dyskinesia',
    types: ['diagnosis', 'find_specialist', 'frequency'],
  },
  // why: "could it be sudden sensorineural hearing loss" asks diagnosis; "do steroids help" asks treatment
  {
    subject: 'deaf in one ear overnight',
    message:
      'Woke up yesterday almost completely deaf in my right ear with a loud ringing. No pain, no cold. Could it be sudden sensorineural hearing loss? Do steroids help or is it too late?',
    focus: 'sudden sensorineural hearing loss',
    types: ['diagnosis', 'treatment'],
  },
  // why: "can I catch strep throat from my dog" asks whether one can catch it (susceptibility)
  {
    message:
      'can you catch strep throat from a dog? my whole family keeps getting it and the vet says our dog is fine but im not sure',
    focus: 'strep throat',
    types: ['susceptibility'],
  },
  // why: "give it now or skip" asks about a missed dose (drug_usage); "can she take it with milk" asks a food interaction
  {
    message:
      "My daughter is on amoxicillin for tonsillitis and she missed her morning dose because she was sleeping. Do I give it now or skip it until tonight? Also can she take it with milk, it's the only way she'll swallow it.",
    focus: 'amoxicillin',
    types: ['drug_usage', 'interactions'],
  },
  // why: "how rare is" asks frequency
  {
    subject: 'rare nose cancer',
    message:
      'How rare is esthesioneuroblastoma? My dad was just diagnosed and none of the doctors at our local hospital seem to have seen one before.',
    focus: 'esthesioneuroblastoma',
    types: ['frequency'],
  },
  // why: "what are the other signs" asks symptoms; "which gene causes it" asks genetic_changes; "will his hearing get worse" asks prognosis
  {
    message:
      'My nephew was born with a white streak in his hair and very bright blue eyes, and he failed his newborn hearing screen. The doctors mentioned Waardenburg syndrome. What are the other signs of it? Which gene causes it? And will his hearing get worse as he grows?',
    focus: 'Waardenburg syndrome',
    types: ['symptoms', 'genetic_changes', 'prognosis'],
  },
  // why: "what triggers the attacks" asks cause; "which doctor should I see" asks find_specialist
  {
    subject: 'stabbing throat pain',
    message:
      'I get sudden stabbing pain deep in my throat and ear when I swallow or yawn. My GP thinks it is glossopharyngeal neuralgia. What triggers the attacks? And which doctor should I see for it, an ENT or a neurologist?',
    focus: 'glossopharyngeal neuralgia',
    types: ['cause', 'find_specialist'],
  },
  // why: "is it safe to take if I\'ve had a blood clot" asks a precaution (contraindications)
  {
    message:
      "Is tranexamic acid safe to take if I've had a blood clot in my leg before? The ENT wants me on it for my nosebleeds but I'm nervous.",
    focus: 'tranexamic acid',
    types: ['contraindications'],
  },
  // why: "could that be the Singulair" asks side_effects; "what is it actually for" asks indication
  {
    message:
      'My 8 year old was put on Singulair for his allergies and stuffy nose, and since then he has nightmares almost every night. Could that be from the Singulair? And what is it actually for, I thought it was an asthma medicine?',
    focus: 'Singulair',
    types: ['side_effects', 'indication'],
  },
  // why: "more common in Chinese people" asks who is at risk (susceptibility); "does salted fish cause it" asks a named exposure as cause (association); "early signs" asks symptoms
  {
    message:
      'My uncle in Hong Kong had nasopharyngeal carcinoma and now my cousin is really worried. Is it more common in Chinese people? Does eating salted fish cause it, like my grandmother says? What are the early signs we should watch for?',
    focus: 'nasopharyngeal carcinoma',
    types: ['susceptibility', 'association', 'symptoms'],
  },
  // why: "is there any preservative like benzalkonium chloride in it" asks what the medicine contains (ingredients)
  {
    subject: 'preservative question',
    message:
      'Is there a preservative like benzalkonium chloride in budesonide nasal spray? I react badly to it in eye drops.',
    focus: 'budesonide nasal spray',
    types: ['ingredients'],
  },
  // why: "what causes it" asks cause; "could it affect my windpipe and breathing" asks complications
  {
    subject: 'ear swelling',
    message:
      'My ears keep getting red, swollen and painful for no reason, and now the bridge of my nose is sore too. The rheumatologist thinks relapsing polychondritis. What causes it? Could it affect my windpipe and my breathing?',
    focus: 'relapsing polychondritis',
    types: ['cause', 'complications'],
  },
  // why: "will he get a goiter" asks whether a sign belongs to it (symptoms); "chances for another baby" asks inheritance; "a support group" asks find_specialist
  {
    message:
      'Our son has hearing loss and his scan showed enlarged vestibular aqueducts. The geneticist said it is possibly Pendred syndrome. Will he get a goiter too? We would like another baby, what are the chances it would have the same thing? And is there a support group for families like ours?',
    focus: 'Pendred syndrome',
    types: ['symptoms', 'inheritance', 'find_specialist'],
  },
];
